"""Decisions newest first (number breaks ties: 126/QĐ after 125/QĐ on the same day), and each
decision's attached list (Danh sách kèm theo) as its page and print show it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from generator.dates import vn_date
from generator.derive.honours import Honour
from generator.derive.same_inputs import SameInputs
from generator.models import Decision
from generator.models.decision import Recipient, RecipientGroup
from generator.validate.dataset import Dataset


def _number_key(number: str) -> tuple[int, str]:
    match = re.match(r"\d+", number)
    return (int(match.group()) if match else -1, number)


def _key(decision_id: str, d: Decision) -> tuple[object, ...]:
    return (d.date.earliest, d.date.latest, _number_key(d.number), decision_id)


def decisions_newest_first(ds: Dataset) -> tuple[str, ...]:
    decisions = ds.decisions
    return tuple(sorted(decisions, key=lambda decision_id: _key(decision_id, decisions[decision_id]), reverse=True))


def honours_newest_first(honours: Iterable[Honour]) -> list[Honour]:
    """A person's or unit's honours, latest decision first (a decision's own order kept)."""
    return sorted(honours, key=lambda h: _key(h.decision_id, h.decision), reverse=True)


def revokers_of(honours: Iterable[Honour], decisions: dict[str, Decision]) -> dict[str, Decision]:
    """The decisions that revoked any of ``honours`` (so a page can name them), by id."""
    ids = {h.decision.revoked_by for h in honours if h.revoked and h.decision.revoked_by}
    return {i: decisions[i] for i in sorted(ids) if i in decisions}


# ---------------------------------------------------------------- the attached list (Danh sách kèm theo)


@dataclass(frozen=True)
class AnnexRow:
    """One numbered line of the attached list: STT, name, position, unit.

    A person's position and unit are those the decision writes (``position``, ``workplace`` of the
    recipient), never the person record's current ones: the list is a document of its date, and a
    person's later promotion or move does not rewrite it (nor re-render its page in ``serve``).
    Nothing written: the cell stays empty. A collective's unit is its parent unit.
    """

    number: int
    recipient: Recipient
    name: str
    position: str | None
    workplace: str | None
    person_id: str | None
    unit_id: str | None


@dataclass(frozen=True)
class AnnexHeading:
    """A group heading of the list as the decision words it; ``level`` 1 is the top."""

    text: str
    level: int


@dataclass(frozen=True)
class AnnexSection:
    """The part of the list for one award form: its heading, then headings and rows in order."""

    award_id: str
    heading: str | None
    citation: str | None
    lines: tuple[AnnexRow | AnnexHeading, ...]
    collectives: int
    individuals: int

    @property
    def has_position(self) -> bool:
        """Some row has a position: otherwise the table leaves out the column (nothing to show)."""
        return any(isinstance(line, AnnexRow) and line.position for line in self.lines)

    @property
    def has_workplace(self) -> bool:
        return any(isinstance(line, AnnexRow) and line.workplace for line in self.lines)


_ANNEXES: SameInputs[tuple[AnnexSection, ...]] = SameInputs()
"""A decision's attached list, kept while the decision and every record it reads are the same objects."""


def annex_sections(ds: Dataset, decision: Decision) -> tuple[AnnexSection, ...]:
    """The decision's awards as its attached list: grouped as written, numbered per top-level group.

    Without groups the rows of an award are numbered 1…n; with groups the numbers restart at each
    top-level group (I. TẬP THỂ, II. CÁ NHÂN) and run on through its subgroups (the districts).
    A section is headed by the award's name only when the decision grants several.
    """
    records: list[object] = [ds.awards.get(grant.award) for grant in decision.awards]
    for grant in decision.awards:
        for recipient in grant.all_recipients:
            unit = ds.units.get(recipient.unit or "")
            records += (ds.people.get(recipient.person or ""), unit, ds.units.get(unit.parent or "") if unit else None)
    key = (decision.symbol, decision.number, str(decision.date), decision.title)  # one entry per decision (a clash only costs a recomputation)
    return _ANNEXES.get(key, (decision, *records), partial(_annex_sections, ds, decision))


def _annex_sections(ds: Dataset, decision: Decision) -> tuple[AnnexSection, ...]:
    several = len(decision.awards) > 1
    sections = []
    for grant in decision.awards:
        lines: list[AnnexRow | AnnexHeading] = []
        counter = [0]
        for recipient in grant.recipients:
            lines.append(_row(ds, recipient, counter))
        for group in grant.groups:
            counter = [0]
            _group_lines(ds, group, 1, counter, lines)
        heading = grant.heading or (ds.awards[grant.award].name if several and grant.award in ds.awards else None)
        recipients = grant.all_recipients
        sections.append(
            AnnexSection(
                grant.award,
                heading,
                grant.citation,
                tuple(lines),
                sum(1 for r in recipients if r.recipient_kind == "tap-the"),
                sum(1 for r in recipients if r.recipient_kind == "ca-nhan"),
            )
        )
    return tuple(sections)


def _group_lines(ds: Dataset, group: RecipientGroup, level: int, counter: list[int], out: list[AnnexRow | AnnexHeading]) -> None:
    out.append(AnnexHeading(group.heading, level))
    for recipient in group.recipients:
        out.append(_row(ds, recipient, counter))
    for sub in group.groups:
        _group_lines(ds, sub, level + 1, counter, out)


def _row(ds: Dataset, recipient: Recipient, counter: list[int]) -> AnnexRow:
    counter[0] += 1
    person = ds.people.get(recipient.person or "")
    unit = ds.units.get(recipient.unit or "")
    if person:
        record_name, home = person.name, None  # a person's position and unit: only as the decision writes them
    elif unit:
        record_name, home = unit.name, ds.units.get(unit.parent or "")
    else:
        record_name, home = "", None
    return AnnexRow(
        counter[0],
        recipient,
        recipient.name or record_name,
        recipient.position,
        recipient.workplace or (home.name if home else None),
        recipient.person if person else None,
        recipient.unit if unit else None,
    )


def annex_title(ds: Dataset, decision: Decision) -> str:
    """The line under "DANH SÁCH": as the decision words it, else from who receives which award.

    One award: "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ NỘI VỤ" (a title: "ĐƯỢC CÔNG
    NHẬN DANH HIỆU …"); several: "… ĐƯỢC KHEN THƯỞNG", each award heading its own part.
    """
    if decision.annex and decision.annex.title:
        return decision.annex.title
    kinds = {r.recipient_kind for grant in decision.awards for r in grant.all_recipients}
    who = ", ".join(label for kind, label in (("tap-the", "TẬP THỂ"), ("ca-nhan", "CÁ NHÂN")) if kind in kinds)
    award = ds.awards.get(decision.awards[0].award) if len(decision.awards) == 1 else None
    if award is None:
        return f"{who} ĐƯỢC KHEN THƯỞNG"
    verb = "CÔNG NHẬN DANH HIỆU" if award.category == "danh-hieu" else "TẶNG"
    return f"{who} ĐƯỢC {verb} {award.name.upper()}"


def annex_note(decision: Decision) -> str:
    """``(Kèm theo Quyết định số 125/QĐ-SNV ngày 20 tháng 3 năm 2025 của Sở Nội vụ tỉnh Sóc Trăng)``.

    Blank number and day stay blank, as on the document: ``số       /QĐ-UBND ngày       tháng 12``.
    """
    if decision.annex and decision.annex.note:
        return decision.annex.note
    return f"(Kèm theo Quyết định số {decision.header_code} {vn_date(decision.date, blank_day=True)} của {decision.issuer.name})"
