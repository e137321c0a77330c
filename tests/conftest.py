"""Shared fixtures: run the real CLI, and build the bundled data once per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed_plan.txt"
"""The source document (a copy of shared/seed/000_a669bd66bfe1629e.txt, kept with the tests)."""


def run_thiduua(*args: str | os.PathLike[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator ARGS`` as an editor would, capturing its output."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    full_env.pop("THIDUUA_DATA", None)
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        check=False,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


RECORDS_FIXTURE = ROOT / "tests" / "data" / "site"
"""Data made to catch sorting, revocation and photo-consent mistakes (see tests/test_pages_records.py)."""


@pytest.fixture(scope="session")
def records_dataset():  # type: ignore[no-untyped-def]
    """``RECORDS_FIXTURE`` loaded and validated once."""
    from generator.validate.records import load_and_validate

    ds, report = load_and_validate(RECORDS_FIXTURE)
    assert not report.errors, report.text("en")
    return ds


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the bundled data/ to add, edit or break records in."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def project_copy(tmp_path: Path) -> Path:
    """mkdocs.yml, site_src/, data/ and the html-validate files (not node_modules/), copied: a project to
    change or break."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("mkdocs.yml", ".htmlvalidate.json", ".htmlvalidate-known.json", "package.json", "package-lock.json"):
        shutil.copy2(ROOT / name, project / name)
    for name in ("site_src", "data"):
        shutil.copytree(ROOT / name, project / name)
    return project


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data/ built once with ``thiduua build --out`` (strict)."""
    out = tmp_path_factory.mktemp("built") / "site"
    result = run_thiduua("build", "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out
