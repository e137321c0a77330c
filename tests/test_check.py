"""``thiduua check``: passes on the bundled data, fails (non-zero, file:line) on a seeded broken link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT, project_copy, run_thiduua

from generator.qa.htmlcheck import (
    HtmlFinding,
    KnownFinding,
    load_known,
    npx_available,
    run_html_validate,
)

pytestmark = pytest.mark.slow


def test_check_passes_on_the_bundled_data() -> None:
    result = run_thiduua("check", "--no-html")
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "[ĐẠT] Kiểm tra dữ liệu" in out
    assert "[ĐẠT] Xây dựng nghiêm ngặt" in out
    assert "[ĐẠT] Liên kết nội bộ" in out
    assert "[BỎ QUA] HTML hợp lệ (html-validate): theo yêu cầu (--no-html)" in out


def test_check_fails_on_a_seeded_broken_link(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    page = project / "site_src" / "docs" / "thu-lien-ket" / "index.md"
    page.parent.mkdir(parents=True)
    # raw HTML links: MkDocs does not validate them, only the link checker can catch them
    page.write_text(
        "---\ntitle: Thử liên kết\n---\n\n# Thử liên kết\n\n"
        '<p><a href="../trang-khong-co/">trang không có</a></p>\n\n'
        '<p><a href="../ke-hoach/#muc-khong-co">mục không có</a></p>\n',
        encoding="utf-8",
    )
    mkdocs_yml = project / "mkdocs.yml"
    mkdocs_yml.write_text(mkdocs_yml.read_text(encoding="utf-8").replace("not_in_nav: |\n", "not_in_nav: |\n  /thu-lien-ket/\n"), encoding="utf-8")
    kept = tmp_path / "kept-site"

    result = run_thiduua("check", "--no-html", "--out", kept, cwd=project)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "thu-lien-ket/index.html:" in out
    assert "liên kết hỏng '../trang-khong-co/'" in out
    assert "liên kết '../ke-hoach/#muc-khong-co' trỏ tới mục không tồn tại (ke-hoach/index.html#muc-khong-co)" in out
    assert "[LỖI] Liên kết nội bộ: 2 lỗi" in out
    assert "[ĐẠT] Xây dựng nghiêm ngặt" in out
    assert (kept / "thu-lien-ket" / "index.html").is_file(), "--out keeps the checked site"

    # in GitHub Actions the same findings become annotations of the run
    github = run_thiduua("check", "--no-html", "--format", "github", cwd=project)
    assert github.returncode == 1
    annotations = [line for line in github.stdout.splitlines() if line.startswith("::error title=thiduua check::")]
    assert len(annotations) == 2 and "thu-lien-ket/index.html:" in annotations[0], github.stdout


def test_check_stops_before_building_when_the_data_is_invalid(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    unit = sorted((project / "data" / "units").glob("*.yaml"))[0]
    unit.write_text(unit.read_text(encoding="utf-8") + "\nkhong_co_truong_nay: 1\n", encoding="utf-8")

    result = run_thiduua("check", "--no-html", cwd=project)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert f"data/units/{unit.name}:" in out
    assert "Traceback" not in out
    assert "[LỖI] Kiểm tra dữ liệu" in out
    assert "[BỎ QUA] Xây dựng nghiêm ngặt: dữ liệu có lỗi" in out
    assert "[BỎ QUA] Liên kết nội bộ: dữ liệu có lỗi" in out


def test_check_reports_a_missing_npx_as_skipped_not_passed(tmp_path: Path) -> None:
    env = {"PATH": str(Path(os.__file__).parent)}  # no node/npx on this PATH
    result = run_thiduua("check", env=env)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "[BỎ QUA] HTML hợp lệ (html-validate): không có npx" in out


def test_known_findings_need_a_selector_or_message(tmp_path: Path) -> None:
    path = tmp_path / "known.json"
    path.write_text('{"known": [{"rule": "valid-id"}]}', encoding="utf-8")
    with pytest.raises(ValueError, match="never switched off"):
        load_known(path)


def test_known_finding_matches_rule_and_element_only() -> None:
    known = KnownFinding("unique-landmark", selector="html > body > nav > ul > li:nth-child(*) > nav*")
    hit = HtmlFinding("a.html", 1, 1, "unique-landmark", "m", "html > body > nav > ul > li:nth-child(3) > nav > ul > li > nav")
    assert known.matches(hit)
    assert not known.matches(HtmlFinding("a.html", 1, 1, "unique-landmark", "m", "html > body > main > nav"))
    assert not known.matches(HtmlFinding("a.html", 1, 1, "valid-id", "m", hit.selector))


def test_every_listed_material_finding_is_a_real_selector_or_message() -> None:
    known = load_known(ROOT / ".htmlvalidate-known.json")
    assert known and all(k.reason for k in known)
    assert len(known) <= 12, "the exception list must stay short: fix our own markup instead"


@pytest.fixture(scope="module")
def html_result(built_site: Path):
    if not npx_available():
        if os.environ.get("CI"):
            pytest.fail("npx (Node.js) is missing: CI must run the HTML check", pytrace=False)
        pytest.skip("npx (Node.js) not installed: HTML validity not checked")
    return run_html_validate(built_site, ROOT)


def test_bundled_site_is_valid_html_apart_from_listed_theme_findings(html_result) -> None:
    assert html_result.files > 10
    assert html_result.findings == [], "\n".join(f.render() for f in html_result.findings[:30])
    assert html_result.forgiven > 0  # the Material findings are really there, and really forgiven one by one


def test_html_check_catches_our_own_invalid_markup(tmp_path: Path, built_site: Path) -> None:
    if not npx_available():
        pytest.skip("npx (Node.js) not installed")
    site = tmp_path / "site"
    site.mkdir()
    page = site / "index.html"  # one real page is enough (and keeps the run short)
    html = (built_site / "index.html").read_text(encoding="utf-8")
    page.write_text(html.replace("<article", '<article><p id="lap"></p><p id="lap"></p><ul><div>sai</div></ul>', 1), encoding="utf-8")
    result = run_html_validate(site, ROOT)
    rules = {(f.file, f.rule) for f in result.findings}
    assert rules == {("index.html", "no-dup-id"), ("index.html", "element-permitted-content")}
    assert result.forgiven > 0 and result.files == 1
