"""Checks on every text value: Unicode NFC, legacy-font mojibake, control characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

# legacy-font (TCVN3/VNI) knowledge lives in one module, shared with thiduua import
from generator.legacy_fonts import convert, looks_like_mojibake
from generator.load.yaml_source import Path_

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

Finding = tuple[Path_, str, dict[str, str]]


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
        converted = convert(normalised)  # the same tables `thiduua import` converts with
        if converted is not None:
            findings.append(("mojibake_convertible", {"sample": sample, "encoding": converted.encoding, "unicode": converted.text[:80]}))
        else:
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
