"""Art. 365¹ KC (termination), art. 353¹ KC (prepayment) and art. 46 § 1 KPC (the court of the
seller's seat), each presumed unfair or reviewed towards a consumer (art. 385³ pkt 15 and 23,
385¹ § 1 KC) and, from 2021, towards a PNPK (art. 385⁵ KC)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...decision import Reason, Undetermined
from ...law import KC, KPC, PNPK_2021, UOPK_IN_FORCE, Citation
from ...messages import Message
from ...models import Customer
from ...registry import Interpretation, rule
from ..status import Status
from ._common import (
    COURT_RULE,
    PNPK_UNFAIR_TERMS,
    PREPAYMENT_RULE,
    TERMINATION_RULE,
    UNFAIR_TERMS,
    ClauseDecision,
    Protection,
    Summaries,
    clause_decision,
    status_and_protection,
)

__all__ = ["court_binds", "prepayment_binds", "termination_binds"]


@dataclass(frozen=True, slots=True)
class _TraderClause:
    """A clause that binds every trader for one reason of law, and nobody else."""

    rule_id: str
    says: Summaries
    consumer: tuple[Message, tuple[Citation, ...]]
    """Why it does not bind a consumer, and the provisions saying so."""
    trader: tuple[Message, tuple[Citation, ...]]
    """Why it binds a trader, and the provisions saying so."""

    def protection(self, *, pnpk: bool) -> Protection:
        """Who the clause does not bind: a consumer; from 2021 a PNPK too (art. 385⁵ KC)."""
        why, because = self.consumer
        consumer = Protection((Reason(self.rule_id, why.id, because),))
        return consumer.with_pnpk(self.rule_id) if pnpk else consumer

    def apply(self, protection: Protection, customer: Customer, on: date) -> ClauseDecision:
        status, reasons = status_and_protection(self.rule_id, customer, on, protection)
        outcome: bool | Undetermined = status if isinstance(status, Undetermined) else False
        if status is Status.TRADER:
            outcome = True
            why, basis = self.trader
            reasons.append(Reason(self.rule_id, why.id, basis))
        return clause_decision(self.rule_id, on, outcome, reasons, status, says=self.says)


@rule(TERMINATION_RULE, on="concluded_on")
def termination_binds(customer: Customer, concluded_on: date) -> ClauseDecision:
    """May the seller terminate ``customer``'s account at once, without giving reasons? Valid
    between traders (art. 365¹ KC), presumed unfair towards a consumer (art. 385³ pkt 15 KC)."""
    raise NotImplementedError  # the signature: the registry applies a version


@rule(PREPAYMENT_RULE, on="concluded_on")
def prepayment_binds(customer: Customer, concluded_on: date) -> ClauseDecision:
    """May the seller restrict ``customer``'s payment methods or require prepayment? Freedom of
    contract between traders (art. 353¹ KC); towards a consumer the clause, meant for traders,
    is subject to unfair-terms control (art. 385¹ § 1 KC)."""
    raise NotImplementedError  # the signature: the registry applies a version


@rule(COURT_RULE, on="concluded_on")
def court_binds(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Must ``customer`` bring disputes to the court of the seller's seat? A prorogation
    agreement between traders (art. 46 § 1 KPC), presumed unfair towards a consumer (art. 385³
    pkt 23 KC)."""
    raise NotImplementedError  # the signature: the registry applies a version


_TERMINATION_CONSUMER = KC.art("385³", None, "15")
_COURT_CONSUMER = KC.art("385³", None, "23")
_TERMINATION = _TraderClause(
    TERMINATION_RULE,
    Summaries(
        Message("liability.account_termination.binds"),
        Message("liability.account_termination.does_not_bind"),
        Message("liability.account_termination.undetermined"),
    ),
    (Message("liability.account_termination.consumer"), (_TERMINATION_CONSUMER, UNFAIR_TERMS)),
    (Message("liability.account_termination.trader"), (KC.art("365¹"),)),
)
_PREPAYMENT = _TraderClause(
    PREPAYMENT_RULE,
    Summaries(
        Message("liability.prepayment.binds"),
        Message("liability.prepayment.does_not_bind"),
        Message("liability.prepayment.undetermined"),
    ),
    (Message("liability.prepayment.consumer"), (UNFAIR_TERMS,)),
    (Message("liability.prepayment.trader"), (KC.art("353¹"),)),
)
_COURT = _TraderClause(
    COURT_RULE,
    Summaries(
        Message("liability.court_of_seller_seat.binds"),
        Message("liability.court_of_seller_seat.does_not_bind"),
        Message("liability.court_of_seller_seat.undetermined"),
    ),
    (Message("liability.court_of_seller_seat.consumer"), (_COURT_CONSUMER, UNFAIR_TERMS)),
    (Message("liability.court_of_seller_seat.trader"), (KPC.art("46", "1"),)),
)
_CONSUMER_ONLY = {
    clause: clause.protection(pnpk=False) for clause in (_TERMINATION, _PREPAYMENT, _COURT)
}
_PNPK_TOO = {clause: clause.protection(pnpk=True) for clause in (_TERMINATION, _PREPAYMENT, _COURT)}


@termination_binds.version(
    since=UOPK_IN_FORCE, until=PNPK_2021, basis=(KC.art("365¹"), _TERMINATION_CONSUMER)
)
def _termination_2014(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Contracts to 2020: valid between traders (art. 365¹ KC), presumed unfair towards a
    consumer (art. 385³ pkt 15 KC)."""
    return _TERMINATION.apply(_CONSUMER_ONLY[_TERMINATION], customer, concluded_on)


@termination_binds.version(
    since=PNPK_2021, basis=(KC.art("365¹"), _TERMINATION_CONSUMER, PNPK_UNFAIR_TERMS)
)
def _termination_2021(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Contracts from 2021: the same, and not towards a PNPK either (art. 385⁵ KC)."""
    return _TERMINATION.apply(_PNPK_TOO[_TERMINATION], customer, concluded_on)


@prepayment_binds.version(
    since=UOPK_IN_FORCE,
    until=PNPK_2021,
    basis=(KC.art("353¹"), UNFAIR_TERMS),
    interpretations=(Interpretation("liability.prepayment.traders_only"),),
)
def _prepayment_2014(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Contracts to 2020: freedom of contract between traders (art. 353¹ KC); towards a
    consumer the clause, meant for traders, is subject to unfair-terms control (art. 385¹ § 1
    KC)."""
    return _PREPAYMENT.apply(_CONSUMER_ONLY[_PREPAYMENT], customer, concluded_on)


@prepayment_binds.version(since=PNPK_2021, basis=(KC.art("353¹"), UNFAIR_TERMS, PNPK_UNFAIR_TERMS))
def _prepayment_2021(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Contracts from 2021: the same, and not towards a PNPK either (art. 385⁵ KC)."""
    return _PREPAYMENT.apply(_PNPK_TOO[_PREPAYMENT], customer, concluded_on)


@court_binds.version(
    since=UOPK_IN_FORCE,
    until=PNPK_2021,
    basis=(KPC.art("46", "1"), _COURT_CONSUMER),
    interpretations=(Interpretation("liability.court_of_seller_seat.agreement_form"),),
)
def _court_2014(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Contracts to 2020: a prorogation agreement between traders (art. 46 § 1 KPC), presumed
    unfair towards a consumer (art. 385³ pkt 23 KC)."""
    return _COURT.apply(_CONSUMER_ONLY[_COURT], customer, concluded_on)


@court_binds.version(
    since=PNPK_2021, basis=(KPC.art("46", "1"), _COURT_CONSUMER, PNPK_UNFAIR_TERMS)
)
def _court_2021(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Contracts from 2021: the same, and not towards a PNPK either (art. 385⁵ KC)."""
    return _COURT.apply(_PNPK_TOO[_COURT], customer, concluded_on)
