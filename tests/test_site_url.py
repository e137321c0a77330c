"""One meaning of ``--site-url`` for build, check and serve: the command line wins over mkdocs.yml
everywhere (canonical links, sitemap, feed, calendar, 404 page), and ``check --out`` publishes
exactly what ``build`` would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import feedparser
import icalendar
import pytest
from conftest import project_copy, run_thiduua

pytestmark = pytest.mark.slow

SITE_URL = "https://example.gov.vn/thi-dua/"


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The site as ``check --site-url U --out A`` keeps it and as ``build --site-url U --out B`` writes it."""
    tmp = tmp_path_factory.mktemp("site-url")
    checked, built = tmp / "checked", tmp / "built"
    result = run_thiduua("check", "--site-url", SITE_URL, "--out", checked, "--no-html")
    assert result.returncode == 0, result.stdout + result.stderr
    built_result = run_thiduua("build", "--site-url", SITE_URL, "--out", built)
    assert built_result.returncode == 0, built_result.stdout + built_result.stderr
    return checked, built, result.stderr + built_result.stderr


def test_check_out_and_build_give_byte_identical_sites(pair: tuple[Path, Path, str]) -> None:
    checked, built, _ = pair
    first, second = tree(checked), tree(built)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def assert_absolute_feed_and_calendar(site: Path, site_url: str) -> None:
    feed = feedparser.parse((site / "thong-bao" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == site_url + "thong-bao/feed.xml"
    assert links["alternate"] == site_url + "thong-bao/"
    assert feed.entries
    for entry in feed.entries:
        assert entry.link.startswith(site_url + "thong-bao/"), entry.link
        assert (site / entry.link.removeprefix(site_url) / "index.html").is_file(), entry.link
    calendar = icalendar.Calendar.from_ical((site / "lich-trinh.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    for event in events:
        url = str(event.get("URL") or "")
        assert url.startswith(site_url), (event.get("SUMMARY"), url)
        page = url.removeprefix(site_url).split("#", 1)[0]
        assert (site / page / "index.html").is_file(), url


def test_feed_and_calendar_of_the_checked_site_hold_absolute_urls(pair: tuple[Path, Path, str]) -> None:
    """What the GitHub Pages workflow publishes (``check --site-url U --out site``)."""
    checked, _, _ = pair
    assert_absolute_feed_and_calendar(checked, SITE_URL)


def test_material_end_of_life_reaches_the_operator_as_one_line(pair: tuple[Path, Path, str]) -> None:
    _, _, stderr = pair
    lines = [line for line in stderr.splitlines() if "2027" in line]
    assert lines == ["Lưu ý: Material for MkDocs 9.8.2 ngừng được bảo trì từ ngày 05 tháng 5 năm 2027; xem mục \"Chuyển sang Zensical\" trong README.md"] * 2
    assert "│" not in stderr and "NO_MKDOCS_2_WARNING" not in stderr, "Material's banner stays suppressed"
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "## Chuyển sang Zensical" in readme, "the line points at a README section that exists"


def test_command_line_site_url_wins_over_mkdocs_yml_everywhere(tmp_path: Path) -> None:
    project = project_copy(tmp_path)
    config = project / "mkdocs.yml"
    configured = "https://cu.example.gov.vn/cu/"
    config.write_text(f"site_url: {configured}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    wanted = "https://moi.example.gov.vn/thi-dua/"
    out = tmp_path / "site"
    result = run_thiduua("build", "--site-url", wanted, "--out", out, cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr

    leaked = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".ics", ".json") and b"cu.example.gov.vn" in p.read_bytes()]
    assert leaked == [], "mkdocs.yml's site_url must not appear anywhere"
    home = (out / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{wanted}">' in home
    assert all(loc.startswith(wanted) for loc in re.findall(r"<loc>([^<]+)</loc>", (out / "sitemap.xml").read_text(encoding="utf-8")))
    assert 'href="/thi-dua/assets/' in (out / "404.html").read_text(encoding="utf-8")
    assert_absolute_feed_and_calendar(out, wanted)

    # Without --site-url, mkdocs.yml's site_url is the one meaning, for feeds as for canonicals.
    plain = tmp_path / "plain"
    result = run_thiduua("build", "--out", plain, cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_absolute_feed_and_calendar(plain, configured)


def test_serve_site_url_wins_over_mkdocs_yml_and_previews_under_its_path(tmp_path: Path) -> None:
    """``serve --site-url U`` means what it means for build: the public address, winning over
    mkdocs.yml; MkDocs serves the preview under U's path, and absolute links point at the preview."""
    from test_serve import _fetch, _free_port, _wait_for

    project = project_copy(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://cu.example.gov.vn/cu/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "THIDUUA_DATA"}
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--site-url", SITE_URL, "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        preview = f"http://127.0.0.1:{port}/thi-dua/"
        assert _wait_for(lambda: "Kế hoạch thi đua" in _fetch(preview + "ke-hoach/"))
        feed = feedparser.parse(_fetch(preview + "thong-bao/feed.xml").encode("utf-8"))
        assert {link.rel: link.href for link in feed.feed.links}["self"] == preview + "thong-bao/feed.xml"
        assert "cu.example.gov.vn" not in _fetch(preview)
    finally:
        server.terminate()
        server.wait(timeout=20)
