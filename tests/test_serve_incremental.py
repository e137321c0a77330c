"""``thiduua serve`` rebuilds only the generated pages whose Markdown changed (dirty builds).

The timing itself is measured in benchmarks/bench.py (no timed assertions here); these tests
pin the mechanism: which files MkDocs is told are modified.
"""

from __future__ import annotations

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.diagnostics import Report
from generator.pipeline import Generation

from conftest import ROOT


def _modified(plugin, config, pages: dict[str, str]) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    plugin.generation = Generation(Report(), pages=pages)
    config.plugins._current_plugin = "thiduua"  # as MkDocs sets it while running a plugin's event
    files = plugin.on_files(Files([]), config=config)
    result = {f.src_uri: f.is_modified() for f in files}
    plugin.on_post_build(config=config)
    return result


def test_dirty_serve_marks_only_changed_pages_as_modified() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="serve", dirty=True)
    first = _modified(plugin, config, {"a.md": "# A", "b.md": "# B"})
    assert first == {"a.md": True, "b.md": True}  # nothing built yet
    assert plugin.generation is None  # the next rebuild regenerates from data/
    second = _modified(plugin, config, {"a.md": "# A", "b.md": "# B đã sửa", "c.md": "# C"})
    assert second == {"a.md": False, "b.md": True, "c.md": True}


def test_after_a_failed_build_every_page_is_rebuilt() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="serve", dirty=True)
    _modified(plugin, config, {"a.md": "# A"})
    plugin.on_build_error(error=RuntimeError("x"))
    assert _modified(plugin, config, {"a.md": "# A"}) == {"a.md": True}


def test_build_and_clean_serve_rebuild_everything() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["thiduua"]
    plugin.on_startup(command="build", dirty=False)
    _modified(plugin, config, {"a.md": "# A"})
    assert _modified(plugin, config, {"a.md": "# A"}) == {"a.md": True}
