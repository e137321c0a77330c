"""Is site search usable on a phone at province scale? (issue 7: "measure the search index").

Material downloads ``search/search_index.json`` whole and builds the lunr index in a web worker.
This script serves built sites on 127.0.0.1, opens each in the system Chromium with the CPU
slowed down ``--throttle`` times (Chrome DevTools' usual stand-in for a mid-range phone), and
measures, in one run:

* the time from navigation until the search box is ready (the worker has built the index),
* the time from typing a query (folded: ``phuoc``) until results are shown,
* the index size, raw and gzipped (what a web server with compression sends), against a bound
  (``--index-bound``, MiB raw, default 3: 10,000 people must stay under it);
* what a second and a third page view fetch of the index (Chromium's HTTP cache with the local
  static server: from the disk cache, a 304 revalidation, or the whole file again);
* with ``--lookup``, the look-up page /tra-cuu/: for each query, the bytes fetched from
  ``tra-cuu/chi-muc/`` (manifest + shards) and the time from the text arriving in the field
  (``insert_text``, as an IME commits it) to the first answer on screen; targets ≤ 300 KB and ≤ 1 s.

Usage (sites built beforehand, e.g. ``thiduua build --data /tmp/d10k --out /tmp/s10k``)::

    python benchmarks/search_phone.py site /tmp/s10k            # bundled data vs 10,000 people
    python benchmarks/search_phone.py /tmp/s10k --throttle 6 --repeat 5
    python benchmarks/search_phone.py /tmp/s10k --lookup "nguyen" "Nguyễn Văn An" "hoang thi"

Needs Playwright for Python and Chromium (``apt-get install chromium``), as the browser tests do.
Prints seconds per site and the ratio of the last site to the first; no target is asserted.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
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


def _record_bytes(context, page, match: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """Responses whose URL contains ``match``: status, from cache, bytes on the wire (CDP)."""
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    seen: dict[str, dict[str, object]] = {}

    def received(event: dict) -> None:  # type: ignore[type-arg]
        response = event["response"]
        if match in response["url"]:
            seen[event["requestId"]] = {"url": response["url"], "status": response["status"],
                                        "cache": bool(response.get("fromDiskCache") or response.get("fromMemoryCache")), "bytes": 0}

    def finished(event: dict) -> None:  # type: ignore[type-arg]
        if event["requestId"] in seen:
            seen[event["requestId"]]["bytes"] = int(event["encodedDataLength"])

    cdp.on("Network.responseReceived", received)
    cdp.on("Network.loadingFinished", finished)
    return seen  # type: ignore[return-value]


def repeat_views(browser, base: str) -> list[str]:  # type: ignore[no-untyped-def]
    """What three page views in one browser fetch of search_index.json."""
    context = browser.new_context()
    page = context.new_page()
    seen = _record_bytes(context, page, "search/search_index.json")
    out = []
    for path in ("", "vinh-danh/", "quyet-dinh/"):
        seen.clear()  # type: ignore[attr-defined]
        page.goto(base + path)
        page.wait_for_function(SEARCH_READY, timeout=600_000)
        page.wait_for_timeout(300)
        rows = list(seen.values())  # type: ignore[attr-defined]
        out.append(", ".join(f"{r['status']}{' (cache)' if r['cache'] else ''} {r['bytes']:,} B" for r in rows) or "no request")
    context.close()
    return out


LOOKUP_ANSWERED = """query => { const s = document.getElementById('lookup-status').textContent;
    return /Tìm thấy|Không tìm thấy/.test(s) && s.includes('“' + query + '”'); }"""


def measure_lookup(browser, base: str, throttle: float, query: str) -> tuple[float, int, int, str]:  # type: ignore[no-untyped-def]
    """(seconds to first answer, bytes from tra-cuu/chi-muc/, files, status line) in a fresh phone page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    seen = _record_bytes(context, page, "/tra-cuu/chi-muc/")
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    page.goto(base + "tra-cuu/")
    page.wait_for_load_state("load")
    page.locator("#lookup-input").click()
    start = time.perf_counter()
    page.keyboard.insert_text(query)
    page.wait_for_function(LOOKUP_ANSWERED, arg=query, timeout=600_000)
    answered = time.perf_counter() - start
    status = page.locator("#lookup-status").text_content() or ""
    page.wait_for_timeout(200)
    rows = list(seen.values())  # type: ignore[attr-defined]
    context.close()
    return answered, sum(int(r["bytes"]) for r in rows), len(rows), status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="+", type=Path, help="built site folders (the first is the baseline)")
    parser.add_argument("--throttle", type=float, default=4.0, help="CPU slowdown factor (default 4)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--query", default="phuoc")
    parser.add_argument("--index-bound", type=float, default=3.0, help="MiB the site-wide index may weigh (default 3)")
    parser.add_argument("--lookup", nargs="*", default=[], help="queries for the look-up page /tra-cuu/")
    parser.add_argument("--no-search", action="store_true", help="skip the site-wide search timings")
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
                size = len(raw) / 2**20
                verdict = "met" if size <= args.index_bound else "MISSED"
                print(f"{site}: index {size:.2f} MiB ({len(gzip.compress(raw, 6)) / 2**20:.2f} MiB gzipped), "
                      f"{len(json.loads(raw)['docs']):,} entries; bound {args.index_bound:g} MiB: {verdict}", flush=True)
                print(f"  index fetched by views 1, 2, 3 in one browser: {' | '.join(repeat_views(browser, base))}", flush=True)
                for query in args.lookup:
                    runs_lookup = [measure_lookup(browser, base, args.throttle, query) for _ in range(args.repeat)]
                    seconds = statistics.median(r[0] for r in runs_lookup)
                    _, fetched, count, status = runs_lookup[-1]
                    print(f"  look-up '{query}': first answer {seconds:.2f} s (median of {args.repeat}, CPU ÷{args.throttle:g}), "
                          f"{fetched / 1024:.1f} KiB in {count} files from tra-cuu/chi-muc/ "
                          f"[targets ≤ 300 KB: {'met' if fetched <= 300_000 else 'MISSED'}, ≤ 1 s: {'met' if seconds <= 1 else 'MISSED'}] — {status}",
                          flush=True)
                if args.no_search:
                    continue
                runs = [measure(browser, base, args.throttle, args.query) for _ in range(args.repeat)]
            finally:
                server.shutdown()
            ready = statistics.median(r[0] for r in runs)
            answered = statistics.median(r[1] for r in runs)
            rows.append((site, len(raw), len(gzip.compress(raw, 6)), ready, answered))
            print(f"  search ready {ready:.2f} s, '{args.query}' answered in {answered:.2f} s "
                  f"(median of {args.repeat}, CPU ÷{args.throttle:g})", flush=True)
        browser.close()
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"ratio {last[0]} ÷ {first[0]}: index size {last[1] / first[1]:.1f}×, "
              f"search ready {last[3] / first[3]:.1f}×, query {last[4] / first[4]:.1f}×")


if __name__ == "__main__":
    main()
