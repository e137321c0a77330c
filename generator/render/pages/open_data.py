"""``/du-lieu/``: every record kind as JSON and CSV, and a page documenting the columns.

CSV is UTF-8 with a byte-order mark so that Excel opens Vietnamese text correctly, with CRLF
row ends (RFC 4180). JSON is a list of records sorted by id, keys sorted, UTF-8 unescaped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from generator import urls
from generator.derive import SiteData
from generator.derive.open_data import LIST_SEPARATOR, Column, Table, cell
from generator.derive.same_inputs import SameInputs
from generator.models import vocab
from generator.render.page import Deferred, Page

BOM = "\ufeff"
CHOICE_LABELS: dict[str, str] = {code: label for table in vocab.LABEL_TABLES.values() for code, label in table.items()}
"""Vietnamese meaning of each code, shown next to the allowed values of a column."""


def to_json(table: Table) -> bytes:
    """``json.dumps(records, indent=2, sort_keys=True)``, put together from each record's text.

    A record's text inside the list is its own indented dump shifted by one level (JSON strings
    hold no raw line breaks), so it is kept with the record: in ``serve`` an edit to one person
    encodes that person again, not the other 9,999 (the result is the same bytes).
    """
    if not table.records:
        return b"[]\n"
    items = [_JSON_ITEMS.get((table.kind, record["id"]), (record,), partial(_json_item, record)) for record in table.records]
    return ("[\n" + ",\n".join(items) + "\n]\n").encode("utf-8")


def _json_item(record: dict[str, object]) -> str:
    return "  " + json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n  ")


def to_csv(table: Table) -> bytes:
    """RFC 4180 rows, each kept with its record like :func:`to_json`'s."""
    header = _csv_lines([[c.name for c in table.columns]])
    rows = [_CSV_ROWS.get((table.kind, record["id"]), (record, table.columns), partial(_csv_row, record, table.columns)) for record in table.records]
    return (BOM + header + "".join(rows)).encode("utf-8")


def _csv_row(record: dict[str, object], columns: tuple[Column, ...]) -> str:
    return _csv_lines([[cell(record, column) for column in columns]])


def _csv_lines(rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


_JSON_ITEMS: SameInputs[str] = SameInputs()
"""A published record's JSON text in its kind's file, kept while the record is the same object."""
_CSV_ROWS: SameInputs[str] = SameInputs()
"""A published record's CSV row, kept while the record and its kind's columns are the same objects."""


@dataclass(frozen=True)
class TableSummary:
    """What the documentation page shows of a table: not its records, only how many."""

    kind: str
    label_vi: str
    columns: tuple[Column, ...]
    count: int


def pages(site: SiteData) -> Iterator[Page]:
    for table in site.open_data:
        # A table is made of its kind's records alone (columns come from the model): in `serve`
        # its files are encoded again only when one of those records changed.
        inputs = (table.kind, tuple(site.dataset.records.get(table.kind, {}).items()))
        yield Page(urls.open_data_file(table.kind, "json"), deferred=Deferred(partial(to_json, table), inputs))
        yield Page(urls.open_data_file(table.kind, "csv"), deferred=Deferred(partial(to_csv, table), inputs))
    summaries = [TableSummary(t.kind, t.label_vi, t.columns, len(t.records)) for t in site.open_data]
    yield Page(urls.OPEN_DATA, "open_data.md.j2", {"tables": summaries, "separator": LIST_SEPARATOR.strip(), "as_of": site.last_updated, "choice_labels": CHOICE_LABELS})
