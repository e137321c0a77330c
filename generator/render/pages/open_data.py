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
from generator.derive.open_data import LIST_SEPARATOR, Column, Table
from generator.models import vocab
from generator.render.page import Deferred, Page

BOM = "\ufeff"
CHOICE_LABELS: dict[str, str] = {code: label for table in vocab.LABEL_TABLES.values() for code, label in table.items()}
"""Vietnamese meaning of each code, shown next to the allowed values of a column."""


def to_json(table: Table) -> bytes:
    return (json.dumps(list(table.records), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    writer.writerows(table.rows())
    return (BOM + buffer.getvalue()).encode("utf-8")


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
