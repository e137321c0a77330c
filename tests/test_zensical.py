"""The same data gives a correct site with Zensical, Material's successor (the way off MkDocs 1.x).

``thiduua generate --out DIR --zensical`` writes a Zensical project; the pinned Zensical builds
it, and the project's own offline link check must find nothing (before record pages became
``<section>/<id>/index.md`` it found 378 broken links on 76 pages: Zensical resolves relative
links in raw HTML against the source file).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import ZENSICAL_SITE_URL, run_thiduua

from generator.qa.linkcheck import check_site
from generator.write.zensical import MATERIAL_ONLY_OVERRIDES

pytestmark = [pytest.mark.zensical, pytest.mark.slow]


def test_zensical_build_of_the_generated_tree_has_no_broken_link(zensical_site: Path) -> None:
    result = run_thiduua("linkcheck", zensical_site, "--site-url", ZENSICAL_SITE_URL)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "mọi liên kết đều dẫn tới trang, tệp có thật" in result.stdout
    assert check_site(zensical_site, ZENSICAL_SITE_URL) == []


def test_the_link_check_fails_on_the_old_layout(tmp_path: Path, zensical_site: Path) -> None:
    """The check can fail: a record page's links written for its served folder, read from a
    sibling file (``section/<id>.md`` as Zensical resolved it), point one level too high."""
    site = tmp_path / "site"
    shutil.copytree(zensical_site, site)
    page = site / "ca-nhan" / "vo-thi-ha" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace('href="../../don-vi/', 'href="../don-vi/'), encoding="utf-8")
    result = run_thiduua("linkcheck", site, "--site-url", ZENSICAL_SITE_URL)
    assert result.returncode == 1
    assert "ca-nhan/vo-thi-ha/index.html:" in result.stderr


def test_feed_calendar_canonical_and_sitemap_use_the_site_url(zensical_site: Path) -> None:
    import feedparser

    feed = feedparser.parse((zensical_site / "thong-bao" / "feed.xml").read_bytes())
    assert {link.rel: link.href for link in feed.feed.links}["self"] == ZENSICAL_SITE_URL + "thong-bao/feed.xml"
    assert f"URL:{ZENSICAL_SITE_URL}" in (zensical_site / "lich-trinh.ics").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{ZENSICAL_SITE_URL}ca-nhan/vo-thi-ha/">' in (zensical_site / "ca-nhan" / "vo-thi-ha" / "index.html").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", (zensical_site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locs and all(loc.startswith(ZENSICAL_SITE_URL) for loc in locs)


def test_zensical_serves_every_page_address_of_the_mkdocs_build(zensical_site: Path, built_site: Path) -> None:
    """Same addresses with either builder: every page and published file of the MkDocs site."""
    theirs = {p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file()}
    builder_own = ("assets/", "search/", "sitemap.xml", "404.html")  # theme files and each builder's own index/sitemap
    missing = sorted(f for f in theirs if not f.startswith(builder_own) and not (zensical_site / f).is_file())
    assert missing == []
    redirect = (zensical_site / "guong-dien-hinh" / "nguyen-van-an" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=../../ca-nhan/nguyen-van-an/"' in redirect


def test_generated_project_uses_record_folders_and_leaves_material_search_internals_out(zensical_site: Path) -> None:
    project = zensical_site.parent
    pages = [p.relative_to(project / "docs").as_posix() for p in (project / "docs").rglob("*.md")]
    assert pages and [p for p in pages if not p.endswith("index.md")] == [], "every page is a folder's index.md"
    for part in MATERIAL_ONLY_OVERRIDES:
        assert not (project / "overrides" / part).exists(), part
    assert (project / "overrides" / "main.html").is_file(), "the builder-neutral overrides are kept"
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "thiduua" not in [next(iter(p)) if isinstance(p, dict) else p for p in yaml.load(config, Loader=_TaggedLoader)["plugins"]]
    assert "!!python/name:generator.vietnamese.slugify" in config, "headings keep the Vietnamese ids"


def test_headings_get_the_same_vietnamese_ids_as_with_mkdocs(zensical_site: Path, built_site: Path) -> None:
    """Anchors are addresses too (``/ke-hoach/…/#v-to-chuc-thuc-hien``): mkdocs.yml's slugify runs under Zensical."""
    plan = "ke-hoach/ke-hoach-80-nam-bo-noi-vu/index.html"

    def heading_ids(site: Path) -> list[str]:
        return re.findall(r'<h[1-6][^>]* id="([^"]+)"', (site / plan).read_text(encoding="utf-8"))

    ids = heading_ids(built_site)
    assert "v-to-chuc-thuc-hien" in ids
    assert heading_ids(zensical_site) == ids


class _TaggedLoader(yaml.SafeLoader):
    pass


_TaggedLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: suffix)


def test_ci_installs_the_pinned_zensical() -> None:
    from conftest import ROOT

    from generator.write.zensical import ZENSICAL_VERSION

    assert f'"zensical=={ZENSICAL_VERSION}"' in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
