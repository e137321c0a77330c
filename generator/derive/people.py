"""People in Vietnamese list order: by tên, then đệm, then họ (or by họ first, if configured)."""

from __future__ import annotations

from collections.abc import Iterable

from generator.models import Person
from generator.validate.dataset import Dataset
from generator.vietnamese import NameParts, collation_key


def name_parts(person: Person) -> NameParts:
    """The editor's override for compound family names, otherwise first word / last word."""
    if person.name_parts:
        o = person.name_parts
        return NameParts(o.family, o.middle, o.given)
    return NameParts.split(person.name)


def name_sort_key(name: str, parts: NameParts, order: str) -> tuple[object, ...]:
    """Name parts first; the whole name then breaks ties deterministically."""
    return (parts.sort_key(order), collation_key(name))


def person_sort_key(person_id: str, person: Person, order: str) -> tuple[object, ...]:
    return (*name_sort_key(person.name, name_parts(person), order), person_id)


def sort_people(people: dict[str, Person], ids: Iterable[str], order: str) -> tuple[str, ...]:
    return tuple(sorted(ids, key=lambda pid: person_sort_key(pid, people[pid], order)))


def initials(person: Person) -> str:
    """Two letters for a photo placeholder: họ and tên (``Nguyễn Văn An`` -> ``NA``)."""
    parts = name_parts(person)
    letters = [w[0] for w in (parts.family, parts.given) if w]
    return "".join(letters).upper()


def people_by_unit(ds: Dataset, order: str) -> dict[str, tuple[str, ...]]:
    """Unit id -> its people, in list order."""
    people = ds.people
    groups: dict[str, list[str]] = {}
    for person_id, person in people.items():
        if person.unit:
            groups.setdefault(person.unit, []).append(person_id)
    return {unit_id: sort_people(people, ids, order) for unit_id, ids in sorted(groups.items())}


def exemplary_by_year(ds: Dataset, order: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Exemplary individuals, newest year first, each year in list order."""
    people = ds.people
    years: dict[int, list[str]] = {}
    for person_id, person in people.items():
        if person.exemplary:
            years.setdefault(person.exemplary.year, []).append(person_id)
    return tuple((year, sort_people(people, years[year], order)) for year in sorted(years, reverse=True))
