"""``thiduua import`` and ``thiduua template`` through the real CLI, on lists built at test time."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import run_thiduua
from intake_fixtures import DECISION_DATE, NOBODY, big_decision_list, docx_list, tcvn3

from generator.load.loader import UNFINISHED_MARKER

pytest.importorskip("openpyxl")
pytest.importorskip("docx")


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def finish(path: Path) -> None:
    """What the editor does after checking a record: delete its "CHƯA HOÀN THIỆN" lines."""
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(line for line in lines if UNFINISHED_MARKER not in line), encoding="utf-8")


def import_big(tmp_path: Path, data: Path, *extra: str):  # type: ignore[no-untyped-def]
    info = big_decision_list(tmp_path / "danh-sach-qd-300.xlsx")
    result = run_thiduua(
        "import", "decision", info.path, "--decision", "qd-300-snv-2025", "--number", "300", "--symbol", "QĐ-SNV",
        "--date", DECISION_DATE, "--data", data, *extra,
    )
    return info, result


@pytest.mark.slow
def test_300_row_list_imports_validates_and_builds(tmp_path: Path, data_copy: Path) -> None:
    info, result = import_big(tmp_path, data_copy)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert info.data_rows == 300
    out = result.stdout
    shown = re.escape("danh-sach-qd-300.xlsx")
    # the TCVN3 column is reported once, with the count of its cells and their rows
    converted = [line for line in out.splitlines() if "TCVN3" in line]
    assert len(converted) == 1, converted
    assert f"{len(info.tcvn3_rows)} ô của cột C" in converted[0]
    # the duplicate name is listed by row number and not guessed; the unknown name becomes a record
    assert re.search(rf"{shown}:{info.ambiguous_row}:2: Họ và tên: cảnh báo: 'Nguyễn Văn An' khớp nhiều cá nhân", out)
    assert re.search(rf"{shown}:{info.nobody_row}:2: Họ và tên: cảnh báo: không có cá nhân '{NOBODY}'", out)

    decision_file = data_copy / "decisions" / "qd-300-snv-2025.yaml"
    decision = yaml.safe_load(decision_file.read_text(encoding="utf-8"))
    assert decision["number"] == "300" and decision["symbol"] == "QĐ-SNV" and str(decision["date"]) == DECISION_DATE
    (grant,) = decision["awards"]
    assert grant["award"] == "giay-khen-giam-doc-so-noi-vu"
    recipients = grant["recipients"]
    assert len(recipients) == 300
    assert recipients[:3] == [{"unit": "phong-noi-vu-huyen-my-tu"}, {"unit": "thanh-tra-so"}, {"unit": "van-phong-so"}]
    assert {"person": "nguyen-van-an-ke-sach", "position": "Chuyên viên"} in recipients  # matched by name + unit
    assert {"person": "le-thi-anh-tuyet", "position": "Chuyên viên"} in recipients  # TCVN3 position, converted
    assert {"name": "Nguyễn Văn An", "kind": "ca-nhan", "position": "Chuyên viên"} in recipients  # ambiguous: by name
    text = decision_file.read_text(encoding="utf-8")
    assert f"# {UNFINISHED_MARKER}: dòng {info.ambiguous_row} của danh-sach-qd-300.xlsx (Danh sách) trùng tên" in text
    assert "nguyen-van-an (phong-cai-cach-hanh-chinh), nguyen-van-an-ke-sach (phong-noi-vu-huyen-ke-sach)" in text

    new_files = sorted((data_copy / "people").glob("*.yaml"))
    created = [p for p in new_files if "thiduua import" in p.read_text(encoding="utf-8")]
    assert len(created) == len(info.new_names) == 294  # the nobody + 280 + 13 under Huyện Mỹ Tú
    nobody = yaml.safe_load((data_copy / "people" / "tran-van-khong-ai.yaml").read_text(encoding="utf-8"))
    assert nobody == {"sample": False, "name": NOBODY, "position": "Văn thư", "unit": "van-phong-so"}
    # rows under the group row "Huyện Mỹ Tú" take that unit
    my_tu = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in created]
    assert sum(1 for p in my_tu if p.get("unit") == "phong-noi-vu-huyen-my-tu") == len(info.my_tu_rows)

    # validation right away, as `validate` prints it: only the expected "unfinished" lines
    assert "Kiểm tra dữ liệu sau khi nhập:" in out
    validated = run_thiduua("validate", "--data", data_copy)
    assert validated.returncode == 1
    errors = [line for line in validated.stderr.splitlines() if ": lỗi: " in line]
    assert errors and all("chưa được hoàn thiện" in line for line in errors), errors
    assert len(errors) == len(created) + 1  # the new people and the decision (the template's line comes first)

    # the editor checks the records, picks the person for the ambiguous row, deletes the lines
    for path in [*created, decision_file]:
        finish(path)
    decision_file.write_text(
        decision_file.read_text(encoding="utf-8").replace("      - name: Nguyễn Văn An  #", "      - person: nguyen-van-an  #").replace(
            "        kind: ca-nhan\n        position: Chuyên viên\n", "        position: Chuyên viên\n", 1
        ),
        encoding="utf-8",
    )
    validated = run_thiduua("validate", "--data", data_copy)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    site = tmp_path / "site"
    built = run_thiduua("build", "--data", data_copy, "--out", site)
    assert built.returncode == 0, built.stdout + built.stderr
    page = (site / "quyet-dinh" / "qd-300-snv-2025" / "index.html").read_text(encoding="utf-8")
    assert NOBODY in page and "Trương Văn An" in page


def test_dry_run_writes_nothing_and_shows_the_diff(tmp_path: Path, data_copy: Path) -> None:
    before = tree_digest(data_copy)
    info, result = import_big(tmp_path, data_copy, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert tree_digest(data_copy) == before
    assert "--- /dev/null\n+++ b/" in result.stdout
    assert re.search(r"^\+\+\+ b/.*decisions/qd-300-snv-2025\.yaml$", result.stdout, re.MULTILINE)
    assert "+      - person: nguyen-van-an-ke-sach  # dòng" in result.stdout
    assert "sẽ tạo: " in result.stdout
    # the validation of the would-be result names the real data folder, not a temporary copy
    unfinished = [line for line in result.stderr.splitlines() if "chưa được hoàn thiện" in line]
    assert len(unfinished) == len(info.new_names) + 1
    assert all("thiduua-import-" not in line for line in unfinished)
    assert any(line.startswith(str(data_copy.relative_to(data_copy.anchor))) or "decisions/qd-300-snv-2025.yaml:" in line for line in unfinished)


def test_existing_decision_keeps_its_comments_and_needs_force(tmp_path: Path, data_copy: Path) -> None:
    import openpyxl

    target = data_copy / "decisions" / "qd-245-snv-2025.yaml"
    original = target.read_text(encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["TT", "Họ, tên", "Đơn vị"])
    sheet.append([1, "Nguyễn Thị Ý Nhi", ""])
    sheet.append([2, tcvn3("Tập thể công chức Phòng Nội vụ huyện Trần Đề"), ""])
    book.save(tmp_path / "bo-sung.xlsx")

    refused = run_thiduua("import", "decision", tmp_path / "bo-sung.xlsx", "--decision", "qd-245-snv-2025", "--data", data_copy)
    assert refused.returncode == 1
    assert re.search(r"decisions/qd-245-snv-2025\.yaml:1:1: lỗi: tệp đã có; thêm --force", refused.stderr)
    assert target.read_text(encoding="utf-8") == original

    dry = run_thiduua("import", "decision", tmp_path / "bo-sung.xlsx", "--decision", "qd-245-snv-2025", "--data", data_copy, "--dry-run", "--force")
    assert dry.returncode == 0, dry.stderr
    assert "--- a/" in dry.stdout and "-      - person: le-thi-anh-tuyet" in dry.stdout
    as_json = run_thiduua(
        "import", "decision", tmp_path / "bo-sung.xlsx", "--decision", "qd-245-snv-2025", "--data", data_copy, "--dry-run", "--force", "--format", "json"
    )
    (planned,) = json.loads(as_json.stdout)["files"]
    assert planned["new"] is False and "+      - person: nguyen-thi-y-nhi  # dòng 2" in planned["diff"]
    assert target.read_text(encoding="utf-8") == original

    done = run_thiduua("import", "decision", tmp_path / "bo-sung.xlsx", "--decision", "qd-245-snv-2025", "--data", data_copy, "--force")
    assert done.returncode == 0, done.stdout + done.stderr
    text = target.read_text(encoding="utf-8")
    # everything before the recipients is kept byte for byte: comments, the folded title, the citation
    head = original[: original.index("    recipients:")]
    assert text.startswith(head)
    assert UNFINISHED_MARKER not in text
    grant = yaml.safe_load(text)["awards"][0]
    assert grant["recipients"] == [
        {"person": "nguyen-thi-y-nhi"},
        {"name": "Tập thể công chức Phòng Nội vụ huyện Trần Đề", "kind": "tap-the"},
    ]
    assert run_thiduua("validate", "--data", data_copy).returncode == 0


def test_docx_list_with_group_rows_and_a_vni_run(tmp_path: Path, data_copy: Path) -> None:
    path = tmp_path / "danh-sach.docx"
    docx_list(
        path,
        [
            ("Hồ Văn Lộc", "", ""),  # known, one person of this name
            ("Phan Thò Bích Vaân", "Chuyeân vieân", ""),  # typed in VNI (font says so on the name)
            ("Đào Minh Quang", "Chuyên viên", "Không có đơn vị này"),
        ],
        group_rows={0: "I. CÁ NHÂN"},
        vni_font_row=1,
    )
    result = run_thiduua("import", "people", path, "--data", data_copy, "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    codes = [(d["line"], d["code"]) for d in report["source"]]
    assert (4, "import_converted") in codes and (4, "import_person_new") in codes
    assert (5, "import_unit_unknown") in codes
    assert report["counts"] == {"rows": 3, "found": 1, "ambiguous": 0, "new": 2}
    assert {f["path"].rsplit("/", 1)[-1] for f in report["files"]} == {"phan-thi-bich-van.yaml", "dao-minh-quang.yaml"}
    created = yaml.safe_load((data_copy / "people" / "phan-thi-bich-van.yaml").read_text(encoding="utf-8"))
    # the name was in a VNI font; the position cell had no font and was recognised by its letters
    assert created["name"] == "Phan Thị Bích Vân" and created["position"] == "Chuyên viên"
    assert "# unit: đơn vị trong danh sách là 'Không có đơn vị này'" in (data_copy / "people" / "dao-minh-quang.yaml").read_text(encoding="utf-8")
    assert [d["code"] for d in report["validation"]] == ["template_unfinished", "template_unfinished"]


def _evaluation_sheet(path: Path, total_office: int) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Tên đơn vị", "Xếp loại tập thể", "Kết quả xếp loại công chức", None, None, None, "Tổng số", "Vi phạm"])
    sheet.append([None, None, None, "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ", None, None])
    for area in ("A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2", "I1:I2"):
        sheet.merge_cells(area)
    sheet.append(["I", "Đơn vị thuộc Sở"])
    sheet.append([1, "Văn phòng Sở", "Hoàn thành tốt nhiệm vụ", 2, 5, 1, 0, total_office, 0])
    sheet.append([2, tcvn3("Phòng Nội vụ huyện Mỹ Tú"), "HTXSNV", 3, 4, 0, 0, 7, None])
    sheet.append([None, "Tổng cộng", None, 5, 9, 1, 0, None, None])
    book.save(path)


def test_evaluations_checked_totals_then_written(tmp_path: Path, data_copy: Path) -> None:
    wrong = tmp_path / "xep-loai-sai.xlsx"
    _evaluation_sheet(wrong, total_office=9)
    before = tree_digest(data_copy)
    refused = run_thiduua("import", "evaluation", wrong, "--year", "2023", "--data", data_copy)
    assert refused.returncode == 1
    assert re.search(r"xep-loai-sai\.xlsx:4:8: Tổng số: lỗi: tổng số 9 khác tổng các mức xếp loại 2 \+ 5 \+ 1 \+ 0 = 8", refused.stderr)
    assert "không ghi tệp nào" in refused.stderr
    assert tree_digest(data_copy) == before

    right = tmp_path / "xep-loai.xlsx"
    _evaluation_sheet(right, total_office=8)
    done = run_thiduua("import", "evaluation", right, "--year", "2023", "--data", data_copy, "--source-note", "Thông báo số 1/TB-SNV (mẫu)")
    assert done.returncode == 0, done.stdout + done.stderr
    record = yaml.safe_load((data_copy / "evaluations" / "phong-noi-vu-huyen-my-tu-2023.yaml").read_text(encoding="utf-8"))
    assert record == {
        "sample": False, "unit": "phong-noi-vu-huyen-my-tu", "year": 2023, "rating": "HTXSNV",
        "staff": {"HTXSNV": 3, "HTTNV": 4, "HTNV": 0, "KHTNV": 0}, "violations": 0, "source": "Thông báo số 1/TB-SNV (mẫu)",
    }
    assert yaml.safe_load((data_copy / "evaluations" / "van-phong-so-2023.yaml").read_text(encoding="utf-8"))["rating"] == "HTTNV"
    assert "0 lỗi" in done.stdout
    again = run_thiduua("import", "evaluation", right, "--year", "2023", "--data", data_copy)
    assert again.returncode == 1 and again.stderr.count("tệp đã có") == 2


def test_csv_list_and_english_messages(tmp_path: Path, data_copy: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(
        "STT;Họ tên;Chức vụ;Đơn vị công tác\n1;Hồ Văn Lộc;;\n2;  lý   thị BA ;Chuyên viên;Văn phòng Sở\n3;Ban Tôn giáo;;\n", encoding="utf-8-sig"
    )
    result = run_thiduua("import", "people", path, "--data", data_copy, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert re.search(r"ds\.csv:3:2: Họ tên: warning: no person 'Lý Thị Ba'; new record people/ly-thi-ba\.yaml", result.stdout)
    assert "created: " in result.stdout
    assert re.search(r"ds\.csv:4:2: Họ tên: warning: 'Ban Tôn giáo' names a collective, not a person; skipped", result.stdout)
    assert not (data_copy / "people" / "ban-ton-giao.yaml").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("rong.xlsx", b"", "tệp rỗng"),
        ("hong.xlsx", b"this is not a spreadsheet", "tệp bị hỏng"),
        ("cat-ngang.xlsx", None, "tệp bị hỏng"),
        ("mat-khau.xlsx", "encrypted", "tệp có mật khẩu"),
        ("cu.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "tệp là định dạng Office cũ"),
        ("ds.pdf", b"%PDF-1.4", r"không đọc được tệp .\.pdf.: chỉ nhận \.xlsx, \.csv hoặc \.docx"),
        ("khong-co.xlsx", "missing", "không tìm thấy tệp"),
    ],
)
def test_unreadable_files_are_reported_without_traceback(tmp_path: Path, data_copy: Path, name: str, content: bytes | str | None, message: str) -> None:
    path = tmp_path / name
    if content is None:  # a real workbook cut short, as an interrupted download leaves it
        import openpyxl

        openpyxl.Workbook().save(path)
        path.write_bytes(path.read_bytes()[:1500])
    elif content == "encrypted":  # a real password-protected workbook, as Excel writes it (ECMA-376 agile encryption)
        import openpyxl
        from msoffcrypto.format.ooxml import OOXMLFile

        plain = tmp_path / "plain.xlsx"
        openpyxl.Workbook().save(plain)
        with plain.open("rb") as source, path.open("wb") as out:
            OOXMLFile(source).encrypt("mat-khau", out)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    result = run_thiduua("import", "people", path, "--data", data_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"{re.escape(name)}:1:1: lỗi: {message}", result.stderr), result.stderr


def test_docx_without_a_table_and_a_sheet_without_a_header(tmp_path: Path, data_copy: Path) -> None:
    import docx
    import openpyxl

    document = docx.Document()
    document.add_paragraph("Danh sách: Nguyễn Văn A, Trần Thị B")
    document.save(tmp_path / "van-ban.docx")
    result = run_thiduua("import", "people", tmp_path / "van-ban.docx", "--data", data_copy)
    assert result.returncode == 1 and "tệp Word không có bảng nào" in result.stderr and "Traceback" not in result.stderr

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Cột 1", "Cột 2"])
    sheet.append(["Nguyễn Văn A", "x"])
    book.save(tmp_path / "khong-tieu-de.xlsx")
    result = run_thiduua("import", "decision", tmp_path / "khong-tieu-de.xlsx", "--decision", "qd-1-snv-2025", "--data", data_copy, "--number", "1", "--date", "2025-01-02")
    assert result.returncode == 1 and "không tìm thấy dòng tiêu đề" in result.stderr
    zipfile.is_zipfile(tmp_path / "khong-tieu-de.xlsx")


def test_unknown_award_is_an_error_by_row_and_column(tmp_path: Path, data_copy: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Danh hiệu"])
    sheet.append([1, "Hồ Văn Lộc", "Huân chương Lao động hạng Ba"])
    book.save(tmp_path / "ds.xlsx")
    result = run_thiduua("import", "decision", tmp_path / "ds.xlsx", "--decision", "qd-2-snv-2025", "--number", "2", "--date", "2025-03-04", "--data", data_copy)
    assert result.returncode == 1
    assert re.search(r"ds\.xlsx:2:3: Danh hiệu: lỗi: không có hình thức khen thưởng 'Huân chương Lao động hạng Ba'", result.stderr)
    assert not (data_copy / "decisions" / "qd-2-snv-2025.yaml").exists()


def test_templates_have_headers_and_drop_downs_and_import_back(tmp_path: Path, data_copy: Path) -> None:
    import openpyxl

    form = tmp_path / "mau-quyet-dinh.xlsx"
    made = run_thiduua("template", "decision", "--out", form, "--data", data_copy)
    assert made.returncode == 0, made.stderr
    book = openpyxl.load_workbook(form)
    sheet = book["Danh sách"]
    assert [c.value for c in sheet[1]] == ["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác (mã)", "Hình thức khen thưởng (mã)", "Đối tượng", "Ghi chú"]
    lists = book["Danh mục"]
    award_ids = [lists.cell(r, 3).value for r in range(2, lists.max_row + 1) if lists.cell(r, 3).value]
    unit_ids = [lists.cell(r, 1).value for r in range(2, lists.max_row + 1) if lists.cell(r, 1).value]
    assert sorted(award_ids) == sorted(p.stem for p in (data_copy / "awards").glob("*.yaml"))
    assert sorted(unit_ids) == sorted(p.stem for p in (data_copy / "units").glob("*.yaml"))
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["D2:D1001"] == f"'Danh mục'!$A$2:$A${len(unit_ids) + 1}"
    assert validations["E2:E1001"] == f"'Danh mục'!$C$2:$C${len(award_ids) + 1}"

    sheet.append([1, "Hồ Văn Lộc", None, None, "lao-dong-tien-tien", "Cá nhân"])
    sheet.append([2, "Văn phòng Sở", None, None, "giay-khen-giam-doc-so-noi-vu", "Tập thể"])
    book.save(form)
    again = run_thiduua("template", "decision", "--out", form, "--data", data_copy)
    assert again.returncode == 1 and "--force" in again.stderr
    result = run_thiduua("import", "decision", form, "--decision", "qd-3-snv-2025", "--number", "3", "--date", "2025-06-02", "--data", data_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    awards = yaml.safe_load((data_copy / "decisions" / "qd-3-snv-2025.yaml").read_text(encoding="utf-8"))["awards"]
    assert [(a["award"], a["recipients"]) for a in awards] == [
        ("lao-dong-tien-tien", [{"person": "ho-van-loc"}]),
        ("giay-khen-giam-doc-so-noi-vu", [{"unit": "van-phong-so"}]),
    ]

    evaluation_form = tmp_path / "mau-danh-gia.xlsx"
    assert run_thiduua("template", "evaluation", "--out", evaluation_form, "--data", data_copy).returncode == 0
    sheet = openpyxl.load_workbook(evaluation_form)["Danh sách"]
    assert [c.value for c in sheet[1]][:9] == ["STT", "Đơn vị (mã)", "Năm", "Xếp loại", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Tổng số"]
    ratings = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert ratings["D2:D1001"] == "'Danh mục'!$E$2:$E$5"


def test_repeated_row_is_reported_once_and_kept_once(tmp_path: Path, data_copy: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Chức vụ"])
    sheet.append(["1. Giấy khen của Giám đốc Sở Nội vụ"])
    sheet.append([1, "Hồ Văn Lộc", "Chuyên viên"])
    sheet.append([2, "hồ văn  lộc", "Chuyên viên"])
    book.save(tmp_path / "lap.xlsx")
    result = run_thiduua("import", "decision", tmp_path / "lap.xlsx", "--decision", "qd-4-snv-2025", "--number", "4", "--date", "2025-05-05", "--data", data_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"lap\.xlsx:4:2: Họ và tên: cảnh báo: 'Hồ Văn Lộc' đã có ở dòng 3 cùng hình thức", result.stdout)
    (grant,) = yaml.safe_load((data_copy / "decisions" / "qd-4-snv-2025.yaml").read_text(encoding="utf-8"))["awards"]
    assert grant["award"] == "giay-khen-giam-doc-so-noi-vu"  # from the group row
    assert [r["person"] for r in grant["recipients"]] == ["ho-van-loc"]


def test_honorifics_combined_position_unit_column_and_collectives(tmp_path: Path, data_copy: Path) -> None:
    """Lists often print "Ông/Bà", one "Chức vụ, đơn vị công tác" column, and bodies among people."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    for cell, title in zip(table.rows[0].cells, ["TT", "Họ và tên", "Chức vụ, đơn vị công tác"], strict=True):
        cell.text = title
    for number, (name, position) in enumerate(
        [
            ("Ông Hồ Văn Lộc", "Chuyên viên Phòng Xây dựng chính quyền"),
            ("Bà Kha Thị Ngọc Trinh", "Chuyên viên Văn phòng Sở"),  # the record says another unit: not guessed
            ("Phòng Tổ chức cán bộ huyện Long Phú", ""),
            ("Trương Thị Hoa", "Chuyên viên Thanh tra Sở"),
        ],
        start=1,
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(number), name, position
    document.save(tmp_path / "ds.docx")
    result = run_thiduua("import", "decision", tmp_path / "ds.docx", "--decision", "qd-5-snv-2025", "--number", "5", "--date", "2025-04-01",
                         "--award", "giay-khen-giam-doc-so-noi-vu", "--data", data_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    (grant,) = yaml.safe_load((data_copy / "decisions" / "qd-5-snv-2025.yaml").read_text(encoding="utf-8"))["awards"]
    assert grant["recipients"] == [
        {"person": "ho-van-loc", "position": "Chuyên viên Phòng Xây dựng chính quyền"},
        {"name": "Kha Thị Ngọc Trinh", "kind": "ca-nhan", "position": "Chuyên viên Văn phòng Sở"},
        {"name": "Phòng Tổ chức cán bộ huyện Long Phú", "kind": "tap-the"},
        # a new person: the list's position goes on the decision too (its pages show the decision's wording)
        {"person": "truong-thi-hoa", "position": "Chuyên viên Thanh tra Sở"},
    ]
    new = yaml.safe_load((data_copy / "people" / "truong-thi-hoa.yaml").read_text(encoding="utf-8"))
    assert new["unit"] == "thanh-tra-so" and new["name"] == "Trương Thị Hoa"
    assert re.search(r"ds\.docx:3:2: Họ và tên: cảnh báo: 'Kha Thị Ngọc Trinh' khớp nhiều cá nhân hoặc khác đơn vị: kha-thi-ngoc-trinh", result.stdout)


def test_a_sheet_formatted_to_the_last_row_is_refused_not_half_read(tmp_path: Path, data_copy: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Chức vụ"])
    sheet.cell(1_048_576, 1).value = " "
    book.save(tmp_path / "rong-den-cuoi.xlsx")
    result = run_thiduua("import", "people", tmp_path / "rong-den-cuoi.xlsx", "--data", data_copy)
    assert result.returncode == 1 and "1048576 dòng" in result.stderr and "Traceback" not in result.stderr
