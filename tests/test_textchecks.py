"""Text checks: legacy-font mojibake, NFC, control characters; and the no-traceback guard."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import SEED

from generator.models.limits import DEFAULT_LIMIT, FIELD_LIMITS, limit_for
from generator.validate import records as validate
from generator.validate.textchecks import check_text, looks_like_mojibake


@pytest.mark.parametrize(
    "text",
    [
        "Céng hßa x· héi chñ nghÜa ViÖt Nam",  # TCVN3 (ABC) read as Latin-1
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",  # VNI read as Latin-1
        "Së Néi vô tØnh Sãc Tr¨ng",
    ],
)
def test_legacy_font_text_is_flagged(text: str) -> None:
    assert looks_like_mojibake(text)
    assert [code for code, _ in check_text(text)[1]] == ["mojibake"]


def test_the_whole_seed_plan_is_not_flagged() -> None:
    text = SEED.read_text(encoding="utf-8")
    flagged = [line for line in text.splitlines() if looks_like_mojibake(line)]
    assert flagged == []


@pytest.mark.parametrize("text", ["Müller", "Đảng Cộng sản Việt Nam", "18,2 % – 28/8/2025", "Nguyễn Thị Ánh Tuyết"])
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert looks_like_mojibake(text) is None


def test_nfd_text_is_normalised_with_a_finding() -> None:
    nfd = unicodedata.normalize("NFD", "Phước Đức")
    text, findings = check_text(nfd)
    assert text == "Phước Đức" and unicodedata.is_normalized("NFC", text)
    assert findings == [("not_nfc", {})]


def test_control_characters_are_named() -> None:
    _, findings = check_text("Sở\x07Nội vụ")
    assert findings == [("control_character", {"codepoint": "0007"})]
    assert check_text("dòng 1\ndòng 2\ttab")[1] == []


def test_a_bug_in_a_check_is_reported_against_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Our own mistakes must not end in a traceback either: the editor still gets file:line."""
    (tmp_path / "units").mkdir()
    (tmp_path / "units" / "so.yaml").write_text("name: Sở\nkind: so\n", encoding="utf-8")

    def broken(*args: object) -> None:
        raise KeyError("lỗi lập trình")

    monkeypatch.setattr(validate, "_validate_record", broken)
    _, report = validate.load_and_validate(tmp_path)
    assert [(d.code, d.file.endswith("units/so.yaml"), d.line) for d in report.errors] == [("internal_error", True, 1)]
    assert "KeyError" in report.errors[0].message()


BIDI_AND_ZERO_WIDTH = [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]


@pytest.mark.parametrize("codepoint", BIDI_AND_ZERO_WIDTH)
def test_invisible_characters_in_names_are_errors_with_the_code_point_named(codepoint: int) -> None:
    char = chr(codepoint)
    text, findings = check_text(f"Trần {char}Văn Tám", "name")
    assert findings == [("invisible_in_name", {"codepoint": f"{codepoint:04X}", "char_name": unicodedata.name(char)})]
    assert char in text, "kept: the build stops and the editor fixes the file"
    assert check_text(f"Kế hoạch{char} thi đua", "title")[1][0][0] == "invisible_in_name"


@pytest.mark.parametrize("codepoint", BIDI_AND_ZERO_WIDTH)
def test_invisible_characters_elsewhere_warn_and_are_removed(codepoint: int) -> None:
    text, findings = check_text(f"Chuyên{chr(codepoint)} viên", "position")
    assert [code for code, _ in findings] == ["invisible_character"]
    assert text == "Chuyên viên"


def test_right_to_left_override_is_named_as_unicode_names_it() -> None:
    _, findings = check_text("Trần \u202eVăn Tám", "name")
    params = findings[0][1]
    assert f"U+{params['codepoint']} {params['char_name']}" == "U+202E RIGHT-TO-LEFT OVERRIDE"


def test_vietnamese_letters_and_typography_are_not_invisible() -> None:
    for text in ("Nguyễn Thị Ánh Tuyết", "18,2 % – 28/8/2025", "“Sở Nội vụ”", "Âu Dương Khôi"):
        assert check_text(text, "name")[1] == []


@pytest.mark.parametrize(("field", "limit"), [("name", 150), ("title", 500), ("position", 200), ("body", 50_000), ("levels", 100), ("other", 1000)])
def test_every_text_field_has_its_length_limit(field: str, limit: int) -> None:
    assert limit_for(field) == limit
    assert check_text("a" * limit, field)[1] == []
    assert check_text("a" * (limit + 1), field)[1] == [("text_too_long", {"length": str(limit + 1), "max": str(limit)})]


def test_length_is_counted_in_characters_after_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Ứ" * 150)  # 300 code points before NFC
    assert [code for code, _ in check_text(nfd, "name")[1]] == ["not_nfc"]


def test_a_240_kb_position_is_refused_with_file_and_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "people").mkdir(parents=True)
    (data / "people" / "tran-van-tam.yaml").write_text("name: Trần Văn Tám\nposition: " + "x" * 240_000 + "\n", encoding="utf-8")
    _, report = validate.load_and_validate(data)
    (finding,) = report.errors
    assert (finding.line, finding.field, finding.code) == (2, "position", "text_too_long")
    assert "240000 ký tự, tối đa 200" in finding.render()


def test_the_json_schemas_carry_the_same_limits() -> None:
    from generator.editor.schema import kind_schema

    people = kind_schema("people")["properties"]
    assert people["name"]["maxLength"] == FIELD_LIMITS["name"]
    assert people["position"]["anyOf"][0]["maxLength"] == FIELD_LIMITS["position"]
    announcements = kind_schema("announcements")["properties"]
    assert announcements["summary"]["maxLength"] == FIELD_LIMITS["summary"]


def test_the_editors_guide_lists_every_length_limit() -> None:
    from conftest import ROOT

    guide = (ROOT / "site_src" / "docs" / "huong-dan" / "index.md").read_text(encoding="utf-8")
    listed: dict[str, int] = {}
    for fields, limit in re.findall(r"^\| (`[^|]+) \| ([\d.]+) \|$", guide, re.MULTILINE):
        for field in re.findall(r"`(\w+)`", fields):
            listed[field] = int(limit.replace(".", ""))
    assert listed == FIELD_LIMITS
    assert f"| mọi trường chữ khác | {DEFAULT_LIMIT:,} |".replace(",", ".") in guide
