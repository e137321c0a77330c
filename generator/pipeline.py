"""load → validate → derive → render, as one call; writes nothing.

Both entry points use it: the ``thiduua`` CLI and the MkDocs plugin (so ``mkdocs build``
and ``mkdocs serve`` produce the same pages).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .derive import SiteData, derive
from .diagnostics import Report
from .options import Options
from .render import Pages, render_site
from .validate import FileCache, load_and_validate


@dataclass
class Generation:
    report: Report
    site: SiteData | None = None
    pages: Pages = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.report.errors


def generate(options: Options, cache: FileCache | None = None) -> Generation:
    """Validate the data; when it has no errors, derive and render every page.

    ``cache`` (kept by ``thiduua serve`` across rebuilds) spares parsing and validating the
    files that did not change; the result is the same as without it.
    """
    dataset, report = load_and_validate(options.data_dir, cache)
    if report.errors:
        return Generation(report)
    site = derive(dataset, options)
    return Generation(report, site, render_site(site))
