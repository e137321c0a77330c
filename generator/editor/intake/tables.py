"""Read the tables of an .xlsx, .csv or .docx file into rows of text cells.

Every reader gives the same shape: a :class:`Table` per worksheet (xlsx), per Word table
(docx) or one (csv), whose cells carry their 1-based row and column and the font the text was
typed in (so legacy TCVN3/VNI fonts can be recognised). Merged cells repeat their text in every
cell they cover: a header merged over two columns, or a group row merged across the table,
reads the same as if it had been typed in each cell.

Files that cannot be read raise :class:`IntakeError` (a message code from
:mod:`generator.messages`), never a library exception.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.load.loader import display_path

MAX_SOURCE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
"""A list is read whole; a sheet whose used range is larger (formatting to row 1,048,576) is refused
rather than half-read: every cell of the range would be created in memory."""
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97–2003 files, and encrypted OOXML
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


class IntakeError(Exception):
    """The file cannot be imported; ``code`` names the message, ``row``/``column`` where (if known)."""

    def __init__(self, code: str, file: str, row: int = 0, column: int = 0, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.file = file
        self.row = row
        self.column = column
        self.params = {k: str(v) for k, v in params.items()}


@dataclass(frozen=True)
class Run:
    """A piece of a cell's text typed in one font (Word runs; a whole cell in Excel and CSV)."""

    text: str
    font: str | None = None


@dataclass
class Cell:
    row: int
    column: int
    runs: tuple[Run, ...] = ()
    text: str = ""
    original: str = ""
    """The text as read, before any legacy-encoding conversion."""
    converted_from: str | None = None

    @classmethod
    def of(cls, row: int, column: int, runs: tuple[Run, ...]) -> Cell:
        text = clean("".join(r.text for r in runs))
        return cls(row, column, runs, text, text)


@dataclass
class Table:
    file: str
    """The source file as shown in messages (relative to the working directory)."""
    label: str
    """Sheet name, or "bảng 2" for the second Word table."""
    rows: list[list[Cell]] = field(default_factory=list)
    spreadsheet: bool = False

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def clean(text: str) -> str:
    """NFC, one space between words (line breaks inside a cell included), no outer spaces, no zero-width
    characters (pasted from the web, they would make "Nguyễn\u200bVăn" match nobody). The soft hyphen stays: it
    is TCVN3's "ư"."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH).split())


def read_tables(path: Path) -> list[Table]:
    shown = display_path(path)
    if not path.is_file():
        raise IntakeError("import_file_missing", shown)
    size = path.stat().st_size
    if size == 0:
        raise IntakeError("import_file_empty", shown)
    if size > MAX_SOURCE_BYTES:
        raise IntakeError("import_file_too_large", shown, size=size, limit=MAX_SOURCE_BYTES)
    suffix = path.suffix.lower()
    raw = path.read_bytes()
    if suffix in (".xlsx", ".xlsm", ".docx"):
        _check_container(raw, shown, suffix)
    try:
        if suffix in (".xlsx", ".xlsm"):
            tables = _read_xlsx(raw, shown)
        elif suffix == ".docx":
            tables = _read_docx(raw, shown)
        elif suffix in (".csv", ".txt"):
            tables = [_read_csv(raw, shown)]
        else:
            raise IntakeError("import_unknown_format", shown, suffix=suffix or "?")
    except IntakeError:
        raise
    except Exception as exc:  # noqa: BLE001  a damaged file makes openpyxl/python-docx fail in many ways
        raise IntakeError("import_file_corrupt", shown, detail=f"{type(exc).__name__}: {exc}"[:200]) from None
    if not any(cell.text for table in tables for row in table.rows for cell in row):
        raise IntakeError("import_file_empty", shown)
    return tables


def _check_container(raw: bytes, shown: str, suffix: str) -> None:
    if raw.startswith(_OLE_MAGIC):
        if _ENCRYPTED in raw:
            raise IntakeError("import_file_encrypted", shown)
        raise IntakeError("import_file_legacy_office", shown, suffix=suffix)
    if not raw.startswith(b"PK"):
        raise IntakeError("import_file_corrupt", shown, detail="not a zip (Office Open XML) file")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise IntakeError("import_file_corrupt", shown, detail=str(exc)[:200]) from None
    if bad is not None:
        raise IntakeError("import_file_corrupt", shown, detail=f"damaged member {bad}")


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _read_xlsx(raw: bytes, shown: str) -> list[Table]:
    import openpyxl

    # not read-only: merged ranges are only known to a fully loaded sheet; cached formula
    # results (data_only) are what the office saw on screen
    book = openpyxl.load_workbook(io.BytesIO(raw), data_only=True)
    tables = []
    for sheet in book.worksheets:
        merged: dict[tuple[int, int], tuple[int, int]] = {}
        for area in sheet.merged_cells.ranges:
            for r in range(area.min_row, area.max_row + 1):
                for c in range(area.min_col, area.max_col + 1):
                    merged[(r, c)] = (area.min_row, area.min_col)
        if sheet.max_row > MAX_ROWS or sheet.max_column > MAX_COLUMNS:
            raise IntakeError("import_sheet_too_large", shown, sheet=sheet.title, rows=sheet.max_row, columns=sheet.max_column, limit=MAX_ROWS)
        rows: list[list[Cell]] = []
        for r, row in enumerate(sheet.iter_rows(), start=1):
            cells = []
            for c, xl_cell in enumerate(row, start=1):
                origin = merged.get((r, c))
                source = sheet.cell(*origin) if origin else xl_cell
                font = source.font.name if source.font is not None else None
                cells.append(Cell.of(r, c, (Run(_value_text(source.value), font),)))
            rows.append(cells)
        tables.append(Table(shown, sheet.title, rows, spreadsheet=True))
    return tables


def _read_docx(raw: bytes, shown: str) -> list[Table]:
    import docx

    document = docx.Document(io.BytesIO(raw))
    tables = []
    for number, word_table in enumerate(document.tables, start=1):
        rows = []
        for r, row in enumerate(word_table.rows, start=1):
            cells = []
            for c, word_cell in enumerate(row.cells, start=1):
                # paragraphs become spaces: a name and its unit on two lines of one cell
                runs = tuple(_join_paragraphs(word_cell))
                cells.append(Cell.of(r, c, runs or (Run(word_cell.text),)))
            rows.append(cells)
        tables.append(Table(shown, f"bảng {number}", rows))
    if not tables:
        raise IntakeError("import_docx_no_table", shown)
    return tables


def _join_paragraphs(word_cell: Any) -> list[Run]:
    runs: list[Run] = []
    for i, paragraph in enumerate(word_cell.paragraphs):
        if i:
            runs.append(Run(" "))
        style_font = paragraph.style.font.name if paragraph.style is not None else None
        runs.extend(Run(run.text, run.font.name or style_font) for run in paragraph.runs)
    return runs


def _read_csv(raw: bytes, shown: str) -> Table:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV" on a Vietnamese Windows is saved in code page 1258 (tone marks combining)
        text = unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for r, values in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        rows.append([Cell.of(r, c, (Run(value),)) for c, value in enumerate(values, start=1)])
    return Table(shown, "", rows, spreadsheet=True)
