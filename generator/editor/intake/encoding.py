"""Convert cells typed in legacy TCVN3/VNI fonts to Unicode, remembering which ones were."""

from __future__ import annotations

from generator.editor.intake.tables import Cell, Table, clean
from generator.legacy_fonts import convert, font_encoding


def convert_cell(cell: Cell) -> None:
    """Replace the cell's text by its Unicode form when it was typed in a legacy font.

    Word keeps a font per run: runs in a legacy font are converted by that font (so a capital
    typed in ``.VnTimeH`` comes out a capital); a cell whose fonts say nothing is judged on
    its whole text.
    """
    if cell.text.isascii():
        return
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
        result = convert(cell.text)
        text = result.text if result else cell.text
        if result:
            encodings.add(result.encoding)
    if encodings and text != cell.text:
        cell.text = text
        cell.converted_from = "/".join(sorted(encodings))


def convert_table(table: Table) -> list[Cell]:
    """Convert every cell of ``table``; return the cells that changed."""
    changed = []
    for row in table.rows:
        for cell in row:
            convert_cell(cell)
            if cell.converted_from:
                changed.append(cell)
    return changed
