"""Progress of every plan target, year by year, computed from unit evaluations (pure).

Arithmetic is exact (:class:`fractions.Fraction`): "18,2 %" is rounded only when shown, and
whether a target is met is decided on the exact value, so 19,96 % never passes for 20 %.

Which evaluations count: those of units whose ``kind`` is in the target's ``applies_to``, for
the years the plan's period touches (the plan's start year — ``period.start``, or its date
when it runs from issue — to ``period.end.year``; open-ended
plans take every later year). A unit counts in the denominator only when its evaluation carries
the figure the measure needs (a ``rating`` for ``unit_rating``, ``staff`` counts for the staff
measures); in-scope units that existed that year but have no such figure are listed as missing.

A ``reported`` target (households, voters, communes…) is not computed: each figure the editors
copied from a report counts as written, and the latest one (by its as-of date) decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from generator.dates import PartialDate
from generator.models import Evaluation, Plan, Unit
from generator.models.plan import ReportedFigure, Target
from generator.validate.dataset import Dataset

Status = Literal["dat", "chua-dat", "khong-co-so-lieu", "dinh-tinh"]
STATUS_LABELS: dict[str, str] = {
    "dat": "đạt",
    "chua-dat": "chưa đạt",
    "khong-co-so-lieu": "chưa có số liệu",
    "dinh-tinh": "chỉ tiêu định tính",
}
STAFF_MEASURES = ("staff_rating", "staff_without_violations")


@dataclass(frozen=True)
class YearResult:
    """One target measured on one year's evaluations."""

    year: int
    numerator: int
    """Units (or people) that satisfy the target's condition."""
    denominator: int
    """Units (or people) the figure is computed over."""
    value: Fraction
    """The figure compared with the threshold: ``numerator`` for counts, a percentage otherwise."""
    status: Status
    counted: tuple[str, ...]
    """Ids of the units whose evaluation went into the figure, sorted."""
    matching: tuple[str, ...]
    """Ids of the units satisfying the condition (unit measures) or contributing people to it."""
    missing: tuple[str, ...]
    """In-scope units existing that year with no usable evaluation."""

    @property
    def has_data(self) -> bool:
        return self.denominator > 0


@dataclass(frozen=True)
class ReportResult:
    """One reported figure against the target's threshold."""

    figure: ReportedFigure
    value: Fraction
    status: Status


@dataclass(frozen=True)
class TargetProgress:
    plan_id: str
    target: Target
    threshold: Fraction | None
    years: tuple[YearResult, ...]
    """Empty for qualitative targets; one entry per year of the plan that has any evaluation."""
    reports: tuple[ReportResult, ...] = ()
    """``reported`` targets: the editors' figures, oldest first."""

    @property
    def qualitative(self) -> bool:
        return self.target.measure == "qualitative" or self.threshold is None or self.target.comparator is None

    @property
    def reported(self) -> bool:
        return self.target.measure == "reported"

    @property
    def current(self) -> YearResult | None:
        """The latest year with data, the one the summary counts."""
        with_data = [y for y in self.years if y.has_data]
        return with_data[-1] if with_data else None

    @property
    def status(self) -> Status:
        if self.qualitative:
            return "dinh-tinh"
        if self.reported:
            return self.reports[-1].status if self.reports else "khong-co-so-lieu"
        current = self.current
        return current.status if current else "khong-co-so-lieu"


@dataclass(frozen=True)
class PlanProgress:
    plan_id: str
    targets: tuple[TargetProgress, ...]

    def count(self, status: Status) -> int:
        return sum(1 for t in self.targets if t.status == status)


def exact(value: float | int) -> Fraction:
    """A YAML number as written (``20`` or ``12.5``), without binary floating-point error."""
    return Fraction(Decimal(str(value)))


def meets(value: Fraction, comparator: str, threshold: Fraction) -> bool:
    if comparator == "at_least":
        return value >= threshold
    if comparator == "at_most":
        return value <= threshold
    return value == threshold


def plan_years(plan: Plan, evaluation_years: set[int]) -> list[int]:
    first = plan.start.year
    last = plan.period.end.year if plan.period.end else max(evaluation_years, default=first)
    return [y for y in sorted(evaluation_years) if first <= y <= last]


def _usable(evaluation: Evaluation, measure: str) -> bool:
    if measure == "unit_rating":
        return evaluation.rating is not None
    if measure in STAFF_MEASURES:
        return evaluation.staff is not None and evaluation.staff.total > 0
    return True  # units_without_violations: ``violations`` defaults to 0


def measure_year(target: Target, threshold: Fraction, year: int, units: dict[str, Unit], evaluations: dict[str, Evaluation]) -> YearResult:
    """``evaluations`` maps unit id -> that unit's evaluation for ``year``."""
    scope = sorted(uid for uid, unit in units.items() if unit.kind in target.applies_to)
    counted = [uid for uid in scope if uid in evaluations and _usable(evaluations[uid], target.measure)]
    missing = [uid for uid in scope if uid not in counted and units[uid].active_during(PartialDate(year))]
    matching: list[str] = []
    numerator = denominator = 0
    for uid in counted:
        ev = evaluations[uid]
        if target.measure == "unit_rating":
            hit = ev.rating in target.ratings
            numerator += hit
            denominator += 1
        elif target.measure == "units_without_violations":
            hit = ev.violations == 0
            numerator += hit
            denominator += 1
        else:
            assert ev.staff is not None
            people = ev.staff.total
            good = sum(getattr(ev.staff, r) for r in target.ratings) if target.measure == "staff_rating" else max(people - ev.violations, 0)
            hit = good > 0
            numerator += good
            denominator += people
        if hit:
            matching.append(uid)
    if target.unit == "percent":
        value = Fraction(numerator * 100, denominator) if denominator else Fraction(0)
    else:
        value = Fraction(numerator)
    if denominator == 0:
        status: Status = "khong-co-so-lieu"
    else:
        status = "dat" if meets(value, target.comparator or "at_least", threshold) else "chua-dat"
    return YearResult(year, numerator, denominator, value, status, tuple(counted), tuple(matching), tuple(missing))


def target_progress(plan_id: str, plan: Plan, target: Target, units: dict[str, Unit], by_year: dict[int, dict[str, Evaluation]]) -> TargetProgress:
    threshold = exact(target.threshold) if target.threshold is not None else None
    progress = TargetProgress(plan_id, target, threshold, ())
    if progress.qualitative:
        return progress
    assert threshold is not None
    if target.measure == "reported":
        comparator = target.comparator or "at_least"
        figures = sorted(target.reported, key=lambda f: (f.as_of.earliest, f.as_of.latest))
        reports = tuple(ReportResult(f, exact(f.value), "dat" if meets(exact(f.value), comparator, threshold) else "chua-dat") for f in figures)
        return TargetProgress(plan_id, target, threshold, (), reports)
    years = tuple(measure_year(target, threshold, y, units, by_year[y]) for y in plan_years(plan, set(by_year)))
    return TargetProgress(plan_id, target, threshold, years)


def compute_progress(dataset: Dataset) -> dict[str, PlanProgress]:
    """Plan id -> the progress of each of its targets, in the plan's order."""
    by_year: dict[int, dict[str, Evaluation]] = {}
    for _, evaluation in sorted(dataset.evaluations.items()):
        by_year.setdefault(evaluation.year, {})[evaluation.unit] = evaluation
    units = dataset.units
    return {
        plan_id: PlanProgress(plan_id, tuple(target_progress(plan_id, plan, t, units, by_year) for t in plan.targets))
        for plan_id, plan in sorted(dataset.plans.items())
    }
