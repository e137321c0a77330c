"""``thiduua serve``'s rebuilds give the site a full build gives, file for file and byte for byte.

A rebuild reuses what it can (parsed files, rendered pages, look-up shards, open-data rows, the
MkDocs ``File`` and ``Page`` objects of unchanged pages, the search entries of pages it does not
build again). Each step below edits the data as an editor would, rebuilds the way ``mkdocs serve``
does (a fresh configuration, a dirty build into the same folder, the same plugin instances), and
compares the whole folder with ``thiduua build`` of the same data run from the command line.
Timing is measured by benchmarks/bench.py, never here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, run_thiduua
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort

SERVE_URL = "http://127.0.0.1:8000/"


@dataclass
class Serving:
    data: Path
    site: Path
    tmp: Path

    def config(self) -> MkDocsConfig:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(self.site))
        config.site_url = SERVE_URL  # as mkdocs serve sets it
        return config

    def rebuild(self) -> None:
        build(self.config(), serve_url=SERVE_URL, dirty=True)

    @property
    def plugin(self):  # type: ignore[no-untyped-def]
        return self.config().plugins["thiduua"]  # one instance for the session (it has on_startup)

    def differences(self, step: str) -> list[str]:
        """Files that differ between the served folder and a full build of the same data."""
        reference = self.tmp / f"full-{step}"
        result = run_thiduua("build", "--data", self.data, "--out", reference, "--site-url", SERVE_URL)
        assert result.returncode == 0, result.stdout + result.stderr
        served = _tree(self.site)
        built = _tree(reference)
        return sorted(set(served) ^ set(built)) + sorted(p for p in set(served) & set(built) if served[p] != built[p])


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _first_serve_build(data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Serving]:
    """The first build of ``thiduua serve`` on ``data``; the state is handed out until the test ends."""
    monkeypatch.setenv("THIDUUA_DATA", str(data))
    logging.getLogger("mkdocs.commands.build").addFilter(_no_dirty_warning)  # as thiduua serve does
    state = Serving(data, tmp_path / "served", tmp_path)
    config = state.config()
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, serve_url=SERVE_URL, dirty=True)
    yield state
    logging.getLogger("mkdocs.commands.build").removeFilter(_no_dirty_warning)


@pytest.fixture
def serving(data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Serving]:
    yield from _first_serve_build(data_copy, tmp_path, monkeypatch)


def _no_dirty_warning(record: logging.LogRecord) -> bool:
    return "'dirty' build" not in record.getMessage()


def _search_locations(site: Path) -> list[str]:
    return [doc["location"] for doc in json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]]


def test_edits_deletions_and_a_fixed_error_leave_the_site_a_full_build_makes(serving: Serving) -> None:
    assert serving.differences("start") == []

    person = serving.data / "people" / "pham-quoc-tan.yaml"  # named in decisions: rows, look-up, lists
    text = person.read_text(encoding="utf-8")
    person.write_text(text.replace("position: ", "position: Sửa lần một – ", 1), encoding="utf-8")
    serving.rebuild()
    kept = serving.plugin.kept
    generated = len(serving.plugin.previous)
    assert len(kept.reused) > generated * 0.8  # most File and Page objects came back from the last build
    assert serving.differences("position") == []
    assert sum(1 for location in _search_locations(serving.site) if location == "ca-nhan/pham-quoc-tan/") == 1

    news = serving.data / "announcements" / "2025-08-29-le-ky-niem-80-nam.md"  # the home page lists it
    news.unlink()  # withdrawn, as the guide says a published page is taken down
    redirects = serving.data / "redirects.yaml"
    redirects.write_text(
        redirects.read_text(encoding="utf-8").replace("withdrawn: []", "withdrawn:\n  - /thong-bao/2025-08-29-le-ky-niem-80-nam/"), encoding="utf-8"
    )
    serving.rebuild()
    assert not any("le-ky-niem-80-nam" in location for location in _search_locations(serving.site))
    assert serving.differences("deleted") == []

    person.write_text(text + "unit: [\n", encoding="utf-8")  # a syntax error: the build fails
    with pytest.raises(Abort):
        serving.rebuild()
    person.write_text(text.replace("position: ", "position: Sửa lần hai – ", 1), encoding="utf-8")
    (serving.data / "people" / "nguoi-moi-them.yaml").write_text("name: Lê Thị Mới\nposition: Chuyên viên\nsample: true\n", encoding="utf-8")
    serving.rebuild()
    assert (serving.site / "ca-nhan" / "nguoi-moi-them" / "index.html").is_file()
    assert serving.differences("fixed") == []


@pytest.fixture
def synth_serving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Serving]:
    """150 generated people: many decisions naming each person, look-up shards, open-data rows."""
    data = tmp_path / "data"
    result = run_thiduua("synth", "--people", "150", "--out", data)
    assert result.returncode == 0, result.stderr
    yield from _first_serve_build(data, tmp_path, monkeypatch)


def test_generated_data_edited_and_thinned_stays_a_full_builds_site(synth_serving: Serving) -> None:
    data = synth_serving.data
    named = {line.split(":", 1)[1].strip() for path in (data / "decisions").glob("*.yaml") for line in path.read_text(encoding="utf-8").splitlines() if "person:" in line}
    people = sorted(p.stem for p in (data / "people").glob("*.yaml"))
    edited = next(p for p in people if p in named)
    path = data / "people" / f"{edited}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("position: ", "position: Đã sửa – ", 1), encoding="utf-8")
    synth_serving.rebuild()
    assert synth_serving.differences("edited") == []
    unnamed = [p for p in people if p not in named]
    assert len(unnamed) >= 2
    for person in unnamed[:2]:  # their pages, look-up rows and open-data rows go
        (data / "people" / f"{person}.yaml").unlink()
    synth_serving.rebuild()
    assert all(not (synth_serving.site / "ca-nhan" / person).exists() for person in unnamed[:2])
    assert synth_serving.differences("thinned") == []
