"""Scenario files: the format, its errors (file, line, field, suggestion), matching, the runner,
the JSON Schema and the pytest plugin.

Rules for the format's generic mechanics are registered in a registry of their own here, so
the tests do not depend on which rules the library has; the status scenarios use the real one.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from regulamin.decision import Decision, Reason, Text, Undetermined
from regulamin.errors import InvalidFacts
from regulamin.files.source import parse_json_or_yaml, parse_text, read_document
from regulamin.law import Source
from regulamin.models import Customer, TermsVersion
from regulamin.models.base import Money
from regulamin.registry import Registry
from regulamin.scenarios import (
    ScenarioFile,
    entry_plan,
    load,
    load_text,
    match,
    merge_facts,
    render,
    run,
    schema,
)
from regulamin.scenarios.binding import Problems, bind_document
from regulamin.terms import ShopTerms

pytest_plugins = ["pytester"]

SCENARIOS = Path(__file__).parent / "scenarios"
STATUS_FILE = SCENARIOS / "status.scenarios.yaml"

# --- a registry of test rules: the runner must work for any rule, not only status.customer ---

TEST_RULES = Registry()
_ACT = Source("ustawy testowej", "Test Act", "ustawa testowa", "Test Act")
_ANY_DAY = date(2000, 1, 1)


@TEST_RULES.register(
    "test.refund",
    basis=(_ACT.art("1"),),
    valid_from=_ANY_DAY,
    title=Text("Zwrot", "Refund"),
    summary=Text("Kwota zwrotu.", "The refund amount."),
)
def _refund_version(amount: Decimal, today: date) -> Decision[Decimal]:
    if today < _ANY_DAY:
        raise InvalidFacts("today", "before the test act")
    summary = Reason.written(
        "test.refund", "Zwrot: {amount}.", "Refund: {amount}.", params={"amount": amount}
    )
    return Decision(rule="test.refund", outcome=amount, summary=summary, deadline=today)


@TEST_RULES.entry("test.refund")
def refund(amount: Money, today: date, note: str | None = None) -> Decision[Decimal]:
    """Returns the amount, with ``today`` as the deadline (a stand-in for a real rule)."""
    return _refund_version(amount, today)


@TEST_RULES.register(
    "test.welcome",
    basis=(_ACT.art("2"),),
    valid_from=_ANY_DAY,
    title=Text("Powitanie", "Welcome"),
    summary=Text("Czy regulamin obowiązuje.", "Whether the terms apply."),
)
def _welcome_version(customer: Customer, terms: TermsVersion) -> Decision[bool]:
    summary = Reason.written(
        "test.welcome", "Regulamin {id}.", "Terms {id}.", params={"id": terms.id}
    )
    outcome: bool | Undetermined = customer.for_business is False
    return Decision(rule="test.welcome", outcome=outcome, summary=summary)


@TEST_RULES.entry("test.welcome")
def welcome(customer: Customer, terms: TermsVersion) -> Decision[bool]:
    """True for a consumer (a stand-in for a rule that reads the shop's terms)."""
    return _welcome_version(customer, terms)


def _load(text: str, tmp_path: Path | None = None, name: str = "t.scenarios.yaml") -> ScenarioFile:
    base = tmp_path or Path(".")
    return load_text(textwrap.dedent(text), name, base=base, registry=TEST_RULES)


def _problems(loaded: ScenarioFile) -> list[str]:
    return [str(p) for p in loaded.all_problems()]


# --- the project's own scenario files -------------------------------------------------------


def test_status_scenarios_load_and_pass() -> None:
    loaded = load(STATUS_FILE)
    assert loaded.ok, _problems(loaded)
    results = [run(s) for s in loaded.scenarios]
    failed = [render(r, "en") for r in results if not r.passed]
    assert not failed, "\n\n".join(failed)
    # 16 scenarios are written in the file; none may be lost on the way.
    assert len(results) == 16


def test_status_scenario_expectations_can_fail() -> None:
    # The same facts as the file's 2021-01-01 scenario, but expecting what the law gave the day
    # before (trader): the runner must report the difference, not wave it through.
    text = """\
        rule: status.customer
        scenarios:
          - name: wrong on purpose
            facts:
              customer: {kind: natural_person, for_business: true, registered_business: true,
                         professional_character: false}
              concluded_on: 2021-01-01
            expect:
              outcome: trader
        """
    loaded = load_text(textwrap.dedent(text), "w.scenarios.yaml")
    result = run(loaded.scenarios[0])
    assert not result.passed
    report = render(result, "en")
    # "expect:" is line 8 of the text, "outcome: trader" line 9.
    assert 'outcome (line 9): expected "trader", got "pnpk"' in report
    assert "For this contract the buyer is a sole trader with consumer rights." in report
    assert "(Art. 38a UoPK)" in report
    report_pl = render(result, "pl")
    assert 'outcome (wiersz 9): oczekiwano "trader", otrzymano "pnpk"' in report_pl
    assert "Kupujący jest w tej umowie: przedsiębiorca na prawach konsumenta." in report_pl


# --- errors name the file, the line and the field, with a suggestion --------------------------


def test_misspelt_scenario_key_names_file_line_and_suggests() -> None:
    text = """\
        rule: test.refund
        scenarios:
          - name: ok
            facts: {amount: "1.00", today: 2026-01-02}
            expect: {outcome: "1.00"}
          - name: typo
            fact: {amount: "1.00", today: 2026-01-02}
            expect: {outcome: "1.00"}
        """
    loaded = _load(text)
    first, second = loaded.scenarios
    assert not first.problems
    # line 7 is "    fact: ...", the key starts in column 5.
    assert [str(p) for p in second.problems] == [
        "t.scenarios.yaml:7:5: scenarios[1].fact: unknown field; did you mean 'facts'?"
    ]
    assert run(first).passed
    assert not run(second).passed


def test_misspelt_fact_field_is_reported_where_written() -> None:
    text = """\
        rule: test.welcome
        scenarios:
          - name: typo in a model's field
            facts:
              customer:
                kind: natural_person
                for_busines: false
              terms: {id: "1", published_on: 2026-01-01, effective_from: 2026-01-01}
            expect: {outcome: true}
        """
    [problem] = _load(text).scenarios[0].problems
    assert (problem.line, problem.column) == (7, 9)  # "        for_busines: false"
    assert problem.field == "scenarios[0].facts.customer.for_busines"
    assert problem.message == "unknown field; did you mean 'for_business'?"


def test_misspelt_fact_name_suggests_the_parameter() -> None:
    text = """\
        rule: test.refund
        scenarios:
          - name: typo in a fact's name
            facts: {amuont: "1.00", today: 2026-01-02}  # "amuont" starts in column 13
            expect: {outcome: "1.00"}
        """
    messages = _problems(_load(text))
    assert (
        "t.scenarios.yaml:4:13: scenarios[0].facts.amuont: unknown fact for test.refund; "
        "did you mean 'amount'?"
    ) in messages
    # The misspelt fact also leaves the rule without its amount.
    assert any("missing fact 'amount'" in m for m in messages)


def test_misspelt_top_level_key_is_a_file_problem() -> None:
    loaded = _load("rule: test.refund\nscenario:\n  - name: x\n")
    assert not loaded.scenarios
    assert "t.scenarios.yaml:2:1: scenario: unknown field; did you mean 'scenarios'?" in [
        str(p) for p in loaded.problems
    ]


def test_misspelt_expected_field_suggests_the_decision_field() -> None:
    text = """\
        rule: test.refund
        scenarios:
          - name: x
            facts: {amount: "1.00", today: 2026-01-02}
            expect: {outcom: "1.00"}
        """
    [problem] = _load(text).scenarios[0].problems
    assert problem.line == 5
    assert problem.message == "unknown field of the decision; did you mean 'outcome'?"


def test_unknown_rule_suggests_the_closest_id() -> None:
    text = """\
        scenarios:
          - name: x
            rule: test.refnud
            facts: {amount: "1.00", today: 2026-01-02}
            expect: {outcome: "1.00"}
        """
    [problem] = _load(text).scenarios[0].problems
    assert str(problem) == (
        "t.scenarios.yaml:3:11: scenarios[0].rule: no rule has the id 'test.refnud'; "
        "did you mean 'test.refund'?"
    )


def test_scenario_without_a_rule_or_an_expectation_is_refused() -> None:
    text = """\
        scenarios:
          - name: no rule
            facts: {amount: "1.00", today: 2026-01-02}
            expect: {outcome: "1.00"}
          - name: nothing expected
            rule: test.refund
            facts: {amount: "1.00", today: 2026-01-02}
        """
    first, second = _load(text).scenarios
    assert "say what to check" in first.problems[0].message
    assert "give what is expected" in second.problems[0].message
    assert second.problems[0].line == 5  # the scenario's own line


def test_duplicate_keys_and_names_are_errors() -> None:
    loaded = _load("rule: test.refund\nrule: test.welcome\nscenarios: []\n")
    assert str(loaded.problems[0]) == "t.scenarios.yaml:2:1: rule: duplicate key (first at line 1)"
    text = """\
        rule: test.refund
        scenarios:
          - name: same
            facts: {amount: "1.00", today: 2026-01-02}
            expect: {outcome: "1.00"}
          - name: same
            facts: {amount: "2.00", today: 2026-01-02}
            expect: {outcome: "2.00"}
        """
    [problem] = _load(text).scenarios[1].problems
    assert (problem.line, problem.message) == (6, "another scenario has this name (line 3)")


def test_invalid_yaml_names_the_line() -> None:
    loaded = _load("rule: test.refund\nscenarios:\n  - name: a: b\n")
    [problem] = loaded.problems
    assert problem.line == 3
    assert problem.message.startswith("invalid YAML")


def test_defaults_are_merged_and_a_misspelt_default_is_reported() -> None:
    text = """\
        rule: test.refund
        defaults:
          today: 2026-01-02
          amuont: "5.00"
        scenarios:
          - name: x
            facts: {amount: "1.00"}
            expect: {outcome: "1.00", deadline: 2026-01-02}
        """
    loaded = _load(text)
    assert run(loaded.scenarios[0]).passed
    assert [str(p) for p in loaded.problems] == [
        "t.scenarios.yaml:4:3: defaults.amuont: no scenario's rule takes this fact; "
        "did you mean 'amount'?"
    ]


def test_merge_facts_merges_mappings_key_by_key() -> None:
    merged = merge_facts(
        {"customer": {"kind": "natural_person", "for_business": True}, "today": "2026-01-01"},
        {"customer": {"for_business": False}, "deliveries": [{"received_on": "2026-01-05"}]},
    )
    assert merged == {
        "customer": {"kind": "natural_person", "for_business": False},
        "today": "2026-01-01",
        "deliveries": [{"received_on": "2026-01-05"}],
    }


def test_an_error_in_a_default_is_reported_in_the_defaults() -> None:
    text = """\
        rule: test.welcome
        defaults:
          customer: {kind: natural_persn}
        scenarios:
          - name: x
            facts:
              customer: {for_business: false}
              terms: {id: "1", published_on: 2026-01-01, effective_from: 2026-01-01}
            expect: {outcome: true}
        """
    [problem] = _load(text).scenarios[0].problems
    assert (problem.line, problem.field) == (3, "defaults.customer.kind")


# --- money, dates and YAML types ------------------------------------------------------------


def test_money_as_text_is_exact_and_a_float_is_refused() -> None:
    text = """\
        rule: test.refund
        scenarios:
          - name: text
            facts: {amount: "12.50", today: 2026-01-02}
            expect: {outcome: "12.50"}
          - name: float
            facts: {amount: 12.50, today: 2026-01-02}
            expect: {outcome: "12.50"}
        """
    exact, floating = _load(text).scenarios
    assert exact.calls[0].arguments["amount"] == Decimal("12.50")
    assert run(exact).passed
    [problem] = floating.problems
    assert problem.line == 7
    assert problem.field == "scenarios[1].facts.amount"
    assert "not a float" in problem.message


def test_expected_amount_written_as_a_float_fails_with_a_hint() -> None:
    text = """\
        rule: test.refund
        scenarios:
          - name: float expected
            facts: {amount: "12.50", today: 2026-01-02}
            expect: {outcome: 12.50}
        """
    result = run(_load(text).scenarios[0])
    assert not result.passed
    assert 'amounts are written as quoted text, e.g. "12.50"' in render(result, "en")


def test_yaml_is_read_as_yaml_1_2_core() -> None:
    doc = parse_text("a: no\nb: 0123\nc: 2026-01-02\nd: true\ne: ~\nf: 1.5\ng: 'x'\n", "y")
    assert doc.data == {
        "a": "no",
        "b": 123,
        "c": "2026-01-02",
        "d": True,
        "e": None,
        "f": 1.5,
        "g": "x",
    }


def test_explicit_tags_are_refused_but_str_is_kept() -> None:
    assert parse_text("a: !!str 12\n", "y").data == {"a": "12"}
    with pytest.raises(
        ValueError, match=re.escape("the tag tag:yaml.org,2002:int is not supported")
    ):
        parse_text("a: !!int '12'\n", "y")


def test_merge_keys_and_json_are_read() -> None:
    doc = parse_text("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n", "y")
    assert doc.data["c"] == {"x": 1, "y": 3}
    assert doc.span(("c", "y")) is not None
    assert doc.span(("c", "y")).line == 4  # type: ignore[union-attr]
    json_doc = parse_json_or_yaml('{\n  "a": {"b": [1, 2]}\n}', "f.json")
    assert json_doc.data == {"a": {"b": [1, 2]}}
    assert json_doc.span(("a", "b", 1)).line == 2  # type: ignore[union-attr]
    tabs = parse_json_or_yaml('{\n\t"a": 1\n}', "f.json")  # YAML refuses tabs; JSON does not
    assert tabs.data == {"a": 1}


# --- as_of, terms, raises -------------------------------------------------------------------


def test_as_of_fills_today_and_is_refused_where_no_rule_takes_it(tmp_path: Path) -> None:
    (tmp_path / "terms.yaml").write_text(
        "id: '2026-01'\npublished_on: 2026-01-01\neffective_from: 2026-01-15\n"
    )
    text = """\
        scenarios:
          - name: today from as_of
            rule: test.refund
            as_of: 2026-03-04
            facts: {amount: "1.00"}
            expect: {deadline: 2026-03-04}
          - name: as_of for a rule without today
            rule: test.welcome
            as_of: 2026-03-04
            terms: terms.yaml
            facts: {customer: {kind: natural_person, for_business: false}}
            expect: {outcome: true}
          - name: both
            rule: test.refund
            as_of: 2026-03-04
            facts: {amount: "1.00", today: 2026-03-04}
            expect: {deadline: 2026-03-04}
        """
    first, second, third = _load(text, tmp_path).scenarios
    assert run(first).passed
    assert [(p.line, p.message) for p in second.problems] == [
        (9, "test.welcome takes no 'today'; remove as_of")
    ]
    assert [(p.line, p.message) for p in third.problems] == [
        (15, "give 'today' either as a fact or as as_of, not both")
    ]


def test_terms_file_is_loaded_relative_to_the_scenario_file(tmp_path: Path) -> None:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "terms.yaml").write_text(
        "id: '2026-01'\npublished_on: 2026-01-01\neffective_from: 2026-01-15\n"
    )
    (tmp_path / "shop" / "bad-terms.yaml").write_text(
        "id: '2026-01'\npublished_on: 2026-01-20\neffective_from: 2026-01-15\n"
    )
    text = """\
        rule: test.welcome
        terms: shop/terms.yaml
        defaults:
          customer: {kind: natural_person}
        scenarios:
          - name: consumer
            facts: {customer: {for_business: false}}
            expect: {outcome: true, summary: {en: Terms 2026-01.}}
          - name: terms of its own, invalid
            terms: shop/bad-terms.yaml
            facts: {customer: {for_business: false}}
            expect: {outcome: true}
          - name: no such terms file
            terms: shop/none.yaml
            facts: {customer: {for_business: false}}
            expect: {outcome: true}
        """
    path = tmp_path / "t.scenarios.yaml"
    path.write_text(textwrap.dedent(text))
    loaded = load(path, registry=TEST_RULES)
    good, invalid, absent = loaded.scenarios
    assert run(good).passed, render(run(good), "en")
    [problem] = invalid.problems
    # The error is in the terms file, at its line 3 (effective before published).
    assert problem.file == str(tmp_path / "shop" / "bad-terms.yaml")
    assert (problem.line, problem.field) == (3, "effective_from")
    [missing] = absent.problems
    assert (missing.line, missing.field) == (14, "scenarios[2].terms")
    assert "no terms file at 'shop/none.yaml'" in missing.message


def test_raises_matches_the_error_class_message_and_field() -> None:
    text = """\
        rule: test.refund
        scenarios:
          - name: refused as expected
            facts: {amount: "1.00", today: 1999-12-31}
            raises: {error: InvalidFacts, field: today}
          - name: wrong field
            facts: {amount: "1.00", today: 1999-12-31}
            raises: {error: InvalidFacts, field: amount}
          - name: not raised
            facts: {amount: "1.00", today: 2026-01-01}
            raises: LawNotCovered
          - name: unexpected refusal
            facts: {amount: "1.00", today: 1999-12-31}
            expect: {outcome: "1.00"}
        """
    results = [run(s) for s in _load(text).scenarios]
    assert [r.passed for r in results] == [True, False, False, False]
    assert [f.kind for r in results[1:] for f in r.failures] == [
        "wrong_error",
        "not_raised",
        "raised",
    ]
    assert "today: before the test act" in render(results[3], "en")


# --- whole-order checks ---------------------------------------------------------------------


def test_order_check_runs_every_rule_whose_facts_are_given() -> None:
    text = """\
        scenarios:
          - name: only the refund has its facts
            check: order
            facts: {amount: "3.00", today: 2026-01-02}
            expect:
              test.refund: {outcome: "3.00"}
          - name: both rules run
            check: order
            facts:
              amount: "3.00"
              today: 2026-01-02
              customer: {kind: natural_person, for_business: true}
              terms: {id: "x", published_on: 2026-01-01, effective_from: 2026-01-01}
            expect:
              test.refund: {outcome: "3.00"}
              test.welcome: {outcome: false}
          - name: expecting a rule that does not run
            check: order
            facts: {amount: "3.00", today: 2026-01-02}
            expect:
              test.welcome: {outcome: true}
          - name: misspelt fact in an order
            check: order
            facts: {amount: "3.00", today: 2026-01-02, custmer: {kind: legal_person}}
            expect:
              test.refund: {outcome: "3.00"}
        """
    only_refund, both, not_run, misspelt = _load(text).scenarios
    assert only_refund.rules == ("test.refund",)
    assert run(only_refund).passed
    assert both.rules == ("test.refund", "test.welcome")
    assert run(both).passed
    [problem] = not_run.problems
    assert (problem.line, problem.field) == (21, "scenarios[2].expect.test.welcome")
    assert "does not run in this check" in problem.message
    [problem] = misspelt.problems
    assert problem.message == "unknown fact for this check; did you mean 'customer'?"


_SHOP = """\
name: Regulamin sklepu Przykład
cited_as: {pl: Regulaminu sklepu Przykład, en: Przykład Shop Terms}
trader: {name: Przykład sp. z o.o.}
customers: [consumer]
policy: from_effective_day
versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
"""


ORDER_RULES = Registry()
"""The refund rule beside one that may go without a shop's terms."""
ORDER_RULES.register(
    "test.refund",
    basis=(_ACT.art("1"),),
    valid_from=_ANY_DAY,
    title=Text("Zwrot", "Refund"),
    summary=Text("Kwota zwrotu.", "The refund amount."),
)(_refund_version)
ORDER_RULES.entry("test.refund")(refund)


@ORDER_RULES.register(
    "test.promise",
    basis=(_ACT.art("3"),),
    valid_from=_ANY_DAY,
    title=Text("Obietnica", "Promise"),
    summary=Text("Czy regulamin coś obiecuje.", "Whether the terms promise anything."),
)
def _promise_version(amount: Decimal, terms: ShopTerms | None) -> Decision[bool]:
    summary = Reason.written("test.promise", "Obietnica.", "Promise.")
    return Decision(rule="test.promise", outcome=terms is not None, summary=summary)


@ORDER_RULES.entry("test.promise")
def promised(amount: Money, terms: ShopTerms | None = None) -> Decision[bool]:
    """A stand-in for a rule that may go without a shop's terms: an order check must not run
    it on terms nobody gave."""
    return _promise_version(amount, terms)


def test_order_check_runs_a_rule_taking_a_shop_s_terms_only_when_they_are_given(
    tmp_path: Path,
) -> None:
    (tmp_path / "shop.yaml").write_text(_SHOP, encoding="utf-8")
    text = """\
        scenarios:
          - name: no terms file
            check: order
            facts: {amount: "3.00", today: 2026-01-02}
            expect:
              test.refund: {outcome: "3.00"}
          - name: the shop's terms given
            check: order
            terms: shop.yaml
            facts: {amount: "3.00", today: 2026-01-02}
            expect:
              test.promise: {outcome: true}
        """
    loaded = load_text(textwrap.dedent(text), "t.scenarios.yaml", base=tmp_path,
                       registry=ORDER_RULES)
    without, with_terms = loaded.scenarios
    assert without.rules == ("test.refund",)
    assert run(without).passed
    assert with_terms.rules == ("test.promise", "test.refund")
    assert run(with_terms).passed


def test_named_check_needs_every_rule_s_facts_and_reports_by_rule() -> None:
    text = """\
        scenarios:
          - name: named list
            check: [test.refund, test.welcome]
            facts: {amount: "3.00", today: 2026-01-02}
            expect:
              test.refund: {outcome: "4.00"}
        """
    [scenario] = _load(text).scenarios
    [problem] = scenario.problems
    assert problem.message.startswith("missing fact 'customer', 'terms' (rule test.welcome needs")
    text_ok = text.replace("test.refund, test.welcome", "test.refund")
    result = run(_load(text_ok).scenarios[0])
    assert 'test.refund: outcome (line 6): expected "4.00", got "3.00"' in render(result, "en")


# --- matching -------------------------------------------------------------------------------


def test_match_compares_only_the_fields_written() -> None:
    actual = {"outcome": "pnpk", "deadline": None, "reasons": [{"rule": "a", "basis": ["x"]}]}
    assert match({"outcome": "pnpk"}, actual) == []
    assert match({"reasons": [{"basis": ["x"]}]}, actual) == []
    assert [m.kind for m in match({"outcome": "trader"}, actual)] == ["differs"]


def test_match_lists_are_ordered_subsequences_and_empty_means_empty() -> None:
    actual = {"basis": ["a", "b", "c"]}
    assert match({"basis": ["a", "c"]}, actual) == []
    assert [m.path for m in match({"basis": ["c", "a"]}, actual)] == [("basis", 1)]
    assert [m.kind for m in match({"basis": []}, actual)] == ["not_empty"]
    assert match({"basis": []}, {"basis": []}) == []


def test_match_never_converts_types() -> None:
    assert [m.kind for m in match({"x": 1}, {"x": True})] == ["differs"]
    assert [m.kind for m in match({"x": "12.50"}, {"x": 12.5})] == ["differs"]
    assert [m.kind for m in match({"x": 14}, {"x": "14"})] == ["differs"]
    assert [m.kind for m in match({"y": 1}, {"x": 1})] == ["no_field"]


# --- JSON Schema ----------------------------------------------------------------------------


def test_schema_accepts_the_project_files_and_flags_misspelt_keys() -> None:
    document = schema()
    validator = jsonschema.Draft202012Validator(document)
    validator.check_schema(document)
    data = parse_text(STATUS_FILE.read_text(encoding="utf-8"), str(STATUS_FILE)).data
    assert list(validator.iter_errors(data)) == []
    bad = {"rule": "status.customer", "scenarios": [{"name": "x", "fact": {}, "expect": {}}]}
    assert any("fact" in e.message for e in validator.iter_errors(bad))
    facts_typo = {
        "scenarios": [
            {
                "name": "x",
                "rule": "status.customer",
                "facts": {"custmer": {"kind": "natural_person"}},
                "expect": {"outcome": "consumer"},
            }
        ]
    }
    assert any("custmer" in e.message for e in validator.iter_errors(facts_typo))


def test_schema_is_built_from_any_registry() -> None:
    document = schema(TEST_RULES)
    assert document["properties"]["rule"]["anyOf"][0]["enum"] == ["test.refund", "test.welcome"]
    assert document["properties"]["defaults"]["propertyNames"]["enum"] == [
        "amount",
        "customer",
        "note",
        "terms",
        "today",
    ]
    json.dumps(document)  # serialisable as it is


# --- the pytest plugin ----------------------------------------------------------------------


def _plugin_args() -> list[str]:
    """``-p`` for the plugin unless the installed package already registers it."""
    installed = importlib.metadata.entry_points(group="pytest11")
    autoloaded = not os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    if autoloaded and any(ep.value == "regulamin.scenarios.plugin" for ep in installed):
        return []
    return ["-p", "regulamin.scenarios.plugin"]


def test_plugin_runs_the_status_scenarios_with_readable_ids(pytester: pytest.Pytester) -> None:
    target = pytester.path / "status.scenarios.yaml"
    target.write_text(STATUS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    result = pytester.runpytest(*_plugin_args(), "-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=16)
    result.stdout.fnmatch_lines(
        [
            "status.scenarios.yaml::Company is always a trader PASSED*",
            "status.scenarios.yaml::Sole trader, no professional character, contract of "
            "2020-12-31 → trader PASSED*",
        ]
    )


def test_plugin_reports_a_misspelt_key_with_file_line_and_suggestion(
    pytester: pytest.Pytester,
) -> None:
    pytester.makefile(
        ".scenarios.yaml",
        shop=textwrap.dedent(
            """\
            rule: status.customer
            scenarios:
              - name: Company is a trader
                facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}
                expect: {outcome: trader}
              - name: Misspelt key
                facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}
                expcet: {outcome: trader}
            """
        ),
    )
    result = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    assert (
        "shop.scenarios.yaml:8:5: scenarios[1].expcet: unknown field; did you mean 'expect'?"
    ) in result.stdout.lines


def test_plugin_failure_shows_fields_and_reasons_in_the_chosen_language(
    pytester: pytest.Pytester,
) -> None:
    pytester.makefile(
        ".scenarios.yaml",
        shop=textwrap.dedent(
            """\
            rule: status.customer
            scenarios:
              - name: Consumer expected, company given
                facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}
                expect: {outcome: consumer}
            """
        ),
    )
    polish = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider")
    polish.assert_outcomes(failed=1)
    polish.stdout.fnmatch_lines(
        [
            '*outcome (wiersz 5): oczekiwano "consumer", otrzymano "trader"*',
            "*Osoba prawna ani spółka osobowa nie jest konsumentem (art. 22¹ KC).*",
        ]
    )
    english = pytester.runpytest(
        *_plugin_args(), "-p", "no:cacheprovider", "--regulamin-lang", "en"
    )
    english.stdout.fnmatch_lines(
        [
            '*outcome (line 5): expected "consumer", got "trader"*',
            "*A legal person or a partnership is never a consumer (Art. 22¹ KC).*",
        ]
    )
    pytester.makeini("[pytest]\nregulamin_lang = en\n")
    from_ini = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider")
    from_ini.stdout.fnmatch_lines(['*outcome (line 5): expected "consumer", got "trader"*'])


def test_plugin_pattern_is_configurable_and_file_errors_fail_collection(
    pytester: pytest.Pytester,
) -> None:
    pytester.makefile(".yml", rules="rule: status.customer\nscenarioz: []\n")
    pytester.makeini("[pytest]\nregulamin_scenarios = *.yml\n")
    result = pytester.runpytest(*_plugin_args(), "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(
        ["*rules.yml:2:1: scenarioz: unknown field; did you mean 'scenarios'?*"]
    )


def test_order_check_says_which_facts_a_left_out_rule_lacks() -> None:
    text = """\
        scenarios:
          - name: customer given, terms not
            check: order
            facts: {amount: "3.00", today: 2026-01-02, customer: {kind: legal_person}}
            expect:
              test.refund: {outcome: "3.00"}
        """
    [problem] = _load(text).scenarios[0].problems
    assert problem.field == "scenarios[0].facts.customer"
    assert problem.message == (
        "no rule that runs here takes this fact; test.welcome would, given also terms"
    )


# --- the documentation's examples -----------------------------------------------------------

DOCS = Path(__file__).parent.parent / "docs" / "scenarios.md"
_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def _doc_examples() -> list[tuple[str, str]]:
    """The YAML scenario files of docs/scenarios.md: (first-line comment, text)."""
    blocks = _BLOCK.findall(DOCS.read_text(encoding="utf-8"))
    return [
        (text.splitlines()[0], text)
        for lang, text in blocks
        if lang == "yaml" and "scenarios:" in text
    ]


def test_docs_examples_pass_or_fail_exactly_as_documented() -> None:
    doc_text = DOCS.read_text(encoding="utf-8")
    examples = _doc_examples()
    # status, defaults, undetermined, errors, order, typo, wrong: every file example of the page
    assert len(examples) == 7
    for heading, text in examples:
        name = heading.removeprefix("# ").split()[0]
        loaded = load_text(text, name)
        results = [run(s) for s in loaded.scenarios]
        if "(fails)" not in heading:
            assert loaded.ok, _problems(loaded)
            assert all(r.passed for r in results), [render(r, "en") for r in results]
            continue
        shown = _problems(loaded) + [
            render(r, lang)
            for r in results
            if not r.passed and not r.errored
            for lang in ("en", "pl")
        ]
        assert shown, f"{name} is documented as failing"
        for output in shown:
            assert output in doc_text, f"not in the docs as shown:\n{output}"


def test_misspelt_choices_are_suggested_and_union_noise_is_dropped() -> None:
    text = """\
        rule: status.customer
        scenarios:
          - name: enum value
            facts: {customer: {kind: legal_persn}, concluded_on: 2014-12-24}
            raises: LawNotCovered
          - name: error name
            facts: {customer: {kind: legal_person}, concluded_on: 2014-12-24}
            raises: LawNotCoverd
          - name: error mapping
            facts: {customer: {kind: legal_person}, concluded_on: 2014-12-24}
            raises: {eror: LawNotCovered}
        """
    enum_value, error_name, error_mapping = load_text(textwrap.dedent(text), "u.yaml").scenarios
    assert [p.message for p in enum_value.problems] == [
        "Input should be 'natural_person', 'legal_person' or 'organisational_unit'; "
        "did you mean 'legal_person'?"
    ]
    # "raises" is a name or a mapping: a name is judged as a name only.
    assert [p.message for p in error_name.problems] == [
        "Input should be 'InvalidFacts', 'LawNotCovered' or 'RegulaminError'; "
        "did you mean 'LawNotCovered'?"
    ]
    # ...and a mapping as a mapping only.
    assert [p.message for p in error_mapping.problems] == [
        "required field 'error' is missing",
        "unknown field; did you mean 'error'?",
    ]


def test_bind_document_fills_terms_and_today_as_explain_does(tmp_path: Path) -> None:
    terms_path = tmp_path / "terms.json"
    terms_path.write_text(
        '{"id": "v2", "published_on": "2026-01-01", "effective_from": "2026-01-01"}'
    )
    facts = parse_text("customer: {kind: natural_person, for_business: false}\n", "f.yaml")
    welcome_plan = entry_plan(TEST_RULES["test.welcome"])
    arguments = bind_document(welcome_plan, facts, terms=read_document(terms_path))
    assert arguments["terms"] == TermsVersion(
        id="v2", published_on=date(2026, 1, 1), effective_from=date(2026, 1, 1)
    )
    assert welcome_plan.call(arguments).outcome is True
    refund_plan = entry_plan(TEST_RULES["test.refund"])
    amount = parse_text('amount: "2.00"\n', "g.yaml")
    assert bind_document(refund_plan, amount, as_of=date(2026, 5, 4))["today"] == date(2026, 5, 4)
    with pytest.raises(Problems) as refused:
        bind_document(welcome_plan, facts, as_of=date(2026, 5, 4))
    assert [str(p) for p in refused.value.problems] == [
        "--as-of: test.welcome takes no 'today'",
        "f.yaml:1:1: missing fact 'terms' (test.welcome needs: customer, terms)",
    ]
