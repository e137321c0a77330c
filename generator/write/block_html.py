"""The Markdown of record pages, turned into HTML without a Markdown parser.

The generator writes record pages (a person, a decision, a unit…) as front matter, ATX headings
and raw HTML blocks. Python-Markdown spends most of a build on exactly those blocks: it parses
every raw HTML block with ``html.parser`` twice (MkDocs' anchor collector, then ``md_in_html``)
only to pass it through unchanged. This module recognises that narrow shape and produces what
Python-Markdown would (same heading ids, permalinks, attributes and table of contents); any other
construct (a paragraph, a list, a table, inline markup in a heading, ``markdown="1"``) makes
:func:`convert` return None, and the page goes through Python-Markdown as before. Equality with
Python-Markdown is tested page by page on the bundled, corpus and synthetic sites.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markdown.extensions.toc import escape_cdata, nest_toc_tokens, strip_tags, unique
from markdown.util import BLOCK_LEVEL_ELEMENTS

__all__ = ["Block", "Converted", "HeadingStyle", "convert", "front_matter"]

_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+\{:?[ \t]*([^}]*?)[ \t]*\})?[ \t]*#*[ \t]*")
_PLAIN = r"(?:[^\\`*_\[\]<>&!#{}~|=^$\t]|\\[\\`*_{}\[\]()#+.!-]|&(?:amp|lt|gt|quot|#39);)"
_HEADING_TEXT = re.compile(rf"(?:{_PLAIN}|<span class=\"[a-z0-9 -]+\">{_PLAIN}*</span>)+")
"""Heading text whose inline parse is trivial: plain text, backslash escapes of punctuation, the
five entities and ``<span class="…">`` around plain text (no emphasis, links, code or other tags)."""
_ESCAPE = re.compile(r"\\(.)")
_ATTR_TOKEN = re.compile(r"""[#.][\w-]+|[a-z][\w-]*(?:="[^"<>&]*")?""")
_ATTR_LIST = re.compile(rf"(?:{_ATTR_TOKEN.pattern})?(?:[ \t]+(?:{_ATTR_TOKEN.pattern}))*")
_HTML_START = re.compile(r"<([a-z][a-z0-9]*)(?=[\s>/])")
_ID_HEADING = re.compile(r"""<h[1-6]\s[^>]*\bid=""")
_TAG_END = re.compile(r"[\s>/]")
_SEARCH_EXCLUDE = re.compile(r"\sdata-search-exclude(?=[\s>=])")
_ID_ATTR = re.compile(r"""\sid=["']([^"']+)["']""")
_FRONT_MATTER_LINE = re.compile(r"([A-Za-z_][\w-]*): (.*)")
_UNSUPPORTED_HTML = re.compile(r"""markdown=(?!["']?0["'\s>])|<!--|<\?|<!\[CDATA\[""")
_BLOCK_LEVEL = frozenset(BLOCK_LEVEL_ELEMENTS)
_VOID = frozenset(["hr"])


@dataclass(frozen=True)
class HeadingStyle:
    """What the ``toc`` extension of mkdocs.yml adds to a heading."""

    slugify: Callable[[str, str], str]
    separator: str = "-"
    permalink: str | None = "&para;"
    permalink_title: str = "Permanent link"
    permalink_class: str = "headerlink"


@dataclass(frozen=True)
class Block:
    """One top-level piece of the page: a heading (``level`` > 0) or a raw HTML block."""

    html: str
    level: int = 0
    excluded: bool = False
    """Material's search skips it (``data-search-exclude`` on its element)."""
    blank_after: bool = False


@dataclass
class Converted:
    html: str
    toc_tokens: list[Any]
    """Nested as the ``toc`` extension's ``toc_tokens`` (MkDocs reads them with ``get_toc``)."""
    anchor_ids: set[str]
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    """The first level-1 heading's text (MkDocs' title when the front matter has none)."""

    def search_html(self, page_text: bool = True) -> str | None:
        """The HTML Material's search needs to index this page, or None for the whole page.

        What the search would skip anyway is left out: the content of a block marked
        ``data-search-exclude`` or of a script (an empty element of its kind stays, as it still
        opens the page's first section), and the blocks of a section whose heading is marked.
        Parsing this instead of the page gives the same entries for a fraction of the cost; a
        page with a heading inside a raw block (which would start a section) is parsed whole.
        Without ``page_text``, the text under the page's first heading is left out too (the
        search index replaces it with a summary: :mod:`generator.write.search_index`).
        """
        kept: list[str] = []
        skipping = False
        headings = 0
        for block in self.blocks:
            if block.level:
                headings += 1
                skipping = block.excluded or (headings == 1 and not page_text)
                kept.append(block.html)
            elif _ID_HEADING.search(block.html):
                return None
            elif not skipping:
                tag = block.html[1 : _TAG_END.search(block.html, 1).start()]  # type: ignore[union-attr]
                kept.append(f"<{tag} data-search-exclude></{tag}>" if block.excluded or tag == "script" else block.html)
        return "\n".join(kept)


def front_matter(source: str) -> tuple[dict[str, object], int] | None:
    """The generator's front matter (``key: <JSON value>`` lines) and where the Markdown after it
    starts; None for anything else (MkDocs' YAML reader handles it). JSON values read as YAML does."""
    if not source.startswith("---\n"):
        return None
    end = source.find("\n---\n", 3)
    if end < 0:
        return None
    meta: dict[str, object] = {}
    for line in source[4:end].split("\n"):
        match = _FRONT_MATTER_LINE.fullmatch(line)
        if match is None:
            return None
        try:
            meta[match.group(1)] = json.loads(match.group(2))
        except ValueError:
            return None
    return meta, end + 5


def convert(markdown: str, style: HeadingStyle) -> Converted | None:
    """HTML, table of contents and anchor ids of ``markdown``, or None when it is not made only of
    headings and raw HTML blocks."""
    lines = markdown.split("\n")
    parts: list[_Heading | _Raw] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        match = _HEADING.fullmatch(line)
        if match is not None:
            heading = _heading(match)
            if heading is None:
                return None
            parts.append(heading)
            index += 1
            continue
        end = _html_block_end(lines, index)
        if end is None:
            return None
        raw = "\n".join(lines[index:end])
        if _UNSUPPORTED_HTML.search(raw):
            return None
        parts.append(_Raw(raw, end < len(lines) and not lines[end].strip()))
        index = end
    return _assemble(parts, style)


@dataclass(frozen=True)
class _Raw:
    html: str
    blank_after: bool


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str
    attrs: tuple[tuple[str, str | None], ...]
    """attr_list's attributes in their order; None is a bare attribute (``data-search-exclude``)."""


def _heading(match: re.Match[str]) -> _Heading | None:
    text = match.group(2)
    if not _HEADING_TEXT.fullmatch(text) or text != text.strip():
        return None
    attrs: list[tuple[str, str | None]] = []
    attr_list = match.group(3) or ""
    if not _ATTR_LIST.fullmatch(attr_list):
        return None
    for token in _ATTR_TOKEN.findall(attr_list):
        if token.startswith("#"):
            attrs.append(("id", token[1:]))
        elif token.startswith("."):
            attrs.append(("class", token[1:]))
        elif "=" in token:
            key, _, value = token.partition("=")
            attrs.append((key, value[1:-1]))
        else:
            attrs.append((token, None))
    keys = [key for key, _ in attrs]
    if len(keys) != len(set(keys)):  # attr_list merges repeated classes: leave that to Python-Markdown
        return None
    return _Heading(len(match.group(1)), _ESCAPE.sub(r"\1", text), tuple(attrs))


def _html_block_end(lines: list[str], start: int) -> int | None:
    """The index after the last line of the raw HTML block starting at ``start``, as Python-Markdown
    delimits it: from a block-level start tag at the line's start to the line that closes it."""
    opening = _HTML_START.match(lines[start])
    if opening is None or opening.group(1) not in _BLOCK_LEVEL:
        return None
    tag = opening.group(1)
    if tag in _VOID:
        return start + 1
    opens = re.compile(rf"<{tag}(?=[\s>/])")
    closes = f"</{tag}>"
    depth = 0
    for index in range(start, len(lines)):
        line = lines[index]
        depth += len(opens.findall(line)) - line.count(closes)
        if depth <= 0:
            return index + 1 if depth == 0 and line.endswith(closes) else None
    return None


def _root_excluded(raw: str) -> bool:
    return _SEARCH_EXCLUDE.search(raw, 0, raw.find(">") + 1) is not None


def _assemble(parts: list[_Heading | _Raw], style: HeadingStyle) -> Converted:
    """Heading ids as the ``toc`` extension gives them: explicit ids first, then slugs made unique."""
    used = {value for part in parts if isinstance(part, _Heading) for key, value in part.attrs if key == "id" and value}
    counters: dict[str, int] = {}
    tokens: list[Any] = []
    blocks: list[Block] = []
    anchors: set[str] = set()
    for part in parts:
        if isinstance(part, _Raw):
            blocks.append(Block(part.html, excluded=_root_excluded(part.html), blank_after=part.blank_after))
            anchors.update(_ID_ATTR.findall(part.html))
            continue
        attrs = dict(part.attrs)
        name = strip_tags(part.text)
        if "id" not in attrs:
            attrs["id"] = unique(style.slugify(html.unescape(name), style.separator), used, counters)
        heading_id = str(attrs["id"])
        label = attrs.pop("data-toc-label", None) or ""  # the toc's name for the heading; not printed
        if label:
            name = escape_cdata(strip_tags(label))
        anchors.add(heading_id)
        tokens.append({"level": part.level, "id": heading_id, "name": name, "html": part.text, "data-toc-label": label})
        rendered = "".join(f" {key}" if value is None else f' {key}="{_attribute(value)}"' for key, value in sorted(attrs.items()))
        permalink = ""
        if style.permalink is not None:
            permalink = (
                f'<a class="{style.permalink_class}" href="#{_attribute(heading_id)}" '
                f'title="{_attribute(style.permalink_title)}">{style.permalink}</a>'
            )
        blocks.append(
            Block(
                f"<h{part.level}{rendered}>{part.text}{permalink}</h{part.level}>",
                level=part.level,
                excluded="data-search-exclude" in attrs,
            )
        )
    title = next((part.text for part in parts if isinstance(part, _Heading) and part.level == 1), None)
    return Converted(_join(blocks), nest_toc_tokens(tokens), anchors, blocks, title)


def _attribute(value: str) -> str:
    """An attribute value escaped as Python-Markdown's serializer does (quotes, not apostrophes)."""
    return html.escape(value, quote=False).replace('"', "&quot;")


def _join(blocks: list[Block]) -> str:
    """Python-Markdown keeps a blank line after a raw HTML block that had one in the source."""
    out: list[str] = []
    for block in blocks:
        out.append(block.html)
        out.append("\n\n" if block.blank_after else "\n")
    return "".join(out[:-1])
