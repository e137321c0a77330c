"""Award forms and emulation titles that decisions and plans refer to."""

from __future__ import annotations

from pydantic import Field

from generator.models.common import Record, Text
from generator.models.vocab import AwardCategory, RecipientKind

_BOTH_KINDS: tuple[RecipientKind, ...] = ("ca-nhan", "tap-the")


class Award(Record):
    name: Text = Field(description="Tên đầy đủ: Bằng khen của Thủ tướng Chính phủ")
    category: AwardCategory = Field(description="hinh-thuc: hình thức khen thưởng; danh-hieu: danh hiệu thi đua")
    rank: int = Field(description="Thứ tự hiển thị; số nhỏ là hình thức cao hơn", ge=0)
    recipients: list[RecipientKind] = Field(default_factory=lambda: list(_BOTH_KINDS), description="Đối tượng được trao: cá nhân, tập thể")
