"""The reasons every rule gives in the same words, and the house style of all reasons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from seeds import woohoo

import regulamin as rg
from regulamin.calendars import Counting
from regulamin.decision import Decision, Reason, Text
from regulamin.errors import InvalidFacts
from regulamin.law import UOPK
from regulamin.models.conformity import ConformityFacts, RemedyFacts
from regulamin.models.prices import PriceHistory, PricePoint, Reduction
from regulamin.reasons import (
    count_days,
    deadline_reasons,
    in_time,
    not_before,
    rolled,
    undetermined,
)
from regulamin.terms import ShopTerms

DELIVERY = Text("doręczenia", "delivery")


def test_a_kc_period_rolls_under_art_115() -> None:
    # received Sat 7.03.2026; day 1 = Sun 8.03; day 14 = Sat 21.03.2026, a day off for ends
    # from 2017 (art. 115 KC), Sun 22.03 too -> Mon 23.03.2026
    due, (counted, moved) = count_days(
        "t", date(2026, 3, 7), 14, counting=Counting.KC, event=DELIVERY, basis=(UOPK.art("7a"),)
    )
    assert (due.nominal, due.due) == (date(2026, 3, 21), date(2026, 3, 23))
    assert [c.pl() for c in counted.basis] == ["art. 7a UoPK", "art. 111 § 2 KC"]
    assert [c.pl() for c in moved.basis] == ["art. 115 KC"]
    assert moved.text("pl") == (
        "Koniec terminu, 21 marca 2026 r. (sobota), przypada na dzień wolny, więc termin "
        "upływa 23 marca 2026 r."
    )


def test_an_eu_period_rolls_under_regulation_1182_71() -> None:
    # received Thu 10.12.2026; day 14 = Thu 24.12.2026 = Wigilia (holiday since 2025), 25-26.12
    # Christmas, Sun 27.12 -> Mon 28.12.2026
    due, (counted, moved) = count_days(
        "t", date(2026, 12, 10), 14, counting=Counting.EU, event=DELIVERY, basis=()
    )
    assert due.due == date(2026, 12, 28)
    assert counted.text("pl") == (
        "14 dni od doręczenia (10 grudnia 2026 r.), nie licząc tego dnia: termin kończy się "
        "24 grudnia 2026 r."
    )
    assert [c.pl() for c in moved.basis] == ["art. 3 ust. 4 rozporządzenia 1182/71"]
    assert "(Christmas Eve)" in moved.text("en")


def test_a_saturday_end_before_2017_rolls_only_under_the_regulation() -> None:
    # received Sat 5.03.2016; day 14 = Sat 19.03.2016: no day off for art. 115 KC before 2017,
    # but one for Regulation 1182/71 (Sun 20.03 too -> Mon 21.03.2016)
    kc, kc_reasons = count_days(
        "t", date(2016, 3, 5), 14, counting=Counting.KC, event=DELIVERY, basis=()
    )
    eu, eu_reasons = count_days(
        "t", date(2016, 3, 5), 14, counting=Counting.EU, event=DELIVERY, basis=()
    )
    assert (kc.due, len(kc_reasons)) == (date(2016, 3, 19), 1)
    assert (eu.due, len(eu_reasons)) == (date(2016, 3, 21), 2)
    assert rolled("t", kc, Counting.KC) == ()


def test_one_day_is_singular_in_both_languages() -> None:
    # concluded Tue 1.12.2026; 1 day -> Wed 2.12.2026
    due, (counted,) = count_days(
        "t", date(2026, 12, 1), 1, counting=Counting.KC, event=DELIVERY, basis=()
    )
    assert due.due == date(2026, 12, 2)
    assert counted.text("pl").startswith("1 dzień od doręczenia")
    assert counted.text("en").startswith("1 day from delivery")


def test_deadline_reasons_of_a_deadline_that_did_not_move() -> None:
    # received Mon 2.03.2026; day 14 = Mon 16.03.2026, a working day
    due, _ = count_days("t", date(2026, 3, 2), 14, counting=Counting.KC, event=DELIVERY, basis=())
    only = deadline_reasons(
        "t", due, Counting.KC, days=14, event=DELIVERY, start=date(2026, 3, 2), basis=()
    )
    assert len(only) == 1
    assert only[0].params is not None and only[0].params["end"] == date(2026, 3, 16)


def test_the_last_day_of_a_period_is_in_time() -> None:
    act = Text("Oświadczenie wysłano", "The statement was sent on")
    last_day = date(2026, 12, 28)
    timely, reason = in_time("t", act, last_day, last_day, ())
    late, late_reason = in_time("t", act, date(2026, 12, 29), last_day, ())
    assert timely is True and late is False
    assert reason.text("pl") == (
        "Oświadczenie wysłano 28 grudnia 2026 r., przed upływem terminu (28 grudnia 2026 r.)."
    )
    assert late_reason.text("en") == (
        "The statement was sent on 29 December 2026, after the period ended (28 December 2026)."
    )


def test_missing_summary_agrees_with_the_number_of_facts() -> None:
    one = undetermined("t", "calendar.deadline.undetermined", ("a",))
    two = undetermined("t", "calendar.deadline.undetermined", ("a", "b"))
    assert one.text("pl") == "Nie da się ustalić terminu: brak faktu a."
    assert one.text("en") == "The deadline cannot be determined: a is missing."
    assert two.text("pl") == "Nie da się ustalić terminu: brak faktów a, b."
    assert two.text("en") == "The deadline cannot be determined: a, b are missing."


def test_not_before_names_the_field() -> None:
    not_before("sent_on", date(2026, 1, 1), date(2026, 1, 1), "the contract")  # same day is fine
    with pytest.raises(InvalidFacts) as error:
        not_before("sent_on", date(2025, 12, 31), date(2026, 1, 1), "the contract")
    assert error.value.field == "sent_on"


# --------------------------------------------------------------------------- the house style


def _lines(decision: Decision[Any]) -> Iterator[str]:
    for reason in (decision.summary, *decision.reasons, *decision.not_applied):
        assert isinstance(reason, Reason)
        yield reason.text("pl")
        yield reason.text("en")


def _assert_sentences(decision: Decision[Any]) -> None:
    for line in _lines(decision):
        assert line[:1].isupper() or line[:1].isdigit(), line
        assert line.endswith("."), line


CONSUMER = rg.Customer.consumer()
COMPANY = rg.Customer.company()
SOLE_TRADER = rg.Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
BUYERS = (CONSUMER, COMPANY, SOLE_TRADER, rg.Customer.sole_trader())
# The seed's clauses for business customers, in terms in force from the first day of the law.
SHOP = ShopTerms.model_validate(
    {
        **woohoo().model_dump(exclude={"versions"}),
        "versions": [{"id": "1", "published_on": "2014-12-25", "effective_from": "2014-12-25"}],
    }
)


def _decisions(buyer: rg.Customer, concluded: date) -> Iterator[Decision[Any]]:
    goods = rg.Contract(subject="goods", channel="distance", concluded_on=concluded)
    yield rg.customer_status(buyer, concluded)
    yield rg.withdrawal(buyer, goods)
    yield rg.withdrawal(
        buyer,
        goods,
        deliveries=[rg.Delivery(received_on=concluded)],
        information=rg.RightInformation.unknown(),
        statement_sent_on=concluded,
    )
    statement = rg.WithdrawalStatement(sent_on=concluded, received_on=concluded)
    yield rg.refund(
        goods, statement, rg.Payments(price=Decimal("100.00"), delivery=Decimal("9.99"))
    )
    yield rg.return_deadline(goods, statement, rg.GoodsReturn(sent_back_on=concluded))
    complaint = rg.Complaint(received_on=concluded, demand="repair")
    yield rg.complaint_reply(buyer, goods, complaint, today=concluded)
    yield rg.liability_cap(
        buyer,
        concluded,
        rg.DamageClaim(actual_loss="10.00", lost_profits="5.00", remuneration_paid="3.00"),
        terms=SHOP,
    )
    yield rg.warranty_exclusion(buyer, concluded, terms=SHOP)
    yield rg.seller_withdrawal(buyer, concluded, terms=SHOP, statement_received_on=concluded)
    yield rg.account_termination(buyer, concluded, terms=SHOP)
    yield rg.prepayment(buyer, concluded, terms=SHOP)
    yield rg.court_of_seller_seat(buyer, concluded, terms=SHOP)
    if buyer.kind is rg.PersonKind.NATURAL_PERSON and buyer.for_business is False:
        facts = ConformityFacts(delivered_on=concluded)
        yield rg.conformity_liability(buyer, goods, facts, concluded)
        if concluded >= date(2023, 1, 1):
            yield rg.conformity_remedies(buyer, goods, RemedyFacts(persists_after_attempt=True))
            yield rg.reduction_refund_deadline(buyer, goods, concluded)


@given(
    buyer=st.sampled_from(BUYERS),
    concluded=st.dates(min_value=date(2014, 12, 25), max_value=date(2030, 12, 31)),
)
def test_every_reason_is_a_sentence_in_both_languages(buyer: rg.Customer, concluded: date) -> None:
    for decision in _decisions(buyer, concluded):
        _assert_sentences(decision)


@given(reduction_day=st.dates(min_value=date(2023, 1, 1), max_value=date(2030, 12, 31)))
def test_every_price_reason_is_a_sentence(reduction_day: date) -> None:
    history = PriceHistory(
        points=[
            PricePoint(gross="10.00", since=date(2022, 12, 1)),
            PricePoint(gross="8.00", since=reduction_day),
        ]
    )
    _assert_sentences(rg.lowest_price(history, Reduction(starts_on=reduction_day, gross="8.00")))
