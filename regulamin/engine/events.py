"""What a shop backend tells the engine: events about its orders, carrying validated facts.

An event names the order or invoice it belongs to with the shop's own reference and carries
the same fact models the pure functions take, already validated at the edge. The engine
never reads anything else: an event is the whole of what a rule may use.

* :class:`OrderPlaced`: a contract was concluded with a customer (the buyer's status and the
  right of withdrawal are decided at once);
* :class:`GoodsReceived`: the customer took possession of goods, a lot or a part (the
  withdrawal period starts or moves, art. 28 UoPK);
* :class:`WithdrawalSent`: the customer sent a withdrawal statement (was it in time?);
* :class:`ComplaintReceived`: the trader received a complaint (the reply deadline);
* :class:`ComplaintAged`: a later day came, with or without the reply having reached the
  customer (is the complaint deemed accepted?);
* :class:`PaymentRequested`: a service contract was concluded and is to be paid under the
  provider's payment terms (the due date);
* :class:`PaymentOverdue`: a day after the due date came, paid or not (was it paid in time,
  which reminders go out, is the suspended service shut down and its data deleted?);
* :class:`SuspensionConsidered`: the provider asks whether it may suspend a service.

>>> from datetime import date
>>> from regulamin.models import Contract, Customer
>>> placed = OrderPlaced(
...     "A-1",
...     Customer.consumer(),
...     Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1)),
... )
>>> placed.order, placed.contract.concluded_on
('A-1', datetime.date(2026, 12, 1))
>>> OrderPlaced("", placed.customer, placed.contract)
Traceback (most recent call last):
...
regulamin.errors.InvalidFacts: order: a reference is 1 to 200 characters of text, not ''
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import InvalidFacts
from ..models import (
    INFORMED_BY_CONCLUSION,
    Complaint,
    Contract,
    Customer,
    Delivery,
    ExclusionClaim,
    RightInformation,
)
from ..models.service import SuspensionGrounds
from ..terms.shop import ShopTerms

_MAX_REFERENCE = 200


def _reference(value: object, field: str) -> None:
    if not isinstance(value, str) or not value or len(value) > _MAX_REFERENCE:
        raise InvalidFacts(field, f"a reference is 1 to 200 characters of text, not {value!r}")


@dataclass(frozen=True, slots=True)
class OrderPlaced:
    """The contract ``contract`` was concluded with ``customer``.

    ``information`` and ``exclusion`` are what :func:`~regulamin.rules.withdrawal.withdrawal`
    takes: whether the consumer was told of the right of withdrawal, and the art. 38 point
    the trader relies on, if any.
    """

    order: str
    customer: Customer
    contract: Contract
    information: RightInformation = INFORMED_BY_CONCLUSION
    exclusion: ExclusionClaim | None = None

    def __post_init__(self) -> None:
        _reference(self.order, "order")


@dataclass(frozen=True, slots=True)
class GoodsReceived:
    """The customer (or a person they named, not the carrier) took possession of goods."""

    order: str
    delivery: Delivery

    def __post_init__(self) -> None:
        _reference(self.order, "order")


@dataclass(frozen=True, slots=True)
class WithdrawalSent:
    """The customer sent a statement of withdrawal on ``sent_on``."""

    order: str
    sent_on: date

    def __post_init__(self) -> None:
        _reference(self.order, "order")


@dataclass(frozen=True, slots=True)
class ComplaintReceived:
    """The trader received ``complaint`` under the order; ``complaint_ref`` names it.

    ``reduction_amount_stated`` is what
    :func:`~regulamin.rules.complaints.complaint_reply` takes for price-reduction demands
    under contracts before 2023 (art. 561⁵ KC).
    """

    order: str
    complaint_ref: str
    complaint: Complaint
    reduction_amount_stated: bool | None = None

    def __post_init__(self) -> None:
        _reference(self.order, "order")
        _reference(self.complaint_ref, "complaint")


@dataclass(frozen=True, slots=True)
class ComplaintAged:
    """The day ``today`` came for the complaint ``complaint_ref``; ``replied_on`` is the day
    the reply reached the consumer, if it has."""

    order: str
    complaint_ref: str
    today: date
    replied_on: date | None = None

    def __post_init__(self) -> None:
        _reference(self.order, "order")
        _reference(self.complaint_ref, "complaint")


@dataclass(frozen=True, slots=True)
class PaymentRequested:
    """A contract concluded on ``concluded_on`` is to be paid under the shop's ``terms``;
    ``invoice`` names the payment."""

    invoice: str
    concluded_on: date
    terms: ShopTerms

    def __post_init__(self) -> None:
        _reference(self.invoice, "invoice")


@dataclass(frozen=True, slots=True)
class PaymentOverdue:
    """The day ``today`` came for the payment ``invoice``; ``paid_on`` is the day it was
    booked, if it was, and ``suspended_for_non_payment`` whether the service was suspended
    for the late payment (``None``: not known)."""

    invoice: str
    today: date
    paid_on: date | None = None
    suspended_for_non_payment: bool | None = None

    def __post_init__(self) -> None:
        _reference(self.invoice, "invoice")


@dataclass(frozen=True, slots=True)
class SuspensionConsidered:
    """May the provider suspend the service on ``on``, on these ``grounds``, under the shop's
    ``terms``?"""

    grounds: SuspensionGrounds
    on: date
    terms: ShopTerms


Event = (
    OrderPlaced
    | GoodsReceived
    | WithdrawalSent
    | ComplaintReceived
    | ComplaintAged
    | PaymentRequested
    | PaymentOverdue
    | SuspensionConsidered
)
"""Every event the engine understands."""

__all__ = [
    "ComplaintAged",
    "ComplaintReceived",
    "Event",
    "GoodsReceived",
    "OrderPlaced",
    "PaymentOverdue",
    "PaymentRequested",
    "SuspensionConsidered",
    "WithdrawalSent",
]
