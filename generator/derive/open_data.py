"""Open data: every record kind as a table whose columns come from the pydantic models (pure).

Columns are derived from the model, not from the data, so a CSV keeps the same header when a
field is empty everywhere, and the documentation page lists exactly the columns of the file.
Nested objects become dotted columns (``issuer.name``); lists of plain values are joined with
``"; "``; lists of objects (plan sections, decision awards…) are kept as one JSON cell.

Left out: the internal editor ``note`` of every record, and a person's ``photo`` unless the
person consented to its publication.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass
from functools import partial
from typing import Any

from pydantic import BaseModel

from generator.dates import PartialDate
from generator.derive.same_inputs import SameInputs
from generator.models import KINDS, Person, Record
from generator.models.vocab import RATING_LABELS
from generator.validate.dataset import Dataset

LIST_SEPARATOR = "; "
EXCLUDED_FIELDS = frozenset({"note"})
"""Top-level fields never published (the editors' internal notes)."""

FALLBACK_DESCRIPTIONS: dict[str, str] = {
    "id": "Mã bản ghi (tên tệp trong data/, không có phần mở rộng); dùng trong địa chỉ trang",
    "title": "Tiêu đề, trích yếu",
    "date": "Ngày",
    "place": "Địa danh ghi trên văn bản",
    "year": "Năm",
    "name": "Tên",
    "category": "Loại",
    "kind": "Loại",
    "summary": "Tóm tắt",
    "pinned": "true: ghim lên đầu danh sách thông báo",
    "plan": "Mã kế hoạch liên quan",
    "description": "Giới thiệu",
    "short_name": "Tên ngắn",
    "text": "Nội dung nguyên văn",
    "start": "Ngày bắt đầu",
    "end": "Ngày kết thúc",
    "levels": "Các dòng thẩm quyền, chức vụ của người ký",
    "recipients": "Danh sách đối tượng nhận",
    "status": "Trạng thái",
    "consent": "true: người trong ảnh đã đồng ý công bố",
    # Plan parts, by dotted path.
    "legal_basis": "Các căn cứ ban hành (văn bản và câu căn cứ nguyên văn)",
    "preamble": "Đoạn mở đầu (Markdown)",
    "target_clauses": "Các điểm của mục Chỉ tiêu thi đua, nguyên văn",
    "targets": "Chỉ tiêu đo được: phạm vi, cách đo, so sánh, ngưỡng (trang Tiến độ tính từ đây)",
    "tasks_intro": "Câu dẫn của mục nhiệm vụ, giải pháp",
    "tasks": "Các điểm nhiệm vụ, giải pháp, nguyên văn",
    "review": "Các điểm về sơ kết, tổng kết, nguyên văn",
    "milestones": "Các mốc thời gian (ngày, dự kiến hay chính thức, nội dung)",
    "award_forms": "Các hình thức khen thưởng nêu trong kế hoạch",
    "criteria.collective": "Tiêu chuẩn khen thưởng đối với tập thể",
    "criteria.individual": "Tiêu chuẩn khen thưởng đối với cá nhân",
    "dossier.components": "Thành phần hồ sơ đề nghị khen thưởng",
    "dossier.note": "Lưu ý về hồ sơ, nguyên văn",
    "responsibilities": "Trách nhiệm tổ chức thực hiện của từng đơn vị",
    "sections": "Bố cục văn bản: các mục, tiêu đề, nội dung",
    "closing": "Đoạn kết (Markdown)",
    "name_parts.family": "Họ (chỉ ghi khi cách tách tên mặc định sai, ví dụ họ kép)",
    "name_parts.middle": "Tên đệm",
    "name_parts.given": "Tên",
    **{f"staff.{code}": f"Số người xếp loại {label.lower()}" for code, label in RATING_LABELS.items()},
}
"""Used only where the model gives no description; keys are dotted paths, then bare field names."""


@dataclass(frozen=True)
class Column:
    name: str
    """Dotted path in the record, e.g. ``issuer.name``."""
    type_label: str
    description: str
    choices: tuple[str, ...] = ()
    json_cell: bool = False
    """True for lists of objects, written as one JSON cell in the CSV."""


@dataclass(frozen=True)
class Table:
    kind: str
    label_vi: str
    columns: tuple[Column, ...]
    records: tuple[dict[str, Any], ...]
    """Published records (JSON-ready), sorted by id, each with ``id`` first."""


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """Strip ``Optional``/``Annotated``; return (inner type, is_list)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else str
        elif origin is list:
            inner, _ = _unwrap(typing.get_args(annotation)[0])
            return inner, True
        else:
            return annotation, False


def _type_label(inner: Any) -> tuple[str, tuple[str, ...]]:
    if typing.get_origin(inner) is typing.Literal:
        choices = tuple(str(a) for a in typing.get_args(inner))
        return "mã", choices
    if inner is PartialDate:
        return "ngày", ()
    if inner is bool:
        return "true/false", ()
    if inner is int:
        return "số nguyên", ()
    if inner is float:
        return "số", ()
    return "văn bản", ()


def model_columns(model: type[BaseModel], prefix: str = "") -> list[Column]:
    columns: list[Column] = []
    for name, field in model.model_fields.items():
        if not prefix and name in EXCLUDED_FIELDS:
            continue
        path = prefix + name
        inner, is_list = _unwrap(field.annotation)
        description = field.description or FALLBACK_DESCRIPTIONS.get(path) or FALLBACK_DESCRIPTIONS.get(name, "")
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            if is_list:
                columns.append(Column(path, "JSON (danh sách đối tượng)", description, json_cell=True))
            else:
                columns.extend(model_columns(inner, path + "."))
            continue
        label, choices = _type_label(inner)
        if is_list:
            label = f"danh sách {label}, ngăn cách bằng “{LIST_SEPARATOR.strip()}”"
        columns.append(Column(path, label, description, choices))
    return columns


def publishable(record: Record) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude=set(EXCLUDED_FIELDS))
    if isinstance(record, Person) and record.photo is not None and not record.photo.consent:
        data["photo"] = None
    return data


def cell(record: dict[str, Any], column: Column) -> str:
    value: Any = record
    for part in column.name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ""
    if column.json_cell:
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_COLUMNS: dict[str, tuple[Column, ...]] = {}
"""A kind's columns: they come from its model alone, so they are the same objects on every call."""
_PUBLISHED: SameInputs[dict[str, Any]] = SameInputs()
"""A record's published form, kept while the record is the very same object (``thiduua serve``:
the encoders of :mod:`generator.render.pages.open_data` then reuse its encoded row)."""


def open_data_tables(dataset: Dataset) -> tuple[Table, ...]:
    tables = []
    for folder, kind in KINDS.items():
        columns = _COLUMNS.get(folder)
        if columns is None:
            columns = _COLUMNS[folder] = (Column("id", "mã", FALLBACK_DESCRIPTIONS["id"]), *model_columns(kind.model))
        records = tuple(
            _PUBLISHED.get((folder, rid), (rec,), partial(_published, rid, rec)) for rid, rec in sorted(dataset.records.get(folder, {}).items())
        )
        tables.append(Table(folder, kind.label_vi, columns, records))
    return tuple(tables)


def _published(record_id: str, record: Record) -> dict[str, Any]:
    return {"id": record_id, **publishable(record)}
