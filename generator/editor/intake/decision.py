"""``thiduua import decision``: the list attached to a decision, into its ``awards[].recipients``.

Into an existing decision file, only the recipients of the awards in the list change; the rest
of the file, comments included, is kept (see :mod:`yaml_text`). Without a file, a whole
decision is written from the ``thiduua new decision`` template, with the number, symbol and
date given on the command line; its "CHƯA HOÀN THIỆN" line stays until the editor has filled
in the issuer and signer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from generator.dates import DateError, PartialDate
from generator.editor.intake.matching import (
    Directory,
    key,
    looks_collective,
    normalise_name,
    personal_name,
    proper_case,
)
from generator.editor.intake.people import NewPeople, describe, row_unit
from generator.editor.intake.report import ImportResult, Planned
from generator.editor.intake.rows import DataRow, GroupClassifier, group_kind
from generator.editor.intake.source import SourceList, load_list, row_ranges
from generator.editor.intake.tables import IntakeError
from generator.editor.intake.yaml_text import (
    AwardBlock,
    RecipientLine,
    replace_awards,
    scalar,
    set_top_level,
)
from generator.editor.scaffold import render_scaffold
from generator.load.loader import UNFINISHED_MARKER, display_path, valid_id
from generator.load.yaml_source import parse_yaml
from generator.messages import format_message
from generator.models.common import DATE_PATTERN


@dataclass(frozen=True)
class DecisionOptions:
    decision_id: str
    number: str | None = None
    symbol: str | None = None
    date: str | None = None
    title: str | None = None
    award: str | None = None
    sheet: str | None = None


def import_decision(path: Path, data_dir: Path, directory: Directory, options: DecisionOptions, result: ImportResult) -> None:
    shown = display_path(path)
    if not valid_id(options.decision_id):
        result.add_error(IntakeError("scaffold_bad_id", shown, id=options.decision_id, slug="qd-125-snv-2025"))
        return
    target = _decision_file(data_dir, options.decision_id)
    old = target.read_text(encoding="utf-8") if target.is_file() else None
    existing_awards = _award_ids(old) if old is not None else []
    if old is None and not _skeleton_options_ok(options, shown, result):
        return
    if options.award and options.award not in directory.ds.awards:
        result.add_error(IntakeError("import_unknown_award_option", shown, award=options.award, choices=", ".join(sorted(directory.ds.awards))))
        return
    classify = GroupClassifier(directory.is_award, directory.is_group_unit)
    source = load_list(path, "decision", classify, result, options.sheet)
    if source is None:
        return
    new_people = NewPeople(data_dir, directory)
    when = _decision_date(old, options)
    default_award = options.award or (existing_awards[0] if len(existing_awards) == 1 else None)
    blocks: dict[str, AwardBlock] = {}
    rows_of: dict[str, list[int]] = {}
    review: list[int] = []
    seen: dict[tuple[str, str], int] = {}
    for row in source.rows:
        name = normalise_name(row.text("name"))
        if not name:
            result.add(source.file, None, row.row, "", "import_row_no_name")
            continue
        award = _row_award(row, directory, default_award, source, result)
        if award is None:
            continue
        kind = _row_kind(row, name, directory)
        if kind == "ca-nhan":
            name = proper_case(personal_name(name))
        recipient, needs_review = _recipient(row, name, kind, when, directory, new_people, source, result)
        # the same person or unit twice is a repeat; two rows written by name are only if they say the same
        named = recipient.fields[0][0] == "name"
        target_key = (award, "|".join(f"{k}:{key(v)}" for k, v in (recipient.fields if named else recipient.fields[:1])))
        if target_key in seen:
            result.add(source.file, row.cells.get("name"), row.row, source.label("name"), "import_duplicate_row", name=name, first=seen[target_key])
            continue
        seen[target_key] = row.row
        if needs_review:
            review.append(row.row)
        blocks.setdefault(award, AwardBlock(award)).recipients.append(recipient)
        rows_of.setdefault(award, []).append(row.row)
    if result.failed:
        return
    if not blocks:
        result.add_error(IntakeError("import_no_rows", source.file))
        return
    for award, block in blocks.items():
        block.note = format_message("import_recipients_origin", {"file": source.where(), "rows": row_ranges(rows_of[award])}, "vi")
    text = _decision_text(old, directory, options, list(blocks.values()))
    if review:
        text = _mark_unfinished(text, format_message("import_decision_review", {"rows": row_ranges(review), "file": source.where()}, "vi"))
    result.planned.append(Planned(target, text, old))
    result.planned.extend(new_people.planned)
    result.counts.update(
        rows=len(source.rows),
        recipients=sum(len(b.recipients) for b in blocks.values()),
        new=len(new_people.planned),
        review=len(review),
    )


def _decision_file(data_dir: Path, decision_id: str) -> Path:
    folder = data_dir / "decisions"
    found = sorted(folder.rglob(f"{decision_id}.yaml")) if folder.is_dir() else []
    return found[0] if found else folder / f"{decision_id}.yaml"


def _award_ids(text: str) -> list[str]:
    data = parse_yaml(text, "decision").data
    awards = data.get("awards") if isinstance(data, dict) else None
    return [str(a["award"]) for a in awards if isinstance(a, dict) and "award" in a] if isinstance(awards, list) else []


def _skeleton_options_ok(options: DecisionOptions, shown: str, result: ImportResult) -> bool:
    missing = [flag for flag, value in (("--number", options.number), ("--date", options.date)) if not value]
    if missing:
        result.add_error(IntakeError("import_decision_needs", shown, decision=options.decision_id, flags=", ".join(missing)))
        return False
    try:
        PartialDate.parse(options.date)
    except DateError:
        result.add_error(IntakeError("import_bad_date", shown, value=str(options.date)))
        return False
    return True


def _row_award(row: DataRow, directory: Directory, default: str | None, source: SourceList, result: ImportResult) -> str | None:
    text = row.text("award")
    if text:
        awards = directory.awards(text)
        if len(awards) == 1:
            return awards[0]
        result.add(source.file, row.cells.get("award"), row.row, source.label("award"), "import_unknown_award", "error", award=text, choices=", ".join(sorted(directory.ds.awards)))
        return None
    if row.group.award_text:
        awards = directory.awards(row.group.award_text)
        if len(awards) == 1:
            return awards[0]
    if default:
        return default
    result.add(source.file, None, row.row, "", "import_no_award", "error")
    return None


def _row_kind(row: DataRow, name: str, directory: Directory) -> str:
    text = row.text("kind")
    if text:
        kind = group_kind(text) or ("tap-the" if key(text) in ("tap the", "tap-the") else None)
        if kind:
            return kind
    if row.group.kind:
        return row.group.kind
    if looks_collective(name) or directory.units(name):
        return "tap-the"
    return "ca-nhan"


def _decision_date(old: str | None, options: DecisionOptions) -> PartialDate | None:
    value = options.date
    if old is not None:
        data = parse_yaml(old, "decision").data
        value = str(data.get("date")) if isinstance(data, dict) and data.get("date") is not None else None
    try:
        return PartialDate.parse(value) if value else None
    except DateError:
        return None


def _recipient(
    row: DataRow, name: str, kind: str, when: PartialDate | None, directory: Directory, new_people: NewPeople, source: SourceList,
    result: ImportResult,
) -> tuple[RecipientLine, bool]:
    """The recipient line for a row, and whether the editor must decide it (never guessed)."""
    where = format_message("import_row_ref", {"row": str(row.row)}, "vi")
    position = row.text("position")
    if kind == "tap-the":
        units = directory.units(name)
        if len(units) == 1 and (when is None or directory.ds.units[units[0]].active_during(when)):
            return RecipientLine([("unit", units[0])], where), False
        if len(units) == 1:  # the unit had ended by the decision's date: the collective is named as printed
            result.add(source.file, row.cells.get("name"), row.row, source.label("name"), "import_unit_inactive", unit=units[0])
        return RecipientLine([("name", name), ("kind", "tap-the")], where), False
    unit, unit_text = row_unit(row, directory, source, result)
    match = directory.person(name, unit)
    label = source.label("name")
    if match.status == "found" and match.person:
        # The list's position goes on the decision even when the person's record says the same:
        # decision pages show what the decision writes, and the record may change later.
        fields = [("person", match.person)] + ([("position", position)] if position else [])
        return RecipientLine(fields, where), False
    if match.status == "ambiguous":
        candidates = describe(directory, match.candidates)
        result.add(source.file, row.cells.get("name"), row.row, label, "import_person_ambiguous", name=name, candidates=candidates)
        fields = [("name", name), ("kind", "ca-nhan")] + ([("position", position)] if position else [])
        comment = format_message("import_recipient_choose", {"row": str(row.row), "candidates": candidates}, "vi")
        return RecipientLine(fields, comment), True
    person_id = new_people.add(name, position, unit, unit_text, source, row.row)
    result.add(source.file, row.cells.get("name"), row.row, label, "import_person_new", name=name, path=f"people/{person_id}.yaml")
    return RecipientLine([("person", person_id)] + ([("position", position)] if position else []), where), False


def _decision_text(old: str | None, directory: Directory, options: DecisionOptions, blocks: list[AwardBlock]) -> str:
    if old is not None:
        return replace_awards(old, blocks, keep_others=True)
    _, text = render_scaffold(directory.ds, "decision", options.decision_id, dt.date.today())
    text = set_top_level(text, "number", json.dumps(str(options.number), ensure_ascii=False))  # keeps "0124"
    if options.symbol:
        text = set_top_level(text, "symbol", scalar(options.symbol))
    date = str(options.date)
    text = set_top_level(text, "date", date if re.match(DATE_PATTERN, date) else scalar(date))
    if options.title:
        text = set_top_level(text, "title", scalar(options.title))
    return replace_awards(text, blocks, keep_others=False)


def _mark_unfinished(text: str, why: str) -> str:
    """Add the "CHƯA HOÀN THIỆN" line (after the file's opening comments) so the file cannot be published yet."""
    line = f"# {UNFINISHED_MARKER}: {why}"
    if line in text:
        return text
    lines = text.split("\n")
    at = 0
    while at < len(lines) and lines[at].startswith("#"):
        at += 1
    return "\n".join([*lines[:at], line, *lines[at:]])
