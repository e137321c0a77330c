"""Site identity from data/site.yaml, and the site chrome built from it (issue 11 item 9, issue 16).

Built through the public CLI and read back from the HTML, XML and JSON it writes."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_thiduua

CAN_THO = ROOT / "tests" / "data" / "identity" / "can-tho"


def _text_of(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


@pytest.fixture(scope="module")
def can_tho_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("can-tho") / "site"
    result = run_thiduua("build", "--data", CAN_THO, "--out", out, "--site-url", "https://example.gov.vn/thi-dua/")
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_another_agency_builds_a_site_that_never_says_soc_trang(can_tho_site: Path) -> None:
    """grep over every built HTML, XML, JSON, text and gzip file."""
    checked = 0
    offenders = []
    for path in sorted(p for p in can_tho_site.rglob("*") if p.is_file()):
        if path.suffix not in (".html", ".xml", ".json", ".txt", ".gz", ".ics", ".csv", ".js", ".css"):
            continue
        checked += 1
        text = _text_of(path)
        if "Sóc Trăng" in text or "SÓC TRĂNG" in text or "soc-trang" in text.lower():
            offenders.append(str(path.relative_to(can_tho_site)))
    assert checked > 30
    assert offenders == []


def test_another_agency_is_named_in_header_footer_meta_and_feed(can_tho_site: Path) -> None:
    home = (can_tho_site / "index.html").read_text(encoding="utf-8")
    assert '<meta name="author" content="Sở Nội vụ thành phố Cần Thơ">' in home
    assert '<span class="site-title__agency">Sở Nội vụ thành phố Cần Thơ</span>' in home
    assert "<title>Trang chủ - Thi đua, khen thưởng ngành Nội vụ thành phố Cần Thơ</title>" in home
    footer = home[home.index('<div class="md-copyright site-footer">'):]
    assert 'href="tel:+842923000000"' in footer and 'href="mailto:lienhe@example.gov.vn"' in footer
    assert "Chịu trách nhiệm nội dung: Giám đốc Sở Nội vụ thành phố Cần Thơ" in footer
    assert "dữ liệu mẫu" in footer  # contact.sample: true
    feed = (can_tho_site / "thong-bao" / "feed.xml").read_text(encoding="utf-8")
    assert "<name>Sở Nội vụ thành phố Cần Thơ</name>" in feed


def test_bundled_site_names_soc_trang_from_its_site_yaml(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<meta name="author" content="Sở Nội vụ tỉnh Sóc Trăng">' in home
    footer = home[home.index('<div class="md-copyright site-footer">'):]
    for expected in ("Địa chỉ:", 'href="tel:+842993000000"', "mailto:", "Bản quyền thuộc Sở Nội vụ tỉnh Sóc Trăng"):
        assert expected in footer
    # tel: and mailto: only for the configured office contacts, nowhere else on any page
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for link in re.findall(r'href="((?:tel|mailto):[^"]*)"', text):
            assert link in ("tel:+842993000000", "mailto:lienhe@example.gov.vn"), (page, link)


def test_without_site_yaml_the_newest_plans_issuer_names_the_site(tmp_path: Path, data_copy: Path) -> None:
    (data_copy / "site.yaml").unlink()
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data_copy, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    home = (out / "index.html").read_text(encoding="utf-8")
    assert '<meta name="author" content="Sở Nội vụ tỉnh Sóc Trăng">' in home
    assert '<span class="site-title__agency">Sở Nội vụ tỉnh Sóc Trăng</span>' in home
    assert "tel:" not in home and "Địa chỉ:" not in home  # no contacts are invented


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("agency:\n  name: Sở Nội vụ\ncontact:\n  phone: gọi cho tôi\n", "data/site.yaml:4:10: contact.phone: lỗi:"),
        ("agency:\n  name: Sở Nội vụ\ncontact:\n  email: khong-phai-email\n", "data/site.yaml:4:10: contact.email: lỗi:"),
        ("agency:\n  name: Sở Nội vụ\nsite_nam: Trang\n", "data/site.yaml:3:1: site_nam: lỗi:"),
        ("site_name: Trang\n", "data/site.yaml:1:1: agency: lỗi:"),
        ("agency:\n  name: Sở Nội vụ\nresponsible:\n  title: Giám đốc\n  phone: 0912 345 678\n", "data/site.yaml:5:3: responsible.phone: lỗi:"),
    ],
    ids=["bad-phone", "bad-email", "unknown-field", "missing-agency", "personal-phone-outside-contact"],
)
def test_bad_site_yaml_is_reported_with_file_line_and_field(tmp_path: Path, data_copy: Path, yaml_text: str, expected: str) -> None:
    (data_copy / "site.yaml").write_text(yaml_text, encoding="utf-8")
    project = data_copy.parent  # data_copy is <tmp_path>/data: paths are shown as "data/site.yaml"
    result = run_thiduua("validate", "--data", "data", cwd=project)
    assert result.returncode == 1
    assert expected in result.stdout + result.stderr, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    out = project / "site"
    build = run_thiduua("build", "--data", "data", "--out", out, "--config", ROOT / "mkdocs.yml", cwd=project)
    assert build.returncode == 1 and not out.exists()  # nothing half-written


def test_unknown_field_in_site_yaml_suggests_the_right_one(tmp_path: Path, data_copy: Path) -> None:
    (data_copy / "site.yaml").write_text("agency:\n  name: Sở Nội vụ\nsite_nam: Trang\n", encoding="utf-8")
    result = run_thiduua("validate", "--data", data_copy)
    assert "site_name" in result.stdout + result.stderr


# --- Pages of the site chrome --------------------------------------------------------------------------

def test_404_page_is_vietnamese_with_home_link_and_search(built_site: Path) -> None:
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert "<h1>Không tìm thấy trang</h1>" in page and "Not found" not in page
    assert "Về trang chủ" in page and 'for="__search"' in page and "md-search__input" in page


def test_help_page_is_in_the_tabs_and_the_editors_guide_is_not(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    tabs = home[home.index('<nav class="md-tabs"'):home.index("</nav>", home.index('<nav class="md-tabs"'))]
    assert 'href="hoi-dap/"' in tabs and "huong-dan" not in tabs
    assert (built_site / "huong-dan" / "index.html").is_file()
    assert 'href="huong-dan/"' in home  # the footer keeps it reachable
    help_page = (built_site / "hoi-dap" / "index.html").read_text(encoding="utf-8")
    assert "<h1" in help_page and "Tra cứu và hỏi đáp" in help_page
    # linked once the look-up page "Tra cứu khen thưởng" is part of the site, named without a link before
    if (built_site / "tra-cuu" / "index.html").is_file():
        assert 'href="../tra-cuu/"' in help_page
    else:
        assert "Tra cứu khen thưởng" in help_page and "tra-cuu/" not in help_page
    for award in ("Bằng khen của Thủ tướng Chính phủ", "Chiến sĩ thi đua cơ sở", "Giấy khen của Giám đốc Sở Nội vụ"):
        assert award in help_page
    assert 'href="tel:+842993000000"' in help_page


def test_home_banner_writes_a_blank_plan_number_as_the_document_does(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    kicker = re.search(r'<p class="home-kicker">(.*?)</p>', home, re.DOTALL)
    assert kicker is not None
    text = re.sub(r"<[^>]+>", "", kicker.group(1))
    assert text.endswith("Kế hoạch số …/KH-SNV")
    assert "(chưa ghi số)" not in text and "Kế hoạch /KH-SNV" not in text


def test_ceremony_reported_by_the_news_is_done_on_home_and_timeline(built_site: Path) -> None:
    timeline = (built_site / "lich-trinh" / "index.html").read_text(encoding="utf-8")
    item = timeline[timeline.index('id="moc-ke-hoach-80-nam-bo-noi-vu-le-ky-niem"'):]
    item = item[: item.index("</li>")]
    assert "đã diễn ra" in item and "dự kiến" not in item
    home = (built_site / "index.html").read_text(encoding="utf-8")
    ceremony = re.search(r'<li class="milestone[^"]*"[^>]*data-start="2025-08-28".*?</li>', home, re.DOTALL)
    assert ceremony and "đã diễn ra" in ceremony.group(0) and "dự kiến" not in ceremony.group(0)
    # a milestone still ahead of the data's date keeps "dự kiến"
    congress = re.search(r'<li class="milestone[^"]*"[^>]*data-start="2025-01-01".*?</li>', home, re.DOTALL)
    assert congress and "dự kiến" in congress.group(0)


def test_unknown_milestone_in_an_announcement_is_an_error(data_copy: Path) -> None:
    path = data_copy / "announcements" / "2025-08-29-le-ky-niem-80-nam.md"
    path.write_text(path.read_text(encoding="utf-8").replace("milestones: [le-ky-niem]", "milestones: [le-ky-nim]"), encoding="utf-8")
    result = run_thiduua("validate", "--data", data_copy)
    assert result.returncode == 1
    assert re.search(r"2025-08-29-le-ky-niem-80-nam\.md:\d+:\d+: milestones\[0\]: lỗi: .*le-ky-nim.*le-ky-niem", result.stdout + result.stderr), result.stdout + result.stderr


def test_plan_oddities_are_marked_verbatim_without_changing_the_text(built_site: Path) -> None:
    plan = (built_site / "ke-hoach" / "ke-hoach-80-nam-bo-noi-vu" / "index.html").read_text(encoding="utf-8")
    for phrase in ("Đề thực hiện", "Đảng Cộng thông tin điện tử"):
        assert f'<span class="nguyen-van" title="Nguyên văn bản gốc, không sửa">{phrase}</span>' in plan
    text = re.sub(r"<[^>]+>", "", plan)
    assert "Đề thực hiện thắng lợi mục tiêu nêu trên" in text  # the words run on as written
    css = (built_site / "assets" / "thiduua.css").read_text(encoding="utf-8")
    assert '.nguyen-van::after { content: " [nguyên văn]"' in css


def test_verbatim_phrase_missing_from_the_text_warns(data_copy: Path) -> None:
    path = data_copy / "plans" / "ke-hoach-80-nam-bo-noi-vu.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - Đề thực hiện\n", "  - Để thực hiện\n", 1), encoding="utf-8")
    result = run_thiduua("validate", "--data", data_copy)
    assert result.returncode == 0
    assert re.search(r"ke-hoach-80-nam-bo-noi-vu\.yaml:\d+:\d+: verbatim\[0\]: cảnh báo: .*Để thực hiện", result.stdout + result.stderr), result.stdout + result.stderr


def test_decisions_list_has_issuer_and_file_columns_and_one_label(built_site: Path) -> None:
    page = (built_site / "quyet-dinh" / "index.html").read_text(encoding="utf-8")
    headers = re.findall(r'<th scope="col">([^<]+)</th>', page)
    assert headers == ["Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Trạng thái", "Tệp"]
    assert "Số ký hiệu" not in page
    assert 'href="tep/qd-125-snv-2025.pdf"' in page or 'href="../quyet-dinh/tep/qd-125-snv-2025.pdf"' in page or "qd-125-snv-2025.pdf" in page
    pdf = next(built_site.rglob("qd-125-snv-2025.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_sample_pdf_says_it_is_fictional() -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    import subprocess

    text = subprocess.run([pdftotext, str(ROOT / "data" / "files" / "qd-125-snv-2025-mau.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "TÀI LIỆU MẪU – HƯ CẤU" in text


def test_units_list_puts_active_units_first_and_groups_dissolved_ones_once(built_site: Path) -> None:
    page = (built_site / "don-vi" / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article"):page.index("</article>")]
    assert article.count("Kế thừa:") == 1
    assert "21 đơn vị chấm dứt hoạt động từ ngày 01 tháng 7 năm 2025" in article
    assert article.index("Sở Nội vụ thành phố Cần Thơ</a>") < article.index("Đơn vị đã sắp xếp, hợp nhất")
    unit = (built_site / "don-vi" / "van-phong-so" / "index.html").read_text(encoding="utf-8")
    unit_article = re.sub(r"<[^>]+>", "", unit[unit.index("<article"):unit.index("</article>")])
    assert unit_article.count("tháng 7 năm 2025") + unit_article.count("tháng 6 năm 2025") == 1


def test_portal_widgets_are_small_self_contained_and_have_a_json_twin(built_site: Path) -> None:
    for name in ("quyet-dinh-moi", "moc-sap-toi", "tien-do"):
        html_path = built_site / "nhung" / f"{name}.html"
        data = json.loads((built_site / "nhung" / f"{name}.json").read_text(encoding="utf-8"))
        html_text = html_path.read_text(encoding="utf-8")
        assert html_path.stat().st_size < 8_000
        assert not re.search(r"<(script|link|img|iframe|object|embed)\b", html_text)
        assert not re.search(r"url\(|@import", html_text)
        assert data["publisher"] == "Sở Nội vụ tỉnh Sóc Trăng" and data["as_of"] == "2025-08-29"
        assert data["items"], name
    decisions = json.loads((built_site / "nhung" / "quyet-dinh-moi.json").read_text(encoding="utf-8"))
    assert decisions["items"][0]["code"] == "245/QĐ-SNV"
    assert "Quyết định số 245/QĐ-SNV" in (built_site / "nhung" / "quyet-dinh-moi.html").read_text(encoding="utf-8")
    progress = json.loads((built_site / "nhung" / "tien-do.json").read_text(encoding="utf-8"))
    assert {i["status"]: i["count"] for i in progress["items"]} == {"dat": 4, "chua-dat": 3, "khong-co-so-lieu": 0, "dinh-tinh": 2}
    docs = (built_site / "nhung" / "index.html").read_text(encoding="utf-8")
    assert "&lt;iframe src=" in docs


def test_widget_links_are_absolute_with_a_site_url(can_tho_site: Path) -> None:
    data = json.loads((can_tho_site / "nhung" / "quyet-dinh-moi.json").read_text(encoding="utf-8"))
    assert all(item["url"].startswith("https://example.gov.vn/thi-dua/quyet-dinh/") for item in data["items"])
