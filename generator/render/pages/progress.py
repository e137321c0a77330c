"""``/tien-do/``: every target of every plan against the evaluations, year by year."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from markupsafe import Markup

from generator import urls
from generator.derive import SiteData
from generator.derive.progress import STATUS_LABELS, TargetProgress, YearResult
from generator.derive.units import units_by_name
from generator.models import Unit
from generator.models.vocab import COMPARATOR_LABELS
from generator.render.charts import bar_vs_threshold
from generator.render.page import Page
from generator.vietnamese import count_2, vn_number, vn_percent

QUALITATIVE_TEXT = "Chỉ tiêu định tính, chưa có số liệu đo"
NO_DATA_TEXT = "Chưa có số liệu đánh giá"


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def percent_pair(value: Fraction, threshold: Fraction) -> tuple[str, str]:
    """``("18,2 %", "20 %")``, with more decimals when one decimal would hide a difference."""
    for decimals in (1, 2, 3, 4):
        shown = vn_percent(_decimal(value), decimals)
        if value == threshold or shown != vn_percent(_decimal(threshold), decimals):
            return shown, vn_percent(_decimal(threshold), decimals)
    return shown, vn_percent(_decimal(threshold), 4)


def count_text(value: Fraction) -> str:
    """Counts are whole numbers written with two digits (``06``); a fractional threshold keeps its decimals."""
    return count_2(int(value)) if value.denominator == 1 else vn_number(_decimal(value), 2)


def subject(t: TargetProgress) -> str:
    """What is counted: ``đơn vị HTXSNV``, ``người HTXSNV + HTTNV``, ``đơn vị không vi phạm``."""
    measure = t.target.measure
    noun = "người" if measure.startswith("staff") else "đơn vị"
    if measure.endswith("without_violations"):
        return f"{noun} không vi phạm"
    return f"{noun} {' + '.join(t.target.ratings)}".strip()


@dataclass(frozen=True)
class YearView:
    result: YearResult
    counted: tuple[str, ...]
    """The counted units, in Vietnamese order of their names."""
    missing: tuple[str, ...]
    value_text: str
    threshold_text: str
    figure: str
    """``07/06 đơn vị HTXSNV — đạt`` or ``18,2 % / 20 % — chưa đạt``."""
    basis: str
    """How the figure was computed: ``12/66 người`` for percentages."""
    ratio: str
    """Short form for the table: ``7/9 đơn vị`` (units or people meeting the condition / with data)."""
    chart: Markup
    status_label: str


def year_view(t: TargetProgress, r: YearResult, units: dict[str, Unit]) -> YearView:
    assert t.threshold is not None and t.target.comparator is not None
    status = STATUS_LABELS[r.status]
    noun = "người" if t.target.measure.startswith("staff") else "đơn vị"
    comparator = COMPARATOR_LABELS[t.target.comparator]
    if t.target.unit == "percent":
        value_text, threshold_text = percent_pair(r.value, t.threshold)
        figure = f"{value_text} / {threshold_text} — {status}"
        basis = f"{r.numerator}/{r.denominator} {noun}"
        scale = Fraction(100)
    else:
        value_text, threshold_text = count_2(int(r.value)), count_text(t.threshold)
        figure = f"{value_text}/{threshold_text} {subject(t)} — {status}"
        basis = f"{r.numerator} trong số {r.denominator} {noun} có số liệu"
        scale = max(Fraction(r.denominator), t.threshold, r.value, Fraction(1))
    if not r.has_data:  # no bar: an empty bar would read as "zero"
        return YearView(r, units_by_name(units, r.counted), units_by_name(units, r.missing), "—", threshold_text, NO_DATA_TEXT, "", "—", Markup(""), status)
    amount = value_text if t.target.unit == "percent" else f"{value_text} {subject(t)}"
    label = f"Năm {r.year}: {amount}; chỉ tiêu {comparator} {threshold_text} — {status}"
    chart = bar_vs_threshold(r.value, t.threshold, scale, r.status, label)
    return YearView(r, units_by_name(units, r.counted), units_by_name(units, r.missing), value_text, threshold_text, figure, basis, f"{r.numerator}/{r.denominator} {noun}", chart, status)


@dataclass(frozen=True)
class TargetView:
    progress: TargetProgress
    comparator_text: str
    """``ít nhất 06 đơn vị HTXSNV`` / ``ít nhất 20 %``."""
    years: tuple[YearView, ...]
    status_label: str


def target_view(t: TargetProgress, units: dict[str, Unit]) -> TargetView:
    status = STATUS_LABELS[t.status]
    if t.qualitative:
        return TargetView(t, "", (), status)
    assert t.threshold is not None and t.target.comparator is not None
    years = tuple(year_view(t, r, units) for r in t.years)
    comparator = COMPARATOR_LABELS[t.target.comparator]
    if t.target.unit == "percent":
        amount = vn_percent(_decimal(t.threshold))
        text = f"{comparator} {amount} {subject(t)}"
    else:
        text = f"{comparator} {count_text(t.threshold)} {subject(t)}"
    return TargetView(t, text, years, status)


def pages(site: SiteData) -> Iterator[Page]:
    plans = []
    for plan_id in site.plans_newest_first:
        plan_progress = site.progress[plan_id]
        views = [target_view(t, site.dataset.units) for t in plan_progress.targets]
        plans.append((plan_id, site.dataset.plans[plan_id], plan_progress, views))
    evaluations = site.dataset.evaluations.values()
    context = {
        "plans": plans,
        "QUALITATIVE_TEXT": QUALITATIVE_TEXT,
        "NO_DATA_TEXT": NO_DATA_TEXT,
        "as_of": site.last_updated,
        "has_sample": {"sample": any(e.sample for e in evaluations)},
        "evaluation_count": len(evaluations),
    }
    yield Page(urls.PROGRESS, "progress.md.j2", context)
