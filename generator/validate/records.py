"""Stage 2, validate: turn parsed files into typed records and collect every problem.

Schema problems come from pydantic; each is mapped back to the YAML position of the field
and rewritten from the message table. Checks that span records live in :mod:`crossref`.
"""

from __future__ import annotations

import difflib
import hashlib
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.diagnostics import Diagnostic, Report
from generator.load.loader import SourceRecord, load_site_source, load_sources, parse_record, read_bytes
from generator.load.yaml_source import Path_, SourceDoc
from generator.models import KINDS, Record
from generator.models.site import SiteIdentity
from generator.validate.crossref import cross_check
from generator.validate.dataset import Dataset, Origin
from generator.validate.free_text import is_markdown, problem_at_line, strings
from generator.validate.markdown_limits import markdown_problems
from generator.validate.personal_data import (
    PATTERN_CODES,
    AllowedContacts,
    free_text,
    personal_data_in_text,
    refused_fields,
)
from generator.validate.public_contacts import allowed_contacts
from generator.validate.textchecks import WARNING_CODES, normalise_tree
from generator.vietnamese import slugify

_TYPE_CODES = {
    "string_type": "type_string",
    "int_type": "type_int",
    "int_parsing": "type_int",
    "int_parsing_size": "type_int",
    "int_from_float": "type_int",
    "float_type": "type_number",
    "float_parsing": "type_number",
    "bool_type": "type_bool",
    "bool_parsing": "type_bool",
    "list_type": "type_list",
    "model_type": "type_mapping",
    "dict_type": "type_mapping",
    "model_attributes_type": "type_mapping",
    "string_too_short": "empty_text",
    "too_short": "too_short",
    "too_long": "too_long",
    "greater_than_equal": "number_too_small",
    "less_than_equal": "number_too_large",
    "missing": "missing",
    "date_format": "date_format",
    "date_impossible": "date_impossible",
    "date_type": "type_date",
    "empty_value": "empty_value",
    "recipient_target": "recipient_target",
    "recipient_kind": "recipient_kind",
    "grant_recipients": "grant_recipients",
    "group_empty": "group_empty",
    # plan (issue 11 part A)
    "period_start": "period_start",
    "date_range": "date_range",
    "target_reported_threshold": "target_reported_threshold",
    "target_reported_only": "target_reported_only",
    "target_applies_to": "target_applies_to",
    "award_cap_limit": "award_cap_limit",
    "award_cap_base": "award_cap_base",
    "section_empty": "section_empty",
}


# Field names an editor may write in Vietnamese, for the did-you-mean of an unknown field.
FIELD_ALIASES = {
    "ten": "name", "ho_ten": "name", "ho_va_ten": "name", "ten_don_vi": "name", "chuc_vu": "position",
    "don_vi": "unit", "don_vi_cong_tac": "unit", "ngay": "date", "ngay_ky": "date", "so": "number",
    "so_hieu": "number", "ky_hieu": "symbol", "trich_yeu": "title", "tieu_de": "title", "nguoi_ky": "signer",
    "co_quan_ban_hanh": "issuer", "loai": "kind", "cap_tren": "parent", "don_vi_cap_tren": "parent",
    "ke_thua": "successor", "don_vi_ke_thua": "successor", "tu_ngay": "valid_from", "den_ngay": "valid_to",
    "ke_hoach": "plan", "danh_hieu": "award", "hinh_thuc": "award", "xep_loai": "rating", "nam": "year",
    "thanh_tich": "citation", "anh": "photo", "tom_tat": "summary", "noi_dung": "body", "ghi_chu": "note",
    "du_lieu_mau": "sample", "mau": "sample", "chuyen_muc": "category", "ghim": "pinned", "dot": "batch",
    "trang_thai": "status", "nguoi_nhan": "recipients", "noi_nhan": "recipients", "tep": "file", "dong_y": "consent",
}


def load_and_validate(data_dir: Path, cache: FileCache | None = None) -> tuple[Dataset, Report]:
    """Run load and validate over ``data_dir``; the report holds every finding, sorted.

    With a ``cache`` (``thiduua serve``), files whose bytes did not change since the last call
    are neither parsed nor validated again; the checks across records always run on everything.
    """
    report = Report()
    sources, folder_problems = load_sources(data_dir, cache.read if cache is not None else None)
    report.extend(folder_problems)
    site_source = load_site_source(data_dir, cache.read if cache is not None else None)
    if cache is not None:
        cache.retain([*(source.path for source in sources), *([site_source.path] if site_source else [])])
    dataset = Dataset(data_dir=data_dir)
    partials: dict[tuple[str, str], tuple[Record, Origin]] = {}
    for source in sources:
        dataset.file_ids.setdefault(source.kind, set()).add(source.id)
        report.extend(source.doc.problems)
        report.extend(source.doc.findings)
        if source.doc.problems:
            continue
        checked = cache.checked(source) if cache is not None else check_source(source)
        report.extend(checked.findings)
        origin = Origin(source.file, source.path, source.doc.positions)
        if checked.partial is not None:
            partials[(source.kind, source.id)] = (checked.partial, origin)
        if checked.record is None:
            continue
        bucket = dataset.records.setdefault(source.kind, {})
        if source.id in bucket:  # same id as .yaml and .yml
            other = dataset.origin(source.kind, source.id).file
            report.add(origin.problem((), "duplicate_id", id=source.id, other=other))
            continue
        bucket[source.id] = checked.record
        dataset.origins[(source.kind, source.id)] = origin
    report.extend(cross_check(dataset))
    report.extend(_partial_references(dataset, partials))
    dataset.site = _site_identity(site_source, report)
    report.extend(list(_personal_data_in_text(data_dir, sources, cache)))
    return dataset, report


def _site_identity(source: SourceRecord | None, report: Report) -> SiteIdentity | None:
    """``data/site.yaml`` validated like a record file (file:line findings), or None."""
    if source is None:
        return None
    report.extend(source.doc.problems)
    report.extend(source.doc.findings)
    if source.doc.problems:
        return None
    checked = check_source(source, SiteIdentity)
    report.extend(checked.findings)
    return checked.record if isinstance(checked.record, SiteIdentity) else None


@dataclass(frozen=True)
class Checked:
    """What one file gives on its own, before any check across records."""

    record: Record | None
    """The typed record; None when the file has errors."""
    findings: tuple[Diagnostic, ...] = ()
    partial: Record | None = None
    """The record without its faulty top-level fields, to check its references anyway."""


@dataclass
class _CacheEntry:
    key: tuple[str, bool, bytes]
    """Shown path, Markdown or not, digest of the file's bytes."""
    doc: SourceDoc
    checked: Checked | None = None
    personal: tuple[AllowedContacts, list[Diagnostic]] | None = None
    """Personal-data findings in the file's text, and the allow-list they were found with."""


class FileCache:
    """Per-file parse and validation results, kept across ``thiduua serve`` rebuilds.

    Keyed by the file's *content* (a digest of its bytes), not its modification time: reading
    every file costs little next to parsing it, and an edit is never missed on a file system
    with coarse timestamps. A file is parsed and validated again as soon as its bytes differ;
    files that disappear are forgotten by :meth:`retain`.
    """

    def __init__(self) -> None:
        self._entries: dict[Path, _CacheEntry] = {}

    def read(self, path: Path, shown: str, markdown: bool = False) -> SourceDoc:
        """Like :func:`~generator.load.loader.read_record`, reusing the last parse of the same bytes."""
        raw = read_bytes(path, shown)
        if isinstance(raw, SourceDoc):  # unreadable: nothing to keep
            self._entries.pop(path, None)
            return raw
        key = (shown, markdown, hashlib.blake2b(raw, digest_size=16).digest())
        entry = self._entries.get(path)
        if entry is None or entry.key != key:
            entry = self._entries[path] = _CacheEntry(key, parse_record(raw, shown, markdown))
        return entry.doc

    def checked(self, source: SourceRecord) -> Checked:
        """:func:`check_source`, done once per parsed document."""
        entry = self._entries.get(source.path)
        if entry is None or entry.doc is not source.doc:
            return check_source(source)
        if entry.checked is None:
            entry.checked = check_source(source)
        return entry.checked

    def personal(self, source: SourceRecord, allowed: AllowedContacts) -> list[Diagnostic]:
        """:func:`_personal_data_in_file`, done once per parsed document and allow-list."""
        entry = self._entries.get(source.path)
        if entry is None or entry.doc is not source.doc:
            return _personal_data_in_file(source, allowed)
        if entry.personal is None or entry.personal[0] != allowed:
            entry.personal = (allowed, _personal_data_in_file(source, allowed))
        return entry.personal[1]

    def __len__(self) -> int:
        """How many files are held."""
        return len(self._entries)

    def retain(self, paths: Iterable[Path]) -> None:
        """Forget every file not in ``paths`` (deleted, renamed, or no longer a record file)."""
        keep = set(paths)
        for path in [p for p in self._entries if p not in keep]:
            del self._entries[path]


def _partial_references(dataset: Dataset, partials: dict[tuple[str, str], tuple[Record, Origin]]) -> list[Diagnostic]:
    """Dangling references in files that also have schema errors, so one run reports both.

    Such a file is checked as a copy without its faulty top-level fields; only its
    ``unknown_ref`` findings are kept (other cross-record checks could be misled by the
    defaults that stand in for the removed fields).
    """
    if not partials:
        return []
    extended = Dataset(
        data_dir=dataset.data_dir,
        records={kind: dict(records) for kind, records in dataset.records.items()},
        origins=dict(dataset.origins),
        file_ids=dataset.file_ids,
    )
    files = set()
    for (kind, record_id), (record, origin) in sorted(partials.items()):
        bucket = extended.records.setdefault(kind, {})
        if record_id not in bucket:
            bucket[record_id] = record
            extended.origins[(kind, record_id)] = origin
            files.add(origin.file)
    return [d for d in cross_check(extended) if d.file in files and d.code == "unknown_ref"]


def check_source(source: SourceRecord, model: type[Record] | None = None) -> Checked:
    """Validate one file (with its kind's model unless ``model`` is given); a bug of ours is
    reported against the file, never as a traceback."""
    findings: list[Diagnostic] = []
    try:
        record, partial = _validate_record(source, findings, model or KINDS[source.kind].model)
    except Exception as exc:  # noqa: BLE001 - the editor must still get a file:line report
        findings.append(Origin(source.file, source.path, source.doc.positions).problem((), "internal_error", detail=type(exc).__name__))
        record, partial = None, None
    return Checked(record, tuple(findings), partial)


def _validate_record(source: SourceRecord, findings: list[Diagnostic], model: type[Record]) -> tuple[Record | None, Record | None]:
    """The record (None on errors) and, for a file with schema errors, its valid remainder."""
    origin = Origin(source.file, source.path, source.doc.positions)
    data = source.doc.data
    if not isinstance(data, dict):
        findings.append(origin.problem((), "yaml_root_not_mapping", got=got(data)))
        return None, None
    data = normalise_tree(data, lambda path, code, params: findings.append(origin.problem(path, code, "warning" if code in WARNING_CODES else "error", False, **params)))
    office_contacts: tuple[str, ...] = getattr(model, "OFFICE_CONTACT_FIELDS", ())
    refused = [path for path in refused_fields(data) if path[0] not in office_contacts]
    for path in refused:
        findings.append(origin.problem(path, "personal_field", prefer_key=True, name=path[-1]))
    limits = list(_markdown_limits(origin, model, data))
    findings.extend(limits)
    try:
        record = model.model_validate(data)
    except ValidationError as exc:
        refused_set = set(refused)
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            if error["type"] == "extra_forbidden" and loc in refused_set:
                continue
            findings.append(_diagnostic(origin, model, loc, error))
        faulty = {loc[0] for loc in (tuple(e["loc"]) for e in exc.errors()) if loc}
        partial = _without(model, data, faulty) if all(e["loc"] for e in exc.errors()) else None
        return None, partial
    return (None if refused or limits else record), None


def _personal_data_in_text(data_dir: Path, sources: list[SourceRecord], cache: FileCache | None = None) -> Iterator[Diagnostic]:
    """Phone numbers, e-mail, ID numbers, dates of birth, home addresses inside published text."""
    allowed, problems = allowed_contacts(data_dir)
    yield from problems
    for source in sources:
        if source.doc.problems or not isinstance(source.doc.data, dict):
            continue
        yield from (cache.personal(source, allowed) if cache is not None else _personal_data_in_file(source, allowed))


def _personal_data_in_file(source: SourceRecord, allowed: AllowedContacts) -> list[Diagnostic]:
    assert isinstance(source.doc.data, dict)
    found = []
    origin = Origin(source.file, source.path, source.doc.positions)
    refused = set(refused_fields(source.doc.data))  # already an error by its name: one finding is enough
    for path, text in free_text(source.doc.data):
        if any(path[: len(r)] == r for r in refused):
            continue
        for index, kind, sample in personal_data_in_text(text, allowed):
            found.append(problem_at_line(origin, path, index, PATTERN_CODES[kind], sample=sample[:60]))
    return found


def _markdown_limits(origin: Origin, model: type[Record], data: dict[str, Any]) -> Iterator[Diagnostic]:
    """Markdown fields beyond the limits that keep rendering linear (:mod:`markdown_limits`)."""
    for path, text in strings(data):
        if is_markdown(model, path):
            for problem in markdown_problems(text):
                yield problem_at_line(origin, path, problem.line, problem.code, "error", **problem.params)  # positional: params never shadow the options


def _without(model: type[Record], data: dict[str, Any], fields: set[Any]) -> Record | None:
    """``data`` minus ``fields`` as a record, or None when that is still not valid."""
    try:
        return model.model_validate({k: v for k, v in data.items() if k not in fields})
    except ValidationError:
        return None


def _diagnostic(origin: Origin, model: type[BaseModel], loc: Path_, error: Any) -> Diagnostic:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    shown_value = _clip(value) if isinstance(value, (str, int, float, bool)) else ""
    if kind == "extra_forbidden":
        allowed = sorted(fields_at(model, loc[:-1]))
        alias = FIELD_ALIASES.get(slugify(str(loc[-1])).replace("-", "_"))
        match = [alias] if alias in allowed else difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.5)
        return origin.problem(loc, "unknown_field", prefer_key=True, suggestion=match[0] if match else "")
    if kind in ("literal_error", "enum"):
        choices = _choices(ctx.get("expected", ""))
        match = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        return origin.problem(loc, "invalid_choice", value=shown_value, choices=", ".join(choices), suggestion=match[0] if match else "")
    if kind == "string_pattern_mismatch":
        return origin.problem(loc, "pattern_id", value=shown_value, suggestion=slugify(str(value)) if value is not None else "")
    code = _TYPE_CODES.get(kind)
    if value is None and code and code.startswith("type_"):
        return origin.problem(loc, "empty_value")
    if code is None:
        return origin.problem(loc, "other", detail=error.get("msg", kind))
    params: dict[str, object] = {"value": shown_value, "got": got(value)}
    if "min_length" in ctx:
        params["min"] = ctx["min_length"]
    if "max_length" in ctx:
        params["max"] = ctx["max_length"]
    if "ge" in ctx:
        params["min"] = ctx["ge"]
    if "le" in ctx:
        params["max"] = ctx["le"]
    if "value" in ctx:
        params["value"] = ctx["value"]
    return origin.problem(loc, code, "error", False, **params)  # positional: params never shadow the options


def got(value: Any) -> str:
    """How a wrong value is shown: quoted as written, or a messages.TERMS code for its shape."""
    if value is None:
        return "null"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return f"'{_clip(value)}'"


def _clip(value: object, limit: int = 60) -> str:
    """A wrong value as shown in a message: long text is cut, so one line stays readable."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _choices(expected: str) -> list[str]:
    return [part.strip().strip("'") for part in expected.replace(" or ", ", ").split(",") if part.strip()]


def fields_at(model: type[BaseModel], loc: Path_) -> set[str]:
    """Field names allowed at ``loc`` inside ``model`` (for did-you-mean on unknown fields)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        target = _model_in(current)
        if target is None or part not in target.model_fields:
            return set()
        current = target.model_fields[part].annotation
    target = _model_in(current)
    return set(target.model_fields) if target else set()


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """Find the model class inside ``Optional[...]``, ``list[...]`` or an ``Annotated`` type."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _model_in(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None
