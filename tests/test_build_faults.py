"""Faults during ``thiduua build`` (issue 18.5): signals, a full disk, killed builds, the swap, the lock.

Whatever happens, the previous ``site/`` stays byte for byte, the editor reads one Vietnamese
line (never a traceback) and the next build cleans up what a killed one left. Kill points are
chosen by watching the build's own files appear (no sleeps that assert speed).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT

from generator.write.output import exchange, remove_leftovers, swap_into_place

MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal"


def _digest(tree: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(tree.rglob("*")):
        h.update(path.relative_to(tree).as_posix().encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("THIDUUA_DATA", None)
    return env


def _start_build(out: Path, data: Path = ROOT / "data") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--data", str(data), "--out", str(out)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )


def _wait_for(predicate, seconds: float = 120.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def _staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.building-*"))


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.") and not p.name.endswith(".lock"))


@pytest.fixture
def old_site(tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--data", str(MINIMAL), "--out", str(out)],
                            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return out, _digest(out)


def _mkdocs_writing(out: Path) -> bool:
    """MkDocs has started writing pages into the temporary folder."""
    return any(any(s.rglob("*.html")) for s in _staging(out))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("point", ["early", "while-mkdocs-writes"])
def test_signal_ends_the_build_with_one_line_and_no_leftovers(old_site: tuple[Path, str], sig: int, point: str) -> None:
    out, before = old_site
    build = _start_build(out)
    try:
        if point == "while-mkdocs-writes":
            assert _wait_for(lambda: _mkdocs_writing(out) or build.poll() is not None)
        else:  # imports and generation run before any folder is made: a moment after the start
            time.sleep(1.0)
        if build.poll() is not None:
            pytest.skip("the build finished before the signal could be sent (machine too fast for this point)")
        build.send_signal(sig)
        _, stderr = build.communicate(timeout=120)
    finally:
        if build.poll() is None:
            build.kill()
    assert build.returncode == (130 if sig == signal.SIGINT else 143), stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip() and "lỗi, " not in line]
    assert len(lines) == 1 and "đã dừng theo yêu cầu" in lines[0], stderr
    assert _leftovers(out) == []
    assert _digest(out) == before


def test_sigkill_leaves_the_old_site_and_the_next_build_cleans_up(old_site: tuple[Path, str]) -> None:
    out, before = old_site
    build = _start_build(out)
    assert _wait_for(lambda: _mkdocs_writing(out) or build.poll() is not None)
    if build.poll() is not None:
        pytest.skip("the build finished before it could be killed")
    build.kill()
    build.communicate(timeout=60)
    assert _staging(out), "a killed build leaves its temporary folder"
    assert _digest(out) == before
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--data", str(MINIMAL), "--out", str(out)],
                            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert _leftovers(out) == []


_FULL_DISK = """
import errno, sys
import mkdocs.utils
from generator import cli
calls = {"n": 0}
real = mkdocs.utils.write_file
def write_file(content, path):
    calls["n"] += 1
    if calls["n"] > 5:  # the disk fills up after a few pages
        raise OSError(errno.ENOSPC, "No space left on device", path)
    return real(content, path)
mkdocs.utils.write_file = write_file
sys.exit(cli.main(sys.argv[1:]))
"""


def test_full_disk_is_one_line_naming_the_folder_and_the_old_site_stays(old_site: tuple[Path, str]) -> None:
    out, before = old_site
    result = subprocess.run([sys.executable, "-c", _FULL_DISK, "build", "--data", str(ROOT / "data"), "--out", str(out)],
                            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "hết chỗ trống trên đĩa" in lines[0] and os.path.relpath(out.parent, ROOT) in lines[0], result.stderr
    assert _leftovers(out) == []
    assert _digest(out) == before


def test_full_disk_on_a_real_tiny_file_system(tmp_path: Path) -> None:
    """A 3 MB tmpfs (needs root and mount): the bundled site does not fit."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a tmpfs")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True, check=False).returncode != 0:
        pytest.skip("mount not permitted here")
    try:
        out = mount / "site"
        out.mkdir()
        (out / "index.html").write_text("trang cũ", encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "generator", "build", "--data", str(ROOT / "data"), "--out", str(out)],
                                cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 1
        assert "hết chỗ trống trên đĩa" in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert (out / "index.html").read_text(encoding="utf-8") == "trang cũ"
        assert _leftovers(out) == []
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_second_build_waits_for_the_lock_then_succeeds(old_site: tuple[Path, str]) -> None:
    import fcntl

    out, before = old_site
    with open(out.parent / f".{out.name}.lock", "a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        build = _start_build(out, MINIMAL)
        assert build.stderr is not None
        first_line = build.stderr.readline()
        assert "đang chờ" in first_line, first_line
        assert build.poll() is None and _digest(out) == before and not _staging(out)
    _, rest = build.communicate(timeout=300)
    assert build.returncode == 0, rest
    assert _leftovers(out) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux-only (the fallback is two renames)")
def test_swap_keeps_the_target_present_at_every_instant(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "index.html").write_text("0", encoding="utf-8")
    missing: list[int] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            if not (target / "index.html").exists():
                missing.append(1)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for i in range(1, 200):
            new = tmp_path / f".site.building-{i}"
            new.mkdir()
            (new / "index.html").write_text(str(i), encoding="utf-8")
            swap_into_place(new, target)
            assert not new.exists()
    finally:
        stop.set()
        watcher.join()
    assert (target / "index.html").read_text(encoding="utf-8") == "199"
    assert missing == []


def test_exchange_swaps_two_folders(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a")
    (b / "x").write_text("b")
    if not exchange(a, b):
        pytest.skip("no renameat2 exchange on this platform")
    assert (a / "x").read_text() == "b" and (b / "x").read_text() == "a"


def test_remove_leftovers_keeps_other_folders(tmp_path: Path) -> None:
    out = tmp_path / "site"
    for name in (".site.building-1", ".site.old-2", ".site.writing-3", ".other.building-4", "site"):
        (tmp_path / name).mkdir()
    removed = {p.name for p in remove_leftovers(out)}
    assert removed == {".site.building-1", ".site.old-2", ".site.writing-3"}
    assert (tmp_path / ".other.building-4").is_dir() and out.is_dir()
