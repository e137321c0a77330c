"""The theme around a record page, rendered once per folder and page shape, with the page's values put in.

Material renders ``main.html`` → ``base.html`` for every page: the head, the header, the sidebars,
the configuration block and the scripts — a third of a 10,000-people build. For the thousands of
person, decision and unit pages outside the nav, two pages of one folder get the same theme except
for a handful of values of the page: its title, description, canonical URL, content and table of
contents. :class:`PageShells` renders the template once per *shape* (template, folder, which of
those values are empty, whether the content has its own ``<h1>``, the table of contents' tree,
every other front-matter key) with a marker in place of each value, notes how the template wrote
each marker (as is, HTML-escaped, tags stripped, URL-encoded), and for every further page of that
shape joins the shell's parts with the page's values written alike.

A shell is used only when nothing of the page reaches the theme but those values:

* only for pages outside the nav with no previous, next or parent page and no edit link;
* it is refused when a marker comes out in a form it does not know, when anything of the first
  page's address (its last path segment) is left in it, when one of its links points into the
  first page (a link "./" is right for that page only), or when putting the first pages' own values
  back into it does not give, byte for byte, what the template renders for them
  (:data:`VERIFIED_PAGES` per shape);
* a page that one of the shell's links points into is rendered by the template.

The whole-site comparison in ``tests/test_prerender.py`` (a build with ``prerender: false`` renders
every page with the template) checks that the two give identical files.
"""

from __future__ import annotations

import copy
import posixpath
import re
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup, escape
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

__all__ = ["PageShells", "ShellTemplate", "install"]

VERIFIED_PAGES = 2
"""Pages of each shape rendered by the template as well and compared with the filled shell."""

_GLOBAL = "thiduua_page_shells"
_PROBE = "<&\"'>&amp;"
"""Inside every marker: each way of writing a value changes it differently (escape, striptags…)."""
_MARKER = re.compile("\x02(\\w+).*?\x03|%02(\\w+).*?%03", re.DOTALL)
"""A marker as written by the template: as is, escaped or stripped of tags; or URL-encoded."""
_SLOTTED_META = ("title", "description")
_TOC_ITEM_FIELDS = frozenset({"title", "id", "level", "children", "active"})
"""What MkDocs gives a table-of-contents item (``active``: set while the page is built)."""

_WRITINGS: dict[str, Callable[[str], str]] = {
    "as-is": lambda value: value,
    "escaped": lambda value: str(escape(value)),
    "stripped": lambda value: Markup(value).striptags(),
    "stripped-escaped": lambda value: str(escape(Markup(value).striptags())),
    "url-encoded": lambda value: urllib.parse.quote(value.encode("utf-8"), safe="/"),
}
"""How a template may write a value: ``{{ v }}``, ``{{ v | e }}``, ``| striptags`` (either), ``| urlencode``."""


def _marker(name: str, extra: str = "") -> str:
    return f"\x02{name}{_PROBE}{extra}\x03"


@dataclass(frozen=True)
class _Shell:
    parts: tuple[str, ...]
    """Theme text between the slots: ``len(slots) + 1`` parts."""
    slots: tuple[tuple[str, Callable[[str], str]], ...]
    """Each slot's value name and how the template writes it."""
    targets: frozenset[str]
    """Where the theme's relative links lead (site paths)."""

    def fill(self, values: Mapping[str, str]) -> str:
        out = [self.parts[0]]
        for (name, write), part in zip(self.slots, self.parts[1:], strict=True):
            out.append(write(values[name]))
            out.append(part)
        return "".join(out)


class _Sample:
    """A page's values (strings for the slots) and the sentinel page that carries their markers."""

    def __init__(self, page: Page) -> None:
        self.values: dict[str, str] = {}
        self.markers: dict[str, str] = {}
        """What stands for each value in the sentinel page."""
        self.shape: list[object] = []
        self.sentinel = copy.copy(page)
        meta = dict(page.meta)
        for key in _SLOTTED_META:
            value = meta.get(key)
            if isinstance(value, str):
                meta[key] = self._slot(key, value)
        self.sentinel.meta = meta
        self.shape.append(tuple(sorted((key, repr(value)) for key, value in page.meta.items() if key not in _SLOTTED_META)))
        title = page.title
        if isinstance(title, str) and title == page.meta.get("title", title):
            self.sentinel.title = meta.get("title") if "title" in page.meta else self._slot("page-title", title)
        else:
            self.shape.append(("title", repr(title)))
        content = page.content or ""
        has_h1 = "<h1" in content
        self.sentinel.content = self._slot("content", content, "<h1" if has_h1 else "")
        if page.canonical_url is not None:
            self.sentinel.canonical_url = self._slot("canonical", page.canonical_url)
        self.sentinel.toc = TableOfContents(self._toc(page.toc, "toc"))
        if hasattr(self.sentinel, "_render_args"):
            self.sentinel._render_args = None  # a deferred PrerenderedPage: the copy shows its marker
        self.key = tuple(self.shape)

    def _slot(self, name: str, value: str, extra: str = "") -> str:
        self.values[name] = value
        self.shape.append((name, bool(value)) if not extra else (name, bool(value), extra))
        self.markers[name] = _marker(name, extra)
        return self.markers[name]

    def _toc(self, items: Iterable[AnchorLink], prefix: str) -> list[AnchorLink]:
        copies = []
        for number, item in enumerate(items):
            fields = vars(item)
            if not set(fields) <= _TOC_ITEM_FIELDS:
                raise _Unsupported  # e.g. Material's typeset plugin adds its own fields
            name = f"{prefix}_{number}"
            self.shape.append((name, item.level, fields.get("active")))
            link = AnchorLink(self._slot(name + "_title", item.title), self._slot(name + "_id", item.id), item.level)
            link.children = self._toc(item.children, name)
            if "active" in fields:
                link.active = fields["active"]  # type: ignore[attr-defined]
            copies.append(link)
        self.shape.append((prefix, len(copies)))
        return copies


class _Unsupported(Exception):
    """The page holds something a shell does not reproduce: the template renders it."""


def _parse(rendered: str, sample: _Sample) -> tuple[tuple[str, ...], tuple[tuple[str, Callable[[str], str]], ...]] | None:
    """Split the sentinel rendering at its markers; None when a marker is written in an unknown way."""
    parts: list[str] = []
    slots: list[tuple[str, Callable[[str], str]]] = []
    position = 0
    for match in _MARKER.finditer(rendered):
        name = match.group(1) or match.group(2)
        if name not in sample.markers:
            return None
        marker = sample.markers[name]
        write = next((w for w in _WRITINGS.values() if w(marker) == match.group(0)), None)
        if write is None:
            return None
        parts.append(rendered[position : match.start()])
        slots.append((name, write))
        position = match.end()
    parts.append(rendered[position:])
    if any(mark in part for part in parts for mark in ("\x02", "\x03", "%02", "%03")):
        return None
    return tuple(parts), tuple(slots)


class PageShells:
    """Shells by shape, made on the first page of each and checked on the first :data:`VERIFIED_PAGES`."""

    def __init__(self) -> None:
        self._shells: dict[tuple[object, ...], _Shell | None] = {}
        self._checked: dict[tuple[object, ...], int] = {}
        self.filled = 0
        """Pages written from a shell in this build (for the benchmark and the tests)."""

    def render(self, template: jinja2.Template, context: dict[str, Any], full: Callable[[], str]) -> str:
        page = context.get("page")
        if not _applies(page):
            return full()
        assert isinstance(page, Page)
        try:
            sample = _Sample(page)
        except _Unsupported:
            return full()
        if any("\x02" in value or "\x03" in value for value in sample.values.values()):
            return full()
        folder = page.url.rstrip("/").rpartition("/")[0]
        key = (template.name, folder, page.url.endswith("/"), sample.key)
        if key not in self._shells:
            self._shells[key] = self._make(template, context, page, sample)
        shell = self._shells[key]
        if shell is None or _points_into(shell.targets, page.url):
            return full()
        filled = shell.fill(sample.values)
        checked = self._checked.get(key, 0)
        if checked < VERIFIED_PAGES:
            rendered = full()
            self._checked[key] = checked + 1
            if rendered != filled:
                self._shells[key] = None
            return rendered
        self.filled += 1
        return filled

    def _make(self, template: jinja2.Template, context: dict[str, Any], page: Page, sample: _Sample) -> _Shell | None:
        rendered = jinja2.Template.render(template, {**context, "page": sample.sentinel})
        parsed = _parse(rendered, sample)
        if parsed is None:
            return None
        parts, slots = parsed
        theme = "".join(parts)
        targets = _link_targets(theme, page.url)
        if _names_page(theme, page) or _points_into(targets, page.url):
            return None
        return _Shell(parts, slots, targets)


_LINK = re.compile(r"""(?:href|src)="([^"#?]*)""")


def _link_targets(html: str, page_url: str) -> frozenset[str]:
    """Site paths (no leading or trailing slash) of the relative links in ``html`` made on ``page_url``."""
    base = page_url if page_url.endswith("/") else page_url.rpartition("/")[0] + "/"
    targets = set()
    for link in _LINK.findall(html):
        if not link or "://" in link or link.startswith(("/", "mailto:", "tel:", "data:")):
            continue  # "#id" and "" are the current page wherever the fragment is
        targets.add(posixpath.normpath(posixpath.join(base, link)).strip("/").removeprefix("."))
    return frozenset(targets)


def _points_into(targets: frozenset[str], page_url: str) -> bool:
    """Whether a link leads to the page or under it: written "./" or "sub/" there, but "../x/" or
    "../x/sub/" on the other pages of its folder (every other relative link is the same on all)."""
    own = page_url.strip("/")
    return any(target == own or target.startswith(own + "/") or not own for target in targets)


def _names_page(theme: str, page: Page) -> bool:
    """Whether the page's address or file name is written in the theme (other than by a slot)."""
    own = page.url.strip("/").rpartition("/")[2]
    return any(part and part in theme for part in (page.url, page.file.src_uri, f"/{own}/", f"/{own}\"", f"\"{own}/"))


def _applies(page: object) -> bool:
    return (
        isinstance(page, Page)
        and page.file.inclusion.is_not_in_nav()
        and page.previous_page is None
        and page.next_page is None
        and page.parent is None
        and not page.edit_url
    )


class ShellTemplate(jinja2.Template):
    """A theme template whose page renderings go through the environment's :class:`PageShells`.

    MkDocs renders a page with ``template.render(context)``; includes and ``extends`` inside the
    theme do not call ``render``, so only whole pages are affected.
    """

    def render(self, *args: Any, **kwargs: Any) -> str:
        shells = self.environment.globals.get(_GLOBAL)
        if isinstance(shells, PageShells) and len(args) == 1 and isinstance(args[0], dict) and not kwargs:
            context = args[0]
            return shells.render(self, context, lambda: super(ShellTemplate, self).render(context))
        return super().render(*args, **kwargs)


def install(env: jinja2.Environment) -> PageShells:
    """Make the templates ``env`` loads from now on :class:`ShellTemplate` (a fresh environment per build)."""
    env.template_class = ShellTemplate
    if env.cache is not None:
        env.cache.clear()  # a template loaded before would stay a plain one
    shells = PageShells()
    env.globals[_GLOBAL] = shells
    return shells
