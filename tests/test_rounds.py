"""Rounds and date ranges (issue 11 item 1): a plan's rounds, multi-day milestones and a period
"từ ngày ban hành Kế hoạch", from the YAML through the CLI to the plan page, /lich-trinh/ and
the calendar file (read back with the ``icalendar`` package)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest
from conftest import ROOT, run_thiduua
from htmltext import normalise, page_text, parse

from generator.dates import PartialDate, short_range, vn_range

FIXTURE = ROOT / "tests" / "data" / "rounds"
PLAN = Path("ke-hoach/ke-hoach-dot-thi-dua-2025/index.html")


@pytest.fixture(scope="module")
def rounds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    validate = run_thiduua("validate", "--data", FIXTURE)
    assert validate.returncode == 0 and "0 lỗi, 0 cảnh báo" in validate.stdout + validate.stderr, validate.stdout + validate.stderr
    out = tmp_path_factory.mktemp("rounds") / "site"
    build = run_thiduua("build", "--data", FIXTURE, "--out", out)
    assert build.returncode == 0, build.stdout + build.stderr
    return out


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-12-08", "2025-12-10", "từ ngày 08 đến ngày 10 tháng 12 năm 2025"),
        ("20/11/2025", "03/12/2025", "từ ngày 20/11/2025 đến ngày 03/12/2025"),
        ("2025-12-30", "2026-01-02", "từ ngày 30/12/2025 đến ngày 02/01/2026"),
        ("2025-10", "2025-12", "từ tháng 10 đến tháng 12 năm 2025"),
        ("2025-01", "2025-02", "từ tháng 01 đến tháng 02 năm 2025"),
        ("2025-12", "2026-01", "từ tháng 12/2025 đến tháng 01/2026"),
        ("2025-10", "2026-01-05", "từ tháng 10 năm 2025 đến ngày 05 tháng 01 năm 2026"),
        ("2025-12-08", None, "ngày 08 tháng 12 năm 2025"),
        ("2025-12-08", "2025-12-08", "ngày 08 tháng 12 năm 2025"),
    ],
)
def test_vietnamese_range_spelling(start: str, end: str | None, expected: str) -> None:
    assert vn_range(PartialDate.parse(start), PartialDate.parse(end) if end else None) == expected


def test_short_range_for_tables() -> None:
    assert short_range(PartialDate.parse("20/11/2025"), PartialDate.parse("2025-12-03")) == "20/11/2025 – 03/12/2025"
    assert short_range(PartialDate.parse("2025-12"), None) == "12/2025"


def test_calendar_events_span_their_days(rounds_site: Path) -> None:
    cal = icalendar.Calendar.from_ical((rounds_site / "lich-trinh.ics").read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    spans = {uid: (e.decoded("DTSTART"), e.decoded("DTEND")) for uid, e in events.items()}
    # DTEND is exclusive: a round "đến 03/12/2025" ends on the morning of 04/12.
    assert spans["dot-ke-hoach-dot-thi-dua-2025-dot-01@thiduua"] == (dt.date(2025, 11, 20), dt.date(2025, 12, 4))
    assert spans["dot-ke-hoach-dot-thi-dua-2025-dot-02@thiduua"] == (dt.date(2025, 12, 4), dt.date(2025, 12, 21))
    assert spans["moc-ke-hoach-dot-thi-dua-2025-hoi-nghi-tong-ket@thiduua"] == (dt.date(2025, 12, 8), dt.date(2025, 12, 11))
    # A span of months runs to the last day of its last month.
    assert spans["moc-ke-hoach-dot-thi-dua-2025-nop-ho-so@thiduua"] == (dt.date(2025, 12, 1), dt.date(2026, 2, 1))
    first = events["dot-ke-hoach-dot-thi-dua-2025-dot-01@thiduua"]
    assert str(first["SUMMARY"]) == "Đợt 01 (dự kiến, từ ngày 20/11/2025 đến ngày 03/12/2025)"
    assert str(first["STATUS"]) == "TENTATIVE"
    assert str(events["dot-ke-hoach-dot-thi-dua-2025-dot-02@thiduua"]["STATUS"]) == "CONFIRMED"


def test_timeline_shows_the_span_not_one_day(rounds_site: Path) -> None:
    html = (rounds_site / "lich-trinh" / "index.html").read_text(encoding="utf-8")
    item = re.search(r'<li[^>]*id="moc-ke-hoach-dot-thi-dua-2025-hoi-nghi-tong-ket".*?</li>', html, re.S)
    assert item is not None
    text = normalise(" ".join(parse(item.group(0)).parts))
    assert text.startswith(normalise("từ ngày 08 đến ngày 10 tháng 12 năm 2025 dự kiến"))
    assert 'datetime="2025-12-08"' in item.group(0)
    round_item = re.search(r'<li[^>]*id="dot-ke-hoach-dot-thi-dua-2025-dot-01".*?</li>', html, re.S)
    assert round_item is not None
    round_text = normalise(" ".join(parse(round_item.group(0)).parts))
    assert normalise("từ ngày 20/11/2025 đến ngày 03/12/2025 dự kiến") in round_text
    assert normalise("Đợt thi đua") in round_text
    assert normalise("Đợt 01") in round_text


def test_plan_page_lists_rounds_as_written_and_the_period_from_issue(rounds_site: Path) -> None:
    text = normalise(page_text(rounds_site / PLAN))
    assert normalise("Đợt 01 dự kiến từ 20/11/2025 đến 03/12/2025.") in text
    # A round without its own sentence is spelled from its dates.
    assert normalise("Đợt 02 từ ngày 04 đến ngày 20 tháng 12 năm 2025: Chấm điểm, bình xét.") in text
    assert normalise("1. Thời gian thực hiện: Từ ngày ban hành Kế hoạch đến hết ngày 31/12/2025.") in text
    assert normalise("Thời gian thực hiện Từ ngày ban hành kế hoạch (ngày 15 tháng 11 năm 2025) – ngày 31 tháng 12 năm 2025") in text
    assert normalise("Các đợt Đợt 01: 20/11/2025 – 03/12/2025 (dự kiến); Đợt 02: 04/12/2025 – 20/12/2025") in text


def test_home_lists_a_multi_day_milestone_as_a_span(rounds_site: Path) -> None:
    html = (rounds_site / "index.html").read_text(encoding="utf-8")
    item = re.search(r'<li class="milestone[^"]*"[^>]*data-start="2025-12-08"[^>]*>.*?</li>', html, re.S)
    assert item is not None
    assert 'data-end="2025-12-10"' in item.group(0) and 'data-precision="range"' in item.group(0)
    assert normalise("từ ngày 08 đến ngày 10 tháng 12 năm 2025") in normalise(" ".join(parse(item.group(0)).parts))


def test_home_lists_the_rounds_with_the_milestones(rounds_site: Path) -> None:
    html = (rounds_site / "index.html").read_text(encoding="utf-8")
    titles = re.findall(r'class="milestone-title">([^<]+)<', html)
    assert titles == ["Đợt 01", "Nộp hồ sơ đề nghị khen thưởng", "Đợt 02: Chấm điểm, bình xét", "Hội nghị tổng kết"]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("08-10/12/2025", "date_range"),
        ("20/11/2025 - 03/12/2025", "date_range"),
        ("20/11/2025–03/12/2025", "date_range"),
        ("từ ngày 20/11/2025 đến ngày 03/12/2025", "date_range"),
        ("20/11-03/12/2025", "date_range"),
        ("2025-12-08 - 2025-12-10", "date_range"),
        ("05-02-2025", "date_format"),  # a day written with dashes is not a span
        ("2025-13-45", "date_impossible"),
    ],
)
def test_a_span_in_one_date_field_is_told_apart_from_a_bad_date(value: str, code: str) -> None:
    from generator.dates import DateError

    with pytest.raises(DateError) as caught:
        PartialDate.parse(value)
    assert caught.value.code == code
