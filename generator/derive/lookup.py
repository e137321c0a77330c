"""The honours look-up ("Tra cứu khen thưởng"): every issued honour, found by name, in small static files.

A province publishes 10,000–100,000 honours; a reader looking up one name must not download them
all. The build writes:

* a **manifest**: the award names, and for every *key* (a folded word of a recipient's name:
  "Nguyễn Văn Ân" → ``nguyen``, ``van``, ``an``) how many recipients it has and in how many
  shard files they are;
* one or more **shards** per key: the recipients whose name has that word, in Vietnamese order,
  each with its summary (position · unit), page link and honours (award, decision: code, year,
  link). A shard holds at most ``SHARD_SIZE`` recipients; a common word ("nguyen", "thi") is
  cut into several, fetched one after another on demand.

The page's script folds the query the same way, takes the typed word with the fewest recipients
(per the manifest), fetches that word's first shard and keeps the recipients whose name and
summary contain every typed word. So a query costs the manifest (once) plus one shard, whatever
the size of the province. Revoked decisions are left out, as on the honor roll.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import urls
from generator.derive.honours import Honour
from generator.validate.dataset import Dataset
from generator.vietnamese import collation_key, fold

SHARD_SIZE = 400
"""Recipients per shard file: ≈ 40–60 KB of JSON, a fraction of the 300 KB a first answer may cost."""

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Folded words, as the page's script splits a query: "Phòng Nội vụ (Kế Sách)" → phong, noi, vu, ke, sach."""
    return _WORD.findall(fold(text))


def key_file(key: str, number: int) -> str:
    """File name of a key's shard: ``an.1.json``; a word outside a–z0–9 is hex-encoded (never in a URL as is)."""
    safe = key if re.fullmatch(r"[a-z0-9]+", key) else "x" + key.encode("utf-8").hex()
    return f"{safe}.{number}.json"


@dataclass(frozen=True)
class LookupHonour:
    award: int
    """Index into ``LookupIndex.awards``."""
    decision_code: str
    decision_year: int
    decision_href: str
    """Served path of the decision page, from the site root."""


@dataclass(frozen=True)
class Recipient:
    name: str
    summary: str
    """Position · unit for a person; "Tập thể" for a unit."""
    href: str
    """Served path of the person's or unit's page, or "" when it has none."""
    honours: tuple[LookupHonour, ...]

    @property
    def keys(self) -> list[str]:
        return sorted(set(words(self.name)))


@dataclass(frozen=True)
class LookupIndex:
    awards: tuple[str, ...]
    shards: dict[str, tuple[tuple[Recipient, ...], ...]]
    """Key -> its shards (each at most ``SHARD_SIZE`` recipients), keys in sorted order."""


def _recipient_key(honour: Honour) -> tuple[str, str]:
    if honour.person_id:
        return ("person", honour.person_id)
    if honour.unit_id:
        return ("unit", honour.unit_id)
    position = honour.recipient.position or ""
    return ("name", f"{honour.display_name}\x00{position}\x00{honour.person_unit_id or ''}")


def build_lookup(ds: Dataset, honours: tuple[Honour, ...], shard_size: int = SHARD_SIZE) -> LookupIndex:
    award_ids = sorted({h.award_id for h in honours if not h.revoked}, key=lambda a: collation_key(ds.awards[a].name))
    award_index = {award_id: i for i, award_id in enumerate(award_ids)}
    grouped: dict[tuple[str, str], list[Honour]] = {}
    for honour in honours:
        if not honour.revoked:
            grouped.setdefault(_recipient_key(honour), []).append(honour)
    recipients: list[Recipient] = []
    for (kind, ident), items in grouped.items():
        first = items[0]
        if kind == "person":
            person = ds.people[ident]
            unit = ds.units.get(person.unit or "")
            summary = " · ".join(p for p in (person.position, unit.name if unit else None) if p)
            href = urls.served_url(urls.person(ident))
        elif kind == "unit":
            summary, href = "Tập thể", urls.served_url(urls.unit(ident))
        else:
            unit = ds.units.get(first.person_unit_id or "")
            summary = " · ".join(p for p in (first.recipient.position, unit.name if unit else None) if p)
            href = ""
        ordered = sorted(items, key=lambda h: (h.decision.date.earliest, h.decision_id, h.award_id), reverse=True)
        recipients.append(
            Recipient(
                first.display_name,
                summary,
                href,
                tuple(
                    LookupHonour(award_index[h.award_id], h.decision.code, h.decision.date.earliest.year, urls.served_url(urls.decision(h.decision_id)))
                    for h in ordered
                ),
            )
        )
    recipients.sort(key=lambda r: (collation_key(r.name), r.summary, r.href))
    by_key: dict[str, list[Recipient]] = {}
    for recipient in recipients:
        for key in recipient.keys:
            by_key.setdefault(key, []).append(recipient)
    shards = {
        key: tuple(tuple(members[i : i + shard_size]) for i in range(0, len(members), shard_size))
        for key, members in sorted(by_key.items())
    }
    return LookupIndex(tuple(ds.awards[a].name for a in award_ids), shards)
