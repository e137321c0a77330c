"""Award decisions (Quyết định khen thưởng): the document as written, and its machine-readable awards.

The simple form (number, date, issuer, title, signer, ``awards[].recipients``) is enough for the
site's lists and honor rolls; the document fields (``authority``, ``legal_basis``, ``proposal``,
``articles``, ``distribution``, ``annex``) are optional and, when given, make the page read and
print like the signed decision (Nghị định 30/2020/NĐ-CP).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from generator.models.common import (
    Date,
    DocumentRef,
    IssuerOrName,
    Markdown,
    Model,
    Record,
    RecordId,
    Signer,
    Text,
    blank_number_code,
    document_code,
)
from generator.models.vocab import DecisionStatus, RecipientKind

Path_ = tuple[str | int, ...]
"""A path inside a record, as the loader keeps positions for (``("groups", 0, "recipients", 2)``)."""


class Recipient(Model):
    """A person or unit with a record, or a recipient known only by the decision's text.

    ``name`` alone names a recipient not kept in data/ (then ``kind`` is needed); next to
    ``person`` or ``unit`` it is the decision's own wording ("Nhân dân và cán bộ xã Yên Cư, huyện
    Chợ Mới, tỉnh Bắc Kạn"), shown instead of the record's name while still linking to it.
    """

    person: RecordId | None = None
    unit: RecordId | None = None
    name: str | None = Field(
        None, description="Tên như trên quyết định: khi không có bản ghi, hoặc cách quyết định ghi đơn vị, cá nhân có bản ghi"
    )
    kind: RecipientKind | None = Field(None, description="ca-nhan hoặc tap-the, bắt buộc khi chỉ ghi name")
    position: str | None = Field(
        None,
        description="Chức vụ ghi trên quyết định (trang quyết định, bảng vinh danh hiện đúng chữ này); "
        "để trống thì không hiện chức vụ: chức vụ hiện nay trong hồ sơ người chỉ hiện trên trang của người đó",
    )
    workplace: str | None = Field(
        None,
        description="Đơn vị công tác ghi trên quyết định (cột Đơn vị của danh sách kèm theo); "
        "để trống thì cột này để trống: đơn vị hiện nay của người chỉ hiện trên trang của người đó",
    )

    @model_validator(mode="after")
    def _one_target(self) -> Recipient:
        if (self.person and self.unit) or not (self.person or self.unit or self.name):
            raise PydanticCustomError("recipient_target", "exactly one of person, unit, name")
        if self.name and not (self.person or self.unit) and not self.kind:
            raise PydanticCustomError("recipient_kind", "name needs kind")
        return self

    @property
    def recipient_kind(self) -> str:
        if self.person:
            return "ca-nhan"
        if self.unit:
            return "tap-the"
        return self.kind or "tap-the"

    @property
    def key(self) -> str:
        """What makes two entries of one list the same recipient."""
        return self.person or self.unit or self.name or ""


class RecipientGroup(Model):
    """A heading of the attached list ("I. TẬP THỂ", "Huyện Mỹ Tú") and the recipients under it."""

    heading: Text = Field(description="Tiêu đề nhóm nguyên văn, ví dụ 'I. TẬP THỂ' hoặc 'Huyện Mỹ Tú'")
    recipients: list[Recipient] = Field(default_factory=list, description="Người nhận trong nhóm")
    groups: list[RecipientGroup] = Field(default_factory=list, description="Nhóm con (ví dụ các huyện trong 'II. CÁ NHÂN')")

    @model_validator(mode="after")
    def _not_empty(self) -> RecipientGroup:
        if not self.recipients and not self.groups:
            raise PydanticCustomError("group_empty", "a group needs recipients or groups")
        return self

    def entries(self, path: Path_) -> Iterator[tuple[Path_, Recipient]]:
        """Every recipient of the group and its subgroups, in list order, with its YAML path."""
        for j, recipient in enumerate(self.recipients):
            yield (*path, "recipients", j), recipient
        for k, group in enumerate(self.groups):
            yield from group.entries((*path, "groups", k))


class AwardGrant(Model):
    """One award form or title and who receives it: a flat ``recipients`` list, or ``groups``."""

    award: RecordId = Field(description="Mã hình thức khen thưởng hoặc danh hiệu trong data/awards")
    citation: str | None = Field(None, description="Thành tích chung, ví dụ 'Đã có thành tích xuất sắc…'")
    heading: str | None = Field(None, description="Tiêu đề phần này trong danh sách kèm theo; mặc định: tên hình thức")
    recipients: list[Recipient] = Field(default_factory=list, description="Danh sách được khen (khi không chia nhóm)")
    groups: list[RecipientGroup] = Field(
        default_factory=list, description="Danh sách được khen chia nhóm như quyết định (I. TẬP THỂ, II. CÁ NHÂN, theo huyện…)"
    )

    @model_validator(mode="after")
    def _recipients_or_groups(self) -> AwardGrant:
        if bool(self.recipients) == bool(self.groups):
            raise PydanticCustomError("grant_recipients", "recipients or groups")
        return self

    def entries(self) -> Iterator[tuple[Path_, Recipient]]:
        """Every recipient in list order with its path inside the grant (for file:line findings)."""
        for j, recipient in enumerate(self.recipients):
            yield ("recipients", j), recipient
        for k, group in enumerate(self.groups):
            yield from group.entries(("groups", k))

    @property
    def all_recipients(self) -> list[Recipient]:
        """The recipients, flat, in the decision's order, whether grouped or not."""
        return [recipient for _, recipient in self.entries()]


class LegalBasis(Model):
    """One "Căn cứ …" line, verbatim; it may name the document it cites and the record of it here."""

    text: Text = Field(description="Dòng căn cứ nguyên văn, ví dụ 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'")
    document: DocumentRef | None = Field(None, description="Văn bản được căn cứ (loại, số, ký hiệu, ngày)")
    plan: RecordId | None = Field(None, description="Mã kế hoạch trong data/plans, nếu căn cứ là kế hoạch đó (dòng thành liên kết)")
    decision: RecordId | None = Field(None, description="Mã quyết định trong data/decisions, nếu căn cứ là quyết định đó")


def _basis_from_text(value: Any) -> Any:
    """``- Căn cứ Luật …;`` is short for ``- text: Căn cứ Luật …;``."""
    return {"text": value} if isinstance(value, str) else value


BasisLine = Annotated[LegalBasis, BeforeValidator(_basis_from_text, json_schema_input_type=LegalBasis | Text)]


class Annex(Model):
    """The attached list's heading when the decision words it ("DANH SÁCH … (Kèm theo …)")."""

    title: str | None = Field(
        None, description="Dòng dưới chữ DANH SÁCH, ví dụ 'TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN'; mặc định theo người nhận"
    )
    note: str | None = Field(
        None, description="Dòng '(Kèm theo Quyết định số … ngày … của …)' nguyên văn; mặc định ghép từ số, ngày, cơ quan ban hành"
    )


class Decision(Record):
    number: str = Field("", description="Số, ví dụ 125 (chuỗi); để trống khi chưa có số, trang in 'Số:      /QĐ-UBND'")
    symbol: Text = Field(description="Ký hiệu, ví dụ QĐ-SNV; quyết định của cấp ủy Đảng: QĐ/TU (in thành 12-QĐ/TU)")
    date: Date = Field(description="Ngày ký; chưa có ngày thì ghi tháng (2025-12) hoặc năm, trang để trống ngày")
    place: str | None = Field(None, description="Địa danh ghi trước ngày ký")
    issuer: IssuerOrName = Field(description="Cơ quan ban hành: tên, hoặc name/header/superior như kế hoạch")
    signer: Signer = Field(description="Người ký")
    plan: RecordId | None = Field(None, description="Mã kế hoạch thi đua liên quan")
    batch: str | None = Field(None, description="Đợt, ví dụ 'Đợt 1'")
    title: Text = Field(description="Trích yếu: Về việc tặng…")
    authority: str | None = Field(
        None, description="Dòng thẩm quyền ban hành dưới trích yếu, ví dụ 'GIÁM ĐỐC SỞ NỘI VỤ THÀNH PHỐ CẦN THƠ', 'THỦ TƯỚNG CHÍNH PHỦ'"
    )
    legal_basis: list[BasisLine] = Field(default_factory=list, description="Các dòng 'Căn cứ …' nguyên văn, theo thứ tự")
    proposal: str | None = Field(None, description="Dòng 'Theo đề nghị của …' nguyên văn")
    articles: list[Markdown] = Field(
        default_factory=list, description="Nội dung Điều 1, Điều 2… (Markdown), không ghi chữ 'Điều n.' (trang tự đánh số)"
    )
    distribution: list[Text] = Field(default_factory=list, description="Nơi nhận, mỗi dòng nguyên văn, ví dụ 'Như Điều 3;', 'Bộ Nội vụ (b/c);', 'Lưu: VT, TĐKT.'")
    annex: Annex | None = Field(None, description="Tiêu đề danh sách kèm theo, khi quyết định ghi khác mặc định")
    awards: list[AwardGrant] = Field(min_length=1, description="Các hình thức khen thưởng, danh hiệu được trao")
    status: DecisionStatus = Field("issued", description="issued: có hiệu lực; revoked: đã bị thu hồi (ghi revoked_by)")
    revoked_by: RecordId | None = Field(None, description="Mã quyết định thu hồi")
    attachment: str | None = Field(None, description="Tệp PDF trong data/, ví dụ files/qd-125.pdf")

    @property
    def code(self) -> str:
        """``125/QĐ-SNV``; ``/QĐ-SNV`` while the number is blank (see :meth:`reference`)."""
        return document_code(self.number, self.symbol)

    @property
    def display_code(self) -> str:
        """``125/QĐ-SNV``; ``…/QĐ-SNV`` while the number is blank, as a list or a calendar shows it
        (the way the plan's blank number is written), never a bare ``/QĐ-SNV``."""
        return self.code if self.number else "…" + self.code

    @property
    def header_code(self) -> str:
        """What follows "Số:" in the header: a blank of its own width when there is no number yet."""
        return blank_number_code(self.number, self.symbol)

    @property
    def reference(self) -> str:
        """How running text cites it: "Quyết định số 125/QĐ-SNV", never "Quyết định số /QĐ-SNV"."""
        if self.number:
            return f"Quyết định số {self.code}"
        return f"Quyết định {self.code} (chưa ghi số)"
