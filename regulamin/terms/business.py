"""A shop's clauses for business customers, applied to a contract: the rules of
:mod:`regulamin.rules.liability` given the clause the shop's terms write, in the version of
the terms in force on the day the contract was concluded, citing that clause.

Each function takes the shop's terms as the keyword ``terms`` (there are no default terms:
the library has no shop built in) and reads the clause from their ``business`` section
(:class:`~regulamin.terms.shop.BusinessClauses`). A decision begins with the reason citing the
shop's clause (``§ 9 ust. 3 Regulaminu sklepu Przykład`` below), then, when the terms
themselves do not address the buyer's status, the clause saying whom they bind, then the
statute's reasons. Terms with no such clause, or no version in force on the day, are
:class:`~regulamin.errors.InvalidFacts` naming the field of the terms.

>>> from datetime import date
>>> from regulamin.models import Customer, DamageClaim
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin sklepu Przykład
... cited_as: {pl: Regulaminu sklepu Przykład, en: Przykład Shop Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [trader]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... business:
...   applies_to: [trader]
...   clause: "§ 9 ust. 1"
...   liability_cap:
...     clause: "§ 9 ust. 3"
...     limits: {cap: fixed_amount, cap_amount: "500.00"}
... ''', "shop.yaml")
>>> claim = DamageClaim(actual_loss="1200.00", fault="negligence")
>>> d = liability_cap(Customer.company(), date(2026, 3, 2), claim, terms=shop)
>>> d.outcome
Decimal('500.00')
>>> print(d.reasons[0].line("pl"))  # doctest: +NORMALIZE_WHITESPACE
Regulamin ogranicza odpowiedzialność sprzedawcy wobec klientów będących przedsiębiorcami
(§ 9 ust. 3 Regulaminu sklepu Przykład).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, TypeVar

from ..decision import Decision, Reason
from ..errors import InvalidFacts
from ..messages import Message
from ..models import Customer
from ..models.clauses import ClauseRef
from ..models.liability import DamageClaim
from ..rules.liability import (
    ClauseDecision,
    LiabilityDecision,
    SellerWithdrawalDecision,
    court_binds,
    limited_damages,
    prepayment_binds,
    reserved_withdrawal,
    termination_binds,
    warranty_exclusion_binds,
)
from ..rules.status import status_label
from .shop import BusinessClauses, ShopTerms

__all__ = [
    "account_termination",
    "court_of_seller_seat",
    "liability_cap",
    "prepayment",
    "seller_withdrawal",
    "warranty_exclusion",
]

D = TypeVar("D", bound=Decision[Any])


def _clauses(terms: ShopTerms, concluded_on: date, name: str) -> tuple[BusinessClauses, Any]:
    """The business section of the version in force on ``concluded_on``, and its clause
    ``name``; :class:`InvalidFacts` if that version has none."""
    business = terms.in_force(concluded_on).business
    if business is None:
        raise InvalidFacts("terms.business", f"{terms.name} keep no clauses for business")
    clause = getattr(business, name)
    if clause is None:
        raise InvalidFacts(f"terms.business.{name}", f"{terms.name} have no such clause")
    return business, clause


def _citing(
    decision: D, terms: ShopTerms, business: BusinessClauses, clause: ClauseRef, says: Message
) -> D:
    """``decision`` with the reason citing the shop's ``clause`` first (what the clause
    ``says``), and the clause on whom the section binds when it does not address the buyer's
    status."""
    rule_id = decision.rule
    reasons = [Reason(rule_id, says.id, (terms.cite(clause),), says.params)]
    status = getattr(decision, "status", None)
    if status is not None and status not in business.applies_to:
        addressed = {"status": status_label(status)}
        cited = (terms.cite(business.clause),)
        reasons.append(Reason(rule_id, "business.not_addressed", cited, addressed))
    return dataclasses.replace(decision, reasons=(*reasons, *decision.reasons))


def liability_cap(
    customer: Customer,
    concluded_on: date,
    claim: DamageClaim,
    *,
    terms: ShopTerms,
    gross_negligence_voids_limits: bool = True,
) -> LiabilityDecision:
    """The damages ``customer`` may claim under the cap of the shop's ``terms``."""
    business, cap = _clauses(terms, concluded_on, "liability_cap")
    decision = limited_damages(
        customer,
        concluded_on,
        cap.limits,
        claim,
        gross_negligence_voids_limits=gross_negligence_voids_limits,
    )
    return _citing(decision, terms, business, cap.clause, Message("business.liability_cap"))


def warranty_exclusion(
    customer: Customer,
    concluded_on: date,
    *,
    terms: ShopTerms,
    fraudulently_concealed: bool | None = None,
) -> ClauseDecision:
    """Does the exclusion of the warranty in the shop's ``terms`` bind ``customer``?"""
    business, excluded = _clauses(terms, concluded_on, "warranty_exclusion")
    decision = warranty_exclusion_binds(
        customer, concluded_on, fraudulently_concealed=fraudulently_concealed
    )
    says = Message("business.warranty_exclusion")
    return _citing(decision, terms, business, excluded.clause, says)


def seller_withdrawal(
    customer: Customer,
    concluded_on: date,
    *,
    terms: ShopTerms,
    statement_received_on: date | None = None,
) -> SellerWithdrawalDecision:
    """May the seller withdraw within the days the shop's ``terms`` reserve, and did it?"""
    business, reserved = _clauses(terms, concluded_on, "seller_withdrawal")
    decision = reserved_withdrawal(
        customer, concluded_on, reserved.days, statement_received_on=statement_received_on
    )
    says = Message("business.seller_withdrawal", n=reserved.days)
    return _citing(decision, terms, business, reserved.clause, says)


def account_termination(
    customer: Customer, concluded_on: date, *, terms: ShopTerms
) -> ClauseDecision:
    """May the seller terminate ``customer``'s account at once, as the shop's ``terms`` say?"""
    business, clause = _clauses(terms, concluded_on, "account_termination")
    decision = termination_binds(customer, concluded_on)
    says = Message("business.account_termination")
    return _citing(decision, terms, business, clause.clause, says)


def prepayment(customer: Customer, concluded_on: date, *, terms: ShopTerms) -> ClauseDecision:
    """May the seller restrict ``customer``'s payment methods or require prepayment, as the
    shop's ``terms`` say?"""
    business, clause = _clauses(terms, concluded_on, "prepayment")
    decision = prepayment_binds(customer, concluded_on)
    return _citing(decision, terms, business, clause.clause, Message("business.prepayment"))


def court_of_seller_seat(
    customer: Customer, concluded_on: date, *, terms: ShopTerms
) -> ClauseDecision:
    """Must ``customer`` bring disputes to the court of the seller's seat, as the shop's
    ``terms`` say?"""
    business, clause = _clauses(terms, concluded_on, "court_of_seller_seat")
    decision = court_binds(customer, concluded_on)
    says = Message("business.court_of_seller_seat")
    return _citing(decision, terms, business, clause.clause, says)


# The scenario runner, the command line and the service call a rule's entry: for these rules,
# the functions above, which read the clause from the shop's terms.
limited_damages.entry = liability_cap
warranty_exclusion_binds.entry = warranty_exclusion
reserved_withdrawal.entry = seller_withdrawal
termination_binds.entry = account_termination
prepayment_binds.entry = prepayment
court_binds.entry = court_of_seller_seat
