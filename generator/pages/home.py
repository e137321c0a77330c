"""``/``: the campaign at a glance."""

from __future__ import annotations

from typing import Iterator

from .. import urls
from ..derive import SiteData
from ..render.page import Page


def pages(site: SiteData) -> Iterator[Page]:
    plans = sorted(site.dataset.plans.items(), key=lambda item: item[1].date, reverse=True)
    yield Page(urls.HOME, "home.md.j2", {"plans": plans})
