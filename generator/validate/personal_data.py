"""Personal data that a public honour list must never publish (Decree 13/2023/NĐ-CP, the
Personal Data Protection Law in force since 01/01/2026): field names, and phone numbers,
e-mail addresses, ID numbers, dates of birth and home addresses written inside free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from generator.load.yaml_source import Path_
from generator.vietnamese import slugify

REFUSED_FIELDS = frozenset(
    {
        "birth_date", "date_of_birth", "dob", "birthday", "ngay_sinh", "nam_sinh", "birth_year",
        "id_number", "national_id", "cccd", "cmnd", "can_cuoc", "passport", "ho_chieu",
        "phone", "phone_number", "mobile", "telephone", "so_dien_thoai", "dien_thoai",
        "address", "home_address", "dia_chi", "que_quan", "hometown", "noi_o",
        "email", "e_mail", "thu_dien_tu",
        "tax_code", "ma_so_thue", "social_insurance", "bhxh", "so_bhxh",
        "religion", "ton_giao", "health", "suc_khoe", "bank_account", "so_tai_khoan",
        "ngay_thang_nam_sinh", "noi_sinh", "birthplace", "place_of_birth",
        "so_cccd", "so_cmnd", "can_cuoc_cong_dan", "citizen_id", "sdt", "zalo",
        "thuong_tru", "tam_tru", "noi_thuong_tru", "cho_o", "gioi_tinh", "gender", "dan_toc", "ethnicity",
    }
)


@lru_cache(maxsize=4096)  # every record repeats the same few keys: fold each once
def _canonical(key: str) -> str:
    """``Ngày sinh``, ``ngay-sinh`` and ``NGAY_SINH`` all become ``ngay_sinh``."""
    return slugify(key).replace("-", "_")


def refused_fields(data: Any, path: Path_ = ()) -> Iterator[Path_]:
    """Yield the path of every mapping key, at any depth, that names personal data."""
    if isinstance(data, dict):
        for key, value in data.items():
            if _canonical(str(key)) in REFUSED_FIELDS:
                yield (*path, key)
            elif isinstance(value, (dict, list)):  # scalars hold no keys
                yield from refused_fields(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            if isinstance(value, (dict, list)):
                yield from refused_fields(value, (*path, i))


# Personal data written inside free text (issue 18.3). The field names above are refused
# wherever they appear; these patterns look inside the values of every published field.

_PHONE = re.compile(r"(?<![\w/.,-])\(?(?:\+\s?84|0084|84|0)(?:[\s.()-]{0,2}\d){8,10}(?![\w/])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ID_NUMBER = re.compile(r"(?<![\w.,/-])(?:\d{12}|\d{9})(?![\w.,/-])(?!\s*(?:đồng|đ\b|vnđ|vnd|triệu|tỷ))", re.IGNORECASE)
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}\b|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})"
_BIRTH = re.compile(rf"\bsinh\b(?:\s+(?:ngày|năm|tháng|vào|ngày\s+tháng\s+năm))*\s*:?\s*(?:ngày\s+)?{_DATE}", re.IGNORECASE)
_NOT_BIRTH = frozenset({"học", "phát", "vệ", "hy", "nảy", "giáng", "tái", "sản", "hồi", "tân", "sơ", "nguyên", "hộ"})
"""Words before ``sinh`` that make another word: học sinh, phát sinh, vệ sinh, hy sinh…"""
_ADDRESS = re.compile(
    r"(?:\b(?:số\s+(?:nhà\s+)?)?\d+[a-z]?(?:/\d+[a-z]?)*\s*,?\s+(?:đường|phố|hẻm|ngõ|ngách|kiệt)\s+\w+"
    r"|\b(?:hẻm|ngõ|ngách|kiệt)\s+\d+"
    r"|\b(?:thường\s+trú|tạm\s+trú|nơi\s+ở|chỗ\s+ở|địa\s+chỉ\s+nhà|nhà\s+riêng)\b)",
    re.IGNORECASE,
)
_LINK = re.compile(r"\b(?:tel|mailto|sms|callto):[^\s)\]>\"']*", re.IGNORECASE)

_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in (_PHONE, _EMAIL, _ID_NUMBER, _BIRTH, _ADDRESS, _LINK)), re.IGNORECASE)
"""One pass that finds at least whatever one of the patterns finds: most texts have none of them."""

PATTERN_CODES = {"phone": "pd_phone", "email": "pd_email", "id_number": "pd_id_number", "birth": "pd_birth_date", "address": "pd_address", "link": "pd_contact_link"}
NOT_SCANNED = frozenset({"note", "file", "attachment", "consent_ref"})
"""Fields that are never published (``note``, the consent reference) or hold a path."""


def _phone_digits(text: str) -> str | None:
    """The national number of a Vietnamese phone number (``0…``), or None when it is not one."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0084"):
        digits = "0" + digits[4:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if len(digits) == 10 and digits[1] in "35789":  # mobile
        return digits
    if len(digits) == 11 and digits.startswith("02"):  # landline with its area code
        return digits
    return None


@dataclass(frozen=True)
class AllowedContacts:
    """Official contacts that may appear in text: the agency's, reviewed and listed by the editors."""

    phones: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    texts: tuple[str, ...] = ()
    """Other allowed values (an office address), compared without case and spacing."""

    @classmethod
    def of(cls, values: Iterable[str]) -> AllowedContacts:
        phones, emails, texts = set(), set(), []
        for value in values:
            phone = _phone_digits(value)
            if phone:
                phones.add(phone)
            elif _EMAIL.fullmatch(value.strip()):
                emails.add(value.strip().casefold())
            else:
                texts.append(_squash(value))
        return cls(frozenset(phones), frozenset(emails), tuple(texts))

    def allows(self, kind: str, text: str) -> bool:
        if kind == "phone":
            return _phone_digits(text) in self.phones
        if kind == "email":
            return text.casefold() in self.emails
        if kind == "link":
            target = text.split(":", 1)[1].split("?", 1)[0]
            return _phone_digits(target) in self.phones or target.casefold() in self.emails
        squashed = _squash(text)
        return any(squashed in allowed for allowed in self.texts)


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def personal_data_in_text(text: str, allowed: AllowedContacts = AllowedContacts()) -> list[tuple[int, str, str]]:
    """``(line index, pattern, matched text)`` for every piece of personal data in ``text``."""
    if _ANY.search(text) is None:
        return []
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match[str]) -> None:
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):  # one finding per stretch of text
            return
        if allowed.allows(kind, match.group(0)):
            taken.append((start, end))
            return
        taken.append((start, end))
        found.append((text.count("\n", 0, start), kind, match.group(0).strip()))

    for match in _LINK.finditer(text):
        add("link", match)
    for match in _EMAIL.finditer(text):
        add("email", match)
    for match in _PHONE.finditer(text):
        if _phone_digits(match.group(0)):
            add("phone", match)
    for match in _ID_NUMBER.finditer(text):
        add("id_number", match)
    for match in _BIRTH.finditer(text):
        before = text[: match.start()].split()
        if not before or before[-1].casefold() not in _NOT_BIRTH:
            add("birth", match)
    for match in _ADDRESS.finditer(text):
        add("address", match)
    return sorted(found)


def free_text(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    """Every published string of a record (not ``note``, paths or the consent reference)."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in NOT_SCANNED:
                yield from free_text(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from free_text(value, (*path, i))
