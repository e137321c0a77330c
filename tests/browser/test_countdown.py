"""The home page's "còn N ngày" is computed by assets/javascripts/dashboard.js in the browser."""

from __future__ import annotations

import pytest

from .conftest import Traffic

pytestmark = pytest.mark.browser

NEXT = "li.milestone.is-next"


def _home(page, site_url: str, when: str) -> None:
    page.clock.set_fixed_time(when)
    page.goto(site_url, wait_until="load")


def test_countdown_to_the_next_exact_date(page, traffic: Traffic, site_url: str) -> None:
    _home(page, site_url, "2025-07-31T09:00:00")
    nxt = page.locator(NEXT)
    assert nxt.count() == 1
    assert nxt.locator("time").get_attribute("datetime") == "2025-08-10"
    assert nxt.locator(".milestone-countdown").inner_text() == "còn 10 ngày"
    assert page.locator("li.milestone.is-past").count() == 3  # 10/7/2024, 9/2024, 30/7/2025
    year_only = page.locator('li.milestone:has(time[datetime="2025"])')
    assert year_only.locator(".milestone-countdown").inner_text() == "trong năm nay"  # not "next": no exact day
    assert page.locator(".milestone-done").is_hidden()
    assert traffic.errors == [] and traffic.broken == []  # incl. Material's sitemap fetch next to the feed link


def test_month_under_way_is_marked_and_the_next_exact_date_counted(page, site_url: str) -> None:
    _home(page, site_url, "2024-09-15T09:00:00")
    month = page.locator('li.milestone:has(time[datetime="2024-09"])')
    assert month.locator(".milestone-countdown").inner_text() == "trong tháng này"
    nxt = page.locator(NEXT)
    assert nxt.locator("time").get_attribute("datetime") == "2025-07-30"
    assert nxt.locator(".milestone-countdown").inner_text() == "còn 318 ngày"  # 15/9/2024 -> 30/7/2025


def test_today_is_said_so(page, site_url: str) -> None:
    _home(page, site_url, "2025-08-28T23:30:00")
    assert page.locator(NEXT).locator(".milestone-countdown").inner_text() == "hôm nay"


def test_after_the_last_milestone_the_list_says_so(page, site_url: str) -> None:
    _home(page, site_url, "2026-01-05T09:00:00")
    assert page.locator(NEXT).count() == 0
    assert page.locator(".milestone-done").is_visible()
