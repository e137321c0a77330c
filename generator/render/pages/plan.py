"""``/ke-hoach/<id>/``: each plan laid out like the official document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generator import urls
from generator.derive import SiteData
from generator.derive.award_caps import cap_views
from generator.models.plan import Section
from generator.render.page import Page


def section_audience(sections: Iterable[Section]) -> list[str]:
    """Unit kinds the plan's parts address ("a) Đối với các doanh nghiệp"), in document order, once each."""
    found: list[str] = []
    for s in sections:
        for kind in [*s.audience, *section_audience(s.children)]:
            if kind not in found:
                found.append(kind)
    return found


def pages(site: SiteData) -> Iterator[Page]:
    for plan_id, plan in sorted(site.dataset.plans.items()):
        milestones = {m.id: m for m in plan.milestones}
        rules = []  # the rule each award form is conferred under on the plan's date
        for offer in plan.award_forms:
            award = site.dataset.awards.get(offer.award)
            if award and award.legal_basis:
                rules.append((award, award.basis_at(plan.date)))
        context = {
            "plan_id": plan_id, "plan": plan, "milestones": milestones, "caps": cap_views(site.dataset, site.caps_of(plan_id)), "rules": rules,
            "audience": section_audience(plan.sections),
        }
        yield Page(urls.plan(plan_id), "plan.md.j2", context)


def index(site: SiteData) -> Iterator[Page]:
    plans = [(pid, site.dataset.plans[pid]) for pid in site.plans_newest_first]
    yield Page(urls.PLANS, "plans.md.j2", {"plans": plans})
