"""Who publishes the site: ``data/site.yaml`` when the dataset has one, else the newest plan's issuer.

The theme (header, footer, ``<meta name="author">``), the home banner and the Atom feed all read
the one :class:`Identity` computed here, so no page names an agency of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.models.site import Contact, Responsible
from generator.validate.dataset import Dataset

DEFAULT_AGENCY = "Sở Nội vụ"
"""Only for a dataset with neither site.yaml nor a plan (a fresh, empty data folder)."""


@dataclass(frozen=True)
class Identity:
    agency: str
    """Full name: ``Sở Nội vụ thành phố Cần Thơ``."""
    header: tuple[str, ...]
    """Lines naming the agency above the site's title: ``ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ``, ``SỞ NỘI VỤ``."""
    author: str
    site_name: str | None = None
    """None: the ``site_name`` of mkdocs.yml."""
    description: str | None = None
    contact: Contact | None = None
    responsible: Responsible | None = None
    licence: str | None = None
    sample: bool = False

    def theme_context(self) -> dict[str, Any]:
        """Plain values for the theme's templates (``config.extra.identity``)."""
        contact = self.contact
        return {
            "agency": self.agency,
            "header": list(self.header),
            "author": self.author,
            "address": contact.address if contact else None,
            "phone": contact.phone if contact else None,
            "phone_uri": phone_uri(contact.phone) if contact and contact.phone else None,
            "email": contact.email if contact else None,
            "website": contact.website if contact else None,
            "contact_sample": bool(contact and contact.sample),
            "responsible": f"{self.responsible.title}" + (f" {self.responsible.name}" if self.responsible.name else "") if self.responsible else None,
            "licence": self.licence,
        }


def phone_uri(phone: str) -> str:
    """``tel:`` target of a configured office number: ``(0299) 3.822.123`` -> ``tel:+842993822123``."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if phone.strip().startswith("+"):
        return f"tel:+{digits}"
    if digits.startswith("0"):
        return f"tel:+84{digits[1:]}"
    return f"tel:{digits}"


def site_identity(dataset: Dataset, newest_plan: str | None) -> Identity:
    """The configured identity, with the newest plan's issuer filling what site.yaml leaves out."""
    issuer = dataset.plans[newest_plan].issuer if newest_plan else None
    fallback_name = issuer.name if issuer else DEFAULT_AGENCY
    fallback_header = tuple(line for line in ((issuer.superior, issuer.header) if issuer else ()) if line)
    site = dataset.site
    if site is None:
        return Identity(agency=fallback_name, header=fallback_header, author=fallback_name)
    return Identity(
        agency=site.agency.name,
        header=tuple(site.agency.header) or (site.agency.name.upper(),),
        author=site.author or site.agency.name,
        site_name=site.site_name,
        description=site.description,
        contact=site.contact,
        responsible=site.responsible,
        licence=site.licence,
        sample=site.sample,
    )
