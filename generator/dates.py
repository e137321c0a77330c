"""Partial dates ("tháng 7 năm 2024") and their Vietnamese official spelling.

Administrative documents are often dated before the day is filled in ("ngày   tháng 7 năm
2024"), so a date here may lack its day, or its day and month. Decree 30/2020/NĐ-CP writes
days below 10 and the months 1 and 2 with a leading zero: "ngày 05 tháng 02 năm 2025",
"ngày 28 tháng 8 năm 2025".
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")
_VN = re.compile(r"(?:(?:(\d{1,2})/)?(\d{1,2})/)?(\d{4})\Z")
_VN_DAY = r"\d{1,2}/\d{1,2}/\d{4}"
_RANGE = re.compile(
    r"^(?:từ\s+)?(?:ngày\s+)?(?:"
    rf"\d{{1,2}}\s*[-–]\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}"  # 08-10/12/2025
    rf"|\d{{1,2}}/\d{{1,2}}\s*[-–]\s*{_VN_DAY}"  # 20/11-03/12/2025
    rf"|(?:{_VN_DAY}|\d{{4}}-\d{{1,2}}-\d{{1,2}})\s+(?:[-–]|đến(?:\s+ngày)?)\s+(?:{_VN_DAY}|\d{{4}}-\d{{1,2}}-\d{{1,2}})"
    rf"|{_VN_DAY}\s*[–]\s*{_VN_DAY}"
    r")$",
    re.IGNORECASE,
)
"""A span typed into one date field: ``08-10/12/2025``, ``20/11/2025 - 03/12/2025``, ``từ ngày … đến ngày …``."""


class DateError(ValueError):
    """Raised with code ``date_format``, ``date_range``, ``date_impossible``, ``date_type`` or ``empty_value``."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose day, or day and month, may be unknown.

    Unknown parts sort first, like a heading before its contents: "2024" < "2024-01-05" <
    "2024-07" < "2024-07-10" (comparing the raw fields would fail on None).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def _key(self) -> tuple[int, int, int]:
        return self.year, self.month or 0, self.day or 0

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Accept 2025-02-05, 2025-02, 2025, 05/02/2025, 02/2025 (and date objects)."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if value is None:
            raise DateError("empty_value", "")
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise DateError("date_type", "")
        text = str(value).strip()
        if not text:
            raise DateError("empty_value", "")
        iso = _ISO.match(text)
        vn = _VN.match(text)
        if iso:
            y, m, d = iso.group(1), iso.group(2), iso.group(3)
        elif vn:
            d, m, y = vn.group(1), vn.group(2), vn.group(3)
        elif _RANGE.match(text):
            raise DateError("date_range", text)
        else:
            raise DateError("date_format", text)
        year, month, day = int(y), int(m) if m else None, int(d) if d else None
        if month is not None and not 1 <= month <= 12:
            raise DateError("date_impossible", text)
        if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise DateError("date_impossible", text)
        if not 1900 <= year <= 2200:
            raise DateError("date_impossible", text)
        return cls(year, month, day)

    @property
    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @property
    def is_complete(self) -> bool:
        return self.day is not None and self.month is not None

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def __str__(self) -> str:
        return self.iso()


def _official(n: int, is_month: bool = False) -> str:
    """Day < 10 and months 1, 2 take a leading zero (Decree 30/2020/NĐ-CP, Appendix I)."""
    if is_month:
        return f"{n:02d}" if n <= 2 else str(n)
    return f"{n:02d}"


def vn_date(value: PartialDate | dt.date | None, blank_day: bool = False) -> str:
    """``ngày 05 tháng 02 năm 2025``; ``tháng 7 năm 2024`` when the day is unknown.

    ``blank_day`` keeps the empty "ngày … tháng" slot of a not-yet-dated document header.
    """
    if value is None:
        return ""
    if isinstance(value, dt.date):
        value = PartialDate(value.year, value.month, value.day)
    blank = "\u00a0" * 5
    if value.month is None:
        return f"ngày{blank} tháng{blank} năm {value.year}" if blank_day else f"năm {value.year}"
    month = f"tháng {_official(value.month, True)} năm {value.year}"
    if value.day is None:
        return f"ngày{blank} {month}" if blank_day else month
    return f"ngày {_official(value.day)} {month}"


def short_date(value: PartialDate | dt.date | None) -> str:
    """``05/02/2025``, ``07/2024`` or ``2024`` for tables: two-digit day and month, as in a full date."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        value = PartialDate(value.year, value.month, value.day)
    if value.month is None:
        return str(value.year)
    if value.day is None:
        return f"{value.month:02d}/{value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def _to_partial(value: PartialDate | dt.date) -> PartialDate:
    return PartialDate(value.year, value.month, value.day) if isinstance(value, dt.date) else value


def vn_range(start: PartialDate | dt.date | None, end: PartialDate | dt.date | None = None) -> str:
    """A span as documents write it; a single date when there is no end (or the same day).

    - same month: ``từ ngày 08 đến ngày 10 tháng 12 năm 2025``
    - other months: ``từ ngày 20/11/2025 đến ngày 03/12/2025``
    - months only: ``từ tháng 10 đến tháng 12 năm 2025``, ``từ tháng 10/2025 đến tháng 01/2026``
    - anything else: ``từ {start} đến {end}`` in the full spelling of :func:`vn_date`.
    """
    if start is None:
        return ""
    first = _to_partial(start)
    if end is None or _to_partial(end) == first:
        return vn_date(first)
    last = _to_partial(end)
    if first.is_complete and last.is_complete:
        if (first.year, first.month) == (last.year, last.month):
            return f"từ ngày {_official(first.day or 0)} đến {vn_date(last)}"
        return f"từ ngày {short_date(first)} đến ngày {short_date(last)}"
    if first.month and last.month and first.day is None and last.day is None:
        if first.year == last.year:
            return f"từ tháng {_official(first.month, True)} đến {vn_date(last)}"
        return f"từ tháng {short_date(first)} đến tháng {short_date(last)}"
    return f"từ {vn_date(first)} đến {vn_date(last)}"


def short_range(start: PartialDate | dt.date | None, end: PartialDate | dt.date | None = None) -> str:
    """``20/11/2025 – 03/12/2025`` for tables and lists; one date when there is no end."""
    if start is None:
        return ""
    if end is None or _to_partial(end) == _to_partial(start):
        return short_date(start)
    return f"{short_date(start)} – {short_date(end)}"
