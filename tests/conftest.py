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


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Docs paths of the pages a template actually rendered (a page reused from the memo is not)."""
    from generator.render import environment

    seen: list[str] = []
    real = environment.Renderer.render_template

    def counting(self, page):  # type: ignore[no-untyped-def]
        seen.append(page.src)
        return real(self, page)

    monkeypatch.setattr(environment.Renderer, "render_template", counting)
    return seen


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


from generator.write.zensical import ZENSICAL_VERSION  # noqa: E402 - the pin .ci/run installs into .venv-zensical/


def zensical_binary() -> Path:
    """$THIDUUA_ZENSICAL, else .venv-zensical/bin/zensical; missing: skip, except under CI (fail)."""
    candidates = [os.environ.get("THIDUUA_ZENSICAL"), str(ROOT / ".venv-zensical" / "bin" / "zensical")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    reason = f"Zensical {ZENSICAL_VERSION} not installed (python3 -m venv .venv-zensical && .venv-zensical/bin/pip install zensical=={ZENSICAL_VERSION})"
    if os.environ.get("CI"):
        pytest.fail(f"{reason} — CI (.ci/run) must run the Zensical build", pytrace=False)
    pytest.skip(reason)


ZENSICAL_SITE_URL = "https://example.gov.vn/thi-dua/"


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``thiduua generate --zensical --site-url ZENSICAL_SITE_URL`` of the bundled data, built by
    the pinned Zensical (strict)."""
    binary = zensical_binary()
    version = subprocess.run([str(binary), "--version"], check=False, capture_output=True, text=True, timeout=60)
    assert ZENSICAL_VERSION in version.stdout, f"Zensical is pinned to {ZENSICAL_VERSION}, found: {version.stdout.strip()}"
    project = tmp_path_factory.mktemp("zensical") / "project"
    result = run_thiduua("generate", "--out", project, "--zensical", "--site-url", ZENSICAL_SITE_URL)
    assert result.returncode == 0, result.stdout + result.stderr
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # Zensical imports generator.vietnamese.slugify (mkdocs.yml)
    built = subprocess.run([str(binary), "build", "--strict"], check=False, cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    site = project / "site"
    assert (site / "index.html").is_file(), built.stdout + built.stderr
    return site
