"""YAML written as text, so that an existing file keeps its comments and layout.

A decision file is edited in place: only the ``awards:`` block changes (and, for a new
skeleton, the ``number``/``symbol``/``date`` lines). Awards the import does not touch are
copied line for line; comments outside the block are kept untouched. Rewriting the file
through a YAML library would drop every comment the editors rely on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from generator.diagnostics import Position
from generator.load.yaml_source import Path_, parse_yaml

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#]*$")
_RESOLVES = re.compile(
    r"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|no|on|off|y|n|[-+]?[0-9][0-9_.,:eE+-]*|\.inf|\.nan)$", re.IGNORECASE
)


def scalar(value: str | int) -> str:
    """A YAML scalar for ``value``: plain when it reads back as the same string, else double-quoted."""
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if text and text not in ("<<", "=") and _PLAIN.match(text) and ": " not in text and not text.endswith(":") and not _RESOLVES.match(text) and text == text.strip():
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


@dataclass
class RecipientLine:
    """One recipient as written under ``recipients:``; ``comment`` ends its first line."""

    fields: list[tuple[str, str]]
    comment: str = ""


@dataclass
class AwardBlock:
    award: str
    citation: str | None = None
    recipients: list[RecipientLine] = field(default_factory=list)
    note: str = ""
    """A comment written above the recipients (where they were imported from)."""

    def render(self) -> list[str]:
        lines = [f"  - award: {scalar(self.award)}"]
        if self.citation:
            lines.append(f"    citation: {scalar(self.citation)}")
        return lines + self.render_recipients()

    def render_recipients(self) -> list[str]:
        lines = ["    recipients:"]
        if self.note:
            lines.extend(f"      # {part}" for part in self.note.split("\n"))
        for recipient in self.recipients:
            for i, (name, value) in enumerate(recipient.fields):
                lead = "      - " if i == 0 else "        "
                suffix = f"  # {recipient.comment}" if i == 0 and recipient.comment else ""
                lines.append(f"{lead}{name}: {scalar(value)}{suffix}")
        return lines


def set_top_level(text: str, name: str, value: str) -> str:
    """Replace the value of the top-level ``name:`` line (a one-line scalar), or add the line at the end."""
    pattern = re.compile(rf"^{re.escape(name)}:[^\n]*$", re.MULTILINE)
    if pattern.search(text):
        return pattern.sub(lambda _: f"{name}: {value}", text, count=1)
    return text.rstrip("\n") + f"\n{name}: {value}\n"


def replace_awards(text: str, blocks: list[AwardBlock], keep_others: bool) -> str:
    """``text`` with the imported awards written in; other awards kept verbatim when ``keep_others``.

    The award items of the file are located with the positions of the YAML parser; an award
    already in the file keeps its citation and takes the imported recipients.
    """
    doc = parse_yaml(text, "decision")
    lines = text.split("\n")
    data = doc.data if isinstance(doc.data, dict) else {}
    awards = data.get("awards")
    by_id = {b.award: b for b in blocks}
    if "awards" not in data:
        body = ["awards:"] + [line for b in blocks for line in b.render()]
        return text.rstrip("\n") + "\n" + "\n".join(body) + "\n"
    start = doc.positions.keys[("awards",)].line - 1  # 0-based line of "awards:"
    later = sorted(p.line - 1 for path, p in doc.positions.keys.items() if len(path) == 1 and p.line - 1 > start)
    end = later[0] if later else len(lines)
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # comments and blank lines just above the next field belong to it
    block_style = lines[start].split("#")[0].strip() == "awards:"
    existing = [a for a in awards if isinstance(a, dict)] if isinstance(awards, list) else []
    out = [lines[start] if block_style else "awards:"]
    items: list[tuple[int, dict[str, object]]] = []
    if block_style and keep_others:
        items = [(doc.positions.values[("awards", i)].line - 1, a) for i, a in enumerate(existing) if ("awards", i) in doc.positions.values]
    if items:
        out = lines[start : _item_start(lines, items[0][0])]
    elif keep_others:  # written in flow style ([…]): the values are kept, the layout is not
        blocks = [_from_values(a, by_id) for a in existing] + [b for b in blocks if b.award not in {str(a.get("award")) for a in existing}]
        by_id = {}
    elif block_style and existing:  # a new skeleton: its example award goes; comments above it stay
        first = doc.positions.values.get(("awards", 0))
        out = lines[start : _item_start(lines, first.line - 1)] if first else out
    written = set()
    for index, (line, item) in enumerate(items):
        item_end = _item_start(lines, items[index + 1][0]) if index + 1 < len(items) else end
        award_id = str(item.get("award", ""))
        if award_id in by_id and award_id not in written:
            out.extend(_with_recipients(lines, doc.positions.keys, index, _item_start(lines, line), item_end, by_id[award_id]))
            written.add(award_id)
        else:
            out.extend(_trim(lines[_item_start(lines, line) : item_end]))
    out.extend(line for b in blocks if b.award not in written for line in b.render())
    tail = lines[end:]
    return "\n".join(lines[:start] + out + ([""] if tail and tail[0].strip() else []) + tail)


def _with_recipients(lines: list[str], keys: dict[Path_, Position], index: int, start: int, end: int, block: AwardBlock) -> list[str]:
    """An award item of the file with its ``recipients`` replaced; its other lines (citation…) kept."""
    rec = keys.get(("awards", index, "recipients"))
    if rec is None:
        return _trim(lines[start:end]) + block.render_recipients()
    rec_start = rec.line - 1
    after = sorted(p.line - 1 for path, p in keys.items() if len(path) == 3 and path[:2] == ("awards", index) and p.line - 1 > rec_start)
    rec_end = after[0] if after else end
    while rec_end > rec_start + 1 and (not lines[rec_end - 1].strip() or lines[rec_end - 1].lstrip().startswith("#")) and after:
        rec_end -= 1
    return lines[start:rec_start] + block.render_recipients() + _trim(lines[rec_end:end])


def _from_values(award: dict[str, object], imported: dict[str, AwardBlock]) -> AwardBlock:
    """An award of the file as a block: the imported one when the list has it, else its own values."""
    award_id = str(award.get("award", ""))
    citation = award.get("citation")
    if award_id in imported:
        block = imported[award_id]
        block.citation = block.citation or (str(citation) if isinstance(citation, str) else None)
        return block
    recipients = award.get("recipients")
    lines = [
        RecipientLine([(str(k), str(v)) for k, v in r.items()]) for r in (recipients if isinstance(recipients, list) else []) if isinstance(r, dict)
    ]
    return AwardBlock(award_id, str(citation) if isinstance(citation, str) else None, lines)


def _item_start(lines: list[str], line: int) -> int:
    """The "- " line of a list item (the parser points at its first key, on the same line)."""
    while line > 0 and not lines[line].lstrip().startswith("-"):
        line -= 1
    return line


def _trim(block: list[str]) -> list[str]:
    while block and not block[-1].strip():
        block = block[:-1]
    return block
