"""Where in a document a fact was written, and pydantic's errors mapped back to those lines.

Facts may be merged from several layers (a scenario's own facts over a file's defaults); an
error is reported in the layer that writes the faulty part, at its line, with the closest
allowed key suggested for a typo.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from .problems import DocPath, Problem, suggestion, unknown
from .source import ABSENT, Document, child, get_path


@dataclass(frozen=True, slots=True)
class FactLayer:
    """A mapping of facts written in a document at ``prefix`` (a scenario's, the defaults)."""

    document: Document
    prefix: DocPath
    data: Any


@dataclass(frozen=True, slots=True)
class FactSources:
    """Where merged facts were written, most specific layer first, for error messages."""

    layers: tuple[FactLayer, ...]

    @classmethod
    def plain(cls, name: str, data: Mapping[str, Any] | None = None) -> FactSources:
        """Facts with no document behind them (a dict given in code)."""
        return cls((FactLayer(Document(name, data or {}), (), data or {}),))

    def problem(self, fact_path: DocPath, message: str, *, at_key: bool = False) -> Problem:
        """The problem reported in the layer that writes the longest part of ``fact_path``."""
        best, best_depth = self.layers[0], -1
        for layer in self.layers:
            depth = _written_depth(layer.data, fact_path)
            if depth > best_depth:
                best, best_depth = layer, depth
        full = (*best.prefix, *fact_path)
        return best.document.problem(full, message, at_key=at_key)


def _written_depth(data: Any, path: DocPath) -> int:
    for depth in range(len(path), 0, -1):
        try:
            get_path(data, path[:depth])
        except KeyError:
            continue
        return depth
    return 0


def validation_problems(
    error: ValidationError, hint: Any, value: Any, sources: FactSources, prefix: DocPath
) -> list[Problem]:
    """pydantic's errors for ``value`` (validated as ``hint``, written at ``prefix`` among
    the facts), each at the line where the faulty part is written.

    Where a union's branches all fail, only the errors of the branch that fits the value's
    shape are kept (a mapping given for ``Literal | Model`` reports the model's fields).
    """
    items = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        kind = item["type"]
        written, missing = _written_part(value, loc, missing_expected=kind == "missing")
        deeper = missing is not None or kind == "extra_forbidden"
        items.append((item, loc, written, missing, deeper))
    problems: list[Problem] = []
    for item, loc, written, missing, _ in items:
        kind = item["type"]
        if _superseded(item, written, items):
            continue
        path: DocPath = (*prefix, *written)
        if kind == "extra_forbidden" and written:
            message = unknown(str(written[-1]), _fields_at(hint, loc))
            problem = sources.problem(path, message, at_key=True)
        elif kind == "missing" and missing is not None:
            problem = sources.problem(path, f"required field {missing!r} is missing")
            shown = f"{problem.field}.{missing}" if problem.field else missing
            problem = dataclasses.replace(problem, field=shown)
        else:
            problem = sources.problem(path, str(item["msg"]) + _choice_hint(item))
        if problem not in problems:
            problems.append(problem)
    return problems


_SHAPES = frozenset({"dict_type", "list_type", "tuple_type", "model_type", "model_attributes_type"})
_CHOICES = frozenset({"literal_error", "enum"})


def _superseded(item: Any, written: DocPath, items: list[Any]) -> bool:
    """Is ``item`` only a union branch that wanted another kind of value than the one given?

    "Should be a list" is dropped when another branch says more about the same value;
    "should be 'order'" is dropped when a branch reached inside the value (its fields).
    """
    kind = item["type"]
    if kind not in _SHAPES and kind not in _CHOICES:
        return False
    for other, _, other_written, _, deeper in items:
        if other is item or other_written[: len(written)] != written:
            continue
        if kind in _SHAPES and other["type"] not in _SHAPES:
            return True
        if deeper or len(other_written) > len(written):
            return True
    return False


def _choice_hint(item: Any) -> str:
    """For a value outside a fixed set of choices, the closest choice."""
    if item["type"] not in {"literal_error", "enum"} or not isinstance(item.get("input"), str):
        return ""
    choices = re.findall(r"'([^']*)'", str(item.get("ctx", {}).get("expected", "")))
    return suggestion(item["input"], choices) if len(choices) > 1 else ""


def _written_part(
    value: Any, loc: DocPath, *, missing_expected: bool
) -> tuple[DocPath, str | None]:
    """The part of ``loc`` present in the data (skipping union tags) and a missing key."""
    written: list[str | int] = []
    current = value
    for index, part in enumerate(loc):
        found = child(current, part)
        if found is not ABSENT:
            current = found
            written.append(part)
        elif missing_expected and index == len(loc) - 1 and isinstance(part, str):
            return tuple(written), part
    return tuple(written), None


def _fields_at(hint: Any, loc: DocPath) -> set[str]:
    """The field names allowed where ``loc`` points (for suggesting the right key)."""
    candidates = [hint]
    for part in loc[:-1]:
        stepped = [child for h in candidates for child in _step(h, part)]
        if stepped:  # a part that leads nowhere is a union tag: stay where we are
            candidates = stepped
    return {name for h in candidates for m in _flat(h) if _is_model(m) for name in m.model_fields}


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, BaseModel)


def _flat(hint: Any) -> list[Any]:
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        return _flat(typing.get_args(hint)[0])
    if origin is typing.Union or origin is types.UnionType:
        return [m for arg in typing.get_args(hint) for m in _flat(arg)]
    return [hint]


def _step(hint: Any, part: str | int) -> list[Any]:
    children: list[Any] = []
    for member in _flat(hint):
        origin = typing.get_origin(member)
        args = typing.get_args(member)
        if _is_model(member) and isinstance(part, str) and part in member.model_fields:
            children.append(member.model_fields[part].annotation)
        elif isinstance(part, int) and origin is tuple and args:
            if len(args) == 2 and args[1] is Ellipsis:
                children.append(args[0])
            elif part < len(args):
                children.append(args[part])
        elif isinstance(part, int) and args and _is_sequence(origin):
            children.append(args[0])
        elif isinstance(part, str) and origin is dict and len(args) == 2:
            children.append(args[1])
    return children


def _is_sequence(origin: Any) -> bool:
    if origin in (list, set, frozenset):
        return True
    return isinstance(origin, type) and issubclass(origin, Sequence) and origin is not str
