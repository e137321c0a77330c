"""``thiduua serve`` rebuilds incrementally: only changed files are parsed and validated again
(the checks across records still run on everything), and only generated pages whose Markdown
changed are rebuilt by MkDocs (dirty builds).

The timing itself is measured in benchmarks/bench.py (no timed assertions here); these tests
pin the mechanism and that its results equal a full run's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.diagnostics import Report
from generator.options import Options
from generator.pipeline import Generation, generate
from generator.validate import records as validate
from generator.validate.records import FileCache, load_and_validate
from generator.write.mkdocs_plugin import DataInvalid


@pytest.fixture
def config(tmp_path: Path):  # type: ignore[no-untyped-def]
    """mkdocs.yml with its own site folder: a serve build's clean-up never touches the checkout's site/."""
    return load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))


def _post_build(plugin, config) -> None:  # type: ignore[no-untyped-def]
    for part in plugin.on_post_build.methods:  # a CombinedEvent: MkDocs runs its parts at their priorities
        part(config=config)


def _modified(plugin, config, pages: dict[str, str]) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    plugin.generation = Generation(Report(), pages=pages)
    config.plugins._current_plugin = "thiduua"  # as MkDocs sets it while running a plugin's event
    files = plugin.on_files(Files([]), config=config)
    result = {f.src_uri: f.is_modified() for f in files}
    _post_build(plugin, config)
    return result


def test_dirty_serve_marks_only_changed_pages_as_modified(config) -> None:  # type: ignore[no-untyped-def]
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="serve", dirty=True)
    first = _modified(plugin, config, {"a.md": "# A", "b.md": "# B"})
    assert first == {"a.md": True, "b.md": True}  # nothing built yet
    assert plugin.generation is None  # the next rebuild regenerates from data/
    second = _modified(plugin, config, {"a.md": "# A", "b.md": "# B đã sửa", "c.md": "# C"})
    assert second == {"a.md": False, "b.md": True, "c.md": True}


def test_after_a_failed_build_every_page_is_rebuilt(config) -> None:  # type: ignore[no-untyped-def]
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="serve", dirty=True)
    _modified(plugin, config, {"a.md": "# A"})
    plugin.on_build_error(error=RuntimeError("x"))
    assert _modified(plugin, config, {"a.md": "# A"}) == {"a.md": True}


def test_build_and_clean_serve_rebuild_everything(config) -> None:  # type: ignore[no-untyped-def]
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="build", dirty=False)
    _modified(plugin, config, {"a.md": "# A"})
    assert _modified(plugin, config, {"a.md": "# A"}) == {"a.md": True}


# --- Per-file cache of parsed and validated records (``FileCache``) --------------------------


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files the cache had to parse (and so validate) again."""
    seen: list[str] = []
    real = validate.parse_record

    def counting(raw: bytes, shown: str, markdown: bool = False):  # type: ignore[no-untyped-def]
        seen.append(Path(shown).name)
        return real(raw, shown, markdown)

    monkeypatch.setattr(validate, "parse_record", counting)
    return seen


def _same_as_uncached(data_copy: Path, cache: FileCache) -> list[str]:
    """Load with the cache, check it matches a fresh load exactly; return the error lines."""
    cached_dataset, cached_report = load_and_validate(data_copy, cache)
    dataset, report = load_and_validate(data_copy)
    assert cached_report.text("en") == report.text("en")
    assert cached_dataset.records == dataset.records
    assert cached_dataset.file_ids == dataset.file_ids
    return [d.render("en") for d in report.errors]


def test_only_changed_files_are_parsed_again(data_copy: Path, parsed: list[str]) -> None:
    cache = FileCache()
    assert _same_as_uncached(data_copy, cache) == []
    assert len(parsed) > 50
    parsed.clear()
    load_and_validate(data_copy, cache)
    assert parsed == []  # nothing changed, nothing re-read into records
    person = data_copy / "people" / "chau-thi-ha.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("position:", "position: Sửa -", 1), encoding="utf-8")
    load_and_validate(data_copy, cache)
    assert parsed == ["chau-thi-ha.yaml"]


def test_an_error_introduced_then_fixed_is_reported_then_gone(data_copy: Path) -> None:
    cache = FileCache()
    _same_as_uncached(data_copy, cache)
    person = data_copy / "people" / "chau-thi-ha.yaml"
    good = person.read_text(encoding="utf-8")
    person.write_text(good + "ngay_sinh: 1990-01-01\nunit: [\n", encoding="utf-8")  # a syntax error
    errors = _same_as_uncached(data_copy, cache)
    assert len(errors) == 1 and "people/chau-thi-ha.yaml:" in errors[0]
    person.write_text(good + "ngay_sinh: 1990-01-01\n", encoding="utf-8")  # personal data, with its line
    line = len(good.splitlines()) + 1
    errors = _same_as_uncached(data_copy, cache)
    assert len(errors) == 1 and f"people/chau-thi-ha.yaml:{line}:1: ngay_sinh:" in errors[0]
    person.write_text(good, encoding="utf-8")
    assert _same_as_uncached(data_copy, cache) == []


def test_deleted_and_added_files_are_noticed(data_copy: Path) -> None:
    cache = FileCache()
    _same_as_uncached(data_copy, cache)
    referenced = data_copy / "people" / "pham-quoc-tan.yaml"
    text = referenced.read_text(encoding="utf-8")
    held = len(cache)
    referenced.unlink()
    errors = _same_as_uncached(data_copy, cache)  # the decisions that name this person now dangle
    assert len(cache) == held - 1  # and the cache let go of it
    assert errors and all("pham-quoc-tan" in e and "decisions/" in e for e in errors)
    referenced.write_text(text, encoding="utf-8")
    assert _same_as_uncached(data_copy, cache) == []
    (data_copy / "units" / "don-vi-moi.yaml").write_text("name: Đơn vị mới\nkind: khong-co\n", encoding="utf-8")
    errors = _same_as_uncached(data_copy, cache)
    assert len(errors) == 1 and "units/don-vi-moi.yaml:2:7: kind:" in errors[0]


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(data_copy: Path, parsed: list[str]) -> None:
    """The cache compares the files' bytes, not their timestamps (coarse on some file systems)."""
    cache = FileCache()
    _same_as_uncached(data_copy, cache)
    person = data_copy / "people" / "chau-thi-ha.yaml"
    before = person.stat()
    text = person.read_text(encoding="utf-8")
    edited = text.replace("Lưu trữ viên", "Lưu trữ viêN", 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    person.write_text(edited, encoding="utf-8")
    os.utime(person, ns=(before.st_atime_ns, before.st_mtime_ns))
    parsed.clear()
    dataset, _ = load_and_validate(data_copy, cache)
    assert parsed == ["chau-thi-ha.yaml"]
    assert dataset.people["chau-thi-ha"].position == "Lưu trữ viêN"


def test_serve_plugin_reports_a_new_error_with_its_line_and_picks_up_the_fix(data_copy: Path, monkeypatch: pytest.MonkeyPatch, config) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("THIDUUA_DATA", str(data_copy))
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="serve", dirty=True)
    assert plugin.reuse is not None

    def rebuild() -> dict[str, str | bytes]:  # type: ignore[type-arg]
        plugin.generation = None
        plugin.on_config(config)
        pages = dict(plugin.generation.pages)
        _post_build(plugin, config)
        return pages

    rebuild()
    unit = data_copy / "units" / "van-phong-so.yaml"
    good = unit.read_text(encoding="utf-8")
    unit.write_text(good.replace("kind: ", "kind: sai-", 1), encoding="utf-8")
    with pytest.raises(DataInvalid) as failure:
        rebuild()
    line = next(i for i, text in enumerate(good.splitlines(), start=1) if text.startswith("kind: "))
    assert f"van-phong-so.yaml:{line}:7: kind:" in str(failure.value)
    plugin.on_build_error(error=failure.value)
    unit.write_text(good.replace("name: ", "name: Đã sửa – ", 1), encoding="utf-8")
    pages = rebuild()
    assert "Đã sửa – " in str(pages["don-vi/van-phong-so/index.md"])


def test_an_edited_template_override_is_compiled_again(tmp_path: Path) -> None:
    """Compiled templates are kept for the process (serve), but never past an edit."""
    override = tmp_path / "site_src" / "templates" / "plans.md.j2"
    override.parent.mkdir(parents=True)
    options = Options(data_dir=ROOT / "data", site_src=tmp_path / "site_src")
    for version in ("một", "hai"):
        override.write_text(f"# Phiên bản {version}: {{{{ plans|length }}}} kế hoạch\n", encoding="utf-8")
        assert generate(options).pages["ke-hoach/index.md"] == f"# Phiên bản {version}: 1 kế hoạch\n"


def test_serve_keeps_the_theme_templates_compiled_across_rebuilds(config) -> None:  # type: ignore[no-untyped-def]
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="serve", dirty=True)
    first = plugin.on_env(config.theme.get_env(), config=config, files=Files([]))
    second = plugin.on_env(config.theme.get_env(), config=config, files=Files([]))
    assert first.bytecode_cache is second.bytecode_cache is plugin.theme_code
