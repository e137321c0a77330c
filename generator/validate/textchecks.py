"""Checks on every text value: Unicode NFC, legacy-font mojibake, control characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from generator.load.yaml_source import Path_

# Latin-1 characters that never occur in Vietnamese written in Unicode, but fill text that
# was typed in TCVN3 (ABC) or VNI fonts and then read as Latin-1: "Céng hßa x· héi",
# "Coäng hoøa xaõ hoäi".
_FOREIGN_LATIN1 = "¡¢£¤¥¦§¨©ª«¬®¯±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ"
_FOREIGN = re.compile(f"[{re.escape(_FOREIGN_LATIN1)}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

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


def check_text(value: str) -> tuple[str, list[tuple[str, dict[str, str]]]]:
    """Return the NFC form of ``value`` and the findings about it."""
    findings: list[tuple[str, dict[str, str]]] = []
    plain = value.isascii()  # most values: already NFC, and no legacy-font artefact is ASCII
    normalised = value if plain else unicodedata.normalize("NFC", value)
    if normalised != value:
        findings.append(("not_nfc", {}))
    control = _CONTROL.search(normalised)
    if control:
        findings.append(("control_character", {"codepoint": f"{ord(control.group()):04X}"}))
    sample = None if plain else looks_like_mojibake(normalised)
    if sample:
        findings.append(("mojibake", {"sample": sample}))
    return normalised, findings


def normalise_tree(data: Any, report: Callable[[Path_, str, dict[str, str]], None], path: Path_ = ()) -> Any:
    """Return ``data`` with every string in NFC, reporting findings by path."""
    if isinstance(data, str):
        text, findings = check_text(data)
        for code, params in findings:
            report(path, code, params)
        return text
    if isinstance(data, dict):
        return {key: normalise_tree(value, report, (*path, key)) for key, value in data.items()}
    if isinstance(data, list):
        return [normalise_tree(value, report, (*path, i)) for i, value in enumerate(data)]
    return data
