"""regulamin: Polish e-commerce terms and the consumer law behind them, as rules in code.

Facts go in as typed, validated models; every rule returns a :class:`Decision` with its
outcome, deadline and reasons (rule, legal basis, a line in Polish and English). Nothing
reads a clock, a file or a global: "today" is always a parameter.

>>> from datetime import date
>>> import regulamin as rg
>>> rg.customer_status(rg.Customer.consumer(), date(2026, 12, 1)).outcome
<Status.CONSUMER: 'consumer'>
"""

from . import calendars
from .decision import Decision, Percent, Reason, Text, Undetermined
from .errors import InvalidFacts, LawNotCovered, RegulaminError, UnknownRule
from .models import (
    Channel,
    Complaint,
    Contract,
    Customer,
    Delivery,
    Demand,
    OffPremisesSetting,
    PersonKind,
    PriceHistory,
    PricePoint,
    Subject,
    TermsVersion,
)
from .registry import REGISTRY
from .rules.status import Status, customer_status

__version__ = "0.1.0"

__all__ = [
    "REGISTRY",
    "Channel",
    "Complaint",
    "Contract",
    "Customer",
    "Decision",
    "Delivery",
    "Demand",
    "InvalidFacts",
    "LawNotCovered",
    "OffPremisesSetting",
    "Percent",
    "PersonKind",
    "PriceHistory",
    "PricePoint",
    "Reason",
    "RegulaminError",
    "Status",
    "Subject",
    "TermsVersion",
    "Text",
    "Undetermined",
    "UnknownRule",
    "calendars",
    "customer_status",
]
