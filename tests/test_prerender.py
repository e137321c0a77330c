"""Generated pages skip Python-Markdown (issue 17): same HTML, same site, byte for byte.

The oracle is Python-Markdown itself, configured from mkdocs.yml, on every page the generator
writes for four datasets (the bundled one, the records fixture, the two corpus provinces) and a
synthetic one; then the whole built site with the fast path switched off in mkdocs.yml.
"""

from __future__ import annotations

import filecmp
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config

from generator.options import Options
from generator.pipeline import generate
from generator.synth import synthesize
from generator.write.block_html import HeadingStyle, convert, front_matter
from generator.write.prerendered import heading_style
from tests.conftest import ROOT, project_copy, run_thiduua

RECORD_SECTIONS = ("ca-nhan", "quyet-dinh", "don-vi", "thong-bao", "ke-hoach", "vinh-danh")


@pytest.fixture(scope="module")
def mkdocs_config():  # type: ignore[no-untyped-def]
    return load_config(str(ROOT / "mkdocs.yml"))


@pytest.fixture(scope="module")
def style(mkdocs_config) -> HeadingStyle:  # type: ignore[no-untyped-def]
    found = heading_style(mkdocs_config)
    assert found is not None, "mkdocs.yml's Markdown settings switch the fast path off"
    return found


def _python_markdown(config, text: str) -> tuple[str, object]:  # type: ignore[no-untyped-def]
    md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])
    return md.convert(text), md.toc_tokens  # type: ignore[attr-defined]


def _synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "data"
    synthesize(150, out)
    return out


@pytest.mark.parametrize(
    "dataset",
    ["data", "tests/data/site", "tests/data/corpus/dak-lak-0124", "tests/data/corpus/nghe-an-982", "synthetic"],
)
def test_every_generated_page_converts_as_python_markdown_does(dataset: str, mkdocs_config, style, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    data = _synthetic(tmp_path_factory) if dataset == "synthetic" else ROOT / dataset
    generation = generate(Options(data_dir=data, site_src=ROOT / "site_src"))
    assert generation.ok, generation.report.text("en")
    fast = slow = 0
    for src, content in sorted(generation.pages.items()):
        if not isinstance(content, str) or not src.endswith(".md"):
            continue
        parsed = front_matter(content)
        assert parsed is not None, f"{src}: the generator's front matter is not key: JSON lines"
        body = content[parsed[1] :]
        converted = convert(body, style)
        if converted is None:
            assert not src.startswith(RECORD_SECTIONS), f"{src}: a record page fell back to Python-Markdown"
            slow += 1
            continue
        expected_html, expected_toc = _python_markdown(mkdocs_config, body)
        assert converted.html == expected_html, src
        assert converted.toc_tokens == expected_toc, src
        fast += 1
    assert fast > 0 and fast >= 10 * slow, (fast, slow)


@pytest.mark.parametrize(
    "source",
    [
        "Một đoạn văn.",  # a paragraph
        "# Tên *nghiêng*",  # inline Markdown in a heading
        "# A & B",  # a bare ampersand (Python-Markdown escapes it)
        '<div markdown="1">\n\n## Bên trong\n\n</div>',  # Markdown inside HTML
        "<div>\n<p>chưa đóng</p>",  # a block that does not close
        "<div>mở</div> và chữ sau",  # text after the closing tag
        "<span>nội tuyến</span>",  # an inline tag starts a paragraph
        "- một\n- hai",  # a list
        "<!-- ghi chú -->",
        '## Tiêu đề { #a #b }',  # two ids
    ],
)
def test_anything_else_is_left_to_python_markdown(source: str, style: HeadingStyle) -> None:
    assert convert(source, style) is None


def test_headings_get_the_ids_permalinks_and_toc_of_the_toc_extension(mkdocs_config, style) -> None:  # type: ignore[no-untyped-def]
    source = (
        "# Ban Thi đua \\- Khen thưởng\n\n"
        '<nav class="x" markdown="0" data-search-exclude><a href="../">Về</a></nav>\n'
        "## Khen thưởng { data-search-exclude }\n"
        "## Khen thưởng\n\n"
        '## DANH SÁCH <span class="sub">KÈM THEO</span> { #danh-sach .t data-toc-label="Danh sách kèm theo" }\n'
        '<h2 class="raw">Thô</h2>\n'
    )
    converted = convert(source, style)
    assert converted is not None
    expected_html, expected_toc = _python_markdown(mkdocs_config, source)
    assert converted.html == expected_html
    assert converted.toc_tokens == expected_toc
    assert {"khen-thuong", "khen-thuong_1", "danh-sach"} <= converted.anchor_ids
    # what Material's search is given: not the excluded nav's text, nor the excluded section's
    searched = converted.search_html()
    assert searched is not None and "Về" not in searched and "<nav data-search-exclude></nav>" in searched
    assert convert('<div>\n<h2 id="x">Trong khối</h2>\n</div>', style).search_html() is None  # type: ignore[union-attr]


@pytest.mark.parametrize("dataset", ["bundled", "synthetic"])
def test_the_site_is_the_same_with_the_fast_path_switched_off(dataset: str, built_site: Path, tmp_path: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    project = project_copy(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      site_src: site_src\n" in text
    config.write_text(text.replace("      site_src: site_src\n", "      site_src: site_src\n      prerender: false\n"), encoding="utf-8")
    data = project / "data" if dataset == "bundled" else _synthetic(tmp_path_factory)
    fast = built_site
    if dataset == "synthetic":
        fast = tmp_path / "fast"
        result = run_thiduua("build", "--data", data, "--out", fast)
        assert result.returncode == 0, result.stdout + result.stderr
    reference = tmp_path / "reference"
    result = run_thiduua("build", "--config", config, "--data", data, "--out", reference)
    assert result.returncode == 0, result.stdout + result.stderr
    _assert_same_tree(reference, fast)


def _assert_same_tree(left: Path, right: Path) -> None:
    left_files = sorted(p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file())
    right_files = sorted(p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file())
    assert left_files == right_files
    assert len(left_files) > 50
    _, mismatch, errors = filecmp.cmpfiles(left, right, left_files, shallow=False)
    assert not mismatch and not errors, mismatch[:10]
