"""The plan page: every sentence of the seed document, laid out like the official text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED
from htmltext import normalise, page_text, seed_lines

PLAN = Path("ke-hoach/ke-hoach-80-nam-bo-noi-vu/index.html")


def test_every_seed_line_is_on_the_plan_page(built_site: Path) -> None:
    text = normalise(page_text(built_site / PLAN))
    lines = seed_lines(SEED)
    missing = [line for line in lines if normalise(line) not in text]
    assert len(lines) > 70
    assert missing == []


def test_official_header_number_date_and_signer(built_site: Path) -> None:
    text = normalise(page_text(built_site / PLAN))
    for expected in (
        "Số: /KH-SNV",
        "Sóc Trăng, ngày tháng 7 năm 2024",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Nơi nhận:",
        "GIÁM ĐỐC Trần Phước Vĩnh",
    ):
        assert normalise(expected) in text, expected


def test_lettered_points_keep_vietnamese_letter_d_with_stroke(built_site: Path) -> None:
    text = normalise(page_text(built_site / PLAN))
    assert normalise("đ) Tập trung tham mưu triển khai kế hoạch tổ chức Đại hội thi đua") in text
    assert text.index("d) tiếp tục tham mưu") < text.index("đ) tập trung") < text.index("e) toàn ngành")


def test_sections_are_headings_for_the_table_of_contents(built_site: Path) -> None:
    html = (built_site / PLAN).read_text(encoding="utf-8")
    # Anchors keep the letter đ as d ("mục đích" -> "muc-dich"), not drop it.
    assert 'id="i-muc-dich-yeu-cau"' in html
    assert 'id="b-doi-voi-ca-nhan"' in html
    for heading in ("V. TỔ CHỨC THỰC HIỆN", "5. Hồ sơ đề nghị khen thưởng", "b) Đối với cá nhân"):
        assert heading in html, heading


def test_plan_page_is_in_vietnamese(built_site: Path) -> None:
    html = (built_site / PLAN).read_text(encoding="utf-8")
    assert '<html lang="vi"' in html


def test_the_test_copy_of_the_seed_is_the_source_document() -> None:
    source = SEED.parents[3] / "shared" / "seed" / "000_a669bd66bfe1629e.txt"
    if not source.is_file():
        pytest.skip(f"source document not beside the repository ({source})")
    assert SEED.read_bytes() == source.read_bytes()
