"""Record pages written from a per-folder theme shell (issue 17): what the template would write, or the template.

The oracle is the template itself: every page is rendered by a plain Jinja environment as well,
and the page the shell gives must be that, byte for byte — including titles with ``& < " '``,
empty values, tables of contents of other shapes, and themes that write something of the page
the shell cannot carry (then the shell is refused and the template renders every page). The
whole real theme is compared in tests/test_prerender.py (a build with ``prerender: false``).
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.write import page_shell
from tests.conftest import ROOT

THEME = """<html><head><title>{{ page.meta.title }} - site</title>
{%- if page.meta.description %}<meta name="description" content="{{ page.meta.description | e }}">{% endif %}
<meta property="og:title" content="{{ page.title | striptags | e }}"><a href="../../tra-cuu/">Tra cứu</a>
{%- if page.canonical_url %}<link rel="canonical" href="{{ page.canonical_url }}">{% endif %}</head>
<body><a href="{{ (page.toc | first).url }}">skip</a><nav>{% for item in page.toc %}<a href="{{ item.url }}">{{ item.title }}</a>
{%- for child in item.children %}<i>{{ child.title | striptags }}</i>{% endfor %}{% endfor %}</nav>
{% if "<h1" not in page.content %}<h1>{{ page.title }}</h1>{% endif %}{{ page.content }}
<a href="mailto:x@example.vn?subject={{ page.title | urlencode }}">thư</a></body></html>"""

PEOPLE = [  # (slug, title, description, headings); the last three of the first shape come from its shell
    ("nguyen-van-an", "Nguyễn Văn An", "Chuyên viên", ["Nguyễn Văn An", "Khen thưởng"]),
    ("tran-binh", "Trần Bình", "", ["Trần Bình", "Khen thưởng"]),
    ("pham-cuong", "Phạm Cường", "Kế toán", ["Phạm Cường", "Khen thưởng"]),
    ("le-thi-hoa", 'Lê Thị "Hoa" & <Hồng>', "Phó Trưởng phòng & Tổ chức", ["Lê Thị Hoa", "Khen thưởng"]),
    ("vo-dung", "Võ Dũng 'Út'", "Văn thư", ["Võ Dũng", "Khen thưởng"]),
    ("ho-em", "Hồ Em", "Lái xe", ["Hồ Em", "Đánh giá", "Khen thưởng"]),
    ("do-giang", "Đỗ Giang", "Lái xe", ["Đỗ <em>Giang</em>", "Khen thưởng"]),
]


@pytest.fixture(scope="module")
def config():  # type: ignore[no-untyped-def]
    return load_config(str(ROOT / "mkdocs.yml"), site_url="https://thiduua.example.vn/")


def _page(config, slug: str, title: str, description: str, headings: list[str], h1: bool = True) -> Page:  # type: ignore[no-untyped-def]
    file = File(f"ca-nhan/{slug}/index.md", src_dir=None, dest_dir=config.site_dir, use_directory_urls=True, inclusion=InclusionLevel.NOT_IN_NAV)
    page = Page(None, file, config)
    page.markdown = ""
    page.meta = {"title": title, "description": description} if description else {"title": title}
    ids = [f"h-{number}" for number in range(len(headings))]
    body = "".join(f'<h{2 - (n == 0 and h1)} id="{i}">{text}</h{2 - (n == 0 and h1)}>' for n, (i, text) in enumerate(zip(ids, headings, strict=True)))
    page.content = body + f"<p>{title.replace('&', '&amp;').replace('<', '&lt;')}</p>"
    tokens = [{"level": 1 + (n > 0), "id": i, "name": text.replace("&", "&amp;"), "children": []} for n, (i, text) in enumerate(zip(ids, headings, strict=True))]
    if h1 and len(tokens) > 1:
        tokens = [{**tokens[0], "children": tokens[1:]}]
    page.toc = get_toc(tokens)
    return page


def _renderings(theme: str, pages: list[Page]) -> tuple[list[str], list[str], page_shell.PageShells]:
    """Each page rendered by a plain environment and by one with shells installed."""
    plain = jinja2.Environment(loader=jinja2.DictLoader({"main.html": theme}))
    shelled = jinja2.Environment(loader=jinja2.DictLoader({"main.html": theme}))
    shells = page_shell.install(shelled)
    expected = [plain.get_template("main.html").render({"page": page}) for page in pages]
    got = [shelled.get_template("main.html").render({"page": page}) for page in pages]
    return expected, got, shells


def test_every_page_is_what_the_template_writes_and_most_come_from_the_shell(config) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(config, *person) for person in PEOPLE]
    expected, got, shells = _renderings(THEME, pages)
    assert got == expected
    hoa = got[3]
    assert '<title>Lê Thị "Hoa" & <Hồng> - site</title>' in hoa  # written as is, as the theme does
    assert 'content="Phó Trưởng phòng &amp; Tổ chức"' in hoa  # | e
    assert 'og:title" content="Lê Thị &#34;Hoa&#34; &amp;"' in hoa  # | striptags | e
    assert 'href="https://thiduua.example.vn/ca-nhan/le-thi-hoa/"' in hoa
    assert "subject=L%C3%AA%20Th%E1%BB%8B%20%22Hoa%22%20%26%20%3CH%E1%BB%93ng%3E" in hoa  # | urlencode
    assert "<i>Khen thưởng</i>" in got[6] and "Đỗ <em>Giang</em></a>" in got[6]
    assert 'name="description"' not in got[1]  # an empty description: another shape
    # shapes: {description, two headings} ×5, {no description}, {three headings}; the first
    # VERIFIED_PAGES pages of a shape are rendered by the template too, the rest come from its shell
    assert shells.filled == 5 - page_shell.VERIFIED_PAGES


def test_a_shape_is_verified_then_filled(config) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(config, f"nguoi-{n}", f"Người số {n} & cộng sự", "Chuyên viên", [f"Người số {n}", "Khen thưởng"]) for n in range(8)]
    expected, got, shells = _renderings(THEME, pages)
    assert got == expected
    assert shells.filled == len(pages) - page_shell.VERIFIED_PAGES


def test_a_page_without_its_own_h1_gets_the_theme_heading(config) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(config, f"nguoi-{n}", f"Người {n}", "Chuyên viên", [f"Mục {n}"], h1=n % 2 == 0) for n in range(8)]
    expected, got, shells = _renderings(THEME, pages)
    assert got == expected
    assert "<h1>Người 1</h1>" in got[1] and "<h1>Người 0</h1>" not in got[0]
    assert shells.filled == len(pages) - 2 * page_shell.VERIFIED_PAGES


@pytest.mark.parametrize(
    "leak",
    [
        "{{ page.url }}",  # the page's address: not one of the values the shell carries
        "{{ page.file.src_uri }}",
        "{{ page.title | upper }}",  # a writing the shell does not know
        "{{ page.meta.title | length }}",  # a value computed from the page: caught by the verification
        '<a href="../nguoi-5/">người thứ sáu</a>',  # "./" on that page only
    ],
)
def test_a_theme_writing_more_of_the_page_is_rendered_by_the_template(config, leak: str) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(config, f"nguoi-{n}", f"Người {'x' * n}", "Chuyên viên", [f"Người {n}", "Khen thưởng"]) for n in range(8)]
    expected, got, shells = _renderings(THEME.replace("</body>", leak + "</body>"), pages)
    assert got == expected
    if "nguoi-5" in leak:  # the shell is used, except on the page it links to
        assert shells.filled == len(pages) - page_shell.VERIFIED_PAGES - 1
    else:
        assert shells.filled == 0


def test_pages_in_the_nav_are_rendered_by_the_template(config) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(config, f"nguoi-{n}", f"Người {n}", "Chuyên viên", ["Người", "Khen thưởng"]) for n in range(5)]
    for page in pages:
        page.file.inclusion = InclusionLevel.INCLUDED
    expected, got, shells = _renderings(THEME, pages)
    assert got == expected
    assert shells.filled == 0


def test_the_real_build_writes_record_pages_from_shells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled site through MkDocs: the shells are used (the byte-for-byte comparison of the
    whole site with the template alone is tests/test_prerender.py)."""
    from mkdocs.commands.build import build

    made: list[page_shell.PageShells] = []
    install = page_shell.install
    monkeypatch.setattr(page_shell, "install", lambda env: made.append(install(env)) or made[-1])
    monkeypatch.setenv("THIDUUA_DATA", str(ROOT / "data"))
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    assert len(made) == 1
    people = len(list((tmp_path / "site" / "ca-nhan").glob("*/index.html")))
    assert made[0].filled >= people - 3 * page_shell.VERIFIED_PAGES > 0
