"""Decisions newest first (number breaks ties: 126/QĐ after 125/QĐ on the same day)."""

from __future__ import annotations

import re

from ..dataset import Dataset


def _number_key(number: str) -> tuple[int, str]:
    match = re.match(r"\d+", number)
    return (int(match.group()) if match else -1, number)


def decisions_newest_first(ds: Dataset) -> tuple[str, ...]:
    decisions = ds.decisions

    def key(decision_id: str) -> tuple[object, ...]:
        d = decisions[decision_id]
        return (d.date.earliest, d.date.latest, _number_key(d.number), decision_id)

    return tuple(sorted(decisions, key=key, reverse=True))
