"""The campaign plan (Kế hoạch): the document itself plus its machine-readable parts."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.dates import PartialDate
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
from generator.models.vocab import (
    Comparator,
    Measure,
    Rating,
    RecipientKind,
    TargetUnit,
    UnitKind,
)


class LegalBasis(Model):
    document: DocumentRef
    text: Text = Field(description="Câu căn cứ nguyên văn")


class Period(Model):
    """When the campaign runs; either end may be an event instead of a date.

    "từ ngày ban hành Kế hoạch" is ``from_issue: true`` (the start is the plan's own date);
    "đến khi tổ chức thành công Đại hội…" is ``end_event`` (with ``end`` as the expected date, if known).
    """

    start: Date | None = Field(None, description="Ngày bắt đầu; bỏ trống khi from_issue: true")
    from_issue: bool = Field(False, description="true: bắt đầu từ ngày ban hành kế hoạch (ngày của kế hoạch)")
    end: Date | None = None
    end_provisional: bool = Field(False, description="true: ngày kết thúc là dự kiến (kết thúc theo một sự kiện)")
    end_event: str | None = Field(None, description="Kết thúc khi một sự kiện diễn ra, nếu không có ngày")
    text: Text = Field(description="Câu về thời gian nguyên văn")

    @model_validator(mode="after")
    def _one_start(self) -> Period:
        if (self.start is None) == (not self.from_issue):
            raise PydanticCustomError("period_start", "exactly one of start, from_issue")
        return self


class Clause(Model):
    """A lettered point ``a) …`` of the plan; letters follow Vietnamese order (a b c d đ e)."""

    letter: Text
    text: Text
    milestones: list[RecordId] = Field(default_factory=list, description="Mốc thời gian nêu trong điểm này")


class ReportedFigure(Model):
    """A figure an editor reports for a target that evaluations cannot compute (households, voters…)."""

    value: float = Field(ge=0, description="Kết quả: tỷ lệ (%) hoặc số lượng, theo unit của chỉ tiêu")
    as_of: Date = Field(description="Số liệu tính đến ngày")
    source: Text = Field(description="Văn bản nguồn: Báo cáo số 120/BC-UBND ngày 30/11/2025 của UBND tỉnh")
    numerator: int | None = Field(None, ge=0, description="Số đạt (ví dụ 850 hộ), nếu văn bản nguồn ghi")
    denominator: int | None = Field(None, ge=0, description="Trên tổng số (ví dụ 1.000 hộ), nếu văn bản nguồn ghi")
    note: str | None = None


class Target(Model):
    """A measurable (or qualitative) target, computed on the progress page.

    Computed measures count units of the kinds in ``applies_to`` from data/evaluations; a
    ``reported`` target is about any population (``population``: hộ gia đình, cử tri, xã…) and
    takes its figures from ``reported``, as the editors copy them from the agency's reports.
    """

    id: RecordId
    clause: Text = Field(description="Điểm của mục Chỉ tiêu thi đua chứa chỉ tiêu này (a, b, c…)")
    label: Text
    applies_to: list[UnitKind] = Field(default_factory=list, description="Loại đơn vị thuộc phạm vi chỉ tiêu (bắt buộc, trừ measure: reported)")
    measure: Measure
    ratings: list[Rating] = Field(default_factory=list, description="Các mức xếp loại được tính")
    comparator: Comparator | None = None
    threshold: float | None = Field(None, ge=0)
    unit: TargetUnit | None = None
    population: str | None = Field(None, description="Đối tượng được đếm khi measure: reported: hộ gia đình, cử tri, xã, phường…")
    reported: list[ReportedFigure] = Field(default_factory=list, description="Số liệu báo cáo (measure: reported), mỗi lần một dòng")
    note: str | None = None

    @model_validator(mode="after")
    def _scope(self) -> Target:
        if self.measure == "reported":
            if self.comparator is None or self.threshold is None or self.unit is None:
                raise PydanticCustomError("target_reported_threshold", "reported needs comparator, threshold, unit")
        elif self.reported:
            raise PydanticCustomError("target_reported_only", "reported figures need measure: reported")
        elif not self.applies_to and self.measure != "qualitative":
            raise PydanticCustomError("target_applies_to", "applies_to needed")
        return self


class Milestone(Model):
    id: RecordId
    date: Date = Field(description="Ngày (ngày đầu, nếu mốc kéo dài nhiều ngày)")
    end: Date | None = Field(None, description="Ngày cuối, khi mốc kéo dài: từ ngày 08 đến ngày 10 tháng 12 năm 2025")
    provisional: bool = Field(False, description="true: ngày dự kiến")
    title: Text
    source: str | None = Field(None, description="Mục của kế hoạch nêu mốc này, ví dụ III.2.b")


class Round(Model):
    """A round (đợt) of the campaign: "Đợt 01 dự kiến từ 20/11/2025 đến 03/12/2025"."""

    id: RecordId
    name: Text = Field(description="Tên đợt như văn bản viết: Đợt 01")
    start: Date
    end: Date
    provisional: bool = Field(False, description="true: thời gian dự kiến")
    title: str | None = Field(None, description="Nội dung của đợt, nếu văn bản ghi")
    text: str | None = Field(None, description="Dòng nguyên văn trong kế hoạch (include: rounds in dòng này)")
    source: str | None = Field(None, description="Mục của kế hoạch nêu đợt này, ví dụ II.3")


class AwardCap(Model):
    """A ceiling on one award form: "không quá 10 % tập thể", "Sở Nội vụ: 03 Bằng khen".

    ``max_count`` is a number of recipients; ``max_percent`` is a share of ``base`` (the number of
    collectives or people it is reckoned on). ``unit`` makes it a quota of one body (its sub-units
    included); ``recipients`` limits it to collectives or individuals.
    """

    text: Text = Field(description="Câu nguyên văn về giới hạn: không quá 10 % tập thể")
    recipients: RecipientKind | None = Field(None, description="tap-the hoặc ca-nhan; bỏ trống: cả hai")
    max_count: int | None = Field(None, ge=0, description="Tối đa bao nhiêu tập thể/cá nhân")
    max_percent: float | None = Field(None, ge=0, le=100, description="Tối đa bao nhiêu % của base")
    base: int | None = Field(None, ge=1, description="Tổng số tập thể/cá nhân mà tỷ lệ tính trên")
    unit: RecordId | None = Field(None, description="Chỉ tiêu phân bổ cho một cơ quan, đơn vị (gồm cả đơn vị cấp dưới)")

    @model_validator(mode="after")
    def _one_limit(self) -> AwardCap:
        if (self.max_count is None) == (self.max_percent is None):
            raise PydanticCustomError("award_cap_limit", "exactly one of max_count, max_percent")
        if self.max_percent is not None and self.base is None:
            raise PydanticCustomError("award_cap_base", "max_percent needs base")
        return self

    @property
    def limit(self) -> int:
        """The largest number of recipients allowed (a share rounds down: 10 % of 45 is 4)."""
        if self.max_count is not None:
            return self.max_count
        assert self.max_percent is not None and self.base is not None
        return int(Decimal(str(self.max_percent)) * self.base // 100)


class AwardOffer(Model):
    award: RecordId = Field(description="Mã hình thức khen thưởng trong data/awards")
    text: Text = Field(description="Dòng nguyên văn trong kế hoạch")
    caps: list[AwardCap] = Field(default_factory=list, description="Giới hạn số lượng, tỷ lệ, chỉ tiêu phân bổ của hình thức này")


class Criteria(Model):
    collective: list[Text] = Field(min_length=1)
    individual: list[Text] = Field(min_length=1)


class ReportTemplate(Model):
    form: Text = Field(description="Mẫu số 08")
    appendix: Text = Field(description="Phụ lục I")
    document: DocumentRef
    valid_from: Date | None = Field(None, description="Ngày văn bản chứa mẫu bắt đầu có hiệu lực")
    valid_to: Date | None = Field(None, description="Ngày cuối cùng mẫu còn được dùng (văn bản bị thay thế)")


class Dossier(Model):
    count: int = Field(ge=1, description="Số bộ hồ sơ")
    components: list[Text] = Field(min_length=1)
    report_template: ReportTemplate | None = None
    note: str | None = None


class Responsibility(Model):
    title: Text
    body: Markdown


Block = Literal["period", "rounds", "targets", "tasks", "review", "award_forms", "criteria", "dossier", "responsibilities"]


class Section(Model):
    """A numbered part of the document; ``include`` places a structured block at this point.

    A part whose words run on after its number or title ("2. Thời gian thực hiện: Từ tháng
    10/2025…", "1. Các cơ quan, đơn vị… xây dựng kế hoạch…") is a paragraph, not a heading:
    ``text`` holds those words (or ``run_in: true`` takes them from the included period).
    """

    number: str | None = Field(None, description="Số hoặc chữ của mục: I, 1, a) — dấu chấm được thêm khi không ghi ')' hay '.'")
    title: str | None = Field(None, description="Tên mục; có thể bỏ trống khi mục chỉ có text")
    text: str | None = Field(None, description="Câu viết liền sau số, tên mục trên cùng dòng (sau dấu ':')")
    run_in: bool = Field(False, description="true: nội dung của include (thời gian) viết liền sau tên mục")
    audience: list[UnitKind] = Field(default_factory=list, description="Đối tượng của mục (nội dung theo từng đối tượng)")
    body: Markdown | None = None
    include: Block | None = None
    children: list[Section] = Field(default_factory=list)

    @model_validator(mode="after")
    def _has_words(self) -> Section:
        if not (self.title or self.text or self.run_in):
            raise PydanticCustomError("section_empty", "title or text")
        return self

    @property
    def label(self) -> str:
        """``I.``, ``1.``, ``a)``: a number written without its closing mark gets a full stop."""
        if not self.number:
            return ""
        return self.number if self.number.endswith((")", ".")) else self.number + "."


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
    rounds: list[Round] = Field(default_factory=list, description="Các đợt của phong trào, mỗi đợt từ ngày … đến ngày …")
    award_forms: list[AwardOffer] = Field(default_factory=list)
    criteria: Criteria | None = None
    dossier: Dossier | None = None
    responsibilities: list[Responsibility] = Field(default_factory=list)
    sections: list[Section] = Field(min_length=1)
    closing: Markdown | None = None
    recipients: list[Text] = Field(default_factory=list)
    signer: Signer

    @property
    def start(self) -> PartialDate:
        """The first day the campaign counts: ``period.start``, or the plan's date when it runs from issue."""
        return self.period.start or self.date

    @property
    def code(self) -> str:
        """``/KH-SNV`` while the number is still blank, as the document prints it."""
        return f"{self.number}/{self.symbol}"
