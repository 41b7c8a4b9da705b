"""The clauses for business customers: liability cap, lost profits, warranty exclusion, the
seller's withdrawal, account termination, prepayment, court of the seller's seat.

Amounts and dates are derived by hand from the law and the Woohoo terms (§ 12); the
derivation is in the comment next to each expectation."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regulamin.decision import Decision, Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models import Customer, PersonKind
from regulamin.models.liability import CapBasis, DamageClaim, Fault, LiabilityClause
from regulamin.registry import REGISTRY, KeyDate
from regulamin.rules.liability import (
    CAP_RULE,
    COURT_RULE,
    PREPAYMENT_RULE,
    SELLER_WITHDRAWAL_RULE,
    TERMINATION_RULE,
    WARRANTY_RULE,
    ClauseDecision,
    account_termination,
    court_of_seller_seat,
    liability_cap,
    prepayment,
    seller_withdrawal,
    warranty_exclusion,
)
from regulamin.rules.status import Status

WOOHOO = LiabilityClause.woohoo()
COMPANY = Customer.company()
CONSUMER = Customer.consumer()
# A sole trader buying something outside their profession: PNPK from 2021, trader before.
NON_PROFESSIONAL = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
UNKNOWN_PURPOSE = Customer(kind=PersonKind.NATURAL_PERSON)
IN_2026 = date(2026, 3, 2)


def claim(
    actual: str = "1200.00",
    lost: str = "5000.00",
    fault: Fault | None = Fault.NEGLIGENCE,
    paid: str | None = "300.00",
    already: str = "0",
) -> DamageClaim:
    return DamageClaim(
        actual_loss=Decimal(actual),
        lost_profits=Decimal(lost),
        fault=fault,
        remuneration_paid=None if paid is None else Decimal(paid),
        already_compensated=Decimal(already),
    )


def cites(decision: Decision[Any], citation: str) -> bool:
    return citation in decision.explain("pl")


# --------------------------------------------------------------------------- the cap


class TestCapForTraders:
    def test_woohoo_cap_and_lost_profits(self) -> None:
        # Woohoo § 12 ust. 6: lost profits 5000 excluded -> actual loss 1200 remains;
        # capped at the remuneration paid, 300 -> 300.
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim())
        assert d.outcome == Decimal("300.00")
        assert d.limits_apply is True
        assert d.lost_profits_excluded is True
        assert (d.actual_loss, d.lost_profits) == (Decimal("1200.00"), Decimal("5000.00"))
        assert d.cap == Decimal("300.00")
        assert d.status is Status.TRADER

    def test_actual_loss_below_cap(self) -> None:
        # 5000 lost profits excluded -> 200 actual loss; 200 <= 300 cap -> 200.
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(actual="200.00"))
        assert d.outcome == Decimal("200.00")
        assert d.limits_apply is True

    def test_fixed_cap_without_lost_profit_exclusion(self) -> None:
        # 400 + 900 = 1300 damage; nothing excluded; capped at the fixed 1000 -> 1000.
        clause = LiabilityClause(cap=CapBasis.FIXED_AMOUNT, cap_amount=Decimal("1000.00"))
        d = liability_cap(COMPANY, IN_2026, clause, claim(actual="400.00", lost="900.00"))
        assert d.outcome == Decimal("1000.00")
        assert d.lost_profits_excluded is False

    def test_only_lost_profits_excluded(self) -> None:
        # No cap; 5000 lost profits excluded -> the actual loss of 1200.
        clause = LiabilityClause(excludes_lost_profits=True)
        d = liability_cap(COMPANY, IN_2026, clause, claim())
        assert d.outcome == Decimal("1200.00")
        assert d.cap is None

    def test_total_cap_counts_what_was_already_paid(self) -> None:
        # Total liability 300, of which 250 was paid -> 50 remains; 1200 actual loss -> 50.
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(already="250.00"))
        assert d.outcome == Decimal("50.00")
        assert d.cap == Decimal("50.00")
        # 400 already paid exceeds the 300 cap -> nothing remains.
        assert liability_cap(COMPANY, IN_2026, WOOHOO, claim(already="400.00")).outcome == 0

    def test_terms_without_limits(self) -> None:
        # No cap, no exclusion: full damage 1200 + 5000 = 6200.
        d = liability_cap(COMPANY, IN_2026, LiabilityClause(), claim())
        assert d.outcome == Decimal("6200.00")
        assert d.limits_apply is False

    def test_explanation_names_both_parts_of_the_damage(self) -> None:
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim())
        pl, en = d.explain("pl"), d.explain("en")
        assert "stratę rzeczywistą (1\xa0200,00\xa0zł)" in pl
        assert "utracone korzyści (5\xa0000,00\xa0zł)" in pl
        assert "art. 361 § 2 KC" in pl
        assert "up to PLN\xa0300.00" in en
        record = json.loads(d.to_json())
        assert record["outcome"] == "300.00"
        assert record["lost_profits"] == "5000.00"


class TestIntentAndGrossNegligence:
    def test_intent_voids_every_limit(self) -> None:
        # Art. 473 § 2 KC: the clause is void -> full 1200 + 5000 = 6200.
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(fault=Fault.INTENT))
        assert d.outcome == Decimal("6200.00")
        assert d.limits_apply is False
        assert cites(d, "art. 473 § 2 KC")

    def test_gross_negligence_voids_limits_by_default(self) -> None:
        # Conservative setting (LAW.md [check]): treated like intent -> 6200.
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(fault=Fault.GROSS_NEGLIGENCE))
        assert d.outcome == Decimal("6200.00")
        assert "interpretacja" in d.explain("pl")

    def test_gross_negligence_setting_off(self) -> None:
        # With the setting off the clause applies as for negligence -> 300.
        d = liability_cap(
            COMPANY,
            IN_2026,
            WOOHOO,
            claim(fault=Fault.GROSS_NEGLIGENCE),
            gross_negligence_voids_limits=False,
        )
        assert d.outcome == Decimal("300.00")

    def test_unknown_fault_is_undetermined_when_the_cap_bites(self) -> None:
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(fault=None))
        assert d.outcome == Undetermined(("claim.fault",))
        assert not d.determined

    def test_unknown_fault_does_not_matter_within_the_limits(self) -> None:
        # 100 actual loss, no lost profits, cap 300: nothing is cut, whatever the fault.
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(actual="100.00", lost="0", fault=None))
        assert d.outcome == Decimal("100.00")
        assert d.limits_apply is False
        assert d.not_applied

    def test_unknown_remuneration_is_undetermined(self) -> None:
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(paid=None))
        assert d.missing == ("claim.remuneration_paid",)
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(paid=None, fault=None))
        assert d.missing == ("claim.remuneration_paid", "claim.fault")

    def test_unknown_remuneration_does_not_matter_for_intent(self) -> None:
        d = liability_cap(COMPANY, IN_2026, WOOHOO, claim(paid=None, fault=Fault.INTENT))
        assert d.outcome == Decimal("6200.00")


class TestCapNotForConsumersNorPnpk:
    def test_consumer_gets_full_damages(self) -> None:
        # Art. 385³ pkt 2 KC: the cap does not bind a consumer -> 1200 + 5000 = 6200.
        d = liability_cap(CONSUMER, IN_2026, WOOHOO, claim())
        assert d.outcome == Decimal("6200.00")
        assert d.status is Status.CONSUMER
        assert d.limits_apply is False
        assert cites(d, "art. 385³ pkt 2 KC")

    def test_pnpk_gets_full_damages(self) -> None:
        # Art. 385⁵ KC (contracts from 2021) and Woohoo § 12 ust. 8 -> 6200.
        d = liability_cap(NON_PROFESSIONAL, IN_2026, WOOHOO, claim())
        assert d.outcome == Decimal("6200.00")
        assert d.status is Status.PNPK
        assert cites(d, "art. 385⁵ KC")

    def test_same_sole_trader_before_2021_is_a_trader(self) -> None:
        # 2020-12-31: no PNPK yet, the non-professional sole trader is a trader -> capped, 300.
        d = liability_cap(NON_PROFESSIONAL, date(2020, 12, 31), WOOHOO, claim())
        assert d.outcome == Decimal("300.00")
        assert d.status is Status.TRADER

    def test_undetermined_status_is_undetermined(self) -> None:
        d = liability_cap(UNKNOWN_PURPOSE, IN_2026, WOOHOO, claim())
        assert d.missing == ("customer.for_business",)
        assert d.status is None

    def test_before_the_consumer_rights_act(self) -> None:
        with pytest.raises(LawNotCovered):
            liability_cap(COMPANY, date(2014, 12, 24), WOOHOO, claim())


def test_clause_model_refuses_inconsistent_caps() -> None:
    with pytest.raises(ValidationError, match="cap_amount"):
        LiabilityClause(cap=CapBasis.FIXED_AMOUNT)
    with pytest.raises(ValidationError, match="cap_amount"):
        LiabilityClause(cap=CapBasis.REMUNERATION_PAID, cap_amount=Decimal("10.00"))
    with pytest.raises(ValidationError, match="actual_loss"):
        DamageClaim(actual_loss=10.5)  # a float has already lost the grosz


money = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
faults = st.sampled_from([*Fault, None])
clauses = st.one_of(
    st.just(WOOHOO),
    st.just(LiabilityClause()),
    st.just(LiabilityClause(excludes_lost_profits=True)),
    money.map(lambda cap: LiabilityClause(cap=CapBasis.FIXED_AMOUNT, cap_amount=cap)),
)


@given(actual=money, lost=money, paid=money, already=money, fault=faults, clause=clauses)
def test_recoverable_is_between_zero_and_the_damage(
    *,
    actual: Decimal,
    lost: Decimal,
    paid: Decimal,
    already: Decimal,
    fault: Fault | None,
    clause: LiabilityClause,
) -> None:
    damage = DamageClaim(
        actual_loss=actual,
        lost_profits=lost,
        fault=fault,
        remuneration_paid=paid,
        already_compensated=already,
    )
    d = liability_cap(COMPANY, IN_2026, clause, damage)
    if not d.determined:
        assert d.missing == ("claim.fault",)
        return
    assert isinstance(d.outcome, Decimal)
    assert Decimal(0) <= d.outcome <= actual + lost
    if fault is Fault.INTENT or fault is Fault.GROSS_NEGLIGENCE:
        assert d.outcome == actual + lost
    if d.cap is not None:
        assert d.outcome <= d.cap
    # Whoever the buyer is, a consumer always gets the full damage.
    assert liability_cap(CONSUMER, IN_2026, clause, damage).outcome == actual + lost


@given(smaller=money, extra=money, lost=money, paid=money)
def test_recoverable_grows_with_the_loss(
    smaller: Decimal, extra: Decimal, lost: Decimal, paid: Decimal
) -> None:
    def recoverable(actual: Decimal) -> Decimal:
        damage = DamageClaim(
            actual_loss=actual, lost_profits=lost, fault=Fault.NEGLIGENCE, remuneration_paid=paid
        )
        outcome = liability_cap(COMPANY, IN_2026, WOOHOO, damage).outcome
        assert isinstance(outcome, Decimal)
        return outcome

    assert recoverable(smaller) <= recoverable(smaller + extra)


# --------------------------------------------------------------------------- warranty exclusion


class TestWarrantyExclusion:
    def test_binds_a_trader_unless_concealed(self) -> None:
        # Art. 558 § 1 KC: excludable between traders; § 2: not if fraudulently concealed.
        assert warranty_exclusion(COMPANY, IN_2026, fraudulently_concealed=False).outcome is True
        concealed = warranty_exclusion(COMPANY, IN_2026, fraudulently_concealed=True)
        assert concealed.outcome is False
        assert cites(concealed, "art. 558 § 2 KC")

    def test_concealment_unknown(self) -> None:
        d = warranty_exclusion(COMPANY, IN_2026)
        assert d.missing == ("fraudulently_concealed",)

    def test_consumer_before_2023(self) -> None:
        # Consumer contract of 2019: art. 558 § 1 sentence 2 KC (only special provisions).
        d = warranty_exclusion(CONSUMER, date(2019, 5, 6), fraudulently_concealed=False)
        assert d.outcome is False
        assert cites(d, "art. 558 § 1 KC")

    def test_consumer_from_2023(self) -> None:
        # From 2023 the consumer has UoPK ch. 5a/5b; less favourable terms void (art. 7 UoPK).
        d = warranty_exclusion(CONSUMER, date(2023, 1, 1), fraudulently_concealed=False)
        assert d.outcome is False
        assert cites(d, "art. 7 UoPK")

    def test_pnpk_2021_2022_through_art_556_4(self) -> None:
        d = warranty_exclusion(NON_PROFESSIONAL, date(2022, 12, 31), fraudulently_concealed=False)
        assert d.outcome is False
        assert d.status is Status.PNPK
        assert cites(d, "art. 556⁴ KC")

    def test_pnpk_from_2023_through_art_7aa(self) -> None:
        d = warranty_exclusion(NON_PROFESSIONAL, date(2023, 1, 1), fraudulently_concealed=False)
        assert d.outcome is False
        assert cites(d, "art. 7aa ust. 1 UoPK")

    def test_sole_trader_before_2021_is_bound(self) -> None:
        d = warranty_exclusion(NON_PROFESSIONAL, date(2020, 12, 31), fraudulently_concealed=False)
        assert d.outcome is True
        assert d.status is Status.TRADER

    def test_undetermined_status(self) -> None:
        d = warranty_exclusion(UNKNOWN_PURPOSE, IN_2026, fraudulently_concealed=False)
        assert d.missing == ("customer.for_business",)


# --------------------------------------------------------------------------- seller's withdrawal


class TestSellerWithdrawal:
    def test_deadline_over_christmas_2026(self) -> None:
        # Concluded Thu 10.12.2026; day 1 = 11.12; day 14 = Thu 24.12 = Wigilia (holiday since
        # 2025) -> 25.12 Christmas, Sat 26.12 (and 2nd day), Sun 27.12 -> Mon 28.12.2026.
        d = seller_withdrawal(COMPANY, date(2026, 12, 10))
        assert d.outcome is True
        assert d.period_end == date(2026, 12, 24)
        assert d.deadline == date(2026, 12, 28)
        assert "Wigilia" in d.explain("pl")
        assert "28 grudnia 2026 r." in d.explain("pl")

    def test_deadline_on_a_working_day(self) -> None:
        # Concluded Mon 2.03.2026; day 1 = 3.03; day 14 = Mon 16.03.2026, a working day.
        d = seller_withdrawal(COMPANY, IN_2026)
        assert d.deadline == date(2026, 3, 16)
        assert d.period_end == date(2026, 3, 16)

    def test_saturday_did_not_extend_before_2017(self) -> None:
        # Concluded Sat 17.12.2016; day 14 = Sat 31.12.2016. Art. 115 KC before 2017 named
        # only statutory days off, not Saturday -> the period ends on Saturday 31.12.2016.
        assert seller_withdrawal(COMPANY, date(2016, 12, 17)).deadline == date(2016, 12, 31)

    def test_saturday_extends_from_2017(self) -> None:
        # Concluded Sat 7.01.2017; day 14 = Sat 21.01.2017 -> Sun 22.01 -> Mon 23.01.2017.
        assert seller_withdrawal(COMPANY, date(2017, 1, 7)).deadline == date(2017, 1, 23)

    def test_statement_on_the_last_day_is_timely(self) -> None:
        # Deadline Mon 16.03.2026 (above): received that day -> timely.
        d = seller_withdrawal(COMPANY, IN_2026, statement_received_on=date(2026, 3, 16))
        assert d.outcome is True
        assert d.statement_timely is True

    def test_statement_a_day_late(self) -> None:
        d = seller_withdrawal(COMPANY, IN_2026, statement_received_on=date(2026, 3, 17))
        assert d.outcome is False
        assert d.statement_timely is False
        assert "spóźnione" in d.explain("pl")

    def test_statement_on_the_rolled_day_is_timely(self) -> None:
        # Period ends Thu 24.12.2026 but rolls to Mon 28.12.2026: received 28.12 -> timely.
        d = seller_withdrawal(COMPANY, date(2026, 12, 10), statement_received_on=date(2026, 12, 28))
        assert d.outcome is True

    def test_other_period_length(self) -> None:
        # 7 days from Mon 2.03.2026: day 7 = Mon 9.03.2026.
        assert seller_withdrawal(COMPANY, IN_2026, days=7).deadline == date(2026, 3, 9)

    def test_statement_before_conclusion_is_invalid(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            seller_withdrawal(COMPANY, IN_2026, statement_received_on=date(2026, 3, 1))
        assert error.value.field == "statement_received_on"

    def test_period_without_days_is_invalid(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            seller_withdrawal(COMPANY, IN_2026, days=0)
        assert error.value.field == "days"

    def test_not_towards_a_consumer(self) -> None:
        d = seller_withdrawal(CONSUMER, IN_2026)
        assert d.outcome is False
        assert d.deadline is None
        assert cites(d, "art. 385¹ § 1 KC")

    def test_not_towards_a_pnpk(self) -> None:
        d = seller_withdrawal(NON_PROFESSIONAL, IN_2026)
        assert d.outcome is False
        assert cites(d, "art. 385⁵ KC")

    def test_undetermined_status(self) -> None:
        assert seller_withdrawal(UNKNOWN_PURPOSE, IN_2026).missing == ("customer.for_business",)


# --------------------------------------------------------------------------- the other clauses


ClauseRule = Callable[[Customer, date], ClauseDecision]


@pytest.mark.parametrize(
    ("apply", "consumer_citation", "trader_citation"),
    [
        (account_termination, "art. 385³ pkt 15 KC", "art. 365¹ KC"),
        (prepayment, "art. 385¹ § 1 KC", "art. 353¹ KC"),
        (court_of_seller_seat, "art. 385³ pkt 23 KC", "art. 46 § 1 KPC"),
    ],
)
class TestTraderOnlyClauses:
    def test_binds_a_trader(
        self, apply: ClauseRule, consumer_citation: str, trader_citation: str
    ) -> None:
        d = apply(COMPANY, IN_2026)
        assert d.outcome is True
        assert d.status is Status.TRADER
        assert cites(d, trader_citation)

    def test_not_a_consumer(
        self, apply: ClauseRule, consumer_citation: str, trader_citation: str
    ) -> None:
        d = apply(CONSUMER, IN_2026)
        assert d.outcome is False
        assert cites(d, consumer_citation)
        assert "nie wiąże klienta" in d.explain("pl")

    def test_not_a_pnpk(
        self, apply: ClauseRule, consumer_citation: str, trader_citation: str
    ) -> None:
        d = apply(NON_PROFESSIONAL, IN_2026)
        assert d.outcome is False
        assert d.status is Status.PNPK
        assert cites(d, "art. 385⁵ KC")
        assert cites(d, consumer_citation)

    def test_undetermined(
        self, apply: ClauseRule, consumer_citation: str, trader_citation: str
    ) -> None:
        d = apply(UNKNOWN_PURPOSE, IN_2026)
        assert d.missing == ("customer.for_business",)
        assert "Nie da się ustalić" in d.explain("pl")


# --------------------------------------------------------------------------- the registry

ALL_RULES = (
    CAP_RULE,
    WARRANTY_RULE,
    SELLER_WITHDRAWAL_RULE,
    TERMINATION_RULE,
    PREPAYMENT_RULE,
    COURT_RULE,
)


@pytest.mark.parametrize("rule_id", ALL_RULES)
def test_every_rule_is_registered_with_its_seed_and_entry(rule_id: str) -> None:
    registered = REGISTRY[rule_id]
    assert registered.entry is not None
    assert any("Regulaminu Woohoo Cloud" in clause for clause in registered.seed_clauses)
    assert registered.basis


@pytest.mark.parametrize("rule_id", ALL_RULES)
def test_pnpk_citation_only_in_versions_from_2021(rule_id: str) -> None:
    # Art. 385⁵ / 556⁴ KC and art. 7aa UoPK protect a PNPK only in contracts from 2021.
    registered = REGISTRY[rule_id]
    before = registered.version_for({KeyDate.CONTRACT_CONCLUDED: date(2020, 12, 31)})
    after = registered.version_for({KeyDate.CONTRACT_CONCLUDED: date(2021, 1, 1)})
    pnpk_marks = ("385⁵", "556⁴", "7aa")
    assert not any(c.article in pnpk_marks for c in before.basis)
    assert any(c.article in pnpk_marks for c in after.basis)


def test_gross_negligence_is_a_registered_interpretation() -> None:
    notes = REGISTRY[CAP_RULE].interpretations
    assert any("rażącego niedbalstwa" in note.pl for note in notes)


def test_cap_seed_clause_is_woohoo_12_6() -> None:
    assert "§ 12 ust. 6 Regulaminu Woohoo Cloud" in REGISTRY[CAP_RULE].seed_clauses
