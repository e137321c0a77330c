"""Write the "decision as a document" fixture (issue 11, Done-when): run it after changing it.

    python3 tests/data/decision_document/make_fixture.py

A decision of a provincial People's Committee (fictional people, ``sample: true``) with four Căn cứ
lines (one a Party document, "46-CT/TW"), "Theo đề nghị của …", three Điều, Nơi nhận with "(b/c)",
a four-line signer block with "(Đã ký)", and an attached list of 300 recipients grouped as such
decisions group them: I. TẬP THỂ then II. CÁ NHÂN, each by district (huyện). The collectives are
commune units nested tỉnh → huyện → xã, named as the decision writes them. A second decision has
no number and no day yet (a draft printed for signature). Deterministic: same output every run.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DISTRICTS = [
    ("my-tu", "huyện Mỹ Tú", "Huyện Mỹ Tú"),
    ("ke-sach", "huyện Kế Sách", "Huyện Kế Sách"),
    ("long-phu", "huyện Long Phú", "Huyện Long Phú"),
    ("my-xuyen", "huyện Mỹ Xuyên", "Huyện Mỹ Xuyên"),
    ("thanh-tri", "huyện Thạnh Trị", "Huyện Thạnh Trị"),
    ("vinh-chau", "thị xã Vĩnh Châu", "Thị xã Vĩnh Châu"),
]
COMMUNES = ["Phú Mỹ", "Long Hưng", "Hưng Phú", "Mỹ Thuận", "Thuận Hưng"]  # fictional per district
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thạch", "Lâm"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hoàng", "Quốc", "Thị Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đào", "Giang", "Hạnh", "Hùng", "Khoa", "Lộc", "Mai", "Nhi", "Phước", "Quân", "Sơn", "Tâm", "Uyên", "Vy", "Xuân", "Yến"]
POSITIONS = ["Chủ tịch Ủy ban nhân dân xã", "Phó Chủ tịch Ủy ban nhân dân xã", "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "Trưởng ấp"]
INDIVIDUALS_PER_DISTRICT = 45  # 6 × 45 = 270 cá nhân + 30 tập thể = 300

HEADER = "# Tệp do tests/data/decision_document/make_fixture.py sinh ra; sửa tệp đó rồi chạy lại.\n"


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(rel: str, text: str) -> None:
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + text, encoding="utf-8")


def units() -> None:
    write("units/tinh-soc-trang.yaml", "sample: true\nname: Tỉnh Sóc Trăng\nkind: co-quan-khac\n")
    write("units/ubnd-tinh-soc-trang.yaml", "sample: true\nname: Ủy ban nhân dân tỉnh Sóc Trăng\nkind: co-quan-khac\nparent: tinh-soc-trang\n")
    for slug, name, _ in DISTRICTS:
        write(f"units/{slug}.yaml", f"sample: true\nname: {name[0].upper() + name[1:]}\nkind: co-quan-khac\nparent: tinh-soc-trang\n")
        for i, commune in enumerate(COMMUNES, start=1):
            write(f"units/{slug}-xa-{i}.yaml", f"sample: true\nname: Xã {commune}, {name}\nkind: co-quan-khac\nparent: {slug}\n")


def person_name(n: int) -> str:
    return f"{FAMILY[n % len(FAMILY)]} {MIDDLE[(n // 3) % len(MIDDLE)]} {GIVEN[(n * 7) % len(GIVEN)]}"


def decision() -> None:
    lines = [
        "sample: true",
        'number: "2468"',
        "symbol: QĐ-UBND",
        "date: 2025-06-20",
        "place: Sóc Trăng",
        "issuer:",
        "  name: Ủy ban nhân dân tỉnh Sóc Trăng",
        "  header: ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "  unit: ubnd-tinh-soc-trang",
        "title: >-",
        "  Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có thành tích",
        "  xuất sắc trong thực hiện sắp xếp đơn vị hành chính cấp xã (dữ liệu mẫu)",
        "authority: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "legal_basis:",
        "  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
        "  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "  - text: Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
        "    document: {kind: Nghị định, number: \"98\", symbol: 2023/NĐ-CP, date: 2023-12-31, issuer: Chính phủ}",
        "  - text: Căn cứ Chỉ thị số 46-CT/TW ngày 15 tháng 12 năm 2024 của Ban Bí thư (dữ liệu mẫu);",
        "    document: {kind: Chỉ thị, number: \"46\", symbol: CT/TW, issuer: Ban Bí thư}",
        "proposal: Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 135/TTr-SNV ngày 12 tháng 6 năm 2025.",
        "articles:",
        "  - >-",
        "    Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 30 tập thể và 270 cá nhân (có danh sách",
        "    kèm theo), đã có thành tích xuất sắc trong thực hiện sắp xếp đơn vị hành chính cấp xã.",
        "  - Tiền thưởng kèm theo Bằng khen thực hiện theo quy định hiện hành.",
        "  - >-",
        "    Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội",
        "    vụ, Chủ tịch Ủy ban nhân dân các huyện, thị xã và các tập thể, cá nhân có tên tại Điều 1 chịu",
        "    trách nhiệm thi hành Quyết định này./.",
        "distribution:",
        "  - Như Điều 3;",
        "  - Bộ Nội vụ (b/c);",
        "  - TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);",
        "  - CT, các PCT UBND tỉnh;",
        "  - \"Lưu: VT, TĐKT.\"",
        "signer:",
        "  levels: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]",
        "  signature_note: (Đã ký)",
        "  name: Hà Minh Tân",
        "annex:",
        "  title: TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
        "awards:",
        "  - award: bang-khen-chu-tich-ubnd-tinh",
        "    citation: Đã có thành tích xuất sắc trong thực hiện sắp xếp đơn vị hành chính cấp xã.",
        "    groups:",
        "      - heading: I. TẬP THỂ",
        "        groups:",
    ]
    for slug, name, heading in DISTRICTS:
        lines += [f"          - heading: {heading}", "            recipients:"]
        for i, commune in enumerate(COMMUNES, start=1):
            lines += [f"              - unit: {slug}-xa-{i}", f"                name: {q(f'Nhân dân và cán bộ xã {commune}, {name}, tỉnh Sóc Trăng')}"]
    lines += ["      - heading: II. CÁ NHÂN", "        groups:"]
    n = 0
    for _, name, heading in DISTRICTS:
        lines += [f"          - heading: {heading}", "            recipients:"]
        for _ in range(INDIVIDUALS_PER_DISTRICT):
            commune = COMMUNES[n % len(COMMUNES)]
            lines += [
                f"              - name: {person_name(n)} (mẫu {n + 1:03d})",
                "                kind: ca-nhan",
                f"                position: {POSITIONS[n % len(POSITIONS)]}",
                f"                workplace: {q(f'Xã {commune}, {name}')}",
            ]
            n += 1
    write("decisions/qd-2468-ubnd-2025.yaml", "\n".join(lines) + "\n")

    draft = [
        "sample: true",
        'number: ""',
        "symbol: QĐ-UBND",
        "date: 2025-12",
        "place: Sóc Trăng",
        "issuer:",
        "  name: Ủy ban nhân dân tỉnh Sóc Trăng",
        "  header: ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "  unit: ubnd-tinh-soc-trang",
        "title: Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (bản chưa ghi số, ngày; dữ liệu mẫu)",
        "authority: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
        "articles:",
        "  - Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể.",
        "signer:",
        "  levels: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]",
        "  name: Hà Minh Tân",
        "awards:",
        "  - award: bang-khen-chu-tich-ubnd-tinh",
        "    recipients:",
        "      - unit: my-tu-xa-1",
    ]
    write("decisions/qd-chua-so-ubnd-2025.yaml", "\n".join(draft) + "\n")


def main() -> None:
    write("awards/bang-khen-chu-tich-ubnd-tinh.yaml", "name: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\ncategory: hinh-thuc\nrank: 30\n")
    units()
    decision()


if __name__ == "__main__":
    main()
