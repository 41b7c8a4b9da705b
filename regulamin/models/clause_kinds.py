"""Clauses of a shop's terms that no statutory rule reads: the availability a provider
declares, how long it keeps order data after an account is deleted, what a customer's
submission must contain. Each value carries the clause stating it
(:class:`~regulamin.models.clauses.Stated`), so that a decision cites that clause.

>>> Availability(percent="99.982", clauses={"percent": "§ 4 ust. 9 pkt 4"}).percent
Decimal('99.982')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import Field, StrictBool

from .base import Fact
from .clauses import Stated

__all__ = ["Availability", "OrderRetention", "Provisions", "RetainedClaim", "Submissions"]


class Availability(Stated):
    """The availability the terms declare for the service, as a percentage of time."""

    percent: Decimal = Field(
        gt=0,
        le=100,
        max_digits=8,
        decimal_places=5,
        description="The declared availability in per cent (99.982 for 99,982 %).",
    )


class OrderRetention(Stated):
    """What the terms say about the order data kept after the customer deletes the account."""

    until_time_barred: StrictBool = Field(
        description=(
            "Are the data on the orders placed kept after the account is deleted until the "
            "possible claims from the contract are time-barred?"
        )
    )


class RetainedClaim(Fact):
    """A claim that may arise from an order, for which the order's data are kept until it is
    time-barred (art. 117-118 KC): when it became due and what kind of claim it is."""

    name: str = Field(
        min_length=1, max_length=200, description="The claim, for messages (a refund, a fee)."
    )
    due_on: date | None = Field(
        description=(
            "The day the claim became due (wymagalne): the limitation period runs from it "
            "(art. 120 § 1 KC); ``None``: not known."
        )
    )
    business_related: bool | None = Field(
        description=(
            "Is the claim related to running a business (art. 118 KC: three years)? A trader's "
            "claim for its remuneration is; a consumer's claim against the trader is not. "
            "``None``: not known."
        )
    )
    periodic: bool | None = Field(
        description=(
            "Is it a claim for periodic performance (a monthly fee as such: art. 118 KC, "
            "three years)? ``None``: not known."
        )
    )


class Submissions(Stated):
    """What the terms require a customer's submission to contain, element by element, in the
    terms' own words (``["imię i nazwisko", "adres do korespondencji"]``); an empty list: the
    terms require nothing of that submission."""

    complaint: tuple[str, ...] = Field(
        default=(), max_length=30, description="What a complaint about the website must give."
    )
    notice: tuple[str, ...] = Field(
        default=(), max_length=30, description="What a notice of illegal content must give."
    )
    appeal: tuple[str, ...] = Field(
        default=(), max_length=30, description="What an appeal against a decision must give."
    )


class Provisions(Fact):
    """The clauses of this module a version of the terms writes; ``None``: the terms say
    nothing on the point."""

    availability: Availability | None = Field(
        default=None, description="The availability the terms declare."
    )
    retention: OrderRetention | None = Field(
        default=None, description="Order data kept after the account is deleted."
    )
    submissions: Submissions | None = Field(
        default=None, description="What complaints, notices and appeals must contain."
    )
