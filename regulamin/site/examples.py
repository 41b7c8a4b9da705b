"""Worked examples: the scenario files, run at build time and attached to the rules' pages.

Every scenario of every file is run with :mod:`regulamin.scenarios` (the same loader and
runner as ``regulamin check`` and the pytest plugin). A scenario whose decision differs from
what it expects, or that cannot run, stops the build with :class:`ExamplesFailed`: the site
never shows an example the library no longer gives.

A rule's examples are the scenarios that apply it (``rule:`` or a ``check``); a rule that has
none of its own (a sub-rule such as ``conformity.goods``, applied inside another rule) gets the
scenarios whose decisions give a reason under its id: a reason names the rule it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..decision import Decision, Reason
from ..errors import RegulaminError
from ..files.source import child
from ..scenarios import (
    AS_OF_PARAMETERS,
    DEFAULT_PATTERN,
    TERMS_PARAMETER,
    Result,
    Scenario,
    find_files,
    load,
    merge_facts,
    render,
    run,
)

Source = Literal["applies", "cites"]
"""How an example belongs to a rule: the scenario applies the rule, or its decision cites it."""


class ExamplesFailed(RegulaminError):
    """Scenarios that cannot run or whose decisions differ from what they expect."""

    def __init__(self, reports: Sequence[str]) -> None:
        self.reports = tuple(reports)
        count = len(self.reports)
        super().__init__(
            f"{count} scenario(s) failed; the site would show wrong examples:\n\n"
            + "\n\n".join(self.reports)
        )


@dataclass(frozen=True, slots=True)
class Example:
    """One rule's outcome in one scenario: the facts as written, and the decision or error."""

    scenario: Scenario
    rule_id: str
    """The rule that was applied (for a cited sub-rule, the rule that cites it)."""
    facts: Mapping[str, Any]
    """The facts the rule was given, as written in the file (defaults merged)."""
    decision: Decision[Any] | None = None
    error: RegulaminError | None = None
    source: Source = "applies"

    @property
    def where(self) -> str:
        """``file:line`` of the scenario."""
        line = self.scenario.line
        return f"{self.scenario.file}:{line}" if line else self.scenario.file

    def reasons_of(self, rule_id: str) -> tuple[Reason, ...]:
        """The decision's reasons (and reasons for not applying) given under ``rule_id``."""
        if self.decision is None:
            return ()
        every = (self.decision.summary, *self.decision.reasons, *self.decision.not_applied)
        return tuple(reason for reason in every if reason.rule == rule_id)


@dataclass(frozen=True, slots=True)
class ScenarioRun:
    """Every scenario found, run: the results, in file order."""

    results: tuple[Result, ...]
    files: tuple[str, ...]

    def examples_for(self, rule_id: str) -> list[Example]:
        """The rule's worked examples: the scenarios applying it, else those citing it."""
        applying = [
            example
            for result in self.results
            for example in _examples(result)
            if example.rule_id == rule_id
        ]
        if applying:
            return applying
        return [
            Example(e.scenario, e.rule_id, e.facts, e.decision, e.error, "cites")
            for result in self.results
            for e in _examples(result)
            if e.rule_id != rule_id and e.reasons_of(rule_id)
        ]


def run_scenarios(
    paths: Iterable[str | Path], *, relative_to: str | Path | None = None
) -> ScenarioRun:
    """Load and run every scenario file under ``paths``; raise :class:`ExamplesFailed` if any
    scenario cannot run or fails.

    ``relative_to`` shortens the file names shown on the pages (the repository's root).
    """
    existing = [p for p in paths if Path(p).exists()]
    files = find_files(existing, [DEFAULT_PATTERN]) if existing else []
    results: list[Result] = []
    reports: list[str] = []
    for path in files:
        shown = _shown(path, relative_to)
        loaded = load(path, shown_as=shown)
        reports += [str(problem) for problem in loaded.problems]
        for scenario in loaded.scenarios:
            result = run(scenario)
            if not result.passed:
                reports.append(render(result, "en"))
            results.append(result)
    if reports:
        raise ExamplesFailed(reports)
    return ScenarioRun(tuple(results), tuple(_shown(p, relative_to) for p in files))


def _shown(path: Path, relative_to: str | Path | None) -> str:
    if relative_to is None:
        return str(path)
    try:
        return path.resolve().relative_to(Path(relative_to).resolve()).as_posix()
    except ValueError:
        return str(path)


def _examples(result: Result) -> list[Example]:
    scenario = result.scenario
    written = _written_facts(scenario)
    examples: list[Example] = []
    for call, outcome in zip(scenario.calls, result.outcomes, strict=True):
        facts = {key: value for key, value in written.items() if key in call.plan.parameters}
        examples.append(Example(scenario, outcome.rule_id, facts, outcome.decision, outcome.error))
    return examples


def _written_facts(scenario: Scenario) -> dict[str, Any]:
    """The scenario's facts over the file's defaults, with ``as_of`` and ``terms`` as facts."""
    data = scenario.document.data if scenario.document is not None else None
    raw = child(child(data, "scenarios"), scenario.index)
    header = data if isinstance(data, Mapping) else {}
    own = raw if isinstance(raw, Mapping) else {}
    defaults = header.get("defaults")
    facts = own.get("facts")
    merged = merge_facts(
        defaults if isinstance(defaults, Mapping) else {},
        facts if isinstance(facts, Mapping) else {},
    )
    as_of = own.get("as_of", header.get("as_of"))
    if as_of is not None:
        merged.update({name: as_of for name in AS_OF_PARAMETERS if name not in merged})
    terms = own.get("terms", header.get("terms"))
    if terms is not None:
        merged.setdefault(TERMS_PARAMETER, terms)
    return merged
