"""The campaign plan (Kế hoạch): the document itself plus its machine-readable parts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.models.common import (
    Date,
    DocumentRef,
    Issuer,
    Markdown,
    Model,
    Record,
    RecordId,
    Signer,
    Text,
)
from generator.models.vocab import Comparator, Measure, Rating, TargetUnit, UnitKind


class LegalBasis(Model):
    document: DocumentRef
    text: Text = Field(description="Câu căn cứ nguyên văn")


class Period(Model):
    start: Date
    end: Date | None = None
    end_event: str | None = Field(None, description="Kết thúc khi một sự kiện diễn ra, nếu không có ngày")
    text: Text = Field(description="Câu về thời gian nguyên văn")


class Clause(Model):
    """A lettered point ``a) …`` of the plan; letters follow Vietnamese order (a b c d đ e)."""

    letter: Text
    text: Text
    milestones: list[RecordId] = Field(default_factory=list, description="Mốc thời gian nêu trong điểm này")


class Target(Model):
    """A measurable (or qualitative) target, computed on the progress page."""

    id: RecordId
    clause: Text = Field(description="Điểm của mục Chỉ tiêu thi đua chứa chỉ tiêu này (a, b, c…)")
    label: Text
    applies_to: list[UnitKind] = Field(min_length=1, description="Loại đơn vị thuộc phạm vi chỉ tiêu")
    measure: Measure
    ratings: list[Rating] = Field(default_factory=list, description="Các mức xếp loại được tính")
    comparator: Comparator | None = None
    threshold: float | None = Field(None, ge=0)
    unit: TargetUnit | None = None
    note: str | None = None


class Milestone(Model):
    id: RecordId
    date: Date
    provisional: bool = Field(False, description="true: ngày dự kiến")
    title: Text
    source: str | None = Field(None, description="Mục của kế hoạch nêu mốc này, ví dụ III.2.b")


class AwardOffer(Model):
    award: RecordId = Field(description="Mã hình thức khen thưởng trong data/awards")
    text: Text = Field(description="Dòng nguyên văn trong kế hoạch")


class Criteria(Model):
    collective: list[Text] = Field(min_length=1)
    individual: list[Text] = Field(min_length=1)


class ReportTemplate(Model):
    form: Text = Field(description="Mẫu số 08")
    appendix: Text = Field(description="Phụ lục I")
    document: DocumentRef


class Dossier(Model):
    count: int = Field(ge=1, description="Số bộ hồ sơ")
    components: list[Text] = Field(min_length=1)
    report_template: ReportTemplate | None = None
    note: str | None = None


class Responsibility(Model):
    title: Text
    body: Markdown


Block = Literal["period", "targets", "tasks", "review", "award_forms", "criteria", "dossier", "responsibilities"]


class Section(Model):
    """A numbered part of the document; ``include`` places a structured block at this point."""

    number: str | None = None
    title: Text
    body: Markdown | None = None
    include: Block | None = None
    children: list[Section] = Field(default_factory=list)


class Plan(Record):
    issuer: Issuer
    number: str = Field("", description="Số văn bản (có thể để trống như 'Số: /KH-SNV')")
    symbol: Text = Field(description="Ký hiệu văn bản, ví dụ KH-SNV")
    place: Text
    date: Date
    kind: Text = Field("KẾ HOẠCH", description="Tên loại văn bản in hoa")
    title: Text = Field(description="Trích yếu")
    short_title: Text = Field(description="Tên ngắn dùng trên trang web")
    legal_basis: list[LegalBasis] = Field(default_factory=list)
    preamble: Markdown | None = None
    period: Period
    target_clauses: list[Clause] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    tasks_intro: str | None = None
    tasks: list[Clause] = Field(default_factory=list)
    review: list[Clause] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    award_forms: list[AwardOffer] = Field(default_factory=list)
    criteria: Criteria | None = None
    dossier: Dossier | None = None
    responsibilities: list[Responsibility] = Field(default_factory=list)
    sections: list[Section] = Field(min_length=1)
    closing: Markdown | None = None
    recipients: list[Text] = Field(default_factory=list)
    signer: Signer

    @property
    def code(self) -> str:
        """``/KH-SNV`` while the number is still blank, as the document prints it."""
        return f"{self.number}/{self.symbol}"
