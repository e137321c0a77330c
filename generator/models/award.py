"""Award forms and emulation titles that decisions and plans refer to."""

from __future__ import annotations

from pydantic import Field

from generator.dates import PartialDate
from generator.models.common import Date, DocumentRef, Model, Record, Text
from generator.models.vocab import AwardCategory, RecipientKind

_BOTH_KINDS: tuple[RecipientKind, ...] = ("ca-nhan", "tap-the")


def in_force(valid_from: PartialDate | None, valid_to: PartialDate | None, when: PartialDate) -> bool:
    """True when ``when`` may fall inside [valid_from, valid_to] (partial dates compare by range)."""
    if valid_from and when.latest < valid_from.earliest:
        return False
    return not (valid_to and when.earliest > valid_to.latest)


class AwardBasis(Model):
    """The rule an award form is conferred under, for the time it is in force.

    The law changes: Nghị định 98/2023/NĐ-CP applied until 30/6/2025, Nghị định 152/2025/NĐ-CP
    from 01/7/2025. A plan is built on the rule in force on its date.
    """

    document: DocumentRef
    provision: str | None = Field(None, description="Điều, khoản quy định hình thức này, ví dụ 'Điều 22'")
    valid_from: Date | None = Field(None, description="Ngày văn bản bắt đầu có hiệu lực")
    valid_to: Date | None = Field(None, description="Ngày cuối cùng văn bản còn hiệu lực (bị thay thế)")

    def in_force(self, when: PartialDate) -> bool:
        return in_force(self.valid_from, self.valid_to, when)


class Award(Record):
    name: Text = Field(description="Tên đầy đủ: Bằng khen của Thủ tướng Chính phủ")
    category: AwardCategory = Field(description="hinh-thuc: hình thức khen thưởng; danh-hieu: danh hiệu thi đua")
    rank: int = Field(description="Thứ tự hiển thị; số nhỏ là hình thức cao hơn", ge=0)
    recipients: list[RecipientKind] = Field(default_factory=lambda: list(_BOTH_KINDS), description="Đối tượng được trao: cá nhân, tập thể")
    legal_basis: list[AwardBasis] = Field(default_factory=list, description="Văn bản quy định hình thức này, mỗi văn bản với thời gian hiệu lực")
    valid_from: Date | None = Field(None, description="Ngày hình thức này bắt đầu được áp dụng")
    valid_to: Date | None = Field(None, description="Ngày cuối cùng hình thức này còn được áp dụng")

    def basis_at(self, when: PartialDate) -> AwardBasis | None:
        """The rule in force on ``when`` (the latest-starting one, if periods overlap)."""
        current = [b for b in self.legal_basis if b.in_force(when)]
        return max(current, key=lambda b: b.valid_from.earliest if b.valid_from else PartialDate(1900).earliest, default=None)

    def in_force(self, when: PartialDate) -> bool:
        """The form exists on ``when`` and, when its rules are listed, one of them applies."""
        if not in_force(self.valid_from, self.valid_to, when):
            return False
        return not self.legal_basis or self.basis_at(when) is not None
