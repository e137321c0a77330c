"""The law changes (issue 11 item 8): award forms and dossier templates carry their legal basis
and validity, so a 2026 plan is built on Nghị định 152/2025/NĐ-CP while the 2024 plan keeps
Nghị định 98/2023/NĐ-CP; a plan citing a form or template not in force on its date is warned."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua
from test_pages_dashboard import text

from generator.dates import PartialDate
from generator.validate.records import load_and_validate

FIXTURE = ROOT / "tests" / "data" / "law-changes"


@pytest.fixture(scope="module")
def law_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("law") / "site"
    build = run_thiduua("build", "--data", FIXTURE, "--out", out)
    assert build.returncode == 0, build.stdout + build.stderr
    return out


def rules(site: Path, plan_id: str) -> str:
    page = (site / "ke-hoach" / plan_id / "index.html").read_text(encoding="utf-8")
    return text(page.split('class="rule-list"', 1)[1].split("</ul>", 1)[0])


def test_each_plan_is_built_on_the_rules_in_force_on_its_date(law_site: Path) -> None:
    assert rules(law_site, "ke-hoach-thi-dua-2024") == "> Bằng khen của Thủ tướng Chính phủ: Nghị định số 98/2023/NĐ-CP (hiệu lực từ 01/01/2024 đến 30/06/2025)"
    assert rules(law_site, "ke-hoach-thi-dua-2026") == "> Bằng khen của Thủ tướng Chính phủ: Nghị định số 152/2025/NĐ-CP (hiệu lực từ 01/07/2025)"


def test_basis_switches_on_the_day_the_new_decree_takes_effect() -> None:
    ds, _report = load_and_validate(FIXTURE)
    award = ds.awards["bang-khen-thu-tuong"]
    assert award.basis_at(PartialDate(2025, 6, 30)).document.code == "98/2023/NĐ-CP"  # type: ignore[union-attr]
    assert award.basis_at(PartialDate(2025, 7, 1)).document.code == "152/2025/NĐ-CP"  # type: ignore[union-attr]
    assert award.basis_at(PartialDate(2023, 12, 1)) is None and not award.in_force(PartialDate(2023, 12, 1))


def test_a_plan_citing_a_form_or_template_out_of_force_is_warned() -> None:
    result = run_thiduua("validate", "--data", FIXTURE)
    output = result.stdout + result.stderr
    assert result.returncode == 0
    warnings = [line for line in output.splitlines() if "cảnh báo:" in line]
    assert warnings == [
        (
            "tests/data/law-changes/plans/ke-hoach-chep-mau-cu-2026.yaml:17:12: award_forms[0].award: cảnh báo: 'Giấy khen của Giám đốc Sở Nội vụ tỉnh Mẫu' "
            "không còn (hoặc chưa) được áp dụng vào ngày của kế hoạch (01/03/2026): xem valid_from, valid_to, legal_basis của hình thức này trong data/awards"
        ),
        (
            "tests/data/law-changes/plans/ke-hoach-chep-mau-cu-2026.yaml:24:5: dossier.report_template: cảnh báo: Mẫu số 08 của văn bản 98/2023/NĐ-CP "
            "không còn (hoặc chưa) được dùng vào ngày của kế hoạch (01/03/2026); dùng mẫu của văn bản đang có hiệu lực"
        ),
    ]
    # The 2024 plan cites the same form and template, in force on its date: no warning for it.
    assert "ke-hoach-thi-dua-2024" not in output
