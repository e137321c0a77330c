"""One import from start to end: read, match, plan, check conflicts, write or dry-run, validate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.editor.intake.decision import DecisionOptions, import_decision
from generator.editor.intake.evaluation import import_evaluations
from generator.editor.intake.matching import Directory
from generator.editor.intake.people import import_people
from generator.editor.intake.report import ImportResult
from generator.editor.intake.tables import IntakeError
from generator.editor.intake.writer import apply, check_conflicts
from generator.load.loader import display_path
from generator.validate.records import load_and_validate

KINDS = ("decision", "evaluation", "people")


@dataclass(frozen=True)
class ImportRequest:
    kind: str
    source: Path
    data_dir: Path
    decision: DecisionOptions | None = None
    year: int | None = None
    source_note: str | None = None
    sheet: str | None = None
    force: bool = False
    dry_run: bool = False


def run_import(request: ImportRequest) -> ImportResult:
    result = ImportResult(kind=request.kind)
    if not request.data_dir.is_dir():
        result.add_error(IntakeError("scaffold_no_data_dir", display_path(request.data_dir), path=display_path(request.data_dir)))
        return result
    dataset, _ = load_and_validate(request.data_dir)
    directory = Directory(dataset)
    if request.kind == "decision":
        assert request.decision is not None
        import_decision(request.source, request.data_dir, directory, request.decision, result)
    elif request.kind == "evaluation":
        import_evaluations(request.source, request.data_dir, directory, request.year, request.source_note, result, request.sheet)
    else:
        import_people(request.source, request.data_dir, directory, result, request.sheet)
    if result.failed:
        result.planned.clear()
        return result
    if not check_conflicts(result, request.force):
        return result
    if result.planned:
        apply(result, request.data_dir, request.dry_run)
    return result


def exit_status(result: ImportResult) -> int:
    """1 when nothing could be imported, or the result has errors other than the expected ones.

    The "CHƯA HOÀN THIỆN" line of the files the import just wrote is expected: it stops
    publication until the editor has checked those records.
    """
    if result.failed:
        return 1
    if result.validation is None:
        return 0
    written = {p.shown for p in result.planned}
    unexpected = [d for d in result.validation.errors if not (d.code == "template_unfinished" and d.file in written)]
    return 1 if unexpected else 0
