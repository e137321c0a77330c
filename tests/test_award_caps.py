"""Award caps and quotas (issue 11 item 3): a plan's award forms carry "không quá 10 % tập thể,
5 % cá nhân" or a body's quota; the decisions tied to the plan are counted against them on the
plan and progress pages, and the validator warns (file:line) on the decision that goes over."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua
from test_pages_dashboard import text

from generator.models.plan import AwardCap

FIXTURE = ROOT / "tests" / "data" / "award-caps"
PLAN = Path("ke-hoach/ke-hoach-thi-dua-chuyen-de-2025/index.html")


@pytest.fixture(scope="module")
def caps_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("caps") / "site"
    build = run_thiduua("build", "--data", FIXTURE, "--out", out)
    assert build.returncode == 0, build.stdout + build.stderr
    return out


def test_validator_warns_on_the_decision_that_goes_over_each_cap() -> None:
    result = run_thiduua("validate", "--data", FIXTURE)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output  # a warning does not block the build
    lines = [line for line in output.splitlines() if "cảnh báo:" in line]
    assert lines == [
        (
            "tests/data/award-caps/decisions/qd-150-ubnd-2025.yaml:14:12: awards[0].award: cảnh báo: quyết định này nâng số tập thể "
            "được tặng 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' theo kế hoạch 'ke-hoach-thi-dua-chuyen-de-2025' lên 5, "
            "vượt giới hạn 4 (không quá 10 % tập thể)"
        ),
        (
            "tests/data/award-caps/decisions/qd-20-snv-2025.yaml:14:12: awards[0].award: cảnh báo: quyết định này nâng số tập thể, "
            "cá nhân được tặng 'Giấy khen' theo kế hoạch 'ke-hoach-thi-dua-chuyen-de-2025' lên 3, vượt giới hạn 2 (Sở Nội vụ: 02 Giấy khen)"
        ),
    ]
    assert "0 lỗi, 2 cảnh báo" in output


def test_caps_and_their_use_on_the_plan_and_progress_pages(caps_site: Path) -> None:
    plan = (caps_site / PLAN).read_text(encoding="utf-8")
    facts = text(plan.split('class="vb-facts"', 1)[1].split("</dl>", 1)[0])
    progress = (caps_site / "tien-do" / "index.html").read_text(encoding="utf-8")
    caps = text(progress.split('class="progress-caps"', 1)[1].split("</div>", 1)[0])
    for body in (facts, caps):
        # 10 % of 45 collectives is 4 (a share rounds down); QĐ 90 was revoked and does not count.
        assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: không quá 10 % tập thể — đã tặng 5, giới hạn 4 (10 % của 45) — vượt 1" in body
        assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: không quá 5 % cá nhân — đã tặng 2, giới hạn 3 (5 % của 60) — còn 1" in body
        # The quota of Sở Nội vụ counts its sub-unit Văn phòng Sở and its people.
        assert "Giấy khen (Sở Nội vụ tỉnh Mẫu): Sở Nội vụ: 02 Giấy khen — đã tặng 3, giới hạn 2 — vượt 1" in body


@pytest.mark.parametrize(("percent", "base", "limit"), [(10, 45, 4), (5, 60, 3), (10, 40, 4), (12.5, 8, 1), (0.1, 1000, 1)])
def test_share_caps_round_down_exactly(percent: float, base: int, limit: int) -> None:
    assert AwardCap(text="x", max_percent=percent, base=base).limit == limit


def test_a_cap_needs_one_limit_and_a_share_needs_its_base(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "plans").mkdir(parents=True)
    source = (FIXTURE / "plans" / "ke-hoach-thi-dua-chuyen-de-2025.yaml").read_text(encoding="utf-8")
    broken = source.replace("        max_percent: 10\n        base: 45\n", "        max_percent: 10\n", 1).replace("        max_count: 2\n", "        max_count: 2\n        max_percent: 5\n        base: 10\n", 1)
    (data / "plans" / "ke-hoach.yaml").write_text(broken, encoding="utf-8")
    result = run_thiduua("validate", data)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "plans/ke-hoach.yaml:22:9: award_forms[0].caps[0]: lỗi: max_percent cần base" in output
    assert "award_forms[1].caps[0]: lỗi: giới hạn khen thưởng ghi đúng một trong: max_count (số lượng) hoặc max_percent (tỷ lệ %)" in output
