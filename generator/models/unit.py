"""Units: the Sở, its internal units, district Phòng Nội vụ, and their successors."""

from __future__ import annotations

from pydantic import Field

from generator.dates import PartialDate
from generator.models.common import Date, Record, RecordId, Text
from generator.models.vocab import UnitKind


class Unit(Record):
    name: Text = Field(description="Tên đầy đủ như trên văn bản")
    short_name: str | None = Field(None, description="Tên ngắn")
    kind: UnitKind = Field(description="Loại đơn vị")
    parent: RecordId | None = Field(None, description="Mã đơn vị cấp trên")
    valid_from: Date | None = Field(None, description="Ngày bắt đầu tồn tại")
    valid_to: Date | None = Field(None, description="Ngày cuối cùng tồn tại (giải thể, sáp nhập)")
    successor: RecordId | None = Field(None, description="Đơn vị kế thừa sau khi giải thể, sáp nhập")
    description: str | None = Field(None, description="Mô tả ngắn, hiển thị trên trang đơn vị")

    def active_during(self, when: PartialDate) -> bool:
        """True when the unit may have existed at some point of ``when`` (a day, month or year)."""
        if self.valid_from and when.latest < self.valid_from.earliest:
            return False
        return not (self.valid_to and when.earliest > self.valid_to.latest)
