"""The refund periods a shop's terms promise: after a withdrawal (art. 32 UoPK) and after a
price reduction for non-conformity (art. 43e ust. 3, 43o ust. 6 UoPK).

**Art. 7 UoPK.** A shorter refund period promised in the terms binds the trader; a longer one
is void and the act's period applies. A shorter period after a withdrawal leaves the trader
its right to withhold the refund until the goods or proof of their dispatch arrive (art. 32
ust. 3 UoPK; interpretation ``terms.withdrawal_refund.counted_like_the_act``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ...calendars import Counting
from ...decision import Decision, Reason, Undetermined
from ...law import UOPK, UOPK_IN_FORCE
from ...law.epochs import DIRECTIVES_2023
from ...messages import Message
from ...models import Contract, Customer
from ...models.withdrawal import GoodsReturn, Payments, WithdrawalStatement
from ...reasons import Phrase
from ...registry import Interpretation, rule
from ...rules.conformity import reduction_refund_deadline
from ...rules.withdrawal import RefundDecision, refund
from ..shop import ShopTerms
from .common import (
    ART_7,
    Comparison,
    Governing,
    Prevails,
    PromiseDecision,
    RefundPromiseDecision,
    Weighing,
    as_the_act,
    compare,
    count_promise,
    fields,
    governing,
    no_promise,
    statutory_period,
    version_unknown,
    weighed,
)

WITHDRAWAL_REFUND_RULE = "terms.withdrawal_refund"
REDUCTION_REFUND_RULE = "terms.reduction_refund"
_REFUNDING = Message("terms.withdrawal_refund.what")
_REDUCING = Message("terms.reduction_refund.what")


def _trader_period(
    rule_id: str, terms: ShopTerms, statutory: Decision[Any], governs: Governing,
    *, what: Phrase, counting: Counting,
) -> Comparison | None:
    """A period the trader has: the promise counted like the act's period, the earlier end
    winning unless the promise is longer and so void (art. 7 UoPK); ``None`` without one."""
    edition = governs.edition
    promise = getattr(edition.promises, rule_id.removeprefix("terms.")) if edition else None
    counted = statutory_period(statutory)
    if promise is None or counted is None or not isinstance(statutory.deadline, date):
        return None
    clause = terms.cite(promise.clause)
    weighing = Weighing(
        rule_id, what, promise, clause, counted, statutory.deadline, customer_period=False
    )
    return compare(weighing, count_promise(rule_id, counted, promise, clause, counting))


@rule(WITHDRAWAL_REFUND_RULE, on="contract.concluded_on")
def promised_refund(
    terms: ShopTerms,
    contract: Contract,
    statement: WithdrawalStatement,
    payments: Payments,
    goods_return: GoodsReturn | None = None,
    *,
    placed_on: date | None = None,
    version: str | None = None,
) -> RefundPromiseDecision:
    """What the trader refunds after a withdrawal, and by when, under the act and ``terms``.

    The facts are those of :func:`~regulamin.rules.withdrawal.refund`.
    """
    raise NotImplementedError  # the signature: the registry applies a version


@promised_refund.version(
    since=UOPK_IN_FORCE,
    basis=(ART_7, UOPK.art("32", "1"), UOPK.art("32", "3")),
    interpretations=(Interpretation("terms.withdrawal_refund.counted_like_the_act"),),
)
def _refund_2014(
    terms: ShopTerms, contract: Contract, statement: WithdrawalStatement, payments: Payments,
    goods_return: GoodsReturn | None = None, *, placed_on: date | None = None,
    version: str | None = None,
) -> RefundPromiseDecision:
    """Art. 7 and art. 32 UoPK: a shorter promised refund period binds the trader (who may
    still withhold the refund under art. 32 ust. 3: interpretation); a longer one is void."""
    statutory = refund(contract, statement, payments, goods_return)
    rule_id = WITHDRAWAL_REFUND_RULE
    governs = governing(rule_id, terms, placed_on or contract.concluded_on, version)
    comparison = _trader_period(
        rule_id, terms, statutory, governs, what=_REFUNDING, counting=Counting.EU
    )
    if comparison is None:
        return _refund_as_the_act(statutory, governs)
    back = goods_return or GoodsReturn()
    arrivals = [d for d in (back.received_back_on, back.dispatch_proof_received_on) if d]
    return _refund_weighed(statutory, governs, comparison, min(arrivals) if arrivals else None)


def _refund_as_the_act(statutory: RefundDecision, governs: Governing) -> RefundPromiseDecision:
    counted = statutory_period(statutory)
    days = counted.days if counted else None
    rule_id, withhold = WITHDRAWAL_REFUND_RULE, statutory.may_withhold
    if governs.edition is None and governs.missing:
        return version_unknown(
            RefundPromiseDecision, rule_id, statutory, governs, statutory_days=days,
            may_withhold=withhold,
        )
    edition = governs.edition
    none = edition is not None and edition.promises.withdrawal_refund is None
    why = (no_promise(rule_id, _REFUNDING),) if none else ()
    return as_the_act(
        RefundPromiseDecision, rule_id, statutory, governs, why, statutory_days=days,
        may_withhold=withhold, payable_by=statutory.payable_by,
    )


def _refund_weighed(
    statutory: RefundDecision, governs: Governing, comparison: Comparison,
    released_on: date | None,
) -> RefundPromiseDecision:
    """The governing period, and the day to pay given what came back (art. 32 ust. 3)."""
    withhold = statutory.may_withhold
    payable_by, summary = statutory.payable_by, statutory.summary
    if comparison.prevails is Prevails.TERMS:
        payable_by = _payable_by(comparison.deadline, withhold, released_on)
        if payable_by is not None and not isinstance(statutory.outcome, Undetermined):
            params = {"amount": statutory.outcome, "day": payable_by}
            summary = Reason(WITHDRAWAL_REFUND_RULE, "terms.withdrawal_refund.payable", (), params)
    edition = governs.edition
    assert edition is not None and edition.promises.withdrawal_refund is not None
    counted = statutory_period(statutory)
    assert counted is not None
    return RefundPromiseDecision(
        **fields(WITHDRAWAL_REFUND_RULE, statutory, governs),
        **weighed(
            statutory.reasons, statutory, governs, edition.promises.withdrawal_refund, comparison
        ),
        outcome=statutory.outcome,
        summary=summary,
        statutory_days=counted.days,
        statutory_deadline=statutory.deadline,
        may_withhold=withhold,
        payable_by=payable_by,
    )


def _payable_by(due: date, may_withhold: bool, released_on: date | None) -> date | None:
    """Art. 32 ust. 3 UoPK with the promised ``due``: withholding until the goods or proof
    arrive, then due on the later of the two days."""
    if not may_withhold:
        return due
    if released_on is None:
        return None
    return max(due, released_on)


@rule(REDUCTION_REFUND_RULE, on="contract.concluded_on")
def promised_reduction_refund(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    statement_received_on: date,
    *,
    placed_on: date | None = None,
    version: str | None = None,
) -> PromiseDecision[date]:
    """The last day for refunding a price reduction for non-conformity, under the act and
    ``terms`` (the facts of :func:`~regulamin.rules.conformity.reduction_refund_deadline`)."""
    raise NotImplementedError  # the signature: the registry applies a version


@promised_reduction_refund.version(
    since=DIRECTIVES_2023, basis=(ART_7, UOPK.art("43e", "3"), UOPK.art("43o", "6"))
)
def _reduction_refund_2023(
    terms: ShopTerms, customer: Customer, contract: Contract, statement_received_on: date, *,
    placed_on: date | None = None, version: str | None = None,
) -> PromiseDecision[date]:
    """Art. 7 UoPK with art. 43e ust. 3 (goods) and 43o ust. 6 (digital content and
    services): a shorter promised refund period binds the trader; a longer one is void."""
    statutory = reduction_refund_deadline(customer, contract, statement_received_on)
    rule_id = REDUCTION_REFUND_RULE
    governs = governing(rule_id, terms, placed_on or contract.concluded_on, version)
    comparison = _trader_period(
        rule_id, terms, statutory, governs, what=_REDUCING, counting=Counting.KC
    )
    if comparison is None:
        return _reduction_as_the_act(statutory, governs)
    return _reduction_weighed(statutory, governs, comparison)


def _reduction_weighed(
    statutory: Decision[date], governs: Governing, comparison: Comparison
) -> PromiseDecision[date]:
    """The governing period; the trader's summary where the promise governs."""
    rule_id = REDUCTION_REFUND_RULE
    promise = governs.edition.promises.reduction_refund if governs.edition else None
    assert promise is not None
    summary = statutory.summary
    if comparison.prevails is Prevails.TERMS:
        params = {"day": comparison.deadline}
        summary = Reason(rule_id, "terms.reduction_refund.payable", (), params)
    return PromiseDecision(
        **fields(rule_id, statutory, governs),
        **weighed(statutory.reasons, statutory, governs, promise, comparison),
        outcome=comparison.deadline,
        summary=summary,
        statutory_days=comparison_days(statutory),
        statutory_deadline=statutory.deadline,
    )


def comparison_days(statutory: Decision[Any]) -> int | None:
    """The days of the act's period, as the statutory decision counted them."""
    counted = statutory_period(statutory)
    return counted.days if counted else None


def _reduction_as_the_act(statutory: Decision[date], governs: Governing) -> PromiseDecision[date]:
    rule_id, days = REDUCTION_REFUND_RULE, comparison_days(statutory)
    edition = governs.edition
    if edition is None and governs.missing and days is not None:
        return version_unknown(PromiseDecision, rule_id, statutory, governs, statutory_days=days)
    none = edition is not None and edition.promises.reduction_refund is None
    why = (no_promise(rule_id, _REDUCING),) if none else ()
    return as_the_act(PromiseDecision, rule_id, statutory, governs, why, statutory_days=days)
