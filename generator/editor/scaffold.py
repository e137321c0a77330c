"""``thiduua new KIND ID``: write a new record file from a commented template.

The templates live in ``generator/editor/scaffolds/`` (one per kind, Vietnamese comments on every
field). References are filled with ids that exist in the target data folder, so the new file
passes ``thiduua validate`` as soon as it is written; the editor then replaces the example
values. New records are ``sample: false``: they are meant to be real, and the template's comment
says how to mark a trial record instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from importlib import resources
from pathlib import Path
from string import Template

from generator.dates import PartialDate, short_date
from generator.load.loader import valid_id
from generator.messages import format_message
from generator.models import KINDS
from generator.models.vocab import ANNOUNCEMENT_CATEGORY_LABELS, UNIT_KIND_LABELS
from generator.validate.dataset import Dataset
from generator.validate.records import load_and_validate
from generator.vietnamese import slugify

# Command-line kind (English singular) -> data folder.
KIND_FOLDERS: dict[str, str] = {
    "person": "people",
    "decision": "decisions",
    "announcement": "announcements",
    "unit": "units",
    "evaluation": "evaluations",
    "award": "awards",
    "plan": "plans",
}
_EVALUATION_ID = re.compile(r"^(?P<unit>.+)-(?P<year>\d{4})$")


class ScaffoldError(Exception):
    """A record cannot be created; the message (from :mod:`messages`) says why and what to do."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "vi") -> str:
        return format_message(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.message()


def scaffold(data_dir: Path, kind: str, record_id: str, today: dt.date | None = None) -> Path:
    """Create ``data_dir/<folder>/<record_id>.<ext>`` for ``kind``; return its path."""
    folder = _folder(kind)
    if not valid_id(record_id):
        raise ScaffoldError("scaffold_bad_id", id=record_id, slug=slugify(record_id) or "ma-ban-ghi")
    if not data_dir.is_dir():
        raise ScaffoldError("scaffold_no_data_dir", path=str(data_dir))
    target_dir = data_dir / folder
    # records may sit in sub-folders and use any accepted extension: the loader reads them all
    existing = [p for ext in KINDS[folder].extensions for p in target_dir.rglob(f"{record_id}{ext}")] if target_dir.is_dir() else []
    if existing:
        raise ScaffoldError("scaffold_exists", path=str(min(existing)))
    ext = KINDS[folder].extensions[0]
    dataset, _ = load_and_validate(data_dir)
    values = _values(dataset, folder, record_id, today or dt.date.today())
    template = resources.files("generator.editor").joinpath("scaffolds", f"{_singular(folder)}{ext}").read_text(encoding="utf-8")
    text = Template(template).substitute(values)
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / f"{record_id}{ext}"
    with path.open("x", encoding="utf-8", newline="\n") as out:  # "x": never overwrite
        out.write(text)
    return path


def _folder(kind: str) -> str:
    if kind in KIND_FOLDERS:
        return KIND_FOLDERS[kind]
    if kind in KIND_FOLDERS.values():  # the folder name works too: "people"
        return kind
    match = difflib.get_close_matches(kind, list(KIND_FOLDERS) + list(KIND_FOLDERS.values()), n=1)
    raise ScaffoldError("scaffold_unknown_kind", kind_given=kind, choices=", ".join(KIND_FOLDERS), suggestion=match[0] if match else "")


def _singular(folder: str) -> str:
    return next(kind for kind, f in KIND_FOLDERS.items() if f == folder)


def _choices(labels: dict[str, str]) -> str:
    return ", ".join(f"{code} ({label})" for code, label in labels.items())


def _line(key: str, value: str | None, missing: str) -> str:
    """``key: value`` when a referenced record exists, else the line commented out."""
    return f"{key}: {value}" if value else f"# {key}: {missing}"


def _values(ds: Dataset, folder: str, record_id: str, today: dt.date) -> dict[str, str]:
    now = PartialDate(today.year, today.month, today.day)
    units = dict(sorted(ds.units.items()))
    active_units = [uid for uid, unit in units.items() if unit.active_during(now)]
    first_unit = next(iter(active_units or list(units)), None)
    so_units = [uid for uid in active_units if units[uid].kind == "so"]
    plan = next(iter(sorted(ds.plans)), None)
    person = next(iter(sorted(ds.people)), None)
    values = {
        "id": record_id,
        "today": today.isoformat(),
        "month": f"{today.year}-{today.month:02d}",
        "year": str(today.year),
        "unit_kinds": _choices(UNIT_KIND_LABELS),
        "categories": _choices(ANNOUNCEMENT_CATEGORY_LABELS),
        "unit_line": _line("unit", first_unit, "ma-don-vi"),
        "parent_line": _line("parent", so_units[0] if so_units else None, "ma-don-vi-cap-tren"),
        "issuer_unit_line": _line("unit", so_units[0] if so_units else None, "ma-don-vi"),
        "plan_line": _line("plan", plan, "ma-ke-hoach"),
        "award": next(iter(sorted(ds.awards)), "ma-hinh-thuc"),
        "unit": "",
    }
    if folder == "decisions":
        values.update(_decision_values(ds, person))
    if folder == "evaluations":
        unit_id, year = _evaluation_target(ds, record_id, today.year)
        values.update(unit=unit_id, year=str(year))
    return values


def _decision_values(ds: Dataset, person: str | None) -> dict[str, str]:
    """A recipient that validates today: a person if any exists, else a name; an award that fits it."""
    if person:
        recipient_kind, lines = "ca-nhan", f"      - person: {person}"
    else:
        recipient_kind = "tap-the"
        lines = "      - name: Tên tập thể như trên quyết định\n        kind: tap-the"
    # the most local award form (highest rank number) is the most common in new decisions
    fitting = sorted(
        (award.category != "hinh-thuc", -award.rank, aid) for aid, award in ds.awards.items() if recipient_kind in award.recipients
    )
    if not fitting:
        raise ScaffoldError("scaffold_no_award")
    return {"award": fitting[0][2], "award_choices": ", ".join(sorted(ds.awards)), "recipient_lines": lines}


def _evaluation_target(ds: Dataset, record_id: str, this_year: int) -> tuple[str, int]:
    """An evaluation's id is ``<unit>-<year>``; the unit must exist and be active that year."""
    match = _EVALUATION_ID.match(record_id)
    example = f"{next(iter(sorted(ds.units)), 'van-phong-so')}-{this_year}"
    if not match:
        raise ScaffoldError("scaffold_evaluation_id", example=example)
    unit_id, year = match["unit"], int(match["year"])
    unit = ds.units.get(unit_id)
    if unit is None:
        close = difflib.get_close_matches(unit_id, list(ds.units), n=1, cutoff=0.6)
        raise ScaffoldError("scaffold_unknown_unit", unit=unit_id, suggestion=close[0] if close else "")
    if not unit.active_during(PartialDate(year)):
        raise ScaffoldError(
            "scaffold_unit_inactive",
            unit=unit_id,
            year=str(year),
            valid_from=short_date(unit.valid_from) if unit.valid_from else "open",
            valid_to=short_date(unit.valid_to) if unit.valid_to else "present",
        )
    return unit_id, year
