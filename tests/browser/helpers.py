"""Helpers shared by the browser tests: which built page stands for each page kind, and Material's search UI."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

# Page kind -> a directory (listing) or a parent whose first record page is used.
LISTINGS = {
    "home": "",
    "plans": "ke-hoach/",
    "progress": "tien-do/",
    "honor-roll-years": "vinh-danh/",
    "gallery": "guong-dien-hinh/",
    "decisions": "quyet-dinh/",
    "units": "don-vi/",
    "announcements": "thong-bao/",
    "timeline": "lich-trinh/",
    "open-data": "du-lieu/",
    "guide": "huong-dan/",
}
RECORDS = {
    "honor-roll": "vinh-danh/",  # a year's list of names, with the filter
    "plan": "ke-hoach/",
    "person": "ca-nhan/",
    "decision": "quyet-dinh/",
    "unit": "don-vi/",
    "announcement": "thong-bao/",
}
# The pages the issue names for accessibility, phone width and screenshots.
MAIN_KINDS = ["home", "plan", "honor-roll", "person", "decision", "progress", "announcements"]


def page_path(site: Path, kind: str) -> str | None:
    """Site-relative path (``"quyet-dinh/qd-12/"``) of the page standing for ``kind``, or None if not built."""
    if kind in LISTINGS:
        path = LISTINGS[kind]
        return path if (site / path / "index.html").is_file() else None
    if kind == "exemplary-person":  # every person is at ca-nhan/<id>/: one the gallery links to
        return _first_exemplary(site)
    if kind == "person":  # any person page: an exemplary person's, else an ordinary one
        return page_path(site, "exemplary-person") or _first_record(site, RECORDS["person"])
    return _first_record(site, RECORDS[kind])


def _first_exemplary(site: Path) -> str | None:
    gallery = site / LISTINGS["gallery"] / "index.html"
    if not gallery.is_file():
        return None
    ids = sorted(set(re.findall(r'href="\.\./ca-nhan/([a-z0-9-]+)/"', gallery.read_text(encoding="utf-8"))))
    return f"ca-nhan/{ids[0]}/" if ids else None  # the first by id, as when they had a folder of their own


def _first_record(site: Path, parent: str) -> str | None:
    folder = site / parent
    if not folder.is_dir():
        return None
    for child in sorted(p for p in folder.iterdir() if p.is_dir()):
        if (child / "index.html").is_file():
            return f"{parent}{child.name}/"
    return None


# Material's search worker has answered its setup message: the placeholder replaces "Đang chuẩn bị tìm kiếm".
SEARCH_READY = """() => {
    const meta = document.querySelector('.md-search-result__meta');
    return meta !== null && meta.textContent.trim() !== '' && !/Đang chuẩn bị/.test(meta.textContent);
}"""


def search_results(page, base_url: str, query: str, *, start: str = "", expect_none: bool = False) -> list[str]:
    """Type ``query`` into Material's search on ``start`` and return the result links, site-relative.

    A fresh page load per query: Material renders a query's results once, so waiting on the
    result count is only unambiguous for the first query of a page.
    """
    page.goto(base_url + start)
    page.wait_for_function(SEARCH_READY)  # a query typed before the worker is ready can be lost
    field = page.locator("input.md-search__input")
    field.fill(query)
    field.press("End")  # Material reads the query on keyup, not on input
    wait_for_search(page, expect_none=expect_none)
    hrefs = page.locator(".md-search-result__item > a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)"
    )
    return [site_relative(href, base_url) for href in hrefs]


def wait_for_search(page, *, expect_none: bool = False) -> None:
    """Wait until Material's search shows its result (or, with ``expect_none``, that it found nothing)."""
    page.wait_for_function(
        """expectNone => {
            const meta = document.querySelector('.md-search-result__meta');
            const items = document.querySelectorAll('.md-search-result__item').length;
            if (!meta) return false;
            if (expectNone) return /Không tìm thấy/.test(meta.textContent);
            return items > 0 && /trang phù hợp/.test(meta.textContent);
        }""",
        arg=expect_none,
    )


def site_relative(url: str, base_url: str) -> str:
    """``http://127.0.0.1:PORT/quyet-dinh/x/#h`` -> ``quyet-dinh/x/``."""
    path = urlsplit(url).path
    base = urlsplit(base_url).path
    return path[len(base):] if path.startswith(base) else path
