"""``/ke-hoach/<id>/``: each plan laid out like the official document."""

from __future__ import annotations

from typing import Iterator

from generator import urls
from generator.derive import SiteData
from generator.render.page import Page


def pages(site: SiteData) -> Iterator[Page]:
    for plan_id, plan in sorted(site.dataset.plans.items()):
        milestones = {m.id: m for m in plan.milestones}
        rules = []  # the rule each award form is conferred under on the plan's date
        for offer in plan.award_forms:
            award = site.dataset.awards.get(offer.award)
            if award and award.legal_basis:
                rules.append((award, award.basis_at(plan.date)))
        context = {"plan_id": plan_id, "plan": plan, "milestones": milestones, "caps": site.caps_of(plan_id), "rules": rules}
        yield Page(urls.plan(plan_id), "plan.md.j2", context)


def index(site: SiteData) -> Iterator[Page]:
    plans = [(pid, site.dataset.plans[pid]) for pid in site.plans_newest_first]
    yield Page(urls.PLANS, "plans.md.j2", {"plans": plans})
