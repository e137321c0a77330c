"""Checks that span records: references, dates against each other, referenced files."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TypedDict

from generator.dates import PartialDate, short_date
from generator.derive.award_caps import cap_usage
from generator.diagnostics import Diagnostic, make
from generator.load.loader import display_path, is_inside
from generator.load.yaml_source import Path_
from generator.models import Unit
from generator.models.award import in_force
from generator.models.common import DocumentRef
from generator.validate.dataset import Dataset, Origin
from generator.validate.media import (
    MediaProblem,
    case_collisions,
    verify_image,
    verify_pdf,
)


def cross_check(ds: Dataset) -> list[Diagnostic]:
    checks = (_plans, _units, _people, _decisions, _evaluations, _announcements, _award_caps, _verbatim, _media_case)
    found: list[Diagnostic] = []
    for check in checks:
        try:
            found.extend(check(ds))
        except Exception as exc:  # noqa: BLE001 - a bug of ours must not end in a traceback
            found.append(make(display_path(ds.data_dir), None, "", "internal_error", detail=f"{check.__name__}: {type(exc).__name__}"))
    return found


# How close an id must be to a missing one to be proposed. A person proposed by mistake is an honour
# credited to someone else, so people need the closest match ('pham-minh-tam' -> 'pham-minh-tan',
# not 'le-van-tam' -> 'nguyen-van-an').
_CUTOFF = {"people": 0.8}
_DEFAULT_CUTOFF = 0.6


def _ref(
    ds: Dataset, origin: Origin, path: Path_, kind: str, record_id: str | None, *, recipient: bool = False
) -> Iterator[Diagnostic]:
    """Report ``record_id`` if no record of ``kind`` has it.

    A nearby id is proposed only with what tells it apart (a person's full name and unit, a unit's
    name, a decision's number and date), and the message always says how to add a record that is
    not in data yet. ``recipient``: the reference is a decision's recipient, which may also be
    written as ``name:`` + ``kind:`` without a record.
    """
    known = ds.known_ids(kind)
    if record_id is None or record_id in known:
        return
    described = {other: text for other in sorted(known) if (text := _describe(ds, kind, other))}
    match = difflib.get_close_matches(record_id, list(described), n=1, cutoff=_CUTOFF.get(kind, _DEFAULT_CUTOFF))
    suggestion = match[0] if match else ""
    yield origin.problem(
        path,
        "unknown_ref",
        kind=kind,
        id=record_id,
        suggestion=suggestion,
        candidate=described.get(suggestion, ""),
        fix=_fix(kind, recipient),
        new_kind=_command_kind(kind),
    )


def _describe(ds: Dataset, kind: str, record_id: str) -> str:
    """What tells a record apart from its namesakes, in the data's own words ('' if not valid)."""
    if kind == "people" and (person := ds.people.get(record_id)):
        unit = ds.units.get(person.unit) if person.unit else None
        return ", ".join(part for part in (person.name, unit.name if unit else person.position) if part)
    if kind == "units" and (unit := ds.units.get(record_id)):
        parent = ds.units.get(unit.parent) if unit.parent else None
        return ", ".join(part for part in (unit.name, parent.name if parent else None) if part)
    if kind == "decisions" and (decision := ds.decisions.get(record_id)):
        return f"{decision.code}, {short_date(decision.date)}"
    if kind == "awards" and (award := ds.awards.get(record_id)):
        return award.name
    if kind == "plans" and (plan := ds.plans.get(record_id)):
        return plan.short_title
    return ""


def _fix(kind: str, recipient: bool) -> str:
    """Message code of the way to add a ``kind`` record that is not in data yet."""
    if recipient and kind == "people":
        return "ref_fix_person"
    if recipient and kind == "units":
        return "ref_fix_collective"
    return "ref_fix_new" if _command_kind(kind) else ""


def _command_kind(kind: str) -> str:
    """The ``thiduua new`` kind that creates a record of data folder ``kind``."""
    from generator.editor.scaffold import KIND_FOLDERS  # not at the top: the scaffold imports the validator

    return next((command for command, folder in KIND_FOLDERS.items() if folder == kind), "")


def _local_ref(origin: Origin, path: Path_, kind: str, value: str, known: list[str]) -> Iterator[Diagnostic]:
    """Like :func:`_ref`, for ids defined inside the same record (``kind`` is a messages.TERMS key)."""
    if value not in known:
        match = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
        yield origin.problem(path, "unknown_ref", kind=kind, id=value, suggestion=match[0] if match else "")


def _order(origin: Origin, path: Path_, earlier: tuple[str, PartialDate | None], later: tuple[str, PartialDate | None]) -> Iterator[Diagnostic]:
    """A later date must not be certainly before an earlier one (partial dates compare by range)."""
    (e_name, e_value), (l_name, l_value) = earlier, later
    if e_value and l_value and l_value.latest < e_value.earliest:
        yield origin.problem(path, "date_order", earlier=e_name, earlier_value=short_date(e_value), later=l_name, later_value=short_date(l_value))


def _duplicates(origin: Origin, path: Path_, values: list[str]) -> Iterator[Diagnostic]:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value in seen:
            yield origin.problem((*path, i), "duplicate_entry", value=value)
        seen.add(value)


def _file(ds: Dataset, origin: Origin, path: Path_, value: str, kind: str) -> Iterator[Diagnostic]:
    """Files named in records must stay inside data/ and be what they claim to be."""
    target = ds.data_dir / value
    if Path(value).is_absolute() or not is_inside(target, ds.data_dir):
        yield origin.problem(path, "path_outside_data", value=value)
        return
    if not target.is_file():
        yield origin.problem(path, "file_missing", value=value)
        return
    try:
        if kind == "image":
            verify_image(target)  # decodes it fully; the render stage publishes the re-encoded copy
        else:
            verify_pdf(target)
    except MediaProblem as problem:
        yield origin.problem(path, problem.code, "error", False, value=value, **problem.params)  # positional: params never shadow the options
    except OSError as exc:
        yield origin.problem(path, "other", detail=f"{value}: {exc.strerror or exc}")


def _media_case(ds: Dataset) -> Iterator[Diagnostic]:
    """Two files under data/ whose paths differ only by case are one file on Windows and macOS."""
    on_disk = list(_files_under(ds.data_dir))
    named = [(person.photo.file, person_id) for person_id, person in ds.people.items() if person.photo]
    for first, second in case_collisions(on_disk + [file for file, _ in named]):
        users = [pid for file, pid in named if file in (first, second)]
        if users:
            for person_id in users:
                yield ds.origin("people", person_id).problem(("photo", "file"), "file_case_collision", first=first, second=second)
        else:
            yield make(display_path(ds.data_dir / second), None, "", "file_case_collision", first=first, second=second)


def _files_under(root: Path) -> Iterator[str]:
    """What ``[p for p in root.rglob("*") if p.is_file()]`` finds, as POSIX paths relative to ``root``,
    without a ``Path`` and a ``stat()`` per file (11,550 of them at 10,000 people, on every serve rebuild)."""
    pending = [("", str(root))]
    while pending:
        prefix, folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            name = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                pending.append((name + "/", entry.path))
            elif entry.is_file():  # follows a link to a file, as Path.is_file; not sockets or pipes
                yield name


def _plans(ds: Dataset) -> Iterator[Diagnostic]:
    for plan_id, plan in ds.plans.items():
        o = ds.origin("plans", plan_id)
        yield from _ref(ds, o, ("issuer", "unit"), "units", plan.issuer.unit)
        yield from _order(o, ("period", "end"), ("period.start", plan.start), ("period.end", plan.period.end))
        milestone_ids = [m.id for m in plan.milestones]
        yield from _duplicates(o, ("milestones",), milestone_ids)
        yield from _duplicates(o, ("rounds",), [r.id for r in plan.rounds])
        for i, m in enumerate(plan.milestones):
            yield from _order(o, ("milestones", i, "end"), (f"milestones[{i}].date", m.date), (f"milestones[{i}].end", m.end))
        for i, r in enumerate(plan.rounds):
            yield from _order(o, ("rounds", i, "end"), (f"rounds[{i}].start", r.start), (f"rounds[{i}].end", r.end))
        milestone_ids = milestone_ids + [r.id for r in plan.rounds]  # a clause may name a round as its date
        yield from _duplicates(o, ("targets",), [t.id for t in plan.targets])
        letters = [c.letter for c in plan.target_clauses]
        for i, target in enumerate(plan.targets):
            if target.clause not in letters:
                yield o.problem(("targets", i, "clause"), "clause_unknown", clause=target.clause, choices=", ".join(letters))
        for group in ("target_clauses", "tasks", "review"):
            for i, clause in enumerate(getattr(plan, group)):
                for j, milestone in enumerate(clause.milestones):
                    yield from _local_ref(o, (group, i, "milestones", j), "milestones", milestone, milestone_ids)
        for i, offer in enumerate(plan.award_forms):
            yield from _ref(ds, o, ("award_forms", i, "award"), "awards", offer.award)
            award = ds.awards.get(offer.award)
            if award and not award.in_force(plan.date):
                yield o.problem(("award_forms", i, "award"), "award_not_in_force", severity="warning", award=award.name, date=short_date(plan.date))
            for j, cap in enumerate(offer.caps):
                yield from _ref(ds, o, ("award_forms", i, "caps", j, "unit"), "units", cap.unit)
        template = plan.dossier.report_template if plan.dossier else None
        if template and not in_force(template.valid_from, template.valid_to, plan.date):
            yield o.problem(("dossier", "report_template"), "template_not_in_force", severity="warning", form=template.form, document=template.document.code, date=short_date(plan.date))
        for i, basis in enumerate(plan.legal_basis):
            yield from _basis_cites(o, ("legal_basis", i, "text"), basis.text, basis.document)


def _basis_cites(origin: Origin, path: Path_, text: str, document: DocumentRef | None) -> Iterator[Diagnostic]:
    """A "Căn cứ …" line should cite its document's number as printed (``46-CT/TW``, ``30/2020/NĐ-CP``).

    Spaces (also non-breaking ones) and letter case do not count: "Số 46 - CT/TW" is no mistake to warn about.
    """
    if document is None or not document.number:
        return
    if _squeeze(document.code) not in _squeeze(text):
        yield origin.problem(path, "legal_basis_text", severity="warning", number=document.code)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _units(ds: Dataset) -> Iterator[Diagnostic]:
    for unit_id, unit in ds.units.items():
        o = ds.origin("units", unit_id)
        for field in ("parent", "successor"):
            if getattr(unit, field) == unit_id:
                yield o.problem((field,), "self_reference")
            else:
                yield from _ref(ds, o, (field,), "units", getattr(unit, field))
        yield from _order(o, ("valid_to",), ("valid_from", unit.valid_from), ("valid_to", unit.valid_to))
        chain, current = [unit_id], unit.parent
        while current and current in ds.units:
            if current in chain:
                if current == unit_id:
                    yield o.problem(("parent",), "reference_cycle", chain=" → ".join([*chain, current]))
                break
            chain.append(current)
            current = ds.units[current].parent


def _people(ds: Dataset) -> Iterator[Diagnostic]:
    for person_id, person in ds.people.items():
        o = ds.origin("people", person_id)
        yield from _ref(ds, o, ("unit",), "units", person.unit)
        if person.photo:
            yield from _file(ds, o, ("photo", "file"), person.photo.file, "image")


class _Validity(TypedDict):
    valid_from: str
    valid_to: str


def _validity(unit: Unit) -> _Validity:
    """Message parameters for a unit's validity; open ends are messages.TERMS codes."""
    return {
        "valid_from": short_date(unit.valid_from) if unit.valid_from else "open",
        "valid_to": short_date(unit.valid_to) if unit.valid_to else "present",
    }


def _decisions(ds: Dataset) -> Iterator[Diagnostic]:
    for decision_id, decision in ds.decisions.items():
        o = ds.origin("decisions", decision_id)
        yield from _ref(ds, o, ("plan",), "plans", decision.plan)
        yield from _ref(ds, o, ("issuer", "unit"), "units", decision.issuer.unit)
        if decision.attachment:
            yield from _file(ds, o, ("attachment",), decision.attachment, "pdf")
        if decision.status == "revoked" and not decision.revoked_by:
            yield o.problem(("status",), "revoked_needs_ref")
        if decision.revoked_by and decision.status != "revoked":
            yield o.problem(("revoked_by",), "revoked_by_not_revoked")
        if decision.revoked_by == decision_id:
            yield o.problem(("revoked_by",), "self_reference")
        elif decision.revoked_by:
            yield from _ref(ds, o, ("revoked_by",), "decisions", decision.revoked_by)
            revoking = ds.decisions.get(decision.revoked_by)
            if revoking and revoking.date.latest < decision.date.earliest:
                yield o.problem(
                    ("revoked_by",), "revoked_before_issued", code=revoking.code, revoked=short_date(revoking.date), date=short_date(decision.date)
                )
        for i, basis in enumerate(decision.legal_basis):
            yield from _basis_cites(o, ("legal_basis", i, "text"), basis.text, basis.document)
            yield from _ref(ds, o, ("legal_basis", i, "plan"), "plans", basis.plan)
            yield from _ref(ds, o, ("legal_basis", i, "decision"), "decisions", basis.decision)
        for i, grant in enumerate(decision.awards):
            yield from _ref(ds, o, ("awards", i, "award"), "awards", grant.award)
            award = ds.awards.get(grant.award)
            seen: set[str] = set()
            for inner, recipient in grant.entries():
                path = ("awards", i, *inner)
                if recipient.key in seen:
                    yield o.problem(path, "duplicate_entry", value=recipient.key)
                seen.add(recipient.key)
                yield from _ref(ds, o, (*path, "person"), "people", recipient.person, recipient=True)
                yield from _ref(ds, o, (*path, "unit"), "units", recipient.unit, recipient=True)
                if award and recipient.recipient_kind not in award.recipients:
                    yield o.problem(path, "award_recipient_kind", award=award.name, kind=recipient.recipient_kind)
                unit = ds.units.get(recipient.unit or "")
                if unit and not unit.active_during(decision.date):
                    yield o.problem(
                        (*path, "unit"),
                        "decision_outside_unit",
                        date=short_date(decision.date),
                        unit=unit.name,
                        **_validity(unit),
                    )


def _evaluations(ds: Dataset) -> Iterator[Diagnostic]:
    for evaluation_id, evaluation in ds.evaluations.items():
        o = ds.origin("evaluations", evaluation_id)
        expected = f"{evaluation.unit}-{evaluation.year}"
        if evaluation_id != expected:
            yield o.problem((), "evaluation_mismatch", id=evaluation_id, expected=expected)
        yield from _ref(ds, o, ("unit",), "units", evaluation.unit)
        unit = ds.units.get(evaluation.unit)
        if unit and not unit.active_during(PartialDate(evaluation.year)):
            yield o.problem(("year",), "evaluation_outside_unit", year=evaluation.year, unit=unit.name, **_validity(unit))


def _announcements(ds: Dataset) -> Iterator[Diagnostic]:
    for announcement_id, announcement in ds.announcements.items():
        yield from _ref(ds, ds.origin("announcements", announcement_id), ("plan",), "plans", announcement.plan)
        yield from _reported_milestones(ds, announcement_id)
        if re.fullmatch(r"\d{4}", announcement_id):  # /thong-bao/2025/ is the archive of that year
            yield ds.origin("announcements", announcement_id).problem((), "announcement_year_id", id=announcement_id)


def _award_caps(ds: Dataset) -> Iterator[Diagnostic]:
    """Warn on the decision that takes a plan's award form past its cap or a body's quota."""
    kinds = {"tap-the": "tập thể", "ca-nhan": "cá nhân", None: "tập thể, cá nhân"}
    for usage in cap_usage(ds):
        if usage.first_over is None:
            continue
        decision_id, grant, used = usage.first_over
        award = ds.awards.get(usage.award_id)
        yield ds.origin("decisions", decision_id).problem(
            ("awards", grant, "award"), "award_cap_exceeded", severity="warning",
            kind=kinds[usage.cap.recipients], award=award.name if award else usage.award_id, plan=usage.plan_id,
            used=str(used), limit=str(usage.limit), text=usage.cap.text,
        )


def _reported_milestones(ds: Dataset, announcement_id: str) -> Iterator[Diagnostic]:
    """``milestones`` of an announcement name milestones of its ``plan`` (which it must give)."""
    announcement = ds.announcements[announcement_id]
    if not announcement.milestones:
        return
    origin = ds.origin("announcements", announcement_id)
    plan = ds.plans.get(announcement.plan) if announcement.plan else None
    if announcement.plan is None:
        yield origin.problem(("milestones",), "milestones_without_plan")
        return
    if plan is None:  # the unknown plan is reported by the plan check
        return
    known = [m.id for m in plan.milestones]
    for i, milestone in enumerate(announcement.milestones):
        yield from _local_ref(origin, ("milestones", i), "milestones", milestone, known)


def _texts(value: object) -> Iterator[str]:
    """Every string inside a dumped record."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _verbatim(ds: Dataset) -> Iterator[Diagnostic]:
    """Each ``verbatim`` phrase of a plan must occur in its text (else no note can be shown)."""
    for plan_id, plan in ds.plans.items():
        if not plan.verbatim:
            continue
        texts = [t for t in _texts(plan.model_dump(exclude={"verbatim", "note"})) if t]
        for i, phrase in enumerate(plan.verbatim):
            if not any(phrase in text for text in texts):
                yield ds.origin("plans", plan_id).problem(("verbatim", i), "verbatim_not_found", severity="warning", value=phrase)
