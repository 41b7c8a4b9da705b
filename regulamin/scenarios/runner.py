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


_WORDS: dict[str, dict[Lang, str]] = {
    "line": {"pl": "wiersz", "en": "line"},
    "differs": {
        "pl": "oczekiwano {expected}, otrzymano {actual}",
        "en": "expected {expected}, got {actual}",
    },
    "no_field": {
        "pl": "decyzja nie ma takiego pola{hint}",
        "en": "the decision has no such field{hint}",
    },
    "hint": {"pl": "; czy chodziło o {0!r}?", "en": "; did you mean {0!r}?"},
    "no_item": {
        "pl": "żaden element listy nie pasuje do {expected}; lista:",
        "en": "no item of the list matches {expected}; the list:",
    },
    "empty_list": {"pl": "(pusta)", "en": "(empty)"},
    "not_empty": {
        "pl": "oczekiwano pustej listy, otrzymano {actual}",
        "en": "expected an empty list, got {actual}",
    },
    "raised": {
        "pl": "reguła odmówiła wydania decyzji: {error}",
        "en": "the rule refused to decide: {error}",
    },
    "not_raised": {
        "pl": "oczekiwano błędu {expected}, a reguła wydała decyzję",
        "en": "expected the error {expected}, but the rule decided",
    },
    "wrong_error": {
        "pl": "oczekiwano błędu {expected}, zgłoszono: {error}",
        "en": "expected the error {expected}, got: {error}",
    },
    "decision": {"pl": "Decyzja ({rule}):", "en": "Decision ({rule}):"},
    "problems": {"pl": "Scenariusz nie może zostać uruchomiony:", "en": "The scenario cannot run:"},
    "float_hint": {
        "pl": ' (kwoty zapisuje się jako tekst w cudzysłowie, np. "12.50")',
        "en": ' (amounts are written as quoted text, e.g. "12.50")',
    },
}


def _word(key: str, lang: Lang) -> str:
    return _WORDS[key][lang]


def render(result: Result, lang: Lang = "pl", *, header: bool = True) -> str:
    """A failed (or unrunnable) scenario as text: what differs, where, and the reasons.

    ``header`` starts with the scenario's file, line and name (pytest shows them itself).
    """
    scenario = result.scenario
    where = f"{scenario.file}:{scenario.line}" if scenario.line else scenario.file
    lines = [f"{where}: {scenario.name}"] if header else []
    if scenario.problems:
        if header:
            lines.append(_word("problems", lang))
        lines += [f"  {problem}" if header else str(problem) for problem in scenario.problems]
        return "\n".join(lines)
    for failure in result.failures:
        lines += _failure_lines(scenario, failure, lang)
    for outcome in result.outcomes:
        if outcome.decision is not None and any(
            f.rule_id == outcome.rule_id for f in result.failures
        ):
            lines.append(_word("decision", lang).format(rule=outcome.rule_id))
            lines += [f"  {line}" for line in outcome.decision.explain(lang).splitlines()]
    if not header:  # without the heading, nothing needs to be indented under it
        lines = [line.removeprefix("  ") for line in lines]
    return "\n".join(lines)


def _failure_lines(scenario: Scenario, failure: Failure, lang: Lang) -> list[str]:
    label = f"{failure.rule_id}: " if scenario.whole_order else ""
    if failure.kind == "raised":
        return [f"  {label}" + _word("raised", lang).format(error=failure.error)]
    expected_error = failure.expected_error
    if failure.kind == "not_raised" and expected_error is not None:
        return [
            f"  {label}" + _word("not_raised", lang).format(expected=_error_text(expected_error))
        ]
    if failure.kind == "wrong_error" and expected_error is not None:
        text = _word("wrong_error", lang).format(
            expected=_error_text(expected_error),
            error=f"{type(failure.error).__name__}: {failure.error}",
        )
        return [f"  {label}{text}"]
    mismatch = failure.mismatch
    assert mismatch is not None
    line = scenario.expect_line(failure.rule_id, mismatch.path)
    at = f" ({_word('line', lang)} {line})" if line else ""
    head = f"  {label}{format_path(mismatch.path) or '(decision)'}{at}: "
    if mismatch.kind == "no_field":
        fields = mismatch.actual if isinstance(mismatch.actual, dict) else {}
        key = str(mismatch.path[-1])
        close = _close(key, fields)
        hint = _word("hint", lang).format(close) if close else ""
        return [head + _word("no_field", lang).format(hint=hint)]
    if mismatch.kind == "no_item":
        items = mismatch.actual if isinstance(mismatch.actual, list) else []
        if isinstance(mismatch.expected, dict):  # show the items by the keys compared only
            items = [_project(item, mismatch.expected) for item in items]
        shown = [f"      - {_show(item)}" for item in items] or [
            f"      {_word('empty_list', lang)}"
        ]
        return [head + _word("no_item", lang).format(expected=_show(mismatch.expected)), *shown]
    if mismatch.kind == "not_empty":
        return [head + _word("not_empty", lang).format(actual=_show(mismatch.actual))]
    text = _word("differs", lang).format(
        expected=_show(mismatch.expected), actual=_show(mismatch.actual)
    )
    if isinstance(mismatch.expected, float) and isinstance(mismatch.actual, str):
        text += _word("float_hint", lang)
    return [head + text]


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
        if lang == "pl":
            return f"zaliczone: {self.passed}, niezaliczone: {self.failed}, błędy: {self.errors}"
        return f"passed: {self.passed}, failed: {self.failed}, errors: {self.errors}"


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
