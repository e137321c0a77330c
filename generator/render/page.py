"""A page to render: where it goes, which template draws it, and what the template gets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import urls


@dataclass(frozen=True)
class Deferred:
    """Finished content made only when asked for: ``produce()`` must depend on ``inputs`` alone.

    ``thiduua serve`` keeps the last result while ``inputs`` are the same (the records of
    unchanged files are the very same objects, so comparing them costs next to nothing), so an
    edit to one person does not re-encode every open-data file.
    """

    produce: Callable[[], str | bytes]
    inputs: tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    src: str
    """Path in the MkDocs docs tree, e.g. ``quyet-dinh/qd-125.md``."""
    template: str | None = None
    """Template name under ``templates/``; ``None`` when ``content`` is given."""
    context: dict[str, Any] = field(default_factory=dict)
    content: str | bytes | Path | None = None
    """Finished content (feeds, calendars, data files) that needs no template; a ``Path`` is a
    file from data/ (a consented photo, a decision's PDF) that the write stage copies as is."""
    deferred: Deferred | None = None
    """Finished content computed on demand (instead of ``content``), see :class:`Deferred`."""

    def link(self, to_src: str, anchor: str = "") -> str:
        """Relative href from this page to another generated or hand-written page."""
        return urls.relative(self.src, to_src, anchor)
