"""Guard for the search override: it patches Material internals, so a Material upgrade must be deliberate.

site_src/overrides/assets/javascripts/lunr/min/lunr.vi.min.js replaces the theme's file of the same name
(see the comment at its top). It relies on mkdocs-material 9.8.2's search worker loading that file with
importScripts and on lunr 2.3.9's Query#clause / Pipeline. If any of these tests fails after an upgrade,
re-read the new worker (workers/search.*.min.js and its .map), adapt the override, re-run
tests/browser/test_search.py, then update the pins below.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from importlib import metadata, resources
from pathlib import Path

from conftest import ROOT

MATERIAL_VERSION = "9.8.2"
OVERRIDE = ROOT / "site_src" / "overrides" / "assets" / "javascripts" / "lunr" / "min" / "lunr.vi.min.js"
LANGUAGE_OVERRIDE = ROOT / "site_src" / "overrides" / "partials" / "languages" / "vi.html"
# sha256 of the upstream files the overrides replace (mkdocs-material 9.8.2).
UPSTREAM = {
    "assets/javascripts/lunr/min/lunr.vi.min.js": "2e39c3fd7305f6e66fc0424796a7696cb8e36dc0f5c3a83ea1bc44dfe3fecb56",
    "assets/javascripts/workers/search.a7633da7.min.js": "da1b3df5e5f00cc73083c9e21ff0ec28bde85cd247057bdd05b7a167e5903bd4",
    "partials/languages/vi.html": "53aa292d745afb7b9d284bd05a4d473c927ee193709ffdae31bce9a7ca43e16c",
    "partials/search.html": "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30",
}


def _theme_file(relative: str) -> Path:
    return Path(str(resources.files("material") / "templates" / relative))


def test_material_is_the_pinned_version() -> None:
    assert metadata.version("mkdocs-material") == MATERIAL_VERSION
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert f"mkdocs-material=={MATERIAL_VERSION}" in pyproject["project"]["dependencies"]


def test_upstream_files_the_overrides_replace_are_unchanged() -> None:
    for relative, digest in UPSTREAM.items():
        path = _theme_file(relative)
        assert path.is_file(), f"Material no longer ships {relative}"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"Material's {relative} changed"


def test_worker_loads_the_language_file_the_override_replaces() -> None:
    worker = _theme_file("assets/javascripts/workers/search.a7633da7.min.js").read_text(encoding="utf-8")
    assert "importScripts(" in worker
    assert "/min/lunr.${" in worker and "lunr.stemmer.support.min.js" in worker
    assert '"2.3.9"' in worker, "the worker no longer embeds lunr 2.3.9"


def test_override_registers_folding_in_both_pipelines_and_query() -> None:
    text = OVERRIDE.read_text(encoding="utf-8")
    assert "this.pipeline.add(lunr.vi.stopWordFilter, lunr.vi.trimmer, lunr.vi.fold)" in text
    assert "this.searchPipeline.add(lunr.vi.fold)" in text
    assert "lunr.Query.prototype.clause = function" in text
    assert "lunr.Index.prototype.query = function" in text
    assert 'normalize("NFD")' in text and "\\p{M}" in text and "đ/g" in text


def test_built_site_ships_the_overrides(built_site: Path) -> None:
    shipped = built_site / "assets" / "javascripts" / "lunr" / "min" / "lunr.vi.min.js"
    assert shipped.read_bytes() == OVERRIDE.read_bytes()
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in home
    config = json.loads(home.split('<script id="__config" type="application/json">', 1)[1].split("</script>", 1)[0])
    assert config["translations"]["search.result.placeholder"].startswith("Gõ có dấu hoặc không dấu")  # our vi.html
    assert 'role="dialog" aria-label="Tìm kiếm"' in home  # our partials/search.html
    assert "Made with" not in home


def test_search_partial_differs_from_upstream_only_by_the_dialog_name() -> None:
    ours = (ROOT / "site_src" / "overrides" / "partials" / "search.html").read_text(encoding="utf-8").splitlines()
    theirs = _theme_file("partials/search.html").read_text(encoding="utf-8").splitlines()
    assert ours[4:] == [
        line.replace('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">') for line in theirs[3:]
    ]


def test_language_override_lists_every_key_material_has() -> None:
    keys = set(re.findall(r'^\s*"([a-z.]+)":', LANGUAGE_OVERRIDE.read_text(encoding="utf-8"), re.M))
    upstream_en = set(re.findall(r'^\s*"([a-z.]+)":', _theme_file("partials/languages/en.html").read_text(encoding="utf-8"), re.M))
    assert upstream_en <= keys, f"labels that would fall back to English: {sorted(upstream_en - keys)}"


def test_search_index_config(built_site: Path) -> None:
    config = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["lang"] == ["vi"]
    separator = re.compile(config["separator"])
    assert [w for w in separator.split("Vĩnh, (Phước).") if w] == ["Vĩnh", "Phước"]
    assert [w for w in separator.split("Số: 12/QĐ-SNV, tỷ lệ 18,2 %.") if w] == ["Số", "12", "QĐ", "SNV", "tỷ", "lệ", "18", "2", "%"]


def test_search_index_keeps_words_of_adjacent_elements_apart(built_site: Path) -> None:
    """Material's index strips tags without adding spaces: "<dt>Người ký</dt><dd>Giám đốc" would index
    "kýGiám" and "QUYẾT ĐỊNH<span>Về việc" "ĐỊNHVề", words no reader types. Templates put a space between."""
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text = " ".join(doc["title"] + " " + doc["text"] for doc in docs)
    for label in ["Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Người ký", "Trạng thái", "Chức vụ"]:
        assert label in text, label
        glued = re.findall(re.escape(label) + r"(?=\w)", text)
        assert glued == [], f"{label!r} glued to the next word in the search index"
    assert "ĐỊNHVề" not in text and "QUYẾT ĐỊNH Về" in text
