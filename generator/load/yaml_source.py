"""Safe YAML reading that keeps the source position of every value.

PyYAML is used only to *compose* the node graph (with the C-accelerated loader when
present); this module then builds plain Python values itself, so that:

* every value and key keeps its line and column (for ``file:line:col`` errors),
* duplicate keys, anchors/aliases (the "billion laughs" bomb) and custom tags such as
  ``!!python/object`` are refused instead of silently accepted,
* plain scalars follow a small, predictable rule set: ``true``/``false``, ``null``/``~``,
  decimal integers without a leading zero, everything else text. Dates and zero-padded
  document numbers ("0124") therefore stay text exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

import yaml

from generator.diagnostics import Diagnostic, Position, make

try:  # the C parser is ~6x faster on many small files
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

MAX_FILE_BYTES = 512 * 1024
MAX_DEPTH = 32

Path_ = tuple[str | int, ...]

_PLAIN_TAG = "plain scalar"
"""The tag of every untagged plain scalar: a string no document can write (a tag has no spaces)."""
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_ALLOWED_TAGS = {
    _PLAIN_TAG,
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}
# Characters YAML refuses to read (outside its printable set); found here to report them
# with a line and column, as PyYAML's C reader reports only a byte offset.
_NON_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_MAX_INT_DIGITS = 30  # longer digit strings stay text (Python refuses int() past 4300 digits)
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of a document stands in its file."""

    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)
    line_offset: int = 0

    def locate(self, path: Path_, prefer_key: bool = False) -> Position:
        """Position of ``path``, or of its nearest existing parent (for missing fields)."""
        probe = tuple(path)
        while True:
            table = (self.keys, self.values) if prefer_key else (self.values, self.keys)
            for positions in table:
                if probe in positions:
                    p = positions[probe]
                    return Position(p.line + self.line_offset, p.column)
            if not probe:
                return Position(1 + self.line_offset, 1)
            probe = probe[:-1]


@dataclass
class SourceDoc:
    """A parsed file: its values, their positions, and any problems found while reading."""

    file: str
    data: Any
    positions: SourceMap
    problems: list[Diagnostic] = field(default_factory=list)
    """Problems that leave nothing to check in the file (bad YAML, wrong encoding…)."""
    findings: list[Diagnostic] = field(default_factory=list)
    """Problems about the file as a whole that do not stop its fields from being checked."""


def decode(raw: bytes, file: str) -> tuple[str | None, list[Diagnostic]]:
    """Decode UTF-8 (a BOM is accepted) or report where the first bad byte is."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [make(file, None, "", "file_too_large", size=len(raw), limit=MAX_FILE_BYTES)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [make(file, Position(line, col), "", "file_not_utf8", offset=exc.start)]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def parse_yaml(text: str, file: str, line_offset: int = 0) -> SourceDoc:
    """Parse one YAML document into values plus positions; never raises for bad input."""
    positions = SourceMap(line_offset=line_offset)
    # One quick test over the whole text first: almost no file has a tab or a refused character.
    problems = _character_problems(text, file, line_offset) if "\t" in text or _NON_PRINTABLE.search(text) else []
    if problems:
        return SourceDoc(file, None, positions, problems)
    # Only where an alias may stand is the slower pure-Python composer needed: it keeps each
    # alias, with its own position, instead of resolving it. Should the quick test miss one,
    # the C composer's shared node is still refused by _Builder (at the anchor's position).
    loader = _AliasKeepingLoader if _MAYBE_ALIAS.search(text) else _Loader
    try:
        # the stubs list PyYAML's own loader classes only; ours compose with the same parsers
        nodes = list(yaml.compose_all(text, Loader=loader))  # type: ignore[arg-type]
    except yaml.MarkedYAMLError as exc:
        return SourceDoc(file, None, positions, [syntax_problem(exc, text, file, line_offset)])
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        return SourceDoc(file, None, positions, [make(file, None, "", "yaml_syntax", problem=" ".join(str(exc).split()))])
    if len(nodes) > 1:
        second = nodes[1]
        pos = Position(second.start_mark.line + 1 + line_offset, 1)
        return SourceDoc(file, None, positions, [make(file, pos, "", "yaml_multiple_documents")])
    if not nodes:
        return SourceDoc(file, {}, positions, [])
    builder = _Builder(file, positions, line_offset)
    data = builder.build(nodes[0], (), 0)
    return SourceDoc(file, data, positions, builder.problems)


def _character_problems(text: str, file: str, line_offset: int) -> list[Diagnostic]:
    """Tabs in indentation and characters YAML refuses, line by line (only run when present)."""
    problems: list[Diagnostic] = []
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            problems.append(make(file, Position(number + line_offset, len(line) - len(stripped) + 1), "", "yaml_tab"))
        bad = _NON_PRINTABLE.search(line)
        if bad:
            pos = Position(number + line_offset, bad.start() + 1)
            problems.append(make(file, pos, "", "control_character", codepoint=f"{ord(bad.group()):04X}"))
    return problems


_ALIAS_TAG = "!thiduua/alias"
_MAYBE_ALIAS = re.compile(r"(?:^|[\s\[{,])\*[^\s\[\]{},*]", re.MULTILINE)


class _PlainScalars(yaml.resolver.BaseResolver):
    """Tags untagged nodes without typing plain scalars: :func:`_scalar` applies this module's rules.

    PyYAML's resolver tries YAML 1.1's regular expressions (bool, int, float, timestamp…) on
    every plain scalar, and its answer is not used. Only the merge key ``<<`` and the value
    key ``=`` keep their YAML 1.1 tags, so that they are refused as before.
    """

    _SPECIAL: ClassVar[dict[str, str]] = {"<<": _MERGE_TAG, "=": "tag:yaml.org,2002:value"}

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return self._SPECIAL.get(value, _PLAIN_TAG) if implicit[0] else _STR_TAG
        return self.DEFAULT_SEQUENCE_TAG if kind is yaml.SequenceNode else self.DEFAULT_MAPPING_TAG


class _Loader(_PlainScalars, _Parser):
    """Composes node graphs only (this module builds the values)."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _PlainScalars.__init__(self)


class _AliasKeepingLoader(_PlainScalars, yaml.SafeLoader):
    """Composes an alias as a marker node at the alias's own position (never expanded)."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        # types-PyYAML leaves the pure-Python parser's event methods unannotated
        if self.check_event(yaml.AliasEvent):
            alias: Any = self.get_event()  # type: ignore[no-untyped-call]
            return yaml.ScalarNode(_ALIAS_TAG, alias.anchor or "", alias.start_mark, alias.end_mark)
        event: yaml.NodeEvent = self.peek_event()  # type: ignore[no-untyped-call]
        if event.anchor is not None:
            self.anchors.pop(event.anchor, None)  # a repeated anchor is refused with the alias
        return super().compose_node(parent, index)


# PyYAML's wording of the usual editing mistakes, mapped to a message code. The position
# taken is the problem's own, or the context's (the opening quote, the key lacking ':').
_SYNTAX_CODES: tuple[tuple[str, str, bool], ...] = (
    ("mapping values are not allowed", "yaml_syntax_colon", False),
    ("found unexpected end of stream", "yaml_syntax_unclosed", True),
    ("could not find expected ':'", "yaml_syntax_missing_colon", True),
    ("did not find expected key", "yaml_syntax_indent", False),
    ("block sequence entries are not allowed", "yaml_syntax_indent", False),
    ("expected <block end>", "yaml_syntax_indent", False),
    ("did not find expected '-' indicator", "yaml_syntax_indent", False),
    ("found character that cannot start any token", "yaml_syntax_start_char", False),
    ("did not find expected alphabetic or numeric character", "yaml_syntax_start_char", True),
    ("found unknown escape character", "yaml_syntax_escape", False),
    ("did not find expected ',' or ']'", "yaml_syntax_flow", True),
    ("did not find expected ',' or '}'", "yaml_syntax_flow", True),
    ("while parsing a flow", "yaml_syntax_flow", True),
    ("maximum nesting depth", "yaml_too_deep", False),
    ("anchor", "yaml_alias", False),
)


_INDICATOR_START = re.compile(r"(?:^\s*|:\s+|^\s*-\s+)([*&@`])")


def syntax_problem(exc: yaml.MarkedYAMLError, text: str, file: str, line_offset: int = 0) -> Diagnostic:
    """A YAML syntax error as a finding, with a plain-language message where one is known."""
    problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
    code, at_context = "yaml_syntax", False
    for needle, candidate, use_context in _SYNTAX_CODES:
        if needle in problem:
            code, at_context = candidate, use_context
            break
    mark = (exc.context_mark if at_context else None) or exc.problem_mark or exc.context_mark
    if mark is None:
        return make(file, Position(1 + line_offset, 1), "", code, problem=problem, char="?", limit=MAX_DEPTH)
    lines = text.split("\n")
    # A value starting with '*', '&', '@' or '`' (Markdown emphasis, an e-mail handle) is the
    # usual cause, whatever PyYAML reports after it: point at that character.
    for line_index in dict.fromkeys(m.line for m in (exc.context_mark, exc.problem_mark) if m is not None):
        indicator = _INDICATOR_START.search(lines[line_index]) if line_index < len(lines) else None
        if indicator and code != "yaml_syntax_unclosed":
            pos = Position(line_index + 1 + line_offset, indicator.start(1) + 1)
            return make(file, pos, "", "yaml_syntax_start_char", problem=problem, char=indicator.group(1))
    pos = Position(mark.line + 1 + line_offset, mark.column + 1)
    line_text = lines[mark.line] if mark.line < len(lines) else ""
    char = line_text[mark.column] if mark.column < len(line_text) else ""
    return make(file, pos, "", code, problem=problem, char=char, limit=MAX_DEPTH)


class _Builder:
    """Turns a composed node graph into plain values, recording positions and refusals."""

    def __init__(self, file: str, positions: SourceMap, line_offset: int) -> None:
        self.file = file
        self.positions = positions
        self.line_offset = line_offset
        self.problems: list[Diagnostic] = []
        self.seen: set[int] = set()

    def _pos(self, node: yaml.Node) -> Position:
        return Position(node.start_mark.line + 1 + self.line_offset, node.start_mark.column + 1)

    def _field(self, path: Path_) -> str:
        return dotted(path)

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        if id(node) in self.seen:  # the composer hands back the same node for every alias
            self.problems.append(make(self.file, self._pos(node), self._field(path), "yaml_alias"))
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.problems.append(make(self.file, self._pos(node), self._field(path), "yaml_too_deep", limit=MAX_DEPTH))
            return None
        mark = node.start_mark
        self.positions.values[path] = Position(mark.line + 1, mark.column + 1)
        tag = node.tag
        if tag == _ALIAS_TAG:
            self.problems.append(make(self.file, self._pos(node), self._field(path), "yaml_alias"))
            return None
        if tag not in _ALLOWED_TAGS:
            self.problems.append(make(self.file, self._pos(node), self._field(path), "yaml_tag", tag=shown_tag(tag)))
            return None
        if isinstance(node, yaml.ScalarNode):  # the common case first
            return _scalar(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]

    def _mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        key_positions = self.positions.keys
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                self.problems.append(make(self.file, self._pos(key_node), self._field(path), "yaml_alias"))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(make(self.file, self._pos(key_node), self._field(path), "yaml_complex_key"))
                continue
            key = str(key_node.value)
            child = (*path, key)
            if key in first_line:
                key_pos = self._pos(key_node)
                self.problems.append(make(self.file, key_pos, self._field(child), "yaml_duplicate_key", key=key, first_line=first_line[key]))
                continue
            mark = key_node.start_mark
            first_line[key] = mark.line + 1 + self.line_offset
            key_positions[child] = Position(mark.line + 1, mark.column + 1)
            result[key] = self.build(value_node, child, depth + 1)
        return result


def _scalar(node: yaml.ScalarNode) -> Any:
    value = node.value
    if node.style or node.tag == _STR_TAG:  # plain style is None, or "" from the C loader
        return value  # quoted or block text: always text
    if node.tag == _NULL_TAG or value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value) and len(value) <= _MAX_INT_DIGITS:
        return int(value)
    return value


def shown_tag(tag: str) -> str:
    """``tag:yaml.org,2002:python/object`` -> ``!!python/object``, as the editor wrote it."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


def dotted(path: Path_) -> str:
    """``("awards", 0, "recipients", 2, "person")`` -> ``awards[0].recipients[2].person``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out
