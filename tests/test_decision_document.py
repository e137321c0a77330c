"""A decision as the signed document (issue 11 items 4-6): order of Nghị định 30/2020, attached list,
blank number and day, Party document numbers, grouped recipients — through the CLI and built HTML.

The fixture ``tests/data/decision_document`` is written by its ``make_fixture.py`` (fictional people,
``sample: true``): a provincial decision with four Căn cứ lines, three Điều, 300 recipients grouped
I. TẬP THỂ / II. CÁ NHÂN by district, a four-line signer block and "(Đã ký)"; and a draft without
number or day.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_thiduua
from htmltext import page_text
from test_pages_records import Node, parse, resolve
from test_schema import _load_like_editor

from generator.models.common import DocumentRef, Signer, document_code

FIXTURE = ROOT / "tests" / "data" / "decision_document"
DECISION = "quyet-dinh/qd-2468-ubnd-2025/index.html"
DRAFT = "quyet-dinh/qd-chua-so-ubnd-2025/index.html"
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("decision-document") / "site"
    result = run_thiduua("build", "--data", FIXTURE, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def document(site: Path, page: str) -> Node:
    return parse(site / page).find("article", cls="vb-document")


def raw_text(site: Path, page: str, cls: str) -> str:
    """The text of the first ``<p class=cls>``, spaces kept as written (``Node.text`` folds them)."""
    match = re.search(f'<p class="{cls}">(.*?)</p>', (site / page).read_text(encoding="utf-8"), re.DOTALL)
    assert match, cls
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))


# ---------------------------------------------------------------- the fixture itself


def test_fixture_is_what_its_script_writes(tmp_path: Path) -> None:
    """The committed YAML is the script's output (edit the script, not the files)."""
    copy = tmp_path / "fixture"
    shutil.copytree(FIXTURE, copy, ignore=shutil.ignore_patterns("*.yaml"))
    subprocess.run([sys.executable, str(copy / "make_fixture.py")], check=True)
    written = sorted(p.relative_to(copy) for p in copy.rglob("*.yaml"))
    committed = sorted(p.relative_to(FIXTURE) for p in FIXTURE.rglob("*.yaml"))
    assert written == committed
    assert all((copy / p).read_bytes() == (FIXTURE / p).read_bytes() for p in written)


def test_fixture_validates_without_warnings_and_against_the_published_schema() -> None:
    """No false "46/CT/TW" warning for the Party document cited as "46-CT/TW"."""
    result = run_thiduua("validate", "--data", FIXTURE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 lỗi, 0 cảnh báo" in result.stdout + result.stderr
    schema = json.loads((ROOT / "site_src/docs/du-lieu/schema/decisions.schema.json").read_text(encoding="utf-8"))
    for path in sorted((FIXTURE / "decisions").glob("*.yaml")):
        jsonschema.validate(_load_like_editor(path), schema)


# ---------------------------------------------------------------- the document, in order


def test_decision_renders_in_the_order_of_decree_30(site: Path) -> None:
    doc = document(site, DECISION)
    text = doc.text
    expected = [
        "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "Số: 2468/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Sóc Trăng, ngày 20 tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "Căn cứ Luật Tổ chức chính quyền địa phương",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP",
        "Căn cứ Chỉ thị số 46-CT/TW",
        "Theo đề nghị của Giám đốc Sở Nội vụ",
        "QUYẾT ĐỊNH:",
        "Điều 1. Tặng Bằng khen",
        "Điều 2. Tiền thưởng",
        "Điều 3. Quyết định này có hiệu lực",
        "Nơi nhận:",
        "Như Điều 3;",
        "Bộ Nội vụ (b/c);",
        "Lưu: VT, TĐKT.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "(Đã ký)",
        "Hà Minh Tân",
    ]
    positions = [text.find(part) for part in expected]
    assert -1 not in positions, [p for p, at in zip(expected, positions, strict=True) if at == -1]
    pairs = list(zip(expected, positions, strict=True))
    assert positions == sorted(positions), "out of order: " + ", ".join(
        f"{a!r} after {b!r}" for (a, pa), (b, pb) in itertools.pairwise(pairs) if pb < pa
    )
    assert [p.text for p in doc.find_all("p", cls="vb-basis")][:4] == [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
        "Căn cứ Chỉ thị số 46-CT/TW ngày 15 tháng 12 năm 2024 của Ban Bí thư (dữ liệu mẫu);",
    ]
    articles = doc.find_all("div", cls="vb-article")
    assert [a.attrs["id"] for a in articles] == ["dieu-1", "dieu-2", "dieu-3"]
    signer = doc.find("div", cls="vb-signer")
    assert [p.text for p in signer.find_all("p")] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Hà Minh Tân"]
    # Nơi nhận and the signer share one footer row: left and right columns.
    footer = doc.find("div", cls="vb-footer")
    assert [c.attrs["class"] for c in footer.children if isinstance(c, Node)] == ["vb-recipients", "vb-signer"]


def test_attached_list_follows_the_document_grouped_and_numbered_as_the_decision(site: Path) -> None:
    page = parse(site / DECISION)
    html = (site / DECISION).read_text(encoding="utf-8")
    assert html.index('class="vb-signer-name"') < html.index('class="vb-annex')  # the list comes after the signature
    annex = page.find("section", cls="vb-annex")
    assert page.find("h2", cls="vb-annex-title").text.rstrip("¶").strip() == "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
    assert annex.find("p", cls="vb-annex-note").text == (
        "(Kèm theo Quyết định số 2468/QĐ-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Sóc Trăng)"
    )
    lines: list[tuple[str, ...]] = []
    for tr in annex.find_all("tr"):
        if "vb-annex-group" in tr.classes:
            lines.append(("group", tr.text))
        elif tr.find_all("td"):
            lines.append(tuple(td.text for td in tr.find_all("td")))
    headings = [line[1] for line in lines if line[0] == "group"]
    districts = ["Huyện Mỹ Tú", "Huyện Kế Sách", "Huyện Long Phú", "Huyện Mỹ Xuyên", "Huyện Thạnh Trị", "Thị xã Vĩnh Châu"]
    assert headings == ["I. TẬP THỂ", *districts, "II. CÁ NHÂN", *districts]
    rows = [line for line in lines if line[0] != "group"]
    assert len(rows) == 300
    collectives, individuals = rows[:30], rows[30:]
    # numbers restart at each top-level group and run on through its districts
    assert [r[0] for r in collectives] == [str(n) for n in range(1, 31)]
    assert [r[0] for r in individuals] == [str(n) for n in range(1, 271)]
    # a collective as the decision writes it, linked to its commune record (nested tỉnh → huyện → xã)
    assert collectives[0][1] == "Nhân dân và cán bộ xã Phú Mỹ, huyện Mỹ Tú, tỉnh Sóc Trăng"
    assert collectives[0][3] == "Huyện Mỹ Tú"
    assert resolve(site, site / DECISION, annex.find("table").find_all("a")[0].attrs["href"]) == site / "don-vi/my-tu-xa-1/index.html"
    assert individuals[0][1:] == ("Nguyễn Văn An (mẫu 001)", "Chủ tịch Ủy ban nhân dân xã", "Xã Phú Mỹ, huyện Mỹ Tú")
    # group headings: "Huyện Kế Sách" comes right after the fifth commune of Mỹ Tú
    index_ke_sach = lines.index(("group", "Huyện Kế Sách"))
    assert lines[index_ke_sach - 1][0] == "5" and lines[index_ke_sach + 1][0] == "6"


def test_web_facts_stand_apart_from_the_document(site: Path) -> None:
    page = parse(site / DECISION)
    facts = page.find("aside", cls="decision-facts")
    assert "30 tập thể, 270 cá nhân" in facts.text
    assert "Đang có hiệu lực" in facts.text
    doc = page.find("article", cls="vb-document")
    assert "Đang có hiệu lực" not in doc.text and "Dữ liệu mở" not in doc.text
    html = (site / DECISION).read_text(encoding="utf-8")
    assert html.index("decision-facts") < html.index('class="vb-document')


def test_the_commune_unit_page_shows_the_honour_as_the_decision_wrote_it(site: Path) -> None:
    text = parse(site / "don-vi/my-tu-xa-1/index.html").find("article").text
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" in text
    assert "Quyết định số 2468/QĐ-UBND" in text


# ---------------------------------------------------------------- no number, no day yet


def test_a_decision_without_number_or_day_leaves_them_blank(site: Path) -> None:
    number = raw_text(site, DRAFT, "vb-number")
    assert re.fullmatch(f"Số: {NBSP}{{6}}/QĐ-UBND", number), repr(number)
    place_date = raw_text(site, DRAFT, "vb-place-date")
    assert re.fullmatch(f"Sóc Trăng, ngày{NBSP}{{5}} tháng 12 năm 2025", place_date), repr(place_date)
    page = parse(site / DRAFT)
    everything = re.sub(r"[ \t\r\n]+", " ", page_text(site / DRAFT))  # blanks (no-break spaces) kept
    for wrong in ("Số /QĐ", "số /QĐ", "Số: /QĐ"):
        assert wrong not in everything, wrong
    assert page.find("title").text.startswith("Quyết định /QĐ-UBND (chưa ghi số)")
    ld = json.loads(next(n for n in page.find_all("script") if n.attrs.get("type") == "application/ld+json").text)
    assert "legislationIdentifier" not in ld  # no identifier rather than a wrong one
    note = raw_text(site, DRAFT, "vb-annex-note")
    assert note.startswith(f"(Kèm theo Quyết định số {NBSP * 6}/QĐ-UBND ngày{NBSP * 5} tháng 12 năm 2025")
    # the list of decisions and the unit's page cite it without a run-together "số /QĐ"
    assert "số /QĐ" not in re.sub(r"[ \t\r\n]+", " ", page_text(site / "don-vi/my-tu-xa-1/index.html"))


def test_lists_and_the_calendar_show_a_blank_number_as_the_plan_does(site: Path) -> None:
    """The decisions list's number column and the calendar's summary write "…/QĐ-UBND" (the plan's
    "Kế hoạch số …/KH-SNV"), never a bare "/QĐ-UBND" that reads as a slip."""
    listing = (site / "quyet-dinh" / "index.html").read_text(encoding="utf-8")
    row = next(r for r in re.findall(r"<tr[ >].*?</tr>", listing, re.DOTALL) if "qd-chua-so-ubnd-2025/" in r)
    link = re.search(r'<a class="decision-link" href="[^"]*qd-chua-so-ubnd-2025/">(.*?)</a>', row, re.DOTALL)
    assert link, row
    assert link.group(1) == '<span class="blank-number" title="Bản gốc chưa ghi số">…</span>/QĐ-UBND', link.group(1)
    numbered = re.search(r'<a class="decision-link" href="[^"]*qd-2468-ubnd-2025/">(.*?)</a>', listing)
    assert numbered and numbered.group(1) == "2468/QĐ-UBND"  # a numbered one is unchanged
    calendar = (site / "lich-trinh.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
    summaries = [line for line in calendar.splitlines() if line.startswith("SUMMARY:Quyết định")]
    draft = [line for line in summaries if "/QĐ-UBND" in line and "2468" not in line]
    assert draft, summaries
    for line in draft:
        assert line.startswith("SUMMARY:Quyết định số …/QĐ-UBND: "), line
        assert "chưa ghi số" in line, line
    assert any(line.startswith("SUMMARY:Quyết định số 2468/QĐ-UBND: ") for line in summaries), summaries
    widget = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", (site / "nhung" / "quyet-dinh-moi.html").read_text(encoding="utf-8"))))
    assert "Quyết định số …/QĐ-UBND (chưa ghi số)" in widget, widget  # the portal's "latest decisions" snippet
    assert "số /QĐ" not in widget


# ---------------------------------------------------------------- numbers as written


@pytest.mark.parametrize(
    ("number", "symbol", "printed"),
    [
        ("46", "CT/TW", "46-CT/TW"),  # Chỉ thị of the Ban Bí thư
        ("01", "KL/TW", "01-KL/TW"),
        ("319", "KH/TU", "319-KH/TU"),  # Tỉnh ủy
        ("12", "KH/TWĐTN-VP", "12-KH/TWĐTN-VP"),  # Trung ương Đoàn
        ("05", "QĐ/ĐU", "05-QĐ/ĐU"),
        ("98", "2023/NĐ-CP", "98/2023/NĐ-CP"),  # state documents: a slash
        ("3989", "KH-BNV", "3989/KH-BNV"),
        ("", "KH-SNV", "/KH-SNV"),
    ],
)
def test_document_numbers_print_as_each_kind_of_body_writes_them(number: str, symbol: str, printed: str) -> None:
    assert document_code(number, symbol) == printed
    assert DocumentRef(kind="Văn bản", number=number, symbol=symbol).code == printed


def test_a_wrong_party_number_in_a_basis_line_is_still_warned(tmp_path: Path) -> None:
    """The check itself still bites: the line cites 47-CT/TW, the document is 46-CT/TW."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    path = data / "decisions" / "qd-2468-ubnd-2025.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Căn cứ Chỉ thị số 46-CT/TW", "Căn cứ Chỉ thị số 47-CT/TW"), encoding="utf-8")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "47-CT/TW" in row)
    result = run_thiduua("validate", "--data", data)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output  # a warning, not an error
    assert f"qd-2468-ubnd-2025.yaml:{line}:" in output
    assert "legal_basis[3].text: cảnh báo: văn bản căn cứ không nhắc tới số hiệu '46-CT/TW'" in output


def test_signer_takes_any_number_of_levels() -> None:
    levels = ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
    assert Signer(levels=levels, name="Nguyễn Văn A").levels == levels


def test_units_nest_province_district_commune(site: Path) -> None:
    """xã → huyện → tỉnh: each page names its parent and lists its sub-units."""
    commune = parse(site / "don-vi/my-tu-xa-1/index.html").find("article")
    parent = next(dd for dt, dd in zip(commune.find_all("dt"), commune.find_all("dd"), strict=True) if dt.text == "Đơn vị cấp trên")
    assert parent.text == "Huyện Mỹ Tú"
    assert resolve(site, site / "don-vi/my-tu-xa-1/index.html", parent.find("a").attrs["href"]) == site / "don-vi/my-tu/index.html"
    district = parse(site / "don-vi/my-tu/index.html").find("article")
    assert "Xã Phú Mỹ, huyện Mỹ Tú" in [li.text for li in district.find_all("li")]
    province = parse(site / "don-vi/tinh-soc-trang/index.html").find("article")
    assert {"Huyện Mỹ Tú", "Thị xã Vĩnh Châu"} <= {li.text for li in province.find_all("li")}
