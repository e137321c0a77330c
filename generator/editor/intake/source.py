"""Read a list: its table, legacy text converted, header found, rows split (shared by every kind)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.editor.intake.encoding import convert_table
from generator.editor.intake.headers import Header, find_header
from generator.editor.intake.report import ImportResult
from generator.editor.intake.rows import DataRow, Group, split_rows
from generator.editor.intake.tables import Cell, IntakeError, Table, read_tables
from generator.editor.intake.template import LISTS_SHEET

NEEDED_HEADERS = {
    "decision": "Họ và tên (hoặc Tên tập thể, cá nhân) và một cột khác như Chức vụ, Đơn vị, Hình thức khen thưởng",
    "people": "Họ và tên và một cột khác như Chức vụ, Đơn vị công tác",
    "evaluation": "Đơn vị và các cột số lượng HTXSNV, HTTNV, HTNV, KHTNV",
}


@dataclass
class SourceList:
    table: Table
    header: Header
    rows: list[DataRow]

    @property
    def file(self) -> str:
        return self.table.file

    def label(self, field: str) -> str:
        return self.header.labels.get(field, field)

    def where(self) -> str:
        """"danh-sach.xlsx (Sheet1)": the file's name (not the folder it was in) for comments in records."""
        name = Path(self.table.file).name
        return f"{name} ({self.table.label})" if self.table.label else name


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_ranges(rows: list[int]) -> str:
    """[5, 6, 7, 9] -> "5–7, 9"."""
    runs: list[list[int]] = []
    for value in sorted(set(rows)):
        if runs and value == runs[-1][1] + 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    return ", ".join(f"{start}–{end}" if end != start else str(start) for start, end in runs)


def load_list(path: Path, kind: str, classify: Callable[[str, Group], Group], result: ImportResult, sheet: str | None = None) -> SourceList | None:
    """The list in ``path`` ready for matching, or None with the reason added to ``result``."""
    try:
        tables = read_tables(path)
    except IntakeError as error:
        result.add_error(error)
        return None
    if sheet is not None:
        chosen = [t for t in tables if t.label == sheet]
        if not chosen:
            result.add_error(IntakeError("import_no_sheet", tables[0].file, sheet=sheet, choices=", ".join(t.label for t in tables)))
            return None
        tables = chosen
    else:  # the id lists of a `thiduua template` form are not a list to import
        tables = [t for t in tables if t.label != LISTS_SHEET] or tables
    for table in tables:
        converted = convert_table(table)
        header = find_header(table, kind)
        if header is None:
            continue
        _report_conversions(table, header, converted, result)
        rows, _groups = split_rows(table.rows, header, classify)
        return SourceList(table, header, rows)
    result.add_error(IntakeError("import_no_header", tables[0].file, needed=NEEDED_HEADERS[kind]))
    return None


def _report_conversions(table: Table, header: Header, cells: list[Cell], result: ImportResult) -> None:
    """One line per column: which cells came in a legacy encoding, with an example."""
    by_column: dict[int, list[Cell]] = {}
    for cell in cells:
        by_column.setdefault(cell.column, []).append(cell)
    names = {index + 1: header.labels[field] for field, index in header.columns.items()}
    for column, column_cells in sorted(by_column.items()):
        first = column_cells[0]
        result.add(
            table.file,
            first,
            first.row,
            names.get(column, column_letter(column - 1)),
            "import_converted",
            encoding="/".join(sorted({c.converted_from or "" for c in column_cells})),
            count=len(column_cells),
            column=column_letter(column - 1) if table.spreadsheet else str(column),
            rows=row_ranges([c.row for c in column_cells]),
            before=first.original[:40],
            after=first.text[:40],
        )
