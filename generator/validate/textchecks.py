"""Checks on every text value: Unicode NFC, legacy-font mojibake, control and invisible characters,
length limits (:mod:`generator.models.limits`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from generator.load.yaml_source import Path_
from generator.models.limits import limit_for

# Latin-1 characters that never occur in Vietnamese written in Unicode, but fill text that
# was typed in TCVN3 (ABC) or VNI fonts and then read as Latin-1: "Céng hßa x· héi",
# "Coäng hoøa xaõ hoäi".
_FOREIGN_LATIN1 = "¡¢£¤¥¦§¨©ª«¬®¯±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ"
_FOREIGN = re.compile(f"[{re.escape(_FOREIGN_LATIN1)}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional controls reorder what is shown ("Trần Văn Tám" with U+202E shows "TrầnnăV Tám");
# zero-width characters hide inside a word, so searching for it fails. Neither belongs in
# Vietnamese text.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
NAME_FIELDS = frozenset({"name", "short_name", "title", "short_title", "family", "middle", "given"})
"""Names and titles: an invisible character there is an error (elsewhere a warning, and removed)."""
WARNING_CODES = frozenset({"not_nfc", "invisible_character"})
"""Findings of this module that do not block the build (the value is corrected)."""

Finding = tuple[Path_, str, dict[str, str]]


def looks_like_mojibake(text: str) -> str | None:
    """Return a sample word when at least two legacy-font artefacts appear."""
    first = _FOREIGN.search(text)
    if first is None or _FOREIGN.search(text, first.end()) is None:
        return None
    for word in text.split():
        if _FOREIGN.search(word):
            return word[:30]
    return None


def check_text(value: str, field: str | None = None) -> tuple[str, list[tuple[str, dict[str, str]]]]:
    """Return the NFC form of ``value`` and the findings about it.

    ``field`` (the last key of the value's path) sets the length limit and whether an invisible
    character is an error (names, titles: kept, so the editor sees the finding) or a warning (the
    character is removed from the published text).
    """
    findings: list[tuple[str, dict[str, str]]] = []
    plain = value.isascii()  # most values: already NFC, and no legacy-font artefact is ASCII
    normalised = value if plain else unicodedata.normalize("NFC", value)
    if normalised != value:
        findings.append(("not_nfc", {}))
    control = _CONTROL.search(normalised)
    if control:
        findings.append(("control_character", {"codepoint": f"{ord(control.group()):04X}"}))
    invisible = None if plain else _INVISIBLE.search(normalised)
    if invisible:
        char = invisible.group()
        params = {"codepoint": f"{ord(char):04X}", "char_name": unicodedata.name(char, "?")}
        if field in NAME_FIELDS:
            findings.append(("invisible_in_name", params))
        else:
            findings.append(("invisible_character", params))
            normalised = _INVISIBLE.sub("", normalised)
    sample = None if plain else looks_like_mojibake(normalised)
    if sample:
        findings.append(("mojibake", {"sample": sample}))
    limit = limit_for(field)
    if len(normalised) > limit:
        findings.append(("text_too_long", {"length": str(len(normalised)), "max": str(limit)}))
    return normalised, findings


def normalise_tree(data: Any, report: Callable[[Path_, str, dict[str, str]], None], path: Path_ = ()) -> Any:
    """Return ``data`` with every string in NFC, reporting findings by path."""
    if isinstance(data, str):
        field = next((key for key in reversed(path) if isinstance(key, str)), None)  # levels[0]: "levels"
        text, findings = check_text(data, field)
        for code, params in findings:
            report(path, code, params)
        return text
    if isinstance(data, dict):
        return {key: normalise_tree(value, report, (*path, key)) for key, value in data.items()}
    if isinstance(data, list):
        return [normalise_tree(value, report, (*path, i)) for i, value in enumerate(data)]
    return data
