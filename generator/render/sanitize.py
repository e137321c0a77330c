"""Markdown from data files, rendered to HTML that cannot run script or load remote files.

Editors write Markdown bodies (achievements, announcements, plan sections). They are turned
into HTML here, at generation time, and cleaned with an allow-list (nh3, the Rust
``ammonia`` sanitiser): raw ``<script>``, event-handler attributes, ``javascript:`` links
and images from other hosts do not survive.
"""

from __future__ import annotations

from functools import lru_cache

import markdown as md
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "u", "s", "sub", "sup", "small", "mark",
    "ul", "ol", "li", "blockquote", "code", "pre", "a", "img",
    "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "caption",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "th": {"colspan", "rowspan"}, "td": {"colspan", "rowspan"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """Images may only come from this site: a remote ``src`` would contact a third party."""
    if tag == "img" and attribute == "src" and ("//" in value or ":" in value):
        return None
    return value


@lru_cache(maxsize=8192)
def markdown_to_html(text: str) -> Markup:
    """Render editor Markdown to sanitised HTML (cached: the same text recurs across pages)."""
    html = md.markdown(text, extensions=["tables", "sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_attribute_filter,
        link_rel="noopener noreferrer",
    )
    return Markup(clean)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|"})


def markdown_escape(text: object) -> Markup:
    """Plain text placed in a Markdown line (a heading): Markdown-inert, then HTML-escaped."""
    return Markup.escape(str(text).translate(_MD_SPECIAL))
