"""The Jinja environment: template lookup (site_src overrides first) and text filters."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import jinja2.bccache

from generator import dates, urls, vietnamese
from generator.derive import SiteData
from generator.models import vocab
from generator.render.page import Page
from generator.render.sanitize import markdown_escape, markdown_to_html
from generator.render.verbatim import mark_verbatim

BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "templates"


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory for the life of the process.

    Compiling the templates costs about as much as rendering 1,000 person pages, and
    ``thiduua serve`` regenerates the site on every edit. Jinja stores each template's source
    checksum with its code and compiles again when the source differs, so an edited
    template (or a new override in ``site_src/templates``) is never served stale.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # ignored by Jinja when the checksum differs

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()


TEMPLATE_CODE = MemoryBytecodeCache()
"""Shared by every generation in this process (``benchmarks/bench.py`` clears it to measure a cold run)."""


def make_environment(override_dir: Path | None = None, bytecode_cache: jinja2.BytecodeCache | None = TEMPLATE_CODE) -> jinja2.Environment:
    """Templates in ``site_src/templates`` replace the built-in ones of the same name."""
    loaders: list[jinja2.BaseLoader] = []
    if override_dir and override_dir.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(override_dir)))
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per generation: no stat() of templates on every page
        bytecode_cache=bytecode_cache,
    )
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    env.filters.update(
        vn_date=dates.vn_date,
        short_date=dates.short_date,
        vn_range=dates.vn_range,
        short_range=dates.short_range,
        vn_number=vietnamese.vn_number,
        vn_percent=vietnamese.vn_percent,
        count_2=vietnamese.count_2,
        fold=vietnamese.fold,
        md=markdown_escape,
        markdown=markdown_to_html,
    )
    env.globals.update(vocab.LABEL_TABLES)
    return env


_ADJACENT_CELLS = re.compile(r"(</t[dh]>)(?=<t[dh][\s>])")
"""Search indexers strip tags without adding spaces: ``…</td><td>…`` would glue two cells' words."""


class Renderer:
    """Renders :class:`Page` objects with the site data in every template's context."""

    def __init__(self, site: SiteData) -> None:
        self.site = site
        self.env = make_environment(site.options.site_src / "templates")

    def render(self, page: Page) -> str | bytes | Path:
        if page.deferred is not None:
            return page.deferred.produce()
        return page.content if page.content is not None else self.render_template(page)

    def render_template(self, page: Page) -> str:
        assert page.template, page.src
        template = self.env.get_template(page.template)
        text = template.render(site=self.site, data=self.site.dataset, page=page, urls=_Urls(page), **page.context)
        if page.context.get("verbatim"):
            text = mark_verbatim(text, page.context["verbatim"])
        return _ADJACENT_CELLS.sub(r"\1 ", text)


class _Urls:
    """``urls.decision(id)`` etc. in templates, already relative to the current page."""

    def __init__(self, page: Page) -> None:
        self._page = page

    def __getattr__(self, name: str) -> object:
        target = getattr(urls, name)
        if isinstance(target, str):
            return self._page.link(target)

        def link(*args: object, anchor: str = "") -> str:
            return self._page.link(target(*args), anchor)

        return link
