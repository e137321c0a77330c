"""Decisions newest first (number breaks ties: 126/QĐ after 125/QĐ on the same day)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.derive.honours import Honour
from generator.models import Decision
from generator.validate.dataset import Dataset


def _number_key(number: str) -> tuple[int, str]:
    match = re.match(r"\d+", number)
    return (int(match.group()) if match else -1, number)


def _key(decision_id: str, d: Decision) -> tuple[object, ...]:
    return (d.date.earliest, d.date.latest, _number_key(d.number), decision_id)


def decisions_newest_first(ds: Dataset) -> tuple[str, ...]:
    decisions = ds.decisions
    return tuple(sorted(decisions, key=lambda decision_id: _key(decision_id, decisions[decision_id]), reverse=True))


def honours_newest_first(honours: Iterable[Honour]) -> list[Honour]:
    """A person's or unit's honours, latest decision first (a decision's own order kept)."""
    return sorted(honours, key=lambda h: _key(h.decision_id, h.decision), reverse=True)


def revokers_of(honours: Iterable[Honour], decisions: dict[str, Decision]) -> dict[str, Decision]:
    """The decisions that revoked any of ``honours`` (so a page can name them), by id."""
    ids = {h.decision.revoked_by for h in honours if h.revoked and h.decision.revoked_by}
    return {i: decisions[i] for i in sorted(ids) if i in decisions}
