"""Conformity with the contract: which regime, how long the trader is liable, what is presumed,
the remedies ladder, and the refund deadlines. One module by topic:

* :mod:`.regime`: chapter 5a UoPK (goods, art. 43a-43g) or 5b (digital content and digital
  services, art. 43h-43q) for a consumer or PNPK under a contract from 2023-01-01; rękojmia of
  the Civil Code (art. 556-576 KC) for a trader buyer and for everyone before 2023.
* :mod:`.goods` (art. 43c UoPK), :mod:`.digital` (art. 43l UoPK), :mod:`.rekojmia` (art. 556²,
  558, 568 KC): the liability and presumption periods, each the time within which a defect
  must *appear*, so never rolled forward to a working day; :mod:`.liability` applies the one
  the regime names.
* :mod:`.remedies`: repair or replacement (art. 43d) or bringing into conformity (art. 43m),
  then a price reduction or withdrawal (art. 43e ust. 1, 43n ust. 1).
* :mod:`.refunds`: 14 days from a price-reduction statement (art. 43e ust. 3, 43o ust. 6), and
  after withdrawal from the goods or proof of their dispatch (art. 43e ust. 6); deadlines for
  an act, so their end rolls forward (art. 115 KC).

>>> from datetime import date
>>> from regulamin.models import Contract, Customer
>>> from regulamin.models.conformity import ConformityFacts
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2024, 2, 20))
>>> d = conformity_liability(Customer.consumer(), order,
...                          ConformityFacts(delivered_on=date(2024, 2, 29)), date(2025, 8, 29))
>>> d.outcome, d.presumed, d.liability_ends
(True, True, datetime.date(2026, 2, 28))
>>> print(d.summary.text("uk"))  # doctest: +NORMALIZE_WHITESPACE
Підприємець відповідає за невідповідність товару договору, яка виявилася 29 серпня 2025 р.;
презюмується, що вона існувала на момент постачання.
"""

from __future__ import annotations

from .digital import digital_liability
from .goods import goods_liability
from .liability import conformity_liability
from .periods import DIGITAL, GOODS, LIABILITY, REKOJMIA, LiabilityDecision
from .refunds import (
    REDUCTION_REFUND,
    WITHDRAWAL_REFUND,
    reduction_refund_deadline,
    withdrawal_refund_deadline,
)
from .regime import REGIME, Regime, RegimeDecision, conformity_regime
from .rekojmia import rekojmia_liability
from .remedies import REMEDIES, REMEDY_LABELS, RemedyDecision, conformity_remedies

__all__ = [
    "DIGITAL",
    "GOODS",
    "LIABILITY",
    "REDUCTION_REFUND",
    "REGIME",
    "REKOJMIA",
    "REMEDIES",
    "REMEDY_LABELS",
    "WITHDRAWAL_REFUND",
    "LiabilityDecision",
    "Regime",
    "RegimeDecision",
    "RemedyDecision",
    "conformity_liability",
    "conformity_regime",
    "conformity_remedies",
    "digital_liability",
    "goods_liability",
    "reduction_refund_deadline",
    "rekojmia_liability",
    "withdrawal_refund_deadline",
]
