"""Stage 4, render: every page as Markdown (or bytes for feeds and data files), in memory.

Nothing is written here; :mod:`generator.write` and the MkDocs plugin decide where pages go.
"""

from __future__ import annotations

from pathlib import Path

from generator.derive import SiteData
from generator.render.environment import Renderer
from generator.render.memo import RenderMemo
from generator.render.page import Page

Pages = dict[str, str | bytes | Path]
"""Docs path -> Markdown text, finished bytes, or a data file to copy unchanged."""


def render_site(site: SiteData, memo: RenderMemo | None = None) -> Pages:
    """Every page; with a ``memo`` (``thiduua serve``), pages whose inputs did not change since
    the last call are taken from it instead of being rendered again (same result)."""
    from generator.render.pages import PAGE_KINDS

    renderer = Renderer(site)
    session = memo.session(renderer.env) if memo is not None else None
    pages: Pages = {}
    for page_kind in PAGE_KINDS:
        for page in page_kind(site):
            if page.src in pages:
                raise ValueError(f"two pages claim {page.src}")
            if session is not None and page.deferred is not None:
                pages[page.src] = session.produce(page.src, page.deferred)
            elif session is not None and page.content is None:
                pages[page.src] = session.render(page, renderer.render_template)
            else:
                pages[page.src] = renderer.render(page)
    if session is not None:
        session.commit()
    return pages


__all__ = ["Page", "Pages", "RenderMemo", "Renderer", "render_site"]
