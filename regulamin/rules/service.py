"""The Woohoo Cloud service clauses: conclusion, activation, suspension, plan limits, fixing
faults, and the periods for website complaints and DSA appeals.

**§ 3 ust. 7.** The site's offer is an invitation to contract (§ 3 ust. 3, art. 71 KC); the
customer's order is the offer, and the contract is concluded when the provider's e-mail
confirming the order and its acceptance *reaches* the customer (art. 70 § 1, 61 § 2 KC).

**§ 4 ust. 1.** A service is activated within 24 hours, unless its description or the order
states another time; with several services, the longest time governs the whole order. The
time runs from the booking of the payment on the provider's account.

**§ 4 ust. 12** lets the provider suspend the service temporarily for a late payment, an
exceeded transfer limit (§ 6 ust. 2) or illegal content; **§ 6** sets each plan's limits
(transfer 100 / 500 / 1000 GB / unlimited a billing period, e-mail 250 / 500 / 1000 / 5000 a
day) and what exceeding them allows: suspending the account until the billing period ends or
the limit is raised (§ 6 ust. 3), halting e-mail until the day ends (§ 6 ust. 5), each time
with an e-mail to the customer.

**§ 9 ust. 6.** Reported failures and faults are removed within a reasonable time, at the
latest within 14 calendar days of receiving the report. **§ 11 ust. 8**: complaints about the
website are considered within 14 days. **§ 14 ust. 7 and 10**: appeals against decisions on
content or on an account are considered within 14 days, by people, not by automated means
(art. 20 DSA describes the same for online platforms; its period is "timely", the 14 days are
the terms' own).

Periods in days are counted by art. 111 § 2 KC (the day of the event is not counted) and, as
periods for an act of the provider, roll forward past days off (art. 115 KC). Periods in
hours use the terms' working hours (:mod:`regulamin.calendars`), Warsaw wall-clock time.

The terms carry no date. They apply the Digital Services Act's duties of hosting services
(notices, statements of reasons, a contact point, appeals), which apply from 17 February 2024
(art. 93 ust. 2 DSA), so the library takes that day as the earliest on which this text can
have been in force; facts dated earlier are :class:`~regulamin.errors.LawNotCovered`.

>>> from datetime import datetime
>>> from regulamin.calendars import WARSAW
>>> booked = datetime(2026, 10, 24, 10, 0, tzinfo=WARSAW)      # Saturday, CEST
>>> activation_deadline((ServiceItem(name="VPS"),), booked).outcome.isoformat()
'2026-10-25T09:00:00+01:00'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from ..calendars import WARSAW, Counting, Deadline, add_elapsed_hours, period_end
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import DSA, KC, Citation, Source
from ..models.base import Instant
from ..models.service import (
    Appeal,
    AppealAgainst,
    EmailUsage,
    Order,
    PlanSpec,
    RequestKind,
    ServiceItem,
    ServiceRequest,
    ServiceTerms,
    SuspensionGrounds,
    TransferUsage,
)
from ..reasons import count_days
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule

WOOHOO = Source(
    "Regulaminu Woohoo Cloud",
    "Woohoo Cloud Terms",
    "Regulamin świadczenia usług Woohoo Cloud",
    "Woohoo Cloud Terms of Service",
    article_mark="§",
)
"""The Woohoo Cloud terms, the seed of the service rules (cited as ``§ 4 ust. 1``)."""

__all__ = [
    "APPEAL_RULE",
    "CONCLUSION_RULE",
    "EMAIL_LIMIT_RULE",
    "FAULT_FIX_RULE",
    "UOSUDE",
    "WEBSITE_COMPLAINT_RULE",
    "WOOHOO_FROM",
    "WOOHOO_TERMS",
    "ConclusionDecision",
    "DueDecision",
    "LimitDecision",
    "LimitMeasure",
    "TimeDecision",
    "activation_deadline",
    "contract_conclusion",
    "dsa_appeal",
    "email_limit",
    "fault_fix_deadline",
    "suspension",
    "transfer_limit",
    "website_complaint",
]

WOOHOO_FROM = date(2024, 2, 17)
"""The earliest day the Woohoo Cloud text can have been in force (see the module's notes)."""
WOOHOO_TERMS = ServiceTerms.woohoo()
"""The Woohoo Cloud terms as data, the default for every Woohoo rule."""

UOSUDE = Source(
    "UŚUDE",
    "UŚUDE",
    "ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną",
    "Act of 18 July 2002 on Providing Services by Electronic Means",
)

_ONE_DAY = timedelta(days=1)


# --------------------------------------------------------------------------- shared steps


def seed(paragraph: str, point: str | None = None) -> str:
    """The id of a Woohoo clause for ``seed_clauses`` (``"Woohoo §4 ust. 14"``)."""
    return f"Woohoo §{paragraph}" + (f" ust. {point}" if point else "")


def aware(instant: datetime, field: str) -> datetime:
    """``instant`` in Warsaw time; a naive datetime is :class:`InvalidFacts` naming ``field``."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise InvalidFacts(field, f"{instant} has no time zone; give e.g. Europe/Warsaw or UTC")
    return instant.astimezone(WARSAW)


def plan_spec(terms: ServiceTerms, plan: str) -> PlanSpec:
    """The row of the plan table for ``plan``; an unknown plan is :class:`InvalidFacts`."""
    name = str(plan).strip().upper()
    for spec in terms.plans:
        if spec.name == name:
            return spec
    known = ", ".join(spec.name for spec in terms.plans)
    raise InvalidFacts("plan", f"unknown plan {plan!r}; the terms offer {known}")


def number_text(value: Decimal) -> Text:
    """A quantity that is not money (gigabytes), written for each language."""
    plain = format(value.normalize(), "f")
    return Text(plain.replace(".", ","), plain)


def missing_text(missing: Sequence[str]) -> Text:
    names = ", ".join(missing)
    if len(missing) == 1:
        return Text(f"brak faktu {names}", f"{names} is missing")
    return Text(f"brak faktów {names}", f"{names} are missing")


@dataclass(frozen=True, slots=True, kw_only=True)
class DueDecision(Decision[date | None]):
    """A deadline in days for an act of the provider; the outcome is its last day.

    ``None`` as the outcome: the clause sets no deadline for these facts (the reasons say
    why). ``met`` says whether the act was done in time, when its day is given.
    """

    nominal_end: date | None = None
    """The period's last day before roll-forward (art. 115 KC)."""
    met: bool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeDecision(Decision[datetime | None]):
    """A deadline at an instant (hours, working hours); the outcome is that instant (Warsaw).

    ``None`` as the outcome: no such deadline applies (the reasons say why).
    """

    limit_hours: int | None = None
    """The hours counted."""
    clock_starts: datetime | None = None
    """When the clock started to run."""
    met: bool | None = None
    """Was the act done by the deadline? ``None`` when its time is not given."""


def _in_time(
    rule_id: str, done: date | None, due: date, what: Text, basis: tuple[Citation, ...]
) -> tuple[bool | None, tuple[Reason, ...]]:
    if done is None:
        return None, ()
    if done <= due:
        return True, (
            Reason(
                rule_id,
                "{what} nastąpiło {done} r., w terminie.",
                "{what} took place on {done}, in time.",
                basis,
                {"what": what, "done": done},
            ),
        )
    return False, (
        Reason(
            rule_id,
            "{what} nastąpiło dopiero {done} r., po terminie ({due} r.).",
            "{what} took place only on {done}, after the deadline ({due}).",
            basis,
            {"what": what, "done": done, "due": due},
        ),
    )


def due_decision(
    rule_id: str,
    on: date,
    due: Deadline,
    reasons: Sequence[Reason],
    summary: Text,
    *,
    done_on: date | None = None,
    done_field: str,
    done_text: Text,
    basis: tuple[Citation, ...],
    not_applied: Sequence[Reason] = (),
) -> DueDecision:
    """A :class:`DueDecision` for a deadline counted in days; ``summary`` is a template over
    ``due``; ``done_on`` (the fact ``done_field``) is the day the act was done, if it was."""
    if done_on is not None and done_on < on:
        raise InvalidFacts(done_field, f"{done_on} is before the period started ({on})")
    met, checked = _in_time(rule_id, done_on, due.due, done_text, basis)
    return DueDecision(
        rule=rule_id,
        outcome=due.due,
        summary=Reason(rule_id, summary.pl, summary.en, params={"due": due.due}),
        reasons=(*reasons, *checked),
        not_applied=tuple(not_applied),
        deadline=due.due,
        law_as_of=on,
        nominal_end=due.nominal,
        met=met,
    )


# --------------------------------------------------------------------------- § 3 ust. 7

CONCLUSION_RULE = "service.conclusion"


@dataclass(frozen=True, slots=True, kw_only=True)
class ConclusionDecision(Decision[bool]):
    """Is the contract concluded? ``concluded_at`` is the instant, ``concluded_on`` its day in
    Warsaw (the day periods count from)."""

    concluded_at: datetime | None = None
    concluded_on: date | None = None


_ON_RECEIPT = Interpretation(
    "„Otrzymanie” wiadomości e-mail to chwila, w której dotarła ona do skrzynki klienta tak, że "
    "mógł się zapoznać z jej treścią (art. 61 § 2 KC), a nie chwila jej przeczytania; dniem "
    "zawarcia umowy jest ten dzień kalendarzowy w czasie warszawskim.",
    "'Receiving' the e-mail is the moment it reached the customer's mailbox so that they could "
    "read it (Art. 61 § 2 KC), not the moment it was read; the day of conclusion is that "
    "calendar day in Warsaw time.",
)


@legacy_rule(
    CONCLUSION_RULE,
    title=Text("Zawarcie umowy", "Conclusion of the contract"),
    summary=Text(
        "Umowa o świadczenie usług cyfrowych zostaje zawarta z chwilą otrzymania przez klienta "
        "wiadomości e-mail potwierdzającej przyjęcie zamówienia do realizacji.",
        "The contract for digital services is concluded when the customer receives the e-mail "
        "confirming that the order was accepted.",
    ),
    basis=(WOOHOO.art("3", "7"), KC.art("70", "1"), KC.art("61", "2"), KC.art("71")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.ORDER_PLACED,
    seed_clauses=(seed("3", "3"), seed("3", "7")),
    interpretations=(_ON_RECEIPT,),
)
def _conclusion(order: Order) -> ConclusionDecision:
    """§ 3 ust. 3 and 7: the order is an offer, accepted by the e-mail that reaches the
    customer; until then there is no contract."""
    placed = aware(order.placed_at, "order.placed_at")
    reasons = [
        Reason(
            CONCLUSION_RULE,
            "Informacje o usługach na Stronie są zaproszeniem do zawarcia umowy, a zamówienie "
            "złożone {placed} jest ofertą klienta.",
            "The information about services on the website is an invitation to contract, and "
            "the order placed on {placed} is the customer's offer.",
            (WOOHOO.art("3", "3"), KC.art("71")),
            {"placed": placed},
        )
    ]
    if order.confirmation_received_at is None:
        reasons.append(
            Reason(
                CONCLUSION_RULE,
                "Wiadomość e-mail potwierdzająca przyjęcie zamówienia do realizacji nie dotarła "
                "do klienta.",
                "The e-mail confirming that the order was accepted has not reached the customer.",
                (WOOHOO.art("3", "7"), KC.art("70", "1")),
            )
        )
        return ConclusionDecision(
            rule=CONCLUSION_RULE,
            outcome=False,
            summary=Reason(
                CONCLUSION_RULE,
                "Umowa nie została (jeszcze) zawarta.",
                "The contract has not been concluded (yet).",
            ),
            reasons=tuple(reasons),
            law_as_of=placed.date(),
        )
    received = aware(order.confirmation_received_at, "order.confirmation_received_at")
    reasons.append(
        Reason(
            CONCLUSION_RULE,
            "Wiadomość e-mail potwierdzająca przyjęcie zamówienia dotarła do klienta {received}; "
            "z tą chwilą umowa została zawarta.",
            "The e-mail confirming that the order was accepted reached the customer on "
            "{received}; the contract was concluded at that moment.",
            (WOOHOO.art("3", "7"), KC.art("70", "1"), KC.art("61", "2")),
            {"received": received},
        )
    )
    return ConclusionDecision(
        rule=CONCLUSION_RULE,
        outcome=True,
        summary=Reason(
            CONCLUSION_RULE,
            "Umowa została zawarta {received} (dzień zawarcia: {day} r.).",
            "The contract was concluded on {received} (day of conclusion: {day}).",
            params={"received": received, "day": received.date()},
        ),
        reasons=tuple(reasons),
        law_as_of=placed.date(),
        concluded_at=received,
        concluded_on=received.date(),
    )


_CONCLUSION = REGISTRY[CONCLUSION_RULE]


@entry(CONCLUSION_RULE)
def contract_conclusion(order: Order) -> ConclusionDecision:
    """Whether, and when, the contract for ``order`` was concluded (Woohoo § 3 ust. 7)."""
    placed = aware(order.placed_at, "order.placed_at")
    version = _CONCLUSION.version_for({KeyDate.ORDER_PLACED: placed.date()})
    decision: ConclusionDecision = version.func(order)
    return decision


# --------------------------------------------------------------------------- § 4 ust. 1

ACTIVATION_RULE = "service.activation"

_FROM_BOOKING = Interpretation(
    "„Terminy liczone są od dnia zaksięgowania przelewu”: termin w godzinach biegnie od chwili "
    "zaksięgowania wpłaty na koncie Wykonawcy, a 24 godziny to 24 godziny upływu czasu (przy "
    "zmianie czasu z letniego na zimowy koniec terminu wypada o godzinę wcześniej na zegarze). "
    "Liczenie od początku dnia zaksięgowania dawałoby przy wpłacie wieczorem kilka godzin, a "
    "liczenie od końca tego dnia (jak w art. 111 § 2 KC) prawie dobę więcej; biblioteka przyjmuje "
    "odczytanie pośrednie, surowsze dla Wykonawcy niż to drugie.",
    "'The periods run from the day the transfer is booked': a period in hours runs from the "
    "moment the payment is booked on the provider's account, and 24 hours are 24 hours of "
    "elapsed time (when summer time ends, the end falls an hour earlier on the clock). Counting "
    "from the start of the booking day would leave a few hours for a payment booked in the "
    "evening, counting from its end (as in Art. 111 § 2 KC) almost a day more; the library takes "
    "the reading in between, stricter for the provider than the latter.",
)


@legacy_rule(
    ACTIVATION_RULE,
    title=Text("Termin aktywacji usługi", "Activation time"),
    summary=Text(
        "Dostęp do usługi zostaje aktywowany w ciągu 24 godzin od zaksięgowania wpłaty, chyba że "
        "opis usługi lub zamówienie podaje inny termin; przy kilku usługach obowiązuje "
        "najdłuższy z ich terminów.",
        "Access to the service is activated within 24 hours of the payment being booked, unless "
        "the service's description or the order states another time; with several services the "
        "longest of their times applies.",
    ),
    basis=(WOOHOO.art("4", "1"),),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("4", "1"),),
    interpretations=(_FROM_BOOKING,),
)
def _activation(
    items: Sequence[ServiceItem],
    booked: datetime,
    activated: datetime | None,
    terms: ServiceTerms,
) -> TimeDecision:
    """§ 4 ust. 1: each service's own time or the general 24 hours; the longest governs; the
    time runs from the booking of the payment."""
    clause = (WOOHOO.art("4", "1"),)
    longest = max(items, key=lambda item: item.activation_hours or terms.activation_hours)
    hours = longest.activation_hours or terms.activation_hours
    reasons = [
        Reason(
            ACTIVATION_RULE,
            "Termin aktywacji wynosi {general} godz., chyba że opis usługi lub zamówienie podaje "
            "inny.",
            "The activation time is {general} hours, unless the service's description or the "
            "order states another.",
            clause,
            {"general": terms.activation_hours},
        )
    ]
    if len(items) > 1:
        reasons.append(
            Reason(
                ACTIVATION_RULE,
                "Zamówienie obejmuje kilka usług; obowiązuje najdłuższy z ich terminów: "
                "{hours} godz. dla usługi „{name}”.",
                "The order covers several services; the longest of their times applies: "
                "{hours} hours for '{name}'.",
                clause,
                {"hours": hours, "name": longest.name},
            )
        )
    elif longest.activation_hours is not None:
        reasons.append(
            Reason(
                ACTIVATION_RULE,
                "Dla usługi „{name}” podano termin {hours} godz.",
                "The service '{name}' states {hours} hours.",
                clause,
                {"hours": hours, "name": longest.name},
            )
        )
    # Elapsed time: 24 hours are 86 400 seconds whatever the wall clock does (interpretation).
    due = add_elapsed_hours(booked, hours)
    reasons.append(
        Reason(
            ACTIVATION_RULE,
            "Wpłatę zaksięgowano {booked}; termin {hours} godz. liczony od tej chwili upływa "
            "{due}.",
            "The payment was booked on {booked}; {hours} hours from then end on {due}.",
            clause,
            {"booked": booked, "hours": hours, "due": due},
        )
    )
    met = None
    if activated is not None:
        met = activated <= due
        reasons.append(
            Reason(
                ACTIVATION_RULE,
                "Usługę aktywowano {activated}, " + ("w terminie." if met else "po terminie."),
                "The service was activated on {activated}, "
                + ("in time." if met else "after the deadline."),
                clause,
                {"activated": activated},
            )
        )
    return TimeDecision(
        rule=ACTIVATION_RULE,
        outcome=due,
        summary=Reason(
            ACTIVATION_RULE,
            "Dostęp do usługi powinien zostać aktywowany najpóźniej {due}.",
            "Access to the service should be activated by {due} at the latest.",
            params={"due": due},
        ),
        reasons=tuple(reasons),
        deadline=due,
        law_as_of=booked.date(),
        limit_hours=hours,
        clock_starts=booked,
        met=met,
    )


_ACTIVATION = REGISTRY[ACTIVATION_RULE]


@entry(ACTIVATION_RULE)
def activation_deadline(
    items: tuple[ServiceItem, ...],
    booked_at: Instant | None,
    *,
    activated_at: Instant | None = None,
    service_terms: ServiceTerms = WOOHOO_TERMS,
) -> TimeDecision:
    """By when the services in ``items`` must be activated (Woohoo § 4 ust. 1).

    ``booked_at`` is when the payment was booked on the provider's account (``None``: not
    yet); ``activated_at``, if given, is checked against the deadline.
    """
    if not items:
        raise InvalidFacts("items", "an order has at least one service")
    activated = None if activated_at is None else aware(activated_at, "activated_at")
    if booked_at is None:
        return TimeDecision(
            rule=ACTIVATION_RULE,
            outcome=Undetermined(("booked_at",)),
            summary=Reason(
                ACTIVATION_RULE,
                "Termin aktywacji jeszcze nie biegnie: {missing}.",
                "The activation period is not running yet: {missing}.",
                params={"missing": missing_text(("booked_at",))},
            ),
            reasons=(
                Reason(
                    ACTIVATION_RULE,
                    "Termin aktywacji liczy się od zaksięgowania wpłaty na koncie Wykonawcy, a "
                    "wpłata nie została zaksięgowana.",
                    "The activation period runs from the booking of the payment on the "
                    "provider's account, and no payment has been booked.",
                    (WOOHOO.art("4", "1"),),
                ),
            ),
        )
    booked = aware(booked_at, "booked_at")
    if activated is not None and activated < booked:
        raise InvalidFacts("activated_at", "the activation period cannot end before it starts")
    version = _ACTIVATION.version_for({KeyDate.EVENT: booked.date()})
    decision: TimeDecision = version.func(tuple(items), booked, activated, service_terms)
    return decision


# --------------------------------------------------------------------------- § 4 ust. 12

SUSPENSION_RULE = "service.suspension"

_GROUNDS: tuple[tuple[str, str, Text], ...] = (
    (
        "payment_late",
        "1",
        Text("opóźnienie w płatności za usługę", "a late payment for the service"),
    ),
    (
        "transfer_limit_exceeded",
        "2",
        Text(
            "przekroczenie limitu transferu danych z § 6 ust. 2",
            "an exceeded data-transfer limit of § 6(2)",
        ),
    ),
    (
        "illegal_content",
        "3",
        Text(
            "umieszczenie na serwerze treści sprzecznych z prawem, prawami osób trzecich lub "
            "zasadami współżycia społecznego",
            "content on the server contrary to the law, to third parties' rights or to good morals",
        ),
    ),
)

_LATE_NOT_DEFAULT = Interpretation(
    "„Opóźnienie w płatności” obejmuje każde niezapłacenie w terminie, także niezawinione; "
    "regulamin nie wymaga zwłoki (art. 476 KC). Przekroczenie dziennego limitu wysyłki e-maili "
    "(§ 6 ust. 5) nie jest podstawą zawieszenia usługi, bo § 4 ust. 12 pkt 2 odsyła tylko do "
    "limitów z § 6 ust. 2.",
    "A 'late payment' covers any failure to pay in time, even without fault; the terms do not "
    "require default (Art. 476 KC). An exceeded daily e-mail limit (§ 6(5)) is no ground for "
    "suspending the service, because § 4(12)(2) refers only to the limits of § 6(2).",
)


@legacy_rule(
    SUSPENSION_RULE,
    title=Text("Czasowe zawieszenie usługi", "Temporary suspension of the service"),
    summary=Text(
        "Wykonawca może czasowo zawiesić dostęp do usługi w razie opóźnienia w płatności, "
        "przekroczenia limitów transferu albo umieszczenia na serwerze treści bezprawnych.",
        "The provider may temporarily suspend access to the service for a late payment, an "
        "exceeded transfer limit, or illegal content on the server.",
    ),
    basis=(WOOHOO.art("4", "12"), WOOHOO.art("6", "3"), KC.art("353¹")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("4", "12"),),
    interpretations=(_LATE_NOT_DEFAULT,),
)
def _suspension(grounds: SuspensionGrounds, on: date) -> Decision[bool]:
    """§ 4 ust. 12 pkt 1-3, in the clause's order: any ground established allows a temporary
    suspension; none known leaves the answer open."""
    found: list[Reason] = []
    ruled_out: list[Reason] = []
    unknown: list[str] = []
    for field, point, label in _GROUNDS:
        value = getattr(grounds, field)
        basis = (WOOHOO.art("4", "12", point),)
        if value is None:
            unknown.append(f"grounds.{field}")
        elif value:
            found.append(
                Reason(
                    SUSPENSION_RULE,
                    "Zachodzi podstawa zawieszenia: {label}.",
                    "A ground for suspension exists: {label}.",
                    basis,
                    {"label": label},
                )
            )
        else:
            ruled_out.append(
                Reason(
                    SUSPENSION_RULE,
                    "Nie zachodzi podstawa: {label}.",
                    "No ground: {label}.",
                    basis,
                    {"label": label},
                )
            )
    if found:
        if grounds.transfer_limit_exceeded:
            found.append(
                Reason(
                    SUSPENSION_RULE,
                    "Po przekroczeniu limitu transferu konto może zostać zawieszone do końca "
                    "okresu rozliczeniowego albo do zwiększenia limitu; klient jest o tym "
                    "powiadamiany e-mailem.",
                    "After the transfer limit is exceeded the account may be suspended until "
                    "the billing period ends or the limit is raised; the customer is told by "
                    "e-mail.",
                    (WOOHOO.art("6", "3"),),
                )
            )
        outcome: bool | Undetermined = True
        summary = Reason(
            SUSPENSION_RULE,
            "Wykonawca może czasowo zawiesić dostęp do usługi.",
            "The provider may temporarily suspend access to the service.",
        )
    elif unknown:
        outcome = Undetermined(tuple(unknown))
        summary = Reason(
            SUSPENSION_RULE,
            "Nie da się ustalić, czy wolno zawiesić usługę: {missing}.",
            "Whether the service may be suspended cannot be determined: {missing}.",
            params={"missing": missing_text(unknown)},
        )
    else:
        outcome = False
        summary = Reason(
            SUSPENSION_RULE,
            "Nie zachodzi żadna podstawa zawieszenia usługi.",
            "No ground for suspending the service exists.",
        )
    return Decision(
        rule=SUSPENSION_RULE,
        outcome=outcome,
        summary=summary,
        reasons=tuple(found),
        not_applied=tuple(ruled_out),
        law_as_of=on,
    )


_SUSPENSION = REGISTRY[SUSPENSION_RULE]


@entry(SUSPENSION_RULE)
def suspension(grounds: SuspensionGrounds, on: date) -> Decision[bool]:
    """May the provider suspend the service on ``on`` (Woohoo § 4 ust. 12)?"""
    version = _SUSPENSION.version_for({KeyDate.EVENT: on})
    decision: Decision[bool] = version.func(grounds, on)
    return decision


# --------------------------------------------------------------------------- § 6


class LimitMeasure(StrEnum):
    """What the provider may do when a plan's limit is exceeded (Woohoo § 6)."""

    SUSPEND_ACCOUNT = "suspend_account"
    """Suspend the account until the billing period ends or the limit is raised (ust. 3)."""
    HALT_EMAIL = "halt_email"
    """Halt sending e-mail until the end of the day (ust. 5)."""
    NOTIFY_BY_EMAIL = "notify_by_email"
    """Tell the customer by e-mail (ust. 3 and 5)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LimitDecision(Decision[bool]):
    """Is the plan's limit exceeded? ``measures`` are what the provider may then do, until
    ``until`` (the billing period's end, or the end of the day)."""

    plan: str
    limit: int | None = None
    """The plan's limit (GB a billing period, or e-mails a day); ``None``: no limit."""
    measures: tuple[LimitMeasure, ...] = ()
    until: date | datetime | None = None


TRANSFER_LIMIT_RULE = "service.transfer_limit"
EMAIL_LIMIT_RULE = "service.email_limit"

_EXCEEDING = Interpretation(
    "Limit jest przekroczony, gdy wykorzystanie jest od niego większe; wykorzystanie równe "
    "limitowi mieści się w nim. Limit e-maili jest dzienny: „do końca doby” znaczy do północy "
    "czasu warszawskiego kończącej dzień, w którym limit przekroczono.",
    "A limit is exceeded when usage is above it; usage equal to the limit is within it. The "
    "e-mail limit is daily: 'until the end of the day' means until the Warsaw midnight that "
    "ends the day the limit was exceeded.",
)


def _limit_decision(
    rule_id: str,
    spec: PlanSpec,
    on: date,
    exceeded: bool,
    reasons: list[Reason],
    *,
    limit: int | None,
    measures: tuple[LimitMeasure, ...] = (),
    until: date | datetime | None = None,
) -> LimitDecision:
    summary = (
        Reason(
            rule_id,
            "Limit pakietu {plan} został przekroczony.",
            "The {plan} plan's limit is exceeded.",
            params={"plan": spec.name},
        )
        if exceeded
        else Reason(
            rule_id,
            "Limit pakietu {plan} nie został przekroczony.",
            "The {plan} plan's limit is not exceeded.",
            params={"plan": spec.name},
        )
    )
    return LimitDecision(
        rule=rule_id,
        outcome=exceeded,
        summary=summary,
        reasons=tuple(reasons),
        law_as_of=on,
        plan=spec.name,
        limit=limit,
        measures=measures,
        until=until,
    )


@legacy_rule(
    TRANSFER_LIMIT_RULE,
    title=Text("Limit transferu danych", "Data-transfer limit"),
    summary=Text(
        "Limit transferu na okres rozliczeniowy zależy od pakietu (START 100 GB, BASIC 500 GB, "
        "PLUS 1000 GB, PRO bez limitu); po jego przekroczeniu konto może zostać czasowo "
        "zawieszone do końca okresu rozliczeniowego albo do zwiększenia limitu.",
        "The transfer limit per billing period depends on the plan (START 100 GB, BASIC 500 GB, "
        "PLUS 1000 GB, PRO unlimited); once it is exceeded the account may be suspended until "
        "the billing period ends or the limit is raised.",
    ),
    basis=(WOOHOO.art("6", "2"), WOOHOO.art("6", "3"), WOOHOO.art("6", "4")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("6", "2"), seed("6", "3"), seed("6", "4"), seed("4", "12")),
    interpretations=(_EXCEEDING,),
)
def _transfer_limit(spec: PlanSpec, usage: TransferUsage, on: date) -> LimitDecision:
    """§ 6 ust. 2-4: the plan's transfer limit, and suspension with an e-mail when exceeded."""
    used = number_text(usage.used_gb)
    if spec.transfer_limit_gb is None:
        reasons = [
            Reason(
                TRANSFER_LIMIT_RULE,
                "W pakiecie {plan} nie obowiązuje limit transferu danych.",
                "The {plan} plan has no data-transfer limit.",
                (WOOHOO.art("6", "4"),),
                {"plan": spec.name},
            )
        ]
        return _limit_decision(TRANSFER_LIMIT_RULE, spec, on, False, reasons, limit=None)
    reasons = [
        Reason(
            TRANSFER_LIMIT_RULE,
            "Limit transferu w pakiecie {plan} wynosi {limit} GB na okres rozliczeniowy; "
            "wykorzystano {used} GB.",
            "The {plan} plan's transfer limit is {limit} GB a billing period; {used} GB have been "
            "used.",
            (WOOHOO.art("6", "2"),),
            {"plan": spec.name, "limit": spec.transfer_limit_gb, "used": used},
        )
    ]
    if usage.used_gb <= spec.transfer_limit_gb:
        return _limit_decision(
            TRANSFER_LIMIT_RULE, spec, on, False, reasons, limit=spec.transfer_limit_gb
        )
    until = usage.billing_period_ends_on
    reasons.append(
        Reason(
            TRANSFER_LIMIT_RULE,
            "Po przekroczeniu limitu konto może zostać czasowo zawieszone do końca okresu "
            "rozliczeniowego"
            + (" ({until} r.)" if until else "")
            + " albo do zwiększenia limitu; klient zostaje o tym powiadomiony e-mailem.",
            "Once the limit is exceeded the account may be suspended until the billing period "
            "ends" + (" ({until})" if until else "") + " or the limit is raised; the customer is "
            "told by e-mail.",
            (WOOHOO.art("6", "3"), WOOHOO.art("4", "12", "2")),
            {"until": until},
        )
    )
    return _limit_decision(
        TRANSFER_LIMIT_RULE,
        spec,
        on,
        True,
        reasons,
        limit=spec.transfer_limit_gb,
        measures=(LimitMeasure.SUSPEND_ACCOUNT, LimitMeasure.NOTIFY_BY_EMAIL),
        until=until,
    )


_TRANSFER = REGISTRY[TRANSFER_LIMIT_RULE]


@entry(TRANSFER_LIMIT_RULE)
def transfer_limit(
    plan: str, usage: TransferUsage, on: date, *, service_terms: ServiceTerms = WOOHOO_TERMS
) -> LimitDecision:
    """Is ``plan``'s data-transfer limit exceeded on ``on``, and what may the provider do?"""
    spec = plan_spec(service_terms, plan)
    if usage.billing_period_ends_on is not None and usage.billing_period_ends_on < on:
        raise InvalidFacts(
            "usage.billing_period_ends_on", f"the billing period ended before {on.isoformat()}"
        )
    version = _TRANSFER.version_for({KeyDate.EVENT: on})
    decision: LimitDecision = version.func(spec, usage, on)
    return decision


@legacy_rule(
    EMAIL_LIMIT_RULE,
    title=Text("Dzienny limit wysyłki e-maili", "Daily e-mail limit"),
    summary=Text(
        "Dzienny limit wysyłki e-maili z serwerów klienta zależy od pakietu (START 250, BASIC "
        "500, PLUS 1000, PRO 5000); po jego przekroczeniu wysyłka może zostać wstrzymana do "
        "końca doby, a klient zostaje o tym powiadomiony e-mailem.",
        "The daily limit of e-mails sent from the customer's servers depends on the plan (START "
        "250, BASIC 500, PLUS 1000, PRO 5000); once it is exceeded sending may be halted until "
        "the end of the day, and the customer is told by e-mail.",
    ),
    basis=(WOOHOO.art("6", "5"),),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("6", "5"),),
    interpretations=(_EXCEEDING,),
)
def _email_limit(spec: PlanSpec, usage: EmailUsage) -> LimitDecision:
    """§ 6 ust. 5: the plan's daily e-mail limit; sending halted until the day ends."""
    clause = (WOOHOO.art("6", "5"),)
    if spec.email_limit_per_day is None:
        reasons = [
            Reason(
                EMAIL_LIMIT_RULE,
                "W pakiecie {plan} nie obowiązuje dzienny limit wysyłki e-maili.",
                "The {plan} plan has no daily e-mail limit.",
                clause,
                {"plan": spec.name},
            )
        ]
        return _limit_decision(EMAIL_LIMIT_RULE, spec, usage.on, False, reasons, limit=None)
    limit = spec.email_limit_per_day
    reasons = [
        Reason(
            EMAIL_LIMIT_RULE,
            "Dzienny limit wysyłki w pakiecie {plan} wynosi {limit} wiadomości; {on} r. wysłano "
            "{sent}.",
            "The {plan} plan's daily limit is {limit} e-mails; {sent} were sent on {on}.",
            clause,
            {"plan": spec.name, "limit": limit, "sent": usage.sent, "on": usage.on},
        )
    ]
    if usage.sent <= limit:
        return _limit_decision(EMAIL_LIMIT_RULE, spec, usage.on, False, reasons, limit=limit)
    # The day ends at the Warsaw midnight that follows it (interpretation of "do końca doby").
    midnight = datetime.combine(period_end(usage.on, days=1), time(), tzinfo=WARSAW)
    reasons.append(
        Reason(
            EMAIL_LIMIT_RULE,
            "Po przekroczeniu limitu wysyłka może zostać wstrzymana do końca doby ({until}); "
            "klient zostaje o tym poinformowany e-mailem.",
            "Once the limit is exceeded, sending may be halted until the end of the day "
            "({until}); the customer is told by e-mail.",
            clause,
            {"until": midnight},
        )
    )
    return _limit_decision(
        EMAIL_LIMIT_RULE,
        spec,
        usage.on,
        True,
        reasons,
        limit=limit,
        measures=(LimitMeasure.HALT_EMAIL, LimitMeasure.NOTIFY_BY_EMAIL),
        until=midnight,
    )


_EMAIL = REGISTRY[EMAIL_LIMIT_RULE]


@entry(EMAIL_LIMIT_RULE)
def email_limit(
    plan: str, usage: EmailUsage, *, service_terms: ServiceTerms = WOOHOO_TERMS
) -> LimitDecision:
    """Is ``plan``'s daily e-mail limit exceeded, and until when may sending be halted?"""
    spec = plan_spec(service_terms, plan)
    version = _EMAIL.version_for({KeyDate.EVENT: usage.on})
    decision: LimitDecision = version.func(spec, usage)
    return decision


# --------------------------------------------------------------------------- § 9 ust. 6

FAULT_FIX_RULE = "service.fault_fix"

_FAULT_FIX_READING = Interpretation(
    "14 dni kalendarzowych to termin dla czynności Wykonawcy: dnia otrzymania zgłoszenia się nie "
    "wlicza (art. 111 § 2 KC), a koniec przypadający na dzień wolny przesuwa się (art. 115 KC). "
    "Przy awarii krytycznej § 5 ust. 3 wyznacza krótszy czas przywrócenia ciągłości działania "
    "usług; biblioteka traktuje 14 dni jako termin usunięcia samej awarii, obowiązujący obok "
    "czasu z SLA. Zastrzeżenia „charakteru danego zdarzenia” program nie ocenia: decyzja to "
    "zaznacza.",
    "14 calendar days are a period for an act of the provider: the day the report is received "
    "is not counted (Art. 111 § 2 KC) and an end on a day off moves forward (Art. 115 KC). For a "
    "critical failure, § 5(3) sets a shorter time to restore the services' continuity; the "
    "library takes the 14 days as the deadline for removing the failure itself, alongside the "
    "SLA time. The proviso of 'the nature of the event' is not judged by a program: the "
    "decision says so.",
)
_FAULTS = frozenset({RequestKind.FAILURE, RequestKind.FAULT})


@legacy_rule(
    FAULT_FIX_RULE,
    title=Text("Usunięcie zgłoszonej awarii lub usterki", "Removing a reported failure or fault"),
    summary=Text(
        "Wykonawca usuwa zgłoszone awarie i usterki w rozsądnym czasie, nie później niż w ciągu "
        "14 dni kalendarzowych od otrzymania zgłoszenia, o ile SLA lub charakter zdarzenia nie "
        "wskazują inaczej.",
        "The provider removes reported failures and faults within a reasonable time, at the "
        "latest within 14 calendar days of receiving the report, unless the SLA or the nature of "
        "the event says otherwise.",
    ),
    basis=(WOOHOO.art("9", "6"), KC.art("111", "2"), KC.art("115")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("9", "6"),),
    interpretations=(_FAULT_FIX_READING,),
)
def _fault_fix(
    request: ServiceRequest, received: date, fixed_on: date | None, terms: ServiceTerms
) -> DueDecision:
    """§ 9 ust. 6: at the latest 14 calendar days from receiving the report."""
    clause = (WOOHOO.art("9", "6"),)
    if request.kind not in _FAULTS:
        return DueDecision(
            rule=FAULT_FIX_RULE,
            outcome=None,
            summary=Reason(
                FAULT_FIX_RULE,
                "Zgłoszenie nie dotyczy awarii ani usterki: § 9 ust. 6 nie wyznacza terminu.",
                "The request concerns no failure or fault: § 9(6) sets no deadline.",
            ),
            not_applied=(
                Reason(
                    FAULT_FIX_RULE,
                    "Termin 14 dni dotyczy usunięcia zgłoszonych awarii lub usterek; zapytania "
                    "i wnioski o konfigurację rozpatruje się w terminie z § 5 ust. 4.",
                    "The 14 days are for removing reported failures or faults; questions and "
                    "configuration requests are handled within the time of § 5(4).",
                    clause,
                ),
            ),
            law_as_of=received,
        )
    due, counted = count_days(
        FAULT_FIX_RULE,
        received,
        terms.fault_fix_days,
        counting=Counting.KC,
        event=Text("otrzymania zgłoszenia", "receiving the report"),
        basis=clause,
    )
    reasons = [
        Reason(
            FAULT_FIX_RULE,
            "Wykonawca usuwa zgłoszone awarie i usterki w rozsądnym czasie, nie później niż w "
            "ciągu {days} dni kalendarzowych od otrzymania zgłoszenia.",
            "The provider removes reported failures and faults within a reasonable time, at "
            "the latest within {days} calendar days of receiving the report.",
            clause,
            {"days": terms.fault_fix_days},
        ),
        *counted,
    ]
    if request.critical:
        reasons.append(
            Reason(
                FAULT_FIX_RULE,
                "To awaria krytyczna: ciągłość działania usług przywraca się w czasie z SLA "
                "(§ 5 ust. 3), a ten termin dotyczy usunięcia samej awarii (interpretacja).",
                "This is a critical failure: the services' continuity is restored within the "
                "SLA time (§ 5(3)), and this deadline is for removing the failure itself "
                "(interpretation).",
                (WOOHOO.art("5", "3"), *clause),
            )
        )
    reasons.append(
        Reason(
            FAULT_FIX_RULE,
            "Regulamin zastrzega wyjątek wynikający z „charakteru danego zdarzenia”; tego "
            "biblioteka nie ocenia.",
            "The terms reserve an exception for 'the nature of the event'; the library does not "
            "judge that.",
            clause,
        )
    )
    return due_decision(
        FAULT_FIX_RULE,
        received,
        due,
        reasons,
        Text(
            "Zgłoszoną awarię lub usterkę należy usunąć najpóźniej {due} r.",
            "The reported failure or fault must be removed by {due} at the latest.",
        ),
        done_on=fixed_on,
        done_field="fixed_on",
        done_text=Text("Usunięcie awarii", "The removal"),
        basis=clause,
    )


_FAULT_FIX = REGISTRY[FAULT_FIX_RULE]


@entry(FAULT_FIX_RULE)
def fault_fix_deadline(
    request: ServiceRequest,
    *,
    fixed_on: date | None = None,
    service_terms: ServiceTerms = WOOHOO_TERMS,
) -> DueDecision:
    """By when a reported failure or fault must be removed (Woohoo § 9 ust. 6)."""
    received = aware(request.received_at, "request.received_at").date()
    version = _FAULT_FIX.version_for({KeyDate.EVENT: received})
    decision: DueDecision = version.func(request, received, fixed_on, service_terms)
    return decision


# --------------------------------------------------------------------------- § 11 ust. 8

WEBSITE_COMPLAINT_RULE = "service.website_complaint"

_NOT_7A = Interpretation(
    "Termin 14 dni na rozpatrzenie reklamacji dotyczącej działania Strony wynika z regulaminu "
    "(który ustala tryb reklamacji usług elektronicznych, art. 8 ust. 3 UŚUDE), a nie z art. 7a "
    "UoPK; biblioteka nie wywodzi z jego upływu uznania reklamacji. Gdyby reklamację konsumenta "
    "uznać za objętą art. 7a, termin byłby ten sam, zmieniłby się tylko skutek milczenia.",
    "The 14 days to consider a complaint about the website come from the terms (which set the "
    "complaint procedure for electronic services, Art. 8(3) UŚUDE), not from Art. 7a UoPK; the "
    "library derives no deemed acceptance from their end. Were a consumer's complaint held to "
    "fall under Art. 7a, the period would be the same; only the effect of silence would "
    "differ.",
)


@legacy_rule(
    WEBSITE_COMPLAINT_RULE,
    title=Text("Reklamacja dotycząca działania Strony", "Complaint about the website"),
    summary=Text(
        "Wykonawca rozpatruje każdą reklamację dotyczącą działania Strony w terminie do 14 dni.",
        "The provider considers every complaint about the website within 14 days.",
    ),
    basis=(WOOHOO.art("11", "8"), UOSUDE.art("8", "3"), KC.art("111", "2"), KC.art("115")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.COMPLAINT_RECEIVED,
    seed_clauses=(seed("11", "7"), seed("11", "8")),
    interpretations=(_NOT_7A,),
)
def _website_complaint(
    received_on: date, decided_on: date | None, terms: ServiceTerms
) -> DueDecision:
    """§ 11 ust. 8: every complaint about the website is considered within 14 days."""
    clause = (WOOHOO.art("11", "8"),)
    due, counted = count_days(
        WEBSITE_COMPLAINT_RULE,
        received_on,
        terms.website_complaint_days,
        counting=Counting.KC,
        event=Text("otrzymania reklamacji", "receiving the complaint"),
        basis=clause,
    )
    reasons = [
        Reason(
            WEBSITE_COMPLAINT_RULE,
            "Wykonawca rozpatruje każdą reklamację dotyczącą działania Strony w terminie do "
            "{days} dni; tryb reklamacji usług elektronicznych określa regulamin.",
            "The provider considers every complaint about the website within {days} days; the "
            "terms set the complaint procedure for electronic services.",
            (*clause, UOSUDE.art("8", "3")),
            {"days": terms.website_complaint_days},
        ),
        *counted,
    ]
    not_applied = (
        Reason(
            WEBSITE_COMPLAINT_RULE,
            "Termin wynika z regulaminu, nie z art. 7a UoPK: biblioteka nie przyjmuje, że po "
            "jego upływie reklamację uważa się za uznaną (interpretacja).",
            "The period comes from the terms, not from Art. 7a UoPK: the library does not hold "
            "the complaint accepted once it ends (interpretation).",
            clause,
        ),
    )
    return due_decision(
        WEBSITE_COMPLAINT_RULE,
        received_on,
        due,
        reasons,
        Text(
            "Reklamację dotyczącą działania Strony należy rozpatrzyć najpóźniej {due} r.",
            "The complaint about the website must be considered by {due} at the latest.",
        ),
        done_on=decided_on,
        done_field="decided_on",
        done_text=Text("Rozpatrzenie reklamacji", "Considering the complaint"),
        basis=clause,
        not_applied=not_applied,
    )


_WEBSITE_COMPLAINT = REGISTRY[WEBSITE_COMPLAINT_RULE]


@entry(WEBSITE_COMPLAINT_RULE)
def website_complaint(
    received_on: date,
    *,
    decided_on: date | None = None,
    service_terms: ServiceTerms = WOOHOO_TERMS,
) -> DueDecision:
    """By when a complaint about the website received on ``received_on`` must be considered."""
    version = _WEBSITE_COMPLAINT.version_for({KeyDate.COMPLAINT_RECEIVED: received_on})
    decision: DueDecision = version.func(received_on, decided_on, service_terms)
    return decision


# --------------------------------------------------------------------------- § 14 ust. 7, 10

APPEAL_RULE = "service.dsa_appeal"

_APPEAL_PERIOD = Interpretation(
    "Art. 20 DSA obowiązuje dostawców platform internetowych i każe rozpatrywać skargi "
    "„terminowo”, bez liczby dni; 14 dni to własne przyrzeczenie regulaminu. Liczy się je od "
    "otrzymania odwołania bez dnia otrzymania (art. 111 § 2 KC), a koniec przypadający na "
    "dzień wolny przesuwa się (art. 115 KC).",
    "Art. 20 DSA binds providers of online platforms and requires complaints to be handled "
    "'in a timely manner', without a number of days; the 14 days are the terms' own promise. "
    "They run from receiving the appeal, not counting that day (Art. 111 § 2 KC), and an end "
    "on a day off moves forward (Art. 115 KC).",
)


@legacy_rule(
    APPEAL_RULE,
    title=Text(
        "Odwołanie od decyzji dotyczącej treści lub konta",
        "Appeal against a decision on content or an account",
    ),
    summary=Text(
        "Odwołanie od decyzji dotyczącej treści albo konta rozpatruje się w ciągu 14 dni, nie w "
        "sposób zautomatyzowany.",
        "An appeal against a decision on content or an account is considered within 14 days, "
        "not by automated means.",
    ),
    basis=(
        WOOHOO.art("14", "7"),
        WOOHOO.art("14", "10"),
        DSA.art("16", "6"),
        DSA.art("17"),
        DSA.art("20", "4"),
        DSA.art("20", "5"),
        DSA.art("20", "6"),
    ),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("14", "6"), seed("14", "7"), seed("14", "10")),
    interpretations=(_APPEAL_PERIOD,),
)
def _appeal(appeal: Appeal, decided_on: date | None, terms: ServiceTerms) -> DueDecision:
    """§ 14 ust. 7 (content) and 10 (account): considered by people within 14 days."""
    if appeal.against is AppealAgainst.CONTENT:
        clause = (WOOHOO.art("14", "7"),)
        reasons = [
            Reason(
                APPEAL_RULE,
                "Odwołanie od decyzji dotyczącej treści: Wykonawca niezwłocznie potwierdza jego "
                "otrzymanie i rozpatruje je w ciągu {days} dni, a uzasadnienie decyzji spełnia "
                "wymogi aktu o usługach cyfrowych.",
                "An appeal against a decision on content: the provider confirms its receipt "
                "without delay and considers it within {days} days, giving reasons that meet the "
                "Digital Services Act's requirements.",
                (*clause, DSA.art("16", "6"), DSA.art("17"), DSA.art("20", "4")),
                {"days": terms.appeal_days},
            )
        ]
    else:
        clause = (WOOHOO.art("14", "10"),)
        reasons = [
            Reason(
                APPEAL_RULE,
                "Odwołanie od decyzji dotyczącej konta: rozpatruje się je w ciągu {days} dni, a "
                "użytkownika niezwłocznie informuje się o wyniku.",
                "An appeal against a decision on an account: it is considered within {days} "
                "days, and the user is told the outcome without delay.",
                (*clause, DSA.art("20", "1", None, "c"), DSA.art("20", "5")),
                {"days": terms.appeal_days},
            )
        ]
    reasons.append(
        Reason(
            APPEAL_RULE,
            "Odwołania nie rozpatruje się w sposób zautomatyzowany.",
            "The appeal is not decided by automated means.",
            (*clause, DSA.art("20", "6")),
        )
    )
    due, counted = count_days(
        APPEAL_RULE,
        appeal.received_on,
        terms.appeal_days,
        counting=Counting.KC,
        event=Text("otrzymania odwołania", "receiving the appeal"),
        basis=clause,
    )
    return due_decision(
        APPEAL_RULE,
        appeal.received_on,
        due,
        [*reasons, *counted],
        Text(
            "Odwołanie należy rozpatrzyć najpóźniej {due} r.",
            "The appeal must be considered by {due} at the latest.",
        ),
        done_on=decided_on,
        done_field="decided_on",
        done_text=Text("Rozpatrzenie odwołania", "Considering the appeal"),
        basis=clause,
    )


_APPEAL = REGISTRY[APPEAL_RULE]


@entry(APPEAL_RULE)
def dsa_appeal(
    appeal: Appeal, *, decided_on: date | None = None, service_terms: ServiceTerms = WOOHOO_TERMS
) -> DueDecision:
    """By when an appeal against a decision on content or an account must be considered."""
    version = _APPEAL.version_for({KeyDate.EVENT: appeal.received_on})
    decision: DueDecision = version.func(appeal, decided_on, service_terms)
    return decision
