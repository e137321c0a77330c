"""``/vinh-danh/``: a summary by year, and each year's list of names in pages with a filter."""

from __future__ import annotations

from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.render.page import Page


def pages(site: SiteData) -> Iterator[Page]:
    ds = site.dataset
    roll = site.honor_roll
    common = {"roll": roll, "awards": ds.awards, "name_order": site.options.name_order}  # the intro names the order
    # With several campaigns, the summary also counts honours by plan (newest plan first).
    by_plan = [
        (c, ds.plans[c.plan_id], [(d, ds.decisions[d]) for d in c.decisions]) for c in site.campaigns if c.decisions
    ] if len(site.campaigns) > 1 else []
    yield Page(urls.HONOR_ROLL, "honor_roll.md.j2", {**common, "by_plan": by_plan, "sample": any(h.decision.sample for h in site.honours if not h.revoked)})
    for year in roll.years:
        for honor_page in year.pages:
            entries = [h for s in honor_page.sections for g in s.groups for h in g.honours]
            yield Page(
                urls.honor_roll_page(year.year, honor_page.number),
                "honor_roll_page.md.j2",
                {
                    **common,
                    "year": year,
                    "honor_page": honor_page,
                    "sample_count": sum(1 for h in entries if h.decision.sample),
                },
            )
