"""The honor roll: issued honours by year of the decision, then award, then unit, in Vietnamese order.

Within an award, collectives come first (one group), then individuals grouped by the unit
they belong to (units in Vietnamese order of their names; people without a unit in data last).
Revoked decisions are left out entirely.

A year's list is cut into pages of at most ``page_size`` names, so that no page grows with the
size of the province (a phone opens ~500 names quickly; 20,000 on one page it does not). Pages
break between unit groups when a group still fits on the next page; a larger group is split and
its continuation is marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from generator.derive.honours import Honour
from generator.derive.people import name_parts, name_sort_key
from generator.derive.same_inputs import SameInputs
from generator.models import Person, Unit
from generator.options import HONOR_ROLL_PAGE_SIZE
from generator.validate.dataset import Dataset
from generator.vietnamese import NameParts, collation_key

COLLECTIVES = "tap-the"
"""Group key of the collectives of an award (unit ids never start a group with this value)."""


@dataclass(frozen=True)
class HonorGroup:
    key: str
    """``tap-the``, a unit id, or ``""`` for individuals whose unit is not in data/."""
    label: str
    unit_id: str | None
    honours: tuple[Honour, ...]
    continued: bool = False
    """This group began on the previous page."""


@dataclass(frozen=True)
class HonorSection:
    award_id: str
    honours_count: int
    """All names of this award in the year, not only those on this page."""
    groups: tuple[HonorGroup, ...]
    continued: bool = False
    """This award's list began on the previous page (its heading anchor is there)."""


@dataclass(frozen=True)
class HonorPage:
    year: int
    number: int
    """1 for the year's first page."""
    sections: tuple[HonorSection, ...]

    @property
    def count(self) -> int:
        return sum(len(g.honours) for s in self.sections for g in s.groups)

    @property
    def first_group(self) -> HonorGroup:
        return self.sections[0].groups[0]

    @property
    def last_group(self) -> HonorGroup:
        return self.sections[-1].groups[-1]


@dataclass(frozen=True)
class HonorYearAward:
    award_id: str
    count: int
    page_number: int
    """The page on which this award's list starts (its heading anchor)."""


@dataclass(frozen=True)
class HonorYear:
    year: int
    total: int
    individuals: int
    collectives: int
    awards: tuple[HonorYearAward, ...]
    pages: tuple[HonorPage, ...]


@dataclass(frozen=True)
class HonorRoll:
    years: tuple[HonorYear, ...]
    """Newest year first."""
    total: int
    individuals: int
    collectives: int


def _entry_key(people: dict[str, Person], honour: Honour, order: str) -> tuple[object, ...]:
    if honour.person_id:
        parts = name_parts(people[honour.person_id])
    elif honour.kind == "ca-nhan":
        parts = NameParts.split(honour.display_name)
    else:
        return (collation_key(honour.display_name), honour.decision_id)
    return (*name_sort_key(honour.display_name, parts, order), honour.person_id or "", honour.decision_id)


def _group_of(units: dict[str, Unit], honour: Honour) -> tuple[str, str, str | None]:
    if honour.kind == "tap-the":
        return COLLECTIVES, "Tập thể", None
    unit_id = honour.person_unit_id
    if unit_id and unit_id in units:
        return unit_id, units[unit_id].name, unit_id
    return "", "Cá nhân khác", None


def _group_order(group: HonorGroup) -> tuple[int, object]:
    if group.key == COLLECTIVES:
        return (0, ())
    if group.key == "":
        return (2, ())
    return (1, collation_key(group.label))


def _sections(ds: Dataset, honours: list[Honour], order: str) -> list[HonorSection]:
    """One year's honours as award sections (by rank) of unit groups, each in list order."""
    people, units, awards = ds.people, ds.units, ds.awards
    by_award: dict[str, dict[str, list[Honour]]] = {}
    labels: dict[str, tuple[str, str | None]] = {}
    for honour in honours:
        key, label, unit_id = _group_of(units, honour)
        labels[key] = (label, unit_id)
        by_award.setdefault(honour.award_id, {}).setdefault(key, []).append(honour)
    sections = []
    for award_id in sorted(by_award, key=lambda a: (awards[a].rank, collation_key(awards[a].name), a)):
        groups = [
            HonorGroup(key, labels[key][0], labels[key][1], tuple(sorted(items, key=lambda h: _entry_key(people, h, order))))
            for key, items in by_award[award_id].items()
        ]
        groups.sort(key=_group_order)
        sections.append(HonorSection(award_id, sum(len(g.honours) for g in groups), tuple(groups)))
    return sections


class _Paginator:
    """Packs (section, group) slices onto pages of at most ``size`` names."""

    def __init__(self, year: int, size: int) -> None:
        self.year, self.size = year, size
        self.pages: list[HonorPage] = []
        self.current: list[HonorSection] = []
        self.count = 0
        self.awards_begun: set[str] = set()

    def flush(self) -> None:
        if self.current:
            self.pages.append(HonorPage(self.year, len(self.pages) + 1, tuple(self.current)))
            self.current, self.count = [], 0

    def add(self, section: HonorSection, group: HonorGroup, honours: tuple[Honour, ...], continued: bool) -> None:
        piece = HonorGroup(group.key, group.label, group.unit_id, honours, continued)
        if self.current and self.current[-1].award_id == section.award_id:
            last = self.current[-1]
            self.current[-1] = HonorSection(last.award_id, last.honours_count, (*last.groups, piece), last.continued)
        else:
            begun = section.award_id in self.awards_begun
            self.current.append(HonorSection(section.award_id, section.honours_count, (piece,), begun))
            self.awards_begun.add(section.award_id)
        self.count += len(honours)

    def paginate(self, sections: list[HonorSection]) -> tuple[HonorPage, ...]:
        for section in sections:
            for group in section.groups:
                rows, continued = group.honours, False
                if self.count and self.count + len(rows) > self.size:
                    self.flush()
                while self.count + len(rows) > self.size:
                    room = self.size - self.count
                    self.add(section, group, rows[:room], continued)
                    self.flush()
                    rows, continued = rows[room:], True
                if rows:
                    self.add(section, group, rows, continued)
        self.flush()
        return tuple(self.pages)


def _year(ds: Dataset, year: int, honours: list[Honour], order: str, page_size: int) -> HonorYear:
    sections = _sections(ds, honours, order)
    pages = _Paginator(year, page_size).paginate(sections)
    starts = {s.award_id: p.number for p in reversed(pages) for s in p.sections}
    awards = tuple(HonorYearAward(s.award_id, s.honours_count, starts[s.award_id]) for s in sections)
    individuals = sum(1 for h in honours if h.kind == "ca-nhan")
    return HonorYear(year, len(honours), individuals, len(honours) - individuals, awards, pages)


_YEARS: SameInputs[HonorYear] = SameInputs()
"""A year's lists and pages, kept while everything :func:`_year` reads is the very same objects."""


def _year_inputs(ds: Dataset, honours: list[Honour], order: str, page_size: int) -> tuple[object, ...]:
    """What a year's lists are made of: its rows (which hold their decision, award and recipient,
    and are made again when the person or unit they name changes, see
    :func:`generator.derive.honours.collect_honours`), the person records whose names sort them and
    the unit records whose names label and order their groups."""
    people, units = ds.people, ds.units
    return (
        order,
        page_size,
        *honours,
        *(people.get(h.person_id) if h.person_id else None for h in honours),
        *(units.get(h.person_unit_id) if h.person_unit_id else None for h in honours),
    )


def build_honor_roll(ds: Dataset, honours: tuple[Honour, ...], order: str, page_size: int = HONOR_ROLL_PAGE_SIZE) -> HonorRoll:
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    by_year: dict[int, list[Honour]] = {}
    for honour in honours:
        if not honour.revoked:
            by_year.setdefault(honour.decision.date.year, []).append(honour)
    years = tuple(
        _YEARS.get(year, _year_inputs(ds, by_year[year], order, page_size), partial(_year, ds, year, by_year[year], order, page_size))
        for year in sorted(by_year, reverse=True)
    )
    individuals = sum(y.individuals for y in years)
    total = sum(y.total for y in years)
    return HonorRoll(years, total, individuals, total - individuals)
