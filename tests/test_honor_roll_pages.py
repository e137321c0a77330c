"""The honor roll split by year and into pages of bounded size (a phone never gets the whole province).

Derivation properties on the record-pages fixture (``tests/data/site``: 25 names in 2025, one in
2024) at many page sizes, then a real build with a small ``honor_roll_page_size`` in mkdocs.yml.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import RECORDS_FIXTURE, project_copy, run_thiduua
from test_pages_records import content, parse, resolve

from generator.derive import derive
from generator.derive.honor_roll import HonorRoll
from generator.options import Options


def _roll(records_dataset, page_size: int) -> HonorRoll:  # type: ignore[no-untyped-def]
    return derive(records_dataset, Options(data_dir=RECORDS_FIXTURE, honor_roll_page_size=page_size)).honor_roll


def _rows(roll: HonorRoll) -> list[tuple[int, str, str, str, str]]:
    """(year, award, group, name, decision) of every name, in reading order across pages."""
    return [
        (year.year, s.award_id, g.key, h.display_name, h.decision_id)
        for year in roll.years for p in year.pages for s in p.sections for g in s.groups for h in g.honours
    ]


def test_years_are_newest_first_and_hold_the_decisions_of_that_year(records_dataset) -> None:  # type: ignore[no-untyped-def]
    roll = _roll(records_dataset, 500)
    assert [(y.year, y.total, y.collectives, y.individuals) for y in roll.years] == [(2025, 25, 3, 22), (2024, 1, 0, 1)]
    assert [len(y.pages) for y in roll.years] == [1, 1]
    assert {h[4] for h in _rows(roll) if h[0] == 2024} == {"qd-5-snv-2024"}
    assert "qd-20-snv-2025" not in {h[4] for h in _rows(roll)}  # revoked


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 7, 13, 24, 25])
def test_pages_keep_every_name_once_in_order_and_never_exceed_the_size(records_dataset, size: int) -> None:  # type: ignore[no-untyped-def]
    whole = _roll(records_dataset, 500)
    paged = _roll(records_dataset, size)
    assert _rows(paged) == _rows(whole)
    for year in paged.years:
        assert [p.number for p in year.pages] == list(range(1, len(year.pages) + 1))
        assert all(1 <= p.count <= size for p in year.pages)
        assert sum(p.count for p in year.pages) == year.total


@pytest.mark.parametrize("size", [2, 3, 5, 7])
def test_groups_that_fit_are_not_split_and_continuations_are_marked(records_dataset, size: int) -> None:  # type: ignore[no-untyped-def]
    year = _roll(records_dataset, size).years[0]
    seen_awards: set[str] = set()
    seen_groups: set[tuple[str, str]] = set()
    whole_groups = {(s.award_id, g.key): len(g.honours) for p in _roll(records_dataset, 500).years[0].pages for s in p.sections for g in s.groups}
    for page in year.pages:
        for section in page.sections:
            assert section.continued == (section.award_id in seen_awards)
            seen_awards.add(section.award_id)
            for group in section.groups:
                key = (section.award_id, group.key)
                assert group.continued == (key in seen_groups)
                if group.continued:
                    assert whole_groups[key] > size or page.sections[0].groups[0] is group
                seen_groups.add(key)
    split = [key for key, n in whole_groups.items() if n <= size and sum(1 for p in year.pages for s in p.sections for g in s.groups if (s.award_id, g.key) == key) > 1]
    assert split == []


def test_each_award_links_to_the_page_where_its_list_starts(records_dataset) -> None:  # type: ignore[no-untyped-def]
    year = _roll(records_dataset, 4).years[0]
    assert len(year.pages) > 3
    for entry in year.awards:
        page = year.pages[entry.page_number - 1]
        assert any(s.award_id == entry.award_id and not s.continued for s in page.sections)
    assert sum(e.count for e in year.awards) == year.total


# ---------------------------------------------------------------- built pages


@pytest.fixture(scope="module")
def small_pages_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture built through the CLI with ``honor_roll_page_size: 4`` set in mkdocs.yml."""
    tmp = tmp_path_factory.mktemp("honor-pages")
    project = project_copy(tmp)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      site_src: site_src\n", "      site_src: site_src\n      honor_roll_page_size: 4\n", 1), encoding="utf-8")
    out = tmp / "site"
    result = run_thiduua("build", "--data", RECORDS_FIXTURE, "--out", out, cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_overview_lists_years_and_award_counts_with_links_to_the_start_of_each_list(small_pages_site: Path) -> None:
    site = small_pages_site
    path = site / "vinh-danh" / "index.html"
    page = parse(path).find("article")
    assert [h.text.rstrip("¶") for h in page.find_all("h2")] == ["Khen thưởng năm 2025", "Khen thưởng năm 2024"]
    rows = [tr for tr in page.find_all("tr") if tr.find_all("a")]
    first = rows[0]
    link = first.find("a")
    assert link.text == "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"  # the highest rank first
    target = resolve(site, path, link.attrs["href"])
    fragment = link.attrs["href"].split("#", 1)[1]
    assert fragment in {n.attrs.get("id") for n in parse(target).iter()}
    counts = {r.find("a").text: r.find_all("td")[1].text for r in rows}
    assert counts["Lao động tiên tiến"] == "1"


def test_a_year_longer_than_the_page_size_gets_numbered_pages_with_a_pager(small_pages_site: Path) -> None:
    site = small_pages_site
    year_dir = site / "vinh-danh" / "2025"
    pages = [year_dir / "index.html", *sorted(year_dir.glob("trang-*/index.html"), key=lambda p: int(p.parent.name[6:]))]
    assert len(pages) == 7  # 25 names, at most 4 per page, unit groups kept whole where they fit
    names: list[str] = []
    for number, path in enumerate(pages, 1):
        article = parse(path).find("article")
        entries = [li for li in article.find_all("li") if "data-fold" in li.attrs]
        assert 1 <= len(entries) <= 4
        assert article.find("p", id="honor-filter-count").text == f"Hiển thị {len(entries)}/{len(entries)}"
        names += [li.find("span", cls="honor-name").text for li in entries]
        pager = article.find("nav", cls="honor-pager")
        current = pager.find("strong")
        assert current.attrs["aria-current"] == "page" and current.text == f"Trang {number}"
        others = [resolve(site, path, a.attrs["href"]) for a in pager.find_all("a")]
        assert others == [p for p in pages if p != path]
        steps = {a.attrs["rel"]: resolve(site, path, a.attrs["href"]) for a in article.find("nav", cls="honor-pager-steps").find_all("a")}
        assert steps.get("prev") == (pages[number - 2] if number > 1 else None)
        assert steps.get("next") == (pages[number] if number < len(pages) else None)
    assert len(names) == len(set(names)) == 25
    title = parse(pages[1]).find("h1").text
    assert title.startswith("Khen thưởng năm 2025 — trang 2")


def test_a_continued_award_repeats_its_heading_without_a_second_anchor(small_pages_site: Path) -> None:
    pages = sorted((small_pages_site / "vinh-danh" / "2025").rglob("index.html"))
    anchored = [p for p in pages if "giay-khen-giam-doc-so-noi-vu" in {h.attrs.get("id") for h in parse(p).find_all("h2")}]
    continued = [p for p in pages if any("Giấy khen" in h.text and "(tiếp theo)" in h.text for h in parse(p).find_all("h2"))]
    assert len(anchored) == 1
    assert continued and anchored[0] not in continued


def test_one_page_years_have_no_pager(built_site: Path) -> None:
    page = content(built_site, "vinh-danh/2025")  # the bundled data: far fewer than 500 names
    assert page.find_all("nav", cls="honor-pager") == []
    assert page.find_all("nav", cls="honor-pager-steps") == []
    assert not list((built_site / "vinh-danh" / "2025").glob("trang-*"))


def test_a_page_size_below_one_is_a_configuration_error(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      site_src: site_src\n", "      site_src: site_src\n      honor_roll_page_size: 0\n", 1), encoding="utf-8")
    result = run_thiduua("build", "--out", tmp_path / "site", cwd=project)
    assert result.returncode != 0
    assert "honor_roll_page_size" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "site").exists()


def test_names_on_honor_roll_pages_stay_out_of_the_search_index(small_pages_site: Path) -> None:
    """A phone downloads the whole index: the lists (also after a '(tiếp theo)' heading) are not in it."""
    docs = json.loads((small_pages_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    roll_docs = [d for d in docs if d["location"].startswith("vinh-danh/")]
    assert any(d["location"].startswith("vinh-danh/2025/trang-") for d in roll_docs)
    for doc in roll_docs:
        assert "<li>" not in doc["text"] and "Trần Văn Khách" not in doc["text"] and "Lê Thị Đào" not in doc["text"], doc["location"]
