"""Turning plain facts (from YAML or JSON) into a call of a rule's entry function.

The runner knows nothing about any particular rule. A rule's entry (``REGISTRY[id].entry``)
declares its parameters with type hints; each fact, named like a parameter, is validated by
pydantic against that hint in lax mode, as JSON would be: ``"2026-12-01"`` becomes a date,
``"12.50"`` an exact amount (a float is refused by the money type), a list a tuple of
deliveries. Validation errors come back as :class:`~regulamin.files.problems.Problem`
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
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import PydanticUserError, TypeAdapter, ValidationError

from ..files.problems import Problem, unknown
from ..files.source import Document
from ..files.validation import FactLayer, FactSources, validation_problems
from ..registry import AnyRule

AS_OF_PARAMETERS = ("today", "as_of")
"""Entry parameters that a scenario's ``as_of`` date fills (the day the question is asked)."""
TERMS_PARAMETER = "terms"
"""The entry parameter that a scenario's ``terms`` file fills."""


def terms_parameters(plan: EntryPlan) -> tuple[str, ...]:
    """The parameters of ``plan`` that take a shop's terms: ``terms`` itself, any named
    ``<kind>_terms``, and any whose type is :class:`~regulamin.terms.ShopTerms` (alone or in a
    union). A whole-order check runs such a rule only when the scenario gives them."""
    from ..terms.shop import ShopTerms  # noqa: PLC0415  (the terms layer, when it is asked)

    def shop_terms(hint: Any) -> bool:
        return hint is ShopTerms or any(shop_terms(arg) for arg in typing.get_args(hint))

    return tuple(
        name
        for name, p in plan.parameters.items()
        if name == TERMS_PARAMETER or name.endswith("_terms") or shop_terms(p.hint)
    )


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


def entry_plan(rule: AnyRule) -> EntryPlan:
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
