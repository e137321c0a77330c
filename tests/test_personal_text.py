"""Personal data written inside free text is refused (issue 18.3), through the real CLI.

A phone number, e-mail, 12-digit CCCD, date of birth or home address typed into an allowed
field (citation, achievements, position, an announcement's body) would reach the pages, the
search index, the open data and the feed. Each is an error naming the file, line, field and
pattern; the agency's own contacts, declared in ``data/site.yaml`` or the reviewed
``data/public_contacts.yaml``, are allowed, and only they may be ``tel:``/``mailto:`` links.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua

from generator.validate.personal_data import personal_data_in_text

MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal"
PERSON = "people/tran-thi-binh.yaml"
ANNOUNCEMENT = "announcements/khai-mac.md"
AGENCY_PHONE = "0299 3822 123"
AGENCY_EMAIL = "vanphong.snv@soctrang.gov.vn"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if text in line)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


CASES = {
    "phone": ("Liên hệ anh Bình: 0912 345 678.", "số điện thoại '0912 345 678'"),
    "email": ("Thư: binh.tran1985@gmail.com", "thư điện tử 'binh.tran1985@gmail.com'"),
    "cccd": ("CCCD 094185001234 cấp năm 2021.", "số giấy tờ tùy thân"),
    "birth": ("Chị sinh năm 1985 tại Kế Sách.", "ngày, năm sinh 'sinh năm 1985'"),
    "address": ("Nhà ở số 12 đường Lê Lợi, phường 6.", "địa chỉ nhà"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_personal_data_in_a_citation_is_an_error_at_its_line(data: Path, tmp_path: Path, case: str) -> None:
    text, message = CASES[case]
    person = data / PERSON
    _replace(person, "Gương mẫu, tận tụy trong công tác cải cách hành chính.", f'"{text}"')
    result = run_thiduua("validate", data)
    assert result.returncode == 1
    assert f"tran-thi-binh.yaml:{_line_of(person, text)}:" in result.stderr and "exemplary.citation:" in result.stderr, result.stderr
    assert message in result.stderr, result.stderr
    build = run_thiduua("build", "--data", data, "--out", tmp_path / "site")
    assert build.returncode == 1 and "Traceback" not in build.stderr and not (tmp_path / "site").exists()


def test_personal_data_in_achievements_position_and_an_announcement_body(data: Path) -> None:
    person = data / PERSON
    _replace(person, "    - Hoàn thành xuất sắc nhiệm vụ năm 2024.", "    - Hoàn thành xuất sắc nhiệm vụ năm 2024.\n    - Điện thoại riêng: 0987.654.321")
    _replace(person, "position: Chuyên viên", "position: Chuyên viên (sinh ngày 12/03/1985)")
    announcement = data / ANNOUNCEMENT
    announcement.write_text(announcement.read_text(encoding="utf-8") + "\nHồ sơ gửi về chị Bình, thường trú tại ấp Phú Thành.\n", encoding="utf-8")
    result = run_thiduua("validate", data)
    assert result.returncode == 1
    assert f"tran-thi-binh.yaml:{_line_of(person, '0987.654.321')}:1: exemplary.achievements:" in result.stderr, result.stderr
    assert f"tran-thi-binh.yaml:{_line_of(person, 'position:')}:" in result.stderr and "position: lỗi: ngày, năm sinh" in result.stderr
    assert f"khai-mac.md:{_line_of(announcement, 'thường trú')}:1: body: lỗi: địa chỉ nhà" in result.stderr, result.stderr


def _site_yaml(data: Path) -> None:
    (data / "site.yaml").write_text(
        f"agency:\n  name: Sở Nội vụ tỉnh Sóc Trăng\ncontact:\n  phone: {AGENCY_PHONE}\n  email: {AGENCY_EMAIL}\n", encoding="utf-8"
    )


def test_the_agency_contacts_of_site_yaml_are_allowed_also_as_links(data: Path, tmp_path: Path) -> None:
    _site_yaml(data)
    announcement = data / ANNOUNCEMENT
    announcement.write_text(
        announcement.read_text(encoding="utf-8")
        + f"\nMọi thắc mắc xin liên hệ Văn phòng Sở: [(0299) 3.822.123](tel:02993822123), [{AGENCY_EMAIL}](mailto:{AGENCY_EMAIL}).\n",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    result = run_thiduua("build", "--data", data, "--out", out)
    assert result.returncode == 0, result.stderr
    page = next(out.rglob("khai-mac/index.html")).read_text(encoding="utf-8")
    assert 'href="tel:02993822123"' in page and f'href="mailto:{AGENCY_EMAIL}"' in page


def test_a_tel_link_to_any_other_number_is_refused(data: Path) -> None:
    _site_yaml(data)
    announcement = data / ANNOUNCEMENT
    announcement.write_text(announcement.read_text(encoding="utf-8") + "\n[Gọi ngay](tel:113)\n", encoding="utf-8")
    result = run_thiduua("validate", data)
    assert result.returncode == 1 and "liên kết gọi điện/gửi thư 'tel:113'" in result.stderr, result.stderr


def test_reviewed_allow_list_allows_an_official_hotline_and_refuses_incomplete_entries(data: Path) -> None:
    person = data / PERSON
    _replace(person, "Gương mẫu, tận tụy trong công tác cải cách hành chính.", "'Đường dây nóng của Ban: 0299 3611 456.'")
    (data / "public_contacts.yaml").write_text(
        "- value: 0299 3611 456\n  owner: Ban Thi đua - Khen thưởng\n  approved: Trưởng ban, 05/11/2026\n- value: 0912 000 111\n  owner: ai đó\n",
        encoding="utf-8",
    )
    result = run_thiduua("validate", data)
    assert "0299 3611 456" not in result.stderr, result.stderr
    assert "public_contacts.yaml:4:3: [1]: lỗi: mục liên hệ công vụ thiếu trường" in result.stderr, result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 1835/QĐ-TTg ngày 12/06/2025 của Thủ tướng Chính phủ",
        "Nghị định số 98/2023/NĐ-CP; Số: 12/QĐ-SNV",
        "học sinh, sinh viên năm 2024; phát sinh năm 2025; vệ sinh môi trường; hy sinh năm 1968",
        "tiền thưởng 150000000 đồng; 120 người; năm 2025",
        "thực hiện đường lối của Đảng; đường dây nóng",
    ],
)
def test_official_wording_is_not_mistaken_for_personal_data(text: str) -> None:
    assert personal_data_in_text(text) == []
