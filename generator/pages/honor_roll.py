"""``/vinh-danh/``: everyone honoured by an issued decision, with a diacritic-blind filter."""

from __future__ import annotations

from typing import Iterator

from .. import urls
from ..derive import SiteData
from ..render.page import Page


def pages(site: SiteData) -> Iterator[Page]:
    ds = site.dataset
    roll = site.honor_roll
    sample_count = sum(1 for s in roll.sections for g in s.groups for h in g.honours if h.decision.sample)
    yield Page(
        urls.HONOR_ROLL,
        "honor_roll.md.j2",
        {"roll": roll, "people": ds.people, "units": ds.units, "awards": ds.awards, "sample_count": sample_count},
    )
