"""Keep a pure derivation's result while its inputs are the very same objects.

``thiduua serve`` keeps the records of unchanged files as the same (frozen) objects from one
rebuild to the next (``FileCache``). A derivation over a handful of records — one decision's
honour rows, its attached list — gives the same result for the same objects, so it is kept
and handed out again: the result is then the *same object* as last time, which the page memo
(:func:`generator.render.memo.same`) recognises at once instead of comparing thousands of rows.
A one-shot build computes everything once, as before (each key is asked for once), and
:func:`forget_all` afterwards, so that the kept results (and the records they hold) do not stay
in memory while MkDocs builds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class SameInputs(Generic[T]):
    """The last result for each key, with the inputs it was made from (held, so their ids stay theirs)."""

    def __init__(self) -> None:
        self._entries: dict[Hashable, tuple[tuple[object, ...], T]] = {}
        _ALL.append(self)

    def get(self, key: Hashable, inputs: tuple[object, ...], make: Callable[[], T]) -> T:
        entry = self._entries.get(key)
        if entry is not None and _identical(entry[0], inputs):
            return entry[1]
        value = make()
        self._entries[key] = (inputs, value)
        return value

    def forget(self) -> None:
        self._entries = {}


_ALL: list[SameInputs[Any]] = []
"""Every memo (module-level objects, made once at import)."""


def forget_all() -> None:
    """Drop every kept result: a generation without ``Reuse`` has no next rebuild to spare."""
    for memo in _ALL:
        memo.forget()


def _identical(before: tuple[object, ...], now: tuple[object, ...]) -> bool:
    if len(before) != len(now):
        return False
    for a, b in zip(before, now, strict=True):  # noqa: SIM110 - a plain loop: ≈ 30,000 inputs at 10,000 people
        if a is not b:
            return False
    return True
