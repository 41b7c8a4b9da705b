"""A software producer's technical-support terms: who gets support, through which channel,
and tickets, as the producer's terms state them (:class:`~regulamin.models.service.
SupportTerms`). Every rule takes the shop's terms (``terms=``): no producer is a default, and
each reason cites the clause of those terms it applies.

**Entitlement.** Support is given for a product only while its **licence is valid** (an
active licence key, or the program activated on the user's online account) **and** the
customer has an **active support subscription** for it. Both conditions must hold on the day
support is asked for.

**Channels.** Support is a best-efforts service (umowa starannego działania, art. 750 and
355 § 2 KC), not a promise of a result. It comes as **Email Support** and **Live Support**
(phone or an online session in real time); live support is available in the hours the terms
state (``live_hours``: as a rule around the clock on working days, in the seed). The
producer chooses the tools and the form; the user cannot demand one.

**Tickets.** Every contact needing a reaction on a question or problem is registered and
opens a **ticket**, which records the history of that question or problem; a contact on
another topic may open a new ticket, and there is **no limit** on the number of tickets. The
producer **aims** (it does not guarantee) to react first by the end of the
``first_reply_working_days``-th working day after the day the ticket was opened. A ticket is
**closed only** once the user has an answer, the problem is solved, or it is established
that it cannot be solved and the user has been told why; a closed ticket **may be reopened**
when the same question or problem needs further action.

Working days (dni robocze), where the terms do not define them, are read as Monday to Friday
except Polish public holidays (interpretation). The rules are keyed on the day of the event
(the request, the contact, the ticket); the edition of the terms in force that day applies.

>>> from datetime import datetime
>>> from regulamin.calendars import WARSAW
>>> from regulamin.terms.loader import parse_terms
>>> producer = parse_terms('''
... name: Regulamin wsparcia Przykład
... cited_as: {pl: Regulaminu wsparcia Przykład, en: Przykład Support Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer, trader]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2017-01-01, effective_from: 2017-01-01}]
... support:
...   live_hours: {weekdays: [0, 1, 2, 3, 4], holidays_count: false}
...   first_reply_working_days: 1
...   entitlement: "§ 2 ust. 1"
...   best_efforts: "§ 2 ust. 2"
...   channels: "§ 3 ust. 1"
...   tools: "§ 3 ust. 3"
...   tickets: "§ 4 ust. 1"
...   closing: "§ 4 ust. 3"
...   unlimited_tickets: "§ 4 ust. 4"
...   clauses: {live_hours: "§ 3 ust. 2", first_reply_working_days: "§ 4 ust. 2"}
... ''', "producer.yaml")
>>> d = ticket_first_reply(datetime(2026, 12, 23, 15, 0, tzinfo=WARSAW), terms=producer)
>>> d.outcome, d.guaranteed                        # 24-27.12 are days off (Wigilia since 2025)
(datetime.date(2026, 12, 28), False)
>>> [c.pl() for c in d.reasons[0].basis]
['§ 4 ust. 2 Regulaminu wsparcia Przykład']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from ..calendars import WARSAW, is_holiday, is_working_day, next_working_day, period_end
from ..decision import Decision, Reason
from ..errors import InvalidFacts
from ..law import KC, UOPK_IN_FORCE, Citation
from ..messages import Message
from ..models.base import Instant
from ..models.clauses import ClauseRef
from ..models.service import (
    Licence,
    SupportAccount,
    SupportContact,
    SupportSubscription,
    SupportTerms,
    Ticket,
    TicketResolution,
    TicketState,
)
from ..reasons import DayOff
from ..registry import Interpretation, KeyDate, rule
from .clauses import aware, edition_on
from .shop import ShopTerms

__all__ = [
    "CHANNELS_RULE",
    "CLOSING_RULE",
    "ENTITLEMENT_RULE",
    "TICKET_FIRST_REPLY_RULE",
    "TICKET_RULE",
    "ChannelDecision",
    "FirstReplyDecision",
    "SupportCase",
    "SupportChannel",
    "TicketDecision",
    "TicketRouting",
    "support_channels",
    "support_entitlement",
    "ticket_closing",
    "ticket_first_reply",
    "ticket_routing",
]

ENTITLEMENT_RULE = "support.entitlement"
CHANNELS_RULE = "support.channels"
TICKET_RULE = "support.ticket"
TICKET_FIRST_REPLY_RULE = "support.first_reply"
CLOSING_RULE = "support.ticket_closing"

BEST_EFFORTS = (KC.art("750"), KC.art("355", "2"))
"""A contract of services not regulated elsewhere follows the mandate (art. 750 KC), owed with
due diligence (art. 355 § 2 KC): efforts, not a result."""

_WORKING_DAYS = Interpretation("support.first_reply.working_days")


@dataclass(frozen=True, slots=True)
class SupportCase:
    """A question to a producer's support: its terms and the support clauses of the edition
    in force on the day of the event."""

    terms: ShopTerms
    support: SupportTerms

    def cite(self, *clauses: ClauseRef | None) -> tuple[Citation, ...]:
        """The citations of the clauses the terms name."""
        return tuple(self.terms.cite(c) for c in clauses if c is not None)

    def stated(self, field: str) -> tuple[Citation, ...]:
        """The citation of the clause stating the support terms' ``field``."""
        return self.cite(self.support.clause(field))


def support_case(terms: ShopTerms, rule_id: str, day: date) -> SupportCase:
    """The support clauses of ``terms`` in force on ``day``."""
    edition = edition_on(terms, rule_id, day)
    if edition.support is None:
        raise InvalidFacts("terms.support", f"{terms.name} state no technical-support terms")
    return SupportCase(terms, edition.support)


# --------------------------------------------------------------------------- entitlement


def _licence_reason(
    licence: Licence | None, on: date, basis: tuple[Citation, ...]
) -> tuple[bool, Reason]:
    if licence is None:
        return False, Reason(ENTITLEMENT_RULE, "support.entitlement.no_licence", basis)
    if licence.valid_from is not None and on < licence.valid_from:
        start = {"start": licence.valid_from}
        return False, Reason(ENTITLEMENT_RULE, "support.entitlement.licence_not_yet", basis, start)
    if licence.valid_until is not None and on > licence.valid_until:
        until = {"until": licence.valid_until}
        return False, Reason(ENTITLEMENT_RULE, "support.entitlement.licence_expired", basis, until)
    return True, Reason(ENTITLEMENT_RULE, "support.entitlement.licence_valid", basis, {"on": on})


def _subscription_reason(
    subscription: SupportSubscription | None, on: date, basis: tuple[Citation, ...]
) -> tuple[bool, Reason]:
    if subscription is None:
        return False, Reason(ENTITLEMENT_RULE, "support.entitlement.no_subscription", basis)
    if not subscription.active_from <= on <= subscription.active_until:
        period = {"on": on, "start": subscription.active_from, "end": subscription.active_until}
        return False, Reason(ENTITLEMENT_RULE, "support.entitlement.inactive", basis, period)
    return True, Reason(ENTITLEMENT_RULE, "support.entitlement.active", basis, {"on": on})


@rule(ENTITLEMENT_RULE, on="on", keyed_on=KeyDate.EVENT)
def support_entitlement(account: SupportAccount, on: date, *, terms: ShopTerms) -> Decision[bool]:
    """Is the user of ``account`` entitled to technical support on ``on`` under ``terms``?"""
    raise NotImplementedError  # the signature: the registry applies a version


@support_entitlement.version(since=UOPK_IN_FORCE, basis=(KC.art("353¹"),))
def _entitlement(account: SupportAccount, on: date, *, terms: ShopTerms) -> Decision[bool]:
    """A valid licence and an active subscription, both on the day asked, as the terms'
    clause on entitlement says (freedom of contract, art. 353¹ KC)."""
    case = support_case(terms, ENTITLEMENT_RULE, on)
    basis = case.cite(case.support.entitlement)
    checks = (
        _licence_reason(account.licence, on, basis),
        _subscription_reason(account.subscription, on, basis),
    )
    entitled = all(ok for ok, _ in checks)
    unmet = [reason for ok, reason in checks if not ok]
    met = [reason for ok, reason in checks if ok]
    summary = (
        Reason(ENTITLEMENT_RULE, "support.entitlement.due", (), {"on": on})
        if entitled
        else Reason(ENTITLEMENT_RULE, "support.entitlement.not_due", (), {"on": on})
    )
    return Decision(
        rule=ENTITLEMENT_RULE,
        outcome=entitled,
        summary=summary,
        reasons=(*unmet, *met),
        law_as_of=on,
    )


# --------------------------------------------------------------------------- channels


class SupportChannel(StrEnum):
    """The forms of technical support."""

    EMAIL = "email"
    """Email Support: by e-mail to the producer's address."""
    LIVE = "live"
    """Live Support: in real time, by phone or an online session."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelDecision(Decision[tuple[SupportChannel, ...]]):
    """The channels open at the moment asked (the outcome) and whether live support is one."""

    live_available: bool


_CHANNEL_READING = Interpretation("support.channels.reading")


def _live_open(support: SupportTerms, local: datetime) -> bool:
    hours = support.live_hours
    day = local.date()
    if day.weekday() not in hours.weekdays or (not hours.holidays_count and is_holiday(day)):
        return False
    now = local.time()
    return hours.opens <= now and (hours.closes is None or now < hours.closes)


@rule(CHANNELS_RULE, on="on", keyed_on=KeyDate.EVENT)
def _channels(local: datetime, on: date, case: SupportCase) -> ChannelDecision:
    """Which support channels are open at ``local``."""
    raise NotImplementedError  # the signature: the registry applies a version


def _live_reason(live: bool, local: datetime, on: date, case: SupportCase) -> Reason:
    """Whether live support is open at ``local``."""
    moment, hours = {"at": local, "day": DayOff(on)}, case.stated("live_hours")
    if live:
        return Reason(CHANNELS_RULE, "support.channels.live_open", hours, moment)
    return Reason(CHANNELS_RULE, "support.channels.live_closed", hours, moment)


_LIVE = {
    True: (
        (SupportChannel.EMAIL, SupportChannel.LIVE),
        Reason(CHANNELS_RULE, "support.channels.both"),
    ),
    False: ((SupportChannel.EMAIL,), Reason(CHANNELS_RULE, "support.channels.email_only")),
}


@_channels.version(
    since=UOPK_IN_FORCE, basis=(KC.art("353¹"),), interpretations=(_CHANNEL_READING, _WORKING_DAYS)
)
def _channels_by_terms(local: datetime, on: date, case: SupportCase) -> ChannelDecision:
    """E-mail at any time, live support in the hours the terms state; the producer chooses
    the tools."""
    live = _live_open(case.support, local)
    channels, summary = _LIVE[live]
    reasons = (
        Reason(CHANNELS_RULE, "support.channels.forms", case.cite(case.support.channels)),
        Reason(CHANNELS_RULE, "support.channels.live_hours", case.stated("live_hours")),
        _live_reason(live, local, on, case),
        Reason(CHANNELS_RULE, "support.channels.tools", case.cite(case.support.tools)),
    )
    return ChannelDecision(
        rule=CHANNELS_RULE,
        outcome=channels,
        summary=summary,
        reasons=reasons,
        law_as_of=on,
        live_available=live,
    )


def support_channels(at: Instant, *, terms: ShopTerms) -> ChannelDecision:
    """Which support channels of ``terms`` are open at ``at``?"""
    local = aware(at, "at")
    case = support_case(terms, CHANNELS_RULE, local.date())
    return _channels(local, local.date(), case)


_channels.entry = support_channels


# --------------------------------------------------------------------------- tickets


class TicketRouting(StrEnum):
    """What a contact does to the tickets."""

    OPENS_TICKET = "opens_ticket"
    """A new ticket is opened (a question or problem on a topic with no open ticket)."""
    JOINS_TICKET = "joins_ticket"
    """It is recorded in the history of the open ticket on the same topic."""
    REOPENS_TICKET = "reopens_ticket"
    """The closed ticket on the same topic may be reopened for further action."""
    NO_TICKET = "no_ticket"
    """It requires no reaction from the producer: no ticket."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TicketDecision(Decision[TicketRouting]):
    """What the contact does; ``ticket_id`` is the ticket it joins or reopens."""

    ticket_id: str | None = None


_SAME_TOPIC = Interpretation("support.ticket.same_topic")


def _topic(text: str) -> str:
    return " ".join(text.split()).casefold()


def _routed(
    routing: TicketRouting, on: date, summary: Reason, *reasons: Reason, ticket: str | None = None
) -> TicketDecision:
    return TicketDecision(
        rule=TICKET_RULE,
        outcome=routing,
        summary=summary,
        reasons=reasons,
        law_as_of=on,
        ticket_id=ticket,
    )


@rule(TICKET_RULE, on="on", keyed_on=KeyDate.EVENT)
def _ticket(
    contact: SupportContact, tickets: tuple[Ticket, ...], on: date, case: SupportCase
) -> TicketDecision:
    """Does the contact open a ticket, join an open one, or reopen a closed one?"""
    raise NotImplementedError  # the signature: the registry applies a version


def _on_topic(
    contact: SupportContact, tickets: tuple[Ticket, ...], on: date, case: SupportCase
) -> TicketDecision | None:
    """The contact joins the open ticket on its topic, or may reopen the latest closed one;
    ``None`` when no ticket is on its topic."""
    topic = _topic(contact.topic)
    same = sorted(
        (t for t in tickets if _topic(t.topic) == topic), key=lambda t: t.opened_at, reverse=True
    )
    open_ticket = next((t for t in same if t.state is TicketState.OPEN), None)
    if open_ticket is not None:
        ids = {"id": open_ticket.id}
        summary = Reason(TICKET_RULE, "support.ticket.joins", (), ids)
        joins = Reason(
            TICKET_RULE, "support.ticket.joins_open", case.cite(case.support.tickets), ids
        )
        return _routed(TicketRouting.JOINS_TICKET, on, summary, joins, ticket=open_ticket.id)
    if not same:
        return None
    ids = {"id": same[0].id}
    summary = Reason(TICKET_RULE, "support.ticket.reopens", (), ids)
    again = Reason(
        TICKET_RULE, "support.ticket.reopens_closed", case.cite(case.support.closing), ids
    )
    return _routed(TicketRouting.REOPENS_TICKET, on, summary, again, ticket=same[0].id)


@_ticket.version(since=UOPK_IN_FORCE, basis=(KC.art("353¹"),), interpretations=(_SAME_TOPIC,))
def _ticket_by_terms(
    contact: SupportContact, tickets: tuple[Ticket, ...], on: date, case: SupportCase
) -> TicketDecision:
    """A contact needing a reaction is recorded in the ticket of its topic, or opens one; a
    closed ticket may be reopened; the number of tickets is not limited."""
    opens = case.cite(case.support.tickets)
    if not contact.needs_reaction:
        none = Reason(TICKET_RULE, "support.ticket.no_reaction", opens)
        return _routed(
            TicketRouting.NO_TICKET, on, Reason(TICKET_RULE, "support.ticket.none"), none
        )
    routed = _on_topic(contact, tickets, on, case)
    if routed is not None:
        return routed
    count = {"count": len(tickets)}
    unlimited = case.cite(case.support.unlimited_tickets)
    return _routed(
        TicketRouting.OPENS_TICKET,
        on,
        Reason(TICKET_RULE, "support.ticket.opens"),
        Reason(TICKET_RULE, "support.ticket.opens_new", opens),
        Reason(TICKET_RULE, "support.ticket.unlimited", unlimited, count),
    )


def ticket_routing(
    contact: SupportContact, tickets: tuple[Ticket, ...] = (), *, terms: ShopTerms
) -> TicketDecision:
    """Does ``contact`` open a ticket, join an open one, or reopen a closed one under
    ``terms``? ``tickets`` are the user's tickets as they stand when the contact arrives."""
    at = aware(contact.at, "contact.at")
    ids = [t.id for t in tickets]
    if len(set(ids)) != len(ids):
        raise InvalidFacts("tickets", "two tickets have the same id")
    for ticket in tickets:
        if ticket.opened_at > contact.at:
            raise InvalidFacts(
                "tickets",
                f"ticket {ticket.id} was opened ({ticket.opened_at.isoformat()}) after the "
                f"contact ({contact.at.isoformat()})",
            )
    case = support_case(terms, TICKET_RULE, at.date())
    return _ticket(contact, tuple(tickets), at.date(), case)


_ticket.entry = ticket_routing


# --------------------------------------------------------------------------- first reaction


@dataclass(frozen=True, slots=True, kw_only=True)
class FirstReplyDecision(Decision[date]):
    """The day by whose end the producer aims to react first (the outcome).

    ``guaranteed`` is always ``False``: the terms promise efforts, not the result;
    ``target_met`` says whether the first reaction came in time, when its moment is given.
    """

    ends_at: datetime
    """The end of the target day (the following midnight, Warsaw time)."""
    guaranteed: bool = False
    target_met: bool | None = None


_NOT_GUARANTEED = Interpretation("support.first_reply.not_guaranteed")


def _target(opened_on: date, working_days: int) -> tuple[date, tuple[DayOff, ...]]:
    """The target day, ``working_days`` working days after ``opened_on``, and the days off
    skipped on the way."""
    target = opened_on
    for _ in range(working_days):
        target = next_working_day(target)
    skipped = []
    day = period_end(opened_on, days=1)
    while day < target:
        if not is_working_day(day):
            skipped.append(DayOff(day))
        day = period_end(day, days=1)
    return target, tuple(skipped)


@rule(TICKET_FIRST_REPLY_RULE, on="on", keyed_on=KeyDate.EVENT)
def _first_reply(
    opened: datetime, on: date, replied: datetime | None, case: SupportCase
) -> FirstReplyDecision:
    """The day by whose end the producer aims to react first to a ticket."""
    raise NotImplementedError  # the signature: the registry applies a version


def _first_reply_reasons(
    opened: datetime, target: date, skipped: tuple[DayOff, ...], case: SupportCase
) -> list[Reason]:
    basis = case.stated("first_reply_working_days")
    days = case.support.first_reply_working_days
    when = {"opened": opened, "target": target}
    reasons = [
        Reason(TICKET_FIRST_REPLY_RULE, "support.first_reply.target", basis, when)
        if days == 1
        else Reason(
            TICKET_FIRST_REPLY_RULE, "support.first_reply.target_nth", basis, {**when, "days": days}
        )
    ]
    if skipped:
        reasons.append(
            Reason(TICKET_FIRST_REPLY_RULE, "support.first_reply.skipped", basis, {"days": skipped})
        )
    efforts = (*basis, *case.cite(case.support.best_efforts), *BEST_EFFORTS)
    reasons += [
        Reason(TICKET_FIRST_REPLY_RULE, "support.first_reply.not_a_guarantee", efforts),
        Reason(TICKET_FIRST_REPLY_RULE, "support.first_reply.not_closing", basis),
    ]
    return reasons


def _reaction(replied: datetime, met: bool, case: SupportCase) -> Reason:
    """When the first reaction came, against the target."""
    basis, params = case.stated("first_reply_working_days"), {"replied": replied}
    if met:
        return Reason(TICKET_FIRST_REPLY_RULE, "support.first_reply.met", basis, params)
    return Reason(TICKET_FIRST_REPLY_RULE, "support.first_reply.missed", basis, params)


@_first_reply.version(
    since=UOPK_IN_FORCE, basis=BEST_EFFORTS, interpretations=(_NOT_GUARANTEED, _WORKING_DAYS)
)
def _first_reply_by_terms(
    opened: datetime, on: date, replied: datetime | None, case: SupportCase
) -> FirstReplyDecision:
    """The first reaction is aimed for by the end of the terms' number of working days after
    the day the ticket was opened: a target of a best-efforts contract, not a guarantee."""
    target, skipped = _target(on, case.support.first_reply_working_days)
    ends_at = datetime.combine(period_end(target, days=1), time(), tzinfo=WARSAW)
    reasons = _first_reply_reasons(opened, target, skipped, case)
    met = None if replied is None else replied < ends_at
    if replied is not None:
        reasons.append(_reaction(replied, met is True, case))
    return FirstReplyDecision(
        rule=TICKET_FIRST_REPLY_RULE,
        outcome=target,
        summary=Reason(TICKET_FIRST_REPLY_RULE, "support.first_reply.aim", (), {"target": target}),
        reasons=tuple(reasons),
        deadline=target,
        law_as_of=on,
        ends_at=ends_at,
        target_met=met,
    )


def ticket_first_reply(
    opened_at: Instant, *, replied_at: Instant | None = None, terms: ShopTerms
) -> FirstReplyDecision:
    """The day by whose end the producer aims to react first to a ticket opened at
    ``opened_at`` under ``terms``; ``replied_at``, if given, is checked against it."""
    opened = aware(opened_at, "opened_at")
    replied = None if replied_at is None else aware(replied_at, "replied_at")
    if replied is not None and replied < opened:
        raise InvalidFacts("replied_at", "the first reaction cannot precede the ticket")
    case = support_case(terms, TICKET_FIRST_REPLY_RULE, opened.date())
    return _first_reply(opened, opened.date(), replied, case)


_first_reply.entry = ticket_first_reply


# --------------------------------------------------------------------------- closing

_GROUNDS = (
    ("answered", Message("support.ticket_closing.ground.answered")),
    ("solved", Message("support.ticket_closing.ground.solved")),
)


_MAY_CLOSE = {
    True: Reason(CLOSING_RULE, "support.ticket_closing.may_close"),
    False: Reason(CLOSING_RULE, "support.ticket_closing.not_yet"),
}


@rule(CLOSING_RULE, on="on", keyed_on=KeyDate.EVENT)
def ticket_closing(resolution: TicketResolution, on: date, *, terms: ShopTerms) -> Decision[bool]:
    """May a ticket be closed on ``on`` under ``terms``, given what has been done on it?"""
    raise NotImplementedError  # the signature: the registry applies a version


@ticket_closing.version(since=UOPK_IN_FORCE, basis=(KC.art("353¹"),))
def _closing(resolution: TicketResolution, on: date, *, terms: ShopTerms) -> Decision[bool]:
    """The grounds for closing, in the clause's order: an answer, a solution, or an
    impossibility established and explained to the user."""
    case = support_case(terms, CLOSING_RULE, on)
    basis = case.cite(case.support.closing)
    grounds = [
        Reason(CLOSING_RULE, "support.ticket_closing.ground", basis, {"label": label})
        for field, label in _GROUNDS
        if getattr(resolution, field)
    ]
    not_yet = []
    if resolution.impossibility_established and resolution.impossibility_explained:
        grounds.append(Reason(CLOSING_RULE, "support.ticket_closing.ground.impossible", basis))
    elif resolution.impossibility_established:
        not_yet.append(Reason(CLOSING_RULE, "support.ticket_closing.not_explained", basis))
    note = Reason(CLOSING_RULE, "support.ticket_closing.note", basis)
    return Decision(
        rule=CLOSING_RULE,
        outcome=bool(grounds),
        summary=_MAY_CLOSE[bool(grounds)],
        reasons=(*grounds, *not_yet, note),
        law_as_of=on,
    )
