"""Real-browser fixtures: the bundled site served on 127.0.0.1, driven by headless Chromium.

Playwright for Python drives the system Chromium (Debian package ``chromium``,
installed by ``.ci/run``); Playwright's own browser download is not used. When
Playwright or Chromium is missing the browser tests SKIP with the reason, except
under CI (``CI`` set), where a missing browser is a failure: CI must run them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


def chromium_path() -> str | None:
    """The system Chromium: $THIDUUA_CHROMIUM, else chromium / chromium-browser on PATH."""
    candidates = [os.environ.get("THIDUUA_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} — CI (.ci/run) must run the browser tests", pytrace=False)
    pytest.skip(reason)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextlib.contextmanager
def serve_directory(directory: Path, handler: type[SimpleHTTPRequestHandler] = _QuietHandler) -> Iterator[str]:
    """Base URL (ending in /) of ``directory`` served by a threaded http.server on a free port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL (ending in /) of the bundled site, served on a free port."""
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless system Chromium launched through Playwright (skips when either is absent)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed: pip install -e '.[test]'")
    executable = chromium_path()
    if executable is None:
        _unavailable("Chromium not found (install the Debian package 'chromium' or set THIDUUA_CHROMIUM)")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
    except Exception as error:  # noqa: BLE001 - a broken install must say why, not crash the session
        playwright.stop()
        _unavailable(f"Chromium at {executable} did not start: {error}")
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()


@dataclass
class Traffic:
    """Every URL the browser asked for, answers >= 400, and console errors, while a context was open."""

    urls: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        """Requests to any host but 127.0.0.1 (data: and blob: URLs are local)."""
        return [url for url in self.urls if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != "127.0.0.1"]


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


def _new_page(browser: object, traffic: Traffic, viewport: dict[str, int]):  # -> playwright Page
    context = browser.new_context(viewport=viewport, locale="vi-VN", service_workers="block")
    context.on("request", lambda request: traffic.urls.append(request.url))
    context.on("response", lambda response: traffic.broken.append(f"{response.status} {response.url}") if response.status >= 400 else None)
    page = context.new_page()
    page.on("console", lambda message: traffic.errors.append(f"{message.text} [{message.location.get('url', '')}]") if message.type == "error" else None)
    page.on("pageerror", lambda error: traffic.errors.append(str(error)))
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def page(browser: object, traffic: Traffic):
    """A desktop-sized page in a fresh context; requests are recorded in ``traffic``."""
    page = _new_page(browser, traffic, DESKTOP)
    yield page
    page.context.close()


@pytest.fixture
def phone_page(browser: object, traffic: Traffic):
    """A 360×800 page in a fresh context."""
    page = _new_page(browser, traffic, PHONE)
    yield page
    page.context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """test-artifacts/screenshots/ (gitignored), emptied of the previous run's PNGs."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    return ARTIFACTS
