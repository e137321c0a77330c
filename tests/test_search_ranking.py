"""The site-wide index after ranking (generator/write/search_index.py), words kept apart
(generator/write/word_gaps.py) and the look-up index (generator/derive/lookup.py), on the built site."""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT

from generator.derive.honours import collect_honours
from generator.derive.lookup import SHARD_SIZE, build_lookup, words
from generator.render.pages.lookup import files
from generator.validate.records import load_and_validate
from generator.write.word_gaps import separate_words


@pytest.fixture(scope="module")
def docs(built_site: Path) -> list[dict[str, object]]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@pytest.fixture(scope="module")
def dataset():  # type: ignore[no-untyped-def]
    ds, _ = load_and_validate(ROOT / "data")
    return ds


def by_location(docs: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(d["location"]): d for d in docs}


# --- words of adjacent elements ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<dt>Chức vụ</dt><dd>Trưởng phòng</dd>", "<dt>Chức vụ</dt> <dd>Trưởng phòng</dd>"),
        ("dữ liệu mẫu</span><span>ngày", "dữ liệu mẫu</span> <span>ngày"),
        ("2025)</span><br><span class=x>Đã", "2025)</span> <br><span class=x>Đã"),
        ("<b>Ph</b>ước", "<b>Ph</b>ước"),  # formatting inside a word stays
        ("a <span>b</span> c", "a <span>b</span> c"),  # already apart
        ("<pre>a</span><span>b</pre>", "<pre>a</span><span>b</pre>"),  # verbatim
        ('<script>x="</b><i>"</script>', '<script>x="</b><i>"</script>'),
    ],
)
def test_separate_words(html: str, expected: str) -> None:
    assert separate_words(html) == expected


class _Glue(HTMLParser):
    """Text nodes of an article that only tags (not word formatting) separate from the previous one."""

    INLINE = frozenset({"b", "strong", "i", "em", "mark", "u", "s", "small", "sub", "sup", "abbr", "code", "kbd", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.last = ""
        self.tags: list[str] = []
        self.skip = 0
        self.glued: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("script", "style")
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style")
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        if not data.strip():
            self.last, self.tags = " ", []
            return
        if self.last[-1:].isalnum() and data[:1].isalnum() and any(t not in self.INLINE for t in self.tags):
            self.glued.append(self.last[-15:] + "|" + data[:15])
        self.last, self.tags = data, []


def test_no_page_glues_words_across_elements(built_site: Path) -> None:
    """What a text extractor (the search index, a screen reader's text, copy and paste) reads."""
    glued = {}
    for path in built_site.rglob("index.html"):
        article = re.search(r"<article.*?</article>", path.read_text(encoding="utf-8"), re.DOTALL)
        if article:
            parser = _Glue()
            parser.feed(article.group(0))
            if parser.glued:
                glued[str(path.relative_to(built_site))] = parser.glued[:3]
    assert glued == {}


def test_index_text_has_no_glued_words(docs: list[dict[str, object]]) -> None:
    text = " ".join(str(d["text"]) for d in docs)
    for glued in ("mẫungày", "phòngPhòng", "2025Chức", "vụTrưởng"):
        assert glued not in text


# --- ranking ------------------------------------------------------------------------------------------


def test_every_entry_has_a_boost_by_page_kind(docs: list[dict[str, object]]) -> None:
    index = by_location(docs)
    assert all(isinstance(d.get("boost"), float) for d in docs)
    assert index["ca-nhan/au-duong-minh-khoi/"]["boost"] > index["quyet-dinh/qd-125-snv-2025/"]["boost"]
    assert index["quyet-dinh/qd-125-snv-2025/"]["boost"] > index["quyet-dinh/qd-131-snv-2025/"]["boost"]  # revoked
    assert index["quyet-dinh/qd-131-snv-2025/"]["boost"] >= index["thong-bao/2025-08-29-le-ky-niem-80-nam/"]["boost"]
    assert index["thong-bao/2025-08-29-le-ky-niem-80-nam/"]["boost"] > index["thong-bao/"]["boost"] > index[""]["boost"]


def test_one_entry_per_person_with_position_and_unit(docs: list[dict[str, object]], dataset) -> None:  # type: ignore[no-untyped-def]
    plain = {f"ca-nhan/{pid}/" for pid, person in dataset.people.items() if not person.exemplary}
    pages = Counter(str(d["location"]).split("#")[0] for d in docs if str(d["location"]).split("#")[0] in plain)
    assert pages and set(pages.values()) == {1}  # an exemplary person's page also has its achievements' sections
    index = by_location(docs)
    for person_id, person in dataset.people.items():
        entry = index["ca-nhan/" + person_id + "/"]  # one permanent address, exemplary or not
        assert entry["title"] == person.name
        if person.position:
            assert str(entry["text"]).startswith("<p>" + person.position + " · ")


def test_namesakes_are_told_apart(docs: list[dict[str, object]]) -> None:
    index = by_location(docs)
    a, b = index["ca-nhan/nguyen-van-an/"], index["ca-nhan/nguyen-van-an-ke-sach/"]
    assert str(a["text"]).split("</p>")[0] != str(b["text"]).split("</p>")[0]
    assert "Kế Sách" in str(b["text"]).split("</p>")[0]


def test_decisions_carry_number_subject_and_revocation(docs: list[dict[str, object]], dataset) -> None:  # type: ignore[no-untyped-def]
    index = by_location(docs)
    for decision_id, decision in dataset.decisions.items():
        entry = index[f"quyet-dinh/{decision_id}/"]
        assert entry["tags"] == [decision.number]
        assert str(entry["title"]).startswith(f"Quyết định số {decision.code}: {decision.title}")
        assert str(entry["title"]).endswith("(đã thu hồi)") == (decision.status == "revoked")


def test_honor_roll_pages_have_a_summary(docs: list[dict[str, object]]) -> None:
    entry = by_location(docs)["vinh-danh/2025/"]
    assert "Bằng khen của Thủ tướng Chính phủ:" in str(entry["text"]) and "lượt" in str(entry["text"])


def test_refine_is_idempotent(docs: list[dict[str, object]], built_site: Path, dataset) -> None:  # type: ignore[no-untyped-def]
    from generator.write import search_index

    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    from generator.derive import derive
    from generator.options import Options

    site = derive(dataset, Options(data_dir=ROOT / "data", site_src=ROOT / "site_src"))
    assert search_index.refine(index, search_index.rankings(site)) == index


# --- look-up index -----------------------------------------------------------------------------------


def test_lookup_lists_every_issued_honour_under_each_name_word(dataset) -> None:  # type: ignore[no-untyped-def]
    honours = collect_honours(dataset)
    index = build_lookup(dataset, honours)
    issued = Counter((h.display_name, h.decision.code, h.award.name) for h in honours if not h.revoked)
    revoked = {h.decision.code for h in honours if h.revoked}
    assert revoked, "the bundled data has a revoked decision"
    for key, shards in index.shards.items():
        assert all(0 < len(shard) <= SHARD_SIZE for shard in shards)
        for shard in shards:
            for recipient in shard:
                assert key in words(recipient.name)
    seen: Counter[tuple[str, str, str]] = Counter()
    for recipient in {r for shards in index.shards.values() for shard in shards for r in shard}:
        for h in recipient.honours:
            assert h.decision_code not in revoked
            seen[(recipient.name, h.decision_code, index.awards[h.award])] += 1
    assert seen == issued


def test_lookup_files_are_small_versioned_and_deterministic(dataset) -> None:  # type: ignore[no-untyped-def]
    honours = collect_honours(dataset)
    first = files(build_lookup(dataset, honours))
    assert first == files(build_lookup(dataset, honours))
    manifest = json.loads(first["tra-cuu/chi-muc/khoa.json"])
    assert manifest["v"] == 1 and manifest["awards"]
    for key, (count, stem, versions) in manifest["keys"].items():
        shards = [json.loads(first[f"tra-cuu/chi-muc/{stem}.{n}.json"]) for n in range(1, len(versions) + 1)]
        assert sum(len(s["r"]) for s in shards) == count, key
        assert re.fullmatch(r"[a-z0-9]+", stem)


def test_lookup_shards_are_bounded_at_scale(tmp_path: Path) -> None:
    """1,000 synthetic people, shards of 50: none holds more; a common surname is split, in order."""
    from conftest import run_thiduua

    data = tmp_path / "data"
    assert run_thiduua("synth", "--people", "1000", "--out", data).returncode == 0
    ds, _ = load_and_validate(data)
    index = build_lookup(ds, collect_honours(ds), shard_size=50)
    assert max(len(s) for shards in index.shards.values() for s in shards) <= 50
    biggest = max(index.shards.values(), key=lambda shards: sum(len(s) for s in shards))
    assert sum(len(s) for s in biggest) > 100 and len(biggest) >= 3
    assert biggest == tuple(tuple(biggest_all[i : i + 50]) for biggest_all in [[r for s in biggest for r in s]] for i in range(0, len(biggest_all), 50))


def test_lookup_page_is_built(built_site: Path) -> None:
    page = (built_site / "tra-cuu" / "index.html").read_text(encoding="utf-8")
    assert "<h1" in page and "Tra cứu khen thưởng" in page
    assert re.search(r'data-index="chi-muc/khoa\.json\?v=[0-9a-f]{10}"', page)
    assert 'src="../assets/javascripts/lookup.js"' in page
    assert (built_site / "assets" / "javascripts" / "lookup.js").is_file()
    assert (built_site / "tra-cuu" / "chi-muc" / "khoa.json").is_file()


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """10,000 synthetic people (``thiduua synth``): their data and look-up files."""
    from conftest import run_thiduua

    data = tmp_path_factory.mktemp("lookup10k") / "data"
    assert run_thiduua("synth", "--people", "10000", "--out", data).returncode == 0
    ds, _ = load_and_validate(data)
    index = build_lookup(ds, collect_honours(ds))
    return ds, index, files(index)


FULL_NAME_FILES = 4
"""As lookup.js: a query of several words reads this many shards of its rarest word at first."""


def test_lookup_first_answer_is_bounded_and_complete_at_10000_people(province) -> None:  # type: ignore[no-untyped-def]
    """Every recipient, looked up by full name as the page's script does, is in the first answer,
    and that answer costs at most 300 KB (manifest + the shards read first), whatever the name."""
    _, index, data = province
    manifest = json.loads(data["tra-cuu/chi-muc/khoa.json"])
    keys = manifest["keys"]
    assert len(data["tra-cuu/chi-muc/khoa.json"]) < 50_000
    worst = 0
    parsed: dict[str, set[tuple[str, str]]] = {}

    def names_in(path: str) -> set[tuple[str, str]]:
        if path not in parsed:
            parsed[path] = {(row[0], row[2]) for row in json.loads(data[path])["r"]}
        return parsed[path]

    for shards in index.shards.values():
        for shard in shards:
            for recipient in shard:
                typed = words(recipient.name)
                rarest = min((w for w in typed if w in keys), key=lambda w: keys[w][0])
                count, stem, versions = keys[rarest]
                read = range(1, min(len(versions), FULL_NAME_FILES if len(typed) > 1 else 1) + 1)
                paths = [f"tra-cuu/chi-muc/{stem}.{n}.json" for n in read]
                cost = len(data["tra-cuu/chi-muc/khoa.json"]) + sum(len(data[p]) for p in paths)
                worst = max(worst, cost)
                found = any((recipient.name, recipient.href) in names_in(p) for p in paths)
                assert found, (recipient.name, rarest, count)
    assert worst <= 300_000, worst
