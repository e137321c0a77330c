"""``/hoi-dap/``: public help "Tra cứu và hỏi đáp": how to look up an honour, what the award forms
are, who to contact. The editors' guide (``/huong-dan/``) is for editors and stays out of the tabs."""

from __future__ import annotations

from collections.abc import Iterator

from generator import urls
from generator.derive import SiteData
from generator.derive.identity import phone_uri
from generator.models import Award
from generator.models.vocab import RECIPIENT_KIND_LABELS
from generator.render.page import Page

AwardLine = tuple[str, Award, int, str]
"""Award id, the award, how many honours the site shows of it, who it is given to ("cá nhân, tập thể")."""


def pages(site: SiteData) -> Iterator[Page]:
    awards = sorted(site.dataset.awards.items(), key=lambda item: (item[1].category != "danh-hieu", item[1].rank, item[0]))
    granted: dict[str, int] = {}
    for honour in site.honours:
        if not honour.revoked:
            granted[honour.award_id] = granted.get(honour.award_id, 0) + 1
    lines: list[AwardLine] = [
        (award_id, a, granted.get(award_id, 0), ", ".join(RECIPIENT_KIND_LABELS[k].lower() for k in a.recipients)) for award_id, a in awards
    ]
    contact = site.identity.contact
    context = {
        "identity": site.identity,
        "phone_href": phone_uri(contact.phone) if contact and contact.phone else None,
        "titles": [line for line in lines if line[1].category == "danh-hieu"],
        "forms": [line for line in lines if line[1].category == "hinh-thuc"],
        "years": [y.year for y in site.honor_roll.years],
    }
    yield Page(urls.HELP, "help.md.j2", context)
