"""The command line speaks one language at a time: Vietnamese by default, English with ``--lang en``,
argparse's own texts (usage, options, its errors) and the serve log lines included."""

from __future__ import annotations

import re
import socket

import pytest
from conftest import run_thiduua

from generator.cli_lang import lang_of, log_text
from generator.messages import ARGPARSE

ENGLISH = re.compile(
    r"\b(usage|options|positional|arguments?|error|required|invalid|choices?|choose|show|help message|exit|"
    r"unrecognized|expected|address|already|in use|info|warning|serving|building|documentation|watching|"
    r"reloading|seconds|default|folder|must|the following|not found|cannot|permission)\b",
    re.IGNORECASE,
)
"""Words of argparse, MkDocs and the OS that must not reach a Vietnamese reader."""
VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.IGNORECASE)

SUBCOMMANDS = ("validate", "build", "check", "generate", "serve", "schema", "synth", "new")
# Usage mistakes of every kind argparse reports, and the CLI's own refusals: (arguments, exit status).
MISTAKES: tuple[tuple[tuple[str, ...], int], ...] = (
    ((), 2),  # no command: "the following arguments are required"
    (("bogus",), 2),  # invalid choice
    (("validate", "--format", "xml"), 2),
    (("validate", "--nope"), 2),  # unrecognized arguments
    (("new",), 2),
    (("new", "person"), 2),
    (("synth", "--people", "abc", "--out", "x"), 2),  # invalid int value
    (("build", "--out"), 2),  # expected one argument
    (("synth", "--people", "0", "--out", "x"), 2),
    (("new", "kind-khong-co", "x"), 1),
    (("new", "person", "Sai_Ma"), 1),
)


def _output(*args: str, lang: str | None = None) -> tuple[int, str]:
    words = [*args, "--lang", lang] if lang else list(args)
    result = run_thiduua(*words)
    return result.returncode, result.stdout + result.stderr


def _help_and_mistakes(lang: str | None) -> list[tuple[tuple[str, ...], int, str]]:
    runs = [(("--help",), 0), *(((command, "--help"), 0) for command in SUBCOMMANDS), *MISTAKES]
    outputs = []
    for args, status in runs:
        returned, out = _output(*args, lang=lang)
        assert returned == status, f"thiduua {' '.join(args)}: exit status {returned}\n{out}"
        outputs.append((args, status, out))
    return outputs


def _busy_port_serve(lang: str | None) -> tuple[int, str]:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        return _output("serve", "--dev-addr", f"127.0.0.1:{port}", lang=lang)


def test_vietnamese_by_default_everywhere() -> None:
    outputs = _help_and_mistakes(None)
    for args, _status, out in outputs:
        assert out.strip(), args
        found = ENGLISH.findall(out)
        assert not found, f"thiduua {' '.join(args)} printed English {found}:\n{out}"
        assert "Traceback" not in out
    printed = "\n".join(out for _, _, out in outputs)
    for vietnamese in ("cách dùng: thiduua", "tùy chọn:", "hiện phần trợ giúp này rồi thoát", "thiduua: lỗi: thiếu tham số bắt buộc: LỆNH",
                       "lựa chọn không hợp lệ: 'xml'", "tham số không nhận ra: --nope", "thiếu tham số bắt buộc: LOẠI, MÃ"):
        assert vietnamese in printed, vietnamese


def test_lang_en_everywhere() -> None:
    outputs = _help_and_mistakes("en")
    printed = "\n".join(out for _, _, out in outputs)
    for english in ("usage: thiduua", "options:", "show this help message and exit", "error: the following arguments are required: KIND, ID",
                    "invalid choice: 'xml'", "unrecognized arguments: --nope", "--data FOLDER", "thiduua synth: --people must be above 0"):
        assert english in printed, english
    for args, _status, out in outputs:
        assert not VIETNAMESE.search(out), f"thiduua {' '.join(args)} --lang en printed Vietnamese:\n{out}"


def test_lang_before_the_command_and_from_the_environment() -> None:
    assert "usage: thiduua" in run_thiduua("--lang", "en", "new").stderr
    assert "usage: thiduua" in run_thiduua("new", env={"THIDUUA_LANG": "en"}).stderr
    assert "cách dùng: thiduua" in run_thiduua("new", "--lang", "vi", env={"THIDUUA_LANG": "en"}).stderr


@pytest.mark.slow
def test_serve_on_a_busy_port_in_vietnamese_then_english() -> None:
    status, out = _busy_port_serve(None)
    assert status == 1
    assert "địa chỉ đang được dùng" in out and "--dev-addr" in out, out
    assert "Đang xây dựng trang" in out, "MkDocs' log lines are translated"
    assert not ENGLISH.findall(out.replace("site_src/docs", "")), out
    status, out = _busy_port_serve("en")
    assert status == 1
    assert "the address is already in use" in out and "Building documentation..." in out, out
    assert not VIETNAMESE.search(out.replace("vinh-danh", "")), out


def test_mkdocs_log_lines_keep_their_values() -> None:
    assert log_text("[22:49:51] Serving on http://127.0.0.1:8000/", "vi") == "[22:49:51] Trang xem trước: http://127.0.0.1:8000/"
    assert log_text("Documentation built in 9.40 seconds", "vi") == "Đã xây dựng xong trong 9.40 giây"
    assert log_text("Documentation built in 9.40 seconds", "en") == "Documentation built in 9.40 seconds"
    assert log_text("[10:00:00] Reloading browsers", "vi") == "[10:00:00] Tải lại trình duyệt"
    assert log_text("something MkDocs says that we do not know", "vi") == "something MkDocs says that we do not know"


def test_lang_is_read_before_parsing() -> None:
    assert lang_of(["validate", "--lang", "en"]) == "en"
    assert lang_of(["--lang=en", "check"]) == "en"
    assert lang_of(["validate", "--lang", "fr"]) == "vi"  # argparse then refuses 'fr' in Vietnamese
    assert lang_of(["new", "--", "--lang", "en"]) == "vi"


def test_every_argparse_text_of_this_python_is_in_the_table() -> None:
    """A new Python may add argparse texts: they must be in messages.ARGPARSE, not left in English."""
    import argparse
    import inspect

    source = inspect.getsource(argparse)
    used = set(re.findall(r"""\b_\((['"])(.+?)\1\)""", source))
    texts = {text.encode().decode("unicode_escape") for _, text in used}
    internal = {".__call__() not defined", "conflicting subparser: %s", "conflicting subparser alias: %s", 'argument "-" with mode %r',
                "cannot merge actions - two groups are named %r", "'required' is an invalid argument for positionals",
                "dest= is required for options like %r", "invalid conflict_resolution value: %r", "mutually exclusive arguments must be optional",
                "cannot have multiple subparser arguments", "%r is not callable", "subcommands"}
    assert len(texts) > 20, "argparse's texts were found"
    missing = sorted(t for t in texts - internal if t not in ARGPARSE and not t.startswith("invalid option string"))
    assert missing == [], "argparse texts a user can see, missing from messages.ARGPARSE"

