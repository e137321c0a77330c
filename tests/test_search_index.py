"""The search index stays small enough for a phone: lists repeated from records are left out.

Material's search downloads ``search/search_index.json`` whole and indexes it in the
browser. At 10,000 people the honour lists of person, decision, unit and honor-roll pages
made it ~24 MB (see benchmarks/README.md); those sections carry ``data-search-exclude``, so a
person is found by the title of their own page, a decision by its number and subject.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

from generator.validate.records import load_and_validate


@pytest.fixture(scope="module")
def index(built_site: Path) -> list[dict[str, str]]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_every_person_is_found_by_name(index: list[dict[str, str]]) -> None:
    dataset, _ = load_and_validate(ROOT / "data")
    titles = {doc["title"] for doc in index}
    assert dataset.people, "the bundled data has people"
    missing = [p.name for p in dataset.people.values() if p.name not in titles]
    assert missing == []


def test_honour_lists_are_not_indexed(index: list[dict[str, str]]) -> None:
    dataset, _ = load_and_validate(ROOT / "data")
    award_names = {a.name for a in dataset.awards.values()}
    for doc in index:
        section = doc["location"].split("/", 1)[0]
        if section in ("ca-nhan", "guong-dien-hinh", "quyet-dinh", "don-vi", "vinh-danh") and "#" in doc["location"]:
            assert doc["title"] not in award_names | {"Khen thưởng đã nhận", "Khen thưởng của tập thể", "Cá nhân"}, doc["location"]
        if section in ("ca-nhan", "quyet-dinh"):
            # a recipient list would bring other people's names into this page's entry
            others = [p.name for pid, p in dataset.people.items() if pid not in doc["location"] and p.name in doc["text"]]
            assert others == [], (doc["location"], others[:5])


def test_breadcrumbs_and_sample_notices_are_not_indexed(index: list[dict[str, str]]) -> None:
    for doc in index:
        assert "Trang chủ ›" not in doc["text"], doc["location"]
        assert "hư cấu, dùng để minh họa hệ thống" not in doc["text"], doc["location"]
