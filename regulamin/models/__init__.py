"""Facts: frozen, validated pydantic models. Data only; this package imports nothing else of
regulamin's, so every layer above can use it."""

from .base import Fact, Instant, Money
from .complaint import Complaint, Demand
from .contract import Channel, Contract, Delivery, OffPremisesSetting, Subject
from .parties import Customer, PersonKind, PkdCode
from .prices import PriceHistory, PricePoint
from .terms import TermsVersion

__all__ = [
    "Channel",
    "Complaint",
    "Contract",
    "Customer",
    "Delivery",
    "Demand",
    "Fact",
    "Instant",
    "Money",
    "OffPremisesSetting",
    "PersonKind",
    "PkdCode",
    "PriceHistory",
    "PricePoint",
    "Subject",
    "TermsVersion",
]
