"""Target progress arithmetic (generator.derive.progress) and its display, without a build."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.derive.progress import compute_progress, exact, meets
from generator.render.pages.calendar import escape_text, fold, span
from generator.render.pages.progress import percent_pair
from generator.validate.records import load_and_validate

FIXTURE = Path(__file__).parent / "data" / "progress"


@pytest.fixture(scope="module")
def progress():
    dataset, report = load_and_validate(FIXTURE)
    assert not report.errors
    return {t.target.id: t for t in compute_progress(dataset)["ke-hoach-thu"].targets}


def test_percentages_are_exact_fractions(progress) -> None:
    year = progress["t3-ccvc-htxsnv"].years[0]
    assert (year.year, year.numerator, year.denominator) == (2024, 6, 33)
    assert year.value == Fraction(200, 11)  # 18.1818…, not a float
    assert year.counted == ("dv-1", "dv-2", "dv-3")
    two_thirds = progress["t2-ty-le-httnv"].years[0]
    assert two_thirds.value == Fraction(200, 3) and two_thirds.missing == ("pnv-3",)


def test_boundaries_of_each_comparator() -> None:
    assert meets(Fraction(50), "at_least", Fraction(50))
    assert not meets(Fraction(4999, 100), "at_least", Fraction(50))
    assert meets(Fraction(0), "at_most", Fraction(0)) and not meets(Fraction(1), "at_most", Fraction(0))
    assert meets(Fraction(1), "exactly", Fraction(1)) and not meets(Fraction(2), "exactly", Fraction(1))
    assert exact(0.1) == Fraction(1, 10) and exact(20) == 20  # as written in YAML, no binary error


def test_status_of_targets(progress) -> None:
    statuses = {tid: t.status for tid, t in progress.items()}
    assert statuses == {
        "t1-don-vi-htxsnv": "chua-dat",
        "t2-ty-le-httnv": "dat",
        "t3-ccvc-htxsnv": "chua-dat",
        "t4-khong-ccvc-khtnv": "chua-dat",
        "t5-khong-vi-pham": "dat",
        "t6-dinh-tinh": "dinh-tinh",
        "t7-so-htxsnv": "khong-co-so-lieu",
        "t8-dung-mot-phong": "dat",
    }
    assert progress["t6-dinh-tinh"].years == ()


def test_rounding_never_hides_a_missed_threshold() -> None:
    assert percent_pair(Fraction(200, 11), Fraction(20)) == ("18,2\u00a0%", "20\u00a0%")
    assert percent_pair(Fraction(1996, 100), Fraction(20)) == ("19,96\u00a0%", "20\u00a0%")  # not "20 % / 20 %"
    assert percent_pair(Fraction(20), Fraction(20)) == ("20\u00a0%", "20\u00a0%")


def test_ics_folding_keeps_utf8_characters_whole() -> None:
    line = "SUMMARY:" + "Hoàn thành việc sắp xếp đơn vị hành chính cấp huyện, cấp xã " * 4
    folded = fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded)
    assert all(part.startswith(b" ") for part in folded[1:])
    assert b"".join([folded[0], *(p[1:] for p in folded[1:])]).decode("utf-8") == line
    assert escape_text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne"


def test_calendar_spans_of_partial_dates() -> None:
    assert [str(d) for d in span(PartialDate(2024, 2))] == ["2024-02-01", "2024-03-01"]  # leap year month
    assert [str(d) for d in span(PartialDate(2025, 12, 31))] == ["2025-12-31", "2026-01-01"]
    assert span(PartialDate(2025)) is None



def test_staff_without_violations_counts_people(progress) -> None:
    from generator.derive.progress import measure_year
    from generator.models.plan import Target

    dataset, _ = load_and_validate(FIXTURE)
    target = Target(id="x", clause="a", label="x", applies_to=["don-vi-thuoc-so"], measure="staff_without_violations",
                    comparator="at_least", threshold=95, unit="percent")
    evaluations = {e.unit: e for e in dataset.evaluations.values() if e.year == 2024}
    result = measure_year(target, Fraction(95), 2024, dataset.units, evaluations)
    # dv-1: 10 people, 0 violations; dv-2: 11, 1; dv-3: 12, 0 -> 32 of 33.
    assert (result.numerator, result.denominator, result.status) == (32, 33, "dat")
