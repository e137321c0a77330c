"""The positional YAML reader: values, positions, and what it refuses."""

from __future__ import annotations

import pytest

from generator.diagnostics import Position
from generator.load.yaml_source import (
    MAX_DEPTH,
    SourceMap,
    decode,
    dotted,
    parse_yaml,
    shown_tag,
)

DOC = """\
# chú thích
name: Sở Nội vụ
number: "0124"
code: 0124
date: 2025-02-05
short: 05/02/2025
count: 12
negative: -3
ratio: 18.2
flag: true
off: False
nothing: null
tilde: ~
empty:
quoted_true: "true"
signer:
  levels:
    - GIÁM ĐỐC
    - name: x
  name: Lê Văn Cường
text: |
  dòng 1
  dòng 2
"""


def codes(doc) -> list[str]:
    return [p.code for p in doc.problems]


def test_plain_scalars_follow_a_small_rule_set() -> None:
    data = parse_yaml(DOC, "a.yaml").data
    assert data["name"] == "Sở Nội vụ"
    assert data["number"] == "0124"
    assert data["code"] == "0124"  # zero-padded numbers stay text, as written
    assert data["date"] == "2025-02-05"  # dates stay text (PyYAML would make a datetime.date)
    assert data["short"] == "05/02/2025"
    assert data["count"] == 12 and isinstance(data["count"], int)
    assert data["negative"] == -3
    assert data["ratio"] == "18.2"  # the models decide whether text is a number
    assert data["flag"] is True and data["off"] is False
    assert data["nothing"] is None and data["tilde"] is None and data["empty"] is None
    assert data["quoted_true"] == "true"
    assert data["text"] == "dòng 1\ndòng 2\n"
    assert data["signer"]["levels"] == ["GIÁM ĐỐC", {"name": "x"}]


def test_same_values_with_and_without_the_alias_capable_loader() -> None:
    """Texts containing '*' go through the pure-Python composer; typing must not change."""
    plain = parse_yaml(DOC, "a.yaml").data
    starred = parse_yaml(DOC + "note: 'a *b'\n", "a.yaml").data
    starred.pop("note")
    assert starred == plain


def test_huge_integers_stay_text() -> None:
    data = parse_yaml("a: 1" + "0" * 5000 + "\nb: 99999\n", "a.yaml").data
    assert data["a"] == "1" + "0" * 5000
    assert data["b"] == 99999


def test_positions_of_values_and_keys() -> None:
    positions = parse_yaml(DOC, "a.yaml").positions
    assert positions.values[("name",)] == Position(2, 7)
    assert positions.keys[("name",)] == Position(2, 1)
    assert positions.values[("signer",)] == Position(17, 3)  # a nested mapping starts at its first key
    assert positions.keys[("signer", "name")] == Position(20, 3)
    assert positions.values[("signer", "levels", 0)] == Position(18, 7)
    assert positions.values[("signer", "levels", 1)] == Position(19, 7)  # list items point at the item
    assert positions.values[()] == Position(2, 1)


def test_locate_falls_back_to_the_nearest_parent() -> None:
    positions = parse_yaml(DOC, "a.yaml").positions
    assert positions.locate(("signer", "title")) == Position(17, 3)  # missing field: its parent mapping
    assert positions.locate(("signer", "levels", 1, "missing")) == Position(19, 7)
    assert positions.locate(("nope",)) == Position(2, 1)
    assert positions.locate(("name",), prefer_key=True) == Position(2, 1)
    assert positions.locate(("name",)) == Position(2, 7)
    assert SourceMap().locate(("x",)) == Position(1, 1)


def test_line_offset_for_front_matter() -> None:
    doc = parse_yaml("title: T\ndate: 2025", "tb.md", line_offset=1)
    assert doc.positions.locate(("date",)) == Position(3, 7)
    dup = parse_yaml("a: 1\na: 2", "tb.md", line_offset=1)
    assert (dup.problems[0].line, dup.problems[0].column) == (3, 1)


def test_duplicate_keys_are_refused_at_the_second_key() -> None:
    doc = parse_yaml("name: A\nkind: so\nsigner:\n  name: X\n  name: Y\nname: B\n", "a.yaml")
    found = [(p.code, p.field, p.line, p.column, dict(p.params)["first_line"]) for p in doc.problems]
    assert found == [
        ("yaml_duplicate_key", "signer.name", 5, 3, "4"),
        ("yaml_duplicate_key", "name", 6, 1, "1"),
    ]
    assert doc.data["name"] == "A"  # the first value is kept, never silently replaced


def test_aliases_are_refused_where_they_are_used() -> None:
    doc = parse_yaml("a: &x Sở\nb: *x\nc: [1, *x]\n", "a.yaml")
    found = [(p.code, p.field, p.line, p.column) for p in doc.problems]
    assert found == [("yaml_alias", "b", 2, 4), ("yaml_alias", "c[1]", 3, 8)]
    assert doc.data == {"a": "Sở", "b": None, "c": [1, None]}


def test_an_alias_resolved_by_the_c_composer_is_still_refused() -> None:
    """The fallback behind the quick alias test: a node met twice is refused, not copied."""
    import yaml

    from generator.load.yaml_source import SourceMap, _Builder

    node = yaml.compose("a: &x [1, 2]\nb: *x\n", Loader=yaml.SafeLoader)
    builder = _Builder("a.yaml", SourceMap(), 0)
    assert builder.build(node, (), 0) == {"a": [1, 2], "b": None}
    assert [(p.code, p.field) for p in builder.problems] == [("yaml_alias", "b")]


def test_billion_laughs_is_not_expanded() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    doc = parse_yaml("\n".join(lines), "bom.yaml")
    assert set(codes(doc)) == {"yaml_alias"}
    assert len(doc.problems) == 81  # nine aliases on each of nine lines, each reported once
    assert doc.data["a9"] == [None] * 9


def test_merge_keys_are_refused() -> None:
    doc = parse_yaml("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n", "a.yaml")
    assert "yaml_alias" in codes(doc)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("a: !!python/object:os.system x", "!!python/object:os.system"),
        ("a: !!python/object/apply:os.system [ls]", "!!python/object/apply:os.system"),
        ("a: !ghi-chu x", "!ghi-chu"),
        ("a: !!binary aGVsbG8=", "!!binary"),
        ("a: !!set {x, y}", "!!set"),
    ],
)
def test_custom_tags_are_refused(text: str, tag: str) -> None:
    doc = parse_yaml(text, "a.yaml")
    assert [(p.code, p.field, p.line, p.column, dict(p.params)["tag"]) for p in doc.problems] == [("yaml_tag", "a", 1, 4, tag)]


def test_standard_tags_are_accepted() -> None:
    doc = parse_yaml("a: !!str 0124\nb: !!int 5\n", "a.yaml")
    assert doc.problems == []
    assert doc.data["a"] == "0124"


def test_tabs_are_refused_with_their_position() -> None:
    doc = parse_yaml("a: 1\nb:\n\tc: 2\n  \td: 3\n", "a.yaml")
    assert [(p.code, p.line, p.column) for p in doc.problems] == [("yaml_tab", 3, 1), ("yaml_tab", 4, 3)]


def test_control_characters_are_located() -> None:
    doc = parse_yaml("a: 1\nb: Phòng\x00A\n", "a.yaml")
    assert [(p.code, p.line, p.column, dict(p.params)["codepoint"]) for p in doc.problems] == [("control_character", 2, 9, "0000")]


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ('name: "Sở\nkind: so\n', "yaml_syntax_unclosed", 1, 7),
        ("a: Chức năng: tham mưu\n", "yaml_syntax_colon", 1, 13),
        ("a:\n    b: 1\n  c: 2\n", "yaml_syntax_indent", 3, 3),
        ("a: x\nb c\nd: 1\n", "yaml_syntax_missing_colon", 2, 1),
        ("a: @x\n", "yaml_syntax_start_char", 1, 4),
        ("a: *Quan trọng*: x\n", "yaml_syntax_start_char", 1, 4),
        ('a: "x\\qy"\n', "yaml_syntax_escape", 1, 6),
        ("a: [x, y\nb: 1\n", "yaml_syntax_flow", 1, 4),
        ("a: " + "[" * 2000 + "]" * 2000, "yaml_too_deep", 1, None),
    ],
)
def test_syntax_errors_have_a_plain_code_and_position(text: str, code: str, line: int, column: int | None) -> None:
    doc = parse_yaml(text, "a.yaml")
    assert doc.data is None
    assert len(doc.problems) == 1
    problem = doc.problems[0]
    assert (problem.code, problem.line) == (code, line)
    if column is not None:
        assert problem.column == column


def test_second_document_is_refused() -> None:
    doc = parse_yaml("a: 1\n---\nb: 2\n", "a.yaml")
    assert [(p.code, p.line) for p in doc.problems] == [("yaml_multiple_documents", 3)]


def test_deep_nesting_is_cut_off() -> None:
    text = "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "x"
    doc = parse_yaml(text, "a.yaml")
    assert codes(doc) == ["yaml_too_deep"]


def test_non_mapping_keys_are_refused() -> None:
    doc = parse_yaml("? [a, b]\n: c\nd: 1\n", "a.yaml")
    assert codes(doc) == ["yaml_complex_key"]
    assert doc.data == {"d": 1}


def test_number_keys_become_text() -> None:
    assert parse_yaml("1: a\n2.5: b\nnull: c\n", "a.yaml").data == {"1": "a", "2.5": "b", "null": "c"}


def test_empty_and_scalar_documents() -> None:
    assert parse_yaml("", "a.yaml").data == {}
    assert parse_yaml("# chỉ có chú thích\n", "a.yaml").data == {}
    assert parse_yaml("null", "a.yaml").data is None
    assert parse_yaml("- a\n- b\n", "a.yaml").data == ["a", "b"]
    assert parse_yaml("chữ", "a.yaml").data == "chữ"


def test_decode_accepts_utf8_with_bom_and_crlf() -> None:
    text, problems = decode("\ufeffname: Sở\r\nkind: so\rx: 1".encode("utf-8"), "a.yaml")
    assert problems == []
    assert text == "name: Sở\nkind: so\nx: 1"


def test_decode_locates_the_first_bad_byte() -> None:
    raw = "name: Sở\n".encode() + "short: Sóc".encode("cp1258")
    text, problems = decode(raw, "a.yaml")
    assert text is None
    assert [(p.code, p.line, p.column, dict(p.params)["offset"]) for p in problems] == [("file_not_utf8", 2, 9, "19")]
    _, utf16 = decode("name: A".encode("utf-16"), "a.yaml")
    assert (utf16[0].code, utf16[0].line, utf16[0].column) == ("file_not_utf8", 1, 1)


def test_decode_refuses_oversized_input() -> None:
    text, problems = decode(b"a" * (512 * 1024 + 1), "a.yaml")
    assert text is None and [p.code for p in problems] == ["file_too_large"]


def test_dotted_paths_and_shown_tags() -> None:
    assert dotted(("awards", 0, "recipients", 2, "person")) == "awards[0].recipients[2].person"
    assert dotted((0, "a")) == "[0].a"
    assert dotted(()) == ""
    assert shown_tag("tag:yaml.org,2002:python/object") == "!!python/object"
    assert shown_tag("!local") == "!local"
