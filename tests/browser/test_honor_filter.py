"""The honor roll's filter box in a real browser, on the record-pages fixture (tests/data/site)."""

from __future__ import annotations

import pytest
from conftest import ROOT, run_thiduua

pytestmark = pytest.mark.browser

FIXTURE = ROOT / "tests" / "data" / "site"


@pytest.fixture(scope="module")
def honor_roll_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("honor") / "site"
    result = run_thiduua("build", "--data", FIXTURE, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return (out / "vinh-danh" / "2025" / "index.html").as_uri()


def _visible_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all("li[data-fold]:not([hidden]) .honor-name", "els => els.map(e => e.textContent.trim())")


def _wait_for_count(page, text: str, first: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Wait until the live count reads ``text`` (and, if given, ``first`` is the first visible name)."""
    page.wait_for_function(
        """([text, first]) => {
            const shown = [...document.querySelectorAll('li[data-fold]:not([hidden]) .honor-name')];
            return document.querySelector('#honor-filter-count').textContent === text
                && (first === null || (shown.length > 0 && shown[0].textContent.trim() === first));
        }""",
        arg=[text, first],
    )


def test_filter_matches_without_diacritics_and_counts(page, honor_roll_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(honor_roll_url)
    box = page.locator("[data-honor-filter]")
    assert box.is_visible()  # the script reveals it; without JavaScript it stays hidden
    count = page.locator("#honor-filter-count")
    assert count.text_content() == "Hiển thị 25/25"
    assert count.get_attribute("aria-live") == "polite"

    # Keyboard only: the label's field takes focus and typing filters.
    page.get_by_label("Lọc theo tên, đơn vị hoặc số quyết định").focus()
    page.keyboard.type("phuoc")
    _wait_for_count(page, "Hiển thị 1/25", "Nguyễn Thị Phước")
    assert _visible_names(page) == ["Nguyễn Thị Phước"]
    # Award sections without a match are hidden with their headings.
    assert not page.locator("h2#giay-khen-giam-doc-so-noi-vu").is_visible()
    assert page.locator("h2#bang-khen-chu-tich-ubnd-tinh").is_visible()

    # "d" matches "đ" too; the folded query is compared word by word.
    page.fill("#honor-filter-input", "dao")
    _wait_for_count(page, "Hiển thị 1/25", "Lê Thị Đào")
    assert _visible_names(page) == ["Lê Thị Đào"]
    page.fill("#honor-filter-input", "ĐẶNG hãnh")
    _wait_for_count(page, "Hiển thị 1/25", "Đặng Thị Hãnh")
    assert _visible_names(page) == ["Đặng Thị Hãnh"]
    # Substring match on the folded name, position, unit and decision number ("hanh" is in "thanh").
    page.fill("#honor-filter-input", "hanh")
    _wait_for_count(page, "Hiển thị 10/25")
    assert _visible_names(page) == [
        "Phòng Nội vụ huyện Châu Thành", "Nguyễn Thị Phước", "Trương Văn Kín",
        "Phòng Cải cách hành chính",
        "Đặng Thị Hãnh", "Lý Thị Hành", "Mạc Thị Hạnh", "Ngô Thị Hảnh", "Cao Văn Hánh", "Trịnh Văn Hanh",
    ]

    page.fill("#honor-filter-input", "khong co ai")
    _wait_for_count(page, "Hiển thị 0/25")
    assert page.locator("[data-honor-empty]").is_visible()
    # no match on this page: the look-up searches every year and page
    link = page.locator("[data-honor-empty] a[data-honor-lookup]")
    assert link.is_visible() and "khong co ai" in link.text_content()
    assert link.get_attribute("href").endswith("/tra-cuu/index.html?q=khong+co+ai")

    page.focus("#honor-filter-input")
    page.keyboard.press("Escape")
    _wait_for_count(page, "Hiển thị 25/25")
    assert len(_visible_names(page)) == 25
    assert not page.locator("[data-honor-empty]").is_visible()
