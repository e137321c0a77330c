"""``thiduua validate`` on fixture data folders, one per kind of mistake.

Each ``tests/data/invalid/<case>/`` is a tiny, complete data folder holding only the files
the case needs, plus ``expected.txt``: the exact lines the validator must print
(``file:line:col: field: severity: message``, paths relative to the case folder, in
Vietnamese). Lines starting with ``#`` describe the case. A case whose expected lines are
all warnings must exit 0; any error means exit 1.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import run_thiduua

DATA = Path(__file__).parent / "data"
CASES = sorted(p for p in (DATA / "invalid").iterdir() if p.is_dir())
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?:(?P<field>.+?): )?(?P<severity>lỗi|cảnh báo|error|warning): ")


def expected_lines(case: Path) -> list[str]:
    text = (case / "expected.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def finding_lines(output: str) -> list[str]:
    """The diagnostic lines of a run, in printed order (the summary line is left out)."""
    return [line for line in output.splitlines() if LINE.match(line)]


def validate(case: Path, *args: str):
    return run_thiduua("validate", ".", *args, cwd=case)


def test_there_is_a_case_per_kind_of_mistake() -> None:
    assert len(CASES) >= 25
    for case in CASES:
        assert expected_lines(case), f"{case.name}/expected.txt lists no expected line"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_invalid_case(case: Path) -> None:
    expected = expected_lines(case)
    result = validate(case)
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    printed = finding_lines(output)
    missing = [line for line in expected if line not in printed]
    assert not missing, "not printed:\n" + "\n".join(missing) + "\n--- output:\n" + output
    unexpected = [line for line in printed if line not in expected]
    assert not unexpected, "printed but not expected:\n" + "\n".join(unexpected)
    has_error = any(LINE.match(line).group("severity") == "lỗi" for line in expected)  # type: ignore[union-attr]
    assert result.returncode == (1 if has_error else 0), output


def test_every_line_names_file_line_and_column() -> None:
    for case in CASES:
        for line in expected_lines(case):
            match = LINE.match(line)
            assert match, f"{case.name}: malformed expected line {line!r}"
            assert (case / match.group("file")).exists(), f"{case.name}: {match.group('file')} is not in the case folder"


def test_valid_minimal_dataset_is_clean() -> None:
    result = validate(DATA / "valid" / "minimal")
    assert result.returncode == 0, result.stdout + result.stderr
    assert finding_lines(result.stdout + result.stderr) == []
    assert "0 lỗi, 0 cảnh báo" in result.stdout


def test_bundled_data_is_clean(root: Path) -> None:
    result = run_thiduua("validate", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [line for line in finding_lines(result.stdout + result.stderr) if ": lỗi: " in line]


def _position(line: str) -> tuple[str, int, int]:
    match = LINE.match(line)
    assert match, line
    return match.group("file"), int(match.group("line")), int(match.group("col"))


def test_all_errors_of_a_file_in_one_run_sorted() -> None:
    case = DATA / "invalid" / "multiple_errors"
    result = validate(case)
    printed = finding_lines(result.stderr)
    assert printed == expected_lines(case)  # every error, in this order
    assert len(printed) == 6
    assert any(": unit: lỗi: không tìm thấy đơn vị" in line for line in printed)  # a reference, despite the schema errors
    positions = [_position(line) for line in printed]
    assert positions == sorted(positions)
    assert "6 lỗi, 0 cảnh báo" in result.stderr


def test_findings_across_files_are_sorted_by_file_then_line() -> None:
    result = validate(DATA / "invalid" / "odd_values")
    positions = [_position(line) for line in finding_lines(result.stderr)]
    assert len({file for file, _, _ in positions}) == 2
    assert positions == sorted(positions)
    assert [line for file, line, _ in positions if file == "evaluations/so-noi-vu-2024.yaml"] == [2, 3, 4, 6, 7]


def test_lang_en_gives_english() -> None:
    result = validate(DATA / "invalid" / "dangling_reference", "--lang", "en")
    printed = finding_lines(result.stderr)
    assert (
        "people/nguyen-van-an.yaml:2:7: unit: error: no unit with id 'phong-noi-vu-huyen-ke-sac' (did you mean "
        "'phong-noi-vu-huyen-ke-sach' — Phòng Nội vụ huyện Kế Sách, Sở Nội vụ tỉnh Sóc Trăng?); if this unit is not "
        "in the data yet: create it with `thiduua new unit phong-noi-vu-huyen-ke-sac`"
    ) in printed
    assert (
        "decisions/qd-12.yaml:14:7: plan: error: no plan with id 'ke-hoach-80-nam'; if this plan is not in the data "
        "yet: create it with `thiduua new plan ke-hoach-80-nam`"
    ) in printed
    assert "4 error(s), 0 warning(s)" in result.stderr
    # Vietnamese letters come only from the data (the names that tell a suggested record apart)
    messages = "\n".join(re.sub(r" — [^?]*\?", "", line) for line in printed)
    assert not re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", messages)


@pytest.mark.parametrize("case", ["decision_outside_unit", "yaml_not_mapping", "type_error", "decision_rules"])
def test_lang_en_has_no_vietnamese_words_from_parameters(case: str) -> None:
    result = validate(DATA / "invalid" / case, "--lang", "en")
    messages = [line.split(": error: ", 1)[1] for line in finding_lines(result.stderr) if ": error: " in line]
    assert messages
    for message in messages:
        for word in ("nay", "một danh sách", "giá trị trống", "tập thể", "cá nhân", "đơn vị có"):
            assert word not in message.replace("'Sở Nội vụ thành phố Cần Thơ'", ""), message


def test_json_format_parses() -> None:
    result = validate(DATA / "invalid" / "multiple_errors", "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert [(f["line"], f["column"], f["field"]) for f in findings] == [
        (2, 1, "postion"),
        (3, 7, "unit"),
        (4, 1, "ngay_sinh"),
        (6, 3, "exemplary.citation"),
        (6, 9, "exemplary.year"),
        (10, 12, "photo.consent"),
    ]
    assert {f["file"] for f in findings} == {"people/nguyen-van-an.yaml"}
    assert {f["severity"] for f in findings} == {"error"}
    assert findings[2]["code"] == "personal_field"
    assert "Nghị định 13/2023" in findings[2]["message"]


def test_github_format_prints_annotations() -> None:
    result = validate(DATA / "invalid" / "multiple_errors", "--format", "github")
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 6
    assert annotations[0].startswith("::error file=people/nguyen-van-an.yaml,line=2,col=1,")
    assert all(re.match(r"::error file=[^,]+,line=\d+,col=\d+,title=[^:]+::\S", a) for a in annotations)
    percent = validate(DATA / "invalid" / "unknown_field", "--format", "github").stdout
    assert "::error file=people/nguyen-van-an.yaml,line=6,col=1,title=Đơn vị::" in percent
    bad_name = validate(DATA / "invalid" / "bad_file_name", "--format", "github").stdout
    assert "::error file=units/Phong A.yaml,line=1,col=1,title=file_bad_id::" in bad_name
    warning = validate(DATA / "invalid" / "not_nfc", "--format", "github")
    assert warning.returncode == 0
    assert warning.stdout.startswith("::warning file=units/so-noi-vu.yaml,line=3,col=14,")


# Cases that cannot live in the repository as files: built in a temporary folder.


def _copy(case: str, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA / "valid" / "minimal", target)
    return target


def test_file_over_size_limit(tmp_path: Path) -> None:
    data = _copy("minimal", tmp_path)
    big = data / "units" / "rat-lon.yaml"
    big.write_text("name: Đơn vị\nkind: so\ndescription: " + "x" * 600_000 + "\n", encoding="utf-8")
    size = big.stat().st_size
    result = validate(data)
    assert result.returncode == 1
    assert finding_lines(result.stderr) == [f"units/rat-lon.yaml:1:1: lỗi: tệp quá lớn ({size} byte, tối đa 524288 byte)"]


def test_symlink_out_of_data_is_refused(tmp_path: Path) -> None:
    data = _copy("minimal", tmp_path)
    secret = tmp_path / "secret.yaml"
    secret.write_text("name: Bí mật\nkind: so\n", encoding="utf-8")
    (data / "units" / "lien-ket.yaml").symlink_to(secret)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "ke-hoach-ngoai.yaml").write_text("name: x\n", encoding="utf-8")
    (data / "plans" / "ngoai").symlink_to(outside, target_is_directory=True)
    shutil.rmtree(data / "awards")
    (data / "awards").symlink_to(outside, target_is_directory=True)
    result = validate(data)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    printed = finding_lines(output)
    assert f"units/lien-ket.yaml:1:1: lỗi: liên kết tượng trưng trỏ ra ngoài thư mục dữ liệu ({secret}); không được phép" in printed
    assert f"awards:1:1: lỗi: liên kết tượng trưng trỏ ra ngoài thư mục dữ liệu ({outside}); không được phép" in printed
    assert f"plans/ngoai:1:1: lỗi: liên kết tượng trưng trỏ ra ngoài thư mục dữ liệu ({outside}); không được phép" in printed
    assert "Bí mật" not in output and "ke-hoach-ngoai" not in output


def test_symlink_inside_data_is_followed(tmp_path: Path) -> None:
    data = _copy("minimal", tmp_path)
    (data / "units" / "ban-sao.yaml").symlink_to(data / "units" / "so-noi-vu-can-tho.yaml")
    result = validate(data)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01\x02\xff\xfe",
        b"\xef\xbb\xbf",
        b"---\n",
        b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        b"a: " + b"[" * 5000 + b"]" * 5000,
        b"".join(b"  " * i + b"k%d:\n" % i for i in range(200)) + b"  " * 200 + b"x",
        b"? [a, b]\n: c\n",
        b"1: 2\n3.5: 4\nnull: 5\ntrue: 6\n",
        b"name: x\nkind: so\nvalid_from: 1" + b"0" * 5000 + b"\n",
        b"name: x\nkind: so\nvalid_from: 99999999999999999999999999999\n",
        b"name: &a x\nkind: *a\nshort_name: *nope\n",
        b"<<: {name: x}\nkind: so\n",
        b"name: !!binary aGVsbG8=\nkind: !!set {a, b}\n",
        b"name: \"\\ud800\"\nkind: so\n",
        b"name: x\r\nkind: so\r\n\tparent: y\r\n",
        b"--- !!map\nname: x\n...\n--- \nkind: so\n",
    ],
    ids=lambda c: repr(c[:20]),
)
def test_weird_file_never_gives_a_traceback(tmp_path: Path, content: bytes) -> None:
    data = tmp_path / "data"
    (data / "units").mkdir(parents=True)
    (data / "units" / "la.yaml").write_bytes(content)
    result = validate(data)
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == 1, output
    printed = finding_lines(output)
    assert printed and all(line.startswith("units/la.yaml:") for line in printed), output


@pytest.mark.parametrize(
    "content",
    [
        b"title: x\n",
        b"---\n- a\n---\nbody\n",
        b"---\nnull\n---\nbody\n",
        b"---\ntitle: [\n---\n",
        b"---\n---\n",
        b"---",
        b"---\ntitle: T\ndate: 2024-01-01\nsummary: S\nbody: front matter body\n---\n",
    ],
    ids=lambda c: repr(c[:20]),
)
def test_weird_announcement_never_gives_a_traceback(tmp_path: Path, content: bytes) -> None:
    data = tmp_path / "data"
    (data / "announcements").mkdir(parents=True)
    (data / "announcements" / "tb.md").write_bytes(content)
    result = validate(data)
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == 1, output
    assert all(line.startswith("announcements/tb.md:") for line in finding_lines(output)), output


def test_yaml_directive_and_document_markers_are_fine(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "units").mkdir(parents=True)
    (data / "units" / "so.yaml").write_bytes(b"%YAML 1.1\n---\nname: x\nkind: so\n...\n")
    result = validate(data)
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_data_folder(tmp_path: Path) -> None:
    result = run_thiduua("validate", "khong-co", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr


def test_text_not_in_nfc_is_normalised() -> None:
    """The warning is not all: the record carries the NFC text on to the site."""
    import unicodedata

    from generator.validate.records import load_and_validate

    case = DATA / "invalid" / "not_nfc"
    raw = (case / "units" / "so-noi-vu.yaml").read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
    dataset, report = load_and_validate(case)
    assert [d.code for d in report.sorted] == ["not_nfc"]
    description = dataset.units["so-noi-vu"].description
    assert description == "Xã Phước, huyện Đức"
    assert unicodedata.is_normalized("NFC", description)
