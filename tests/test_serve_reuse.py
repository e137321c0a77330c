"""The pieces ``thiduua serve`` keeps between rebuilds, each checked against what it stands for.

- the loader's folder listing (``os.scandir``) lists what ``sorted(folder.rglob("*"))`` lists;
- the open-data files put together from per-record texts are the bytes ``json.dumps`` and
  ``csv.writer`` give for the whole table;
- with ``Reuse``, an edit to one person leaves the other rows of the decisions naming them, the
  look-up shards without them and every other record's open-data row the very objects they were,
  and the pages equal a full generation's; without ``Reuse`` nothing is kept after the generation.

The whole served site is compared with a full build in tests/test_serve_rebuilds.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from conftest import ROOT

from generator.derive import same_inputs
from generator.derive.open_data import Column, Table, cell, open_data_tables
from generator.load.loader import _entries
from generator.options import Options
from generator.pipeline import Reuse, generate
from generator.render.pages import lookup
from generator.render.pages.open_data import BOM, to_csv, to_json
from generator.validate.records import load_and_validate


def test_the_folder_listing_is_rglob_s_in_path_order(tmp_path: Path) -> None:
    folder = tmp_path / "people"
    (folder / "nhom" / "sau").mkdir(parents=True)
    (folder / ".an").mkdir()
    for name in ("b.yaml", "A.yaml", "a.yaml", "a-b.yaml", "a.b.yaml", ".an/trong.yaml", "nhom/c.yaml", "nhom/sau/d.yaml", "Đ.yaml"):
        (folder / name).write_text("name: x\n", encoding="utf-8")
    (folder / "lien-ket").symlink_to(folder / "nhom", target_is_directory=True)  # listed, not entered
    (folder / "hong").symlink_to(tmp_path / "khong-co")  # a dangling link
    os.mkfifo(folder / "ong.yaml")
    listed = [parts for parts, _ in _entries(folder)]
    assert listed == [p.relative_to(folder).parts for p in sorted(folder.rglob("*"))]
    assert ("lien-ket",) in listed and ("lien-ket", "c.yaml") not in listed


def _whole_json(table: Table) -> bytes:
    return (json.dumps(list(table.records), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _whole_csv(table: Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    writer.writerows([[cell(record, column) for column in table.columns] for record in table.records])
    return (BOM + buffer.getvalue()).encode("utf-8")


@pytest.mark.parametrize("dataset", [ROOT / "data", ROOT / "tests" / "data" / "site"])
def test_open_data_files_are_the_whole_tables_encoded_at_once(dataset: Path) -> None:
    ds, report = load_and_validate(dataset)
    assert not report.errors
    for table in open_data_tables(ds):
        assert to_json(table) == _whole_json(table), table.kind
        assert to_csv(table) == _whole_csv(table), table.kind


def test_awkward_values_encode_as_the_whole_table_does() -> None:
    columns = (Column("id", "mã", ""), Column("text", "văn bản", ""), Column("parts", "JSON", "", json_cell=True), Column("tags", "danh sách", ""))
    records = (
        {"id": "a", "text": 'dòng một\ndòng "hai",\r\nba', "parts": [{"z": 1, "a": [], "m": {}}], "tags": ["x", "y; z"]},
        {"id": "b", "text": "", "parts": [], "tags": [], "nested": {"deep": {"deeper": [1, 2.5, None, True]}}},
        {"id": "c", "text": "\u00a0Ủy ban\ttab \\ gạch", "parts": None, "tags": None},
    )
    for table in (Table("x", "X", columns, records), Table("x", "X", columns, ())):
        assert to_json(table) == _whole_json(table)
        assert to_csv(table) == _whole_csv(table)


def _edit_position(data: Path, person: str, mark: str) -> None:
    path = data / "people" / f"{person}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("position: ", f"position: {mark} – ", 1), encoding="utf-8")


def test_an_edit_keeps_everything_that_does_not_read_the_person(data_copy: Path) -> None:
    options = Options(data_dir=data_copy, site_src=ROOT / "site_src")
    reuse = Reuse()
    first = generate(options, reuse)
    assert first.site is not None
    person = "pham-quoc-tan"
    _edit_position(data_copy, person, "Sửa")
    second = generate(options, reuse)
    assert second.site is not None
    assert second.pages == generate(options).pages  # the same site as without anything kept

    rows = list(zip(first.site.honours, second.site.honours, strict=True))  # the same rows, in the same order
    theirs = [(old, new) for old, new in rows if new.person_id == person]
    decisions = {new.decision_id for _, new in theirs}
    others = [(old, new) for old, new in rows if new.person_id != person and new.decision_id in decisions]
    assert theirs and others  # the person is named in decisions that name others too
    assert all(old is new for old, new in others)
    assert all(old is not new and old.decision_id == new.decision_id for old, new in theirs)

    shards = [src for src in second.pages if src.startswith(lookup.FOLDER + "/") and src != lookup.MANIFEST]
    changed = [src for src in shards if second.pages[src] is not first.pages[src]]
    assert changed and len(changed) < len(shards)
    for src in changed:  # the shards of their name words
        content = second.pages[src]
        assert isinstance(content, bytes) and b'"ca-nhan/pham-quoc-tan/"' in content

    people_json = json.loads(second.pages["du-lieu/people.json"])  # type: ignore[arg-type]
    assert next(p for p in people_json if p["id"] == person)["position"].startswith("Sửa – ")
    kept = next(t for t in first.site.open_data if t.kind == "people").records
    now = next(t for t in second.site.open_data if t.kind == "people").records
    assert [a is b for a, b in zip(kept, now, strict=True)].count(False) == 1  # only the edited person's row is new


def test_a_generation_without_reuse_keeps_nothing(data_copy: Path) -> None:
    options = Options(data_dir=data_copy, site_src=ROOT / "site_src")
    generate(options, Reuse())
    assert any(memo._entries for memo in same_inputs._ALL)
    generate(options)
    assert not any(memo._entries for memo in same_inputs._ALL)  # nothing held while MkDocs builds
