"""Plan and decision pages printed to PDF by headless Chromium, read back with pypdf (issue 11, Print).

What a clerk gets from Ctrl+P: A4 pages with the margins of Nghị định 30/2020/NĐ-CP, serif text,
the issuer header beside the Quốc hiệu, Nơi nhận beside the signer block, the signer's lines (title
to name) on one page, the attached list from a new page, and none of the portal around it (header,
tabs, search, footer, sample notices). Page images (``pdftoppm``) go to test-artifacts/ to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua

from .conftest import serve_directory

pypdf = pytest.importorskip("pypdf", reason="pypdf is in the test extra: pip install -e '.[test]'")

pytestmark = pytest.mark.browser

FIXTURE = ROOT / "tests" / "data" / "decision_document"
MM = 72 / 25.4
A4 = (595.28, 841.89)


# ---------------------------------------------------------------- the PDF as positioned text


@dataclass(frozen=True)
class Run:
    """A run of text as the PDF draws it: where (points from the bottom left), in which font and size."""

    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass(frozen=True)
class Line:
    """The runs at one height on one side of the page, joined without spaces (pypdf splits runs at
    every fallback glyph, with stray spaces), so "Ủ", " Y BAN" reads "ỦYBAN"."""

    x: float
    y: float
    squeezed: str


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def runs_of(page: object) -> list[Run]:
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        runs.append(Run(x, y, text, str((font or {}).get("/BaseFont", "")), size * scale))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return runs


def lines_of(runs: list[Run], width: float) -> list[Line]:
    """Runs grouped by height (2 pt), then split into the left and right half of the page."""
    rows: dict[tuple[int, bool], list[Run]] = {}
    for run in runs:
        rows.setdefault((round(run.y / 2), run.x >= width / 2 - 20), []).append(run)
    lines = []
    for row in rows.values():
        row.sort(key=lambda r: r.x)
        lines.append(Line(row[0].x, row[0].y, "".join(squeeze(r.text) for r in row)))
    return lines


@dataclass
class Printed:
    path: Path
    pages: list[object]

    def lines(self, number: int) -> list[Line]:
        page = self.pages[number]
        return lines_of(runs_of(page), float(page.mediabox.width))  # type: ignore[attr-defined]

    def find(self, text: str) -> list[tuple[int, Line]]:
        """(page index, line) of every line that holds ``text`` (spaces ignored)."""
        needle = squeeze(text)
        return [(i, line) for i in range(len(self.pages)) for line in self.lines(i) if needle in line.squeezed]

    def one(self, text: str) -> tuple[int, Line]:
        found = self.find(text)
        assert found, f"{text!r} is not printed"
        return found[0]

    def text(self, number: int) -> str:
        return squeeze("".join(r.text for r in runs_of(self.pages[number])))


# ---------------------------------------------------------------- printing


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The decision fixture built and served on 127.0.0.1."""
    out = tmp_path_factory.mktemp("print") / "site"
    result = run_thiduua("build", "--data", FIXTURE, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    with serve_directory(out) as url:
        yield url


def print_pdf(page: object, url: str, target: Path) -> Printed:
    page.goto(url)  # type: ignore[attr-defined]
    page.pdf(path=str(target), format="A4", prefer_css_page_size=True, print_background=False)  # type: ignore[attr-defined]
    reader = pypdf.PdfReader(str(target))
    return Printed(target, list(reader.pages))


def page_images(pdf: Path, screenshots: Path, name: str) -> list[Path]:
    """Every page as a PNG (60 dpi) in test-artifacts/screenshots/, to look at."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm missing: .ci/run installs poppler-utils")
        return []
    subprocess.run([pdftoppm, "-r", "60", "-png", str(pdf), str(screenshots / name)], check=True)
    return sorted(screenshots.glob(f"{name}-*.png"))


def assert_a4_pages(printed: Printed) -> None:
    for number, page in enumerate(printed.pages, 1):
        box = page.mediabox  # type: ignore[attr-defined]
        size = (float(box.width), float(box.height))
        assert abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1, f"page {number}: {size} is not A4 (595×842 pt)"


def assert_margins(printed: Printed, number: int = 0) -> None:
    """Left 30-35 mm, top at least 20 mm (the Decree's margins) on the first page."""
    runs = runs_of(printed.pages[number])
    left = min(r.x for r in runs)
    top = max(r.y + r.size for r in runs)
    assert 29.5 * MM <= left <= 35.5 * MM, f"left margin {left / MM:.1f} mm"
    assert A4[1] - top >= 19.5 * MM, f"top margin {(A4[1] - top) / MM:.1f} mm"


def assert_header_side_by_side(printed: Printed, issuer_first_line: str) -> None:
    """Issuer header left, Quốc hiệu right, on the same line of page 1; the Quốc hiệu in one line."""
    on_first = [line for page, line in printed.find(issuer_first_line) if page == 0]
    assert on_first, f"{issuer_first_line!r} is not on page 1"
    issuer = max(on_first, key=lambda line: line.y)  # the header's, not a later line saying the same
    page, page_2 = 0, printed.one("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")[0]
    nation = printed.one("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")[1]
    assert page == page_2 == 0
    assert abs(issuer.y - nation.y) < 3, f"issuer at y={issuer.y:.0f}, Quốc hiệu at y={nation.y:.0f}: stacked"
    assert nation.x - issuer.x > 150, "Quốc hiệu is not in a column of its own right of the issuer"
    _, motto = printed.one("Độc lập - Tự do - Hạnh phúc")
    assert motto.y < nation.y and motto.x > nation.x


def assert_signer_whole(printed: Printed, lines: list[str]) -> int:
    """Every line of the signer block on one page, right of the middle, top to bottom in order."""
    found = [printed.one(text) for text in lines]
    pages = {page for page, _ in found}
    assert len(pages) == 1, "signer block split over pages: " + ", ".join(f"{t!r} on page {p + 1}" for t, (p, _) in zip(lines, found, strict=True))
    ys = [line.y for _, line in found]
    assert ys == sorted(ys, reverse=True), "signer lines out of order"
    assert all(line.x > A4[0] / 2 - 20 for _, line in found), "signer block is not on the right"
    return pages.pop()


def assert_no_web_chrome(printed: Printed) -> None:
    for number in range(len(printed.pages)):
        text = printed.text(number)
        for chrome in ("Tìm kiếm", "Trang chủ", "Dữ liệu mẫu", "Lên đầu trang", "Thông tin về quyết định", "Dữ liệu mở"):
            assert squeeze(chrome) not in text, f"page {number + 1} prints {chrome!r}"


# ---------------------------------------------------------------- the tests


def test_decision_prints_on_a4_like_the_document(browser, fixture_url: str, tmp_path: Path, screenshots: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        printed = print_pdf(page, fixture_url + "quyet-dinh/qd-2468-ubnd-2025/", tmp_path / "decision.pdf")
    finally:
        page.close()
    images = page_images(printed.path, screenshots, "print-decision")
    assert_a4_pages(printed)
    assert_margins(printed)
    assert_header_side_by_side(printed, "ỦY BAN NHÂN DÂN")
    _, number = printed.one("Số: 2468/QĐ-UBND")
    _, date = printed.one("Sóc Trăng, ngày 20 tháng 6 năm 2025")
    assert number.x < A4[0] / 2 < date.x
    # Body in a serif face at 13-14 pt.
    body = [r for r in runs_of(printed.pages[0]) if "Tiền thưởng" in r.text]
    assert body and all("Serif" in r.font or "Times" in r.font for r in body), body
    assert all(12.9 <= r.size <= 14.1 for r in body), [r.size for r in body]
    signer_page = assert_signer_whole(printed, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Hà Minh Tân"])
    # Nơi nhận beside the signer: same page, left column, level with the first signer line.
    recipients_page, recipients = printed.one("Nơi nhận:")
    _, first_level = printed.one("TM. ỦY BAN NHÂN DÂN")
    assert recipients_page == signer_page and recipients.x < A4[0] / 2
    assert abs(recipients.y - first_level.y) < 20
    # The attached list starts on a new page after the signature and runs to its 270th individual.
    annex_page, annex = printed.one("DANH SÁCH")
    assert annex_page > signer_page
    assert max(line.y for line in printed.lines(annex_page)) == annex.y, "DANH SÁCH is not at the top of its page"
    assert printed.find("Thị xã Vĩnh Châu") and printed.find("Nguyễn Văn An (mẫu 001)")
    assert printed.find("(mẫu 270)")
    assert_no_web_chrome(printed)
    if images:
        assert len(images) == len(printed.pages)


def test_draft_prints_its_blank_number_and_day(browser, fixture_url: str, tmp_path: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        printed = print_pdf(page, fixture_url + "quyet-dinh/qd-chua-so-ubnd-2025/", tmp_path / "draft.pdf")
    finally:
        page.close()
    _, number = printed.one("/QĐ-UBND")
    assert number.squeezed.startswith("Số:") and "Số:/" not in printed.text(0).replace("Số:/QĐ", "")
    runs = [r for r in runs_of(printed.pages[0]) if "/QĐ-UBND" in r.text]
    label = next(r for r in runs_of(printed.pages[0]) if r.text.strip().startswith("S") and abs(r.y - runs[0].y) < 2)
    assert runs[0].x - label.x > 25, "no blank left for the number"  # "Số:" then a blank, then "/QĐ-UBND"
    assert printed.find("tháng 12 năm 2025")
    assert_signer_whole(printed, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Minh Tân"])


def test_bundled_plan_prints_with_header_side_by_side_and_signer_on_one_page(page, site_url: str, tmp_path: Path, screenshots: Path) -> None:
    printed = print_pdf(page, site_url + "ke-hoach/ke-hoach-80-nam-bo-noi-vu/", tmp_path / "plan.pdf")
    page_images(printed.path, screenshots, "print-plan")
    assert_a4_pages(printed)
    assert_margins(printed)
    assert_header_side_by_side(printed, "ỦY BAN NHÂN DÂN")
    assert_signer_whole(printed, ["GIÁM ĐỐC", "Trần Phước Vĩnh"])
    _, recipients = printed.one("Nơi nhận:")
    assert recipients.x < A4[0] / 2
    assert_no_web_chrome(printed)
