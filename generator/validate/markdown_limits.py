"""Limits that keep Markdown rendering linear in the length of a field (issue 18.2).

Python-Markdown's inline link and image patterns scan the rest of the paragraph from every
``[``: the work is (``[`` in a paragraph) × (its length), so 16,000 ``[`` (16 KB) took 35 s and
100 ``[`` in each of 20 paragraphs of 8 KB took a minute; a list nested 500 deep ended in
``RecursionError``. The limits bound that product over the whole field (a few seconds at
most), the nesting, the field and the line; no honest announcement, citation or plan section
comes near them. The validator reports the first line that crosses one, as ``file:line``.

The per-field length limits of every text field are the "gates" developer's table; the
Markdown-specific ones are kept here, next to the reason they exist.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MARKDOWN_LIMITS = {
    "chars": 100_000,  # a whole Markdown field: about 40 printed pages
    "link_work": 400_000,  # Σ over paragraphs of ``[`` count × paragraph length (20 paragraphs of 1,000 characters with 20 links each: 400,000)
    "nesting": 10,  # list levels (4 spaces each) plus ``>`` quote levels on one line
    "line_chars": 20_000,  # one physical line (a pasted minified blob is not prose)
}

_PREFIX = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
"""One level opened at the start of a line: a quote marker or a list marker (``- - - x`` is three lists)."""


class MarkdownProblem(NamedTuple):
    line: int
    """0-based line of the field where the limit is crossed."""
    code: str
    params: dict[str, str]


def nesting_depth(line: str) -> int:
    """Quote and list levels a line opens: its markers, plus its indentation in steps of 4 columns."""
    depth, position = 0, 0
    indent = len(line) - len(line.lstrip(" \t"))
    depth += len(line[:indent].expandtabs(4)) // 4
    while True:
        marker = _PREFIX.match(line, position)
        if marker is None:
            return depth
        depth += 1
        position = marker.end()


def markdown_problems(text: str) -> list[MarkdownProblem]:
    """The first crossing of each limit in ``text`` (at most one finding per limit)."""
    found: list[MarkdownProblem] = []
    if len(text) > MARKDOWN_LIMITS["chars"]:
        found.append(MarkdownProblem(0, "markdown_too_long", {"length": str(len(text)), "limit": str(MARKDOWN_LIMITS["chars"])}))
        return found  # the other checks would only repeat what this one says
    lines = text.split("\n")
    seen: set[str] = set()
    work, start = 0, 0
    for index in range(len(lines) + 1):
        if index < len(lines) and lines[index].strip():
            continue
        paragraph = lines[start:index]  # one block between blank lines
        work += sum(line.count("[") for line in paragraph) * sum(len(line) + 1 for line in paragraph)
        if work > MARKDOWN_LIMITS["link_work"] and "links" not in seen:
            seen.add("links")
            found.append(MarkdownProblem(start, "markdown_too_many_brackets", {"limit": str(MARKDOWN_LIMITS["link_work"])}))
        start = index + 1
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if len(line) > MARKDOWN_LIMITS["line_chars"] and "line" not in seen:
            seen.add("line")
            found.append(MarkdownProblem(index, "markdown_line_too_long", {"length": str(len(line)), "limit": str(MARKDOWN_LIMITS["line_chars"])}))
        depth = nesting_depth(line)
        if depth > MARKDOWN_LIMITS["nesting"] and "nesting" not in seen:
            seen.add("nesting")
            found.append(MarkdownProblem(index, "markdown_too_deep", {"depth": str(depth), "limit": str(MARKDOWN_LIMITS["nesting"])}))
    return found
