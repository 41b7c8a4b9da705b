"""Reading YAML (and JSON) documents with the line and column of every key and value.

Scenario files are read by composing the YAML document into nodes and converting them
ourselves, so that every error can name the file, the line and the field. The conversion
follows the YAML 1.2 core schema rather than PyYAML's YAML 1.1 defaults:

* only ``true``/``false`` are booleans (``no``, ``on``, ``y`` stay strings: the "Norway
  problem" would silently turn a country code into ``False``);
* dates stay strings (``2026-12-01``) and are validated by the fact models, exactly as a JSON
  document would be; integers are decimal (``0123`` is 123, not octal 83);
* a duplicated key is an error, never "the last one wins";
* explicit tags other than ``!!str`` are refused.

>>> doc = parse_text("a: 1\\nb:\\n  c: 2026-12-01\\n  d: no\\n", "x.yaml")
>>> doc.data
{'a': 1, 'b': {'c': '2026-12-01', 'd': 'no'}}
>>> doc.span(("b", "d")).line, doc.span(("b", "d")).key_line
(4, 4)
>>> parse_text("a: 1\\na: 2\\n", "x.yaml")
Traceback (most recent call last):
...
regulamin.files.problems.DocumentError: x.yaml:2:1: a: duplicate key (first at line 1)
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import DocPath, DocumentError, Problem, format_path

_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"
_PLAIN_TAG = "tag:regulamin,2026:plain"
"""Marks a plain (unquoted, untagged) scalar whose type is decided by :func:`_plain_value`."""

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {
    ".inf": float("inf"),
    "+.inf": float("inf"),
    "-.inf": float("-inf"),
    ".nan": float("nan"),
}
_MAX_DEPTH = 100


class _Resolver(yaml.resolver.BaseResolver):
    """Tags plain scalars for our own YAML 1.2 conversion; everything else keeps its tag."""

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            return _PLAIN_TAG if implicit[0] else _STR_TAG
        return _SEQ_TAG if kind is SequenceNode else _MAP_TAG


class _Loader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    _Resolver,
):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _Resolver.__init__(self)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a value is written (1-based), and for a mapping's value where its key is."""

    line: int
    column: int
    key_line: int | None = None
    key_column: int | None = None


@dataclass(slots=True)
class Document:
    """A parsed document: plain data and the span of every value by its path."""

    path: str
    data: Any
    spans: dict[DocPath, Span] = field(default_factory=dict)

    def span(self, path: DocPath) -> Span | None:
        return self.spans.get(path)

    def nearest(self, path: DocPath) -> tuple[DocPath, Span | None]:
        """The longest prefix of ``path`` that is written in the document, and its span."""
        for end in range(len(path), -1, -1):
            found = self.spans.get(path[:end])
            if found is not None:
                return path[:end], found
        return (), None

    def problem(
        self, path: DocPath, message: str, *, at_key: bool = False, shown: DocPath | None = None
    ) -> Problem:
        """A problem about the value at ``path`` (or its key), at the nearest written line.

        ``shown`` is the field named in the message when it differs from ``path`` (a fact
        merged from the file's defaults is reported where it is written).
        """
        _, span = self.nearest(path)
        line = column = None
        if span is not None:
            use_key = at_key and span.key_line is not None
            line = span.key_line if use_key else span.line
            column = span.key_column if use_key else span.column
        return Problem(self.path, line, column, format_path(shown or path), message)


def parse_text(text: str, path: str) -> Document:
    """Parse one YAML document; errors raise :class:`DocumentError` naming file and line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        detail = " ".join(part for part in (error.context, error.problem) if part)
        raise DocumentError([Problem(path, line, column, "", f"invalid YAML: {detail}")]) from None
    except yaml.YAMLError as error:
        raise DocumentError([Problem(path, None, None, "", f"invalid YAML: {error}")]) from None
    finally:
        loader.dispose()
    document = Document(path, None)
    if node is None:
        return document
    problems: list[Problem] = []
    document.data = _convert(node, (), document, problems, ())
    if problems:
        raise DocumentError(problems)
    return document


def parse_json_or_yaml(text: str, path: str) -> Document:
    """Parse a JSON (or YAML) document, keeping lines where YAML can read the JSON.

    JSON that YAML cannot read (tabs used for indentation, say) is read by :mod:`json`,
    without line numbers.
    """
    try:
        return parse_text(text, path)
    except DocumentError as yaml_error:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            problem = Problem(path, error.lineno, error.colno, "", f"invalid JSON: {error.msg}")
            raise DocumentError([problem]) from None
        if any(p.message.startswith("invalid YAML") for p in yaml_error.problems):
            return Document(path, data)
        raise


def read_document(path: Path, shown_as: str | None = None) -> Document:
    """Read and parse the file at ``path`` (``.json`` files with :func:`parse_json_or_yaml`)."""
    name = shown_as or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        problem = Problem(name, None, None, "", f"cannot read: {error.strerror}")
        raise DocumentError([problem]) from None
    except UnicodeDecodeError as error:
        problem = Problem(name, None, None, "", f"not UTF-8 text: {error.reason}")
        raise DocumentError([problem]) from None
    if path.suffix.lower() == ".json":
        return parse_json_or_yaml(text, name)
    return parse_text(text, name)


def _convert(
    node: Node, path: DocPath, doc: Document, problems: list[Problem], active: tuple[int, ...]
) -> Any:
    if id(node) in active or len(active) > _MAX_DEPTH:
        problems.append(_at(doc, node, path, "a value may not contain itself (recursive alias)"))
        return None
    active = (*active, id(node))
    doc.spans.setdefault(path, Span(node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, ScalarNode):
        return _scalar(node, path, doc, problems)
    if isinstance(node, SequenceNode):
        if node.tag != _SEQ_TAG:
            problems.append(_at(doc, node, path, f"the tag {node.tag} is not supported"))
        return [
            _convert(item, (*path, index), doc, problems, active)
            for index, item in enumerate(node.value)
        ]
    assert isinstance(node, MappingNode)
    return _convert_mapping(node, path, doc, problems, active)


def _convert_mapping(
    node: MappingNode,
    path: DocPath,
    doc: Document,
    problems: list[Problem],
    active: tuple[int, ...],
) -> dict[str, Any]:
    """A mapping, with merge keys, duplicate keys refused, and the span of every key."""
    if node.tag != _MAP_TAG:
        problems.append(_at(doc, node, path, f"the tag {node.tag} is not supported"))
    result: dict[str, Any] = {}
    first_line: dict[str, int] = {}
    merged: set[str] = set()
    explicit: list[tuple[str, ScalarNode, Node]] = []
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            problems.append(_at(doc, key_node, path, "a key must be a plain name"))
            continue
        key = str(key_node.value)
        if key == "<<" and key_node.tag == _PLAIN_TAG:
            _merge(value_node, path, doc=doc, problems=problems, active=active, into=result)
            merged.update(result)
            continue
        line = key_node.start_mark.line + 1
        if key in first_line:
            problems.append(
                _at(doc, key_node, (*path, key), f"duplicate key (first at line {first_line[key]})")
            )
            continue
        first_line[key] = line
        explicit.append((key, key_node, value_node))
    for key, key_node, value_node in explicit:
        child = (*path, key)
        if key in merged:  # an explicit key replaces the merged value wholesale
            for stale in [p for p in doc.spans if p[: len(child)] == child]:
                del doc.spans[stale]
        doc.spans.pop(child, None)
        value = _convert(value_node, child, doc, problems, active)
        written = doc.spans[child]
        doc.spans[child] = Span(
            written.line,
            written.column,
            key_node.start_mark.line + 1,
            key_node.start_mark.column + 1,
        )
        result[key] = value
    return result


def _merge(
    value_node: Node,
    path: DocPath,
    *,
    doc: Document,
    problems: list[Problem],
    active: tuple[int, ...],
    into: dict[str, Any],
) -> None:
    """YAML merge keys (``<<: *base``): the merged mappings' keys, explicit keys winning."""
    sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
    for source in sources:
        if not isinstance(source, MappingNode):
            problems.append(_at(doc, source, path, "'<<' merges only mappings"))
            continue
        merged = _convert(source, path, doc, problems, active)
        if isinstance(merged, dict):
            for key, value in merged.items():
                into.setdefault(key, value)


def _scalar(node: ScalarNode, path: DocPath, doc: Document, problems: list[Problem]) -> Any:
    text: str = node.value
    if node.tag == _STR_TAG:
        return text
    if node.tag != _PLAIN_TAG:
        problems.append(_at(doc, node, path, f"the tag {node.tag} is not supported; quote it"))
        return text
    return _plain_value(text)


def _plain_value(text: str) -> Any:
    """YAML 1.2 core schema for plain scalars: null, true/false, decimal ints, floats."""
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    special = _SPECIAL_FLOATS.get(text.lower())
    return text if special is None else special


def _at(doc: Document, node: Node, path: DocPath, message: str) -> Problem:
    return Problem(
        doc.path, node.start_mark.line + 1, node.start_mark.column + 1, format_path(path), message
    )


def get_path(data: Any, path: DocPath) -> Any:
    """The value at ``path`` in plain data (``KeyError`` if it is not there)."""
    for part in path:
        data = child(data, part)
        if data is ABSENT:
            raise KeyError(part)
    return data


ABSENT: Any = object()
"""What :func:`child` returns for a key or index that is not there."""


def child(data: Any, part: str | int) -> Any:
    """``data[part]`` for a mapping key or a list index, or :data:`ABSENT`."""
    if isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data):
        return data[part]
    if isinstance(part, str) and isinstance(data, Mapping) and part in data:
        return data[part]
    return ABSENT
