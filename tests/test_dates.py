"""Partial dates and the official Vietnamese date style (Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.dates import DateError, PartialDate, short_date, vn_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-02-05", PartialDate(2025, 2, 5)),
        ("2025-2-5", PartialDate(2025, 2, 5)),
        ("2025-02", PartialDate(2025, 2)),
        ("2025", PartialDate(2025)),
        ("05/02/2025", PartialDate(2025, 2, 5)),
        ("5/2/2025", PartialDate(2025, 2, 5)),
        ("10/7/2024", PartialDate(2024, 7, 10)),
        ("7/2024", PartialDate(2024, 7)),
        ("02/2025", PartialDate(2025, 2)),
        (" 2025-02-05 ", PartialDate(2025, 2, 5)),
        ("2024-02-29", PartialDate(2024, 2, 29)),
        (2025, PartialDate(2025)),
        (dt.date(2025, 8, 28), PartialDate(2025, 8, 28)),
    ],
)
def test_parse_iso_and_vietnamese_forms(text: object, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", ["2025-02-29", "2023-02-29", "31/04/2025", "2025-04-31", "2025-13", "2025-00-10", "0/5/2025", "32/01/2025", "1899", "2201"])
def test_impossible_dates(text: str) -> None:
    with pytest.raises(DateError) as caught:
        PartialDate.parse(text)
    assert caught.value.code == "date_impossible"
    assert caught.value.value == text


@pytest.mark.parametrize("text", ["05-02-2025", "2025/02/05", "2025.02.05", "ngày 5 tháng 2 năm 2025", "2025-02-05T10:00", "tháng 7", "20250205"])
def test_unreadable_dates(text: str) -> None:
    with pytest.raises(DateError) as caught:
        PartialDate.parse(text)
    assert caught.value.code == "date_format"


@pytest.mark.parametrize(("value", "code"), [(None, "empty_value"), ("", "empty_value"), ("  ", "empty_value"), ([2025], "date_type"), ({"y": 1}, "date_type"), (True, "date_type")])
def test_missing_or_structured_values(value: object, code: str) -> None:
    with pytest.raises(DateError) as caught:
        PartialDate.parse(value)
    assert caught.value.code == code


def test_partial_dates_span_a_range() -> None:
    month = PartialDate.parse("2024-02")
    assert (month.earliest, month.latest) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    year = PartialDate.parse("2025")
    assert (year.earliest, year.latest) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    day = PartialDate.parse("28/8/2025")
    assert day.earliest == day.latest == dt.date(2025, 8, 28)
    assert day.is_complete and not month.is_complete
    assert [str(d) for d in (day, month, year)] == ["2025-08-28", "2024-02", "2025"]


def test_ordering_is_chronological() -> None:
    dates = [PartialDate.parse(t) for t in ["2025-08-28", "2024-07", "2025-02-05", "2024"]]
    assert [d.iso() for d in sorted(dates)] == ["2024", "2024-07", "2025-02-05", "2025-08-28"]
    mixed = [PartialDate(2024, 7, 10), PartialDate(2024, 7), PartialDate(2024), PartialDate(2024, 7, 1), PartialDate(2024, 1, 5)]
    assert sorted(mixed) == [PartialDate(2024), PartialDate(2024, 1, 5), PartialDate(2024, 7), PartialDate(2024, 7, 1), PartialDate(2024, 7, 10)]
    assert PartialDate(2024, 7) < PartialDate(2024, 7, 10) and not PartialDate(2024, 7, 10) < PartialDate(2024, 7)
    assert PartialDate(2024, 7) <= PartialDate(2024, 7) and PartialDate(2025) > PartialDate(2024, 12, 31)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (PartialDate(2025, 2, 5), "ngày 05 tháng 02 năm 2025"),
        (PartialDate(2025, 8, 28), "ngày 28 tháng 8 năm 2025"),
        (PartialDate(2025, 1, 10), "ngày 10 tháng 01 năm 2025"),
        (PartialDate(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
        (PartialDate(2024, 7), "tháng 7 năm 2024"),
        (PartialDate(2024), "năm 2024"),
        (dt.date(2025, 8, 28), "ngày 28 tháng 8 năm 2025"),
        (None, ""),
    ],
)
def test_vn_date(value: PartialDate | dt.date | None, expected: str) -> None:
    assert vn_date(value) == expected


def test_vn_date_keeps_the_blank_day_of_an_undated_header() -> None:
    """The seed plan is dated "ngày   tháng 7 năm 2024": the day left for the signer to fill."""
    text = vn_date(PartialDate(2024, 7), blank_day=True)
    assert text.startswith("ngày") and text.endswith(" tháng 7 năm 2024")
    gap = text[len("ngày") : -len(" tháng 7 năm 2024")]
    assert gap and set(gap) == {"\u00a0"}  # non-breaking, so the blank survives Markdown and HTML
    assert vn_date(PartialDate(2025, 2, 5), blank_day=True) == "ngày 05 tháng 02 năm 2025"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(PartialDate(2025, 2, 5), "05/02/2025"), (PartialDate(2025, 8, 28), "28/08/2025"), (PartialDate(2024, 7), "07/2024"), (PartialDate(2024, 12), "12/2024"), (PartialDate(2024), "2024"), (None, "")],
)
def test_short_date(value: PartialDate | None, expected: str) -> None:
    assert short_date(value) == expected
