"""Text checks: legacy-font mojibake, NFC, control characters; and the no-traceback guard."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import SEED

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
    assert [code for code, _ in check_text(text)[1]] == ["mojibake_convertible"]  # and the Unicode text is offered


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
