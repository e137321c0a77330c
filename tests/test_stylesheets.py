"""What blocks a page's first paint (issue 16, Lighthouse mobile ≥ 95): the stylesheets in its head.

Every ``<link rel=stylesheet>`` in the head is render-blocking: the browser paints nothing until it
has fetched them all, one request each on a phone's connection. The bundled site's pages link
Material's main stylesheet and the site's one stylesheet (assets/thiduua.css), nothing else; the
look-up page adds its own small lookup.css. Measured with benchmarks/lighthouse.sh: going from
seven to two stylesheets took ≈ 0.3 s off the first paint (benchmarks/README.md). A page kind that
gains one again, or a palette brought back into mkdocs.yml (palette.css), fails here.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.write.zensical import read_config

MAIN_CSS = re.compile(r"^assets/stylesheets/main\.[0-9a-f]{8}\.min\.css$")
OURS = "assets/thiduua.css"
LOOKUP = "assets/lookup.css"

# One page of each kind (the Lighthouse pages first), as site-relative paths of the built site.
PAGE_KINDS = {
    "home": "index.html",
    "plan": "ke-hoach/ke-hoach-80-nam-bo-noi-vu/index.html",
    "progress": "tien-do/index.html",
    "honor roll year": "vinh-danh/2025/index.html",
    "decision": "quyet-dinh/qd-0124-snv-2025/index.html",
    "person": "ca-nhan/dang-thi-anh/index.html",
    "exemplary people": "guong-dien-hinh/index.html",
    "decisions list": "quyet-dinh/index.html",
    "units": "don-vi/index.html",
    "unit": None,  # the first unit page, found below
    "announcements": "thong-bao/index.html",
    "timeline": "lich-trinh/index.html",
    "open data": "du-lieu/index.html",
    "help": "hoi-dap/index.html",
    "editors' guide": "huong-dan/index.html",
    "404": "404.html",
}


class _Head(HTMLParser):
    """The stylesheets linked in <head>, and any linked in <body> (also render-blocking there)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_head = False
        self.head: list[str] = []
        self.body: list[str] = []
        self.blocking_scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "link" and "stylesheet" in values.get("rel", "").lower().split():
            (self.head if self.in_head else self.body).append(values.get("href", ""))
        elif tag == "script" and values.get("src") and self.in_head and not ({"defer", "async"} & values.keys()) and values.get("type") != "module":
            self.blocking_scripts.append(values["src"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False


def _parse(site: Path, page: str) -> tuple[_Head, list[str]]:
    parser = _Head()
    parser.feed((site / page).read_text(encoding="utf-8"))
    folder = posixpath.dirname(page)
    # Site-relative targets: "../assets/x.css" from "tien-do/index.html" is "assets/x.css"; 404.html's are rooted.
    resolved = [posixpath.normpath(href.lstrip("/") if href.startswith("/") else posixpath.join(folder, href)) for href in parser.head]
    return parser, resolved


def _unit_page(site: Path) -> str:
    pages = sorted(p for p in (site / "don-vi").glob("*/index.html"))
    assert pages, "no unit page built"
    return pages[0].relative_to(site).as_posix()


@pytest.mark.parametrize("kind", sorted(PAGE_KINDS))
def test_page_kind_links_only_main_css_and_the_sites_one_stylesheet(built_site: Path, kind: str) -> None:
    page = PAGE_KINDS[kind] or _unit_page(built_site)
    assert (built_site / page).is_file(), f"{kind}: {page} not built"
    parser, stylesheets = _parse(built_site, page)
    assert len(stylesheets) == 2, f"{kind}: {len(stylesheets)} render-blocking stylesheets in the head: {parser.head}"
    assert MAIN_CSS.match(stylesheets[0]), f"{kind}: first stylesheet is not Material's main.css: {parser.head}"
    assert stylesheets[1] == OURS, f"{kind}: {parser.head}"
    assert parser.body == [], f"{kind}: stylesheets linked in the body: {parser.body}"
    assert parser.blocking_scripts == [], f"{kind}: scripts in the head that block parsing: {parser.blocking_scripts}"
    for target in stylesheets:
        assert (built_site / target).is_file(), f"{kind}: {target} is linked but not built"


def test_lookup_page_adds_only_its_own_stylesheet(built_site: Path) -> None:
    parser, stylesheets = _parse(built_site, "tra-cuu/index.html")
    assert len(stylesheets) == 3 and MAIN_CSS.match(stylesheets[0]) and stylesheets[1:] == [OURS, LOOKUP], parser.head
    assert (built_site / LOOKUP).is_file()


def test_no_material_page_of_the_site_links_more_than_the_lookup_page(built_site: Path) -> None:
    """Every page Material rendered (redirect stubs and embeddable widgets are not), not only the kinds above."""
    checked = 0
    for path in sorted(built_site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if 'name="generator" content="mkdocs-' not in text:
            continue
        page = path.relative_to(built_site).as_posix()
        _, stylesheets = _parse(built_site, page)
        allowed = 3 if page == "tra-cuu/index.html" else 2
        assert len(stylesheets) == allowed, f"{page}: {stylesheets}"
        assert not any("palette" in s for s in stylesheets), f"{page}: Material's palette.css is back ({stylesheets})"
        checked += 1
    assert checked > 50, f"only {checked} Material pages found"


def test_the_colours_palette_css_carried_are_in_the_sites_stylesheet() -> None:
    """mkdocs.yml sets no palette (it would add palette.css); the values of its red that show stay ours."""
    root = Path(__file__).resolve().parents[1]
    assert "palette" not in read_config(root / "mkdocs.yml")["theme"]
    css = (root / "site_src" / "docs" / "assets" / "thiduua.css").read_text(encoding="utf-8")
    for declaration in ("--md-primary-fg-color: #a31515;", "--md-primary-fg-color--light: #e57171;", "--md-accent-fg-color--transparent: #ff1a471a;"):
        assert declaration in css
