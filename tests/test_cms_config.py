"""The optional Decap CMS config: Vietnamese, over the real data/ folders, with the models' field names, never
published."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from pydantic import BaseModel

from generator.models import KINDS

CMS = ROOT / "site_src" / "cms"


@pytest.fixture(scope="module")
def config() -> dict:
    return yaml.safe_load((CMS / "config.yml").read_text(encoding="utf-8"))


def nested_model(annotation: object) -> type[BaseModel] | None:
    """The pydantic model inside ``X | None`` or ``list[X]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = nested_model(arg)
        if found is not None:
            return found
    return None


def assert_fields_exist(fields: list[dict], model: type[BaseModel], where: str) -> None:
    for field in fields:
        name = field["name"]
        assert name in model.model_fields, f"{where}.{name} is not a field of {model.__name__}"
        sub = field.get("fields")  # object, or list of objects (a list of strings uses `field`)
        if sub:
            inner = nested_model(model.model_fields[name].annotation)
            assert inner is not None, f"{where}.{name} has sub-fields but {model.__name__}.{name} is not a model"
            assert_fields_exist(sub, inner, f"{where}.{name}")


def test_cms_is_vietnamese_and_goes_through_pull_requests(config: dict) -> None:
    assert config["locale"] == "vi"
    assert config["publish_mode"] == "editorial_workflow"
    assert config["media_folder"] == "data/photos"


@pytest.mark.parametrize("kind", ["people", "decisions", "announcements", "units"])
def test_editable_collections_map_the_data_folders_with_model_field_names(config: dict, kind: str) -> None:
    collection = next(c for c in config["collections"] if c["name"] == kind)
    assert collection["folder"] == f"data/{kind}"
    assert "." + collection["extension"] in KINDS[kind].extensions
    assert collection.get("create") is True and not collection.get("hide")
    assert_fields_exist(collection["fields"], KINDS[kind].model, kind)
    required = {name for name, f in KINDS[kind].model.model_fields.items() if f.is_required() and name != "body"}
    assert required <= {f["name"] for f in collection["fields"]}, "every required field has a form field"


def test_relations_point_to_configured_collections(config: dict) -> None:
    names = {c["name"] for c in config["collections"]}

    def relations(fields: list[dict]):
        for field in fields:
            if field.get("widget") == "relation":
                yield field["collection"]
            yield from relations(field.get("fields", []))

    targets = {t for c in config["collections"] for t in relations(c["fields"])}
    assert targets and targets <= names


def test_cms_page_loads_nothing_from_a_cdn() -> None:
    html = (CMS / "index.html").read_text(encoding="utf-8")
    assert '<script src="decap-cms.js"></script>' in html
    assert "http" not in html.split("<!--")[0] + html.split("-->")[-1]


def test_cms_is_not_published(built_site: Path) -> None:
    assert not (built_site / "cms").exists()
    assert not list(built_site.rglob("config.yml"))
    assert not any("decap-cms.js" in p.read_text(encoding="utf-8", errors="replace") for p in built_site.rglob("*.html"))
