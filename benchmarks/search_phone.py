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
* with ``--lookup``, the look-up page /tra-cuu/ in a fresh phone-sized page per run, the query
  typed key by key (``keys``: a key every 60 ms; letters such as "ễ" arrive as inserted text, as
  an IME commits them) or pasted (``paste``), right at the load event and 3 s later
  (``--lookup-settle``): the time from the last keystroke (the last ``input`` event's timestamp)
  to the first row of the answer painted (Element Timing: ``lookup.js`` marks that row), the
  bytes fetched from ``tra-cuu/chi-muc/`` while typing (manifest + every shard any keystroke
  asked for), median and range; targets ≤ 1 s and ≤ 300 KB. Split into start-up (lookup.js
  and the manifest received, the load event, the main thread's long tasks before the last
  keystroke: Material's bundle, its search index parsed) and the query's own cost (new shards
  requested and received, long tasks until the row is painted). All measured in the page
  (performance timestamps), not from Python: the probe polls every 250 ms and does not load the
  throttled page.

Usage (sites built beforehand, e.g. ``thiduua build --data /tmp/d10k --out /tmp/s10k``)::

    python benchmarks/search_phone.py site /tmp/s10k            # bundled data vs 10,000 people
    python benchmarks/search_phone.py /tmp/s10k --throttle 6 --repeat 5
    python benchmarks/search_phone.py site /tmp/s100k --no-search --repeat 5 --lookup "nguyen van an" "Nguyễn Thị Hoa"

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
from urllib.parse import urlsplit

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


# Installed before the page's scripts: when text arrived in the look-up field (every input,
# paste and compositionend: the last one is "the last keystroke"), when each answer's first row was
# painted (the Element Timing API: lookup.js marks that row ``elementtiming``), and the main
# thread's long tasks (what else was running: Material's bundle, its search index being parsed).
LOOKUP_PROBE = r"""
window.__lookup = {input: [], paints: [], long: []};
new PerformanceObserver(list => { for (const e of list.getEntries())
  __lookup.paints.push({t: e.renderTime || e.loadTime, el: e.element}); }).observe({type: 'element', buffered: true});
new PerformanceObserver(list => { for (const e of list.getEntries())
  __lookup.long.push([e.startTime, e.duration]); }).observe({type: 'longtask', buffered: true});
for (const type of ['input', 'paste', 'compositionend'])
  document.addEventListener(type, e => { if (e.target.id === 'lookup-input') __lookup.input.push(e.timeStamp); }, true);
"""

LOOKUP_SHOWN = """query => { const s = document.getElementById('lookup-status').textContent;
    const last = Math.max(...__lookup.input);
    return s.includes('“' + query + '”') && __lookup.paints.some(p => p.t > last && p.el && p.el.isConnected); }"""

LOOKUP_TIMES = """() => {
    const last = Math.max(...__lookup.input);
    const paint = __lookup.paints.find(p => p.t > last && p.el && p.el.isConnected);
    const nav = performance.getEntriesByType('navigation')[0];
    const files = performance.getEntriesByType('resource').filter(e => e.name.includes('/tra-cuu/chi-muc/'));
    const manifest = files.find(e => e.name.includes('/khoa.json'));
    const script = performance.getEntriesByType('resource').find(e => e.name.includes('/lookup.js'));
    const after = files.filter(e => e.startTime >= last);
    const busy = (from, to) => __lookup.long.reduce((n, [s, d]) => n + Math.max(0, Math.min(to, s + d) - Math.max(from, s)), 0);
    return {shown: paint.t - last, name: paint.el.textContent, typing: last,
            load: nav.loadEventEnd, manifest: manifest ? manifest.responseEnd : null, script: script ? script.responseEnd : null,
            fetchStart: after.length ? Math.min(...after.map(e => e.startTime)) - last : null,
            fetchEnd: after.length ? Math.max(...after.map(e => e.responseEnd)) - last : null,
            busyBefore: busy(0, last), busyAfter: busy(last, paint.t)};
}"""


def enter_text(page, text: str, way: str) -> None:  # type: ignore[no-untyped-def]
    """``keys``: key events, one character every 60 ms (letters no key produces, such as "ễ", arrive
    as inserted text, as a phone keyboard or an IME commits them); ``paste``: one paste."""
    if way == "keys":
        page.keyboard.type(text, delay=60)
    elif way == "paste":
        page.evaluate(
            """text => { const field = document.activeElement; const data = new DataTransfer();
                data.setData('text/plain', text);
                if (field.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})))
                    document.execCommand('insertText', false, text); }""",
            text,
        )
    else:
        raise ValueError(way)


def measure_lookup(browser, base: str, site: Path, throttle: float, query: str, way: str, settle: float,  # type: ignore[no-untyped-def]
                   block_site_search: bool = False) -> dict[str, object]:
    """One fresh phone page of /tra-cuu/ with the CPU slowed ``throttle`` times: ``query`` entered
    ``settle`` seconds after the load event; the time from the last keystroke to the first row of
    its answer painted, what the main thread did meanwhile, and the bytes fetched."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.add_init_script(LOOKUP_PROBE)
    if block_site_search:  # what Material's index (fetched, parsed, sent to its worker on every page) costs the look-up
        page.route("**/search/search_index.json", lambda route: route.abort())
    lookup_files = _record_bytes(context, page, "/tra-cuu/chi-muc/")
    everything = _record_bytes(context, page, "127.0.0.1")
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    page.goto(base + "tra-cuu/")
    page.wait_for_load_state("load")
    if settle:
        page.wait_for_timeout(settle * 1000)
    page.locator("#lookup-input").click()
    enter_text(page, query, way)
    page.wait_for_function(LOOKUP_SHOWN, arg=query, timeout=600_000, polling=250)  # polled rarely: the probe must not load the page
    times = page.evaluate(LOOKUP_TIMES)
    page.wait_for_timeout(300)
    rows = list(lookup_files.values())  # type: ignore[attr-defined]
    times["bytes"] = sum(int(r["bytes"]) for r in rows)
    # what a server compressing JSON (README, "Own web server") would send for the same files
    times["gzipped"] = sum(len(gzip.compress((site / urlsplit(str(r["url"])).path.lstrip("/")).read_bytes(), 6)) for r in rows)
    times["files"] = len(rows)
    times["page_bytes"] = sum(int(r["bytes"]) for r in everything.values())  # type: ignore[attr-defined]
    context.close()
    return times  # type: ignore[no-any-return]


def _spread(values: list[float], unit: str, scale: float = 1.0) -> str:
    values = sorted(v * scale for v in values)
    return f"{statistics.median(values):.0f} {unit} ({values[0]:.0f}–{values[-1]:.0f})"


def report_lookup(browser, base: str, site: Path, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    for query in args.lookup:
        for way in args.lookup_ways:
            for settle in args.lookup_settle:
                runs = [measure_lookup(browser, base, site, args.throttle, query, way, settle, args.block_site_search) for _ in range(args.repeat)]
                shown = [float(r["shown"]) for r in runs]
                fetched = [float(r["bytes"]) for r in runs]  # type: ignore[arg-type]
                worst = max(shown) <= 1000 and max(fetched) <= 300_000
                blocked = ", Material's index blocked" if args.block_site_search else ""
                print(f"  look-up '{query}' ({way}, {settle:g} s after load{blocked}, CPU ÷{args.throttle:g}, {args.repeat} runs): "
                      f"first row shown {_spread(shown, 'ms')} after the last keystroke; "
                      f"{_spread(fetched, 'KB', 1 / 1000)} from tra-cuu/chi-muc/ in {runs[-1]['files']} files "
                      f"({float(runs[-1]['gzipped']) / 1000:.0f} KB gzipped) "  # type: ignore[arg-type]
                      f"[≤ 1 s and ≤ 300 KB in every run: {'met' if worst else 'MISSED'}] — first row: {runs[-1]['name']}", flush=True)
                fetch_start = [float(r["fetchStart"]) for r in runs if r["fetchStart"] is not None]  # type: ignore[arg-type]
                fetch_end = [float(r["fetchEnd"]) for r in runs if r["fetchEnd"] is not None]  # type: ignore[arg-type]
                print(f"    after the last keystroke: new shards requested {_spread(fetch_start, 'ms') if fetch_start else 'never (cached)'}, "
                      f"received {_spread(fetch_end, 'ms') if fetch_end else '—'}; main thread busy in long tasks "
                      f"{_spread([float(r['busyAfter']) for r in runs], 'ms')} of it", flush=True)  # type: ignore[arg-type]
                print(f"    start-up (from navigation): lookup.js {_spread([float(r['script']) for r in runs], 'ms')}, "  # type: ignore[arg-type]
                      f"load event {_spread([float(r['load']) for r in runs], 'ms')}, "  # type: ignore[arg-type]
                      f"manifest {_spread([float(r['manifest']) for r in runs], 'ms')}; "  # type: ignore[arg-type]
                      f"long tasks before the last keystroke {_spread([float(r['busyBefore']) for r in runs], 'ms')}; "  # type: ignore[arg-type]
                      f"the page fetched {_spread([float(r['page_bytes']) for r in runs], 'KB', 1 / 1000)} in all", flush=True)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sites", nargs="+", type=Path, help="built site folders (the first is the baseline)")
    parser.add_argument("--throttle", type=float, default=4.0, help="CPU slowdown factor (default 4)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--query", default="phuoc")
    parser.add_argument("--index-bound", type=float, default=3.0, help="MiB the site-wide index may weigh (default 3)")
    parser.add_argument("--lookup", nargs="*", default=[], help="queries for the look-up page /tra-cuu/")
    parser.add_argument("--lookup-ways", nargs="+", default=["keys", "paste"], choices=["keys", "paste"],
                        help="how the look-up query is entered (default: keys and paste)")
    parser.add_argument("--lookup-settle", nargs="+", type=float, default=[0.0, 3.0],
                        help="seconds between the load event and the first keystroke (default: 0 and 3)")
    parser.add_argument("--no-search", action="store_true", help="skip the site-wide search timings")
    parser.add_argument("--block-site-search", action="store_true",
                        help="look-up runs with Material's search_index.json blocked (what it costs the look-up page)")
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
                report_lookup(browser, base, site, args)
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
