"""After withdrawal: the trader's refund (art. 32-33 UoPK) and the consumer's return (art. 34).

The trader refunds every payment within 14 days of receiving the statement, delivery only up
to its cheapest standard option (art. 33); for goods it may wait for the goods or proof of
their dispatch unless it offered to collect them (art. 32 ust. 3). The consumer sends the
goods back within 14 days of withdrawing, unless the trader offered to collect them; sending
them before the period ends is enough (art. 34 ust. 1).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ...calendars import Counting
from ...decision import Reason, Undetermined
from ...errors import InvalidFacts
from ...law import UOPK, UOPK_IN_FORCE
from ...law.parameters import GOODS_RETURN, WITHDRAWAL_REFUND
from ...messages import Message
from ...models import Contract, Subject
from ...models.withdrawal import GoodsReturn, Payments, WithdrawalStatement
from ...reasons import DAY_OF_EVENT_NOT_COUNTED, ROLL_FORWARD, count_days, not_before, undetermined
from ...registry import REGISTRY, Interpretation, rule
from .decisions import RefundDecision, ReturnDecision

REFUND = "withdrawal.refund"
RETURN = "withdrawal.return"
_REFUND = WITHDRAWAL_REFUND.since(UOPK_IN_FORCE)
_RETURN = GOODS_RETURN.since(UOPK_IN_FORCE)
_WITHHOLD = UOPK.art("32", "3")
_CHEAPEST = UOPK.art("33")
_ROLL = ROLL_FORWARD[Counting.EU]
_NO_GOODS_BACK = GoodsReturn()


def _check_after(
    contract: Contract, statement: WithdrawalStatement, goods_return: GoodsReturn | None
) -> None:
    """Facts that cannot all be true are refused before any rule runs."""
    concluded = contract.concluded_on
    not_before("statement.sent_on", statement.sent_on, concluded, "the contract")
    if goods_return is None:
        return
    for field in ("sent_back_on", "received_back_on", "dispatch_proof_received_on"):
        day: date | None = getattr(goods_return, field)
        if day is None:
            continue
        if contract.subject is not Subject.GOODS:
            raise InvalidFacts(
                f"goods_return.{field}", f"a {contract.subject.value} contract has no goods"
            )
        not_before(f"goods_return.{field}", day, concluded, "the contract")


# --------------------------------------------------------------------------- the refund


def _refund_amount(
    payments: Payments,
) -> tuple[Decimal | Undetermined, tuple[Reason, ...], tuple[Reason, ...]]:
    """Art. 32 ust. 1 (every payment) capped for delivery by art. 33 (the cheapest option)."""
    paid = payments.delivery
    cheapest = payments.cheapest_standard_delivery
    extra: tuple[Reason, ...] = ()
    not_applied: tuple[Reason, ...] = ()
    if not paid:
        delivery = Decimal("0.00")
    elif cheapest is None:
        unknown = Reason(REFUND, "withdrawal.refund.cheapest_unknown", (_CHEAPEST,), {"paid": paid})
        return Undetermined(("payments.cheapest_standard_delivery",)), (unknown,), ()
    elif paid > cheapest:
        delivery = cheapest
        params = {"paid": paid, "cheapest": cheapest, "excess": paid - cheapest}
        extra = (Reason(REFUND, "withdrawal.refund.dearer_delivery", (_CHEAPEST,), params),)
    else:
        delivery = paid
        not_applied = (Reason(REFUND, "withdrawal.refund.delivery_in_full", (_CHEAPEST,)),)
    total = payments.price + delivery
    params = {"price": payments.price, "delivery": delivery, "total": total}
    refunded = Reason(REFUND, "withdrawal.refund.every_payment", (_REFUND.basis,), params)
    return total, (refunded, *extra), not_applied


def _released(goods_return: GoodsReturn) -> date | None:
    """The day the goods, or the proof of their dispatch, first reached the trader."""
    arrivals = [
        day
        for day in (goods_return.received_back_on, goods_return.dispatch_proof_received_on)
        if day is not None
    ]
    return min(arrivals) if arrivals else None


def _withholding(
    may_withhold: bool, released_on: date | None, due: date
) -> tuple[date | None, tuple[Reason, ...]]:
    """Art. 32 ust. 3: the last day to pay when the trader may wait for the goods or proof."""
    if not may_withhold:
        return due, ()
    reasons = (Reason(REFUND, "withdrawal.refund.may_withhold", (_WITHHOLD,)),)
    if released_on is None:
        return None, reasons
    if released_on > due:
        late = Reason(
            REFUND, "withdrawal.refund.arrived_late", (_WITHHOLD,), {"arrived": released_on}
        )
        return released_on, (*reasons, late)
    return due, reasons


def _refund_summary(amount: Decimal | Undetermined, payable_by: date | None) -> Reason:
    if isinstance(amount, Undetermined):
        return undetermined(REFUND, "withdrawal.refund.undetermined", amount.missing)
    if payable_by is None:
        return Reason(REFUND, "withdrawal.refund.withheld", (), {"amount": amount})
    return Reason(REFUND, "withdrawal.refund.by", (), {"amount": amount, "day": payable_by})


def _refund(
    contract: Contract, statement: WithdrawalStatement, payments: Payments, returned: GoodsReturn
) -> RefundDecision:
    """Art. 32-33: the amount, the 14 days from receiving the statement, and the wait."""
    amount, reasons, not_applied = _refund_amount(payments)
    event = Message("withdrawal.refund.event.statement_received")
    due, counted = count_days(
        REFUND,
        statement.received_on,
        _REFUND.days,
        counting=Counting.EU,
        event=event,
        basis=(_REFUND.basis,),
    )
    goods = contract.subject is Subject.GOODS
    may_withhold = goods and not returned.collection_offered
    if goods and returned.collection_offered:
        not_applied += (Reason(REFUND, "withdrawal.refund.no_withholding", (_WITHHOLD,)),)
    released_on = _released(returned)
    payable_by, withheld = _withholding(may_withhold, released_on, due.due)
    return RefundDecision(
        rule=REFUND,
        outcome=amount,
        summary=_refund_summary(amount, payable_by),
        reasons=(*reasons, *counted, *withheld),
        not_applied=not_applied,
        deadline=due.due,
        law_as_of=contract.concluded_on,
        may_withhold=may_withhold,
        released_on=released_on if may_withhold else None,
        payable_by=payable_by,
    )


@rule(REFUND, on="contract.concluded_on")
def refund_rule(
    contract: Contract,
    statement: WithdrawalStatement,
    payments: Payments,
    goods_return: GoodsReturn,
) -> RefundDecision:
    """What the trader refunds after the consumer withdrew, and by when."""
    raise NotImplementedError  # the signature: the registry applies a version


@refund_rule.version(
    since=UOPK_IN_FORCE,
    basis=(_REFUND.basis, _WITHHOLD, _CHEAPEST, DAY_OF_EVENT_NOT_COUNTED, _ROLL),
    interpretations=(Interpretation("withdrawal.refund.late_arrival"),),
)
def _refund_2014(
    contract: Contract,
    statement: WithdrawalStatement,
    payments: Payments,
    goods_return: GoodsReturn,
) -> RefundDecision:
    """Art. 32 ust. 1: all payments, within 14 days of receiving the statement. Art. 33: no
    refund of what a dearer delivery cost above the cheapest standard one. Art. 32 ust. 3:
    unless the trader offered to collect the goods, it may withhold the refund until it gets
    them back or proof of their dispatch, whichever comes first.

    Interpretation: goods or proof arriving after the 14 days make the refund due that day."""
    return _refund(contract, statement, payments, goods_return)


def refund(
    contract: Contract,
    statement: WithdrawalStatement,
    payments: Payments,
    goods_return: GoodsReturn | None = None,
) -> RefundDecision:
    """What the trader refunds after the consumer withdrew, and by when (art. 32-33 UoPK).

    Assumes the withdrawal was effective (see :func:`withdrawal`). ``goods_return`` says
    whether the trader offered to collect the goods and when they, or proof of their
    dispatch, arrived; without it nothing has arrived and no collection was offered.
    """
    _check_after(contract, statement, goods_return)
    return refund_rule(contract, statement, payments, goods_return or _NO_GOODS_BACK)


REGISTRY[REFUND].entry = refund


# --------------------------------------------------------------------------- the return


def _nothing_to_return(contract: Contract, goods_return: GoodsReturn) -> ReturnDecision | None:
    """No goods, or the trader collects them: the consumer sends nothing back."""
    if contract.subject is not Subject.GOODS:
        summary = Reason(RETURN, "withdrawal.return.no_goods")
        reason = Reason(RETURN, "withdrawal.return.only_goods", (_RETURN.basis,))
    elif goods_return.collection_offered:
        summary = Reason(RETURN, "withdrawal.return.collected")
        reason = Reason(RETURN, "withdrawal.return.collection_offered", (_RETURN.basis,))
    else:
        return None
    return ReturnDecision(
        rule=RETURN,
        outcome=False,
        summary=summary,
        reasons=(reason,),
        law_as_of=contract.concluded_on,
    )


def _return(
    contract: Contract, statement: WithdrawalStatement, returned: GoodsReturn
) -> ReturnDecision:
    """Art. 34 ust. 1: the 14 days from withdrawing, and whether the goods went back in them."""
    nothing = _nothing_to_return(contract, returned)
    if nothing is not None:
        return nothing
    event = Message("withdrawal.return.event.withdrawing")
    due, reasons = count_days(
        RETURN,
        statement.sent_on,
        _RETURN.days,
        counting=Counting.EU,
        event=event,
        basis=(_RETURN.basis,),
    )
    # art. 34 ust. 1 "od dnia, w którym odstąpił od umowy": read as the day the statement was
    # sent (interpretation withdrawal.return.from_sending); the reason says it is one
    reasons += (Reason(RETURN, "withdrawal.return.reading_from_sending", (_RETURN.basis,)),)
    timely: bool | None = None
    sent_back = returned.sent_back_on
    if sent_back is not None:
        timely = sent_back <= due.due
        message = "withdrawal.return.sent_in_time" if timely else "withdrawal.return.sent_late"
        params = {"day": sent_back, "due": due.due}
        reasons += (Reason(RETURN, message, (_RETURN.basis,), params),)
    return ReturnDecision(
        rule=RETURN,
        outcome=True,
        summary=Reason(RETURN, "withdrawal.return.sends_back", (), {"day": due.due}),
        reasons=reasons,
        deadline=due.due,
        law_as_of=contract.concluded_on,
        timely=timely,
    )


@rule(RETURN, on="contract.concluded_on")
def return_rule(
    contract: Contract, statement: WithdrawalStatement, goods_return: GoodsReturn
) -> ReturnDecision:
    """Must the consumer send the goods back, by when, and did they in time?"""
    raise NotImplementedError  # the signature: the registry applies a version


@return_rule.version(
    since=UOPK_IN_FORCE,
    basis=(_RETURN.basis, DAY_OF_EVENT_NOT_COUNTED, _ROLL),
    interpretations=(Interpretation("withdrawal.return.from_sending"),),
)
def _return_2014(
    contract: Contract, statement: WithdrawalStatement, goods_return: GoodsReturn
) -> ReturnDecision:
    """Art. 34 ust. 1: the consumer returns the goods, or hands them to the person the trader
    authorised, within 14 days of withdrawing, unless the trader offered to collect them;
    sending them back before the period ends is enough.

    Interpretation: the day of withdrawing is the day the statement was sent. Defensible
    (art. 30 ust. 2 keeps the period by sending, and it is the earliest day, so goods sent
    within it are in time under any reading) but disputed: a withdrawal is a declaration
    that takes effect when it reaches the trader (art. 61 § 1 KC). The decision says so."""
    return _return(contract, statement, goods_return)


def return_deadline(
    contract: Contract, statement: WithdrawalStatement, goods_return: GoodsReturn | None = None
) -> ReturnDecision:
    """Must the consumer send the goods back after withdrawing, by when, and did they in time?

    Assumes the withdrawal was effective and the goods are with the consumer.
    """
    _check_after(contract, statement, goods_return)
    return return_rule(contract, statement, goods_return or _NO_GOODS_BACK)


REGISTRY[RETURN].entry = return_deadline
