"""Announcements in reading order, by category and by month (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.models import Announcement
from generator.validate.dataset import Dataset

Item = tuple[str, Announcement]


def newest_first(items: list[Item]) -> list[Item]:
    """Latest date first; a partial date ("tháng 7 năm 2025") counts as its last day; ties by id."""
    by_id = sorted(items, key=lambda item: item[0])
    return sorted(by_id, key=lambda item: item[1].date.latest, reverse=True)


@dataclass(frozen=True)
class AnnouncementIndex:
    ordered: tuple[Item, ...]
    """Pinned first, then newest first."""
    newest: tuple[Item, ...]
    """Newest first, pinned or not (the feed, the archives)."""
    by_category: dict[str, tuple[Item, ...]]
    """Category code -> its announcements, newest first; only categories in use."""
    by_month: dict[tuple[int, int | None], tuple[Item, ...]]
    """(year, month) -> announcements, newest first; month is None for year-only dates. Newest month first."""

    @property
    def pinned(self) -> tuple[Item, ...]:
        return tuple(item for item in self.ordered if item[1].pinned)


def index_announcements(dataset: Dataset) -> AnnouncementIndex:
    newest = newest_first(list(dataset.announcements.items()))
    ordered = [i for i in newest if i[1].pinned] + [i for i in newest if not i[1].pinned]
    by_category: dict[str, list[Item]] = {}
    by_month: dict[tuple[int, int | None], list[Item]] = {}
    for item in newest:
        by_category.setdefault(item[1].category, []).append(item)
        by_month.setdefault((item[1].date.year, item[1].date.month), []).append(item)
    months = sorted(by_month, key=lambda k: (k[0], k[1] or 0), reverse=True)
    return AnnouncementIndex(
        tuple(ordered),
        tuple(newest),
        {k: tuple(v) for k, v in sorted(by_category.items())},
        {k: tuple(by_month[k]) for k in months},
    )
