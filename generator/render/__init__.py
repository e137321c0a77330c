"""Stage 4, render: every page as Markdown (or bytes for feeds and data files), in memory.

Nothing is written here; :mod:`generator.write` and the MkDocs plugin decide where pages go.
"""

from __future__ import annotations

from pathlib import Path

from ..derive import SiteData
from .environment import Renderer
from .page import Page

Pages = dict[str, str | bytes | Path]
"""Docs path -> Markdown text, finished bytes, or a data file to copy unchanged."""


def render_site(site: SiteData) -> Pages:
    from ..pages import PAGE_KINDS

    renderer = Renderer(site)
    pages: Pages = {}
    for page_kind in PAGE_KINDS:
        for page in page_kind(site):
            if page.src in pages:
                raise ValueError(f"two pages claim {page.src}")
            pages[page.src] = renderer.render(page)
    return pages


__all__ = ["Page", "Pages", "Renderer", "render_site"]
