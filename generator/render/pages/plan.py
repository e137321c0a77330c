"""``/ke-hoach/<id>/``: each plan laid out like the official document."""

from __future__ import annotations

from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.render.page import Page


def pages(site: SiteData) -> Iterator[Page]:
    for plan_id, plan in sorted(site.dataset.plans.items()):
        milestones = {m.id: m for m in plan.milestones}
        yield Page(urls.plan(plan_id), "plan.md.j2", {"plan_id": plan_id, "plan": plan, "milestones": milestones})


def index(site: SiteData) -> Iterator[Page]:
    plans = [(pid, site.dataset.plans[pid]) for pid in site.plans_newest_first]
    yield Page(urls.PLANS, "plans.md.j2", {"plans": plans})
