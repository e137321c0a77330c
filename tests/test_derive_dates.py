"""The data's "as of" date, which also pins reproducible build timestamps."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from conftest import ROOT

from generator.derive import latest_date
from generator.validate.records import load_and_validate

MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal"


def test_latest_date_is_the_newest_record_date() -> None:
    dataset, report = load_and_validate(MINIMAL)
    assert not report.errors
    assert latest_date(dataset) == dt.date(2025, 2, 5)


def test_a_month_only_date_does_not_date_the_data_to_the_end_of_that_month(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINIMAL, data)
    news = data / "announcements" / "khai-mac.md"
    news.write_text(news.read_text(encoding="utf-8").replace("date: 2024-08-01", "date: 2025-09"), encoding="utf-8")
    dataset, report = load_and_validate(data)
    assert not report.errors
    assert latest_date(dataset) == dt.date(2025, 9, 1)
