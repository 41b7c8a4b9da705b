"""Art. 395 § 1 KC with art. 110, 111 § 2, 115 and 61 § 1 KC: the seller's right to withdraw
within a period reserved in the contract, and whether its statement came in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...calendars import Counting
from ...decision import Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC, PNPK_2021, UOPK_IN_FORCE
from ...messages import Message
from ...models import Customer
from ...reasons import count_days, in_time, not_before
from ...registry import Interpretation, rule
from ..status import Status
from ._common import (
    PNPK_UNFAIR_TERMS,
    SELLER_WITHDRAWAL_RULE,
    UNFAIR_TERMS,
    ClauseDecision,
    Protection,
    Summaries,
    clause_summary,
    status_and_protection,
)

__all__ = ["SellerWithdrawalDecision", "reserved_withdrawal"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SellerWithdrawalDecision(ClauseDecision):
    """Whether the seller may withdraw (or, given its statement, withdrew in time).

    ``deadline`` is the last day for the statement to reach the customer, after roll-forward;
    ``period_end`` is the end by counting alone.
    """

    period_end: date | None = None
    statement_timely: bool | None = None


_RESERVED_WITHDRAWAL = KC.art("395", "1")
_CONTRACTUAL_PERIOD = KC.art("110")
"""Art. 110 KC: a period set by a contract is counted like a statutory one."""
_STATEMENT_REACHES = KC.art("61", "1")
_WITHDRAWAL_BASIS = (_RESERVED_WITHDRAWAL, KC.art("111", "2"), KC.art("115"), UNFAIR_TERMS)
_WITHDRAWAL_PROTECTION = Protection(
    (Reason(SELLER_WITHDRAWAL_RULE, "liability.unfair_to_consumer", (UNFAIR_TERMS,)),)
)


_SUMMARIES = Summaries(
    Message("liability.seller_withdrawal.binds"),
    Message("liability.seller_withdrawal.does_not_bind"),
    Message("liability.seller_withdrawal.undetermined"),
)


def _withdrawal_summary(outcome: bool, due: date, received_on: date | None) -> Reason:
    rule_id = SELLER_WITHDRAWAL_RULE
    if received_on is None:
        return Reason(rule_id, "liability.seller_withdrawal.may_withdraw", (), {"day": due})
    if outcome:
        received = {"received": received_on}
        return Reason(rule_id, "liability.seller_withdrawal.withdrew", (), received)
    return Reason(rule_id, "liability.seller_withdrawal.late", (), {"due": due})


def _timely(on: date, due: date, received_on: date | None) -> tuple[bool | None, list[Reason]]:
    """Art. 61 § 1 KC: the statement takes effect when it reaches the customer."""
    if received_on is None:
        return None, []
    not_before("statement_received_on", received_on, on, "the contract")
    reached = Message("liability.seller_withdrawal.reached")
    timely, reason = in_time(
        SELLER_WITHDRAWAL_RULE, reached, received_on, due, (_STATEMENT_REACHES,)
    )
    return timely, [reason]


def _seller_withdrawal(
    protection: Protection, customer: Customer, on: date, days: int, received_on: date | None
) -> SellerWithdrawalDecision:
    """Art. 395 § 1 KC: a right to withdraw reserved for a fixed period; the period is counted
    like a statutory one (art. 110-111 KC), and the statement is an act, so its end rolls
    forward (art. 115 KC)."""
    if days < 1:
        raise InvalidFacts("days", f"a withdrawal period has at least one day, not {days}")
    rule_id = SELLER_WITHDRAWAL_RULE
    status, reasons = status_and_protection(rule_id, customer, on, protection)
    if status is not Status.TRADER:
        outcome = status if isinstance(status, Undetermined) else False
        return SellerWithdrawalDecision(
            rule=rule_id,
            outcome=outcome,
            summary=clause_summary(rule_id, outcome, _SUMMARIES),
            reasons=tuple(reasons),
            law_as_of=on,
            status=None if isinstance(status, Undetermined) else status,
        )
    reserved = Reason(rule_id, "liability.seller_withdrawal.reserved", (_RESERVED_WITHDRAWAL,),
                      {"n": days})
    event = Message("liability.seller_withdrawal.from_conclusion")
    due, counted = count_days(
        rule_id, on, days, counting=Counting.KC, event=event, basis=(_CONTRACTUAL_PERIOD,)
    )
    timely, reached = _timely(on, due.due, received_on)
    effective = True if timely is None else timely
    return SellerWithdrawalDecision(
        rule=rule_id,
        outcome=effective,
        summary=_withdrawal_summary(effective, due.due, received_on),
        reasons=(*reasons, reserved, *counted, *reached),
        deadline=due.due,
        law_as_of=on,
        status=status,
        period_end=due.nominal,
        statement_timely=timely,
    )


@rule(SELLER_WITHDRAWAL_RULE, on="concluded_on")
def reserved_withdrawal(
    customer: Customer, concluded_on: date, days: int, *, statement_received_on: date | None = None
) -> SellerWithdrawalDecision:
    """May the seller withdraw within ``days`` of conclusion, and, given the day its statement
    reached the customer, did it do so in time?"""
    raise NotImplementedError  # the signature: the registry applies a version


@reserved_withdrawal.version(
    since=UOPK_IN_FORCE,
    until=PNPK_2021,
    basis=_WITHDRAWAL_BASIS,
    interpretations=(Interpretation("liability.seller_withdrawal.statement_reached"),),
)
def _withdrawal_2014(
    customer: Customer, concluded_on: date, days: int, *, statement_received_on: date | None = None
) -> SellerWithdrawalDecision:
    """Contracts to 2020: a right to withdraw reserved for a fixed period (art. 395 § 1 KC),
    towards traders. Interpretation: the withdrawal is timely when the statement reached the
    customer within the period (art. 61 § 1 KC)."""
    return _seller_withdrawal(
        _WITHDRAWAL_PROTECTION, customer, concluded_on, days, statement_received_on
    )


@reserved_withdrawal.version(since=PNPK_2021, basis=(*_WITHDRAWAL_BASIS, PNPK_UNFAIR_TERMS))
def _withdrawal_2021(
    customer: Customer, concluded_on: date, days: int, *, statement_received_on: date | None = None
) -> SellerWithdrawalDecision:
    """Contracts from 2021: as before, and not towards a PNPK either (art. 385⁵ KC)."""
    protection = _WITHDRAWAL_PROTECTION.with_pnpk(SELLER_WITHDRAWAL_RULE)
    return _seller_withdrawal(protection, customer, concluded_on, days, statement_received_on)
