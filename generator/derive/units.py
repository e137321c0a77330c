"""Units by kind, their sub-units and evaluations, and when a dissolved unit stopped working."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from generator.models import Evaluation, Unit
from generator.models.vocab import UNIT_KIND_LABELS
from generator.validate.dataset import Dataset
from generator.vietnamese import collation_key


def units_by_name(units: dict[str, Unit], ids: Iterable[str]) -> tuple[str, ...]:
    """Unit ids in Vietnamese alphabetical order of the units' names."""
    return tuple(sorted(ids, key=lambda uid: (collation_key(units[uid].name), uid)))


def units_by_kind(ds: Dataset) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(kind, unit ids)`` in the order of :data:`UNIT_KIND_LABELS`, kinds without units left out."""
    units = ds.units
    groups: dict[str, list[str]] = {}
    for unit_id, unit in units.items():
        groups.setdefault(unit.kind, []).append(unit_id)
    return tuple((kind, units_by_name(units, groups[kind])) for kind in UNIT_KIND_LABELS if kind in groups)


def subunits(ds: Dataset) -> dict[str, tuple[str, ...]]:
    """Parent unit id -> its direct sub-units."""
    units = ds.units
    children: dict[str, list[str]] = {}
    for unit_id, unit in units.items():
        if unit.parent:
            children.setdefault(unit.parent, []).append(unit_id)
    return {parent: units_by_name(units, ids) for parent, ids in sorted(children.items())}


def evaluations_by_unit(ds: Dataset) -> dict[str, tuple[Evaluation, ...]]:
    """Unit id -> its evaluations, newest year first."""
    groups: dict[str, list[Evaluation]] = {}
    for _, evaluation in sorted(ds.evaluations.items()):
        groups.setdefault(evaluation.unit, []).append(evaluation)
    return {uid: tuple(sorted(items, key=lambda e: e.year, reverse=True)) for uid, items in sorted(groups.items())}


def ended_on(unit: Unit) -> dt.date | None:
    """The first day the unit no longer exists (``valid_to`` is its last day), if dissolved."""
    if unit.valid_to is None:
        return None
    return unit.valid_to.latest + dt.timedelta(days=1)
