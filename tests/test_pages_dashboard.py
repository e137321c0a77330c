"""Dashboard pages through the built site: progress, home, announcements, feed, timeline, .ics, open data.

The progress figures are checked on ``tests/data/progress``, whose numbers were worked out by
hand (see the comments next to each expectation).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import urllib.parse
from pathlib import Path

import feedparser
import icalendar
import pytest
from conftest import ROOT, run_thiduua
from htmltext import parse

PROGRESS_DATA = ROOT / "tests" / "data" / "progress"
KINDS = ("plans", "units", "people", "awards", "decisions", "evaluations", "announcements")
DASHBOARD_PAGES = ("index.html", "tien-do/index.html", "thong-bao/index.html", "lich-trinh/index.html", "du-lieu/index.html")


def text(fragment: str) -> str:
    joined = " ".join(parse(fragment).parts).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", joined)).strip()


def section(page: str, heading_id: str) -> str:
    """HTML from the heading with ``heading_id`` to the next heading of the same level."""
    match = re.search(rf'<(h[23]) id="{re.escape(heading_id)}"', page)
    assert match, heading_id
    rest = page[match.end():]
    end = re.search(rf"<{match.group(1)}[ >]", rest)
    return rest[: end.start()] if end else rest


@pytest.fixture(scope="module")
def progress_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("progress") / "site"
    result = run_thiduua("build", "--data", PROGRESS_DATA, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def progress_page(progress_site: Path) -> str:
    return (progress_site / "tien-do" / "index.html").read_text(encoding="utf-8")


# --- Progress: figures computed by hand from tests/data/progress/evaluations ---------------

EXPECTED_FIGURES = {
    # 2024: dv-1..dv-4 evaluated, HTXSNV: dv-1, dv-2 -> 2 ≥ 2. 2025: only dv-1 (HTTNV) -> 0 < 2.
    "t1-don-vi-htxsnv": ["Năm 2024 2 đơn vị HTXSNV — chỉ tiêu: ít nhất 02 — đạt (2 trong số 4 đơn vị có số liệu)", "Năm 2025 0 đơn vị HTXSNV — chỉ tiêu: ít nhất 02 — chưa đạt (0 trong số 1 đơn vị có số liệu)"],
    # 2024: 6 units rated (pnv-3 has none), HTXSNV/HTTNV: dv-1, dv-2, dv-3, pnv-1 -> 4/6 = 66,67 %.
    # 2025: dv-1 HTTNV -> 1/1 = 100 %.
    "t2-ty-le-httnv": ["Năm 2024 66,7 % — chỉ tiêu: ít nhất 80 % — chưa đạt (4/6 đơn vị)", "Năm 2025 100 % — chỉ tiêu: ít nhất 80 % — đạt (1/1 đơn vị)"],
    # staff of dv-1, dv-2, dv-3: 10 + 11 + 12 = 33 people, HTXSNV 3 + 1 + 2 = 6 -> 18,18 %.
    "t3-ccvc-htxsnv": ["Năm 2024 18,2 % — chỉ tiêu: ít nhất 20 % — chưa đạt (6/33 người)", "Năm 2025 Chưa có số liệu đánh giá"],
    # one KHTNV person in dv-2, threshold "at most 0".
    "t4-khong-ccvc-khtnv": ["Năm 2024 1 người KHTNV — chỉ tiêu: không quá 0 — chưa đạt"],
    # pnv-1 has 0 violations, pnv-2 has 2 -> exactly 50 %, which meets "at least 50 %".
    "t5-khong-vi-pham": ["Năm 2024 50 % — chỉ tiêu: ít nhất 50 % — đạt (1/2 đơn vị)", "Năm 2025 Chưa có số liệu đánh giá"],
    # no evaluation of a unit of kind "so" at all.
    "t7-so-htxsnv": ["Năm 2024 Chưa có số liệu đánh giá", "Năm 2025 Chưa có số liệu đánh giá"],
    # exactly one Phòng Nội vụ (pnv-1) rated HTXSNV.
    "t8-dung-mot-phong": ["Năm 2024 1 đơn vị HTXSNV — chỉ tiêu: đúng 01 — đạt"],
}


@pytest.mark.parametrize("target_id", sorted(EXPECTED_FIGURES))
def test_progress_figures_match_hand_computation(progress_page: str, target_id: str) -> None:
    body = text(section(progress_page, target_id))
    for figure in EXPECTED_FIGURES[target_id]:
        assert figure in body, (figure, body)


def test_progress_overall_status_uses_latest_year_with_data(progress_page: str) -> None:
    badges = {tid: re.findall(r'class="status-badge[^"]*">([^<]+)<', section(progress_page, tid))[0] for tid in EXPECTED_FIGURES}
    assert badges["t1-don-vi-htxsnv"] == "chưa đạt"  # 2025 is the latest year with data
    assert badges["t2-ty-le-httnv"] == "đạt"
    assert badges["t3-ccvc-htxsnv"] == "chưa đạt"  # 2025 has no staff data: 2024 counts
    assert badges["t7-so-htxsnv"] == "chưa có số liệu"
    summary = text(progress_page.split('class="progress-overview"', 1)[1].split("</div>", 1)[0])
    assert "3 chỉ tiêu đạt 3 chưa đạt 1 chưa có số liệu 1 định tính" in summary


def test_qualitative_target_says_it_has_no_measure(progress_page: str) -> None:
    body = section(progress_page, "t6-dinh-tinh")
    assert "Chỉ tiêu định tính, chưa có số liệu đo" in text(body)
    assert "<svg" not in body and "<table" not in body


def test_years_outside_the_plan_period_are_ignored(progress_page: str) -> None:
    # dv-1 has a 2023 evaluation; the plan runs 2024–2025.
    assert "Năm 2023" not in text(progress_page)


def test_counted_and_missing_units_are_listed_with_links(progress_page: str) -> None:
    body = section(progress_page, "t2-ty-le-httnv")
    years = body.split('class="progress-year"')[1:]
    first, second = parse(years[0]), parse(years[1])
    links_2024 = [a.get("href") for tag, a in first.tags if tag == "a"]
    assert "../don-vi/dv-1/" in links_2024 and "../don-vi/pnv-3/" in links_2024  # pnv-3: missing in 2024
    assert "Chưa có số liệu của: Phòng Nội vụ huyện Ba" in text(years[0])
    names = re.findall(r'<li><a href="\.\./don-vi/[^"]+">([^<]+)</a>', section(progress_page, "t1-don-vi-htxsnv").split('class="progress-year"')[1])
    assert names == ["Chi cục Văn thư", "Phòng Công chức", "Thanh tra Sở", "Văn phòng Sở"]  # Vietnamese order, not by id
    # pnv-3 was dissolved on 31/12/2024: not "missing" in 2025.
    assert "../don-vi/pnv-3/" not in [a.get("href") for tag, a in second.tags if tag == "a"]


def test_every_chart_is_an_accessible_image_with_a_table_alternative(progress_page: str) -> None:
    svgs = re.findall(r'<svg class="progress-chart"[^>]*>', progress_page)
    assert len(svgs) == 8  # one per (target, year) with data: t1×2, t2×2, t3, t4, t5, t8
    for svg in svgs:
        assert 'role="img"' in svg and 'aria-label="Năm 20' in svg
    table = text(section(progress_page, "t3-ccvc-htxsnv").split("<table", 1)[1])
    assert "2024 18,2 % (6/33 người) ít nhất 20 % chưa đạt" in table
    assert "2025 — ít nhất 20 % chưa có số liệu" in table


def test_progress_page_shows_as_of_date_and_sample_notice(progress_page: str) -> None:
    body = text(progress_page)
    assert "dữ liệu cập nhật đến ngày 15 tháng 01 năm 2024" in body
    assert "Dữ liệu mẫu" in body


def test_bundled_progress_page_exists_with_every_target(built_site: Path) -> None:
    page = (built_site / "tien-do" / "index.html").read_text(encoding="utf-8")
    for target_id in ("don-vi-so-htxsnv", "phong-noi-vu-httnv", "ccvc-htxsnv", "don-vi-khong-vi-pham", "ccvc-huong-ung"):
        assert f'id="{target_id}"' in page
    assert "Chỉ tiêu định tính, chưa có số liệu đo" in text(section(page, "ccvc-huong-ung"))


def test_dashboard_outputs_are_byte_identical_across_builds(progress_site: Path, tmp_path: Path) -> None:
    again = tmp_path / "site"
    result = run_thiduua("build", "--data", PROGRESS_DATA, "--out", again, env={"PYTHONHASHSEED": "12345"})
    assert result.returncode == 0, result.stdout + result.stderr
    for rel in ("index.html", "tien-do/index.html", "thong-bao/feed.xml", "lich-trinh.ics", "lich-trinh/index.html",
                "du-lieu/index.html", *(f"du-lieu/{k}.{ext}" for k in KINDS for ext in ("json", "csv"))):
        assert (again / rel).read_bytes() == (progress_site / rel).read_bytes(), rel


# --- Home ----------------------------------------------------------------------------------

def test_home_shows_campaign_pinned_announcements_and_milestone_dates(built_site: Path) -> None:
    page = (built_site / "index.html").read_text(encoding="utf-8")
    body = text(page)
    assert "Đợt thi đua đặc biệt chào mừng 80 năm Ngày thành lập Bộ Nội vụ" in body
    assert "Thông báo quan trọng" in body
    pinned = text(page.split('id="home-pinned"', 1)[1].split("</section>", 1)[0])
    assert "Hạn tổng kết, bình xét khen thưởng đợt thi đua đặc biệt trước ngày 10/8/2025" in pinned
    assert "Trang trọng Lễ Kỷ niệm" not in pinned  # not pinned
    assert '<time datetime="2025-08-10">ngày 10 tháng 8 năm 2025</time>' in page
    assert re.search(r"còn \d+ ngày", body) is None  # computed in the browser, never at build time
    assert 'src="assets/javascripts/dashboard.js"' in page


def test_home_highlights_next_exact_milestone_as_of_the_data(progress_site: Path, built_site: Path) -> None:
    # Fixture data is as of 15/01/2024: 01/01/2024 is past; 12/2025 is the next exact date, ahead of
    # "tháng 9 năm 2024" and "năm 2025" (no day to count down to).
    page = (progress_site / "index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li class="milestone([^"]*)"[^>]*data-precision="(\w+)">\s*<span class="milestone-date"><time datetime="([^"]+)"', page)
    assert items == [(" is-past", "day", "2024-01-01"), ("", "month", "2024-09"), ("", "year", "2025"), (" is-next", "day", "2025-12-20")]
    assert re.search(r'<p class="milestone-done" hidden>', page)
    # Bundled data is as of 29/08/2025: every exact date is past; "năm 2025" is still under way.
    bundled = (built_site / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<li class="milestone is-next"[^>]*>\s*<span class="milestone-date"><time datetime="([^"]+)"', bundled) == ["2025"]


def test_home_links_every_section_and_latest_decisions(built_site: Path) -> None:
    page = (built_site / "index.html").read_text(encoding="utf-8")
    hrefs = {a.get("href") for tag, a in parse(page).tags if tag == "a"}
    for section_url in ("ke-hoach/", "tien-do/", "vinh-danh/", "guong-dien-hinh/", "quyet-dinh/", "don-vi/", "thong-bao/", "lich-trinh/", "du-lieu/"):
        assert section_url in hrefs, section_url
        assert (built_site / section_url / "index.html").is_file(), section_url
    chunk = page.split('id="home-decisions"', 1)[1].split("</section>", 1)[0]
    links = [a["href"] for tag, a in parse(chunk).tags if tag == "a" and a.get("href", "").startswith("quyet-dinh/qd-")]
    assert len(links) == 5 and all((built_site / link / "index.html").is_file() for link in links)
    decisions = text(chunk)
    assert decisions.index("245/QĐ-SNV") < decisions.index("2135/QĐ-BNV")  # newest first


# --- Announcements and the Atom feed ---------------------------------------------------------

def test_announcements_pinned_first_then_newest(built_site: Path) -> None:
    page = (built_site / "thong-bao" / "index.html").read_text(encoding="utf-8")
    titles = re.findall(r'<h2 class="ann-title"><a href="([^"]+)"', page)
    assert titles == [
        "2025-07-21-han-tong-ket-binh-xet/",  # pinned, newer
        "2025-06-10-huong-dan-ho-so-de-nghi-khen-thuong/",  # pinned
        "2025-08-29-le-ky-niem-80-nam/",
        "2025-08-20-ket-qua-binh-xet-khen-thuong/",
        "2024-07-25-phat-dong-dot-thi-dua-dac-biet/",
    ]
    body = text(page)
    assert "Tin tức (2)" in body and "Tháng 8 năm 2025 (2)" in body and "Năm 2024 (1)" in body


def test_announcement_category_archive_and_single_pages(built_site: Path) -> None:
    category = text((built_site / "thong-bao" / "chuyen-muc" / "tin-tuc" / "index.html").read_text(encoding="utf-8"))
    assert "Trang trọng Lễ Kỷ niệm 80 năm" in category and "Hạn tổng kết" not in category
    month = text((built_site / "thong-bao" / "2025" / "08" / "index.html").read_text(encoding="utf-8"))
    assert "Kết quả bình xét khen thưởng" in month and "Hướng dẫn lập hồ sơ" not in month
    single = (built_site / "thong-bao" / "2025-06-10-huong-dan-ho-so-de-nghi-khen-thuong" / "index.html").read_text(encoding="utf-8")
    assert "<h2" in single and "Thành phần hồ sơ (01 bộ)" in text(single)  # Markdown body rendered
    assert "ngày 10 tháng 6 năm 2025" in text(single) and "Dữ liệu mẫu" in text(single)
    assert '<meta property="og:type" content="article">' in single


def test_feed_parses_and_links_to_existing_pages(built_site: Path) -> None:
    raw = (built_site / "thong-bao" / "feed.xml").read_bytes()
    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == len(list((ROOT / "data" / "announcements").glob("*.md")))
    assert feed.feed.updated == "2025-08-29T00:00:00+07:00"  # the newest announcement, not the clock
    dates = [e.published for e in feed.entries]
    assert dates == sorted(dates, reverse=True)
    assert all(e.id.startswith("tag:thiduua,") for e in feed.entries)
    assert len({e.id for e in feed.entries}) == len(feed.entries)
    for entry in feed.entries:
        target = urllib.parse.urljoin("thong-bao/feed.xml", entry.link)
        assert (built_site / target / "index.html").is_file(), entry.link
        assert entry.content[0].value.startswith("<p>")
    page = (built_site / "thong-bao" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml" title="Thông báo thi đua, khen thưởng" href="feed.xml">' in page


def test_feed_and_open_graph_use_site_url_when_given(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run_thiduua("build", "--out", out, "--site-url", "https://example.gov.vn/thi-dua/")
    assert result.returncode == 0, result.stdout + result.stderr
    feed = feedparser.parse((out / "thong-bao" / "feed.xml").read_bytes())
    assert feed.entries[0].link == "https://example.gov.vn/thi-dua/thong-bao/2025-08-29-le-ky-niem-80-nam/"
    assert feed.entries[0].id == "tag:thiduua,2025-08-29:thong-bao/2025-08-29-le-ky-niem-80-nam"  # ids never move
    page = (out / "tien-do" / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:url" content="https://example.gov.vn/thi-dua/tien-do/">' in page
    ics = icalendar.Calendar.from_ical((out / "lich-trinh.ics").read_bytes())
    urls = [str(e.get("URL")) for e in ics.walk("VEVENT")]
    assert "https://example.gov.vn/thi-dua/quyet-dinh/qd-125-snv-2025/" in urls


def test_empty_feed_is_still_valid(progress_site: Path) -> None:
    feed = feedparser.parse((progress_site / "thong-bao" / "feed.xml").read_bytes())
    assert not feed.bozo and feed.entries == []
    assert feed.feed.updated == "2024-01-15T00:00:00+07:00"


# --- Timeline and calendar -------------------------------------------------------------------

def test_timeline_orders_milestones_and_decisions_by_date(built_site: Path) -> None:
    page = (built_site / "lich-trinh" / "index.html").read_text(encoding="utf-8")
    datetimes = re.findall(r'<p class="timeline-date"><time datetime="([^"]+)"', page)
    assert datetimes[:3] == ["2024-07-10", "2024-09", "2025"]
    assert datetimes == sorted(datetimes, key=lambda d: d + "-01" * (2 - d.count("-")))
    body = text(page)
    assert "tháng 9 năm 2024" in body and "năm 2025 dự kiến" in body
    assert "Quyết định số 125/QĐ-SNV" in body


def test_calendar_is_rfc5545(built_site: Path) -> None:
    raw = (built_site / "lich-trinh.ics").read_bytes()
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines)  # CRLF only
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # folding never splits a UTF-8 character
    cal = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == len(cal.walk("VEVENT"))  # unique
    start = events["moc-ke-hoach-80-nam-bo-noi-vu-tong-ket@thiduua"]
    assert str(start["DTSTART"].dt) == "2025-08-10" and str(start["DTEND"].dt) == "2025-08-11"
    assert start["DTSTAMP"].dt.isoformat() == "2025-08-29T00:00:00+00:00"  # from the data
    month = events["moc-ke-hoach-80-nam-bo-noi-vu-sap-xep-don-vi-hanh-chinh@thiduua"]
    assert (str(month["DTSTART"].dt), str(month["DTEND"].dt)) == ("2024-09-01", "2024-10-01")
    assert "moc-ke-hoach-80-nam-bo-noi-vu-dai-hoi-thi-dua-toan-quoc@thiduua" not in events  # year only
    assert str(events["moc-ke-hoach-80-nam-bo-noi-vu-le-ky-niem@thiduua"]["STATUS"]) == "TENTATIVE"
    assert "quyet-dinh-qd-125-snv-2025@thiduua" in events


# --- Open data --------------------------------------------------------------------------------

def _documented_columns(page: str, kind: str) -> list[str]:
    chunk = section(page, kind)
    return [name.replace("<wbr>", "") for name in re.findall(r'<th scope="row"><code>(.+?)</code></th>', chunk)]


@pytest.mark.parametrize("kind", KINDS)
def test_open_data_csv_and_json(built_site: Path, kind: str) -> None:
    raw = (built_site / "du-lieu" / f"{kind}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    page = (built_site / "du-lieu" / "index.html").read_text(encoding="utf-8")
    assert rows[0] == _documented_columns(page, kind)
    assert rows[0][0] == "id" and "note" not in rows[0]
    records = json.loads((built_site / "du-lieu" / f"{kind}.json").read_text(encoding="utf-8"))
    files = sorted(p.stem for p in (ROOT / "data" / kind).iterdir() if p.suffix in (".yaml", ".md"))
    assert [r["id"] for r in records] == files == [row[0] for row in rows[1:]]
    assert all("note" not in r for r in records)
    assert f'href="schema/{kind}.schema.json"' in page
    assert (built_site / "du-lieu" / "schema" / f"{kind}.schema.json").is_file()


def test_open_data_hides_photos_without_consent(built_site: Path) -> None:
    people = {r["id"]: r for r in json.loads((built_site / "du-lieu" / "people.json").read_text(encoding="utf-8"))}
    assert people["bui-thi-kieu-oanh"]["photo"] is None  # consent: false
    assert people["dang-thi-anh"]["photo"]["consent"] is True
    csv_text = (built_site / "du-lieu" / "people.csv").read_text(encoding="utf-8-sig")
    assert "photos/bui-thi-kieu-oanh" not in csv_text and "photos/dang-thi-anh.png" in csv_text


def test_open_data_csv_flattens_nested_fields_and_lists(built_site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((built_site / "du-lieu" / "plans.csv").read_text(encoding="utf-8-sig"), newline="")))
    plan = rows[0]
    assert plan["issuer.name"] == "Sở Nội vụ tỉnh Sóc Trăng"
    assert plan["signer.levels"] == "GIÁM ĐỐC"
    assert "; " in plan["recipients"]
    assert json.loads(plan["milestones"])[0]["id"] == "bat-dau"  # lists of objects: one JSON cell


# --- No third-party resources ------------------------------------------------------------------

RESOURCE_ATTRS = {"script": ("src",), "img": ("src", "srcset"), "link": ("href",), "iframe": ("src",), "source": ("src", "srcset"),
                  "video": ("src", "poster"), "audio": ("src",), "embed": ("src",), "object": ("data",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href")}


def test_dashboard_pages_load_nothing_from_other_hosts(built_site: Path) -> None:
    pages = [built_site / p for p in DASHBOARD_PAGES]
    pages += list((built_site / "thong-bao").glob("*/index.html")) + list((built_site / "thong-bao").glob("*/*/index.html"))
    assert len(pages) > 10
    for path in pages:
        for tag, attrs in parse(path.read_text(encoding="utf-8")).tags:
            for attr in RESOURCE_ATTRS.get(tag, ()):
                value = (attrs.get(attr) or "").strip()
                assert not re.match(r"^(https?:)?//", value, re.I), (path, tag, attr, value)
        assert "@import" not in path.read_text(encoding="utf-8")
    css = (ROOT / "site_src" / "docs" / "assets" / "thiduua.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css
