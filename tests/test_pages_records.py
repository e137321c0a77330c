"""Record pages through the built HTML: honor roll, exemplary people, decisions, units.

The fixture dataset ``tests/data/site`` is built once with the real CLI. Its people are named to
catch naive sorting (Đ after D, Ư after U, Â after A, tones a à ả ã á ạ, tên before đệm before họ);
``qd-20`` is revoked by ``qd-21``; ``truong-van-kin`` has a photo without consent.
"""

from __future__ import annotations

import html.parser
import json
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import ROOT, run_thiduua

from generator.vietnamese import fold

FIXTURE = ROOT / "tests" / "data" / "site"
SECTIONS = ("vinh-danh", "guong-dien-hinh", "ca-nhan", "quyet-dinh", "don-vi")
RECORD_SECTIONS = SECTIONS[1:]
"""Sections with one page per record (``vinh-danh`` has pages per year instead)."""

# The van-phong-so group of the Giấy khen section, in Vietnamese list order (tên, đệm, họ) as ICU
# compares "tên đệm họ": the letters of the whole name first, tones only when all letters are equal
# ("Hãnh Thị Đặng" before "Hanh Văn Trịnh": t < v decides before the tone of Hanh).
EXPECTED_ORDER = [
    "Vũ Thị Anh",
    "Bùi Văn Bình",
    "Trần Văn Dũng",
    "Lê Thị Đào",
    "Hoàng Thị Giang",
    "Đặng Thị Hãnh",
    "Lý Thị Hành",
    "Mạc Thị Hạnh",
    "Ngô Thị Hảnh",
    "Cao Văn Hánh",
    "Trịnh Văn Hanh",
    "Trần Minh Hùng",
    "Lê Văn Hùng",
    "Âu Văn Khoa",
    "Bùi Văn Khoa",
    "Phan Văn Lộc",  # honoured by qd-21 (the revoking decision): same award, same unit
    "Đỗ Thị Út",
    "Hồ Thị Ưng",
    "Lâm Thị Vân",
]


# ---------------------------------------------------------------- a very small DOM


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self):  # type: ignore[no-untyped-def]
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.classes)
            and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert found, f"no <{tag} class={cls} {attrs}>"
        return found[0]

    @property
    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text for c in self.children if not (isinstance(c, Node) and c.tag in ("script", "style"))]
        return re.sub(r"\s+", " ", "".join(parts)).strip()


class _Builder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(path: Path) -> Node:
    builder = _Builder()
    builder.feed(path.read_text(encoding="utf-8"))
    return builder.root


def content(site: Path, url: str) -> Node:
    """The article of the page served at ``url`` (a directory URL like ``quyet-dinh/qd-10/``)."""
    return parse(site / url / "index.html").find("article")


def resolve(site: Path, page: Path, href: str) -> Path:
    """The file a relative link on ``page`` points to (a directory means its index.html)."""
    path = unquote(urlsplit(href).path)
    if not path:
        return page
    target = Path(posixpath.normpath(posixpath.join(page.parent.as_posix(), path)))
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def jsonld(page: Node) -> list[dict]:
    return [json.loads("".join(c for c in s.children if isinstance(c, str))) for s in page.find_all("script", type="application/ld+json")]


# ---------------------------------------------------------------- builds


def _build(data: Path, out: Path) -> Path:
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(FIXTURE, tmp_path_factory.mktemp("records") / "site")


# ---------------------------------------------------------------- honor roll


def _section(page: Node, award_id: str) -> Node:
    """The <section> that follows the award's heading."""
    sections = page.find_all("section", cls="honor-award")
    headings = [h for h in page.find_all("h2") if h.attrs.get("id")]
    ids = [h.attrs["id"] for h in headings]
    assert award_id in ids, ids
    return sections[ids.index(award_id)]


def _groups(section: Node) -> dict[str, list[str]]:
    groups = {}
    for group in section.find_all("div", cls="honor-group"):
        title = group.find("h3").text
        groups[title] = [li.find("span", cls="honor-name").text for li in group.find_all("li")]
    return groups


def test_honor_roll_follows_vietnamese_collation(site: Path) -> None:
    page = content(site, "vinh-danh/2025")
    groups = _groups(_section(page, "giay-khen-giam-doc-so-noi-vu"))
    assert groups["Văn phòng Sở"] == EXPECTED_ORDER
    # The fixture really does catch naive orders: code points, or given names compared as plain strings.
    assert sorted(EXPECTED_ORDER) != EXPECTED_ORDER
    assert sorted(EXPECTED_ORDER, key=lambda n: n.split()[-1]) != EXPECTED_ORDER
    assert sorted(EXPECTED_ORDER, key=lambda n: fold(n.split()[-1])) != EXPECTED_ORDER


def test_honor_roll_groups_awards_by_rank_then_collectives_then_units(site: Path) -> None:
    page = content(site, "vinh-danh/2025")
    award_ids = [h.attrs["id"] for h in page.find_all("h2") if h.attrs.get("id")]
    assert award_ids == ["bang-khen-chu-tich-ubnd-tinh", "giay-khen-giam-doc-so-noi-vu"]  # qd-5 (LĐTT) is dated 2024
    groups = _groups(_section(page, "giay-khen-giam-doc-so-noi-vu"))
    assert list(groups) == ["Tập thể", "Văn phòng Sở", "Cá nhân khác"]
    assert groups["Tập thể"] == ["Phòng Cải cách hành chính", "Tập thể Tổ công tác số hóa hồ sơ"]
    assert groups["Cá nhân khác"] == ["Trần Văn Khách"]
    first = _groups(_section(page, "bang-khen-chu-tich-ubnd-tinh"))
    assert list(first) == ["Tập thể", "Phòng Cải cách hành chính", "Phòng Nội vụ huyện Châu Thành"]
    meta = _section(page, "giay-khen-giam-doc-so-noi-vu").find("p", cls="honor-award-meta").text
    assert meta.startswith("Hình thức khen thưởng")
    page_2024 = content(site, "vinh-danh/2024")
    assert _section(page_2024, "lao-dong-tien-tien").find("p", cls="honor-award-meta").text.startswith("Danh hiệu thi đua")


def test_honor_roll_entries_link_to_person_unit_and_decision(site: Path) -> None:
    path = site / "vinh-danh" / "2025" / "index.html"
    page = parse(path).find("article")
    entry = next(li for li in page.find_all("li") if "data-fold" in li.attrs and "Lê Thị Đào" in li.text)
    links = [a.attrs["href"] for a in entry.find_all("a")]
    assert resolve(site, path, links[0]) == site / "ca-nhan" / "le-thi-dao" / "index.html"
    assert resolve(site, path, links[1]) == site / "quyet-dinh" / "qd-10-snv-2025" / "index.html"
    unit_entry = next(li for li in page.find_all("li") if "data-fold" in li.attrs and "Phòng Nội vụ huyện Châu Thành" in li.text)
    assert resolve(site, path, unit_entry.find("a").attrs["href"]) == site / "don-vi" / "phong-noi-vu-huyen-chau-thanh" / "index.html"
    name_only = next(li for li in page.find_all("li") if "data-fold" in li.attrs and "Trần Văn Khách" in li.text)
    assert len(name_only.find_all("a")) == 1  # only the decision: no page for a name not in data/


def test_revoked_decision_is_left_out_of_the_honor_roll(site: Path) -> None:
    page = content(site, "vinh-danh/2025")
    assert "Quách Văn Thu" not in page.text
    assert "20/QĐ-SNV" not in page.text
    entries = [li for li in page.find_all("li") if "data-fold" in li.attrs]
    assert len(entries) == 25  # 21 + 3 + 1 issued recipient lines of 2025; qd-20's one line left out
    count = page.find("p", id="honor-filter-count")
    assert count.text == "Hiển thị 25/25"


def test_honor_roll_filter_markup_is_accessible_and_prefolded(site: Path) -> None:
    path = site / "vinh-danh" / "2025" / "index.html"
    page = parse(path)
    box = page.find("div", cls="honor-filter")
    assert "hidden" in box.attrs  # shown by the script only: without JavaScript the full list stays
    field_ = box.find("input")
    assert box.find("label").attrs["for"] == field_.attrs["id"]
    assert box.find("p", id="honor-filter-count").attrs["aria-live"] == "polite"
    scripts = [s.attrs["src"] for s in page.find_all("script") if "honor-filter.js" in s.attrs.get("src", "")]
    assert len(scripts) == 1
    assert resolve(site, path, scripts[0]).read_bytes() == (ROOT / "site_src/docs/assets/javascripts/honor-filter.js").read_bytes()
    for li in page.find_all("li"):
        if "data-fold" in li.attrs:
            folded = li.attrs["data-fold"]
            assert folded == fold(folded), folded  # no tone marks, no đ, lower case
            assert fold(li.find("span", cls="honor-name").text) in folded
    phuoc = next(li for li in page.find_all("li") if "Nguyễn Thị Phước" in li.text)
    assert "phuoc" in phuoc.attrs["data-fold"]
    dao = next(li for li in page.find_all("li") if "Lê Thị Đào" in li.text)
    assert "le thi dao" in dao.attrs["data-fold"] and "van phong so" in dao.attrs["data-fold"]


# ---------------------------------------------------------------- people


def test_gallery_lists_exemplary_people_with_photo_only_with_consent(site: Path) -> None:
    path = site / "guong-dien-hinh" / "index.html"
    page = parse(path).find("article")
    cards = page.find_all("li", cls="gallery-card")
    names = [c.find("a", cls="gallery-name").text for c in cards]
    assert names == ["Nguyễn Thị Phước", "Trương Văn Kín"]  # 2025 first, then 2024
    phuoc, kin = cards
    img = phuoc.find("img")
    from PIL import Image  # the published photo is re-encoded (no metadata): same pixels, not same bytes

    with Image.open(resolve(site, path, img.attrs["src"])) as published, Image.open(FIXTURE / "photos/nguyen-thi-phuoc.png") as source:
        assert published.format == source.format and published.convert("RGBA").tobytes() == source.convert("RGBA").tobytes()
    assert not kin.find_all("img")
    assert kin.find("svg", cls="portrait-placeholder").text == "TK"
    assert "Phòng Nội vụ huyện Châu Thành" in kin.text and "Tận tụy với công tác tổ chức bộ máy" in kin.text


def test_photo_without_consent_never_reaches_the_site(site: Path) -> None:
    secret = (FIXTURE / "photos" / "truong-van-kin-khong-dong-y.png").read_bytes()
    for path in site.rglob("*"):
        if path.is_file():
            assert "truong-van-kin-khong-dong-y" not in path.name
            assert secret not in path.read_bytes(), path
            if path.suffix in (".html", ".json", ".xml", ".csv"):
                assert "truong-van-kin-khong-dong-y" not in path.read_text(encoding="utf-8", errors="replace"), path
    person = content(site, "ca-nhan/truong-van-kin")
    assert not person.find_all("img")
    assert person.find_all("svg", cls="portrait-placeholder")


def test_exemplary_person_page(site: Path) -> None:
    path = site / "ca-nhan" / "nguyen-thi-phuoc" / "index.html"
    doc = parse(path)
    page = doc.find("article")
    assert page.find("h1").text.startswith("Nguyễn Thị Phước")
    facts = page.find("div", cls="person-facts").text
    assert "Gương điển hình tiên tiến năm 2025" in facts and "Trưởng phòng" in facts
    unit_link = page.find("div", cls="person-facts").find("a")
    assert resolve(site, path, unit_link.attrs["href"]) == site / "don-vi" / "phong-cai-cach-hanh-chinh" / "index.html"
    assert "Đi đầu trong chuyển đổi số" in page.find("blockquote").text
    assert page.find("div", cls="person-achievements").find("strong").text == "toàn bộ"
    award = page.find("ul", cls="award-list").find("li")
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" in award.text
    assert resolve(site, path, award.find("a").attrs["href"]) == site / "quyet-dinh" / "qd-11-ubnd-2025" / "index.html"
    img = page.find("img", cls="portrait")
    assert img.attrs["alt"] == "Ảnh chân dung chị Nguyễn Thị Phước (dữ liệu mẫu)"
    assert page.find_all("div", cls="sample-notice")
    assert doc.find("title").text.startswith("Nguyễn Thị Phước")
    assert "Gương điển hình tiên tiến năm 2025" in doc.find("meta", name="description").attrs["content"]


def test_person_page_marks_revoked_awards_and_keeps_them_out_of_json_ld(site: Path) -> None:
    path = site / "ca-nhan" / "quach-van-thu" / "index.html"
    page = parse(path)
    item = page.find("li", cls="award-revoked")
    assert "Đã bị thu hồi" in item.text
    assert "bị thu hồi theo Quyết định số 21/QĐ-SNV ngày 02 tháng 5 năm 2025" in item.text
    hrefs = [resolve(site, path, a.attrs["href"]) for a in item.find_all("a")]
    assert site / "quyet-dinh" / "qd-20-snv-2025" / "index.html" in hrefs
    assert site / "quyet-dinh" / "qd-21-snv-2025" / "index.html" in hrefs
    (ld,) = jsonld(page)
    assert ld["@type"] == "Person" and ld["name"] == "Quách Văn Thu"
    assert "award" not in ld


def test_person_json_ld(site: Path) -> None:
    (ld,) = jsonld(parse(site / "ca-nhan" / "le-van-hung" / "index.html"))
    assert ld["@context"] == "https://schema.org"
    assert ld["@type"] == "Person"
    assert ld["jobTitle"] == "Chuyên viên"
    assert ld["worksFor"] == {"@type": "GovernmentOrganization", "name": "Văn phòng Sở"}
    assert ld["award"] == [
        "Giấy khen của Giám đốc Sở Nội vụ (Quyết định số 10/QĐ-SNV ngày 05/02/2025)",
        "Lao động tiên tiến (Quyết định số 5/QĐ-SNV ngày 20/12/2024)",
    ]


def _with_extra_people(tmp: Path, n: int) -> Path:
    """The fixture plus ``n`` people in Văn phòng Sở, all honoured by one decision, a third exemplary."""
    data = tmp / f"data-{n}"
    shutil.copytree(FIXTURE, data)
    recipients = []
    for i in range(n):
        pid = f"nguoi-them-{i:04d}"
        lines = ["sample: true", f"name: Nguyễn Văn Thêm {i:04d}", "position: Chuyên viên", "unit: van-phong-so"]
        if i % 3 == 0:
            lines += ["exemplary:", "  year: 2025", "  citation: Gương mẫu.", "  achievements: Hoàn thành tốt nhiệm vụ."]
        (data / "people" / f"{pid}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        recipients.append(f"      - person: {pid}")
    (data / "decisions" / "qd-30-snv-2025.yaml").write_text(
        "sample: true\nnumber: \"30\"\nsymbol: QĐ-SNV\ndate: 2025-06-01\nissuer: Sở Nội vụ tỉnh Sóc Trăng\n"
        "signer:\n  levels: [GIÁM ĐỐC]\n  name: Lâm Văn Ký\ntitle: Về việc tặng Giấy khen (kiểm thử quy mô)\n"
        "awards:\n  - award: giay-khen-giam-doc-so-noi-vu\n    recipients:\n" + "\n".join(recipients) + "\n",
        encoding="utf-8",
    )
    return _build(data, tmp / f"site-{n}")


@pytest.mark.slow
def test_person_pages_do_not_grow_with_the_number_of_people(tmp_path: Path) -> None:
    small, large = _with_extra_people(tmp_path, 20), _with_extra_people(tmp_path, 60)
    # Sanity: the extra people are on the site, and lists that should grow did grow.
    assert (large / "ca-nhan" / "nguoi-them-0057" / "index.html").is_file()
    unit = "don-vi/van-phong-so/index.html"
    assert (large / unit).stat().st_size > (small / unit).stat().st_size + 40 * 50
    for page in ("ca-nhan/nguyen-thi-phuoc/index.html", "ca-nhan/vu-thi-anh/index.html", "ca-nhan/nguoi-them-0000/index.html"):
        a, b = (small / page).stat().st_size, (large / page).stat().st_size
        assert abs(a - b) <= 0.01 * a, (page, a, b)


# ---------------------------------------------------------------- decisions


def test_decision_index_newest_first_by_year(site: Path) -> None:
    page = content(site, "quyet-dinh")
    years = [h.text for h in page.find_all("h2")]
    assert [y.rstrip("¶").strip() for y in years] == ["Năm 2025", "Năm 2024"]
    rows = [[td.text for td in tr.find_all("td")] for tr in page.find_all("tr") if tr.find_all("td")]
    assert [r[0] for r in rows] == ["21/QĐ-SNV", "20/QĐ-SNV", "11/QĐ-UBND", "10/QĐ-SNV", "5/QĐ-SNV"]
    assert rows[3][1] == "05/02/2025"
    assert rows[1][4] == "Đã bị thu hồi" and rows[0][4] == "Đang có hiệu lực"
    assert rows[0][2] and rows[0][5]  # issuer and file columns


def test_decision_page(site: Path) -> None:
    path = site / "quyet-dinh" / "qd-10-snv-2025" / "index.html"
    doc = parse(path)
    page = doc.find("article")
    text = page.text
    assert "Số: 10/QĐ-SNV" in text
    assert "Sóc Trăng, ngày 05 tháng 02 năm 2025" in text
    assert "Sở Nội vụ tỉnh Sóc Trăng" in text and "Đợt 1" in text
    issuer = page.find("div", cls="vb-issuer")
    assert [p.text for p in issuer.find_all("p")] == ["ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "SỞ NỘI VỤ", "Số: 10/QĐ-SNV"]
    signer = page.find("div", cls="vb-signer").text
    assert signer == "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lâm Văn Ký"
    # The simple form (awards[].recipients only) still gives the attached list, derived from it.
    annex = page.find("section", cls="vb-annex")
    assert page.find("h2", cls="vb-annex-title").text.rstrip("¶").strip() == "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ NỘI VỤ"
    assert annex.find("p", cls="vb-annex-note").text == "(Kèm theo Quyết định số 10/QĐ-SNV ngày 05 tháng 02 năm 2025 của Sở Nội vụ tỉnh Sóc Trăng)"
    assert "Đã có thành tích xuất sắc trong đợt thi đua (kiểm thử)." in annex.text
    rows = [tr for tr in annex.find_all("tr") if tr.find_all("td")]
    cells = [[td.text for td in tr.find_all("td")] for tr in rows]
    assert len(rows) == 21
    # the decision's own order, not re-sorted; position and unit only as the decision writes them
    # (issue 17.2: her record's "Chuyên viên", "Văn phòng Sở" are on her page, not on a list she was named in)
    assert cells[0] == ["1", "Lâm Thị Vân", "", ""]
    assert resolve(site, path, rows[0].find("a").attrs["href"]) == site / "ca-nhan" / "lam-thi-van" / "index.html"
    assert cells[19] == ["20", "Tập thể Tổ công tác số hóa hồ sơ", "", ""]
    assert cells[20] == ["21", "Trần Văn Khách", "Công chức Văn phòng - Thống kê xã Mẫu Đơn", ""]
    # The web facts are apart from the document's text, in a box before it.
    facts = page.find("aside", cls="decision-facts")
    assert "Đang có hiệu lực" in facts.find("span", cls="decision-status").text
    assert "2 tập thể, 19 cá nhân" in facts.text
    assert not [a for a in page.find("article", cls="vb-document").find_all("a") if "download" in a.attrs]
    pdf = next(a for a in facts.find_all("a") if "download" in a.attrs)
    assert resolve(site, path, pdf.attrs["href"]).read_bytes() == (FIXTURE / "files" / "qd-10-snv-2025.pdf").read_bytes()
    assert page.find_all("div", cls="sample-notice")
    assert doc.find("title").text.startswith("Quyết định số 10/QĐ-SNV")
    (ld,) = jsonld(doc)
    assert ld["@type"] == "Legislation"
    assert ld["legislationIdentifier"] == "10/QĐ-SNV"
    assert ld["legislationDate"] == "2025-02-05"
    assert ld["legislationPassedBy"] == {"@type": "GovernmentOrganization", "name": "Sở Nội vụ tỉnh Sóc Trăng"}
    assert ld["legislationLegalForce"] == "https://schema.org/InForce"


def test_three_level_signer_and_an_issuer_given_by_name_only(site: Path) -> None:
    page = content(site, "quyet-dinh/qd-11-ubnd-2025")
    issuer = page.find("div", cls="vb-issuer")  # "issuer: Ủy ban nhân dân tỉnh Sóc Trăng": no superior line
    assert [p.text for p in issuer.find_all("p")] == ["ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "Số: 11/QĐ-UBND"]
    signer = page.find("div", cls="vb-signer")
    assert [p.text for p in signer.find_all("p", cls="vb-signer-level")] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_revoked_decision_shows_the_revoking_one_and_vice_versa(site: Path) -> None:
    path = site / "quyet-dinh" / "qd-20-snv-2025" / "index.html"
    doc = parse(path)
    notice = doc.find("div", cls="revoked-notice")
    assert "Quyết định đã bị thu hồi" in notice.text
    assert "Quyết định số 21/QĐ-SNV ngày 02 tháng 5 năm 2025" in notice.text
    assert resolve(site, path, notice.find("a").attrs["href"]) == site / "quyet-dinh" / "qd-21-snv-2025" / "index.html"
    assert doc.find("span", cls="decision-status").text == "Đã bị thu hồi"
    (ld,) = jsonld(doc)
    assert ld["legislationLegalForce"] == "https://schema.org/NotInForce"

    path = site / "quyet-dinh" / "qd-21-snv-2025" / "index.html"
    revokes = parse(path).find("div", cls="revokes-notice")
    assert "Quyết định số 20/QĐ-SNV" in revokes.text
    assert resolve(site, path, revokes.find("a").attrs["href"]) == site / "quyet-dinh" / "qd-20-snv-2025" / "index.html"
    assert not parse(path).find_all("div", cls="revoked-notice")


# ---------------------------------------------------------------- units


def test_unit_index_active_first_then_dissolved_grouped_under_successor(site: Path) -> None:
    page = content(site, "don-vi")
    headings = [h.text.rstrip("¶").strip() for h in page.find_all("h2")]
    assert headings[-1] == "Đơn vị đã sắp xếp, hợp nhất" and "Cơ quan, đơn vị khác" in headings[:-1]
    can_tho = next(li for li in page.find_all("li") if li.text.startswith("Sở Nội vụ thành phố Cần Thơ"))
    assert "Chấm dứt" not in can_tho.text
    chau_thanh = next(li for li in page.find_all("li") if "Phòng Nội vụ huyện Châu Thành" in li.text)
    assert "Chấm dứt" not in chau_thanh.text  # said once for its group, not on every line
    successions = page.find_all("section", cls="unit-succession")
    assert len(successions) == 1
    assert "Kế thừa: Sở Nội vụ thành phố Cần Thơ" in successions[0].text
    assert "chấm dứt hoạt động từ ngày 01 tháng 7 năm 2025" in successions[0].text
    assert "Phòng Nội vụ huyện Châu Thành" in successions[0].text


def test_dissolved_unit_shows_end_date_and_successor(site: Path) -> None:
    path = site / "don-vi" / "phong-noi-vu-huyen-chau-thanh" / "index.html"
    doc = parse(path)
    notice = doc.find("div", cls="dissolved-notice")
    assert "Đơn vị đã chấm dứt hoạt động từ ngày 01 tháng 7 năm 2025; đơn vị kế thừa: Sở Nội vụ thành phố Cần Thơ" in notice.text
    assert resolve(site, path, notice.find("a").attrs["href"]) == site / "don-vi" / "so-noi-vu-can-tho" / "index.html"
    honours = doc.find("ul", cls="award-list").text
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" in honours
    members = [a.text for a in doc.find("ul", cls="member-list").find_all("a")]
    assert members == ["Trương Văn Kín"]
    (ld,) = jsonld(doc)
    assert ld["@type"] == "GovernmentOrganization"
    assert ld["dissolutionDate"] == "2025-06-30"
    assert ld["award"] == ["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Quyết định số 11/QĐ-UBND ngày 15/03/2025)"]


def test_unit_page_evaluations_people_and_parent(site: Path) -> None:
    path = site / "don-vi" / "van-phong-so" / "index.html"
    doc = parse(path)
    page = doc.find("article")
    table = page.find("div", cls="evaluation-table").find("table")
    header = [th.text for th in table.find("thead").find_all("th")]
    assert header == ["Năm", "2024", "2023"]
    rows = {tr.find("th").text: [td.text for td in tr.find_all("td")] for tr in table.find("tbody").find_all("tr")}
    assert rows["Xếp loại tập thể"] == ["HTXSNV", "HTTNV"]
    assert rows["Hoàn thành xuất sắc nhiệm vụ (HTXSNV)"] == ["3", "2"]
    assert rows["Tổng số cán bộ, công chức, viên chức"] == ["18", "20"]
    assert rows["Số người vi phạm quy định"] == ["0", "1"]
    members = [a.text for a in page.find("ul", cls="member-list").find_all("a")]
    assert members[:4] == ["Vũ Thị Anh", "Bùi Văn Bình", "Trần Văn Dũng", "Lê Thị Đào"]
    assert len(members) == 20
    (ld,) = jsonld(doc)
    assert ld["parentOrganization"] == {"@type": "GovernmentOrganization", "name": "Sở Nội vụ tỉnh Sóc Trăng"}
    assert not page.find_all("div", cls="sample-notice")  # the unit itself is real data
    parent = next(a for a in page.find("div", cls="unit-facts").find_all("a") if a.text == "Sở Nội vụ tỉnh Sóc Trăng")
    assert resolve(site, path, parent.attrs["href"]) == site / "don-vi" / "so-noi-vu-soc-trang" / "index.html"
    sub = [a.text for a in content(site, "don-vi/so-noi-vu-soc-trang").find("ul", cls="record-list").find_all("a")]
    assert sub == ["Phòng Cải cách hành chính", "Văn phòng Sở"]


# ---------------------------------------------------------------- every record page


def _record_pages(site: Path) -> list[Path]:
    return sorted(p for section in RECORD_SECTIONS for p in (site / section).rglob("index.html") if p.parent.name != section)


def _honor_roll_pages(site: Path) -> list[Path]:
    return sorted((site / "vinh-danh").rglob("index.html"))


def test_sample_records_carry_the_sample_notice(site: Path) -> None:
    pages = _record_pages(site)
    assert len(pages) == 22 + 5 + 5  # people, decisions, units
    for path in pages:
        notice = parse(path).find_all("div", cls="sample-notice")
        is_real_unit = path.parent.parent.name == "don-vi"  # units copied from data/ are not samples
        assert bool(notice) != is_real_unit, path


def test_every_record_page_has_title_description_and_parseable_json_ld(site: Path) -> None:
    types = {"guong-dien-hinh": "Person", "ca-nhan": "Person", "quyet-dinh": "Legislation", "don-vi": "GovernmentOrganization"}
    for path in _record_pages(site):
        doc = parse(path)
        assert doc.find("meta", name="description").attrs["content"], path
        (ld,) = jsonld(doc)
        assert ld["@type"] == types[path.parent.parent.name], path


def test_no_broken_internal_links_on_record_pages(site: Path) -> None:
    checked = 0
    ids_cache: dict[Path, set[str]] = {}
    pages = [site / s / "index.html" for s in RECORD_SECTIONS if (site / s / "index.html").exists()] + _record_pages(site) + _honor_roll_pages(site)
    for path in pages:
        for node in parse(path).iter():
            for attr in ("href", "src"):
                url = node.attrs.get(attr)
                if not url or urlsplit(url).scheme or url.startswith("//"):
                    continue
                assert not url.startswith("/"), (path, url)  # relative links only: the site may live under a sub-path
                target = resolve(site, path, url)
                assert target.is_file(), (path, url)
                fragment = urlsplit(url).fragment
                if fragment and target.suffix == ".html":
                    if target not in ids_cache:
                        ids_cache[target] = {n.attrs["id"] for n in parse(target).iter() if "id" in n.attrs}
                    assert fragment in ids_cache[target], (path, url)
                checked += 1
    assert checked > 500


def test_build_is_deterministic_for_record_pages(site: Path, tmp_path: Path) -> None:
    again = _build(FIXTURE, tmp_path / "again")
    for path in _record_pages(site) + _honor_roll_pages(site):
        assert path.read_bytes() == (again / path.relative_to(site)).read_bytes(), path
