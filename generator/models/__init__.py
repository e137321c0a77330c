"""Record models, one module per kind; ``KINDS`` maps each data folder to its model."""

from __future__ import annotations

from dataclasses import dataclass

from generator.models.announcement import Announcement
from generator.models.award import Award
from generator.models.common import Model, Record
from generator.models.decision import Decision
from generator.models.evaluation import Evaluation
from generator.models.person import Person
from generator.models.plan import Plan
from generator.models.unit import Unit


@dataclass(frozen=True)
class Kind:
    folder: str
    model: type[Record]
    label_vi: str
    extensions: tuple[str, ...] = (".yaml", ".yml")


KINDS: dict[str, Kind] = {
    k.folder: k
    for k in (
        Kind("plans", Plan, "kế hoạch"),
        Kind("units", Unit, "đơn vị"),
        Kind("people", Person, "cá nhân"),
        Kind("awards", Award, "hình thức khen thưởng"),
        Kind("decisions", Decision, "quyết định"),
        Kind("evaluations", Evaluation, "kết quả đánh giá"),
        Kind("announcements", Announcement, "thông báo", (".md",)),
    )
}

__all__ = ["KINDS", "Announcement", "Award", "Decision", "Evaluation", "Kind", "Model", "Person", "Plan", "Record", "Unit"]
