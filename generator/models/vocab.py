"""Closed vocabularies with their Vietnamese labels (the codes are what editors write)."""

from __future__ import annotations

from typing import Literal

UnitKind = Literal[
    "so", "don-vi-thuoc-so", "don-vi-truc-thuoc-so", "phong-noi-vu-cap-huyen", "co-quan-khac",
    # bodies of a provincial campaign (issue 11): the province, its departments, districts and
    # communes, Party and mass organisations, enterprises, central bodies
    "tinh-thanh-pho", "so-ban-nganh", "huyen", "xa-phuong", "co-quan-dang", "doan-the", "doanh-nghiep", "co-quan-trung-uong",
]
UNIT_KIND_LABELS: dict[str, str] = {
    "so": "Sở",
    "don-vi-thuoc-so": "Đơn vị thuộc Sở",
    "don-vi-truc-thuoc-so": "Đơn vị trực thuộc Sở",
    "phong-noi-vu-cap-huyen": "Phòng Nội vụ cấp huyện",
    "co-quan-khac": "Cơ quan, đơn vị khác",
    "tinh-thanh-pho": "Tỉnh, thành phố trực thuộc Trung ương",
    "so-ban-nganh": "Sở, ban, ngành cấp tỉnh",
    "huyen": "Huyện, quận, thị xã, thành phố thuộc tỉnh",
    "xa-phuong": "Xã, phường, thị trấn, đặc khu",
    "co-quan-dang": "Cơ quan Đảng",
    "doan-the": "Mặt trận Tổ quốc, tổ chức chính trị - xã hội, đoàn thể",
    "doanh-nghiep": "Doanh nghiệp, hợp tác xã",
    "co-quan-trung-uong": "Bộ, ngành, cơ quan Trung ương",
}

Rating = Literal["HTXSNV", "HTTNV", "HTNV", "KHTNV"]
RATING_LABELS: dict[str, str] = {
    "HTXSNV": "Hoàn thành xuất sắc nhiệm vụ",
    "HTTNV": "Hoàn thành tốt nhiệm vụ",
    "HTNV": "Hoàn thành nhiệm vụ",
    "KHTNV": "Không hoàn thành nhiệm vụ",
}

AwardCategory = Literal["hinh-thuc", "danh-hieu"]
AWARD_CATEGORY_LABELS: dict[str, str] = {"hinh-thuc": "Hình thức khen thưởng", "danh-hieu": "Danh hiệu thi đua"}

RecipientKind = Literal["ca-nhan", "tap-the"]
RECIPIENT_KIND_LABELS: dict[str, str] = {"ca-nhan": "Cá nhân", "tap-the": "Tập thể"}

DecisionStatus = Literal["issued", "revoked"]
DECISION_STATUS_LABELS: dict[str, str] = {"issued": "Đang có hiệu lực", "revoked": "Đã bị thu hồi"}

AnnouncementCategory = Literal["thong-bao", "tin-tuc", "huong-dan", "ket-qua"]
ANNOUNCEMENT_CATEGORY_LABELS: dict[str, str] = {
    "thong-bao": "Thông báo",
    "tin-tuc": "Tin tức",
    "huong-dan": "Hướng dẫn",
    "ket-qua": "Kết quả",
}

Measure = Literal["unit_rating", "staff_rating", "units_without_violations", "staff_without_violations", "qualitative", "reported"]
Comparator = Literal["at_least", "at_most", "exactly"]
COMPARATOR_LABELS: dict[str, str] = {"at_least": "ít nhất", "at_most": "không quá", "exactly": "đúng"}
TargetUnit = Literal["count", "percent"]

LABEL_TABLES: dict[str, dict[str, str]] = {
    "UNIT_KIND_LABELS": UNIT_KIND_LABELS,
    "RATING_LABELS": RATING_LABELS,
    "AWARD_CATEGORY_LABELS": AWARD_CATEGORY_LABELS,
    "RECIPIENT_KIND_LABELS": RECIPIENT_KIND_LABELS,
    "DECISION_STATUS_LABELS": DECISION_STATUS_LABELS,
    "ANNOUNCEMENT_CATEGORY_LABELS": ANNOUNCEMENT_CATEGORY_LABELS,
    "COMPARATOR_LABELS": COMPARATOR_LABELS,
}
"""Every code -> Vietnamese label table, by name (templates see them under these names)."""
