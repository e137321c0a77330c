"""Convert cells typed in legacy TCVN3/VNI fonts to Unicode, remembering which ones were."""

from __future__ import annotations

from collections import Counter

from generator.editor.intake.tables import Cell, Table, clean
from generator.legacy_fonts import Encoding, convert, font_encoding


def convert_cell(cell: Cell, assume: Encoding | None = None) -> bool:
    """Replace the cell's text by its Unicode form when it was typed in a legacy font.

    Word keeps a font per run: runs in a legacy font are converted by that font (so a capital
    typed in ``.VnTimeH`` comes out a capital); a cell whose fonts say nothing is judged on
    its whole text.
    """
    if cell.text.isascii():
        return False
    hinted = [run for run in cell.runs if font_encoding(run.font)]
    encodings: set[str] = set()
    if hinted:
        parts = []
        for run in cell.runs:
            result = convert(run.text, run.font) if font_encoding(run.font) else None
            parts.append(result.text if result else run.text)
            if result:
                encodings.add(result.encoding)
        text = clean("".join(parts))
    else:
        result = convert(cell.text, assume=assume)
        text = result.text if result else cell.text
        if result:
            encodings.add(result.encoding)
    if encodings and text != cell.text:
        cell.text = text
        cell.converted_from = "/".join(sorted(encodings))
        return True
    if "\xad" in cell.text and not assume:  # not TCVN3's "ư" after all: an invisible soft hyphen
        cell.text = clean(cell.text.replace("\xad", ""))
    return False


def convert_table(table: Table) -> list[Cell]:
    """Convert every cell of ``table``; return the cells that changed.

    A column is typed in one font: once some of its cells are recognised as TCVN3 (or VNI),
    its other cells are read in that encoding too when the result is Vietnamese, which
    settles short texts that read as Vietnamese both ways ("Sè" is TCVN3 for "Số").
    """
    changed = []
    by_column: dict[int, Counter[str]] = {}
    for row in table.rows:
        for cell in row:
            if convert_cell(cell) and cell.converted_from:
                changed.append(cell)
                by_column.setdefault(cell.column, Counter())[cell.converted_from] += 1
    for row in table.rows:
        for cell in row:
            votes = by_column.get(cell.column)
            if cell.converted_from or not votes:
                continue
            encoding, _ = votes.most_common(1)[0]
            assumed: Encoding | None = "TCVN3" if encoding == "TCVN3" else "VNI" if encoding == "VNI" else None
            if assumed and convert_cell(cell, assume=assumed):
                changed.append(cell)
    return sorted(changed, key=lambda c: (c.column, c.row))
