"""Facts for the clauses a shop's terms keep for business customers: how they limit the shop's
liability, and the damage a customer claims.

A liability clause is data, as the terms state it: a cap on the shop's total liability at "the
remuneration paid for the service" or at a stated amount, and the exclusion of lost profits. A
claim splits the damage the way art. 361 § 2 KC does: the actual loss (damnum emergens) and
the profits the customer could have made (lucrum cessans). The degree of fault is a fact of its
own, because a clause never covers damage caused intentionally (art. 473 § 2 KC).

>>> LiabilityClause(cap="remuneration_paid", excludes_lost_profits=True).cap
<CapBasis.REMUNERATION_PAID: 'remuneration_paid'>
>>> claim = DamageClaim(actual_loss="1200.00", lost_profits="5000.00", fault="negligence")
>>> claim.actual_loss + claim.lost_profits
Decimal('6200.00')
>>> LiabilityClause(cap="fixed_amount")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for LiabilityClause
cap_amount
  Value error, a fixed cap needs its amount ...
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import Field, StrictBool, ValidationInfo, field_validator

from .base import Fact, Money


class CapBasis(StrEnum):
    """What the terms cap the shop's liability at."""

    REMUNERATION_PAID = "remuneration_paid"
    """The remuneration the customer paid for the service concerned."""
    FIXED_AMOUNT = "fixed_amount"
    """An amount the terms state (``LiabilityClause.cap_amount``)."""


class Fault(StrEnum):
    """How the shop caused the damage, as far as a limitation clause is concerned."""

    INTENT = "intent"
    """Wina umyślna: no clause may exclude or limit liability for it (art. 473 § 2 KC)."""
    GROSS_NEGLIGENCE = "gross_negligence"
    """Rażące niedbalstwo: by default treated like intent (a disputed point)."""
    NEGLIGENCE = "negligence"
    """Ordinary negligence (zwykłe niedbalstwo): the clause applies between traders."""


class LiabilityClause(Fact):
    """The terms' limitation of the shop's contractual liability (art. 471 KC) towards
    business customers."""

    cap: CapBasis | None = Field(
        default=None,
        description="What total liability is capped at; ``None`` if the terms set no cap.",
    )
    cap_amount: Money | None = Field(
        default=None, description="The cap in PLN, for a fixed-amount cap only."
    )
    excludes_lost_profits: StrictBool = Field(
        default=False,
        description="Do the terms exclude liability for lost profits (utracone korzyści)?",
    )

    @field_validator("cap_amount")
    @classmethod
    def _amount_only_for_fixed_cap(
        cls, value: Decimal | None, info: ValidationInfo
    ) -> Decimal | None:
        fixed = info.data.get("cap") is CapBasis.FIXED_AMOUNT
        if fixed and value is None:
            raise ValueError("a fixed cap needs its amount")
        if not fixed and value is not None:
            raise ValueError("only a fixed-amount cap states an amount")
        return value


class DamageClaim(Fact):
    """A claim for damages for non-performance or improper performance of the contract."""

    actual_loss: Money = Field(
        description="The loss suffered (strata rzeczywista, damnum emergens), in PLN."
    )
    lost_profits: Money = Field(
        default=Decimal("0"),
        description=(
            "The profits the customer could have made but for the damage (utracone korzyści)."
        ),
    )
    fault: Fault | None = Field(
        default=None, description="How the shop caused the damage; ``None`` when not established."
    )
    remuneration_paid: Money | None = Field(
        default=None,
        description="The remuneration paid for the service concerned, for a cap measured by it.",
    )
    already_compensated: Money = Field(
        default=Decimal("0"),
        description=(
            "Damages the shop already paid under the same contract: a cap on *total* "
            "liability leaves only what remains of it."
        ),
    )
