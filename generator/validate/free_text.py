"""Where free text sits in a record: Markdown fields by their type, and lines inside a field.

Used by the Markdown limits and the personal-data scan to report the exact ``file:line`` of a
finding inside a multi-line value (a ``|`` block scalar or an announcement's body).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from generator.diagnostics import Diagnostic, Position, Severity, make
from generator.load.yaml_source import Path_, dotted
from generator.models.common import MARKDOWN_FIELD
from generator.validate.dataset import Origin


def strings(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    """Every string value in a parsed record, with its path."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from strings(value, (*path, i))


def is_markdown(model: type[BaseModel], path: Path_) -> bool:
    """True when the field at ``path`` is declared with the ``Markdown`` type."""
    return _is_markdown(model, tuple(p for p in path if not isinstance(p, int)))


@lru_cache(maxsize=1024)
def _is_markdown(model: type[BaseModel], names: tuple[str | int, ...]) -> bool:
    annotation: Any = model
    for name in names:
        target = _model_in(annotation)
        if target is None or name not in target.model_fields:
            return False
        annotation = target.model_fields[name]
    return _has_marker(annotation)


def _has_marker(annotation: Any) -> bool:
    metadata = getattr(annotation, "metadata", None)
    if metadata is not None and MARKDOWN_FIELD in metadata:  # a FieldInfo
        return True
    inner = getattr(annotation, "annotation", annotation)
    if typing.get_origin(inner) is typing.Annotated:
        return MARKDOWN_FIELD in typing.get_args(inner)[1:] or _has_marker(typing.get_args(inner)[0])
    if typing.get_origin(inner) in (typing.Union, types.UnionType, list):
        return any(_has_marker(arg) for arg in typing.get_args(inner))
    return False


def _model_in(annotation: Any) -> type[BaseModel] | None:
    annotation = getattr(annotation, "annotation", annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) is typing.Annotated:
        return _model_in(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None


def line_in_field(origin: Origin, path: Path_, index: int) -> Position:
    """Where line ``index`` (0-based) of the multi-line value at ``path`` is in the file.

    A ``|``/``>`` block scalar starts on the line after its indicator; an announcement's body
    and a quoted value start where the value does.
    """
    base = origin.at(path)
    if index == 0:
        return base
    try:
        with open(origin.path, encoding="utf-8-sig") as handle:
            for number, text in enumerate(handle, start=1):
                if number == base.line:
                    if text[base.column - 1 : base.column].strip() in ("|", ">"):
                        return Position(base.line + 1 + index, 1)
                    break
    except (OSError, UnicodeDecodeError):
        pass
    return Position(base.line + index, 1)


def problem_at_line(origin: Origin, path: Path_, index: int, code: str, /, severity: Severity = "error", **params: object) -> Diagnostic:
    """A finding about line ``index`` of the value at ``path``."""
    return make(origin.file, line_in_field(origin, path, index), dotted(path), code, severity, **params)
