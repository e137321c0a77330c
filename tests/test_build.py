"""Building through the public CLI and through plain MkDocs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_thiduua


def test_strict_build_of_bundled_data_is_clean(tmp_path: Path) -> None:
    result = run_thiduua("build", "--out", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "ke-hoach" / "ke-hoach-80-nam-bo-noi-vu" / "index.html").is_file()


def test_plain_mkdocs_build_runs_the_same_pipeline(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "out")],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "ke-hoach" / "ke-hoach-80-nam-bo-noi-vu" / "index.html").is_file()


def test_generate_writes_hand_written_and_generated_markdown(tmp_path: Path) -> None:
    result = run_thiduua("generate", "--out", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    plan = (tmp_path / "docs" / "ke-hoach" / "ke-hoach-80-nam-bo-noi-vu" / "index.md").read_text(encoding="utf-8")
    assert plan.startswith("---\ntitle:")
    assert 'Số: <span class="vb-blank">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>/KH-SNV' in plan  # the blank number, kept
    assert (tmp_path / "docs" / "assets" / "thiduua.css").is_file()


def test_bad_data_fails_the_build_with_file_and_line_and_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    unit = data / "units" / "van-phong-so.yaml"
    unit.write_text(unit.read_text(encoding="utf-8") + "so_dien_thoai: '0299 3822 000'\n", encoding="utf-8")
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = len(unit.read_text(encoding="utf-8").splitlines())
    assert f"van-phong-so.yaml:{line}:1: so_dien_thoai:" in result.stderr
    assert "Nghị định 13/2023" in result.stderr
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


def test_python_dash_m_and_console_script_agree() -> None:
    script = shutil.which("thiduua", path=str(Path(sys.executable).parent))
    assert script is not None
    via_script = subprocess.run([script, "validate"], check=False, cwd=ROOT, capture_output=True, text=True)
    via_module = run_thiduua("validate")
    assert via_script.returncode == via_module.returncode == 0


def test_table_cells_are_separated_for_the_search_index(built_site: Path) -> None:
    """Material's indexer strips tags without spaces: adjacent cells would glue words."""
    import json

    glued = [p for p in built_site.rglob("*.html") if "</td><td" in p.read_text(encoding="utf-8")]
    assert glued == []
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    decisions = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("quyet-dinh/#"))
    assert "Số, ký hiệu Ngày ban hành Cơ quan ban hành Trích yếu" in decisions


def test_build_without_a_config_file_is_a_clear_usage_error(tmp_path: Path) -> None:
    result = run_thiduua("build", "--data", ROOT / "data", "--out", tmp_path / "site", cwd=tmp_path)
    assert result.returncode == 2
    assert "mkdocs.yml" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()
