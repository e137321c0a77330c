"""``thiduua import evaluation``: a table of units × staff counts per rating, one record per unit.

Counts are checked before anything is written: a row's "Tổng số" must equal the sum of its
counts, and a "Tổng cộng" row must equal the sum of the rows above it.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.editor.intake.headers import COUNT_FIELDS
from generator.editor.intake.matching import Directory, key, rating
from generator.editor.intake.report import ImportResult, Planned
from generator.editor.intake.rows import DataRow, Group
from generator.editor.intake.source import SourceList, load_list
from generator.editor.intake.tables import Cell, IntakeError
from generator.editor.intake.yaml_text import scalar
from generator.messages import format_message

_NUMBER = re.compile(r"^\s*([0-9]+)(?:[.,]0+)?\s*$")
_EMPTY = {"", "-", "–", "—", "x"}


def _no_groups(label: str, current: Group) -> Group:
    return Group(label)


def import_evaluations(
    path: Path, data_dir: Path, directory: Directory, year: int | None, source_note: str | None, result: ImportResult, sheet: str | None = None
) -> None:
    source = load_list(path, "evaluation", _no_groups, result, sheet)
    if source is None:
        return
    if year is None and "year" not in source.header.columns:
        result.add_error(_error(source, "import_evaluation_needs_year"))
        return
    folder = data_dir / "evaluations"
    sums = dict.fromkeys(COUNT_FIELDS, 0)
    planned: dict[str, Planned] = {}
    for row in source.rows:
        unit_text = row.text("unit")
        if key(unit_text).startswith(("tong cong", "tong so", "cong")):
            _check_grand_total(row, sums, source, result)
            continue
        units = directory.units(unit_text)
        if len(units) != 1:
            code = "import_unit_ambiguous" if units else "import_unit_unknown"
            result.add(source.file, row.cells.get("unit"), row.row, source.label("unit"), code, "error", unit=unit_text, candidates=", ".join(units))
            continue
        counts = _counts(row, source, result)
        if counts is None:
            continue
        for field_name in COUNT_FIELDS:  # a row whose own total is wrong still counts towards the totals row
            sums[field_name] += counts.get(field_name, 0)
        if not _total_ok(row, counts, source, result):
            continue
        row_year = year if year is not None else _int(row.cells.get("year"), source, result, "year")
        if row_year is None:
            continue
        unit_rating = None
        if row.text("rating"):
            unit_rating = rating(row.text("rating"))
            if unit_rating is None:
                result.add(source.file, row.cells.get("rating"), row.row, source.label("rating"), "import_bad_rating", "error", value=row.text("rating"))
                continue
        violations = _int(row.cells.get("violations"), source, result, "violations") if row.text("violations") else 0
        if violations is None:
            continue
        record_id = f"{units[0]}-{row_year}"
        if record_id in planned:
            result.add(source.file, row.cells.get("unit"), row.row, source.label("unit"), "import_duplicate_unit", "error", unit=units[0], year=row_year)
            continue
        target = folder / f"{record_id}.yaml"
        old = target.read_text(encoding="utf-8") if target.is_file() else None
        text = _evaluation_text(record_id, units[0], row_year, unit_rating, counts, violations, source_note, source, row.row)
        planned[record_id] = Planned(target, text, old)
    result.planned.extend(planned.values())
    result.counts.update(rows=len(source.rows), evaluations=len(planned))


def _error(source: SourceList, code: str) -> IntakeError:
    return IntakeError(code, source.file)


def _int(cell: Cell | None, source: SourceList, result: ImportResult, field_name: str) -> int | None:
    text = cell.text if cell else ""
    if text in _EMPTY:
        return 0
    match = _NUMBER.match(text)
    if match is None:
        result.add(source.file, cell, cell.row if cell else 0, source.label(field_name), "import_not_a_count", "error", value=text)
        return None
    return int(match.group(1))


def _counts(row: DataRow, source: SourceList, result: ImportResult) -> dict[str, int] | None:
    counts: dict[str, int] = {}
    for field_name in COUNT_FIELDS:
        if field_name in source.header.columns:
            value = _int(row.cells.get(field_name), source, result, field_name)
            if value is None:
                return None
            counts[field_name] = value
    return counts


def _total_ok(row: DataRow, counts: dict[str, int], source: SourceList, result: ImportResult) -> bool:
    """A row's "Tổng số", when given, must be the sum of its counts."""
    if not row.text("total"):
        return True
    total = _int(row.cells.get("total"), source, result, "total")
    if total is None:
        return False
    if total != sum(counts.values()):
        result.add(
            source.file, row.cells.get("total"), row.row, source.label("total"), "import_total_mismatch", "error",
            total=total, sum=sum(counts.values()), parts=" + ".join(str(counts[f]) for f in COUNT_FIELDS if f in counts),
        )
        return False
    return True


def _check_grand_total(row: DataRow, sums: dict[str, int], source: SourceList, result: ImportResult) -> None:
    for field_name in COUNT_FIELDS:
        cell = row.cells.get(field_name)
        if cell is None or not cell.text:
            continue
        value = _int(cell, source, result, field_name)
        if value is not None and value != sums[field_name]:
            result.add(source.file, cell, row.row, source.label(field_name), "import_grand_total_mismatch", "error", total=value, sum=sums[field_name])


def _evaluation_text(
    record_id: str, unit: str, year: int, unit_rating: str | None, counts: dict[str, int], violations: int,
    note: str | None, source: SourceList, row: int,
) -> str:
    lines = [
        f"# Kết quả đánh giá, xếp loại: {record_id}",
        "# " + format_message("import_evaluation_origin", {"file": source.where(), "row": str(row)}, "vi"),
        "sample: false",
        f"unit: {unit}",
        f"year: {year}",
    ]
    if unit_rating:
        lines.append(f"rating: {unit_rating}")
    if counts:
        lines.append("staff:")
        lines.extend(f"  {name}: {counts.get(name, 0)}" for name in COUNT_FIELDS)
    lines.append(f"violations: {violations}")
    if note:
        lines.append(f"source: {scalar(note)}")
    return "\n".join(lines) + "\n"
