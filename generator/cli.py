"""``thiduua`` command line: parse arguments, build the options, run one command.

Exit status: 0 success, 1 data errors or a failed build, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from generator.diagnostics import Report
from generator.options import Options

Command = Callable[[argparse.Namespace], int]


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=None, help="thư mục dữ liệu (mặc định: data)")
    parser.add_argument("--lang", choices=("vi", "en"), default=os.environ.get("THIDUUA_LANG", "vi"), help="ngôn ngữ thông báo lỗi")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="tệp cấu hình MkDocs")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thiduua", description="Xuất bản trang thi đua, khen thưởng từ dữ liệu YAML.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="kiểm tra dữ liệu, báo mọi lỗi kèm tệp:dòng")
    p.add_argument("data_dir", nargs="?", type=Path, default=None)
    p.add_argument("--format", choices=("text", "json", "github"), default="text", help="github: chú thích cho GitHub Actions")
    _common(p)

    p = sub.add_parser("build", help="kiểm tra dữ liệu và xây dựng trang web (chế độ nghiêm ngặt)")
    p.add_argument("--out", type=Path, default=Path("site"), help="thư mục kết quả (mặc định: site)")
    p.add_argument("--site-url", default=None, help="địa chỉ công bố, ví dụ https://example.gov.vn/thi-dua/")
    _common(p)

    p = sub.add_parser("check", help="mọi bước kiểm tra của CI: dữ liệu, xây dựng nghiêm ngặt, liên kết, HTML")
    p.add_argument("--out", type=Path, default=None, help="giữ trang đã kiểm tra tại đây (mặc định: thư mục tạm)")
    p.add_argument("--site-url", default=None, help="địa chỉ công bố, ví dụ https://example.gov.vn/thi-dua/")
    p.add_argument("--no-html", dest="html", action="store_false", help="bỏ qua bước kiểm tra HTML (cần Node.js)")
    p.add_argument("--format", choices=("text", "github"), default="text", help="github: chú thích lỗi dữ liệu cho GitHub Actions")
    _common(p)

    p = sub.add_parser("generate", help="chỉ sinh các trang Markdown (cho MkDocs, Zensical…)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--site-url", default=None, help="địa chỉ công bố (liên kết tuyệt đối của bản tin, lịch)")
    p.add_argument("--zensical", action="store_true", help="ghi cả dự án Zensical: OUT/docs, OUT/overrides, OUT/mkdocs.yml")
    _common(p)

    p = sub.add_parser("serve", help="xem trước, tự xây dựng lại khi sửa dữ liệu")
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    p.add_argument("--site-url", default=None, help="địa chỉ công bố; bản xem trước dùng đường dẫn con của nó, ví dụ /thi-dua/")
    _common(p)

    p = sub.add_parser("linkcheck", help="kiểm tra liên kết nội bộ của một trang đã xây dựng (MkDocs hay Zensical)")
    p.add_argument("site", type=Path, help="thư mục trang đã xây dựng, ví dụ site/")
    p.add_argument("--site-url", default="", help="địa chỉ công bố mà trang được xây dựng cho")
    p.add_argument("--lang", choices=("vi", "en"), default=os.environ.get("THIDUUA_LANG", "vi"), help="ngôn ngữ thông báo lỗi")

    p = sub.add_parser("addresses", help="danh sách địa chỉ đã công bố (data/published.txt)")
    p.add_argument("--write", action="store_true", help="thêm địa chỉ mới của lần xây dựng này vào danh sách")
    _common(p)

    p = sub.add_parser("schema", help="ghi JSON Schema của các loại dữ liệu")
    p.add_argument("--out", type=Path, default=None, help="thư mục (mặc định: site_src/docs/du-lieu/schema)")
    _common(p)

    p = sub.add_parser("synth", help="sinh bộ dữ liệu mẫu tổng hợp (đo hiệu năng, thử quy mô)")
    p.add_argument("--people", type=int, required=True, help="số cá nhân, ví dụ 10000")
    p.add_argument("--out", type=Path, required=True, help="thư mục dữ liệu mới (phải trống)")
    p.add_argument("--seed", type=int, default=2025, help="hạt giống ngẫu nhiên (cùng hạt giống, cùng dữ liệu)")
    p.add_argument("--base", type=Path, default=Path("data"), help="lấy kế hoạch, đơn vị, hình thức khen thưởng từ đây")

    p = sub.add_parser("new", help="tạo tệp bản ghi mới có chú thích")
    p.add_argument("kind", help="person, decision, announcement, unit, evaluation, award, plan")
    p.add_argument("id", help="mã bản ghi, ví dụ nguyen-van-an")
    _common(p)
    return parser


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
        detail = "thiếu plugin 'thiduua'" if isinstance(exc, KeyError) else str(exc)
        print(f"thiduua: không đọc được cấu hình {args.config}: {detail}", file=sys.stderr)
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
        print(f"thiduua: MkDocs không xây dựng được trang (chế độ nghiêm ngặt):\n{exc}", file=sys.stderr)
        return 1
    _print_report(generation.report, args.lang)
    if not generation.ok:
        return 1
    print(f"Đã xây dựng {len(generation.pages)} trang sinh tự động vào {args.out}/")
    _end_of_life_notice(args.lang)
    return 0


def _end_of_life_notice(lang: str) -> None:
    """Material's start-up banner is suppressed (it would repeat on every ``serve`` rebuild and
    drown the findings); its news reaches the operator as one line of ``build`` and ``check``."""
    from generator.write.build import theme_end_of_life

    version = theme_end_of_life()
    if version:
        from generator.messages import format_message

        print(format_message("material_end_of_life", {"version": version}, lang), file=sys.stderr)


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
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
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
        print(f"thiduua serve: không mở được {args.dev_addr}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def cmd_linkcheck(args: argparse.Namespace) -> int:
    """The ``links`` gate of ``thiduua check`` on a folder another builder wrote (Zensical)."""
    from generator.messages import format_message
    from generator.qa.linkcheck import check_site

    if not (args.site / "index.html").is_file():
        print(format_message("linkcheck_no_site", {"site": str(args.site)}, args.lang), file=sys.stderr)
        return 2
    problems = check_site(args.site, args.site_url)
    for problem in problems:
        print(problem.render(args.lang), file=sys.stderr)
    code = "check_links_failed" if problems else "check_links_ok"
    print(format_message(code, {"count": str(len(problems))}, args.lang), file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def cmd_addresses(args: argparse.Namespace) -> int:
    """Print the addresses this data publishes; with ``--write``, add the new ones to the list."""
    from generator import addresses
    from generator.messages import format_message
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
    params = {"count": str(count), "file": str(target), "added": str(count - len(book.published))}
    print(format_message("addresses_written", params, args.lang))
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
    from generator.messages import format_message

    try:
        path = scaffold(_options(args).data_dir, args.kind, args.id)
    except ScaffoldError as exc:
        print(f"thiduua new: {exc.message(args.lang)}", file=sys.stderr)
        return 1
    print(path)
    print(format_message("new_next_step", {"marker": UNFINISHED_MARKER}, args.lang), file=sys.stderr)
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from generator.synth import synthesize

    if args.people < 1:
        print("thiduua synth: --people phải lớn hơn 0", file=sys.stderr)
        return 2
    try:
        count = synthesize(args.people, args.out, base=args.base if args.base.is_dir() else None, seed=args.seed)
    except FileExistsError as exc:
        print(f"thiduua synth: {exc}", file=sys.stderr)
        return 1
    print(f"Đã sinh {count} bản ghi vào {args.out}/")
    return 0


COMMANDS: dict[str, Command] = {
    "validate": cmd_validate,
    "build": cmd_build,
    "check": cmd_check,
    "generate": cmd_generate,
    "serve": cmd_serve,
    "addresses": cmd_addresses,
    "linkcheck": cmd_linkcheck,
    "schema": cmd_schema,
    "new": cmd_new,
    "synth": cmd_synth,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
