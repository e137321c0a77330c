"""Structured validation findings and their printed form.

A finding is a record (file, line, column, field path, code, parameters); only the
printer turns it into ``file:line:col: field.path: message`` in Vietnamese or English.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from generator.messages import format_message

Severity = Literal["error", "warning"]


class Position(NamedTuple):
    """1-based line and column in a source file.

    A named tuple rather than a frozen dataclass: the loader records one per YAML value and
    key (≈ 37,000 at 1,000 people), and a tuple is several times cheaper to create.
    """

    line: int = 1
    column: int = 1


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in the data, located to file, line, column and field."""

    file: str
    line: int
    column: int
    field: str
    code: str
    params: tuple[tuple[str, str], ...] = ()
    severity: Severity = "error"

    def message(self, lang: str = "vi") -> str:
        return format_message(self.code, dict(self.params), lang)

    def render(self, lang: str = "vi") -> str:
        label = {"vi": {"error": "lỗi", "warning": "cảnh báo"}, "en": {"error": "error", "warning": "warning"}}
        where = f"{self.file}:{self.line}:{self.column}"
        field_part = f" {self.field}:" if self.field else ""
        return f"{where}:{field_part} {label[lang][self.severity]}: {self.message(lang)}"

    def github(self, lang: str = "vi") -> str:
        """A GitHub Actions workflow command, which annotates the line in the pull request."""
        level = "error" if self.severity == "error" else "warning"
        props = f"file={_gh_property(self.file)},line={self.line},col={self.column},title={_gh_property(self.field or self.code)}"
        return f"::{level} {props}::{_gh_data(self.message(lang))}"

    def as_json(self, lang: str = "vi") -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "code": self.code,
            "severity": self.severity,
            "message": self.message(lang),
        }


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def make(
    file: str,
    pos: Position | None,
    field_path: str,
    code: str,
    /,
    severity: Severity = "error",
    **params: object,
) -> Diagnostic:
    """Build a diagnostic; parameters are kept as sorted string pairs so findings stay hashable."""
    pos = pos or Position()
    return Diagnostic(
        file=file,
        line=pos.line,
        column=pos.column,
        field=field_path,
        code=code,
        params=tuple(sorted((k, str(v)) for k, v in params.items())),
        severity=severity,
    )


@dataclass
class Report:
    """All findings of one run, de-duplicated and sorted by file and line."""

    items: set[Diagnostic] = field(default_factory=set)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.add(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.update(diagnostics)

    @property
    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.sorted if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.sorted if d.severity == "warning"]

    def text(self, lang: str = "vi") -> str:
        return "\n".join(d.render(lang) for d in self.sorted)

    def json(self, lang: str = "vi") -> str:
        return json.dumps([d.as_json(lang) for d in self.sorted], ensure_ascii=False, indent=2)

    def summary(self, lang: str = "vi") -> str:
        return format_message("report_summary", {"errors": str(len(self.errors)), "warnings": str(len(self.warnings))}, lang)
