"""The scenario file format and its loader.

A scenario file is YAML (see ``docs/scenarios.md``)::

    rule: status.customer            # the rule every scenario checks, unless it says otherwise
    defaults:                        # facts merged into every scenario's facts (where they fit)
      customer: {kind: natural_person}
    scenarios:
      - name: A consumer
        facts:
          customer: {for_business: false}
          concluded_on: 2026-12-01
        expect:
          outcome: consumer

Loading validates the whole file before anything runs: the keys of the format, the rule ids,
every fact against the type hints of the rule's entry function, and the expected fields
against the fields of the rule's decision. Each problem names the file, the line and the
field, with the closest right key for a misspelt one; a problem inside one scenario stays
with that scenario, so the others can still run.

>>> text = '''
... rule: status.customer
... scenarios:
...   - name: A company is a trader
...     facts:
...       customer: {kind: legal_person, for_busines: true}
...       concluded_on: 2026-12-01
...     expect: {outcome: trader}
... '''
>>> loaded = load_text(text, "shop.scenarios.yaml")
>>> [problem] = loaded.scenarios[0].problems
>>> problem.file, problem.line, problem.field
('shop.scenarios.yaml', 6, 'scenarios[0].facts.customer.for_busines')
>>> problem.message
"unknown field; did you mean 'for_business'?"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import UnknownRule
from ..files.problems import DocPath, DocumentError, Problem, format_path, suggestion, unknown
from ..files.source import Document, parse_text, read_document
from ..files.validation import FactLayer, FactSources, validation_problems
from ..registry import REGISTRY, Registry
from .binding import (
    AS_OF_PARAMETERS,
    TERMS_PARAMETER,
    EntryError,
    EntryPlan,
    Problems,
    entry_plan,
    terms_parameters,
)

ErrorName = Literal["InvalidFacts", "LawNotCovered", "RegulaminError"]
"""The errors a scenario may expect a rule to raise (see :mod:`regulamin.errors`)."""


class _Format(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class ExpectedError(_Format):
    """The rule is expected to refuse the facts with this error."""

    error: ErrorName
    """The error's class: InvalidFacts (contradictory facts), LawNotCovered (no law encoded
    for the date) or RegulaminError (either)."""
    message: str | None = None
    """A part of the error's message that must appear in it."""
    field: str | None = None
    """For InvalidFacts: the fact it names (e.g. ``statement_sent_on``)."""


class ScenarioSpec(_Format):
    """One scenario: facts in, the expected decision (or error) out."""

    name: str = Field(min_length=1, max_length=300)
    """What the scenario shows, in words a lawyer reads; unique in the file."""
    description: str | None = None
    """Longer notes: the derivation of the expected values, the article, the edge case."""
    rule: str | None = None
    """The id of the rule to apply (e.g. ``status.customer``); overrides the file's ``rule``."""
    check: Literal["order"] | list[str] | None = None
    """A whole-order check instead of one rule: ``order`` runs every rule whose facts are all
    given; a list runs the rules named. ``expect`` is then keyed by rule id."""
    facts: dict[str, Any] = Field(default_factory=dict)
    """The facts, named like the parameters of the rule's entry function."""
    as_of: date | None = None
    """The day the question is asked ("today"), for rules that take one."""
    terms: str | None = None
    """A terms file (path relative to this file) for rules that take the shop's terms."""
    expect: dict[str, Any] | None = None
    """The expected decision, partially: only the fields written are compared."""
    raises: ErrorName | ExpectedError | None = None
    """The error the rule is expected to raise instead of deciding."""

    @model_validator(mode="after")
    def _one_question_one_answer(self) -> ScenarioSpec:
        if self.rule is not None and self.check is not None:
            raise ValueError("give either 'rule' or 'check', not both")
        if (self.expect is None) == (self.raises is None):
            raise ValueError("give what is expected: either 'expect' or 'raises'")
        if self.raises is not None and self.check is not None:
            raise ValueError("'raises' is for one rule, not for a 'check'")
        return self


class ScenarioFileSpec(_Format):
    """A file of scenarios with its shared settings."""

    description: str | None = None
    """What the file covers."""
    rule: str | None = None
    """The rule every scenario applies unless it names its own ``rule`` or ``check``."""
    defaults: dict[str, Any] = Field(default_factory=dict)
    """Facts merged into every scenario's facts (mappings merged key by key, the scenario's
    values winning); a default is passed only to rules that take it."""
    as_of: date | None = None
    """The default "today" for scenarios that do not give their own."""
    terms: str | None = None
    """The default terms file for scenarios that do not give their own."""
    scenarios: list[ScenarioSpec] = Field(min_length=1)
    """The scenarios."""


class _FileHeader(ScenarioFileSpec):
    scenarios: list[Any] = Field(min_length=1)  # each scenario is validated on its own


@dataclass(frozen=True, slots=True)
class Call:
    """One rule applied to validated facts."""

    plan: EntryPlan
    arguments: Mapping[str, Any]

    @property
    def rule_id(self) -> str:
        return self.plan.rule_id


@dataclass(frozen=True, slots=True)
class Scenario:
    """A loaded scenario, ready to run unless it has ``problems``."""

    file: str
    index: int
    name: str
    line: int | None
    description: str | None = None
    calls: tuple[Call, ...] = ()
    expect: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """The expected fields by rule id."""
    raises: ExpectedError | None = None
    whole_order: bool = False
    """A ``check``: the expectations are keyed by rule id in the file."""
    problems: tuple[Problem, ...] = ()
    document: Document | None = None

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(call.rule_id for call in self.calls)

    def expect_line(self, rule_id: str, path: DocPath) -> int | None:
        """The line where the expected value at ``path`` (of ``rule_id``'s decision) is."""
        if self.document is None:
            return None
        prefix: DocPath = ("scenarios", self.index, "expect")
        if self.whole_order:
            prefix = (*prefix, rule_id)
        _, span = self.document.nearest((*prefix, *path))
        return span.line if span else None


@dataclass(frozen=True, slots=True)
class ScenarioFile:
    """A loaded file: its scenarios and the problems of the file as a whole."""

    path: str
    scenarios: tuple[Scenario, ...] = ()
    problems: tuple[Problem, ...] = ()
    """Problems that concern the whole file (invalid YAML, an unknown top-level key...)."""

    @property
    def ok(self) -> bool:
        return not self.problems and all(not s.problems for s in self.scenarios)

    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for s in self.scenarios for p in s.problems)]


def load(
    path: str | Path, *, registry: Registry = REGISTRY, shown_as: str | None = None
) -> ScenarioFile:
    """Load the scenario file at ``path``; problems are returned, not raised."""
    file_path = Path(path)
    name = shown_as or str(path)
    try:
        document = read_document(file_path, name)
    except DocumentError as error:
        return ScenarioFile(name, problems=error.problems)
    return _Loader(document, file_path.parent, registry).load()


def load_text(
    text: str, name: str, *, base: str | Path = ".", registry: Registry = REGISTRY
) -> ScenarioFile:
    """Load scenarios from text (``base`` is the folder terms paths are relative to)."""
    try:
        document = parse_text(text, name)
    except DocumentError as error:
        return ScenarioFile(name, problems=error.problems)
    return _Loader(document, Path(base), registry).load()


def merge_facts(defaults: Mapping[str, Any], facts: Mapping[str, Any]) -> dict[str, Any]:
    """The scenario's facts over the defaults, mappings merged key by key.

    >>> merge_facts({"customer": {"kind": "natural_person", "for_business": True}},
    ...             {"customer": {"for_business": False}, "concluded_on": "2026-12-01"})
    {'customer': {'kind': 'natural_person', 'for_business': False}, 'concluded_on': '2026-12-01'}
    """
    merged = dict(defaults)
    for key, value in facts.items():
        base = merged.get(key)
        if isinstance(base, Mapping) and isinstance(value, Mapping):
            merged[key] = merge_facts(base, value)
        else:
            merged[key] = value
    return merged


@dataclass(slots=True)
class _Usage:
    """Which file-level settings some scenario used (an unused one is reported)."""

    defaults: set[str] = field(default_factory=set)
    as_of: bool = False
    terms: bool = False
    params: set[str] = field(default_factory=set)
    complete: bool = True
    """False when a scenario stopped before its facts were bound: usage is then unknown."""


class _Loader:
    def __init__(self, document: Document, base: Path, registry: Registry) -> None:
        self.doc = document
        self.base = base
        self.registry = registry
        self.usage = _Usage()
        self.terms_cache: dict[Path, Document | Problem] = {}

    def problem(self, path: DocPath, message: str, *, at_key: bool = False) -> Problem:
        return self.doc.problem(path, message, at_key=at_key)

    def load(self) -> ScenarioFile:
        data = self.doc.data
        if not isinstance(data, dict):
            return self._file([self.problem((), "a scenario file is a mapping with 'scenarios:'")])
        try:
            header = _FileHeader.model_validate(data)
        except ValidationError as error:
            sources = FactSources((FactLayer(self.doc, (), data),))
            return self._file(validation_problems(error, ScenarioFileSpec, data, sources, ()))
        file_problems: list[Problem] = []
        if header.rule is not None:
            file_problems += self._rule_problems(header.rule, ("rule",))
        if header.terms is not None:
            terms = self._terms(header.terms, ("terms",))
            if isinstance(terms, Problem):
                file_problems.append(terms)
        scenarios: list[Scenario] = []
        first_line: dict[str, int | None] = {}
        for index, raw in enumerate(header.scenarios):
            scenario = self._scenario(header, index, raw)
            if scenario.name in first_line and not scenario.problems:
                duplicate = self.problem(
                    ("scenarios", index, "name"),
                    f"another scenario has this name (line {first_line[scenario.name]})",
                )
                scenario = _with_problems(scenario, [duplicate])
            first_line.setdefault(scenario.name, scenario.line)
            scenarios.append(scenario)
        if not file_problems:
            file_problems += self._unused(header)
        return ScenarioFile(self.doc.path, tuple(scenarios), tuple(file_problems))

    def _file(self, problems: Sequence[Problem]) -> ScenarioFile:
        return ScenarioFile(self.doc.path, problems=tuple(problems))

    def _unused(self, header: _FileHeader) -> list[Problem]:
        """File-level settings no scenario uses: misspelt, or left over.

        A default that no registered rule takes at all is always reported; one that only
        goes unused is reported when every scenario could be bound (else it is unknown).
        """
        known = _all_parameters(self.registry)
        problems = [
            self.problem(
                ("defaults", key),
                "no scenario's rule takes this fact" + suggestion(key, self.usage.params or known),
                at_key=True,
            )
            for key in header.defaults
            if key not in self.usage.defaults and (self.usage.complete or key not in known)
        ]
        if not self.usage.complete:
            return problems
        if header.as_of is not None and not self.usage.as_of:
            problems.append(self.problem(("as_of",), "no scenario's rule takes 'today'"))
        if header.terms is not None and not self.usage.terms:
            problems.append(self.problem(("terms",), "no scenario's rule takes terms"))
        return problems

    def _rule_problems(self, rule_id: str, path: DocPath) -> list[Problem]:
        try:
            entry_plan(self.registry[rule_id])
        except UnknownRule as error:
            hint = f"; did you mean {error.suggestions[0]!r}?" if error.suggestions else ""
            return [self.problem(path, f"no rule has the id {rule_id!r}{hint}")]
        except EntryError as error:
            return [self.problem(path, str(error))]
        return []

    def _terms(self, written: str, path: DocPath) -> Document | Problem:
        terms_path = (self.base / written).resolve()
        if terms_path not in self.terms_cache:
            if not terms_path.is_file():
                self.terms_cache[terms_path] = self.problem(
                    path, f"no terms file at {written!r} (relative to this file)"
                )
            else:
                try:
                    shown = str(Path(self.doc.path).parent / written)
                    self.terms_cache[terms_path] = read_document(terms_path, shown)
                except DocumentError as error:
                    self.terms_cache[terms_path] = error.problems[0]
        return self.terms_cache[terms_path]

    def _scenario(self, header: _FileHeader, index: int, raw: Any) -> Scenario:
        path: DocPath = ("scenarios", index)
        _, span = self.doc.nearest(path)
        line = span.line if span else None
        name = raw.get("name") if isinstance(raw, dict) else None
        shell = Scenario(
            self.doc.path,
            index,
            name if isinstance(name, str) and name else format_path(path),
            line,
            document=self.doc,
        )
        if not isinstance(raw, dict):
            self.usage.complete = False
            return _with_problems(shell, [self.problem(path, "a scenario is a mapping")])
        try:
            spec = ScenarioSpec.model_validate(raw)
        except ValidationError as error:
            self.usage.complete = False
            sources = FactSources((FactLayer(self.doc, path, raw),))
            problems = validation_problems(error, ScenarioSpec, raw, sources, ())
            return _with_problems(shell, problems)
        try:
            return self._bind(header, spec, shell)
        except Problems as error:
            return _with_problems(shell, error.problems)

    def _bind(self, header: _FileHeader, spec: ScenarioSpec, shell: Scenario) -> Scenario:
        path: DocPath = ("scenarios", shell.index)
        whole_order = spec.check is not None
        facts = merge_facts(header.defaults, spec.facts)
        sources = FactSources(
            (
                FactLayer(self.doc, (*path, "facts"), spec.facts),
                FactLayer(self.doc, ("defaults",), header.defaults),
            )
        )
        try:
            candidates = plans = self._plans(header, spec, path)
            extras = self._extras(header, spec, path)
            if spec.check == "order":
                plans = [p for p in plans if not _lacking(p, facts, extras)]
                if not plans:
                    raise Problems([self.problem(path, "no rule has all its facts given here")])
        except Problems:
            self.usage.complete = False  # which defaults this scenario uses stays unknown
            raise
        self.usage.params.update(name for plan in plans for name in plan.parameters)
        problems = self._untaken(spec, plans, candidates, given=(facts, extras), path=path)
        calls: list[Call] = []
        for plan in plans:
            passed = {k: v for k, v in facts.items() if k in plan.parameters}
            self.usage.defaults.update(k for k in header.defaults if k in plan.parameters)
            arguments, more = self._arguments(
                plan, passed=passed, sources=sources, extras=extras, spec=spec, path=path
            )
            problems += [p for p in more if p not in problems]
            calls.append(Call(plan, arguments))
        problems += self._extras_used(plans, extras, spec, path)
        expect, more = self._expectations(spec, plans, path)
        problems += more
        if problems:
            raise Problems(problems)
        raises = ExpectedError(error=spec.raises) if isinstance(spec.raises, str) else spec.raises
        return Scenario(
            shell.file,
            shell.index,
            shell.name,
            shell.line,
            spec.description,
            tuple(calls),
            expect,
            raises,
            whole_order,
            document=self.doc,
        )

    def _untaken(
        self,
        spec: ScenarioSpec,
        plans: Sequence[EntryPlan],
        candidates: Sequence[EntryPlan],
        *,
        given: tuple[Mapping[str, Any], Mapping[str, Any]],
        path: DocPath,
    ) -> list[Problem]:
        """The scenario's facts that no rule running here takes: misspelt, or a fact of a rule
        left out of the order check for want of other facts (named). ``given``: the facts and
        the scenario's ``as_of`` and ``terms``."""
        facts, extras = given
        problems: list[Problem] = []
        taken = {name for plan in plans for name in plan.parameters}
        for key in spec.facts:
            if key in taken:
                continue
            idle = [p for p in candidates if key in p.parameters]
            if idle:
                lacking = _lacking(idle[0], facts, extras)
                message = (
                    f"no rule that runs here takes this fact; {idle[0].rule_id} would, "
                    f"given also {', '.join(lacking)}"
                )
            else:
                whole = spec.check is not None
                what = "fact for this check" if whole else f"fact for {plans[0].rule_id}"
                choices = {name for plan in candidates for name in plan.parameters}
                message = unknown(key, choices, what)
            problems.append(self.problem((*path, "facts", key), message, at_key=True))
        return problems

    def _plans(self, header: _FileHeader, spec: ScenarioSpec, path: DocPath) -> list[EntryPlan]:
        if spec.check == "order":
            plans = []
            for rule_id in self.registry:
                try:
                    plans.append(entry_plan(self.registry[rule_id]))
                except EntryError:
                    continue
            return plans
        if isinstance(spec.check, list):
            named = [(rule_id, (*path, "check", i)) for i, rule_id in enumerate(spec.check)]
        elif spec.rule is not None:
            named = [(spec.rule, (*path, "rule"))]
        elif header.rule is not None:
            named = [(header.rule, ("rule",))]
        else:
            raise Problems(
                [self.problem(path, "say what to check: 'rule' (here or for the file) or 'check'")]
            )
        problems = [p for rule_id, at in named for p in self._rule_problems(rule_id, at)]
        if problems:
            raise Problems(problems)
        return [entry_plan(self.registry[rule_id]) for rule_id, _ in named]

    def _extras(
        self, header: _FileHeader, spec: ScenarioSpec, path: DocPath
    ) -> dict[str, tuple[Any, DocPath]]:
        """``as_of`` and ``terms``: the value, and where it is written (scenario or file)."""
        extras: dict[str, tuple[Any, DocPath]] = {}
        if spec.as_of is not None:
            extras["as_of"] = (spec.as_of, (*path, "as_of"))
        elif header.as_of is not None:
            extras["as_of"] = (header.as_of, ("as_of",))
        if spec.terms is not None:
            terms = self._terms(spec.terms, (*path, "terms"))
            if isinstance(terms, Problem):
                raise Problems([terms])
            extras["terms"] = (terms, (*path, "terms"))
        elif header.terms is not None:
            terms = self._terms(header.terms, ("terms",))
            if not isinstance(terms, Problem):
                extras["terms"] = (terms, ("terms",))
        return extras

    def _arguments(
        self,
        plan: EntryPlan,
        *,
        passed: dict[str, Any],
        sources: FactSources,
        extras: Mapping[str, tuple[Any, DocPath]],
        spec: ScenarioSpec,
        path: DocPath,
    ) -> tuple[dict[str, Any], list[Problem]]:
        problems: list[Problem] = []
        arguments: dict[str, Any] = {}
        try:
            arguments = plan.validate(passed, sources)
        except Problems as error:
            problems += error.problems
        if "as_of" in extras:
            day, where = extras["as_of"]
            for name in AS_OF_PARAMETERS:
                if name not in plan.parameters:
                    continue
                if name in passed:
                    message = f"give '{name}' either as a fact or as as_of, not both"
                    problems.append(self.problem(where, message))
                try:
                    arguments[name] = plan.parameters[name].adapter.validate_python(day)
                except ValidationError as error:
                    message = f"not a valid '{name}' for {plan.rule_id}: {error.errors()[0]['msg']}"
                    problems.append(self.problem(where, message))
        if "terms" in extras and TERMS_PARAMETER in plan.parameters:
            document, _ = extras["terms"]
            problems += self._terms_argument(plan, document, arguments)
        filled = set(passed) | _fillable(plan, extras)
        missing = [n for n, p in plan.parameters.items() if p.required and n not in filled]
        if missing:
            needed = ", ".join(n for n in plan.parameters if plan.parameters[n].required)
            at = (*path, "facts") if spec.facts else path
            problems.append(
                self.problem(
                    at,
                    f"missing fact {', '.join(repr(m) for m in missing)} "
                    f"(rule {plan.rule_id} needs: {needed})",
                )
            )
        return arguments, problems

    def _terms_argument(
        self, plan: EntryPlan, document: Document, arguments: dict[str, Any]
    ) -> list[Problem]:
        parameter = plan.parameters[TERMS_PARAMETER]
        if parameter.hint is Path:
            arguments[TERMS_PARAMETER] = Path(document.path)
            return []
        sources = FactSources((FactLayer(document, (), document.data),))
        try:
            arguments[TERMS_PARAMETER] = parameter.adapter.validate_python(document.data)
        except ValidationError as error:
            return validation_problems(error, parameter.hint, document.data, sources, ())
        return []

    def _extras_used(
        self,
        plans: Sequence[EntryPlan],
        extras: Mapping[str, tuple[Any, DocPath]],
        spec: ScenarioSpec,
        path: DocPath,
    ) -> list[Problem]:
        problems: list[Problem] = []
        takes_as_of = any(n in p.parameters for p in plans for n in AS_OF_PARAMETERS)
        takes_terms = any(TERMS_PARAMETER in p.parameters for p in plans)
        self.usage.as_of |= takes_as_of
        self.usage.terms |= takes_terms
        rules = ", ".join(p.rule_id for p in plans)
        if spec.as_of is not None and not takes_as_of:
            problems.append(
                self.problem((*path, "as_of"), f"{rules} takes no 'today'; remove as_of")
            )
        if spec.terms is not None and not takes_terms:
            problems.append(self.problem((*path, "terms"), f"{rules} takes no terms; remove terms"))
        return problems

    def _expectations(
        self, spec: ScenarioSpec, plans: Sequence[EntryPlan], path: DocPath
    ) -> tuple[dict[str, Mapping[str, Any]], list[Problem]]:
        if spec.expect is None:
            return {}, []
        at: DocPath = (*path, "expect")
        if spec.check is None:
            plan = plans[0]
            return {plan.rule_id: spec.expect}, self._fields(plan, spec.expect, at)
        by_id = {plan.rule_id: plan for plan in plans}
        expect: dict[str, Mapping[str, Any]] = {}
        problems: list[Problem] = []
        for rule_id, expected in spec.expect.items():
            where = (*at, rule_id)
            if rule_id not in by_id:
                if rule_id in self.registry:
                    message = (
                        f"rule {rule_id} does not run in this check: not all its facts are given"
                    )
                else:
                    message = unknown(rule_id, by_id, "rule in this check")
                problems.append(self.problem(where, message, at_key=True))
            elif not isinstance(expected, dict):
                problems.append(self.problem(where, "the expected decision is a mapping of fields"))
            else:
                expect[rule_id] = expected
                problems += self._fields(by_id[rule_id], expected, where)
        return expect, problems

    def _fields(self, plan: EntryPlan, expected: Mapping[str, Any], at: DocPath) -> list[Problem]:
        if plan.decision_fields is None:
            return []
        return [
            self.problem(
                (*at, key), unknown(key, plan.decision_fields, "field of the decision"), at_key=True
            )
            for key in expected
            if key not in plan.decision_fields
        ]


def _all_parameters(registry: Registry) -> set[str]:
    names: set[str] = set()
    for rule_id in registry:
        try:
            names.update(entry_plan(registry[rule_id]).parameters)
        except EntryError:
            continue
    return names


def _lacking(plan: EntryPlan, facts: Mapping[str, Any], extras: Mapping[str, Any]) -> list[str]:
    """What an order check lacks to run ``plan``: its required facts not given, and a shop's
    terms it takes (even where it may go without them) when the scenario gives none, so that
    no rule decides on terms nobody gave."""
    lacking = set(plan.required) - set(facts) - _fillable(plan, extras)
    lacking |= {name for name in terms_parameters(plan) if name not in facts} - _fillable(
        plan, extras
    )
    return sorted(lacking)


def _fillable(plan: EntryPlan, extras: Mapping[str, Any]) -> set[str]:
    """Parameters a whole-order check can fill from ``as_of`` and ``terms``."""
    filled = set()
    if "as_of" in extras:
        filled |= {n for n in AS_OF_PARAMETERS if n in plan.parameters}
    if "terms" in extras and TERMS_PARAMETER in plan.parameters:
        filled.add(TERMS_PARAMETER)
    return filled


def _with_problems(scenario: Scenario, problems: Sequence[Problem]) -> Scenario:
    return Scenario(
        scenario.file,
        scenario.index,
        scenario.name,
        scenario.line,
        scenario.description,
        problems=(*scenario.problems, *problems),
        document=scenario.document,
    )
