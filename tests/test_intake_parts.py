"""The parts of ``thiduua import`` that need no file: headers, group rows, YAML scalars, ranges."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.editor.intake.headers import field_of, header_key
from generator.editor.intake.matching import proper_case
from generator.editor.intake.rows import group_kind, strip_numbering
from generator.editor.intake.source import column_letter, row_ranges
from generator.editor.intake.yaml_text import scalar
from generator.load.yaml_source import parse_yaml


def test_header_synonyms_fold_case_diacritics_punctuation_and_notes() -> None:
    assert header_key("Họ và tên (ghi đủ dấu)") == "ho va ten"
    cases = {
        "HỌ VÀ TÊN": "name", "Họ, tên": "name", "Tên tập thể, cá nhân": "name", "Đơn vị công tác (mã)": "unit",
        "Cơ quan, đơn vị": "unit", "Hình thức khen thưởng, danh hiệu": "award", "Số lượng HTXSNV": "HTXSNV",
        "Không hoàn thành nhiệm vụ": "KHTNV", "S TT": None, "Ngày sinh": None,
    }
    for text, expected in cases.items():
        kind = "evaluation" if expected in ("HTXSNV", "KHTNV") else "decision"
        assert field_of(text, kind) == expected, text


def test_group_rows_set_kind_and_lose_their_numbering() -> None:
    assert strip_numbering("II. CÁ NHÂN") == "CÁ NHÂN"
    assert strip_numbering("1. Giấy khen của Giám đốc Sở") == "Giấy khen của Giám đốc Sở"
    assert strip_numbering("Huyện Mỹ Tú") == "Huyện Mỹ Tú"
    assert (group_kind("TẬP THỂ"), group_kind("Cá nhân"), group_kind("Huyện Mỹ Tú")) == ("tap-the", "ca-nhan", None)


def test_names_get_a_capital_per_word() -> None:
    assert proper_case("NGUYỄN VĂN AN") == "Nguyễn Văn An"
    assert proper_case("lý thị BA") == "Lý Thị Ba"
    assert proper_case("H'Hen Niê") == "H'Hen Niê"


def test_row_ranges_and_column_letters() -> None:
    assert row_ranges([9, 5, 6, 7, 12, 13]) == "5–7, 9, 12–13"
    assert [column_letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufeff\x85"), min_size=1))
def test_scalars_read_back_as_the_same_text(value: str) -> None:
    """Whatever a cell holds, the YAML written for it reads back as that text (here and in PyYAML)."""
    line = f"name: {scalar(value)}\n"
    doc = parse_yaml(line, "x.yaml")
    if doc.problems:  # characters the loader refuses in any file (reported there, never silently changed)
        return
    assert doc.data == {"name": value}
    assert yaml.safe_load(line) == {"name": value}


def _decision(awards_text: str) -> str:
    return "# đầu tệp\nnumber: \"1\"\n" + awards_text + "\n# chú thích của status\nstatus: issued\n"


def test_awards_block_edits_keep_the_rest_of_the_file() -> None:
    from generator.editor.intake.yaml_text import AwardBlock, RecipientLine, replace_awards

    imported = AwardBlock("lao-dong-tien-tien", recipients=[RecipientLine([("person", "ho-van-loc")], "dòng 2")])
    text = _decision(
        "awards:  # các hình thức\n"
        "  # bằng khen\n"
        "  - award: bang-khen\n"
        "    citation: >-\n"
        "      Đã có thành tích.\n"
        "    recipients:\n"
        "      - person: a  # giữ nguyên\n"
        "  - award: lao-dong-tien-tien\n"
        "    recipients:\n"
        "      - person: cu\n"
        "    # ghi chú sau danh sách"
    )
    result = replace_awards(text, [imported], keep_others=True)
    assert result.startswith("# đầu tệp\nnumber: \"1\"\nawards:  # các hình thức\n  # bằng khen\n  - award: bang-khen\n    citation: >-\n")
    assert "      - person: a  # giữ nguyên\n" in result
    assert "      - person: ho-van-loc  # dòng 2\n" in result and "person: cu" not in result
    assert result.endswith("\n# chú thích của status\nstatus: issued\n")
    data = parse_yaml(result, "x").data
    assert [a["award"] for a in data["awards"]] == ["bang-khen", "lao-dong-tien-tien"]
    assert data["awards"][0]["citation"] == "Đã có thành tích."

    flow = _decision('awards: [{award: bang-khen, recipients: [{person: a}]}]')
    data = parse_yaml(replace_awards(flow, [imported], keep_others=True), "x").data
    assert data["awards"] == [
        {"award": "bang-khen", "recipients": [{"person": "a"}]},
        {"award": "lao-dong-tien-tien", "recipients": [{"person": "ho-van-loc"}]},
    ]
    assert data["status"] == "issued"


def test_cells_lose_invisible_characters_but_tcvn3_keeps_its_u_horn() -> None:
    from generator.editor.intake.encoding import convert_cell
    from generator.editor.intake.tables import Cell, Run

    pasted = Cell.of(2, 2, (Run("Nguyễn\u200b Văn\xad  An"),))
    convert_cell(pasted)
    assert (pasted.text, pasted.converted_from) == ("Nguyễn Văn An", None)
    legacy = Cell.of(2, 3, (Run("Tr\xadëng phßng"),))
    assert convert_cell(legacy) and (legacy.text, legacy.converted_from) == ("Trưởng phòng", "TCVN3")
