"""Refunds for non-conformity (UoPK, contracts from 2023): deadlines for an act, so their end
rolls forward to a working day (art. 115 KC).

**Price reduction.** The trader refunds what is due without delay, at the latest within 14
days of receiving the consumer's statement: art. 43e ust. 3 UoPK (goods), art. 43o ust. 6
(digital content and services).

**Withdrawal.** Goods: the consumer returns them at the trader's cost, and the trader refunds
the price within 14 days of receiving the goods or proof of their dispatch, whichever comes
first (art. 43e ust. 6). The refund is owed because of the withdrawal, which takes effect when
the statement reaches the trader (art. 61 § 1 KC): goods or proof received before it (goods
sent in for repair) start nothing, and the 14 days then run from the statement
(interpretation). Digital content and services: 14 days from receiving the withdrawal
statement, as art. 43o ust. 6 states for both the price reduction and the withdrawal.
"""

from __future__ import annotations

from datetime import date

from ...calendars import Counting
from ...decision import Decision, Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC
from ...law import parameters as law
from ...law.epochs import DIRECTIVES_2023
from ...law.parameters import Period
from ...messages import Message
from ...models import Contract, Customer
from ...reasons import count_days, not_before, undetermined
from ...registry import Interpretation, rule
from .regime import Regime, uopk_regime

REDUCTION_REFUND = "conformity.reduction_refund"
WITHDRAWAL_REFUND = "conformity.withdrawal_refund"
_ROLL_FORWARD = KC.art("115")
_STATEMENT_EFFECT = KC.art("61", "1")
"""Art. 61 § 1 KC: a statement made to another person takes effect when it reaches them."""
_GOODS_REFUND = law.CONFORMITY_WITHDRAWAL_REFUND.since(DIRECTIVES_2023)


def _refund(rule_id: str, contract: Contract, start: date, event: Message, period: Period) -> (
    Decision[date]
):
    """``period`` from ``event`` on ``start``; an act's deadline, so its end rolls forward
    (art. 115 KC)."""
    due, counted = count_days(
        rule_id, start, period.days, counting=Counting.KC, event=event, basis=(period.basis,)
    )
    return Decision(
        rule=rule_id,
        outcome=due.due,
        summary=Reason(rule_id, "conformity.refund.by", (), {"day": due.due}),
        reasons=counted,
        deadline=due.due,
        law_as_of=contract.concluded_on,
    )


def _checks(contract: Contract, received: dict[str, date | None]) -> None:
    if contract.paid_with_personal_data_only:
        raise InvalidFacts(
            "contract.paid_with_personal_data_only",
            "a contract paid with data has no price to refund",
        )
    for field_name, day in received.items():
        if day is not None:
            not_before(field_name, day, contract.concluded_on, "the contract")


@rule(REDUCTION_REFUND, on="contract.concluded_on")
def reduction_refund_deadline(
    customer: Customer, contract: Contract, statement_received_on: date
) -> Decision[date]:
    """The last day for refunding what a price reduction makes due."""
    raise NotImplementedError  # the signature: the registry applies a version


@reduction_refund_deadline.version(
    since=DIRECTIVES_2023,
    basis=(law.REDUCTION_REFUND.since(DIRECTIVES_2023).basis,
           law.DIGITAL_REDUCTION_REFUND.since(DIRECTIVES_2023).basis, _ROLL_FORWARD),
)
def _reduction_refund_2023(
    customer: Customer, contract: Contract, statement_received_on: date
) -> Decision[date]:
    """Art. 43e ust. 3 UoPK (goods), art. 43o ust. 6 (digital content and services)."""
    _checks(contract, {"statement_received_on": statement_received_on})
    regime = uopk_regime(REDUCTION_REFUND, customer, contract, Decision)
    if isinstance(regime, Decision):
        return regime
    goods = regime is Regime.UOPK_GOODS
    parameter = law.REDUCTION_REFUND if goods else law.DIGITAL_REDUCTION_REFUND
    event = Message("conformity.refund.event.reduction_statement")
    return _refund(REDUCTION_REFUND, contract, statement_received_on, event,
                   parameter.since(DIRECTIVES_2023))


@rule(WITHDRAWAL_REFUND, on="contract.concluded_on")
def withdrawal_refund_deadline(
    customer: Customer,
    contract: Contract,
    statement_received_on: date | None,
    *,
    goods_received_on: date | None = None,
    dispatch_proof_received_on: date | None = None,
) -> Decision[date]:
    """The last day for refunding the price after withdrawal for non-conformity."""
    raise NotImplementedError  # the signature: the registry applies a version


def _undetermined(contract: Contract, missing: tuple[str, ...], *reasons: Reason) -> (
    Decision[date]
):
    return Decision(
        rule=WITHDRAWAL_REFUND,
        outcome=Undetermined(missing),
        summary=undetermined(WITHDRAWAL_REFUND, "conformity.withdrawal_refund.undetermined",
                             missing),
        reasons=reasons,
        law_as_of=contract.concluded_on,
    )


def _goods_returned(
    contract: Contract,
    statement_received_on: date | None,
    goods_received_on: date | None,
    dispatch_proof_received_on: date | None,
) -> Decision[date]:
    """Art. 43e ust. 6 UoPK: 14 days from receiving the goods or proof of their dispatch,
    whichever the trader received first, but never from before the withdrawal statement
    reached it (interpretation ``conformity.withdrawal_refund.not_before_statement``)."""
    received = [d for d in (goods_received_on, dispatch_proof_received_on) if d is not None]
    missing: tuple[str, ...] = () if statement_received_on else ("statement_received_on",)
    if not received:
        missing += ("goods_received_on", "dispatch_proof_received_on")
    if missing:
        reasons = [] if received else [Reason(
            WITHDRAWAL_REFUND, "conformity.withdrawal_refund.no_return_dates",
            (_GOODS_REFUND.basis,))]
        return _undetermined(contract, missing, *reasons)
    assert statement_received_on is not None
    first = min(received)
    if first < statement_received_on:
        # the goods (or the proof) came first, e.g. sent for repair: the refund is owed only
        # once the withdrawal takes effect, on receipt of the statement (art. 61 § 1 KC)
        event = Message("conformity.refund.event.withdrawal_statement_after_goods")
        return _refund(WITHDRAWAL_REFUND, contract, statement_received_on, event, _GOODS_REFUND)
    if first == goods_received_on:
        event = Message("conformity.refund.event.goods")
    else:
        event = Message("conformity.refund.event.dispatch_proof")
    return _refund(WITHDRAWAL_REFUND, contract, first, event, _GOODS_REFUND)


@withdrawal_refund_deadline.version(
    since=DIRECTIVES_2023,
    basis=(_GOODS_REFUND.basis, law.DIGITAL_WITHDRAWAL_REFUND.since(DIRECTIVES_2023).basis,
           _ROLL_FORWARD, _STATEMENT_EFFECT),
    interpretations=(Interpretation("conformity.withdrawal_refund.not_before_statement"),),
)
def _withdrawal_refund_2023(
    customer: Customer,
    contract: Contract,
    statement_received_on: date | None,
    *,
    goods_received_on: date | None = None,
    dispatch_proof_received_on: date | None = None,
) -> Decision[date]:
    """Art. 43e ust. 6 UoPK (goods), art. 43o ust. 6 (digital content and services); the
    statement's date is asked for when missing, with any other missing date."""
    received = {"statement_received_on": statement_received_on,
                "goods_received_on": goods_received_on,
                "dispatch_proof_received_on": dispatch_proof_received_on}
    _checks(contract, received)
    regime = uopk_regime(WITHDRAWAL_REFUND, customer, contract, Decision)
    if isinstance(regime, Decision):
        return regime
    if regime is Regime.UOPK_GOODS:
        return _goods_returned(contract, statement_received_on, goods_received_on,
                               dispatch_proof_received_on)
    if statement_received_on is None:
        return _undetermined(contract, ("statement_received_on",))
    event = Message("conformity.refund.event.withdrawal_statement")
    return _refund(WITHDRAWAL_REFUND, contract, statement_received_on, event,
                   law.DIGITAL_WITHDRAWAL_REFUND.since(DIRECTIVES_2023))


__all__ = [
    "REDUCTION_REFUND",
    "WITHDRAWAL_REFUND",
    "reduction_refund_deadline",
    "withdrawal_refund_deadline",
]
