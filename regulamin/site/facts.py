"""The facts reference, generated from the fact models: every :class:`~regulamin.models.Fact`
subclass of :mod:`regulamin.models`, its fields (type, required or default, meaning,
constraints), the checks that relate fields, and the values of every enumeration they use.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import pkgutil
import re
import textwrap
import types
import typing
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from .. import models
from ..messages import Message
from ..models import Fact
from .markdown import both, code, heading, prose


def fact_models() -> list[type[Fact]]:
    """Every subclass of :class:`~regulamin.models.Fact` defined in :mod:`regulamin.models`,
    by module, in the order of definition."""
    for info in pkgutil.iter_modules(models.__path__):
        importlib.import_module(f"{models.__name__}.{info.name}")
    found = [cls for cls in _subclasses(Fact) if cls.__module__.startswith(models.__name__ + ".")]
    return sorted(dict.fromkeys(found), key=_position)


def _subclasses(cls: type[Fact]) -> Iterator[type[Fact]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _position(cls: type[Any]) -> tuple[str, int]:
    try:
        line = inspect.getsourcelines(cls)[1]
    except (OSError, TypeError):
        line = 0
    return cls.__module__, line


def anchor(cls: type[Any]) -> str:
    return cls.__name__.lower()


def facts_page() -> str:
    """The Markdown of the facts reference."""
    classes = fact_models()
    enums: dict[type[Enum], None] = {}
    parts = [
        heading(1, Message("site.facts.heading")),
        prose(Message("site.facts.intro")),
        prose(Message("site.facts.english")),
    ]
    module = ""
    for cls in classes:
        if cls.__module__ != module:
            module = cls.__module__
            doc = _first_paragraph(inspect.getdoc(importlib.import_module(module)))
            parts.append(f"## {code(module)}\n")
            if doc:
                parts.append(f"{_markdown(doc)}\n")
        parts.append(_model(cls, enums))
    parts.append(heading(2, Message("site.facts.enumerations")))
    parts += [_enum(e) for e in sorted(enums, key=lambda e: e.__name__)]
    return "\n".join(parts)


def _model(cls: type[BaseModel], enums: dict[type[Enum], None]) -> str:
    parts = [f"### {cls.__name__} {{ #{anchor(cls)} }}\n"]
    doc = inspect.getdoc(cls)
    if doc and doc != inspect.getdoc(Fact):
        parts.append(f"{_markdown(doc)}\n")
    rows = []
    for name, info in cls.model_fields.items():
        type_text, constraints = describe(info.annotation, enums)
        constraints += [c for m in info.metadata for c in _constraint(m)]
        rows.append(
            [
                code(name),
                type_text,
                _default(info),
                _cell_md(info.description or ""),
                "<br>".join(dict.fromkeys(constraints)) or "—",
            ]
        )
    headers = [
        both(Message("site.facts.field")),
        both(Message("site.facts.type")),
        both(Message("site.facts.default")),
        both(Message("site.facts.meaning")),
        both(Message("site.facts.constraints")),
    ]
    parts.append(_table(headers, rows))
    checks = _checks(cls)
    if checks:
        parts.append(f"\n{both(Message('site.facts.checks'))}:\n")
        parts += [f"- {check}" for check in checks]
    return "\n".join(parts) + "\n"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join("---" for _ in headers) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _default(info: FieldInfo) -> str:
    if info.is_required():
        required = Message("site.facts.required")
        return f"**{required.pl}** · *{required.en}*"
    if info.default_factory is not None:
        return both(Message("site.facts.empty"))
    default = info.default
    if default is None:
        return "`null`"
    if default is PydanticUndefined:
        return "—"
    if isinstance(default, Enum):
        return code(str(default.value))
    if isinstance(default, bool):
        return code("true" if default else "false")
    if default == ():
        return "`[]`"
    return code(str(default))


_NAMES = {
    date: Message("site.facts.kind.date"),
    datetime: Message("site.facts.kind.datetime"),
    Decimal: Message("site.facts.kind.decimal"),
    str: Message("site.facts.kind.text"),
    int: Message("site.facts.kind.integer"),
    bool: Message("site.facts.kind.bool"),
    type(None): Message("site.facts.kind.null"),
}
"""Types in words; the reference shows them in English, as the fields' meanings are."""


def describe(annotation: Any, enums: dict[type[Enum], None]) -> tuple[str, list[str]]:
    """A field type in words, with links to fact models and enumerations, and the
    constraints written inside the type (``Annotated`` metadata), item constraints marked.

    >>> describe(tuple[date, ...], {})
    ('list of date', [])
    """
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        base, constraints = describe(args[0], enums)
        for meta in args[1:]:
            if isinstance(meta, FieldInfo):
                constraints += [c for m in meta.metadata for c in _constraint(m)]
            else:
                constraints += _constraint(meta)
        return base, constraints
    if origin is typing.Union or origin is types.UnionType:
        described = [describe(arg, enums) for arg in args]
        kinds = [t for t, _ in described]
        text = kinds[0]
        for kind in kinds[1:]:
            text = Message("site.facts.kind.either", first=text, second=kind).en
        return text, [c for _, cs in described for c in cs]
    if origin is typing.Literal:
        values = ", ".join(code(str(a)) for a in args)
        return Message("site.facts.kind.one_of", values=values).en, []
    if origin in (tuple, list, frozenset, set) and args:
        item, constraints = describe(args[0], enums)
        each = [Message("site.facts.constraint.each", constraint=c).en for c in constraints]
        return Message("site.facts.kind.list", item=item).en, each
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        enums[annotation] = None
        return f"[{annotation.__name__}](#{anchor(annotation)})", []
    if isinstance(annotation, type) and issubclass(annotation, Fact):
        return f"[{annotation.__name__}](#{anchor(annotation)})", []
    if annotation in _NAMES:
        return _NAMES[annotation].en, []
    if annotation is typing.Any:
        return Message("site.facts.kind.any").en, []
    name = getattr(annotation, "__name__", None) or str(annotation)
    if name == "AwareDatetime":
        return Message("site.facts.kind.aware_datetime").en, []
    return code(name), []


def _constraint(meta: Any) -> list[str]:
    kind = type(meta).__name__
    symbols = {"Ge": ("ge", "≥"), "Gt": ("gt", ">"), "Le": ("le", "≤"), "Lt": ("lt", "<")}
    if kind in symbols:
        attribute, symbol = symbols[kind]
        return [f"{symbol} {getattr(meta, attribute)}"]
    if kind == "MinLen":
        return [Message("site.facts.constraint.min_length", length=str(meta.min_length)).en]
    if kind == "MaxLen":
        return [Message("site.facts.constraint.max_length", length=str(meta.max_length)).en]
    if kind == "Strict":
        return [Message("site.facts.constraint.strict").en] if meta.strict else []
    if kind == "AllowInfNan":
        return [] if meta.allow_inf_nan else [Message("site.facts.constraint.finite").en]
    if kind.endswith("Validator") and hasattr(meta, "func"):
        return [Message("site.facts.constraint.check", check=_humanize(meta.func)).en]
    if kind == "_PydanticGeneralMetadata":
        return [_general(key, value) for key, value in vars(meta).items()]
    return []


def _general(key: str, value: Any) -> str:
    if key == "decimal_places":
        return Message("site.facts.constraint.decimal_places", places=str(value)).en
    if key == "pattern":
        return Message("site.facts.constraint.pattern", pattern=code(str(value))).en
    return Message("site.facts.constraint.other", key=key, value=str(value)).en


def _humanize(func: Any) -> str:
    doc = _first_paragraph(inspect.getdoc(func))
    if doc:
        return _cell_md(doc)
    name = getattr(func, "__name__", str(func))
    return name.strip("_").replace("_", " ")


def _checks(cls: type[BaseModel]) -> list[str]:
    decorators = cls.__pydantic_decorators__
    checks = []
    for validator in decorators.field_validators.values():
        fields = ", ".join(code(f) for f in validator.info.fields)
        checks.append(f"{fields}: {_humanize(validator.func)}")
    checks += [_humanize(model_check.func) for model_check in decorators.model_validators.values()]
    return checks


def _enum(enum: type[Enum]) -> str:
    parts = [f"### {enum.__name__} {{ #{anchor(enum)} }}\n"]
    doc = inspect.getdoc(enum)
    if doc and doc != inspect.getdoc(Enum):
        parts.append(f"{_markdown(doc)}\n")
    docs = member_docstrings(enum)
    rows = [[code(str(member.value)), _cell_md(docs.get(member.name, ""))] for member in enum]
    headers = [both(Message("site.facts.value")), both(Message("site.facts.meaning"))]
    parts.append(_table(headers, rows))
    return "\n".join(parts) + "\n"


def member_docstrings(enum: type[Enum]) -> dict[str, str]:
    """The docstrings written under an enumeration's members (read from its source)."""
    try:
        source = textwrap.dedent(inspect.getsource(enum))
    except (OSError, TypeError):
        return {}
    tree = ast.parse(source)
    found: dict[str, str] = {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for statement, following in itertools.pairwise(body):
        is_doc = (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        )
        if isinstance(statement, ast.Assign) and is_doc:
            assert isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = inspect.cleandoc(str(following.value.value))
    return found


def _first_paragraph(doc: str | None) -> str:
    return (doc or "").split("\n\n")[0].strip()


_ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc):`~?([^`]+)`")


def _markdown(doc: str) -> str:
    """A docstring as Markdown: Sphinx roles become code, ``x`` stays code, doctests are
    left out (the API reference shows them)."""
    doc = doc.split("\n>>>", maxsplit=1)[0].split("::\n", maxsplit=1)[0].rstrip()
    return _ROLE.sub(lambda m: f"`{m.group(1).rpartition('.')[2]}`", doc)


def _cell_md(text: str) -> str:
    return _markdown(" ".join(text.split())).replace("|", "\\|")
