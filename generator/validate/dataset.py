"""The validated data: typed records of every kind, plus where each came from."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.diagnostics import Diagnostic, Position, Severity, make
from generator.load.yaml_source import Path_, SourceMap, dotted
from generator.models import (
    Announcement,
    Award,
    Decision,
    Evaluation,
    Person,
    Plan,
    Record,
    Unit,
)

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Origin:
    """The file a record was read from and the positions of its values."""

    file: str
    path: Path
    positions: SourceMap

    def at(self, path: Path_, prefer_key: bool = False) -> Position:
        return self.positions.locate(path, prefer_key)

    def problem(
        self, path: Path_, code: str, /, severity: Severity = "error", prefer_key: bool = False, **params: object
    ) -> Diagnostic:
        return make(self.file, self.at(path, prefer_key), dotted(path), code, severity, **params)


@dataclass
class Dataset:
    """All records by kind folder and id; ids are unique within a kind."""

    data_dir: Path
    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    origins: dict[tuple[str, str], Origin] = field(default_factory=dict)
    # Every id that has a file, valid or not: a reference to a record whose file has
    # mistakes is not also reported as dangling (the file's own errors say what is wrong).
    file_ids: dict[str, set[str]] = field(default_factory=dict)

    def known_ids(self, kind: str) -> Collection[str]:
        """Ids with a file (the validator fills ``file_ids``), else the ids of valid records."""
        ids = self.file_ids.get(kind)
        return ids if ids is not None else self.records.get(kind, {}).keys()

    def of(self, kind: str, model: type[R]) -> dict[str, R]:
        """The records of one kind folder, by id (the live dict: no copy per call).

        Every record in ``records[kind]`` was validated with that kind's model, so no
        filtering is needed; copying here made each ``ds.people.get(...)`` O(n), and whole
        stages O(n²) (4 minutes at 10,000 people).
        """
        return self.records.get(kind, {})  # type: ignore[return-value]

    @property
    def plans(self) -> dict[str, Plan]:
        return self.of("plans", Plan)

    @property
    def units(self) -> dict[str, Unit]:
        return self.of("units", Unit)

    @property
    def people(self) -> dict[str, Person]:
        return self.of("people", Person)

    @property
    def awards(self) -> dict[str, Award]:
        return self.of("awards", Award)

    @property
    def decisions(self) -> dict[str, Decision]:
        return self.of("decisions", Decision)

    @property
    def evaluations(self) -> dict[str, Evaluation]:
        return self.of("evaluations", Evaluation)

    @property
    def announcements(self) -> dict[str, Announcement]:
        return self.of("announcements", Announcement)

    def origin(self, kind: str, record_id: str) -> Origin:
        return self.origins[(kind, record_id)]
