"""Permanent addresses: a record's URL never depends on its content, moved ones redirect,
the committed list of published addresses catches a page that disappears."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
from conftest import ROOT, run_thiduua

from generator import addresses, urls
from generator.diagnostics import Report

pytestmark = pytest.mark.slow


class _Head(HTMLParser):
    """The redirect-relevant parts of a page: refresh target, canonical, links, scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.refresh: str | None = None
        self.canonical: str | None = None
        self.links: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.refresh = (a.get("content") or "").split("url=", 1)[-1]
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        elif tag == "script":
            self.scripts += 1


def head(path: Path) -> _Head:
    parser = _Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def site_files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def resolves(site: Path, address: str) -> Path | None:
    """The file a static web server answers ``address`` with (a folder: its index.html)."""
    target = site / address
    if address == "" or address.endswith("/"):
        target = target / "index.html"
    return target if target.is_file() else None


def redirect_target(site: Path, page: Path) -> str | None:
    """Where a redirect page sends the reader, site-relative; None for an ordinary page."""
    parsed = head(page)
    if parsed.refresh is None:
        return None
    base = "http://site/" + page.parent.relative_to(site).as_posix() + "/"
    return urljoin(base, parsed.refresh).removeprefix("http://site/")


def without_field(text: str, name: str) -> str:
    """The YAML text without the top-level field ``name`` and its indented block."""
    kept, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith(f"{name}:"):
            skipping = True
        elif skipping and line.strip() and not line.startswith((" ", "#")):
            skipping = False
        if not skipping:
            kept.append(line)
    return "".join(kept)


def test_exemplary_person_lives_at_ca_nhan_and_the_old_gallery_address_redirects(built_site: Path) -> None:
    person = "nguyen-van-an"  # exemplary in the bundled data
    assert "exemplary:" in (ROOT / "data" / "people" / f"{person}.yaml").read_text(encoding="utf-8")
    page = built_site / "ca-nhan" / person / "index.html"
    assert page.is_file() and head(page).refresh is None
    old = built_site / "guong-dien-hinh" / person / "index.html"
    parsed = head(old)
    assert redirect_target(built_site, old) == f"ca-nhan/{person}/"
    assert parsed.canonical == parsed.refresh == f"../../ca-nhan/{person}/"
    assert parsed.links == [f"../../ca-nhan/{person}/"], "a visible link for browsers that ignore refresh"
    assert parsed.scripts == 0
    gallery = (built_site / "guong-dien-hinh" / "index.html").read_text(encoding="utf-8")
    assert f'href="../ca-nhan/{person}/"' in gallery
    assert f'href="{person}/"' not in gallery, "the gallery links the permanent address, not the redirect"


def test_changing_exemplary_keeps_every_address_of_the_previous_build(tmp_path: Path, data_copy: Path, built_site: Path) -> None:
    """Build, change ``exemplary`` both ways, build again: every URL of the first build still answers."""
    people = data_copy / "people"
    was_exemplary = people / "nguyen-van-an.yaml"
    was_exemplary.write_text(without_field(was_exemplary.read_text(encoding="utf-8"), "exemplary"), encoding="utf-8")
    assert "exemplary" not in was_exemplary.read_text(encoding="utf-8")
    becomes = people / "au-duong-minh-khoi.yaml"
    becomes.write_text(
        becomes.read_text(encoding="utf-8")
        + "exemplary:\n  year: 2025\n  citation: Tận tụy với công việc\n  achievements: Hoàn thành xuất sắc nhiệm vụ.\n",
        encoding="utf-8",
    )
    second = tmp_path / "second"
    result = run_thiduua("build", "--data", data_copy, "--out", second)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "au-duong-minh-khoi" in (second / "guong-dien-hinh" / "index.html").read_text(encoding="utf-8")
    assert "nguyen-van-an/" not in (second / "guong-dien-hinh" / "index.html").read_text(encoding="utf-8").replace("nguyen-van-an-ke-sach/", "")

    missing, wrong = [], []
    for file in sorted(site_files(built_site)):
        now = second / file
        if not now.is_file():
            missing.append(file)
            continue
        before_target = redirect_target(built_site, built_site / file) if file.endswith(".html") else None
        if before_target is not None and redirect_target(second, now) != before_target:
            wrong.append(file)
        if before_target is not None and resolves(second, before_target) is None:
            wrong.append(f"{file} → {before_target}")
    assert not missing, f"addresses of the first build gone after changing exemplary: {missing[:10]}"
    assert not wrong, wrong
    assert (second / "ca-nhan" / "nguyen-van-an" / "index.html").is_file()
    assert (second / "ca-nhan" / "au-duong-minh-khoi" / "index.html").is_file()
    assert not (second / "guong-dien-hinh" / "au-duong-minh-khoi").exists(), "no second address for the new exemplary person"


def test_a_published_page_that_disappears_fails_the_build_naming_the_address(tmp_path: Path, data_copy: Path) -> None:
    # its month and category keep other announcements, so only its own page disappears
    announcement = data_copy / "announcements" / "2025-08-29-le-ky-niem-80-nam.md"
    announcement.unlink()
    result = run_thiduua("build", "--data", data_copy, "--out", tmp_path / "site")
    assert result.returncode == 1
    line = next(i for i, text in enumerate((data_copy / "published.txt").read_text(encoding="utf-8").splitlines(), 1) if text == f"/thong-bao/{announcement.stem}/")
    assert f"published.txt:{line}:1: lỗi: địa chỉ đã công bố /thong-bao/{announcement.stem}/ không còn trang nào" in result.stderr
    assert "redirects.yaml" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists(), "nothing half-written"

    # Taking it down on purpose is said in redirects.yaml; then the build passes.
    redirects = data_copy / "redirects.yaml"
    redirects.write_text(redirects.read_text(encoding="utf-8").replace("withdrawn: []", f"withdrawn:\n  - /thong-bao/{announcement.stem}/"), encoding="utf-8")
    result = run_thiduua("build", "--data", data_copy, "--out", tmp_path / "site")
    assert result.returncode == 0, result.stderr


def test_the_committed_list_holds_every_address_the_bundled_site_publishes(built_site: Path) -> None:
    """A new page must enter data/published.txt (``thiduua addresses --write``) with its commit,
    or its later removal would go unnoticed."""
    listed = {line for line in (ROOT / "data" / "published.txt").read_text(encoding="utf-8").splitlines() if line.startswith("/")}
    built = set()
    for file in site_files(built_site):
        if file.startswith(urls.MACHINERY) or file in ("404.html", "sitemap.xml", "sitemap.xml.gz"):
            continue  # the theme's machinery and the builder's own files, not cited addresses
        built.add("/" + (file[: -len("index.html")] if file == "index.html" or file.endswith("/index.html") else file))
    assert built - listed == set(), "run: thiduua addresses --write"
    assert {a for a in listed if not resolves(built_site, a.lstrip("/"))} == set()


def test_addresses_write_only_adds(tmp_path: Path, data_copy: Path) -> None:
    listed = data_copy / "published.txt"
    listed.write_text(listed.read_text(encoding="utf-8").replace("\n/huong-dan/\n", "\n"), encoding="utf-8")
    result = run_thiduua("addresses", "--data", data_copy, "--write")
    assert result.returncode == 0, result.stderr
    assert "(1 địa chỉ mới)" in result.stdout
    assert listed.read_text(encoding="utf-8") == (ROOT / "data" / "published.txt").read_text(encoding="utf-8")


def test_the_guides_example_addresses_exist_in_the_built_site(built_site: Path) -> None:
    guide = (ROOT / "site_src" / "docs" / "huong-dan" / "index.md").read_text(encoding="utf-8")
    examples = set(re.findall(r"`(/[a-z0-9][a-z0-9/.-]*)`", guide)) | set(re.findall(r"\]\((/[a-z0-9][a-z0-9/.-]*)\)", guide))
    assert "/ca-nhan/nguyen-van-an/" in examples, "the guide's example of a record address"
    missing = sorted(a for a in examples if resolves(built_site, a.lstrip("/")) is None)
    assert not missing, f"the guide cites addresses the site does not have: {missing}"


# --- the rules themselves, without a build -------------------------------------------------------


def _book(tmp_path: Path, published: str, redirects: str | None = None) -> tuple[addresses.AddressBook, list[object]]:
    (tmp_path / addresses.PUBLISHED_FILE).write_text(published, encoding="utf-8")
    if redirects is not None:
        (tmp_path / addresses.REDIRECTS_FILE).write_text(redirects, encoding="utf-8")
    return addresses.load(tmp_path)  # type: ignore[return-value]


def test_rules_of_moved_withdrawn_and_new_addresses(tmp_path: Path) -> None:
    book, problems = _book(
        tmp_path,
        "# list\n/\n/a/\n/b/\n/c/\n/d.pdf\n",
        "moved:\n  /b/: /a/\n  /d.pdf: /a/\n  /x/: /nowhere/\n  /a/: /c/\nwithdrawn:\n  - /c/\n",
    )
    assert problems == []
    report = Report()
    report.extend(addresses.check(book, {"", "a/", "new/"}))
    codes = {(d.code, dict(d.params).get("address")) for d in report.sorted}
    assert ("redirect_not_page", "/d.pdf") in codes
    assert ("redirect_target_missing", "/x/") in codes
    assert ("redirect_shadows_page", "/a/") in codes
    assert ("published_list_behind", None) in codes
    assert not any(code == "published_address_gone" for code, _ in codes), "moved and withdrawn addresses still answer"
    pages = addresses.redirect_pages(book, {"", "a/"}, "https://example.gov.vn/thi-dua/")
    assert list(pages) == ["b/index.html"]
    assert b'<link rel="canonical" href="https://example.gov.vn/thi-dua/a/">' in pages["b/index.html"]
    assert b'url=../a/"' in pages["b/index.html"]


def test_a_bad_redirects_file_is_reported_with_its_line(tmp_path: Path) -> None:
    _, problems = _book(tmp_path, "/\n", "moved:\n  /a/: /b/\n  c/: /b/\n")
    (problem,) = problems
    assert (problem.file.endswith("redirects.yaml"), problem.line, problem.code) == (True, 3, "address_not_absolute")  # type: ignore[attr-defined]
