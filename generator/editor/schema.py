"""JSON Schemas of the record kinds, generated from the same pydantic models the validator uses.

Editors get completion and hover help from them (``.vscode/settings.json`` maps each schema to
``data/<kind>/``); the open-data page publishes them. The output is deterministic: sorted keys,
UTF-8 text (``ensure_ascii=False``), two-space indent and a trailing newline, so the committed
files can be compared byte for byte with what the models generate.

Pydantic's automatic titles ("Award", "Position") and the English docstrings of nested models
are replaced by the Vietnamese titles and descriptions below; an unknown nested model keeps
no description rather than an English one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.models import KINDS
from generator.models.limits import limit_for
from generator.models.vocab import LABEL_TABLES

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_SUFFIX = ".schema.json"

# Top-level description of each kind (the title is the kind's Vietnamese label).
KIND_DESCRIPTIONS: dict[str, str] = {
    "plans": "Kế hoạch thi đua: toàn văn văn bản và các phần máy đọc được (chỉ tiêu, mốc thời gian, hình thức khen thưởng). Mỗi tệp data/plans/<mã>.yaml là một kế hoạch.",
    "units": "Đơn vị: Sở, đơn vị thuộc và trực thuộc Sở, Phòng Nội vụ cấp huyện… kèm thời gian tồn tại và đơn vị kế thừa. Mỗi tệp data/units/<mã>.yaml là một đơn vị.",
    "people": "Cá nhân, chỉ gồm những gì danh sách vinh danh công khai được đăng: họ tên, chức vụ, đơn vị, gương điển hình, ảnh có sự đồng ý. Không ghi ngày sinh, số định danh, điện thoại, địa chỉ, thư điện tử (Nghị định 13/2023/NĐ-CP). Mỗi tệp data/people/<mã>.yaml là một người.",
    "awards": "Hình thức khen thưởng hoặc danh hiệu thi đua mà quyết định và kế hoạch nhắc tới. Mỗi tệp data/awards/<mã>.yaml là một hình thức.",
    "decisions": "Quyết định khen thưởng: số, ký hiệu, ngày, cơ quan ban hành, người ký, các hình thức được trao và danh sách được khen; có thể đã bị thu hồi. Mỗi tệp data/decisions/<mã>.yaml là một quyết định.",
    "evaluations": "Kết quả đánh giá, xếp loại của một đơn vị trong một năm: xếp loại tập thể, số người theo từng mức xếp loại, số người vi phạm. Tệp data/evaluations/<mã đơn vị>-<năm>.yaml.",
    "announcements": "Phần front matter (giữa hai dòng ---) của một thông báo data/announcements/<mã>.md; nội dung Markdown nằm sau dòng --- thứ hai.",
}

# Titles and descriptions of the nested objects ($defs), by model class name.
DEF_TEXTS: dict[str, tuple[str, str]] = {
    "AwardGrant": ("Hình thức được trao", "Một hình thức khen thưởng hoặc danh hiệu, lời khen chung và danh sách được khen."),
    "AwardOffer": ("Hình thức khen thưởng của kế hoạch", "Mã hình thức trong data/awards và dòng nguyên văn của kế hoạch."),
    "Clause": ("Điểm", "Một điểm a), b)… của văn bản; chữ cái theo thứ tự tiếng Việt (a, b, c, d, đ, e)."),
    "Criteria": ("Tiêu chuẩn khen thưởng", "Tiêu chuẩn đối với tập thể và đối với cá nhân."),
    "DocumentRef": ("Văn bản", "Một văn bản khác: loại, số, ký hiệu, ngày, cơ quan ban hành, trích yếu."),
    "Dossier": ("Hồ sơ đề nghị khen thưởng", "Số bộ, thành phần hồ sơ, mẫu báo cáo thành tích và lưu ý."),
    "Exemplary": ("Gương điển hình", "Năm, lời biểu dương ngắn và thành tích tiêu biểu (Markdown)."),
    "Issuer": ("Cơ quan ban hành", "Tên cơ quan, dòng tên ở góc trái văn bản và cơ quan chủ quản."),
    "LegalBasis": ("Căn cứ", "Văn bản làm căn cứ và câu căn cứ nguyên văn."),
    "Milestone": ("Mốc thời gian", "Một mốc của kế hoạch; provisional: true khi ngày là dự kiến."),
    "NameOverride": ("Tách họ tên", "Chỉ dùng cho tên bị tách sai theo quy tắc từ đầu là họ, từ cuối là tên (họ kép như Âu Dương)."),
    "Period": ("Thời gian thực hiện", "Ngày bắt đầu, ngày kết thúc (hoặc sự kiện kết thúc) và câu nguyên văn."),
    "Photo": ("Ảnh", "Ảnh trong thư mục data/; chỉ được hiển thị khi consent: true."),
    "Recipient": ("Người, tập thể được khen", "Ghi đúng một trong ba: person (mã cá nhân), unit (mã đơn vị) hoặc name (tên như trên quyết định, kèm kind)."),
    "ReportTemplate": ("Mẫu báo cáo thành tích", "Mẫu số, phụ lục và văn bản ban hành mẫu."),
    "Responsibility": ("Trách nhiệm", "Trách nhiệm của một chủ thể trong tổ chức thực hiện."),
    "Section": ("Mục", "Một mục có số của văn bản; include đặt một khối có cấu trúc (chỉ tiêu, nhiệm vụ…) tại vị trí này."),
    "Signer": ("Người ký", "Khối chữ ký: 1 đến 3 dòng thẩm quyền, chức vụ (ví dụ KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC), rồi họ tên."),
    "StaffCounts": ("Số người theo mức xếp loại", "Số công chức, viên chức, người lao động theo từng mức xếp loại."),
    "Target": ("Chỉ tiêu", "Một chỉ tiêu đo được (hoặc định tính), được tính trên trang Tiến độ."),
}

# Vocabularies whose codes get a Vietnamese label in editors' completion lists.
_LABELS: tuple[dict[str, str], ...] = tuple(LABEL_TABLES.values())

# Fields that are not written in the file's YAML (the announcement body follows the front matter).
_NOT_IN_YAML: dict[str, tuple[str, ...]] = {"announcements": ("body",)}


def schema_filename(kind: str) -> str:
    return f"{kind}{SCHEMA_SUFFIX}"


def _clean(node: Any) -> Any:
    """Drop pydantic's English auto-titles; keep property *names* called ``title``."""
    if isinstance(node, list):
        return [_clean(item) for item in node]
    if not isinstance(node, dict):
        return node
    cleaned: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            cleaned[key] = {name: _with_limit(_clean(sub), limit_for(name)) for name, sub in value.items()}
        elif key == "$defs":
            cleaned[key] = {name: _clean(sub) for name, sub in value.items()}
        elif key != "title":
            cleaned[key] = _clean(value)
    enum = cleaned.get("enum")
    if isinstance(enum, list):
        for labels in _LABELS:
            if set(enum) == set(labels):
                cleaned["enumDescriptions"] = [labels[code] for code in enum]
    return cleaned


def _with_limit(node: Any, limit: int) -> Any:
    """The validator's length limit as ``maxLength`` on a property's free-text string schemas."""
    if isinstance(node, dict):
        if node.get("type") == "string" and "enum" not in node and "pattern" not in node:
            return {**node, "maxLength": limit}
        return {key: _with_limit(value, limit) if key in ("anyOf", "items") else value for key, value in node.items()}
    if isinstance(node, list):
        return [_with_limit(item, limit) for item in node]
    return node


def kind_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one record kind (a ``data/`` folder name)."""
    info = KINDS[kind]
    schema: dict[str, Any] = _clean(info.model.model_json_schema())
    for name in _NOT_IN_YAML.get(kind, ()):
        schema["properties"].pop(name, None)
        if name in schema.get("required", []):
            schema["required"] = [r for r in schema["required"] if r != name]
    if not schema.get("required", True):
        del schema["required"]
    for def_name, definition in schema.get("$defs", {}).items():
        definition.pop("description", None)  # the model's English docstring
        if def_name in DEF_TEXTS:
            definition["title"], definition["description"] = DEF_TEXTS[def_name]
    schema["$schema"] = DRAFT
    schema["$id"] = schema_filename(kind)
    schema["title"] = info.label_vi[:1].upper() + info.label_vi[1:]
    schema["description"] = KIND_DESCRIPTIONS.get(kind, f"Bản ghi loại {info.label_vi} trong data/{kind}/.")
    return schema


def render_schema(kind: str) -> str:
    """The exact text written for ``kind``: sorted keys, UTF-8, trailing newline."""
    return json.dumps(kind_schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write one ``<kind>.schema.json`` per record kind into ``out_dir``; return the paths, sorted."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for kind in sorted(KINDS):
        path = out_dir / schema_filename(kind)
        text = render_schema(kind)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written
