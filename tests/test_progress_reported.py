"""Targets on any population (issue 11 item 2) and the /tien-do/ wording (issue 16), built
through the CLI from ``tests/data/population-targets`` and the bundled data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua
from test_pages_dashboard import section, text

FIXTURE = ROOT / "tests" / "data" / "population-targets"


@pytest.fixture(scope="module")
def population_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    validate = run_thiduua("validate", "--data", FIXTURE)
    assert validate.returncode == 0 and "0 lỗi, 0 cảnh báo" in validate.stdout + validate.stderr, validate.stdout + validate.stderr
    out = tmp_path_factory.mktemp("population") / "site"
    build = run_thiduua("build", "--data", FIXTURE, "--out", out)
    assert build.returncode == 0, build.stdout + build.stderr
    return (out / "tien-do" / "index.html").read_text(encoding="utf-8")


def badge(page: str, target_id: str) -> str:
    return re.findall(r'class="status-badge[^"]*">([^<]+)<', section(page, target_id))[0]


def test_reported_figures_count_as_written_latest_decides(population_page: str) -> None:
    body = text(section(population_page, "ho-gia-dinh-van-hoa"))
    assert "Đối tượng: hộ gia đình · Chỉ tiêu: ít nhất 85 % hộ gia đình" in body
    assert "Số liệu đến ngày 30 tháng 6 năm 2025 80,4 % — chỉ tiêu: ít nhất 85 % — chưa đạt (8.040/10.000 hộ gia đình)" in body
    assert "Số liệu đến ngày 30 tháng 11 năm 2025 86,5 % — chỉ tiêu: ít nhất 85 % — đạt (8.650/10.000 hộ gia đình)" in body
    assert "Nguồn: Báo cáo số 120/BC-UBND ngày 05/12/2025 của UBND tỉnh (dữ liệu mẫu)" in body
    assert badge(population_page, "ho-gia-dinh-van-hoa") == "đạt"  # the 30/11 figure, not the 30/06 one
    table = text(section(population_page, "ho-gia-dinh-van-hoa").split("<table", 1)[1])
    assert "Đến ngày Kết quả Chỉ tiêu Đánh giá 30/06/2025 80,4 % (8.040/10.000 hộ gia đình) ít nhất 85 % chưa đạt" in table


def test_the_intro_counts_reported_figures(population_page: str) -> None:
    intro = text(population_page.split('class="as-of"', 1)[1].split("</p>", 1)[0])
    assert "Số liệu tính từ 3 kết quả đánh giá, xếp loại đơn vị và 3 số liệu báo cáo" in intro


def test_a_threshold_is_kept_even_below_it(population_page: str) -> None:
    """97,6 % of voters against "từ 98 % trở lên": the threshold is shown, the target is not met."""
    body = text(section(population_page, "cu-tri-di-bau"))
    assert "97,6 % — chỉ tiêu: ít nhất 98 % — chưa đạt" in body
    assert badge(population_page, "cu-tri-di-bau") == "chưa đạt"


def test_communes_are_counted_from_their_evaluations_and_100_percent_reads_plainly(population_page: str) -> None:
    body = text(section(population_page, "xa-phuong-httnv"))
    assert "Phạm vi: Xã, phường, thị trấn, đặc khu" in body
    assert "66,7 % — chỉ tiêu: 100 % — chưa đạt (2/3 đơn vị)" in body
    assert "ít nhất 100 %" not in body


def test_reported_target_without_figures_says_so(population_page: str) -> None:
    body = text(section(population_page, "doanh-nghiep-tham-gia"))
    assert "Chỉ tiêu: ít nhất 50 doanh nghiệp" in body
    assert "Chưa có số liệu báo cáo." in body
    assert badge(population_page, "doanh-nghiep-tham-gia") == "chưa có số liệu"


def test_bundled_progress_reads_like_a_report(built_site: Path) -> None:
    page = (built_site / "tien-do" / "index.html").read_text(encoding="utf-8")
    body = text(section(page, "don-vi-so-htxsnv"))
    # 7 of 9 units of the Sở rated HTXSNV in 2024 (data/evaluations), target "ít nhất 06".
    assert "Năm 2024 7 đơn vị HTXSNV — chỉ tiêu: ít nhất 06 — đạt" in body
    assert not re.search(r"\b\d\d/\d\d (đơn vị|người) [A-Z]", text(page)), "never '07/06 đơn vị HTXSNV' (result/threshold)"
    # Rating codes: the first use is written out, every use is an <abbr> with its meaning.
    first = page.index("HTXSNV</abbr>")
    assert page[:first].count("HTXSNV") == 0  # nowhere before its first, written-out use
    assert "hoàn thành xuất sắc nhiệm vụ (<abbr title=\"Hoàn thành xuất sắc nhiệm vụ\">HTXSNV</abbr>)" in page
    assert page.count('<abbr title="Hoàn thành xuất sắc nhiệm vụ">HTXSNV</abbr>') > 3
    assert "hoàn thành xuất sắc nhiệm vụ (<abbr" not in page[first + 20 :]
    assert '<abbr title="Không hoàn thành nhiệm vụ">KHTNV</abbr>' in page


def test_progress_headings_say_what_the_target_is(built_site: Path) -> None:
    page = (built_site / "tien-do" / "index.html").read_text(encoding="utf-8")
    headings = [text(h) for h in re.findall(r"<h3[^>]*>(.*?)</h3>", page, re.S)]
    assert len(headings) == 9
    assert not [h for h in headings if re.match(r"^[a-zđ]\)", h)], headings
    assert "Đơn vị thuộc và trực thuộc Sở hoàn thành xuất sắc nhiệm vụ ¶" in headings
    assert "Điểm b) mục Chỉ tiêu thi đua" in text(section(page, "don-vi-so-htxsnv"))
