"""``/lich-trinh/``: plan milestones and decisions in date order, grouped by year."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from generator import urls
from generator.derive import SiteData
from generator.render.page import Page


def pages(site: SiteData) -> Iterator[Page]:
    years = [(year, list(events)) for year, events in groupby(site.events, key=lambda e: e.date.year)]
    has_year_only = any(e.date.month is None for e in site.events)
    yield Page(urls.TIMELINE, "timeline.md.j2", {"years": years, "has_year_only": has_year_only})
