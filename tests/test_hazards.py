"""Malicious files are refused safely: without expanding, executing, reading or copying them.

The validator-case fixtures (tests/data/invalid) check the *wording* of each refusal; these
tests check the *safety*: an alias bomb is refused inside a small memory limit, a
``!!python/object`` tag never runs, a multi-gigabyte file is never read, and files outside
``data/`` (by ``..``, absolute path or symlink) are never read or published. Each runs the
real CLI with an address-space limit, so "expanding the bomb" would crash instead of pass.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal"
MEMORY_LIMIT = 768 * 1024 * 1024  # the whole CLI run, Python and MkDocs imports included


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def thiduua_limited(*args: str | os.PathLike[str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The real CLI under an address-space limit (and a generous timeout: never a timed assert)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("THIDUUA_DATA", None)
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        check=False, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300, preexec_fn=_limit_memory,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def _refused(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output and "MemoryError" not in output, output
    for text in expected:
        assert text in output, (text, output)
    return output


def test_alias_bomb_is_refused_without_expanding_it(data: Path) -> None:
    """Twenty levels of nine aliases: 9**20 strings if expanded; refused at the first alias."""
    lines = ["name: Bom", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 21):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    (data / "units" / "bom.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = _refused(thiduua_limited("validate", data))
    assert "bom.yaml:3:" in output and "neo/bí danh" in output


def test_alias_bomb_in_front_matter_is_refused_too(data: Path) -> None:
    lines = ["---", "title: &t [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 16):
        lines.append(f"t{i}: &t{i} [" + ", ".join(["*t" if i == 1 else f"*t{i - 1}"] * 10) + "]")
    lines += ["---", "Nội dung"]
    (data / "announcements" / "bom.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = _refused(thiduua_limited("validate", data))
    assert "bom.md:3:" in output


def test_python_object_tags_never_run(data: Path, tmp_path: Path) -> None:
    marker = tmp_path / "da-chay"
    (data / "people" / "ma-doc.yaml").write_text(
        f"name: !!python/object/apply:os.system ['touch {marker}']\n"
        f"position: !!python/object/new:subprocess.check_output [['touch', '{marker}']]\n",
        encoding="utf-8",
    )
    output = _refused(thiduua_limited("validate", data), "ma-doc.yaml:1:7", "ma-doc.yaml:2:11", "python/object")
    assert not marker.exists()
    assert "không được phép" in output


def test_huge_file_is_refused_without_reading_it(data: Path) -> None:
    """A sparse 4 GiB file: reading it would exceed the memory limit; only its size is looked at."""
    huge = data / "people" / "khong-lo.yaml"
    with huge.open("wb") as f:
        f.truncate(4 * 1024**3)
    _refused(thiduua_limited("validate", data), "khong-lo.yaml", "quá lớn")


def test_all_yaml_hazards_at_once_each_reported_once(data: Path) -> None:
    (data / "units" / "tab.yaml").write_text("name: Phòng\n\tkind: so\n", encoding="utf-8")
    (data / "units" / "trung-khoa.yaml").write_text("name: A\nkind: so\nname: B\n", encoding="utf-8")
    (data / "units" / "bang-ma.yaml").write_bytes("name: Phòng Nội vụ\n".encode("cp1258", errors="replace") + b"kind: so\xff\n")
    output = _refused(thiduua_limited("validate", data), "tab.yaml:2:1", "trung-khoa.yaml:3:1", "bang-ma.yaml:")
    assert output.count("tab.yaml:") == 1 and output.count("trung-khoa.yaml:") == 1


def _set_photo(data: Path, file: str, consent: bool = True) -> None:
    person = data / "people" / "tran-thi-binh.yaml"
    text = person.read_text(encoding="utf-8")
    person.write_text(text + f"photo:\n  file: {file!r}\n  consent: {str(consent).lower()}\n", encoding="utf-8")


def _set_attachment(data: Path, file: str) -> None:
    decision = data / "decisions" / "qd-12-2025.yaml"
    decision.write_text(decision.read_text(encoding="utf-8") + f"attachment: {file!r}\n", encoding="utf-8")


@pytest.mark.parametrize("file", ["../../../../../../etc/passwd", "/etc/passwd", "photos/../../bi-mat.jpg", "photos/../../../etc/hostname"])
def test_photo_paths_leaving_data_are_refused(data: Path, file: str) -> None:
    (data.parent / "bi-mat.jpg").write_bytes(b"\xff\xd8\xff bi mat")
    _set_photo(data, file)
    _refused(thiduua_limited("validate", data), "tran-thi-binh.yaml:", "photo.file", file)


@pytest.mark.parametrize("file", ["../../../../../../etc/passwd", "/etc/passwd", "files/../../bi-mat.pdf"])
def test_attachment_paths_leaving_data_are_refused(data: Path, file: str) -> None:
    (data.parent / "bi-mat.pdf").write_bytes(b"%PDF-1.4 bi mat")
    _set_attachment(data, file)
    _refused(thiduua_limited("validate", data), "qd-12-2025.yaml:", "attachment", file)


def test_photo_symlinked_out_of_data_is_refused_and_never_published(data: Path, tmp_path: Path) -> None:
    secret = tmp_path / "bi-mat.jpg"
    secret.write_bytes(b"\xff\xd8\xff BI-MAT-KHONG-DUOC-CONG-BO")
    (data / "photos").mkdir()
    (data / "photos" / "anh.jpg").symlink_to(secret)
    (data / "files").symlink_to(tmp_path, target_is_directory=True)  # a whole folder linked out
    _set_photo(data, "photos/anh.jpg")
    _set_attachment(data, "files/bi-mat.jpg")
    out = tmp_path / "site"
    output = _refused(thiduua_limited("build", "--data", data, "--out", out), "photo.file", "attachment")
    assert "phải nằm trong thư mục dữ liệu" in output
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"<html><script>alert(1)</script></html>", "anh.jpg"),
        (b"%PDF-1.4 not an image", "anh.png"),
        (b"GIF89a\x01\x00\x01\x00", "anh.gif"),
        (b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "anh.svg"),
        (b"", "anh.webp"),
    ],
)
def test_photos_that_are_not_images_are_refused(data: Path, content: bytes, name: str) -> None:
    (data / "photos").mkdir()
    (data / "photos" / name).write_bytes(content)
    _set_photo(data, f"photos/{name}")
    _refused(thiduua_limited("validate", data), "tran-thi-binh.yaml:", "photo.file", f"photos/{name}")


def test_attachment_that_is_not_a_pdf_is_refused(data: Path) -> None:
    (data / "files").mkdir()
    (data / "files" / "qd.pdf").write_bytes(b"<html><script>alert(1)</script></html>")
    _set_attachment(data, "files/qd.pdf")
    _refused(thiduua_limited("validate", data), "qd-12-2025.yaml:", "attachment", "files/qd.pdf")


def test_photo_path_naming_a_folder_is_refused(data: Path) -> None:
    (data / "photos" / "thu-muc.jpg").mkdir(parents=True)
    _set_photo(data, "photos/thu-muc.jpg")
    _refused(thiduua_limited("validate", data), "tran-thi-binh.yaml:", "photo.file")


def test_photo_without_consent_is_not_published(data: Path, tmp_path: Path) -> None:
    (data / "photos").mkdir()
    (data / "photos" / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    _set_photo(data, "photos/anh.png", consent=False)
    out = tmp_path / "site"
    result = thiduua_limited("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [p for p in out.rglob("*") if p.suffix == ".png" and "tran-thi-binh" in p.name]
