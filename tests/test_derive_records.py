"""Pure derivations behind the record pages, on the record-pages fixture (tests/data/site)."""

from __future__ import annotations

import datetime as dt

from conftest import RECORDS_FIXTURE

from generator.dates import PartialDate
from generator.derive import derive
from generator.derive.decisions import decisions_newest_first, honours_newest_first
from generator.derive.people import initials, name_parts
from generator.derive.units import ended_on
from generator.models import Person, Unit
from generator.options import Options


def _roll_sections(site):  # type: ignore[no-untyped-def]
    return [s for y in site.honor_roll.years for p in y.pages for s in p.sections]


def _names(site, award_id: str, group_key: str) -> list[str]:  # type: ignore[no-untyped-def]
    section = next(s for s in _roll_sections(site) if s.award_id == award_id)
    group = next(g for g in section.groups if g.key == group_key)
    return [h.display_name for h in group.honours]


def test_name_order_is_configurable(records_dataset) -> None:  # type: ignore[no-untyped-def]
    by_given = _names(derive(records_dataset, Options(data_dir=RECORDS_FIXTURE)), "giay-khen-giam-doc-so-noi-vu", "van-phong-so")
    by_family = _names(derive(records_dataset, Options(data_dir=RECORDS_FIXTURE, name_order="family")), "giay-khen-giam-doc-so-noi-vu", "van-phong-so")
    assert by_given[:3] == ["Vũ Thị Anh", "Bùi Văn Bình", "Trần Văn Dũng"]
    # Họ first: Âu (Â after A, before B), Bùi Văn Bình before Bùi Văn Khoa, Cao, then D before Đ.
    assert by_family[:6] == ["Âu Văn Khoa", "Bùi Văn Bình", "Bùi Văn Khoa", "Cao Văn Hánh", "Đặng Thị Hãnh", "Đỗ Thị Út"]
    assert sorted(by_given) == sorted(by_family)


def test_revoked_honours_are_kept_for_profiles_but_not_on_the_roll(records_dataset) -> None:  # type: ignore[no-untyped-def]
    site = derive(records_dataset, Options(data_dir=RECORDS_FIXTURE))
    on_roll = {h.display_name for s in _roll_sections(site) for g in s.groups for h in g.honours}
    assert "Quách Văn Thu" not in on_roll
    assert [h.revoked for h in site.honours_by_person["quach-van-thu"]] == [True]
    assert site.honor_roll.total == 26 and site.honor_roll.collectives == 3 and site.honor_roll.individuals == 23


def test_decisions_newest_first_with_partial_dates_and_numbers(records_dataset) -> None:  # type: ignore[no-untyped-def]
    assert decisions_newest_first(records_dataset) == ("qd-21-snv-2025", "qd-20-snv-2025", "qd-11-ubnd-2025", "qd-10-snv-2025", "qd-5-snv-2024")
    site = derive(records_dataset, Options(data_dir=RECORDS_FIXTURE))
    hung = honours_newest_first(site.honours_by_person["le-van-hung"])
    assert [h.decision_id for h in hung] == ["qd-10-snv-2025", "qd-5-snv-2024"]


def test_ended_on_is_the_day_after_the_last_day() -> None:
    def unit(valid_to: str | None) -> Unit:
        return Unit(name="Phòng thử", kind="phong-noi-vu-cap-huyen", valid_to=valid_to)

    assert ended_on(unit(None)) is None
    assert ended_on(unit("2025-06-30")) == dt.date(2025, 7, 1)
    assert ended_on(unit("2025-06")) == dt.date(2025, 7, 1)  # month only: after its last day
    assert ended_on(unit("2024")) == dt.date(2025, 1, 1)
    assert ended_on(unit("2024-02")) == dt.date(2024, 3, 1)  # leap year
    assert PartialDate.parse("2024-02").latest == dt.date(2024, 2, 29)


def test_name_parts_override_and_initials() -> None:
    compound = Person(name="Âu Dương Minh Khôi", name_parts={"family": "Âu Dương", "middle": "Minh", "given": "Khôi"})
    assert name_parts(compound).given == "Khôi" and name_parts(compound).family == "Âu Dương"
    assert initials(compound) == "ÂK"
    assert initials(Person(name="Đặng Thị Ánh")) == "ĐÁ"
    assert initials(Person(name="Y")) == "Y"


def test_units_by_kind_and_subunits(records_dataset) -> None:  # type: ignore[no-untyped-def]
    site = derive(records_dataset, Options(data_dir=RECORDS_FIXTURE))
    assert [kind for kind, _ in site.units_by_kind] == ["so", "don-vi-thuoc-so", "phong-noi-vu-cap-huyen", "co-quan-khac"]
    assert dict(site.units_by_kind)["don-vi-thuoc-so"] == ("phong-cai-cach-hanh-chinh", "van-phong-so")
    assert site.subunits["so-noi-vu-soc-trang"] == ("phong-cai-cach-hanh-chinh", "van-phong-so")
    assert [e.year for e in site.evaluations_by_unit["van-phong-so"]] == [2024, 2023]
    assert site.exemplary_by_year == ((2025, ("nguyen-thi-phuoc",)), (2024, ("truong-van-kin",)))
