"""The search spec (tests/search_spec.yaml) in real Chromium: typed keys, IME-committed and pasted text.

Each query is entered the way readers enter it: ``keyboard.type`` (key events; letters such as
"õ" that no key produces arrive as inserted text, without a key-up), ``keyboard.insert_text`` (an
IME committing a composed syllable: an ``input`` event only), a real IME composition through the
DevTools protocol (compositionstart … compositionend), and a paste (a ``paste`` event carrying
the text, then the browser's default insertion). Material reads its field on key-up only; these
tests fail without ``search-input.js``.

Every result's visible title must equal its title in the index (no "ark>" fragment), and marks
never nest. The spec is data, so the same expectations can run against any builder's output.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from conftest import ROOT

from .helpers import SEARCH_READY, site_relative

pytestmark = pytest.mark.browser

SPEC = yaml.safe_load((ROOT / "tests" / "search_spec.yaml").read_text(encoding="utf-8"))
WAYS = ("keys", "insert", "ime", "paste")
LOOKUP_WAYS = (*WAYS, "telex", "vni", "telex-ime", "nfd")

# Keys of the Telex and VNI input methods for the words the tests type, and what the field shows
# after each key (the same for both methods).
TELEX = {"Nguyễn": "Nguyeenx", "Văn": "Vawn", "Ân": "AAn"}
VNI = {"Nguyễn": "Nguye6n4", "Văn": "Va8n", "Ân": "A6n"}
COMPOSED = {
    "Nguyễn": ["N", "Ng", "Ngu", "Nguy", "Nguye", "Nguyê", "Nguyên", "Nguyễn"],
    "Văn": ["V", "Va", "Vă", "Văn"],
    "Ân": ["A", "Â", "Ân"],
}


def fold(text: str) -> str:
    from generator.vietnamese import fold as _fold

    return _fold(text)


def enter(page, text: str, way: str) -> None:  # type: ignore[no-untyped-def]
    """Put ``text`` into the focused field the way a reader's device does."""
    if way == "keys":
        page.keyboard.type(text)
    elif way == "insert":
        page.keyboard.insert_text(text)
    elif way == "ime":
        cdp = page.context.new_cdp_session(page)
        for i, word in enumerate(text.split(" ")):
            if i:
                page.keyboard.insert_text(" ")
            # an IME shows the syllable being composed, then commits it
            for end in range(1, len(word) + 1):
                cdp.send("Input.imeSetComposition", {"text": word[:end], "selectionStart": end, "selectionEnd": end})
            cdp.send("Input.insertText", {"text": word})
        cdp.detach()
    elif way in ("telex", "vni"):
        # Unikey-style (no composition): the raw key reaches the field ("Nguyee", "Nguye6"), then
        # the keyboard program deletes what it replaces and inserts the composed letter.
        for i, word in enumerate(text.split(" ")):
            if i:
                page.keyboard.type(" ")
            shown = ""
            for key, state in zip((TELEX if way == "telex" else VNI)[word], COMPOSED[word], strict=True):
                page.keyboard.type(key)
                shown += key
                keep = next((n for n, (a, b) in enumerate(zip(shown, state, strict=False)) if a != b), min(len(shown), len(state)))
                for _ in range(len(shown) - keep):
                    page.keyboard.press("Backspace")
                if state[keep:]:
                    page.keyboard.insert_text(state[keep:])
                shown = state
    elif way == "telex-ime":
        # an IME with an underlined composition (IBus, macOS): it shows each composed state, then commits
        cdp = page.context.new_cdp_session(page)
        for i, word in enumerate(text.split(" ")):
            if i:
                page.keyboard.insert_text(" ")
            for state in COMPOSED[word]:
                cdp.send("Input.imeSetComposition", {"text": state, "selectionStart": len(state), "selectionEnd": len(state)})
            cdp.send("Input.insertText", {"text": word})
        cdp.detach()
    elif way == "nfd":
        page.keyboard.insert_text(unicodedata.normalize("NFD", text))  # decomposed, as some keyboards send it
    elif way == "paste":
        page.evaluate(
            """text => {
                const field = document.activeElement;
                const data = new DataTransfer();
                data.setData('text/plain', text);
                const event = new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true});
                if (field.dispatchEvent(event)) document.execCommand('insertText', false, text);
            }""",
            text,
        )
    else:
        raise ValueError(way)


# Results of the query now in the field: the first result's highlight terms (?h=) hold the
# folded last word, or Material says it found nothing. Earlier, shorter queries do not pass.
RESULTS_FOR = """lastWord => {
    const meta = document.querySelector('.md-search-result__meta');
    if (!meta) return false;
    if (/Không tìm thấy/.test(meta.textContent)) return true;
    const link = document.querySelector('.md-search-result__item > a.md-search-result__link');
    if (!link || !/trang phù hợp/.test(meta.textContent)) return false;
    const h = (new URL(link.href).searchParams.get('h') || '').split(' ');
    return h.includes(lastWord);
}"""


def site_search(page, site_url: str, query: str, way: str = "keys") -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    page.goto(site_url)
    page.wait_for_function(SEARCH_READY)
    page.locator("input.md-search__input").click()
    enter(page, query, way)
    words = re.findall(r"[^\W_]+", fold(query))
    page.wait_for_function(RESULTS_FOR, arg=words[-1])
    assert page.locator("input.md-search__input").input_value() == query
    return page.locator(".md-search-result__item").evaluate_all(
        """items => items.map(item => {
            const link = item.querySelector('a.md-search-result__link');
            const heading = link.querySelector('h1, h2');
            const teaser = link.querySelector('.md-typeset');
            return {href: link.href, title: heading.innerText, titleHtml: heading.innerHTML,
                    teaser: teaser ? teaser.innerText : '', nested: item.querySelectorAll('mark mark').length};
        })"""
    )


@pytest.fixture(scope="module")
def index_titles(built_site: Path) -> dict[str, str]:
    """Served location -> the title a result must show (index HTML unescaped, tags removed)."""
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    return {doc["location"]: html.unescape(re.sub(r"<[^>]+>", "", doc["title"])) for doc in docs}


def check_clean(results: list[dict[str, Any]], titles: dict[str, str], site_url: str) -> None:
    for result in results:
        location = site_relative(result["href"], site_url) + (("#" + urlsplit(result["href"]).fragment) if urlsplit(result["href"]).fragment else "")
        assert result["nested"] == 0, result
        assert "ark>" not in result["title"] and "ark>" not in result["teaser"], result
        assert result["title"].strip() == titles[location].strip(), (location, result["title"], titles[location])
        assert re.sub(r"</?mark[^>]*>", "", result["titleHtml"]).count("<") == 0, result["titleHtml"]


def complete_ranking(page, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every result page for ``query``, best first, from the site's own search worker and index
    (the results page shows ten, then more on scrolling)."""
    return page.evaluate(
        """async query => {
            const config = JSON.parse(document.getElementById('__config').textContent);
            const index = await (await fetch(new URL('search/search_index.json', new URL(config.base + '/', location)))).json();
            const worker = new Worker(new URL(config.search, location));
            const call = message => new Promise((resolve, reject) => {
                worker.onmessage = event => resolve(event.data);
                worker.onerror = event => reject(new Error(event.message));
                worker.postMessage(message);
            });
            await call({type: 0, data: {config: index.config, docs: index.docs, options: {suggest: false}}});
            const result = await call({type: 2, data: query});
            worker.terminate();
            return result.data.items.map(group => group[0].location.split('#')[0]);
        }""",
        query,
    )


@pytest.mark.parametrize("case", SPEC["site_search"], ids=[c["query"] for c in SPEC["site_search"]])
def test_site_search_spec(page, site_url: str, index_titles: dict[str, str], case: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    results = site_search(page, site_url, case["query"])
    check_clean(results, index_titles, site_url)
    pages = [site_relative(r["href"], site_url) for r in results]
    query = case["query"]
    if "first" in case:
        assert pages[0] == case["first"], f"{query!r} → {pages[:6]}"
    if "top" in case:
        top = pages[: case["top"]["n"]]
        missing = [p for p in case["top"]["pages"] if p not in top]
        assert missing == [], f"{query!r}: {missing} not in the first {case['top']['n']}: {pages[:8]}"
    if "before" in case:
        a, b = case["before"]
        assert a in pages and (b not in pages or pages.index(a) < pages.index(b)), f"{query!r} → {pages[:6]}"
    if "below" in case:
        ranked = complete_ranking(page, case["query"])
        target = case["below"]["page"]
        assert target in ranked, f"{query!r} → {ranked}"
        for other in case["below"]["pages"]:
            assert other in ranked and ranked.index(other) < ranked.index(target), f"{query!r}: {other} → {ranked}"
    if "title_has" in case:
        assert case["title_has"] in results[0]["title"], results[0]
    if "teaser_has" in case:
        assert case["teaser_has"] in results[0]["teaser"], results[0]


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("query", ["Phước", "Văn phòng", "Nguyễn Văn Ân"])
def test_every_way_of_entering_text_searches(page, site_url: str, index_titles: dict[str, str], query: str, way: str) -> None:  # type: ignore[no-untyped-def]
    """Key events, IME commits, a composition and a paste all start the search, for the whole text."""
    expected = next(c["first"] for c in SPEC["site_search"] if c["query"] == query)
    results = site_search(page, site_url, query, way)
    check_clean(results, index_titles, site_url)
    assert site_relative(results[0]["href"], site_url) == expected


def test_decomposed_text_as_some_keyboards_send_it(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    results = site_search(page, site_url, unicodedata.normalize("NFD", "Văn phòng"), "insert")
    assert site_relative(results[0]["href"], site_url) == "don-vi/van-phong-so/"


# Titles the bundled data does not have: quotes, "&", "<", diacritics. The site's real index is
# replaced by these entries (same config), so the real worker, override and result list run on them.
TRICKY = [
    {"location": "a/", "title": 'Phát động phong trào "Dân vận khéo"', "text": "<p>Võ Thị Hà &amp; Văn phòng Sở, x &lt; y</p>"},
    {"location": "b/", "title": "Võ Thị Hà", "text": "<p>Chuyên viên Văn phòng</p>"},
    {"location": "c/", "title": "Sở Nội vụ &amp; Văn phòng &lt;b&gt;", "text": "<p>amp lt quot</p>"},
    {"location": "d/", "title": "Trần Phước Vĩnh", "text": "<p>Giám đốc</p>"},
]


@pytest.mark.parametrize(
    ("query", "first"),
    [("Võ Thị Hà", "b/"), ("vo thi ha", "b/"), ("khéo", "a/"), ("kheo", "a/"), ("Văn phòng", None), ("Phước", "d/"), ("amp", None), ("lt", None), ("s", None), ("v", None)],
)
def test_highlight_is_clean_for_quotes_ampersands_and_diacritics(page, site_url: str, query: str, first: str | None) -> None:  # type: ignore[no-untyped-def]
    def replace(route) -> None:  # type: ignore[no-untyped-def]
        response = route.fetch()
        index = response.json()
        route.fulfill(response=response, body=json.dumps({**index, "docs": TRICKY}))

    page.route("**/search/search_index.json", replace)
    titles = {doc["location"]: html.unescape(doc["title"]) for doc in TRICKY}
    page.goto(site_url)
    page.wait_for_function(SEARCH_READY)
    page.locator("input.md-search__input").click()
    enter(page, query, "keys")
    page.wait_for_function(
        """() => /trang phù hợp|Không tìm thấy/.test(document.querySelector('.md-search-result__meta').textContent)"""
    )
    page.wait_for_function(RESULTS_FOR, arg=re.findall(r"[^\W_]+", fold(query))[-1])
    results = page.locator(".md-search-result__item").evaluate_all(
        """items => items.map(item => ({href: item.querySelector('a').href, title: item.querySelector('h1, h2').innerText,
                                        text: item.innerText, nested: item.querySelectorAll('mark mark').length}))"""
    )
    if query in ("amp", "lt"):  # entity names are no words: nothing to find, nothing cut
        assert all("amp" not in r["text"].replace("amp lt", "") for r in results), results
    for r in results:
        location = urlsplit(r["href"]).path.lstrip("/")
        assert r["nested"] == 0
        assert r["title"] == titles[location], r
        assert "ark>" not in r["text"] and "&amp;" not in r["text"] and "&lt;" not in r["text"], r
    if first:
        assert urlsplit(results[0]["href"]).path.lstrip("/") == first


# --- the look-up page ------------------------------------------------------------------------------


def wait_for_lookup(page, query: str) -> None:  # type: ignore[no-untyped-def]
    """Until the look-up has answered ``query`` (the status names it; earlier, shorter queries do not pass)."""
    page.wait_for_function(
        """query => { const s = document.getElementById('lookup-status').textContent.normalize('NFC');
                      return /Tìm thấy|Không tìm thấy/.test(s) && s.includes(('“' + query.trim() + '”').normalize('NFC')); }""",
        arg=query,
    )


def lookup_rows(page) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """The rows shown: name, link, honours as [award, decision code, decision link]."""
    return page.locator("[data-lookup-results] > li").evaluate_all(
        """items => items.map(li => ({
            name: li.querySelector('.lookup-name > a, .lookup-name > span').textContent,
            href: (li.querySelector('.lookup-name > a') || {}).href || '',
            honours: [...li.querySelectorAll('.lookup-honours > li')].map(h => [h.querySelector('.lookup-award').textContent,
                       h.querySelector('a').textContent.replace('Quyết định số ', ''), h.querySelector('a').href]),
        }))"""
    )


def lookup(page, site_url: str, query: str, way: str = "keys") -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    page.goto(site_url + "tra-cuu/")
    page.locator("#lookup-input").click()
    enter(page, query, way)
    wait_for_lookup(page, query)
    return lookup_rows(page)


@pytest.mark.parametrize("case", SPEC["lookup"], ids=[c["query"] for c in SPEC["lookup"]])
def test_lookup_spec(page, site_url: str, traffic, case: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    rows = lookup(page, site_url, case["query"])
    assert [r["name"] for r in rows] == case["names"]
    for name, honours in (case.get("honours") or {}).items():
        row = next(r for r in rows if r["name"] == name)
        assert [[award, code] for award, code, _ in row["honours"]] == honours
        for _, _, href in row["honours"]:
            assert page.request.get(href).ok, href
    assert traffic.foreign() == [] and traffic.broken == [] and traffic.errors == []
    # the manifest once, however many times the query changed while typing; shards of the words typed
    fetched = [u for u in traffic.urls if "/tra-cuu/chi-muc/" in u]
    assert len([u for u in fetched if "/khoa.json" in u]) == 1, fetched
    assert len(fetched) == len(set(fetched)), fetched


def test_lookup_works_without_the_site_search(page, site_url: str, traffic) -> None:  # type: ignore[no-untyped-def]
    """Material's index and worker blocked: the look-up needs neither."""
    page.route("**/search/search_index.json", lambda route: route.abort())
    page.route("**/workers/search.*.js", lambda route: route.abort())
    rows = lookup(page, site_url, "van phong so", "insert")
    assert [r["name"] for r in rows] == ["Văn phòng Sở"]
    shards = [u for u in traffic.urls if "/tra-cuu/chi-muc/" in u and "/khoa.json" not in u]
    assert len(shards) == 1 and any(f"/chi-muc/{word}.1.json" in shards[0] for word in ("van", "phong", "so")), shards


@pytest.mark.parametrize("way", LOOKUP_WAYS)
def test_lookup_takes_text_however_it_is_entered(page, site_url: str, traffic, way: str) -> None:  # type: ignore[no-untyped-def]
    """Typed, committed by an IME, composed by Telex or VNI (with the raw key in the field for a
    moment), decomposed or pasted: the same rows, the exact spelling first, the same honours."""
    query = "Nguyễn Văn Ân"
    rows = lookup(page, site_url, query, way)
    assert page.locator("#lookup-input").input_value() == (unicodedata.normalize("NFD", query) if way == "nfd" else query)
    assert [r["name"] for r in rows] == ["Nguyễn Văn Ân", "Nguyễn Văn An"]
    expected = next(c for c in SPEC["lookup"] if c["query"] == "nguyen van an")["honours"]
    assert [[award, code] for award, code, _ in rows[0]["honours"]] == expected["Nguyễn Văn Ân"]
    assert [[award, code] for award, code, _ in rows[1]["honours"]] == expected["Nguyễn Văn An"]
    if way != "nfd":
        assert "q=Nguy%E1%BB%85n+V%C4%83n+%C3%82n" in page.url  # the address can be shared
    fetched = [u for u in traffic.urls if "/tra-cuu/chi-muc/" in u]
    assert len(fetched) == len(set(fetched)) and len([u for u in fetched if "/khoa.json" in u]) == 1, fetched


def test_lookup_link_from_an_address(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "tra-cuu/?q=van+phong+so")
    page.wait_for_function("() => /Tìm thấy/.test(document.getElementById('lookup-status').textContent)")
    assert page.locator("#lookup-input").input_value() == "van phong so"
    assert page.locator("[data-lookup-results] .lookup-name").first.text_content().startswith("Văn phòng Sở")


def test_lookup_page_is_in_the_navigation(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="tra-cuu/"' in home and "Tra cứu" in home


def test_lookup_page_fetches_the_site_index_only_when_the_site_search_is_opened(page, site_url: str, traffic) -> None:  # type: ignore[no-untyped-def]
    """On /tra-cuu/ Material's site-wide index (7 MB at 100,000 honours, parsed on the main thread)
    is not fetched while the reader uses the look-up; opening the site search fetches it and the
    site search works as on any page."""
    rows = lookup(page, site_url, "van phong so", "insert")
    assert [r["name"] for r in rows] == ["Văn phòng Sở"]
    page.wait_for_timeout(1000)
    assert not [u for u in traffic.urls if "/search/search_index.json" in u]
    page.locator("input.md-search__input").click()  # the desktop header's field
    page.wait_for_function(SEARCH_READY)
    enter(page, "van phong so", "keys")
    page.wait_for_function(RESULTS_FOR, arg="so")
    first = page.locator(".md-search-result__item > a.md-search-result__link").first.get_attribute("href") or ""
    assert urlsplit(first).path.endswith("don-vi/van-phong-so/"), first
    assert len([u for u in traffic.urls if "/search/search_index.json" in u]) == 1
    assert traffic.errors == []


def test_lookup_page_site_search_opens_on_a_phone(phone_page, site_url: str, traffic) -> None:  # type: ignore[no-untyped-def]
    """On a phone the site search is behind the header's magnifier: tapping it fetches the index."""
    phone_page.goto(site_url + "tra-cuu/")
    phone_page.wait_for_timeout(1000)
    assert not [u for u in traffic.urls if "/search/search_index.json" in u]
    phone_page.locator(".md-header__button[for=__search]").first.click()
    phone_page.wait_for_function(SEARCH_READY)
    enter(phone_page, "phuoc", "keys")
    phone_page.wait_for_function(RESULTS_FOR, arg="phuoc")
    assert phone_page.locator(".md-search-result__item").count() > 0
