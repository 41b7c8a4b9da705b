"""A hosting provider's service clauses as terms rules: each applies the clauses of the shop's
own terms (``terms``, required), and cites the clause the terms file says states each number.

* :mod:`.conclusion`: the contract is concluded when the confirming e-mail reaches the
  customer (art. 70 § 1, 61 § 2, 71 KC);
* :mod:`.activation`: the service is activated within the terms' hours of the payment;
* :mod:`.limits`: suspension on the terms' grounds, the plans' transfer and e-mail limits;
* :mod:`.periods`: removing faults, considering website complaints and DSA appeals within the
  terms' days (art. 111 § 2, 115 KC).

No shop is built in: the terms are data, one file per shop (the examples hold two).

>>> from datetime import datetime
>>> from regulamin.calendars import WARSAW
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... service:
...   plans: [{name: MINI, transfer_limit_gb: 10, email_limit_per_day: 100,
...            sla: {first_reply_hours: 4, restore_hours: 24, holidays_on_extended_days: false}}]
...   activation_hours: 48
...   fault_fix_days: 7
...   website_complaint_days: 21
...   appeal_days: 10
...   clauses: {activation_hours: "§ 2 ust. 3"}
...   payment: {due_days: 7, reminder_days: [1], shutdown_days: 14}
... ''', "shop.yaml")
>>> booked = datetime(2026, 10, 24, 10, 0, tzinfo=WARSAW)      # Saturday, CEST
>>> d = activation_deadline((ServiceItem(name="VPS"),), booked, terms=shop)
>>> d.outcome.isoformat(), [c.pl() for c in d.reasons[0].basis]
('2026-10-26T09:00:00+01:00', ['§ 2 ust. 3 Regulaminu Przykład'])
"""

from ...models.service import ServiceItem
from ..clauses import DueDecision, TimeDecision
from .activation import ACTIVATION_RULE, activation_deadline
from .conclusion import CONCLUSION_RULE, ConclusionDecision, contract_conclusion
from .limits import (
    EMAIL_LIMIT_RULE,
    SUSPENSION_RULE,
    TRANSFER_LIMIT_RULE,
    Gigabytes,
    LimitDecision,
    LimitMeasure,
    email_limit,
    suspension,
    transfer_limit,
)
from .periods import (
    APPEAL_RULE,
    FAULT_FIX_RULE,
    UOSUDE,
    WEBSITE_COMPLAINT_RULE,
    dsa_appeal,
    fault_fix_deadline,
    website_complaint,
)

__all__ = [
    "ACTIVATION_RULE",
    "APPEAL_RULE",
    "CONCLUSION_RULE",
    "EMAIL_LIMIT_RULE",
    "FAULT_FIX_RULE",
    "SUSPENSION_RULE",
    "TRANSFER_LIMIT_RULE",
    "UOSUDE",
    "WEBSITE_COMPLAINT_RULE",
    "ConclusionDecision",
    "DueDecision",
    "Gigabytes",
    "LimitDecision",
    "LimitMeasure",
    "ServiceItem",
    "TimeDecision",
    "activation_deadline",
    "contract_conclusion",
    "dsa_appeal",
    "email_limit",
    "fault_fix_deadline",
    "suspension",
    "transfer_limit",
    "website_complaint",
]
