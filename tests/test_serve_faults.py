"""``thiduua serve`` with bad data, deleted records, a renamed data folder, bad URLs, signals.

Every request goes through an HTTP client with a timeout: a request that hangs fails the test.
Waiting for a rebuild polls with a bound (never a speed assertion).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

TIMEOUT = 10  # seconds per request: the server must answer, whatever the data


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def _wait_for(predicate, seconds: float = 90.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except (OSError, TimeoutError):
            pass
        time.sleep(0.3)
    return False


class Serve:
    def __init__(self, data: Path, tmp: Path) -> None:
        self.port = _free_port()
        self.tmpdir = tmp / "tmpdir"
        self.tmpdir.mkdir()
        env = {**os.environ, "TMPDIR": str(self.tmpdir), "PYTHONIOENCODING": "utf-8"}
        env.pop("THIDUUA_DATA", None)
        self.log = (tmp / "serve.log").open("w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--data", str(data), "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        assert _wait_for(lambda: _get(self.base + "/ke-hoach/")[0] == 200), self.output()

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def page(self, path: str) -> tuple[int, str]:
        return _get(self.base + path)

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


@pytest.fixture
def serve(data: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    server = Serve(data, tmp_path)
    yield server
    server.stop()
    server.log.close()


def test_bad_data_shows_the_findings_in_the_browser_and_recovers(serve: Serve, data: Path) -> None:
    unit = data / "units" / "van-phong-so.yaml"
    good = unit.read_text(encoding="utf-8")
    unit.write_text(good.replace("kind: don-vi-thuoc-so", "kind: phongg"), encoding="utf-8")
    assert _wait_for(lambda: "Dữ liệu có lỗi" in serve.page("/ke-hoach/")[1]), serve.output()
    status, body = serve.page("/don-vi/")  # every page, not only the one open in the browser
    assert status == 200 and "van-phong-so.yaml:" in body and "kind:" in body and "lỗi:" in body
    assert "livereload" in body  # the browser reloads by itself after the fix
    assert serve.page("/livereload/0/0")[0] == 200  # the live-reload poll answers too
    unit.write_text(good, encoding="utf-8")
    assert _wait_for(lambda: "Kế hoạch" in serve.page("/ke-hoach/")[1] and "Dữ liệu có lỗi" not in serve.page("/ke-hoach/")[1])
    log = serve.output()
    assert "Aborted with a BuildError" not in log and "Traceback" not in log, log
    assert "dữ liệu có lỗi, trình duyệt đang hiện danh sách lỗi" in log


def test_a_deleted_record_page_disappears(serve: Serve, data: Path) -> None:
    person = next(p for p in sorted((data / "people").glob("*.yaml")) if "exemplary" not in p.read_text(encoding="utf-8"))
    url = f"/ca-nhan/{person.stem}/"
    assert serve.page(url)[0] == 200
    # a published address is withdrawn on purpose (else the build refuses to lose it), and records
    # that name this person would become dangling references: take them out of the decisions too
    redirects = data / "redirects.yaml"
    redirects.write_text(redirects.read_text(encoding="utf-8").replace("withdrawn: []", f"withdrawn:\n  - {url}"), encoding="utf-8")
    person.unlink()
    for decision in (data / "decisions").glob("*.yaml"):
        if f"person: {person.stem}" in decision.read_text(encoding="utf-8"):
            decision.write_text(decision.read_text(encoding="utf-8").replace(f"person: {person.stem}", "name: Người đã xóa\n        kind: ca-nhan"), encoding="utf-8")
    assert _wait_for(lambda: serve.page(url)[0] == 404), serve.output()


def test_renaming_the_data_folder_is_reported_and_watching_resumes(serve: Serve, data: Path) -> None:
    moved = data.with_name("data-moved")
    data.rename(moved)
    assert _wait_for(lambda: "không còn" in serve.output()), serve.output()
    assert _wait_for(lambda: "Dữ liệu có lỗi" in serve.page("/ke-hoach/")[1])
    moved.rename(data)
    assert _wait_for(lambda: "đã trở lại" in serve.output())
    assert _wait_for(lambda: "Dữ liệu có lỗi" not in serve.page("/ke-hoach/")[1])
    plan = data / "plans" / "ke-hoach-80-nam-bo-noi-vu.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("short_title: Đợt thi đua", "short_title: Đợt thi đua sau đổi tên"), encoding="utf-8")
    assert _wait_for(lambda: "Đợt thi đua sau đổi tên" in serve.page("/ke-hoach/")[1]), serve.output()


@pytest.mark.parametrize("path", ["/%00", "/ke-hoach/%00/", "/%C0%AF", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"])
def test_bad_urls_are_404_never_a_traceback(serve: Serve, path: str) -> None:
    status, body = serve.page(path)
    assert status == 404, (status, body[:200])
    assert "root:" not in body
    assert "Traceback" not in serve.output()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_no_temporary_folder_outlives_serve(serve: Serve, sig: int) -> None:
    assert list(serve.tmpdir.glob("mkdocs_*")), "serve builds into a temporary folder"
    serve.stop(sig)
    assert list(serve.tmpdir.glob("mkdocs_*")) == []
    assert "Traceback" not in serve.output(), serve.output()
