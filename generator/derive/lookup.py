"""The honours look-up ("Tra cứu khen thưởng"): every issued honour, found by name, in small static files.

A province publishes 10,000–100,000 honours; a reader looking up one name must not download them
all. The build writes:

* a **manifest**: the award names, and for every *key* (a folded word of a recipient's name:
  "Nguyễn Văn Ân" → ``nguyen``, ``van``, ``an``) how many recipients it has and in how many
  shard files they are;
* one or more **shards** per key: the recipients whose name has that word, each with its
  position, unit, page link and honours (award, decision: code, year, link). A shard holds at
  most ``SHARD_SIZE`` recipients; a common word ("nguyen", "thi") is cut into several. The
  recipients of a key are cut in the order of their folded names ("nguyen van an" <
  "nguyen van anh" < "nguyen vo ..."), so each shard covers a range of names and the manifest
  gives where each shard after the first begins (``starts``); inside a shard they are in
  Vietnamese order, as displayed.

The page's script folds the query the same way and picks the typed word whose shards are the
fewest to read: a full name typed from the surname ("nguyen van an") lies in one range, so it
reads the one shard of that range (two at a boundary) of its rarest word, whatever the size of
the province; a single word reads its first shard; more on demand. It keeps the recipients whose
name and summary contain every typed word. Revoked decisions are left out, as on the honor roll.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import partial

from generator import urls
from generator.derive.honours import Honour
from generator.derive.same_inputs import SameInputs
from generator.validate.dataset import Dataset
from generator.vietnamese import CollationKey, collation_key, fold

SHARD_SIZE = 400
"""Recipients per shard file: ≈ 40–60 KB of JSON, a fraction of the 300 KB a first answer may cost."""

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Folded words, as the page's script splits a query: "Phòng Nội vụ (Kế Sách)" → phong, noi, vu, ke, sach."""
    return _WORD.findall(fold(text))


def folded_name(text: str) -> str:
    """The order shards are cut in, as the page's script compares a query: its folded words, one space apart."""
    return " ".join(words(text))


def range_start(previous: str, first: str) -> str:
    """The shortest beginning of ``first`` (a shard's first folded name) that still sorts after
    ``previous`` (the last name of the shard before), or ``first`` when the two are equal."""
    for end in range(1, len(first) + 1):
        if first[:end] > previous:
            return first[:end]
    return first


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


COLLECTIVE = "Tập thể"
"""What a collective's row shows in place of a position."""


@dataclass(frozen=True)
class Recipient:
    name: str
    position: str
    """A person's position (may be ""); ``COLLECTIVE`` for a unit."""
    unit: str
    """Name of a person's unit, or ""."""
    href: str
    """Served path of the person's or unit's page, or "" when it has none."""
    honours: tuple[LookupHonour, ...]

    @property
    def summary(self) -> str:
        """Position · unit, as the row shows it and the query's extra words may match it."""
        return " · ".join(p for p in (self.position, self.unit) if p)

    @property
    def keys(self) -> list[str]:
        return sorted(set(words(self.name)))


@dataclass(frozen=True)
class LookupIndex:
    awards: tuple[str, ...]
    shards: dict[str, tuple[tuple[Recipient, ...], ...]]
    """Key -> its shards (each at most ``SHARD_SIZE`` recipients), keys in sorted order."""
    starts: dict[str, tuple[str, ...]]
    """Key -> where each of its shards after the first begins (see :func:`range_start`)."""


def _recipient_key(honour: Honour) -> tuple[str, str]:
    if honour.person_id:
        return ("person", honour.person_id)
    if honour.unit_id:
        return ("unit", honour.unit_id)
    position = honour.recipient.position or ""
    return ("name", f"{honour.display_name}\x00{position}\x00{honour.person_unit_id or ''}")


@dataclass(frozen=True)
class _Sorted:
    """A recipient with what sorting and sharding read of it (kept with it across ``serve`` rebuilds)."""

    recipient: Recipient
    displayed: tuple[CollationKey, str, str]
    """Vietnamese display order: (collation key of the name, summary, href)."""
    folded: str
    keys: list[str]


_RECIPIENTS: SameInputs[_Sorted] = SameInputs()
"""A recipient's row, kept while its honours (the decision rows of :mod:`generator.derive.honours`),
its person and unit records and the order of awards are the very same objects."""
_AWARD_ORDER: list[tuple[str, ...]] = []
"""The award order of the last call: an equal order is handed out as that very tuple (an input above)."""


def _same_award_order(order: tuple[str, ...]) -> tuple[str, ...]:
    if _AWARD_ORDER and _AWARD_ORDER[0] == order:
        return _AWARD_ORDER[0]
    _AWARD_ORDER[:] = [order]
    return order


def build_lookup(ds: Dataset, honours: tuple[Honour, ...], shard_size: int = SHARD_SIZE) -> LookupIndex:
    award_ids = _same_award_order(tuple(sorted({h.award_id for h in honours if not h.revoked}, key=lambda a: collation_key(ds.awards[a].name))))
    award_index = {award_id: i for i, award_id in enumerate(award_ids)}
    grouped: dict[tuple[str, str], list[Honour]] = {}
    for honour in honours:
        if not honour.revoked:
            grouped.setdefault(_recipient_key(honour), []).append(honour)
    entries: list[_Sorted] = []
    for group, items in grouped.items():
        kind, ident = group
        if kind == "person":
            person = ds.people[ident]
            records: tuple[object, ...] = (person, ds.units.get(person.unit or ""))
        elif kind == "unit":
            records = ()
        else:
            records = (ds.units.get(items[0].person_unit_id or ""),)
        inputs = (award_ids, *records, *items)
        entries.append(_RECIPIENTS.get(group, inputs, partial(_sorted_recipient, ds, group, items, award_index)))
    ordered = sorted(entries, key=lambda e: e.displayed)
    displayed = {id(e.recipient): n for n, e in enumerate(ordered)}
    entries.sort(key=lambda e: (e.folded, displayed[id(e.recipient)]))
    by_key: dict[str, list[Recipient]] = {}
    for entry in entries:
        for key in entry.keys:
            by_key.setdefault(key, []).append(entry.recipient)
    shards: dict[str, tuple[tuple[Recipient, ...], ...]] = {}
    starts: dict[str, tuple[str, ...]] = {}
    for key, members in sorted(by_key.items()):
        cut = [members[i : i + shard_size] for i in range(0, len(members), shard_size)]
        starts[key] = tuple(range_start(folded_name(a[-1].name), folded_name(b[0].name)) for a, b in itertools.pairwise(cut))
        shards[key] = tuple(tuple(sorted(part, key=lambda r: displayed[id(r)])) for part in cut)
    return LookupIndex(tuple(ds.awards[a].name for a in award_ids), shards, starts)


def _sorted_recipient(ds: Dataset, group: tuple[str, str], items: list[Honour], award_index: dict[str, int]) -> _Sorted:
    kind, ident = group
    first = items[0]
    if kind == "person":
        person = ds.people[ident]
        unit = ds.units.get(person.unit or "")
        position, unit_name = person.position or "", unit.name if unit else ""
        href = urls.served_url(urls.person(ident))
    elif kind == "unit":
        position, unit_name, href = COLLECTIVE, "", urls.served_url(urls.unit(ident))
    else:
        unit = ds.units.get(first.person_unit_id or "")
        position, unit_name, href = first.recipient.position or "", unit.name if unit else "", ""
    ordered = sorted(items, key=lambda h: (h.decision.date.earliest, h.decision_id, h.award_id), reverse=True)
    recipient = Recipient(
        first.display_name,
        position,
        unit_name,
        href,
        tuple(
            LookupHonour(award_index[h.award_id], h.decision.code, h.decision.date.earliest.year, urls.served_url(urls.decision(h.decision_id)))
            for h in ordered
        ),
    )
    return _Sorted(recipient, (collation_key(recipient.name), recipient.summary, recipient.href), folded_name(recipient.name), recipient.keys)
