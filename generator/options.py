"""Settings of one generation run (from the CLI or from the MkDocs plugin's config)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

HONOR_ROLL_PAGE_SIZE = 500
"""Names per honor-roll page: a phone opens ~500 list items quickly (≈ 265 KB of HTML)."""


@dataclass(frozen=True)
class Options:
    data_dir: Path = Path("data")
    site_src: Path = Path("site_src")
    site_url: str = ""
    name_order: Literal["given", "family"] = "given"
    """Vietnamese lists sort by tên (given name) first; ``family`` sorts by họ."""
    honor_roll_page_size: int = HONOR_ROLL_PAGE_SIZE
    """At most this many names on one honor-roll page (a year's list is split beyond it)."""
