"""load → validate → derive → render, as one call; writes nothing.

Both entry points use it: the ``thiduua`` CLI and the MkDocs plugin (so ``mkdocs build``
and ``mkdocs serve`` produce the same pages).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from generator import addresses
from generator.derive import SiteData, derive
from generator.derive.same_inputs import keeping
from generator.diagnostics import Diagnostic, Report
from generator.options import Options
from generator.render import Pages, RenderMemo, render_site
from generator.validate.records import FileCache, load_and_validate


@dataclass
class Generation:
    report: Report
    site: SiteData | None = None
    """The records and what was derived from them; the MkDocs plugin releases it (None) once it
    has read what the build needs, so that it is not held while MkDocs builds."""
    pages: Pages = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.report.errors


@dataclass
class Reuse:
    """What ``thiduua serve`` keeps from one generation to the next; results are the same without it."""

    files: FileCache = field(default_factory=FileCache)
    """Parsed and validated record files, by the digest of their bytes."""
    pages: RenderMemo = field(default_factory=RenderMemo)
    """Rendered pages, reused while their templates and inputs are unchanged."""


def generate(options: Options, reuse: Reuse | None = None) -> Generation:
    """Validate the data; when it has no errors, derive and render every page.

    ``reuse`` spares re-reading unchanged files and re-rendering unchanged pages; the checks
    across records and the derive stage always run on the whole data.
    """
    with rarer_garbage_collection(), keeping(reuse is not None):
        dataset, report = load_and_validate(options.data_dir, reuse.files if reuse else None)
        if report.errors:
            return Generation(report)
        site = derive(dataset, options)
        pages = render_site(site, reuse.pages if reuse else None)
        report.extend(keep_addresses(options, pages))
        return Generation(report, site, pages)


def keep_addresses(options: Options, pages: Pages) -> list[Diagnostic]:
    """Add redirect pages for moved addresses; report published addresses that no longer answer."""
    book, problems = addresses.load(options.data_dir)
    served = addresses.served_addresses(pages, options.site_src / "docs")
    problems += addresses.check(book, served)
    pages.update(addresses.redirect_pages(book, served, options.site_url))
    return problems


@contextmanager
def rarer_garbage_collection() -> Iterator[None]:
    """Raise CPython's collection thresholds for the length of one generation.

    A generation builds a large heap of objects that all live until it ends (records, their
    positions, indexes, pages) and makes little cyclic garbage, yet with the default
    thresholds (700, 10, 10) the collector walks that whole heap again and again: ≈ 10 % of
    the run at 1,000 people. Reference counting frees memory as usual meanwhile; the
    previous thresholds come back afterwards (the MkDocs process keeps its own settings).
    """
    previous = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*previous)
