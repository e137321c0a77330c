"""``/``: the campaign at a glance: period, next milestone, pinned news, latest decisions, progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.derive.campaigns import by_year
from generator.derive.progress import PlanProgress
from generator.models.plan import Milestone, Plan
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
    ahead = [m for m in milestones if (m.end or m.date).latest >= today]
    exact = [m for m in ahead if m.date.is_complete and m.end is None]
    current = [m for m in ahead if (not m.date.is_complete or m.end is not None) and m.date.earliest <= today]
    later = [m for m in ahead if (not m.date.is_complete or m.end is not None) and m.date.earliest > today]
    return next(iter(exact or current or later), None)


def dated_items(plan: Plan) -> list[Milestone]:
    """The plan's milestones and its rounds (a round is shown as a milestone spanning its days)."""
    rounds = [
        Milestone(id=r.id, date=r.start, end=r.end, provisional=r.provisional, title=f"{r.name}: {r.title}" if r.title else r.name, source=r.source)
        for r in plan.rounds
    ]
    return [*plan.milestones, *rounds]


def pages(site: SiteData) -> Iterator[Page]:
    plans = [(pid, site.dataset.plans[pid]) for pid in site.plans_newest_first]
    running = [c.plan_id for c in site.campaigns if c.running]
    # The hero is the newest running campaign; when none runs, the newest plan (the last campaign).
    hero = running[0] if running else (plans[0][0] if plans else None)
    campaign = (hero, site.dataset.plans[hero]) if hero else None
    others_running = [(pid, site.dataset.plans[pid]) for pid in running if pid != hero]
    ended = tuple(c for c in site.campaigns if c.plan_id != hero and not c.running)
    milestones = sorted(dated_items(campaign[1]), key=lambda m: (m.date.earliest, m.id)) if campaign else []
    upcoming = next_milestone(milestones, site.last_updated)
    next_id = upcoming.id if upcoming else None
    progress: PlanProgress | None = site.progress.get(campaign[0]) if campaign else None
    decisions = [(d, site.dataset.decisions[d]) for d in site.decisions_newest_first[:LATEST_DECISIONS]]
    context = {
        "plans": plans,
        "campaign": campaign,
        "others_running": others_running,
        "ended_by_year": [(year, [(c, site.dataset.plans[c.plan_id]) for c in items]) for year, items in by_year(ended)],
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
