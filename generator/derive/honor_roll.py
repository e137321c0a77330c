"""The honor roll: issued honours grouped by award, then by unit, in Vietnamese order.

Within an award, collectives come first (one group), then individuals grouped by the unit
they belong to (units in Vietnamese order of their names; people without a unit in data last).
Revoked decisions are left out entirely.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dataset import Dataset
from ..models import Person, Unit
from ..vietnamese import NameParts, collation_key
from .honours import Honour
from .people import name_parts, name_sort_key

COLLECTIVES = "tap-the"
"""Group key of the collectives of an award (unit ids never start a group with this value)."""


@dataclass(frozen=True)
class HonorGroup:
    key: str
    """``tap-the``, a unit id, or ``""`` for individuals whose unit is not in data/."""
    label: str
    unit_id: str | None
    honours: tuple[Honour, ...]


@dataclass(frozen=True)
class HonorSection:
    award_id: str
    honours_count: int
    groups: tuple[HonorGroup, ...]


@dataclass(frozen=True)
class HonorRoll:
    sections: tuple[HonorSection, ...]
    total: int
    individuals: int
    collectives: int


def _entry_key(people: dict[str, Person], honour: Honour, order: str) -> tuple[object, ...]:
    if honour.person_id:
        parts = name_parts(people[honour.person_id])
    elif honour.kind == "ca-nhan":
        parts = NameParts.split(honour.display_name)
    else:
        return (collation_key(honour.display_name), honour.decision_id)
    return (*name_sort_key(honour.display_name, parts, order), honour.person_id or "", honour.decision_id)


def _group_of(units: dict[str, Unit], honour: Honour) -> tuple[str, str, str | None]:
    if honour.kind == "tap-the":
        return COLLECTIVES, "Tập thể", None
    unit_id = honour.person_unit_id
    if unit_id and unit_id in units:
        return unit_id, units[unit_id].name, unit_id
    return "", "Cá nhân khác", None


def _group_order(group: HonorGroup) -> tuple[int, object]:
    if group.key == COLLECTIVES:
        return (0, ())
    if group.key == "":
        return (2, ())
    return (1, collation_key(group.label))


def build_honor_roll(ds: Dataset, honours: tuple[Honour, ...], order: str) -> HonorRoll:
    people, units, awards = ds.people, ds.units, ds.awards
    by_award: dict[str, dict[str, list[Honour]]] = {}
    labels: dict[str, tuple[str, str | None]] = {}
    issued = [h for h in honours if not h.revoked]
    for honour in issued:
        key, label, unit_id = _group_of(units, honour)
        labels[key] = (label, unit_id)
        by_award.setdefault(honour.award_id, {}).setdefault(key, []).append(honour)
    sections = []
    for award_id in sorted(by_award, key=lambda a: (awards[a].rank, collation_key(awards[a].name), a)):
        groups = [
            HonorGroup(key, labels[key][0], labels[key][1], tuple(sorted(items, key=lambda h: _entry_key(people, h, order))))
            for key, items in by_award[award_id].items()
        ]
        groups.sort(key=_group_order)
        sections.append(HonorSection(award_id, sum(len(g.honours) for g in groups), tuple(groups)))
    individuals = sum(1 for h in issued if h.kind == "ca-nhan")
    return HonorRoll(tuple(sections), len(issued), individuals, len(issued) - individuals)
