"""The technical-support rules applied to CodeTwo's terms (loaded from examples/): entitlement
(Warunki ogólne 2), channels (5-6), tickets and the first-reply target (Realizacja 1-5); and to
a producer with other hours and other clause numbers, which gets its own targets and citations.

Working days are Monday to Friday except Polish public holidays of the year (Wigilia from
2025); expected days are derived by hand in the comment next to each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from seeds import codetwo

from regulamin.calendars import WARSAW, is_working_day
from regulamin.decision import Decision
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models.clauses import ClauseRef
from regulamin.models.service import (
    Licence,
    LicenceForm,
    LiveSupportHours,
    SupportAccount,
    SupportContact,
    SupportSubscription,
    SupportTerms,
    Ticket,
    TicketResolution,
    TicketState,
)
from regulamin.registry import REGISTRY
from regulamin.terms import ShopTerms
from regulamin.terms import support as rules
from regulamin.terms.loader import parse_terms
from regulamin.terms.support import (
    CHANNELS_RULE,
    CLOSING_RULE,
    ENTITLEMENT_RULE,
    TICKET_FIRST_REPLY_RULE,
    TICKET_RULE,
    SupportChannel,
    TicketRouting,
)

CODETWO = codetwo()
# The rules take a producer's terms; these tests apply CodeTwo's.
support_channels = partial(rules.support_channels, terms=CODETWO)
support_entitlement = partial(rules.support_entitlement, terms=CODETWO)
ticket_closing = partial(rules.ticket_closing, terms=CODETWO)
ticket_first_reply = partial(rules.ticket_first_reply, terms=CODETWO)
ticket_routing = partial(rules.ticket_routing, terms=CODETWO)


def with_support(shop: ShopTerms, support: SupportTerms) -> ShopTerms:
    """``shop`` with its support section written otherwise."""
    data = shop.model_dump(exclude_unset=True)
    return ShopTerms.model_validate({**data, "support": support.model_dump(exclude_unset=True)})


def codetwo_support() -> SupportTerms:
    assert CODETWO.support is not None
    return CODETWO.support


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WARSAW)


# --------------------------------------------------------------------------- Realizacja 3


class TestFirstReply:
    def test_over_christmas_2026(self) -> None:
        # Opened Wed 23.12.2026; Thu 24 (Wigilia, a holiday since 2025), Fri 25, Sat 26,
        # Sun 27 are off -> the next working day is Mon 28.12, by the end of that day.
        d = ticket_first_reply(at(2026, 12, 23, 15))
        assert d.outcome == date(2026, 12, 28)
        assert d.deadline == date(2026, 12, 28)
        assert d.ends_at == at(2026, 12, 29, 0)
        assert d.guaranteed is False
        assert "nie gwarancja" in d.explain("pl")
        assert "not a guarantee" in d.explain("en")

    def test_over_christmas_2024(self) -> None:
        # Opened Mon 23.12.2024; Tue 24.12.2024 was a working day -> that day.
        assert ticket_first_reply(at(2024, 12, 23, 15)).outcome == date(2024, 12, 24)

    def test_friday_to_monday(self) -> None:
        # Opened Fri 6.11.2026 at 8:00 -> Sat, Sun off -> Mon 9.11.
        assert ticket_first_reply(at(2026, 11, 6, 8)).outcome == date(2026, 11, 9)

    def test_over_independence_day(self) -> None:
        # Opened Tue 10.11.2026 -> Wed 11.11 is a holiday -> Thu 12.11.
        assert ticket_first_reply(at(2026, 11, 10, 12)).outcome == date(2026, 11, 12)

    def test_the_opening_day_is_the_warsaw_day(self) -> None:
        # 23:30 UTC on Thu 12.11.2026 is Fri 13.11 00:30 in Warsaw: the ticket was opened on
        # Friday -> Mon 16.11 (read in UTC it would have been Fri 13.11).
        d = ticket_first_reply(datetime(2026, 11, 12, 23, 30, tzinfo=UTC))
        assert d.outcome == date(2026, 11, 16)

    def test_opened_on_a_saturday(self) -> None:
        # Opened Sat 7.11.2026 -> Mon 9.11.
        assert ticket_first_reply(at(2026, 11, 7, 12)).outcome == date(2026, 11, 9)

    def test_target_met_until_midnight(self) -> None:
        opened = at(2026, 12, 23, 15)
        assert ticket_first_reply(opened, replied_at=at(2026, 12, 28, 23, 59)).target_met is True
        late = ticket_first_reply(opened, replied_at=at(2026, 12, 29, 0))
        assert late.target_met is False
        assert "nie gwarantował" in late.explain("pl")

    def test_more_working_days_is_data(self) -> None:
        # Two working days after Wed 23.12.2026: Mon 28.12, Tue 29.12.
        support = codetwo_support().model_copy(update={"first_reply_working_days": 2})
        terms = with_support(CODETWO, support)
        assert rules.ticket_first_reply(at(2026, 12, 23, 15), terms=terms).outcome == date(
            2026, 12, 29
        )

    def test_naive_opening_names_the_field(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            ticket_first_reply(datetime(2026, 12, 23, 15))
        assert error.value.field == "opened_at"

    def test_reply_before_opening_is_refused(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            ticket_first_reply(at(2026, 12, 23, 15), replied_at=at(2026, 12, 23, 14))
        assert error.value.field == "replied_at"


# --------------------------------------------------------------------------- Warunki ogólne 2

VALID_KEY = Licence(form=LicenceForm.KEY, valid_until=date(2026, 6, 30))
PERPETUAL = Licence(form=LicenceForm.ONLINE_ACCOUNT, valid_until=None)
YEAR = SupportSubscription(active_from=date(2025, 7, 1), active_until=date(2026, 6, 30))


class TestEntitlement:
    def test_licence_and_subscription(self) -> None:
        d = support_entitlement(
            SupportAccount(licence=VALID_KEY, subscription=YEAR), date(2026, 6, 30)
        )
        assert d.outcome is True

    def test_expired_licence_refused(self) -> None:
        # The licence ended 30.06.2026; a subscription running to 31.12.2026 does not help.
        subscription = SupportSubscription(
            active_from=date(2026, 1, 1), active_until=date(2026, 12, 31)
        )
        d = support_entitlement(
            SupportAccount(licence=VALID_KEY, subscription=subscription), date(2026, 7, 1)
        )
        assert d.outcome is False
        assert "Licencja wygasła 30 czerwca 2026 r." in d.explain("pl")

    def test_no_subscription_refused(self) -> None:
        d = support_entitlement(
            SupportAccount(licence=PERPETUAL, subscription=None), date(2026, 7, 1)
        )
        assert d.outcome is False
        assert "nie ma Abonamentu" in d.explain("pl")

    def test_expired_subscription_refused(self) -> None:
        d = support_entitlement(
            SupportAccount(licence=PERPETUAL, subscription=YEAR), date(2026, 7, 1)
        )
        assert d.outcome is False

    def test_no_licence_refused(self) -> None:
        d = support_entitlement(SupportAccount(licence=None, subscription=YEAR), date(2026, 1, 1))
        assert d.outcome is False

    def test_both_missing_are_both_named(self) -> None:
        d = support_entitlement(SupportAccount(licence=None, subscription=None), date(2026, 1, 1))
        assert len(d.reasons) == 2

    def test_licence_not_yet_valid(self) -> None:
        licence = Licence(form="key", valid_from=date(2026, 2, 1), valid_until=None)
        d = support_entitlement(
            SupportAccount(licence=licence, subscription=YEAR), date(2026, 1, 31)
        )
        assert d.outcome is False

    def test_holdings_must_be_stated(self) -> None:
        with pytest.raises(ValidationError, match="subscription"):
            SupportAccount(licence=PERPETUAL)  # type: ignore[call-arg]

    def test_subscription_cannot_end_before_it_starts(self) -> None:
        with pytest.raises(ValidationError, match="active_until"):
            SupportSubscription(active_from=date(2026, 2, 1), active_until=date(2026, 1, 1))


# --------------------------------------------------------------------------- Warunki ogólne 5-6


class TestChannels:
    def test_wigilia_2026_night(self) -> None:
        # Thu 24.12.2026 03:00: a holiday since 2025 -> only e-mail.
        d = support_channels(at(2026, 12, 24, 3))
        assert d.outcome == (SupportChannel.EMAIL,)
        assert d.live_available is False

    def test_wigilia_2024_night(self) -> None:
        # Tue 24.12.2024 03:00: a working day that year, live support around the clock.
        d = support_channels(at(2024, 12, 24, 3))
        assert d.outcome == (SupportChannel.EMAIL, SupportChannel.LIVE)

    def test_saturday(self) -> None:
        assert support_channels(at(2026, 11, 7, 12)).outcome == (SupportChannel.EMAIL,)

    def test_friday_just_before_midnight(self) -> None:
        assert support_channels(at(2026, 11, 6, 23, 59)).live_available is True

    def test_the_producer_chooses_the_form(self) -> None:
        assert "Realizacja pomocy technicznej" in support_channels(at(2026, 11, 6, 12)).explain()

    def test_published_hours_are_data(self) -> None:
        # Published hours 8:00-16:00 instead of around the clock: 16:00 itself is closed.
        hours = LiveSupportHours(
            weekdays=frozenset(range(5)),
            holidays_count=False,
            opens=at(1, 1, 1, 8).time(),
            closes=at(1, 1, 1, 16).time(),
        )
        terms = with_support(CODETWO, codetwo_support().model_copy(update={"live_hours": hours}))
        assert rules.support_channels(at(2026, 11, 6, 15, 59), terms=terms).live_available
        assert not rules.support_channels(at(2026, 11, 6, 16), terms=terms).live_available


# --------------------------------------------------------------------------- Realizacja 2, 4, 5


def ticket(ticket_id: str, topic: str, state: TicketState) -> Ticket:
    return Ticket(id=ticket_id, topic=topic, opened_at=at(2026, 1, 5, 9), state=state)


def contact(topic: str, *, needs_reaction: bool = True) -> SupportContact:
    return SupportContact(at=at(2026, 1, 7, 9), topic=topic, needs_reaction=needs_reaction)


class TestTickets:
    def test_first_contact_opens_a_ticket(self) -> None:
        d = ticket_routing(contact("Podpisy w Outlooku"))
        assert d.outcome is TicketRouting.OPENS_TICKET
        assert d.ticket_id is None

    def test_same_topic_joins_the_open_ticket(self) -> None:
        tickets = (ticket("T-1", "Podpisy w Outlooku", TicketState.OPEN),)
        d = ticket_routing(contact("  podpisy w outlooku "), tickets)
        assert d.outcome is TicketRouting.JOINS_TICKET
        assert d.ticket_id == "T-1"

    def test_same_topic_reopens_a_closed_ticket(self) -> None:
        tickets = (ticket("T-1", "Licencja", TicketState.CLOSED),)
        d = ticket_routing(contact("Licencja"), tickets)
        assert d.outcome is TicketRouting.REOPENS_TICKET
        assert d.ticket_id == "T-1"

    def test_another_topic_opens_another_ticket(self) -> None:
        tickets = (ticket("T-1", "Licencja", TicketState.OPEN),)
        assert ticket_routing(contact("Migracja"), tickets).outcome is TicketRouting.OPENS_TICKET

    def test_no_limit_on_tickets(self) -> None:
        tickets = tuple(ticket(f"T-{n}", f"temat {n}", TicketState.OPEN) for n in range(500))
        d = ticket_routing(contact("temat nowy"), tickets)
        assert d.outcome is TicketRouting.OPENS_TICKET
        assert "500" in d.explain("pl")

    def test_a_thank_you_opens_nothing(self) -> None:
        d = ticket_routing(contact("Dziękuję", needs_reaction=False))
        assert d.outcome is TicketRouting.NO_TICKET

    def test_ticket_opened_after_the_contact_is_refused(self) -> None:
        later = Ticket(id="T-9", topic="x", opened_at=at(2026, 1, 8, 9), state=TicketState.OPEN)
        with pytest.raises(InvalidFacts) as error:
            ticket_routing(contact("x"), (later,))
        assert error.value.field == "tickets"

    def test_duplicate_ids_are_refused(self) -> None:
        tickets = (ticket("T-1", "a", TicketState.OPEN), ticket("T-1", "b", TicketState.OPEN))
        with pytest.raises(InvalidFacts):
            ticket_routing(contact("c"), tickets)


class TestClosing:
    def test_nothing_done(self) -> None:
        assert ticket_closing(TicketResolution(), date(2026, 1, 7)).outcome is False

    @pytest.mark.parametrize("field", ["answered", "solved"])
    def test_answer_or_solution_closes(self, field: str) -> None:
        d = ticket_closing(TicketResolution(**{field: True}), date(2026, 1, 7))
        assert d.outcome is True

    def test_impossibility_must_be_explained(self) -> None:
        unexplained = TicketResolution(impossibility_established=True)
        assert ticket_closing(unexplained, date(2026, 1, 7)).outcome is False
        explained = TicketResolution(impossibility_established=True, impossibility_explained=True)
        assert ticket_closing(explained, date(2026, 1, 7)).outcome is True

    def test_explaining_needs_an_established_impossibility(self) -> None:
        with pytest.raises(ValidationError, match="impossibility_explained"):
            TicketResolution(impossibility_explained=True)

    def test_closed_tickets_may_be_reopened(self) -> None:
        assert "ponownie otwarty" in ticket_closing(TicketResolution(), date(2026, 1, 7)).explain()


# --------------------------------------------------------------------------- citations


class TestCitations:
    def test_polish(self) -> None:
        assert (
            CODETWO.cite(ClauseRef.model_validate("Realizacja pomocy technicznej pkt 3")).pl()
            == "pkt 3 części „Realizacja pomocy technicznej” Regulaminu Wsparcia Technicznego "
            "CodeTwo"
        )

    def test_english(self) -> None:
        assert (
            CODETWO.cite(ClauseRef.model_validate("Warunki ogólne pkt 2")).en()
            == "Warunki ogólne, point 2, CodeTwo Technical Support Terms"
        )

    def test_unknown_part(self) -> None:
        with pytest.raises(ValidationError, match="clause"):
            ClauseRef.model_validate("Rozdział 9")

    @pytest.mark.parametrize(
        ("rule_id", "clause"),
        [
            (ENTITLEMENT_RULE, "Warunki ogólne pkt 2"),
            (CHANNELS_RULE, "Warunki ogólne pkt 5"),
            (CHANNELS_RULE, "Warunki ogólne pkt 6"),
            (TICKET_RULE, "Realizacja pomocy technicznej pkt 2"),
            (TICKET_RULE, "Realizacja pomocy technicznej pkt 5"),
            (TICKET_FIRST_REPLY_RULE, "Realizacja pomocy technicznej pkt 3"),
            (CLOSING_RULE, "Realizacja pomocy technicznej pkt 4"),
        ],
    )
    def test_rules_cite_their_clause(self, rule_id: str, clause: str) -> None:
        # No producer is built in: the clause each rule applies is the terms' data, cited in
        # the decisions (the seed's clauses are checked against the decisions below).
        registered = REGISTRY[rule_id]
        assert registered.entry is not None
        assert registered.versions[-1].valid_from == date(2014, 12, 25)
        support = codetwo_support()
        stated = {
            str(c)
            for c in (
                support.entitlement,
                support.channels,
                support.tickets,
                support.unlimited_tickets,
                support.closing,
            )
        }
        stated |= {str(c) for c in support.clauses.values()}
        assert clause in stated

    def test_before_the_terms(self) -> None:
        with pytest.raises(LawNotCovered):
            ticket_first_reply(at(2017, 3, 30, 12))

    def test_json(self) -> None:
        record = ticket_first_reply(at(2026, 12, 23, 15)).as_dict()
        assert record["outcome"] == "2026-12-28"
        assert record["guaranteed"] is False
        assert record["ends_at"] == "2026-12-29T00:00:00+01:00"


@given(
    st.datetimes(
        min_value=datetime(2017, 4, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
    )
)
def test_first_reply_target_is_the_next_working_day(opened: datetime) -> None:
    # The target is a working day after the Warsaw opening day, and every day in between is
    # a day off.
    opened_on = opened.astimezone(WARSAW).date()
    target = ticket_first_reply(opened).outcome
    assert isinstance(target, date)
    assert target > opened_on
    assert is_working_day(target)
    day = opened_on + timedelta(days=1)
    while day < target:
        assert not is_working_day(day)
        day += timedelta(days=1)


# --------------------------------------------------------------------------- another producer

OTHER = parse_terms(
    """
name: Regulamin pomocy technicznej Inny Soft
cited_as: {pl: Regulaminu pomocy technicznej Inny Soft, en: Inny Soft Support Terms}
trader: {name: Inny Soft sp. z o.o.}
customers: [consumer, trader]
policy: from_effective_day
versions: [{id: v1, published_on: 2020-01-01, effective_from: 2020-01-01}]
support:
  live_hours: {weekdays: [0, 1, 2, 3, 4, 5], holidays_count: true,
               opens: "08:00:00", closes: "20:00:00"}
  first_reply_working_days: 2
  entitlement: "§ 2 ust. 1"
  best_efforts: "§ 2 ust. 3"
  channels: "§ 4 ust. 1"
  tools: "§ 4 ust. 3"
  tickets: "§ 5 ust. 1"
  closing: "§ 5 ust. 4"
  unlimited_tickets: "§ 5 ust. 2"
  clauses: {live_hours: "§ 4 ust. 2", first_reply_working_days: "§ 5 ust. 3"}
""",
    "other.yaml",
)


def cited(decision: Decision[Any]) -> set[str]:
    return {c.pl() for reason in decision.reasons for c in reason.basis}


class TestAnotherProducer:
    def test_its_own_target_and_clause(self) -> None:
        # Two working days after Wed 23.12.2026: 24-27 off, Mon 28.12, Tue 29.12.
        d = rules.ticket_first_reply(at(2026, 12, 23, 15), terms=OTHER)
        assert d.outcome == date(2026, 12, 29)
        assert "§ 5 ust. 3 Regulaminu pomocy technicznej Inny Soft" in cited(d)
        assert "§ 2 ust. 3 Regulaminu pomocy technicznej Inny Soft" in cited(d)
        assert "CodeTwo" not in d.explain("pl") + d.explain("en")
        assert d.reasons[0].text("pl") == (
            "Ticket otwarto 23 grudnia 2026, 15:00 CET; 2. dzień roboczy po dniu otwarcia to "
            "29 grudnia 2026 r."
        )

    def test_its_own_live_hours(self) -> None:
        # Sat 7.11.2026 12:00: its live support runs on Saturdays, 8-20; 20:00 is closed.
        d = rules.support_channels(at(2026, 11, 7, 12), terms=OTHER)
        assert d.live_available
        assert "§ 4 ust. 2 Regulaminu pomocy technicznej Inny Soft" in cited(d)
        assert not rules.support_channels(at(2026, 11, 7, 20), terms=OTHER).live_available
        # Wed 11.11.2026, a holiday on which its live support runs
        assert rules.support_channels(at(2026, 11, 11, 9), terms=OTHER).live_available

    def test_its_own_clauses_on_tickets(self) -> None:
        contact = SupportContact(at=at(2026, 3, 2, 10), topic="Backup", needs_reaction=True)
        d = rules.ticket_routing(contact, terms=OTHER)
        assert d.outcome is TicketRouting.OPENS_TICKET
        assert cited(d) == {
            "§ 5 ust. 1 Regulaminu pomocy technicznej Inny Soft",
            "§ 5 ust. 2 Regulaminu pomocy technicznej Inny Soft",
        }
        closing = rules.ticket_closing(
            TicketResolution(answered=True), date(2026, 3, 2), terms=OTHER
        )
        assert cited(closing) == {"§ 5 ust. 4 Regulaminu pomocy technicznej Inny Soft"}

    def test_its_own_entitlement_clause(self) -> None:
        account = SupportAccount(licence=None, subscription=None)
        d = rules.support_entitlement(account, date(2026, 3, 2), terms=OTHER)
        assert d.outcome is False
        assert cited(d) == {"§ 2 ust. 1 Regulaminu pomocy technicznej Inny Soft"}

    def test_before_its_terms(self) -> None:
        with pytest.raises(LawNotCovered):
            rules.ticket_first_reply(at(2019, 12, 31, 12), terms=OTHER)

    def test_terms_without_support(self) -> None:
        shop = ShopTerms.model_validate({**OTHER.model_dump(exclude_unset=True), "support": None})
        with pytest.raises(InvalidFacts) as error:
            rules.support_channels(at(2026, 3, 2, 10), terms=shop)
        assert error.value.field == "terms.support"


class TestNoProducerIsBuiltIn:
    def test_every_rule_needs_the_terms(self) -> None:
        contact = SupportContact(at=at(2026, 3, 2, 10), topic="Backup", needs_reaction=True)
        account = SupportAccount(licence=None, subscription=None)
        calls: list[Callable[[], object]] = [
            lambda: rules.support_entitlement(account, date(2026, 3, 2)),  # type: ignore[call-arg]
            lambda: rules.support_channels(at(2026, 3, 2, 10)),  # type: ignore[call-arg]
            lambda: rules.ticket_routing(contact),  # type: ignore[call-arg]
            lambda: rules.ticket_first_reply(at(2026, 3, 2, 10)),  # type: ignore[call-arg]
            lambda: rules.ticket_closing(TicketResolution(), date(2026, 3, 2)),  # type: ignore[call-arg]
        ]
        for call in calls:
            with pytest.raises(TypeError, match="terms"):
                call()


class TestSentences:
    def test_first_reply_target_in_polish_and_english(self) -> None:
        d = ticket_first_reply(at(2026, 12, 23, 15))
        assert (d.summary.message, d.summary.params) == (
            "support.first_reply.aim",
            {"target": date(2026, 12, 28)},
        )
        assert d.summary.text("pl") == (
            "Producent dołoży starań, aby pierwsza reakcja nastąpiła najpóźniej 28 grudnia "
            "2026 r. (do końca dnia); to cel, nie gwarancja."
        )
        assert d.summary.text("en") == (
            "The producer will make efforts to react first by the end of 28 December 2026; this "
            "is a target, not a guarantee."
        )

    def test_first_reply_target_in_ukrainian(self) -> None:
        d = ticket_first_reply(at(2026, 12, 23, 15))
        assert d.summary.text("uk").startswith("Виробник докладе зусиль, щоб перша реакція")
        assert "(до кінця дня); це мета, а не гарантія." in d.summary.text("uk")

    def test_live_support_closed_on_a_saturday(self) -> None:
        d = support_channels(at(2026, 11, 7, 12))
        closed = d.reasons[2]
        assert closed.message == "support.channels.live_closed"
        assert closed.line("pl") == (
            "7 listopada 2026, 12:00 CET (sobota): Live Support nie jest dostępny (pkt 6 części "
            "„Warunki ogólne” Regulaminu Wsparcia Technicznego CodeTwo)."
        )
        assert (
            closed.text("en")
            == "7 November 2026, 12:00 CET (Saturday): Live Support is not available."
        )
