"""Publishing on one's own server: sub-path builds, byte-identical rebuilds, atomic replacement of site/."""

from __future__ import annotations

import datetime as dt
import gzip
import re
import shutil
import stat
import struct
from pathlib import Path
from urllib.parse import urljoin

import pytest
from conftest import ROOT, run_thiduua

from generator.qa.linkcheck import check_site, scan_html

pytestmark = pytest.mark.slow

SITE_URL = "https://example.gov.vn/thi-dua/"
PREFIX = "/thi-dua/"


def build(out: Path, *args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    result = run_thiduua("build", "--out", out, *args, cwd=cwd, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("subpath") / "site"
    build(out, "--site-url", SITE_URL)
    return out


# ---- sub-path ---------------------------------------------------------------------------------


def test_subpath_site_has_no_link_escaping_the_prefix(subpath_site: Path) -> None:
    pages = sorted(subpath_site.rglob("*.html"))
    assert len(pages) > 10
    offenders = []
    for page in pages:
        rel = page.relative_to(subpath_site).as_posix()
        for ref in scan_html(page.read_text(encoding="utf-8")).refs:
            absolute = ref.url.startswith("/") and not ref.url.startswith("//")
            if absolute and (rel != "404.html" or not ref.url.startswith(PREFIX)):
                offenders.append(f"{rel}:{ref.line}: {ref.url}")
    assert offenders == [], "\n".join(offenders[:20])
    # the 404 page (served at any depth) links from the root, under the prefix
    assert f'href="{PREFIX}assets/' in (subpath_site / "404.html").read_text(encoding="utf-8")


def test_subpath_canonical_and_sitemap_urls_use_the_prefix(subpath_site: Path) -> None:
    for page in sorted(subpath_site.rglob("index.html")):
        rel = page.relative_to(subpath_site).as_posix()
        text = page.read_text(encoding="utf-8")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', text)
        assert canonical, rel
        moved = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)"', text)  # a moved address (data/redirects.yaml)
        own = SITE_URL + rel[: -len("index.html")]
        assert canonical.group(1) == (urljoin(own, moved.group(1)) if moved else own), rel
    sitemap = (subpath_site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert len(locs) > 10
    assert all(loc.startswith(SITE_URL) for loc in locs)
    assert gzip.decompress((subpath_site / "sitemap.xml.gz").read_bytes()).decode("utf-8") == sitemap


def test_subpath_site_passes_the_link_checker_against_its_site_url(subpath_site: Path) -> None:
    problems = check_site(subpath_site, SITE_URL)
    assert problems == [], "\n".join(p.render() for p in problems[:20])


# ---- determinism -------------------------------------------------------------------------------


def test_two_builds_from_the_same_data_are_byte_identical(tmp_path: Path, subpath_site: Path) -> None:
    again = tmp_path / "again"
    # another process, time zone and hash seed: none of them may leak into the output
    build(again, "--site-url", SITE_URL, env={"TZ": "Asia/Ho_Chi_Minh", "PYTHONHASHSEED": "12345"})
    first, second = tree(subpath_site), tree(again)
    assert sorted(first) == sorted(second)
    for name in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json", "index.html"):
        assert name in first, name
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []


def test_source_date_epoch_comes_from_the_data_unless_the_caller_pins_it(tmp_path: Path, subpath_site: Path) -> None:
    lastmods = set(re.findall(r"<lastmod>([^<]+)</lastmod>", (subpath_site / "sitemap.xml").read_text(encoding="utf-8")))
    assert len(lastmods) == 1
    (from_data,) = lastmods
    assert gzip_date(subpath_site / "sitemap.xml.gz") == from_data

    pinned = tmp_path / "pinned"
    build(pinned, "--site-url", SITE_URL, env={"SOURCE_DATE_EPOCH": "1700000000"})  # 2023-11-14
    assert "<lastmod>2023-11-14</lastmod>" in (pinned / "sitemap.xml").read_text(encoding="utf-8")
    assert gzip_date(pinned / "sitemap.xml.gz") == "2023-11-14"


def gzip_date(path: Path) -> str:
    """The date in a gzip header's MTIME field (MkDocs stores the build date's midnight there)."""
    mtime = struct.unpack("<I", path.read_bytes()[4:8])[0]
    return dt.datetime.fromtimestamp(mtime, dt.UTC).date().isoformat()


# ---- atomic replacement ------------------------------------------------------------------------


def leftovers(parent: Path, name: str) -> list[str]:
    """Temporary folders a build left beside ``name``; its lock file stays on purpose (a lock
    removed after use could be taken twice: see generator/write/output.py)."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}.") and p.name != f".{name}.lock")


def test_failed_build_leaves_the_previous_site_untouched(tmp_path: Path, subpath_site: Path) -> None:
    out = tmp_path / "www" / "site"
    shutil.copytree(subpath_site, out)
    before = tree(out)
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    unit = sorted((data / "units").glob("*.yaml"))[0]
    unit.write_text("ten: [không đóng ngoặc\n", encoding="utf-8")

    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"units/{unit.name}:1:" in result.stderr
    assert tree(out) == before
    assert leftovers(out.parent, "site") == []


def test_mkdocs_failure_after_generation_leaves_the_previous_site_untouched(tmp_path: Path, subpath_site: Path) -> None:
    """The data is fine but MkDocs fails in strict mode (a nav entry to a missing page): staging is dropped."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copytree(ROOT / "site_src", project / "site_src")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("nav:\n", "nav:\n  - Không có: khong-co-trang-nay.md\n", 1), encoding="utf-8")
    out = tmp_path / "site"
    shutil.copytree(subpath_site, out)
    before = tree(out)

    result = run_thiduua("build", "--data", ROOT / "data", "--out", out, cwd=project)
    assert result.returncode == 1, result.stdout
    assert "khong-co-trang-nay.md" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree(out) == before
    assert leftovers(tmp_path, "site") == []


def test_successful_build_replaces_the_site_and_leaves_it_readable_by_a_web_server(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "cu.html").write_text("trang cũ", encoding="utf-8")
    build(out)
    assert not (out / "cu.html").exists()
    assert (out / "index.html").is_file()
    assert stat.S_IMODE(out.stat().st_mode) & 0o005 == 0o005, "others must be able to read and enter site/"
    assert leftovers(tmp_path, "site") == []
