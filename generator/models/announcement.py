"""Announcements: Markdown files whose front matter is described here."""

from __future__ import annotations

from pydantic import Field

from .common import Date, Markdown, Record, RecordId, Text
from .vocab import AnnouncementCategory


class Announcement(Record):
    title: Text
    date: Date
    category: AnnouncementCategory = "thong-bao"
    pinned: bool = False
    summary: Text
    plan: RecordId | None = None
    body: Markdown = Field(description="Nội dung (phần sau front matter)")
