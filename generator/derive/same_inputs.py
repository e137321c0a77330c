"""Keep a pure derivation's result while its inputs are the very same objects.

``thiduua serve`` keeps the records of unchanged files as the same (frozen) objects from one
rebuild to the next (``FileCache``). A derivation over a handful of records — one decision's
honour rows, its attached list — gives the same result for the same objects, so it is kept
and handed out again: the result is then the *same object* as last time, which the page memo
(:func:`generator.render.memo.same`) recognises at once instead of comparing thousands of rows.
Results are kept only inside :func:`keeping` ``(True)``, which ``serve``'s generations enter: a
one-shot build asks for each key once, and keeping its results (and the records they hold) would
only raise its peak memory (by ≈ 45 MiB at 10,000 people).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, Generic, TypeVar

T = TypeVar("T")


class SameInputs(Generic[T]):
    """The last result for each key, with the inputs it was made from (held, so their ids stay theirs)."""

    keeping: ClassVar[bool] = False
    """Whether results are kept now (see :func:`keeping`)."""

    def __init__(self) -> None:
        self._entries: dict[Hashable, tuple[tuple[object, ...], T]] = {}
        _ALL.append(self)

    def get(self, key: Hashable, inputs: tuple[object, ...], make: Callable[[], T]) -> T:
        if not SameInputs.keeping:
            return make()
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


@contextmanager
def keeping(enabled: bool) -> Iterator[None]:
    """Keep results within (``enabled``: a ``serve`` generation), or make each one and drop what
    an earlier ``serve`` generation of this process kept."""
    before, SameInputs.keeping = SameInputs.keeping, enabled
    try:
        yield
    finally:
        SameInputs.keeping = before
        if not enabled:
            for memo in _ALL:
                memo.forget()


def _identical(before: tuple[object, ...], now: tuple[object, ...]) -> bool:
    if len(before) != len(now):
        return False
    for a, b in zip(before, now, strict=True):  # noqa: SIM110 - a plain loop: ≈ 30,000 inputs at 10,000 people
        if a is not b:
            return False
    return True
