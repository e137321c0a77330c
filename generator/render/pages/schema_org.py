"""schema.org JSON-LD objects for record pages (rendered by the ``jsonld`` macro, which escapes them)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.dates import short_date
from generator.derive.honours import Honour
from generator.models import Decision, Person, Unit

CONTEXT = "https://schema.org"
"""The vocabulary's identifier (a name, not a resource the page loads)."""


def award_text(honour: Honour) -> str:
    d = honour.decision
    return f"{honour.award.name} ({d.reference} ngày {short_date(d.date)})"


def _org(name: str) -> dict[str, Any]:
    return {"@type": "GovernmentOrganization", "name": name}


def person(record: Person, unit: Unit | None, honours: Iterable[Honour]) -> dict[str, Any]:
    obj: dict[str, Any] = {"@context": CONTEXT, "@type": "Person", "name": record.name}
    if record.position:
        obj["jobTitle"] = record.position
    if unit:
        obj["worksFor"] = _org(unit.name)
    awards = [award_text(h) for h in honours if not h.revoked]
    if awards:
        obj["award"] = awards
    return obj


def decision(record: Decision) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Legislation",
        "name": record.title,
        "legislationType": "Quyết định",
        "legislationIdentifier": record.code,
        "legislationDate": record.date.iso(),
        "legislationPassedBy": _org(record.issuer.name),
        "legislationLegalForce": f"{CONTEXT}/{'NotInForce' if record.status == 'revoked' else 'InForce'}",
        "inLanguage": "vi",
    }
    if not record.number:  # no identifier yet: "/QĐ-UBND" would be a wrong one
        del obj["legislationIdentifier"]
    return obj


def unit(record: Unit, parent: Unit | None, honours: Iterable[Honour]) -> dict[str, Any]:
    obj: dict[str, Any] = {"@context": CONTEXT, "@type": "GovernmentOrganization", "name": record.name}
    if record.short_name:
        obj["alternateName"] = record.short_name
    if record.description:
        obj["description"] = record.description
    if parent:
        obj["parentOrganization"] = _org(parent.name)
    if record.valid_from:
        obj["foundingDate"] = record.valid_from.iso()
    if record.valid_to:
        obj["dissolutionDate"] = record.valid_to.iso()
    awards = [award_text(h) for h in honours if not h.revoked]
    if awards:
        obj["award"] = awards
    return obj
