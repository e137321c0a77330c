"""``thiduua serve``: live preview that regenerates when a YAML file changes."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait_for(predicate, seconds: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    """Poll until ``predicate()`` holds (a bound on waiting, not a speed assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


def test_serve_rebuilds_when_a_record_changes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    port = _free_port()
    env = {**os.environ}
    env.pop("THIDUUA_DATA", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--data", str(data), "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/ke-hoach/"
        assert _wait_for(lambda: "Kế hoạch thi đua" in _fetch(url))
        plan = data / "plans" / "ke-hoach-80-nam-bo-noi-vu.yaml"
        text = plan.read_text(encoding="utf-8")
        plan.write_text(text.replace("short_title: Đợt thi đua", "short_title: Đợt thi đua đã sửa"), encoding="utf-8")
        assert _wait_for(lambda: "Đợt thi đua đã sửa" in _fetch(url))
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_serve_refuses_to_start_on_bad_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "units" / "van-phong-so.yaml").write_text("name: Văn phòng Sở\nkind: phong\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "serve", "--data", str(data), "--dev-addr", f"127.0.0.1:{_free_port()}"],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "van-phong-so.yaml:2:7: kind:" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_reports_a_busy_port_without_a_traceback(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=ROOT,
            check=False,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert f"127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
