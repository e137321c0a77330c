"""Write the planned files, or show them: never overwrite without ``--force``, validate the result.

Every file is checked before any is written, so an import is all or nothing: an existing file
without ``--force`` stops it whole. Each file is written to a temporary sibling and renamed
into place. A dry run writes nothing: it prints the unified diff of every file and validates
a temporary copy of the data folder with the files applied.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from generator.diagnostics import Position, make
from generator.editor.intake.report import ImportResult, remap_report
from generator.load.loader import display_path
from generator.validate.records import load_and_validate


def check_conflicts(result: ImportResult, force: bool) -> bool:
    """Refuse to replace an existing file unless ``force``; refuse two plans for one path. True when all is well."""
    seen: set[Path] = set()
    for planned in result.planned:
        if planned.path in seen:
            result.source.add(make(planned.shown, Position(1, 1), "", "import_same_file_twice", "error"))
        seen.add(planned.path)
        if (planned.old is not None and not force) or (planned.old is None and planned.path.exists()):
            result.source.add(make(planned.shown, Position(1, 1), "", "import_exists", "error"))
    return not result.failed


def apply(result: ImportResult, data_dir: Path, dry_run: bool) -> None:
    """Write (or, for a dry run, simulate) the planned files, then validate the data folder."""
    if dry_run:
        with tempfile.TemporaryDirectory(prefix="thiduua-import-") as temporary:
            copy = Path(temporary) / "data"
            shutil.copytree(data_dir, copy, symlinks=True)
            for planned in result.planned:
                _write(copy / planned.path.resolve().relative_to(data_dir.resolve()), planned.text)
            _, report = load_and_validate(copy)
            result.validation = remap_report(report, {display_path(copy): display_path(data_dir)})
        return
    for planned in result.planned:
        _write(planned.path, planned.text)
    result.written = True
    _, result.validation = load_and_validate(data_dir)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
