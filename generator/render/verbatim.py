"""Mark the original's oddities ("Đề thực hiện") as the original's, without changing the text.

A plan lists them in ``verbatim:``; the first occurrence of each in the rendered page is wrapped
in ``<span class="nguyen-van">``, and the stylesheet adds a quiet "[nguyên văn]" after it with
CSS generated content. The words themselves stay exactly as written (seed fidelity reads them),
and so does the page when a phrase is not found.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

NOTE_TITLE = "Nguyên văn bản gốc, không sửa"


def mark_verbatim(text: str, phrases: Iterable[str]) -> str:
    """Wrap the first occurrence of each phrase that lies in text content (not in a tag or the front matter)."""
    body_start = _after_front_matter(text)
    for phrase in phrases:
        for needle in dict.fromkeys((phrase, html.escape(phrase, quote=False))):
            position = _find_in_content(text, needle, body_start)
            if position >= 0:
                end = position + len(needle)
                text = f'{text[:position]}<span class="nguyen-van" title="{NOTE_TITLE}">{needle}</span>{text[end:]}'
                break
    return text


def _after_front_matter(text: str) -> int:
    if not text.startswith("---\n"):
        return 0
    end = text.find("\n---", 4)
    return 0 if end < 0 else end + 4


def _find_in_content(text: str, needle: str, start: int) -> int:
    """The first ``needle`` at or after ``start`` that is outside any ``<…>`` tag, or -1."""
    position = text.find(needle, start)
    while position >= 0:
        opened, closed = text.rfind("<", 0, position), text.rfind(">", 0, position)
        if opened <= closed:
            return position
        position = text.find(needle, position + 1)
    return -1
