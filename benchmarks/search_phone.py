"""Is site search usable on a phone at province scale? (issue 7: "measure the search index").

Material downloads ``search/search_index.json`` whole and builds the lunr index in a web worker.
This script serves built sites on 127.0.0.1, opens each in the system Chromium with the CPU
slowed down ``--throttle`` times (Chrome DevTools' usual stand-in for a mid-range phone), and
measures, in one run:

* the time from navigation until the search box is ready (the worker has built the index),
* the time from typing a query (folded: ``phuoc``) until results are shown,
* the index size, raw and gzipped (what a web server with compression sends).

Usage (sites built beforehand, e.g. ``thiduua build --data /tmp/d10k --out /tmp/s10k``)::

    python benchmarks/search_phone.py site /tmp/s10k            # bundled data vs 10,000 people
    python benchmarks/search_phone.py /tmp/s10k --throttle 6 --repeat 5

Needs Playwright for Python and Chromium (``apt-get install chromium``), as the browser tests do.
Prints seconds per site and the ratio of the last site to the first; no target is asserted.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser.conftest import CHROMIUM_ARGS, chromium_path  # noqa: E402
from browser.helpers import SEARCH_READY, wait_for_search  # noqa: E402


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def measure(browser, base: str, throttle: float, query: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(seconds until search is ready, seconds from typing ``query`` to results) in a fresh page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    start = time.perf_counter()
    page.goto(base, wait_until="commit")
    page.wait_for_function(SEARCH_READY, timeout=600_000)
    ready = time.perf_counter() - start
    page.locator("label.md-search__icon, .md-header__button[for=__search]").first.click()
    field = page.locator("input.md-search__input")
    start = time.perf_counter()
    field.fill(query)
    field.press("End")  # Material reads the query on keyup
    wait_for_search(page)
    answered = time.perf_counter() - start
    context.close()
    return ready, answered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="+", type=Path, help="built site folders (the first is the baseline)")
    parser.add_argument("--throttle", type=float, default=4.0, help="CPU slowdown factor (default 4)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--query", default="phuoc")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise SystemExit("Chromium not found (apt-get install chromium)")
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        for site in args.sites:
            index = site / "search" / "search_index.json"
            raw = index.read_bytes()
            server, base = serve(site)
            try:
                runs = [measure(browser, base, args.throttle, args.query) for _ in range(args.repeat)]
            finally:
                server.shutdown()
            ready = statistics.median(r[0] for r in runs)
            answered = statistics.median(r[1] for r in runs)
            rows.append((site, len(raw), len(gzip.compress(raw, 6)), ready, answered))
            print(f"{site}: index {len(raw) / 2**20:.2f} MiB ({len(gzip.compress(raw, 6)) / 2**20:.2f} MiB gzipped); "
                  f"search ready {ready:.2f} s, '{args.query}' answered in {answered:.2f} s "
                  f"(median of {args.repeat}, CPU ÷{args.throttle:g})", flush=True)
        browser.close()
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"ratio {last[0]} ÷ {first[0]}: index size {last[1] / first[1]:.1f}×, "
              f"search ready {last[3] / first[3]:.1f}×, query {last[4] / first[4]:.1f}×")


if __name__ == "__main__":
    main()
