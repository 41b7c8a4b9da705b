"""Turning plain facts (from YAML or JSON) into a call of a rule's entry function.

The runner knows nothing about any particular rule. A rule's entry (``REGISTRY[id].entry``)
declares its parameters with type hints; each fact, named like a parameter, is validated by
pydantic against that hint in lax mode, as JSON would be: ``"2026-12-01"`` becomes a date,
``"12.50"`` an exact amount (a float is refused by the money type), a list a tuple of
deliveries. Validation errors come back as :class:`~regulamin.scenarios.problems.Problem`
values naming the file, the line and the field where the fact is written.

>>> from regulamin.registry import REGISTRY
>>> plan = entry_plan(REGISTRY["status.customer"])
>>> list(plan.parameters), sorted(plan.required)
(['customer', 'concluded_on'], ['concluded_on', 'customer'])
>>> arguments = plan.validate({"concluded_on": "2021-01-01", "customer": {"kind": "legal_person"}},
...                           FactSources.plain("facts.json"))
>>> arguments["concluded_on"], arguments["customer"].kind
(datetime.date(2021, 1, 1), <PersonKind.LEGAL_PERSON: 'legal_person'>)
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, PydanticUserError, TypeAdapter, ValidationError

from ..registry import Rule
from .problems import DocPath, Problem, suggestion, unknown
from .source import ABSENT, Document, child, get_path

AS_OF_PARAMETERS = ("today", "as_of")
"""Entry parameters that a scenario's ``as_of`` date fills (the day the question is asked)."""
TERMS_PARAMETER = "terms"
"""The entry parameter that a scenario's ``terms`` file fills."""


class EntryError(TypeError):
    """A rule's entry function cannot be called from facts (no entry, ``*args``, bad hints)."""


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an entry function and the validator of its facts."""

    name: str
    hint: Any
    required: bool
    positional_only: bool
    adapter: TypeAdapter[Any]


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


@dataclass(frozen=True, slots=True)
class EntryPlan:
    """How to call one rule's entry: its parameters and the fields of its decision."""

    rule_id: str
    func: Callable[..., Any]
    parameters: Mapping[str, Parameter]
    decision_fields: frozenset[str] | None
    """The keys of the decision's ``as_dict()`` when the return type says (else ``None``)."""

    @property
    def required(self) -> frozenset[str]:
        return frozenset(name for name, p in self.parameters.items() if p.required)

    def validate(self, facts: Mapping[str, Any], sources: FactSources) -> dict[str, Any]:
        """Validate each fact against its parameter; raise :class:`Problems` if any fails."""
        arguments: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, value in facts.items():
            parameter = self.parameters[name]
            try:
                arguments[name] = parameter.adapter.validate_python(value)
            except ValidationError as error:
                problems += validation_problems(error, parameter.hint, value, sources, (name,))
        if problems:
            raise Problems(problems)
        return arguments

    def call(self, arguments: Mapping[str, Any]) -> Any:
        """Call the entry with validated arguments."""
        positional = [
            arguments[name]
            for name, p in self.parameters.items()
            if p.positional_only and name in arguments
        ]
        keywords = {
            name: value
            for name, value in arguments.items()
            if not self.parameters[name].positional_only
        }
        return self.func(*positional, **keywords)


class Problems(ValueError):
    """Several problems at once (raised by :meth:`EntryPlan.validate`)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def entry_plan(rule: Rule) -> EntryPlan:
    """The plan for calling ``rule``'s entry; :class:`EntryError` if it has none usable."""
    if rule.entry is None:
        raise EntryError(f"rule {rule.id} has no entry function to call")
    return _plan(rule.id, rule.entry)


@functools.cache
def _plan(rule_id: str, func: Callable[..., Any]) -> EntryPlan:
    try:
        hints = typing.get_type_hints(func, include_extras=True)
    except (NameError, TypeError) as error:
        raise EntryError(f"rule {rule_id}: cannot read the entry's type hints: {error}") from None
    parameters: dict[str, Parameter] = {}
    for p in inspect.signature(func).parameters.values():
        if p.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            raise EntryError(f"rule {rule_id}: an entry taking *args or **kwargs cannot be bound")
        hint = hints.get(p.name, Any)
        try:
            adapter: TypeAdapter[Any] = TypeAdapter(hint)
        except PydanticUserError as error:
            raise EntryError(
                f"rule {rule_id}: facts cannot be validated as {p.name}: {error}"
            ) from None
        parameters[p.name] = Parameter(
            p.name,
            hint,
            required=p.default is inspect.Parameter.empty,
            positional_only=p.kind is inspect.Parameter.POSITIONAL_ONLY,
            adapter=adapter,
        )
    return EntryPlan(rule_id, func, parameters, _decision_fields(hints.get("return")))


def _decision_fields(returns: Any) -> frozenset[str] | None:
    cls = typing.get_origin(returns) or returns
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        return frozenset({"format", *(f.name for f in dataclasses.fields(cls))})
    return None


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


def bind_document(
    plan: EntryPlan,
    document: Document,
    *,
    as_of: Any = None,
    terms: Document | None = None,
) -> dict[str, Any]:
    """Arguments for ``plan`` from a document that is a mapping of facts (``explain``).

    ``as_of`` fills the entry's ``today``/``as_of`` parameter and ``terms`` its ``terms``
    parameter; an unknown or missing fact raises :class:`Problems`.
    """
    data = document.data if document.data is not None else {}
    if not isinstance(data, Mapping):
        raise Problems([document.problem((), "the facts are a mapping of names to values")])
    sources = FactSources((FactLayer(document, (), data),))
    problems = [
        document.problem(
            (key,), unknown(key, plan.parameters, f"fact for {plan.rule_id}"), at_key=True
        )
        for key in data
        if key not in plan.parameters
    ]
    facts = {key: value for key, value in data.items() if key in plan.parameters}
    extras: dict[str, Any] = {}
    if as_of is not None:
        extras.update({name: as_of for name in AS_OF_PARAMETERS if name in plan.parameters})
        if not extras:
            problems.append(Problem("--as-of", None, None, "", f"{plan.rule_id} takes no 'today'"))
    if terms is not None and TERMS_PARAMETER not in plan.parameters:
        problems.append(Problem("--terms", None, None, "", f"{plan.rule_id} takes no terms"))
    given = set(facts) | set(extras) | ({TERMS_PARAMETER} if terms is not None else set())
    missing = [name for name, p in plan.parameters.items() if p.required and name not in given]
    if missing:
        needed = ", ".join(n for n, p in plan.parameters.items() if p.required)
        message = f"missing fact {', '.join(map(repr, missing))} ({plan.rule_id} needs: {needed})"
        problems.append(document.problem((), message))
    arguments: dict[str, Any] = {}
    try:
        arguments = plan.validate({**facts, **extras}, sources)
    except Problems as error:
        problems += error.problems
    if terms is not None and TERMS_PARAMETER in plan.parameters:
        parameter = plan.parameters[TERMS_PARAMETER]
        try:
            arguments[TERMS_PARAMETER] = parameter.adapter.validate_python(terms.data)
        except ValidationError as error:
            layer = FactSources((FactLayer(terms, (), terms.data),))
            problems += validation_problems(error, parameter.hint, terms.data, layer, ())
    if problems:
        raise Problems(problems)
    return arguments
