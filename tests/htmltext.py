"""Helpers for reading built HTML in tests: visible text, links, elements."""

from __future__ import annotations

import html.parser
import re
import unicodedata
from pathlib import Path


def normalise(text: str) -> str:
    """Whitespace folded, NFC, case-folded: how the seed check compares text."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


class HtmlParts(html.parser.HTMLParser):
    """Visible text parts and every (tag, attrs) of an HTML document or fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def parse(html_text: str) -> HtmlParts:
    parser = HtmlParts()
    parser.feed(html_text)
    return parser


def page_text(path: Path) -> str:
    """The visible text of an HTML page (scripts and styles left out)."""
    return " ".join(parse(path.read_text(encoding="utf-8")).parts)


def seed_lines(seed: Path) -> list[str]:
    """The seed's non-empty lines without Markdown markers, as the fidelity check reads them."""
    lines = []
    for raw in seed.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^#+\s*", "", raw.strip()).replace("**", "")
        line = re.sub(r"^-\s+", "", line).strip()
        if line:
            lines.append(line)
    return lines
