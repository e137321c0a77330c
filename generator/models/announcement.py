"""Announcements: Markdown files whose front matter is described here."""

from __future__ import annotations

from pydantic import Field

from generator.models.common import Date, Markdown, Record, RecordId, Text
from generator.models.vocab import AnnouncementCategory


class Announcement(Record):
    title: Text = Field(description="Tiêu đề thông báo")
    date: Date
    category: AnnouncementCategory = Field("thong-bao", description="Chuyên mục")
    pinned: bool = Field(False, description="true: ghim lên đầu trang Thông báo")
    summary: Text = Field(description="Tóm tắt một hoặc hai câu, dùng trong danh sách và bản tin")
    plan: RecordId | None = Field(None, description="Mã kế hoạch liên quan")
    milestones: list[RecordId] = Field(
        default_factory=list,
        description="Mã các mốc của kế hoạch (plan) mà tin này cho biết đã diễn ra; lịch trình ghi các mốc đó là 'đã diễn ra'",
    )
    body: Markdown = Field(description="Nội dung (phần sau front matter)")
