"""Our Vietnamese order against ICU's own (PyICU, CLDR ``vi``): names, units, collectives, awards,
people in both name orders, and random strings of the characters names are written with."""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.derive.people import sort_people
from generator.models import Person
from generator.synth import FAMILY_NAMES, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE
from generator.vietnamese import PUNCTUATION, NameParts, collation_key

try:
    import icu
except ImportError:  # pragma: no cover - the test extra installs PyICU
    if os.environ.get("CI"):
        raise
    pytest.skip("PyICU not installed (pip install -e '.[test]' needs Debian libicu-dev, pkg-config)", allow_module_level=True)

COLLATOR = icu.Collator.createInstance(icu.Locale("vi"))


def icu_sorted(texts: list[str]) -> list[str]:
    return sorted(texts, key=lambda text: (COLLATOR.getSortKey(text), text))


def our_sorted(texts: list[str]) -> list[str]:
    return sorted(texts, key=lambda text: (collation_key(text), text))


def _names(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    families = [family for family, _ in FAMILY_NAMES]
    names: set[str] = set()
    while len(names) < count:
        female = rng.random() < 0.5
        middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
        given_name = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        names.add(f"{rng.choice(families)} {middle} {given_name}")
    return sorted(names)


# Pairs the old key got wrong, and the traps of Vietnamese order: tones against letters, spaces
# against letters, đ, ư, ơ, compound family names, digits, case.
TRAPS = [
    "Ôn Ngọc Hạ", "Ông Đức Hùng", "An", "Anh", "Ánh", "Ân", "Ấn", "Ăn", "Lê Văn An", "Lê Văn Ân", "Lễ Văn An",
    "Đào Thị Lan", "Dương Thị Lan", "Du Thị Lan", "Ưng Văn Tư", "Ung Văn Tư", "Ơn Thị Bé", "Ôn Thị Bé", "On Thị Bé",
    "Âu Dương Khôi", "Âu Văn Khôi", "Tôn Nữ Thị Hà", "Tôn Thất Hùng", "Nguyễn Văn An", "NGUYỄN VĂN AN", "nguyễn văn an",
    "Phòng Nội vụ huyện Kế Sách", "Phòng Nội vụ huyện Cù Lao Dung", "Phòng Nội vụ thị xã Vĩnh Châu",
    "Phòng Nội vụ thành phố Sóc Trăng", "Trường THCS Nguyễn Du", "Trường THCS (Nguyễn Du)", "Tổ 1", "Tổ 10", "Tổ 2",
    "Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Bộ trưởng Bộ Nội vụ", "Giấy khen của Giám đốc Sở Nội vụ",
    "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cấp tỉnh", "Lao động tiên tiến", "Tập thể lao động xuất sắc",
    "Văn phòng Sở", "Văn phòng Sở Nội vụ", "Thanh tra Sở", "Sở Nội vụ tỉnh Sóc Trăng", "Sở Nội vụ thành phố Cần Thơ",
    "Lê-Văn Tám", "Lê Văn Tám", "Mai Anh Đào", "Mai Ánh Đào", "Mai Anh Dao",
]


def test_at_least_150_names_in_icu_order() -> None:
    names = _names(200, seed=14) + TRAPS
    assert len(set(names)) >= 150
    assert our_sorted(names) == icu_sorted(names)


def test_the_issue_pair_space_before_letters() -> None:
    assert our_sorted(["Ông Đức Hùng", "Ôn Ngọc Hạ"]) == ["Ôn Ngọc Hạ", "Ông Đức Hùng"] == icu_sorted(["Ông Đức Hùng", "Ôn Ngọc Hạ"])


@pytest.mark.parametrize("order", ["given", "family"])
def test_people_in_both_name_orders(order: str) -> None:
    """given: "tên đệm họ" compared as ICU compares it; family: the name as written."""
    names = _names(160, seed=2025) + [n for n in TRAPS if len(n.split()) >= 3 and n.split()[0][0].isupper()]
    people = {f"p{i}": Person(name=name) for i, name in enumerate(names)}

    def as_compared(name: str) -> str:
        parts = NameParts.split(name)
        words = (parts.given, parts.middle, parts.family) if order == "given" else (parts.family, parts.middle, parts.given)
        return " ".join(w for w in words if w)

    ours = [people[pid].name for pid in sort_people(people, people, order)]
    expected = sorted(names, key=lambda name: (COLLATOR.getSortKey(as_compared(name)), COLLATOR.getSortKey(name), name))
    assert ours == expected


def test_every_listed_punctuation_mark_is_where_icu_puts_it() -> None:
    marks = list(PUNCTUATION)
    shuffled = random.Random(1).sample(marks, len(marks))
    assert our_sorted(shuffled) == icu_sorted(shuffled) == marks
    assert our_sorted(["a", "1", " ", "-", "Z", "đ"]) == icu_sorted(["a", "1", " ", "-", "Z", "đ"])


NAME_CHARS = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxy") + list("AĂÂĐÊÔƠƯ") + list("àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
    + list("ÀÁẠỨỰỄ") + list(" -.,()'") + list("0129")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(NAME_CHARS, min_size=1, max_size=12), min_size=2, max_size=6, unique=True))
def test_random_strings_of_name_characters(texts: list[str]) -> None:
    assert our_sorted(texts) == icu_sorted(texts)


@pytest.mark.parametrize(
    ("order", "said"),
    [("given", "xếp theo thứ tự chữ cái tiếng Việt của tên, tên đệm rồi họ"), ("family", "của họ và tên như được viết: họ, tên đệm rồi tên")],
)
def test_the_honor_roll_says_the_order_it_uses(order: str, said: str) -> None:
    from conftest import RECORDS_FIXTURE

    from generator.options import Options
    from generator.pipeline import generate

    generation = generate(Options(data_dir=RECORDS_FIXTURE, name_order=order))  # type: ignore[arg-type]
    year_pages = [str(text) for src, text in generation.pages.items() if src.startswith("vinh-danh/2025/")]
    assert year_pages and all(said in text for text in year_pages)
    other = "của tên, tên đệm rồi họ" if order == "family" else "họ, tên đệm rồi tên"
    assert not any(other in text for text in year_pages)
