"""TCVN3 / VNI tables against GNU libc's converter and real text; detection shared with the validator."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from conftest import SEED

from generator.legacy_fonts import TCVN3, VNI, convert, decode_vni, is_syllable, looks_like_mojibake
from generator.validate.textchecks import check_text

VOWELS = "aăâeêioôơuưy"
TONES = "\u0300\u0301\u0309\u0303\u0323"
LOWER = {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} | set(VOWELS) | {"đ"}
needs_iconv = pytest.mark.skipif(shutil.which("iconv") is None, reason="GNU iconv not installed")


def iconv(data: bytes, source: str, target: str) -> bytes:
    return subprocess.run(["iconv", "-f", source, "-t", target], input=data, capture_output=True, check=True).stdout


@needs_iconv
def test_tcvn3_table_agrees_with_glibc() -> None:
    """Every code of the table decodes as glibc's TCVN5712-1 decodes that byte (VN3 ⊂ VN1 there)."""
    codes = sorted(TCVN3)
    decoded = iconv(bytes(ord(c) for c in codes), "TCVN5712-1", "UTF-8").decode()
    assert dict(zip(codes, decoded, strict=True)) == TCVN3


def test_tables_cover_every_vietnamese_letter() -> None:
    tcvn3_letters = set(TCVN3.values())
    assert LOWER - set("aeiouy") <= tcvn3_letters  # plain a e i o u y are ASCII
    assert {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"} <= tcvn3_letters
    vni_letters = set(VNI.values()) | set("íìÍÌ")  # VNI writes í, ì as the Latin-1 letters themselves
    assert (LOWER - set("aeiouy")) | {c.upper() for c in LOWER - set("aeiouy")} <= vni_letters


@pytest.mark.parametrize(
    ("legacy", "unicode", "encoding"),
    [
        ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "TCVN3"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc", "TCVN3"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "VNI"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc", "VNI"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VNI"),
        ("I. TËP THÓ", "I. TẬP THỂ", "TCVN3"),  # typed in .VnTimeH, read without its font
        ("Tr\xadëng phßng", "Trưởng phòng", "TCVN3"),  # ư is the soft hyphen code
    ],
)
def test_known_legacy_strings_convert(legacy: str, unicode: str, encoding: str) -> None:
    result = convert(legacy)
    assert result is not None and (result.encoding, result.text) == (encoding, unicode)


def test_font_name_decides_and_capital_fonts_give_capitals() -> None:
    assert convert("TËp thÓ", ".VnTimeH") is not None and convert("TËp thÓ", ".VnTimeH").text == "TẬP THỂ"  # type: ignore[union-attr]
    assert convert("Lª", ".VnTime").text == "Lê"  # type: ignore[union-attr]
    assert convert("Vaân", "VNI-Times").text == "Vân"  # type: ignore[union-attr]
    assert decode_vni("Ñaø Naüng") == "Đà Nẵng"


@pytest.mark.parametrize("text", ["Müller", "Trà Vinh", "Nguyễn Thị Ánh Tuyết", "18,2 % – 28/8/2025", "Café", "UBND"])
def test_unicode_and_foreign_text_is_left_alone(text: str) -> None:
    assert convert(text) is None


@needs_iconv
def test_the_seed_plan_round_trips_through_tcvn3() -> None:
    """Each line of the real plan, written by glibc in TCVN3, converts back to the same line.

    Lines with capital toned letters are left out: TCVN3's text fonts have none (they are
    typed in the matching "H" capitals font), and glibc writes them with VN1-only codes.
    """
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip() and not line.isascii()]
    checked = 0
    for line in lines:
        assert convert(line) is None, line  # already Unicode: never "converted"
        try:
            encoded = iconv(line.encode(), "UTF-8", "TCVN5712-1").decode("latin-1")
        except subprocess.CalledProcessError:
            continue  # a character TCVN 5712 cannot hold (… “ ” –)
        if any(ord(c) < 0x20 or 0x80 <= ord(c) < 0xA0 or (c in "¯ºÀÁÂÃÄÅÍÙÚÛàðÿ" and c not in line) for c in encoded):
            continue  # a capital toned letter: VN1 code, not in VN3
        result = convert(encoded)
        if result is None:  # reads as Vietnamese as it is ("Sè"): decided by the rest of its column
            words = [w for w in re.findall(r"[^\W\d_]{2,}", encoded) if not w.isascii() and not (w.isupper() and len(w) <= 4)]
            assert all(is_syllable(word) for word in words), encoded
            result = convert(encoded, assume="TCVN3")
        assert result is not None and result.text == line, (line, encoded, result)
        # what converts is also what the validator reports as mojibake (one shared table)
        if looks_like_mojibake(encoded) and convert(encoded) is not None:
            (finding,) = check_text(encoded)[1]
            assert finding == ("mojibake_convertible", {"sample": finding[1]["sample"], "encoding": "TCVN3", "unicode": line[:80]})
        checked += 1
    assert checked > 50


def test_every_legacy_code_that_is_no_vietnamese_letter_is_flagged_by_the_validator() -> None:
    """The validator's list of foreign characters and the conversion tables are one knowledge."""
    from generator.legacy_fonts import FOREIGN_LATIN1

    letters = LOWER | {c.upper() for c in LOWER}
    codes = set(TCVN3) | {c for sequence in VNI for c in sequence}
    unflagged = {c for c in codes if not c.isascii() and c not in letters and c not in FOREIGN_LATIN1}
    assert unflagged == {"\xad"}  # TCVN3's ư: invisible, so never the only sign of legacy text
