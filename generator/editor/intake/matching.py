"""Match names in a list to the records that exist: people, units, awards.

Only exact matches of the folded form count (NFC, one space between words, no diacritics,
lower case), because a near match is a guess: "Nguyễn Văn An" of Kế Sách is not "Nguyễn Văn
Ân" of Mỹ Tú. A person matches on name plus unit when both are known; a name shared by several
people, or one whose unit disagrees, is ambiguous and left to the editor.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.models.vocab import RATING_LABELS
from generator.validate.dataset import Dataset
from generator.vietnamese import fold

_COLLECTIVE_PREFIX = re.compile(r"^(tap the (can bo )?(cong chuc )?(vien chuc )?(nguoi lao dong )?|tap the )")


_HONORIFIC = re.compile(r"^(ông|bà|đồng chí|đ/c|đ/c\.)\s+", re.IGNORECASE)
_COLLECTIVE_START = (
    "tập thể", "phòng ", "ban ", "sở ", "chi cục", "văn phòng", "thanh tra", "ủy ban", "uỷ ban", "ubnd", "trung tâm",
    "công an", "hội ", "công ty", "trường ", "cục ", "vụ ", "bộ ", "đảng ủy", "chi bộ", "tổ ",
)


def normalise_name(text: str) -> str:
    """NFC, one space between words; the form a name is written in."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def personal_name(text: str) -> str:
    """A person's name without the "Ông"/"Bà"/"Đồng chí" a list may put before it."""
    return _HONORIFIC.sub("", normalise_name(text))


def looks_collective(name: str) -> bool:
    """"Phòng …", "Ban …", "Tập thể …": the name of a body, not of a person (diacritics kept:
    "Trường" is a school, "Trương" a family name)."""
    lower = normalise_name(name).lower()
    return lower.startswith(_COLLECTIVE_START)


def proper_case(name: str) -> str:
    """Each word of a personal name starts with a capital: ``NGUYỄN văn an`` -> ``Nguyễn Văn An``.

    A word written all in capitals or all in lower case is recased; a word that mixes them
    (``H'Hen``, an ethnic minority name) keeps its inner capitals.
    """
    words = []
    for word in name.split():
        plain = word[:1] + word[1:].lower() if word in (word.upper(), word.lower()) else word
        words.append(plain[:1].upper() + plain[1:])
    return " ".join(words)


def key(text: str) -> str:
    """The folded form two spellings must share to match."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(normalise_name(text))).split())


@dataclass(frozen=True)
class PersonMatch:
    status: str
    """``found``, ``ambiguous`` or ``unknown``."""
    person: str | None = None
    candidates: tuple[str, ...] = ()


class Directory:
    """Indexes of the existing records, built once per import."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.people_by_key: dict[str, list[str]] = {}
        for pid, person in sorted(ds.people.items()):
            self.people_by_key.setdefault(key(person.name), []).append(pid)
        self.units_by_key: dict[str, list[str]] = {}
        for uid, unit in sorted(ds.units.items()):
            for text in {unit.name, unit.short_name or "", uid}:
                if text:
                    ids = self.units_by_key.setdefault(key(text), [])
                    if uid not in ids:
                        ids.append(uid)
        self.awards_by_key: dict[str, list[str]] = {}
        for aid, award in sorted(ds.awards.items()):
            for text in (award.name, aid):
                self.awards_by_key.setdefault(key(text), []).append(aid)

    # units ------------------------------------------------------------------------------------
    def units(self, text: str) -> list[str]:
        """Units named exactly ``text`` (id, name or short name, folded)."""
        folded = key(text)
        found = self.units_by_key.get(folded) or self.units_by_key.get(_COLLECTIVE_PREFIX.sub("", folded), [])
        return list(found)

    def units_ending(self, text: str) -> list[str]:
        """Units whose name ends with ``text``: a group row "Huyện Mỹ Tú" for "Phòng Nội vụ huyện Mỹ Tú"."""
        exact = self.units(text)
        if exact:
            return exact
        folded = key(text)
        if len(folded) < 4:
            return []
        return sorted(uid for uid, unit in self.ds.units.items() if key(unit.name).endswith(" " + folded))

    def unit_in_text(self, text: str) -> list[str]:
        """The unit whose full name a combined "Chức vụ, đơn vị" text ends with, longest first."""
        folded = " " + key(text)
        found = [(len(k), uid) for uid, unit in self.ds.units.items() for k in [key(unit.name)] if len(k) >= 8 and folded.endswith(" " + k)]
        if not found:
            return []
        longest = max(length for length, _ in found)
        return sorted(uid for length, uid in found if length == longest)

    def is_group_unit(self, text: str) -> bool:
        return len(self.units_ending(text)) == 1

    # awards -----------------------------------------------------------------------------------
    def awards(self, text: str) -> list[str]:
        folded = key(text)
        found = self.awards_by_key.get(folded)
        if found is None and folded.startswith("tang "):  # "Tặng Giấy khen của …"
            found = self.awards_by_key.get(folded[5:])
        return sorted(set(found or []))

    def is_award(self, text: str) -> bool:
        return len(self.awards(text)) == 1

    # people -----------------------------------------------------------------------------------
    def person(self, name: str, unit: str | None) -> PersonMatch:
        """The one person called ``name`` (in ``unit`` when the row gives one), or why there is none."""
        candidates = self.people_by_key.get(key(name), [])
        if not candidates:
            return PersonMatch("unknown")
        if unit is not None:
            same_unit = [pid for pid in candidates if self.ds.people[pid].unit in (unit, None)]
            if len(same_unit) == 1:
                return PersonMatch("found", same_unit[0])
            return PersonMatch("ambiguous", candidates=tuple(candidates))
        if len(candidates) == 1:
            return PersonMatch("found", candidates[0])
        return PersonMatch("ambiguous", candidates=tuple(candidates))


_RATING_KEYS = {key(code): code for code in RATING_LABELS} | {key(label): code for code, label in RATING_LABELS.items()}
_RATING_KEYS.update({"xuat sac": "HTXSNV", "tot": "HTTNV", "hoan thanh": "HTNV", "khong hoan thanh": "KHTNV"})


def rating(text: str) -> str | None:
    """``Hoàn thành tốt nhiệm vụ`` / ``HTTNV`` / ``hoàn thành tốt`` -> ``HTTNV``."""
    folded = key(text)
    return _RATING_KEYS.get(folded) or _RATING_KEYS.get(folded.replace("nhiem vu", "").strip())
