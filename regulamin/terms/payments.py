"""Paying for a service under the shop's terms: the due date, the reminders, and the shutdown
of an unpaid service; each number (``due_days``, ``reminder_days``, ``shutdown_days``) is the
shop's, and each decision cites the clause its terms file says states it.

**The due date.** The customer pays within the terms' calendar days of the contract's
conclusion; after that the order may be cancelled. The debtor must perform when due (art. 354
§ 1 KC); one who does not is late, and in default if it is their fault (art. 476 KC). The day
of conclusion is not counted (art. 111 § 2 KC) and the end rolls forward past a day off (art.
115 KC): a payment deadline is a deadline for an act (interpretation).

**Reminders** go out the terms' days after the due date while the payment is missing; they
are the provider's own e-mails, not deadlines for anyone's act: they never roll forward.

**Shutdown.** A service suspended for non-payment that stays unpaid the terms' days after the
due date is shut down for good and its data deleted, except personal data, kept as the law
requires (GDPR: for settlement, evidence or statutory archiving).

>>> from datetime import date
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... service:
...   plans: [{name: MINI, transfer_limit_gb: 10, email_limit_per_day: 100,
...            sla: {first_reply_hours: 4, restore_hours: 24, holidays_on_extended_days: false}}]
...   activation_hours: 48
...   fault_fix_days: 7
...   website_complaint_days: 21
...   appeal_days: 10
...   payment: {due_days: 7, reminder_days: [2, 4], shutdown_days: 14,
...             clauses: {due_days: "§ 8 ust. 2"}}
... ''', "shop.yaml")
>>> d = payment_due(date(2026, 12, 17), terms=shop)     # day 7 = Thu 24.12 (Wigilia) -> 28.12
>>> d.outcome
datetime.date(2026, 12, 28)
>>> print(d.reasons[0].line("en"))  # doctest: +NORMALIZE_WHITESPACE
A customer paying by transfer or electronically pays within 7 calendar days of the
contract's conclusion; a debtor performs when due (§ 8(2) Przykład Terms, Art. 354 § 1 KC).
>>> payment_reminders(date(2026, 12, 28), terms=shop).outcome
(datetime.date(2026, 12, 30), datetime.date(2027, 1, 1))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..calendars import Counting, period_end
from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK_IN_FORCE, Citation, Source
from ..messages import Message
from ..models.service import PaymentTerms
from ..reasons import count_days, period, undetermined
from ..registry import Interpretation, KeyDate, rule
from .clauses import TERMS_BIND, cited, service_in_force
from .shop import ShopTerms

__all__ = [
    "DUE_RULE",
    "GDPR",
    "REMINDERS_RULE",
    "SHUTDOWN_RULE",
    "PaymentDecision",
    "ReminderDecision",
    "ShutdownDecision",
    "ShutdownStatus",
    "payment_due",
    "payment_reminders",
    "service_shutdown",
]

GDPR = Source(
    "RODO",
    "GDPR",
    "rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. "
    "(ogólne rozporządzenie o ochronie danych)",
    "Regulation (EU) 2016/679 of 27 April 2016 (General Data Protection Regulation)",
    "Dz.Urz. UE L 119 z 4.5.2016",
)

DUE_RULE = "payments.due"
REMINDERS_RULE = "payments.reminders"
SHUTDOWN_RULE = "payments.shutdown"


def payment_terms(terms: ShopTerms, day: date, rule_id: str) -> PaymentTerms:
    """The payment terms of the edition of ``terms`` in force on ``day``."""
    return service_in_force(terms, day, rule_id).payment


# --------------------------------------------------------------------------- due date


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentDecision(Decision[date]):
    """The payment's due date (the outcome, after roll-forward) and what follows from it."""

    nominal_end: date
    """The period's last day by counting alone, before roll-forward (art. 115 KC)."""
    cancellable_from: date
    """The first day on which an unpaid order may be cancelled."""
    paid_in_time: bool | None = None
    """Was the payment booked by the due date? ``None`` when no payment is given."""


@rule(DUE_RULE, on="concluded_on", keyed_on=KeyDate.CONTRACT_CONCLUDED)
def _due_rule(concluded_on: date, paid_on: date | None, terms: ShopTerms) -> PaymentDecision:
    """The due date for a contract concluded on ``concluded_on``."""
    raise NotImplementedError  # the signature: the registry applies a version


def _paid(paid_on: date | None, due: date, late: date, clause: tuple[Citation, ...]) -> Reason:
    """Was the payment booked by the due date? Late, the customer is late (art. 476 KC)."""
    params = {"paid": paid_on, "late": late}
    if paid_on is not None and paid_on <= due:
        return Reason(DUE_RULE, "payments.due.paid_in_time", clause, params)
    return Reason(DUE_RULE, "payments.due.paid_late", (*clause, KC.art("476")), params)


_DUE_BASIS = (KC.art("354", "1"), KC.art("476"), KC.art("111", "2"), KC.art("115"))
_ROLLS = (Interpretation("payments.due.rolls"),)


@_due_rule.version(since=UOPK_IN_FORCE, basis=_DUE_BASIS, interpretations=_ROLLS)
def _due(concluded_on: date, paid_on: date | None, terms: ShopTerms) -> PaymentDecision:
    """The terms' calendar days from conclusion, the end rolled forward (art. 115 KC)."""
    payment = payment_terms(terms, concluded_on, DUE_RULE)
    days, clause = payment.due_days, cited(terms, payment, "due_days")
    event = Message("payments.event.conclusion")
    due, counted = count_days(DUE_RULE, concluded_on, days, counting=Counting.KC, event=event,
                              basis=clause)
    cancellable = period_end(due.due, days=1)
    period_basis = (*clause, *cited(terms, payment, "methods"), KC.art("354", "1"))
    reasons = [Reason(DUE_RULE, "payments.due.period", period_basis, {"n": days}), *counted,
               Reason(DUE_RULE, "payments.due.cancellable", clause, {"cancellable": cancellable})]
    if paid_on is not None:
        reasons.append(_paid(paid_on, due.due, cancellable, clause))
    summary = Reason(DUE_RULE, "payments.due.due", (), {"due": due.due})
    return PaymentDecision(rule=DUE_RULE, outcome=due.due, summary=summary,
                           reasons=tuple(reasons), deadline=due.due, law_as_of=concluded_on,
                           nominal_end=due.nominal, cancellable_from=cancellable,
                           paid_in_time=None if paid_on is None else paid_on <= due.due)


def payment_due(
    concluded_on: date, *, paid_on: date | None = None, terms: ShopTerms
) -> PaymentDecision:
    """The due date for paying a contract concluded on ``concluded_on`` under the shop's
    ``terms``; ``paid_on`` is the day the payment was booked on the provider's account, if
    it was."""
    return _due_rule(concluded_on, paid_on, terms)


_due_rule.entry = payment_due


# --------------------------------------------------------------------------- reminders


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderDecision(Decision[tuple[date, ...]]):
    """The days automatic reminders are sent (the outcome: those still due given the
    payment); ``schedule`` is every reminder day the terms set for this due date."""

    schedule: tuple[date, ...]


@rule(REMINDERS_RULE, on="due_on", keyed_on=KeyDate.EVENT)
def _reminders_rule(due_on: date, paid_on: date | None, terms: ShopTerms) -> ReminderDecision:
    """The reminders for a payment due on ``due_on``."""
    raise NotImplementedError  # the signature: the registry applies a version


def _skipped(
    paid_on: date | None, skipped: tuple[date, ...], clause: tuple[Citation, ...]
) -> tuple[Reason, ...]:
    """The reminders a payment made unnecessary."""
    if not skipped:
        return ()
    params = {"paid": paid_on, "skipped": skipped}
    return (Reason(REMINDERS_RULE, "payments.reminders.skipped", clause, params),)


_REMINDER_DAY = (Interpretation("payments.reminders.day"),)


@_reminders_rule.version(since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_REMINDER_DAY)
def _reminders(due_on: date, paid_on: date | None, terms: ShopTerms) -> ReminderDecision:
    """Reminders the terms' days after the due date, while unpaid; never rolled forward."""
    payment = payment_terms(terms, due_on, REMINDERS_RULE)
    clause = cited(terms, payment, "reminder_days")
    schedule = tuple(period_end(due_on, days=days) for days in payment.reminder_days)
    reasons = tuple(
        Reason(REMINDERS_RULE, "payments.reminders.one", clause,
               {"after": period(days), "due": due_on, "day": day})
        for days, day in zip(payment.reminder_days, schedule, strict=True)
    )
    sent = tuple(day for day in schedule if paid_on is None or paid_on >= day)
    skipped = _skipped(paid_on, tuple(day for day in schedule if day not in sent), clause)
    summary = Reason(REMINDERS_RULE, f"payments.reminders.{'sent' if sent else 'none'}", (),
                     {"days": sent})
    return ReminderDecision(rule=REMINDERS_RULE, outcome=sent, summary=summary, reasons=reasons,
                            not_applied=skipped, law_as_of=due_on, schedule=schedule)


def payment_reminders(
    due_on: date, *, paid_on: date | None = None, terms: ShopTerms
) -> ReminderDecision:
    """The days reminders go out for a payment due on ``due_on`` under the shop's ``terms``;
    ``paid_on`` is the day the payment was booked, if it was."""
    return _reminders_rule(due_on, paid_on, terms)


_reminders_rule.entry = payment_reminders


# --------------------------------------------------------------------------- shutdown


class ShutdownStatus(StrEnum):
    """Where a service suspended for non-payment stands."""

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


_PERSONAL_DATA = (
    GDPR.art("6", "1", None, "c"),
    GDPR.art("17", "3", None, "b"),
    GDPR.art("17", "3", None, "e"),
)


@dataclass(frozen=True, slots=True)
class Unpaid:
    """A payment due on ``due_on``, asked about ``today``: was the service suspended for it
    (``None``: not known), and when was it booked, if it was."""

    due_on: date
    suspended: bool | None
    today: date
    paid_on: date | None


@rule(SHUTDOWN_RULE, on="unpaid.due_on", keyed_on=KeyDate.EVENT)
def _shutdown_rule(unpaid: Unpaid, terms: ShopTerms) -> ShutdownDecision:
    """Will a service whose payment was due on ``unpaid.due_on`` be shut down?"""
    raise NotImplementedError  # the signature: the registry applies a version


def _not_applying(unpaid: Unpaid, clause: tuple[Citation, ...]) -> ShutdownDecision:
    """Suspension unknown (undetermined) or ruled out (the clause does not apply)."""
    if unpaid.suspended is None:
        missing = ("suspended_for_non_payment",)
        summary = undetermined(SHUTDOWN_RULE, "payments.shutdown.undetermined", missing)
        why = Reason(SHUTDOWN_RULE, "payments.shutdown.suspension_unknown", clause)
        return ShutdownDecision(rule=SHUTDOWN_RULE, outcome=Undetermined(missing),
                                summary=summary, reasons=(why,), law_as_of=unpaid.due_on)
    summary = Reason(SHUTDOWN_RULE, "payments.shutdown.not_suspended")
    why = Reason(SHUTDOWN_RULE, "payments.shutdown.suspended_only", clause)
    return ShutdownDecision(rule=SHUTDOWN_RULE, outcome=ShutdownStatus.NOT_SUSPENDED,
                            summary=summary, not_applied=(why,), law_as_of=unpaid.due_on)


def _status(unpaid: Unpaid, pay_by: date) -> ShutdownStatus:
    """Paid by the last day, still running, or shut down."""
    if unpaid.paid_on is not None and unpaid.paid_on <= pay_by:
        return ShutdownStatus.PAID_IN_TIME
    return ShutdownStatus.PENDING if unpaid.today <= pay_by else ShutdownStatus.SHUT_DOWN


_SHUTDOWN_BASIS = (KC.art("111", "2"), KC.art("115"), *_PERSONAL_DATA[1:])
_SHUTDOWN_PERIOD = (Interpretation("payments.shutdown.period"),)


@_shutdown_rule.version(
    since=UOPK_IN_FORCE, basis=_SHUTDOWN_BASIS, interpretations=_SHUTDOWN_PERIOD
)
def _shutdown(unpaid: Unpaid, terms: ShopTerms) -> ShutdownDecision:
    """Suspended for non-payment and unpaid the terms' days after the due date: shutdown and
    deletion the next day, personal data kept."""
    payment = payment_terms(terms, unpaid.due_on, SHUTDOWN_RULE)
    days, clause = payment.shutdown_days, cited(terms, payment, "shutdown_days")
    if not unpaid.suspended:
        return _not_applying(unpaid, clause)
    pay_by, counted = count_days(SHUTDOWN_RULE, unpaid.due_on, days, counting=Counting.KC,
                                 event=Message("payments.event.due_date"), basis=clause)
    status, shutdown_on = _status(unpaid, pay_by.due), period_end(pay_by.due, days=1)
    params = {"n": days, "due": unpaid.due_on, "paid": unpaid.paid_on, "today": unpaid.today,
              "pay_by": pay_by.due, "shutdown": shutdown_on}
    reasons = [Reason(SHUTDOWN_RULE, "payments.shutdown.suspended", clause, params), *counted,
               Reason(SHUTDOWN_RULE, f"payments.shutdown.{status.value}", clause, params)]
    if status is not ShutdownStatus.PAID_IN_TIME:
        reasons.append(Reason(SHUTDOWN_RULE, "payments.shutdown.personal_data",
                              (*clause, *_PERSONAL_DATA)))
    summary = Reason(SHUTDOWN_RULE, f"payments.shutdown.summary.{status.value}", (), params)
    return ShutdownDecision(rule=SHUTDOWN_RULE, outcome=status, summary=summary,
                            reasons=tuple(reasons), deadline=pay_by.due, law_as_of=unpaid.due_on,
                            pay_by=pay_by.due, shutdown_on=shutdown_on)


def service_shutdown(
    due_on: date,
    suspended_for_non_payment: bool | None,
    today: date,
    *,
    paid_on: date | None = None,
    terms: ShopTerms,
) -> ShutdownDecision:
    """Will a service whose payment was due on ``due_on`` be shut down under the shop's
    ``terms``?

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
    unpaid = Unpaid(due_on, suspended_for_non_payment, today, paid_on)
    return _shutdown_rule(unpaid, terms)


_shutdown_rule.entry = service_shutdown
