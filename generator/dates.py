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


class DateError(ValueError):
    """Raised with code ``date_format``, ``date_impossible``, ``date_type`` or ``empty_value``."""

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
    if value.month is None:
        return f"năm {value.year}"
    month = f"tháng {_official(value.month, True)} năm {value.year}"
    if value.day is None:
        return f"ngày\u00a0\u00a0\u00a0\u00a0\u00a0 {month}" if blank_day else month
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
