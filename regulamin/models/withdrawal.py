"""Facts about withdrawal from a distance or off-premises contract (UoPK chapter 4).

* :class:`RightInformation`: whether, and when, the trader told the consumer about the right
  of withdrawal (art. 12 ust. 1 pkt 9 UoPK); art. 29 UoPK extends the period when it did not.
* :class:`ExclusionClaim`: the trader relies on one of the exclusions of art. 38 ust. 1 UoPK
  and states the facts that point requires. Each prerequisite is ``True`` (met), ``False``
  (not met: the right stays) or ``None`` (unknown: the answer is undetermined and names it).
  A fact that is no prerequisite of the point claimed is refused, so a misplaced fact never
  looks as if it had been weighed.
* :class:`WithdrawalStatement`, :class:`Payments`, :class:`GoodsReturn`: what the refund
  (art. 32-33) and the return of goods (art. 34) are computed from.

>>> from datetime import date
>>> ExclusionClaim(point=5, unsealed_after_delivery=False).point
<Exclusion.SEALED_HEALTH_OR_HYGIENE: 5>
>>> RightInformation.later(date(2026, 12, 20)).informed
<Informed.LATER: 'later'>
>>> ExclusionClaim(point=4, unsealed_after_delivery=True)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for ExclusionClaim
  Value error, unsealed_after_delivery: not a prerequisite of art. 38 ust. 1 pkt 4 UoPK ...
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import IntEnum, StrEnum

from pydantic import Field, StrictBool, ValidationInfo, field_validator, model_validator

from .base import Fact, Money, not_before


class Informed(StrEnum):
    """Whether the consumer was told about the right of withdrawal, and when."""

    BY_CONCLUSION = "by_conclusion"
    """At the latest when the contract was concluded, as art. 12 ust. 1 pkt 9 UoPK requires."""
    LATER = "later"
    """Only after conclusion, on a known day (art. 29 ust. 2 UoPK)."""
    NEVER = "never"
    """Not at all (art. 29 ust. 1 UoPK)."""
    UNKNOWN = "unknown"
    """Not known: the withdrawal deadline is then undetermined."""


class RightInformation(Fact):
    """What the consumer was told about the right of withdrawal."""

    informed: Informed = Field(
        description="Whether, and when in relation to conclusion, the information was given."
    )
    on: date | None = Field(
        default=None,
        description="The day the information was given; required for (and only for) ``LATER``.",
    )

    @field_validator("on")
    @classmethod
    def _day_only_for_later(cls, value: date | None, info: ValidationInfo) -> date | None:
        later = info.data.get("informed") is Informed.LATER
        if later and value is None:
            raise ValueError("information given later needs the day it was given")
        if not later and value is not None:
            raise ValueError("only information given later has a day of its own")
        return value

    @classmethod
    def by_conclusion(cls) -> RightInformation:
        """Informed at the latest at conclusion (the lawful case)."""
        return cls(informed=Informed.BY_CONCLUSION)

    @classmethod
    def later(cls, on: date) -> RightInformation:
        """Informed only after conclusion, on ``on``."""
        return cls(informed=Informed.LATER, on=on)

    @classmethod
    def never(cls) -> RightInformation:
        """Never informed."""
        return cls(informed=Informed.NEVER)

    @classmethod
    def unknown(cls) -> RightInformation:
        """Not known whether the consumer was informed."""
        return cls(informed=Informed.UNKNOWN)


INFORMED_BY_CONCLUSION = RightInformation.by_conclusion()
"""The default when nobody said whether the consumer was told of the right: assumed told at
the latest at conclusion, the usual case of a shop whose order confirmation and terms carry
the withdrawal information. The rules recognise this very object (not an equal one) and say
in the decision that the fact was assumed; :meth:`RightInformation.by_conclusion` states it
as a fact, :meth:`RightInformation.unknown` says it is not known.

>>> INFORMED_BY_CONCLUSION == RightInformation.by_conclusion()
True
>>> INFORMED_BY_CONCLUSION is RightInformation.by_conclusion()
False
"""


class Exclusion(IntEnum):
    """The points of art. 38 ust. 1 UoPK: contracts with no right of withdrawal."""

    SERVICE_FULLY_PERFORMED = 1
    FINANCIAL_MARKET_PRICE = 2
    MADE_TO_SPECIFICATION = 3
    PERISHABLE = 4
    SEALED_HEALTH_OR_HYGIENE = 5
    INSEPARABLY_MIXED = 6
    ALCOHOL_AT_MARKET_VALUE = 7
    URGENT_REPAIR_VISIT = 8
    SEALED_RECORDING_OR_SOFTWARE = 9
    PERIODICAL = 10
    PUBLIC_AUCTION = 11
    DATED_LEISURE_SERVICE = 12
    DIGITAL_CONTENT_STARTED = 13
    REPAIR_VISIT_PERFORMED = 14


_PREREQUISITES: dict[Exclusion, frozenset[str]] = {
    Exclusion.SERVICE_FULLY_PERFORMED: frozenset(
        {"fully_performed", "express_prior_consent", "informed_of_loss", "acknowledged"}
    ),
    Exclusion.FINANCIAL_MARKET_PRICE: frozenset(),
    Exclusion.MADE_TO_SPECIFICATION: frozenset(),
    Exclusion.PERISHABLE: frozenset(),
    Exclusion.SEALED_HEALTH_OR_HYGIENE: frozenset({"unsealed_after_delivery"}),
    Exclusion.INSEPARABLY_MIXED: frozenset({"mixed_after_delivery"}),
    Exclusion.ALCOHOL_AT_MARKET_VALUE: frozenset(
        {"price_agreed_at_conclusion", "deliverable_only_after_30_days", "value_follows_market"}
    ),
    Exclusion.URGENT_REPAIR_VISIT: frozenset({"visit_requested", "only_requested_work"}),
    Exclusion.SEALED_RECORDING_OR_SOFTWARE: frozenset({"unsealed_after_delivery"}),
    Exclusion.PERIODICAL: frozenset({"subscription"}),
    Exclusion.PUBLIC_AUCTION: frozenset(),
    Exclusion.DATED_LEISURE_SERVICE: frozenset({"date_or_period_fixed"}),
    Exclusion.DIGITAL_CONTENT_STARTED: frozenset(
        {
            "performance_began",
            "express_prior_consent",
            "informed_of_loss",
            "acknowledged",
            "confirmation_sent",
        }
    ),
    Exclusion.REPAIR_VISIT_PERFORMED: frozenset(
        {"visit_requested", "fully_performed", "express_prior_consent"}
    ),
}


class ExclusionClaim(Fact):
    """The trader relies on art. 38 ust. 1 pkt ``point`` UoPK, with the facts it requires.

    The claim itself asserts the kind of contract the point names (perishable goods, a
    public auction, a newspaper...); the fields are the further conditions the law sets.
    """

    point: Exclusion = Field(description="The point of art. 38 ust. 1 UoPK relied on (1-14).")
    fully_performed: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 1, 14: the trader has performed the service in full (partial performance "
            "is not enough; art. 35 UoPK then governs payment)."
        ),
    )
    express_prior_consent: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 1, 13, 14: performance began with the consumer's express consent given before."
        ),
    )
    informed_of_loss: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 1, 13: before performance began the consumer was told that they would "
            "lose the right of withdrawal."
        ),
    )
    acknowledged: StrictBool | None = Field(
        default=None,
        description="Pkt 1, 13 (contracts from 2023-01-01): the consumer acknowledged that loss.",
    )
    performance_began: StrictBool | None = Field(
        default=None, description="Pkt 13: supply of the digital content has begun."
    )
    confirmation_sent: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 13 (contracts from 2023-01-01): the trader gave the consumer the "
            "confirmation of art. 15 ust. 1-2 or art. 21 ust. 1 UoPK on a durable medium."
        ),
    )
    unsealed_after_delivery: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 5, 9: the sealed package was opened after delivery (``False`` if it was "
            "opened before delivery, or not at all)."
        ),
    )
    mixed_after_delivery: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 6: after delivery the goods were, by their nature, inseparably mixed "
            "with other items."
        ),
    )
    price_agreed_at_conclusion: StrictBool | None = Field(
        default=None,
        description="Pkt 7: the price of the alcoholic beverages was agreed at conclusion.",
    )
    deliverable_only_after_30_days: StrictBool | None = Field(
        default=None, description="Pkt 7: they can be delivered only after 30 days."
    )
    value_follows_market: StrictBool | None = Field(
        default=None,
        description="Pkt 7: their value depends on market fluctuations the trader cannot control.",
    )
    visit_requested: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 8: the consumer expressly asked the trader to come for an urgent repair "
            "or maintenance; pkt 14: the consumer expressly asked the trader to come to "
            "carry out a repair."
        ),
    )
    only_requested_work: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 8: the contract covers only the requested repair or maintenance and the "
            "spare parts it needs (for other services or goods supplied on the visit the "
            "right stays)."
        ),
    )
    subscription: StrictBool | None = Field(
        default=None,
        description=(
            "Pkt 10: the contract is a subscription (prenumerata), which pkt 10 does not exclude."
        ),
    )
    date_or_period_fixed: StrictBool | None = Field(
        default=None, description="Pkt 12: the contract fixes the day or the period of the service."
    )

    @model_validator(mode="after")
    def _only_this_points_facts(self) -> ExclusionClaim:
        allowed = _PREREQUISITES[self.point]
        for name in type(self).model_fields:
            if name != "point" and name not in allowed and getattr(self, name) is not None:
                raise ValueError(
                    f"{name}: not a prerequisite of art. 38 ust. 1 pkt {self.point.value} UoPK"
                )
        return self


class WithdrawalStatement(Fact):
    """The consumer's statement of withdrawal (art. 30 UoPK)."""

    sent_on: date = Field(
        description=(
            "The day the consumer sent (made) it: this keeps the period (art. 30 ust. 2 UoPK)."
        )
    )
    received_on: date = Field(
        description=(
            "The day the trader received it: the refund period runs from it (art. 32 ust. 1)."
        )
    )

    _received_after_sending = field_validator("received_on")(
        not_before(
            "sent_on", "a statement cannot be received ({value}) before it is sent ({earlier})"
        )
    )


class Payments(Fact):
    """What the consumer paid under the contract."""

    price: Money = Field(
        description="Everything paid for the goods, services or content themselves."
    )
    delivery: Money = Field(
        default=Decimal("0.00"),
        description="What the consumer paid for delivering the goods to them.",
    )
    cheapest_standard_delivery: Money | None = Field(
        default=None,
        description=(
            "The cheapest usual delivery the trader offered for this order (art. 33 "
            "UoPK); needed only when the consumer paid for delivery."
        ),
    )


class GoodsReturn(Fact):
    """How the goods are coming back to the trader after a withdrawal."""

    collection_offered: StrictBool = Field(
        default=False,
        description=(
            "The trader offered to collect the goods itself (art. 32 ust. 3, art. 34 ust. 1 UoPK)."
        ),
    )
    sent_back_on: date | None = Field(
        default=None,
        description=(
            "The day the consumer sent the goods back (or handed them to the trader's courier)."
        ),
    )
    received_back_on: date | None = Field(
        default=None, description="The day the trader received the goods back."
    )
    dispatch_proof_received_on: date | None = Field(
        default=None,
        description="The day the trader received the consumer's proof of sending the goods back.",
    )

    _not_before_sending = field_validator("received_back_on", "dispatch_proof_received_on")(
        not_before("sent_back_on", "{value} is before the goods were sent back ({earlier})")
    )
