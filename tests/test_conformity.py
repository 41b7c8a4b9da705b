"""Conformity: regime by contract date and status, liability and presumption periods, the
remedies ladder and the refund deadlines (UoPK ch. 5a/5b; KC art. 556-576).

Every expected date is counted by hand from the article; the comment next to it shows how.
"""

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regulamin.decision import Reason, Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.messages import Lang
from regulamin.models import Contract, Customer, Demand, PersonKind
from regulamin.models.conformity import ConformityFacts, RemedyFacts
from regulamin.registry import REGISTRY, KeyDate
from regulamin.rules.conformity import (
    Regime,
    conformity_liability,
    conformity_regime,
    conformity_remedies,
    reduction_refund_deadline,
    withdrawal_refund_deadline,
)

consumer = Customer.consumer()
company = Customer.company()
# LAW.md §2: an electrician buying a laptop for invoicing: no professional character.
electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)


def goods(concluded_on: date) -> Contract:
    return Contract(subject="goods", channel="distance", concluded_on=concluded_on)


def digital(concluded_on: date, *, continuous: bool = False, paid: bool = True) -> Contract:
    subject = "digital_continuous" if continuous else "digital_content"
    return Contract(
        subject=subject,
        channel="distance",
        concluded_on=concluded_on,
        paid_with_personal_data_only=not paid,
    )


# --- the regime -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("customer", "contract", "regime"),
    [
        (consumer, goods(date(2023, 1, 1)), Regime.UOPK_GOODS),  # ch. 5a from 1.01.2023
        (consumer, goods(date(2022, 12, 31)), Regime.KC_CONSUMER),  # last day of rękojmia
        (consumer, digital(date(2023, 1, 1)), Regime.UOPK_DIGITAL),  # ch. 5b
        (consumer, digital(date(2023, 5, 1), continuous=True), Regime.UOPK_DIGITAL),
        (electrician, goods(date(2023, 1, 1)), Regime.UOPK_GOODS),  # art. 7aa ust. 1
        (electrician, goods(date(2022, 6, 1)), Regime.KC_CONSUMER),  # art. 556⁴ KC
        (electrician, goods(date(2020, 6, 1)), Regime.KC_TRADER),  # no PNPK before 2021
        (company, goods(date(2026, 1, 1)), Regime.KC_TRADER),  # traders: always KC
    ],
)
def test_the_regime_follows_contract_date_and_status(
    customer: Customer, contract: Contract, regime: Regime
) -> None:
    assert conformity_regime(customer, contract).outcome is regime


def test_the_pnpk_route_is_cited() -> None:
    assert "art. 556⁴ KC" in conformity_regime(electrician, goods(date(2022, 6, 1))).explain()
    assert (
        "art. 7aa ust. 1 UoPK" in conformity_regime(electrician, goods(date(2023, 2, 1))).explain()
    )


def test_an_unknown_status_leaves_the_regime_undetermined() -> None:
    unknown = Customer(kind=PersonKind.NATURAL_PERSON)
    decision = conformity_regime(unknown, goods(date(2026, 1, 1)))
    assert decision.missing == ("customer.for_business",)
    liability = conformity_liability(
        unknown,
        goods(date(2026, 1, 1)),
        ConformityFacts(delivered_on=date(2026, 1, 2)),
        date(2026, 2, 1),
    )
    assert liability.missing == ("customer.for_business",)
    assert liability.presumed is None


def test_a_non_digital_service_has_no_conformity_regime_here() -> None:
    service = Contract(subject="service", channel="distance", concluded_on=date(2026, 1, 1))
    with pytest.raises(InvalidFacts, match=r"contract\.subject"):
        conformity_regime(consumer, service)


def test_contracts_before_the_consumer_rights_act_are_not_covered() -> None:
    with pytest.raises(LawNotCovered):
        conformity_regime(consumer, goods(date(2014, 12, 24)))


# --- goods under UoPK (art. 43c) --------------------------------------------------------------


def test_goods_defect_in_month_18_is_still_presumed() -> None:
    # delivered Tue 5.03.2024; art. 43c ust. 1: liability and presumption two years, ending
    # (art. 112 KC) Thu 5.03.2026; a defect on 5.09.2025 (month 18) is within both.
    facts = ConformityFacts(delivered_on=date(2024, 3, 5))
    d = conformity_liability(consumer, goods(date(2024, 3, 1)), facts, date(2025, 9, 5))
    assert d.outcome is True
    assert d.presumed is True
    assert d.regime is Regime.UOPK_GOODS
    assert d.liability_ends == date(2026, 3, 5)
    assert d.presumption_ends == date(2026, 3, 5)
    assert "domniemywa się" in d.explain("pl")


def test_the_same_month_18_defect_under_kc_is_not_presumed() -> None:
    # contract of 2022: rękojmia; art. 556² KC presumes only for a year: delivered 5.03.2022,
    # presumption ends 5.03.2023, liability (art. 568 § 1) 5.03.2024; defect 5.09.2023.
    facts = ConformityFacts(delivered_on=date(2022, 3, 5))
    d = conformity_liability(consumer, goods(date(2022, 3, 1)), facts, date(2023, 9, 5))
    assert (d.outcome, d.presumed) == (True, False)
    assert d.presumption_ends == date(2023, 3, 5)
    assert d.liability_ends == date(2024, 3, 5)


def test_leap_day_delivery_ends_on_28_february_and_is_not_rolled() -> None:
    # delivered Thu 29.02.2024; art. 112 KC: no 29.02 in 2026 -> last day of February,
    # Sat 28.02.2026. A liability period is not a deadline for an act: no art. 115 roll to
    # Mon 2.03, so a defect on Sun 1.03.2026 is outside it.
    facts = ConformityFacts(delivered_on=date(2024, 2, 29))
    on_last_day = conformity_liability(consumer, goods(date(2024, 2, 26)), facts, date(2026, 2, 28))
    assert on_last_day.liability_ends == date(2026, 2, 28)
    assert (on_last_day.outcome, on_last_day.presumed) == (True, True)
    day_after = conformity_liability(consumer, goods(date(2024, 2, 26)), facts, date(2026, 3, 1))
    assert day_after.outcome is False
    assert day_after.presumed is False


def test_a_longer_declared_shelf_life_extends_liability_but_not_the_presumption() -> None:
    # delivered 10.05.2024, shelf life to 10.05.2027: liability to then; the presumption stays
    # two years (to 10.05.2026), so a defect on 1.12.2026 is covered but not presumed.
    facts = ConformityFacts(delivered_on=date(2024, 5, 10), shelf_life_until=date(2027, 5, 10))
    d = conformity_liability(consumer, goods(date(2024, 5, 1)), facts, date(2026, 12, 1))
    assert (d.outcome, d.presumed) == (True, False)
    assert d.liability_ends == date(2027, 5, 10)
    assert d.presumption_ends == date(2026, 5, 10)


def test_fraudulent_concealment_bars_reliance_on_the_period() -> None:
    # delivered 1.03.2023, period ends 1.03.2025; defect appears 1.06.2025.
    contract = goods(date(2023, 2, 20))
    late = date(2025, 6, 1)
    plain = conformity_liability(
        consumer, contract, ConformityFacts(delivered_on=date(2023, 3, 1)), late
    )
    assert plain.outcome is False
    assert "art. 43c ust. 2 UoPK" in plain.explain()  # checked and listed as not applying
    concealed = ConformityFacts(delivered_on=date(2023, 3, 1), fraudulently_concealed=True)
    d = conformity_liability(consumer, contract, concealed, late)
    assert (d.outcome, d.presumed) == (True, False)


def test_used_goods_get_two_years_and_a_shorter_clause_is_void() -> None:
    # art. 43c has no used-goods exception; art. 7 UoPK voids the one-year clause.
    facts = ConformityFacts(
        delivered_on=date(2024, 4, 1),
        used_goods=True,
        contractual_period_months=12,
        liability_excluded=True,
    )
    d = conformity_liability(consumer, goods(date(2024, 3, 28)), facts, date(2025, 10, 1))
    assert d.liability_ends == date(2026, 4, 1)
    assert (d.outcome, d.presumed) == (True, True)
    # both clauses void (art. 7 UoPK); art. 115 KC, checked and not applied, comes last
    assert [r.basis[0].pl() for r in d.not_applied] == [
        "art. 7 UoPK",
        "art. 7 UoPK",
        "art. 115 KC",
    ]


# --- digital content and services under UoPK (art. 43l) ---------------------------------------


def test_digital_one_off_defect_in_month_13_is_covered_but_not_presumed() -> None:
    # supplied 10.01.2024; art. 43l: liability two years (to 10.01.2026), presumption one year
    # (to 10.01.2025); a defect on 10.02.2025 (month 13): liable, burden on the consumer.
    facts = ConformityFacts(delivered_on=date(2024, 1, 10))
    d = conformity_liability(consumer, digital(date(2024, 1, 10)), facts, date(2025, 2, 10))
    assert (d.outcome, d.presumed) == (True, False)
    assert d.liability_ends == date(2026, 1, 10)
    assert d.presumption_ends == date(2025, 1, 10)
    assert "konsument" in d.summary.text("pl")


def test_continuous_supply_covers_the_supply_period() -> None:
    contract = digital(date(2024, 1, 1), continuous=True)
    facts = ConformityFacts(delivered_on=date(2024, 1, 1), supply_ends_on=date(2024, 12, 31))
    during = conformity_liability(consumer, contract, facts, date(2024, 11, 15))
    assert (during.outcome, during.presumed) == (True, True)
    assert during.liability_ends == during.presumption_ends == date(2024, 12, 31)
    # appeared Thu 2.01.2025, after supply ended 31.12.2024: art. 43l ust. 3 still covers a
    # non-conformity that occurred during supply, so when it occurred decides
    after = conformity_liability(consumer, contract, facts, date(2025, 1, 2))
    assert after.missing == ("conformity.occurred_on",)
    occurred_after = facts.model_copy(update={"occurred_on": date(2025, 1, 1)})
    after = conformity_liability(consumer, contract, occurred_after, date(2025, 1, 2))
    assert after.outcome is False


@pytest.mark.parametrize(
    "exception", ["incompatible_environment_disclosed", "consumer_refused_cooperation"]
)
def test_digital_presumption_falls_away_on_art_43l_ust_5(exception: str) -> None:
    contract = digital(date(2024, 1, 1), continuous=True)
    facts = ConformityFacts(
        delivered_on=date(2024, 1, 1), supply_ends_on=date(2024, 12, 31), **{exception: True}
    )
    d = conformity_liability(consumer, contract, facts, date(2024, 11, 15))
    assert (d.outcome, d.presumed) == (True, False)
    assert "art. 43l ust. 5 UoPK" in d.explain()


def test_continuous_supply_without_its_end_is_undetermined() -> None:
    contract = digital(date(2024, 1, 1), continuous=True)
    d = conformity_liability(
        consumer, contract, ConformityFacts(delivered_on=date(2024, 1, 1)), date(2024, 3, 1)
    )
    assert d.missing == ("conformity.supply_ends_on",)
    with pytest.raises(TypeError):
        bool(d.outcome)


def test_contradictory_digital_facts_are_refused() -> None:
    one_off = digital(date(2024, 1, 1))
    with pytest.raises(InvalidFacts, match="shelf_life_until"):
        conformity_liability(
            consumer,
            one_off,
            ConformityFacts(delivered_on=date(2024, 1, 1), shelf_life_until=date(2027, 1, 1)),
            date(2024, 3, 1),
        )
    with pytest.raises(InvalidFacts, match="supply_ends_on"):
        conformity_liability(
            consumer,
            one_off,
            ConformityFacts(delivered_on=date(2024, 1, 1), supply_ends_on=date(2025, 1, 1)),
            date(2024, 3, 1),
        )


# --- rękojmia under KC (art. 556-576) ---------------------------------------------------------


def test_kc_consumer_presumption_is_one_year() -> None:
    # delivered Wed 15.06.2021; art. 556²: presumption to 15.06.2022 inclusive; art. 568 § 1:
    # liability to 15.06.2023. 16.06.2022 (Corpus Christi, irrelevant: no roll) is outside.
    facts = ConformityFacts(delivered_on=date(2021, 6, 15))
    contract = goods(date(2021, 6, 10))
    last = conformity_liability(consumer, contract, facts, date(2022, 6, 15))
    after = conformity_liability(consumer, contract, facts, date(2022, 6, 16))
    assert (last.outcome, last.presumed) == (True, True)
    assert (after.outcome, after.presumed) == (True, False)
    assert last.presumption_ends == date(2022, 6, 15)
    assert last.liability_ends == date(2023, 6, 15)


def test_kc_used_goods_to_a_consumer_may_be_limited_to_one_year() -> None:
    # art. 568 § 1 zd. 2: delivered 1.04.2020, limited to 12 months -> liability to 1.04.2021.
    contract = goods(date(2020, 3, 30))
    used = ConformityFacts(  # a used movable (the limit is for movables)
        delivered_on=date(2020, 4, 1), used_goods=True, contractual_period_months=12,
        immovable=False,
    )
    d = conformity_liability(consumer, contract, used, date(2021, 5, 1))
    assert d.liability_ends == date(2021, 4, 1)
    assert d.outcome is False
    # the same clause for new goods does not bind: two years, to 1.04.2022
    new = ConformityFacts(delivered_on=date(2020, 4, 1), contractual_period_months=12)
    d = conformity_liability(consumer, contract, new, date(2021, 5, 1))
    assert (d.liability_ends, d.outcome) == (date(2022, 4, 1), True)


def test_kc_limitation_below_a_year_is_void_for_used_goods_too() -> None:
    # interpretation: a 6-month clause does not bind at all -> two years, to 1.04.2022
    used = ConformityFacts(
        delivered_on=date(2020, 4, 1), used_goods=True, contractual_period_months=6
    )
    d = conformity_liability(consumer, goods(date(2020, 3, 30)), used, date(2021, 5, 1))
    assert (d.liability_ends, d.outcome) == (date(2022, 4, 1), True)


def test_b2b_exclusion_is_valid_unless_the_defect_was_fraudulently_concealed() -> None:
    # art. 558 § 1 KC: traders may exclude rękojmia; § 2: not if the seller concealed the defect
    contract = goods(date(2026, 1, 10))
    excluded = ConformityFacts(delivered_on=date(2026, 1, 12), liability_excluded=True)
    d = conformity_liability(company, contract, excluded, date(2026, 2, 1))
    assert d.outcome is False
    assert d.liability_ends is None
    assert d.regime is Regime.KC_TRADER
    assert "art. 558 § 1 KC" in d.explain()
    concealed = excluded.model_copy(update={"fraudulently_concealed": True})
    d = conformity_liability(company, contract, concealed, date(2026, 2, 1))
    assert d.outcome is True
    assert d.presumed is False  # no presumption between traders (art. 556² is for consumers)
    assert d.presumption_ends is None
    assert "art. 558 § 2 KC" in d.explain()


@pytest.mark.parametrize(
    ("customer", "concluded_on"),
    [(consumer, date(2020, 5, 1)), (electrician, date(2022, 5, 1))],  # PNPK: art. 556⁴ KC
)
def test_the_b2b_exclusion_does_not_bind_a_consumer_or_a_pnpk(
    customer: Customer, concluded_on: date
) -> None:
    facts = ConformityFacts(delivered_on=concluded_on, liability_excluded=True)
    d = conformity_liability(customer, goods(concluded_on), facts, date(concluded_on.year, 9, 1))
    assert d.regime is Regime.KC_CONSUMER
    assert (d.outcome, d.presumed) == (True, True)
    assert any("wyłączenie" in r.text("pl") for r in d.not_applied)


def test_b2b_limitation_binds_unless_fraud() -> None:
    # delivered 12.01.2026, limited to 12 months -> to 12.01.2027; defect 1.02.2027
    contract = goods(date(2026, 1, 10))
    limited = ConformityFacts(delivered_on=date(2026, 1, 12), contractual_period_months=12)
    d = conformity_liability(company, contract, limited, date(2027, 2, 1))
    assert (d.liability_ends, d.outcome) == (date(2027, 1, 12), False)
    concealed = limited.model_copy(update={"fraudulently_concealed": True})
    d = conformity_liability(company, contract, concealed, date(2027, 2, 1))
    assert d.outcome is True  # art. 558 § 2, art. 568 § 6 KC


def test_dates_that_contradict_each_other_are_refused() -> None:
    with pytest.raises(InvalidFacts, match="appeared_on"):
        conformity_liability(
            consumer,
            goods(date(2024, 1, 1)),
            ConformityFacts(delivered_on=date(2024, 1, 5)),
            date(2024, 1, 4),
        )
    with pytest.raises(InvalidFacts, match="delivered_on"):
        conformity_liability(
            consumer,
            goods(date(2024, 1, 10)),
            ConformityFacts(delivered_on=date(2024, 1, 5)),
            date(2024, 2, 1),
        )
    with pytest.raises(ValidationError, match="supply_ends_on"):
        ConformityFacts(delivered_on=date(2024, 1, 5), supply_ends_on=date(2024, 1, 4))


# --- properties -------------------------------------------------------------------------------

delivery_days = st.dates(min_value=date(2023, 1, 1), max_value=date(2030, 12, 31))
offsets = st.integers(min_value=0, max_value=4 * 366)


def _two_years_after(day: date) -> date:
    # art. 112 KC by hand: same day and month two years later, or the month's last day
    year = day.year + 2
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


@given(delivered=delivery_days, offset=offsets, digital_content=st.booleans(), kc=st.booleans())
def test_presumption_never_outlasts_liability_and_presumed_implies_liable(
    delivered: date, offset: int, digital_content: bool, kc: bool
) -> None:
    concluded = date(2022, 1, 1) if kc else date(2023, 1, 1)
    contract = digital(concluded) if digital_content else goods(concluded)
    appeared = date.fromordinal(delivered.toordinal() + offset)
    movable = ConformityFacts(delivered_on=delivered, immovable=False if kc else None)
    d = conformity_liability(consumer, contract, movable, appeared)
    assert d.liability_ends is not None
    assert d.presumption_ends is not None
    assert d.presumption_ends <= d.liability_ends
    assert not d.presumed or d.outcome is True
    assert d.outcome is (appeared <= d.liability_ends)


@given(delivered=delivery_days, digital_content=st.booleans())
def test_liability_periods_are_never_rolled_forward(delivered: date, digital_content: bool) -> None:
    # whatever weekday or holiday the end falls on, it is the plain art. 112 KC date
    contract = digital(date(2023, 1, 1)) if digital_content else goods(date(2023, 1, 1))
    d = conformity_liability(consumer, contract, ConformityFacts(delivered_on=delivered), delivered)
    assert d.liability_ends == _two_years_after(delivered)


# --- the remedies ladder ----------------------------------------------------------------------

R = Demand


def test_goods_start_with_repair_or_replacement() -> None:
    d = conformity_remedies(consumer, goods(date(2024, 1, 1)), RemedyFacts())
    assert d.outcome == (R.REPAIR, R.REPLACEMENT)
    assert d.second_step_open is False
    # each of the five cases of art. 43e ust. 1 is listed as not (yet) met
    assert [r.basis[0].point for r in d.not_applied[1:]] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(
    ("flag", "point"),
    [
        ("trader_refused", "1"),
        ("not_brought_into_conformity", "2"),
        ("persists_after_attempt", "3"),
        ("serious_enough_to_skip_first_step", "4"),
        ("trader_clearly_will_not", "5"),
    ],
)
def test_each_case_of_art_43e_opens_the_second_step(flag: str, point: str) -> None:
    d = conformity_remedies(consumer, goods(date(2024, 1, 1)), RemedyFacts(**{flag: True}))
    assert d.second_step_open is True
    assert isinstance(d.outcome, tuple)
    assert R.PRICE_REDUCTION in d.outcome and R.WITHDRAWAL in d.outcome
    assert f"art. 43e ust. 1 pkt {point} UoPK" in d.explain()


def test_a_lawful_refusal_removes_the_first_step() -> None:
    d = conformity_remedies(consumer, goods(date(2024, 1, 1)), RemedyFacts(trader_refused=True))
    assert d.outcome == (R.PRICE_REDUCTION, R.WITHDRAWAL)


def test_no_withdrawal_for_a_proven_insignificant_non_conformity() -> None:
    # art. 43e ust. 4: significance is presumed; only a proven insignificance bars withdrawal
    situation = RemedyFacts(persists_after_attempt=True, shown_insignificant=True)
    d = conformity_remedies(consumer, goods(date(2024, 1, 1)), situation)
    assert d.outcome == (R.REPAIR, R.REPLACEMENT, R.PRICE_REDUCTION)
    assert "art. 43e ust. 4 UoPK" in d.explain()


def test_digital_ladder_and_the_price_condition() -> None:
    situation = RemedyFacts(persists_after_attempt=True, shown_insignificant=True)
    paid = conformity_remedies(consumer, digital(date(2024, 1, 1)), situation)
    assert paid.outcome == (R.BRING_INTO_CONFORMITY, R.PRICE_REDUCTION)
    # art. 43n ust. 3: the significance bar only where a price is paid; no price to reduce
    data = conformity_remedies(consumer, digital(date(2024, 1, 1), paid=False), situation)
    assert data.outcome == (R.BRING_INTO_CONFORMITY, R.WITHDRAWAL)
    assert "art. 43n ust. 1 pkt 3 UoPK" in data.explain()


def test_the_ladder_is_for_uopk_contracts_only() -> None:
    with pytest.raises(LawNotCovered):
        conformity_remedies(company, goods(date(2024, 1, 1)), RemedyFacts())
    with pytest.raises(LawNotCovered):
        conformity_remedies(consumer, goods(date(2022, 12, 31)), RemedyFacts())


# --- refunds ----------------------------------------------------------------------------------


def test_reduction_refund_rolls_past_christmas_2026() -> None:
    # received Thu 10.12.2026; day 1 = 11.12; day 14 = Thu 24.12 = Wigilia (holiday since
    # 2025) -> 25, 26 holidays, 27 Sunday -> Mon 28.12.2026 (art. 43e ust. 3, art. 115 KC)
    d = reduction_refund_deadline(consumer, goods(date(2026, 11, 20)), date(2026, 12, 10))
    assert d.outcome == d.deadline == date(2026, 12, 28)
    assert "art. 115 KC" in d.explain()


def test_reduction_refund_in_2024_ends_on_wigilia() -> None:
    # received Tue 10.12.2024; day 14 = Tue 24.12.2024, then a working day: no roll
    d = reduction_refund_deadline(consumer, goods(date(2024, 11, 20)), date(2024, 12, 10))
    assert d.deadline == date(2024, 12, 24)
    assert "art. 115 KC" not in d.explain()


def test_digital_reduction_refund_rolls_past_a_saturday() -> None:
    # received Sat 7.03.2026; day 14 = Sat 21.03.2026 -> Mon 23.03.2026 (art. 43o ust. 6)
    d = reduction_refund_deadline(consumer, digital(date(2026, 3, 1)), date(2026, 3, 7))
    assert d.deadline == date(2026, 3, 23)
    assert "art. 43o ust. 6 UoPK" in d.explain()


def test_withdrawal_refund_runs_from_the_earlier_of_goods_or_proof() -> None:
    # art. 43e ust. 6: proof of dispatch Wed 15.04.2026 comes before the goods (20.04):
    # day 14 = Wed 29.04.2026
    d = withdrawal_refund_deadline(
        consumer,
        goods(date(2026, 3, 1)),
        date(2026, 4, 10),
        goods_received_on=date(2026, 4, 20),
        dispatch_proof_received_on=date(2026, 4, 15),
    )
    assert d.deadline == date(2026, 4, 29)
    assert "dowodu odesłania" in d.explain()


def test_withdrawal_refund_needs_goods_or_proof() -> None:
    d = withdrawal_refund_deadline(consumer, goods(date(2026, 3, 1)), date(2026, 4, 10))
    assert d.missing == ("goods_received_on", "dispatch_proof_received_on")


def test_digital_withdrawal_refund_rolls_past_may_day() -> None:
    # statement received Fri 17.04.2026; day 14 = Fri 1.05 (Święto Pracy) -> Sat 2.05,
    # Sun 3.05 (Święto Konstytucji) -> Mon 4.05.2026
    d = withdrawal_refund_deadline(consumer, digital(date(2026, 3, 1)), date(2026, 4, 17))
    assert d.deadline == date(2026, 5, 4)


def test_refund_facts_that_contradict_are_refused() -> None:
    with pytest.raises(InvalidFacts, match="paid_with_personal_data_only"):
        reduction_refund_deadline(consumer, digital(date(2026, 3, 1), paid=False), date(2026, 4, 1))
    with pytest.raises(InvalidFacts, match="statement_received_on"):
        reduction_refund_deadline(consumer, goods(date(2026, 3, 1)), date(2026, 2, 1))


def test_undetermined_status_leaves_refund_undetermined() -> None:
    unknown = Customer(kind=PersonKind.NATURAL_PERSON)
    d = reduction_refund_deadline(unknown, goods(date(2026, 3, 1)), date(2026, 4, 1))
    assert isinstance(d.outcome, Undetermined)
    assert d.deadline is None


# --- registry ---------------------------------------------------------------------------------


def test_rules_are_registered_with_their_versions_and_interpretations() -> None:
    regime = REGISTRY["conformity.regime"]
    assert [v.valid_from for v in regime.versions] == [date(2023, 1, 1), date(2014, 12, 25)]
    assert all(v.keyed_on is KeyDate.CONTRACT_CONCLUDED for v in regime.versions)
    assert regime.entry is conformity_regime.entry  # the declared rule's own entry function
    assert REGISTRY["conformity.liability"].entry is conformity_liability.entry
    assert REGISTRY["conformity.rekojmia"].interpretations
    assert REGISTRY["conformity.goods"].interpretations
    for rule_id in ("conformity.goods", "conformity.digital", "conformity.remedies"):
        assert REGISTRY[rule_id].versions[0].valid_from == date(2023, 1, 1)


def test_decisions_serialise_with_their_extra_fields() -> None:
    facts = ConformityFacts(delivered_on=date(2024, 3, 5))
    d = conformity_liability(consumer, goods(date(2024, 3, 1)), facts, date(2025, 9, 5))
    record = d.as_dict()
    assert record["regime"] == "uopk_goods"
    assert record["liability_ends"] == "2026-03-05"
    assert record["presumed"] is True
    assert "5 września 2025 r." in d.explain("pl")


# --- continuous supply: "wystąpił lub ujawnił się" (art. 43l ust. 3 UoPK) ----------------------

# The facts of the legal review: a subscription concluded 1.03.2023, supplied from Thu 2.03.2023
# to Fri 1.09.2023; the non-conformity appears on Sat 2.09.2023, the day after supply ended.
SUBSCRIPTION = digital(date(2023, 3, 1), continuous=True)
SUPPLY = ConformityFacts(delivered_on=date(2023, 3, 2), supply_ends_on=date(2023, 9, 1))
DAY_AFTER_SUPPLY = date(2023, 9, 2)


def _basis(reasons: tuple[Reason, ...]) -> list[str]:
    return [c.pl() for r in reasons for c in r.basis]


def test_continuous_supply_defect_occurring_during_supply_engages_liability_unpresumed() -> None:
    # art. 43l ust. 3: liable for non-conformity that OCCURRED or appeared during supply; it
    # occurred on 20.08.2023 (within 2.03-1.09.2023), so liable although it appeared later; the
    # presumption covers only one that appeared during supply, so the consumer proves it.
    facts = SUPPLY.model_copy(update={"occurred_on": date(2023, 8, 20)})
    d = conformity_liability(consumer, SUBSCRIPTION, facts, DAY_AFTER_SUPPLY)
    assert (d.outcome, d.presumed) == (True, False)
    assert d.liability_ends == d.presumption_ends == date(2023, 9, 1)
    assert "art. 43l ust. 3 UoPK" in _basis(d.reasons)
    assert "wystąpił on w okresie dostarczania" in d.summary.text("pl")


def test_continuous_supply_defect_appearing_after_supply_needs_when_it_occurred() -> None:
    # appeared 2.09.2023, after supply; whether it occurred by 1.09.2023 decides: not a "no"
    d = conformity_liability(consumer, SUBSCRIPTION, SUPPLY, DAY_AFTER_SUPPLY)
    assert d.missing == ("conformity.occurred_on",)
    assert d.presumed is False  # appeared after supply: no presumption either way
    assert "art. 43l ust. 3 UoPK" in _basis(d.reasons)
    assert "art. 43l ust. 1 UoPK" not in d.explain()


def test_continuous_supply_defect_occurring_after_supply_is_not_covered() -> None:
    # occurred 2.09.2023 and appeared 2.09.2023: neither within 2.03-1.09.2023
    facts = SUPPLY.model_copy(update={"occurred_on": DAY_AFTER_SUPPLY})
    d = conformity_liability(consumer, SUBSCRIPTION, facts, DAY_AFTER_SUPPLY)
    assert (d.outcome, d.presumed) == (False, False)
    assert "art. 43l ust. 3 UoPK" in _basis(d.reasons)
    assert "art. 43l ust. 1 UoPK" not in d.explain()  # the one-off provision (finding M4)


def test_occurred_on_that_contradicts_the_other_facts_is_refused() -> None:
    with pytest.raises(InvalidFacts, match=r"conformity\.occurred_on"):
        conformity_liability(  # a non-conformity cannot appear before it occurs
            consumer,
            SUBSCRIPTION,
            SUPPLY.model_copy(update={"occurred_on": date(2023, 9, 3)}),
            DAY_AFTER_SUPPLY,
        )
    with pytest.raises(InvalidFacts, match=r"conformity\.occurred_on"):
        conformity_liability(  # art. 43c counts from delivery only: the fact has no use there
            consumer,
            goods(date(2024, 1, 1)),
            ConformityFacts(delivered_on=date(2024, 1, 2), occurred_on=date(2024, 2, 1)),
            date(2024, 3, 1),
        )
    with pytest.raises(ValidationError, match="occurred_on"):
        ConformityFacts(delivered_on=date(2024, 1, 5), occurred_on=date(2024, 1, 4))


def test_continuous_supply_presumption_is_the_supply_period_not_one_year() -> None:
    # supplied 2.03-1.09.2023; the contract promises 24 months of liability: 2.03.2023 + 24
    # months = 2.03.2025 (art. 112 KC). A defect appearing 10.01.2024 is within the promise but
    # after supply: liable by contract, not presumed (art. 43l ust. 3 zd. 2: the presumption is
    # the supply period), and nothing speaks of the one-off supply's one-year presumption.
    facts = SUPPLY.model_copy(update={"contractual_period_months": 24})
    d = conformity_liability(consumer, SUBSCRIPTION, facts, date(2024, 1, 10))
    assert (d.outcome, d.presumed) == (True, False)
    assert d.liability_ends == date(2025, 3, 2)
    assert d.presumption_ends == date(2023, 9, 1)
    text = d.explain("pl") + d.explain("en")
    assert "roczn" not in text and "one-year" not in text
    assert "art. 43l ust. 1 zd. 2 UoPK" not in text  # the one-off presumption


# --- goods with continuously supplied digital elements (art. 43c ust. 3 UoPK) ----------------

# A smart device concluded 1.03.2023 and delivered 2.03.2023, its digital elements supplied until
# 31.03.2026. Art. 43c ust. 1: two years from delivery end 2.03.2025 (art. 112 KC); ust. 3: the
# digital elements are covered for the whole supply period, at least two years, so to 31.03.2026.
# A non-conformity of the digital elements appears on 1.04.2026, the day after.
SMART_DEVICE = goods(date(2023, 3, 1))
DEVICE_SUPPLY = ConformityFacts(
    delivered_on=date(2023, 3, 2),
    supply_ends_on=date(2026, 3, 31),
    digital_elements_nonconforming=True,  # the part art. 43c ust. 3 extends
)
DAY_AFTER_DEVICE_SUPPLY = date(2026, 4, 1)


def test_digital_elements_defect_appearing_after_supply_needs_when_it_occurred() -> None:
    # art. 43c ust. 3: liable for what OCCURRED or appeared by 31.03.2026; it appeared after,
    # so whether it occurred by then decides: not a "no"; no presumption, as it appeared later
    d = conformity_liability(consumer, SMART_DEVICE, DEVICE_SUPPLY, DAY_AFTER_DEVICE_SUPPLY)
    assert d.missing == ("conformity.occurred_on",)
    assert d.presumed is False
    assert d.liability_ends == d.presumption_ends == date(2026, 3, 31)
    assert "art. 43c ust. 3 UoPK" in _basis(d.reasons)
    assert "art. 43l" not in d.explain()  # the digital-content chapter is not the basis


def test_digital_elements_defect_occurring_during_supply_engages_liability_unpresumed() -> None:
    # occurred 20.03.2026, within the supply period (to 31.03.2026), appeared 1.04.2026: liable
    # (art. 43c ust. 3), but the presumption covers only what appeared during it
    facts = DEVICE_SUPPLY.model_copy(update={"occurred_on": date(2026, 3, 20)})
    d = conformity_liability(consumer, SMART_DEVICE, facts, DAY_AFTER_DEVICE_SUPPLY)
    assert (d.outcome, d.presumed) == (True, False)
    assert d.liability_ends == d.presumption_ends == date(2026, 3, 31)
    assert "art. 43c ust. 3 UoPK" in _basis(d.reasons)
    assert "wystąpił on w okresie dostarczania elementów cyfrowych" in d.summary.text("pl")
    assert "chyba że" not in d.summary.text("pl")


def test_digital_elements_defect_occurring_after_supply_is_not_covered() -> None:
    # occurred 1.04.2026 and appeared 1.04.2026: both after 31.03.2026 (and after 2.03.2025);
    # only fraudulent concealment (art. 43c ust. 2), not given, could change that
    facts = DEVICE_SUPPLY.model_copy(update={"occurred_on": DAY_AFTER_DEVICE_SUPPLY})
    d = conformity_liability(consumer, SMART_DEVICE, facts, DAY_AFTER_DEVICE_SUPPLY)
    assert (d.outcome, d.presumed) == (False, False)
    assert "art. 43c ust. 3 UoPK" in _basis(d.reasons)
    assert "chyba że wykazano podstępne zatajenie braku zgodności" in d.summary.text("pl")


def test_digital_elements_supplied_for_less_than_two_years_are_covered_for_two() -> None:
    # supply 2.03.2023-1.03.2024, shorter than two years: ust. 3 still covers what occurred or
    # appeared within two years of delivery, to 2.03.2025 (art. 112 KC).
    facts = ConformityFacts(
        delivered_on=date(2023, 3, 2), supply_ends_on=date(2024, 3, 1),
        digital_elements_nonconforming=True,
    )
    # appeared 1.06.2024, after the supply but within two years: liable and presumed
    within = conformity_liability(consumer, SMART_DEVICE, facts, date(2024, 6, 1))
    assert (within.outcome, within.presumed) == (True, True)
    assert within.liability_ends == within.presumption_ends == date(2025, 3, 2)
    # appeared 3.03.2025, the day after the two years: when it occurred decides
    late = date(2025, 3, 3)
    assert conformity_liability(consumer, SMART_DEVICE, facts, late).missing == (
        "conformity.occurred_on",
    )
    # occurred 1.02.2025, within the two years: liable, not presumed
    occurred = facts.model_copy(update={"occurred_on": date(2025, 2, 1)})
    d = conformity_liability(consumer, SMART_DEVICE, occurred, late)
    assert (d.outcome, d.presumed) == (True, False)


def test_a_shelf_life_beyond_the_supply_still_decides_first() -> None:
    # shelf life to 30.06.2026 (art. 43c ust. 1) outlasts the supply (to 31.03.2026): a defect
    # appearing 1.04.2026 is within liability for goods existing at delivery, with no need to
    # know when it occurred; the presumption ended with the supply (31.03.2026)
    facts = DEVICE_SUPPLY.model_copy(update={"shelf_life_until": date(2026, 6, 30)})
    d = conformity_liability(consumer, SMART_DEVICE, facts, DAY_AFTER_DEVICE_SUPPLY)
    assert (d.outcome, d.presumed) == (True, False)
    assert d.liability_ends == date(2026, 6, 30)
    assert d.presumption_ends == date(2026, 3, 31)


def test_the_digital_elements_interpretation_speaks_of_occurrence() -> None:
    texts = [i.en for i in REGISTRY["conformity.goods"].interpretations]
    reading = next(t for t in texts if "art. 43c(3)" in t)
    assert "occurred or appeared" in reading
    assert "conformity.occurred_on" in reading


# --- burden of proof: fraudulent concealment not given (art. 43c ust. 2 UoPK, 558 § 2 KC) -------


def test_b2b_exclusion_says_unless_fraudulent_concealment_is_shown() -> None:
    # art. 558 § 1 KC: traders may exclude rękojmia; § 2: not if the seller concealed the
    # defect, a fact not given here: the answer is "no, unless concealment is shown".
    facts = ConformityFacts(delivered_on=date(2023, 3, 2), liability_excluded=True)
    d = conformity_liability(company, goods(date(2023, 3, 1)), facts, date(2023, 4, 1))
    assert d.outcome is False
    assert "chyba że wykazano podstępne zatajenie wady" in d.summary.text("pl")
    assert "unless fraudulent concealment is shown" in d.summary.text("en")


def test_uopk_goods_a_day_too_late_says_unless_fraudulent_concealment_is_shown() -> None:
    # delivered 1.03.2023 + 2 years = 1.03.2025 (art. 43c ust. 1, art. 112 KC); a defect on
    # 2.03.2025 is outside, unless the trader concealed it (ust. 2)
    facts = ConformityFacts(delivered_on=date(2023, 3, 1))
    d = conformity_liability(consumer, goods(date(2023, 2, 20)), facts, date(2025, 3, 2))
    assert d.outcome is False
    assert "chyba że wykazano podstępne zatajenie braku zgodności" in d.summary.text("pl")
    assert "unless fraudulent concealment is shown" in d.summary.text("en")


def test_kc_consumer_period_expiry_says_unless_fraudulent_concealment_is_shown() -> None:
    # delivered 15.06.2021 + 2 years = 15.06.2023 (art. 568 § 1, a movable); found 16.06.2023
    facts = ConformityFacts(delivered_on=date(2021, 6, 15), immovable=False)
    d = conformity_liability(consumer, goods(date(2021, 6, 10)), facts, date(2023, 6, 16))
    assert d.outcome is False
    assert "chyba że wykazano podstępne zatajenie wady" in d.summary.text("pl")


def test_no_concealment_caveat_where_it_would_change_nothing() -> None:
    # liable anyway (month 18 under art. 43c): concealment adds nothing
    liable = conformity_liability(
        consumer,
        goods(date(2024, 3, 1)),
        ConformityFacts(delivered_on=date(2024, 3, 5)),
        date(2025, 9, 5),
    )
    assert "zatajenie" not in liable.summary.text("pl")
    # continuous supply: liability is the supply period (art. 43l ust. 3), which concealment
    # does not lengthen (art. 43l ust. 2 speaks of the period of ust. 1); supplied
    # 10.01.2024-31.12.2024, a defect appearing and occurring 2.01.2025 is outside
    continuous_late = conformity_liability(
        consumer,
        digital(date(2024, 1, 10), continuous=True),
        ConformityFacts(delivered_on=date(2024, 1, 10), supply_ends_on=date(2024, 12, 31),
                        occurred_on=date(2025, 1, 2)),
        date(2025, 1, 2),
    )
    assert continuous_late.outcome is False
    assert "zatajenie" not in continuous_late.summary.text("pl")


def test_the_burden_of_proof_defaults_are_registered_interpretations() -> None:
    for rule_id in ("conformity.goods", "conformity.rekojmia"):
        texts = [i.en for i in REGISTRY[rule_id].interpretations]
        assert any("conformity.fraudulently_concealed" in t for t in texts), rule_id
    rekojmia = " ".join(i.en for i in REGISTRY["conformity.rekojmia"].interpretations)
    assert "conformity.used_goods" in rekojmia
    assert "conformity.liability_excluded" in rekojmia


# --- wording (findings M3, m5) -----------------------------------------------------------------


def test_a_refusal_of_repair_and_replacement_cites_art_43d_ust_2_zd_2() -> None:
    # art. 43d ust. 2 zd. 2: the trader may refuse when repair and replacement are both
    # impossible or disproportionate (zd. 1 is swapping one for the other; ust. 3 weighs the
    # costs). For digital content the refusal is art. 43m ust. 2.
    refused = RemedyFacts(trader_refused=True)
    goods_refusal = conformity_remedies(consumer, goods(date(2024, 1, 1)), refused)
    assert "art. 43d ust. 2 zd. 2 UoPK" in goods_refusal.explain()
    assert "art. 43d ust. 3 UoPK" not in goods_refusal.explain()
    digital_refusal = conformity_remedies(consumer, digital(date(2024, 1, 1)), refused)
    assert "art. 43m ust. 2 UoPK" in digital_refusal.explain()


def test_the_goods_expiry_names_its_last_day_and_art_115_is_listed_as_not_applied() -> None:
    # delivered Thu 29.02.2024 -> last day Sat 28.02.2026 (art. 112 KC); a defect on 1.03.2026
    facts = ConformityFacts(delivered_on=date(2024, 2, 29))
    d = conformity_liability(consumer, goods(date(2024, 2, 26)), facts, date(2026, 3, 1))
    assert "po upływie terminu odpowiedzialności (28 lutego 2026 r.)" in d.explain("pl")
    # art. 115 KC was checked and does not apply: it belongs among the reasons not applied
    assert "art. 115 KC" not in _basis(d.reasons)
    assert "art. 115 KC" in _basis(d.not_applied)


# --- the sentences, whole, in each language (written out from the catalogs by hand) ----------

REGIME_EXPLAINED: dict[Lang, str] = {
    "pl": (
        "Do umowy stosuje się: niezgodność towaru z umową według rozdziału 5a ustawy o prawach "
        "konsumenta.\n"
        " - Kupujący jest w tej umowie: konsument.\n"
        " - Umowę dotyczącą towaru zawarto 10 stycznia 2025 r. (rozdział 5a stosuje się do umów "
        "zawartych od 1 stycznia 2023 r.) (art. 43a UoPK)."
    ),
    "en": (
        "The contract is governed by: non-conformity of goods under chapter 5a of the Consumer "
        "Rights Act.\n"
        " - For this contract the buyer is a consumer.\n"
        " - The contract for goods was concluded on 10 January 2025 (chapter 5a applies to "
        "contracts concluded from 1 January 2023) (Art. 43a UoPK)."
    ),
    "uk": (
        "До договору застосовується: невідповідність товару договору за розділом 5a Закону про "
        "права споживачів.\n"
        " - У цьому договорі покупець: споживач.\n"
        " - Договір щодо товару укладено 10 січня 2025 р. (розділ 5a застосовується до "
        "договорів, укладених з 1 січня 2023 р.) (art. 43a UoPK)."
    ),
}


@pytest.mark.parametrize("lang", ["pl", "en", "uk"])
def test_the_regime_is_explained_in_whole_sentences(lang: Lang) -> None:
    d = conformity_regime(consumer, goods(date(2025, 1, 10)))
    assert d.explain(lang) == REGIME_EXPLAINED[lang]


def test_a_goods_liability_is_explained_in_ukrainian() -> None:
    facts = ConformityFacts(delivered_on=date(2024, 3, 5))
    d = conformity_liability(consumer, goods(date(2024, 3, 1)), facts, date(2025, 9, 5))
    assert d.explain("uk") == (
        "Підприємець відповідає за невідповідність товару договору, яка виявилася 5 вересня "
        "2025 р.; презюмується, що вона існувала на момент постачання.\n"
        " - До договору застосовується: невідповідність товару договору за розділом 5a Закону "
        "про права споживачів.\n"
        " - У цьому договорі покупець: споживач.\n"
        " - Договір щодо товару укладено 1 березня 2024 р. (розділ 5a застосовується до "
        "договорів, укладених з 1 січня 2023 р.) (art. 43a UoPK).\n"
        " - Відповідальність охоплює невідповідність товару договору, що виявилася протягом "
        "двох років від постачання товару 5 березня 2024 р., тобто до 5 березня 2026 р. "
        "включно; протягом того самого часу діє презумпція (art. 43c ust. 1 UoPK, art. 112 KC).\n"
        "Не застосовано:\n"
        " - Кінець строку відповідальності чи презумпції не переноситься на робочий день: цей "
        "строк визначає момент виявлення недоліку, а не строк для вчинення дії (art. 115 KC)."
    )


def test_a_rekojmia_not_liable_summary_in_ukrainian_keeps_the_term() -> None:
    facts = ConformityFacts(delivered_on=date(2020, 3, 5), immovable=False)
    d = conformity_liability(consumer, goods(date(2020, 3, 1)), facts, date(2022, 3, 7))
    assert d.summary.text("uk") == (
        "Продавець не несе відповідальності за недоліки (rękojmia) щодо недоліку, виявленого "
        "7 березня 2022 р., хіба що доведено підступне приховування недоліку."
    )


def test_decisions_carry_message_ids_and_values_not_text() -> None:
    facts = ConformityFacts(delivered_on=date(2024, 3, 5))
    d = conformity_liability(consumer, goods(date(2024, 3, 1)), facts, date(2025, 9, 5))
    assert d.summary.message == "conformity.liability.goods.presumed"
    assert d.summary.params is not None
    assert d.summary.params["appeared_on"] == date(2025, 9, 5)
    assert d.summary.params["presumption"].id == "conformity.presumption.existed_at_delivery"
    period = next(r for r in d.reasons if r.message == "conformity.goods.period")
    assert period.params == {"delivered_on": date(2024, 3, 5), "end": date(2026, 3, 5)}
    refund = reduction_refund_deadline(consumer, goods(date(2026, 3, 1)), date(2026, 4, 1))
    assert refund.summary.message == "conformity.refund.by"
    assert refund.summary.params == {"day": refund.deadline}
    remedies = conformity_remedies(consumer, goods(date(2026, 3, 1)), RemedyFacts())
    assert remedies.summary.message == "conformity.remedies.available"
    assert remedies.summary.text("uk") == (
        "Засоби захисту, доступні споживачеві зараз: ремонт, заміна."
    )


def test_a_ukrainian_reason_ending_in_a_year_keeps_its_abbreviation_before_the_basis() -> None:
    facts = SUPPLY.model_copy(update={"occurred_on": date(2023, 8, 20)})
    d = conformity_liability(consumer, SUBSCRIPTION, facts, DAY_AFTER_SUPPLY)
    lines = [r.line("uk") for r in d.reasons]
    expected = (
        "Невідповідність договору виявилася лише після 1 вересня 2023 р. (art. 43l ust. 3 UoPK)."
    )
    assert expected in lines


# --- issue 12 item 14: the PNPK's protection against exclusions and the corrected citations ---


def test_a_pnpk_exclusion_is_weighed_under_art_385_5_kc_not_art_7_uopk() -> None:
    # The electrician (PNPK, art. 7aa ust. 1) buys goods on 28.03.2024 under chapter 5a; the
    # terms exclude liability and shorten it to 12 months. Art. 7 UoPK protects consumers only
    # (art. 7aa extends chapters 4, 5a, 5b), so the clauses are weighed under art. 385⁵ with
    # art. 385³ pkt 2 KC: presumed abusive, not binding unless individually negotiated (the
    # trader proves it, art. 385¹ § 4). Delivered 1.04.2024 + 2 years = 1.04.2026 (art. 112 KC).
    facts = ConformityFacts(
        delivered_on=date(2024, 4, 1), contractual_period_months=12, liability_excluded=True
    )
    d = conformity_liability(electrician, goods(date(2024, 3, 28)), facts, date(2025, 10, 1))
    assert d.liability_ends == date(2026, 4, 1)
    assert (d.outcome, d.presumed) == (True, True)
    bases = [[c.pl() for c in r.basis] for r in d.not_applied]
    assert bases[:2] == [
        ["art. 385⁵ KC", "art. 385¹ § 1 KC", "art. 385¹ § 4 KC", "art. 385³ pkt 2 KC"],
    ] * 2
    assert "art. 7 UoPK" not in d.explain()
    assert "individually negotiated" in d.explain("en")
    # the consumer's exclusion stays void under art. 7 UoPK
    plain = conformity_liability(consumer, goods(date(2024, 3, 28)), facts, date(2025, 10, 1))
    assert "art. 7 UoPK" in plain.explain()


def test_the_corrected_citations_of_art_43l_and_43o() -> None:
    # one-off supply 10.01.2024: presumption art. 43l ust. 1 zd. 2 (ust. 2 is concealment);
    # continuous supply: art. 43l ust. 3 zd. 2; the digital withdrawal refund is stated in
    # art. 43o ust. 6: received Mon 2.03.2026 + 14 days = Mon 16.03.2026 (art. 111 § 2 KC).
    one_off = conformity_liability(
        consumer, digital(date(2024, 1, 10)), ConformityFacts(delivered_on=date(2024, 1, 10)),
        date(2024, 6, 1),
    )
    assert "art. 43l ust. 1 zd. 2 UoPK" in one_off.explain()
    continuous = conformity_liability(
        consumer, digital(date(2024, 1, 10), continuous=True),
        ConformityFacts(delivered_on=date(2024, 1, 10), supply_ends_on=date(2024, 12, 31)),
        date(2024, 6, 1),
    )
    assert "art. 43l ust. 3 zd. 2 UoPK" in continuous.explain()
    assert "art. 43l ust. 4" not in continuous.explain()
    refund = withdrawal_refund_deadline(
        consumer, digital(date(2026, 1, 5)), statement_received_on=date(2026, 3, 2)
    )
    assert refund.deadline == date(2026, 3, 16)
    assert "art. 43o ust. 6 UoPK" in refund.explain()


# --- issue 12 item 9: fraudulent concealment of one-off digital content (art. 43l ust. 2) ---


ONE_OFF = ConformityFacts(delivered_on=date(2024, 1, 10))


def test_one_off_digital_last_day_of_the_two_years_is_covered() -> None:
    # supplied 10.01.2024 + 2 years = 10.01.2026 (art. 43l ust. 1, art. 112 KC): the last day
    d = conformity_liability(consumer, digital(date(2024, 1, 10)), ONE_OFF, date(2026, 1, 10))
    assert (d.outcome, d.presumed) == (True, False)  # presumption ended 10.01.2025
    assert "zatajenie" not in d.summary.text("pl")


def test_one_off_digital_a_day_late_says_unless_fraudulent_concealment_is_shown() -> None:
    # 11.01.2026 is a day after the two years: not liable, but art. 43l ust. 2 would turn it
    # round, so the summary carries the caveat and the provision is listed as not applied
    d = conformity_liability(consumer, digital(date(2024, 1, 10)), ONE_OFF, date(2026, 1, 11))
    assert d.outcome is False
    assert "chyba że wykazano podstępne zatajenie braku zgodności" in d.summary.text("pl")
    assert "unless fraudulent concealment is shown" in d.summary.text("en")
    assert "art. 43l ust. 2 UoPK" in [c.pl() for r in d.not_applied for c in r.basis]


def test_one_off_digital_concealed_stays_liable_after_two_years() -> None:
    # the same defect on 11.01.2026, the concealment given: the trader cannot rely on the
    # period (art. 43l ust. 2); the one-year presumption (ust. 1 zd. 2) is not revived
    facts = ONE_OFF.model_copy(update={"fraudulently_concealed": True})
    d = conformity_liability(consumer, digital(date(2024, 1, 10)), facts, date(2026, 1, 11))
    assert (d.outcome, d.presumed) == (True, False)
    assert "art. 43l ust. 2 UoPK" in [c.pl() for r in d.reasons for c in r.basis]
    assert "conformity.digital.concealment_not_assumed" in [
        i.id for i in REGISTRY["conformity.digital"].interpretations
    ]


def test_concealment_given_for_continuous_supply_is_said_to_change_nothing() -> None:
    # supplied 10.01.2024-31.12.2024, occurred and appeared 2.01.2025: outside the supply
    # period (art. 43l ust. 3); concealment does not extend it, and the decision says so
    facts = ConformityFacts(delivered_on=date(2024, 1, 10), supply_ends_on=date(2024, 12, 31),
                            occurred_on=date(2025, 1, 2), fraudulently_concealed=True)
    d = conformity_liability(
        consumer, digital(date(2024, 1, 10), continuous=True), facts, date(2025, 1, 2)
    )
    assert d.outcome is False
    assert "conformity.digital.concealment_one_off_only" in [r.message for r in d.not_applied]


# --- art. 43e ust. 6 UoPK: the refund never falls due before the withdrawal statement -------


def test_goods_received_before_the_statement_count_from_the_statement() -> None:
    # goods back (for repair) Tue 2.12.2025, the withdrawal statement received Sat 20.12.2025.
    # Counting from the goods would end Tue 16.12.2025, before the withdrawal took effect
    # (art. 61 § 1 KC); from the statement: day 14 = Sat 3.01.2026 -> Mon 5.01.2026
    # (art. 111 § 2, art. 115 KC; 6.01 is Epiphany, but Monday is a working day).
    d = withdrawal_refund_deadline(
        consumer, goods(date(2025, 11, 20)), date(2025, 12, 20),
        goods_received_on=date(2025, 12, 2),
    )
    assert d.deadline == date(2026, 1, 5)
    assert "conformity.withdrawal_refund.not_before_statement" in [
        i.id for i in REGISTRY["conformity.withdrawal_refund"].interpretations
    ]


def test_goods_received_on_the_statements_day_or_after_count_from_the_goods() -> None:
    # boundary: both on Mon 2.03.2026 -> day 14 = Mon 16.03.2026 (from the goods, as the act
    # says); goods a day after the statement, Tue 3.03.2026 -> Tue 17.03.2026
    same_day = withdrawal_refund_deadline(
        consumer, goods(date(2026, 2, 1)), date(2026, 3, 2), goods_received_on=date(2026, 3, 2)
    )
    assert same_day.deadline == date(2026, 3, 16)
    assert "otrzymania towaru" in same_day.explain()
    day_after = withdrawal_refund_deadline(
        consumer, goods(date(2026, 2, 1)), date(2026, 3, 2), goods_received_on=date(2026, 3, 3)
    )
    assert day_after.deadline == date(2026, 3, 17)
    # the statement a day after the goods (Tue 3.03 vs Mon 2.03): from the statement,
    # day 14 = Tue 17.03.2026
    statement_later = withdrawal_refund_deadline(
        consumer, goods(date(2026, 2, 1)), date(2026, 3, 3), goods_received_on=date(2026, 3, 2)
    )
    assert statement_later.deadline == date(2026, 3, 17)


def test_the_statement_date_is_asked_for_with_the_other_missing_dates() -> None:
    # no statement date: undetermined naming it; for goods with no return dates either, all
    # three are named together; for digital content the statement alone decides
    contract = goods(date(2026, 2, 1))
    only = withdrawal_refund_deadline(consumer, contract, None, goods_received_on=date(2026, 3, 2))
    assert only.missing == ("statement_received_on",)
    everything = withdrawal_refund_deadline(consumer, contract, None)
    assert everything.missing == (
        "statement_received_on", "goods_received_on", "dispatch_proof_received_on"
    )
    digital_missing = withdrawal_refund_deadline(consumer, digital(date(2026, 2, 1)), None)
    assert digital_missing.missing == ("statement_received_on",)


# --- issue 12 item 10: which part of goods with digital elements is non-conforming -----------

# SMART_DEVICE delivered 2.03.2023, digital elements supplied to 31.03.2026: the goods
# otherwise have two years to 2.03.2025 (art. 43c ust. 1, art. 112 KC); the digital elements
# the whole supply period (ust. 3).
DEVICE_PART_UNKNOWN = ConformityFacts(
    delivered_on=date(2023, 3, 2), supply_ends_on=date(2026, 3, 31)
)


def test_which_part_is_asked_for_once_the_two_years_have_passed() -> None:
    # appeared 3.03.2025, the day after the two years: the goods otherwise -> not liable; the
    # digital elements -> liable, presumed (within the supply): the part decides
    d = conformity_liability(consumer, SMART_DEVICE, DEVICE_PART_UNKNOWN, date(2025, 3, 3))
    assert d.missing == ("conformity.digital_elements_nonconforming",)
    assert "2 marca 2025" in d.explain("pl")
    # the same day, the goods otherwise: two years of ust. 1 -> not liable, caveat
    goods_part = DEVICE_PART_UNKNOWN.model_copy(update={"digital_elements_nonconforming": False})
    plain = conformity_liability(consumer, SMART_DEVICE, goods_part, date(2025, 3, 3))
    assert (plain.outcome, plain.liability_ends) == (False, date(2025, 3, 2))
    elements = DEVICE_PART_UNKNOWN.model_copy(update={"digital_elements_nonconforming": True})
    covered = conformity_liability(consumer, SMART_DEVICE, elements, date(2025, 3, 3))
    assert (covered.outcome, covered.presumed) == (True, True)


def test_within_the_two_years_the_part_need_not_be_known() -> None:
    # appeared 2.03.2025, the last day of the two years: liable and presumed either way
    d = conformity_liability(consumer, SMART_DEVICE, DEVICE_PART_UNKNOWN, date(2025, 3, 2))
    assert (d.outcome, d.presumed) == (True, True)
    assert "conformity.goods.digital_elements.either_part" in [r.message for r in d.reasons]


def test_after_the_supply_an_unknown_part_and_occurrence_are_named_together() -> None:
    # appeared 1.04.2026, after the supply: the goods otherwise -> not liable; the digital
    # elements -> liable only if it occurred by 31.03.2026: both facts are missing
    d = conformity_liability(consumer, SMART_DEVICE, DEVICE_PART_UNKNOWN, DAY_AFTER_DEVICE_SUPPLY)
    assert d.missing == ("conformity.digital_elements_nonconforming", "conformity.occurred_on")


# --- art. 568 § 1 KC: five years for a defect of an immovable --------------------------------


def test_an_immovable_has_five_years_of_rekojmia() -> None:
    # a flat sold to a consumer on 1.06.2020, handed over 15.06.2020: five years end
    # 15.06.2025 (art. 568 § 1, art. 112 KC); found 15.06.2025 -> liable, 16.06.2025 -> not
    flat = ConformityFacts(delivered_on=date(2020, 6, 15), immovable=True)
    contract = goods(date(2020, 6, 1))
    last = conformity_liability(consumer, contract, flat, date(2025, 6, 15))
    assert (last.outcome, last.liability_ends) == (True, date(2025, 6, 15))
    assert last.presumed is False  # art. 556²: one year, ended 15.06.2021
    late = conformity_liability(consumer, contract, flat, date(2025, 6, 16))
    assert late.outcome is False


def test_an_unknown_immovable_is_asked_for_only_where_it_decides() -> None:
    # handed over 15.06.2020: a movable's two years end 15.06.2022, an immovable's five
    # 15.06.2025. Found 15.06.2022: liable either way; 16.06.2022: the answer depends on it.
    unknown = ConformityFacts(delivered_on=date(2020, 6, 15))
    contract = goods(date(2020, 6, 1))
    within = conformity_liability(consumer, contract, unknown, date(2022, 6, 15))
    assert within.outcome is True
    assert "conformity.rekojmia.immovable_would_not_change" in [r.message for r in within.reasons]
    after = conformity_liability(consumer, contract, unknown, date(2022, 6, 16))
    assert after.missing == ("conformity.immovable",)
    # after five years both readings say no
    both_late = conformity_liability(consumer, contract, unknown, date(2025, 6, 16))
    assert both_late.outcome is False


def test_a_used_immovable_cannot_be_limited_to_a_year_for_a_consumer() -> None:
    # art. 568 § 1 zd. 2 allows the one-year limit for a used MOVABLE only: a used flat keeps
    # its five years, to 15.06.2025
    facts = ConformityFacts(delivered_on=date(2020, 6, 15), immovable=True, used_goods=True,
                            contractual_period_months=12)
    d = conformity_liability(consumer, goods(date(2020, 6, 1)), facts, date(2022, 6, 16))
    assert (d.outcome, d.liability_ends) == (True, date(2025, 6, 15))


def test_an_immovable_under_chapter_5a_is_refused() -> None:
    facts = ConformityFacts(delivered_on=date(2024, 6, 15), immovable=True)
    with pytest.raises(LawNotCovered, match="movables only"):
        conformity_liability(consumer, goods(date(2024, 6, 1)), facts, date(2025, 1, 1))


# --- issue 12 item 13: digital content supplied from 2023 under an earlier contract ----------


def test_digital_content_of_a_2022_contract_supplied_from_2023_is_under_chapter_5b() -> None:
    # concluded 1.06.2022; supplied 31.12.2022 -> rękojmia (art. 555 KC by analogy); supplied
    # 1.01.2023 -> chapter 5b (transitional provision with art. 24 ust. 2 of the directive)
    contract = digital(date(2022, 6, 1))
    before = conformity_regime(consumer, contract, supplied_on=date(2022, 12, 31))
    assert before.outcome is Regime.KC_CONSUMER
    after = conformity_regime(consumer, contract, supplied_on=date(2023, 1, 1))
    assert after.outcome is Regime.UOPK_DIGITAL
    assert conformity_regime(consumer, contract).missing == ("supplied_on",)
    # a trader buyer stays under rękojmia, goods stay on the contract's date
    assert conformity_regime(company, contract, supplied_on=date(2023, 1, 1)).outcome is (
        Regime.KC_TRADER
    )
    assert conformity_regime(consumer, goods(date(2022, 6, 1))).outcome is Regime.KC_CONSUMER


def test_liability_for_a_2022_contract_supplied_in_2023_follows_art_43l() -> None:
    # concluded 1.12.2022, supplied once 10.01.2023: art. 43l ust. 1 -> two years to
    # 10.01.2025, presumption one year to 10.01.2024 (art. 112 KC)
    d = conformity_liability(
        consumer, digital(date(2022, 12, 1)), ConformityFacts(delivered_on=date(2023, 1, 10)),
        date(2024, 1, 11),
    )
    assert (d.outcome, d.presumed) == (True, False)
    assert (d.liability_ends, d.presumption_ends) == (date(2025, 1, 10), date(2024, 1, 10))
    assert d.regime is Regime.UOPK_DIGITAL
    # supplied 31.12.2022 instead: rękojmia, two years to 31.12.2024 (art. 568 § 1 KC)
    kc = conformity_liability(
        consumer, digital(date(2022, 12, 1)), ConformityFacts(delivered_on=date(2022, 12, 31)),
        date(2024, 1, 11),
    )
    assert (kc.regime, kc.liability_ends) == (Regime.KC_CONSUMER, date(2024, 12, 31))


def test_a_continuous_supply_straddling_2023_is_refused() -> None:
    # supply 1.12.2022-30.11.2023 under a 2022 contract: partly under chapter 5b, not encoded
    facts = ConformityFacts(delivered_on=date(2022, 12, 1), supply_ends_on=date(2023, 11, 30))
    with pytest.raises(LawNotCovered, match="continuing after it"):
        conformity_liability(consumer, digital(date(2022, 12, 1), continuous=True), facts,
                             date(2023, 2, 1))
