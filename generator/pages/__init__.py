"""Page kinds: each module yields the :class:`~generator.render.Page` objects of one section."""

from __future__ import annotations

from typing import Callable, Iterable

from ..derive import SiteData
from ..render.page import Page
from . import announcements, calendar, feed, home, open_data, plan, progress, timeline

PageKind = Callable[[SiteData], Iterable[Page]]

PAGE_KINDS: tuple[PageKind, ...] = (
    home.pages,
    plan.pages,
    plan.index,
    progress.pages,
    announcements.pages,
    feed.pages,
    timeline.pages,
    calendar.pages,
    open_data.pages,
)
