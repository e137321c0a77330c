"""Official contacts that free text may contain, read from two reviewed places.

1. ``data/site.yaml`` (the site's identity): ``contact.phone``, ``contact.email`` and
   ``contact.address`` of the agency, as its footer shows them;
2. ``data/public_contacts.yaml``: a list of other official contacts (a hotline of the Ban Thi
   đua – Khen thưởng, an office's e-mail), each with who it belongs to and who approved it::

       - value: 0299 3822 123
         owner: Văn phòng Sở Nội vụ
         approved: Chánh Văn phòng, 05/11/2026

Both are files of their own so that a pull request changing them is visible as such
(a CODEOWNERS rule can require the data protection officer's review).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Position, make
from generator.load.loader import display_path
from generator.load.yaml_source import decode, parse_yaml
from generator.validate.personal_data import AllowedContacts

SITE_FILE = "site.yaml"
ALLOW_FILE = "public_contacts.yaml"
ALLOW_FIELDS = ("value", "owner", "approved")


def _read(path: Path) -> tuple[Any, Any, list[Diagnostic]]:
    shown = display_path(path)
    try:
        text, problems = decode(path.read_bytes(), shown)
    except OSError as exc:
        return None, None, [make(shown, None, "", "other", detail=str(exc))]
    if text is None:
        return None, None, problems
    doc = parse_yaml(text, shown)
    return doc.data, doc.positions, doc.problems


def allowed_contacts(data_dir: Path) -> tuple[AllowedContacts, list[Diagnostic]]:
    """The allowed values and any problem with the allow-list file (``site.yaml`` is checked by its own model)."""
    values: list[str] = []
    problems: list[Diagnostic] = []
    site = data_dir / SITE_FILE
    if site.is_file():
        data, _, _ = _read(site)
        contact = data.get("contact") if isinstance(data, dict) else None
        if isinstance(contact, dict):
            values += [str(contact[key]) for key in ("phone", "email", "address") if isinstance(contact.get(key), (str, int))]
    allow = data_dir / ALLOW_FILE
    if allow.is_file():
        data, positions, read_problems = _read(allow)
        problems += read_problems
        shown = display_path(allow)
        if not read_problems and not isinstance(data, list):
            problems.append(make(shown, Position(1, 1), "", "public_contacts_shape"))
        for i, entry in enumerate(data if isinstance(data, list) else []):
            where = positions.locate((i,)) if positions is not None else None
            if not isinstance(entry, dict) or any(not str(entry.get(key) or "").strip() for key in ALLOW_FIELDS):
                problems.append(make(shown, where, f"[{i}]", "public_contacts_entry", fields=", ".join(ALLOW_FIELDS)))
                continue
            values.append(str(entry["value"]))
    return AllowedContacts.of(values), problems
