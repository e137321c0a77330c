"""Annual rating of a unit and of its staff: the inputs of target progress."""

from __future__ import annotations

from pydantic import Field

from generator.models.common import Model, Record, RecordId
from generator.models.vocab import Rating

MAX_PEOPLE = 1_000_000
"""A bound on head counts: far above any unit's staff, far below what breaks decimal arithmetic
(a 28-digit count ended the build in ``decimal.InvalidOperation``)."""


class StaffCounts(Model):
    HTXSNV: int = Field(0, ge=0, le=MAX_PEOPLE)
    HTTNV: int = Field(0, ge=0, le=MAX_PEOPLE)
    HTNV: int = Field(0, ge=0, le=MAX_PEOPLE)
    KHTNV: int = Field(0, ge=0, le=MAX_PEOPLE)

    @property
    def total(self) -> int:
        return self.HTXSNV + self.HTTNV + self.HTNV + self.KHTNV


class Evaluation(Record):
    unit: RecordId
    year: int = Field(ge=1900, le=2200, description="Năm đánh giá")
    rating: Rating | None = Field(None, description="Xếp loại của tập thể đơn vị")
    staff: StaffCounts | None = Field(None, description="Số người theo từng mức xếp loại")
    violations: int = Field(0, ge=0, le=MAX_PEOPLE, description="Số người vi phạm quy định")
    source: str | None = Field(None, description="Quyết định/Thông báo xếp loại")
