"""Offline link check of a built site: every internal link resolves, nothing loads from elsewhere.

Rules (one finding per broken reference, located to ``file:line`` in the built site):

* a relative ``href``/``src``/``srcset`` must resolve to a file inside the site (a directory
  counts when it has ``index.html``); a ``#fragment`` must exist as ``id=`` (or ``<a name=>``)
  in the target page;
* a root-absolute path (``/x/``) is an error: it escapes the sub-path the site may be served
  under (``https://example.gov.vn/thi-dua/``) — except on ``404.html``, where it must start
  with that sub-path;
* links to other hosts are not fetched; but a *resource* (img, script, iframe, source, audio,
  video, embed, track, ``<link rel=stylesheet|icon|preload…>``, CSS ``url()``/``@import``)
  loading from another host is an error: nothing on the site loads from a third party;
* an absolute URL under the configured ``site_url`` (canonical links, sitemap) is checked like
  a relative one, and canonical/sitemap URLs must lie under ``site_url``;
* the search index's locations must resolve too.

Nothing here touches the network.
"""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.messages import format_message

RESOURCE_TAGS = frozenset({"img", "script", "iframe", "source", "audio", "video", "embed", "track", "object", "frame"})
"""Elements whose ``src``/``data`` the browser loads by itself, without a click."""

RESOURCE_RELS = frozenset(
    {"stylesheet", "icon", "shortcut", "apple-touch-icon", "mask-icon", "manifest", "preload", "modulepreload", "prefetch"}
)
"""``<link rel=…>`` values that make the browser fetch ``href``."""

ROOT_ABSOLUTE_PAGES = frozenset({"404.html"})
"""Pages served at any URL (the web server's error page): MkDocs gives them links from the site
root, which must start with the path of ``site_url`` (``/thi-dua/``; ``/`` when none is set)."""

URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "poster", "data", "action", "formaction", "cite"})
SAFE_SCHEMES = frozenset({"mailto", "tel", "data"})
WEB_SCHEMES = frozenset({"http", "https"})

_CSS_URL = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<url>.*?)(?P=q)\s*\)|@import\s+(?P<q2>['"])(?P<imp>.*?)(?P=q2)""", re.S)
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass(frozen=True, order=True)
class LinkProblem:
    """One broken or forbidden reference in the built site."""

    file: str
    """Path of the built file, relative to the site root (``quyet-dinh/index.html``)."""
    line: int
    code: str
    url: str
    target: str = ""

    def message(self, lang: str = "vi") -> str:
        return format_message(self.code, {"url": self.url, "target": self.target}, lang)

    def render(self, lang: str = "vi") -> str:
        return f"{self.file}:{self.line}: {self.message(lang)}"


@dataclass(frozen=True)
class Reference:
    line: int
    url: str
    resource: bool
    canonical: bool = False


@dataclass
class PageScan:
    """What one HTML page offers (anchors) and uses (references)."""

    ids: set[str] = field(default_factory=set)
    refs: list[Reference] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        line = self.getpos()[0]
        if "id" in values:
            self.scan.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.scan.ids.add(values["name"])
        rels = set(values.get("rel", "").lower().split())
        for name in sorted(URL_ATTRIBUTES & values.keys()):
            resource = tag in RESOURCE_TAGS or (tag == "link" and bool(rels & RESOURCE_RELS)) or name == "poster"
            if tag == "input" and name == "src":
                resource = values.get("type", "").lower() == "image"
            urls = _srcset_urls(values[name]) if name == "srcset" else [values[name]]
            for url in urls:
                self.scan.refs.append(Reference(line, url, resource, canonical=tag == "link" and "canonical" in rels))

    handle_startendtag = handle_starttag


def _srcset_urls(value: str) -> list[str]:
    """``a.jpg 1x, b.jpg 2x`` → ``["a.jpg", "b.jpg"]``."""
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def scan_html(text: str) -> PageScan:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    return parser.scan


class SiteIndex:
    """The files of a built site and, lazily, the anchors of its HTML pages."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        self.dirs = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()} | {"."}
        self._scans: dict[str, PageScan] = {}

    def scan(self, path: str) -> PageScan:
        if path not in self._scans:
            self._scans[path] = scan_html((self.root / path).read_text(encoding="utf-8", errors="replace"))
        return self._scans[path]

    def resolve(self, path: str) -> str | None:
        """The file a site-relative path is served from, or None (``a/`` → ``a/index.html``)."""
        path = path.strip("/") or "."
        if path in self.files:
            return path
        if path in self.dirs:
            index = "index.html" if path == "." else f"{path}/index.html"
            return index if index in self.files else None
        return None


def check_site(root: Path, site_url: str = "") -> list[LinkProblem]:
    """Every problem in the built site at ``root``, sorted by file and line."""
    site = SiteIndex(root)
    base = _normal_site_url(site_url)
    problems: list[LinkProblem] = []
    for path in sorted(site.files):
        if path.endswith(".html"):
            for ref in site.scan(path).refs:
                problems.extend(_check_reference(site, path, ref, base))
        elif path.endswith(".css"):
            problems.extend(_check_css(site, path))
    problems.extend(_check_sitemap(site, base))
    problems.extend(_check_search_index(site))
    return sorted(set(problems))


def _normal_site_url(site_url: str) -> str:
    if not site_url:
        return ""
    return site_url if site_url.endswith("/") else site_url + "/"


def _check_reference(site: SiteIndex, page: str, ref: Reference, base: str) -> list[LinkProblem]:
    url = ref.url.strip()
    if not url:
        return []
    parts = urlsplit(url)
    scheme = parts.scheme.lower()

    def problem(code: str, target: str = "") -> list[LinkProblem]:
        return [LinkProblem(page, ref.line, code, url, target)]

    if scheme in WEB_SCHEMES or url.startswith("//"):
        absolute = url if scheme else "https:" + url
        inside = _within(absolute, base)
        if inside is not None:
            return _check_local(site, page, ref.line, url, inside, from_root=True)
        if ref.canonical and base:
            return problem("canonical_outside_site", base)
        return problem("resource_third_party", parts.netloc) if ref.resource else []
    if scheme in SAFE_SCHEMES:
        return []
    if scheme:
        return problem("link_bad_scheme", scheme)
    if url.startswith("/") and page in ROOT_ABSOLUTE_PAGES:
        prefix = urlsplit(base).path or "/"
        if not url.startswith(prefix):
            return problem("link_outside_prefix", prefix)
        return _check_local(site, page, ref.line, url, url[len(prefix) :], from_root=True)
    if url.startswith("/"):
        return problem("link_root_absolute")
    return _check_local(site, page, ref.line, url, url, from_root=False)


def _within(url: str, base: str) -> str | None:
    """The part of ``url`` after the site's address ``base`` (http/https alike), or None outside it."""
    if not base:
        return None
    url, base = _drop_scheme(url), _drop_scheme(base)
    if url == base.rstrip("/"):
        return ""
    return url[len(base) :] if url.startswith(base) else None


def _drop_scheme(url: str) -> str:
    """``https://host/x`` → ``//host/x``."""
    return url.split(":", 1)[1] if url.split("/", 1)[0].endswith(":") else url


def _check_local(site: SiteIndex, page: str, line: int, url: str, link: str, from_root: bool) -> list[LinkProblem]:
    """Check a link that stays inside the site: ``link`` is relative to the page (or to the root)."""
    parts = urlsplit(link)
    path = unquote(parts.path)
    if from_root:
        joined = path
    elif path:
        joined = posixpath.join(posixpath.dirname(page), path)
    else:
        joined = page
    normal = posixpath.normpath(joined) if joined else "."
    if normal == ".." or normal.startswith("../"):
        return [LinkProblem(page, line, "link_escapes_site", url)]
    target = site.resolve(normal)
    if target is None:
        return [LinkProblem(page, line, "link_missing", url, normal + ("/" if path.endswith("/") else ""))]
    fragment = unquote(parts.fragment)
    if fragment and target.endswith(".html") and fragment not in site.scan(target).ids:
        return [LinkProblem(page, line, "link_fragment_missing", url, f"{target}#{fragment}")]
    return []


def _check_css(site: SiteIndex, path: str) -> list[LinkProblem]:
    text = (site.root / path).read_text(encoding="utf-8", errors="replace")
    problems: list[LinkProblem] = []
    for match in _CSS_URL.finditer(text):
        url = (match.group("url") or match.group("imp") or "").strip()
        line = text.count("\n", 0, match.start()) + 1
        parts = urlsplit(url)
        if not url or parts.scheme.lower() == "data" or url.startswith("#"):
            continue
        if parts.scheme or url.startswith("//"):
            problems.append(LinkProblem(path, line, "resource_third_party", url, parts.netloc))
        elif url.startswith("/"):
            problems.append(LinkProblem(path, line, "link_root_absolute", url))
        else:
            problems.extend(_check_local(site, path, line, url, url.split("#", 1)[0], from_root=False))
    return problems


def _check_sitemap(site: SiteIndex, base: str) -> list[LinkProblem]:
    """Sitemap URLs must lie under ``site_url`` and name pages that exist."""
    if "sitemap.xml" not in site.files:
        return []
    try:
        tree = ET.parse(site.root / "sitemap.xml")
    except ET.ParseError as exc:
        return [LinkProblem("sitemap.xml", exc.position[0], "sitemap_invalid", str(exc))]
    text = (site.root / "sitemap.xml").read_text(encoding="utf-8")
    problems: list[LinkProblem] = []
    for loc in tree.iter(f"{_SITEMAP_NS}loc"):
        url = (loc.text or "").strip()
        line = text.count("\n", 0, max(text.find(f">{url}<"), 0)) + 1
        inside = _within(url, base)
        if inside is None:
            problems.append(LinkProblem("sitemap.xml", line, "sitemap_outside_site", url, base or "site_url"))
        else:
            problems.extend(_check_local(site, "sitemap.xml", line, url, inside, from_root=True))
    return problems


def _check_search_index(site: SiteIndex) -> list[LinkProblem]:
    """Search results link to ``location`` (relative to the site root) — they must resolve."""
    index_file = "search/search_index.json"
    if index_file not in site.files:
        return []
    try:
        docs = json.loads((site.root / index_file).read_text(encoding="utf-8")).get("docs", [])
    except (ValueError, AttributeError):
        return [LinkProblem(index_file, 1, "search_index_invalid", index_file)]
    problems: list[LinkProblem] = []
    for doc in docs:
        location = doc.get("location") if isinstance(doc, dict) else None
        if isinstance(location, str):
            problems.extend(_check_local(site, index_file, 1, location, location, from_root=True))
    return problems
