"""Split a list's rows into group rows ("I. TẬP THỂ", "Huyện Mỹ Tú") and data rows.

A group row is one line of text across the table: a merged row (the same text in several
cells), or a text in the STT column where a number belongs ("I", "II. CÁ NHÂN", "A. …").
It sets the kind (tập thể / cá nhân), the award ("1. Giấy khen của Giám đốc Sở") or the unit
("Huyện Mỹ Tú") of the rows below it, as printed lists do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.editor.intake.headers import Header
from generator.editor.intake.tables import Cell
from generator.vietnamese import fold

_PREFIX = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|[0-9]+(?:\.[0-9]+)*|[a-zđ])\s*[.):/–-]\s*", re.IGNORECASE)
_ROMAN_ONLY = re.compile(r"^\s*[IVXLC]+\s*\.?\s*$")
_INTEGER = re.compile(r"^\s*[0-9]+\s*\.?\s*$")
_COLLECTIVE_WORDS = ("tap the", "to chuc", "don vi")
_INDIVIDUAL_WORDS = ("ca nhan",)


@dataclass
class Group:
    """The context a group row sets: one or more of kind, award text, unit text."""

    label: str = ""
    kind: str | None = None
    award_text: str | None = None
    unit_text: str | None = None


@dataclass
class DataRow:
    row: int
    """1-based row number in the source (what the editor sees in Excel or Word)."""
    cells: dict[str, Cell]
    group: Group = field(default_factory=Group)

    def text(self, name: str) -> str:
        cell = self.cells.get(name)
        return cell.text if cell else ""


def strip_numbering(text: str) -> str:
    """``II. CÁ NHÂN`` -> ``CÁ NHÂN``; ``1. Giấy khen …`` -> ``Giấy khen …``."""
    return _PREFIX.sub("", text, count=1).strip()


def group_kind(label: str) -> str | None:
    """``TẬP THỂ`` -> tap-the, ``CÁ NHÂN`` -> ca-nhan, when the group names only that."""
    key = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(label)).split())
    if any(key.startswith(w) or key.endswith(w) for w in _INDIVIDUAL_WORDS):
        return "ca-nhan"
    if any(key.startswith(w) or key.endswith(w) for w in _COLLECTIVE_WORDS):
        return "tap-the"
    return None


def _group_text(cells: list[Cell], header: Header) -> str | None:
    texts = [c.text for c in cells if c.text]
    if not texts:
        return None
    distinct = list(dict.fromkeys(texts))
    if len(distinct) == 1 and len(texts) >= 2:
        return distinct[0]  # merged across the row
    stt = header.columns.get("stt")
    stt_text = cells[stt].text if stt is not None and stt < len(cells) else ""
    label_field = "name" if "name" in header.columns else "unit"
    filled = {f for f, i in header.columns.items() if i < len(cells) and cells[i].text}
    if stt_text and not _INTEGER.match(stt_text) and filled <= {"stt", label_field}:
        name = header.columns.get(label_field)
        rest = cells[name].text if name is not None and name < len(cells) and name != stt else ""
        if _ROMAN_ONLY.match(stt_text) or not rest or len(stt_text) > 3:
            return f"{stt_text} {rest}".strip()
    return None


def split_rows(rows: list[list[Cell]], header: Header, classify: Callable[[str, Group], Group]) -> tuple[list[DataRow], list[tuple[int, Group]]]:
    """The data rows of the list, each with the group it falls under; and the group rows."""
    data: list[DataRow] = []
    groups: list[tuple[int, Group]] = []
    current = Group()
    for cells in rows[header.data_start :]:
        if not any(c.text for c in cells):
            continue
        row_number = cells[0].row
        label = _group_text(cells, header)
        if label is not None:
            current = classify(label, current)
            groups.append((row_number, current))
            continue
        by_field = {f: cells[i] for f, i in header.columns.items() if i < len(cells)}
        data.append(DataRow(row_number, by_field, current))
    return data, groups


class GroupClassifier:
    """Decides what a group row sets; needs the awards and units to recognise their names."""

    def __init__(self, is_award: Callable[[str], bool], is_unit: Callable[[str], bool]) -> None:
        self.is_award = is_award
        self.is_unit = is_unit

    def __call__(self, label: str, current: Group) -> Group:
        text = strip_numbering(label)
        kind = group_kind(text)
        if kind is not None:
            return Group(label, kind=kind)  # a new part of the list: award and unit start afresh
        if self.is_award(text):
            return Group(label, kind=current.kind, award_text=text)
        if self.is_unit(text):
            return Group(label, kind=current.kind, award_text=current.award_text, unit_text=text)
        return Group(label, kind=current.kind, award_text=current.award_text)

