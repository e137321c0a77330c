"""Every input that validates also builds (issue 18.4); the rest are validator errors at file:line.

The three crashes found by raising the fuzz test's example counts, and the pathological
Markdown of issue 18.2, through the real CLI: ``validate`` reports them, ``build`` refuses
them with the same lines, and neither prints a traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua

from generator.render.sanitize import markdown_to_html
from generator.validate.markdown_limits import MARKDOWN_LIMITS, markdown_problems

MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal"
PERSON = "people/tran-thi-binh.yaml"
ANNOUNCEMENT = "announcements/khai-mac.md"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def _refused_by_both(data: Path, tmp_path: Path, *expected: str) -> str:
    out = tmp_path / "site"
    validate = run_thiduua("validate", data)
    build = run_thiduua("build", "--data", data, "--out", out)
    for result in (validate, build):
        output = result.stdout + result.stderr
        assert result.returncode == 1, output
        assert "Traceback" not in output and "Error:" not in output, output
        for text in expected:
            assert text in output, (text, output)
    assert not out.exists()
    return validate.stderr


def _achievements(data: Path, body: str) -> int:
    """Replace the person's achievements by ``body`` (a block scalar); the line of its first line."""
    person = data / PERSON
    text = person.read_text(encoding="utf-8")
    head = text[: text.index("  achievements: |")]
    indented = "".join(f"    {line}\n" if line else "\n" for line in body.split("\n"))
    person.write_text(head + "  achievements: |\n" + indented, encoding="utf-8")
    return head.count("\n") + 2


def test_png_saved_as_an_announcement_is_a_validator_error(data: Path, tmp_path: Path) -> None:
    from test_escaping import tiny_png

    (data / "announcements" / "anh-chup.md").write_bytes(tiny_png())
    _refused_by_both(data, tmp_path, "announcements/anh-chup.md:1:1:", "không phải UTF-8")


def test_png_named_md_as_a_photo_is_published_as_png_not_as_a_page(data: Path, tmp_path: Path) -> None:
    from test_escaping import tiny_png

    (data / "photos").mkdir()
    (data / "photos" / "anh.md").write_bytes(tiny_png())
    person = data / PERSON
    person.write_text(person.read_text(encoding="utf-8") + "photo:\n  file: photos/anh.md\n  consent: true\n", encoding="utf-8")
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [p.name for p in out.rglob("tran-thi-binh.*")] == ["tran-thi-binh.png"]


def test_list_nested_500_deep_is_a_validator_error(data: Path, tmp_path: Path) -> None:
    """``- - - … mục``: 500 lists opened on one line (Python-Markdown recursed until RecursionError)."""
    first = _achievements(data, "Thành tích:\n\n" + "- " * 500 + "mục")
    stderr = _refused_by_both(data, tmp_path, "exemplary.achievements", "lồng nhau quá sâu (500 cấp")
    assert f"tran-thi-binh.yaml:{first + 2}:1:" in stderr, stderr


def test_list_nested_past_the_limit_is_reported_at_its_line(data: Path, tmp_path: Path) -> None:
    depth = MARKDOWN_LIMITS["nesting"] + 1
    body = "Thành tích:\n\n" + "\n".join("    " * level + "- mục" for level in range(depth + 1))
    first = _achievements(data, body)
    stderr = _refused_by_both(data, tmp_path, "exemplary.achievements", "lồng nhau quá sâu")
    assert f"tran-thi-binh.yaml:{first + 2 + depth - 1}:1: exemplary.achievements:" in stderr, stderr  # the line at level 11


def test_staff_count_of_28_digits_is_a_validator_error(data: Path, tmp_path: Path) -> None:
    evaluation = data / "evaluations" / "phong-noi-vu-huyen-ke-sach-2024.yaml"
    lines = evaluation.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, start=1) if "HTXSNV: 2" in line)
    evaluation.write_text("\n".join(line.replace("HTXSNV: 2", "HTXSNV: 9999999999999999999999999999") for line in lines) + "\n", encoding="utf-8")
    _refused_by_both(data, tmp_path, f"phong-noi-vu-huyen-ke-sach-2024.yaml:{number}:", "staff.HTXSNV")


def test_brackets_that_hang_the_renderer_are_reported_at_their_paragraph(data: Path, tmp_path: Path) -> None:
    body = "Đoạn đầu.\n\nĐoạn hai.\n\n" + "[" * 16_000
    first = _achievements(data, body)
    stderr = _refused_by_both(data, tmp_path, "exemplary.achievements", "quá nhiều dấu '[' (liên kết, ảnh)")
    assert f"tran-thi-binh.yaml:{first + 4}:1:" in stderr, stderr


def test_500_kb_announcement_body_is_refused_with_a_clear_message(data: Path, tmp_path: Path) -> None:
    announcement = data / ANNOUNCEMENT
    text = announcement.read_text(encoding="utf-8")
    announcement.write_text(text + "\n" + ("Nội dung thông báo rất dài. " * 30 + "\n\n") * 480, encoding="utf-8")
    assert 450_000 < announcement.stat().st_size < 524_288
    _refused_by_both(data, tmp_path, "khai-mac.md:", "body", "văn bản Markdown quá dài")


def test_announcement_just_under_every_limit_builds(data: Path, tmp_path: Path) -> None:
    """The worst Markdown the limits let through: many paragraphs each at the bracket limit."""
    paragraph = "Theo [văn bản số 1](a) và [số 2](b). " * 25  # 50 links in 925 characters
    body = "\n\n".join([paragraph] * 8)  # 8 × 50 × 925 = 370,000: just under the link budget
    assert len(body) < MARKDOWN_LIMITS["chars"] and not markdown_problems(body)
    announcement = data / ANNOUNCEMENT
    announcement.write_text(announcement.read_text(encoding="utf-8") + "\n" + body + "\n", encoding="utf-8")
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "text",
    ["[" * 1000, "> " * 11 + "x", "\t" * 11 + "- x", "- " * 11 + "x", "1. " * 11 + "x", "x" * 20_001, "a" * 100_001],
    ids=["brackets", "quotes", "tabs", "markers", "numbered", "line", "length"],
)
def test_each_limit_is_enforced(text: str) -> None:
    assert markdown_problems(text)


def test_link_budget_counts_brackets_times_paragraph_length() -> None:
    """100 "[" in each of 20 paragraphs of 8 KB took a minute to render: refused (10 here); the same
    brackets in short paragraphs are fine."""
    long_paragraphs = "\n\n".join(["[" * 100 + " chữ" * 2000] * 10)
    short_paragraphs = "\n\n".join(["[" * 10 + " chữ" * 50] * 20)
    assert [p.code for p in markdown_problems(long_paragraphs)] == ["markdown_too_many_brackets"]
    assert markdown_problems(short_paragraphs) == []


def test_limits_leave_ordinary_markdown_alone() -> None:
    text = "## Thành tích\n\n- Hoàn thành xuất sắc nhiệm vụ\n    - Cấp cơ sở\n\n> Trích dẫn [liên kết](https://example.gov.vn)\n"
    assert markdown_problems(text) == []
    assert "<li>" in markdown_to_html(text)
