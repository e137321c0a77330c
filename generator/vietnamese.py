"""Vietnamese text rules: alphabetical order, diacritic folding, slugs, names, numbers.

Vietnamese orders 29 letters ``a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y``;
tone marks only break ties, in the order none, huyền, hỏi, ngã, sắc, nặng
(``a à ả ã á ạ``). Unicode code-point order gets both wrong (Đ sorts after Z, Ư after
U+01AF), which is why lists are sorted with :func:`collation_key`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: i for i, letter in enumerate(ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_MODIFIERS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)


@lru_cache(maxsize=4096)
def _char_key(ch: str) -> tuple[tuple[int, int], int, int]:
    lower = ch.lower()
    case = 0 if ch == lower else 1
    if lower == "đ":
        return (1, _LETTER_RANK["đ"]), 0, case
    decomposed = unicodedata.normalize("NFD", lower)
    letter, tone = decomposed[0], 0
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark in _MODIFIERS:
            letter = unicodedata.normalize("NFC", letter + mark)
    if letter in _LETTER_RANK:
        return (1, _LETTER_RANK[letter]), tone, case
    if letter.isdigit():
        return (0, int(letter) if letter.isascii() else ord(letter)), tone, case
    return (2, ord(letter)), tone, case


@lru_cache(maxsize=65536)  # names and unit names recur in every list that sorts them
def collation_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]:
    """Sort key: letters first (whole string), then tone marks, then case."""
    chars = [c for c in unicodedata.normalize("NFC", text) if c.isalnum()]
    keys = [_char_key(c) for c in chars]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys), tuple(k[2] for k in keys)


def words_key(words: list[str]) -> tuple[object, ...]:
    """Compare word by word, so that "An" sorts before "Anh" and "Ánh"."""
    return tuple(collation_key(w) for w in words)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form for matching: drop tone and vowel marks, đ -> d."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(text: str, separator: str = "-") -> str:
    """ASCII slug for URLs and ids: ``Nguyễn Văn Ân`` -> ``nguyen-van-an``.

    Also the heading-anchor function of the ``toc`` extension (mkdocs.yml), whose default
    drops every non-ASCII letter ("Đối tượng" -> ``oi-tuong``).
    """
    return re.sub(r"[^a-z0-9]+", separator, fold(text)).strip(separator)


@dataclass(frozen=True)
class NameParts:
    """Họ (family), đệm (middle) and tên (given) of a Vietnamese personal name."""

    family: str
    middle: str
    given: str

    @classmethod
    def split(cls, full_name: str) -> NameParts:
        words = full_name.split()
        if len(words) == 1:
            return cls("", "", words[0])
        return cls(words[0], " ".join(words[1:-1]), words[-1])

    def sort_key(self, order: str = "given") -> tuple[object, ...]:
        """Vietnamese lists sort by tên, then đệm, then họ; ``order="family"`` sorts by họ first."""
        parts = [self.given, self.middle, self.family] if order == "given" else [self.family, self.middle, self.given]
        return tuple(words_key(p.split()) for p in parts)


def vn_number(value: float | int | Decimal, decimals: int = 0) -> str:
    """``1234.5`` -> ``1.234,5``: dot groups thousands, comma marks decimals."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{frac}" if frac else f"{sign}{grouped}"


def vn_percent(value: float | int | Decimal, decimals: int = 1) -> str:
    """``18.18`` -> ``18,2 %``; whole numbers drop the decimals (``20 %``)."""
    text = vn_number(value, decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return f"{text}\u00a0%"


def count_2(n: int) -> str:
    """Counts in official texts are written with two digits: ``06``, ``09``, ``12``."""
    return f"{n:02d}"
