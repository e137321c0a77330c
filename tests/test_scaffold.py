"""``thiduua new KIND ID``: commented record files that validate once the editor has finished them.

A new file carries a "CHƯA HOÀN THIỆN" line that is an error until it is deleted, so a template's
example values are never published by accident; apart from that line, the file is valid as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_thiduua

from generator.editor.scaffold import KIND_FOLDERS
from generator.load.loader import UNFINISHED_MARKER
from generator.models import KINDS

CLEAN = "0 lỗi, 0 cảnh báo"


def _new(data: Path, kind: str, record_id: str):
    return run_thiduua("new", kind, record_id, "--data", data)


def _validate(data: Path):
    return run_thiduua("validate", data)


def _finish(path: Path) -> None:
    """What the editor does last: delete the 'CHƯA HOÀN THIỆN' line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(line for line in lines if UNFINISHED_MARKER not in line), encoding="utf-8")


def _record_path(data: Path, kind: str) -> Path:
    folder = KIND_FOLDERS[kind]
    return data / folder / f"{NEW_IDS[kind]}{KINDS[folder].extensions[0]}"


def _assert_clean(data: Path) -> None:
    result = _validate(data)
    assert result.returncode == 0, result.stdout + result.stderr
    assert CLEAN in result.stdout, result.stdout + result.stderr


NEW_IDS = {
    "person": "tran-thi-moi",
    "decision": "qd-300-snv-2026",
    "announcement": "thong-bao-moi",
    "unit": "phong-moi",
    "evaluation": "so-noi-vu-can-tho-2026",
    "award": "giay-khen-moi",
    "plan": "ke-hoach-moi",
}


@pytest.mark.parametrize("kind", sorted(KIND_FOLDERS))
def test_new_record_is_refused_until_finished_then_validates_cleanly(kind: str, data_copy: Path) -> None:
    result = _new(data_copy, kind, NEW_IDS[kind])
    assert result.returncode == 0, result.stderr
    folder = KIND_FOLDERS[kind]
    path = _record_path(data_copy, kind)
    assert result.stdout.strip() == str(path)
    assert UNFINISHED_MARKER in result.stderr  # the editor is told what is left to do
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^sample: false$", text, re.M), "a new record is real unless the editor says otherwise"
    assert text.count("\n#") >= 5, "fields are explained in comments"
    assert "$" not in text, "unfilled template placeholder"
    # a field added to a model must be explained in its template (commented out if optional)
    written = set(re.findall(r"^[# ]*([a-z_]+):", text, re.M))
    missing = [f for f in KINDS[folder].model.model_fields if f != "body" and f not in written]
    assert not missing, f"scaffolds/{kind}: {missing} not explained"

    refused = _validate(data_copy)
    assert refused.returncode == 1
    marker_line = next(n for n, line in enumerate(text.split("\n"), 1) if UNFINISHED_MARKER in line)
    (error,) = [line for line in refused.stdout.splitlines() + refused.stderr.splitlines() if ": lỗi: " in line]
    shown_file, line, column, message = error.split(":", 3)
    assert shown_file.endswith(f"{folder}/{path.name}") and (line, column) == (str(marker_line), "1")
    assert message == f" lỗi: tệp vừa tạo bằng 'thiduua new' chưa được hoàn thiện: thay mọi giá trị ví dụ bằng giá trị thật, rồi xóa dòng '{UNFINISHED_MARKER}' này"
    _finish(path)
    _assert_clean(data_copy)


def test_all_kinds_together_still_validate(data_copy: Path) -> None:
    for kind in sorted(KIND_FOLDERS):
        assert _new(data_copy, kind, NEW_IDS[kind]).returncode == 0
    refused = _validate(data_copy)
    assert "7 lỗi, 0 cảnh báo" in refused.stdout + refused.stderr  # one unfinished line per file, nothing else
    for kind in sorted(KIND_FOLDERS):
        _finish(_record_path(data_copy, kind))
    _assert_clean(data_copy)


def test_references_point_to_existing_records(data_copy: Path) -> None:
    assert _new(data_copy, "decision", "qd-moi").returncode == 0
    text = (data_copy / "decisions" / "qd-moi.yaml").read_text(encoding="utf-8")
    person = re.search(r"- person: (\S+)", text)[1]
    award = re.search(r"- award: (\S+)", text)[1]
    plan = re.search(r"^plan: (\S+)", text, re.M)[1]
    assert (data_copy / "people" / f"{person}.yaml").is_file()
    assert (data_copy / "awards" / f"{award}.yaml").is_file()
    assert (data_copy / "plans" / f"{plan}.yaml").is_file()


def test_invalid_id_is_refused_with_a_slug_suggestion(data_copy: Path) -> None:
    result = _new(data_copy, "person", "Nguyễn Thị Mới")
    assert result.returncode == 1
    assert "không hợp lệ" in result.stderr and "nguyen-thi-moi" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list((data_copy / "people").glob("*Nguy*"))


def test_existing_record_is_never_overwritten(data_copy: Path) -> None:
    path = data_copy / "people" / "dang-thi-anh.yaml"
    before = path.read_bytes()
    result = _new(data_copy, "person", "dang-thi-anh")
    assert result.returncode == 1
    assert "đã có tệp" in result.stderr and "dang-thi-anh.yaml" in result.stderr
    assert path.read_bytes() == before


def test_same_id_in_a_sub_folder_or_other_extension_is_refused(data_copy: Path) -> None:
    (data_copy / "people" / "2024").mkdir()
    (data_copy / "people" / "2024" / "nguoi-cu.yaml").write_text("name: Người Cũ\n", encoding="utf-8")
    (data_copy / "units" / "phong-cu.yml").write_text("name: Phòng Cũ\nkind: co-quan-khac\n", encoding="utf-8")
    assert "đã có tệp" in _new(data_copy, "person", "nguoi-cu").stderr
    assert "đã có tệp" in _new(data_copy, "unit", "phong-cu").stderr
    assert not (data_copy / "people" / "nguoi-cu.yaml").exists()
    assert not (data_copy / "units" / "phong-cu.yaml").exists()


def test_unknown_kind_suggests_the_right_one(data_copy: Path) -> None:
    result = _new(data_copy, "persn", "x")
    assert result.returncode == 1
    assert "'person'" in result.stderr and "Traceback" not in result.stderr


def test_errors_in_english_with_the_flag(data_copy: Path) -> None:
    result = run_thiduua("new", "person", "dang-thi-anh", "--data", data_copy, "--lang", "en")
    assert result.returncode == 1
    assert "already exists" in result.stderr and "đã có" not in result.stderr


def test_folder_names_are_accepted_too(data_copy: Path) -> None:
    result = _new(data_copy, "people", "nguoi-moi")
    assert result.returncode == 0, result.stderr
    assert (data_copy / "people" / "nguoi-moi.yaml").is_file()


@pytest.mark.parametrize(
    ("record_id", "message"),
    [
        ("bao-cao-2026", "không có đơn vị 'bao-cao'"),
        ("van-phong-s-2024", "có phải ý bạn là 'van-phong-so'"),
        ("van-phong-so", "<mã đơn vị>-<năm>"),
        ("van-phong-so-2026", "không hoạt động trong năm 2026"),  # dissolved on 30/6/2025
    ],
)
def test_evaluation_id_names_an_active_unit_and_a_year(data_copy: Path, record_id: str, message: str) -> None:
    result = _new(data_copy, "evaluation", record_id)
    assert result.returncode == 1
    assert message in result.stderr, result.stderr
    assert not (data_copy / "evaluations" / f"{record_id}.yaml").exists()


def test_evaluation_of_a_past_year_fills_unit_and_year(data_copy: Path) -> None:
    assert _new(data_copy, "evaluation", "van-phong-so-2023").returncode == 0
    text = (data_copy / "evaluations" / "van-phong-so-2023.yaml").read_text(encoding="utf-8")
    assert "\nunit: van-phong-so\n" in text and "\nyear: 2023\n" in text
    _finish(data_copy / "evaluations" / "van-phong-so-2023.yaml")
    _assert_clean(data_copy)


def test_empty_data_folder_builds_up_from_scratch(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    refused = _new(data, "decision", "qd-1")
    assert refused.returncode == 1 and "thiduua new award" in refused.stderr
    for kind, record_id in [("award", "giay-khen"), ("unit", "so-noi-vu"), ("plan", "ke-hoach"), ("announcement", "tin-1"), ("decision", "qd-1"), ("person", "nguoi-1")]:
        result = _new(data, kind, record_id)
        assert result.returncode == 0, f"{kind}: {result.stderr}"
    decision = (data / "decisions" / "qd-1.yaml").read_text(encoding="utf-8")
    assert "- person: nguoi-1" not in decision and "kind: tap-the" in decision  # no person yet: a named collective
    for path in data.rglob("*.*"):
        _finish(path)
    _assert_clean(data)
