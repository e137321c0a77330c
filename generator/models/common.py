"""Field types and building blocks shared by every record kind."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from generator.dates import DateError, PartialDate

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
DATE_PATTERN = r"^(\d{4}(-\d{1,2}(-\d{1,2})?)?|(\d{1,2}/)?\d{1,2}/\d{4})$"


class Model(BaseModel):
    """Strict about field names (typos are reported), lenient about YAML scalar types."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True, str_strip_whitespace=True)


def _parse_date(value: Any) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except DateError as exc:
        raise PydanticCustomError(exc.code, "invalid date {value}", {"value": exc.value}) from None


Date = Annotated[
    PartialDate,
    BeforeValidator(_parse_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            # a bare year (``date: 2025``) is an integer in YAML
            "anyOf": [{"type": "string", "pattern": DATE_PATTERN}, {"type": "integer", "minimum": 1000, "maximum": 9999}],
            "description": "2025-02-05, 2025-02, 2025 hoặc 05/02/2025",
        }
    ),
]
RecordId = Annotated[str, Field(pattern=ID_PATTERN, description="Mã bản ghi: tên tệp không có phần mở rộng")]
Text = Annotated[str, Field(min_length=1)]
Markdown = Annotated[str, Field(min_length=1, description="Văn bản Markdown")]


class Record(Model):
    """Fields every record file may carry."""

    sample: bool = Field(False, description="true: dữ liệu mẫu, hư cấu; trang hiển thị nhãn 'dữ liệu mẫu'")
    note: str | None = Field(None, description="Ghi chú nội bộ cho biên tập viên; không hiển thị")


_PARTY_SYMBOL = re.compile(r"^[^\W\d_]+/")
"""A symbol that starts with the kind's letters and a slash: ``CT/TW``, ``KH/TU``, ``QĐ/ĐU``."""


def document_code(number: str, symbol: str) -> str:
    """Number and symbol as the document prints them.

    State documents join them with a slash (``125/QĐ-SNV``, ``30/2020/NĐ-CP``); documents of the
    Party and of mass organisations use a hyphen, their symbol being ``kind/issuer``
    (``46-CT/TW``, ``319-KH/TU``: Hướng dẫn 36-HD/VPTW). A blank number keeps the separator, as
    the document leaves the number blank: ``/KH-SNV``.
    """
    separator = "-" if _PARTY_SYMBOL.match(symbol) else "/"
    return f"{number}{separator}{symbol}"


def blank_number_code(number: str, symbol: str) -> str:
    """``125/QĐ-SNV``; with no number yet, the blank the header leaves for it: ``      /QĐ-SNV``."""
    return document_code(number, symbol) if number else "\u00a0" * 6 + document_code(number, symbol)


class DocumentRef(Model):
    """Another official document, cited by kind, number/symbol, date and issuer."""

    kind: Text = Field(description="Loại văn bản: Kế hoạch, Nghị định, Quyết định, Chỉ thị…")
    number: str = Field("", description="Số (chuỗi; có thể để trống hoặc có số 0 ở đầu)")
    symbol: Text = Field(
        description="Ký hiệu, ví dụ KH-BNV hoặc 2023/NĐ-CP; văn bản của Đảng, đoàn thể: CT/TW, KH/TU (in thành 46-CT/TW)"
    )
    date: Date | None = None
    issuer: str | None = Field(None, description="Cơ quan ban hành")
    title: str | None = Field(None, description="Trích yếu")

    @property
    def code(self) -> str:
        """``3989/KH-BNV``, or ``46-CT/TW`` for a Party document (see :func:`document_code`)."""
        return document_code(self.number, self.symbol)


class Issuer(Model):
    """The issuing body as the document's top-left header shows it (Decree 30/2020/NĐ-CP)."""

    name: Text = Field(description="Tên đầy đủ: Sở Nội vụ tỉnh Sóc Trăng")
    header: Text = Field(description="Dòng tên cơ quan ở góc trái: SỞ NỘI VỤ")
    superior: str | None = Field(None, description="Cơ quan chủ quản: ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG")
    unit: RecordId | None = Field(None, description="Mã đơn vị trong data/units")


def _issuer_from_name(value: Any) -> Any:
    """``issuer: Bộ Nội vụ`` is short for a header that is the name in capitals, without a superior."""
    if isinstance(value, str) and value.strip():
        return {"name": value, "header": value.strip().upper()}
    return value


IssuerOrName = Annotated[Issuer, BeforeValidator(_issuer_from_name, json_schema_input_type=Issuer | Text)]
"""An :class:`Issuer`, or just its name when the header has no superior line."""


class Signer(Model):
    """Signature block: any number of authority lines (``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` /
    ``PHÓ CHỦ TỊCH``), then the name; optionally the mark of a signed copy, ``(Đã ký)``."""

    levels: list[Text] = Field(
        min_length=1, description="Các dòng thẩm quyền, chức vụ, từ trên xuống (TM., KT., TL., TUQ. rồi chức vụ); bao nhiêu dòng cũng được"
    )
    signature_note: str | None = Field(
        None, description="Ghi chú ở chỗ chữ ký của bản sao, ví dụ '(Đã ký)' hoặc '(Đã ký và đóng dấu)'; bỏ trống nếu không có"
    )
    name: Text = Field(description="Họ và tên người ký")
