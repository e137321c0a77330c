"""``thiduua schema``: JSON Schemas from the models, committed, wired to editors, true to the data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import ROOT, run_thiduua

from generator.models import KINDS

COMMITTED = ROOT / "site_src" / "docs" / "du-lieu" / "schema"


class _Yaml12Loader(yaml.SafeLoader):
    """Reads YAML as the editor's YAML extension does: dates stay strings (YAML 1.2 core)."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_like_editor(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        text = text.split("---\n", 2)[1]  # front matter only; the body is not YAML
    return yaml.load(text, Loader=_Yaml12Loader)  # a SafeLoader subclass: no arbitrary objects


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("schema")
    result = run_thiduua("schema", "--out", out)
    assert result.returncode == 0, result.stderr
    printed = sorted(Path(line).name for line in result.stdout.split())
    assert printed == sorted(f"{kind}.schema.json" for kind in KINDS)
    return out


def test_committed_schemas_match_the_models(generated: Path) -> None:
    """Fails when a model changed and ``thiduua schema`` was not run (or a file was hand-edited)."""
    fresh = sorted(p.name for p in generated.iterdir())
    committed = sorted(p.name for p in COMMITTED.glob("*.schema.json"))
    assert committed == fresh, "run `thiduua schema` and commit site_src/docs/du-lieu/schema/"
    for name in fresh:
        assert (COMMITTED / name).read_bytes() == (generated / name).read_bytes(), (
            f"{name} is stale: run `thiduua schema` and commit the result"
        )


def test_output_is_deterministic_sorted_utf8_with_trailing_newline(generated: Path, tmp_path: Path) -> None:
    again = run_thiduua("schema", "--out", tmp_path)
    assert again.returncode == 0, again.stderr
    for path in sorted(generated.iterdir()):
        raw = path.read_bytes()
        assert raw == (tmp_path / path.name).read_bytes()
        text = raw.decode("utf-8")
        assert text.endswith("}\n") and not text.endswith("\n\n")
        assert "\\u" not in text, "Vietnamese must be written as UTF-8, not escaped"
        assert json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n" == text


def test_schemas_are_valid_and_described_in_vietnamese(generated: Path) -> None:
    for kind, info in KINDS.items():
        schema = json.loads((generated / f"{kind}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$id"] == f"{kind}.schema.json"
        assert schema["title"].lower() == info.label_vi
        assert f"data/{kind}/" in schema["description"]
        assert schema["additionalProperties"] is False
        titles = _all_titles(schema)
        # pydantic's English auto-titles ("Name", "Signer") are gone; the $defs carry Vietnamese ones
        assert not {"Name", "Signer", "Sample", "Recipient", "Award"} & titles, titles
        for definition in schema.get("$defs", {}).values():
            assert "``" not in definition.get("description", ""), "English docstring leaked into the schema"


def _all_titles(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found |= _all_titles(sub)
            elif key == "title" and isinstance(value, str):
                found.add(value)
            else:
                found |= _all_titles(value)
    elif isinstance(node, list):
        for item in node:
            found |= _all_titles(item)
    return found


def test_announcement_schema_describes_front_matter_only(generated: Path) -> None:
    schema = json.loads((generated / "announcements.schema.json").read_text(encoding="utf-8"))
    assert "body" not in schema["properties"]
    assert "body" not in schema.get("required", [])
    assert {"title", "date", "summary"} <= set(schema["required"])
    assert "front matter" in schema["description"]


def test_vocabularies_carry_vietnamese_labels(generated: Path) -> None:
    schema = json.loads((generated / "units.schema.json").read_text(encoding="utf-8"))
    kind = schema["properties"]["kind"]
    labels = dict(zip(kind["enum"], kind["enumDescriptions"], strict=True))
    assert labels["phong-noi-vu-cap-huyen"] == "Phòng Nội vụ cấp huyện"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_bundled_record_satisfies_its_schema(kind: str) -> None:
    """What the validator accepts, the editor's schema accepts too (no false red squiggles)."""
    schema = json.loads((COMMITTED / f"{kind}.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(p for ext in KINDS[kind].extensions for p in (ROOT / "data" / kind).rglob(f"*{ext}"))
    assert files, f"no bundled {kind}"
    for path in files:
        errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(_load_like_editor(path))]
        assert not errors, f"{path}: {errors}"


def test_schema_refuses_what_the_validator_refuses() -> None:
    schema = json.loads((COMMITTED / "people.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = {"name": "Nguyễn Văn Ân", "unit": "van-phong-so"}
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, "ngay_sinh": "1980-01-01"})  # personal data
    assert not validator.is_valid({**good, "unit": "Văn phòng Sở"})  # not an id
    assert not validator.is_valid({"unit": "van-phong-so"})  # name missing
    decisions = jsonschema.Draft202012Validator(json.loads((COMMITTED / "decisions.schema.json").read_text(encoding="utf-8")))
    assert not decisions.is_valid({"status": "thu-hoi"})


def test_vscode_maps_each_schema_to_its_data_folder() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    for kind, info in KINDS.items():
        key = f"./site_src/docs/du-lieu/schema/{kind}.schema.json"
        if info.extensions == (".md",):
            continue  # front matter in Markdown: not read by the YAML extension
        assert key in mapping, f"{kind} not wired in .vscode/settings.json"
        assert (ROOT / key).is_file()
        globs = mapping[key]
        assert all(g.startswith(f"data/{kind}/") for g in globs)
        assert {g.rsplit("*", 1)[1] for g in globs} == set(info.extensions)
