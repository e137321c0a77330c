"""``thiduua check``: every quality gate of a pull request, in one command.

1. validate the data (the same report as ``thiduua validate``);
2. strict build into a temporary folder (or ``--out``, swapped in only when the build succeeds);
3. internal links of the built site (:mod:`generator.qa.linkcheck`, offline);
4. scripts: no built file (any extension) carries script, handlers or third-party loads except
   the project's own assets (:mod:`generator.qa.scriptcheck`);
5. HTML validity with html-validate (:mod:`generator.qa.htmlcheck`), skipped only when asked
   (``--no-html``).

Each step prints its findings; a summary closes the run. A gate whose tool is missing or broken is
reported as not run ("KHÔNG CHẠY", with the reason and the fix), and that fails the check like a
finding does: a CI run without its HTML check must not look green. Exit status 1 when any step
failed or did not run.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.diagnostics import Report
from generator.messages import format_message
from generator.options import Options
from generator.pipeline import generate
from generator.qa.htmlcheck import HtmlCheckUnavailable, run_html_validate
from generator.qa.linkcheck import check_site
from generator.qa.scriptcheck import check_scripts
from generator.write.build import BuildFailed, build_site, with_site_url

Status = Literal["ok", "failed", "skipped", "not_run"]
"""``skipped``: not needed (asked, or an earlier step failed); ``not_run``: needed, its tool is missing."""
Printer = Callable[[str], None]
STEPS = ("validate", "build", "links", "scripts", "html")
SHOWN = 200
"""At most this many findings are printed per step (a broken template repeats on every page)."""


@dataclass(frozen=True)
class StepResult:
    step: str
    status: Status
    code: str
    """Message code (generator/messages.py) of the one-line detail."""
    params: tuple[tuple[str, str], ...] = ()

    def render(self, lang: str = "vi") -> str:
        label = _t(f"check_status_{self.status}", lang)
        return f"  [{label}] {_t(f'check_step_{self.step}', lang)}: {format_message(self.code, dict(self.params), lang)}"


@dataclass(frozen=True)
class CheckOptions:
    config_file: Path = Path("mkdocs.yml")
    site_url: str | None = None
    """Published address; None: the ``site_url`` of mkdocs.yml (may be empty)."""
    out: Path | None = None
    """Keep the checked site here (e.g. to publish exactly what was checked)."""
    html: bool = True
    lang: str = "vi"


def _t(code: str, lang: str, **params: object) -> str:
    return format_message(code, {k: str(v) for k, v in params.items()}, lang)


def _result(step: str, status: Status, code: str, /, **params: object) -> StepResult:
    return StepResult(step, status, code, tuple(sorted((k, str(v)) for k, v in params.items())))


def run_check(
    options: Options,
    check: CheckOptions,
    emit: Printer = print,
    show_report: Callable[[Report], None] | None = None,
    note: Printer | None = None,
) -> list[StepResult]:
    """Run the gates in order; a step whose input is missing (no site) is skipped, not run.

    ``emit`` prints each failure, ``note`` advice that fails nothing (default: ``emit``).
    """
    options = with_site_url(options, check.site_url)
    generation = generate(options)
    if show_report is not None:
        show_report(generation.report)
    results = [_result("validate", "failed" if generation.report.errors else "ok", "other", detail=generation.report.summary(check.lang))]
    if not generation.ok:
        return results + [_result(step, "skipped", "check_skip_data") for step in STEPS[1:]]

    with tempfile.TemporaryDirectory(prefix="thiduua-check-") as tmp:
        site = (check.out or Path(tmp) / "site").resolve()
        try:
            build_site(options, check.config_file, site, site_url=check.site_url, generation=generation)
        except BuildFailed as exc:
            emit(str(exc))
            results.append(_result("build", "failed", "check_build_failed"))
            return results + [_result(step, "skipped", "check_skip_no_site") for step in STEPS[2:]]
        files = sum(1 for p in site.rglob("*") if p.is_file())
        results.append(_result("build", "ok", "check_build_ok", files=files))
        results.append(_links(site, options.site_url, check, emit))
        results.append(_scripts(site, options.site_url, check, emit))
        results.append(_html(site, check, emit, note or emit))
    return results


def _links(site: Path, site_url: str, check: CheckOptions, emit: Printer) -> StepResult:
    """Canonical and sitemap URLs are checked against the site URL the build used."""
    problems = check_site(site, site_url)
    _emit_some([p.render(check.lang) for p in problems], check.lang, emit)
    if problems:
        return _result("links", "failed", "check_links_failed", count=len(problems))
    return _result("links", "ok", "check_links_ok")


def _scripts(site: Path, site_url: str, check: CheckOptions, emit: Printer) -> StepResult:
    findings = check_scripts(site, check.config_file.resolve().parent, site_url=site_url)
    _emit_some([f.render(check.lang) for f in findings], check.lang, emit)
    if findings:
        return _result("scripts", "failed", "check_scripts_failed", count=len(findings))
    return _result("scripts", "ok", "check_scripts_ok", files=sum(1 for p in site.rglob("*") if p.is_file()))


def _html(site: Path, check: CheckOptions, emit: Printer, note: Printer) -> StepResult:
    if not check.html:
        return _result("html", "skipped", "check_html_flag")
    try:
        result = run_html_validate(site, check.config_file.resolve().parent)
    except HtmlCheckUnavailable as exc:
        return _result("html", "not_run", exc.code, **exc.params)
    _emit_some([f.render(check.lang) for f in result.findings], check.lang, emit)
    for known in result.unused_known:
        note(_t("html_known_unused", check.lang, rule=known.rule, what=known.selector or known.message))
    counts = {"pages": result.files, "known": result.forgiven}
    if result.findings:
        return _result("html", "failed", "check_html_failed", count=len(result.findings), **counts)
    return _result("html", "ok", "check_html_ok", **counts)


def _emit_some(lines: list[str], lang: str, emit: Printer) -> None:
    for line in lines[:SHOWN]:
        emit(line)
    if len(lines) > SHOWN:
        emit(_t("check_more", lang, count=len(lines) - SHOWN, shown=SHOWN))


def summary(results: list[StepResult], lang: str = "vi") -> str:
    return "\n".join([_t("check_title", lang), *(r.render(lang) for r in results)])


def passed(results: list[StepResult]) -> bool:
    """Every gate that had to run ran and found nothing."""
    return not any(r.status in ("failed", "not_run") for r in results)
