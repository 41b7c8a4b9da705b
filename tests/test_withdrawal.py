"""Withdrawal (UoPK chapter 4): who, how long, from when, art. 29, art. 30, art. 38, refunds.

Every expected date is derived by hand in the comment beside it: day 1 of a period is the
day after the event (art. 111 § 2 KC), and an end on a Saturday, Sunday or holiday moves to
the next day that is none of these (art. 3 ust. 4 of Regulation 1182/71, Saturdays included
at any date).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regulamin.decision import Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models import Contract, Customer, Delivery
from regulamin.models.withdrawal import (
    Exclusion,
    ExclusionClaim,
    GoodsReturn,
    Payments,
    RightInformation,
    WithdrawalStatement,
)
from regulamin.registry import REGISTRY, KeyDate
from regulamin.rules.status import Status
from regulamin.rules.withdrawal import (
    EXCLUSIONS,
    PERIOD,
    REFUND,
    RETURN,
    RIGHT,
    SCOPE,
    STATEMENT,
    StartEvent,
    WithdrawalDecision,
    refund,
    return_deadline,
    withdrawal,
)

CONSUMER = Customer.consumer()


def goods(concluded: date, **extra: object) -> Contract:
    return Contract(subject="goods", channel="distance", concluded_on=concluded, **extra)


def received(*days: date) -> list[Delivery]:
    return [Delivery(received_on=day) for day in days]


# --- the period: length, start, roll-forward --------------------------------------------


def test_design_example_wigilia_2026_moves_the_end_to_monday() -> None:
    # received Thu 10.12.2026; day 1 = 11.12; day 14 = Thu 24.12 = Wigilia (holiday since
    # 2025); 25.12 Christmas, Sat 26.12 (second day), Sun 27.12 -> Mon 28.12.2026
    d = withdrawal(CONSUMER, goods(date(2026, 12, 1)), deliveries=received(date(2026, 12, 10)))
    assert d.available is True
    assert d.deadline == date(2026, 12, 28)
    assert d.starts_on == date(2026, 12, 10)
    assert d.start_event is StartEvent.POSSESSION
    assert d.period_days == 14
    text = d.explain("pl")
    assert text.startswith("Prawo odstąpienia od umowy przysługuje do 28 grudnia 2026 r.")
    assert "Koniec terminu, 24 grudnia 2026 r. (Wigilia Bożego Narodzenia), przypada na " in text
    assert "Nie zachodzi żaden wyjątek z art. 38 UoPK" in text
    assert "art. 111 § 2 KC" in text
    assert "(Christmas Eve)" in d.explain("en")


def test_wigilia_2024_was_a_working_day() -> None:
    # received Tue 10.12.2024; day 14 = Tue 24.12.2024; Wigilia became a holiday only in 2025
    d = withdrawal(CONSUMER, goods(date(2024, 12, 1)), deliveries=received(date(2024, 12, 10)))
    assert d.deadline == date(2024, 12, 24)
    assert "przypada na dzień wolny" not in d.explain("pl")


def test_a_saturday_end_moves_even_in_2016_under_regulation_1182_71() -> None:
    # received Sat 5.03.2016; day 14 = Sat 19.03.2016. Art. 115 KC counted Saturdays only from
    # 2017 (it would end 19.03), but 1182/71 art. 3(4) always does: Sun 20.03 -> Mon 21.03.2016
    d = withdrawal(CONSUMER, goods(date(2016, 3, 1)), deliveries=received(date(2016, 3, 5)))
    assert d.deadline == date(2016, 3, 21)
    assert "(sobota)" in d.explain("pl")


def test_thirty_days_for_a_2023_unsolicited_visit() -> None:
    # concluded and handed over during the visit on Wed 1.03.2023; art. 27 ust. 2: 30 days;
    # day 1 = 2.03, day 30 = Fri 31.03.2023, a working day
    visit = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        off_premises_setting="unsolicited_visit",
        concluded_on=date(2023, 3, 1),
    )
    d = withdrawal(CONSUMER, visit, deliveries=received(date(2023, 3, 1)))
    assert d.period_days == 30
    assert d.deadline == date(2023, 3, 31)
    assert "art. 27 ust. 2 UoPK" in d.explain("pl")


def test_fourteen_days_for_a_2022_unsolicited_visit() -> None:
    # the 30 days apply to contracts from 2023-01-01 only; Tue 1.03.2022 + 14 = Tue 15.03.2022
    visit = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        off_premises_setting="unsolicited_visit",
        concluded_on=date(2022, 3, 1),
    )
    d = withdrawal(CONSUMER, visit, deliveries=received(date(2022, 3, 1)))
    assert d.period_days == 14
    assert d.deadline == date(2022, 3, 15)
    assert any("od 1 stycznia 2023 r." in r.text("pl") for r in d.not_applied)


def test_other_off_premises_setting_keeps_fourteen_days_in_2023() -> None:
    # a requested visit is no art. 27 ust. 2 case: Wed 1.03.2023 + 14 = Wed 15.03.2023
    stall = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        off_premises_setting="other",
        concluded_on=date(2023, 3, 1),
    )
    d = withdrawal(CONSUMER, stall, deliveries=received(date(2023, 3, 1)))
    assert (d.period_days, d.deadline) == (14, date(2023, 3, 15))


def test_off_premises_2023_without_setting_leaves_the_length_undetermined() -> None:
    # 14 or 30 days is unknown; the shortest possible end is Wed 1.03.2023 + 14 = 15.03.2023
    unknown = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        concluded_on=date(2023, 3, 1),
    )
    d = withdrawal(CONSUMER, unknown, deliveries=received(date(2023, 3, 1)))
    assert d.available is True
    assert d.deadline is None
    assert d.deadline_missing == ("contract.off_premises_setting",)
    # sent 10.03 <= 15.03: in time for 14 and for 30 days alike
    early = withdrawal(
        CONSUMER,
        unknown,
        deliveries=received(date(2023, 3, 1)),
        statement_sent_on=date(2023, 3, 10),
    )
    assert early.timely is True
    # sent 20.03: in time only if the period is 30 days
    late = withdrawal(
        CONSUMER,
        unknown,
        deliveries=received(date(2023, 3, 1)),
        statement_sent_on=date(2023, 3, 20),
    )
    assert isinstance(late.timely, Undetermined)
    assert late.timely.missing == ("contract.off_premises_setting",)


def test_off_premises_2022_without_setting_is_fourteen_days() -> None:
    # before 2023 there was no 30-day case, so the setting decides nothing:
    # Tue 1.03.2022 + 14 = Tue 15.03.2022
    unknown = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        concluded_on=date(2022, 3, 1),
    )
    d = withdrawal(CONSUMER, unknown, deliveries=received(date(2022, 3, 1)))
    assert d.deadline == date(2022, 3, 15)


def test_separate_deliveries_run_from_the_last() -> None:
    # art. 28 pkt 1 lit. a: parts taken 5.03, 12.03 and 10.03.2026 (given out of order);
    # the last is Thu 12.03 -> day 14 = Thu 26.03.2026
    order = goods(date(2026, 3, 2), parts=3)
    d = withdrawal(
        CONSUMER,
        order,
        deliveries=received(date(2026, 3, 5), date(2026, 3, 12), date(2026, 3, 10)),
    )
    assert d.start_event is StartEvent.LAST_PART
    assert d.starts_on == date(2026, 3, 12)
    assert d.deadline == date(2026, 3, 26)


def test_separate_deliveries_not_all_in_leave_the_period_unstarted() -> None:
    order = goods(date(2026, 3, 2), parts=3)
    d = withdrawal(CONSUMER, order, deliveries=received(date(2026, 3, 5), date(2026, 3, 10)))
    assert d.available is True
    assert d.deadline is None and d.starts_on is None
    assert d.start_event is StartEvent.LAST_PART
    text = d.explain("pl")
    assert "termin jeszcze nie biegnie" in text
    assert "Objęto w posiadanie 2 z 3 części" in text


def test_regular_supply_runs_from_the_first() -> None:
    # art. 28 pkt 1 lit. b: first box Wed 4.03.2026 -> day 14 = Wed 18.03.2026
    box = goods(date(2026, 3, 2), regular_supply=True)
    d = withdrawal(
        CONSUMER, box, deliveries=received(date(2026, 4, 4), date(2026, 3, 4), date(2026, 5, 4))
    )
    assert d.start_event is StartEvent.FIRST_SUPPLY
    assert d.deadline == date(2026, 3, 18)


def test_goods_not_yet_delivered_right_exists_period_not_running() -> None:
    d = withdrawal(CONSUMER, goods(date(2026, 12, 1)))
    assert d.available is True
    assert (d.deadline, d.starts_on, d.start_event) == (None, None, StartEvent.POSSESSION)
    assert d.explain("pl").startswith(
        "Prawo odstąpienia od umowy przysługuje; termin jeszcze nie biegnie."
    )


def test_a_service_runs_from_conclusion() -> None:
    # art. 28 pkt 2: concluded Mon 1.06.2026 -> day 14 = Mon 15.06.2026
    service = Contract(subject="service", channel="distance", concluded_on=date(2026, 6, 1))
    d = withdrawal(CONSUMER, service)
    assert d.start_event is StartEvent.CONCLUSION
    assert d.deadline == date(2026, 6, 15)


def test_digital_content_from_conclusion_past_corpus_christi() -> None:
    # concluded Thu 21.05.2026 -> day 14 = Thu 4.06.2026 = Boże Ciało (Easter 5.04 + 60 days)
    # -> Fri 5.06.2026
    content = Contract(
        subject="digital_content", channel="distance", concluded_on=date(2026, 5, 21)
    )
    assert withdrawal(CONSUMER, content).deadline == date(2026, 6, 5)


# --- who and which channel --------------------------------------------------------------

ELECTRICIAN = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)


def test_pnpk_contract_from_2020_has_no_right() -> None:
    d = withdrawal(ELECTRICIAN, goods(date(2020, 6, 1)), deliveries=received(date(2020, 6, 3)))
    assert d.available is False
    assert d.deadline is None
    assert "przedsiębiorcą" in d.explain("pl")


def test_pnpk_contract_from_2021_has_the_right() -> None:
    # Mon 11.01.2021 + 14 = Mon 25.01.2021
    d = withdrawal(ELECTRICIAN, goods(date(2021, 1, 4)), deliveries=received(date(2021, 1, 11)))
    assert d.available is True
    assert d.deadline == date(2021, 1, 25)
    assert "art. 38a UoPK" in d.explain("pl")


def test_pnpk_from_2023_under_art_7aa() -> None:
    d = withdrawal(ELECTRICIAN, goods(date(2026, 12, 1)), deliveries=received(date(2026, 12, 10)))
    assert d.available is True
    assert "art. 7aa ust. 1 UoPK" in d.explain("pl")


def test_a_company_has_no_right() -> None:
    d = withdrawal(Customer.company(), goods(date(2026, 12, 1)))
    assert d.available is False


def test_on_premises_has_no_right_even_for_a_consumer() -> None:
    shop = Contract(subject="goods", channel="on_premises", concluded_on=date(2026, 12, 1))
    d = withdrawal(CONSUMER, shop)
    assert d.available is False
    assert "w lokalu przedsiębiorstwa" in d.explain("pl")


def test_on_premises_decides_even_when_status_is_unknown() -> None:
    unknown_buyer = Customer(kind="natural_person")
    shop = Contract(subject="goods", channel="on_premises", concluded_on=date(2026, 12, 1))
    assert withdrawal(unknown_buyer, shop).available is False


def test_undetermined_status_makes_the_right_undetermined() -> None:
    unknown_buyer = Customer(kind="natural_person")
    d = withdrawal(unknown_buyer, goods(date(2026, 12, 1)))
    assert d.missing == ("customer.for_business",)
    with pytest.raises(TypeError):
        _ = d.available
    sole_trader = Customer.sole_trader()  # professional character unknown, no declaration
    assert withdrawal(sole_trader, goods(date(2024, 1, 2))).missing == (
        "customer.professional_character",
    )


def test_contracts_before_the_act_are_not_covered() -> None:
    with pytest.raises(LawNotCovered):
        withdrawal(CONSUMER, goods(date(2014, 12, 24)))


# --- art. 29: the consumer not told of the right ----------------------------------------


def test_never_informed_twelve_months_after_the_rolled_end() -> None:
    # original end 24.12.2026 rolled to Mon 28.12.2026; + 12 months (art. 112 KC) =
    # Tue 28.12.2027, a working day. (From the unrolled 24.12 it would be Fri 24.12.2027,
    # Wigilia -> Mon 27.12.2027: the interpretation chosen counts from the rolled end.)
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 12, 1)),
        deliveries=received(date(2026, 12, 10)),
        information=RightInformation.never(),
    )
    assert d.deadline == date(2027, 12, 28)
    assert d.start_event is StartEvent.POSSESSION
    assert "art. 29 ust. 1 UoPK" in d.explain("pl")


def test_never_informed_after_a_thirty_day_visit_rolls_over_easter() -> None:
    # 30 days from Wed 1.03.2023 end Fri 31.03.2023; + 12 months = Sun 31.03.2024 = Easter
    # Sunday -> Mon 1.04.2024 Easter Monday -> Tue 2.04.2024
    visit = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        off_premises_setting="unsolicited_visit",
        concluded_on=date(2023, 3, 1),
    )
    d = withdrawal(
        CONSUMER,
        visit,
        deliveries=received(date(2023, 3, 1)),
        information=RightInformation.never(),
    )
    assert d.deadline == date(2024, 4, 2)


def test_informed_later_fourteen_days_from_the_information() -> None:
    # goods Thu 5.03.2026 (original end Thu 19.03.2026); told Fri 10.04.2026, within the 12
    # months -> day 14 = Fri 24.04.2026
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 3, 2)),
        deliveries=received(date(2026, 3, 5)),
        information=RightInformation.later(date(2026, 4, 10)),
    )
    assert d.deadline == date(2026, 4, 24)
    assert d.start_event is StartEvent.INFORMATION
    assert d.starts_on == date(2026, 4, 10)
    assert "art. 29 ust. 2 UoPK" in d.explain("pl")


def test_informed_later_thirty_days_after_a_2023_visit() -> None:
    # art. 29 ust. 2 from 2023: 30 days in the art. 27 ust. 2 case. Told Mon 3.04.2023; day 30
    # = Wed 3.05.2023 (Constitution Day) -> Thu 4.05.2023
    visit = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        off_premises_setting="unsolicited_visit",
        concluded_on=date(2023, 3, 1),
    )
    d = withdrawal(
        CONSUMER,
        visit,
        deliveries=received(date(2023, 3, 1)),
        information=RightInformation.later(date(2023, 4, 3)),
    )
    assert d.deadline == date(2023, 5, 4)


def test_informed_later_before_2023_is_fourteen_days() -> None:
    # 2022 wording: 14 days from the information. Told Mon 4.04.2022; day 14 = Mon 18.04.2022
    # = Easter Monday -> Tue 19.04.2022
    visit = Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        off_premises_setting="unsolicited_visit",
        concluded_on=date(2022, 3, 1),
    )
    d = withdrawal(
        CONSUMER,
        visit,
        deliveries=received(date(2022, 3, 1)),
        information=RightInformation.later(date(2022, 4, 4)),
    )
    assert d.deadline == date(2022, 4, 19)


def test_informed_before_delivery_never_shortens_the_period() -> None:
    # told Tue 3.03.2026 (after conclusion, before delivery): 14 days from it end 17.03, before
    # the art. 28 end (goods Thu 5.03 -> Thu 19.03.2026), which therefore stands
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 3, 2)),
        deliveries=received(date(2026, 3, 5)),
        information=RightInformation.later(date(2026, 3, 3)),
    )
    assert d.deadline == date(2026, 3, 19)
    assert d.start_event is StartEvent.POSSESSION


def test_informed_after_the_right_expired_does_not_revive_it() -> None:
    # original end Thu 19.03.2026; + 12 months = Fri 19.03.2027; told 1.04.2027, too late
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 3, 2)),
        deliveries=received(date(2026, 3, 5)),
        information=RightInformation.later(date(2027, 4, 1)),
    )
    assert d.deadline == date(2027, 3, 19)


def test_information_unknown_leaves_the_deadline_undetermined() -> None:
    # the art. 28 end Thu 19.03.2026 is the earliest it can be
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 3, 2)),
        deliveries=received(date(2026, 3, 5)),
        information=RightInformation.unknown(),
        statement_sent_on=date(2026, 3, 19),
    )
    assert d.available is True
    assert d.deadline is None
    assert d.deadline_missing == ("information.informed",)
    assert d.timely is True


def test_information_not_given_is_assumed_and_the_decision_says_so() -> None:
    # goods Thu 5.03.2026; day 14 = Thu 19.03.2026. Whether the consumer was told of the right
    # decides between this and 12 months more (art. 29 ust. 1 UoPK); nobody said, so the
    # decision must present "informed by conclusion" (art. 12 ust. 1 pkt 9) as an assumption.
    d = withdrawal(CONSUMER, goods(date(2026, 3, 2)), deliveries=received(date(2026, 3, 5)))
    assert d.deadline == date(2026, 3, 19)
    assert d.assumed == ("information.informed",)
    text = d.explain("pl")
    assert (
        "Nie podano, czy konsumenta poinformowano o prawie odstąpienia; przyjęto, że najpóźniej "
        "przy zawarciu umowy" in " ".join(text.split())
    )
    assert "Konsumenta poinformowano o prawie odstąpienia" not in text
    assumption = next(r for r in d.reasons if "Nie podano" in r.text("pl"))
    assert [c.pl() for c in assumption.basis] == ["art. 12 ust. 1 pkt 9 UoPK", "art. 29 UoPK"]
    assert "was assumed" in d.explain("en")
    assert any("not given" in i.en for i in REGISTRY[PERIOD].interpretations)


def test_information_given_as_by_conclusion_is_stated_as_a_fact() -> None:
    # the same contract with the information given: the same deadline, Thu 19.03.2026, and
    # art. 29 UoPK stated as not applying, without any assumption
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 3, 2)),
        deliveries=received(date(2026, 3, 5)),
        information=RightInformation.by_conclusion(),
    )
    assert d.deadline == date(2026, 3, 19)
    assert d.assumed == ()
    text = d.explain("pl")
    assert "Nie podano" not in text
    assert "Konsumenta poinformowano o prawie odstąpienia najpóźniej przy zawarciu umowy" in text
    assert any("art. 29 UoPK" in r.line("pl") for r in d.not_applied)


def test_no_assumption_where_the_period_was_not_computed() -> None:
    # on the trader's premises there is no right (art. 27), so nothing about art. 29 is assumed
    shop = Contract(subject="goods", channel="on_premises", concluded_on=date(2026, 3, 2))
    d = withdrawal(CONSUMER, shop)
    assert d.assumed == ()
    assert "Nie podano" not in d.explain("pl")


# --- art. 30 ust. 2: the statement in time ----------------------------------------------


def test_statement_sent_on_the_last_day_is_in_time_and_the_day_after_is_not() -> None:
    # deadline Mon 28.12.2026 (see the design example)
    order, goods_in = goods(date(2026, 12, 1)), received(date(2026, 12, 10))
    on_time = withdrawal(CONSUMER, order, deliveries=goods_in, statement_sent_on=date(2026, 12, 28))
    late = withdrawal(CONSUMER, order, deliveries=goods_in, statement_sent_on=date(2026, 12, 29))
    assert on_time.timely is True
    assert late.timely is False
    assert late.available is True  # the right existed; the statement came too late
    assert "po upływie terminu" in late.explain("pl")


def test_statement_before_delivery_is_in_time() -> None:
    d = withdrawal(CONSUMER, goods(date(2026, 12, 1)), statement_sent_on=date(2026, 12, 3))
    assert d.timely is True


def test_statement_before_conclusion_is_invalid() -> None:
    with pytest.raises(InvalidFacts) as error:
        withdrawal(CONSUMER, goods(date(2026, 12, 1)), statement_sent_on=date(2026, 11, 30))
    assert error.value.field == "statement_sent_on"


def test_no_statement_no_timeliness() -> None:
    d = withdrawal(CONSUMER, goods(date(2026, 12, 1)), deliveries=received(date(2026, 12, 10)))
    assert d.timely is None


# --- contradictory facts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("contract", "kwargs", "field"),
    [
        (goods(date(2026, 3, 2)), {"deliveries": received(date(2026, 3, 1))}, "deliveries[0]"),
        (
            Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2)),
            {"deliveries": received(date(2026, 3, 3))},
            "deliveries",
        ),
        (
            goods(date(2026, 3, 2)),
            {"deliveries": received(date(2026, 3, 3), date(2026, 3, 4))},
            "deliveries",
        ),
        (
            goods(date(2026, 3, 2)),
            {"information": RightInformation.later(date(2026, 3, 1))},
            "information.on",
        ),
        (
            goods(date(2026, 3, 2)),
            {"exclusion": ExclusionClaim(point=5, unsealed_after_delivery=True)},
            "exclusion.unsealed_after_delivery",
        ),
    ],
)
def test_contradictory_facts_are_refused(
    contract: Contract, kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidFacts) as error:
        withdrawal(CONSUMER, contract, **kwargs)  # type: ignore[arg-type]
    assert error.value.field.startswith(field)


def test_a_fact_foreign_to_the_point_is_refused() -> None:
    with pytest.raises(ValidationError, match="subscription: not a prerequisite"):
        ExclusionClaim(point=5, subscription=True)


# --- art. 38: the exclusions ------------------------------------------------------------

GOODS_2026 = goods(date(2026, 3, 2))
DELIVERED = received(date(2026, 3, 5))
# A price is given: art. 38 ust. 1 pkt 1, 13 and 14 (2023 wording) need one owed.
PRICE = Decimal("100.00")
SERVICE_2026 = Contract(
    subject="service", channel="distance", concluded_on=date(2026, 3, 2), price=PRICE
)
DIGITAL_2026 = Contract(
    subject="digital_content",
    digital="content",
    channel="distance",
    concluded_on=date(2026, 3, 2),
    price=PRICE,
)

FULL_SERVICE = {
    "fully_performed": True,
    "express_prior_consent": True,
    "informed_of_loss": True,
    "acknowledged": True,
}
DIGITAL_STARTED = {
    "performance_began": True,
    "express_prior_consent": True,
    "informed_of_loss": True,
    "acknowledged": True,
    "confirmation_sent": True,
}
ALCOHOL = {
    "price_agreed_at_conclusion": True,
    "deliverable_only_after_30_days": True,
    "value_follows_market": True,
}
REPAIR = {"visit_requested": True, "fully_performed": True, "express_prior_consent": True}

# (point, contract, prerequisites that make it apply, one prerequisite that then fails it)
CASES: list[tuple[int, Contract, dict[str, bool], tuple[str, bool]]] = [
    (1, SERVICE_2026, FULL_SERVICE, ("acknowledged", False)),
    (2, GOODS_2026, {}, ("", False)),
    (3, GOODS_2026, {}, ("", False)),
    (4, GOODS_2026, {}, ("", False)),
    (5, GOODS_2026, {"unsealed_after_delivery": True}, ("unsealed_after_delivery", False)),
    (6, GOODS_2026, {"mixed_after_delivery": True}, ("mixed_after_delivery", False)),
    (7, GOODS_2026, ALCOHOL, ("deliverable_only_after_30_days", False)),
    (
        8,
        SERVICE_2026,
        {"visit_requested": True, "only_requested_work": True},
        ("only_requested_work", False),
    ),
    (9, GOODS_2026, {"unsealed_after_delivery": True}, ("unsealed_after_delivery", False)),
    (10, GOODS_2026, {"subscription": False}, ("subscription", True)),
    (11, GOODS_2026, {}, ("", False)),
    (12, SERVICE_2026, {"date_or_period_fixed": True}, ("date_or_period_fixed", False)),
    (13, DIGITAL_2026, DIGITAL_STARTED, ("confirmation_sent", False)),
    (14, SERVICE_2026, REPAIR, ("fully_performed", False)),
]


def _claim(contract: Contract, point: int, facts: dict[str, bool]) -> WithdrawalDecision:
    deliveries = DELIVERED if contract.subject == "goods" else []
    claim = ExclusionClaim.model_validate({"point": point, **facts})
    return withdrawal(CONSUMER, contract, deliveries=deliveries, exclusion=claim)


@pytest.mark.parametrize(("point", "contract", "facts", "failing"), CASES)
def test_each_exclusion_applies_with_all_its_prerequisites(
    point: int, contract: Contract, facts: dict[str, bool], failing: tuple[str, bool]
) -> None:
    d = _claim(contract, point, facts)
    assert d.available is False
    assert d.exclusion is Exclusion(point)
    assert f"art. 38 ust. 1 pkt {point} UoPK" in d.explain("pl")
    assert d.deadline is None


@pytest.mark.parametrize(("point", "contract", "facts", "failing"), [c for c in CASES if c[3][0]])
def test_each_exclusion_fails_when_one_prerequisite_fails(
    point: int, contract: Contract, facts: dict[str, bool], failing: tuple[str, bool]
) -> None:
    fact, value = failing
    d = _claim(contract, point, {**facts, fact: value})
    assert d.available is True
    assert d.exclusion is None
    assert "Powołany wyjątek nie zachodzi" in d.explain("pl")


@pytest.mark.parametrize(("point", "contract", "facts", "failing"), [c for c in CASES if c[3][0]])
def test_each_exclusion_with_an_unknown_prerequisite_is_undetermined(
    point: int, contract: Contract, facts: dict[str, bool], failing: tuple[str, bool]
) -> None:
    fact, _ = failing
    known = {k: v for k, v in facts.items() if k != fact}
    d = _claim(contract, point, known)
    assert d.missing == (f"exclusion.{fact}",)


@pytest.mark.parametrize(("point", "subject"), [(3, "service"), (4, "digital_content")])
def test_goods_exclusions_do_not_fit_other_contracts(point: int, subject: str) -> None:
    other = Contract(subject=subject, channel="distance", concluded_on=date(2026, 3, 2))
    d = withdrawal(CONSUMER, other, exclusion=ExclusionClaim(point=point))
    assert d.available is True
    assert "dotyczy tylko umów, których przedmiotem jest towar" in d.explain("pl")


def test_partial_performance_of_a_service_does_not_exclude() -> None:
    d = _claim(SERVICE_2026, 1, {**FULL_SERVICE, "fully_performed": False})
    assert d.available is True
    assert "art. 35 UoPK" in d.explain("pl")


def test_a_service_paid_with_personal_data_is_not_excluded() -> None:
    free = Contract(
        subject="service",
        channel="distance",
        concluded_on=date(2026, 3, 2),
        paid_with_personal_data_only=True,
    )
    for point, facts in ((1, FULL_SERVICE), (14, REPAIR)):
        assert _claim(free, point, facts).available is True


def test_free_digital_content_is_not_excluded() -> None:
    free = Contract(
        subject="digital_content",
        digital="content",
        channel="distance",
        concluded_on=date(2026, 3, 2),
        paid_with_personal_data_only=True,
    )
    assert _claim(free, 13, DIGITAL_STARTED).available is True


# C1: art. 38 ust. 1 pkt 13 names only digital CONTENT (art. 2 pkt 5 UoPK); a digital SERVICE
# (art. 2 pkt 6: SaaS, hosting) is a service, which pkt 1 excludes only once fully performed.

SAAS_2024 = Contract(
    subject="digital_continuous",
    digital="service",
    channel="distance",
    concluded_on=date(2024, 5, 1),
    price=PRICE,
)
EBOOK_2026 = DIGITAL_2026


def test_saas_is_a_digital_service_which_point_13_does_not_exclude() -> None:
    # the review's input: pkt 13 with every one of its facts, for a SaaS contract. Concluded
    # Wed 1.05.2024 (art. 28 pkt 2), not counted; day 14 = Wed 15.05.2024, a working day.
    d = _claim(SAAS_2024, 13, DIGITAL_STARTED)
    assert d.available is True
    assert d.exclusion is None
    assert d.deadline == date(2024, 5, 15)
    text = d.explain("pl")
    assert "Powołany wyjątek nie zachodzi" in text
    assert "przedmiotem tej umowy jest usługa cyfrowa" in text
    assert "art. 38 ust. 1 pkt 13 UoPK" in text
    assert "digital service" in d.explain("en")


def test_saas_is_excluded_only_when_fully_performed_under_point_1() -> None:
    full = _claim(SAAS_2024, 1, FULL_SERVICE)
    assert full.available is False
    assert full.exclusion is Exclusion.SERVICE_FULLY_PERFORMED
    assert "umowa o świadczenie usługi cyfrowej" in full.explain("pl")
    # supply begun but not finished: the right stays (art. 35 UoPK settles the payment);
    # Wed 1.05.2024 + 14 = Wed 15.05.2024
    partial = _claim(SAAS_2024, 1, {**FULL_SERVICE, "fully_performed": False})
    assert partial.available is True
    assert partial.deadline == date(2024, 5, 15)


def test_an_ebook_is_digital_content_which_point_1_does_not_exclude() -> None:
    # the review's mirror case: pkt 1 for a one-off download would skip pkt 13's own
    # conditions (the confirmation on a durable medium); Mon 2.03.2026 + 14 = Mon 16.03.2026
    d = _claim(EBOOK_2026, 1, FULL_SERVICE)
    assert d.available is True
    assert d.deadline == date(2026, 3, 16)
    text = d.explain("pl")
    assert "przedmiotem tej umowy są treści cyfrowe" in text
    assert "umowa o świadczenie usług" not in text
    # and pkt 13, with its confirmation, still excludes it
    assert _claim(EBOOK_2026, 13, DIGITAL_STARTED).available is False


@pytest.mark.parametrize("subject", ["digital_content", "digital_continuous"])
@pytest.mark.parametrize(("point", "facts"), [(1, FULL_SERVICE), (13, DIGITAL_STARTED)])
def test_a_digital_contract_of_unknown_kind_leaves_points_1_and_13_undetermined(
    subject: str, point: int, facts: dict[str, bool]
) -> None:
    unknown = Contract(
        subject=subject, channel="distance", concluded_on=date(2026, 3, 2), price=PRICE
    )
    d = _claim(unknown, point, facts)
    assert d.missing == ("contract.digital",)
    assert "treści cyfrowe, czy usługa cyfrowa" in d.explain("pl")


def test_unknown_digital_kind_and_an_unknown_prerequisite_are_both_named() -> None:
    # the kind of contract comes first in pkt 13 ("umów o dostarczanie treści cyfrowych"),
    # then its conditions
    unknown = Contract(
        subject="digital_content", channel="distance", concluded_on=date(2026, 3, 2), price=PRICE
    )
    known = {k: v for k, v in DIGITAL_STARTED.items() if k != "confirmation_sent"}
    d = _claim(unknown, 13, known)
    assert d.missing == ("contract.digital", "exclusion.confirmation_sent")


def test_unknown_digital_kind_with_a_failed_condition_leaves_the_right() -> None:
    # supply has not begun: pkt 13 fails for content and does not fit a service, so the right
    # stays whatever the kind; Mon 2.03.2026 + 14 = Mon 16.03.2026
    unknown = Contract(subject="digital_content", channel="distance", concluded_on=date(2026, 3, 2))
    d = _claim(unknown, 13, {**DIGITAL_STARTED, "performance_began": False})
    assert d.available is True
    assert d.deadline == date(2026, 3, 16)


def test_point_13_does_not_fit_an_ordinary_service() -> None:
    d = _claim(SERVICE_2026, 13, DIGITAL_STARTED)
    assert d.available is True
    assert "przedmiotem tej umowy jest usługa" in d.explain("pl")


@pytest.mark.parametrize(("point", "facts"), [(8, {"visit_requested": True}), (14, REPAIR)])
def test_other_service_points_do_not_fit_digital_content(
    point: int, facts: dict[str, bool]
) -> None:
    d = _claim(EBOOK_2026, point, facts)
    assert d.available is True
    assert "przedmiotem tej umowy są treści cyfrowe" in d.explain("pl")


def test_before_2023_saas_was_a_service_too() -> None:
    # art. 38 pkt 13 (old wording) named digital content "które nie są zapisane na nośniku
    # materialnym"; SaaS was then an ordinary service, excluded only by pkt 1 (full performance).
    # Concluded Wed 1.06.2022 + 14 = Wed 15.06.2022.
    saas_2022 = Contract(
        subject="digital_continuous",
        digital="service",
        channel="distance",
        concluded_on=date(2022, 6, 1),
    )
    old_13 = {"performance_began": True, "express_prior_consent": True, "informed_of_loss": True}
    started = _claim(saas_2022, 13, old_13)
    assert started.available is True
    assert started.deadline == date(2022, 6, 15)
    old_1 = {"fully_performed": True, "express_prior_consent": True, "informed_of_loss": True}
    performed = _claim(saas_2022, 1, old_1)
    assert performed.available is False
    assert "art. 38 pkt 1 UoPK" in performed.explain("pl")


def test_the_digital_kind_reading_is_registered() -> None:
    assert any("art. 2 pkt 6" in i.pl for i in REGISTRY[EXCLUSIONS].interpretations)


def test_hygiene_goods_unsealed_before_delivery_stay_withdrawable() -> None:
    d = _claim(GOODS_2026, 5, {"unsealed_after_delivery": False})
    assert d.available is True
    assert "opakowanie nie zostało otwarte po dostarczeniu" in d.explain("pl")


def test_pre_2023_service_needs_no_acknowledgment() -> None:
    # art. 38 pkt 1 as worded until 2022: full performance, express consent, being told
    old = Contract(subject="service", channel="distance", concluded_on=date(2022, 6, 1))
    d = _claim(
        old, 1, {"fully_performed": True, "express_prior_consent": True, "informed_of_loss": True}
    )
    assert d.available is False
    assert "art. 38 pkt 1 UoPK" in d.explain("pl")
    # the same facts for a 2023 contract lack the acknowledgment
    new = Contract(
        subject="service", channel="distance", concluded_on=date(2023, 6, 1), price=PRICE
    )
    later = _claim(
        new, 1, {"fully_performed": True, "express_prior_consent": True, "informed_of_loss": True}
    )
    assert later.missing == ("exclusion.acknowledged",)


def test_pre_2023_digital_content_needs_no_confirmation() -> None:
    old = Contract(
        subject="digital_content",
        digital="content",
        channel="distance",
        concluded_on=date(2022, 6, 1),
    )
    d = _claim(
        old,
        13,
        {"performance_began": True, "express_prior_consent": True, "informed_of_loss": True},
    )
    assert d.available is False
    # m1: the conditions name the start of supply once, not twice
    assert " ".join(d.explain("pl").split()).count("spełnianie świadczenia") == 1


def test_2023_digital_content_conditions_name_the_start_of_supply_once() -> None:
    text = " ".join(_claim(DIGITAL_2026, 13, DIGITAL_STARTED).explain("pl").split())
    assert text.count("rozpoczął świadczenie") + text.count("świadczenie rozpoczęto") == 1


def test_point_14_did_not_exist_before_2023() -> None:
    old = Contract(subject="service", channel="distance", concluded_on=date(2022, 6, 1))
    d = _claim(old, 14, REPAIR)
    assert d.available is True
    assert "od 1 stycznia 2023 r." in d.explain("pl")


def _visit(year: int, setting: str | None = "unsolicited_visit") -> Contract:
    return Contract(
        subject="goods",
        channel="off_premises",
        price=Decimal("100.00"),
        off_premises_setting=setting,
        concluded_on=date(year, 3, 1),
    )


def test_ust_2_hygiene_goods_from_a_2023_visit_stay_withdrawable_for_thirty_days() -> None:
    # Wed 1.03.2023 + 30 = Fri 31.03.2023
    d = withdrawal(
        CONSUMER,
        _visit(2023),
        deliveries=received(date(2023, 3, 1)),
        exclusion=ExclusionClaim(point=5, unsealed_after_delivery=True),
    )
    assert d.available is True
    assert d.deadline == date(2023, 3, 31)
    assert "art. 38 ust. 2 UoPK" in d.explain("pl")


@pytest.mark.parametrize("point", [1, 2, 3, 5])
def test_ust_2_sets_aside_points_1_2_3_5_for_a_trip(point: int) -> None:
    trip = _visit(2026, "organised_trip")
    facts = FULL_SERVICE if point == 1 else {"unsealed_after_delivery": True} if point == 5 else {}
    if point == 1:
        trip = Contract(
            subject="service",
            channel="off_premises",
            price=Decimal("100.00"),
            off_premises_setting="organised_trip",
            concluded_on=date(2026, 3, 1),
        )
    d = withdrawal(
        CONSUMER,
        trip,
        deliveries=received(date(2026, 3, 1)) if point != 1 else [],
        exclusion=ExclusionClaim(point=point, **facts),
    )
    assert d.available is True


def test_ust_2_does_not_cover_perishables() -> None:
    d = withdrawal(
        CONSUMER,
        _visit(2026),
        deliveries=received(date(2026, 3, 1)),
        exclusion=ExclusionClaim(point=4),
    )
    assert d.available is False


def test_no_carve_out_before_2023() -> None:
    d = withdrawal(
        CONSUMER,
        _visit(2022),
        deliveries=received(date(2022, 3, 1)),
        exclusion=ExclusionClaim(point=5, unsealed_after_delivery=True),
    )
    assert d.available is False
    assert d.exclusion is Exclusion.SEALED_HEALTH_OR_HYGIENE


def test_carve_out_with_the_setting_unknown_is_undetermined() -> None:
    d = withdrawal(
        CONSUMER,
        _visit(2026, None),
        deliveries=received(date(2026, 3, 1)),
        exclusion=ExclusionClaim(point=3),
    )
    assert d.missing == ("contract.off_premises_setting",)


def test_without_a_claim_nothing_is_excluded() -> None:
    d = withdrawal(CONSUMER, GOODS_2026, deliveries=DELIVERED)
    assert d.available is True
    assert any("pkt 1–14" in r.text("pl") for r in d.not_applied)
    old = withdrawal(CONSUMER, goods(date(2022, 3, 1)), deliveries=received(date(2022, 3, 2)))
    assert any("pkt 1–13" in r.text("pl") for r in old.not_applied)


# --- art. 32-34: refund and return ------------------------------------------------------

STATEMENT_IN = WithdrawalStatement(sent_on=date(2026, 12, 9), received_on=date(2026, 12, 10))
ORDER = goods(date(2026, 12, 1))


def test_refund_deadline_fourteen_days_from_receipt_rolled() -> None:
    # statement received Thu 10.12.2026; day 14 = Thu 24.12 Wigilia -> Mon 28.12.2026
    d = refund(
        ORDER, STATEMENT_IN, Payments(price=Decimal("199.99")), GoodsReturn(collection_offered=True)
    )
    assert d.deadline == date(2026, 12, 28)
    assert d.payable_by == date(2026, 12, 28)
    assert d.may_withhold is False
    assert d.outcome == Decimal("199.99")


def test_refund_delivery_only_up_to_the_cheapest_standard() -> None:
    # paid 25.00 for courier, cheapest standard 12.50: 199.99 + 12.50 = 212.49
    d = refund(
        ORDER,
        STATEMENT_IN,
        Payments(
            price=Decimal("199.99"),
            delivery=Decimal("25.00"),
            cheapest_standard_delivery=Decimal("12.50"),
        ),
    )
    assert d.outcome == Decimal("212.49")
    assert "art. 33 UoPK" in d.explain("pl")


def test_refund_cheapest_delivery_refunded_in_full() -> None:
    # paid 9.99 <= cheapest 12.50: 199.99 + 9.99 = 209.98
    d = refund(
        ORDER,
        STATEMENT_IN,
        Payments(
            price=Decimal("199.99"),
            delivery=Decimal("9.99"),
            cheapest_standard_delivery=Decimal("12.50"),
        ),
    )
    assert d.outcome == Decimal("209.98")


def test_refund_amount_undetermined_without_the_cheapest_option() -> None:
    d = refund(ORDER, STATEMENT_IN, Payments(price=Decimal("10.00"), delivery=Decimal("5.00")))
    assert d.missing == ("payments.cheapest_standard_delivery",)


def test_refund_may_be_withheld_until_goods_or_proof() -> None:
    waiting = refund(ORDER, STATEMENT_IN, Payments(price=Decimal("50.00")))
    assert waiting.may_withhold is True
    assert waiting.payable_by is None
    # proof 15.12, goods 18.12: the proof came first, before the 28.12 deadline
    proof_first = refund(
        ORDER,
        STATEMENT_IN,
        Payments(price=Decimal("50.00")),
        GoodsReturn(
            sent_back_on=date(2026, 12, 14),
            dispatch_proof_received_on=date(2026, 12, 15),
            received_back_on=date(2026, 12, 18),
        ),
    )
    assert proof_first.released_on == date(2026, 12, 15)
    assert proof_first.payable_by == date(2026, 12, 28)
    # goods back only on 5.01.2027, after the deadline: due that day
    late = refund(
        ORDER,
        STATEMENT_IN,
        Payments(price=Decimal("50.00")),
        GoodsReturn(sent_back_on=date(2027, 1, 2), received_back_on=date(2027, 1, 5)),
    )
    assert late.payable_by == date(2027, 1, 5)


def test_no_withholding_for_a_service() -> None:
    service = Contract(subject="service", channel="distance", concluded_on=date(2026, 12, 1))
    d = refund(service, STATEMENT_IN, Payments(price=Decimal("50.00")))
    assert (d.may_withhold, d.payable_by) == (False, date(2026, 12, 28))


def test_return_deadline_fourteen_days_from_withdrawing() -> None:
    # statement sent Wed 9.12.2026 -> day 14 = Wed 23.12.2026
    d = return_deadline(ORDER, STATEMENT_IN, GoodsReturn(sent_back_on=date(2026, 12, 23)))
    assert d.outcome is True
    assert d.deadline == date(2026, 12, 23)
    assert d.timely is True
    late = return_deadline(ORDER, STATEMENT_IN, GoodsReturn(sent_back_on=date(2026, 12, 24)))
    assert late.timely is False


def test_return_deadline_rolls_forward() -> None:
    # sent Thu 10.12.2026 -> day 14 = Thu 24.12 Wigilia -> Mon 28.12.2026
    sent_10th = WithdrawalStatement(sent_on=date(2026, 12, 10), received_on=date(2026, 12, 11))
    assert return_deadline(ORDER, sent_10th).deadline == date(2026, 12, 28)


def test_no_return_when_the_trader_collects() -> None:
    d = return_deadline(ORDER, STATEMENT_IN, GoodsReturn(collection_offered=True))
    assert d.outcome is False
    assert d.deadline is None


def test_refund_statement_before_conclusion_is_invalid() -> None:
    early = WithdrawalStatement(sent_on=date(2026, 11, 30), received_on=date(2026, 12, 2))
    with pytest.raises(InvalidFacts):
        refund(ORDER, early, Payments(price=Decimal("1.00")))


# --- the registry and the record ------------------------------------------------------


def test_rules_are_registered_with_their_versions_and_entries() -> None:
    assert [v.valid_from for v in REGISTRY[PERIOD].versions] == [
        date(2023, 1, 1),
        date(2014, 12, 25),
    ]
    assert [v.valid_from for v in REGISTRY[RIGHT].versions] == [
        date(2023, 1, 1),
        date(2021, 1, 1),
        date(2014, 12, 25),
    ]
    assert len(REGISTRY[EXCLUSIONS].versions) == 2
    for rule_id in (RIGHT, PERIOD, EXCLUSIONS, STATEMENT):
        assert REGISTRY[rule_id].entry is withdrawal
    assert REGISTRY[REFUND].entry is refund
    assert REGISTRY[RETURN].entry is return_deadline
    assert REGISTRY[PERIOD].interpretations
    version = REGISTRY[PERIOD].version_for({KeyDate.CONTRACT_CONCLUDED: date(2022, 12, 31)})
    assert version.valid_until == date(2022, 12, 31)


def test_the_exclusions_docstrings_and_registry_say_the_same_about_their_sources() -> None:
    # LAW.md: docstring and registered interpretation must agree; the project's consolidated
    # text is t.j. Dz.U. 2026 poz. 1244, and pkt 7-14 and ust. 2 (2023 wording) were not read
    # in it, so both must say so.
    interpretations = " ".join(" ".join(i.en.split()) for i in REGISTRY[EXCLUSIONS].interpretations)
    v2023 = REGISTRY[EXCLUSIONS].version_for({KeyDate.CONTRACT_CONCLUDED: date(2023, 1, 1)})
    doc = " ".join((v2023.func.__doc__ or "").split())
    for phrase in (
        "pkt 1-6",
        "Dz.U. 2023 poz. 2759",
        "pkt 7-14 and ust. 2",
        "not checked against the consolidated text Dz.U. 2026 poz. 1244",
    ):
        assert phrase in doc, phrase
        assert phrase in interpretations, phrase


def test_to_json_is_plain() -> None:
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 12, 1)),
        deliveries=received(date(2026, 12, 10)),
        statement_sent_on=date(2026, 12, 28),
    )
    record = json.loads(d.to_json())
    assert record["outcome"] is True
    assert record["deadline"] == "2026-12-28"
    assert record["start_event"] == "possession"
    assert record["timely"] is True
    excluded = json.loads(_claim(GOODS_2026, 4, {}).to_json())
    assert excluded["exclusion"] == 4


# --- properties -------------------------------------------------------------------------

_POLISH_HOLIDAYS = holidays.country_holidays("PL", years=range(2014, 2032))
days_received = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


def _deadline_for(day: date) -> date:
    d = withdrawal(CONSUMER, goods(day), deliveries=received(day))
    assert d.deadline is not None
    return d.deadline


@given(days_received)
def test_the_deadline_is_never_a_day_off(day: date) -> None:
    # checked against the holidays package directly, Saturdays included at any date (1182/71)
    end = _deadline_for(day)
    assert end.weekday() < 5
    assert end not in _POLISH_HOLIDAYS


@given(days_received)
def test_the_deadline_is_never_before_fourteen_days_nor_far_after(day: date) -> None:
    # the longest run of days off is five (e.g. Wigilia on a Wednesday: 24-28 December 2025),
    # so a rolled end moves by at most five days
    end = _deadline_for(day)
    assert day + timedelta(days=14) <= end <= day + timedelta(days=19)


@given(days_received, st.integers(min_value=0, max_value=40))
def test_the_deadline_is_monotone_in_the_delivery_day(day: date, later_by: int) -> None:
    assert _deadline_for(day) <= _deadline_for(day + timedelta(days=later_by))


def test_the_decision_carries_the_buyers_status_it_was_taken_on() -> None:
    # One call answers both questions: the electrician of LAW.md §2 buying a laptop in 2026 is
    # PNPK (art. 7aa ust. 1 UoPK), a company is a trader and has no right (art. 27 UoPK).
    laptop = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
    received = [Delivery(received_on=date(2026, 12, 10))]
    electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
    pnpk = withdrawal(electrician, laptop, deliveries=received)
    assert (pnpk.status, pnpk.available) == (Status.PNPK, True)
    company = withdrawal(Customer.company(), laptop, deliveries=received)
    assert (company.status, company.available) == (Status.TRADER, False)
    unknown = withdrawal(Customer(kind="natural_person"), laptop, deliveries=received)
    assert isinstance(unknown.status, Undetermined)
    assert unknown.missing == ("customer.for_business",)


# --- whole sentences, in each language, from the catalogs -------------------------------
# Goods received on Thu 3.12.2026: day 14 is Thu 17.12.2026, a working day, so nothing rolls;
# the consumer was told of the right by conclusion (a given fact, so art. 29 is "not applied").


def _simple() -> WithdrawalDecision:
    return withdrawal(
        CONSUMER,
        goods(date(2026, 12, 1)),
        deliveries=received(date(2026, 12, 3)),
        information=RightInformation.by_conclusion(),
    )


def test_a_simple_decision_explained_in_ukrainian() -> None:
    assert _simple().explain("uk") == "\n".join(
        [
            "Право на відмову від договору діє до 17 грудня 2026 р.",
            " - Покупець є споживачем, а договір укладено на відстані "
            "(art. 22¹ KC, art. 27 ust. 1 UoPK).",
            " - 14 днів від набуття товару у володіння (3 грудня 2026 р.), не враховуючи цього "
            "дня: строк закінчується 17 грудня 2026 р. "
            "(art. 27 ust. 1 UoPK, art. 28 pkt 1 UoPK, art. 111 § 2 KC).",
            "Не застосовано:",
            " - Жоден виняток з art. 38 UoPK не застосовується: не зазначено фактів для жодного "
            "з pkt 1–14 (art. 38 ust. 1 UoPK).",
            " - Споживача поінформували про право на відмову від договору не пізніше ніж під час "
            "укладення договору, тому art. 29 UoPK не продовжує строк (art. 29 UoPK).",
        ]
    )


def test_a_simple_decision_explained_in_polish() -> None:
    assert _simple().explain("pl") == "\n".join(
        [
            "Prawo odstąpienia od umowy przysługuje do 17 grudnia 2026 r.",
            " - Kupujący jest konsumentem, a umowę zawarto na odległość "
            "(art. 22¹ KC, art. 27 ust. 1 UoPK).",
            " - 14 dni od objęcia towaru w posiadanie (3 grudnia 2026 r.), nie licząc tego dnia: "
            "termin kończy się 17 grudnia 2026 r. "
            "(art. 27 ust. 1 UoPK, art. 28 pkt 1 UoPK, art. 111 § 2 KC).",
            "Nie zastosowano:",
            " - Nie zachodzi żaden wyjątek z art. 38 UoPK: nie wskazano faktów dla żadnego z "
            "pkt 1–14 (art. 38 ust. 1 UoPK).",
            " - Konsumenta poinformowano o prawie odstąpienia najpóźniej przy zawarciu umowy, "
            "więc art. 29 UoPK nie wydłuża terminu (art. 29 UoPK).",
        ]
    )


def test_a_simple_decision_explained_in_english() -> None:
    assert _simple().explain("en") == "\n".join(
        [
            "The right to withdraw from the contract lasts until 17 December 2026.",
            " - The buyer is a consumer and the contract was concluded at a distance "
            "(Art. 22¹ KC, Art. 27(1) UoPK).",
            " - 14 days from taking possession of the goods (3 December 2026), not counting that "
            "day: the period ends on 17 December 2026 "
            "(Art. 27(1) UoPK, Art. 28(1) UoPK, Art. 111 § 2 KC).",
            "Did not apply:",
            " - No exclusion of Art. 38 UoPK applies: no facts were given for any of points 1-14 "
            "(Art. 38(1) UoPK).",
            " - The consumer was told of the right of withdrawal by the time the contract was "
            "concluded, so Art. 29 UoPK does not extend the period (Art. 29 UoPK).",
        ]
    )


def test_the_reasons_name_their_messages_and_keep_their_values() -> None:
    d = _simple()
    assert d.summary.message == "withdrawal.right.lasts"
    assert d.summary.params == {"day": date(2026, 12, 17)}
    allowed, counted = d.reasons
    assert allowed.message == "withdrawal.right.allowed"
    assert counted.message == "calendar.period.counted"
    assert counted.params is not None
    assert (counted.params["n"], counted.params["start"]) == (14, date(2026, 12, 3))
    assert [r.message for r in d.not_applied] == [
        "withdrawal.exclusions.none_claimed",
        "withdrawal.period.informed",
    ]


def test_an_exclusion_explained_in_ukrainian() -> None:
    # pkt 4 (perishable goods) has no further conditions; 2026 wording: art. 38 ust. 1
    d = _claim(GOODS_2026, 4, {})
    assert d.summary.text("uk") == (
        "Права на відмову від договору немає: його виключає art. 38 ust. 1 pkt 4 UoPK."
    )
    assert d.reasons[-1].line("uk") == (
        "Права на відмову від договору немає: товар, що швидко псується або має короткий "
        "строк придатності (art. 38 ust. 1 pkt 4 UoPK)."
    )


def test_a_refund_explained_in_ukrainian() -> None:
    # statement received Thu 3.12.2026; 14 days: Thu 17.12.2026; a service, so nothing to wait for
    service = Contract(subject="service", channel="distance", concluded_on=date(2026, 12, 1))
    statement = WithdrawalStatement(sent_on=date(2026, 12, 2), received_on=date(2026, 12, 3))
    d = refund(service, statement, Payments(price=Decimal("100.00")))
    assert d.summary.text("uk") == (
        "Підприємець повертає споживачеві 100,00\xa0PLN не пізніше 17 грудня 2026 р."
    )


# Art. 38 ust. 1 pkt 1, 13 and 14 (2023 wording) name contracts "za które konsument jest
# zobowiązany do zapłaty ceny": a price above 0 zł is owed, 0 zł is not, and an unknown price
# is not a yes. The 2014 wording (pkt 1, 13) has no such condition.
POINTS_WITH_PRICE = [
    (1, "service", None, FULL_SERVICE),
    (13, "digital_content", "content", DIGITAL_STARTED),
    (14, "service", None, REPAIR),
]


@pytest.mark.parametrize(("point", "subject", "digital", "facts"), POINTS_WITH_PRICE)
def test_a_price_of_zero_owes_no_price_and_one_grosz_does(
    point: int, subject: str, digital: str | None, facts: dict[str, bool]
) -> None:
    def priced(price: str) -> Contract:
        return Contract(
            subject=subject,
            digital=digital,
            channel="distance",
            concluded_on=date(2026, 3, 2),
            price=Decimal(price),
        )

    # 0.00 zł: no price owed, the point fails, the right stays; Mon 2.03.2026 (conclusion,
    # art. 28 pkt 2) not counted, day 14 = Mon 16.03.2026, a working day
    free = _claim(priced("0.00"), point, facts)
    assert free.available is True
    assert free.deadline == date(2026, 3, 16)
    assert "cena wynosi 0 zł" in free.explain("pl")
    # 0.01 zł, the smallest price: owed, every condition met, excluded
    paid = _claim(priced("0.01"), point, facts)
    assert paid.available is False
    assert paid.exclusion is Exclusion(point)
    assert "konsument jest zobowiązany do zapłaty ceny" in paid.explain("pl")


@pytest.mark.parametrize(("point", "subject", "digital", "facts"), POINTS_WITH_PRICE)
def test_an_unknown_price_leaves_the_paid_points_undetermined(
    point: int, subject: str, digital: str | None, facts: dict[str, bool]
) -> None:
    unknown = Contract(
        subject=subject, digital=digital, channel="distance", concluded_on=date(2026, 3, 2)
    )
    d = _claim(unknown, point, facts)
    assert isinstance(d.outcome, Undetermined)
    assert d.missing == ("contract.price",)
    assert "nie podano ceny" in d.explain("pl")


def test_an_unknown_price_and_an_unknown_condition_are_named_together() -> None:
    # pkt 1 (2023): the price comes with the kind of contract, before the conditions
    unknown = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
    known = {k: v for k, v in FULL_SERVICE.items() if k != "acknowledged"}
    d = _claim(unknown, 1, known)
    assert d.missing == ("contract.price", "exclusion.acknowledged")


def test_before_2023_points_1_and_13_need_no_price() -> None:
    # the last day of the 2014 wording, 31.12.2022: no price asked; the first day of the 2023
    # wording, 1.01.2023: the price is asked
    old_1 = {"fully_performed": True, "express_prior_consent": True, "informed_of_loss": True}
    last = Contract(subject="service", channel="distance", concluded_on=date(2022, 12, 31))
    assert _claim(last, 1, old_1).available is False
    first = Contract(subject="service", channel="distance", concluded_on=date(2023, 1, 1))
    assert _claim(first, 1, FULL_SERVICE).missing == ("contract.price",)


# Art. 38 ust. 1 pkt 8 and 14 need a visit the consumer expressly asked for; art. 27 ust. 2
# speaks of a visit "nieumówiona" (unsolicited). One visit cannot be both: the facts are an
# error, not an exclusion that fails.
@pytest.mark.parametrize(
    ("point", "facts"),
    [(8, {"visit_requested": True, "only_requested_work": True}), (14, REPAIR)],
)
def test_a_requested_visit_in_an_unsolicited_visit_is_refused(
    point: int, facts: dict[str, bool]
) -> None:
    def visit(setting: str) -> Contract:
        return Contract(
            subject="service",
            channel="off_premises",
            off_premises_setting=setting,
            concluded_on=date(2026, 3, 2),
            price=PRICE,
        )

    claim = ExclusionClaim.model_validate({"point": point, **facts})
    with pytest.raises(InvalidFacts) as error:
        withdrawal(CONSUMER, visit("unsolicited_visit"), exclusion=claim)
    assert error.value.field == "exclusion.visit_requested"
    # the same claim in another off-premises setting (the requested visit itself) excludes
    assert withdrawal(CONSUMER, visit("other"), exclusion=claim).available is False
    # and a visit NOT requested in an unsolicited visit is consistent: the point fails, the
    # right stays (30 days from conclusion, art. 27 ust. 2: Mon 2.03.2026 + 30 = Wed 1.04.2026)
    unasked = ExclusionClaim.model_validate({"point": point, **facts, "visit_requested": False})
    d = withdrawal(CONSUMER, visit("unsolicited_visit"), exclusion=unasked)
    assert d.available is True
    assert d.deadline == date(2026, 4, 1)


# Art. 29 applies whatever the off-premises setting: with the setting unknown (14 or 30 days,
# art. 27 ust. 2) the deadline is undetermined, but the art. 29 end counted from 14 days is
# the earliest the right can end, and a statement sent by then is in time.
OFF_PREMISES_2023 = Contract(
    subject="goods", channel="off_premises", price=Decimal("100.00"), concluded_on=date(2023, 3, 1)
)
TAKEN_2023 = received(date(2023, 3, 1))


def test_never_informed_with_the_setting_unknown_keeps_art_29() -> None:
    # taken Wed 1.03.2023, not counted: 14 days end Wed 15.03.2023; 12 months more (art. 29
    # ust. 1, art. 112 KC) end Fri 15.03.2024, a working day. (With 30 days: Fri 31.03.2023 +
    # 12 months = Sun 31.03.2024, Easter Monday 1.04 is a holiday, so Tue 2.04.2024.)
    def sent(on: date) -> WithdrawalDecision:
        return withdrawal(
            CONSUMER,
            OFF_PREMISES_2023,
            deliveries=TAKEN_2023,
            information=RightInformation.never(),
            statement_sent_on=on,
        )

    d = sent(date(2024, 3, 15))
    assert d.available is True
    assert d.deadline is None
    assert d.deadline_missing == ("contract.off_premises_setting",)
    text = d.explain("pl")
    assert "art. 29 ust. 1 UoPK" in text
    assert "15 marca 2024" in text
    assert d.timely is True  # on the floor: in time for 14 and 30 days alike
    after = sent(date(2024, 3, 16))  # the day after: in time only with 30 days
    assert isinstance(after.timely, Undetermined)
    assert after.timely.missing == ("contract.off_premises_setting",)


def test_informed_later_with_the_setting_unknown_keeps_art_29() -> None:
    # told Tue 2.05.2023, not counted: 14 days end Tue 16.05.2023 (30 days: Thu 1.06.2023)
    def sent(on: date) -> WithdrawalDecision:
        return withdrawal(
            CONSUMER,
            OFF_PREMISES_2023,
            deliveries=TAKEN_2023,
            information=RightInformation.later(date(2023, 5, 2)),
            statement_sent_on=on,
        )

    d = sent(date(2023, 5, 16))
    assert "art. 29 ust. 2 UoPK" in d.explain("pl")
    assert d.timely is True
    after = sent(date(2023, 5, 17))
    assert isinstance(after.timely, Undetermined)


def test_an_unknown_setting_and_unknown_information_are_named_together() -> None:
    d = withdrawal(
        CONSUMER, OFF_PREMISES_2023, deliveries=TAKEN_2023, information=RightInformation.unknown()
    )
    assert d.deadline_missing == ("contract.off_premises_setting", "information.informed")
    assert "art. 29 UoPK" in d.explain("pl")
    # sent on the 14-day end, Wed 15.03.2023: in time whatever the setting and the information
    timely = withdrawal(
        CONSUMER,
        OFF_PREMISES_2023,
        deliveries=TAKEN_2023,
        information=RightInformation.unknown(),
        statement_sent_on=date(2023, 3, 15),
    )
    assert timely.timely is True


def test_facts_the_pre_2023_wording_does_not_ask_are_said_to_be_ignored() -> None:
    # art. 38 pkt 1 and 13 before 2023 asked neither the acknowledgment nor the confirmation
    # on a durable medium (both came with the 2023 wording): given, they are said unweighed
    old = Contract(subject="service", channel="distance", concluded_on=date(2022, 12, 31))
    d = _claim(old, 1, FULL_SERVICE)
    assert d.available is False
    assert "w brzmieniu sprzed 1 stycznia 2023 r." in d.explain("pl")
    content = Contract(
        subject="digital_content",
        digital="content",
        channel="distance",
        concluded_on=date(2022, 12, 31),
    )
    text = _claim(content, 13, DIGITAL_STARTED).explain("pl")
    assert "Przyjęcie do wiadomości" in text
    assert "potwierdzenia na trwałym nośniku" in text
    # from 1.01.2023 both are conditions, weighed, and nothing is said to be ignored
    assert "w brzmieniu sprzed" not in _claim(DIGITAL_2026, 13, DIGITAL_STARTED).explain("pl")


def test_the_return_period_from_sending_is_said_to_be_an_interpretation() -> None:
    # art. 34 ust. 1 "od dnia, w którym odstąpił": read from sending (Wed 9.12.2026), not from
    # receipt; day 14 = Wed 23.12.2026. The reason says it is a disputed reading, and the rule
    # registers it.
    d = return_deadline(ORDER, STATEMENT_IN)
    assert d.deadline == date(2026, 12, 23)
    text = d.explain("pl")
    assert "Interpretacja: dzień odstąpienia od umowy liczono od wysłania oświadczenia" in text
    assert "sporne" in text
    assert any(i.id == "withdrawal.return.from_sending" for i in REGISTRY[RETURN].interpretations)


# Art. 3 ust. 1 pkt 10 UoPK: the act (but art. 7a) does not apply to an off-premises contract
# under which the consumer must pay no more than 50 zł; "nieprzekraczającej" keeps 50.00 zł
# outside the act and puts 50.01 zł inside it.
def _stall(price: str | None, **extra: object) -> Contract:
    return Contract(
        subject="goods",
        channel="off_premises",
        off_premises_setting="other",
        concluded_on=date(2026, 3, 2),
        price=price,
        **extra,
    )


@pytest.mark.parametrize(
    ("price", "covered"), [("40.00", False), ("50.00", False), ("50.01", True), ("0.00", False)]
)
def test_an_off_premises_contract_of_50_zl_or_less_is_outside_the_act(
    price: str, covered: bool
) -> None:
    d = withdrawal(CONSUMER, _stall(price), deliveries=received(date(2026, 3, 2)))
    assert d.available is covered
    assert "art. 3 ust. 1 pkt 10 UoPK" in d.explain("pl")
    if covered:
        # taken Mon 2.03.2026, not counted: day 14 = Mon 16.03.2026, a working day
        assert d.deadline == date(2026, 3, 16)
    else:
        assert d.deadline is None
        assert "poza art. 7a" in d.explain("pl")


def test_an_off_premises_contract_paid_with_data_only_is_outside_the_act() -> None:
    # nothing to pay in money is "no more than 50 zł"
    free = Contract(
        subject="service",
        channel="off_premises",
        off_premises_setting="other",
        concluded_on=date(2026, 3, 2),
        paid_with_personal_data_only=True,
    )
    assert withdrawal(CONSUMER, free).available is False


def test_an_off_premises_contract_of_unknown_price_is_undetermined() -> None:
    d = withdrawal(CONSUMER, _stall(None), deliveries=received(date(2026, 3, 2)))
    assert isinstance(d.outcome, Undetermined)
    assert d.missing == ("contract.price",)


def test_a_distance_contract_is_not_asked_its_price() -> None:
    # the threshold concerns off-premises contracts only: a 10 zł order at a distance has the
    # right; taken Mon 2.03.2026 + 14 = Mon 16.03.2026
    d = withdrawal(
        CONSUMER,
        goods(date(2026, 3, 2), price=Decimal("10.00")),
        deliveries=received(date(2026, 3, 2)),
    )
    assert d.deadline == date(2026, 3, 16)
    assert "art. 3 ust. 1 pkt 10" not in d.explain("pl")


def test_unknown_status_and_unknown_price_are_named_together() -> None:
    unknown = Customer(kind="natural_person")
    d = withdrawal(unknown, _stall(None))
    assert isinstance(d.outcome, Undetermined)
    assert set(d.missing) == {"customer.for_business", "contract.price"}


def test_the_scope_rule_is_asked_by_withdrawal() -> None:
    assert REGISTRY[SCOPE].entry is withdrawal


# Art. 28 pkt 2 UoPK: water, gas or electricity not sold in a limited volume or set quantity,
# and district heating, are no goods taken into possession: the period runs from conclusion.
def test_utilities_not_sold_in_a_set_volume_run_from_conclusion() -> None:
    # concluded Mon 2.03.2026, not counted: day 14 = Mon 16.03.2026, a working day (no
    # delivery needed, unlike goods, whose period would not have started)
    gas = goods(date(2026, 3, 2), utility_supply=True)
    d = withdrawal(CONSUMER, gas)
    assert d.deadline == date(2026, 3, 16)
    assert d.start_event is StartEvent.CONCLUSION
    assert "art. 28 pkt 2 UoPK" in d.explain("pl")
    # the same contract as ordinary goods: not started until taken into possession
    assert withdrawal(CONSUMER, goods(date(2026, 3, 2))).deadline is None
    with pytest.raises(InvalidFacts) as error:
        withdrawal(CONSUMER, gas, deliveries=received(date(2026, 3, 3)))
    assert error.value.field == "deliveries"
