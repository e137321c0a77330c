"""Stage 3, derive: everything the pages show, computed from the dataset (pure, no I/O)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.derive.announcements import AnnouncementIndex, index_announcements
from generator.derive.award_caps import CapUsage, cap_usage
from generator.derive.campaigns import Campaign, campaigns
from generator.derive.decisions import decisions_newest_first
from generator.derive.honor_roll import HonorRoll, build_honor_roll
from generator.derive.honours import Honour, collect_honours, group_by
from generator.derive.open_data import Table, open_data_tables
from generator.derive.people import exemplary_by_year, people_by_unit
from generator.derive.progress import PlanProgress, compute_progress
from generator.derive.timeline import Event, collect_events
from generator.derive.units import evaluations_by_unit, subunits, units_by_kind
from generator.models import Evaluation
from generator.options import Options
from generator.validate.dataset import Dataset


@dataclass(frozen=True)
class SiteData:
    """The dataset plus the indexes every page kind draws on."""

    dataset: Dataset
    options: Options
    honours: tuple[Honour, ...]
    """Every recipient line of every decision, revoked ones included (``honour.revoked``)."""
    honours_by_person: dict[str, list[Honour]]
    honours_by_unit: dict[str, list[Honour]]
    revokes: dict[str, list[str]]
    """Revoking decision id -> the decisions it revoked."""
    last_updated: dt.date
    """The latest date in the data: the site's "as of" date and reproducible build time."""
    honor_roll: HonorRoll
    """Issued honours by year, award, then unit, in Vietnamese order, in pages (revoked left out)."""
    exemplary_by_year: tuple[tuple[int, tuple[str, ...]], ...]
    people_by_unit: dict[str, tuple[str, ...]]
    units_by_kind: tuple[tuple[str, tuple[str, ...]], ...]
    subunits: dict[str, tuple[str, ...]]
    evaluations_by_unit: dict[str, tuple[Evaluation, ...]]
    decisions_newest_first: tuple[str, ...]
    plans_newest_first: tuple[str, ...]
    """Plan ids, the latest plan (the current campaign) first."""
    progress: dict[str, PlanProgress]
    """Plan id -> progress of each target, per evaluation year."""
    announcements: AnnouncementIndex
    events: tuple[Event, ...]
    """Milestones and decisions in date order (timeline, calendar)."""
    open_data: tuple[Table, ...]
    campaigns: tuple[Campaign, ...] = ()
    """Every plan as a campaign (running or ended, its decisions and honours), newest first."""
    award_caps: tuple[CapUsage, ...] = ()
    """Every cap on a plan's award forms with the recipients decisions gave against it."""

    def caps_of(self, plan_id: str) -> tuple[CapUsage, ...]:
        return tuple(u for u in self.award_caps if u.plan_id == plan_id)

    @property
    def source_date_epoch(self) -> int:
        return int(dt.datetime.combine(self.last_updated, dt.time(), dt.UTC).timestamp())


def derive(dataset: Dataset, options: Options) -> SiteData:
    honours = collect_honours(dataset)
    revokes: dict[str, list[str]] = {}
    for decision_id, decision in sorted(dataset.decisions.items()):
        if decision.revoked_by:
            revokes.setdefault(decision.revoked_by, []).append(decision_id)
    plans_newest_first = tuple(sorted(dataset.plans, key=lambda pid: (dataset.plans[pid].date.earliest, pid), reverse=True))
    last_updated = latest_date(dataset)
    return SiteData(
        dataset=dataset,
        options=options,
        honours=honours,
        honours_by_person=group_by(honours, lambda h: h.person_id),
        honours_by_unit=group_by(honours, lambda h: h.unit_id),
        revokes=revokes,
        last_updated=last_updated,
        honor_roll=build_honor_roll(dataset, honours, options.name_order, options.honor_roll_page_size),
        exemplary_by_year=exemplary_by_year(dataset, options.name_order),
        people_by_unit=people_by_unit(dataset, options.name_order),
        units_by_kind=units_by_kind(dataset),
        subunits=subunits(dataset),
        evaluations_by_unit=evaluations_by_unit(dataset),
        decisions_newest_first=decisions_newest_first(dataset),
        plans_newest_first=plans_newest_first,
        progress=compute_progress(dataset),
        announcements=index_announcements(dataset),
        events=collect_events(dataset),
        open_data=open_data_tables(dataset),
        award_caps=cap_usage(dataset),
        campaigns=campaigns(dataset, honours, last_updated, plans_newest_first),
    )


def latest_date(dataset: Dataset) -> dt.date:
    """Latest date known to have passed among plans, decisions and announcements (2000-01-01 if none).

    A partial date counts from its first day: "tháng 9 năm 2025" must not date the data 30/9/2025.
    """
    dated = [*dataset.plans.values(), *dataset.decisions.values(), *dataset.announcements.values()]
    days = [record.date.earliest for record in dated]  # type: ignore[attr-defined]
    return max(days, default=dt.date(2000, 1, 1))
