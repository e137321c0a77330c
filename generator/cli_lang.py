"""The command line in the reader's language: argparse's own texts and MkDocs' serve log lines.

Every text comes from :mod:`generator.messages` (``ARGPARSE``, ``SERVE_LOG``, ``LOG_LEVELS``).
argparse takes its texts (``usage:``, ``options``, its error messages) through the module-level
gettext functions ``argparse._`` and ``argparse.ngettext``: :func:`argparse_texts` swaps them for
the table's while our parser is built and used, and puts argparse's own back afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
from collections.abc import Iterator, Sequence

from generator.messages import ARGPARSE, LOG_LEVELS, SERVE_LOG

LANGS = ("vi", "en")


def lang_of(argv: Sequence[str]) -> str:
    """``--lang`` as given on the command line (read before parsing: argparse's own errors need it),
    else ``THIDUUA_LANG``, else Vietnamese."""
    chosen = os.environ.get("THIDUUA_LANG", "vi")
    for i, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif word.startswith("--lang="):
            chosen = word.split("=", 1)[1]
    return chosen if chosen in LANGS else "vi"


def argparse_text(message: str, lang: str) -> str:
    """argparse's ``message`` in ``lang`` (unknown messages stay as argparse wrote them)."""
    entry = ARGPARSE.get(message)
    return entry[lang] if entry else message


@contextlib.contextmanager
def argparse_texts(lang: str) -> Iterator[None]:
    """argparse speaks ``lang`` inside the block (a help or usage error exits from within it)."""
    module = vars(argparse)
    saved = module["_"], module["ngettext"]

    def gettext(message: str) -> str:
        return argparse_text(message, lang)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return argparse_text(singular if n == 1 else plural, lang)

    module["_"], module["ngettext"] = gettext, ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved


_TIMESTAMP = re.compile(r"^(?P<stamp>\[\d\d:\d\d:\d\d\] )?(?P<text>.*)$", re.DOTALL)
_LINES = tuple((re.compile(pattern + r"$", re.DOTALL), texts) for pattern, texts in SERVE_LOG)


def log_text(message: str, lang: str) -> str:
    """A MkDocs log line in ``lang``; lines the table does not know are kept as they are."""
    parts = _TIMESTAMP.match(message)
    stamp, text = (parts.group("stamp") or "", parts.group("text")) if parts else ("", message)
    for pattern, texts in _LINES:
        found = pattern.match(text)
        if found:
            return stamp + texts[lang].format(**found.groupdict())
    return message


class LogFormatter(logging.Formatter):
    """``LEVEL -  message`` with the level name and the known MkDocs lines in ``lang``."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format(self, record: logging.LogRecord) -> str:
        level = LOG_LEVELS.get(record.levelname, {}).get(self.lang, record.levelname)
        text = log_text(record.getMessage(), self.lang)
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return f"{level:<9} -  {text}"


def install_log_formatter(lang: str, level: int = logging.INFO) -> None:
    """Log to stderr through :class:`LogFormatter` (what ``thiduua serve`` prints while it runs)."""
    handler = logging.StreamHandler()
    handler.setFormatter(LogFormatter(lang))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
