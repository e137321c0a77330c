"""The site-wide index after ranking (generator/write/search_index.py), words kept apart
(generator/write/word_gaps.py) and the look-up index (generator/derive/lookup.py), on the built site."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT

from generator.derive.honours import collect_honours
from generator.derive.lookup import SHARD_SIZE, build_lookup, folded_name, range_start, words
from generator.render.pages.lookup import FORMAT, files
from generator.validate.records import load_and_validate
from generator.vietnamese import collation_key
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


def test_portrait_initials_stay_out_of_the_index(docs: list[dict[str, object]], built_site: Path, dataset) -> None:  # type: ignore[no-untyped-def]
    """An exemplary person's page draws a placeholder portrait with their initials ("NÂ"); the page
    has them, the search entry must not ("… Phòng Cải cách hành chính NÂ Danh hiệu …")."""
    from generator.derive.people import initials

    index = by_location(docs)
    checked = 0
    for person_id, person in dataset.people.items():
        if not person.exemplary:
            continue
        letters = initials(person)
        page = (built_site / "ca-nhan" / person_id / "index.html").read_text(encoding="utf-8")
        if f">{letters}</text>" not in page:
            continue  # a photo, not the placeholder
        checked += 1
        for location, entry in index.items():
            if location.split("#")[0] == f"ca-nhan/{person_id}/":
                assert letters not in re.findall(r"[^\W_]+", str(entry["text"])), (location, entry["text"][:120])
    assert checked >= 3


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
    assert manifest["v"] == FORMAT and manifest["awards"]
    for key, (count, stem, versions, starts) in manifest["keys"].items():
        paths = [f"tra-cuu/chi-muc/{stem}.{n}.json" for n in range(1, len(versions) + 1)]
        shards = [json.loads(first[path]) for path in paths]
        assert sum(len(s["r"]) for s in shards) == count, key
        assert re.fullmatch(r"[a-z0-9]+", stem)
        assert len(starts) == len(versions) - 1
        assert versions == [hashlib.sha256(first[path]).hexdigest()[:10] for path in paths]  # the ?v= of each file is its content
        for shard in shards:
            for name, position, unit, _href, honours in shard["r"]:
                assert key in words(name) and 0 <= position < len(shard["p"]) and 0 <= unit < len(shard["u"])
                assert all(0 <= award < len(manifest["awards"]) and 0 <= decision < len(shard["d"]) for award, decision in honours)


def test_lookup_shards_are_bounded_at_scale(tmp_path: Path) -> None:
    """1,000 synthetic people, shards of 50: none holds more; a common surname is split, in order."""
    from conftest import run_thiduua

    data = tmp_path / "data"
    assert run_thiduua("synth", "--people", "1000", "--out", data).returncode == 0
    ds, _ = load_and_validate(data)
    index = build_lookup(ds, collect_honours(ds), shard_size=50)
    assert max(len(s) for shards in index.shards.values() for s in shards) <= 50
    key, biggest = max(index.shards.items(), key=lambda item: sum(len(s) for s in item[1]))
    assert sum(len(s) for s in biggest) > 100 and len(biggest) >= 3
    # each shard a range of folded names, the next one beginning at its start; inside, Vietnamese order
    starts = index.starts[key]
    assert len(starts) == len(biggest) - 1
    for number, shard in enumerate(biggest):
        names = [folded_name(r.name) for r in shard]
        if number > 0:
            assert max(folded_name(r.name) for r in biggest[number - 1]) <= starts[number - 1] <= min(names)
        assert list(shard) == sorted(shard, key=lambda r: (collation_key(r.name), r.summary, r.href))


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


RANGE_FILES = 2
"""As lookup.js: a name of several words reads at most this many shards (its range) at first."""


def shards_of_range(entry: list, query: str) -> list[int]:  # type: ignore[type-arg]
    """As lookup.js ``range``: the shards of a key that can hold a name beginning with ``query``
    (folded words), from the manifest's ``starts``. Written again here, from the format, as the
    oracle the index must satisfy."""
    _, _, versions, starts = entry
    bounds = ["", *starts]
    return [n + 1 for n in range(len(versions)) if bounds[n] < query + "\uffff" and (n + 1 == len(versions) or bounds[n + 1] >= query)]


def test_range_start_is_the_shortest_beginning_after_the_previous_name() -> None:
    assert range_start("nguyen van an", "nguyen van anh") == "nguyen van anh"
    assert range_start("nguyen thi yen", "nguyen van an") == "nguyen v"
    assert range_start("le van tam", "le van tam") == "le van tam"  # namesakes on both sides: the whole name


def test_lookup_first_answer_is_bounded_and_complete_at_10000_people(province) -> None:  # type: ignore[no-untyped-def]
    """Every recipient, looked up by its full name typed from the start as the page's script
    reads it (whole words: all but the last; the one whose range is the fewest shards, then the
    rarest), is in the first answer, and that answer costs at most 300 KB (manifest + those
    shards), whatever the name. A one-word name reads its word's first shard."""
    _, index, data = province
    manifest = json.loads(data["tra-cuu/chi-muc/khoa.json"])
    keys = manifest["keys"]
    assert len(data["tra-cuu/chi-muc/khoa.json"]) < 50_000
    worst = 0
    parsed: dict[str, set[tuple[str, str]]] = {}

    def names_in(path: str) -> set[tuple[str, str]]:
        if path not in parsed:
            parsed[path] = {(row[0], row[3]) for row in json.loads(data[path])["r"]}
        return parsed[path]

    checked = 0
    for recipient in {r for shards in index.shards.values() for shard in shards for r in shard}:
        typed = words(recipient.name)
        query = " ".join(typed)
        if len(typed) == 1:
            choices = [(keys[typed[0]], [1])]
        else:
            choices = [(keys[w], shards_of_range(keys[w], query)[:RANGE_FILES] or [1]) for w in typed[:-1] if w in keys]
        entry, read = min(choices, key=lambda choice: (len(choice[1]), choice[0][0]))
        paths = [f"tra-cuu/chi-muc/{entry[1]}.{n}.json" for n in read]
        cost = len(data["tra-cuu/chi-muc/khoa.json"]) + sum(len(data[p]) for p in paths)
        worst = max(worst, cost)
        if len(typed) > 1 or entry[0] <= SHARD_SIZE:
            assert any((recipient.name, recipient.href) in names_in(p) for p in paths), (recipient.name, paths)
            checked += 1
    assert checked > 9_000
    assert worst <= 300_000, worst
