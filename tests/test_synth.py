"""``thiduua synth``: deterministic, valid, realistic synthetic data (small sizes only here;
10,000 people run in benchmarks/bench.py, never in tests)."""

from __future__ import annotations

import filecmp
import unicodedata
from pathlib import Path

import yaml
from conftest import run_thiduua


def _same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files:
        return False
    return all(_same_tree(a / d, b / d) for d in cmp.common_dirs)


def test_synth_is_valid_deterministic_and_scales_linearly(tmp_path: Path) -> None:
    first, second, bigger = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for out, people in ((first, 200), (second, 200), (bigger, 400)):
        result = run_thiduua("synth", "--people", str(people), "--out", out)
        assert result.returncode == 0, result.stderr
    assert _same_tree(first, second)

    result = run_thiduua("validate", first)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 lỗi, 0 cảnh báo" in result.stdout

    counts = {kind: len(list((first / kind).iterdir())) for kind in ("people", "units", "decisions", "evaluations", "announcements")}
    assert counts["people"] == 200
    doubled = {kind: len(list((bigger / kind).iterdir())) for kind in counts}
    for kind in ("people", "announcements"):
        assert doubled[kind] == 2 * counts[kind], (kind, counts[kind], doubled[kind])

    def recipients(root: Path) -> int:
        decisions = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (root / "decisions").glob("*.yaml")]
        return sum(len(g["recipients"]) for d in decisions for g in d["awards"])

    assert 1.8 * recipients(first) <= recipients(bigger) <= 2.2 * recipients(first)


def test_synth_names_use_vietnamese_letters_and_tones(tmp_path: Path) -> None:
    out = tmp_path / "data"
    assert run_thiduua("synth", "--people", "300", "--out", out).returncode == 0
    names = [yaml.safe_load(p.read_text(encoding="utf-8"))["name"] for p in (out / "people").glob("*.yaml")]
    text = "".join(names)
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    for letter in "ăâđêôơư":
        assert letter in text.lower(), letter
    decomposed = unicodedata.normalize("NFD", text)
    for tone in "\u0300\u0309\u0303\u0301\u0323":  # huyền, hỏi, ngã, sắc, nặng
        assert tone in decomposed, hex(ord(tone))
    decisions = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (out / "decisions").glob("*.yaml")]
    assert max(len(g["recipients"]) for d in decisions for g in d["awards"]) >= 100
    assert any("exemplary" in p.read_text(encoding="utf-8") for p in (out / "people").glob("*.yaml"))


def test_synth_refuses_a_folder_that_has_content(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "ghi-chu.txt").write_text("x", encoding="utf-8")
    result = run_thiduua("synth", "--people", "10", "--out", tmp_path / "data")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "thư mục trống" in result.stderr
