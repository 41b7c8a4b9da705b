"""Running loaded scenarios and telling what failed, in Polish or English.

A scenario passes when each rule's decision matches what is expected (see
:mod:`regulamin.scenarios.matching`) or, for ``raises``, when the rule refuses the facts with
the expected error. A failing scenario is reported with the expected and the actual value of
every field that differs, the line where the expectation is written, and the decision's
reasons (:meth:`~regulamin.decision.Decision.explain`) in the reader's language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..decision import Decision, Lang
from ..errors import InvalidFacts, RegulaminError
from ..files.problems import format_path
from ..messages import Message
from .loader import Call, ExpectedError, Scenario
from .matching import Mismatch, match

FailureKind = Literal["mismatch", "raised", "not_raised", "wrong_error"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one rule gave: a decision, or the error it raised."""

    rule_id: str
    decision: Decision[Any] | None = None
    error: RegulaminError | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """One reason a scenario failed."""

    rule_id: str
    kind: FailureKind
    mismatch: Mismatch | None = None
    error: RegulaminError | None = None
    expected_error: ExpectedError | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """A scenario's run: the outcomes of its rules and the failures, if any."""

    scenario: Scenario
    outcomes: tuple[Outcome, ...] = ()
    failures: tuple[Failure, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.scenario.problems and not self.failures

    @property
    def errored(self) -> bool:
        """The scenario could not run: its file or its own keys have problems."""
        return bool(self.scenario.problems)


def run(scenario: Scenario) -> Result:
    """Run one scenario (a scenario with problems does not run and does not pass)."""
    if scenario.problems:
        return Result(scenario)
    outcomes = tuple(_apply(call) for call in scenario.calls)
    failures: list[Failure] = []
    for outcome in outcomes:
        failures += _judge(scenario, outcome)
    return Result(scenario, outcomes, tuple(failures))


def _apply(call: Call) -> Outcome:
    try:
        decision = call.plan.call(call.arguments)
    except RegulaminError as error:  # the rule refusing the facts is an answer, not a crash
        return Outcome(call.rule_id, error=error)
    if not isinstance(decision, Decision):
        raise TypeError(
            f"rule {call.rule_id}'s entry returned {type(decision).__name__}, not a Decision"
        )
    return Outcome(call.rule_id, decision=decision)


def _judge(scenario: Scenario, outcome: Outcome) -> list[Failure]:
    rule_id = outcome.rule_id
    if scenario.raises is not None:
        if outcome.error is None:
            return [Failure(rule_id, "not_raised", expected_error=scenario.raises)]
        if not error_matches(scenario.raises, outcome.error):
            return [
                Failure(rule_id, "wrong_error", error=outcome.error, expected_error=scenario.raises)
            ]
        return []
    if outcome.error is not None:
        return [Failure(rule_id, "raised", error=outcome.error)]
    expected = scenario.expect.get(rule_id)
    if expected is None or outcome.decision is None:
        return []
    actual = outcome.decision.as_dict()
    return [Failure(rule_id, "mismatch", mismatch=m) for m in match(expected, actual)]


def error_matches(expected: ExpectedError, error: RegulaminError) -> bool:
    """Is ``error`` of the expected class, with the expected message part and field?"""
    if type(error).__name__ != expected.error and expected.error != "RegulaminError":
        return False
    if expected.message is not None and expected.message not in str(error):
        return False
    if expected.field is not None:
        return isinstance(error, InvalidFacts) and error.field == expected.field
    return True


def _say(msgid: str, lang: Lang, **params: Any) -> str:
    """A message of the runner's report, from the catalogs (``scenarios.*``)."""
    return Message(msgid, **params).text(lang)


def render(result: Result, lang: Lang = "pl", *, header: bool = True) -> str:
    """A failed (or unrunnable) scenario as text: what differs, where, and the reasons.

    ``header`` starts with the scenario's file, line and name (pytest shows them itself).
    """
    scenario = result.scenario
    where = f"{scenario.file}:{scenario.line}" if scenario.line else scenario.file
    lines = [f"{where}: {scenario.name}"] if header else []
    if scenario.problems:
        if header:
            lines.append(_say("scenarios.problems", lang))
        lines += [f"  {problem}" if header else str(problem) for problem in scenario.problems]
        return "\n".join(lines)
    for failure in result.failures:
        lines += _failure_lines(scenario, failure, lang)
    for outcome in result.outcomes:
        if outcome.decision is not None and any(
            f.rule_id == outcome.rule_id for f in result.failures
        ):
            lines.append(_say("scenarios.decision", lang, rule=outcome.rule_id))
            lines += [f"  {line}" for line in outcome.decision.explain(lang).splitlines()]
    if not header:  # without the heading, nothing needs to be indented under it
        lines = [line.removeprefix("  ") for line in lines]
    return "\n".join(lines)


def _failure_lines(scenario: Scenario, failure: Failure, lang: Lang) -> list[str]:
    label = f"{failure.rule_id}: " if scenario.whole_order else ""
    if failure.kind == "raised":
        return [f"  {label}" + _say("scenarios.raised", lang, error=str(failure.error))]
    expected_error = failure.expected_error
    if failure.kind == "not_raised" and expected_error is not None:
        expected = _error_text(expected_error)
        return [f"  {label}" + _say("scenarios.not_raised", lang, expected=expected)]
    if failure.kind == "wrong_error" and expected_error is not None:
        text = _say(
            "scenarios.wrong_error",
            lang,
            expected=_error_text(expected_error),
            error=f"{type(failure.error).__name__}: {failure.error}",
        )
        return [f"  {label}{text}"]
    mismatch = failure.mismatch
    assert mismatch is not None
    line = scenario.expect_line(failure.rule_id, mismatch.path)
    at = f" ({_say('scenarios.line', lang, line=line)})" if line else ""
    head = f"  {label}{format_path(mismatch.path) or '(decision)'}{at}: "
    if mismatch.kind == "no_field":
        fields = mismatch.actual if isinstance(mismatch.actual, dict) else {}
        key = str(mismatch.path[-1])
        close = _close(key, fields)
        if close:
            return [head + _say("scenarios.no_field.did_you_mean", lang, close=repr(close))]
        return [head + _say("scenarios.no_field", lang)]
    if mismatch.kind == "no_item":
        items = mismatch.actual if isinstance(mismatch.actual, list) else []
        if isinstance(mismatch.expected, dict):  # show the items by the keys compared only
            items = [_project(item, mismatch.expected) for item in items]
        shown = [f"      - {_show(item)}" for item in items] or [
            f"      {_say('scenarios.empty_list', lang)}"
        ]
        expected = _show(mismatch.expected)
        return [head + _say("scenarios.no_item", lang, expected=expected), *shown]
    if mismatch.kind == "not_empty":
        return [head + _say("scenarios.not_empty", lang, actual=_show(mismatch.actual))]
    # an amount written as a number: YAML made it a float, the decision holds exact text
    as_float = isinstance(mismatch.expected, float) and isinstance(mismatch.actual, str)
    differs = "scenarios.differs.amount_as_number" if as_float else "scenarios.differs"
    expected, actual = _show(mismatch.expected), _show(mismatch.actual)
    return [head + _say(differs, lang, expected=expected, actual=actual)]


def _project(item: Any, keys: dict[str, Any]) -> Any:
    if not isinstance(item, dict):
        return item
    return {key: item[key] for key in keys if key in item}


def _close(key: str, choices: Iterable[str]) -> str | None:
    import difflib  # noqa: PLC0415  (only when a field is misspelt)

    found = difflib.get_close_matches(key, list(choices), n=1)
    return found[0] if found else None


def _error_text(expected: ExpectedError) -> str:
    details = [
        f"{name}={value!r}"
        for name, value in (("message", expected.message), ("field", expected.field))
        if value
    ]
    return f"{expected.error}({', '.join(details)})" if details else expected.error


_LONGEST = 400


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts of a run: passed, failed, and scenarios or files that could not run."""

    passed: int = 0
    failed: int = 0
    errors: int = 0

    def text(self, lang: Lang = "pl") -> str:
        return _say(
            "scenarios.summary", lang, passed=self.passed, failed=self.failed, errors=self.errors
        )


def summarize(results: Sequence[Result], file_errors: int = 0) -> Summary:
    return Summary(
        passed=sum(r.passed for r in results),
        failed=sum(not r.passed and not r.errored for r in results),
        errors=sum(r.errored for r in results) + file_errors,
    )


def find_files(paths: Iterable[str | Path], patterns: Sequence[str]) -> list[Path]:
    """The scenario files among ``paths``: files as given, folders searched for ``patterns``.

    Hidden folders (``.git``, ``.venv``) and ``__pycache__`` are not searched. A path that
    does not exist raises :class:`FileNotFoundError`.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and any(p.match(pattern) for pattern in patterns)
                and not any(
                    part.startswith(".") or part == "__pycache__"
                    for part in p.relative_to(path).parts[:-1]
                )
            )
        else:
            raise FileNotFoundError(str(raw))
    return list(dict.fromkeys(found))
