"""Full-page screenshots of the main page kinds of two built sites, compared pixel by pixel.

    python benchmarks/compare_screenshots.py BEFORE_SITE AFTER_SITE OUT_DIR [PATH ...]

For a change that must not alter how pages look (issue 16: fewer render-blocking stylesheets):
each page is shot at 390 px and 1280 px wide in headless Chromium (the system one), after the
load event and the fonts, from each site served on 127.0.0.1. Prints, per page and width, the
share of pixels that differ and writes BEFORE / AFTER / DIFF images to OUT_DIR to look at.
"""

from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image, ImageChops
from playwright.sync_api import Browser, sync_playwright

WIDTHS = (390, 1280)
DEFAULT_PATHS = ("", "ke-hoach/ke-hoach-80-nam-bo-noi-vu/", "tien-do/", "vinh-danh/2025/", "quyet-dinh/qd-0124-snv-2025/",
                 "ca-nhan/dang-thi-anh/", "guong-dien-hinh/", "don-vi/", "hoi-dap/", "tra-cuu/", "thong-bao/", "lich-trinh/", "404.html")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def serve(directory: str) -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=directory))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


def shoot(browser: Browser, url: str, width: int, path: Path) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready")
    # One tall viewport instead of a scrolled full-page shot: Material hides the tabs once the page
    # scrolls, and a full-page screenshot's scrolling would make two shots of one page differ.
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": width, "height": min(height, 16000)})
    page.wait_for_timeout(400)
    page.screenshot(path=str(path), animations="disabled", caret="hide")
    page.close()


def main() -> None:
    before, after, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    paths = sys.argv[4:] or list(DEFAULT_PATHS)
    out.mkdir(parents=True, exist_ok=True)
    bases = serve(before), serve(after)
    worst = 0.0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for path in paths:
            for width in WIDTHS:
                name = (path.strip("/").replace("/", "_") or "home") + f"-{width}"
                shots = [out / f"{name}-before.png", out / f"{name}-after.png"]
                for base, shot in zip(bases, shots, strict=True):
                    shoot(browser, base + path, width, shot)
                a, b = (Image.open(s).convert("RGB") for s in shots)
                if a.size != b.size:
                    print(f"{path or '/':<40} {width:>5} px  SIZE {a.size} -> {b.size}")
                    worst = 1.0
                    continue
                diff = ImageChops.difference(a, b)
                red, green, blue = diff.split()
                mask = ImageChops.lighter(ImageChops.lighter(red, green), blue).point(lambda v: 255 if v else 0)
                changed = mask.histogram()[255]
                share = changed / (a.size[0] * a.size[1])
                worst = max(worst, share)
                if changed:
                    mask.save(out / f"{name}-diff.png")
                print(f"{path or '/':<40} {width:>5} px  {changed:>8} px differ ({100 * share:.3f} %)  {a.size[0]}x{a.size[1]}")
        browser.close()
    print(f"worst: {100 * worst:.3f} % of pixels")


if __name__ == "__main__":
    main()
