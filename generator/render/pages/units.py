"""``/don-vi/``: units by kind, and one page per unit (evaluations, honours, people)."""

from __future__ import annotations

from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.derive.decisions import honours_newest_first, revokers_of
from generator.derive.units import ended_on
from generator.render.page import Page
from generator.render.pages import schema_org


def pages(site: SiteData) -> Iterator[Page]:
    ds = site.dataset
    units, people, decisions = ds.units, ds.people, ds.decisions
    for unit_id, unit in sorted(units.items()):
        parent = units.get(unit.parent or "")
        honours = honours_newest_first(site.honours_by_unit.get(unit_id, []))
        yield Page(
            urls.unit(unit_id),
            "unit.md.j2",
            {
                "unit_id": unit_id,
                "unit": unit,
                "parent": parent,
                "successor": units.get(unit.successor or ""),
                "ended_on": ended_on(unit),
                "subunits": [(uid, units[uid]) for uid in site.subunits.get(unit_id, ())],
                "evaluations": site.evaluations_by_unit.get(unit_id, ()),
                "honours": honours,
                "revokers": revokers_of(honours, decisions),
                "members": [(pid, people[pid]) for pid in site.people_by_unit.get(unit_id, ())],
                "ld": schema_org.unit(unit, parent, honours),
            },
        )


def index(site: SiteData) -> Iterator[Page]:
    units = site.dataset.units
    groups = [(kind, [(uid, units[uid], ended_on(units[uid])) for uid in ids]) for kind, ids in site.units_by_kind]
    yield Page(urls.UNITS, "units.md.j2", {"groups": groups, "units": units})
