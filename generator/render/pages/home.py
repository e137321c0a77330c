"""``/``: the campaign at a glance: period, next milestone, pinned news, latest decisions, progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.derive.progress import PlanProgress
from generator.models.plan import Milestone
from generator.render.page import Page

LATEST_DECISIONS = 5

SECTIONS: tuple[tuple[str, str, str], ...] = (
    (urls.PLANS, "Kế hoạch", "Toàn văn kế hoạch thi đua, chỉ tiêu, tiêu chuẩn, hồ sơ"),
    (urls.PROGRESS, "Tiến độ", "Kết quả thực hiện từng chỉ tiêu, tính từ xếp loại đơn vị"),
    (urls.HONOR_ROLL, "Vinh danh", "Tập thể, cá nhân được khen thưởng, tra cứu theo tên"),
    (urls.EXEMPLARY, "Gương điển hình", "Những tấm gương tiêu biểu trong phong trào thi đua"),
    (urls.DECISIONS, "Quyết định", "Các quyết định khen thưởng, mới nhất trước"),
    (urls.UNITS, "Đơn vị", "Các cơ quan, đơn vị: kết quả đánh giá, khen thưởng"),
    (urls.ANNOUNCEMENTS, "Thông báo", "Thông báo, tin tức, hướng dẫn, kết quả"),
    (urls.TIMELINE, "Lịch trình", "Các mốc thời gian và lịch để thêm vào điện thoại"),
    (urls.OPEN_DATA, "Dữ liệu mở", "Toàn bộ dữ liệu dạng JSON và CSV"),
)
"""Every section of the site, in the navigation's order."""


def next_milestone(milestones: list[Milestone], today: dt.date) -> Milestone | None:
    """The milestone to highlight on ``today``: the next exact date (today included); otherwise a
    month or year under way; otherwise the next month or year. The browser re-runs the same rule
    with its own date (assets/javascripts/dashboard.js); the build uses the data's "as of" date.
    """
    ahead = [m for m in milestones if m.date.latest >= today]
    exact = [m for m in ahead if m.date.is_complete]
    current = [m for m in ahead if not m.date.is_complete and m.date.earliest <= today]
    later = [m for m in ahead if not m.date.is_complete and m.date.earliest > today]
    return next(iter(exact or current or later), None)


def pages(site: SiteData) -> Iterator[Page]:
    plans = [(pid, site.dataset.plans[pid]) for pid in site.plans_newest_first]
    campaign = plans[0] if plans else None
    milestones = sorted(campaign[1].milestones, key=lambda m: (m.date.earliest, m.id)) if campaign else []
    upcoming = next_milestone(milestones, site.last_updated)
    next_id = upcoming.id if upcoming else None
    progress: PlanProgress | None = site.progress.get(campaign[0]) if campaign else None
    decisions = [(d, site.dataset.decisions[d]) for d in site.decisions_newest_first[:LATEST_DECISIONS]]
    context = {
        "plans": plans,
        "campaign": campaign,
        "milestones": milestones,
        "next_id": next_id,
        "as_of": site.last_updated,
        "pinned": site.announcements.pinned,
        "latest_announcements": [i for i in site.announcements.newest if not i[1].pinned][:3],
        "progress": progress,
        "decisions": decisions,
        "sections": SECTIONS,
    }
    yield Page(urls.HOME, "home.md.j2", context)
