"""``/nhung/``: small fragments the agency's own portal (its CMS) can embed: the latest decisions,
the next milestones and the progress summary, each as a static HTML snippet (a complete, tiny
document for an ``<iframe>``, its style inline) and a JSON feed, plus a page documenting them
with copy-paste examples. They load nothing: no script, font, image or stylesheet, from any host.

Links are absolute when ``site_url`` is set (a snippet pasted into another site must lead back
here), otherwise relative to the fragment.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator import urls
from generator.dates import short_date, vn_date
from generator.derive import SiteData
from generator.derive.milestone_status import has_passed
from generator.derive.progress import Status
from generator.render.page import Page

LATEST_DECISIONS = 5
NEXT_MILESTONES = 3
STATUS_LABELS: dict[Status, str] = {"dat": "đạt", "chua-dat": "chưa đạt", "khong-co-so-lieu": "chưa có số liệu", "dinh-tinh": "định tính"}


@dataclass(frozen=True)
class Widget:
    name: str
    """File name: ``nhung/<name>.html`` and ``nhung/<name>.json``."""
    title: str
    items: tuple[dict[str, Any], ...]
    """One dict per line: ``text``, ``href``, ``meta`` (shown) and the JSON fields."""
    more_text: str
    more_href: str


def href(site: SiteData, from_src: str, to_src: str) -> str:
    if site.options.site_url:
        return site.options.site_url.rstrip("/") + "/" + urls.served_url(to_src)
    return urls.relative(from_src, to_src)


def latest_decisions(site: SiteData) -> Widget:
    src = urls.widget("quyet-dinh-moi", "html")
    items = []
    for decision_id in site.decisions_newest_first[:LATEST_DECISIONS]:
        d = site.dataset.decisions[decision_id]
        items.append(
            {
                "id": decision_id,
                "code": d.code,
                "date": d.date.iso(),
                "issuer": d.issuer.name,
                "title": d.title,
                "status": d.status,
                "sample": d.sample,
                "url": href(site, src, urls.decision(decision_id)),
                "text": f"Quyết định số {d.display_code}" + ("" if d.number else " (chưa ghi số)"),
                "meta": f"{short_date(d.date)} · {d.title}",
            }
        )
    return Widget("quyet-dinh-moi", "Quyết định khen thưởng mới", tuple(items), "Tất cả quyết định", href(site, src, urls.DECISIONS))


def next_milestones(site: SiteData) -> Widget:
    src = urls.widget("moc-sap-toi", "html")
    items = []
    for plan_id in site.plans_newest_first[:1]:
        plan = site.dataset.plans[plan_id]
        ahead = [m for m in plan.milestones if not has_passed(m, site.last_updated) and (plan_id, m.id) not in site.done_milestones]
        for m in sorted(ahead, key=lambda m: (m.date.earliest, m.id))[:NEXT_MILESTONES]:
            items.append(
                {
                    "id": m.id,
                    "plan": plan_id,
                    "date": m.date.iso(),
                    "provisional": m.provisional,
                    "title": m.title,
                    "url": href(site, src, urls.TIMELINE),
                    "text": m.title,
                    "meta": vn_date(m.date) + (" (dự kiến)" if m.provisional else ""),
                }
            )
    return Widget("moc-sap-toi", "Mốc thời gian sắp tới", tuple(items), "Toàn bộ lịch trình", href(site, src, urls.TIMELINE))


def progress_summary(site: SiteData) -> Widget:
    src = urls.widget("tien-do", "html")
    items = []
    for plan_id in site.plans_newest_first[:1]:
        progress = site.progress.get(plan_id)
        if progress is None:
            continue
        for status, label in STATUS_LABELS.items():
            count = progress.count(status)
            items.append({"status": status, "label": label, "count": count, "text": f"{count} chỉ tiêu {label}", "meta": "", "url": ""})
    return Widget("tien-do", "Tiến độ chỉ tiêu thi đua", tuple(items), "Chi tiết từng chỉ tiêu", href(site, src, urls.PROGRESS))


WIDGETS = (latest_decisions, next_milestones, progress_summary)


def widget_json(site: SiteData, widget: Widget) -> bytes:
    shown = {"text", "meta"}
    payload = {
        "title": widget.title,
        "as_of": site.last_updated.isoformat(),
        "publisher": site.identity.agency,
        "more": widget.more_href,
        "items": [{k: v for k, v in item.items() if k not in shown and v != ""} for item in widget.items],
    }
    return (json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def pages(site: SiteData) -> Iterator[Page]:
    widgets = [make(site) for make in WIDGETS]
    for widget in widgets:
        yield Page(urls.widget(widget.name, "html"), "widget.html.j2", {"widget": widget, "agency": site.identity.agency, "as_of": site.last_updated})
        yield Page(urls.widget(widget.name, "json"), content=widget_json(site, widget))
    examples = {w.name: (urls.served_url(urls.widget(w.name, "html")), urls.served_url(urls.widget(w.name, "json"))) for w in widgets}
    yield Page(urls.WIDGETS, "widgets.md.j2", {"widgets": widgets, "examples": examples, "site_url": site.options.site_url.rstrip("/")})
