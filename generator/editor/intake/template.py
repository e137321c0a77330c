"""``thiduua template decision|evaluation``: a blank .xlsx form the office fills in next time.

The headers are the Vietnamese words ``thiduua import`` recognises; the unit, award, kind and
rating columns have drop-down lists (Excel data validation) of the ids in the data folder, read
from a second sheet "Danh mục" that also shows each id's full name.
"""

from __future__ import annotations

from pathlib import Path

from generator.models.vocab import RATING_LABELS, RECIPIENT_KIND_LABELS
from generator.validate.dataset import Dataset
from generator.vietnamese import collation_key

ROWS = 1000
"""Rows that carry the drop-down lists."""

DECISION_HEADERS = ("STT", "Họ và tên", "Chức vụ", "Đơn vị công tác (mã)", "Hình thức khen thưởng (mã)", "Đối tượng", "Ghi chú")
EVALUATION_HEADERS = ("STT", "Đơn vị (mã)", "Năm", "Xếp loại", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Tổng số", "Vi phạm", "Ghi chú")
LISTS_SHEET = "Danh mục"


def write_template(kind: str, ds: Dataset, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    lists = book.create_sheet(LISTS_SHEET)
    units = sorted(ds.units.items(), key=lambda item: collation_key(item[1].name))
    awards = sorted(ds.awards.items(), key=lambda item: (item[1].rank, item[0]))
    columns: dict[str, tuple[str, list[tuple[str, str]]]] = {
        "A": ("Mã đơn vị", [(uid, unit.name) for uid, unit in units]),
        "C": ("Mã hình thức khen thưởng", [(aid, award.name) for aid, award in awards]),
        "E": ("Xếp loại", list(RATING_LABELS.items())),
        "G": ("Đối tượng", [(label, code) for code, label in RECIPIENT_KIND_LABELS.items()]),
    }
    for letter, (title, entries) in columns.items():
        name_column = chr(ord(letter) + 1)
        lists[f"{letter}1"] = title
        lists[f"{name_column}1"] = "Tên"
        lists[f"{letter}1"].font = lists[f"{name_column}1"].font = Font(bold=True)
        for i, (code, name) in enumerate(entries, start=2):
            lists[f"{letter}{i}"] = code
            lists[f"{name_column}{i}"] = name
        lists.column_dimensions[letter].width = 36
        lists.column_dimensions[name_column].width = 48

    def drop_down(column: str, list_column: str, count: int, prompt: str) -> None:
        last = max(count + 1, 2)
        validation = DataValidation(type="list", formula1=f"'{LISTS_SHEET}'!${list_column}$2:${list_column}${last}", allow_blank=True)
        validation.promptTitle = prompt
        validation.prompt = f"Chọn trong danh sách (sheet {LISTS_SHEET})"
        validation.error = f"Giá trị không có trong danh sách {LISTS_SHEET}"
        validation.showErrorMessage = True
        validation.showInputMessage = True
        sheet.add_data_validation(validation)
        validation.add(f"{column}2:{column}{ROWS + 1}")

    headers = DECISION_HEADERS if kind == "decision" else EVALUATION_HEADERS
    for index, title in enumerate(headers, start=1):
        cell = sheet.cell(1, index, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    sheet.freeze_panes = "A2"
    if kind == "decision":
        for letter, width in zip("ABCDEFG", (6, 30, 28, 36, 36, 12, 20), strict=True):
            sheet.column_dimensions[letter].width = width
        drop_down("D", "A", len(units), "Đơn vị công tác")
        drop_down("E", "C", len(awards), "Hình thức khen thưởng")
        drop_down("F", "G", len(RECIPIENT_KIND_LABELS), "Đối tượng")
    else:
        for letter, width in zip("ABCDEFGHIJK", (6, 36, 8, 12, 9, 9, 9, 9, 9, 9, 20), strict=True):
            sheet.column_dimensions[letter].width = width
        drop_down("B", "A", len(units), "Đơn vị")
        drop_down("D", "E", len(RATING_LABELS), "Xếp loại")
        for row in range(2, ROWS + 2):
            sheet[f"I{row}"] = f'=IF(COUNT(E{row}:H{row})=0,"",SUM(E{row}:H{row}))'
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
