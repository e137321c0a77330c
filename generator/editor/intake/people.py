"""New person records for names that match nobody, and the ``thiduua import people`` list."""

from __future__ import annotations

from pathlib import Path

from generator.editor.intake.matching import (
    Directory,
    key,
    looks_collective,
    normalise_name,
    personal_name,
    proper_case,
)
from generator.editor.intake.report import ImportResult, Planned
from generator.editor.intake.rows import DataRow, GroupClassifier
from generator.editor.intake.source import SourceList, load_list
from generator.editor.intake.yaml_text import scalar
from generator.load.loader import UNFINISHED_MARKER
from generator.messages import format_message
from generator.vietnamese import slugify


class NewPeople:
    """Ids and files for people the import creates; an id is never one that exists or was just given."""

    def __init__(self, data_dir: Path, directory: Directory) -> None:
        self.folder = data_dir / "people"
        self.taken = set(directory.ds.known_ids("people"))
        if self.folder.is_dir():
            self.taken.update(p.stem for p in self.folder.rglob("*.yaml"))
        self.planned: list[Planned] = []
        self.by_key: dict[tuple[str, str | None], str] = {}

    def add(self, name: str, position: str, unit: str | None, unit_text: str, source: SourceList, row: int) -> str:
        """The id of the new record for this name and unit (one record for repeated rows)."""
        existing = self.by_key.get((key(name), unit))
        if existing:
            return existing
        base = slugify(name) or "ca-nhan"
        person_id, n = base, 1
        while person_id in self.taken:
            n += 1
            person_id = f"{base}-{n}"
        self.taken.add(person_id)
        self.by_key[(key(name), unit)] = person_id
        self.planned.append(Planned(self.folder / f"{person_id}.yaml", person_text(person_id, name, position, unit, unit_text, source, row)))
        return person_id


def person_text(person_id: str, name: str, position: str, unit: str | None, unit_text: str, source: SourceList, row: int) -> str:
    lines = [
        f"# Cá nhân: {person_id}",
        "# " + format_message("import_person_origin", {"file": source.where(), "row": str(row)}, "vi"),
        f"# {UNFINISHED_MARKER}: " + format_message("import_person_unfinished", {}, "vi"),
        "",
        "sample: false",
        f"name: {scalar(name)}",
    ]
    if position:
        lines.append(f"position: {scalar(position)}")
    if unit:
        lines.append(f"unit: {unit}")
    elif unit_text:
        lines.append("# " + format_message("import_person_unit_unknown", {"unit": unit_text}, "vi"))
    return "\n".join(lines) + "\n"


def row_name(row: DataRow) -> str:
    return proper_case(personal_name(row.text("name")))


def row_unit(row: DataRow, directory: Directory, source: SourceList, result: ImportResult) -> tuple[str | None, str]:
    """The unit id of a row (its unit column, else its group row) and the unit text as written."""
    text = row.text("unit")
    if text:
        units = directory.units(text)
        if len(units) == 1:
            return units[0], text
        code = "import_unit_ambiguous" if units else "import_unit_unknown"
        result.add(source.file, row.cells.get("unit"), row.row, source.label("unit"), code, unit=text, candidates=", ".join(units))
        return None, text
    if row.group.unit_text:
        units = directory.units_ending(row.group.unit_text)
        if len(units) == 1:
            return units[0], row.group.unit_text
    position = row.text("position")
    if position:  # "Chuyên viên Văn phòng Sở": a combined position and unit column
        units = directory.unit_in_text(position)
        if len(units) == 1:
            return units[0], ""
    return None, ""


def import_people(path: Path, data_dir: Path, directory: Directory, result: ImportResult, sheet: str | None = None) -> None:
    """Every name of the list that matches nobody becomes a new (unfinished) person record."""
    classify = GroupClassifier(directory.is_award, directory.is_group_unit)
    source = load_list(path, "people", classify, result, sheet)
    if source is None:
        return
    new_people = NewPeople(data_dir, directory)
    found = ambiguous = 0
    for row in source.rows:
        name = row_name(row)
        if not name:
            continue
        if looks_collective(name) or row.group.kind == "tap-the":
            result.add(source.file, row.cells.get("name"), row.row, source.label("name"), "import_people_collective", name=normalise_name(row.text("name")))
            continue
        unit, unit_text = row_unit(row, directory, source, result)
        match = directory.person(name, unit)
        if match.status == "found":
            found += 1
        elif match.status == "ambiguous":
            ambiguous += 1
            result.add(source.file, row.cells.get("name"), row.row, source.label("name"), "import_person_ambiguous", name=name, candidates=describe(directory, match.candidates))
        else:
            person_id = new_people.add(name, row.text("position"), unit, unit_text, source, row.row)
            result.add(source.file, row.cells.get("name"), row.row, source.label("name"), "import_person_new", name=name, path=f"people/{person_id}.yaml")
    result.planned.extend(new_people.planned)
    result.counts.update(rows=len(source.rows), found=found, ambiguous=ambiguous, new=len(new_people.planned))


def describe(directory: Directory, person_ids: tuple[str, ...]) -> str:
    """``nguyen-van-an (phong-noi-vu-huyen-my-tu), nguyen-van-an-ke-sach (…)``."""
    return ", ".join(f"{pid} ({directory.ds.people[pid].unit or '—'})" for pid in person_ids)
