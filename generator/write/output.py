"""The output folder of a build: one build at a time, no leftovers, an atomic swap.

- **One build at a time per output folder**: a lock file ``.site.lock`` beside ``site/``
  (``flock``); a second build waits for the first (:data:`LOCK_WAITING` tells it why).
- **Leftovers of killed builds** (``.site.building-*``, ``.site.old-*``, a SIGKILL leaves them)
  are removed by the next build, under the lock, so no running build's folder is touched.
- **The swap**: on Linux one ``renameat2(RENAME_EXCHANGE)`` exchanges the new tree and
  ``site/`` atomically, so ``site/`` exists at every instant; elsewhere (macOS, Windows, file
  systems without the call) two renames, with ``site/`` absent for the moment between them.
  For a web server's document root, the README's release folder + symbolic link recipe is
  atomic everywhere.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path


class OutputUnwritable(Exception):
    """The output folder's disk is full or not writable; the previous site is untouched."""

    def __init__(self, folder: Path, error: OSError) -> None:
        super().__init__(str(folder))
        self.folder = folder
        self.full = error.errno in (errno.ENOSPC, errno.EDQUOT)
        self.reason = error.strerror or str(error)


def _no_announcement(lock: Path) -> None:
    """Default of :data:`LOCK_WAITING`: say nothing."""


LOCK_WAITING: Callable[[Path], None] = _no_announcement
"""Called once when another build holds the lock of the same output folder (the CLI prints a line)."""


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold ``.<out>.lock`` beside ``out`` for one build, then remove what killed builds left.

    Without ``fcntl`` (Windows) builds are not serialised; each still writes its own
    temporary folder, so the worst case is the later build winning the swap.
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle = open(out.parent / f".{out.name}.lock", "a+b")  # noqa: SIM115 - held for the whole build
    except OSError as exc:
        raise OutputUnwritable(out.parent, exc) from None
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                LOCK_WAITING(out.parent / f".{out.name}.lock")
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        remove_leftovers(out)
        yield
    finally:
        handle.close()  # closing releases the lock


LEFTOVER_PREFIXES = ("building-", "old-", "writing-")


def remove_leftovers(out: Path) -> list[Path]:
    """Delete ``.<name>.building-*``, ``.<name>.old-*``, ``.<name>.writing-*`` beside ``out`` (call under the lock)."""
    removed = []
    for prefix in LEFTOVER_PREFIXES:
        for leftover in sorted(out.parent.glob(f".{out.name}.{prefix}*")):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
                removed.append(leftover)
    return removed


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):  # glibc < 2.28, musl without it
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    result: Callable[..., int] = function
    return result


def exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux ``renameat2``); False when the platform cannot."""
    function = _renameat2()
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):  # file system without exchange
        return False
    raise OSError(code, os.strerror(code), str(b))


def swap_into_place(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; the old tree is removed afterwards.

    ``target`` is present at every instant where :func:`exchange` works; otherwise two renames.
    """
    if target.exists() or target.is_symlink():
        if exchange(new, target):
            shutil.rmtree(new, ignore_errors=True)  # ``new`` now holds the old tree
            return
        old = target.with_name(f".{target.name}.old-{new.name.rsplit('-', 1)[-1]}")
        target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
        return
    new.rename(target)
