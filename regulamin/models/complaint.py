"""A complaint (reklamacja) and what the consumer demands with it.

>>> from datetime import date
>>> Complaint(received_on=date(2026, 3, 2), demand="repair").demand
<Demand.REPAIR: 'repair'>
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from .base import Fact


class Demand(StrEnum):
    """What the complaint asks for."""

    REPAIR = "repair"
    REPLACEMENT = "replacement"
    PRICE_REDUCTION = "price_reduction"
    WITHDRAWAL = "withdrawal"
    BRING_INTO_CONFORMITY = "bring_into_conformity"
    """For digital content and services (art. 43m UoPK)."""
    OTHER = "other"


class Complaint(Fact):
    """A complaint received by the trader."""

    received_on: date = Field(
        description="The day the trader received the complaint (the reply period runs from it)."
    )
    demand: Demand | None = Field(
        default=None, description="What the customer asks for, when stated."
    )
    defect_found_on: date | None = Field(
        default=None,
        description="The day the defect or non-conformity appeared (ujawnienie), when it matters.",
    )
    summary: str | None = Field(
        default=None,
        max_length=2000,
        description="The complaint in the customer's words, for the record.",
    )
