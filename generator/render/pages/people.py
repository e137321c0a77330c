"""``/guong-dien-hinh/`` gallery, one page per person (``/ca-nhan/<id>/``, exemplary or not), and consented photos.

A person page shows only that person's own records, so its size does not grow with the data.
A photo is published only when ``photo.consent`` is true; otherwise the file is never read.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from generator import urls
from generator.derive import SiteData
from generator.derive.decisions import honours_newest_first, revokers_of
from generator.derive.honours import Honour
from generator.derive.people import initials
from generator.derive.same_inputs import SameInputs
from generator.models import Decision, Person, Unit
from generator.render.page import Page
from generator.render.pages import schema_org
from generator.validate.media import verify_image


def _photo(site: SiteData, person_id: str, person: Person) -> Page | None:
    """The photo, only with consent: decoded and re-encoded without metadata, under the
    extension of its real format (never the file's own name: ``photos/x.md`` is no page)."""
    if not (person.photo and person.photo.consent):
        return None
    image = verify_image(site.dataset.data_dir / person.photo.file)  # the validator refused what raises here
    return Page(urls.person_photo(person_id, image.extension), content=image.content)


def pages(site: SiteData) -> Iterator[Page]:
    """Photos, person pages, then the gallery (which reuses the photos' paths)."""
    ds = site.dataset
    units, decisions = ds.units, ds.decisions
    photos: dict[str, str] = {}
    for person_id, person in sorted(ds.people.items()):
        photo = _photo(site, person_id, person)
        if photo:
            photos[person_id] = photo.src
            yield photo
        unit = units.get(person.unit or "")
        listed = site.honours_by_person.get(person_id, [])
        revoking = [decisions.get(h.decision.revoked_by or "") for h in listed if h.revoked]
        honours, revokers, ld = _PARTS.get(person_id, (person, unit, *listed, *revoking), partial(_parts, person, unit, listed, decisions))
        yield Page(
            urls.person(person_id),
            "person.md.j2",
            {
                "person_id": person_id,
                "person": person,
                "unit": unit,
                "unit_id": person.unit if unit else None,
                "honours": honours,
                "revokers": revokers,
                "photo_src": photos.get(person_id),
                "initials": initials(person),
                "ld": ld,
            },
        )
    yield gallery(site, photos)


_PARTS: SameInputs[tuple[list[Honour], dict[str, Decision], dict[str, Any]]] = SameInputs()
"""A person page's honours, revoking decisions and JSON-LD, kept while the records they come
from are the same objects (``serve``: the page memo then sees them unchanged at once)."""


def _parts(person: Person, unit: Unit | None, listed: list[Honour], decisions: dict[str, Decision]) -> tuple[list[Honour], dict[str, Decision], dict[str, Any]]:
    honours = honours_newest_first(listed)
    return honours, revokers_of(honours, decisions), schema_org.person(person, unit, honours)


def gallery(site: SiteData, photos: dict[str, str]) -> Page:
    people = site.dataset.people
    shown = [pid for _, ids in site.exemplary_by_year for pid in ids]
    return Page(
        urls.EXEMPLARY,
        "gallery.md.j2",
        {
            "years": site.exemplary_by_year,
            "people": people,
            "units": site.dataset.units,
            "photos": {pid: photos[pid] for pid in shown if pid in photos},
            "initials": {pid: initials(people[pid]) for pid in shown},
        },
    )
