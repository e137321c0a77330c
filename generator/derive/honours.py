"""One row per (decision, award, recipient): the raw material of honor rolls and profiles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.models import Award, Decision
from generator.models.decision import Recipient
from generator.validate.dataset import Dataset


@dataclass(frozen=True)
class Honour:
    decision_id: str
    decision: Decision
    award_id: str
    award: Award
    recipient: Recipient
    citation: str | None
    display_name: str
    person_id: str | None
    unit_id: str | None
    """The honoured unit (collective recipients only)."""
    person_unit_id: str | None
    """For a person, the unit they belong to (for grouping the honor roll by unit)."""

    @property
    def revoked(self) -> bool:
        return self.decision.status == "revoked"

    @property
    def kind(self) -> str:
        return self.recipient.recipient_kind


def collect_honours(ds: Dataset) -> tuple[Honour, ...]:
    rows: list[Honour] = []
    for decision_id, decision in sorted(ds.decisions.items()):
        for grant in decision.awards:
            award = ds.awards[grant.award]
            for recipient in grant.all_recipients:
                person = ds.people.get(recipient.person or "")
                if recipient.name:  # the decision's own wording, also next to a record
                    name = recipient.name
                elif person:
                    name = person.name
                elif recipient.unit:
                    name = ds.units[recipient.unit].name
                else:
                    name = recipient.name or ""
                rows.append(
                    Honour(
                        decision_id, decision, grant.award, award, recipient, grant.citation, name,
                        recipient.person, recipient.unit, person.unit if person else None,
                    )
                )
    return tuple(rows)


def group_by(honours: tuple[Honour, ...], key: Callable[[Honour], str | None]) -> dict[str, list[Honour]]:
    groups: dict[str, list[Honour]] = {}
    for honour in honours:
        k = key(honour)
        if k:
            groups.setdefault(k, []).append(honour)
    return groups
