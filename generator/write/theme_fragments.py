"""Theme parts that every page of a folder outside the nav shares, rendered once per folder and build.

Material renders the site navigation (drawer and tabs), the search box, the logo and the footer
for each page, although for a page outside the nav — each of the thousands of person, decision
and unit pages — they depend only on the page's folder (links are made relative to it): nothing
in them is active and the footer has no previous/next page. :class:`FragmentLoader` wraps
those partials in a cache call; pages in the nav render them as before. A build with and
without the cache gives identical files (``tests/test_prerender.py``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

import jinja2
from mkdocs.structure.pages import Page

__all__ = ["FragmentCache", "FragmentLoader", "install", "link_targets", "points_into"]

SHARED_PARTIALS = ("partials/nav.html", "partials/tabs.html", "partials/footer.html", "partials/search.html", "partials/logo.html")
_ORIGINAL = "thiduua-original/"
_GLOBAL = "thiduua_shared_fragment"


class FragmentLoader(jinja2.BaseLoader):
    """The theme's own loader, with each of :data:`SHARED_PARTIALS` rendered through the cache."""

    def __init__(self, inner: jinja2.BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template.startswith(_ORIGINAL):
            return self.inner.get_source(environment, template.removeprefix(_ORIGINAL))
        source, filename, uptodate = self.inner.get_source(environment, template)
        if template in SHARED_PARTIALS:
            source = f'{{% call {_GLOBAL}("{template}") %}}{{% include "{_ORIGINAL}{template}" %}}{{% endcall %}}'
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


class FragmentCache:
    """Rendered partials by (partial, folder of the page) for pages outside the nav.

    A relative link in a fragment is the same from every page of a folder unless it points at or
    under the page itself ("./", "sub/"), so a cached fragment is reused only for pages that none
    of its links point into, and a rendering that links into its own page is not kept.
    """

    def __init__(self) -> None:
        self._rendered: dict[tuple[str, str, bool], tuple[str, frozenset[str]]] = {}

    @jinja2.pass_context
    def __call__(self, context: jinja2.runtime.Context, name: str, caller: Callable[[], str]) -> str:
        page = context.get("page")
        if not isinstance(page, Page) or not page.file.inclusion.is_not_in_nav():
            return caller()
        key = (name, page.url.rstrip("/").rpartition("/")[0], page.url.endswith("/"))
        cached = self._rendered.get(key)
        if cached is not None and not points_into(cached[1], page.url):
            return cached[0]
        rendered = caller()
        targets = link_targets(rendered, page.url)
        if not points_into(targets, page.url):
            self._rendered[key] = (rendered, targets)
        return rendered


_LINK = re.compile(r"""(?:href|src)="([^"#?]*)""")


def link_targets(html: str, page_url: str) -> frozenset[str]:
    """Site paths (no leading or trailing slash) of the relative links in ``html`` made on ``page_url``."""
    base = page_url if page_url.endswith("/") else page_url.rpartition("/")[0] + "/"
    targets = set()
    for link in _LINK.findall(html):
        if not link or "://" in link or link.startswith(("/", "mailto:", "tel:", "data:")):
            continue  # "#id" and "" are the current page wherever the fragment is
        targets.add(posixpath.normpath(posixpath.join(base, link)).strip("/").removeprefix("."))
    return frozenset(targets)


def points_into(targets: frozenset[str], page_url: str) -> bool:
    own = page_url.strip("/")
    return any(target == own or target.startswith(own + "/") or not own for target in targets)


def install(env: jinja2.Environment) -> jinja2.Environment:
    """Route the shared partials of ``env`` (a fresh one each build: MkDocs makes it) through a new cache."""
    assert env.loader is not None
    env.loader = FragmentLoader(env.loader)
    env.globals[_GLOBAL] = FragmentCache()
    env.auto_reload = False  # the templates do not change during one build: no stat() per include
    return env
