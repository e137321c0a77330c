"""``thiduua`` command line: parse arguments, build the options, run one command.

Exit status: 0 success, 1 data errors or a failed build, 2 wrong usage. Every text, argparse's
included, comes from :mod:`generator.messages` in the language of ``--lang`` (default Vietnamese).
"""

from __future__ import annotations

import argparse
import dataclasses
import errno
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from generator.cli_lang import LANGS, argparse_texts, install_log_formatter, lang_of
from generator.diagnostics import Report
from generator.messages import format_message
from generator.options import Options
from generator.write.output import OutputUnwritable

Command = Callable[[argparse.Namespace], int]


def _text(code: str, lang: str, **params: object) -> str:
    return format_message(code, {key: str(value) for key, value in params.items()}, lang)


def _common(parser: argparse.ArgumentParser, lang: str) -> None:
    folder, file = _text("cli_metavar_folder", lang), _text("cli_metavar_file", lang)
    parser.add_argument("--data", type=Path, default=None, metavar=folder, help=_text("cli_help_data", lang))
    parser.add_argument("--lang", choices=LANGS, default=lang, help=_text("cli_help_lang", lang))
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), metavar=file, help=_text("cli_help_config", lang))


def make_parser(lang: str = "vi") -> argparse.ArgumentParser:
    """The parser with its help texts in ``lang`` (argparse's own words: see :func:`main`)."""

    def t(code: str) -> str:
        return _text(code, lang)

    folder, url = t("cli_metavar_folder"), t("cli_metavar_url")
    parser = argparse.ArgumentParser(prog="thiduua", description=t("cli_description"))
    parser.add_argument("--lang", choices=LANGS, default=lang, help=t("cli_help_lang"))  # before or after the command
    sub = parser.add_subparsers(dest="command", required=True, metavar=t("cli_metavar_command"))

    p = sub.add_parser("validate", help=t("cli_help_validate"), description=t("cli_help_validate"))
    p.add_argument("data_dir", nargs="?", type=Path, default=None, metavar=folder, help=t("cli_help_validate_dir"))
    p.add_argument("--format", choices=("text", "json", "github"), default="text", help=t("cli_help_validate_format"))
    _common(p, lang)

    p = sub.add_parser("build", help=t("cli_help_build"), description=t("cli_help_build"))
    p.add_argument("--out", type=Path, default=Path("site"), metavar=folder, help=t("cli_help_build_out"))
    p.add_argument("--site-url", default=None, metavar=url, help=t("cli_help_site_url"))
    _common(p, lang)

    p = sub.add_parser("check", help=t("cli_help_check"), description=t("cli_help_check"))
    p.add_argument("--out", type=Path, default=None, metavar=folder, help=t("cli_help_check_out"))
    p.add_argument("--site-url", default=None, metavar=url, help=t("cli_help_site_url"))
    p.add_argument("--no-html", dest="html", action="store_false", help=t("cli_help_no_html"))
    p.add_argument("--format", choices=("text", "github"), default="text", help=t("cli_help_check_format"))
    _common(p, lang)

    p = sub.add_parser("generate", help=t("cli_help_generate"), description=t("cli_help_generate"))
    p.add_argument("--out", type=Path, required=True, metavar=folder, help=t("cli_help_generate_out"))
    p.add_argument("--site-url", default=None, metavar=url, help=t("cli_help_site_url"))
    p.add_argument("--zensical", action="store_true", help=t("cli_help_zensical"))
    _common(p, lang)

    p = sub.add_parser("serve", help=t("cli_help_serve"), description=t("cli_help_serve"))
    p.add_argument("--dev-addr", default="127.0.0.1:8000", metavar=t("cli_metavar_address"), help=t("cli_help_dev_addr"))
    p.add_argument("--site-url", default=None, metavar=url, help=t("cli_help_serve_site_url"))
    _common(p, lang)

    p = sub.add_parser("linkcheck", help=t("cli_help_linkcheck"), description=t("cli_help_linkcheck"))
    p.add_argument("site", type=Path, metavar=folder, help=t("cli_help_linkcheck_site"))
    p.add_argument("--site-url", default="", metavar=url, help=t("cli_help_site_url"))
    p.add_argument("--lang", choices=LANGS, default=lang, help=t("cli_help_lang"))

    p = sub.add_parser("addresses", help=t("cli_help_addresses"), description=t("cli_help_addresses"))
    p.add_argument("--write", action="store_true", help=t("cli_help_addresses_write"))
    _common(p, lang)

    p = sub.add_parser("schema", help=t("cli_help_schema"), description=t("cli_help_schema"))
    p.add_argument("--out", type=Path, default=None, metavar=folder, help=t("cli_help_schema_out"))
    _common(p, lang)

    number = t("cli_metavar_number")
    p = sub.add_parser("synth", help=t("cli_help_synth"), description=t("cli_help_synth"))
    p.add_argument("--people", type=int, required=True, metavar=number, help=t("cli_help_people"))
    p.add_argument("--out", type=Path, required=True, metavar=folder, help=t("cli_help_synth_out"))
    p.add_argument("--seed", type=int, default=2025, metavar=number, help=t("cli_help_seed"))
    p.add_argument("--base", type=Path, default=Path("data"), metavar=folder, help=t("cli_help_base"))
    p.add_argument("--lang", choices=LANGS, default=lang, help=t("cli_help_lang"))

    _import_parsers(sub, lang)

    p = sub.add_parser("new", help=t("cli_help_new"), description=t("cli_help_new"))
    p.add_argument("kind", metavar=t("cli_metavar_kind"), help=t("cli_help_new_kind"))
    p.add_argument("id", metavar=t("cli_metavar_id"), help=t("cli_help_new_id"))
    _common(p, lang)
    return parser


def _import_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    """``thiduua import`` and ``thiduua template`` (generator/editor/intake/)."""

    def t(code: str) -> str:
        return _text(code, lang)

    file = t("cli_metavar_file")
    p = sub.add_parser("import", help=t("import_help"), description=t("import_help"))
    p.add_argument("kind", choices=("decision", "evaluation", "people"), help=t("import_help_kind"))
    p.add_argument("source", type=Path, metavar=file, help=t("import_help_source"))
    p.add_argument("--decision", dest="decision_id", default=None, metavar=t("cli_metavar_id"), help=t("import_help_decision"))
    p.add_argument("--number", default=None, metavar=t("cli_metavar_number"), help=t("import_help_number"))
    p.add_argument("--symbol", default=None, metavar=t("import_metavar_symbol"), help=t("import_help_symbol"))
    p.add_argument("--date", default=None, metavar=t("import_metavar_date"), help=t("import_help_date"))
    p.add_argument("--title", default=None, metavar=t("import_metavar_text"), help=t("import_help_title"))
    p.add_argument("--award", default=None, metavar=t("cli_metavar_id"), help=t("import_help_award"))
    p.add_argument("--year", type=int, default=None, metavar=t("cli_metavar_number"), help=t("import_help_year"))
    p.add_argument("--source-note", default=None, metavar=t("import_metavar_text"), help=t("import_help_source_note"))
    p.add_argument("--sheet", default=None, metavar=t("import_metavar_sheet"), help=t("import_help_sheet"))
    p.add_argument("--dry-run", action="store_true", help=t("import_help_dry_run"))
    p.add_argument("--force", action="store_true", help=t("import_help_force"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=t("import_help_format"))
    _common(p, lang)

    p = sub.add_parser("template", help=t("template_help"), description=t("template_help"))
    p.add_argument("kind", choices=("decision", "evaluation"), help=t("template_help_kind"))
    p.add_argument("--out", type=Path, required=True, metavar=file, help=t("template_help_out"))
    p.add_argument("--force", action="store_true", help=t("import_help_force"))
    _common(p, lang)


def _options(args: argparse.Namespace) -> Options:
    data = getattr(args, "data_dir", None) or args.data or Path(os.environ.get("THIDUUA_DATA", "data"))
    return Options(data_dir=data)


def _site_options(args: argparse.Namespace) -> Options:
    """Options as mkdocs.yml's ``thiduua`` plugin sets them (name order, site_src), ``--data`` winning.

    Reading them through the plugin keeps one source of truth for ``thiduua build`` and a
    plain ``mkdocs build``.
    """
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        config = load_config(str(args.config))
        plugin_options: Options = config.plugins["thiduua"].options(config)  # type: ignore[attr-defined]
    except (ConfigurationError, KeyError) as exc:
        detail = _text("cli_no_plugin", args.lang) if isinstance(exc, KeyError) else str(exc)
        print(_text("cli_config_unreadable", args.lang, file=args.config, detail=detail), file=sys.stderr)
        raise SystemExit(2) from None
    return dataclasses.replace(plugin_options, data_dir=_options(args).data_dir)


def _print_report(report: Report, lang: str, fmt: str = "text") -> None:
    if fmt == "json":
        print(report.json(lang))
        return
    for diagnostic in report.sorted:
        if fmt == "github":
            print(diagnostic.github(lang))
        else:
            print(diagnostic.render(lang), file=sys.stderr if diagnostic.severity == "error" else sys.stdout)
    print(report.summary(lang), file=sys.stderr if report.errors else sys.stdout)


def cmd_validate(args: argparse.Namespace) -> int:
    from generator.validate.records import load_and_validate

    _, report = load_and_validate(_options(args).data_dir)
    _print_report(report, args.lang, args.format)
    return 1 if report.errors else 0


def cmd_build(args: argparse.Namespace) -> int:
    from generator.write.build import BuildFailed, build_site

    try:
        generation = build_site(_site_options(args), args.config, args.out, site_url=args.site_url)
    except BuildFailed as exc:
        print(_text("cli_build_failed", args.lang, detail=exc), file=sys.stderr)
        return 1
    except OutputUnwritable as exc:
        _print_unwritable(exc, args.lang)
        return 1
    _print_report(generation.report, args.lang)
    if not generation.ok:
        return 1
    print(_text("cli_built", args.lang, count=len(generation.pages), out=args.out))
    _end_of_life_notice(args.lang)
    return 0


def _end_of_life_notice(lang: str) -> None:
    """Material's start-up banner is suppressed (it would repeat on every ``serve`` rebuild and
    drown the findings); its news reaches the operator as one line of ``build`` and ``check``."""
    from generator.write.build import theme_end_of_life

    version = theme_end_of_life()
    if version:
        print(_text("material_end_of_life", lang, version=version), file=sys.stderr)


def _github_escape(text: str) -> str:
    """Workflow-command data escaping (``%``, CR, LF), so a multi-line message stays one annotation."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_printer(level: str) -> Callable[[str], None]:
    def emit(line: str) -> None:
        print(f"::{level} title=thiduua check::{_github_escape(line)}")

    return emit


def cmd_check(args: argparse.Namespace) -> int:
    from generator.qa.check import CheckOptions, passed, run_check, summary

    check = CheckOptions(config_file=args.config, site_url=args.site_url, out=args.out, html=args.html, lang=args.lang)
    emit: Callable[[str], None] = print
    note: Callable[[str], None] = print
    if args.format == "github":  # built-site findings have no source line: they go to the run's annotation list
        emit, note = _github_printer("error"), _github_printer("notice")
    results = run_check(_site_options(args), check, emit, lambda report: _print_report(report, args.lang, args.format), note)
    print(summary(results, args.lang))
    _end_of_life_notice(args.lang)
    return 0 if passed(results) else 1


def cmd_generate(args: argparse.Namespace) -> int:
    from generator.pipeline import generate
    from generator.write.build import with_site_url, write_docs

    options = with_site_url(_site_options(args), args.site_url)
    generation = generate(options)
    _print_report(generation.report, args.lang)
    if not generation.ok:
        return 1
    if not args.zensical:
        write_docs(generation.pages, options.site_src / "docs", args.out)
        return 0
    from generator.write.zensical import write_project

    write_docs(generation.pages, options.site_src / "docs", args.out / "docs")
    write_project(args.config, args.out, args.site_url)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Check the data once, then let MkDocs serve; later data errors are shown on each rebuild."""
    import logging

    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import Abort

    from generator.validate.records import load_and_validate

    options = _options(args)
    _, report = load_and_validate(options.data_dir)
    if report.errors:
        _print_report(report, args.lang)
        return 1
    install_log_formatter(args.lang)  # MkDocs' log lines, in the reader's language
    os.environ["THIDUUA_DATA"] = str(options.data_dir.resolve())
    # --site-url means what it means for build and check: the public address, winning over
    # mkdocs.yml. MkDocs serves the preview under its path (http://127.0.0.1:8000/thi-dua/).
    overrides = {} if args.site_url is None else {"site_url": args.site_url}
    # Dirty rebuilds: the plugin marks unchanged generated pages as unmodified, so a rebuild
    # renders only pages whose Markdown changed (the nav lists sections only, so it stays right).
    # MkDocs' generic warning about dirty builds would count as a strict-mode failure.
    logging.getLogger("mkdocs.commands.build").addFilter(lambda record: "'dirty' build" not in record.getMessage())
    try:
        serve(config_file=str(args.config), dev_addr=args.dev_addr, livereload=True, build_type="dirty", **overrides)
    except (Abort, KeyboardInterrupt):
        return 1
    except OSError as exc:  # the address is taken or not ours to bind
        print(_text("cli_serve_unavailable", args.lang, address=args.dev_addr, reason=_os_error(exc, args.lang)), file=sys.stderr)
        return 1
    return 0


_OS_ERRORS = {errno.EADDRINUSE: "cli_address_in_use", errno.EACCES: "cli_address_forbidden", errno.EADDRNOTAVAIL: "cli_address_not_here"}


def _os_error(exc: OSError, lang: str) -> str:
    """The operating system's reason (English from the C library) as a message of ours."""
    code = _OS_ERRORS.get(exc.errno or 0)
    if code:
        return _text(code, lang)
    return _text("cli_address_other", lang, error=errno.errorcode.get(exc.errno or 0, exc.errno) if exc.errno else type(exc).__name__)


def cmd_linkcheck(args: argparse.Namespace) -> int:
    """The ``links`` gate of ``thiduua check`` on a folder another builder wrote (Zensical)."""
    from generator.qa.linkcheck import check_site

    if not (args.site / "index.html").is_file():
        print(_text("linkcheck_no_site", args.lang, site=args.site), file=sys.stderr)
        return 2
    problems = check_site(args.site, args.site_url)
    for problem in problems:
        print(problem.render(args.lang), file=sys.stderr)
    code = "check_links_failed" if problems else "check_links_ok"
    print(_text(code, args.lang, count=len(problems)), file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def cmd_addresses(args: argparse.Namespace) -> int:
    """Print the addresses this data publishes; with ``--write``, add the new ones to the list."""
    from generator import addresses
    from generator.pipeline import generate

    options = _site_options(args)
    generation = generate(options)
    if not generation.ok:
        _print_report(generation.report, args.lang)
        return 1
    book, _ = addresses.load(options.data_dir)
    served = addresses.served_addresses(generation.pages, options.site_src / "docs")
    text = addresses.updated_list(book, served)
    if not args.write:
        print(text, end="")
        return 0
    target = options.data_dir / addresses.PUBLISHED_FILE
    target.write_text(text, encoding="utf-8", newline="\n")
    count = sum(1 for line in text.splitlines() if line.startswith("/"))
    print(_text("addresses_written", args.lang, count=count, file=target, added=count - len(book.published)))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from generator.editor.schema import write_schemas

    out = args.out or Path("site_src/docs/du-lieu/schema")
    for path in write_schemas(out):
        print(path)
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from generator.editor.scaffold import ScaffoldError, scaffold
    from generator.load.loader import UNFINISHED_MARKER

    try:
        path = scaffold(_options(args).data_dir, args.kind, args.id)
    except ScaffoldError as exc:
        print(_text("cli_new_failed", args.lang, detail=exc.message(args.lang)), file=sys.stderr)
        return 1
    print(path)
    print(format_message("new_next_step", {"marker": UNFINISHED_MARKER}, args.lang), file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from generator.editor.intake.command import ImportRequest, exit_status, run_import
    from generator.editor.intake.decision import DecisionOptions
    from generator.editor.intake.report import render_json, render_text, unified_diff
    from generator.messages import format_message

    if args.kind == "decision" and not args.decision_id:
        print(f"thiduua import: {format_message('import_needs_decision', {}, args.lang)}", file=sys.stderr)
        return 2
    decision = None
    if args.kind == "decision":
        decision = DecisionOptions(args.decision_id, args.number, args.symbol, args.date, args.title, args.award, args.sheet)
    request = ImportRequest(
        args.kind, args.source, _options(args).data_dir, decision, args.year, args.source_note, args.sheet, args.force, args.dry_run
    )
    result = run_import(request)
    if args.format == "json":
        print(render_json(result, args.lang, args.dry_run))
        return exit_status(result)
    if args.dry_run and not result.failed:
        for planned in result.planned:
            print(unified_diff(planned), end="")
    out, err = render_text(result, args.lang, args.dry_run)
    for line in out:
        print(line)
    for line in err:
        print(line, file=sys.stderr)
    return exit_status(result)


def cmd_template(args: argparse.Namespace) -> int:
    from generator.editor.intake.template import write_template
    from generator.messages import format_message
    from generator.validate.records import load_and_validate

    if args.out.suffix.lower() != ".xlsx":
        print(f"thiduua template: {format_message('template_needs_xlsx', {'path': str(args.out)}, args.lang)}", file=sys.stderr)
        return 2
    if args.out.exists() and not args.force:
        print(f"thiduua template: {format_message('import_exists_path', {'path': str(args.out)}, args.lang)}", file=sys.stderr)
        return 1
    data_dir = _options(args).data_dir
    if not data_dir.is_dir():
        print(f"thiduua template: {format_message('scaffold_no_data_dir', {'path': str(data_dir)}, args.lang)}", file=sys.stderr)
        return 1
    dataset, _ = load_and_validate(data_dir)
    try:
        write_template(args.kind, dataset, args.out)
    except OSError as exc:
        print(f"thiduua template: {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from generator.synth import synthesize

    if args.people < 1:
        print(_text("cli_synth_people", args.lang), file=sys.stderr)
        return 2
    try:
        count = synthesize(args.people, args.out, base=args.base if args.base.is_dir() else None, seed=args.seed)
    except FileExistsError:
        print(_text("cli_synth_not_empty", args.lang, out=args.out), file=sys.stderr)
        return 1
    print(_text("cli_synth_done", args.lang, count=count, out=args.out))
    return 0


COMMANDS: dict[str, Command] = {
    "validate": cmd_validate,
    "build": cmd_build,
    "check": cmd_check,
    "generate": cmd_generate,
    "serve": cmd_serve,
    "linkcheck": cmd_linkcheck,
    "addresses": cmd_addresses,
    "schema": cmd_schema,
    "new": cmd_new,
    "import": cmd_import,
    "template": cmd_template,
    "synth": cmd_synth,
}


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so the same clean-up runs (temporary folders, the lock)."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated()


def _print_unwritable(exc: OutputUnwritable, lang: str) -> None:
    from generator.load.loader import display_path
    from generator.messages import format_message

    code = "output_disk_full" if exc.full else "output_unwritable"
    print(format_message(code, {"folder": display_path(exc.folder), "reason": exc.reason}, lang), file=sys.stderr)


def _announce_waiting(lang: str) -> None:
    from generator.load.loader import display_path
    from generator.messages import format_message
    from generator.write import output

    output.LOCK_WAITING = lambda lock: print(format_message("build_waiting", {"lock": display_path(lock)}, lang), file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; Ctrl-C and SIGTERM end it with one line (exit 130 / 143), never a traceback."""
    import signal

    words = list(sys.argv[1:] if argv is None else argv)
    lang = lang_of(words)
    with argparse_texts(lang):  # usage, option groups and usage errors in the same language
        args = make_parser(lang).parse_args(words)
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        _announce_waiting(lang)
        return COMMANDS[args.command](args)
    except KeyboardInterrupt as exc:
        from generator.messages import format_message

        terminated = isinstance(exc, Terminated)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second signal must not interrupt the message
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print(format_message("run_interrupted", {"signal": "SIGTERM" if terminated else "Ctrl-C"}, lang), file=sys.stderr)
        return 143 if terminated else 130
    except OutputUnwritable as exc:
        _print_unwritable(exc, lang)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
