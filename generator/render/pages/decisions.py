"""``/quyet-dinh/``: decisions newest first, one page each (the document, its attached list, and
the web facts apart from them), and their attached PDFs."""

from __future__ import annotations

from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.derive.decisions import annex_note, annex_sections, annex_title
from generator.render.page import Page
from generator.render.pages import schema_org


def pages(site: SiteData) -> Iterator[Page]:
    ds = site.dataset
    decisions, awards = ds.decisions, ds.awards
    honor_years = {y.year for y in site.honor_roll.years}
    for decision_id, decision in sorted(decisions.items()):
        attachment = None
        if decision.attachment:
            attachment = urls.decision_attachment(decision_id)
            yield Page(attachment, content=ds.data_dir / decision.attachment)
        revoked_ids = site.revokes.get(decision_id, [])
        sections = [
            {"section": section, "award": awards[section.award_id], "anchor": f"danh-sach-{i}"}
            for i, section in enumerate(annex_sections(ds, decision), start=1)
        ]
        year = decision.date.year
        yield Page(
            urls.decision(decision_id),
            "decision.md.j2",
            {
                "decision_id": decision_id,
                "decision": decision,
                "sections": sections,
                "annex_title": annex_title(ds, decision),
                "annex_note": annex_note(decision),
                "plans": ds.plans,
                "decisions": decisions,
                "plan": ds.plans.get(decision.plan or ""),
                "revoking": decisions.get(decision.revoked_by or ""),
                "revoked": [(rid, decisions[rid]) for rid in revoked_ids],
                "attachment": attachment,
                "honor_roll_year": year if decision.status != "revoked" and year in honor_years else None,
                "ld": schema_org.decision(decision),
            },
        )


def index(site: SiteData) -> Iterator[Page]:
    decisions = site.dataset.decisions
    years: dict[int, list[tuple[str, object]]] = {}
    for decision_id in site.decisions_newest_first:
        decision = decisions[decision_id]
        years.setdefault(decision.date.year, []).append((decision_id, decision))
    yield Page(urls.DECISIONS, "decisions.md.j2", {"years": list(years.items()), "count": len(decisions)})
