"""How many recipients the decisions tied to a plan gave each capped award form (pure).

A plan may cap an award form ("không quá 10 % tập thể, 5 % cá nhân") or give a body its quota.
Revoked decisions do not count. Decisions are taken in date order, so the one that first goes
over a cap is known (the validator warns on it). The checks read the dataset defensively: they
also run while other references are still broken.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.models import Decision
from generator.models.decision import Recipient
from generator.models.plan import AwardCap
from generator.validate.dataset import Dataset


@dataclass(frozen=True)
class CapUsage:
    plan_id: str
    offer_index: int
    cap_index: int
    award_id: str
    cap: AwardCap
    used: int
    decisions: tuple[str, ...]
    """Decisions that gave this award to a counted recipient, in date order."""
    first_over: tuple[str, int, int] | None
    """(decision id, index of its award grant, count after it) of the decision that first went over the cap."""

    @property
    def limit(self) -> int:
        return self.cap.limit

    @property
    def exceeded(self) -> bool:
        return self.used > self.limit

    @property
    def remaining(self) -> int:
        return max(self.limit - self.used, 0)


def _within(ds: Dataset, unit_id: str | None, body: str) -> bool:
    """``unit_id`` is ``body`` or one of its sub-units (parents followed, cycles stopped)."""
    seen: set[str] = set()
    while unit_id and unit_id not in seen:
        if unit_id == body:
            return True
        seen.add(unit_id)
        unit = ds.units.get(unit_id)
        unit_id = unit.parent if unit else None
    return False


def _counts(ds: Dataset, recipient: Recipient, cap: AwardCap) -> bool:
    if cap.recipients and recipient.recipient_kind != cap.recipients:
        return False
    if cap.unit is None:
        return True
    person = ds.people.get(recipient.person or "")
    unit_id = recipient.unit or (person.unit if person else None)
    return _within(ds, unit_id, cap.unit)


def _plan_decisions(ds: Dataset, plan_id: str) -> list[tuple[str, Decision]]:
    tied = [(did, d) for did, d in ds.decisions.items() if d.plan == plan_id and d.status != "revoked"]
    return sorted(tied, key=lambda item: (item[1].date.earliest, item[0]))


def cap_usage(ds: Dataset) -> tuple[CapUsage, ...]:
    """Every cap of every plan's award forms, with the recipients counted against it."""
    usages: list[CapUsage] = []
    for plan_id, plan in sorted(ds.plans.items()):
        decisions = _plan_decisions(ds, plan_id)
        for i, offer in enumerate(plan.award_forms):
            for j, cap in enumerate(offer.caps):
                used, contributing, first_over = 0, [], None
                for decision_id, decision in decisions:
                    for g, grant in enumerate(decision.awards):
                        if grant.award != offer.award:
                            continue
                        counted = sum(1 for r in grant.recipients if _counts(ds, r, cap))
                        if counted and decision_id not in contributing:
                            contributing.append(decision_id)
                        used += counted
                        if first_over is None and used > cap.limit:
                            first_over = (decision_id, g, used)
                usages.append(CapUsage(plan_id, i, j, offer.award, cap, used, tuple(contributing), first_over))
    return tuple(usages)


@dataclass(frozen=True)
class CapView:
    """A cap's use with the names a page shows (pages get these, not the whole dataset)."""

    usage: CapUsage
    award_name: str
    unit_name: str | None


def cap_views(ds: Dataset, usages: tuple[CapUsage, ...]) -> tuple[CapView, ...]:
    views = []
    for u in usages:
        award = ds.awards.get(u.award_id)
        unit = ds.units.get(u.cap.unit) if u.cap.unit else None
        views.append(CapView(u, award.name if award else u.award_id, unit.name if unit else u.cap.unit))
    return tuple(views)
