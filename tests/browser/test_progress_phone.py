"""/tien-do/ on a phone: every progress table fits 360 and 390 px wide, "Đánh giá" column included."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [360, 390])
def test_progress_tables_fit_a_phone(browser: object, site_url: str, tmp_path: Path, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="vi-VN", service_workers="block")  # type: ignore[attr-defined]
    try:
        page = context.new_page()
        page.goto(site_url + "tien-do/")
        tables = page.locator("table.progress-table")
        assert tables.count() >= 7
        for i in range(tables.count()):
            table = tables.nth(i)
            table.scroll_into_view_if_needed()
            box = table.bounding_box()
            header = table.locator("thead th").last
            assert header.inner_text().strip() == "Đánh giá"
            cell = header.bounding_box()
            assert box is not None and cell is not None
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (i, box)
            assert cell["x"] + cell["width"] <= width, (i, cell)
            # No sideways scrolling inside the table's wrapper either.
            overflow = table.evaluate("t => t.parentElement.scrollWidth - t.parentElement.clientWidth")
            assert overflow <= 0, (i, overflow)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        tables.first.scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / f"tien-do-{width}.png"))  # looked at by hand: docs in the test's docstring
        assert (tmp_path / f"tien-do-{width}.png").stat().st_size > 10_000
    finally:
        context.close()
