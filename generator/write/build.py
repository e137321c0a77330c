"""Stage 5, write: MkDocs builds into a fresh directory that replaces ``site/`` only on success.

A failed build (bad data, a strict-mode warning, a crash, Ctrl-C, a full disk) leaves the
previous site exactly as it was: readers never see a half-written portal. The output folder's
lock, the removal of killed builds' leftovers and the atomic swap are :mod:`generator.write.output`.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from generator.options import Options
from generator.pipeline import Generation, generate
from generator.write.output import OutputUnwritable, output_lock, swap_into_place

__all__ = ["BuildFailed", "OutputUnwritable", "build_site", "swap_into_place", "write_docs"]


class BuildFailed(Exception):
    """MkDocs could not build the site (strict-mode warnings, configuration, theme)."""


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(
    options: Options,
    config_file: Path,
    out: Path,
    site_url: str | None = None,
    strict: bool = True,
    generation: Generation | None = None,
) -> Generation:
    """Generate pages (unless ``generation`` is given), build them with MkDocs into a temporary
    sibling of ``out``, then swap.

    ``site_url`` (the command line's ``--site-url``) wins over mkdocs.yml's, for every page and
    file alike; a ``generation`` passed in must have been made with :func:`with_site_url`.
    """
    options = with_site_url(options, site_url)
    if generation is None:
        generation = generate(options)
    if not generation.ok:
        return generation
    out = out.resolve()
    with output_lock(out):
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
        except OSError as exc:
            raise OutputUnwritable(out.parent, exc) from None
        try:
            # options read through the plugin hold mkdocs.yml's site_url; --site-url replaced it above
            effective_url = options.site_url if site_url is not None or options.site_url else None
            _mkdocs_build(config_file, staging, effective_url, strict, generation)
            staging.chmod(0o755)  # mkdtemp makes it 0700: a web server could not read a deployed copy
            swap_into_place(staging, out)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM):
                raise OutputUnwritable(out.parent, exc) from None
            raise
        except BaseException:  # Ctrl-C, SIGTERM (see generator.cli), a bug: nothing half-written stays
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return generation


def _mkdocs_build(config_file: Path, staging: Path, site_url: str | None, strict: bool, generation: Generation) -> None:
    counter = _WarningCounter()
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(counter)
    try:
        overrides: dict[str, Any] = {"site_dir": str(staging), "strict": strict}
        if site_url is not None:
            overrides["site_url"] = site_url
        config = load_config(str(config_file), **overrides)
        plugin = config.plugins["thiduua"]
        plugin.generation = generation  # type: ignore[attr-defined]
        mkdocs_build(config)
    except (Abort, ConfigurationError, PluginError) as exc:
        cause = _os_error_in(exc)
        if cause is not None:  # MkDocs wraps a full disk met while writing a page
            raise cause from None
        detail = "\n".join(counter.messages) or str(exc)
        raise BuildFailed(detail) from None
    finally:
        mkdocs_logger.removeHandler(counter)


def _os_error_in(exc: BaseException) -> OSError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def with_site_url(options: Options, site_url: str | None) -> Options:
    """The one meaning of ``--site-url``: given, it replaces mkdocs.yml's ``site_url`` (already in
    ``options``, read through the plugin) for canonical links, sitemap, feed, calendar and 404 page."""
    return options if site_url is None else dataclasses.replace(options, site_url=site_url)


def theme_end_of_life() -> str | None:
    """The installed Material version when it is a 9.x, whose start-up banner announces its end of
    life on 5 May 2027 (the date is in the message ``material_end_of_life``), else None."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("mkdocs-material")
    except PackageNotFoundError:
        return None
    return installed if installed.split(".")[0] == "9" else None


def write_docs(pages: dict[str, str | bytes | Path], hand_written: Path, out: Path) -> None:
    """Write the complete Markdown tree (hand-written + generated) for other builders (Zensical)."""
    out = out.resolve()
    with output_lock(out):
        _write_docs(pages, hand_written, out)


def _write_docs(pages: dict[str, str | bytes | Path], hand_written: Path, out: Path) -> None:
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.writing-", dir=out.parent))
    try:
        if hand_written.is_dir():
            shutil.copytree(hand_written, staging, dirs_exist_ok=True)
        for src, content in sorted(pages.items()):
            path = staging / src
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                shutil.copyfile(content, path)
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="\n")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_into_place(staging, out)
