"""Keep words of adjacent elements apart in the text a search engine extracts from a page.

Material's search index (like any text extractor that drops tags) joins the text of adjacent
elements: ``<dt>Chức vụ</dt><dd>Trưởng phòng</dd>``, ``dữ liệu mẫu</span><span>ngày``,
``…</span><br><span>Quyết định`` were indexed as "vụTrưởng", "mẫungày", "2025Quyết" and
shown glued in result snippets. A browser separates them by layout (blocks, line breaks), not
by text. This puts one space between two words that only tags separate, when those tags are
not word-internal formatting (``<b>``, ``<em>``, ``<mark>``… may cut a word and are left
alone). Between block elements and after ``<br>`` the space is invisible; between inline
elements it is the space a reader sees anyway. ``<pre>``, ``<script>``, ``<style>`` and
``<textarea>`` are copied unchanged.
"""

from __future__ import annotations

import re

_VERBATIM = re.compile(r"(<(pre|script|style|textarea)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_TAG_RUN = re.compile(r"(?<=[\w.,;:!?)\]\u201d\u2019%])((?:<[^<>]+>)+)(?=[\w(\u201c\u2018])")
"""Tags between the end of a word (or its closing punctuation) and the start of the next word;
not before a symbol such as the heading permalink's "¶"."""
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
_WORD_INTERNAL = frozenset({"b", "strong", "i", "em", "mark", "u", "s", "small", "sub", "sup", "abbr", "code", "kbd", "wbr", "bdi", "bdo"})


def _tag_name(tag: str) -> str:
    """``"span"`` for ``<span class=x>`` and ``</span>``; ``""`` for a comment or doctype."""
    match = _TAG_NAME.match(tag)
    return match.group(1).lower() if match else ""


def _space(run: re.Match[str]) -> str:
    tags = re.findall(r"<[^<>]+>", run.group(1))
    if all(_tag_name(tag) in _WORD_INTERNAL or not _tag_name(tag) for tag in tags):
        return run.group(1)
    # after the closing tags, before the opening ones: "</span> <span>", "</a></dd> <dt>", "x <br>y"
    split = 0
    while split < len(tags) and tags[split].startswith("</"):
        split += 1
    return "".join(tags[:split]) + " " + "".join(tags[split:])


def separate_words(html: str) -> str:
    """``html`` with a space wherever tags alone separated two words (see the module docstring)."""
    parts = _VERBATIM.split(html)
    out: list[str] = []
    # re.split with two groups yields: text, whole verbatim element, its tag name, text, …
    for index in range(0, len(parts), 3):
        out.append(_TAG_RUN.sub(_space, parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)
