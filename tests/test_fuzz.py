"""Property-based fuzzing: whatever the bytes, the reader and validator answer with findings.

Random text shaped like YAML, random bytes, and random values injected into the fields of
a valid dataset must give either success or a clean list of located findings, never an
exception. Runs are kept short (few examples, no deadline: shared CI machines are slow).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import Report
from generator.load.loader import parse_markdown_record
from generator.load.yaml_source import SourceDoc, decode, parse_yaml
from generator.messages import MESSAGES
from generator.options import Options
from generator.pipeline import generate
from generator.validate.records import load_and_validate

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "tests" / "data" / "valid" / "minimal"

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces that make random text look like YAML, including every hazard the reader refuses.
YAML_TOKENS = [
    "name", "unit", "date", ":", ": ", "- ", "  ", "    ", "\n", "\t", "#", "'", '"', "|", ">-", "[", "]", "{", "}",
    ",", "&a ", "*a", "<<: *a", "!!python/object:os.system", "!!python/object/apply:os.system ['true']", "!!binary",
    "!!str ", "!ENV", "? ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "0x1F", "1e400", "2025-02-30",
    "Nguyễn Văn Ân", "ü", "\u200b", "\x00", "\x85", "\ufeff", "\r", "\u2028", "~", "null", "true", "no", "0777",
    "9" * 40, "-.inf", ".nan", "@", "`", "%", "&", "*",
]
yaml_like = st.lists(st.sampled_from(YAML_TOKENS) | st.text(max_size=8), max_size=60).map("".join)


def _check_doc(doc: SourceDoc) -> None:
    assert isinstance(doc, SourceDoc)
    for problem in doc.problems:
        assert problem.line >= 1 and problem.column >= 1
        assert problem.code in MESSAGES, problem.code
        assert problem.message("vi") and problem.message("en")


@FAST
@given(yaml_like)
def test_parse_yaml_never_raises_on_yaml_like_text(text: str) -> None:
    _check_doc(parse_yaml(text, "fuzz.yaml"))


@FAST
@given(st.text(max_size=400))
def test_parse_yaml_never_raises_on_any_text(text: str) -> None:
    _check_doc(parse_yaml(text, "fuzz.yaml"))


@FAST
@given(st.binary(max_size=400))
def test_decode_then_parse_never_raises_on_bytes(raw: bytes) -> None:
    text, problems = decode(raw, "fuzz.yaml")
    if text is None:
        assert problems and all(p.code in MESSAGES for p in problems)
        return
    _check_doc(parse_yaml(text, "fuzz.yaml"))


@FAST
@given(yaml_like, st.text(max_size=80))
def test_front_matter_records_never_raise(front: str, body: str) -> None:
    _check_doc(parse_markdown_record(f"---\n{front}\n---\n{body}", "fuzz.md"))


@FAST
@given(yaml_like)
def test_parse_yaml_is_deterministic(text: str) -> None:
    """Same text, same values and findings (sorted reports rely on it)."""
    first, second = parse_yaml(text, "a.yaml"), parse_yaml(text, "a.yaml")
    assert first.data == second.data
    assert first.problems == second.problems


# Values an editor (or an attacker) could put in any field.
scalars = st.none() | st.booleans() | st.integers() | st.integers(min_value=10**30) | st.floats(allow_nan=True) | st.text(max_size=30)
field_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=10)


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value (mappings, list items and scalars) in a record."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _leaves(item, (*path, i))
    return found


def _records() -> list[Path]:
    return sorted(p for p in MINIMAL.rglob("*.yaml"))


def _inject(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


@SLOW
@given(st.data())
def test_random_values_in_a_valid_dataset_give_findings_not_tracebacks(tmp_path_factory: Any, data: st.DataObject) -> None:
    target = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(MINIMAL, target)
    record_file = data.draw(st.sampled_from(_records()), label="record")
    record = yaml.safe_load(record_file.read_text(encoding="utf-8"))
    paths = _leaves(record)
    for _ in range(data.draw(st.integers(1, 3), label="fields changed")):
        path = data.draw(st.sampled_from(paths), label="field")
        try:
            _inject(record, path, data.draw(field_values, label="value"))
        except (KeyError, IndexError, TypeError):  # an earlier change removed the parent
            continue
    if data.draw(st.booleans(), label="add an unknown field"):
        record[data.draw(st.text(min_size=1, max_size=12), label="key")] = data.draw(field_values)
    path = target / record_file.relative_to(MINIMAL)
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")

    dataset, report = load_and_validate(target)
    assert isinstance(report, Report)
    for finding in report.sorted:
        assert finding.file and finding.line >= 1, finding
        assert finding.code in MESSAGES, finding.code
        assert finding.message("vi") and finding.message("en")
        assert finding.render("vi").startswith(finding.file)
    if not report.errors:  # accepted values must also derive and render
        kind = record_file.parent.name
        assert record_file.stem in dataset.records.get(kind, {})
        generation = generate(Options(data_dir=target, site_src=ROOT / "site_src"))
        assert generation.ok and generation.pages
