"""``/thong-bao/``: announcements (pinned first, then newest), one page each, categories, monthly archive.

Rendered with the project's own templates: Material's blog plugin cannot take generated posts.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.models.vocab import ANNOUNCEMENT_CATEGORY_LABELS
from generator.render.page import Page


def archive_title(year: int, month: int | None) -> str:
    return f"Tháng {month} năm {year}" if month else f"Năm {year}"


def _archives(site: SiteData) -> list[tuple[str, str, int, bool]]:
    """(page src, title, count, is a month) of every year and month with announcements, newest first."""
    months = site.announcements.by_month
    entries: list[tuple[str, str, int, bool]] = []
    for year in sorted({y for y, _ in months}, reverse=True):
        total = sum(len(items) for (y, _), items in months.items() if y == year)
        entries.append((urls.announcement_archive(year), archive_title(year, None), total, False))
        for (y, m), items in months.items():
            if y == year and m:
                entries.append((urls.announcement_archive(y, m), archive_title(y, m), len(items), True))
    return entries


def pages(site: SiteData) -> Iterator[Page]:
    index = site.announcements
    categories = [(code, ANNOUNCEMENT_CATEGORY_LABELS[code], len(items)) for code, items in index.by_category.items()]
    archives = _archives(site)
    nav = {"categories": categories, "archives": archives}
    yield Page(urls.ANNOUNCEMENTS, "announcements.md.j2", {"items": index.ordered, **nav})
    for code, items in index.by_category.items():
        title = f"Chuyên mục: {ANNOUNCEMENT_CATEGORY_LABELS[code]}"
        yield Page(urls.announcement_category(code), "announcement_list.md.j2", {"title": title, "items": items, **nav})
    years = sorted({y for y, _ in index.by_month}, reverse=True)
    for year in years:
        items = tuple(item for item in index.newest if item[1].date.year == year)
        yield Page(urls.announcement_archive(year), "announcement_list.md.j2", {"title": f"Thông báo năm {year}", "items": items, **nav})
    for (year, month), items in index.by_month.items():
        if month:
            title = f"Thông báo {archive_title(year, month).lower()}"
            yield Page(urls.announcement_archive(year, month), "announcement_list.md.j2", {"title": title, "items": items, **nav})
    for announcement_id, announcement in index.newest:
        plan = site.dataset.plans.get(announcement.plan or "")
        yield Page(urls.announcement(announcement_id), "announcement.md.j2", {"a": announcement, "announcement_id": announcement_id, "plan": plan})
