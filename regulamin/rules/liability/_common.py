"""What every clause for traders shares: the rule ids, the buyer's status screened against
the clause, and the decision saying whether the clause binds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...decision import Decision, Reason, Undetermined
from ...law import KC
from ...messages import Message
from ...models import Customer
from ...reasons import undetermined
from ..status import Status, customer_status

CAP_RULE = "liability.cap"
WARRANTY_RULE = "liability.warranty_exclusion"
SELLER_WITHDRAWAL_RULE = "liability.seller_withdrawal"
TERMINATION_RULE = "liability.account_termination"
PREPAYMENT_RULE = "liability.prepayment"
COURT_RULE = "liability.court_of_seller_seat"

UNFAIR_TERMS = KC.art("385¹", "1")
PNPK_UNFAIR_TERMS = KC.art("385⁵")
UNFAIR_LIMITATION = KC.art("385³", None, "2")
"""Art. 385³ pkt 2 KC: a term excluding or limiting liability for non-performance."""


@dataclass(frozen=True, slots=True)
class Protection:
    """Why a clause for traders does not bind a consumer, and (from 2021) a PNPK. Before 2021
    the status rule never answers PNPK, so those versions give no PNPK reasons."""

    consumer: tuple[Reason, ...]
    pnpk: tuple[Reason, ...] = ()

    def reasons(self, status: Status) -> tuple[Reason, ...]:
        return self.consumer if status is Status.CONSUMER else self.pnpk

    def with_pnpk(self, rule_id: str, *pnpk: Reason) -> Protection:
        """Art. 385⁵ KC: the unfair-terms rules protect a PNPK as they protect a consumer;
        ``pnpk`` are the reasons of its own, if any, else the consumer's."""
        extension = Reason(rule_id, "liability.pnpk_like_consumer", (PNPK_UNFAIR_TERMS,))
        return Protection(self.consumer, (extension, *(pnpk or self.consumer)))


def status_and_protection(
    rule_id: str, customer: Customer, on: date, protection: Protection
) -> tuple[Status | Undetermined, list[Reason]]:
    """The buyer's status, with the reasons a clause for traders does not bind anyone else."""
    decided = customer_status(customer, on)
    if isinstance(decided.outcome, Undetermined):
        return decided.outcome, [decided.summary, *decided.reasons]
    status = decided.outcome
    if status is Status.TRADER:
        return status, [decided.summary]
    only = Reason(rule_id, "liability.for_traders_only")
    return status, [decided.summary, only, *protection.reasons(status)]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseDecision(Decision[bool]):
    """Does a clause meant for traders bind this customer? ``status`` is the buyer's status
    (``None`` when it cannot be determined)."""

    status: Status | None = None


@dataclass(frozen=True, slots=True)
class Summaries:
    """A clause rule's summaries: the clause binds, it does not, or it cannot be told."""

    binds: Message
    does_not_bind: Message
    undetermined: Message


def clause_summary(rule_id: str, outcome: bool | Undetermined, says: Summaries) -> Reason:
    """The summary ``says`` for ``outcome``."""
    if isinstance(outcome, Undetermined):
        return undetermined(rule_id, says.undetermined.id, outcome.missing)
    return Reason(rule_id, (says.binds if outcome else says.does_not_bind).id)


def clause_decision(
    rule_id: str,
    on: date,
    outcome: bool | Undetermined,
    reasons: list[Reason],
    status: Status | Undetermined,
    *,
    says: Summaries,
) -> ClauseDecision:
    return ClauseDecision(
        rule=rule_id,
        outcome=outcome,
        summary=clause_summary(rule_id, outcome, says),
        reasons=tuple(reasons),
        law_as_of=on,
        status=None if isinstance(status, Undetermined) else status,
    )
