"""Art. 365¹ KC (termination), art. 353¹ KC (prepayment) and art. 46 § 1 KPC (the court of the
seller's seat), each presumed unfair or reviewed towards a consumer (art. 385³ pkt 15 and 23,
385¹ § 1 KC) and, from 2021, towards a PNPK (art. 385⁵ KC)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ...decision import Reason, Undetermined
from ...law import KC, KPC, PNPK_2021, UOPK_IN_FORCE, Citation
from ...messages import Message
from ...models import Customer
from ...registry import Interpretation, Rule, rule
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
    screen,
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
    law: str
    """The articles' paraphrase, the versions' docstring."""

    def apply(self, protection: Protection, customer: Customer, on: date) -> ClauseDecision:
        status, reasons = screen(self.rule_id, customer, on, protection)
        outcome: bool | Undetermined = status if isinstance(status, Undetermined) else False
        if status is Status.TRADER:
            outcome = True
            why, basis = self.trader
            reasons.append(Reason(self.rule_id, why.id, basis))
        return clause_decision(self.rule_id, on, outcome, reasons, status, says=self.says)

    def register(
        self,
        declared: Rule[[Customer, date], ClauseDecision],
        basis: tuple[Citation, ...],
        interpretations: tuple[Interpretation, ...] = (),
    ) -> None:
        """Two versions: contracts to 2020, protecting a consumer, and from 2021, protecting
        a PNPK the same way (art. 385⁵ KC)."""
        why, because = self.consumer
        consumer = Protection((Reason(self.rule_id, why.id, because),))
        eras = (
            (UOPK_IN_FORCE, PNPK_2021, basis, consumer, interpretations),
            (PNPK_2021, None, (*basis, PNPK_UNFAIR_TERMS), consumer.with_pnpk(self.rule_id), ()),
        )
        docs = (
            f"Contracts to 2020: {self.law}",
            f"Contracts from 2021: {self.law} Not towards a PNPK either (art. 385⁵ KC).",
        )
        for (since, end, cited, protection, notes), doc in zip(eras, docs, strict=True):
            declared.version(since=since, until=end, basis=cited, interpretations=notes)(
                self._version(protection, since.name, doc)
            )

    def _version(
        self, protection: Protection, era: str, doc: str
    ) -> Callable[[Customer, date], ClauseDecision]:
        def version(customer: Customer, concluded_on: date) -> ClauseDecision:
            return self.apply(protection, customer, concluded_on)

        version.__doc__ = doc
        version.__name__ = version.__qualname__ = f"_{self.rule_id.partition('.')[2]}_{era}"
        return version


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
_TraderClause(
    TERMINATION_RULE,
    Summaries(
        Message("liability.account_termination.binds"),
        Message("liability.account_termination.does_not_bind"),
        Message("liability.account_termination.undetermined"),
    ),
    (Message("liability.account_termination.consumer"), (_TERMINATION_CONSUMER, UNFAIR_TERMS)),
    (Message("liability.account_termination.trader"), (KC.art("365¹"),)),
    "valid between traders (art. 365¹ KC), presumed unfair towards a consumer (art. 385³ pkt "
    "15 KC).",
).register(termination_binds, (KC.art("365¹"), _TERMINATION_CONSUMER))
_TraderClause(
    PREPAYMENT_RULE,
    Summaries(
        Message("liability.prepayment.binds"),
        Message("liability.prepayment.does_not_bind"),
        Message("liability.prepayment.undetermined"),
    ),
    (Message("liability.prepayment.consumer"), (UNFAIR_TERMS,)),
    (Message("liability.prepayment.trader"), (KC.art("353¹"),)),
    "freedom of contract between traders (art. 353¹ KC); towards a consumer the clause, meant "
    "for traders, is subject to unfair-terms control (art. 385¹ § 1 KC).",
).register(
    prepayment_binds,
    (KC.art("353¹"), UNFAIR_TERMS),
    (Interpretation("liability.prepayment.traders_only"),),
)
_TraderClause(
    COURT_RULE,
    Summaries(
        Message("liability.court_of_seller_seat.binds"),
        Message("liability.court_of_seller_seat.does_not_bind"),
        Message("liability.court_of_seller_seat.undetermined"),
    ),
    (Message("liability.court_of_seller_seat.consumer"), (_COURT_CONSUMER, UNFAIR_TERMS)),
    (Message("liability.court_of_seller_seat.trader"), (KPC.art("46", "1"),)),
    "a prorogation agreement between traders (art. 46 § 1 KPC), presumed unfair towards a "
    "consumer (art. 385³ pkt 23 KC).",
).register(
    court_binds,
    (KPC.art("46", "1"), _COURT_CONSUMER),
    (Interpretation("liability.court_of_seller_seat.agreement_form"),),
)
