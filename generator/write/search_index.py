"""Rank and tidy Material's site-wide search index (``search/search_index.json``) after it is written.

Material indexes every page alike. A reader expects, for a name: the person's or the unit's own
page, then the decisions naming it, then news, and list pages last; for "bang khen" the Bằng
khen decisions and the honor roll before news; a revoked decision last and marked as such.
This step, run by the MkDocs plugin once Material has written the index, gives each entry:

* a document **boost** by page kind (lunr multiplies the entry's score by it; see ``BOOSTS``);
* for a **decision**, its subject after its number in the title ("Quyết định số 1835/QĐ-TTg: Về
  việc tặng Bằng khen…"), so that "bang khen" finds it and the result says what it decides;
  a **revoked** one is marked "(đã thu hồi)" and ranks below every issued decision;
* for a **decision**, its number as the entry's ``tags`` (Material's most weighted field), so
  "125" or "131/QĐ-SNV" finds that decision before one that cites it, and "Quyết định khen
  thưởng số …" as the start of its text;
* for a **person**, a one-line summary "position · unit" as the result's text, so two people
  with the same name can be told apart in the result list;
* for an **honor-roll page** (its lists are kept out of the index), a summary of what it lists:
  the year, the number of honours, each award with its count.

A page Material splits into an empty preface plus a first section with the same title (breadcrumbs
before the ``<h1>``) becomes one entry: one result per person, and one entry per person instead of
two at 10,000 people. The step is idempotent (``thiduua serve`` rewrites the index after each
rebuild) and needs nothing of Material but the index format: ``{"config", "docs": [{location,
title, text, boost?}]}``.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import urls
from generator.derive import SiteData
from generator.vietnamese import vn_number

REVOKED_MARK = " (đã thu hồi)"

BOOSTS = {
    "own-page": 8.0,  # a person's, an exemplary person's or a unit's page
    "decision": 4.0,
    "plan": 4.0,
    "honor-roll": 2.0,
    "announcement": 1.0,
    "listing": 0.5,  # section indexes, archives by month or category, open data, guide
    "home": 0.3,
    "revoked": 1.0,  # below issued decisions; its number still finds it first
}


@dataclass(frozen=True)
class Ranking:
    boost: float
    title_suffix: str = ""
    """Added to the page entry's title: the decision's subject, "(đã thu hồi)"."""
    summary: str = ""
    """Plain text put first in the page entry's text: the result's teaser."""
    summary_only: bool = False
    """The summary replaces the entry's text (a person page whose text says the same at greater length)."""
    tags: tuple[str, ...] = ()
    """Material's ``tags`` field (the most weighted): a decision's number ("125", not the symbol every
    decision shares), so "125" or "131/QĐ-SNV" finds that decision before one citing it."""


def rankings(site: SiteData) -> dict[str, Ranking]:
    """Served URL path (``ca-nhan/x/``) -> its ranking, for every generated record page."""
    ds = site.dataset
    out: dict[str, Ranking] = {urls.served_url(urls.HOME): Ranking(BOOSTS["home"])}
    for person_id, person in ds.people.items():
        unit = ds.units.get(person.unit or "")
        summary = " · ".join(part for part in (person.position, unit.name if unit else None) if part)
        out[urls.served_url(urls.person(person_id))] = Ranking(
            BOOSTS["own-page"], summary=summary, summary_only=bool(summary) and not person.exemplary
        )
    for unit_id in ds.units:
        out[urls.served_url(urls.unit(unit_id))] = Ranking(BOOSTS["own-page"])
    for decision_id, decision in ds.decisions.items():
        # the subject in the result title: "Quyết định số 1835/QĐ-TTg: Về việc tặng Bằng khen…"
        subject = f": {decision.title}"
        revoked = decision.status == "revoked"
        kind = "Quyết định khen thưởng" + (" đã bị thu hồi" if revoked else "")
        out[urls.served_url(urls.decision(decision_id))] = Ranking(
            BOOSTS["revoked" if revoked else "decision"],
            subject + (REVOKED_MARK if revoked else ""),
            summary=f"{kind} số {decision.code}",
            tags=(decision.number,),
        )
    for plan_id in ds.plans:
        out[urls.served_url(urls.plan(plan_id))] = Ranking(BOOSTS["plan"])
    for announcement_id in ds.announcements:
        out[urls.served_url(urls.announcement(announcement_id))] = Ranking(BOOSTS["announcement"])
    for year in site.honor_roll.years:
        for page in year.pages:
            awards = [
                f"{ds.awards[section.award_id].name}: {vn_number(sum(len(g.honours) for g in section.groups))} lượt"
                for section in page.sections
            ]
            summary = (
                f"Danh sách {vn_number(page.count)} lượt khen thưởng theo các quyết định ban hành năm {year.year}"
                f" ({vn_number(year.total)} lượt trong năm): " + "; ".join(awards) + "."
            )
            out[urls.served_url(urls.honor_roll_page(year.year, page.number))] = Ranking(BOOSTS["honor-roll"], summary=summary)
    out.setdefault(urls.served_url(urls.HONOR_ROLL), Ranking(BOOSTS["honor-roll"]))
    return out


def _page_of(location: str) -> str:
    return location.split("#", 1)[0]


def refine(index: dict[str, Any], ranks: dict[str, Ranking]) -> dict[str, Any]:
    """The index with entries merged, boosted, marked and summarised (see the module docstring)."""
    docs: list[dict[str, object]] = [dict(doc) for doc in index.get("docs", [])]
    merged: list[dict[str, object]] = []
    for doc in docs:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and "#" not in str(previous["location"])
            and not str(previous["text"]).strip()
            and _page_of(str(doc["location"])) == previous["location"]
            and doc["title"] == previous["title"]
        ):
            previous["text"] = doc["text"]
            continue
        merged.append(doc)
    for doc in merged:
        location = str(doc["location"])
        page = _page_of(location)
        rank = ranks.get(page) or Ranking(BOOSTS["listing"])
        doc["boost"] = rank.boost
        title = str(doc["title"])
        if rank.title_suffix and location == page and not title.endswith(html.escape(rank.title_suffix, quote=False)):
            doc["title"] = title + html.escape(rank.title_suffix, quote=False)
        if rank.tags and location == page:
            doc["tags"] = list(rank.tags)
        if rank.summary and location == page:
            line = f"<p>{html.escape(rank.summary, quote=False)}</p>"
            text = str(doc["text"])
            if rank.summary_only:
                doc["text"] = line
            elif not text.startswith(line):
                doc["text"] = line + (" " + text if text.strip() else "")
    return {**index, "docs": merged}


def refine_file(path: Path, ranks: dict[str, Ranking]) -> None:
    """Rewrite Material's index in place (same compact JSON as Material writes)."""
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(refine(index, ranks), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
