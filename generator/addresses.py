"""Published addresses are for life: the committed list of them, and redirect pages for moved ones.

Addresses are cited in press releases and official letters, so once the site has served one
it must keep answering. Two files of the data folder, both committed:

* ``published.txt`` — every address the site has published, one per line (``/ca-nhan/x/``),
  kept by ``thiduua addresses --write`` (it only ever adds). A build whose pages no longer
  answer one of them fails, naming the address and the way out: a redirect or a withdrawal.
* ``redirects.yaml`` — ``moved:`` old address → new address (a static redirect page is
  written at the old one: meta refresh, canonical link, a visible link; no script), and
  ``withdrawn:`` addresses deliberately taken down (a person's data removed on request…).

Without ``published.txt`` (fixtures, synthetic data) nothing is compared; ``redirects.yaml``
still works. Addresses are served paths relative to the site root (``ca-nhan/x/``; ``""`` is
the home page); the files write them with a leading slash, as a reader sees them.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator import urls
from generator.diagnostics import Diagnostic, Position, make
from generator.load.loader import display_path
from generator.load.yaml_source import decode, parse_yaml

PUBLISHED_FILE = "published.txt"
REDIRECTS_FILE = "redirects.yaml"
PUBLISHED_HEADER = (
    "# Mọi địa chỉ trang đã công bố; không xóa dòng nào (chuyển trang: data/redirects.yaml).\n"
    "# Cập nhật bằng lệnh: thiduua addresses --write\n"
)


@dataclass
class AddressBook:
    """What ``published.txt`` and ``redirects.yaml`` say, with where each entry stands."""

    published: dict[str, int] = field(default_factory=dict)
    """Address → line in ``published.txt``."""
    has_published_list: bool = False
    moved: dict[str, str] = field(default_factory=dict)
    withdrawn: set[str] = field(default_factory=set)
    positions: dict[str, Position] = field(default_factory=dict)
    """Address named in ``redirects.yaml`` → its position there."""
    published_file: str = PUBLISHED_FILE
    redirects_file: str = REDIRECTS_FILE


def normal(address: str) -> str:
    """``/ca-nhan/x/`` → ``ca-nhan/x/``; ``/`` → ``""`` (the home page)."""
    return address.strip().lstrip("/")


def shown(address: str) -> str:
    return "/" + address


def served_addresses(pages: Iterable[str], hand_written_docs: Path) -> set[str]:
    """The addresses a build serves: every page or file, generated or hand-written (JSON
    Schemas…), outside :data:`generator.urls.MACHINERY`."""
    sources = set(pages)
    if hand_written_docs.is_dir():
        sources.update(p.relative_to(hand_written_docs).as_posix() for p in hand_written_docs.rglob("*") if p.is_file())
    return {_address(src) for src in sources if not src.startswith(urls.MACHINERY)}


def _address(src: str) -> str:
    """Served address of a docs-tree file; a folder's ``index.html`` (a redirect page) is the folder."""
    if src == "index.html" or src.endswith("/index.html"):
        return src[: -len("index.html")]
    return urls.served_url(src)


def load(data_dir: Path) -> tuple[AddressBook, list[Diagnostic]]:
    book = AddressBook()
    problems: list[Diagnostic] = []
    published = data_dir / PUBLISHED_FILE
    book.published_file = display_path(published)
    if published.is_file():
        book.has_published_list = True
        for number, line in enumerate(published.read_text(encoding="utf-8").splitlines(), start=1):
            text = line.split("#", 1)[0].strip()
            if not text:
                continue
            if not text.startswith("/"):
                problems.append(make(book.published_file, Position(number, 1), "", "address_not_absolute", address=text))
                continue
            book.published.setdefault(normal(text), number)
    redirects = data_dir / REDIRECTS_FILE
    book.redirects_file = display_path(redirects)
    if redirects.is_file():
        problems += _read_redirects(redirects.read_bytes(), book)
    return book, problems


def _read_redirects(raw: bytes, book: AddressBook) -> list[Diagnostic]:
    file = book.redirects_file
    text, problems = decode(raw, file)
    if text is None:
        return problems
    doc = parse_yaml(text, file)
    if doc.problems:
        return doc.problems
    data = doc.data or {}
    if not isinstance(data, Mapping) or set(data) - {"moved", "withdrawn"}:
        return [make(file, None, "", "redirects_shape")]
    moved = data.get("moved") or {}
    withdrawn = data.get("withdrawn") or []
    if not isinstance(moved, Mapping) or not isinstance(withdrawn, list):
        return [make(file, None, "", "redirects_shape")]
    for old, new in moved.items():
        where = doc.positions.locate(("moved", old), prefer_key=True)
        if not isinstance(new, str) or not str(old).startswith("/") or not new.startswith("/"):
            problems.append(make(file, where, f"moved.{old}", "address_not_absolute", address=f"{old} → {new}"))
            continue
        book.moved[normal(str(old))] = normal(new)
        book.positions[normal(str(old))] = where
    for index, address in enumerate(withdrawn):
        where = doc.positions.locate(("withdrawn", index))
        if not isinstance(address, str) or not address.startswith("/"):
            problems.append(make(file, where, f"withdrawn[{index}]", "address_not_absolute", address=str(address)))
            continue
        book.withdrawn.add(normal(address))
        book.positions[normal(address)] = where
    return problems


def check(book: AddressBook, served: set[str]) -> list[Diagnostic]:
    """Every published address still answers (a page, a redirect, or withdrawn on purpose)."""
    problems: list[Diagnostic] = []
    for old, new in sorted(book.moved.items()):
        where = book.positions[old]
        if old in served:
            problems.append(make(book.redirects_file, where, "moved", "redirect_shadows_page", address=shown(old)))
        elif new not in served:
            problems.append(make(book.redirects_file, where, "moved", "redirect_target_missing", address=shown(old), target=shown(new)))
        elif not _is_page(old):
            problems.append(make(book.redirects_file, where, "moved", "redirect_not_page", address=shown(old)))
    answered = served | set(book.moved) | book.withdrawn
    for address, line in sorted(book.published.items()):
        if address not in answered:
            problems.append(make(book.published_file, Position(line, 1), "", "published_address_gone", address=shown(address), redirects=book.redirects_file))
    if book.has_published_list:
        added = sorted((served | set(book.moved)) - set(book.published))
        if added:
            problems.append(
                make(book.published_file, None, "", "published_list_behind", severity="warning", count=len(added), first=shown(added[0]))
            )
    return problems


def _is_page(address: str) -> bool:
    """A redirect page is ``index.html`` of a folder: only folder addresses (``x/``) can have one."""
    return address == "" or address.endswith("/")


def redirect_pages(book: AddressBook, served: set[str], site_url: str) -> dict[str, bytes]:
    """``old/index.html`` for each moved address whose target exists (``check`` reports the rest)."""
    pages: dict[str, bytes] = {}
    for old, new in sorted(book.moved.items()):
        if old in served or new not in served or not _is_page(old):
            continue
        src = f"{old}index.html"
        pages[src] = redirect_html(urls.relative(src, new), _absolute(site_url, new)).encode("utf-8")
    return pages


def _absolute(site_url: str, address: str) -> str | None:
    return site_url.rstrip("/") + "/" + address if site_url else None


def redirect_html(relative_target: str, absolute_target: str | None) -> str:
    """A page that sends the reader on at once, without script, and tells search engines where."""
    href = html.escape(relative_target, quote=True)
    canonical = html.escape(absolute_target or relative_target, quote=True)
    return (
        "<!doctype html>\n"
        '<html lang="vi">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Trang đã chuyển địa chỉ</title>\n"
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        '<meta name="robots" content="noindex">\n'
        "</head>\n"
        "<body>\n"
        f'<p>Trang này đã chuyển đến <a href="{href}">địa chỉ mới</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    )


def updated_list(book: AddressBook, served: set[str]) -> str:
    """``published.txt`` with this build's addresses added; nothing is ever dropped."""
    addresses = set(book.published) | served | set(book.moved) | book.withdrawn
    return PUBLISHED_HEADER + "".join(shown(a) + "\n" for a in sorted(addresses))
