"""A static server for benchmarks/lighthouse.sh that compresses text like a production web server
(nginx ``gzip on;``), so Lighthouse measures the bytes a reader downloads, not http.server's raw files.

    python3 benchmarks/lighthouse_server.py SITE_DIR PORT
"""

from __future__ import annotations

import functools
import gzip
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".ics", ".csv")


class GzipHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (path.is_file() and path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")):
            super().do_GET()
            return
        if self.path.split("?")[0].endswith("/") is False and (Path(self.translate_path(self.path))).is_dir():
            super().do_GET()  # the redirect to the address with a slash
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """Lighthouse closes connections it no longer needs (the favicon.ico probe): not an error to print."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def main() -> None:
    site, port = sys.argv[1], int(sys.argv[2])
    QuietServer(("127.0.0.1", port), functools.partial(GzipHandler, directory=site)).serve_forever()


if __name__ == "__main__":
    main()
