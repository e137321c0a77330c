"""HTML validity of a built site with html-validate (npm), minus the known theme findings.

html-validate runs through ``npx`` at a pinned version with the committed
``.htmlvalidate.json`` (its rules). Its config format allows no per-element exceptions, so
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
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.messages import format_message

HTML_VALIDATE = "html-validate@10.17.0"
"""Pinned: 10.x still runs on Node 20 (11.x needs Node 22); bump together with .htmlvalidate.json."""
CONFIG_FILE = ".htmlvalidate.json"
KNOWN_FILE = ".htmlvalidate-known.json"


class HtmlCheckUnavailable(Exception):
    """npx is missing or html-validate could not be run (no registry access, crash)."""


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


def npx_available() -> bool:
    return shutil.which("npx") is not None


def run_html_validate(site: Path, project: Path, timeout: int = 900) -> HtmlResult:
    """Validate every HTML file under ``site`` with the project's config and known findings."""
    npx = shutil.which("npx")
    if npx is None:
        raise HtmlCheckUnavailable("npx")
    config = project / CONFIG_FILE
    command = [npx, "--yes", HTML_VALIDATE, "--config", str(config), "--formatter", "json", "--ext", "html", str(site)]
    # Node truncates large output to a pipe when it exits: the report goes to a file instead.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as out:
        try:
            result = subprocess.run(command, check=False, stdout=out, stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=timeout, cwd=project)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise HtmlCheckUnavailable(str(exc)) from None
        out.seek(0)
        stdout = out.read()
    if result.returncode not in (0, 1):
        raise HtmlCheckUnavailable((result.stderr or stdout).strip()[-2000:])
    try:
        report = json.loads(stdout or "[]")
    except ValueError:
        raise HtmlCheckUnavailable((result.stderr or stdout).strip()[-2000:]) from None
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
    html_files = sum(1 for _ in site.rglob("*.html"))
    return HtmlResult(failing, len(findings) - len(failing), [k for k in known if k not in used], html_files)
