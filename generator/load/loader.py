"""Stage 1, load: find record files under ``data/<kind>/`` and parse them with positions.

One bad file never hides the others: each file yields a :class:`SourceRecord` whose
``doc.problems`` lists what went wrong while reading it.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic, Position, make
from generator.load.yaml_source import (
    MAX_FILE_BYTES,
    SourceDoc,
    SourceMap,
    decode,
    parse_yaml,
)
from generator.models import KINDS
from generator.models.common import ID_PATTERN
from generator.vietnamese import slugify

_ID = re.compile(ID_PATTERN)
RESERVED_IDS = frozenset({"index"})
"""``index`` would take the address of its section's own page (``don-vi/index.md``)."""
IGNORED_TOP_LEVEL = {"photos", "files", "README.md", ".gitkeep", "published.txt", "redirects.yaml"}
"""Besides record folders: data files, and the address list and redirects (generator/addresses.py)."""
# Folder names an editor might write in Vietnamese, for the did-you-mean of an unknown folder.
FOLDER_ALIASES = {
    "ke-hoach": "plans", "don-vi": "units", "ca-nhan": "people", "nguoi": "people", "can-bo": "people",
    "khen-thuong": "awards", "danh-hieu": "awards", "quyet-dinh": "decisions", "danh-gia": "evaluations",
    "xep-loai": "evaluations", "thong-bao": "announcements", "tin-tuc": "announcements",
}


UNFINISHED_MARKER = "CHƯA HOÀN THIỆN"
"""Written by ``thiduua new`` into every new file; refused until the editor deletes it, so a
template's example values ("Nguyễn Văn B") are never published by mistake."""
_UNFINISHED_LINE = re.compile(rf"^[ \t]*#[ \t]*{UNFINISHED_MARKER}", re.MULTILINE)


@dataclass
class SourceRecord:
    kind: str
    id: str
    path: Path
    doc: SourceDoc

    @property
    def file(self) -> str:
        return self.doc.file


def display_path(path: Path) -> str:
    """Paths relative to the working directory where possible, as editors and CI see them."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def is_inside(path: Path, root: Path) -> bool:
    """True when ``path`` (after resolving links) stays inside ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def valid_id(record_id: str) -> bool:
    return bool(_ID.match(record_id)) and record_id not in RESERVED_IDS


Reader = Callable[[Path, str, bool], SourceDoc]
"""Reads one record file: ``(path, shown path, markdown?)`` -> parsed document."""


def load_sources(data_dir: Path, read: Reader | None = None) -> tuple[list[SourceRecord], list[Diagnostic]]:
    """Read every record file; return the parsed records and folder-level problems.

    ``read`` defaults to :func:`read_record`; ``thiduua serve`` passes a cache's reader that
    reuses the parse of files whose bytes have not changed.
    """
    read = read or read_record
    records: list[SourceRecord] = []
    problems: list[Diagnostic] = []
    if not data_dir.is_dir():
        return records, [make(display_path(data_dir), None, "", "file_missing", value=str(data_dir))]
    for entry in sorted(data_dir.iterdir()):
        if entry.name.startswith(".") or entry.name in IGNORED_TOP_LEVEL:
            continue
        if entry.is_dir() and entry.name in KINDS and not is_inside(entry, data_dir):
            problems.append(make(display_path(entry), None, "", "file_outside_data", target=_link_target(entry)))
        elif entry.is_dir() and entry.name in KINDS:
            kind_records, kind_problems = _load_kind(data_dir, entry, read)
            records.extend(kind_records)
            problems.extend(kind_problems)
        elif entry.is_dir():
            alias = FOLDER_ALIASES.get(slugify(entry.name))
            suggestion = [alias] if alias else difflib.get_close_matches(entry.name, list(KINDS), n=1)
            problems.append(
                make(
                    display_path(entry),
                    None,
                    "",
                    "file_unknown_kind",
                    severity="warning",
                    name=entry.name,
                    choices=", ".join(KINDS),
                    suggestion=suggestion[0] if suggestion else "",
                )
            )
    return records, problems


def _load_kind(data_dir: Path, folder: Path, read: Reader) -> tuple[list[SourceRecord], list[Diagnostic]]:
    kind = KINDS[folder.name]
    records: list[SourceRecord] = []
    problems: list[Diagnostic] = []
    base = display_path(folder)  # once: os.path.relpath asks for the working directory each time (11,550 files at 10,000 people)
    for parts, entry in _entries(folder):
        if parts[-1].startswith("."):
            continue
        inner = os.sep.join(parts)
        shown = inner if base == os.curdir else os.path.join(base, inner)
        # _entries does not descend into linked folders, and the kind folder itself was checked
        # by load_sources: only links met here can lead out of data/.
        if entry.is_symlink() and not is_inside(Path(entry.path), data_dir):
            problems.append(make(shown, None, "", "file_outside_data", target=_link_target(Path(entry.path))))
            continue
        if _is(entry.is_dir):
            continue
        if not _is(entry.is_file):  # sockets, pipes: reading them could block forever
            problems.append(make(shown, None, "", "file_not_regular"))
            continue
        path = Path(entry.path)
        if path.suffix not in kind.extensions:
            problems.append(
                make(shown, None, "", "file_unknown_extension", severity="warning", name=path.name, expected=", ".join(kind.extensions))
            )
            continue
        record_id = path.stem
        if record_id in RESERVED_IDS:
            problems.append(make(shown, None, "", "file_reserved_id", id=record_id))
            continue
        if not valid_id(record_id):
            problems.append(make(shown, None, "", "file_bad_id", id=record_id, suggestion=slugify(record_id) or "ma-ban-ghi"))
            continue
        records.append(SourceRecord(folder.name, record_id, path, read(path, shown, kind.extensions == (".md",))))
    return records, problems


def _entries(folder: Path) -> list[tuple[tuple[str, ...], os.DirEntry[str]]]:
    """Everything under ``folder`` as ``sorted(folder.rglob("*"))`` lists it (links to folders are
    listed, not entered), with each entry's path parts below ``folder``.

    ``os.scandir`` tells files, folders and links apart from the directory listing itself, where
    ``Path.is_symlink``/``is_dir``/``is_file`` cost three ``stat`` calls a file (≈ 35,000 at
    10,000 people, on every ``serve`` rebuild).
    """
    found: list[tuple[tuple[str, ...], os.DirEntry[str]]] = []

    def walk(directory: str, above: tuple[str, ...]) -> None:
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except PermissionError:  # as rglob: an unreadable folder lists nothing
            return
        for entry in entries:
            parts = (*above, entry.name)
            found.append((parts, entry))
            if _is(entry.is_dir) and not entry.is_symlink():
                walk(entry.path, parts)

    walk(str(folder), ())
    found.sort(key=lambda item: tuple(os.path.normcase(part) for part in item[0]))  # Path order (case-blind on Windows)
    return found


def _is(test: Callable[[], bool]) -> bool:
    """``DirEntry.is_dir``/``is_file``, False where the file system refuses to say (as ``Path.is_dir``)."""
    try:
        return test()
    except OSError:
        return False


SITE_FILES = ("site.yaml", "site.yml")
"""The optional site identity file at the top of the data folder (:mod:`generator.models.site`)."""


def load_site_source(data_dir: Path, read: Reader | None = None) -> SourceRecord | None:
    """``data/site.yaml`` parsed with positions, or None when the dataset has none."""
    read = read or read_record
    for name in SITE_FILES:
        path = data_dir / name
        if path.is_file() or path.is_symlink():
            shown = display_path(path)
            if path.is_symlink() and not is_inside(path, data_dir):
                return SourceRecord("site", "site", path, SourceDoc(shown, None, SourceMap(), [make(shown, None, "", "file_outside_data", target=_link_target(path))]))
            return SourceRecord("site", "site", path, read(path, shown, False))
    return None


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path) if path.is_symlink() else str(path.resolve())
    except OSError:
        return "?"


def read_record(path: Path, shown: str, markdown: bool = False) -> SourceDoc:
    """Parse one YAML file, or one Markdown file with YAML front matter and a body."""
    raw = read_bytes(path, shown)
    return raw if isinstance(raw, SourceDoc) else parse_record(raw, shown, markdown)


def read_bytes(path: Path, shown: str) -> bytes | SourceDoc:
    """The file's bytes, or a document that says why they cannot be read."""
    try:
        with open(path, "rb") as handle:  # one look-up of the path: the size is asked of the open file
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:  # refuse before reading it into memory
                return SourceDoc(shown, None, SourceMap(), [make(shown, None, "", "file_too_large", size=size, limit=MAX_FILE_BYTES)])
            return handle.read()
    except OSError as exc:
        return SourceDoc(shown, None, SourceMap(), [make(shown, None, "", "other", detail=str(exc))])


def parse_record(raw: bytes, shown: str, markdown: bool = False) -> SourceDoc:
    """Decode and parse the bytes of one record file."""
    text, problems = decode(raw, shown)
    if text is None:
        return SourceDoc(shown, None, SourceMap(), problems)
    if not text.strip():
        return SourceDoc(shown, None, SourceMap(), [make(shown, None, "", "file_empty")])
    doc = parse_markdown_record(text, shown) if markdown else parse_yaml(text, shown)
    unfinished = _UNFINISHED_LINE.search(text)
    if unfinished:
        line = text.count("\n", 0, unfinished.start()) + 1
        doc.findings.append(make(shown, Position(line, 1), "", "template_unfinished", marker=UNFINISHED_MARKER))
    return doc


def parse_markdown_record(text: str, shown: str) -> SourceDoc:
    """Split ``---`` front matter from the body; the body becomes the ``body`` field."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return SourceDoc(shown, None, SourceMap(), [make(shown, Position(1, 1), "", "frontmatter_missing")])
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return SourceDoc(shown, None, SourceMap(), [make(shown, Position(1, 1), "", "frontmatter_missing")])
    doc = parse_yaml("\n".join(lines[1:end]), shown, line_offset=1)
    if isinstance(doc.data, dict) and "body" in doc.data:
        doc.problems.append(make(shown, doc.positions.locate(("body",), prefer_key=True), "body", "frontmatter_body"))
    elif isinstance(doc.data, dict):
        body = "\n".join(lines[end + 1 :]).strip("\n")
        if body:
            doc.data["body"] = body
        doc.positions.values[("body",)] = Position(end + 2 - doc.positions.line_offset, 1)
    return doc
