"""One row per (decision, award, recipient): the raw material of honor rolls and profiles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from generator.derive.same_inputs import SameInputs
from generator.models import Award, Decision, Person, Unit
from generator.models.decision import AwardGrant, Recipient
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


_DECISION_ROWS: SameInputs[list[Honour]] = SameInputs()
"""A decision's rows, kept while the decision and every record they read are the same objects."""


def collect_honours(ds: Dataset) -> tuple[Honour, ...]:
    rows: list[Honour] = []
    for decision_id, decision in sorted(ds.decisions.items()):
        inputs = (decision, *(ds.awards.get(g.award) for g in decision.awards), *_recipient_records(ds, decision))
        rows.extend(_DECISION_ROWS.get(decision_id, inputs, partial(_decision_rows, ds, decision_id, decision)))
    return tuple(rows)


def _recipient_records(ds: Dataset, decision: Decision) -> list[object]:
    """The person and unit records the rows of ``decision`` read (None where there is none)."""
    found: list[object] = []
    for grant in decision.awards:
        for recipient in grant.all_recipients:
            found.append(ds.people.get(recipient.person or "") if recipient.person else ds.units.get(recipient.unit or ""))
    return found


_ROWS: SameInputs[Honour] = SameInputs()
"""One row, kept while its decision, award and the person or unit record it names are the same
objects: when one person of a decision's 300 recipients is edited, the other 299 rows stay the
very objects they were, and so do what is derived from them (look-up rows and shards, honor-roll years)."""


def _decision_rows(ds: Dataset, decision_id: str, decision: Decision) -> list[Honour]:
    rows: list[Honour] = []
    for g, grant in enumerate(decision.awards):
        award = ds.awards[grant.award]
        for r, recipient in enumerate(grant.all_recipients):
            person = ds.people.get(recipient.person or "")
            unit = ds.units.get(recipient.unit or "") if recipient.unit else None
            inputs = (decision, award, person, unit)
            rows.append(_ROWS.get((decision_id, g, r), inputs, partial(_row, decision_id, decision, grant, award, recipient, person, unit)))
    return rows


def _row(decision_id: str, decision: Decision, grant: AwardGrant, award: Award, recipient: Recipient, person: Person | None, unit: Unit | None) -> Honour:
    if recipient.name:  # the decision's own wording, also next to a record
        name = recipient.name
    elif person:
        name = person.name
    elif unit is not None:
        name = unit.name
    else:
        name = recipient.name or ""
    return Honour(
        decision_id, decision, grant.award, award, recipient, grant.citation, name,
        recipient.person, recipient.unit, person.unit if person else None,
    )


def group_by(honours: tuple[Honour, ...], key: Callable[[Honour], str | None]) -> dict[str, list[Honour]]:
    groups: dict[str, list[Honour]] = {}
    for honour in honours:
        k = key(honour)
        if k:
            groups.setdefault(k, []).append(honour)
    return groups
