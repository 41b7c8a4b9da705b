"""Clauses a shop keeps for business customers only, and when such a clause binds the buyer:
the liability cap and the exclusion of lost profits, the exclusion of the statutory warranty,
the seller's own right to withdraw, immediate account termination, prepayment, and the court
of the seller's seat. Each rule takes the clause's content as data; which shop wrote it, and
in which paragraph, is the business of :mod:`regulamin.terms.business`.

**Art. 471 and 361 § 2 KC.** A debtor who fails to perform, or performs improperly, repairs
the damage: the loss suffered and the profits lost, "unless a statute or *the contract*
provides otherwise". Between traders the terms may therefore cap liability (at the
remuneration paid for the service, or at a stated amount) and exclude lost profits, except
that

* **art. 473 § 2 KC**: a stipulation that the debtor is not liable for damage it may cause
  *intentionally* is void; by a setting that is on by default, the library treats **gross
  negligence** the same way (interpretation: disputed in the literature, LAW.md [check]);
* **art. 385³ pkt 2 KC**: towards a **consumer** a term excluding or substantially limiting
  liability for non-performance is presumed unfair and does not bind (art. 385¹ § 1);
  **art. 385⁵ KC** (contracts from 2021-01-01) gives a **PNPK** the same protection.

The other clauses bind traders only, each for its own reason when the buyer is a consumer or
a PNPK: the warranty exclusion (art. 558 § 1 KC, never where the seller fraudulently
concealed the defect, § 2), the seller's right to withdraw within a reserved period of
conclusion (art. 395 § 1 KC; the deadline is computed by art. 111 § 2 and 115 KC), immediate
termination of the account (art. 365¹ KC; for a consumer art. 385³ pkt 15), prepayment and
restricted payment methods (art. 353¹ KC), and the court of the seller's seat (art. 46 § 1
KPC; for a consumer art. 385³ pkt 23).

The buyer's status comes from :func:`~regulamin.rules.status.customer_status`: a status that
cannot be determined makes every answer here undetermined, naming the same missing fact.

>>> from datetime import date
>>> from regulamin.models import CapBasis, Customer, DamageClaim, LiabilityClause
>>> clause = LiabilityClause(cap=CapBasis.REMUNERATION_PAID, excludes_lost_profits=True)
>>> claim = DamageClaim(actual_loss="1200.00", lost_profits="5000.00", fault="negligence",
...                     remuneration_paid="300.00")
>>> limited_damages(Customer.company(), date(2026, 3, 2), clause, claim).outcome
Decimal('300.00')
>>> limited_damages(Customer.consumer(), date(2026, 3, 2), clause, claim).outcome
Decimal('6200.00')
>>> reserved_withdrawal(Customer.company(), date(2026, 12, 10), 14).deadline  # 24.12: Wigilia
datetime.date(2026, 12, 28)
"""


from ._common import (
    CAP_RULE,
    COURT_RULE,
    PREPAYMENT_RULE,
    SELLER_WITHDRAWAL_RULE,
    TERMINATION_RULE,
    WARRANTY_RULE,
    ClauseDecision,
)
from .cap import LiabilityDecision, limited_damages
from .seller_withdrawal import SellerWithdrawalDecision, reserved_withdrawal
from .trader_clauses import court_binds, prepayment_binds, termination_binds
from .warranty import warranty_exclusion_binds

__all__ = [
    "CAP_RULE",
    "COURT_RULE",
    "PREPAYMENT_RULE",
    "SELLER_WITHDRAWAL_RULE",
    "TERMINATION_RULE",
    "WARRANTY_RULE",
    "ClauseDecision",
    "LiabilityDecision",
    "SellerWithdrawalDecision",
    "court_binds",
    "limited_damages",
    "prepayment_binds",
    "reserved_withdrawal",
    "termination_binds",
    "warranty_exclusion_binds",
]
