"""CodeTwo's technical-support terms: who gets support, through which channel, and tickets.

**Warunki ogólne 2.** Support is given for a product only while its **licence is valid** (an
active licence key, or the program activated on the user's online account) **and** the
customer has an **active support subscription** for it. Both conditions must hold on the day
support is asked for.

**Warunki ogólne 4-6, Realizacja 1.** Support is a best-efforts service (umowa starannego
działania, art. 750 and 355 § 2 KC), not a promise of a result. It comes as **Email Support**
and **Live Support** (phone or an online session in real time); live support is, as a rule,
available **around the clock on working days**, the current hours being published on the
producer's website. The producer chooses the tools and the form; the user cannot demand one.

**Realizacja 2-5.** Every contact needing a reaction on a question or problem is registered
and opens a **ticket**, which records the history of that question or problem; a contact on
another topic may open a new ticket, and there is **no limit** on the number of tickets. The
producer **aims** (it does not guarantee) to react first **by the end of the next working day**
after the day the ticket was opened. A ticket is **closed only** once the user has an
answer, the problem is solved, or it is established that it cannot be solved and the user
has been told why; a closed ticket **may be reopened** when the same question or problem needs
further action.

Working days (dni robocze), which the terms do not define, are read as Monday to Friday
except Polish public holidays: the producer is a Polish company (interpretation).

The text in force from **31 March 2017** ("Data wejścia w życie aktualnej treści
Regulaminu") is encoded; the rules are keyed on the day of the event (the request, the
contact, the ticket). CodeTwo applies a change of its terms only to support ordered *after*
the day it took effect (Postanowienia końcowe 1): which version governs a given order is
:func:`~regulamin.rules.versions.terms_for_order`'s question.

>>> from datetime import datetime
>>> from regulamin.calendars import WARSAW
>>> d = ticket_first_reply(datetime(2026, 12, 23, 15, 0, tzinfo=WARSAW))
>>> d.outcome, d.guaranteed                        # 24-27.12 are days off (Wigilia since 2025)
(datetime.date(2026, 12, 28), False)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from ..calendars import WARSAW, day_off_name, is_holiday, next_working_day, period_end
from ..decision import Decision, Reason, Text
from ..errors import InvalidFacts
from ..law import KC, Citation, Source
from ..models.base import Instant
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
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
from .service import aware

__all__ = [
    "CHANNELS_RULE",
    "CLOSING_RULE",
    "CODETWO",
    "CODETWO_FROM",
    "CODETWO_TERMS",
    "ENTITLEMENT_RULE",
    "TICKET_FIRST_REPLY_RULE",
    "TICKET_RULE",
    "ChannelDecision",
    "FirstReplyDecision",
    "SupportChannel",
    "TicketDecision",
    "TicketRouting",
    "support_channels",
    "support_entitlement",
    "ticket_closing",
    "ticket_first_reply",
    "ticket_routing",
]

CODETWO_FROM = date(2017, 3, 31)
"""The day the encoded text of CodeTwo's support terms took effect."""


# --------------------------------------------------------------------------- citing the terms

_PARTS_EN = {
    "Definicje": "Definitions",
    "Warunki ogólne": "General terms",
    "Realizacja pomocy technicznej": "Provision of technical support",
    "Postanowienia końcowe": "Final provisions",
}


@dataclass(frozen=True, slots=True)
class _PartCitation(Citation):
    """A numbered point of a named, unnumbered part of the terms."""

    def pl(self) -> str:
        return f"pkt {self.paragraph} części „{self.article}” {self.source.short_pl}"

    def en(self) -> str:
        part = _PARTS_EN.get(self.article, self.article)
        return f"{part}, point {self.paragraph}, {self.source.short_en}"


@dataclass(frozen=True, slots=True)
class _PartedTerms(Source):
    """Terms divided into named parts with numbered points, as CodeTwo's are."""

    def art(
        self,
        article: str,
        paragraph: str | None = None,
        point: str | None = None,
        letter: str | None = None,
    ) -> Citation:
        """Point ``paragraph`` of the part named ``article`` ("Warunki ogólne", "2")."""
        if article not in _PARTS_EN or paragraph is None:
            raise ValueError(f"CodeTwo's terms have no point {paragraph!r} in part {article!r}")
        return _PartCitation(self, article, paragraph, point, letter)


CODETWO = _PartedTerms(
    "Regulaminu Wsparcia Technicznego CodeTwo",
    "CodeTwo Technical Support Terms",
    "Regulamin Wsparcia Technicznego CodeTwo",
    "CodeTwo Technical Support Terms",
    article_mark="",
    paragraph_mark="pkt",
)
"""CodeTwo's support terms: ``CODETWO.art("Realizacja pomocy technicznej", "3")`` renders
"pkt 3 części „Realizacja pomocy technicznej” Regulaminu Wsparcia Technicznego CodeTwo"."""

CODETWO_TERMS = SupportTerms.codetwo()
"""CodeTwo's support terms as data, the default for every CodeTwo rule."""

_GENERAL = "Warunki ogólne"
_PROVISION = "Realizacja pomocy technicznej"


def _general(point: str) -> Citation:
    return CODETWO.art(_GENERAL, point)


def _provision(point: str) -> Citation:
    return CODETWO.art(_PROVISION, point)


def _seed(part: str, point: str) -> str:
    short = {"Warunki ogólne": "Warunki ogólne", "Realizacja pomocy technicznej": "Realizacja"}
    return f"CodeTwo {short[part]} {point}"


_WORKING_DAYS = Interpretation(
    "Regulamin nie definiuje dni roboczych; biblioteka przyjmuje dni od poniedziałku do piątku "
    "z wyjątkiem dni ustawowo wolnych od pracy w Polsce (Producent jest polską spółką), według "
    "prawa obowiązującego w danym roku (Wigilia od 2025 r.).",
    "The terms do not define working days; the library takes Monday to Friday except Polish "
    "public holidays (the producer is a Polish company), under the law of each year (Christmas "
    "Eve from 2025).",
)


# --------------------------------------------------------------------------- Warunki ogólne 2

ENTITLEMENT_RULE = "support.entitlement"


def _licence_reason(licence: Licence | None, on: date) -> tuple[bool, Reason]:
    clause = (_general("2"),)
    if licence is None:
        return False, Reason(
            ENTITLEMENT_RULE,
            "Użytkownik nie ma licencji na Produkt.",
            "The user holds no licence for the product.",
            clause,
        )
    if licence.valid_from is not None and on < licence.valid_from:
        return False, Reason(
            ENTITLEMENT_RULE,
            "Licencja jest ważna dopiero od {start} r.",
            "The licence is valid only from {start}.",
            clause,
            {"start": licence.valid_from},
        )
    if licence.valid_until is not None and on > licence.valid_until:
        return False, Reason(
            ENTITLEMENT_RULE,
            "Licencja wygasła {until} r.",
            "The licence expired on {until}.",
            clause,
            {"until": licence.valid_until},
        )
    return True, Reason(
        ENTITLEMENT_RULE,
        "Licencja na Produkt jest ważna {on} r.",
        "The product's licence is valid on {on}.",
        clause,
        {"on": on},
    )


def _subscription_reason(subscription: SupportSubscription | None, on: date) -> tuple[bool, Reason]:
    clause = (_general("2"),)
    if subscription is None:
        return False, Reason(
            ENTITLEMENT_RULE,
            "Klient nie ma Abonamentu na Wsparcie Techniczne dla Produktu.",
            "The customer has no technical-support subscription for the product.",
            clause,
        )
    if not subscription.active_from <= on <= subscription.active_until:
        return False, Reason(
            ENTITLEMENT_RULE,
            "Abonament na Wsparcie Techniczne nie jest aktywny {on} r. (obejmuje okres od "
            "{start} r. do {end} r.).",
            "The technical-support subscription is not active on {on} (it runs from {start} to "
            "{end}).",
            clause,
            {"on": on, "start": subscription.active_from, "end": subscription.active_until},
        )
    return True, Reason(
        ENTITLEMENT_RULE,
        "Abonament na Wsparcie Techniczne jest aktywny {on} r.",
        "The technical-support subscription is active on {on}.",
        clause,
        {"on": on},
    )


@legacy_rule(
    ENTITLEMENT_RULE,
    title=Text("Prawo do wsparcia technicznego", "Entitlement to technical support"),
    summary=Text(
        "Wsparcie techniczne przysługuje dla Produktu tylko w okresie ważności licencji i tylko "
        "przy aktywnym Abonamencie na Wsparcie Techniczne.",
        "Technical support is given for a product only while its licence is valid and only "
        "with an active technical-support subscription.",
    ),
    basis=(_general("2"), KC.art("353¹")),
    valid_from=CODETWO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(_seed(_GENERAL, "2"),),
)
def _entitlement(account: SupportAccount, on: date) -> Decision[bool]:
    """Warunki ogólne 2: a valid licence and an active subscription, both on the day asked."""
    licensed, licence_reason = _licence_reason(account.licence, on)
    subscribed, subscription_reason = _subscription_reason(account.subscription, on)
    entitled = licensed and subscribed
    checks = ((licensed, licence_reason), (subscribed, subscription_reason))
    unmet = [reason for ok, reason in checks if not ok]
    met = [reason for ok, reason in checks if ok]
    summary = (
        Reason(
            ENTITLEMENT_RULE,
            "Wsparcie techniczne dla Produktu przysługuje {on} r.",
            "Technical support for the product is due on {on}.",
            params={"on": on},
        )
        if entitled
        else Reason(
            ENTITLEMENT_RULE,
            "Wsparcie techniczne dla Produktu nie przysługuje {on} r.: potrzebne są jednocześnie "
            "ważna licencja i aktywny Abonament na Wsparcie Techniczne.",
            "Technical support for the product is not due on {on}: it needs both a valid "
            "licence and an active technical-support subscription.",
            params={"on": on},
        )
    )
    return Decision(
        rule=ENTITLEMENT_RULE,
        outcome=entitled,
        summary=summary,
        reasons=(*unmet, *met),
        law_as_of=on,
    )


_ENTITLEMENT = REGISTRY[ENTITLEMENT_RULE]


@entry(ENTITLEMENT_RULE)
def support_entitlement(account: SupportAccount, on: date) -> Decision[bool]:
    """Is the user of ``account`` entitled to technical support on ``on`` (Warunki ogólne 2)?"""
    version = _ENTITLEMENT.version_for({KeyDate.EVENT: on})
    decision: Decision[bool] = version.func(account, on)
    return decision


# --------------------------------------------------------------------------- Warunki ogólne 5-6

CHANNELS_RULE = "support.channels"


class SupportChannel(StrEnum):
    """The forms of technical support (Warunki ogólne 5)."""

    EMAIL = "email"
    """Email Support: by e-mail to the producer's address."""
    LIVE = "live"
    """Live Support: in real time, by phone or an online session."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelDecision(Decision[tuple[SupportChannel, ...]]):
    """The channels open at the moment asked (the outcome) and whether live support is one."""

    live_available: bool


_CHANNEL_READING = Interpretation(
    "Godziny Live Support „publikowane są na bieżąco na Stronach Producenta”, a „co do zasady” "
    "pomoc jest dostępna całodobowo w dni robocze: biblioteka stosuje tę zasadę jako daną "
    "(SupportTerms.live_hours), którą można zastąpić opublikowanymi godzinami. Email Support "
    "nie ma w regulaminie godzin, więc wiadomość można wysłać zawsze; na odpowiedź przypada "
    "termin z pkt 3 części „Realizacja pomocy technicznej”.",
    "Live Support hours 'are published on the producer's website' and 'as a rule' it is "
    "available around the clock on working days: the library applies that rule as data "
    "(SupportTerms.live_hours), which the published hours may replace. Email Support has no "
    "hours in the terms, so a message may be sent at any time; the reply target is that of "
    "point 3 of 'Provision of technical support'.",
)


def _live_open(terms: SupportTerms, local: datetime) -> bool:
    hours = terms.live_hours
    day = local.date()
    if day.weekday() not in hours.weekdays or (not hours.holidays_count and is_holiday(day)):
        return False
    now = local.time()
    return hours.opens <= now and (hours.closes is None or now < hours.closes)


@legacy_rule(
    CHANNELS_RULE,
    title=Text("Formy wsparcia i dostępność Live Support", "Support channels and live hours"),
    summary=Text(
        "Wsparcie jest udzielane przez Email Support i Live Support; Live Support jest co do "
        "zasady dostępny całodobowo w dni robocze, a narzędzia wybiera Producent.",
        "Support comes by Email Support and Live Support; Live Support is as a rule available "
        "around the clock on working days, and the producer chooses the tools.",
    ),
    basis=(_general("5"), _general("6"), _provision("1")),
    valid_from=CODETWO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(_seed(_GENERAL, "5"), _seed(_GENERAL, "6"), _seed(_PROVISION, "1")),
    interpretations=(_CHANNEL_READING, _WORKING_DAYS),
)
def _channels(local: datetime, terms: SupportTerms) -> ChannelDecision:
    """Warunki ogólne 5-6 and Realizacja 1: e-mail at any time, live support in its hours."""
    live = _live_open(terms, local)
    day = local.date()
    day_name = Text(day_off_name(day, "pl"), day_off_name(day, "en"))
    reasons = [
        Reason(
            CHANNELS_RULE,
            "Wsparcie jest udzielane w dwóch formach: Email Support (poczta elektroniczna) i "
            "Live Support (telefon lub sesja online w czasie rzeczywistym).",
            "Support comes in two forms: Email Support (e-mail) and Live Support (phone or an "
            "online session in real time).",
            (_general("5"),),
        ),
        Reason(
            CHANNELS_RULE,
            "Live Support jest co do zasady dostępny całodobowo w dni robocze; aktualne godziny "
            "publikuje Producent.",
            "Live Support is as a rule available around the clock on working days; the producer "
            "publishes the current hours.",
            (_general("6"),),
        ),
        Reason(
            CHANNELS_RULE,
            (
                "{at} ({day}): Live Support jest dostępny."
                if live
                else "{at} ({day}): Live Support nie jest dostępny."
            ),
            (
                "{at} ({day}): Live Support is available."
                if live
                else "{at} ({day}): Live Support is not available."
            ),
            (_general("6"),),
            {"at": local, "day": day_name},
        ),
        Reason(
            CHANNELS_RULE,
            "Narzędzia i sposób udzielania wsparcia dobiera Producent; użytkownik nie może "
            "żądać wsparcia w wybranej przez siebie formie.",
            "The producer chooses the tools and the way support is given; the user cannot "
            "demand a form of their choice.",
            (_provision("1"),),
        ),
    ]
    channels = (SupportChannel.EMAIL, SupportChannel.LIVE) if live else (SupportChannel.EMAIL,)
    summary = (
        Reason(
            CHANNELS_RULE,
            "O tej porze dostępne są Email Support i Live Support.",
            "At this time Email Support and Live Support are available.",
        )
        if live
        else Reason(
            CHANNELS_RULE,
            "O tej porze dostępny jest tylko Email Support.",
            "At this time only Email Support is available.",
        )
    )
    return ChannelDecision(
        rule=CHANNELS_RULE,
        outcome=channels,
        summary=summary,
        reasons=tuple(reasons),
        law_as_of=day,
        live_available=live,
    )


_CHANNELS = REGISTRY[CHANNELS_RULE]


@entry(CHANNELS_RULE)
def support_channels(
    at: Instant, *, support_terms: SupportTerms = CODETWO_TERMS
) -> ChannelDecision:
    """Which support channels are open at ``at`` (Warunki ogólne 5-6)?"""
    local = aware(at, "at")
    version = _CHANNELS.version_for({KeyDate.EVENT: local.date()})
    decision: ChannelDecision = version.func(local, support_terms)
    return decision


# --------------------------------------------------------------------------- Realizacja 2, 4, 5

TICKET_RULE = "support.ticket"


class TicketRouting(StrEnum):
    """What a contact does to the tickets (Realizacja 2, 4 and 5)."""

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


_SAME_TOPIC = Interpretation(
    "Temat porównuje się jako podany tekst, bez względu na wielkość liter i skrajne spacje; "
    "ocena, czy dwa zgłoszenia dotyczą tego samego tematu, należy do tego, kto podaje fakty. "
    "Kontakt w nowym temacie otwiera nowy Ticket (regulamin mówi „mogą skutkować”; biblioteka "
    "przyjmuje odczytanie zgodne ze zdaniem pierwszym: każdy kontakt wymagający reakcji otwiera "
    "Ticket). Kontakt w temacie zamkniętego Ticketu, wymagający dalszych czynności, pozwala go "
    "ponownie otworzyć.",
    "Topics are compared as given text, ignoring case and outer spaces; judging whether two "
    "contacts are on the same topic belongs to whoever states the facts. A contact on a new "
    "topic opens a new ticket (the terms say 'may result in'; the library follows the first "
    "sentence: every contact needing a reaction opens a ticket). A contact on a closed ticket's "
    "topic that needs further action allows reopening it.",
)


def _topic(text: str) -> str:
    return " ".join(text.split()).casefold()


@legacy_rule(
    TICKET_RULE,
    title=Text("Tickety: otwarcie, historia, ponowne otwarcie", "Tickets: opening and reopening"),
    summary=Text(
        "Każdy kontakt wymagający reakcji w sprawie pytania lub problemu jest rejestrowany w "
        "Tickecie tego tematu; inny temat otwiera nowy Ticket, liczba Ticketów nie jest "
        "ograniczona, a zamknięty Ticket można ponownie otworzyć.",
        "Every contact needing a reaction on a question or problem is recorded in that topic's "
        "ticket; another topic opens a new ticket, tickets are unlimited, and a closed ticket "
        "may be reopened.",
    ),
    basis=(_provision("2"), _provision("4"), _provision("5")),
    valid_from=CODETWO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(_seed(_PROVISION, "2"), _seed(_PROVISION, "4"), _seed(_PROVISION, "5")),
    interpretations=(_SAME_TOPIC,),
)
def _ticket(contact: SupportContact, tickets: tuple[Ticket, ...], on: date) -> TicketDecision:
    """Realizacja 2 (a ticket per topic), 4 (reopening) and 5 (no limit)."""
    if not contact.needs_reaction:
        return TicketDecision(
            rule=TICKET_RULE,
            outcome=TicketRouting.NO_TICKET,
            summary=Reason(
                TICKET_RULE,
                "Kontakt nie otwiera Ticketu.",
                "The contact opens no ticket.",
            ),
            reasons=(
                Reason(
                    TICKET_RULE,
                    "Ticket otwiera kontakt wymagający reakcji Producenta na pytanie lub "
                    "problem, a ten jej nie wymaga.",
                    "A ticket is opened by a contact needing the producer's reaction to a "
                    "question or problem, and this one needs none.",
                    (_provision("2"),),
                ),
            ),
            law_as_of=on,
        )
    topic = _topic(contact.topic)
    same = sorted(
        (t for t in tickets if _topic(t.topic) == topic), key=lambda t: t.opened_at, reverse=True
    )
    open_ticket = next((t for t in same if t.state is TicketState.OPEN), None)
    if open_ticket is not None:
        return TicketDecision(
            rule=TICKET_RULE,
            outcome=TicketRouting.JOINS_TICKET,
            summary=Reason(
                TICKET_RULE,
                "Kontakt zostaje odnotowany w otwartym Tickecie {id}.",
                "The contact is recorded in the open ticket {id}.",
                params={"id": open_ticket.id},
            ),
            reasons=(
                Reason(
                    TICKET_RULE,
                    "W Tickecie odnotowuje się historię wsparcia dla zgłoszonego pytania lub "
                    "problemu, a Ticket {id} w tym temacie jest otwarty.",
                    "A ticket records the history of support for the question or problem "
                    "raised, and ticket {id} on this topic is open.",
                    (_provision("2"),),
                    {"id": open_ticket.id},
                ),
            ),
            law_as_of=on,
            ticket_id=open_ticket.id,
        )
    if same:
        closed = same[0]
        return TicketDecision(
            rule=TICKET_RULE,
            outcome=TicketRouting.REOPENS_TICKET,
            summary=Reason(
                TICKET_RULE,
                "Zamknięty Ticket {id} może zostać ponownie otwarty.",
                "The closed ticket {id} may be reopened.",
                params={"id": closed.id},
            ),
            reasons=(
                Reason(
                    TICKET_RULE,
                    "Kontakt dotyczy pytania lub problemu objętego zamkniętym Ticketem {id} i "
                    "wymaga dalszych czynności Producenta.",
                    "The contact concerns the question or problem of the closed ticket {id} and "
                    "needs further action from the producer.",
                    (_provision("4"),),
                    {"id": closed.id},
                ),
            ),
            law_as_of=on,
            ticket_id=closed.id,
        )
    return TicketDecision(
        rule=TICKET_RULE,
        outcome=TicketRouting.OPENS_TICKET,
        summary=Reason(
            TICKET_RULE,
            "Kontakt zostaje zarejestrowany i otwiera nowy Ticket.",
            "The contact is registered and opens a new ticket.",
        ),
        reasons=(
            Reason(
                TICKET_RULE,
                "Kontakt wymaga reakcji na pytanie lub problem w temacie, w którym nie ma "
                "Ticketu: zostaje zarejestrowany i otwiera Ticket.",
                "The contact needs a reaction to a question or problem on a topic with no "
                "ticket: it is registered and opens a ticket.",
                (_provision("2"),),
            ),
            Reason(
                TICKET_RULE,
                "Liczba Ticketów nie jest ograniczona (użytkownik ma ich już {count}).",
                "The number of tickets is not limited (the user already has {count}).",
                (_provision("5"),),
                {"count": len(tickets)},
            ),
        ),
        law_as_of=on,
    )


_TICKET = REGISTRY[TICKET_RULE]


@entry(TICKET_RULE)
def ticket_routing(contact: SupportContact, tickets: tuple[Ticket, ...] = ()) -> TicketDecision:
    """Does ``contact`` open a ticket, join an open one, or reopen a closed one?

    ``tickets`` are the user's tickets as they stand when the contact arrives.
    """
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
    version = _TICKET.version_for({KeyDate.EVENT: at.date()})
    decision: TicketDecision = version.func(contact, tuple(tickets), at.date())
    return decision


# --------------------------------------------------------------------------- Realizacja 3

TICKET_FIRST_REPLY_RULE = "support.first_reply"


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


_NOT_GUARANTEED = Interpretation(
    "„Producent dołoży starań, ale tego nie gwarantuje”: termin pierwszej reakcji jest celem "
    "umowy starannego działania, nie terminem, którego przekroczenie samo w sobie oznacza "
    "niewykonanie umowy; decyzja podaje go jako cel (guaranteed = False).",
    "'The producer will make efforts but does not guarantee it': the first-reaction day is a "
    "target of a best-efforts contract, not a deadline whose mere passing is a breach; the "
    "decision gives it as a target (guaranteed = False).",
)


@legacy_rule(
    TICKET_FIRST_REPLY_RULE,
    title=Text("Pierwsza reakcja na Ticket", "First reaction to a ticket"),
    summary=Text(
        "Producent dokłada starań, ale nie gwarantuje, aby pierwsza reakcja nastąpiła najpóźniej "
        "w następnym dniu roboczym po dniu otwarcia Ticketu.",
        "The producer makes efforts, without guaranteeing it, to react first by the next "
        "working day after the day the ticket was opened.",
    ),
    basis=(_provision("3"), _general("4"), KC.art("750"), KC.art("355", "2")),
    valid_from=CODETWO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(_seed(_PROVISION, "3"), _seed(_GENERAL, "4")),
    interpretations=(_NOT_GUARANTEED, _WORKING_DAYS),
)
def _first_reply(
    opened: datetime, replied: datetime | None, terms: SupportTerms
) -> FirstReplyDecision:
    """Realizacja 3: the first reaction aimed for by the next working day after opening."""
    clause = (_provision("3"),)
    opened_on = opened.date()
    target = opened_on
    for _ in range(terms.first_reply_working_days):
        target = next_working_day(target)
    ends_at = datetime.combine(period_end(target, days=1), time(), tzinfo=WARSAW)
    skipped = []
    day = period_end(opened_on, days=1)
    while day < target:
        skipped.append(Text(day_off_name(day, "pl"), day_off_name(day, "en")))
        day = period_end(day, days=1)
    reasons = [
        Reason(
            TICKET_FIRST_REPLY_RULE,
            "Ticket otwarto {opened}; następny dzień roboczy po dniu otwarcia to {target} r.",
            "The ticket was opened on {opened}; the next working day after that day is {target}.",
            clause,
            {"opened": opened, "target": target},
        )
    ]
    if skipped:
        reasons.append(
            Reason(
                TICKET_FIRST_REPLY_RULE,
                "Pominięto dni wolne od pracy: {days}.",
                "Days off skipped: {days}.",
                clause,
                {"days": tuple(skipped)},
            )
        )
    reasons += [
        Reason(
            TICKET_FIRST_REPLY_RULE,
            "To cel, a nie gwarancja: wsparcie jest umową starannego działania, która nie "
            "zapewnia osiągnięcia rezultatu.",
            "This is a target, not a guarantee: support is a best-efforts contract that does "
            "not promise a result.",
            (*clause, _general("4"), KC.art("750"), KC.art("355", "2")),
        ),
        Reason(
            TICKET_FIRST_REPLY_RULE,
            "Pierwsza reakcja nie oznacza, że Ticket zostanie tego dnia zamknięty.",
            "A first reaction does not mean the ticket is closed that day.",
            clause,
        ),
    ]
    met = None
    if replied is not None:
        met = replied < ends_at
        reasons.append(
            Reason(
                TICKET_FIRST_REPLY_RULE,
                "Pierwsza reakcja nastąpiła {replied}: "
                + (
                    "cel osiągnięto."
                    if met
                    else "po docelowym dniu; Producent tego nie gwarantował."
                ),
                "The first reaction came on {replied}: "
                + (
                    "the target was met."
                    if met
                    else "after the target day; the producer did not guarantee it."
                ),
                clause,
                {"replied": replied},
            )
        )
    return FirstReplyDecision(
        rule=TICKET_FIRST_REPLY_RULE,
        outcome=target,
        summary=Reason(
            TICKET_FIRST_REPLY_RULE,
            "Producent dołoży starań, aby pierwsza reakcja nastąpiła najpóźniej {target} r. "
            "(do końca dnia); to cel, nie gwarancja.",
            "The producer will make efforts to react first by the end of {target}; this is a "
            "target, not a guarantee.",
            params={"target": target},
        ),
        reasons=tuple(reasons),
        deadline=target,
        law_as_of=opened_on,
        ends_at=ends_at,
        target_met=met,
    )


_FIRST_REPLY = REGISTRY[TICKET_FIRST_REPLY_RULE]


@entry(TICKET_FIRST_REPLY_RULE)
def ticket_first_reply(
    opened_at: Instant,
    *,
    replied_at: Instant | None = None,
    support_terms: SupportTerms = CODETWO_TERMS,
) -> FirstReplyDecision:
    """The day by whose end the producer aims to react first to a ticket opened at
    ``opened_at`` (Realizacja 3); ``replied_at``, if given, is checked against it."""
    opened = aware(opened_at, "opened_at")
    replied = None if replied_at is None else aware(replied_at, "replied_at")
    if replied is not None and replied < opened:
        raise InvalidFacts("replied_at", "the first reaction cannot precede the ticket")
    version = _FIRST_REPLY.version_for({KeyDate.EVENT: opened.date()})
    decision: FirstReplyDecision = version.func(opened, replied, support_terms)
    return decision


# --------------------------------------------------------------------------- Realizacja 4

CLOSING_RULE = "support.ticket_closing"

_CLOSING_GROUNDS = (
    ("answered", Text("udzielono odpowiedzi na pytanie", "the question has been answered")),
    ("solved", Text("zgłoszony problem rozwiązano", "the problem reported has been solved")),
)


@legacy_rule(
    CLOSING_RULE,
    title=Text("Zamknięcie Ticketu", "Closing a ticket"),
    summary=Text(
        "Ticket zamyka się dopiero po udzieleniu odpowiedzi, rozwiązaniu problemu albo "
        "ustaleniu, że problemu nie da się rozwiązać, i przekazaniu wyjaśnienia; zamknięty "
        "Ticket można otworzyć ponownie.",
        "A ticket is closed only once the question is answered, the problem solved, or it is "
        "established that it cannot be solved and the user told why; a closed ticket may be "
        "reopened.",
    ),
    basis=(_provision("4"),),
    valid_from=CODETWO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(_seed(_PROVISION, "4"),),
)
def _closing(resolution: TicketResolution, on: date) -> Decision[bool]:
    """Realizacja 4: the three grounds for closing, in the clause's order."""
    clause = (_provision("4"),)
    grounds = [
        Reason(
            CLOSING_RULE,
            "Podstawa zamknięcia: {label}.",
            "Ground for closing: {label}.",
            clause,
            {"label": label},
        )
        for field, label in _CLOSING_GROUNDS
        if getattr(resolution, field)
    ]
    not_yet: list[Reason] = []
    if resolution.impossibility_established and resolution.impossibility_explained:
        grounds.append(
            Reason(
                CLOSING_RULE,
                "Podstawa zamknięcia: ustalono, że problemu nie da się rozwiązać, i przekazano "
                "użytkownikowi wyjaśnienie.",
                "Ground for closing: it was established that the problem cannot be solved, and "
                "the user was given an explanation.",
                clause,
            )
        )
    elif resolution.impossibility_established:
        not_yet.append(
            Reason(
                CLOSING_RULE,
                "Ustalono, że problemu nie da się rozwiązać, ale użytkownik nie otrzymał jeszcze "
                "informacji wyjaśniającej.",
                "It was established that the problem cannot be solved, but the user has not yet "
                "been given an explanation.",
                clause,
            )
        )
    may_close = bool(grounds)
    closing_note = Reason(
        CLOSING_RULE,
        "Liczba kontaktów z użytkownikiem potrzebnych do zamknięcia Ticketu nie ma znaczenia; "
        "zamknięty Ticket może zostać ponownie otwarty, jeśli pytanie lub problem wymaga "
        "dalszych czynności.",
        "The number of contacts with the user needed to close the ticket does not matter; a "
        "closed ticket may be reopened if the question or problem needs further action.",
        clause,
    )
    if may_close:
        summary = Reason(CLOSING_RULE, "Ticket można zamknąć.", "The ticket may be closed.")
    else:
        summary = Reason(
            CLOSING_RULE,
            "Ticketu nie można jeszcze zamknąć: nie udzielono odpowiedzi, nie rozwiązano "
            "problemu ani nie wyjaśniono użytkownikowi, że nie da się go rozwiązać.",
            "The ticket may not be closed yet: the question has not been answered, the problem "
            "has not been solved, and the user has not been told that it cannot be solved.",
        )
    return Decision(
        rule=CLOSING_RULE,
        outcome=may_close,
        summary=summary,
        reasons=(*grounds, *not_yet, closing_note),
        law_as_of=on,
    )


_CLOSING = REGISTRY[CLOSING_RULE]


@entry(CLOSING_RULE)
def ticket_closing(resolution: TicketResolution, on: date) -> Decision[bool]:
    """May a ticket be closed on ``on``, given what has been done on it (Realizacja 4)?"""
    version = _CLOSING.version_for({KeyDate.EVENT: on})
    decision: Decision[bool] = version.func(resolution, on)
    return decision
