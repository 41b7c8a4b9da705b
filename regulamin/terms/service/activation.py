"""Activating the service: within the hours the shop's terms give (``activation_hours``),
unless the service's description or the order states another time; with several services
the longest governs; the time runs from the booking of the payment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ...calendars import add_elapsed_hours
from ...decision import Reason, Undetermined
from ...errors import InvalidFacts
from ...law import UOPK_IN_FORCE, Citation
from ...models.base import Instant
from ...models.service import ServiceItem
from ...reasons import undetermined
from ...registry import Interpretation, KeyDate, rule
from ..clauses import TERMS_BIND, TimeDecision, aware, cited, service_in_force
from ..shop import ShopTerms

RULE = "service.activation"


def _time_reasons(
    items: Sequence[ServiceItem], general: int, clause: tuple[Citation, ...]
) -> tuple[int, list[Reason]]:
    """The hours that govern the order, and why: the longest stated time, else the general."""
    longest = max(items, key=lambda item: item.activation_hours or general)
    hours = longest.activation_hours or general
    reasons = [Reason(RULE, "service.activation.general", clause, {"general": general})]
    params = {"hours": hours, "name": longest.name}
    if len(items) > 1:
        reasons.append(Reason(RULE, "service.activation.longest", clause, params))
    elif longest.activation_hours is not None:
        reasons.append(Reason(RULE, "service.activation.stated", clause, params))
    return hours, reasons


@dataclass(frozen=True, slots=True)
class Clock:
    """When the payment was booked (its Warsaw day picks the terms' edition), and when the
    service was activated, if it was."""

    booked: datetime
    activated: datetime | None

    @property
    def on(self) -> date:
        return self.booked.date()


@rule(RULE, on="clock.on", keyed_on=KeyDate.EVENT)
def _activation_rule(
    items: tuple[ServiceItem, ...], clock: Clock, terms: ShopTerms
) -> TimeDecision:
    """The activation deadline for a payment booked at ``clock.booked``."""
    raise NotImplementedError  # the signature: the registry applies a version


def _activated(clock: Clock, due: datetime, clause: tuple[Citation, ...]) -> tuple[Reason, ...]:
    """Was the service activated by the deadline (nothing when it is not said)?"""
    if clock.activated is None:
        return ()
    message = f"service.activation.{'in_time' if clock.activated <= due else 'late'}"
    return (Reason(RULE, message, clause, {"activated": clock.activated}),)


_FROM_BOOKING = (Interpretation("service.activation.from_booking"),)


@_activation_rule.version(since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_FROM_BOOKING)
def _activation(items: tuple[ServiceItem, ...], clock: Clock, terms: ShopTerms) -> TimeDecision:
    """Each service's own time or the general one; the longest governs; elapsed hours from
    the booking (24 hours are 86 400 seconds whatever the wall clock does: interpretation)."""
    service = service_in_force(terms, clock.on, RULE)
    clause = cited(terms, service, "activation_hours")
    hours, reasons = _time_reasons(items, service.activation_hours, clause)
    due = add_elapsed_hours(clock.booked, hours)
    runs = {"booked": clock.booked, "hours": hours, "due": due}
    reasons += [Reason(RULE, "service.activation.runs", clause, runs),
                *_activated(clock, due, clause)]
    met = None if clock.activated is None else clock.activated <= due
    return TimeDecision(rule=RULE, outcome=due, reasons=tuple(reasons), deadline=due,
                        summary=Reason(RULE, "service.activation.due", (), {"due": due}),
                        law_as_of=clock.on, limit_hours=hours, clock_starts=clock.booked, met=met)


def activation_deadline(
    items: tuple[ServiceItem, ...],
    booked_at: Instant | None,
    *,
    activated_at: Instant | None = None,
    terms: ShopTerms,
) -> TimeDecision:
    """By when the services in ``items`` must be activated under the shop's ``terms``.

    ``booked_at`` is when the payment was booked on the provider's account (``None``: not
    yet); ``activated_at``, if given, is checked against the deadline.
    """
    if not items:
        raise InvalidFacts("items", "an order has at least one service")
    activated = None if activated_at is None else aware(activated_at, "activated_at")
    if booked_at is None:
        return _not_booked(terms)
    booked = aware(booked_at, "booked_at")
    if activated is not None and activated < booked:
        raise InvalidFacts("activated_at", "the activation period cannot end before it starts")
    return _activation_rule(tuple(items), Clock(booked, activated), terms)


def _not_booked(terms: ShopTerms) -> TimeDecision:
    """No payment booked: the period does not run yet. Without a day no edition is in force;
    the clause is cited when every edition gives the same one."""
    editions = [e.service for e in terms.editions() if e.service is not None]
    clauses = {cited(terms, service, "activation_hours") for service in editions}
    clause = clauses.pop() if len(clauses) == 1 else ()
    return TimeDecision(
        rule=RULE,
        outcome=Undetermined(("booked_at",)),
        summary=undetermined(RULE, "service.activation.not_running", ("booked_at",)),
        reasons=(Reason(RULE, "service.activation.from_booking_only", clause),),
    )


_activation_rule.entry = activation_deadline
ACTIVATION_RULE = RULE
