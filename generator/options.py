"""Settings of one generation run (from the CLI or from the MkDocs plugin's config)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class Options:
    data_dir: Path = Path("data")
    site_src: Path = Path("site_src")
    site_url: str = ""
    name_order: Literal["given", "family"] = "given"
    """Vietnamese lists sort by tên (given name) first; ``family`` sorts by họ."""
