"""Page kinds: each module yields the :class:`~generator.render.Page` objects of one section."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.derive import SiteData
from generator.render.page import Page
from generator.render.pages import (
    announcements,
    calendar,
    decisions,
    feed,
    home,
    honor_roll,
    open_data,
    people,
    plan,
    progress,
    timeline,
    units,
)

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
    honor_roll.pages,
    people.pages,
    decisions.pages,
    decisions.index,
    units.pages,
    units.index,
)
