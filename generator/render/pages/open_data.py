"""``/du-lieu/``: every record kind as JSON and CSV, and a page documenting the columns.

CSV is UTF-8 with a byte-order mark so that Excel opens Vietnamese text correctly, with CRLF
row ends (RFC 4180). JSON is a list of records sorted by id, keys sorted, UTF-8 unescaped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.derive.open_data import LIST_SEPARATOR, Table
from generator.models import vocab
from generator.render.page import Page

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


def pages(site: SiteData) -> Iterator[Page]:
    for table in site.open_data:
        yield Page(urls.open_data_file(table.kind, "json"), content=to_json(table))
        yield Page(urls.open_data_file(table.kind, "csv"), content=to_csv(table))
    yield Page(urls.OPEN_DATA, "open_data.md.j2", {"tables": site.open_data, "separator": LIST_SEPARATOR.strip(), "as_of": site.last_updated, "choice_labels": CHOICE_LABELS})
