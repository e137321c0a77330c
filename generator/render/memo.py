"""Reuse the pages of the previous ``thiduua serve`` rebuild whose inputs did not change.

Editing one person file changes a dozen pages out of a thousand, yet every rebuild renders
them all (≈ 0.6 s at 1,000 people). A page is reused when all of these hold:

* its template, and every template it imports or includes, has the same source as last time;
* none of those templates reads ``site`` or ``data`` (found with :mod:`jinja2.meta`), so
  their output depends only on the page's address and its ``context``;
* the context is :func:`same` as last time: equal value by value, of the same types, so that
  ``1`` and ``True`` or ``Decimal("1.0")`` and ``Decimal("1.00")`` (equal in Python, printed
  differently) never pass for one another. Any type it does not know counts as changed.

Only ``serve`` keeps a memo; ``build`` and ``generate`` always render everything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import PurePath
from typing import Any

import jinja2
from jinja2 import meta
from pydantic import BaseModel

from generator.render.page import Deferred, Page

GLOBAL_NAMES = frozenset({"site", "data"})
"""Variables every template can read besides its page's context (see ``Renderer.render``)."""

_PLAIN_TYPES = frozenset({str, int, bool, type(None), dt.date, Fraction})
"""Types whose equal values always print the same (compared after the types themselves)."""
_EXACT = (str, int, dt.date, Fraction, PurePath)
"""The same, for subclasses (Markup, PosixPath…)."""
_BY_REPR = (float, Decimal, dt.datetime)
"""Equal values that may print differently (``0.0``/``-0.0``, ``1.0``/``1.00``, one instant in two time zones)."""


_HAS_FIELDS: dict[type, bool] = {}
""":func:`_has_fields` answers by type (a dict: typeshed's ``functools.cache`` refuses ``type[Any]``)."""


def _has_fields(kind: type) -> bool:
    """Dataclasses and pydantic models: compared field by field (through ``__dict__``)."""
    known = _HAS_FIELDS.get(kind)
    if known is None:
        known = _HAS_FIELDS[kind] = dataclasses.is_dataclass(kind) or issubclass(kind, BaseModel)
    return known


def same(a: Any, b: Any) -> bool:
    """True when ``a`` and ``b`` are equal values of the same types all the way down."""
    if a is b:  # records of unchanged files are the very same objects (FileCache)
        return True
    kind = type(a)
    if kind is not type(b):
        return False
    if kind in _PLAIN_TYPES:
        return bool(a == b)
    # Loops rather than all(generator): a page's context holds ≈ 200 values (at 1,000 people
    # one rebuild compares ≈ 200,000), most of them identical objects, so the per-item cost counts.
    if kind is list or kind is tuple:
        if len(a) != len(b):
            return False
        for x, y in zip(a, b, strict=True):  # noqa: SIM110 - a loop: all(generator) is ≈ 2× slower here
            if x is not y and not same(x, y):
                return False
        return True
    if kind is dict:  # in the same order too: templates iterate over them
        return _same_items(a, b)
    if _has_fields(kind):
        return hasattr(a, "__dict__") and hasattr(b, "__dict__") and _same_items(a.__dict__, b.__dict__)  # every field, in order
    if isinstance(a, _BY_REPR):
        return repr(a) == repr(b)
    if isinstance(a, _EXACT):
        return bool(a == b)
    return False


def _same_items(a: dict[Any, Any], b: dict[Any, Any]) -> bool:
    if len(a) != len(b):
        return False
    for (ka, va), (kb, vb) in zip(a.items(), b.items(), strict=True):
        if ka != kb or (va is not vb and not same(va, vb)):
            return False
    return True


@dataclass(frozen=True)
class _Rendered:
    template: str
    sources: tuple[str, ...]
    context: dict[str, Any]
    output: str


class RenderMemo:
    """Rendered pages and template analyses, kept across ``serve`` rebuilds."""

    def __init__(self) -> None:
        self.pages: dict[str, _Rendered] = {}
        """The pages of the last rebuild that completed, by docs path."""
        self.produced: dict[str, tuple[tuple[Any, ...], str | bytes]] = {}
        """Deferred content of the last rebuild (its inputs, then the result), by docs path."""
        self._analyses: dict[tuple[str, str], tuple[bool, tuple[str, ...]]] = {}
        """(template name, source) -> (reads only its context?, templates it imports or includes)."""

    def session(self, env: jinja2.Environment) -> MemoSession:
        """One rebuild's use of the memo; :meth:`MemoSession.commit` keeps its pages for the next."""
        return MemoSession(self, env)

    def analyse(self, env: jinja2.Environment, name: str, source: str) -> tuple[bool, tuple[str, ...]]:
        """Whether a template reads only its context, and the templates it refers to."""
        key = (name, source)
        if key not in self._analyses:
            tree = env.parse(source, name)
            referenced = tuple(meta.find_referenced_templates(tree))
            context_only = not (meta.find_undeclared_variables(tree) & GLOBAL_NAMES) and None not in referenced
            self._analyses[key] = (context_only, tuple(r for r in referenced if r is not None))
        return self._analyses[key]


class MemoSession:
    """Renders one rebuild's pages, reusing the previous rebuild's where nothing changed."""

    def __init__(self, memo: RenderMemo, env: jinja2.Environment) -> None:
        self.memo = memo
        self.env = env
        self.pages: dict[str, _Rendered] = {}
        self.produced: dict[str, tuple[tuple[Any, ...], str | bytes]] = {}
        self._sources: dict[str, tuple[str, ...] | None] = {}
        """Template name -> the sources it depends on, or None when its output may depend on more."""
        self._compared: dict[tuple[int, int], bool] = {}
        """(id of last rebuild's value, id of this one's) -> :func:`same`; many pages share a value
        (every honor-roll page gets the whole roll), so each pair is compared once. Both objects
        are held by the memo and this rebuild's pages, so their ids stay theirs meanwhile."""

    def render(self, page: Page, draw: Callable[[Page], str]) -> str:
        assert page.template, page.src
        sources = self._template_sources(page.template)
        if sources is None:
            return draw(page)
        previous = self.memo.pages.get(page.src)
        if previous and previous.template == page.template and previous.sources == sources and self._same_context(previous.context, page.context):
            output = previous.output
        else:
            output = draw(page)
        self.pages[page.src] = _Rendered(page.template, sources, page.context, output)
        return output

    def produce(self, src: str, deferred: Deferred) -> str | bytes:
        """Deferred content: last rebuild's result while its inputs are :func:`same`."""
        previous = self.memo.produced.get(src)
        output = previous[1] if previous is not None and same(previous[0], deferred.inputs) else deferred.produce()
        self.produced[src] = (deferred.inputs, output)
        return output

    def _same_context(self, before: dict[str, Any], now: dict[str, Any]) -> bool:
        if list(before) != list(now):
            return False
        for key, value in now.items():
            old = before[key]
            if old is value:  # most values of most pages (records and rows kept by FileCache and SameInputs)
                continue
            pair = (id(old), id(value))
            if pair not in self._compared:
                self._compared[pair] = same(old, value)
            if not self._compared[pair]:
                return False
        return True

    def commit(self) -> None:
        """Keep this rebuild's pages (and only them) for the next one."""
        self.memo.pages = self.pages
        self.memo.produced = self.produced

    def _template_sources(self, name: str) -> tuple[str, ...] | None:
        if name not in self._sources:
            self._sources[name] = self._collect(name, set())
        return self._sources[name]

    def _collect(self, name: str, seen: set[str]) -> tuple[str, ...] | None:
        """Sources of ``name`` and of the templates it refers to, depth first; None if any reads more."""
        if name in seen:
            return ()
        seen.add(name)
        source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        context_only, referenced = self.memo.analyse(self.env, name, source)
        if not context_only:
            return None
        sources = [source]
        for other in referenced:
            found = self._collect(other, seen)
            if found is None:
                return None
            sources.extend(found)
        return tuple(sources)
