"""Vietnamese text rules: alphabetical order, diacritic folding, slugs, names, numbers.

Vietnamese orders 29 letters ``a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y``;
tone marks only break ties, in the order none, huyền, hỏi, ngã, sắc, nặng
(``a à ả ã á ạ``). Unicode code-point order gets both wrong (Đ sorts after Z, Ư after
U+01AF), which is why lists are sorted with :func:`collation_key`.

:func:`collation_key` is the CLDR Vietnamese collation as ICU applies it (strength tertiary,
punctuation and spaces not ignorable), for the characters of names and titles: the letters of the
whole string first (a space before any letter, so "Ôn Ngọc Hạ" comes before "Ông Đức Hùng"), then
the tone marks, then case. tests/test_collation_icu.py compares it with ICU itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: i for i, letter in enumerate(ALPHABET)}
# Secondary weights: no mark, then the tones in CLDR Vietnamese order; other marks (ü, ç in foreign
# names) after them.
_COMMON = 0
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_OTHER_MARK = 6
_MODIFIERS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư): letters of their own
# Spaces and punctuation sort before digits and letters, in this order (ICU's root order, which
# CLDR Vietnamese keeps); other symbols follow them.
PUNCTUATION = " _-–—,;:!?.…·'\u2018\u2019\"“”«»()[]{}@*/\\&#%`^+×<=>|~$"
_PUNCTUATION_RANK = {char: i for i, char in enumerate(PUNCTUATION)}
_SPACE, _DIGIT, _LATIN, _OTHER = 0, 1, 2, 3  # primary groups, in order

Primary = tuple[int, int]
CollationKey = tuple[tuple[Primary, ...], tuple[int, ...], tuple[int, ...]]


@lru_cache(maxsize=4096)
def _char_key(ch: str) -> tuple[Primary | None, tuple[int, ...], int]:
    """Primary weight (None: ignorable), secondary weights, case of one character (NFC)."""
    lower = ch.lower()
    case = 0 if ch == lower else 1
    if lower == "đ":
        return (_LATIN, _LETTER_RANK["đ"]), (_COMMON,), case
    decomposed = unicodedata.normalize("NFD", lower)
    letter, marks = decomposed[0], [_COMMON]
    for mark in decomposed[1:]:
        if mark in _MODIFIERS and letter + mark in _MODIFIED:
            letter = _MODIFIED[letter + mark]
        elif unicodedata.combining(mark):
            marks.append(_TONES.get(mark, _OTHER_MARK))
    if letter in _LETTER_RANK:
        return (_LATIN, _LETTER_RANK[letter]), tuple(marks), case
    if letter.isdigit():
        return (_DIGIT, unicodedata.digit(letter, 0)), tuple(marks), case
    if letter.isspace():
        return (_SPACE, _PUNCTUATION_RANK[" "]), (_COMMON,), 0
    if letter in _PUNCTUATION_RANK:
        return (_SPACE, _PUNCTUATION_RANK[letter]), (_COMMON,), case
    if unicodedata.category(letter)[0] in "CM":  # format and control characters, lone marks
        return None, (), 0
    if letter.isalpha():
        return (_OTHER, ord(letter)), tuple(marks), case
    return (_SPACE, len(PUNCTUATION) + ord(letter)), (_COMMON,), case


_MODIFIED = {unicodedata.normalize("NFD", c)[:2]: c for c in "ăâêôơư"}


@lru_cache(maxsize=65536)  # names and unit names recur in every list that sorts them
def collation_key(text: str) -> CollationKey:
    """Sort key: the letters of the whole string first (spaces and punctuation included), then
    the tone marks, then case (lower before upper), as ICU's Vietnamese collation compares."""
    primaries: list[Primary] = []
    secondaries: list[int] = []
    cases: list[int] = []
    for char in unicodedata.normalize("NFC", text):
        primary, marks, case = _char_key(char)
        if primary is None:
            continue
        primaries.append(primary)
        secondaries.extend(marks)
        cases.append(case)
    return tuple(primaries), tuple(secondaries), tuple(cases)


def words_key(words: list[str]) -> CollationKey:
    """The words as one text, a space between them: "An" sorts before "Anh" and "Ánh"."""
    return collation_key(" ".join(words))


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

    def sort_key(self, order: str = "given") -> CollationKey:
        """Vietnamese lists sort by tên, then đệm, then họ; ``order="family"`` by the name as written.

        The parts are compared as one text ("tên đệm họ", or "họ đệm tên"), the way ICU compares
        it: the letters of the whole name first, tone marks only when all letters are the same.
        """
        parts = (self.given, self.middle, self.family) if order == "given" else (self.family, self.middle, self.given)
        return words_key([word for part in parts for word in part.split()])


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
