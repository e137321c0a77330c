"""Site search in a real browser: with or without diacritics, "d" finds "đ", exact spelling ranks first."""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path

import pytest

from .helpers import page_path, search_results

pytestmark = pytest.mark.browser

PLAN = "ke-hoach/ke-hoach-80-nam-bo-noi-vu/"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("phuoc", PLAN),  # the plan is signed by Trần Phước Vĩnh
        ("tran phuoc vinh", PLAN),
        ("Phước", PLAN),
        ("TRẦN PHƯỚC VĨNH", PLAN),
        ("ke hoach", PLAN),
        ("to chuc thuc hien", PLAN),  # "Tổ chức thực hiện" section of the plan
        ("dong chi", PLAN),  # "đồng chí": d finds đ
    ],
)
def test_search_finds_page_with_or_without_diacritics(page, site_url: str, query: str, expected: str) -> None:
    results = search_results(page, site_url, query)
    assert expected in results, f"{query!r} → {results}"


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("guong dien hinh", "gallery"),
        ("quyet dinh", "decisions"),
        ("vinh danh", "honor-roll-years"),
        ("thong bao", "announcements"),
    ],
)
def test_search_finds_section_pages(page, site_url: str, built_site: Path, query: str, kind: str) -> None:
    expected = page_path(built_site, kind)
    if expected is None:
        pytest.skip(f"the {kind} page is not built yet")
    results = search_results(page, site_url, query)
    assert any(r == expected or r.startswith(expected) for r in results), f"{query!r} → {results}"


def test_search_for_nonsense_finds_nothing(page, site_url: str) -> None:
    assert search_results(page, site_url, "xyzzyqwv", expect_none=True) == []


@pytest.mark.parametrize("kind", ["exemplary-person", "person", "unit"])
def test_name_typed_without_diacritics_finds_its_page_first(page, site_url: str, built_site: Path, kind: str) -> None:
    """A person's or unit's full name, typed without diacritics, puts that page at the top."""
    from generator.vietnamese import fold

    path = page_path(built_site, kind)
    if path is None:
        pytest.skip(f"no {kind} page in the bundled site")
    source = (built_site / path / "index.html").read_text(encoding="utf-8")
    title = html.unescape(source.split("<title>", 1)[1].split("</title>", 1)[0].split(" - ")[0].strip())
    results = search_results(page, site_url, fold(title))
    assert results and results[0] == path, f"{fold(title)!r} → {results[:5]}"


# --- The worker itself, on a small index whose ranking is known --------------------------------------

DOCS = [
    {"location": "phuoc-khong-dau/", "title": "Nguyễn Văn Phuộc", "text": "<p>Chuyên viên phòng Nội vụ huyện.</p>"},
    {"location": "phuoc-dung/", "title": "Trần Phước Vĩnh", "text": "<p>Giám đốc Sở Nội vụ.</p>"},
    {"location": "duc/", "title": "Lê Minh Đức", "text": "<p>Được tặng Bằng khen.</p>"},
    {"location": "thuong/", "title": "Khen thưởng", "text": "<p>Danh hiệu Chiến sĩ thi đua cơ sở.</p>"},
    {"location": "so-hieu/", "title": "Quyết định", "text": "<p>Số: 12/QĐ-SNV ngày 05 tháng 02 năm 2025, tỷ lệ 18,2 %.</p>"},
    {"location": "thi/", "title": "Trần Thị Út", "text": "<p>Văn thư.</p>"},
    {"location": "thien/", "title": "Trần Gia Thiện", "text": "<p>Văn thư.</p>"},
]

WORKER_SEARCH = """async ({docs, queries}) => {
    const config = JSON.parse(document.getElementById('__config').textContent);
    const index = await (await fetch(new URL('search/search_index.json', new URL(config.base + '/', location)))).json();
    const worker = new Worker(new URL(config.search, location));
    const call = message => new Promise((resolve, reject) => {
        worker.onmessage = event => resolve(event.data);
        worker.onerror = event => reject(new Error(event.message));
        worker.postMessage(message);
    });
    const ready = await call({type: 0, data: {config: index.config, docs, options: {suggest: false}}});
    if (ready.type !== 1) throw new Error('search worker not ready: ' + JSON.stringify(ready));
    const out = {};
    for (const q of queries) {
        const result = await call({type: 2, data: q});
        out[q] = result.data.items.map(group => group[0].location);
    }
    worker.terminate();
    return out;
}"""


DECOMPOSED = unicodedata.normalize("NFD", "Phước")  # as some keyboards send it


@pytest.fixture
def worker_search(page, site_url: str):
    """Run queries through the site's real search worker (with the override) on ``DOCS``."""

    def run(*queries: str) -> dict[str, list[str]]:
        page.goto(site_url)
        return page.evaluate(WORKER_SEARCH, {"docs": DOCS, "queries": list(queries)})

    return run


def test_worker_folds_diacritics_and_d(worker_search) -> None:
    got = worker_search("phuoc", "vinh", "duc", "thuong", "chien si", "qd", "12/QĐ-SNV", "18,2")
    assert set(got["phuoc"][:2]) == {"phuoc-khong-dau/", "phuoc-dung/"}, got
    assert got["vinh"][0] == "phuoc-dung/", got
    assert got["duc"][0] == "duc/", got  # "d" finds "Đ", which NFD alone does not fold
    assert got["thuong"][0] == "thuong/", got
    assert got["chien si"][0] == "thuong/", got
    assert got["qd"][0] == "so-hieu/", got
    assert got["12/QĐ-SNV"][0] == "so-hieu/", got
    assert got["18,2"][0] == "so-hieu/", got


def test_worker_ranks_pages_with_every_word_and_whole_words_first(worker_search) -> None:
    got = worker_search("tran phuoc vinh", "tran thi", "phuoc xyzzy")
    assert got["tran phuoc vinh"] == ["phuoc-dung/"], got  # all three words; "Trần Thị Út" has only one
    assert got["tran thi"][:2] == ["thi/", "thien/"], got  # "thi" typed in full beats "thi…" in "Thiện"
    assert set(got["phuoc xyzzy"]) == {"phuoc-khong-dau/", "phuoc-dung/"}, got  # no page has both: any word


def test_worker_ranks_exact_diacritics_first(worker_search) -> None:
    got = worker_search("Phước", "phuộc", "PHƯỚC", DECOMPOSED, "Đức")
    assert got["Phước"][:2] == ["phuoc-dung/", "phuoc-khong-dau/"], got
    assert got["phuộc"][:2] == ["phuoc-khong-dau/", "phuoc-dung/"], got
    assert got["PHƯỚC"][0] == "phuoc-dung/", got
    assert got[DECOMPOSED][0] == "phuoc-dung/", got
    assert got["Đức"][0] == "duc/", got


def test_worker_index_is_built_from_the_served_config(built_site: Path) -> None:
    """The site's search index carries the separator the override's tests assume."""
    config = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["lang"] == ["vi"]
    assert "," in config["separator"] and "/" in config["separator"]


def test_opened_result_marks_words_typed_without_diacritics(page, site_url: str) -> None:
    """Enter in the search field opens the best result; there "phuoc" marks "Phước", once."""
    results = search_results(page, site_url, "tran phuoc vinh")
    assert results[0] == PLAN
    page.locator("input.md-search__input").press("Enter")
    page.wait_for_function("path => location.pathname.endsWith(path)", arg=PLAN)
    page.wait_for_function("() => document.querySelectorAll('article mark').length >= 3")
    marks = page.locator("article mark").all_text_contents()
    assert {"Trần", "Phước", "Vĩnh"} <= set(marks), marks
    assert page.locator("mark mark").count() == 0
    assert page.locator("article mark", has_text="Trăng").count() == 0  # whole words only


def test_exact_and_folded_marks_never_nest(page, site_url: str) -> None:
    page.goto(site_url + PLAN + "?h=phước+phuoc")
    page.wait_for_function("() => document.querySelectorAll('article mark').length > 0")
    page.wait_for_load_state("networkidle")
    assert "Phước" in page.locator("article mark").all_text_contents()
    assert page.locator("mark mark").count() == 0


def test_search_on_a_phone(phone_page, site_url: str) -> None:
    """At 360 px the search sits behind the header's magnifier; results fit the screen."""
    from .helpers import SEARCH_READY, wait_for_search

    phone_page.goto(site_url)
    phone_page.wait_for_function(SEARCH_READY)
    field = phone_page.locator("input.md-search__input")
    phone_page.locator("label.md-header__button[for='__search']").click()
    field.press_sequentially("phuoc")
    wait_for_search(phone_page)
    first = phone_page.locator(".md-search-result__item").first
    # The panel slides in; once it has settled, the result lies within the screen.
    phone_page.wait_for_function(
        """() => { const r = document.querySelector('.md-search-result__item').getBoundingClientRect();
                   return r.left >= 0 && r.right <= window.innerWidth + 1
                       && document.documentElement.scrollWidth <= window.innerWidth; }"""
    )
    assert PLAN in first.locator("a").first.get_attribute("href")
