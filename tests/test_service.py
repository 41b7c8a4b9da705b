"""The service clauses of a shop's terms, for the seed (Woohoo Cloud, loaded from examples/):
conclusion (§ 3 ust. 7), activation (§ 4 ust. 1), suspension (§ 4 ust. 12), plan limits
(§ 6), fixing faults (§ 9 ust. 6), website complaints (§ 11 ust. 8) and appeals (§ 14 ust. 7,
10); and for a shop with its own numbers and clauses (tests/data/terms/).

Instants and dates are derived by hand; the derivation is in the comment next to each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from seeds import WOOHOO_FILE, woohoo

from regulamin.calendars import WARSAW
from regulamin.decision import Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models.service import (
    Appeal,
    EmailUsage,
    Order,
    PlanSpec,
    RequestKind,
    ServiceItem,
    ServiceRequest,
    ServiceTerms,
    SlaTerms,
    SuspensionGrounds,
    TransferUsage,
)
from regulamin.registry import REGISTRY
from regulamin.terms import ShopTerms, load
from regulamin.terms.payments import payment_due
from regulamin.terms.service import (
    ACTIVATION_RULE,
    APPEAL_RULE,
    CONCLUSION_RULE,
    EMAIL_LIMIT_RULE,
    FAULT_FIX_RULE,
    SUSPENSION_RULE,
    TRANSFER_LIMIT_RULE,
    WEBSITE_COMPLAINT_RULE,
    LimitMeasure,
    activation_deadline,
    contract_conclusion,
    dsa_appeal,
    email_limit,
    fault_fix_deadline,
    suspension,
    transfer_limit,
    website_complaint,
)

WOOHOO = woohoo()
SEED_SERVICE = WOOHOO.in_force(date(2026, 3, 2)).service
OTHER_SHOP = Path(__file__).parent / "data" / "own_service_clauses.terms.yaml"

_DAY = date(2026, 3, 2)
_BOOKED = datetime(2026, 3, 2, 10, tzinfo=WARSAW)
_ORDER = Order(placed_at=_BOOKED, confirmation_received_at=_BOOKED + timedelta(minutes=5))
_REPORT = ServiceRequest(received_at=_BOOKED, kind=RequestKind.FAULT)


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WARSAW)


def offset_hours(instant: datetime) -> float:
    offset = instant.utcoffset()
    assert offset is not None
    return offset.total_seconds() / 3600


# --------------------------------------------------------------------------- § 3 ust. 7


class TestConclusion:
    def test_concluded_when_the_email_arrives(self) -> None:
        # Placed Mon 23.11.2026 23:10 UTC; the e-mail arrives 23:30 UTC = Tue 24.11 00:30 CET:
        # the contract's day is 24.11 in Warsaw, not 23.11 as in UTC.
        order = Order(
            placed_at=datetime(2026, 11, 23, 23, 10, tzinfo=UTC),
            confirmation_received_at=datetime(2026, 11, 23, 23, 30, tzinfo=UTC),
        )
        d = contract_conclusion(order, terms=WOOHOO)
        assert d.outcome is True
        assert d.concluded_on == date(2026, 11, 24)
        assert d.concluded_at == at(2026, 11, 24, 0, 30)
        # ... and the payment period runs from that day: day 30 = Thu 24.12.2026 (Wigilia)
        # -> Mon 28.12.2026.
        assert d.concluded_on is not None
        assert payment_due(d.concluded_on, terms=WOOHOO).outcome == date(2026, 12, 28)

    def test_no_contract_before_the_email(self) -> None:
        d = contract_conclusion(
            Order(placed_at=at(2026, 11, 23, 10), confirmation_received_at=None), terms=WOOHOO
        )
        assert d.outcome is False
        assert d.concluded_on is None
        assert "nie została" in d.explain("pl")

    def test_confirmation_before_the_order_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="confirmation_received_at"):
            Order(placed_at=at(2026, 11, 23, 10), confirmation_received_at=at(2026, 11, 23, 9))

    def test_not_received_must_be_said(self) -> None:
        with pytest.raises(ValidationError, match="confirmation_received_at"):
            Order(placed_at=at(2026, 11, 23, 10))  # type: ignore[call-arg]

    def test_cites_the_civil_code(self) -> None:
        # The rule cites the Code; the decision for the seed cites its clause too.
        decided = [
            c.pl() for r in contract_conclusion(_ORDER, terms=WOOHOO).reasons for c in r.basis
        ]
        assert "§ 3 ust. 7 Regulaminu Woohoo Cloud" in decided
        basis = [c.pl() for c in REGISTRY[CONCLUSION_RULE].basis]
        assert "art. 70 § 1 KC" in basis
        assert "art. 61 § 2 KC" in basis


# --------------------------------------------------------------------------- § 4 ust. 1


class TestActivation:
    def test_24_hours_as_summer_time_ends(self) -> None:
        # Booked Sat 24.10.2026 10:00 CEST (08:00 UTC); + 24 h = Sun 25.10 08:00 UTC = 09:00
        # CET: the clock shows an hour "earlier" because 25.10 has 25 hours.
        d = activation_deadline((ServiceItem(name="VPS"),), at(2026, 10, 24, 10), terms=WOOHOO)
        assert d.outcome == at(2026, 10, 25, 9)
        assert isinstance(d.outcome, datetime)
        assert offset_hours(d.outcome) == 1

    def test_24_hours_as_summer_time_begins(self) -> None:
        # Booked Sat 28.03.2026 10:00 CET (09:00 UTC); + 24 h = Sun 29.03 09:00 UTC = 11:00 CEST.
        d = activation_deadline((ServiceItem(name="VPS"),), at(2026, 3, 28, 10), terms=WOOHOO)
        assert d.outcome == at(2026, 3, 29, 11)

    def test_the_longest_item_wins(self) -> None:
        # 24 h (default), 48 h and 72 h: 72 h. Booked Mon 9.11.2026 10:00 CET + 72 h = Thu
        # 12.11 10:00 CET (no change of time in between).
        items = (
            ServiceItem(name="Hosting"),
            ServiceItem(name="Domena", activation_hours=48),
            ServiceItem(name="SSL", activation_hours=72),
        )
        d = activation_deadline(items, at(2026, 11, 9, 10), terms=WOOHOO)
        assert d.outcome == at(2026, 11, 12, 10)
        assert d.limit_hours == 72
        assert "SSL" in d.explain("pl")

    def test_a_shorter_stated_time(self) -> None:
        # One item stating 2 h: booked 10:00 -> 12:00 the same day.
        d = activation_deadline(
            (ServiceItem(name="DNS", activation_hours=2),), at(2026, 11, 9, 10), terms=WOOHOO
        )
        assert d.outcome == at(2026, 11, 9, 12)

    def test_not_booked_yet(self) -> None:
        d = activation_deadline((ServiceItem(name="VPS"),), None, terms=WOOHOO)
        assert d.outcome == Undetermined(("booked_at",))
        assert d.deadline is None

    def test_activated_in_time(self) -> None:
        d = activation_deadline(
            (ServiceItem(name="VPS"),),
            at(2026, 11, 9, 10),
            activated_at=at(2026, 11, 10, 10),
            terms=WOOHOO,
        )
        assert d.met is True
        late = activation_deadline(
            (ServiceItem(name="VPS"),),
            at(2026, 11, 9, 10),
            activated_at=at(2026, 11, 10, 10, 1),
            terms=WOOHOO,
        )
        assert late.met is False

    def test_naive_booking_names_the_field(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            activation_deadline((ServiceItem(name="VPS"),), datetime(2026, 11, 9, 10), terms=WOOHOO)
        assert error.value.field == "booked_at"

    def test_an_order_needs_a_service(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            activation_deadline((), at(2026, 11, 9, 10), terms=WOOHOO)
        assert error.value.field == "items"


# --------------------------------------------------------------------------- § 4 ust. 12


class TestSuspension:
    @pytest.mark.parametrize(
        ("grounds", "point"),
        [
            ({"payment_late": True}, "pkt 1"),
            ({"transfer_limit_exceeded": True}, "pkt 2"),
            ({"illegal_content": True}, "pkt 3"),
        ],
    )
    def test_each_ground_allows_suspension(self, grounds: dict[str, bool], point: str) -> None:
        d = suspension(SuspensionGrounds(**grounds), date(2026, 3, 2), terms=WOOHOO)
        assert d.outcome is True
        assert f"§ 4 ust. 12 {point}" in d.explain("pl")

    def test_one_ground_is_enough_though_others_are_unknown(self) -> None:
        d = suspension(SuspensionGrounds(illegal_content=True), date(2026, 3, 2), terms=WOOHOO)
        assert d.outcome is True

    def test_unknown_grounds_are_named(self) -> None:
        d = suspension(SuspensionGrounds(payment_late=False), date(2026, 3, 2), terms=WOOHOO)
        assert d.outcome == Undetermined(
            ("grounds.transfer_limit_exceeded", "grounds.illegal_content")
        )

    def test_no_ground(self) -> None:
        grounds = SuspensionGrounds(
            payment_late=False, transfer_limit_exceeded=False, illegal_content=False
        )
        d = suspension(grounds, date(2026, 3, 2), terms=WOOHOO)
        assert d.outcome is False
        assert len(d.not_applied) == 3

    def test_exceeded_transfer_names_how_long(self) -> None:
        d = suspension(
            SuspensionGrounds(transfer_limit_exceeded=True), date(2026, 3, 2), terms=WOOHOO
        )
        assert "§ 6 ust. 3" in d.explain("pl")


# --------------------------------------------------------------------------- § 6


class TestTransferLimit:
    def test_equal_to_the_limit_is_within(self) -> None:
        d = transfer_limit(
            "BASIC", TransferUsage(used_gb=Decimal("500")), date(2026, 3, 2), terms=WOOHOO
        )
        assert d.outcome is False
        assert d.limit == 500
        assert d.measures == ()

    def test_above_the_limit(self) -> None:
        usage = TransferUsage(used_gb=Decimal("500.001"), billing_period_ends_on=date(2026, 3, 31))
        d = transfer_limit("BASIC", usage, date(2026, 3, 2), terms=WOOHOO)
        assert d.outcome is True
        assert d.measures == (LimitMeasure.SUSPEND_ACCOUNT, LimitMeasure.NOTIFY_BY_EMAIL)
        assert d.until == date(2026, 3, 31)
        assert "500,001 GB" in d.explain("pl")

    @pytest.mark.parametrize(("plan", "limit"), [("START", 100), ("BASIC", 500), ("PLUS", 1000)])
    def test_limits_per_plan(self, plan: str, limit: int) -> None:
        within = transfer_limit(
            plan, TransferUsage(used_gb=Decimal(limit)), date(2026, 3, 2), terms=WOOHOO
        )
        above = transfer_limit(
            plan, TransferUsage(used_gb=Decimal(limit + 1)), date(2026, 3, 2), terms=WOOHOO
        )
        assert (within.outcome, above.outcome) == (False, True)

    def test_pro_has_no_limit(self) -> None:
        d = transfer_limit(
            "PRO", TransferUsage(used_gb=Decimal("1000000")), date(2026, 3, 2), terms=WOOHOO
        )
        assert d.outcome is False
        assert d.limit is None
        assert "§ 6 ust. 4" in d.explain("pl")

    def test_unknown_plan_names_the_field(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            transfer_limit(
                "GOLD", TransferUsage(used_gb=Decimal(1)), date(2026, 3, 2), terms=WOOHOO
            )
        assert error.value.field == "plan"

    def test_a_billing_period_already_over_is_refused(self) -> None:
        usage = TransferUsage(used_gb=Decimal(1), billing_period_ends_on=date(2026, 3, 1))
        with pytest.raises(InvalidFacts):
            transfer_limit("START", usage, date(2026, 3, 2), terms=WOOHOO)

    def test_the_plan_table_is_data(self) -> None:
        # A shop's own plan with a 50 GB limit: 51 GB exceeds it.
        sla = SlaTerms(first_reply_hours=2, restore_hours=8, holidays_on_extended_days=False)
        assert SEED_SERVICE is not None
        service = SEED_SERVICE.model_copy(
            update={
                "plans": (
                    PlanSpec(name="mini", transfer_limit_gb=50, email_limit_per_day=10, sla=sla),
                )
            }
        )
        terms = ShopTerms.model_validate(
            {**WOOHOO.model_dump(exclude_unset=True), "service": service}
        )
        d = transfer_limit(
            "MINI", TransferUsage(used_gb=Decimal(51)), date(2026, 3, 2), terms=terms
        )
        assert d.outcome is True

    def test_plan_names_must_be_unique(self) -> None:
        assert SEED_SERVICE is not None
        spec = SEED_SERVICE.plans[0]
        with pytest.raises(ValidationError, match="repeated: START"):
            ServiceTerms.model_validate(
                {**SEED_SERVICE.model_dump(), "plans": [spec.model_dump(), spec.model_dump()]}
            )


class TestEmailLimit:
    def test_limit_reached_is_within(self) -> None:
        d = email_limit("START", EmailUsage(on=date(2026, 3, 28), sent=250), terms=WOOHOO)
        assert d.outcome is False

    def test_above_the_limit_halts_until_midnight(self) -> None:
        # START: 250 a day; 251 sent on Sat 28.03.2026 -> halted until the midnight ending the
        # day, Sun 29.03 00:00 CET (summer time begins only at 2:00 that night).
        d = email_limit("START", EmailUsage(on=date(2026, 3, 28), sent=251), terms=WOOHOO)
        assert d.outcome is True
        assert d.until == at(2026, 3, 29, 0)
        assert isinstance(d.until, datetime)
        assert offset_hours(d.until) == 1
        assert d.measures == (LimitMeasure.HALT_EMAIL, LimitMeasure.NOTIFY_BY_EMAIL)

    @pytest.mark.parametrize(
        ("plan", "limit"), [("START", 250), ("BASIC", 500), ("PLUS", 1000), ("PRO", 5000)]
    )
    def test_limits_per_plan(self, plan: str, limit: int) -> None:
        day = date(2026, 3, 2)
        assert email_limit(plan, EmailUsage(on=day, sent=limit), terms=WOOHOO).outcome is False
        assert email_limit(plan, EmailUsage(on=day, sent=limit + 1), terms=WOOHOO).outcome is True


# --------------------------------------------------------------------------- § 9 ust. 6


class TestFaultFix:
    def test_end_on_wigilia_rolls(self) -> None:
        # Received Thu 10.12.2026; day 14 = Thu 24.12 (Wigilia, since 2025); 25-27 off ->
        # Mon 28.12.2026.
        report = ServiceRequest(received_at=at(2026, 12, 10, 9), kind=RequestKind.FAULT)
        d = fault_fix_deadline(report, terms=WOOHOO)
        assert d.outcome == date(2026, 12, 28)
        assert d.nominal_end == date(2026, 12, 24)

    def test_wigilia_2024_is_a_working_day(self) -> None:
        # Received Tue 10.12.2024; day 14 = Tue 24.12.2024, a working day that year.
        report = ServiceRequest(received_at=at(2024, 12, 10, 9), kind=RequestKind.FAILURE)
        assert fault_fix_deadline(report, terms=WOOHOO).outcome == date(2024, 12, 24)

    def test_the_day_is_the_warsaw_day(self) -> None:
        # 23:30 UTC on Wed 9.12.2026 is Thu 10.12 00:30 in Warsaw: counted from 10.12 -> 28.12.
        report = ServiceRequest(
            received_at=datetime(2026, 12, 9, 23, 30, tzinfo=UTC), kind=RequestKind.FAULT
        )
        assert fault_fix_deadline(report, terms=WOOHOO).outcome == date(2026, 12, 28)

    def test_critical_failure_points_to_the_sla(self) -> None:
        report = ServiceRequest(
            received_at=at(2026, 12, 10, 9), kind=RequestKind.FAILURE, critical=True
        )
        assert "§ 5 ust. 3" in fault_fix_deadline(report, terms=WOOHOO).explain("pl")

    def test_a_question_has_no_fix_deadline(self) -> None:
        report = ServiceRequest(received_at=at(2026, 12, 10, 9), kind=RequestKind.INFORMATION)
        d = fault_fix_deadline(report, terms=WOOHOO)
        assert d.outcome is None
        assert d.not_applied

    def test_fixed_in_time(self) -> None:
        report = ServiceRequest(received_at=at(2026, 12, 10, 9), kind=RequestKind.FAULT)
        assert fault_fix_deadline(report, fixed_on=date(2026, 12, 28), terms=WOOHOO).met is True
        assert fault_fix_deadline(report, fixed_on=date(2026, 12, 29), terms=WOOHOO).met is False

    def test_fixed_before_the_report_is_refused(self) -> None:
        report = ServiceRequest(received_at=at(2026, 12, 10, 9), kind=RequestKind.FAULT)
        with pytest.raises(InvalidFacts) as error:
            fault_fix_deadline(report, fixed_on=date(2026, 12, 9), terms=WOOHOO)
        assert error.value.field == "fixed_on"


# --------------------------------------------------------------------------- § 11 and § 14


class TestWebsiteComplaint:
    def test_end_on_a_saturday_holiday(self) -> None:
        # Received Sat 1.08.2026; day 14 = Sat 15.08 (also a holiday); Sun 16 -> Mon 17.08.
        d = website_complaint(date(2026, 8, 1), terms=WOOHOO)
        assert d.outcome == date(2026, 8, 17)

    def test_no_deemed_acceptance(self) -> None:
        d = website_complaint(date(2026, 8, 1), terms=WOOHOO)
        assert any("7a" in reason.text("pl") for reason in d.not_applied)
        assert "art. 7a" not in " ".join(c.pl() for c in REGISTRY[WEBSITE_COMPLAINT_RULE].basis)

    def test_decided_late(self) -> None:
        assert (
            website_complaint(date(2026, 8, 1), decided_on=date(2026, 8, 18), terms=WOOHOO).met
            is False
        )

    def test_decision_before_the_complaint_is_refused(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            website_complaint(date(2026, 8, 1), decided_on=date(2026, 7, 31), terms=WOOHOO)
        assert error.value.field == "decided_on"


class TestAppeal:
    def test_account_appeal_over_all_saints(self) -> None:
        # Received Sun 18.10.2026; day 14 = Sun 1.11 (All Saints) -> Mon 2.11.2026.
        d = dsa_appeal(Appeal(received_on=date(2026, 10, 18), against="account"), terms=WOOHOO)
        assert d.outcome == date(2026, 11, 2)
        text = d.explain("pl")
        assert "§ 14 ust. 10" in text
        assert "art. 20 ust. 1 lit. c DSA" in text
        assert "art. 20 ust. 6 DSA" in text

    def test_content_appeal(self) -> None:
        # Received Thu 10.12.2026; day 14 = Thu 24.12 (Wigilia) -> Mon 28.12.2026.
        d = dsa_appeal(Appeal(received_on=date(2026, 12, 10), against="content"), terms=WOOHOO)
        assert d.outcome == date(2026, 12, 28)
        text = d.explain("en")
        assert "§ 14(7)" in text
        assert "Art. 17 DSA" in text

    def test_unknown_decision_kind(self) -> None:
        with pytest.raises(ValidationError, match="against"):
            Appeal(received_on=date(2026, 12, 10), against="payment")


# --------------------------------------------------------------------------- registry


class TestRegistry:
    @pytest.mark.parametrize(
        ("decide", "clause"),
        [
            (lambda t: contract_conclusion(_ORDER, terms=t), "§ 3 ust. 7"),
            (
                lambda t: activation_deadline((ServiceItem(name="VPS"),), _BOOKED, terms=t),
                "§ 4 ust. 1",
            ),
            (
                lambda t: suspension(SuspensionGrounds(payment_late=True), _DAY, terms=t),
                "§ 4 ust. 12 pkt 1",
            ),
            (
                lambda t: transfer_limit("START", TransferUsage(used_gb=Decimal(1)), _DAY, terms=t),
                "§ 6 ust. 2",
            ),
            (lambda t: email_limit("START", EmailUsage(on=_DAY, sent=1), terms=t), "§ 6 ust. 5"),
            (lambda t: fault_fix_deadline(_REPORT, terms=t), "§ 9 ust. 6"),
            (lambda t: website_complaint(_DAY, terms=t), "§ 11 ust. 8"),
            (
                lambda t: dsa_appeal(Appeal(received_on=_DAY, against="content"), terms=t),
                "§ 14 ust. 7",
            ),
            (
                lambda t: dsa_appeal(Appeal(received_on=_DAY, against="account"), terms=t),
                "§ 14 ust. 10",
            ),
        ],
    )
    def test_decisions_cite_the_seeds_clause(self, decide: Any, clause: str) -> None:
        basis = [c.pl() for r in decide(WOOHOO).reasons for c in r.basis]
        assert f"{clause} Regulaminu Woohoo Cloud" in basis

    @pytest.mark.parametrize(
        "rule_id",
        [
            CONCLUSION_RULE,
            ACTIVATION_RULE,
            SUSPENSION_RULE,
            TRANSFER_LIMIT_RULE,
            EMAIL_LIMIT_RULE,
            FAULT_FIX_RULE,
            WEBSITE_COMPLAINT_RULE,
            APPEAL_RULE,
        ],
    )
    def test_rules_are_declared_with_an_entry_requiring_terms(self, rule_id: str) -> None:
        import inspect  # noqa: PLC0415

        entry = REGISTRY[rule_id].entry
        assert entry is not None
        parameter = inspect.signature(entry).parameters["terms"]
        assert parameter.default is inspect.Parameter.empty
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY

    def test_the_seed_covers_its_first_day(self) -> None:
        # The seed's only version takes effect on 17.02.2024 (art. 93 ust. 2 DSA).
        assert website_complaint(date(2024, 2, 17), terms=WOOHOO).outcome == date(2024, 3, 4)

    def test_before_the_terms(self) -> None:
        with pytest.raises(LawNotCovered):
            website_complaint(date(2024, 2, 16), terms=WOOHOO)

    def test_json(self) -> None:
        record = activation_deadline(
            (ServiceItem(name="VPS"),), at(2026, 10, 24, 10), terms=WOOHOO
        ).as_dict()
        assert record["outcome"] == "2026-10-25T09:00:00+01:00"
        assert record["rule"] == "service.activation"


_instants = st.datetimes(
    min_value=datetime(2024, 3, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)


@given(_instants, st.integers(min_value=1, max_value=400))
def test_activation_is_elapsed_time(booked: datetime, hours: int) -> None:
    # Whatever the wall clock does, the deadline lies exactly `hours` after the booking.
    d = activation_deadline((ServiceItem(name="x", activation_hours=hours),), booked, terms=WOOHOO)
    assert isinstance(d.outcome, datetime)
    assert d.outcome - booked == timedelta(hours=hours)
    assert d.outcome.tzinfo is WARSAW


@given(st.sampled_from(["START", "BASIC", "PLUS"]), st.integers(min_value=0, max_value=2000))
def test_transfer_exceeded_exactly_above_the_limit(plan: str, used: int) -> None:
    limit = {"START": 100, "BASIC": 500, "PLUS": 1000}[plan]
    d = transfer_limit(plan, TransferUsage(used_gb=Decimal(used)), date(2026, 3, 2), terms=WOOHOO)
    assert d.outcome is (used > limit)


# --------------------------------------------------------------------------- a shop's own


@pytest.fixture(scope="module")
def other() -> ShopTerms:
    """A shop with its own numbers, clause numbers and plans (MINI, MAXI)."""
    return load(OTHER_SHOP)


class TestAShopsOwnTerms:
    def test_its_own_activation_time_and_clause(self, other: ShopTerms) -> None:
        # 12 hours from Mon 2.03.2026 10:00 -> 22:00 the same day.
        d = activation_deadline((ServiceItem(name="VPS"),), _BOOKED, terms=other)
        assert d.outcome == at(2026, 3, 2, 22)
        assert d.reasons[0].line("pl") == (
            "Termin aktywacji wynosi 12 godz., chyba że opis usługi lub zamówienie podaje inny "
            "(§ 3 ust. 2 Regulaminu Hostingu Przykład)."
        )

    def test_its_own_fault_fix_period(self, other: ShopTerms) -> None:
        # 7 days from Mon 2.03.2026 -> Mon 9.03.2026.
        d = fault_fix_deadline(_REPORT, terms=other)
        assert d.outcome == date(2026, 3, 9)
        assert d.reasons[0].line("en") == (
            "The provider removes reported failures and faults within a reasonable time, at the "
            "latest within 7 calendar days of receiving the report (§ 8(1) Przykład Hosting "
            "Terms)."
        )

    def test_its_own_website_and_appeal_periods(self, other: ShopTerms) -> None:
        # 21 days from Mon 2.03.2026 -> Mon 23.03; 10 days -> Thu 12.03 (both appeals: the
        # shop gives one period, § 12 ust. 3).
        assert website_complaint(_DAY, terms=other).outcome == date(2026, 3, 23)
        for against in ("content", "account"):
            d = dsa_appeal(Appeal(received_on=_DAY, against=against), terms=other)
            assert d.outcome == date(2026, 3, 12)
            assert "§ 12 ust. 3 Regulaminu Hostingu Przykład" in d.explain("pl")
            assert "Woohoo" not in d.explain("pl")

    def test_its_own_plans_and_limits(self, other: ShopTerms) -> None:
        d = transfer_limit("mini", TransferUsage(used_gb=Decimal(51)), _DAY, terms=other)
        assert (d.outcome, d.plan, d.limit) == (True, "MINI", 50)
        assert "§ 7 ust. 1 Regulaminu Hostingu Przykład" in d.explain("pl")
        assert "§ 7 ust. 5 Regulaminu Hostingu Przykład" in d.explain("pl")
        unlimited = email_limit("MAXI", EmailUsage(on=_DAY, sent=10**6), terms=other)
        assert unlimited.outcome is False
        assert "§ 7 ust. 4 Regulaminu Hostingu Przykład" in unlimited.explain("pl")

    def test_the_seeds_plan_is_unknown_here(self, other: ShopTerms) -> None:
        with pytest.raises(InvalidFacts, match="the terms offer MINI, MAXI") as error:
            transfer_limit("START", TransferUsage(used_gb=Decimal(1)), _DAY, terms=other)
        assert error.value.field == "plan"

    def test_only_its_own_grounds_count(self, other: ShopTerms) -> None:
        # The shop suspends only for a late payment (§ 6 ust. 1): illegal content is no ground.
        d = suspension(SuspensionGrounds(illegal_content=True), _DAY, terms=other)
        assert d.outcome == Undetermined(("grounds.payment_late",))
        late = suspension(SuspensionGrounds(payment_late=True), _DAY, terms=other)
        assert late.outcome is True
        assert late.reasons[0].line("pl") == (
            "Zachodzi podstawa zawieszenia: opóźnienie w płatności za usługę "
            "(§ 6 ust. 1 Regulaminu Hostingu Przykład)."
        )

    def test_its_own_conclusion_clause(self, other: ShopTerms) -> None:
        d = contract_conclusion(_ORDER, terms=other)
        assert "§ 2 ust. 4 Regulaminu Hostingu Przykład" in d.explain("pl")


class TestNoTermsNoRule:
    @pytest.mark.parametrize(
        "call",
        [
            lambda: contract_conclusion(_ORDER),  # type: ignore[call-arg]
            lambda: activation_deadline((ServiceItem(name="VPS"),), _BOOKED),  # type: ignore[call-arg]
            lambda: suspension(SuspensionGrounds(), _DAY),  # type: ignore[call-arg]
            lambda: transfer_limit("START", TransferUsage(used_gb=Decimal(1)), _DAY),  # type: ignore[call-arg]
            lambda: email_limit("START", EmailUsage(on=_DAY, sent=1)),  # type: ignore[call-arg]
            lambda: fault_fix_deadline(_REPORT),  # type: ignore[call-arg]
            lambda: website_complaint(_DAY),  # type: ignore[call-arg]
            lambda: dsa_appeal(Appeal(received_on=_DAY, against="content")),  # type: ignore[call-arg]
        ],
    )
    def test_without_terms_is_a_type_error_naming_them(self, call: Any) -> None:
        with pytest.raises(TypeError, match="'terms'"):
            call()

    def test_terms_without_a_service_section(self) -> None:
        shop = ShopTerms.model_validate({**WOOHOO.model_dump(exclude_unset=True), "service": None})
        with pytest.raises(InvalidFacts) as error:
            website_complaint(_DAY, terms=shop)
        assert error.value.field == "terms.service"


class TestSentences:
    def test_the_appeal_in_three_languages_and_its_message(self) -> None:
        d = dsa_appeal(Appeal(received_on=date(2026, 10, 30), against="account"), terms=WOOHOO)
        assert d.summary.message == "service.dsa_appeal.due"
        assert d.reasons[0].message == "service.dsa_appeal.account"
        assert d.reasons[0].params == {"n": 14}
        assert d.summary.text("pl") == "Odwołanie należy rozpatrzyć najpóźniej 13 listopada 2026 r."
        assert (
            d.summary.text("en")
            == "The appeal must be considered by 13 November 2026 at the latest."
        )

    def test_the_limit_in_both_languages(self) -> None:
        usage = TransferUsage(used_gb=Decimal("500.5"))
        d = transfer_limit("BASIC", usage, _DAY, terms=WOOHOO)
        assert d.reasons[0].text("pl") == (
            "Limit transferu w pakiecie BASIC wynosi 500 GB na okres rozliczeniowy; "
            "wykorzystano 500,5 GB."
        )
        assert d.reasons[0].text("en") == (
            "The BASIC plan's transfer limit is 500 GB a billing period; 500.5 GB have been used."
        )


def test_the_seeds_file_is_where_the_tests_read_it() -> None:
    assert WOOHOO_FILE.name == "terms.yaml"


def test_the_fault_fix_in_ukrainian() -> None:
    # Received Mon 2.03.2026; 14 days -> Mon 16.03.2026.
    d = fault_fix_deadline(_REPORT, terms=WOOHOO)
    assert (
        d.summary.text("uk")
        == "Заявлений збій або несправність слід усунути не пізніше 16 березня 2026 р."
    )
    assert d.reasons[0].line("uk") == (
        "Виконавець усуває заявлені збої та несправності в розумний строк, не пізніше ніж "
        "протягом 14 календарних днів від отримання звернення (§ 9 ust. 6 Regulaminu Woohoo Cloud)."
    )


def test_no_dsa_appeal_before_the_dsa_applies(other: ShopTerms) -> None:
    # The other shop's terms are in force from 1.01.2024, but art. 20 DSA applies only from
    # 17.02.2024 (art. 93 ust. 2 DSA): an appeal received on 15.01.2024 is not covered.
    with pytest.raises(LawNotCovered):
        dsa_appeal(Appeal(received_on=date(2024, 1, 15), against="content"), terms=other)
    d = dsa_appeal(Appeal(received_on=date(2024, 2, 19), against="content"), terms=other)
    assert d.outcome == date(2024, 2, 29)  # Mon 19.02.2024 + 10 = Thu 29.02.2024
