"""A shop's terms (regulamin) as data: the model and its loader, the rules applying what the
terms promise beyond the statute, and the terms linter.

* :func:`load` reads a terms file (YAML or JSON) into :class:`ShopTerms`; every problem names
  the file, the line and the field, and a misspelt key gets the right one suggested.
* :func:`promised_withdrawal`, :func:`promised_complaint_reply`, :func:`promised_refund`,
  :func:`promised_reduction_refund` and :func:`promised_conformity` take the statutory
  decision and apply the promise of the version of the terms governing the order: the more
  favourable to the customer wins, and a less favourable promise gives way to the act (art. 7
  UoPK), as the decision says.
* :func:`lint` reports each clause of a terms file that falls below the statute, with the
  article and the line (``regulamin lint TERMS``).

>>> from datetime import date
>>> from regulamin.models import Contract, Customer
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin sklepu Przykład
... cited_as: {pl: Regulaminu sklepu Przykład, en: Przykład Shop Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... promises:
...   complaint_reply: {days: 30, clause: "§ 9 ust. 2"}
... ''', "shop.yaml")
>>> order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
>>> d = promised_withdrawal(shop, Customer.consumer(), order)
>>> d.deadline, d.prevails.value                     # no promise: the act's 14 days
(datetime.date(2026, 3, 16), 'statute')
>>> [f.field for f in lint_terms(shop)]              # 30 days to reply: above art. 7a's 14
['promises.complaint_reply.days']
"""

# The rules applying a shop's own clauses register with the terms layer.
from . import (
    availability,
    business,
    maintenance,
    payments,
    price_changes,
    product_version,
    retention,
    service,
    sla,
    submissions,
    support,
)
from .lint import Finding, lint, lint_terms
from .loader import load
from .promises import (
    ConformityPromiseDecision,
    Prevails,
    PromiseDecision,
    RefundPromiseDecision,
    WithdrawalPromiseDecision,
    promised_complaint_reply,
    promised_conformity,
    promised_reduction_refund,
    promised_refund,
    promised_withdrawal,
)
from .shop import ShopTerms

__all__ = [
    "ConformityPromiseDecision",
    "Finding",
    "Prevails",
    "PromiseDecision",
    "RefundPromiseDecision",
    "ShopTerms",
    "WithdrawalPromiseDecision",
    "availability",
    "business",
    "lint",
    "lint_terms",
    "load",
    "maintenance",
    "payments",
    "price_changes",
    "product_version",
    "promised_complaint_reply",
    "promised_conformity",
    "promised_reduction_refund",
    "promised_refund",
    "promised_withdrawal",
    "retention",
    "service",
    "sla",
    "submissions",
    "support",
]
