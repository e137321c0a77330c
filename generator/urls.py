"""Where every generated page lives, and relative links between pages.

Links are relative so that the site works at a domain root and under a sub-path
(``https://example.gov.vn/thi-dua/``) alike. Source paths are MkDocs ``docs`` paths;
with ``use_directory_urls`` ``quyet-dinh/qd-125.md`` is served at ``quyet-dinh/qd-125/``.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

from generator.models import Person

HOME = "index.md"
PLANS = "ke-hoach/index.md"
PROGRESS = "tien-do/index.md"
HONOR_ROLL = "vinh-danh/index.md"
EXEMPLARY = "guong-dien-hinh/index.md"
DECISIONS = "quyet-dinh/index.md"
UNITS = "don-vi/index.md"
ANNOUNCEMENTS = "thong-bao/index.md"
FEED = "thong-bao/feed.xml"
TIMELINE = "lich-trinh/index.md"
CALENDAR = "lich-trinh.ics"
OPEN_DATA = "du-lieu/index.md"
HONOR_FILTER_JS = "assets/javascripts/honor-filter.js"


def plan(plan_id: str) -> str:
    return f"ke-hoach/{plan_id}.md"


def person(record: Person, person_id: str) -> str:
    """Exemplary individuals live in the gallery section; everyone else under ``ca-nhan/``."""
    return f"guong-dien-hinh/{person_id}.md" if record.exemplary else f"ca-nhan/{person_id}.md"


def person_photo(record: Person, person_id: str, extension: str) -> str:
    """A consented photo, next to the person's page section: ``guong-dien-hinh/anh/<id>.jpg``."""
    section = "guong-dien-hinh" if record.exemplary else "ca-nhan"
    return f"{section}/anh/{person_id}{extension.lower()}"


def honor_roll_page(year: int, number: int = 1) -> str:
    """A year's honor roll: ``vinh-danh/2025/``, then ``vinh-danh/2025/trang-2/``…"""
    return f"vinh-danh/{year}/index.md" if number == 1 else f"vinh-danh/{year}/trang-{number}.md"


def decision(decision_id: str) -> str:
    return f"quyet-dinh/{decision_id}.md"


def decision_attachment(decision_id: str) -> str:
    """The decision's scanned PDF, copied from data/."""
    return f"quyet-dinh/tep/{decision_id}.pdf"


def unit(unit_id: str) -> str:
    return f"don-vi/{unit_id}.md"


def announcement(announcement_id: str) -> str:
    return f"thong-bao/{announcement_id}.md"


def served_url(src: str) -> str:
    """The URL path (relative to the site root) MkDocs serves ``src`` at."""
    if not src.endswith(".md"):
        return src
    stem = src[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def _relpath(target: str, start: str) -> str:
    """``posixpath.relpath`` for site-relative URL paths, without its getcwd()/abspath calls.

    Called once per link (tens of thousands at province scale); the standard function
    spent most of its time resolving against the working directory.
    """
    to_parts = [p for p in target.split("/") if p and p != "."]
    from_parts = [p for p in start.split("/") if p and p != "."]
    common = 0
    while common < min(len(to_parts), len(from_parts)) and to_parts[common] == from_parts[common]:
        common += 1
    return "/".join([".."] * (len(from_parts) - common) + to_parts[common:]) or "."


@lru_cache(maxsize=65536)
def relative(from_src: str, to_src: str, anchor: str = "") -> str:
    """Relative href from the page built from ``from_src`` to ``to_src``."""
    base = served_url(from_src)
    base_dir = base if base.endswith("/") or base == "" else posixpath.dirname(base) + "/"
    target = served_url(to_src)
    rel = _relpath(target, base_dir)
    if target.endswith("/") or target == "":
        rel = "./" if rel == "." else rel + "/"
    return rel + (f"#{anchor}" if anchor else "")


def announcement_category(category: str) -> str:
    return f"thong-bao/chuyen-muc/{category}.md"


def announcement_archive(year: int, month: int | None = None) -> str:
    """``thong-bao/2025/07/`` (month) or ``thong-bao/2025/`` (the whole year)."""
    return f"thong-bao/{year:04d}/{month:02d}/index.md" if month else f"thong-bao/{year:04d}/index.md"


def open_data_file(kind: str, extension: str) -> str:
    """``du-lieu/decisions.json``, ``du-lieu/decisions.csv``: ``kind`` is the data/ folder name."""
    return f"du-lieu/{kind}.{extension}"


def open_data_schema(kind: str) -> str:
    return f"du-lieu/schema/{kind}.schema.json"


FEED_SITEMAP_SHIM = "thong-bao/sitemap.xml"
"""Empty sitemap next to the feed: see :mod:`generator.render.pages.feed`."""


# --- Site chrome and portal integration (public help, look-up page, embeddable widgets) ---
HELP = "hoi-dap/index.md"
"""Public help "Tra cứu và hỏi đáp" (the editors' guide stays at huong-dan/, out of the tabs)."""
LOOKUP = "tra-cuu/index.md"
"""The look-up page "Tra cứu khen thưởng" (built by the search feature)."""
GUIDE = "huong-dan/index.md"
WIDGETS = "nhung/index.md"
"""Documentation page of the embeddable widgets."""


def widget(name: str, extension: str) -> str:
    """An embeddable fragment for the agency's portal: ``nhung/quyet-dinh-moi.html`` / ``.json``."""
    return f"nhung/{name}.{extension}"
