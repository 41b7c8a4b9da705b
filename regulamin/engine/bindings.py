"""Which registered rule answers which event, and with which call of its entry function.

A :class:`Binding` ties a rule id of the registry to *triggers*: a durable-rules pattern over
the facts the engine asserts (their ``kind``, joined on the order's or the invoice's number
as the rete joins them) and the call of the rule's registered entry function that the
matched events stand for. The entries are taken from the registry when the ruleset is
built, so the engine calls exactly the functions the library exports; nothing here decides
anything itself.

One fact per event (the session adds ``sid`` and ``id``). Every event is asserted as a
*fact*: durable-rules hands an *event* to the first rule that matches it only, and one
event here often concerns several rules.

=========================  ================================================================
``order``                  :class:`~regulamin.engine.events.OrderPlaced`
``delivery``               :class:`~regulamin.engine.events.GoodsReceived`
``statement``              :class:`~regulamin.engine.events.WithdrawalSent`
``complaint``              :class:`~regulamin.engine.events.ComplaintReceived`
``complaint_aged``         :class:`~regulamin.engine.events.ComplaintAged`
``invoice``                :class:`~regulamin.engine.events.PaymentRequested`
``overdue``                :class:`~regulamin.engine.events.PaymentOverdue`
``suspension``             :class:`~regulamin.engine.events.SuspensionConsidered`
=========================  ================================================================

The payment rules need the due date that ``payments.due`` gives: they ask that rule's
entry for it, as a backend calling the functions would.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..decision import Decision
from ..models import Delivery
from .errors import FactIdentityClash
from .events import (
    ComplaintAged,
    ComplaintReceived,
    Event,
    OrderPlaced,
    PaymentOverdue,
    PaymentRequested,
    SuspensionConsidered,
    WithdrawalSent,
)

E = TypeVar(
    "E",
    OrderPlaced,
    ComplaintReceived,
    ComplaintAged,
    WithdrawalSent,
    PaymentRequested,
    PaymentOverdue,
    SuspensionConsidered,
)


@dataclass(slots=True, eq=False)
class Order:
    """What a session knows of one order: the placing event and what followed it."""

    key: int
    """The order's number in the session: what the engine joins facts on."""
    placed: OrderPlaced
    deliveries: list[Delivery] = field(default_factory=list)
    complaints: dict[str, int] = field(default_factory=dict)
    """Complaint references and their numbers in the session."""


@dataclass(slots=True, eq=False)
class Invoice:
    """What a session knows of one payment: the request that opened it."""

    key: int
    requested: PaymentRequested


@dataclass(frozen=True, slots=True)
class Record:
    """One asserted fact, kept to map what the engine matched back to the event."""

    message: Mapping[str, Any]
    """Exactly what was asserted (compared with what the engine hands the action)."""
    event: Event
    subject: Order | Invoice | None
    """The order or invoice the event is about (``None``: about neither)."""
    deliveries: int = 0
    """How many deliveries of the order the session knew when the event came."""


def event_of(records: Mapping[str, Record], name: str, kind: type[E]) -> E:
    """The event behind the fact matched as ``name``, checked to be a ``kind``."""
    event = records[name].event
    if not isinstance(event, kind):
        raise FactIdentityClash(
            f"{name} matched a {type(event).__name__} where a {kind.__name__} belongs"
        )
    return event


Entries = Mapping[str, Callable[..., Any]]
"""The entry functions of the bound rules, by rule id, as the registry had them."""
Decide = Callable[[Entries, Mapping[str, Record]], Decision[Any]]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A pattern of facts and the call of the entry function they stand for."""

    name: str
    patterns: tuple[Mapping[str, Any], ...]
    decide: Decide
    names: tuple[str, ...] = field(init=False)
    """The names the matched facts are bound to (``o``, ``d``...)."""

    def __post_init__(self) -> None:
        names = tuple(name for pattern in self.patterns for name in pattern)
        object.__setattr__(self, "names", names)


@dataclass(frozen=True, slots=True)
class Binding:
    """The triggers of one registered rule."""

    rule_id: str
    triggers: tuple[Trigger, ...]


_ORDER: Mapping[str, Any] = {"o": {"kind": "order"}}
_INVOICE: Mapping[str, Any] = {"i": {"kind": "invoice"}}


def _of_order(name: str, kind: str, *more: Mapping[str, Any]) -> Mapping[str, Any]:
    """A fact of ``kind`` about the order matched as ``o``."""
    return {name: {"$and": [{"kind": kind}, {"order": {"o": "order"}}, *more]}}


_OVERDUE: Mapping[str, Any] = {"p": {"$and": [{"kind": "overdue"}, {"invoice": {"i": "invoice"}}]}}


def _decision(value: Any) -> Decision[Any]:
    decision: Decision[Any] = value
    return decision


# -- status and withdrawal (UoPK chapter 4) -----------------------------------------------


def _status(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    placed = event_of(records, "o", OrderPlaced)
    return _decision(entries["status.customer"](placed.customer, placed.contract.concluded_on))


def _withdrawal(
    entries: Entries, records: Mapping[str, Record], deliveries: int, sent: WithdrawalSent | None
) -> Decision[Any]:
    placed = event_of(records, "o", OrderPlaced)
    order = records["o"].subject
    assert isinstance(order, Order)  # an order fact is recorded with its order
    return _decision(
        entries["withdrawal.right"](
            placed.customer,
            placed.contract,
            deliveries=tuple(order.deliveries[:deliveries]),
            information=placed.information,
            exclusion=placed.exclusion,
            statement_sent_on=None if sent is None else sent.sent_on,
        )
    )


def _withdrawal_placed(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    return _withdrawal(entries, records, 0, None)


def _withdrawal_received(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    # art. 28 pkt 1 UoPK: the deliveries up to and including this one decide the start
    return _withdrawal(entries, records, records["d"].deliveries, None)


def _withdrawal_sent(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    sent = event_of(records, "s", WithdrawalSent)
    return _withdrawal(entries, records, records["s"].deliveries, sent)


# -- complaint replies (art. 7a UoPK, art. 561⁵ KC) --------------------------------------


def _reply(
    entries: Entries, records: Mapping[str, Record], aged: ComplaintAged | None
) -> Decision[Any]:
    placed = event_of(records, "o", OrderPlaced)
    received = event_of(records, "c", ComplaintReceived)
    complaint = received.complaint
    return _decision(
        entries["complaints.reply"](
            placed.customer,
            placed.contract,
            complaint,
            complaint.received_on if aged is None else aged.today,
            replied_on=None if aged is None else aged.replied_on,
            reduction_amount_stated=received.reduction_amount_stated,
        )
    )


def _reply_received(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    return _reply(entries, records, None)


def _reply_aged(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    return _reply(entries, records, event_of(records, "a", ComplaintAged))


# -- payments (a shop's payment clauses) --------------------------------------------------


def _due(entries: Entries, requested: PaymentRequested, paid_on: Any) -> Decision[Any]:
    return _decision(
        entries["payments.due"](
            requested.concluded_on, paid_on=paid_on, terms=requested.terms
        )
    )


def _due_requested(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    return _due(entries, event_of(records, "i", PaymentRequested), None)


def _due_overdue(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    overdue = event_of(records, "p", PaymentOverdue)
    return _due(entries, event_of(records, "i", PaymentRequested), overdue.paid_on)


def _due_date(entries: Entries, requested: PaymentRequested) -> Any:
    """The due date as the ``payments.due`` rule gives it (a date: that rule always has one)."""
    return _due(entries, requested, None).outcome


def _reminders(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    requested = event_of(records, "i", PaymentRequested)
    overdue = event_of(records, "p", PaymentOverdue)
    return _decision(
        entries["payments.reminders"](
            _due_date(entries, requested),
            paid_on=overdue.paid_on,
            terms=requested.terms,
        )
    )


def _shutdown(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    requested = event_of(records, "i", PaymentRequested)
    overdue = event_of(records, "p", PaymentOverdue)
    return _decision(
        entries["payments.shutdown"](
            _due_date(entries, requested),
            overdue.suspended_for_non_payment,
            overdue.today,
            paid_on=overdue.paid_on,
            terms=requested.terms,
        )
    )


def _suspension(entries: Entries, records: Mapping[str, Record]) -> Decision[Any]:
    considered = event_of(records, "v", SuspensionConsidered)
    return _decision(
        entries["service.suspension"](considered.grounds, considered.on, terms=considered.terms)
    )


BINDINGS: Mapping[str, Binding] = {
    binding.rule_id: binding
    for binding in (
        Binding("status.customer", (Trigger("placed", (_ORDER,), _status),)),
        Binding(
            "withdrawal.right",
            (
                Trigger("placed", (_ORDER,), _withdrawal_placed),
                Trigger("received", (_ORDER, _of_order("d", "delivery")), _withdrawal_received),
                Trigger("sent", (_ORDER, _of_order("s", "statement")), _withdrawal_sent),
            ),
        ),
        Binding(
            "complaints.reply",
            (
                Trigger("received", (_ORDER, _of_order("c", "complaint")), _reply_received),
                Trigger(
                    "aged",
                    (
                        _ORDER,
                        _of_order("c", "complaint"),
                        _of_order("a", "complaint_aged", {"complaint": {"c": "complaint"}}),
                    ),
                    _reply_aged,
                ),
            ),
        ),
        Binding(
            "payments.due",
            (
                Trigger("requested", (_INVOICE,), _due_requested),
                Trigger("overdue", (_INVOICE, _OVERDUE), _due_overdue),
            ),
        ),
        Binding("payments.reminders", (Trigger("overdue", (_INVOICE, _OVERDUE), _reminders),)),
        Binding("payments.shutdown", (Trigger("overdue", (_INVOICE, _OVERDUE), _shutdown),)),
        Binding(
            "service.suspension",
            (Trigger("considered", ({"v": {"kind": "suspension"}},), _suspension),),
        ),
    )
}
"""The rules the engine binds to events, by rule id."""
