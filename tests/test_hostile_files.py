"""Hostile photos and attachments (issue 18.1), through the real CLI and the built site.

A "photo" is whatever an editor or the web editor's media upload put under ``data/``: here a
polyglot page, an HTML file loading a remote script, a truncated PNG, a few hundred bytes that
declare 10 billion pixels, a camera JPEG with its GPS position, two names that differ by case.
Only decoded, re-encoded images and verified PDFs may reach the site, and ``thiduua check``
has a gate that scans every built file whatever its extension.
"""

from __future__ import annotations

import io
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua
from PIL import Image

from generator.qa.scriptcheck import THEME_INLINE_SCRIPTS, check_scripts, inline_hash

MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal"
PERSON = "people/tran-thi-binh.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    (target / "photos").mkdir()
    return target


def _set_photo(data: Path, file: str) -> None:
    person = data / PERSON
    person.write_text(person.read_text(encoding="utf-8") + f"photo:\n  file: {file!r}\n  consent: true\n", encoding="utf-8")


def _png(width: int, height: int, rows: bytes | None = None) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    body = zlib.compress(rows if rows is not None else b"\x00" * (width + 1) * height)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def _refused(result, *expected: str) -> str:  # type: ignore[no-untyped-def]
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    for text in expected:
        assert text in output, (text, output)
    return output


def _photo_line(data: Path) -> str:
    lines = (data / PERSON).read_text(encoding="utf-8").splitlines()
    return f"tran-thi-binh.yaml:{lines.index(next(line for line in lines if line.strip().startswith('file:'))) + 1}:"


HOSTILE = {
    "poly.md": b"RIFFabcdWEBP" + b"<script>document.title='pwned'</script>\n# Trang\n",
    "poly2.htm": b'<!doctype html><script src="https://evil.example/x.js"></script>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_disguised_files_are_refused_and_never_published(data: Path, tmp_path: Path, name: str) -> None:
    (data / "photos" / name).write_bytes(HOSTILE[name])
    _set_photo(data, f"photos/{name}")
    _refused(run_thiduua("validate", data), _photo_line(data), "photo.file", "không phải ảnh JPEG, PNG hoặc WebP")
    out = tmp_path / "site"
    _refused(run_thiduua("build", "--data", data, "--out", out))
    assert not out.exists()


def test_files_under_data_that_no_record_names_never_reach_the_site(data: Path, tmp_path: Path) -> None:
    for name, content in HOSTILE.items():
        (data / "photos" / name).write_bytes(content)
    (data / "photos" / "anh.png").write_bytes(_png(4, 4))
    _set_photo(data, "photos/anh.png")
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    built = {p.name for p in out.rglob("*")}
    assert "poly.md" not in built and "poly2.htm" not in built and "poly" not in " ".join(built)
    assert not list(out.rglob("*.htm"))
    assert check_scripts(out, ROOT) == []


def test_truncated_png_is_refused(data: Path) -> None:
    whole = _png(64, 64, bytes(range(256)) * 16 + b"\x00" * (65 * 64 - 4096))
    (data / "photos" / "cut.png").write_bytes(whole[: len(whole) * 2 // 3])
    _set_photo(data, "photos/cut.png")
    _refused(run_thiduua("validate", data), _photo_line(data), "photo.file", "bị hỏng hoặc thiếu phần cuối")


def test_image_declaring_too_many_pixels_is_refused_before_decoding(data: Path) -> None:
    """100,000 × 100,000 pixels in a few hundred bytes on disk (a decompression bomb)."""
    bomb = _png(100_000, 100_000, b"\x00" * 1000)
    assert len(bomb) < 1000
    (data / "photos" / "bom.png").write_bytes(bomb)
    _set_photo(data, "photos/bom.png")
    _refused(run_thiduua("validate", data), "photo.file", "quá nhiều điểm ảnh", "100000 × 100000")


def test_photo_of_too_many_bytes_is_refused(data: Path) -> None:
    (data / "photos" / "lon.png").write_bytes(_png(8, 8) + b"\x00" * (11 * 1024 * 1024))
    _set_photo(data, "photos/lon.png")
    _refused(run_thiduua("validate", data), "photo.file", "quá lớn")


def test_published_photo_is_re_encoded_without_metadata_under_its_real_type(data: Path, tmp_path: Path) -> None:
    """A JPEG named .png with EXIF (GPS position, camera owner) is published as .jpg, no EXIF."""
    exif = Image.Exif()
    exif[0x013B] = "Nguyen Van Chu May"  # Artist
    exif[0x8825] = {1: "N", 2: (9.0, 36.0, 0.0)}  # GPS IFD: latitude of Sóc Trăng
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(buffer, "JPEG", exif=exif, comment=b"ghi chu rieng")
    assert b"Nguyen Van Chu May" in buffer.getvalue()
    (data / "photos" / "anh.png").write_bytes(buffer.getvalue())
    _set_photo(data, "photos/anh.png")
    (data / PERSON).write_text((data / PERSON).read_text(encoding="utf-8").replace("exemplary:", "exemplary:"), encoding="utf-8")
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    published = [p for p in out.rglob("tran-thi-binh.*") if p.suffix in (".jpg", ".png", ".webp")]
    assert [p.suffix for p in published] == [".jpg"]
    raw = published[0].read_bytes()
    assert b"Nguyen Van Chu May" not in raw and b"ghi chu rieng" not in raw and b"Exif" not in raw
    with Image.open(published[0]) as image:
        assert image.format == "JPEG" and image.size == (32, 24)
        assert not image.getexif()
    page = next(out.rglob("tran-thi-binh/index.html")).read_text(encoding="utf-8")
    assert "tran-thi-binh.jpg" in page


def test_photo_paths_differing_only_by_case_are_an_error(data: Path) -> None:
    (data / "photos" / "Anh.png").write_bytes(_png(4, 4))
    (data / "photos" / "anh.png").write_bytes(_png(4, 4))
    _set_photo(data, "photos/anh.png")
    _refused(run_thiduua("validate", data), "photo.file", "photos/Anh.png", "photos/anh.png", "chữ hoa/chữ thường")


def _set_attachment(data: Path, pdf: bytes) -> None:
    (data / "files").mkdir(exist_ok=True)
    (data / "files" / "qd.pdf").write_bytes(pdf)
    decision = data / "decisions" / "qd-12-2025.yaml"
    decision.write_text(decision.read_text(encoding="utf-8") + "attachment: files/qd.pdf\n", encoding="utf-8")


def _pdf(javascript: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if javascript:  # an open action running JavaScript, as a malicious "scan" would carry
        from pypdf.generic import DictionaryObject, NameObject, TextStringObject

        action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(javascript)})
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_real_pdf_attachment_is_published(data: Path, tmp_path: Path) -> None:
    _set_attachment(data, _pdf())
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    from pypdf import PdfReader

    assert len(PdfReader(next(out.rglob("qd-12-2025.pdf"))).pages) == 1


@pytest.mark.parametrize(
    ("pdf", "message"),
    [(b"%PDF-1.7\n<html><script>alert(1)</script>", "không phải PDF"), (None, "nội dung chạy được")],
    ids=["header-only", "javascript"],
)
def test_fake_or_active_pdf_is_refused(data: Path, pdf: bytes | None, message: str) -> None:
    _set_attachment(data, pdf if pdf is not None else _pdf("app.alert('x')"))
    _refused(run_thiduua("validate", data), "qd-12-2025.yaml:", "attachment", message)


# The gate itself: a built site into which the files of the issue are planted.


@pytest.fixture(scope="module")
def clean_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gate") / "site"
    result = run_thiduua("build", "--data", MINIMAL, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_script_gate_passes_the_bundled_build_and_knows_exactly_the_theme_snippets(built_site: Path) -> None:
    assert check_scripts(built_site, ROOT) == []
    import re

    seen = set()
    for page in built_site.rglob("*.html"):
        for attrs, text in re.findall(r"<script\b([^>]*)>(.*?)</script>", page.read_text(encoding="utf-8"), re.DOTALL):
            if "src=" not in attrs and "json" not in attrs:
                seen.add(inline_hash(text))
    assert seen == THEME_INLINE_SCRIPTS


PLANTED = {
    "guong-dien-hinh/anh/poly.md": (HOSTILE["poly.md"], "script_gate_type"),
    "guong-dien-hinh/anh/poly2.htm": (HOSTILE["poly2.htm"], "script_gate_type"),
    "guong-dien-hinh/anh/x.webp": (HOSTILE["poly.md"], "script_gate_embedded"),
    "guong-dien-hinh/anh/y.png": (b"GIF89a" + b"\x00" * 16, "script_gate_magic"),
    "assets/javascripts/extra.js": (b"fetch('https://evil.example')", "script_gate_script_file"),
    "du-lieu/x.json": (b'{"a": "<script>alert(1)</script>"}', "script_gate_embedded"),
    "trang/index.html": (b'<p onclick="alert(1)">x</p>', "script_gate_handler"),
    "trang2/index.html": (b'<script>alert(1)</script>', "script_gate_inline"),
    "trang3/index.html": (b'<script src="https://cdn.example/a.js"></script>', "script_gate_script"),
    "trang4/index.html": (b'<img src="https://tracker.example/p.gif" alt="">', "script_gate_remote"),
    "trang5/index.html": (b'<a href="javascript:alert(1)">x</a>', "script_gate_url"),
    "trang6/index.html": (b'<svg><script href="x"></script></svg>', "script_gate_inline"),
    "assets/stylesheets/extra.css": (b"@import '//fonts.example/x.css';", "script_gate_remote"),
}


@pytest.mark.parametrize("planted", sorted(PLANTED))
def test_script_gate_fails_on_each_planted_file(clean_site: Path, tmp_path: Path, planted: str) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_site, site)
    content, code = PLANTED[planted]
    (site / planted).parent.mkdir(parents=True, exist_ok=True)
    (site / planted).write_bytes(content)
    findings = check_scripts(site, ROOT)
    assert [(f.file, f.code) for f in findings] == [(planted, code)]


def test_script_gate_fails_when_a_theme_asset_is_modified(clean_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_site, site)
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.min.js"))
    bundle.write_bytes(bundle.read_bytes() + b";fetch('https://evil.example')")
    codes = {(f.file, f.code) for f in check_scripts(site, ROOT)}
    assert ("assets/javascripts/" + bundle.name, "script_gate_script_file") in codes
    assert any(code == "script_gate_script" for _, code in codes)  # every page loading it fails too


def test_script_gate_through_check_at_a_sub_path(tmp_path: Path) -> None:
    """404.html loads the theme by root-absolute addresses under the site's path: still its own."""
    out = tmp_path / "site"
    result = run_thiduua("check", "--no-html", "--data", MINIMAL, "--out", out, "--site-url", "https://example.gov.vn/thi-dua/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[ĐẠT] Không có mã chạy được" in result.stdout
    (out / "404.html").write_text((out / "404.html").read_text(encoding="utf-8").replace("/thi-dua/assets/javascripts/bundle", "/khac/assets/javascripts/bundle"), encoding="utf-8")
    assert [f.code for f in check_scripts(out, ROOT, site_url="https://example.gov.vn/thi-dua/")] == ["script_gate_script"]
