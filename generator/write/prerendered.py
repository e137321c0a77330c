"""Generated pages that MkDocs builds without Python-Markdown (see :mod:`generator.write.block_html`).

A :class:`PrerenderedPage` reads the generator's front matter itself and converts its Markdown with
:func:`block_html.convert`; a page that is not only headings and raw HTML, or a mkdocs.yml with
Markdown extensions the converter does not reproduce, falls back to MkDocs' own reading and
rendering. Material's search then parses only what it would not skip anyway
(:attr:`PrerenderedPage.search_html`), which gives the same entries for a fraction of the work.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.write.block_html import HeadingStyle, convert, front_matter

__all__ = ["PrerenderedPage", "heading_style", "strip_search_attributes"]

_REPRODUCED_EXTENSIONS = frozenset({"toc", "tables", "fenced_code", "attr_list", "md_in_html", "admonition"})
"""Extensions that leave headings and raw HTML blocks as :func:`block_html.convert` writes them
(MkDocs always adds toc, tables and fenced_code)."""
_REPRODUCED_TOC_OPTIONS = frozenset({"permalink", "permalink_title", "permalink_class", "slugify", "separator"})

_SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
"""What Material's search plugin removes from every page after indexing it (its on_page_context)."""


def heading_style(config: MkDocsConfig) -> HeadingStyle | None:
    """The ``toc`` settings of mkdocs.yml, or None when the Markdown configuration holds anything the
    converter does not reproduce (then every page goes through Python-Markdown)."""
    extensions = {name for name in config["markdown_extensions"] if isinstance(name, str)}
    if len(extensions) != len(config["markdown_extensions"]) or not extensions <= _REPRODUCED_EXTENSIONS:
        return None
    toc: dict[str, Any] = dict((config["mdx_configs"] or {}).get("toc", {}))
    if not set(toc) <= _REPRODUCED_TOC_OPTIONS or "slugify" not in toc:  # the default slug is not reproduced
        return None
    permalink = toc.get("permalink", False)
    return HeadingStyle(
        slugify=toc["slugify"],
        separator=toc.get("separator", "-"),
        permalink=None if permalink is False else "&para;" if permalink is True else str(permalink),
        permalink_title=toc.get("permalink_title", "Permanent link"),
        permalink_class=toc.get("permalink_class", "headerlink"),
    )


def strip_search_attributes(html: str) -> str:
    return _SEARCH_ATTRIBUTES.sub("", html)


_DEFERRED = "\x00thiduua: made when the page is built\x00"
"""The content of a page between MkDocs reading it and building it (compared by identity)."""


class PrerenderedPage(Page):
    """A generated page converted by :mod:`block_html` when its Markdown allows, else by MkDocs.

    With ``defer`` (no plugin but thiduua changes page content), the page is converted only when
    it is built and forgotten once written: MkDocs reads and renders every page before building
    any, so it would otherwise hold the HTML of the whole site at once, next to its Markdown.
    """

    style: HeadingStyle | None = None
    defer = False
    page_text_indexed = True
    """False when the search index replaces the text under the page's heading by a summary."""
    search_html: str | None = None
    """What Material's search has to parse of this page (None: the whole content)."""
    full_content: str | None = None
    """The content while Material's search sees only :attr:`search_html` (see the plugin)."""
    _body_start = -1
    _content: str | None = None
    _render_args: tuple[MkDocsConfig, Files] | None = None

    @property
    def content(self) -> str | None:
        return _DEFERRED if self._render_args is not None else self._content

    @content.setter
    def content(self, value: str | None) -> None:
        if value is not _DEFERRED:
            self._content = value

    def read_source(self, config: MkDocsConfig) -> None:
        source = self.file.content_string
        parsed = front_matter(source) if self.style is not None else None
        if parsed is None:
            super().read_source(config)
            return
        self.meta, self._body_start = parsed
        self.markdown = "" if self.defer else source[self._body_start :]

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.defer and self._body_start >= 0:
            self._render_args = (config, files)
            return
        self._convert(config, files, self.markdown or "")

    def build(self, finish: Callable[[str], str]) -> None:
        """Convert a deferred page now; ``finish`` is what the page_content hooks would have done."""
        if self._render_args is None:
            return
        config, files = self._render_args
        self._render_args = None
        self._convert(config, files, self.file.content_string[self._body_start :])
        self.content = finish(self.content or "")

    def _convert(self, config: MkDocsConfig, files: Files, markdown: str) -> None:
        converted = convert(markdown, self.style) if self.style is not None else None
        if converted is None:
            self.markdown = markdown
            super().render(config, files)
        else:
            self.content = converted.html
            self.toc = get_toc(converted.toc_tokens)
            self._title_from_render = converted.title
            self.present_anchor_ids = converted.anchor_ids
            self.links_to_anchors = {}
            self.search_html = converted.search_html(self.page_text_indexed)
        self.markdown = ""  # the source stays once, in its File; the title comes from the front matter

    def release(self) -> None:
        """Forget the HTML once the page is written (MkDocs would keep all of it to the end)."""
        if self.defer:
            self.content = None
        self.search_html = None
