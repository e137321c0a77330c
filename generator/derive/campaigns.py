"""Several campaigns at once: which plans run on the data's "as of" date, which have ended,
and what each plan's decisions gave (pure). A Sở runs several plans a year; the home page,
/tien-do/ and /vinh-danh/ list them by plan and by year, and ended campaigns stay browsable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.derive.honours import Honour
from generator.models import Plan
from generator.validate.dataset import Dataset


@dataclass(frozen=True)
class Campaign:
    plan_id: str
    year: int
    """The year the campaign starts (its plan's start date)."""
    running: bool
    """Started on or before the "as of" date and not known to have ended."""
    decisions: tuple[str, ...]
    """Decisions tied to the plan, newest first (revoked ones included, marked on their pages)."""
    collectives: int
    individuals: int
    """Honours given under the plan by decisions in force."""

    @property
    def honours(self) -> int:
        return self.collectives + self.individuals


def is_running(plan: Plan, as_of: dt.date) -> bool:
    """A plan that ends with an event ("đến khi tổ chức thành công Đại hội…") runs until its expected date, if any."""
    if plan.start.earliest > as_of:
        return False
    return plan.period.end is None or plan.period.end.latest >= as_of


def campaigns(ds: Dataset, honours: tuple[Honour, ...], as_of: dt.date, newest_first: tuple[str, ...]) -> tuple[Campaign, ...]:
    """One entry per plan, in ``newest_first`` order."""
    result = []
    for plan_id in newest_first:
        plan = ds.plans[plan_id]
        tied = sorted((d for d, decision in ds.decisions.items() if decision.plan == plan_id), key=lambda d: (ds.decisions[d].date.earliest, d), reverse=True)
        given = [h for h in honours if h.decision.plan == plan_id and not h.revoked]
        collectives = sum(1 for h in given if h.kind == "tap-the")
        result.append(Campaign(plan_id, plan.start.year, is_running(plan, as_of), tuple(tied), collectives, len(given) - collectives))
    return tuple(result)


def by_year(items: tuple[Campaign, ...]) -> tuple[tuple[int, tuple[Campaign, ...]], ...]:
    """Campaigns grouped by start year, the latest year first (order within a year kept)."""
    years = sorted({c.year for c in items}, reverse=True)
    return tuple((y, tuple(c for c in items if c.year == y)) for y in years)
