"""Lists as offices send them, built at test time with openpyxl / python-docx (no binary fixtures).

Legacy-font text is made with GNU libc's ``iconv -t TCVN5712-1`` (an encoder independent of
the converter under test) and read back as Latin-1, which is what a .VnTime cell holds.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

DECISION_DATE = "2025-06-20"
"""Before 1/7/2025, while the Sóc Trăng units still existed."""
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hạnh", "Khoa", "Lan", "Minh", "Nga", "Phúc", "Quân", "Sơn", "Thảo", "Uyên", "Vinh"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Hoàng", "Thanh"]
FAMILY = ["Trương", "Lâm", "Tô", "Mạc", "Kiều", "Quách"]
POSITIONS = ["Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Kế toán", "Văn thư"]
ASSIGNED_UNITS = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Cải cách hành chính", "Phòng Nội vụ huyện Kế Sách", "Ban Tôn giáo"]
AWARD = "Giấy khen của Giám đốc Sở Nội vụ"
NOBODY = "Trần Văn Không Ai"


def tcvn3(text: str) -> str:
    """``text`` as a cell typed in .VnTime holds it (no capital toned letters: VN3 has none)."""
    raw = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True, check=True).stdout
    return raw.decode("latin-1")


@dataclass
class BigList:
    """What the 300-row list contains, for the assertions."""

    path: Path
    data_rows: int = 0
    tcvn3_rows: list[int] = field(default_factory=list)
    ambiguous_row: int = 0
    nobody_row: int = 0
    my_tu_rows: list[int] = field(default_factory=list)
    matched: dict[int, str] = field(default_factory=dict)
    new_names: list[str] = field(default_factory=list)


def big_decision_list(path: Path, fictional: int = 280) -> BigList:
    """A 300-row "DANH SÁCH … kèm theo Quyết định" with title rows, a two-row merged header,
    group rows (I. TẬP THỂ, II. CÁ NHÂN, Huyện Mỹ Tú), a TCVN3 "Chức vụ" column, a duplicate
    name in two units and a name that matches nobody."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    info = BigList(path)
    sheet.append(["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN"])
    sheet.merge_cells("A1:F1")
    sheet.append(["(Kèm theo Quyết định số 300/QĐ-SNV ngày 20/6/2025 của Giám đốc Sở Nội vụ)"])
    sheet.merge_cells("A2:F2")
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Khen thưởng", None])
    sheet.append([None, None, None, None, "Hình thức", "Ghi chú"])
    for area in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4"):
        sheet.merge_cells(area)
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])

    def group(text: str) -> None:
        sheet.append([text])
        sheet.merge_cells(f"A{sheet.max_row}:F{sheet.max_row}")

    def person(stt: int, name: str, position: str, unit: str, font: bool) -> int:
        sheet.append([stt, name, tcvn3(position), unit, AWARD, None])
        row = sheet.max_row
        info.tcvn3_rows.append(row)
        if font:
            sheet.cell(row, 3).font = Font(name=".VnTime")
        info.data_rows += 1
        return row

    group("I. TẬP THỂ")
    for stt, unit in enumerate(["Phòng Nội vụ huyện Mỹ Tú", "Thanh tra Sở", "Tập thể công chức Văn phòng Sở"], start=1):
        sheet.append([stt, unit, None, None, AWARD, None])
        info.data_rows += 1
    group("II. CÁ NHÂN")
    stt = 0
    for stt, (name, pid, unit) in enumerate(
        [("Nguyễn Văn An", "nguyen-van-an-ke-sach", "Phòng Nội vụ huyện Kế Sách"), ("Lê Thị Ánh Tuyết", "le-thi-anh-tuyet", "")], start=1
    ):
        info.matched[person(stt, name, "Chuyên viên", unit, font=True)] = pid
    stt += 1
    info.ambiguous_row = person(stt, "NGUYỄN VĂN AN", "Chuyên viên", "", font=False)  # two people of this name, no unit
    stt += 1
    info.nobody_row = person(stt, NOBODY, "Văn thư", "Văn phòng Sở", font=True)
    info.new_names.append(NOBODY)
    names = iter(f"{f} {m} {g}" for g in GIVEN for m in MIDDLE for f in FAMILY)
    for i in range(fictional):
        stt += 1
        name = next(names)
        info.new_names.append(name)
        person(stt, name, POSITIONS[i % len(POSITIONS)], ASSIGNED_UNITS[i % len(ASSIGNED_UNITS)], font=i % 2 == 0)
    group("Huyện Mỹ Tú")
    for _ in range(300 - info.data_rows):
        stt += 1
        name = next(names)
        info.new_names.append(name)
        info.my_tu_rows.append(person(stt, name, "Chuyên viên", "", font=False))
    book.save(path)
    return info


def docx_list(path: Path, rows: list[tuple[str, str, str]], group_rows: dict[int, str] | None = None, vni_font_row: int | None = None) -> None:
    """A Word table STT | Họ và tên | Chức vụ | Đơn vị; ``group_rows`` are merged across the table."""
    import docx

    document = docx.Document()
    document.add_paragraph("DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG")
    table = document.add_table(rows=1, cols=4)
    for cell, title in zip(table.rows[0].cells, ["STT", "HỌ VÀ TÊN", "Chức vụ", "Đơn vị công tác"], strict=True):
        cell.text = title
    for index, (name, position, unit) in enumerate(rows):
        if group_rows and index in group_rows:
            cells = table.add_row().cells
            merged = cells[0].merge(cells[3])
            merged.text = group_rows[index]
        cells = table.add_row().cells
        cells[0].text = str(index + 1)
        if vni_font_row == index:
            run = cells[1].paragraphs[0].add_run(name)
            run.font.name = "VNI-Times"
        else:
            cells[1].text = name
        cells[2].text = position
        cells[3].text = unit
    document.save(path)
