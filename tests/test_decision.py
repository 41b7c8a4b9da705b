"""The decision shape: reasons, explanations in two languages, stable JSON."""

import json
from datetime import date
from decimal import Decimal

import pytest

from regulamin.decision import FORMAT, Decision, Percent, Reason, Text, Undetermined
from regulamin.law import KC, REG_1182_71, UOPK


def test_citations_read_as_lawyers_write_them() -> None:
    assert UOPK.art("27", "1").pl() == "art. 27 ust. 1 UoPK"
    assert UOPK.art("38", "1", "13").en() == "Art. 38(1)(13) UoPK"
    assert KC.art("111", "2").pl() == "art. 111 § 2 KC"
    assert KC.art("111", "2").en() == "Art. 111 § 2 KC"
    assert UOPK.art("28", None, "1", "b").pl() == "art. 28 pkt 1 lit. b UoPK"
    assert REG_1182_71.art("3", "4").en() == "Art. 3(4) Regulation 1182/71"


def _refund_decision() -> Decision[Decimal]:
    reason = Reason.written(
        "example.refund",
        "Zwrot {amount} do {deadline} r.",
        "Refund of {amount} by {deadline}.",
        (UOPK.art("32", "1"),),
        {"amount": Decimal("1234.56"), "deadline": date(2026, 12, 28)},
    )
    summary = Reason.written("example.refund", "Należy się zwrot.", "A refund is due.")
    return Decision(
        rule="example.refund",
        outcome=Decimal("1234.56"),
        summary=summary,
        reasons=(reason,),
        deadline=date(2026, 12, 28),
        law_as_of=date(2026, 12, 1),
    )


def test_explain_formats_dates_and_amounts_for_the_reader() -> None:
    decision = _refund_decision()
    # babel keeps non-breaking spaces inside amounts; compare them as plain spaces
    assert decision.explain("pl").replace("\xa0", " ") == (
        "Należy się zwrot.\n - Zwrot 1 234,56 zł do 28 grudnia 2026 r. (art. 32 ust. 1 UoPK)."
    )
    assert decision.explain("en").replace("\xa0", " ") == (
        "A refund is due.\n - Refund of PLN 1,234.56 by 28 December 2026 (Art. 32(1) UoPK)."
    )


def test_json_is_versioned_and_plain() -> None:
    record = json.loads(_refund_decision().to_json())
    assert record["format"] == FORMAT == "regulamin.decision/1"
    assert record["outcome"] == "1234.56"
    assert record["deadline"] == "2026-12-28"
    assert record["reasons"][0]["basis"] == ["art. 32 ust. 1 UoPK"]
    assert record["reasons"][0]["en"].startswith("Refund of PLN")


def test_an_undetermined_outcome_cannot_pass_for_false() -> None:
    missing = Undetermined(("customer.for_business",))
    decision: Decision[bool] = Decision(
        rule="example", outcome=missing, summary=Reason.written("example", "?", "?")
    )
    assert not decision.determined
    assert decision.missing == ("customer.for_business",)
    with pytest.raises(TypeError, match=r"customer\.for_business"):
        if decision.outcome:
            pass
    assert json.loads(decision.to_json())["outcome"] == {"undetermined": ["customer.for_business"]}


def test_text_and_percent_parameters() -> None:
    reason = Reason.written(
        "x",
        "{what}: {cut}",
        "{what}: {cut}",
        params={"what": Text("obniżka", "reduction"), "cut": Percent("20")},
    )
    # PWN spelling: no space before % in Polish
    assert reason.text("pl") == "obniżka: 20%"
    assert reason.text("en") == "reduction: 20%"


def test_a_sentence_ending_in_the_year_abbreviation_keeps_its_dot() -> None:
    # "r." (rok) in Polish and "р." (рік) in Ukrainian end the sentence and the abbreviation
    # at once: the basis goes after them, and the full stop stays
    day = {"day": date(2026, 12, 28)}
    reason = Reason("example.promise", "terms.withdrawal.lasts", (UOPK.art("27", "1"),), day)
    assert reason.line("pl") == (
        "Prawo odstąpienia od umowy przysługuje do 28 grudnia 2026 r. (art. 27 ust. 1 UoPK)."
    )
    assert reason.line("uk") == (
        "Право відмовитися від договору діє до 28 грудня 2026 р. (art. 27 ust. 1 UoPK)."
    )
    assert reason.line("en") == (
        "The right to withdraw from the contract lasts until 28 December 2026 (Art. 27(1) UoPK)."
    )
