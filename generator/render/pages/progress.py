"""``/tien-do/``: every target of every plan against the evaluations, year by year."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from markupsafe import Markup

from generator import urls
from generator.dates import short_date, vn_date
from generator.derive import SiteData
from generator.derive.award_caps import cap_views
from generator.derive.campaigns import by_year
from generator.derive.progress import (
    STATUS_LABELS,
    ReportResult,
    TargetProgress,
    YearResult,
)
from generator.derive.units import units_by_name
from generator.models import Unit
from generator.models.vocab import COMPARATOR_LABELS, RATING_LABELS, UNIT_KIND_LABELS
from generator.render.charts import bar_vs_threshold
from generator.render.page import Page
from generator.vietnamese import count_2, slugify, vn_number, vn_percent

QUALITATIVE_TEXT = "Chỉ tiêu định tính, chưa có số liệu đo"
NO_DATA_TEXT = "Chưa có số liệu đánh giá"
NO_REPORT_TEXT = "Chưa có số liệu báo cáo"


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def percent_pair(value: Fraction, threshold: Fraction) -> tuple[str, str]:
    """``("18,2 %", "20 %")``, with more decimals when one decimal would hide a difference."""
    for decimals in (1, 2, 3, 4):
        shown = vn_percent(_decimal(value), decimals)
        if value == threshold or shown != vn_percent(_decimal(threshold), decimals):
            return shown, vn_percent(_decimal(threshold), decimals)
    return shown, vn_percent(_decimal(threshold), 4)


def count_text(value: Fraction, padded: bool = True) -> str:
    """Thresholds are written with two digits as plans write them (``ít nhất 06``); results as
    plain numbers (``7 đơn vị``); a fractional value keeps its decimals."""
    if value.denominator != 1:
        return vn_number(_decimal(value), 2)
    return count_2(int(value)) if padded and value else vn_number(int(value))


def comparator_label(t: TargetProgress) -> str:
    """``ít nhất``, ``không quá``, ``đúng``; nothing before "100 %": a plan says "100 % xã", not "ít nhất 100 %"."""
    assert t.target.comparator is not None
    if t.target.unit == "percent" and t.threshold == 100 and t.target.comparator in ("at_least", "exactly"):
        return ""
    return COMPARATOR_LABELS[t.target.comparator]


def _joined(*parts: str) -> Markup:
    return Markup(" ").join(p for p in parts if p)


class Abbreviations:
    """Rating codes (HTXSNV…) written in full with the code in brackets the first time the page
    uses them, then as ``<abbr title="…">`` (a reader meets the meaning before the shorthand)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def __call__(self, code: str) -> Markup:
        label = RATING_LABELS[code]
        abbr = Markup('<abbr title="{}">{}</abbr>').format(label, code)
        if code in self._seen:
            return abbr
        self._seen.add(code)
        return Markup("{} ({})").format(label[0].lower() + label[1:], abbr)


def _noun(t: TargetProgress) -> str:
    if t.reported:
        return t.target.population or ""
    return "người" if t.target.measure.startswith("staff") else "đơn vị"


def subject(t: TargetProgress, abbreviate: Abbreviations) -> Markup:
    """What is counted: ``đơn vị HTXSNV``, ``người HTXSNV hoặc HTTNV``, ``đơn vị không vi phạm``, ``hộ gia đình``."""
    noun = _noun(t)
    if t.target.measure.endswith("without_violations"):
        return Markup("{} không vi phạm").format(noun)
    if not t.target.ratings:
        return Markup("{}").format(noun)
    return Markup("{} {}").format(noun, Markup(" hoặc ").join(abbreviate(r) for r in t.target.ratings))


def spoken_subject(t: TargetProgress) -> str:
    """The same in words, for a chart's accessible name (a screen reader spells "HTXSNV" letter by letter)."""
    noun = _noun(t)
    if t.target.measure.endswith("without_violations"):
        return f"{noun} không vi phạm"
    return " ".join(part for part in (noun, " hoặc ".join(RATING_LABELS[r].lower() for r in t.target.ratings)) if part)


@dataclass(frozen=True)
class YearView:
    label: str
    """``Năm 2024``, or ``Số liệu đến ngày 30 tháng 11 năm 2025`` for a reported figure."""
    period: str
    """The table's first column: ``2024`` or ``30/11/2025``."""
    result: YearResult | None
    counted: tuple[str, ...]
    """The counted units, in Vietnamese order of their names."""
    missing: tuple[str, ...]
    value_text: str
    threshold_text: str
    figure: Markup
    """``7 đơn vị HTXSNV — chỉ tiêu: ít nhất 06 — đạt``, as a report writes it."""
    basis: str
    """How the figure was computed: ``6/33 người``, ``7 trong số 9 đơn vị có số liệu``."""
    ratio: str
    """The table's note beside the result: ``6/33 người`` (a percentage), ``trong số 9 đơn vị`` (a count)."""
    chart: Markup
    status_label: str
    source: str = ""
    """A reported figure's source document."""


def _texts(t: TargetProgress, value: Fraction) -> tuple[str, str, Fraction]:
    """(value, threshold, chart scale floor) in the target's unit."""
    assert t.threshold is not None
    if t.target.unit == "percent":
        value_text, threshold_text = percent_pair(value, t.threshold)
        return value_text, threshold_text, Fraction(100)
    return count_text(value, padded=False), count_text(t.threshold), Fraction(1)


def _figure(t: TargetProgress, value_text: str, threshold_text: str, status: str, abbreviate: Abbreviations) -> Markup:
    assert t.target.comparator is not None
    comparator = comparator_label(t)
    amount = Markup("{}").format(value_text) if t.target.unit == "percent" else Markup("{} {}").format(value_text, subject(t, abbreviate))
    return Markup("{} — chỉ tiêu: {} — {}").format(amount, _joined(comparator, threshold_text), status)


def year_view(t: TargetProgress, r: YearResult, units: dict[str, Unit], abbreviate: Abbreviations) -> YearView:
    assert t.threshold is not None and t.target.comparator is not None
    status = STATUS_LABELS[r.status]
    noun = _noun(t)
    comparator = comparator_label(t)
    value_text, threshold_text, floor = _texts(t, r.value)
    counted, missing = units_by_name(units, r.counted), units_by_name(units, r.missing)
    label = f"Năm {r.year}"
    if not r.has_data:  # no bar: an empty bar would read as "zero"
        return YearView(label, str(r.year), r, counted, missing, "—", threshold_text, Markup(NO_DATA_TEXT), "", "—", Markup(""), status)
    if t.target.unit == "percent":
        basis, scale = f"{r.numerator}/{r.denominator} {noun}", floor
    else:
        basis = f"{r.numerator} trong số {r.denominator} {noun} có số liệu"
        scale = max(Fraction(r.denominator), t.threshold, r.value, floor)
    amount = value_text if t.target.unit == "percent" else f"{value_text} {spoken_subject(t)}"
    chart = bar_vs_threshold(r.value, t.threshold, scale, r.status, f"{label}: {amount}; chỉ tiêu {_joined(comparator, threshold_text)} — {status}")
    figure = _figure(t, value_text, threshold_text, status, abbreviate)
    ratio = f"{r.numerator}/{r.denominator} {noun}" if t.target.unit == "percent" else f"trong số {r.denominator} {noun}"
    return YearView(label, str(r.year), r, counted, missing, value_text, threshold_text, figure, basis, ratio, chart, status)


def report_view(t: TargetProgress, r: ReportResult, abbreviate: Abbreviations) -> YearView:
    """A figure the editors reported (households, voters…), shown like a computed year."""
    assert t.threshold is not None and t.target.comparator is not None
    status = STATUS_LABELS[r.status]
    comparator = comparator_label(t)
    value_text, threshold_text, floor = _texts(t, r.value)
    f = r.figure
    ratio = f"{vn_number(f.numerator)}/{vn_number(f.denominator)} {_noun(t)}".strip() if f.numerator is not None and f.denominator else "—"
    scale = floor if t.target.unit == "percent" else max(t.threshold, r.value, floor, Fraction(f.denominator or 0))
    label = f"Số liệu đến {vn_date(f.as_of)}"
    amount = value_text if t.target.unit == "percent" else f"{value_text} {spoken_subject(t)}"
    chart = bar_vs_threshold(r.value, t.threshold, scale, r.status, f"{label}: {amount}; chỉ tiêu {_joined(comparator, threshold_text)} — {status}")
    figure = _figure(t, value_text, threshold_text, status, abbreviate)
    return YearView(label, short_date(f.as_of), None, (), (), value_text, threshold_text, figure, ratio if ratio != "—" else "", ratio, chart, status, f.source)


@dataclass(frozen=True)
class TargetView:
    progress: TargetProgress
    comparator_text: Markup
    """``ít nhất 06 đơn vị HTXSNV`` / ``ít nhất 20 %``."""
    years: tuple[YearView, ...]
    status_label: str
    scope: str
    """Who the target is about: unit kinds, or the reported population."""

    @property
    def comparator_label(self) -> str:
        return comparator_label(self.progress) if self.progress.target.comparator else ""


def target_view(t: TargetProgress, units: dict[str, Unit], abbreviate: Abbreviations) -> TargetView:
    status = STATUS_LABELS[t.status]
    scope = (t.target.population or "") if t.reported else ", ".join(UNIT_KIND_LABELS[k] for k in t.target.applies_to)
    if t.qualitative:
        return TargetView(t, Markup(""), (), status, scope)
    assert t.threshold is not None and t.target.comparator is not None
    comparator = comparator_label(t)
    if t.target.unit == "percent":
        text = _joined(comparator, vn_percent(_decimal(t.threshold)), subject(t, abbreviate))
    else:
        text = _joined(comparator, count_text(t.threshold), subject(t, abbreviate))
    if t.reported:
        years = tuple(report_view(t, r, abbreviate) for r in t.reports)
    else:
        years = tuple(year_view(t, r, units, abbreviate) for r in t.years)
    return TargetView(t, text, years, status, scope)


def pages(site: SiteData) -> Iterator[Page]:
    plans = []
    abbreviate = Abbreviations()
    for plan_id in site.plans_newest_first:
        plan_progress = site.progress[plan_id]
        views = [target_view(t, site.dataset.units, abbreviate) for t in plan_progress.targets]
        plans.append((plan_id, site.dataset.plans[plan_id], plan_progress, views))
    evaluations = site.dataset.evaluations.values()
    context = {
        "plans": plans,
        "caps_by_plan": {plan_id: cap_views(site.dataset, site.caps_of(plan_id)) for plan_id in site.plans_newest_first},
        "campaigns_by_year": by_year(site.campaigns),
        "anchors": {pid: slugify(site.dataset.plans[pid].short_title) for pid in site.plans_newest_first},
        "QUALITATIVE_TEXT": QUALITATIVE_TEXT,
        "NO_DATA_TEXT": NO_DATA_TEXT,
        "NO_REPORT_TEXT": NO_REPORT_TEXT,
        "as_of": site.last_updated,
        "has_sample": {"sample": any(e.sample for e in evaluations)},
        "evaluation_count": len(evaluations),
        "report_count": sum(len(t.reported) for plan in site.dataset.plans.values() for t in plan.targets),
    }
    yield Page(urls.PROGRESS, "progress.md.j2", context)
