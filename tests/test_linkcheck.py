"""The offline link checker on small hand-made sites: each rule fails when it should, and only then."""

from __future__ import annotations

import gzip
from pathlib import Path

from generator.qa.linkcheck import check_site, scan_html

PAGE = """<!doctype html><html lang="vi"><head><title>t</title>{head}</head>
<body><h1 id="dau-trang">Tiêu đề</h1><a name="cu"></a>
{body}
</body></html>
"""


def write_site(root: Path, pages: dict[str, str], head: str = "") -> Path:
    for path, body in pages.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(PAGE.format(head=head, body=body) if path.endswith(".html") else body, encoding="utf-8")
    return root


def codes(problems) -> list[tuple[str, int, str, str]]:
    return [(p.file, p.line, p.code, p.url) for p in problems]


def test_relative_links_to_pages_files_and_anchors_pass(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "index.html": '<a href="quyet-dinh/">QĐ</a> <a href="quyet-dinh/qd-1/#can-cu">căn cứ</a> <a href="#dau-trang">lên</a>'
            ' <a href="#cu">cũ</a> <a href=".">trang chủ</a> <a href="du-lieu/nguoi.csv">CSV</a> <a href="#">#</a>',
            "quyet-dinh/index.html": '<a href="../">về</a> <a href="qd-1/">QĐ 1</a> <img src="../anh/a%20b.png" alt="">',
            "quyet-dinh/qd-1/index.html": '<h2 id="can-cu">Căn cứ</h2><a href="../../index.html#dau-trang">x</a>',
            "du-lieu/nguoi.csv": "a,b\n",
            "anh/a b.png": "png",
        },
    )
    assert check_site(site) == []


def test_missing_page_missing_anchor_and_escape_are_reported_with_line(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "index.html": '<a href="khong-co/">x</a>\n<a href="quyet-dinh/#khong-co-muc">y</a>\n<a href="../../etc/passwd">z</a>',
            "quyet-dinh/index.html": "<p>trống</p>",
        },
    )
    assert codes(check_site(site)) == [
        ("index.html", 3, "link_missing", "khong-co/"),
        ("index.html", 4, "link_fragment_missing", "quyet-dinh/#khong-co-muc"),
        ("index.html", 5, "link_escapes_site", "../../etc/passwd"),
    ]


def test_root_absolute_links_break_a_sub_path_deployment(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"index.html": '<a href="/quyet-dinh/">x</a>', "quyet-dinh/index.html": ""})
    assert [p.code for p in check_site(site)] == ["link_root_absolute"]


def test_third_party_resources_fail_but_outbound_links_do_not(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {
            "index.html": '<a href="https://chinhphu.vn/">Chính phủ</a>\n'
            '<img src="https://cdn.example.com/a.png" alt="">\n'
            '<script src="//cdn.example.com/x.js"></script>\n'
            '<iframe src="https://maps.example.com/"></iframe>\n'
            '<img srcset="anh.png 1x, https://cdn.example.com/b.png 2x" alt="">\n'
            '<a href="mailto:snv@soctrang.gov.vn">thư</a> <a href="tel:02993822000">gọi</a>',
            "anh.png": "png",
        },
        head='<link rel="stylesheet" href="https://fonts.example.com/css"><link rel="alternate" href="https://example.org/feed">',
    )
    found = codes(check_site(site))
    assert [(line, code, url) for _, line, code, url in found] == [
        (1, "resource_third_party", "https://fonts.example.com/css"),
        (4, "resource_third_party", "https://cdn.example.com/a.png"),
        (5, "resource_third_party", "//cdn.example.com/x.js"),
        (6, "resource_third_party", "https://maps.example.com/"),
        (7, "resource_third_party", "https://cdn.example.com/b.png"),
    ]


def test_css_may_not_load_fonts_from_elsewhere(tmp_path: Path) -> None:
    css = '@import "https://fonts.example.com/css";\nbody { background: url(nen.png) }\n.x { background: url("khong-co.png") }\n.y { background: url(data:image/png;base64,AAAA) }'
    site = write_site(tmp_path, {"assets/site.css": css, "assets/nen.png": "png"})
    assert codes(check_site(site)) == [
        ("assets/site.css", 1, "resource_third_party", "https://fonts.example.com/css"),
        ("assets/site.css", 3, "link_missing", "khong-co.png"),
    ]


def test_links_under_site_url_are_checked_and_canonical_must_stay_under_it(tmp_path: Path) -> None:
    base = "https://example.gov.vn/thi-dua/"
    site = write_site(
        tmp_path,
        {
            "index.html": f'<a href="{base}quyet-dinh/">ok</a>\n<a href="{base}khong-co/">hỏng</a>\n<a href="https://example.gov.vn/thi-dua">gốc</a>',
            "quyet-dinh/index.html": "",
            "khac/index.html": "",
        },
        head='<link rel="canonical" href="https://example.gov.vn/khac/">',
    )
    found = codes(check_site(site, base))
    assert ("index.html", 4, "link_missing", f"{base}khong-co/") in found
    assert {(f, code) for f, _, code, _ in found if code == "canonical_outside_site"} == {
        ("index.html", "canonical_outside_site"),
        ("khac/index.html", "canonical_outside_site"),
        ("quyet-dinh/index.html", "canonical_outside_site"),
    }
    assert len(found) == 4


def test_404_page_links_from_the_root_must_use_the_site_prefix(tmp_path: Path) -> None:
    site = write_site(
        tmp_path,
        {"404.html": '<link rel="stylesheet" href="/thi-dua/assets/a.css"><a href="/thi-dua/">về</a>\n<a href="/khac/">x</a>', "index.html": "", "assets/a.css": ""},
    )
    assert codes(check_site(site, "https://example.gov.vn/thi-dua/")) == [("404.html", 4, "link_outside_prefix", "/khac/")]
    # without a site_url the prefix is "/", so /thi-dua/… must exist at the root
    assert {p.code for p in check_site(site)} == {"link_missing"}


def test_sitemap_urls_must_be_pages_under_site_url(tmp_path: Path) -> None:
    base = "https://example.gov.vn/thi-dua/"
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<url><loc>{base}</loc></url>\n<url><loc>{base}khong-co/</loc></url>\n<url><loc>https://example.org/x/</loc></url>\n</urlset>\n"
    )
    site = write_site(tmp_path, {"index.html": "", "sitemap.xml": sitemap})
    assert codes(check_site(site, base)) == [
        ("sitemap.xml", 4, "link_missing", f"{base}khong-co/"),
        ("sitemap.xml", 5, "sitemap_outside_site", "https://example.org/x/"),
    ]


def test_search_index_locations_must_resolve(tmp_path: Path) -> None:
    index = '{"config": {}, "docs": [{"location": "", "title": "a"}, {"location": "quyet-dinh/#can-cu"}, {"location": "mat/"}]}'
    site = write_site(tmp_path, {"index.html": "", "quyet-dinh/index.html": '<h2 id="can-cu">x</h2>', "search/search_index.json": index})
    assert codes(check_site(site)) == [("search/search_index.json", 1, "link_missing", "mat/")]


def test_messages_name_the_file_line_and_target_in_vietnamese(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"a/index.html": '<a href="../khong-co/">x</a>'})
    (problem,) = check_site(site)
    assert problem.render("vi") == "a/index.html:3: liên kết hỏng '../khong-co/': không có trang hoặc tệp khong-co/ trong trang web"
    assert "broken link" in problem.render("en")


def test_scan_collects_ids_and_skips_empty_values() -> None:
    scan = scan_html('<div id="a"><a name="b" href="">x</a><img src="" alt=""></div>')
    assert scan.ids == {"a", "b"}
    assert [r.url for r in scan.refs] == ["", ""]


def test_bundled_site_has_no_broken_or_third_party_links(built_site: Path) -> None:
    problems = check_site(built_site)
    assert problems == [], "\n".join(p.render("vi") for p in problems[:30])
    # the checker did look at real pages (guards against an empty scan passing vacuously)
    assert len(list(built_site.rglob("*.html"))) > 10


def test_gzip_fixture_sanity(tmp_path: Path) -> None:
    """Non-HTML binary files are listed as link targets but never parsed."""
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(b"<urlset/>", mtime=0))
    write_site(tmp_path, {"index.html": '<a href="sitemap.xml.gz">gz</a>'})
    assert check_site(tmp_path) == []
