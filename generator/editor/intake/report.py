"""What an import found and did, printed with the validator's formatter (``file:row:column``)."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostic, Position, Report, Severity, make
from generator.editor.intake.tables import Cell, IntakeError
from generator.load.loader import display_path
from generator.messages import format_message


@dataclass
class Planned:
    """A file the import will write: its new text and, for an existing file, the old one."""

    path: Path
    text: str
    old: str | None = None

    @property
    def shown(self) -> str:
        return display_path(self.path)


@dataclass
class ImportResult:
    source: Report = field(default_factory=Report)
    """Findings about the source list, located by its row and column."""
    planned: list[Planned] = field(default_factory=list)
    validation: Report | None = None
    """The validator's report on the data folder with the import applied."""
    written: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    kind: str = "decision"

    def add(self, file: str, cell: Cell | None, row: int, label: str, code: str, severity: Severity = "warning", **params: object) -> None:
        position = Position(cell.row, cell.column) if cell else Position(row or 1, 1)
        self.source.add(make(file, position, label, code, severity, **params))

    def add_error(self, error: IntakeError) -> None:
        self.source.add(make(error.file, Position(error.row or 1, error.column or 1), "", error.code, "error", **error.params))

    @property
    def failed(self) -> bool:
        return bool(self.source.errors)


def _remap(diagnostic: Diagnostic, mapping: dict[str, str]) -> Diagnostic:
    for temporary, real in mapping.items():
        if diagnostic.file.startswith(temporary):
            return Diagnostic(
                real + diagnostic.file[len(temporary) :], diagnostic.line, diagnostic.column, diagnostic.field,
                diagnostic.code, diagnostic.params, diagnostic.severity,
            )
    return diagnostic


def remap_report(report: Report, mapping: dict[str, str]) -> Report:
    """A dry run validates a temporary copy: show its findings under the real data folder's paths."""
    return Report({_remap(d, mapping) for d in report.items})


def unified_diff(planned: Planned) -> str:
    """The change to one file, as ``diff -u`` shows it (``/dev/null`` for a new file)."""
    old = (planned.old or "").splitlines(keepends=True)
    new = planned.text.splitlines(keepends=True)
    before = f"a/{planned.shown}" if planned.old is not None else "/dev/null"
    return "".join(difflib.unified_diff(old, new, before, f"b/{planned.shown}"))


def render_text(result: ImportResult, lang: str, dry_run: bool) -> tuple[list[str], list[str]]:
    """(stdout lines, stderr lines), in the order an editor reads them."""
    out: list[str] = []
    err: list[str] = []
    for diagnostic in result.source.sorted:
        (err if diagnostic.severity == "error" else out).append(diagnostic.render(lang))
    if result.counts:
        out.append(format_message(f"import_counts_{result.kind}", {k: str(v) for k, v in result.counts.items()}, lang))
    for planned in result.planned:
        code = ("import_would_create" if planned.old is None else "import_would_change") if dry_run else (
            "import_created" if planned.old is None else "import_changed"
        )
        if result.written or dry_run:
            out.append(format_message(code, {"path": planned.shown}, lang))
    if result.failed:
        err.append(format_message("import_nothing_written", {"count": str(len(result.source.errors))}, lang))
    if result.validation is not None:
        out.append(format_message("import_validation_title", {}, lang))
        for diagnostic in result.validation.sorted:
            (err if diagnostic.severity == "error" else out).append(diagnostic.render(lang))
        out.append(result.validation.summary(lang))
    return out, err


def render_json(result: ImportResult, lang: str, dry_run: bool) -> str:
    return json.dumps(
        {
            "dry_run": dry_run,
            "written": result.written,
            "files": [{"path": p.shown, "new": p.old is None, **({"diff": unified_diff(p)} if dry_run else {})} for p in result.planned],
            "counts": result.counts,
            "source": [d.as_json(lang) for d in result.source.sorted],
            "validation": [d.as_json(lang) for d in result.validation.sorted] if result.validation is not None else None,
        },
        ensure_ascii=False,
        indent=2,
    )
