"""Field names that a public honour list must never publish (Decree 13/2023/NĐ-CP)."""

from __future__ import annotations

from collections.abc import Iterator
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
