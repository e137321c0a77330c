"""Every page kind in a real browser: no third-party requests, phone width, print, accessibility, keyboard."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import Traffic
from .helpers import (
    LISTINGS,
    MAIN_KINDS,
    RECORDS,
    SEARCH_READY,
    page_path,
    wait_for_search,
)

pytestmark = pytest.mark.browser

ALL_KINDS = sorted({*LISTINGS, *RECORDS, "person"})


def _path_or_skip(site: Path, kind: str) -> str:
    path = page_path(site, kind)
    if path is None:
        pytest.skip(f"no {kind} page in the bundled site")
    return path


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_page_loads_only_from_127_0_0_1(page, traffic: Traffic, site_url: str, built_site: Path, screenshots: Path, kind: str) -> None:
    """Nothing on any page kind loads from a third party: fonts, scripts, images, the search worker."""
    path = _path_or_skip(built_site, kind)
    response = page.goto(site_url + path, wait_until="load")
    assert response is not None and response.status == 200
    # Material starts its search worker on load; wait until it has loaded its scripts and index.
    page.wait_for_function(SEARCH_READY)
    assert traffic.urls, "no request recorded"
    assert traffic.foreign() == [], f"{kind}: requests to other hosts"
    assert traffic.broken == [], f"{kind}: broken requests"
    assert traffic.errors == [], f"{kind}: JavaScript errors"
    if kind in MAIN_KINDS:
        page.screenshot(path=str(screenshots / f"{kind}-desktop.png"), full_page=True)


def test_request_log_sees_the_search_worker(page, traffic: Traffic, site_url: str) -> None:
    """The request log above covers worker traffic: the worker's own scripts appear in it."""
    page.goto(site_url)
    page.wait_for_function(SEARCH_READY)
    page.locator("input.md-search__input").press_sequentially("phuoc")
    wait_for_search(page)
    assert any(url.endswith("/lunr/min/lunr.vi.min.js") for url in traffic.urls), traffic.urls
    assert any(url.endswith("/search/search_index.json") for url in traffic.urls), traffic.urls


# --- Phones ------------------------------------------------------------------------------------------

TABLES_READABLE = """() => {
    const width = window.innerWidth;
    const problems = [];
    for (const table of document.querySelectorAll('article table')) {
        if (table.closest('[hidden]')) continue;
        // A table a phone stylesheet lays out as cards (rows as blocks, header visually hidden) is
        // no grid to squeeze: its blocks are checked by the page-width assertion above.
        if (getComputedStyle(table).display !== 'table') continue;
        const right = table.getBoundingClientRect().right;
        // Readable if it fits, or if some ancestor that fits the screen scrolls it sideways.
        let scrolls = false;
        for (let el = table.parentElement; el && el !== document.body; el = el.parentElement) {
            const overflow = getComputedStyle(el).overflowX;
            if ((overflow === 'auto' || overflow === 'scroll') && el.getBoundingClientRect().right <= width + 1) { scrolls = true; break; }
        }
        const fits = right <= width + 1;
        if (!fits && !scrolls) problems.push('table wider than the screen without a scroll container: ' + table.outerHTML.slice(0, 80));
        for (const cell of table.querySelectorAll('th, td')) {
            const style = getComputedStyle(cell);
            const head = cell.closest('thead');
            // Cells laid out as blocks (a card per row) or in a header kept for screen readers only.
            if (style.display !== 'table-cell' || (head && head.getBoundingClientRect().height <= 1)) continue;
            if (parseFloat(style.fontSize) < 11) problems.push('cell text under 11px: ' + cell.textContent.slice(0, 40));
            const text = cell.textContent.trim();
            if (text.length > 3 && cell.getBoundingClientRect().width < 36) problems.push('cell squeezed to ' + cell.getBoundingClientRect().width + 'px: ' + text.slice(0, 40));
        }
    }
    return problems;
}"""


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_phone_width_has_no_horizontal_scroll(phone_page, site_url: str, built_site: Path, screenshots: Path, kind: str) -> None:
    path = _path_or_skip(built_site, kind)
    phone_page.goto(site_url + path, wait_until="load")
    widths = phone_page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{kind}: page is {widths[0]}px wide on a {widths[1]}px screen"
    assert phone_page.locator("a.md-skip").count() == 1, f"{kind}: no skip link"
    assert phone_page.evaluate(TABLES_READABLE) == []
    if kind in MAIN_KINDS:
        phone_page.screenshot(path=str(screenshots / f"{kind}-phone.png"), full_page=True)


# --- Print -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["plan", "decision"])
def test_print_hides_navigation_and_search(page, site_url: str, built_site: Path, screenshots: Path, kind: str) -> None:
    path = _path_or_skip(built_site, kind)
    page.goto(site_url + path, wait_until="load")
    page.emulate_media(media="print")
    for selector in [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer", ".md-skip"]:
        for element in page.locator(selector).all():
            assert not element.is_visible(), f"{kind}: {selector} is printed"
    assert page.locator("article h1").first.is_visible(), f"{kind}: the title is not printed"
    page.screenshot(path=str(screenshots / f"{kind}-print.png"), full_page=True)


# --- Accessibility -----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def axe():
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed")
    return axe_module.Axe()


@pytest.mark.parametrize("kind", ALL_KINDS)  # the issue names MAIN_KINDS; the rest cost little
def test_no_serious_accessibility_violations(page, traffic: Traffic, axe, site_url: str, built_site: Path, kind: str) -> None:
    """axe-core (injected from the package's local axe.min.js) finds nothing serious or critical."""
    path = _path_or_skip(built_site, kind)
    page.goto(site_url + path, wait_until="load")
    violations = axe.run(page).response["violations"]
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(str(node["target"]) for node in v["nodes"][:5])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"{kind}:\n" + "\n".join(serious)
    assert traffic.foreign() == []  # axe itself loaded nothing from the network


# --- Keyboard ----------------------------------------------------------------------------------------

FOCUS_RING = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        tag: el.tagName, text: (el.textContent || '').trim().slice(0, 60),
        focusVisible: el.matches(':focus-visible'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
        rect: el.getBoundingClientRect().toJSON(),
    };
}"""


@pytest.mark.parametrize("kind", ["home", "plan", "decision", "honor-roll"])
def test_skip_link_is_first_and_moves_to_content(page, site_url: str, built_site: Path, kind: str) -> None:
    path = _path_or_skip(built_site, kind)
    page.goto(site_url + path, wait_until="load")
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUS_RING)
    assert focused["tag"] == "A" and focused["text"] == "Chuyển đến nội dung chính", focused
    assert focused["focusVisible"] and (focused["outline"] or focused["shadow"]), focused
    assert focused["rect"]["width"] > 0 and focused["rect"]["top"] >= 0, "skip link not shown when focused"
    target = page.evaluate("() => document.activeElement.hash")
    page.keyboard.press("Enter")
    page.wait_for_function("hash => location.hash === hash", arg=target)
    in_view = page.evaluate(
        "hash => { const r = document.getElementById(decodeURIComponent(hash.slice(1))).getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }",
        target,
    )
    assert in_view


def test_focus_is_visible_on_links(page, site_url: str) -> None:
    page.goto(site_url, wait_until="load")
    seen = 0
    for _ in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_RING)
        if focused["tag"] in ("A", "INPUT", "BUTTON", "LABEL"):
            seen += 1
            assert focused["focusVisible"] and (focused["outline"] or focused["shadow"]), focused
    assert seen >= 5


def test_search_without_a_mouse(page, site_url: str) -> None:
    """"/" opens search, typing finds, arrow keys pick a result, Enter opens it."""
    page.goto(site_url, wait_until="load")
    page.wait_for_function(SEARCH_READY)
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.matches('input.md-search__input')")
    page.keyboard.type("tran phuoc vinh")
    wait_for_search(page)
    # results of a shorter prefix may still be on screen: wait for the full query's first hit
    page.wait_for_function("() => { const a = document.querySelector('.md-search-result__item a'); return a && a.href.includes('/ke-hoach/'); }")
    page.keyboard.press("ArrowDown")
    href = page.evaluate("() => document.activeElement.closest('a') && document.activeElement.closest('a').href")
    assert href, "ArrowDown did not move to a result"
    target = urlsplit(href).path
    page.keyboard.press("Enter")
    page.wait_for_function("path => location.pathname === path", arg=target)
    page.wait_for_load_state("load")
    assert "Trần Phước Vĩnh" in page.locator("article.md-content__inner").inner_text()


# --- Honor roll filter --------------------------------------------------------------------------------

VISIBLE_ROWS = "() => [...document.querySelectorAll('li[data-fold]')].filter(li => li.offsetParent !== null).map(li => li.dataset.fold)"


@pytest.fixture
def honor_roll(page, site_url: str, built_site: Path):
    path = _path_or_skip(built_site, "honor-roll")
    page.goto(site_url + path, wait_until="load")
    page.wait_for_selector("#honor-filter-input", state="visible")
    return page


def _rows_after_typing(page, text: str) -> list[str]:  # filtering itself: tests/browser/test_honor_filter.py
    before = page.locator("#honor-filter-count").text_content()
    page.keyboard.type(text)
    page.wait_for_function("before => document.querySelector('#honor-filter-count').textContent !== before", arg=before)
    return page.evaluate(VISIBLE_ROWS)


def test_honor_roll_filter_reachable_by_keyboard(honor_roll) -> None:
    for _ in range(80):
        honor_roll.keyboard.press("Tab")
        if honor_roll.evaluate("() => document.activeElement.id") == "honor-filter-input":
            break
    else:
        pytest.fail("Tab never reaches the honor roll filter")
    focused = honor_roll.evaluate(FOCUS_RING)
    assert focused["focusVisible"] and (focused["outline"] or focused["shadow"]), focused
    rows = honor_roll.evaluate(VISIBLE_ROWS)
    shown = _rows_after_typing(honor_roll, "zzzz")
    assert shown == [] and rows
