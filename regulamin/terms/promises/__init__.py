"""What a shop's terms promise beyond the statute, applied on top of the statutory decision.

A shop may promise more than the law: 30 days to withdraw instead of 14, a reply to a
complaint within 7 days instead of 14, a faster refund. Each rule here takes the statutory
decision from the public rule function (:func:`~regulamin.rules.withdrawal.withdrawal`,
:func:`~regulamin.rules.complaints.complaint_reply`, :func:`~regulamin.rules.withdrawal.refund`,
:func:`~regulamin.rules.conformity.reduction_refund_deadline`), finds the version of the terms
that governs the order (art. 384 § 1 KC, :func:`~regulamin.rules.versions.terms_for_order`)
and applies its promise: **the more favourable to the customer wins**.

* A period the *customer* has (withdrawal): the later end wins.
* A period the *trader* has (a reply, a refund): the earlier end wins.
* **Art. 7 UoPK.** A term less favourable to the consumer than the act is void and the act
  applies in its place: a promise of 7 days to withdraw, or of 30 days to reply to a complaint,
  never shortens the statutory right, and the decision says so with the article.

The clause promising a period is cited from the shop's terms file, as the terms number it; no
shop is built into these rules. One module per promise: :mod:`.withdrawal`,
:mod:`.complaints`, :mod:`.refunds`, :mod:`.conformity`; what they share in :mod:`.common`.

>>> from datetime import date
>>> from regulamin.models import Contract, Customer, Delivery
>>> from regulamin.terms.shop import ShopTerms
>>> shop = ShopTerms.model_validate({
...     "name": "Regulamin sklepu Przykład",
...     "cited_as": {"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
...     "trader": {"name": "Przykład sp. z o.o."}, "customers": ["consumer"],
...     "policy": "from_effective_day",
...     "versions": [{"id": "v1", "published_on": "2026-01-01", "effective_from": "2026-01-01"}],
...     "promises": {"withdrawal": {"days": 30, "clause": "§ 8 ust. 1"}}})
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
>>> d = promised_withdrawal(shop, Customer.consumer(), order,
...                         deliveries=[Delivery(received_on=date(2026, 12, 10))])
>>> d.statutory_deadline, d.promised_deadline             # 30 days: Sat 9.01.2027 -> Mon 11.01
(datetime.date(2026, 12, 28), datetime.date(2027, 1, 11))
>>> d.deadline, d.prevails
(datetime.date(2027, 1, 11), <Prevails.TERMS: 'terms'>)
>>> print(d.summary.text("en"))
The right to withdraw from the contract lasts until 11 January 2027.
"""

from .common import Prevails, PromiseDecision, RefundPromiseDecision, statutory_period
from .complaints import COMPLAINT_REPLY_RULE, promised_complaint_reply
from .conformity import CONFORMITY_RULE, ConformityPromiseDecision, promised_conformity
from .refunds import (
    REDUCTION_REFUND_RULE,
    WITHDRAWAL_REFUND_RULE,
    promised_reduction_refund,
    promised_refund,
)
from .withdrawal import WITHDRAWAL_RULE, WithdrawalPromiseDecision, promised_withdrawal

__all__ = [
    "COMPLAINT_REPLY_RULE",
    "CONFORMITY_RULE",
    "REDUCTION_REFUND_RULE",
    "WITHDRAWAL_REFUND_RULE",
    "WITHDRAWAL_RULE",
    "ConformityPromiseDecision",
    "Prevails",
    "PromiseDecision",
    "RefundPromiseDecision",
    "WithdrawalPromiseDecision",
    "promised_complaint_reply",
    "promised_conformity",
    "promised_reduction_refund",
    "promised_refund",
    "promised_withdrawal",
    "statutory_period",
]
