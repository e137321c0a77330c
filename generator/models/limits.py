"""Length limits of text fields: one table for the validator, the JSON Schemas and the editors' guide.

A limit is in characters (after NFC), by field name wherever the field appears (``name`` of a
person, a unit, an award, a recipient, a signer…); a list of texts (``levels``, ``individual``)
limits each item. Any text field not listed has :data:`DEFAULT_LIMIT`. The limits are far above
what real documents hold (the longest ``title`` of the bundled and corpus data is under 200
characters) and far below what would make a page unusable: a value over its limit is a typing or
pasting accident, refused with file:line.
"""

from __future__ import annotations

DEFAULT_LIMIT = 1000
"""Every text field not in :data:`FIELD_LIMITS`."""

MARKDOWN_LIMIT = 50_000
"""Markdown bodies (an announcement, a plan section): about 15 printed pages."""

FIELD_LIMITS: dict[str, int] = {
    # names and titles (also checked for invisible characters: textchecks.NAME_FIELDS)
    "name": 150,
    "short_name": 60,
    "title": 500,
    "short_title": 150,
    "family": 50,
    "middle": 50,
    "given": 50,
    # one-line texts
    "position": 200,
    "header": 200,
    "superior": 200,
    "issuer": 200,
    "kind": 100,
    "symbol": 50,
    "number": 20,
    "letter": 5,
    "clause": 5,
    "place": 100,
    "batch": 100,
    "form": 100,
    "appendix": 100,
    "levels": 100,
    "label": 300,
    "alt": 300,
    "consent_ref": 300,
    "end_event": 300,
    "file": 255,
    "attachment": 255,
    "source": 500,
    # paragraphs
    "summary": 1000,
    "citation": 1000,
    "individual": 1000,
    "collective": 1000,
    "components": 1000,
    "description": 2000,
    "note": 2000,
    "tasks_intro": 2000,
    # Markdown
    "achievements": 20_000,
    "preamble": 10_000,
    "closing": 10_000,
    "text": 10_000,
    "body": MARKDOWN_LIMIT,
}


def limit_for(field: str | None) -> int:
    """The length limit of a text field named ``field`` (the last key of its path)."""
    return FIELD_LIMITS.get(field or "", DEFAULT_LIMIT)
