"""Gate: no file of the built site carries script, event handlers or third-party loads,
except the project's own assets.

Every built file is looked at, whatever its extension (``photos/poly2.htm`` and a ``.md``
"photo" were published once, and html-validate only reads ``.html``):

- a file byte-identical to a Material theme asset or a ``site_src`` asset *at the same path*
  is the project's own and is not scanned further;
- HTML and SVG: ``<script>`` only with ``src`` pointing at such an asset, as JSON data
  (``application/json``, ``application/ld+json``), or as one of the theme's inline snippets
  (known by hash, like a Content-Security-Policy hash list; a Material upgrade that changes
  them fails here until the list is renewed); no ``on*`` handler attribute, no
  ``javascript:``/``vbscript:``/``data:text/html`` URL, no ``<object>``/``<embed>``/``<base>``,
  no resource from another host;
- JavaScript files that are not own assets fail; CSS may not load from another host;
- passive files (images, PDFs, data, fonts, feeds) must not contain ``<script`` and images must
  start as their extension says; any other extension fails.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from generator.messages import format_message

THEME_INLINE_SCRIPTS = frozenset(
    {
        # mkdocs-material 9.8.2 base.html: the __md_scope / __md_get storage helpers
        "89614d6b864bbe7884f6ad1ab21aa2216e6686af528a97cd15075dda2fe14374",
        # mkdocs-material 9.8.2 content.html: opens a content tab named by the URL fragment
        "ffcc0f7735fdab434d257c80e65cec2e88d716991e69757185b7e450e41a5b2f",
    }
)
"""SHA-256 of the theme's inline scripts after :func:`_normalise_inline`; a test checks the
bundled site's pages carry exactly these."""

DATA_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})
PASSIVE = frozenset(
    {".png", ".jpg", ".jpeg", ".webp", ".gif", ".ico", ".pdf", ".woff", ".woff2", ".ttf", ".csv", ".json",
     ".xml", ".gz", ".ics", ".txt", ".map", ".webmanifest"}
)
MARKUP = frozenset({".html", ".svg"})
_MAGIC = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",), ".pdf": (b"%PDF-",), ".gif": (b"GIF8",)}
_SCRIPT_BYTES = re.compile(rb"<\s*script\b", re.IGNORECASE)
_BAD_URL = re.compile(r"^\s*(?:javascript|vbscript|data\s*:\s*text/html)\s*:?", re.IGNORECASE)
_CSS_REMOTE = re.compile(r"""(?:url\(\s*['"]?\s*(?:https?:)?//|@import\s+['"]\s*(?:https?:)?//|expression\s*\()""", re.IGNORECASE)
_URL_BASE = re.compile(r'new URL\("[^"\\]*",location\)')
_LOADING_LINKS = frozenset({"stylesheet", "preload", "modulepreload", "prefetch", "icon", "manifest", "apple-touch-icon", "mask-icon"})
_RESOURCE_ATTRS = ("src", "poster", "data", "srcset", "xlink:href")


@dataclass(frozen=True, order=True)
class ScriptFinding:
    file: str
    code: str
    detail: str

    def render(self, lang: str = "vi") -> str:
        return f"{self.file}: {format_message(self.code, {'detail': self.detail}, lang)}"


def _normalise_inline(text: str) -> str:
    """Material writes the page's relative base into its helper (``new URL("../..",location)``)."""
    return _URL_BASE.sub('new URL(BASE,location)', text.strip())


def inline_hash(text: str) -> str:
    return hashlib.sha256(_normalise_inline(text).encode("utf-8")).hexdigest()


def own_asset_roots(project: Path) -> list[Path]:
    """Where the project's own assets come from: the theme package, then site_src."""
    import material  # type: ignore[import-untyped]  # no stubs; only its package folder is needed

    return [Path(material.__file__).resolve().parent / "templates", project / "site_src" / "overrides", project / "site_src" / "docs"]


def _is_own_asset(rel: str, content: bytes, roots: list[Path]) -> bool:
    for root in roots:
        candidate = root / rel
        try:
            if candidate.is_file() and candidate.stat().st_size == len(content) and candidate.read_bytes() == content:
                return True
        except OSError:
            continue
    return False


class _MarkupScanner(HTMLParser):
    def __init__(self, page: str, own_scripts: set[str], inline_allowed: frozenset[str], mount: str = "/") -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.mount = mount
        self.own_scripts = own_scripts
        self.inline_allowed = inline_allowed
        self.found: list[tuple[str, str]] = []
        self._script: dict[str, str] | None = None
        self._script_text: list[str] = []
        self._style = False

    def _resolve(self, url: str) -> str:
        """The site file a script address names; root-absolute ones (404.html) start with the site's path."""
        if url.startswith("/") and url.startswith(self.mount):
            return urlsplit(url).path[len(self.mount) :].lstrip("/")
        return urlsplit(urljoin("/" + self.page, url)).path.lstrip("/")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.found.append(("script_gate_handler", f"<{tag} {name}=…>"))
            if name in ("href", "src", "action", "formaction", "xlink:href", "data") and _BAD_URL.match(value):
                self.found.append(("script_gate_url", f"<{tag} {name}=\"{value[:40]}\">"))
            if name == "style" and _CSS_REMOTE.search(value):
                self.found.append(("script_gate_remote", f"<{tag} style=\"{value[:60]}\">"))
        if tag in ("object", "embed", "applet", "base"):
            self.found.append(("script_gate_element", f"<{tag}>"))
        for name in _RESOURCE_ATTRS if tag != "script" else ():  # a script's src is judged at its end tag
            for url in re.split(r",\s*", values.get(name, "")) if name == "srcset" else [values.get(name, "")]:
                if _remote(url.split(" ")[0] if name == "srcset" else url):
                    self.found.append(("script_gate_remote", f"<{tag} {name}=\"{url[:60]}\">"))
        if tag == "link" and _LOADING_LINKS & set(values.get("rel", "").lower().split()) and _remote(values.get("href", "")):
            self.found.append(("script_gate_remote", f"<link href=\"{values['href'][:60]}\">"))
        if tag == "script":
            self._script, self._script_text = values, []
        if tag == "style":
            self._style = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)
        elif self._style and _CSS_REMOTE.search(data):
            self.found.append(("script_gate_remote", "<style>"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._style = False
        if tag != "script" or self._script is None:
            return
        attrs, text = self._script, "".join(self._script_text)
        self._script = None
        src = attrs.get("src")
        if src:
            if _remote(src) or self._resolve(src) not in self.own_scripts:
                self.found.append(("script_gate_script", f"<script src=\"{src[:60]}\">"))
        elif attrs.get("type", "").strip().lower() in DATA_SCRIPT_TYPES:
            return
        elif inline_hash(text) not in self.inline_allowed:
            self.found.append(("script_gate_inline", " ".join(text.split())[:60]))


def _remote(url: str) -> bool:
    url = url.strip()
    return url.startswith("//") or (bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url)) and not url.lower().startswith(("data:image/", "mailto:", "tel:", "#")))


def check_scripts(site: Path, project: Path, inline_allowed: frozenset[str] = THEME_INLINE_SCRIPTS, site_url: str = "") -> list[ScriptFinding]:
    """Every finding in the built ``site``; ``project`` holds ``site_src`` (own assets);
    ``site_url``'s path prefixes the root-absolute addresses of ``404.html``."""
    mount = "/" + urlsplit(site_url).path.strip("/") + "/" if urlsplit(site_url).path.strip("/") else "/"
    roots = own_asset_roots(project)
    files = sorted(p for p in site.rglob("*") if p.is_file())
    own: set[str] = set()
    contents: dict[str, bytes] = {}
    for path in files:
        rel = path.relative_to(site).as_posix()
        data = path.read_bytes()
        if _is_own_asset(rel, data, roots):
            own.add(rel)
        else:
            contents[rel] = data
    own_scripts = {rel for rel in own if rel.endswith(".js")}
    found: list[ScriptFinding] = []
    for rel, data in contents.items():
        found.extend(ScriptFinding(rel, code, detail) for code, detail in _scan(rel, data, own_scripts, inline_allowed, mount))
    return sorted(found)


def _scan(rel: str, data: bytes, own_scripts: set[str], inline_allowed: frozenset[str], mount: str) -> list[tuple[str, str]]:
    suffix = PurePosixPath(rel).suffix.lower()
    if suffix in MARKUP:
        scanner = _MarkupScanner(rel, own_scripts, inline_allowed, mount)
        scanner.feed(data.decode("utf-8", errors="replace"))
        scanner.close()
        return scanner.found
    if suffix in (".js", ".mjs"):
        return [("script_gate_script_file", rel)]
    if suffix == ".css":
        match = _CSS_REMOTE.search(data.decode("utf-8", errors="replace"))
        return [("script_gate_remote", match.group(0))] if match else []
    if suffix not in PASSIVE:
        return [("script_gate_type", suffix or "(không có phần mở rộng)")]
    if suffix == ".gz":
        try:
            data = gzip.decompress(data)[: 64 * 1024 * 1024]
        except (OSError, EOFError):
            return [("script_gate_type", ".gz")]
    found: list[tuple[str, str]] = []
    magic = _MAGIC.get(suffix)
    if (magic and not data.startswith(magic)) or (suffix == ".webp" and not (data[:4] == b"RIFF" and data[8:12] == b"WEBP")):
        found.append(("script_gate_magic", suffix))
    if _SCRIPT_BYTES.search(data):
        found.append(("script_gate_embedded", "<script"))
    return found
