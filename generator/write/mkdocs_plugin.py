"""A thin MkDocs plugin: run the pipeline and hand MkDocs the generated pages in memory.

Registered as ``thiduua`` (entry point), so plain ``mkdocs build`` / ``mkdocs serve`` work
too. Everything else lives in the pipeline, which also runs without MkDocs
(``thiduua generate --out DIR``) for other builders such as Zensical.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
from markupsafe import escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError, PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.derive.identity import Identity
from generator.options import HONOR_ROLL_PAGE_SIZE, Options
from generator.pipeline import Generation, Reuse, generate
from generator.render.environment import MemoryBytecodeCache
from generator.validate.media import PUBLISHED_EXTENSIONS
from generator.write import page_shell, search_index
from generator.write.prerendered import PrerenderedPage, heading_style, strip_search_attributes
from generator.write.serve_support import KeptFiles, SafeServe, SearchEntries, freeze_long_lived, remove_stale
from generator.write.word_gaps import separate_words

_CALLER_EPOCH = os.environ.get("SOURCE_DATE_EPOCH")
"""SOURCE_DATE_EPOCH as the caller set it (None: the plugin pins it to the data's latest date)."""


class ThiduuaConfig(base.Config):
    data_dir = c.Type(str, default="data")
    site_src = c.Type(str, default="site_src")
    name_order = c.Choice(("given", "family"), default="given")
    honor_roll_page_size = c.Type(int, default=HONOR_ROLL_PAGE_SIZE)
    prerender = c.Type(bool, default=True)
    """Generated pages made only of headings and HTML skip Python-Markdown (off: the reference build)."""


class DataInvalid(PluginError):
    """The data has errors; ``generation.report`` holds them all."""

    def __init__(self, generation: Generation, lang: str = "vi") -> None:
        super().__init__(generation.report.text(lang) + "\n" + generation.report.summary(lang))
        self.generation = generation


class _UnchangedFile(File):
    """A generated page whose Markdown is the same as in the previous ``serve`` build.

    MkDocs treats every generated file as modified; in a dirty rebuild this one is skipped,
    so editing one person file re-renders the few pages that show it, not all of them.
    """

    def is_modified(self) -> bool:
        return False


class ThiduuaPlugin(BasePlugin[ThiduuaConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.generation: Generation | None = None
        """Set by the CLI when it has already generated the pages for this build."""
        self.dirty = False
        self.previous: dict[str, str | bytes | Path] = {}
        """``serve`` in dirty mode: the pages of the last build, to tell MkDocs which ones changed."""
        self.reuse: Reuse | None = None
        """``serve``: unchanged record files and pages are not parsed or rendered again."""
        """The site has the look-up page ``tra-cuu/`` (the help page and the 404 page link to it)."""
        self.theme_code = MemoryBytecodeCache()
        """The theme's compiled templates, kept across ``serve`` rebuilds (MkDocs makes a new environment each time)."""
        self.failure: Exception | None = None
        """``serve``: why the last build failed (its findings go to the browser's error page)."""
        self.search_entries = SearchEntries()
        """``serve`` in dirty mode: each page's search entries, for an index of the whole site after a rebuild."""
        self._search: Any | None = None
        """``serve`` in dirty mode: Material's search plugin (None: not enabled, or not ``serve``)."""
        self._files: Files | None = None
        self.kept = KeptFiles()
        """``serve`` in dirty mode: the File and Page objects of unchanged generated files, reused."""
        self.generated_dests: set[str] = set()
        """``serve``: built paths of the generated pages, to delete those of removed records."""
        self._dests: set[str] = set()
        self.rankings: dict[str, search_index.Ranking] | None = None
        """How the search index ranks each generated page (from the records, read in on_config)."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Having this hook makes MkDocs keep one plugin instance across ``serve`` rebuilds."""
        self.dirty = dirty
        self.previous = {}
        self.kept.forget()
        self.search_entries.forget()
        self._search = None
        self.reuse = Reuse() if command == "serve" else None

    def options(self, config: MkDocsConfig) -> Options:
        """Paths are relative to mkdocs.yml; ``THIDUUA_DATA`` (set by ``thiduua serve --data``) wins."""
        if self.config.honor_roll_page_size < 1:
            raise ConfigurationError("thiduua: honor_roll_page_size phải là số nguyên dương")
        root = Path(config.config_file_path or ".").resolve().parent
        data_dir = Path(os.environ["THIDUUA_DATA"]) if os.environ.get("THIDUUA_DATA") else root / self.config.data_dir
        return Options(
            data_dir=data_dir,
            site_src=root / self.config.site_src,
            site_url=config.site_url or "",
            name_order=self.config.name_order,  # type: ignore[arg-type]
            honor_roll_page_size=self.config.honor_roll_page_size,
        )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.generation is None:
            self.generation = generate(self.options(config), self.reuse)
        if not self.generation.ok:
            raise DataInvalid(self.generation)
        site = self.generation.site
        if site is not None and _CALLER_EPOCH is None:  # reproducible timestamps unless the caller pinned one
            # set, not setdefault: `serve` rebuilds in one process and the data's latest date may move
            os.environ["SOURCE_DATE_EPOCH"] = str(site.source_date_epoch)
        if site is not None:
            apply_identity(config, site.identity)
            self.rankings = search_index.rankings(site)
            # MkDocs needs only the pages from here on: the records and what was derived from them
            # (as large again as the pages at 10,000 people) go before it holds a whole site
            self.generation.site = None
            if self.reuse is None:  # `serve` keeps the records for the next rebuild (see freeze_long_lived)
                gc.collect()
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.generation is not None
        if self.dirty:
            self.kept.begin(config)
            self._search, self._files = SearchEntries.plugin(config), files
        present = files.src_uris  # docs paths are POSIX already: no PurePath per look-up (≈ 35,000 at 10,000 people)
        for src, content in self.generation.pages.items():
            if src in present:
                raise PluginError(f"thiduua: trang '{src}' vừa được sinh tự động vừa có trong {config.docs_dir}; hãy xóa một bên")
            if isinstance(content, Path):  # a data file published as is (a verified PDF)
                if PurePosixPath(src).suffix not in PUBLISHED_EXTENSIONS:  # never a page, script or unknown type
                    raise PluginError(f"thiduua: tệp '{content}' không được công bố dưới tên '{src}'")
                files.append(File.generated(config, src, abs_src_path=str(content)))
                continue
            unchanged = self.dirty and self.previous.get(src) == content
            file = self.kept.take(src, _UnchangedFile) if unchanged else None
            if file is None:
                file = (_UnchangedFile if unchanged else File).generated(config, src, content=content)
            files.append(file)
            self.kept.add(src, file)
        self._dests = {present[src].dest_uri for src in self.generation.pages if src in present}
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Generated pages become :class:`PrerenderedPage`: MkDocs makes the pages of files outside the
        nav after this hook, and only for files that have none yet."""
        if self.dirty:
            self.kept.remember_pages()
        style = heading_style(config) if self.config.prerender else None
        if style is None or self.generation is None:
            return nav
        # the page_content hooks would see a deferred page's content: only ours may run
        defer = all(getattr(hook, "__self__", None) is self for hook in config.plugins.events["page_content"])
        present = files.src_uris
        for src, content in self.generation.pages.items():
            file = present.get(src)
            if file is None or not isinstance(content, str) or not file.is_documentation_page():
                continue
            page = file.page if file.page is not None else PrerenderedPage(None, file, config)
            page.__class__ = PrerenderedPage  # a nav page was made by MkDocs as a plain Page
            page.style = style  # type: ignore[attr-defined]
            page.defer = defer  # type: ignore[attr-defined]
            ranking = self.rankings.get(file.url) if self.rankings is not None else None
            page.page_text_indexed = ranking is None or not ranking.summary_only  # type: ignore[attr-defined]
        return nav

    @event_priority(50)
    def _index_only_searchable_html(self, /, context: dict[str, Any], *, page: Page, **_: object) -> dict[str, Any]:
        """Before Material's search: it parses ``page.content``, so hand it only the blocks it would index."""
        if self._search is not None:
            self.search_entries.before_page(self._search)
        if isinstance(page, PrerenderedPage):
            page.build(separate_words)
            if page.search_html is not None:
                page.full_content, page.content = page.content, separate_words(page.search_html)
        return context

    @event_priority(-50)
    def _restore_page_after_search(self, /, context: dict[str, Any], *, page: Page, **_: object) -> dict[str, Any]:
        if self._search is not None:
            self.search_entries.after_page(self._search, page)
        if isinstance(page, PrerenderedPage) and page.full_content is not None:
            page.content, page.full_content = strip_search_attributes(page.full_content), None
        return context

    on_page_context = CombinedEvent(_index_only_searchable_html, _restore_page_after_search)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if isinstance(page, PrerenderedPage):
            page.release()
        return output

    def on_page_content(self, html: str, *, page: Page, **_: object) -> str:
        """A space where only tags separate two words, so the search index and its snippets
        do not glue them ("mẫungày"); runs before Material's search reads the page (a deferred
        :class:`PrerenderedPage` gets it when it is built)."""
        return html if isinstance(page, PrerenderedPage) and page.defer and page.content is html else separate_words(html)

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Reuse the theme templates compiled by the previous ``serve`` rebuild (source checksums are
        checked); write record pages from per-folder shells (:mod:`page_shell`) unless ``prerender: false``."""
        env.bytecode_cache = self.theme_code
        if self.config.prerender:
            page_shell.install(env)
        return env

    @event_priority(100)
    def _whole_search_index(self, /, *, config: MkDocsConfig) -> None:
        """Before Material's search writes its index (dirty ``serve``): all pages' entries (:class:`SearchEntries`)."""
        if self._search is not None and self._files is not None:
            self.search_entries.complete(self._search, self._files)

    def _post_build(self, /, *, config: MkDocsConfig) -> None:
        """Rank Material's search index (it is written by now: ``search`` comes first in mkdocs.yml);
        forget this build's pages (the next ``serve`` rebuild regenerates), keep them for comparison;
        in ``serve``, delete what the pages of removed records left in the site folder."""
        index = Path(config.site_dir) / "search" / "search_index.json"
        if self.rankings is not None and index.is_file():
            search_index.refine_file(index, self.rankings)
        if self.dirty and self.generation is not None:
            self.previous = dict(self.generation.pages)
            self.kept.commit()
        if self.reuse is not None:
            remove_stale(Path(config.site_dir), self.generated_dests, self._dests)
            self.generated_dests = self._dests
        self.generation = None
        self.rankings = None
        self.failure = None
        self._files = None

    on_post_build = CombinedEvent(_whole_search_index, _post_build)

    def on_build_error(self, error: Exception) -> None:
        self.failure = error
        self.generation = None
        self.previous = {}  # the site directory may be half written: rebuild every page next time
        self.kept.forget()
        self._files = None  # search_entries stay: each page's are those of its HTML in the site folder

    def failure_lines(self) -> list[str]:
        """The last failure as ``thiduua validate`` prints it, one finding a line."""
        if isinstance(self.failure, DataInvalid):
            report = self.failure.generation.report
            return [d.render() for d in report.sorted if d.severity == "error"] + [report.summary()]
        return [" ".join(str(self.failure).split())] if self.failure is not None else []

    def on_serve(self, server, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        options = self.options(config)
        server.watch(str(options.data_dir))
        server.watch(str(options.site_src))
        self.safe_serve = SafeServe(server, self.failure_lines, options.data_dir, os.environ.get("THIDUUA_LANG", "vi"))
        freeze_long_lived()
        return server

    def on_shutdown(self) -> None:
        safe = getattr(self, "safe_serve", None)
        if safe is not None:
            safe.stop()


def apply_identity(config: MkDocsConfig, identity: Identity) -> None:
    """The agency of data/site.yaml (or of the newest plan) names the site, its author and footer.

    mkdocs.yml names no agency, so another agency's data builds its own site unchanged.
    """
    # Data, not configuration: Material prints these config values without escaping (the copyright
    # as HTML, the author inside an attribute), so they go in escaped; Markup is not escaped twice.
    if identity.site_name:
        config["site_name"] = escape(identity.site_name)
    if identity.description:
        config["site_description"] = escape(identity.description)
    config["site_author"] = escape(identity.author)
    config["copyright"] = escape(identity.agency)
    config["extra"]["identity"] = identity.theme_context()
