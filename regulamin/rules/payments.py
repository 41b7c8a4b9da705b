"""Paying for the service: the due date, the reminders, and the shutdown of an unpaid service.

**Woohoo § 4 ust. 5.** Paying by transfer or electronically (the only ways § 4 ust. 4
offers), the customer pays within **30 calendar days of the contract's conclusion**; after
that the order may be cancelled. The debtor must perform when due (art. 354 § 1 KC); one who
does not is late, and in default if it is their fault (art. 476 KC). "Calendar days" says
that weekends and holidays inside the period count; the period's **end** still rolls forward
to the next working day when it falls on a Saturday, a Sunday or a holiday (art. 115 KC): a
payment deadline is a deadline for an act (interpretation, see below).

**§ 4 ust. 14.** Automatic reminders go by e-mail **1, 3 and 5 days after the due date**
while the payment is missing. They are the provider's own e-mails, not deadlines for
anyone's act: they never roll forward.

**§ 4 ust. 13.** A service suspended for non-payment that stays unpaid **30 days after the
due date** is shut down for good, and its data (files, configuration, other server
resources) deleted, except personal data, which are kept as the law requires (GDPR: for
settlement, evidence or statutory archiving).

The rules are keyed on the contract's conclusion (the due date) or on the due date itself
(reminders and shutdown), which may come from § 4 ust. 5 or from a renewal's invoice.

>>> from datetime import date
>>> payment_due(date(2026, 11, 24)).outcome         # day 30 = Thu 24.12 (Wigilia) -> Mon 28.12
datetime.date(2026, 12, 28)
>>> payment_reminders(date(2026, 12, 28)).outcome
(datetime.date(2026, 12, 29), datetime.date(2026, 12, 31), datetime.date(2027, 1, 2))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..calendars import Counting, period_end
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC, Source
from ..models.service import PaymentTerms
from ..reasons import count_days
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
from .service import WOOHOO, WOOHOO_FROM, WOOHOO_TERMS, seed

__all__ = [
    "DUE_RULE",
    "GDPR",
    "REMINDERS_RULE",
    "SHUTDOWN_RULE",
    "WOOHOO_PAYMENT",
    "PaymentDecision",
    "ReminderDecision",
    "ShutdownDecision",
    "ShutdownStatus",
    "payment_due",
    "payment_reminders",
    "service_shutdown",
]

WOOHOO_PAYMENT = WOOHOO_TERMS.payment
"""Woohoo Cloud's payment terms: 30 days, reminders after 1, 3 and 5 days, shutdown after 30."""

GDPR = Source(
    "RODO",
    "GDPR",
    "rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. "
    "(ogólne rozporządzenie o ochronie danych)",
    "Regulation (EU) 2016/679 of 27 April 2016 (General Data Protection Regulation)",
    "Dz.Urz. UE L 119 z 4.5.2016",
)


def _days(count: int) -> Text:
    """ "1 dzień" / "3 dni": the Polish noun agrees with the number."""
    return Text(
        f"{count} dzień" if count == 1 else f"{count} dni", f"{count} day" + "s" * (count > 1)
    )


# --------------------------------------------------------------------------- § 4 ust. 5

DUE_RULE = "payments.due"


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentDecision(Decision[date]):
    """The payment's due date (the outcome, after roll-forward) and what follows from it."""

    nominal_end: date
    """Day 30 by counting alone, before roll-forward (art. 115 KC)."""
    cancellable_from: date
    """The first day on which an unpaid order may be cancelled."""
    paid_in_time: bool | None = None
    """Was the payment booked by the due date? ``None`` when no payment is given."""


_ROLLS = Interpretation(
    "„30 dni kalendarzowych” oznacza, że do terminu wlicza się soboty, niedziele i święta; nie "
    "wyłącza art. 115 KC, więc termin płatności kończący się w dzień wolny upływa następnego "
    "dnia roboczego. Płatność jest terminowa, jeśli wpłata została zaksięgowana na rachunku "
    "Wykonawcy najpóźniej w dniu, w którym upływa termin.",
    "'30 calendar days' means that Saturdays, Sundays and holidays inside the period count; it "
    "does not exclude Art. 115 KC, so a payment period ending on a day off ends on the next "
    "working day. A payment is in time if it is booked on the provider's account on the last "
    "day of the period at the latest.",
)


@legacy_rule(
    DUE_RULE,
    title=Text("Termin płatności", "Payment due date"),
    summary=Text(
        "Klient płaci przelewem lub elektronicznie w terminie 30 dni kalendarzowych od zawarcia "
        "umowy; po tym terminie zamówienie może zostać anulowane.",
        "The customer pays by transfer or electronically within 30 calendar days of the "
        "contract's conclusion; after that the order may be cancelled.",
    ),
    basis=(
        WOOHOO.art("4", "5"),
        KC.art("354", "1"),
        KC.art("476"),
        KC.art("111", "2"),
        KC.art("115"),
    ),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(seed("4", "4"), seed("4", "5")),
    interpretations=(_ROLLS,),
)
def _due(concluded_on: date, paid_on: date | None, terms: PaymentTerms) -> PaymentDecision:
    """§ 4 ust. 5: 30 calendar days from conclusion, the end rolled forward (art. 115 KC)."""
    clause = (WOOHOO.art("4", "5"),)
    due, counted = count_days(
        DUE_RULE,
        concluded_on,
        terms.due_days,
        counting=Counting.KC,
        event=Text("zawarcia umowy", "the contract's conclusion"),
        basis=clause,
    )
    cancellable_from = period_end(due.due, days=1)
    reasons = [
        Reason(
            DUE_RULE,
            "Klient płacący przelewem lub elektronicznie płaci w terminie {days} dni "
            "kalendarzowych od zawarcia umowy; dłużnik spełnia świadczenie w terminie.",
            "A customer paying by transfer or electronically pays within {days} calendar days of "
            "the contract's conclusion; a debtor performs when due.",
            (*clause, WOOHOO.art("4", "4"), KC.art("354", "1")),
            {"days": terms.due_days},
        ),
        *counted,
        Reason(
            DUE_RULE,
            "Po upływie terminu, od {cancellable} r., zamówienie może zostać anulowane.",
            "Once the period has ended, from {cancellable}, the order may be cancelled.",
            clause,
            {"cancellable": cancellable_from},
        ),
    ]
    paid_in_time = None
    if paid_on is not None:
        paid_in_time = paid_on <= due.due
        reasons.append(
            Reason(
                DUE_RULE,
                "Wpłatę zaksięgowano {paid} r., w terminie."
                if paid_in_time
                else "Wpłatę zaksięgowano dopiero {paid} r., po terminie: klient był w "
                "opóźnieniu od {late} r.",
                "The payment was booked on {paid}, in time."
                if paid_in_time
                else "The payment was booked only on {paid}, after the due date: the customer "
                "was late from {late}.",
                clause if paid_in_time else (*clause, KC.art("476")),
                {"paid": paid_on, "late": cancellable_from},
            )
        )
    return PaymentDecision(
        rule=DUE_RULE,
        outcome=due.due,
        summary=Reason(
            DUE_RULE,
            "Płatność należy uiścić najpóźniej {due} r.",
            "The payment is due by {due} at the latest.",
            params={"due": due.due},
        ),
        reasons=tuple(reasons),
        deadline=due.due,
        law_as_of=concluded_on,
        nominal_end=due.nominal,
        cancellable_from=cancellable_from,
        paid_in_time=paid_in_time,
    )


_DUE = REGISTRY[DUE_RULE]


@entry(DUE_RULE)
def payment_due(
    concluded_on: date,
    *,
    paid_on: date | None = None,
    payment_terms: PaymentTerms = WOOHOO_PAYMENT,
) -> PaymentDecision:
    """The due date for paying a contract concluded on ``concluded_on`` (Woohoo § 4 ust. 5).

    ``paid_on`` is the day the payment was booked on the provider's account, if it was.
    """
    version = _DUE.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: PaymentDecision = version.func(concluded_on, paid_on, payment_terms)
    return decision


# --------------------------------------------------------------------------- § 4 ust. 14

REMINDERS_RULE = "payments.reminders"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderDecision(Decision[tuple[date, ...]]):
    """The days automatic reminders are sent (the outcome: those still due given the
    payment); ``schedule`` is every reminder day the terms set for this due date."""

    schedule: tuple[date, ...]


_REMINDER_DAY = Interpretation(
    "Przypomnienie „po n dniach od upływu terminu płatności” wysyła się n-tego dnia po dniu, w "
    "którym termin upłynął; nie przesuwa się go na dzień roboczy (to wiadomość Wykonawcy, nie "
    "termin do czynności). Przypomnienie przypadające w dniu zaksięgowania wpłaty nadal się "
    "liczy, bo wpłata mogła zostać zaksięgowana już po jego wysłaniu.",
    "A reminder 'n days after the payment period ended' is sent on the n-th day after the day "
    "the period ended; it never moves to a working day (it is the provider's message, not a "
    "deadline for an act). A reminder falling on the day the payment is booked still counts, "
    "since the payment may have been booked after it was sent.",
)


@legacy_rule(
    REMINDERS_RULE,
    title=Text("Przypomnienia o płatności", "Payment reminders"),
    summary=Text(
        "Wykonawca wysyła automatyczne przypomnienia o zapłacie po 1, 3 i 5 dniach od upływu "
        "terminu płatności, jeśli zapłata nie nastąpiła.",
        "The provider sends automatic payment reminders 1, 3 and 5 days after the due date, if "
        "the payment has not been made.",
    ),
    basis=(WOOHOO.art("4", "14"),),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("4", "14"),),
    interpretations=(_REMINDER_DAY,),
)
def _reminders(due_on: date, paid_on: date | None, terms: PaymentTerms) -> ReminderDecision:
    """§ 4 ust. 14: reminders 1, 3 and 5 days after the due date, while unpaid."""
    clause = (WOOHOO.art("4", "14"),)
    schedule = tuple(period_end(due_on, days=days) for days in terms.reminder_days)
    reasons = [
        Reason(
            REMINDERS_RULE,
            "Przypomnienie {after} po upływie terminu płatności ({due} r.): {day} r.",
            "Reminder {after} after the due date ({due}): {day}.",
            clause,
            {"after": _days(days), "due": due_on, "day": day},
        )
        for days, day in zip(terms.reminder_days, schedule, strict=True)
    ]
    sent = tuple(day for day in schedule if paid_on is None or paid_on >= day)
    not_applied: tuple[Reason, ...] = ()
    if paid_on is not None:
        skipped = tuple(day for day in schedule if day not in sent)
        if skipped:
            not_applied = (
                Reason(
                    REMINDERS_RULE,
                    "Wpłatę zaksięgowano {paid} r., więc przypomnienia z dni {skipped} nie są "
                    "wysyłane.",
                    "The payment was booked on {paid}, so the reminders of {skipped} are not sent.",
                    clause,
                    {"paid": paid_on, "skipped": skipped},
                ),
            )
    summary = (
        Reason(
            REMINDERS_RULE,
            "Przypomnienia o płatności: {days}.",
            "Payment reminders: {days}.",
            params={"days": sent},
        )
        if sent
        else Reason(
            REMINDERS_RULE,
            "Żadne przypomnienie o płatności nie jest wysyłane.",
            "No payment reminder is sent.",
        )
    )
    return ReminderDecision(
        rule=REMINDERS_RULE,
        outcome=sent,
        summary=summary,
        reasons=tuple(reasons),
        not_applied=not_applied,
        law_as_of=due_on,
        schedule=schedule,
    )


_REMINDERS = REGISTRY[REMINDERS_RULE]


@entry(REMINDERS_RULE)
def payment_reminders(
    due_on: date,
    *,
    paid_on: date | None = None,
    payment_terms: PaymentTerms = WOOHOO_PAYMENT,
) -> ReminderDecision:
    """The days reminders go out for a payment due on ``due_on`` (Woohoo § 4 ust. 14).

    ``paid_on`` is the day the payment was booked, if it was.
    """
    version = _REMINDERS.version_for({KeyDate.EVENT: due_on})
    decision: ReminderDecision = version.func(due_on, paid_on, payment_terms)
    return decision


# --------------------------------------------------------------------------- § 4 ust. 13

SHUTDOWN_RULE = "payments.shutdown"


class ShutdownStatus(StrEnum):
    """Where a service suspended for non-payment stands (Woohoo § 4 ust. 13)."""

    NOT_SUSPENDED = "not_suspended"
    """The service was not suspended for non-payment: the clause does not apply."""
    PAID_IN_TIME = "paid_in_time"
    """Paid within the period: no shutdown."""
    PENDING = "pending"
    """Unpaid, and the period is still running."""
    SHUT_DOWN = "shut_down"
    """Unpaid when the period ended: the service is shut down for good and its data deleted,
    personal data excepted."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ShutdownDecision(Decision[ShutdownStatus]):
    """``pay_by`` is the last day to pay; ``shutdown_on`` the day the service is shut down and
    its data deleted if it stays unpaid."""

    pay_by: date | None = None
    shutdown_on: date | None = None


_SHUTDOWN_PERIOD = Interpretation(
    "30 dni od daty wymagalności to ostatni termin zapłaty, a więc termin do czynności klienta: "
    "dnia wymagalności się nie wlicza (art. 111 § 2 KC), a koniec przypadający w dzień wolny "
    "przesuwa się (art. 115 KC). Usługę wyłącza się i dane usuwa dopiero następnego dnia. Datą "
    "wymagalności jest ostatni dzień terminu płatności.",
    "30 days from the due date are the last period to pay, so a period for the customer's act: "
    "the due date is not counted (Art. 111 § 2 KC) and an end on a day off moves forward "
    "(Art. 115 KC). The service is shut down and the data deleted only on the next day. The due "
    "date is the last day of the payment period.",
)

_PERSONAL_DATA = Reason(
    SHUTDOWN_RULE,
    "Dane osobowe nie są usuwane razem z usługą: przechowuje się je zgodnie z przepisami przez "
    "okres niezbędny do celów rozliczeniowych, dowodowych lub ustawowego obowiązku "
    "archiwizacji.",
    "Personal data are not deleted with the service: they are kept as the law requires for as "
    "long as settlement, evidence or statutory archiving needs them.",
    (
        WOOHOO.art("4", "13"),
        GDPR.art("6", "1", None, "c"),
        GDPR.art("17", "3", None, "b"),
        GDPR.art("17", "3", None, "e"),
    ),
)


@legacy_rule(
    SHUTDOWN_RULE,
    title=Text("Trwałe wyłączenie nieopłaconej usługi", "Permanent shutdown of an unpaid service"),
    summary=Text(
        "Usługa zawieszona z powodu braku płatności, nieopłacona w ciągu 30 dni od daty "
        "wymagalności, zostaje trwale wyłączona, a jej dane usunięte, z wyjątkiem danych "
        "osobowych przechowywanych zgodnie z przepisami.",
        "A service suspended for non-payment and left unpaid 30 days after the due date is "
        "shut down for good and its data deleted, except personal data kept as the law "
        "requires.",
    ),
    basis=(
        WOOHOO.art("4", "13"),
        KC.art("111", "2"),
        KC.art("115"),
        GDPR.art("17", "3", None, "b"),
        GDPR.art("17", "3", None, "e"),
    ),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("4", "13"),),
    interpretations=(_SHUTDOWN_PERIOD,),
)
def _shutdown(
    due_on: date,
    suspended: bool | None,
    today: date,
    paid_on: date | None,
    terms: PaymentTerms,
) -> ShutdownDecision:
    """§ 4 ust. 13: suspended for non-payment, unpaid 30 days after the due date: shutdown and
    deletion, personal data kept."""
    clause = (WOOHOO.art("4", "13"),)
    if suspended is None:
        missing = ("suspended_for_non_payment",)
        return ShutdownDecision(
            rule=SHUTDOWN_RULE,
            outcome=Undetermined(missing),
            summary=Reason(
                SHUTDOWN_RULE,
                "Nie da się ustalić, czy usługa zostanie trwale wyłączona: brak faktu {missing}.",
                "Whether the service will be shut down cannot be determined: {missing} is missing.",
                params={"missing": missing[0]},
            ),
            reasons=(
                Reason(
                    SHUTDOWN_RULE,
                    "Postanowienie dotyczy usługi zawieszonej z powodu braku płatności, a nie "
                    "wiadomo, czy usługę zawieszono.",
                    "The clause concerns a service suspended for non-payment, and it is not "
                    "known whether the service was suspended.",
                    clause,
                ),
            ),
            law_as_of=due_on,
        )
    if not suspended:
        return ShutdownDecision(
            rule=SHUTDOWN_RULE,
            outcome=ShutdownStatus.NOT_SUSPENDED,
            summary=Reason(
                SHUTDOWN_RULE,
                "Usługa nie została zawieszona z powodu braku płatności: nie zostanie trwale "
                "wyłączona na tej podstawie.",
                "The service was not suspended for non-payment: it is not shut down on this "
                "ground.",
            ),
            not_applied=(
                Reason(
                    SHUTDOWN_RULE,
                    "Trwałe wyłączenie dotyczy tylko usługi zawieszonej z powodu braku płatności "
                    "w terminie.",
                    "Permanent shutdown concerns only a service suspended for not being paid in "
                    "time.",
                    clause,
                ),
            ),
            law_as_of=due_on,
        )
    pay_by, counted = count_days(
        SHUTDOWN_RULE,
        due_on,
        terms.shutdown_days,
        counting=Counting.KC,
        event=Text("daty wymagalności należności", "the due date"),
        basis=clause,
    )
    shutdown_on = period_end(pay_by.due, days=1)
    reasons = [
        Reason(
            SHUTDOWN_RULE,
            "Usługę zawieszono z powodu braku płatności; jeśli klient nie zapłaci w ciągu {days} "
            "dni od daty wymagalności ({due} r.), usługa zostaje trwale wyłączona, a przypisane "
            "do niej dane (pliki, konfiguracje, inne zasoby serwerowe) nieodwracalnie usunięte.",
            "The service was suspended for non-payment; if the customer does not pay within "
            "{days} days of the due date ({due}), the service is shut down for good and its data "
            "(files, configurations, other server resources) irreversibly deleted.",
            clause,
            {"days": terms.shutdown_days, "due": due_on},
        ),
        *counted,
    ]
    if paid_on is not None and paid_on <= pay_by.due:
        status = ShutdownStatus.PAID_IN_TIME
        reasons.append(
            Reason(
                SHUTDOWN_RULE,
                "Wpłatę zaksięgowano {paid} r., przed upływem terminu: usługa nie zostaje "
                "wyłączona.",
                "The payment was booked on {paid}, before the period ended: the service is not "
                "shut down.",
                clause,
                {"paid": paid_on},
            )
        )
    elif today <= pay_by.due:
        status = ShutdownStatus.PENDING
        reasons.append(
            Reason(
                SHUTDOWN_RULE,
                "Do {today} r. wpłata nie została zaksięgowana; termin jeszcze biegnie.",
                "By {today} no payment has been booked; the period is still running.",
                clause,
                {"today": today},
            )
        )
    else:
        status = ShutdownStatus.SHUT_DOWN
        reasons.append(
            Reason(
                SHUTDOWN_RULE,
                "Termin upłynął {pay_by} r. bez zapłaty: od {shutdown} r. usługa zostaje trwale "
                "wyłączona, a jej dane usunięte.",
                "The period ended on {pay_by} without payment: from {shutdown} the service is "
                "shut down for good and its data deleted.",
                clause,
                {"pay_by": pay_by.due, "shutdown": shutdown_on},
            )
        )
    if status is not ShutdownStatus.PAID_IN_TIME:
        reasons.append(_PERSONAL_DATA)
    summaries = {
        ShutdownStatus.PAID_IN_TIME: Text(
            "Zapłacono w terminie: usługa nie zostaje trwale wyłączona.",
            "Paid in time: the service is not shut down.",
        ),
        ShutdownStatus.PENDING: Text(
            "Jeśli zapłata nie nastąpi najpóźniej {pay_by} r., od {shutdown} r. usługa zostanie "
            "trwale wyłączona, a jej dane usunięte.",
            "Unless paid by {pay_by}, from {shutdown} the service will be shut down for good and "
            "its data deleted.",
        ),
        ShutdownStatus.SHUT_DOWN: Text(
            "Usługa zostaje trwale wyłączona, a jej dane usunięte od {shutdown} r. (z wyjątkiem "
            "danych osobowych).",
            "The service is shut down for good and its data deleted from {shutdown} (personal "
            "data excepted).",
        ),
    }
    template = summaries[status]
    return ShutdownDecision(
        rule=SHUTDOWN_RULE,
        outcome=status,
        summary=Reason(
            SHUTDOWN_RULE,
            template.pl,
            template.en,
            params={"pay_by": pay_by.due, "shutdown": shutdown_on},
        ),
        reasons=tuple(reasons),
        deadline=pay_by.due,
        law_as_of=due_on,
        pay_by=pay_by.due,
        shutdown_on=shutdown_on,
    )


_SHUTDOWN = REGISTRY[SHUTDOWN_RULE]


@entry(SHUTDOWN_RULE)
def service_shutdown(
    due_on: date,
    suspended_for_non_payment: bool | None,
    today: date,
    *,
    paid_on: date | None = None,
    payment_terms: PaymentTerms = WOOHOO_PAYMENT,
) -> ShutdownDecision:
    """Will a service whose payment was due on ``due_on`` be shut down (Woohoo § 4 ust. 13)?

    ``suspended_for_non_payment``: was the service suspended because the payment was late
    (``None``: not known). ``paid_on``: the day the payment was booked, if it was; ``today``:
    the day the question is asked.
    """
    if paid_on is not None and paid_on > today:
        raise InvalidFacts("paid_on", f"{paid_on} is after today ({today})")
    if suspended_for_non_payment and paid_on is not None and paid_on <= due_on:
        raise InvalidFacts(
            "suspended_for_non_payment",
            f"a payment booked on {paid_on}, by the due date {due_on}, leaves nothing unpaid "
            "to suspend the service for",
        )
    version = _SHUTDOWN.version_for({KeyDate.EVENT: due_on})
    decision: ShutdownDecision = version.func(
        due_on, suspended_for_non_payment, today, paid_on, payment_terms
    )
    return decision
