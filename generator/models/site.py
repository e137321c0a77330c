"""The site's identity (optional ``data/site.yaml``): which agency publishes it and how to reach it.

One file for the whole dataset, so the same code builds the portal of any agency: the header,
the footer (address, phone, email, person responsible, licence line), ``<meta name="author">``,
the home banner and the feed's author all come from here. Without the file, the identity is
taken from the newest plan's issuer (see :func:`generator.derive.identity.site_identity`).
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from generator.models.common import Model, Record, Text

PHONE_PATTERN = r"^\+?[0-9][0-9 .()-]{5,30}$"
"""Digits, spaces, dots, brackets, hyphens and a leading +: ``0299 3822 123``, ``(0299) 3.822.123``."""
EMAIL_PATTERN = r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"


class Agency(Model):
    """The body that publishes the site, as its documents name it."""

    name: Text = Field(description="Tên đầy đủ của cơ quan: Sở Nội vụ thành phố Cần Thơ")
    header: list[Text] = Field(
        default_factory=list,
        max_length=3,
        description="Các dòng tên cơ quan ở đầu trang, như góc trái văn bản: ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ / SỞ NỘI VỤ",
    )


class Contact(Model):
    """The agency's public contact points as an office (never a person's own phone or email)."""

    address: str | None = Field(None, description="Địa chỉ trụ sở cơ quan")
    phone: str | None = Field(None, pattern=PHONE_PATTERN, description="Số điện thoại của cơ quan (văn phòng), ví dụ 0292 3820 000")
    email: str | None = Field(None, pattern=EMAIL_PATTERN, description="Thư điện tử của cơ quan, ví dụ sonoivu@cantho.gov.vn")
    website: str | None = Field(None, pattern=r"^https://[^\s\"'<>]+$", description="Cổng thông tin của cơ quan (https://…)")
    sample: bool = Field(False, description="true: địa chỉ, điện thoại, thư điện tử là dữ liệu mẫu, chưa được cơ quan xác nhận; trang ghi 'dữ liệu mẫu'")


class Responsible(Model):
    """Who answers for the content (the line a Vietnamese portal's footer carries)."""

    title: Text = Field(description="Chức vụ: Giám đốc Sở Nội vụ")
    name: str | None = Field(None, description="Họ và tên, chỉ khi đã được công bố công khai")


class SiteIdentity(Record):
    """``data/site.yaml``."""

    OFFICE_CONTACT_FIELDS: ClassVar[tuple[str, ...]] = ("contact",)
    """Top-level fields holding the agency's public office contacts, where ``phone``, ``email`` and
    ``address`` are expected (the personal-data check refuses those names everywhere else)."""

    agency: Agency = Field(description="Cơ quan chủ quản của trang")
    site_name: str | None = Field(None, description="Tên trang, hiện trên thanh tiêu đề; mặc định theo mkdocs.yml")
    description: str | None = Field(None, description="Mô tả ngắn của trang (thẻ meta description)")
    contact: Contact | None = Field(None, description="Liên hệ của cơ quan, hiện ở chân trang")
    responsible: Responsible | None = Field(None, description="Người chịu trách nhiệm nội dung")
    licence: str | None = Field(None, description="Dòng giấy phép, bản quyền ở chân trang")
    author: str | None = Field(None, description="Tác giả trang (thẻ meta author, tác giả nguồn tin); mặc định là tên cơ quan")
