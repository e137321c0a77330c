"""Find the header row of a list and which column holds which field.

Offices word and order their headers freely ("Họ và tên", "HỌ TÊN", "Họ, tên"; "Đơn vị công
tác" or "Cơ quan, đơn vị"). A header is folded (no diacritics, lower case, punctuation and
parenthesised notes dropped, one space between words) and looked up in a table of synonyms.
Two-row headers ("Kết quả xếp loại" merged above "HTXSNV | HTTNV | …") are read by letting the
lower row's recognised label win over the merged text above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.editor.intake.tables import Cell, Table
from generator.vietnamese import fold

SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("stt", "tt", "so tt", "so thu tu", "thu tu"),
    "name": (
        "ho va ten", "ho ten", "ho va ten ca nhan", "ten", "ten ca nhan", "ten tap the", "ten tap the ca nhan",
        "tap the ca nhan", "ho ten tap the ca nhan", "ho va ten tap the ca nhan", "ten don vi ca nhan", "ten tap the va ca nhan",
    ),
    "position": ("chuc vu", "chuc danh", "chuc vu chuc danh", "chuc vu don vi cong tac", "chuc vu don vi", "chuc vu noi cong tac"),
    "unit": (
        "don vi", "don vi cong tac", "co quan don vi", "noi cong tac", "co quan don vi cong tac", "ten don vi", "co quan cong tac",
        "don vi ma", "ma don vi", "co quan",
    ),
    "award": (
        "hinh thuc", "hinh thuc khen thuong", "danh hieu", "danh hieu thi dua", "hinh thuc khen thuong danh hieu",
        "danh hieu hinh thuc khen thuong", "khen thuong", "hinh thuc danh hieu", "ma hinh thuc",
    ),
    "kind": ("doi tuong", "loai doi tuong", "ca nhan hay tap the", "ca nhan tap the"),
    "note": ("ghi chu",),
    "year": ("nam", "nam danh gia"),
    "rating": (
        "xep loai", "xep loai tap the", "ket qua xep loai", "muc xep loai", "xep loai don vi", "ket qua danh gia xep loai",
        "ket qua danh gia", "xep loai chat luong", "xep loai chat luong tap the",
    ),
    "HTXSNV": ("htxsnv", "hoan thanh xuat sac nhiem vu", "hoan thanh xuat sac", "xuat sac"),
    "HTTNV": ("httnv", "hoan thanh tot nhiem vu", "hoan thanh tot", "tot"),
    "HTNV": ("htnv", "hoan thanh nhiem vu", "hoan thanh"),
    "KHTNV": ("khtnv", "khong hoan thanh nhiem vu", "khong hoan thanh"),
    "total": ("tong so", "tong", "tong cong", "tong so nguoi", "tong so cbccvc", "tong so cong chuc vien chuc", "so nguoi duoc danh gia"),
    "violations": ("vi pham", "so nguoi vi pham", "so vi pham", "so cbccvc vi pham"),
}
_LOOKUP = {synonym: field for field, synonyms in SYNONYMS.items() for synonym in synonyms}
_PREFIXES = ("so luong ", "so nguoi ", "so ")

FIELDS: dict[str, tuple[str, ...]] = {
    "decision": ("stt", "name", "position", "unit", "award", "kind", "note"),
    "people": ("stt", "name", "position", "unit", "note"),
    "evaluation": ("stt", "unit", "year", "rating", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "total", "violations", "note"),
}
REQUIRED: dict[str, tuple[str, ...]] = {"decision": ("name",), "people": ("name",), "evaluation": ("unit",)}
COUNT_FIELDS = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
_SEARCH_ROWS = 30
_NUMBERING = re.compile(r"^\(?([0-9]+|[a-z])\)?$", re.IGNORECASE)


def header_key(text: str) -> str:
    """``Họ và tên (ghi đủ dấu)`` -> ``ho va ten``."""
    text = re.sub(r"\([^)]*\)", " ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def field_of(text: str, kind: str) -> str | None:
    key = header_key(text)
    field = _LOOKUP.get(key)
    if field is None:
        for prefix in _PREFIXES:
            if key.startswith(prefix) and key[len(prefix) :] in _LOOKUP:
                field = _LOOKUP[key[len(prefix) :]]
                break
    return field if field in FIELDS[kind] else None


@dataclass(frozen=True)
class Header:
    columns: dict[str, int]
    """Field -> 0-based column index."""
    labels: dict[str, str]
    """Field -> the header text as written (used in messages)."""
    row_index: int
    """0-based index of the (last) header row."""
    data_start: int
    """0-based index of the first row after the header (and after a numbering row)."""


def _map(cells: list[Cell], lower: list[Cell] | None, kind: str) -> tuple[dict[str, int], dict[str, str]]:
    columns: dict[str, int] = {}
    labels: dict[str, str] = {}
    for index, cell in enumerate(cells):
        candidates = []
        if lower is not None and index < len(lower):
            candidates.append(lower[index].text)
        candidates.append(cell.text)
        for text in candidates:
            field = field_of(text, kind) if text else None
            if field and field not in columns:
                columns[field] = index
                labels[field] = text
                break
            if field:
                break
    return columns, labels


def find_header(table: Table, kind: str) -> Header | None:
    """The best header in the first rows of ``table``, or None when the table has none."""
    best: tuple[int, int, Header] | None = None
    rows = table.rows
    for r in range(min(_SEARCH_ROWS, len(rows))):
        for two_rows in (False, True):
            if two_rows and r + 1 >= len(rows):
                continue
            columns, labels = _map(rows[r], rows[r + 1] if two_rows else None, kind)
            if not all(f in columns for f in REQUIRED[kind]) or len(columns) < 2:
                continue
            last = r + 1 if two_rows else r
            score = (len(columns), -int(two_rows))
            if best is None or score > best[:2]:
                best = (score[0], score[1], Header(columns, labels, last, _skip_numbering(rows, last + 1)))
    return best[2] if best else None


def _skip_numbering(rows: list[list[Cell]], start: int) -> int:
    """Official lists often number their columns under the header: (1) (2) (3)…"""
    if start < len(rows):
        texts = [c.text for c in rows[start] if c.text]
        if len(texts) >= 2 and all(_NUMBERING.match(t) for t in texts):
            return start + 1
    return start
