"""Paying for a service under a shop's terms: the due date, the reminders, and the shutdown
of a suspended, unpaid service; the seed (Woohoo Cloud § 4 ust. 5, 13, 14, loaded from
examples/) and a shop with its own numbers and clauses (tests/data/terms/).

Dates are derived by hand (art. 111 § 2 KC: the day of the event is not counted; art. 115 KC:
an end on a Saturday, Sunday or holiday moves to the next working day; Wigilia is a holiday
from 2025); the derivation is in the comment next to each expectation."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from seeds import woohoo

from regulamin.calendars import is_day_off
from regulamin.decision import Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.registry import REGISTRY
from regulamin.terms import ShopTerms, load
from regulamin.terms.payments import (
    DUE_RULE,
    REMINDERS_RULE,
    SHUTDOWN_RULE,
    ShutdownStatus,
    payment_due,
    payment_reminders,
    service_shutdown,
)

WOOHOO = woohoo()
OTHER_SHOP = Path(__file__).parent / "data" / "own_service_clauses.terms.yaml"


@pytest.fixture(scope="module")
def other() -> ShopTerms:
    """A shop paying 14 days, reminding after 1, shutting down 7 days after (§ 5 ust. 2, 6, 7
    of its own terms)."""
    return load(OTHER_SHOP)


class TestDueDate:
    def test_end_on_wigilia_rolls_to_monday(self) -> None:
        # Concluded Tue 24.11.2026; day 1 = 25.11; 25-30.11 = 6 days, 1-24.12 = 24 -> day 30 =
        # Thu 24.12.2026 (Wigilia, a holiday since 2025); 25 (holiday), 26 (Sat), 27 (Sun)
        # -> Mon 28.12.2026.
        d = payment_due(date(2026, 11, 24), terms=WOOHOO)
        assert d.outcome == date(2026, 12, 28)
        assert d.nominal_end == date(2026, 12, 24)
        assert d.deadline == date(2026, 12, 28)
        assert d.cancellable_from == date(2026, 12, 29)
        assert "art. 115 KC" in d.explain("pl")

    def test_wigilia_2024_was_a_working_day(self) -> None:
        # Concluded Sun 24.11.2024; day 30 = Tue 24.12.2024, a working day in 2024: no roll.
        d = payment_due(date(2024, 11, 24), terms=WOOHOO)
        assert d.outcome == date(2024, 12, 24)
        assert d.nominal_end == d.outcome

    def test_end_on_a_saturday(self) -> None:
        # Concluded Thu 15.01.2026; 16-31.01 = 16 days, 1-14.02 = 14 -> day 30 = Sat
        # 14.02.2026 -> Mon 16.02.2026.
        assert payment_due(date(2026, 1, 15), terms=WOOHOO).outcome == date(2026, 2, 16)

    def test_calendar_days_count_weekends_inside(self) -> None:
        # Concluded Mon 2.03.2026; 3-31.03 = 29 days -> day 30 = Wed 1.04.2026, a working day:
        # the four weekends inside the period are counted.
        assert payment_due(date(2026, 3, 2), terms=WOOHOO).outcome == date(2026, 4, 1)

    def test_paid_on_the_due_date_is_in_time(self) -> None:
        d = payment_due(date(2026, 11, 24), paid_on=date(2026, 12, 28), terms=WOOHOO)
        assert d.paid_in_time is True

    def test_paid_the_day_after_is_late(self) -> None:
        d = payment_due(date(2026, 11, 24), paid_on=date(2026, 12, 29), terms=WOOHOO)
        assert d.paid_in_time is False
        assert "po terminie" in d.explain("pl")

    def test_no_payment_given(self) -> None:
        assert payment_due(date(2026, 11, 24), terms=WOOHOO).paid_in_time is None

    def test_other_payment_terms(self, other: ShopTerms) -> None:
        # 14 days from Tue 10.12.2024 -> Tue 24.12.2024 (a working day in 2024).
        assert payment_due(date(2024, 12, 10), terms=other).outcome == date(2024, 12, 24)

    def test_before_the_terms(self) -> None:
        with pytest.raises(LawNotCovered):
            payment_due(date(2024, 2, 16), terms=WOOHOO)


class TestReminders:
    def test_one_three_five_days_after(self) -> None:
        # Due Mon 28.12.2026: +1 = Tue 29.12, +3 = Thu 31.12, +5 = Sat 2.01.2027. Reminders are
        # the provider's e-mails, not deadlines: the Saturday stays.
        d = payment_reminders(date(2026, 12, 28), terms=WOOHOO)
        assert d.outcome == (date(2026, 12, 29), date(2026, 12, 31), date(2027, 1, 2))
        assert d.schedule == d.outcome

    def test_payment_stops_later_reminders(self) -> None:
        # Paid Wed 30.12: the reminder of 29.12 went out; those of 31.12 and 2.01 do not.
        d = payment_reminders(date(2026, 12, 28), paid_on=date(2026, 12, 30), terms=WOOHOO)
        assert d.outcome == (date(2026, 12, 29),)
        assert d.not_applied

    def test_payment_on_a_reminder_day(self) -> None:
        # Paid on 31.12 itself: that day's automatic reminder still counts (interpretation).
        d = payment_reminders(date(2026, 12, 28), paid_on=date(2026, 12, 31), terms=WOOHOO)
        assert d.outcome == (date(2026, 12, 29), date(2026, 12, 31))

    def test_paid_in_time_means_no_reminder(self) -> None:
        d = payment_reminders(date(2026, 12, 28), paid_on=date(2026, 12, 28), terms=WOOHOO)
        assert d.outcome == ()
        assert "Żadne przypomnienie" in d.explain("pl")

    def test_polish_agrees_with_the_number(self) -> None:
        text = payment_reminders(date(2026, 12, 28), terms=WOOHOO).explain("pl")
        assert "Przypomnienie 1 dzień po upływie" in text
        assert "Przypomnienie 3 dni po upływie" in text


class TestShutdown:
    def test_unpaid_service_is_shut_down_the_day_after(self) -> None:
        # Due Mon 28.12.2026; 29-31.12 = 3 days, 1-27.01 = 27 -> day 30 = Wed 27.01.2027, a
        # working day: the last day to pay. Shutdown and deletion from Thu 28.01.2027.
        d = service_shutdown(date(2026, 12, 28), True, date(2027, 1, 28), terms=WOOHOO)
        assert d.outcome is ShutdownStatus.SHUT_DOWN
        assert d.pay_by == date(2027, 1, 27)
        assert d.shutdown_on == date(2027, 1, 28)
        assert "RODO" in d.explain("pl")

    def test_pending_on_the_last_day(self) -> None:
        d = service_shutdown(date(2026, 12, 28), True, date(2027, 1, 27), terms=WOOHOO)
        assert d.outcome is ShutdownStatus.PENDING
        assert d.deadline == date(2027, 1, 27)

    def test_paid_on_the_last_day(self) -> None:
        d = service_shutdown(
            date(2026, 12, 28), True, date(2027, 2, 1), paid_on=date(2027, 1, 27), terms=WOOHOO
        )
        assert d.outcome is ShutdownStatus.PAID_IN_TIME
        assert "RODO" not in d.explain("pl")

    def test_paid_too_late(self) -> None:
        d = service_shutdown(
            date(2026, 12, 28), True, date(2027, 2, 1), paid_on=date(2027, 1, 28), terms=WOOHOO
        )
        assert d.outcome is ShutdownStatus.SHUT_DOWN

    def test_last_day_on_a_saturday_holiday_rolls(self) -> None:
        # Due Thu 16.07.2026; 17-31.07 = 15 days, 1-15.08 = 15 -> day 30 = Sat 15.08.2026
        # (also a holiday); Sun 16 -> Mon 17.08 is the last day; shutdown from Tue 18.08.
        d = service_shutdown(date(2026, 7, 16), True, date(2026, 8, 17), terms=WOOHOO)
        assert d.outcome is ShutdownStatus.PENDING
        assert d.pay_by == date(2026, 8, 17)
        assert d.shutdown_on == date(2026, 8, 18)

    def test_not_suspended(self) -> None:
        d = service_shutdown(date(2026, 12, 28), False, date(2027, 3, 1), terms=WOOHOO)
        assert d.outcome is ShutdownStatus.NOT_SUSPENDED
        assert d.not_applied

    def test_suspension_unknown(self) -> None:
        d = service_shutdown(date(2026, 12, 28), None, date(2027, 3, 1), terms=WOOHOO)
        assert d.outcome == Undetermined(("suspended_for_non_payment",))

    def test_paid_by_the_due_date_contradicts_suspension(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            service_shutdown(
                date(2026, 12, 28), True, date(2027, 3, 1), paid_on=date(2026, 12, 20), terms=WOOHOO
            )
        assert error.value.field == "suspended_for_non_payment"

    def test_payment_in_the_future_is_refused(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            service_shutdown(
                date(2026, 12, 28), True, date(2027, 1, 5), paid_on=date(2027, 1, 6), terms=WOOHOO
            )
        assert error.value.field == "paid_on"

    def test_chain_from_conclusion(self) -> None:
        # Concluded 24.11.2026 -> due 28.12.2026 (see TestDueDate) -> last day 27.01.2027.
        due = payment_due(date(2026, 11, 24), terms=WOOHOO).outcome
        assert due == date(2026, 12, 28)
        assert isinstance(due, date)
        d = service_shutdown(due, True, date(2027, 1, 10), terms=WOOHOO)
        assert d.shutdown_on == date(2027, 1, 28)


class TestRegistry:
    @pytest.mark.parametrize("rule_id", [DUE_RULE, REMINDERS_RULE, SHUTDOWN_RULE])
    def test_rules_are_declared(self, rule_id: str) -> None:
        registered = REGISTRY[rule_id]
        assert registered.entry is not None
        assert registered.interpretations

    @pytest.mark.parametrize(
        ("decide", "clause"),
        [
            (lambda t: payment_due(date(2026, 11, 24), terms=t), "§ 4 ust. 5"),
            (lambda t: payment_reminders(date(2026, 12, 28), terms=t), "§ 4 ust. 14"),
            (
                lambda t: service_shutdown(date(2026, 12, 28), True, date(2027, 1, 28), terms=t),
                "§ 4 ust. 13",
            ),
        ],
    )
    def test_decisions_cite_the_seeds_clause(self, decide: Any, clause: str) -> None:
        basis = [c.pl() for r in decide(WOOHOO).reasons for c in r.basis]
        assert f"{clause} Regulaminu Woohoo Cloud" in basis

    def test_the_seed_covers_its_first_day(self) -> None:
        # The seed's only version takes effect on 17.02.2024 (art. 93 ust. 2 DSA).
        assert payment_due(date(2024, 2, 17), terms=WOOHOO).outcome == date(2024, 3, 18)

    def test_due_date_cites_the_civil_code(self) -> None:
        basis = [c.pl() for c in REGISTRY[DUE_RULE].basis]
        assert "art. 354 § 1 KC" in basis
        assert "art. 476 KC" in basis

    def test_json(self) -> None:
        record = service_shutdown(
            date(2026, 12, 28), True, date(2027, 1, 28), terms=WOOHOO
        ).as_dict()
        assert record["outcome"] == "shut_down"
        assert record["shutdown_on"] == "2027-01-28"


_days = st.dates(min_value=date(2024, 3, 1), max_value=date(2035, 12, 31))


@given(_days)
def test_due_date_is_day_30_or_the_next_working_day(concluded: date) -> None:
    d = payment_due(concluded, terms=WOOHOO)
    due = d.outcome
    assert isinstance(due, date)
    assert d.nominal_end == concluded + timedelta(days=30)
    assert not is_day_off(due)
    day = d.nominal_end
    while day < due:
        assert is_day_off(day)
        day += timedelta(days=1)


@given(_days)
def test_reminders_follow_the_due_date(due: date) -> None:
    assert payment_reminders(due, terms=WOOHOO).outcome == tuple(
        due + timedelta(days=n) for n in (1, 3, 5)
    )


@given(_days)
def test_shutdown_comes_after_the_last_day_to_pay(due: date) -> None:
    d = service_shutdown(due, True, due, terms=WOOHOO)
    assert d.pay_by is not None
    assert d.shutdown_on == d.pay_by + timedelta(days=1)
    assert d.pay_by >= due + timedelta(days=30)
    assert not is_day_off(d.pay_by)


class TestAShopsOwnTerms:
    """A shop with other numbers and other clause numbers gets its own deadlines and citations."""

    def test_its_own_due_date_and_clause(self, other: ShopTerms) -> None:
        # Concluded Thu 17.12.2026; 14 days: day 14 = Thu 31.12.2026, a working day.
        d = payment_due(date(2026, 12, 17), terms=other)
        assert d.outcome == date(2026, 12, 31)
        basis = [c.pl() for c in d.reasons[0].basis]
        assert basis == ["§ 5 ust. 2 Regulaminu Hostingu Przykład", "art. 354 § 1 KC"]
        assert "Woohoo" not in d.explain("pl") + d.explain("en")

    def test_its_own_reminders(self, other: ShopTerms) -> None:
        # One reminder, the day after the due date Mon 28.12.2026: Tue 29.12.
        d = payment_reminders(date(2026, 12, 28), terms=other)
        assert d.outcome == (date(2026, 12, 29),)
        assert d.reasons[0].line("en") == (
            "Reminder 1 day after the due date (28 December 2026): 29 December 2026 "
            "(§ 5(6) Przykład Hosting Terms)."
        )

    def test_its_own_shutdown_period(self, other: ShopTerms) -> None:
        # Due Mon 28.12.2026; 7 days: day 7 = Mon 4.01.2027 -> shutdown from Tue 5.01.2027.
        d = service_shutdown(date(2026, 12, 28), True, date(2027, 1, 5), terms=other)
        assert d.outcome is ShutdownStatus.SHUT_DOWN
        assert (d.pay_by, d.shutdown_on) == (date(2027, 1, 4), date(2027, 1, 5))
        assert d.reasons[0].line("pl").endswith("(§ 5 ust. 7 Regulaminu Hostingu Przykład).")

    def test_a_day_before_its_first_version_is_not_covered(self, other: ShopTerms) -> None:
        with pytest.raises(LawNotCovered):
            payment_due(date(2023, 12, 31), terms=other)


class TestNoTermsNoRule:
    @pytest.mark.parametrize(
        "call",
        [
            lambda: payment_due(date(2026, 11, 24)),  # type: ignore[call-arg]
            lambda: payment_reminders(date(2026, 12, 28)),  # type: ignore[call-arg]
            lambda: service_shutdown(date(2026, 12, 28), True, date(2027, 1, 28)),  # type: ignore[call-arg]
        ],
    )
    def test_without_terms_is_a_type_error_naming_them(self, call: Any) -> None:
        with pytest.raises(TypeError, match="terms"):
            call()

    def test_the_entry_requires_terms(self) -> None:
        import inspect  # noqa: PLC0415

        for rule_id in (DUE_RULE, REMINDERS_RULE, SHUTDOWN_RULE):
            entry = REGISTRY[rule_id].entry
            assert entry is not None
            parameter = inspect.signature(entry).parameters["terms"]
            assert parameter.default is inspect.Parameter.empty
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY


def test_messages_in_both_languages() -> None:
    d = payment_due(date(2026, 11, 24), paid_on=date(2026, 12, 29), terms=WOOHOO)
    assert d.summary.message == "payments.due.due"
    assert d.summary.text("pl") == "Płatność należy uiścić najpóźniej 28 grudnia 2026 r."
    assert d.summary.text("en") == "The payment is due by 28 December 2026 at the latest."
    late = d.reasons[-1]
    assert late.message == "payments.due.paid_late"
    assert late.text("pl") == (
        "Wpłatę zaksięgowano dopiero 29 grudnia 2026 r., po terminie: klient był w opóźnieniu "
        "od 29 grudnia 2026 r."
    )
