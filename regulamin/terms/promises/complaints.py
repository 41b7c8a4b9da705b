"""The complaint-reply period a shop's terms promise, applied on top of the act's (art. 7a
UoPK).

**Art. 7 and 7a UoPK.** A shorter reply period promised to a consumer binds the trader, and
takes the place of the act's period with its effect: no reply within it, the complaint is
deemed accepted (interpretation ``terms.complaint_reply.shorter_takes_the_place``). A longer
one is void and the act's period applies. Where the act sets no period (a PNPK, a trader), a
promise covering the customer is the contract's period, and silence is not acceptance.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ...calendars import Counting, Deadline
from ...decision import Decision, Reason, Undetermined
from ...law import UOPK, UOPK_IN_FORCE, Citation
from ...messages import Message
from ...models import Complaint, Contract, Customer
from ...registry import Interpretation, rule
from ...rules.complaints import ReplyStatus, complaint_reply
from ...rules.status import Status, customer_status
from ..shop import Promise, ShopTerms
from .common import (
    ART_7,
    Counted,
    Governing,
    Prevails,
    PromiseDecision,
    Weighing,
    as_the_act,
    compare,
    count_promise,
    covered,
    fields,
    governing,
    no_promise,
    not_covered,
    statutory_period,
    timeliness,
    version_unknown,
    weighed,
    without_verdicts,
)

COMPLAINT_REPLY_RULE = "terms.complaint_reply"
_ACCEPTANCE = UOPK.art("7a", "2")
_REPLYING = Message("terms.complaint_reply.what")
_RECEIVING = Message("terms.complaint_reply.receiving")
_PROTECTED_BY_7A = frozenset({Status.CONSUMER})
_STANDING = {
    ReplyStatus.PENDING: "terms.complaint_reply.pending",
    ReplyStatus.ANSWERED_IN_TIME: "terms.complaint_reply.answered_in_time",
    ReplyStatus.DEEMED_ACCEPTED: "terms.complaint_reply.deemed_accepted",
}
ReplyDecision = PromiseDecision[ReplyStatus]


@rule(COMPLAINT_REPLY_RULE, on="contract.concluded_on")
def promised_complaint_reply(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    complaint: Complaint,
    today: date,
    *,
    replied_on: date | None = None,
    reduction_amount_stated: bool | None = None,
    placed_on: date | None = None,
    version: str | None = None,
) -> ReplyDecision:
    """The reply deadline for ``complaint`` under the act and the shop's ``terms``.

    The facts are those of :func:`~regulamin.rules.complaints.complaint_reply`; ``placed_on``
    and ``version`` choose the version of the terms as in :func:`promised_withdrawal`.
    """
    raise NotImplementedError  # the signature: the registry applies a version


@promised_complaint_reply.version(
    since=UOPK_IN_FORCE,
    basis=(ART_7, UOPK.art("7a", "1"), _ACCEPTANCE),
    interpretations=(Interpretation("terms.complaint_reply.shorter_takes_the_place"),),
)
def _complaint_reply_2014(
    terms: ShopTerms, customer: Customer, contract: Contract, complaint: Complaint, today: date,
    *, replied_on: date | None = None, reduction_amount_stated: bool | None = None,
    placed_on: date | None = None, version: str | None = None,
) -> ReplyDecision:
    """Art. 7 and 7a UoPK: a shorter promised reply period binds the trader, with deemed
    acceptance when it passes (interpretation); a longer one is void and the act's period
    applies. Where the act sets no period, a covering promise is the contract's period."""
    statutory = complaint_reply(
        customer, contract, complaint, today, replied_on=replied_on,
        reduction_amount_stated=reduction_amount_stated,
    )
    governs = governing(COMPLAINT_REPLY_RULE, terms, placed_on or contract.concluded_on, version)
    status = customer_status(customer, contract.concluded_on).outcome
    return _apply(terms, statutory, governs, status, complaint=complaint, today=today,
                  replied_on=replied_on)


def _apply(
    terms: ShopTerms,
    statutory: Decision[ReplyStatus],
    governs: Governing,
    status: Status | Undetermined,
    *,
    complaint: Complaint,
    today: date,
    replied_on: date | None,
) -> ReplyDecision:
    """The act's decision where it is undetermined, where no promise governs or where the
    promise does not cover the customer; else the promise weighed against it."""
    edition = governs.edition
    promise = edition.promises.complaint_reply if edition else None
    if not isinstance(status, Status) or isinstance(statutory.outcome, Undetermined):
        return _as_the_act(statutory, governs)
    if edition is None or promise is None:
        why = () if edition is None else (no_promise(COMPLAINT_REPLY_RULE, _REPLYING),)
        return _as_the_act(statutory, governs, *why)
    clause = terms.cite(promise.clause)
    if not covered(promise, status, _PROTECTED_BY_7A):
        return _as_the_act(statutory, governs, not_covered(COMPLAINT_REPLY_RULE, status, clause))
    return _weigh(
        statutory, governs, promise, clause, complaint=complaint, today=today,
        replied_on=replied_on,
    )


def _weigh(
    statutory: Decision[ReplyStatus],
    governs: Governing,
    promise: Promise,
    clause: Citation,
    *,
    complaint: Complaint,
    today: date,
    replied_on: date | None,
) -> ReplyDecision:
    """The earlier end binds the trader; the later is void (art. 7 UoPK). Where the promise
    governs, the reply is judged against it (art. 7a ust. 2 UoPK)."""
    counted = statutory_period(statutory)
    received = Counted(promise.days, complaint.received_on, _RECEIVING, ())
    promised = count_promise(
        COMPLAINT_REPLY_RULE, counted or received, promise, clause, Counting.KC
    )
    due = promised[0].due
    kept = None if replied_on is None else replied_on <= due
    if statutory.outcome is ReplyStatus.NO_STATUTORY_DEADLINE or counted is None:
        return _contractual(statutory, governs, promise, promised, clause=clause, kept=kept)
    assert isinstance(statutory.deadline, date)
    weighing = Weighing(
        COMPLAINT_REPLY_RULE, _REPLYING, promise, clause, counted, statutory.deadline,
        customer_period=False,
    )
    comparison = compare(weighing, promised)
    decided = weighed(statutory.reasons, statutory, governs, promise, comparison)
    common: dict[str, Any] = {
        **fields(COMPLAINT_REPLY_RULE, statutory, governs),
        "statutory_days": counted.days,
        "statutory_deadline": statutory.deadline,
        "promise_kept": kept,
    }
    if comparison.prevails is not Prevails.TERMS:
        return PromiseDecision(
            outcome=statutory.outcome, summary=statutory.summary, **decided, **common
        )
    standing, why = _standing(due, today, replied_on, clause)
    params = {"due": due, "replied_on": replied_on}
    return PromiseDecision(
        **{**decided, "reasons": (*without_verdicts(decided["reasons"]), why)},
        outcome=standing,
        summary=Reason(COMPLAINT_REPLY_RULE, _STANDING[standing], (), params),
        **common,
    )


def _standing(
    due: date, today: date, replied_on: date | None, clause: Citation
) -> tuple[ReplyStatus, Reason]:
    """Has the reply reached the consumer within the promised period (art. 7a ust. 2 UoPK)?"""
    basis = (clause, _ACCEPTANCE)
    if replied_on is not None:
        timely, reason = timeliness(
            COMPLAINT_REPLY_RULE, "terms.complaint_reply.arrived", replied_on, due, basis
        )
        return (ReplyStatus.ANSWERED_IN_TIME if timely else ReplyStatus.DEEMED_ACCEPTED), reason
    params = {"due": due, "today": today}
    if today > due:
        passed = Reason(COMPLAINT_REPLY_RULE, "terms.complaint_reply.passed", basis, params)
        return ReplyStatus.DEEMED_ACCEPTED, passed
    running = Reason(COMPLAINT_REPLY_RULE, "terms.complaint_reply.running", basis, params)
    return ReplyStatus.PENDING, running


def _contractual(
    statutory: Decision[ReplyStatus],
    governs: Governing,
    promise: Promise,
    promised: tuple[Deadline, tuple[Reason, ...]],
    *,
    clause: Citation,
    kept: bool | None,
) -> ReplyDecision:
    """The act sets no period: the terms' promise is the contract's period, and silence is
    not acceptance."""
    deadline, counted = promised
    summary = Reason(
        COMPLAINT_REPLY_RULE, "terms.complaint_reply.contractual", (clause,), {"due": deadline.due}
    )
    return PromiseDecision(
        **fields(COMPLAINT_REPLY_RULE, statutory, governs),
        outcome=statutory.outcome,
        summary=summary,
        reasons=governs.after(statutory.reasons, *counted),
        not_applied=statutory.not_applied,
        deadline=deadline.due,
        promised_days=promise.days,
        promised_deadline=deadline.due,
        prevails=Prevails.TERMS,
        promise_kept=kept,
    )


def _as_the_act(
    statutory: Decision[ReplyStatus], governs: Governing, *why: Reason
) -> ReplyDecision:
    counted = statutory_period(statutory)
    days = counted.days if counted else None
    decided = not isinstance(statutory.outcome, Undetermined)
    if (
        governs.edition is None
        and governs.missing
        and decided
        and statutory.outcome is not ReplyStatus.NO_STATUTORY_DEADLINE
    ):
        return version_unknown(
            ReplyDecision, COMPLAINT_REPLY_RULE, statutory, governs, statutory_days=days
        )
    return as_the_act(
        PromiseDecision, COMPLAINT_REPLY_RULE, statutory, governs, why, statutory_days=days
    )
