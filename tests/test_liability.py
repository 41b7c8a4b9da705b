"""The clauses for business customers: liability cap, lost profits, warranty exclusion, the
seller's withdrawal, account termination, prepayment, court of the seller's seat.

Amounts and dates are derived by hand from the law and the Woohoo terms (§ 12); the
derivation is in the comment next to each expectation. The clauses come from the seed's terms
(tests/seeds.py) where they are in force (from 17 February 2024); for older contracts, from a
shop with the same clauses in terms in force since 2014, and the law's own rules
(:mod:`regulamin.rules.liability`) take a clause's content directly."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from seeds import woohoo

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
    LiabilityDecision,
    SellerWithdrawalDecision,
    limited_damages,
    reserved_withdrawal,
)
from regulamin.rules.status import Status
from regulamin.terms import ShopTerms
from regulamin.terms.business import (
    account_termination,
    court_of_seller_seat,
    liability_cap,
    prepayment,
    seller_withdrawal,
    warranty_exclusion,
)

SEED = woohoo()
SEED_IN_FORCE = date(2024, 2, 17)
# Woohoo § 12 ust. 6: total liability up to the remuneration paid; no lost profits
WOOHOO = LiabilityClause(cap=CapBasis.REMUNERATION_PAID, excludes_lost_profits=True)
COMPANY = Customer.company()
CONSUMER = Customer.consumer()
# A sole trader buying something outside their profession: PNPK from 2021, trader before.
NON_PROFESSIONAL = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
UNKNOWN_PURPOSE = Customer(kind=PersonKind.NATURAL_PERSON)
IN_2026 = date(2026, 3, 2)


def shop(
    limits: LiabilityClause = WOOHOO,
    *,
    days: int = 14,
    cap_clause: str = "§ 12 ust. 6",
    since: date = date(2014, 1, 1),
) -> ShopTerms:
    """A shop with Woohoo's § 12 clauses (``limits`` for the cap, ``days`` for the seller's
    withdrawal) in terms in force since ``since``."""
    return ShopTerms.model_validate(
        {
            "name": "Regulamin sklepu Przykład",
            "cited_as": {"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
            "trader": {"name": "Przykład sp. z o.o."},
            "customers": ["consumer", "pnpk", "trader"],
            "policy": "from_effective_day",
            "versions": [{"id": "1", "published_on": since, "effective_from": since}],
            "business": {
                "applies_to": ["trader"],
                "clause": "§ 12 ust. 1",
                "warranty_exclusion": {"clause": "§ 12 ust. 2"},
                "account_termination": {"clause": "§ 12 ust. 3"},
                "seller_withdrawal": {"days": days, "clause": "§ 12 ust. 4"},
                "prepayment": {"clause": "§ 12 ust. 5"},
                "liability_cap": {"clause": cap_clause, "limits": limits},
                "court_of_seller_seat": {"clause": "§ 12 ust. 7"},
            },
        }
    )


EARLIER = shop()


def terms_for(on: date, limits: LiabilityClause = WOOHOO, days: int = 14) -> ShopTerms:
    """The seed's terms where they are in force and state these clauses, else :func:`shop`."""
    if on >= SEED_IN_FORCE and limits == WOOHOO and days == 14:
        return SEED
    return EARLIER if limits == WOOHOO and days == 14 else shop(limits, days=days)


def cap(
    customer: Customer,
    on: date,
    limits: LiabilityClause,
    damage: DamageClaim,
    *,
    gross_negligence_voids_limits: bool = True,
) -> LiabilityDecision:
    """The cap ``limits`` applied through a shop's terms."""
    return liability_cap(
        customer,
        on,
        damage,
        terms=terms_for(on, limits),
        gross_negligence_voids_limits=gross_negligence_voids_limits,
    )


def warranty(
    customer: Customer, on: date, *, fraudulently_concealed: bool | None = None
) -> ClauseDecision:
    return warranty_exclusion(
        customer, on, terms=terms_for(on), fraudulently_concealed=fraudulently_concealed
    )


def withdraw(
    customer: Customer, on: date, *, days: int = 14, statement_received_on: date | None = None
) -> SellerWithdrawalDecision:
    return seller_withdrawal(
        customer,
        on,
        terms=terms_for(on, days=days),
        statement_received_on=statement_received_on,
    )


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
        d = cap(COMPANY, IN_2026, WOOHOO, claim())
        assert d.outcome == Decimal("300.00")
        assert d.limits_apply is True
        assert d.lost_profits_excluded is True
        assert (d.actual_loss, d.lost_profits) == (Decimal("1200.00"), Decimal("5000.00"))
        assert d.cap == Decimal("300.00")
        assert d.status is Status.TRADER

    def test_actual_loss_below_cap(self) -> None:
        # 5000 lost profits excluded -> 200 actual loss; 200 <= 300 cap -> 200.
        d = cap(COMPANY, IN_2026, WOOHOO, claim(actual="200.00"))
        assert d.outcome == Decimal("200.00")
        assert d.limits_apply is True

    def test_fixed_cap_without_lost_profit_exclusion(self) -> None:
        # 400 + 900 = 1300 damage; nothing excluded; capped at the fixed 1000 -> 1000.
        clause = LiabilityClause(cap=CapBasis.FIXED_AMOUNT, cap_amount=Decimal("1000.00"))
        d = cap(COMPANY, IN_2026, clause, claim(actual="400.00", lost="900.00"))
        assert d.outcome == Decimal("1000.00")
        assert d.lost_profits_excluded is False

    def test_only_lost_profits_excluded(self) -> None:
        # No cap; 5000 lost profits excluded -> the actual loss of 1200.
        clause = LiabilityClause(excludes_lost_profits=True)
        d = cap(COMPANY, IN_2026, clause, claim())
        assert d.outcome == Decimal("1200.00")
        assert d.cap is None

    def test_total_cap_counts_what_was_already_paid(self) -> None:
        # Total liability 300, of which 250 was paid -> 50 remains; 1200 actual loss -> 50.
        d = cap(COMPANY, IN_2026, WOOHOO, claim(already="250.00"))
        assert d.outcome == Decimal("50.00")
        assert d.cap == Decimal("50.00")
        # 400 already paid exceeds the 300 cap -> nothing remains.
        assert cap(COMPANY, IN_2026, WOOHOO, claim(already="400.00")).outcome == 0

    def test_terms_without_limits(self) -> None:
        # No cap, no exclusion: full damage 1200 + 5000 = 6200.
        d = cap(COMPANY, IN_2026, LiabilityClause(), claim())
        assert d.outcome == Decimal("6200.00")
        assert d.limits_apply is False

    def test_explanation_names_both_parts_of_the_damage(self) -> None:
        d = cap(COMPANY, IN_2026, WOOHOO, claim())
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
        d = cap(COMPANY, IN_2026, WOOHOO, claim(fault=Fault.INTENT))
        assert d.outcome == Decimal("6200.00")
        assert d.limits_apply is False
        assert cites(d, "art. 473 § 2 KC")

    def test_gross_negligence_voids_limits_by_default(self) -> None:
        # Conservative setting (LAW.md [check]): treated like intent -> 6200.
        d = cap(COMPANY, IN_2026, WOOHOO, claim(fault=Fault.GROSS_NEGLIGENCE))
        assert d.outcome == Decimal("6200.00")
        assert "interpretacja" in d.explain("pl")

    def test_gross_negligence_setting_off(self) -> None:
        # With the setting off the clause applies as for negligence -> 300.
        d = cap(
            COMPANY,
            IN_2026,
            WOOHOO,
            claim(fault=Fault.GROSS_NEGLIGENCE),
            gross_negligence_voids_limits=False,
        )
        assert d.outcome == Decimal("300.00")

    def test_unknown_fault_is_undetermined_when_the_cap_bites(self) -> None:
        d = cap(COMPANY, IN_2026, WOOHOO, claim(fault=None))
        assert d.outcome == Undetermined(("claim.fault",))
        assert not d.determined

    def test_unknown_fault_does_not_matter_within_the_limits(self) -> None:
        # 100 actual loss, no lost profits, cap 300: nothing is cut, whatever the fault.
        d = cap(COMPANY, IN_2026, WOOHOO, claim(actual="100.00", lost="0", fault=None))
        assert d.outcome == Decimal("100.00")
        assert d.limits_apply is False
        assert d.not_applied

    def test_unknown_remuneration_is_undetermined(self) -> None:
        d = cap(COMPANY, IN_2026, WOOHOO, claim(paid=None))
        assert d.missing == ("claim.remuneration_paid",)
        d = cap(COMPANY, IN_2026, WOOHOO, claim(paid=None, fault=None))
        assert d.missing == ("claim.remuneration_paid", "claim.fault")

    def test_unknown_remuneration_does_not_matter_for_intent(self) -> None:
        d = cap(COMPANY, IN_2026, WOOHOO, claim(paid=None, fault=Fault.INTENT))
        assert d.outcome == Decimal("6200.00")


class TestCapNotForConsumersNorPnpk:
    def test_consumer_gets_full_damages(self) -> None:
        # Art. 385³ pkt 2 KC: the cap does not bind a consumer -> 1200 + 5000 = 6200.
        d = cap(CONSUMER, IN_2026, WOOHOO, claim())
        assert d.outcome == Decimal("6200.00")
        assert d.status is Status.CONSUMER
        assert d.limits_apply is False
        assert cites(d, "art. 385³ pkt 2 KC")

    def test_pnpk_gets_full_damages(self) -> None:
        # Art. 385⁵ KC (contracts from 2021) and Woohoo § 12 ust. 8 -> 6200.
        d = cap(NON_PROFESSIONAL, IN_2026, WOOHOO, claim())
        assert d.outcome == Decimal("6200.00")
        assert d.status is Status.PNPK
        assert cites(d, "art. 385⁵ KC")

    def test_same_sole_trader_before_2021_is_a_trader(self) -> None:
        # 2020-12-31: no PNPK yet, the non-professional sole trader is a trader -> capped, 300.
        d = cap(NON_PROFESSIONAL, date(2020, 12, 31), WOOHOO, claim())
        assert d.outcome == Decimal("300.00")
        assert d.status is Status.TRADER

    def test_undetermined_status_is_undetermined(self) -> None:
        d = cap(UNKNOWN_PURPOSE, IN_2026, WOOHOO, claim())
        assert d.missing == ("customer.for_business",)
        assert d.status is None

    def test_before_the_consumer_rights_act(self) -> None:
        with pytest.raises(LawNotCovered):
            cap(COMPANY, date(2014, 12, 24), WOOHOO, claim())


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
    d = cap(COMPANY, IN_2026, clause, damage)
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
    assert cap(CONSUMER, IN_2026, clause, damage).outcome == actual + lost


@given(smaller=money, extra=money, lost=money, paid=money)
def test_recoverable_grows_with_the_loss(
    smaller: Decimal, extra: Decimal, lost: Decimal, paid: Decimal
) -> None:
    def recoverable(actual: Decimal) -> Decimal:
        damage = DamageClaim(
            actual_loss=actual, lost_profits=lost, fault=Fault.NEGLIGENCE, remuneration_paid=paid
        )
        outcome = cap(COMPANY, IN_2026, WOOHOO, damage).outcome
        assert isinstance(outcome, Decimal)
        return outcome

    assert recoverable(smaller) <= recoverable(smaller + extra)


# --------------------------------------------------------------------------- warranty exclusion


class TestWarrantyExclusion:
    def test_binds_a_trader_unless_concealed(self) -> None:
        # Art. 558 § 1 KC: excludable between traders; § 2: not if fraudulently concealed.
        assert warranty(COMPANY, IN_2026, fraudulently_concealed=False).outcome is True
        concealed = warranty(COMPANY, IN_2026, fraudulently_concealed=True)
        assert concealed.outcome is False
        assert cites(concealed, "art. 558 § 2 KC")

    def test_concealment_unknown(self) -> None:
        d = warranty(COMPANY, IN_2026)
        assert d.missing == ("fraudulently_concealed",)

    def test_consumer_before_2023(self) -> None:
        # Consumer contract of 2019: art. 558 § 1 sentence 2 KC (only special provisions).
        d = warranty(CONSUMER, date(2019, 5, 6), fraudulently_concealed=False)
        assert d.outcome is False
        assert cites(d, "art. 558 § 1 KC")

    def test_consumer_from_2023(self) -> None:
        # From 2023 the consumer has UoPK ch. 5a/5b; less favourable terms void (art. 7 UoPK).
        d = warranty(CONSUMER, date(2023, 1, 1), fraudulently_concealed=False)
        assert d.outcome is False
        assert cites(d, "art. 7 UoPK")

    def test_pnpk_2021_2022_through_art_556_4(self) -> None:
        d = warranty(NON_PROFESSIONAL, date(2022, 12, 31), fraudulently_concealed=False)
        assert d.outcome is False
        assert d.status is Status.PNPK
        assert cites(d, "art. 556⁴ KC")

    def test_pnpk_from_2023_through_art_7aa(self) -> None:
        d = warranty(NON_PROFESSIONAL, date(2023, 1, 1), fraudulently_concealed=False)
        assert d.outcome is False
        assert cites(d, "art. 7aa ust. 1 UoPK")

    def test_sole_trader_before_2021_is_bound(self) -> None:
        d = warranty(NON_PROFESSIONAL, date(2020, 12, 31), fraudulently_concealed=False)
        assert d.outcome is True
        assert d.status is Status.TRADER

    def test_undetermined_status(self) -> None:
        d = warranty(UNKNOWN_PURPOSE, IN_2026, fraudulently_concealed=False)
        assert d.missing == ("customer.for_business",)


# --------------------------------------------------------------------------- seller's withdrawal


class TestSellerWithdrawal:
    def test_deadline_over_christmas_2026(self) -> None:
        # Concluded Thu 10.12.2026; day 1 = 11.12; day 14 = Thu 24.12 = Wigilia (holiday since
        # 2025) -> 25.12 Christmas, Sat 26.12 (and 2nd day), Sun 27.12 -> Mon 28.12.2026.
        d = withdraw(COMPANY, date(2026, 12, 10))
        assert d.outcome is True
        assert d.period_end == date(2026, 12, 24)
        assert d.deadline == date(2026, 12, 28)
        assert "Wigilia" in d.explain("pl")
        assert "28 grudnia 2026 r." in d.explain("pl")

    def test_deadline_on_a_working_day(self) -> None:
        # Concluded Mon 2.03.2026; day 1 = 3.03; day 14 = Mon 16.03.2026, a working day.
        d = withdraw(COMPANY, IN_2026)
        assert d.deadline == date(2026, 3, 16)
        assert d.period_end == date(2026, 3, 16)

    def test_saturday_did_not_extend_before_2017(self) -> None:
        # Concluded Sat 17.12.2016; day 14 = Sat 31.12.2016. Art. 115 KC before 2017 named
        # only statutory days off, not Saturday -> the period ends on Saturday 31.12.2016.
        assert withdraw(COMPANY, date(2016, 12, 17)).deadline == date(2016, 12, 31)

    def test_saturday_extends_from_2017(self) -> None:
        # Concluded Sat 7.01.2017; day 14 = Sat 21.01.2017 -> Sun 22.01 -> Mon 23.01.2017.
        assert withdraw(COMPANY, date(2017, 1, 7)).deadline == date(2017, 1, 23)

    def test_statement_on_the_last_day_is_timely(self) -> None:
        # Deadline Mon 16.03.2026 (above): received that day -> timely.
        d = withdraw(COMPANY, IN_2026, statement_received_on=date(2026, 3, 16))
        assert d.outcome is True
        assert d.statement_timely is True

    def test_statement_a_day_late(self) -> None:
        d = withdraw(COMPANY, IN_2026, statement_received_on=date(2026, 3, 17))
        assert d.outcome is False
        assert d.statement_timely is False
        assert "spóźnione" in d.explain("pl")

    def test_statement_on_the_rolled_day_is_timely(self) -> None:
        # Period ends Thu 24.12.2026 but rolls to Mon 28.12.2026: received 28.12 -> timely.
        d = withdraw(COMPANY, date(2026, 12, 10), statement_received_on=date(2026, 12, 28))
        assert d.outcome is True

    def test_other_period_length(self) -> None:
        # 7 days from Mon 2.03.2026: day 7 = Mon 9.03.2026.
        assert withdraw(COMPANY, IN_2026, days=7).deadline == date(2026, 3, 9)

    def test_statement_before_conclusion_is_invalid(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            withdraw(COMPANY, IN_2026, statement_received_on=date(2026, 3, 1))
        assert error.value.field == "statement_received_on"

    def test_period_without_days_is_invalid(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            reserved_withdrawal(COMPANY, IN_2026, 0)
        assert error.value.field == "days"

    def test_not_towards_a_consumer(self) -> None:
        d = withdraw(CONSUMER, IN_2026)
        assert d.outcome is False
        assert d.deadline is None
        assert cites(d, "art. 385¹ § 1 KC")

    def test_not_towards_a_pnpk(self) -> None:
        d = withdraw(NON_PROFESSIONAL, IN_2026)
        assert d.outcome is False
        assert cites(d, "art. 385⁵ KC")

    def test_undetermined_status(self) -> None:
        assert withdraw(UNKNOWN_PURPOSE, IN_2026).missing == ("customer.for_business",)


# --------------------------------------------------------------------------- the other clauses


ClauseRule = Callable[..., ClauseDecision]


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
        d = apply(COMPANY, IN_2026, terms=SEED)
        assert d.outcome is True
        assert d.status is Status.TRADER
        assert cites(d, trader_citation)

    def test_not_a_consumer(
        self, apply: ClauseRule, consumer_citation: str, trader_citation: str
    ) -> None:
        d = apply(CONSUMER, IN_2026, terms=SEED)
        assert d.outcome is False
        assert cites(d, consumer_citation)
        assert "nie wiąże klienta" in d.explain("pl")

    def test_not_a_pnpk(
        self, apply: ClauseRule, consumer_citation: str, trader_citation: str
    ) -> None:
        d = apply(NON_PROFESSIONAL, IN_2026, terms=SEED)
        assert d.outcome is False
        assert d.status is Status.PNPK
        assert cites(d, "art. 385⁵ KC")
        assert cites(d, consumer_citation)

    def test_undetermined(
        self, apply: ClauseRule, consumer_citation: str, trader_citation: str
    ) -> None:
        d = apply(UNKNOWN_PURPOSE, IN_2026, terms=SEED)
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


# The seed's clauses each rule implements are data beside the seed's text (the rules name no
# shop): docs/seeds/woohoo-cloud.yaml, which the reviewers' site reads.
SEED_CLAUSES: dict[str, list[str]] = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "docs" / "seeds" / "woohoo-cloud.yaml").read_text(
        encoding="utf-8"
    )
)["clauses"]


def _seed_clauses_of(rule_id: str) -> set[str]:
    return {clause for clause, rules in SEED_CLAUSES.items() if rule_id in rules}


@pytest.mark.parametrize("rule_id", ALL_RULES)
def test_every_rule_is_registered_with_its_seed_and_entry(rule_id: str) -> None:
    registered = REGISTRY[rule_id]
    assert registered.entry is not None
    assert any(clause.startswith("§ 12 ust.") for clause in _seed_clauses_of(rule_id))
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
    assert "§ 12 ust. 6" in _seed_clauses_of(CAP_RULE)


# --------------------------------------------------------------------------- the shop's terms


def test_the_seed_cap_is_cited_from_the_seed_terms() -> None:
    d = liability_cap(COMPANY, IN_2026, claim(), terms=SEED)
    assert d.reasons[0].message == "business.liability_cap"
    assert "(§ 12 ust. 6 Regulaminu Woohoo Cloud)" in d.explain("pl")
    assert "(§ 12(6) Woohoo Cloud Terms)" in d.explain("en")


def test_a_cap_in_another_paragraph_is_cited_with_its_own_number() -> None:
    # The same cap written in § 9 ust. 3 of another shop's terms: the same 300, its own clause.
    other = shop(cap_clause="§ 9 ust. 3")
    d = liability_cap(COMPANY, IN_2026, claim(), terms=other)
    assert d.outcome == Decimal("300.00")
    [first, *_] = d.reasons
    assert [c.pl() for c in first.basis] == ["§ 9 ust. 3 Regulaminu sklepu Przykład"]
    assert "§ 12 ust. 6" not in d.explain("pl")
    assert "Woohoo" not in d.explain("pl")


@pytest.mark.parametrize(
    "apply",
    [
        liability_cap,
        warranty_exclusion,
        seller_withdrawal,
        account_termination,
        prepayment,
        court_of_seller_seat,
    ],
)
def test_no_terms_is_an_error(apply: Callable[..., Any]) -> None:
    facts: tuple[object, ...] = (COMPANY, IN_2026)
    if apply is liability_cap:
        facts += (claim(),)
    with pytest.raises(TypeError, match="terms"):
        apply(*facts)


def test_terms_without_the_clause_are_refused() -> None:
    bare = SEED.model_validate(
        {
            **SEED.model_dump(exclude={"business", "versions"}),
            "versions": [{"id": "1", "published_on": IN_2026, "effective_from": IN_2026}],
            "business": {"applies_to": ["trader"], "clause": "§ 12 ust. 1"},
        }
    )
    with pytest.raises(InvalidFacts) as error:
        warranty_exclusion(COMPANY, IN_2026, terms=bare)
    assert error.value.field == "terms.business.warranty_exclusion"


def test_terms_not_yet_in_force_are_refused() -> None:
    # The seed's only version takes effect on 17.02.2024: nothing governs a 2023 contract.
    with pytest.raises(InvalidFacts) as error:
        account_termination(COMPANY, date(2023, 6, 1), terms=SEED)
    assert error.value.field == "terms.versions"


def test_a_reserved_period_of_no_days_is_refused_by_the_terms() -> None:
    with pytest.raises(ValidationError, match=r"seller_withdrawal\.days"):
        shop(days=0)


def test_the_seeds_seven_day_variant_reads_the_days_from_the_terms() -> None:
    # 7 days from Mon 2.03.2026: day 7 = Mon 9.03.2026; the clause states the 7.
    d = seller_withdrawal(COMPANY, IN_2026, terms=shop(days=7))
    assert d.deadline == date(2026, 3, 9)
    assert d.reasons[0].params == {"n": 7}


def test_a_status_the_terms_do_not_address_cites_whom_they_bind() -> None:
    d = prepayment(NON_PROFESSIONAL, IN_2026, terms=SEED)
    addressed = [r for r in d.reasons if r.message == "business.not_addressed"]
    assert [c.pl() for r in addressed for c in r.basis] == ["§ 12 ust. 1 Regulaminu Woohoo Cloud"]
    assert not [r for r in prepayment(COMPANY, IN_2026, terms=SEED).reasons if r in addressed]


def test_the_registry_entry_reads_the_terms() -> None:
    assert REGISTRY[CAP_RULE].entry is liability_cap
    assert REGISTRY[SELLER_WITHDRAWAL_RULE].entry is seller_withdrawal


def test_the_statute_rule_takes_the_clause_as_data() -> None:
    # No terms at all: the law applied to a clause's content (Woohoo § 12 ust. 6), 300.
    d = limited_damages(COMPANY, IN_2026, WOOHOO, claim())
    assert d.outcome == Decimal("300.00")
    assert "Woohoo" not in d.explain("pl")


# --------------------------------------------------------------------------- whole sentences


def test_cap_sentences_in_polish_and_english() -> None:
    d = liability_cap(COMPANY, IN_2026, claim(), terms=SEED)
    assert (d.summary.message, dict(d.summary.params or {})) == (
        "liability.cap.amount",
        {"amount": Decimal("300.00")},
    )
    assert d.summary.text("pl") == "Klient może dochodzić odszkodowania do kwoty 300,00\xa0zł."
    assert d.summary.text("en") == "The customer may claim damages of up to PLN\xa0300.00."
    assert d.reasons[0].text("pl") == (
        "Regulamin ogranicza odpowiedzialność sprzedawcy wobec klientów będących "
        "przedsiębiorcami."
    )
    assert d.reasons[0].text("en") == (
        "The terms limit the seller's liability towards customers who are traders."
    )


def test_clause_sentences_in_polish_and_english() -> None:
    d = court_of_seller_seat(CONSUMER, IN_2026, terms=SEED)
    assert d.summary.message == "liability.court_of_seller_seat.does_not_bind"
    assert d.summary.text("pl") == (
        "Poddanie sporów sądowi właściwemu dla siedziby sprzedawcy nie wiąże klienta."
    )
    assert d.summary.text("en") == (
        "The submission of disputes to the court of the seller's seat does not bind the customer."
    )
    unknown = warranty_exclusion(COMPANY, IN_2026, terms=SEED)
    assert (unknown.summary.message, unknown.summary.params) == (
        "liability.warranty_exclusion.undetermined",
        {"missing": ("fraudulently_concealed",), "n": 1},
    )
    assert unknown.summary.text("en") == (
        "It cannot be determined whether the exclusion of liability under the statutory warranty "
        "(rękojmia) binds the customer: fraudulently_concealed is missing."
    )


def test_withdrawal_sentences_in_polish_and_english() -> None:
    d = seller_withdrawal(COMPANY, date(2026, 12, 10), terms=SEED)
    assert d.summary.text("pl") == "Sprzedawca może odstąpić od umowy do 28 grudnia 2026 r."
    assert d.summary.text("en") == (
        "The seller may withdraw from the contract until 28 December 2026."
    )
    assert d.reasons[0].text("pl") == (
        "Regulamin zastrzega sprzedawcy prawo odstąpienia od umowy w terminie 14 dni od jej "
        "zawarcia."
    )
    late = seller_withdrawal(
        COMPANY, date(2026, 12, 10), terms=SEED, statement_received_on=date(2026, 12, 29)
    )
    assert late.summary.text("en") == (
        "The seller's withdrawal is late: the period ended on 28 December 2026."
    )


def test_sentences_in_ukrainian() -> None:
    d = liability_cap(COMPANY, IN_2026, claim(), terms=SEED)
    assert d.summary.text("uk") == "Клієнт може вимагати відшкодування в розмірі до 300,00\xa0PLN."
    termination = account_termination(CONSUMER, IN_2026, terms=SEED)
    assert termination.summary.text("uk") == (
        "Право продавця розірвати договір про ведення облікового запису з негайним ефектом не "
        "зобов'язує клієнта."
    )
