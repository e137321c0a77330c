"""``/lich-trinh.ics``: milestones and decisions as an iCalendar file (RFC 5545) for calendar apps.

- Every event is all-day (``VALUE=DATE``); ``DTEND`` is the day after (exclusive end). An event
  with an end (a round "từ ngày 20/11/2025 đến ngày 03/12/2025") spans from its first to its
  last day.
- A milestone dated by month only ("tháng 9 năm 2024") becomes an all-day event spanning the
  month; one dated by year only ("năm 2025") is left out: a year-long event would fill every
  day of the reader's calendar. The timeline page says so.
- ``UID`` is made from record ids, ``DTSTAMP`` is the data's "as of" date (never the build
  clock), so the same data always gives the same bytes and calendar apps update, not duplicate.
- Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator import urls
from generator.dates import PartialDate, vn_range
from generator.derive import SiteData
from generator.derive.timeline import Event
from generator.render.page import Page

PRODID = "-//thiduua//Lich trinh thi dua khen thuong//VI"
UID_DOMAIN = "thiduua"
MAX_OCTETS = 75
CATEGORIES = {"milestone": "MOC KE HOACH", "round": "DOT THI DUA", "decision": "QUYET DINH"}


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, continuation lines starting with a space."""
    chunks: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            chunks.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1  # the leading space counts
        current += ch
        size += width
    chunks.append(current)
    return "\r\n ".join(chunks)


def span(date: PartialDate, end: PartialDate | None = None) -> tuple[dt.date, dt.date] | None:
    """All-day [start, end) of a date or range: days, whole months, or ``None`` for a year-only start.

    A range ends after the last day its ``end`` may mean ("tháng 12" ends on 31/12).
    """
    if date.month is None:
        return None
    last = end if end is not None and end.month is not None else date
    if last.latest < date.earliest:
        last = date
    return date.earliest, last.latest + dt.timedelta(days=1)


def _url(site: SiteData, event: Event) -> str | None:
    if not site.options.site_url:
        return None
    src = urls.decision(event.decision_id) if event.decision_id else urls.TIMELINE
    anchor = "" if event.decision_id else f"#{event.uid}"
    return site.options.site_url.rstrip("/") + "/" + urls.served_url(src) + anchor


def vevent(site: SiteData, event: Event, stamp: str) -> list[str] | None:
    days = span(event.date, event.end)
    if days is None:
        return None
    summary = event.title
    if event.kind == "decision":
        # A blank number as the plan and the decisions list write it: "số …/QĐ-UBND", never "số /QĐ-UBND".
        summary = f"Quyết định số {event.code}: {event.title}"
    notes = []
    if not event.numbered:
        notes.append("chưa ghi số")
    if event.provisional:
        notes.append("dự kiến")
    if event.revoked:
        notes.append("đã bị thu hồi")
    if event.end is not None:
        notes.append(vn_range(event.date, event.end))
    elif event.date.day is None:
        notes.append(f"trong tháng {event.date.month}/{event.date.year}")
    if notes:
        summary += f" ({', '.join(notes)})"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{days[0]:%Y%m%d}",
        f"DTEND;VALUE=DATE:{days[1]:%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if event.detail:
        lines.append(f"DESCRIPTION:{escape_text(event.detail)}")
    lines.append(f"CATEGORIES:{CATEGORIES[event.kind]}")
    lines.append(f"STATUS:{'TENTATIVE' if event.provisional else 'CONFIRMED'}")
    lines.append("TRANSP:TRANSPARENT")
    url = _url(site, event)
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def ics(site: SiteData) -> bytes:
    stamp = f"{site.last_updated:%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text('Lịch trình thi đua, khen thưởng')}",
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
    ]
    for event in site.events:
        body = vevent(site, event, stamp)
        if body:
            lines.extend(body)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def pages(site: SiteData) -> Iterator[Page]:
    yield Page(urls.CALENDAR, content=ics(site))
