"""The campaign's dated events, in date order: plan milestones, rounds and decisions (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.dates import PartialDate
from generator.validate.dataset import Dataset

EventKind = Literal["milestone", "round", "decision"]


@dataclass(frozen=True)
class Event:
    kind: EventKind
    uid: str
    """Stable identifier built from record ids (calendar UID, HTML anchor)."""
    date: PartialDate
    title: str
    provisional: bool
    plan_id: str | None
    decision_id: str | None = None
    detail: str | None = None
    """Second line: the plan section of a milestone, the number/symbol of a decision."""
    revoked: bool = False
    sample: bool = False
    code: str | None = None
    """A decision's number/symbol: ``125/QĐ-SNV``; ``…/QĐ-SNV`` while its number is blank (``numbered`` false)."""
    numbered: bool = True
    end: PartialDate | None = None
    """Last day of an event lasting several days (a round, a milestone "từ ngày 08 đến ngày 10")."""
    milestone_id: str | None = None

    @property
    def sort_key(self) -> tuple[object, ...]:
        """Partial dates sort at their first day ("tháng 9 năm 2024" = 01/09/2024), then the most precise first."""
        precision = (self.date.month is not None) + (self.date.day is not None)
        return (self.date.earliest, -precision, self.kind, self.uid)


def collect_events(dataset: Dataset) -> tuple[Event, ...]:
    events: list[Event] = []
    for plan_id, plan in sorted(dataset.plans.items()):
        for m in plan.milestones:
            detail = f"Kế hoạch {plan.short_title}" + (f", mục {m.source}" if m.source else "")
            events.append(Event("milestone", f"moc-{plan_id}-{m.id}", m.date, m.title, m.provisional, plan_id, detail=detail, sample=plan.sample, end=m.end, milestone_id=m.id))
        for r in plan.rounds:
            detail = f"Kế hoạch {plan.short_title}" + (f", mục {r.source}" if r.source else "")
            title = f"{r.name}: {r.title}" if r.title else r.name
            events.append(Event("round", f"dot-{plan_id}-{r.id}", r.start, title, r.provisional, plan_id, detail=detail, sample=plan.sample, end=r.end))
    for decision_id, d in sorted(dataset.decisions.items()):
        events.append(
            Event(
                "decision", f"quyet-dinh-{decision_id}", d.date, d.title, False, d.plan, decision_id,
                detail=f"{d.reference} của {d.issuer.name}", revoked=d.status == "revoked", sample=d.sample, code=d.display_code, numbered=bool(d.number),
            )
        )
    return tuple(sorted(events, key=lambda e: e.sort_key))
