"""``/quyet-dinh/``: decisions newest first, one page each, and their attached PDFs."""

from __future__ import annotations

from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.render.page import Page
from generator.render.pages import schema_org


def pages(site: SiteData) -> Iterator[Page]:
    ds = site.dataset
    decisions, people, units, awards = ds.decisions, ds.people, ds.units, ds.awards
    for decision_id, decision in sorted(decisions.items()):
        attachment = None
        if decision.attachment:
            attachment = urls.decision_attachment(decision_id)
            yield Page(attachment, content=ds.data_dir / decision.attachment)
        revoked_ids = site.revokes.get(decision_id, [])
        grants = [
            {
                "grant": grant,
                "award": awards[grant.award],
                "recipients": [(r, people.get(r.person or ""), units.get(r.unit or "")) for r in grant.recipients],
                "collectives": sum(1 for r in grant.recipients if r.recipient_kind == "tap-the"),
                "individuals": sum(1 for r in grant.recipients if r.recipient_kind == "ca-nhan"),
            }
            for grant in decision.awards
        ]
        yield Page(
            urls.decision(decision_id),
            "decision.md.j2",
            {
                "decision_id": decision_id,
                "decision": decision,
                "grants": grants,
                "plan": ds.plans.get(decision.plan or ""),
                "revoking": decisions.get(decision.revoked_by or ""),
                "revoked": [(rid, decisions[rid]) for rid in revoked_ids],
                "attachment": attachment,
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
