"""Vietnamese typed with pre-Unicode fonts (TCVN3/ABC ``.VnTime``, VNI ``VNI-Times``): detect, convert.

Such text reaches us as "mojibake": the font drew Vietnamese letters for byte values that
Unicode reads as Latin-1 (``Céng hßa`` for TCVN3, ``Coäng hoøa`` for VNI). This module is the
one place that knows both encodings: the validator (:mod:`generator.validate.textchecks`) asks
it whether a value looks like mojibake, and ``thiduua import`` asks it to convert cells.

The tables were checked against three independent references:

- TCVN3: GNU libc's ``TCVN5712-1`` converter (``iconv -f TCVN5712-1``; VN3 is the part of
  TCVN 5712:1993 without capital toned letters, identical in 0xA1–0xFF wherever VN3 has a
  letter); the arrays of backupvietsoft/HRM ``ConvertVNI/XtraForm1.cs`` and of
  duydev/vietnamese-conversion ``src/charsets.ts`` (npm ``vietnamese-conversion``).
  ``tests/test_legacy_fonts.py`` compares the table with ``iconv`` at test time.
- VNI (VNI-Windows): lamdao/xvnkb ``vni.h`` (the xvnkb keyboard's VNI table, rows in the
  order none, sắc, huyền, hỏi, ngã, nặng) and duydev/vietnamese-conversion ``src/charsets.ts``.

TCVN3 fonts come in pairs: ``.VnTime`` (lower case, plus the capitals Ă Â Ê Ô Ơ Ư Đ) and
``.VnTimeH`` (the same codes drawn as capitals). A capital toned letter therefore exists only
in an "H" font: :func:`convert` upper-cases when the font name says so, and otherwise when
the rest of the word is in capitals (``TËP THÓ`` -> ``TẬP THỂ``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Encoding = Literal["TCVN3", "VNI"]

# ---- TCVN3 (ABC): one byte per letter --------------------------------------------------------
_TCVN3_CAPITALS = {"¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}
_TCVN3_ROWS = {
    # base letter: its code, then the codes of the toned forms in the order à á ả ã ạ
    "a": ("", "µ¸¶·¹"),
    "ă": ("¨", "»¾¼½Æ"),
    "â": ("©", "ÇÊÈÉË"),
    "e": ("", "ÌÐÎÏÑ"),
    "ê": ("ª", "ÒÕÓÔÖ"),
    "i": ("", "×ÝØÜÞ"),
    "o": ("", "ßãáâä"),
    "ô": ("«", "åèæçé"),
    "ơ": ("¬", "êíëìî"),
    "u": ("", "ïóñòô"),
    "ư": ("\xad", "õøö÷ù"),
    "y": ("", "úýûüþ"),
}
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng: the order of the rows above


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _tcvn3_table() -> dict[str, str]:
    table = dict(_TCVN3_CAPITALS)
    table["®"] = "đ"
    for base, (plain, toned) in _TCVN3_ROWS.items():
        if plain:
            table[plain] = base
        for code, tone in zip(toned, _TONES, strict=True):
            table[code] = _toned(base, tone)
    return table


TCVN3: dict[str, str] = _tcvn3_table()
"""Legacy character (as Latin-1 shows it) -> Unicode letter."""

# ---- VNI: a base letter followed by one or two mark characters ---------------------------------
# Tone marks after a vowel, in the order sắc, huyền, hỏi, ngã, nặng (lower-case font codes;
# capitals use the upper-case character of each).
_VNI_TONE = "ùøûõï"
_VNI_TONE_ORDER = "\u0301\u0300\u0309\u0303\u0323"
_VNI_CIRCUMFLEX_TONE = "áàåãä"  # after a, e, o: â/ê/ô with a tone in one code
_VNI_BREVE_TONE = "éèúüë"  # after a: ă with a tone


def _vni_table() -> dict[str, str]:
    lower: dict[str, str] = {"ñ": "đ", "ô": "ơ", "ö": "ư", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
    for vowel in "aeouy":
        for code, tone in zip(_VNI_TONE, _VNI_TONE_ORDER, strict=True):
            if vowel == "y" and tone == "\u0323":
                continue  # ỵ is the single code î
            lower[vowel + code] = _toned(vowel, tone)
    for horn_code, horn in (("ô", "ơ"), ("ö", "ư")):
        for code, tone in zip(_VNI_TONE, _VNI_TONE_ORDER, strict=True):
            lower[horn_code + code] = _toned(horn, tone)
    for vowel in "aeo":
        lower[vowel + "â"] = _toned(vowel, "\u0302")
        for code, tone in zip(_VNI_CIRCUMFLEX_TONE, _VNI_TONE_ORDER, strict=True):
            lower[vowel + code] = _toned(_toned(vowel, "\u0302"), tone)
    lower["aê"] = "ă"
    for code, tone in zip(_VNI_BREVE_TONE, _VNI_TONE_ORDER, strict=True):
        lower["a" + code] = _toned("ă", tone)
    # í and ì are the Latin-1 letters themselves (no entry); ỉ ĩ ị have codes of their own
    table = dict(lower)
    table.update({key.upper(): value.upper() for key, value in lower.items()})
    return table


VNI: dict[str, str] = _vni_table()
"""Legacy sequence (one or two characters, as Latin-1 shows them) -> Unicode letter."""

# ---- detection -------------------------------------------------------------------------------
# Latin-1 characters that never occur in Vietnamese written in Unicode, but fill text that
# was typed in TCVN3 (ABC) or VNI fonts and then read as Latin-1: "Céng hßa x· héi",
# "Coäng hoøa xaõ hoäi".
FOREIGN_LATIN1 = "¡¢£¤¥¦§¨©ª«¬®¯±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ"
_FOREIGN = re.compile(f"[{re.escape(FOREIGN_LATIN1)}]")
_TCVN3_FONT = re.compile(r"^\s*\.vn", re.IGNORECASE)
_VNI_FONT = re.compile(r"^\s*vni[-_ ]", re.IGNORECASE)


def looks_like_mojibake(text: str) -> str | None:
    """Return a sample word when at least two legacy-font artefacts appear."""
    first = _FOREIGN.search(text)
    if first is None or _FOREIGN.search(text, first.end()) is None:
        return None
    for word in text.split():
        if _FOREIGN.search(word):
            return word[:30]
    return None


def font_encoding(font_name: str | None) -> Encoding | None:
    """The legacy encoding a font name stands for: ``.VnTime`` -> TCVN3, ``VNI-Times`` -> VNI."""
    if not font_name:
        return None
    if _TCVN3_FONT.match(font_name):
        return "TCVN3"
    if _VNI_FONT.match(font_name):
        return "VNI"
    return None


def is_upper_font(font_name: str | None) -> bool:
    """TCVN3 capitals fonts end in H: ``.VnTimeH``, ``.VnArialH``."""
    return bool(font_name and _TCVN3_FONT.match(font_name) and font_name.strip().endswith("H"))


@dataclass(frozen=True)
class Conversion:
    encoding: Encoding
    text: str


def decode_tcvn3(text: str, upper: bool = False) -> str:
    out = "".join(TCVN3.get(ch, ch) for ch in text)
    return out.upper() if upper else _recase_words(text, out)


def decode_vni(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in VNI:
            out.append(VNI[pair])
            i += 2
            continue
        ch = text[i]
        out.append(VNI.get(ch, ch) if ch in _VNI_SINGLE_CODES else ch)
        i += 1
    return "".join(out)


_VNI_SINGLE_CODES = frozenset(k for k in VNI if len(k) == 1)


def _recase_words(original: str, converted: str) -> str:
    """In a text written in capitals, a word of capitals has capital converted letters too.

    ``I. TËP THÓ`` (typed in ``.VnTimeH``, read without its font) -> ``I. TẬP THỂ``; a word with
    one capital is not enough (``Lª`` is ``Lê``, ``Sè:`` in ``Sè: /KH-SNV`` is ``Số:``).
    TCVN3 maps one character to one, so the words of both texts line up.
    """
    letters = [c for c in original if c.isascii() and c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return converted
    words = []
    for before, after in zip(original.split(" "), converted.split(" "), strict=True):
        capitals = sum(1 for c in before if c.isascii() and c.isalpha()) >= 2
        words.append(after.upper() if capitals else after)
    return " ".join(words)


# A Vietnamese syllable: onset, vowel nucleus, final consonant; at most one tone mark.
_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"(uyê|uyu|uya|iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|oao|"
    r"ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
    r"a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
    r"(ch|ng|nh|c|m|n|p|t)?$"
)
_TONE_MARKS = frozenset(_TONES)
_WORD = re.compile(r"[^\W\d_]+")


def is_syllable(word: str) -> bool:
    """True for a word that can be one Vietnamese syllable ("Nguyễn", "thành"), in any case."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_MARKS)
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return tones <= 1 and _SYLLABLE.match(bare) is not None


def _oddity(original: str, text: str) -> int:
    """Words of ``text`` that are not Vietnamese syllables, among those not plain ASCII in ``original``.

    Plain ASCII words ("UBND", "Müller"'s neighbours) read the same in every encoding, so only
    the others can tell which reading is right.
    """
    if len(original) != len(text):  # VNI pairs shrink the text: every non-ASCII word counts
        words = [w for w in _WORD.findall(text) if not w.isascii()]
    else:  # one character for one (TCVN3): the same span of the original tells what changed
        words = [m.group() for m in _WORD.finditer(text) if not original[m.start() : m.end()].isascii() or m.group() != original[m.start() : m.end()]]
    odd = len(_FOREIGN.findall(text)) + text.count("\xad")
    return odd + sum(1 for w in words if not _exempt(w) and not is_syllable(w))


def _exempt(word: str) -> bool:
    """A list label ("đ)") or an abbreviation in capitals ("NĐ-CP", "HĐND", "QĐ") is no syllable."""
    return len(word) == 1 or (word.isupper() and len(word) <= 4)


def convert(text: str, font_name: str | None = None, assume: Encoding | None = None) -> Conversion | None:
    """Unicode text from legacy-font text, or None when ``text`` does not look legacy.

    The font name (from the .xlsx/.docx cell) settles the encoding when it is a legacy font.
    Without one, both decodings are tried, and one is kept only when it reads as Vietnamese
    and the original does not. ``assume`` (the encoding of the other cells of a column) also
    converts text that reads as Vietnamese both ways, such as "Sè" (TCVN3 for "Số").
    """
    if text.isascii() or any(ord(c) > 0xFF for c in text):
        return None  # legacy text is made of Latin-1 characters only; ASCII is the same in all
    hinted = font_encoding(font_name) or assume
    candidates: list[Conversion] = []
    if hinted in (None, "TCVN3"):
        candidates.append(Conversion("TCVN3", decode_tcvn3(text, upper=is_upper_font(font_name))))
    if hinted in (None, "VNI"):
        candidates.append(Conversion("VNI", decode_vni(text)))
    changed = [Conversion(c.encoding, unicodedata.normalize("NFC", c.text)) for c in candidates if c.text != text]
    if font_encoding(font_name):
        return changed[0] if changed else None
    if assume:
        return changed[0] if changed and _oddity(text, changed[0].text) == 0 else None
    if _oddity(text, text) == 0:
        return None
    best = min(changed, key=lambda c: _oddity(text, c.text), default=None)
    if best is None or _oddity(text, best.text) != 0:
        return None
    return best
