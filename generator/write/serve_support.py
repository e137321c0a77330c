"""``thiduua serve`` made safe for editors (issues 14.3 and 18.6).

MkDocs' live server, left alone, answers no request while the last rebuild failed (requests
wait for a site version that never comes), prints "Aborted with a BuildError!" in English,
keeps serving pages of records that were deleted (dirty builds never remove files), stops
watching a data folder that was renamed and back, and logs a traceback with a 500 for
``/%00``. Installed from the plugin's ``on_serve`` hook, this module:

- wraps the rebuild so it always completes: on failure every HTML request gets a Vietnamese
  page listing the findings (``file:line``, as ``thiduua validate`` prints them), with the
  live-reload script, so the browser returns to the site by itself after the next good save;
- answers malformed paths (a NUL byte, bad encodings) with 404;
- checks once a second that the data folder is still there: its disappearance is reported in
  the terminal (and the rebuild shows the error page), its return re-arms the watch;
- watches files with the operating system's change events (inotify on Linux) instead of
  MkDocs' polling observer, which looks at every watched file twice a second: a save is
  noticed at once instead of after 0.25 s on average (more at 10,000 people, whose 11,550
  files each poll ``stat()``s). Where no such events exist (or inotify refuses: too many
  watches), polling stays.

Removing the pages of deleted records is the plugin's ``on_post_build`` (it knows the files).
"""

from __future__ import annotations

import gc
import html
import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

from generator.messages import format_message

log = logging.getLogger("mkdocs.thiduua")


def error_page(lines: list[str], lang: str = "vi") -> bytes:
    """A standalone page listing build findings (no theme: the theme may be what failed)."""
    title = html.escape(format_message("serve_error_title", {}, lang))
    intro = html.escape(format_message("serve_error_intro", {"count": str(len(lines))}, lang))
    items = "\n".join(f"<li><code>{html.escape(line)}</code></li>" for line in lines)
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;line-height:1.5}"
        "h1{color:#b00020}li{margin:.4rem 0}code{white-space:pre-wrap;word-break:break-word}</style></head>"
        f'<body><main><h1>{title}</h1><p>{intro}</p><ol class="thiduua-findings">\n{items}\n</ol></main></body></html>\n'
    ).encode()


class SafeServe:
    """State shared by the wrapped builder and the wrapped request handler."""

    def __init__(self, server: Any, failure_lines: Callable[[], list[str]], data_dir: Path, lang: str = "vi") -> None:
        self.server = server
        self.failure_lines = failure_lines
        self.data_dir = data_dir
        self.lang = lang
        self.failed: bytes | None = None
        self._build: Callable[[], None] = server.builder
        self._serve_request = server._serve_request
        server.builder = self.build
        server._serve_request = self.serve_request
        self.native_watch = use_native_watcher(server)
        self._stop = threading.Event()
        self._data_present = data_dir.is_dir()
        self._watcher = threading.Thread(target=self._watch_data_dir, name="thiduua-data-watch", daemon=True)
        self._watcher.start()

    def build(self) -> None:
        """MkDocs' rebuild, which never raises: a failure becomes the error page."""
        try:
            self._build()
        except Exception as exc:  # noqa: BLE001 - whatever failed, the editor sees it in the browser
            lines = self.failure_lines() or [" ".join(str(exc).split())]
            self.failed = error_page(lines, self.lang)
            log.error(format_message("serve_error_log", {"count": str(len(lines))}, self.lang))
            return
        if self.failed is not None:
            log.info(format_message("serve_recovered", {}, self.lang))
        self.failed = None

    def serve_request(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes] | None:
        path = str(environ.get("PATH_INFO", ""))
        try:
            path.encode("latin-1").decode("utf-8")  # WSGI hands bytes as latin-1; MkDocs drops bad UTF-8 silently
        except UnicodeError:
            return None
        if "\x00" in path:
            return None  # 404; open() would raise "embedded null byte"
        if self.failed is not None and not path.startswith("/livereload/") and path.endswith(("/", ".html")):
            content = self.server._inject_js_into_html(self.failed, self.server._visible_epoch)
            start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(content)))])
            return [content]
        try:
            return self._serve_request(environ, start_response)  # type: ignore[no-any-return]
        except (ValueError, UnicodeError):
            return None

    def _watch_data_dir(self) -> None:
        while not self._stop.wait(1.0):
            present = self.data_dir.is_dir()
            if present == self._data_present:
                continue
            self._data_present = present
            if present:
                log.info(format_message("serve_data_back", {"path": str(self.data_dir)}, self.lang))
                self._rewatch()
            else:
                log.error(format_message("serve_data_missing", {"path": str(self.data_dir)}, self.lang))
            with self.server._rebuild_cond:
                self.server._want_rebuild = True
                self.server._rebuild_cond.notify_all()

    def _rewatch(self) -> None:
        """The polling observer lost the folder when it disappeared: schedule it again."""
        path = os.path.abspath(self.data_dir)
        try:
            if path in self.server._watched_paths:
                self.server.unwatch(path)
        except (KeyError, ValueError):
            pass
        self.server.watch(path)

    def stop(self) -> None:
        self._stop.set()


def use_native_watcher(server: Any) -> bool:
    """Move the watches MkDocs scheduled so far onto a started native observer; False keeps polling.

    Called before ``server.serve()`` starts its observer: the native one is started here, where
    an ``OSError`` (inotify's watch limit) can still be caught, and ignores the later ``start()``.
    Watches added afterwards (``server.watch``) go to it as well.
    """
    try:
        from watchdog import events
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver
    except ImportError:
        return False
    # Changes only: inotify also reports files being opened and read, and MkDocs rebuilds on any
    # event: each rebuild, which reads every data file, would start the next one.
    changes: list[type[events.FileSystemEvent]] = [
        events.FileCreatedEvent, events.FileDeletedEvent, events.FileModifiedEvent, events.FileMovedEvent, events.FileClosedEvent,
    ]
    if Observer is PollingObserver:  # watchdog found no native events on this platform
        return False

    class StartedObserver(Observer):  # type: ignore[misc,valid-type]
        def start(self) -> None:
            if not self.is_alive():
                super().start()

        def schedule(self, handler: Any, path: Any, *, recursive: bool = False, **options: Any) -> Any:
            """Every watch, also those MkDocs or ``_rewatch`` add later, reports changes only."""
            return super().schedule(handler, path, recursive=recursive, **{"event_filter": changes, **options})

    native = StartedObserver()
    polling = server.observer
    refs: dict[str, Any] = {}
    try:
        for path, watch in server._watch_refs.items():
            for handler in polling._handlers.get(watch, ()):
                refs[path] = native.schedule(handler, path, recursive=watch.is_recursive)
        native.start()
    except OSError as exc:
        log.debug("native file watching unavailable (%s): polling", exc)
        native.stop()
        return False
    server.observer = native
    server._watch_refs = refs
    return True


def freeze_long_lived() -> None:
    """Move what the first build left alive out of the garbage collector's sight (``gc.freeze``).

    ``serve`` keeps the parsed records, the rendered pages and the theme's compiled templates
    from one rebuild to the next: at 10,000 people millions of objects, which every full
    collection walked again (≈ 0.4–0.6 s, once or twice per rebuild, wherever it struck). Called
    once, before the server starts: the first build's garbage is collected first, and what is
    frozen stays reachable. Reference counting still frees a frozen object (a record replaced
    by an edit); only one caught in a reference cycle is then never reclaimed, a few per edited file.
    """
    gc.collect()
    gc.freeze()


def file_signature(config: MkDocsConfig) -> tuple[object, ...]:
    """The settings a MkDocs ``File`` and a fresh ``Page`` are made from (paths, addresses, inclusion)."""

    def patterns(spec: Any) -> tuple[str, ...] | None:
        return None if spec is None else tuple(str(getattr(p, "pattern", p)) for p in spec.patterns)

    return (
        config.site_dir, config.use_directory_urls, config.site_url, config.repo_url, config.edit_uri, config.edit_uri_template,
        patterns(config.exclude_docs), patterns(config.draft_docs), patterns(config.not_in_nav),
    )


class KeptFiles:
    """``serve``: the MkDocs ``File`` of each generated file, and its ``Page``, kept for the next rebuild.

    Every rebuild hands MkDocs all 10,600 generated files at 10,000 people; making a ``File`` and a
    ``Page`` for each (their paths, addresses, canonical URL, the ``not_in_nav`` patterns matched
    again) cost ≈ 0.4 s of a rebuild whose output changes in a dozen files. A file whose content is
    the same as in the last build that completed gets its ``File`` back instead, and its ``Page``
    exactly as MkDocs made it then (the attributes it had before anything read or rendered it, with
    today's build date): the page MkDocs would make again, minus the work. Only files outside the
    navigation are kept (a navigation page's object also carries its place in the menu); nothing is
    kept across a change of the settings the objects are made from (:func:`file_signature`), nor
    after a failed build.
    """

    def __init__(self) -> None:
        self._files: dict[str, File] = {}
        """Last completed build: docs path -> its File."""
        self._fresh: dict[str, dict[str, Any]] = {}
        """Docs path -> its Page's attributes as MkDocs made them."""
        self._signature: tuple[object, ...] | None = None
        self._staged: dict[str, File] = {}
        self._build_date = ""
        self.reused: set[str] = set()
        """Docs paths whose File this build got back."""

    def begin(self, config: MkDocsConfig) -> None:
        """Start a build (in ``on_files``, once ``SOURCE_DATE_EPOCH`` is set for it)."""
        signature = file_signature(config)
        if signature != self._signature:
            self.forget()
        self._signature = signature
        self._build_date = get_build_date()
        self._staged, self.reused = {}, set()

    def take(self, src: str, unchanged: type[File]) -> File | None:
        """The last build's File of ``src``, made ready for this one (as class ``unchanged``), or None.

        Only for a file whose content is the same as in that build."""
        file = self._files.get(src)
        if file is None:
            return None
        if file.is_documentation_page():
            page, fresh = file.page, self._fresh.get(src)
            if page is None or fresh is None or not file.inclusion.is_not_in_nav():
                return None
            page.__class__ = Page  # as MkDocs makes it; the plugin's on_nav makes it a PrerenderedPage again
            page.__dict__.clear()
            page.__dict__.update(fresh)
            page.update_date = self._build_date
        file.__class__ = unchanged
        self.reused.add(src)
        return file

    def add(self, src: str, file: File) -> None:
        """A generated file of this build (kept once the build completes)."""
        self._staged[src] = file

    def remember_pages(self) -> None:
        """Note the attributes of the pages MkDocs made this build (call before anything changes them: ``on_nav``)."""
        for src, file in self._staged.items():
            if src not in self.reused and file.page is not None:
                self._fresh[src] = dict(file.page.__dict__)

    def commit(self) -> None:
        """The build completed: keep its files for the next one."""
        self._files, self._staged = self._staged, {}
        self._fresh = {src: attributes for src, attributes in self._fresh.items() if src in self._files}

    def forget(self) -> None:
        self._files, self._fresh, self._staged, self.reused = {}, {}, {}, set()


class SearchEntries:
    """``serve`` in dirty mode: Material's search index of the whole site after each rebuild.

    A dirty rebuild builds only the pages whose content changed, so Material's search plugin sees
    only those; it then keeps the previous index minus the entries whose address begins with the
    *first* rebuilt page's (it expects one page per rebuild). An edit rebuilds several pages (the
    person's, their unit's, the lists showing them): the others' old entries stayed beside their new
    ones, a deleted record's stayed for good, and a rebuilt home page (address ``""``, the beginning
    of every address) dropped every other page's entries. Here each page's entries are kept from the
    last build that built it, and before Material writes the index they are handed to it in the
    order of the site's pages, as a full build would index them, with nothing for pages gone.
    """

    def __init__(self) -> None:
        self._by_page: dict[str, list[Any]] = {}
        """Docs path -> the entries Material made of the page when it was last built."""
        self._start = 0

    @staticmethod
    def plugin(config: MkDocsConfig) -> Any | None:
        """Material's search plugin, when mkdocs.yml enables it."""
        search = config.plugins.get("material/search")
        enabled = search is not None and getattr(search, "config", {}).get("enabled", True)
        return search if enabled and hasattr(search, "search_index") and hasattr(search, "search_index_prev") else None

    def before_page(self, search: Any) -> None:
        """A page is about to be indexed (before Material's ``on_page_context``)."""
        self._start = len(search.search_index.entries)

    def after_page(self, search: Any, page: Page) -> None:
        self._by_page[page.file.src_uri] = search.search_index.entries[self._start :]

    def complete(self, search: Any, files: Files) -> None:
        """Before Material writes the index: the entries of every page of the site, in page order."""
        order = [file.src_uri for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve)]
        self._by_page = {src: self._by_page[src] for src in order if src in self._by_page}
        search.search_index.entries = [entry for entries in self._by_page.values() for entry in entries]
        search.search_index_prev = None  # nothing for Material to merge: the list is whole

    def forget(self) -> None:
        self._by_page = {}


def remove_stale(site_dir: Path, previous: set[str], current: set[str]) -> list[str]:
    """Delete built files of pages that are no longer generated (a deleted record's page)."""
    removed = []
    for dest in sorted(previous - current):
        target = site_dir / dest
        try:
            if target.is_file():
                target.unlink()
                removed.append(dest)
                parent = target.parent
                while parent != site_dir and parent.is_dir() and not any(parent.iterdir()):
                    parent.rmdir()
                    parent = parent.parent
        except OSError:
            continue
    return removed
