"""Several campaigns at once (issue 11 item 7): three plans (one ended in 2024, two running in
2025–2026) on the home page, /tien-do/ and /vinh-danh/, by plan and by year; the ended one stays
browsable. Built and link-checked through the CLI from ``tests/data/campaigns``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua
from test_pages_dashboard import text

FIXTURE = ROOT / "tests" / "data" / "campaigns"
PLANS = ("ke-hoach-chuyen-doi-so-2026", "ke-hoach-chao-mung-dai-hoi-2025", "ke-hoach-cai-cach-hanh-chinh-2024")


@pytest.fixture(scope="module")
def campaigns_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("campaigns") / "site"
    # `check` validates, builds strictly and follows every internal link and #fragment.
    result = run_thiduua("check", "--data", FIXTURE, "--no-html", "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 lỗi, 0 cảnh báo" in result.stdout + result.stderr
    return out


def page(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_every_campaign_keeps_its_plan_page(campaigns_site: Path) -> None:
    for plan_id in PLANS:
        assert (campaigns_site / "ke-hoach" / plan_id / "index.html").is_file()
    listing = text(page(campaigns_site, "ke-hoach/index.html"))
    assert listing.index("Thi đua chuyển đổi số năm 2026") < listing.index("Thi đua chào mừng Đại hội") < listing.index("Thi đua cải cách hành chính năm 2024")


def test_home_shows_the_running_campaigns_and_the_ended_ones_by_year(campaigns_site: Path) -> None:
    home = page(campaigns_site, "index.html")
    hero = text(home.split('class="home-hero"', 1)[1].split("</section>", 1)[0])
    assert "Kế hoạch số 3/KH-SNV Thi đua chuyển đổi số năm 2026" in hero  # the newest running campaign
    running = text(home.split('id="home-running"', 1)[1].split("</section>", 1)[0])
    assert "Thi đua chào mừng Đại hội Kế hoạch số 60/KH-SNV · Từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội." in running
    ended = home.split('id="home-other"', 1)[1].split("</section>", 1)[0]
    assert "Năm 2024 Thi đua cải cách hành chính năm 2024" in text(ended)
    assert 'href="ke-hoach/ke-hoach-cai-cach-hanh-chinh-2024/"' in ended
    assert "chuyển đổi số" not in text(ended)


def test_progress_lists_every_plan_by_year_with_working_anchors(campaigns_site: Path) -> None:
    progress = page(campaigns_site, "tien-do/index.html")
    nav = progress.split('class="progress-plans"', 1)[1].split("</nav>", 1)[0]
    assert text(nav.split(">", 1)[1]) == (
        "Tiến độ của 3 kế hoạch, theo năm bắt đầu: Năm 2026: Thi đua chuyển đổi số năm 2026 (đang triển khai) "
        "Năm 2025: Thi đua chào mừng Đại hội (đang triển khai) Năm 2024: Thi đua cải cách hành chính năm 2024"
    )
    anchors = re.findall(r'href="#([^"]+)"', nav)
    headings = re.findall(r'<h2 id="([^"]+)"', progress)
    assert anchors == headings and len(anchors) == 3


def test_honor_roll_counts_honours_by_plan(campaigns_site: Path) -> None:
    roll = page(campaigns_site, "vinh-danh/index.html")
    table = text(roll.split('id="theo-ke-hoach"', 1)[1].split("</table>", 1)[0])
    # 2024: QĐ 9 gives 3 (two units and one named person); QĐ 5 was revoked and counts nothing.
    assert "Thi đua cải cách hành chính năm 2024 (2024) 3 9/QĐ-SNV , 5/QĐ-SNV (đã bị thu hồi)" in table
    assert "Thi đua chuyển đổi số năm 2026 (2026, đang triển khai) 1 1/QĐ-SNV" in table
    assert table.index("2026") < table.index("2025") < table.index("(2024)")


def test_timeline_and_calendar_hold_every_campaign(campaigns_site: Path) -> None:
    timeline = text(page(campaigns_site, "lich-trinh/index.html"))
    for title in ("Tổng kết Thi đua cải cách hành chính năm 2024", "Tổng kết Thi đua chào mừng Đại hội", "Tổng kết Thi đua chuyển đổi số năm 2026"):
        assert title in timeline
    assert (campaigns_site / "lich-trinh.ics").read_bytes().count(b"BEGIN:VEVENT") == 7  # 3 milestones + 4 decisions


def test_a_single_plan_site_has_no_campaign_index(built_site: Path) -> None:
    assert 'class="progress-plans"' not in page(built_site, "tien-do/index.html")
    assert 'id="theo-ke-hoach"' not in page(built_site, "vinh-danh/index.html")
