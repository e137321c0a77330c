"""Award decisions (Quyết định khen thưởng), several award forms and recipients each."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.models.common import (
    Date,
    IssuerOrName,
    Model,
    Record,
    RecordId,
    Signer,
    Text,
)
from generator.models.vocab import DecisionStatus, RecipientKind


class Recipient(Model):
    """Exactly one of ``person``, ``unit`` or ``name`` (a recipient not kept in data/)."""

    person: RecordId | None = None
    unit: RecordId | None = None
    name: str | None = Field(None, description="Tên như trên quyết định, khi không có bản ghi")
    kind: RecipientKind | None = Field(None, description="ca-nhan hoặc tap-the, bắt buộc khi dùng name")
    position: str | None = Field(None, description="Chức vụ ghi trên quyết định, nếu khác hồ sơ")

    @model_validator(mode="after")
    def _one_target(self) -> Recipient:
        given = [k for k in ("person", "unit", "name") if getattr(self, k)]
        if len(given) != 1:
            raise PydanticCustomError("recipient_target", "exactly one of person, unit, name")
        if self.name and not self.kind:
            raise PydanticCustomError("recipient_kind", "name needs kind")
        return self

    @property
    def recipient_kind(self) -> str:
        if self.person:
            return "ca-nhan"
        if self.unit:
            return "tap-the"
        return self.kind or "tap-the"


class AwardGrant(Model):
    award: RecordId = Field(description="Mã hình thức khen thưởng hoặc danh hiệu trong data/awards")
    citation: str | None = Field(None, description="Thành tích chung, ví dụ 'Đã có thành tích xuất sắc…'")
    recipients: list[Recipient] = Field(min_length=1, description="Danh sách được khen")


class Decision(Record):
    number: str = Field(description="Số, ví dụ 125 (chuỗi)")
    symbol: Text = Field(description="Ký hiệu, ví dụ QĐ-SNV")
    date: Date
    place: str | None = Field(None, description="Địa danh ghi trước ngày ký")
    issuer: IssuerOrName = Field(description="Cơ quan ban hành: tên, hoặc name/header/superior như kế hoạch")
    signer: Signer = Field(description="Người ký")
    plan: RecordId | None = Field(None, description="Mã kế hoạch thi đua liên quan")
    batch: str | None = Field(None, description="Đợt, ví dụ 'Đợt 1'")
    title: Text = Field(description="Trích yếu: Về việc tặng…")
    awards: list[AwardGrant] = Field(min_length=1, description="Các hình thức khen thưởng, danh hiệu được trao")
    status: DecisionStatus = Field("issued", description="issued: có hiệu lực; revoked: đã bị thu hồi (ghi revoked_by)")
    revoked_by: RecordId | None = Field(None, description="Mã quyết định thu hồi")
    attachment: str | None = Field(None, description="Tệp PDF trong data/, ví dụ files/qd-125.pdf")

    @property
    def code(self) -> str:
        return f"{self.number}/{self.symbol}"
