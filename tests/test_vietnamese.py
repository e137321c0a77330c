"""Vietnamese alphabetical order, diacritic folding, slugs, names and numbers."""

from __future__ import annotations

import random
import unicodedata

import pytest

from generator.vietnamese import (
    NameParts,
    collation_key,
    count_2,
    fold,
    slugify,
    vn_number,
    vn_percent,
    words_key,
)


def vn_sorted(words: list[str]) -> list[str]:
    shuffled = words[:]
    random.Random(4).shuffle(shuffled)
    return sorted(shuffled, key=collation_key)


def test_d_stroke_sorts_after_d() -> None:
    assert vn_sorted(["Đức", "Dung", "Đào", "Diệp", "Em"]) == ["Diệp", "Dung", "Đào", "Đức", "Em"]


def test_u_horn_sorts_after_u() -> None:
    assert vn_sorted(["Ưng", "Uyên", "Ước", "Út", "Vân"]) == ["Út", "Uyên", "Ưng", "Ước", "Vân"]


def test_vowel_letters_follow_the_alphabet() -> None:
    assert vn_sorted(["ô", "ơ", "o", "â", "ă", "a", "ê", "e"]) == ["a", "ă", "â", "e", "ê", "o", "ô", "ơ"]
    assert vn_sorted(["Ân", "Anh", "Ăn", "An", "Ánh"]) == ["An", "Anh", "Ánh", "Ăn", "Ân"]


def test_tones_break_ties_in_order_none_huyen_hoi_nga_sac_nang() -> None:
    assert vn_sorted(["ạ", "á", "ã", "ả", "à", "a"]) == ["a", "à", "ả", "ã", "á", "ạ"]
    assert vn_sorted(["mạ", "má", "mã", "mả", "mà", "ma"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_letters_before_tones() -> None:
    """Tones only break ties: "Ánh" < "Bình" though U+00C1 > "B"; "ba" < "bà" < "bác"."""
    assert vn_sorted(["bác", "bà", "ba", "Bình", "Ánh"]) == ["Ánh", "ba", "bà", "bác", "Bình"]


def test_code_point_order_would_be_wrong() -> None:
    words = ["Đức", "Dung", "Ưng", "Vân"]
    assert sorted(words) != vn_sorted(words)  # Đ and Ư sort after Z by code point


def test_nfd_input_sorts_like_nfc() -> None:
    assert collation_key(unicodedata.normalize("NFD", "Phước")) == collation_key("Phước")


def test_words_key_compares_word_by_word() -> None:
    assert words_key(["An"]) < words_key(["Anh"]) < words_key(["Ánh"]) < words_key(["Ba"])


def test_names_sort_by_given_then_middle_then_family() -> None:
    names = ["Nguyễn Văn An", "Trần Thị An", "Lê Văn Bình", "Nguyễn An", "Đặng Thị Ánh", "Âu Dương Anh", "Phạm Thị Đào", "Bùi Văn Dũng"]
    ordered = sorted(names, key=lambda n: NameParts.split(n).sort_key())
    assert ordered == ["Nguyễn An", "Trần Thị An", "Nguyễn Văn An", "Âu Dương Anh", "Đặng Thị Ánh", "Lê Văn Bình", "Bùi Văn Dũng", "Phạm Thị Đào"]


def test_names_sort_by_family_on_request() -> None:
    names = ["Nguyễn Văn An", "Đặng Thị Ánh", "Âu Dương Anh", "Dương Văn Bé"]
    ordered = sorted(names, key=lambda n: NameParts.split(n).sort_key("family"))
    assert ordered == ["Âu Dương Anh", "Dương Văn Bé", "Đặng Thị Ánh", "Nguyễn Văn An"]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Nguyễn Văn An", ("Nguyễn", "Văn", "An")),
        ("Tôn Nữ Thị Thu Hà", ("Tôn", "Nữ Thị Thu", "Hà")),
        ("Lê An", ("Lê", "", "An")),
        ("Mỹ", ("", "", "Mỹ")),
        ("  Trần   Thị   Bình ", ("Trần", "Thị", "Bình")),
    ],
)
def test_name_split(name: str, parts: tuple[str, str, str]) -> None:
    split = NameParts.split(name)
    assert (split.family, split.middle, split.given) == parts


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Phước", "phuoc"), ("Đức", "duc"), ("PHƯỚC", "phuoc"), ("đặng", "dang"), ("Nguyễn Thị Ánh", "nguyen thi anh"), ("Ỷ Lan", "y lan"), ("Sóc Trăng", "soc trang")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Nguyễn Văn Ân", "nguyen-van-an"),
        ("Phòng Nội vụ huyện Kế Sách", "phong-noi-vu-huyen-ke-sach"),
        ("  Sở Nội vụ -- tỉnh Sóc Trăng! ", "so-noi-vu-tinh-soc-trang"),
        ("Quyết định 125/QĐ-SNV", "quyet-dinh-125-qd-snv"),
        ("Đợt 1", "dot-1"),
        ("!!!", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(1234567, 0, "1.234.567"), (1234.5, 1, "1.234,5"), (0, 0, "0"), (-0.5, 1, "-0,5"), (2.25, 1, "2,3"), (999.96, 1, "1.000,0")],
)
def test_vn_number(value: float, decimals: int, text: str) -> None:
    assert vn_number(value, decimals) == text


@pytest.mark.parametrize(("value", "text"), [(18.18, "18,2 %"), (20.0, "20 %"), (100, "100 %"), (70, "70 %"), (33.333, "33,3 %"), (0.05, "0,1 %")])
def test_vn_percent(value: float, text: str) -> None:
    result = vn_percent(value)
    assert result == text.replace(" ", "\u00a0")  # a non-breaking space keeps "%" with its number


def test_count_2() -> None:
    assert [count_2(n) for n in (6, 9, 12, 100)] == ["06", "09", "12", "100"]
