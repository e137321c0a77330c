"""Limits that keep Markdown rendering linear in the length of a field (issue 18.2).

Python-Markdown's inline link and image patterns backtrack over every ``[`` of a paragraph:
16,000 of them (16 KB) took 35 s, four times longer per doubling, and a list nested 500 deep
ended in ``RecursionError``. Below these limits the renderer's time grows with the text's
length only; no honest announcement, citation or plan section comes near them. The
validator reports the first line that crosses one, as ``file:line``.

The per-field length limits of every text field are the "gates" developer's table; the
Markdown-specific ones are kept here, next to the reason they exist.
"""

from __future__ import annotations

import re
from typing import NamedTuple

MARKDOWN_LIMITS = {
    "chars": 100_000,  # a whole Markdown field: about 40 printed pages
    "brackets_per_paragraph": 200,  # ``[`` in one block between blank lines: 200 links or images
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
    brackets, paragraph_start = 0, 0
    seen: set[str] = set()
    for index, line in enumerate(text.split("\n")):
        if not line.strip():
            brackets, paragraph_start = 0, index + 1
            continue
        if len(line) > MARKDOWN_LIMITS["line_chars"] and "line" not in seen:
            seen.add("line")
            found.append(MarkdownProblem(index, "markdown_line_too_long", {"length": str(len(line)), "limit": str(MARKDOWN_LIMITS["line_chars"])}))
        brackets += line.count("[")
        if brackets > MARKDOWN_LIMITS["brackets_per_paragraph"] and "brackets" not in seen:
            seen.add("brackets")
            found.append(MarkdownProblem(paragraph_start, "markdown_too_many_brackets", {"limit": str(MARKDOWN_LIMITS["brackets_per_paragraph"])}))
        depth = nesting_depth(line)
        if depth > MARKDOWN_LIMITS["nesting"] and "nesting" not in seen:
            seen.add("nesting")
            found.append(MarkdownProblem(index, "markdown_too_deep", {"depth": str(depth), "limit": str(MARKDOWN_LIMITS["nesting"])}))
    return found
