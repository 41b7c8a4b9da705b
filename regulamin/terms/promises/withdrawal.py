"""The withdrawal period a shop's terms promise, applied on top of the act's (art. 27 UoPK).

**Art. 7 UoPK.** A longer period promised in the terms lengthens the consumer's right; a
shorter one is void and the act's 14 days apply in its place. The promised period is counted
like the statutory one it lengthens (interpretation ``terms.withdrawal.counted_like_the_act``),
and it lengthens only a right the act gives: none for a trader or an excluded contract.

A sole trader with consumer rights (PNPK) keeps the act's period too, through art. 38a UoPK
(2021-2022) or art. 7aa ust. 1 UoPK (from 2023) and art. 385⁵ KC (interpretation
``terms.withdrawal.pnpk_keeps_the_act``); before 2021 the law knew no PNPK.

**A trader named by the promise.** Where the clause names traders among those who may
withdraw (``covers``), it reserves them a contractual right of withdrawal within a fixed
period (art. 395 § 1 KC: "Można zastrzec, że jednej lub obu stronom przysługiwać będzie w
ciągu oznaczonego terminu prawo odstąpienia od umowy. Prawo to wykonywa się przez
oświadczenie złożone drugiej stronie"), which the rule applies: the promised days, counted
from the event the act counts a consumer's period from, its end moved by art. 115 KC, with no
statutory floor; the statement is made when it reaches the trader (art. 61 § 1 KC), so a
statement sent in time with no known arrival leaves the timeliness undetermined
(``statement_received_on``). Interpretation ``terms.withdrawal.contractual_right``. The
wording of art. 395 § 1 KC quoted is as legal publishers give it (C.H.Beck's commentary, ed.
Pietrzykowski; unchanged since 1964), not checked here against the consolidated text.
A promise naming no one (``covers`` ``None``) reaches only those the act protects.

**The contracts named.** A promise may name the contracts it is for (``subjects``); another
contract keeps the act's period (``terms.withdrawal.other_contracts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...calendars import Counting
from ...decision import Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC, PNPK_2021, UOPK, UOPK_IN_FORCE, Citation
from ...law.epochs import DIRECTIVES_2023
from ...messages import Message
from ...models import Contract, Customer, Delivery
from ...models.withdrawal import INFORMED_BY_CONCLUSION, ExclusionClaim, RightInformation
from ...reasons import count_days
from ...registry import Interpretation, rule
from ...rules.status import Status, customer_status
from ...rules.withdrawal import WithdrawalDecision, withdrawal
from ..shop import Promise, ShopTerms, WithdrawalPromise
from .common import (
    ART_7,
    THE_CONSUMER,
    THE_PNPK,
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

WITHDRAWAL_RULE = "terms.withdrawal"
_PERIOD = UOPK.art("27", "1")
_TIMELY_STATEMENT = UOPK.art("30", "2")
_WITHDRAWING = Message("terms.withdrawal.what")
_PROTECTED_BY_CH_4 = frozenset({Status.CONSUMER, Status.PNPK})
_PNPK_2021 = (UOPK.art("38a"), KC.art("385⁵"))
_PNPK_2023 = (UOPK.art("7aa", "1"), KC.art("385⁵"))
_CONTRACTUAL_RIGHT = KC.art("395", "1")
"""Art. 395 § 1 KC: a contract may reserve a right of withdrawal within a fixed period."""
_MADE_ON_RECEIPT = KC.art("61", "1")
_CONTRACTUAL_READING = Interpretation("terms.withdrawal.contractual_right")


@dataclass(frozen=True, slots=True, kw_only=True)
class WithdrawalPromiseDecision(PromiseDecision[bool]):
    """The right of withdrawal (the outcome) with the terms' promised period applied."""

    starts_on: date | None = None
    deadline_missing: tuple[str, ...] = ()
    """The facts an unknown deadline needs (the act's, or which version of the terms)."""
    statement_sent_on: date | None = None
    timely: bool | Undetermined | None = None
    """Was ``statement_sent_on`` within the governing period? ``None`` without a statement."""

    @property
    def available(self) -> bool:
        """Does the right exist? Raises ``TypeError`` when that is undetermined."""
        return bool(self.outcome)


@rule(WITHDRAWAL_RULE, on="contract.concluded_on")
def promised_withdrawal(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    *,
    deliveries: Sequence[Delivery] = (),
    information: RightInformation = INFORMED_BY_CONCLUSION,
    exclusion: ExclusionClaim | None = None,
    statement_sent_on: date | None = None,
    statement_received_on: date | None = None,
    placed_on: date | None = None,
    version: str | None = None,
) -> WithdrawalPromiseDecision:
    """The right of withdrawal from ``contract`` under the act and the shop's ``terms``.

    The facts are those of :func:`~regulamin.rules.withdrawal.withdrawal`. ``placed_on`` is the
    day the order was placed (by default the day of conclusion): the version of the terms in
    force then governs (art. 384 § 1 KC), unless ``version`` names the one that does.
    ``statement_received_on``, the day the statement reached the trader, decides only for a
    contractual right the terms give a customer the act does not protect (art. 395 KC with
    art. 61 § 1 KC: the statement is made when it reaches the trader).
    """
    raise NotImplementedError  # the signature: the registry applies a version


@promised_withdrawal.version(
    since=UOPK_IN_FORCE,
    until=PNPK_2021,
    basis=(ART_7, _PERIOD),
    interpretations=(Interpretation("terms.withdrawal.counted_like_the_act"),),
)
def _withdrawal_2014(
    terms: ShopTerms, customer: Customer, contract: Contract, *,
    deliveries: Sequence[Delivery] = (), information: RightInformation = INFORMED_BY_CONCLUSION,
    exclusion: ExclusionClaim | None = None, statement_sent_on: date | None = None,
    statement_received_on: date | None = None, placed_on: date | None = None,
    version: str | None = None,
) -> WithdrawalPromiseDecision:
    """Contracts to 2020: art. 7 UoPK keeps the consumer's 14 days (art. 27) against a
    shorter promise; the law knows no PNPK yet."""
    return _under_terms(
        terms, customer, contract, pnpk=(), deliveries=deliveries,
        information=information, exclusion=exclusion, statement_sent_on=statement_sent_on,
        statement_received_on=statement_received_on, placed_on=placed_on, version=version,
    )


@promised_withdrawal.version(
    since=PNPK_2021,
    until=DIRECTIVES_2023,
    basis=(ART_7, _PERIOD, *_PNPK_2021),
    interpretations=(Interpretation("terms.withdrawal.pnpk_keeps_the_act"),),
)
def _withdrawal_2021(
    terms: ShopTerms, customer: Customer, contract: Contract, *,
    deliveries: Sequence[Delivery] = (), information: RightInformation = INFORMED_BY_CONCLUSION,
    exclusion: ExclusionClaim | None = None, statement_sent_on: date | None = None,
    statement_received_on: date | None = None, placed_on: date | None = None,
    version: str | None = None,
) -> WithdrawalPromiseDecision:
    """Contracts of 2021-2022: the PNPK withdraws under art. 38a UoPK; interpretation: a
    shorter promise does not bind it either (art. 385⁵ KC)."""
    return _under_terms(
        terms, customer, contract, pnpk=_PNPK_2021, deliveries=deliveries,
        information=information, exclusion=exclusion, statement_sent_on=statement_sent_on,
        statement_received_on=statement_received_on, placed_on=placed_on, version=version,
    )


@promised_withdrawal.version(
    since=DIRECTIVES_2023,
    basis=(ART_7, _PERIOD, *_PNPK_2023),
    # the rule's interpretations are listed once, for every version: the reading of a
    # contractual right (art. 395 KC) applies from 2014 too
    interpretations=(_CONTRACTUAL_READING,),
)
def _withdrawal_2023(
    terms: ShopTerms, customer: Customer, contract: Contract, *,
    deliveries: Sequence[Delivery] = (), information: RightInformation = INFORMED_BY_CONCLUSION,
    exclusion: ExclusionClaim | None = None, statement_sent_on: date | None = None,
    statement_received_on: date | None = None, placed_on: date | None = None,
    version: str | None = None,
) -> WithdrawalPromiseDecision:
    """Contracts from 2023: the PNPK has chapter 4 through art. 7aa ust. 1 UoPK;
    interpretation: a shorter promise does not bind it either (art. 385⁵ KC)."""
    return _under_terms(
        terms, customer, contract, pnpk=_PNPK_2023, deliveries=deliveries,
        information=information, exclusion=exclusion, statement_sent_on=statement_sent_on,
        statement_received_on=statement_received_on, placed_on=placed_on, version=version,
    )


def _under_terms(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    *,
    pnpk: tuple[Citation, ...],
    deliveries: Sequence[Delivery],
    information: RightInformation,
    exclusion: ExclusionClaim | None,
    statement_sent_on: date | None,
    statement_received_on: date | None,
    placed_on: date | None,
    version: str | None,
) -> WithdrawalPromiseDecision:
    """What every version does: the act's decision, the version of the terms governing the
    order, then the promise weighed against the act; ``pnpk`` are the provisions through which
    this version of the law protects a PNPK as a consumer (none before 2021)."""
    statutory = withdrawal(
        customer, contract, deliveries=deliveries, information=information,
        exclusion=exclusion, statement_sent_on=statement_sent_on,
    )
    governs = governing(WITHDRAWAL_RULE, terms, placed_on or contract.concluded_on, version)
    contractual = _Contractual(deliveries, statement_received_on)
    return _apply(terms, customer, contract, statutory, governs, pnpk=pnpk, also=contractual)


@dataclass(frozen=True, slots=True)
class _Contractual:
    """The facts a contractual right of withdrawal (art. 395 KC) needs beyond the act's."""

    deliveries: Sequence[Delivery]
    received_on: date | None


def _apply(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    statutory: WithdrawalDecision,
    governs: Governing,
    *,
    pnpk: tuple[Citation, ...],
    also: _Contractual,
) -> WithdrawalPromiseDecision:
    """The promise against the act's right: none without a right (unless the promise names a
    trader, who then has a contractual right, art. 395 KC), unknown without the version, the
    act's without a promise or for a customer it does not cover."""
    if statutory.outcome is not True:
        return _no_statutory_right(terms, customer, contract, statutory, governs, also=also)
    if governs.edition is None:
        return _version_unknown(statutory, governs)
    promise = governs.edition.promises.withdrawal
    if promise is None:
        return _as_the_act(statutory, governs, no_promise(WITHDRAWAL_RULE, _WITHDRAWING))
    clause = terms.cite(promise.clause)
    if promise.subjects is not None and contract.subject not in promise.subjects:
        other = Reason(WITHDRAWAL_RULE, "terms.withdrawal.other_contracts", (clause,))
        return _as_the_act(statutory, governs, other)
    status = customer_status(customer, contract.concluded_on).outcome
    assert isinstance(status, Status)  # a right exists only for a known status
    if not covered(promise, status, _PROTECTED_BY_CH_4):
        return _as_the_act(statutory, governs, not_covered(WITHDRAWAL_RULE, status, clause))
    return _weigh(statutory, governs, promise, clause, status=status, pnpk=pnpk)


def _no_statutory_right(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    statutory: WithdrawalDecision,
    governs: Governing,
    *,
    also: _Contractual,
) -> WithdrawalPromiseDecision:
    """The act gives no right (or it is undetermined): a promise naming traders reserves a
    trader a contractual one (art. 395 KC); a promise to others lengthens no right. Where
    the governing version is unknown and a version reserves a trader the right, so is the
    answer."""
    offered = governs.edition.promises.withdrawal if governs.edition else None
    if statutory.outcome is not False:
        return _as_the_act(statutory, governs)
    status = customer_status(customer, contract.concluded_on).outcome
    if offered is not None:
        if _reserves(offered, status, contract):
            return _contractual(terms, contract, statutory, governs, promise=offered, also=also)
        basis = (terms.cite(offered.clause),)
        only = Reason(WITHDRAWAL_RULE, "terms.withdrawal.only_existing_right", basis)
        return _as_the_act(statutory, governs, only)
    if governs.edition is None and governs.missing and any(
        e.promises.withdrawal is not None and _reserves(e.promises.withdrawal, status, contract)
        for e in terms.editions()
    ):
        return version_unknown(
            WithdrawalPromiseDecision, WITHDRAWAL_RULE, statutory, governs,
            statutory_days=statutory.period_days,
        )
    return _as_the_act(statutory, governs)


def _reserves(promise: WithdrawalPromise, status: object, contract: Contract) -> bool:
    """Does the promise name a trader (``covers``) for this kind of contract (``subjects``)?"""
    names_the_contract = promise.subjects is None or contract.subject in promise.subjects
    named = promise.covers is not None and status is Status.TRADER and status in promise.covers
    return named and names_the_contract


def _contractual(
    terms: ShopTerms,
    contract: Contract,
    statutory: WithdrawalDecision,
    governs: Governing,
    *,
    promise: WithdrawalPromise,
    also: _Contractual,
) -> WithdrawalPromiseDecision:
    """Art. 395 § 1 KC: the terms reserve a right of withdrawal for a trader, whom the act
    gives none. It lasts the promised period, counted from the event from which the act counts
    a consumer's (art. 28 UoPK: possession of goods, else conclusion; interpretation
    ``terms.withdrawal.contractual_right``), its end moved off a day off by art. 115 KC; no
    statutory floor applies (art. 7 UoPK protects consumers). The statement is made when it
    reaches the trader (art. 61 § 1 KC): a statement sent in time but not known to have
    arrived leaves the timeliness undetermined."""
    clause = terms.cite(promise.clause)
    basis = (clause, _CONTRACTUAL_RIGHT)
    grants = Reason(WITHDRAWAL_RULE, "terms.withdrawal.contractual", basis)
    like = withdrawal(Customer.consumer(), contract, deliveries=also.deliveries)
    counted = statutory_period(like) if like.outcome is True else None
    decided: dict[str, Any] = {
        **fields(WITHDRAWAL_RULE, statutory, governs),
        "outcome": True,
        "not_applied": statutory.not_applied,
        "promised_days": promise.days,
        "prevails": Prevails.TERMS,
        "statement_sent_on": statutory.statement_sent_on,
    }
    if counted is None:
        summary = Reason(WITHDRAWAL_RULE, "terms.withdrawal.not_started")
        reasons = governs.after(statutory.reasons, grants)
        return WithdrawalPromiseDecision(**decided, summary=summary, reasons=reasons)
    due, counting = count_days(
        WITHDRAWAL_RULE, counted.start, promise.days, counting=Counting.KC,
        event=counted.event, basis=basis,
    )
    timely, verdict = _received_in_time(statutory.statement_sent_on, also.received_on, due.due)
    return WithdrawalPromiseDecision(
        **decided,
        summary=Reason(WITHDRAWAL_RULE, "terms.withdrawal.lasts", (), {"day": due.due}),
        reasons=governs.after(statutory.reasons, grants, *counting, *verdict),
        deadline=due.due,
        promised_deadline=due.due,
        starts_on=counted.start,
        timely=timely,
    )


def _received_in_time(
    sent_on: date | None, received_on: date | None, due: date
) -> tuple[bool | Undetermined | None, tuple[Reason, ...]]:
    """Art. 61 § 1 KC: a statement reaching the trader by the end of ``due`` is in time; one
    sent after it cannot have reached the trader in time."""
    if received_on is not None:
        if sent_on is not None and received_on < sent_on:
            raise InvalidFacts(
                "statement_received_on",
                f"the statement cannot arrive ({received_on}) before it was sent ({sent_on})",
            )
        basis = (_MADE_ON_RECEIPT, _CONTRACTUAL_RIGHT)
        timely, verdict = timeliness(
            WITHDRAWAL_RULE, "terms.withdrawal.received", received_on, due, basis
        )
        return timely, (verdict,)
    if sent_on is None:
        return None, ()
    if sent_on > due:
        late = timeliness(WITHDRAWAL_RULE, "terms.withdrawal.statement", sent_on, due, basis=())
        return False, (late[1],)
    missing = ("statement_received_on",)
    params = {"day": sent_on, "due": due}
    receipt = Reason(
        WITHDRAWAL_RULE, "terms.withdrawal.receipt_decides", (_MADE_ON_RECEIPT,), params
    )
    return Undetermined(missing), (receipt,)


def _weigh(
    statutory: WithdrawalDecision,
    governs: Governing,
    promise: Promise,
    clause: Citation,
    *,
    status: Status,
    pnpk: tuple[Citation, ...],
) -> WithdrawalPromiseDecision:
    """The later end wins (art. 7 UoPK); the statement is judged against it (art. 30 ust. 2
    UoPK: sent in time is enough)."""
    counted = statutory_period(statutory)
    if counted is None or not isinstance(statutory.deadline, date):
        return _pending(statutory, governs, promise)
    a_pnpk = status is Status.PNPK
    weighing = Weighing(
        WITHDRAWAL_RULE, _WITHDRAWING, promise, clause, counted, statutory.deadline,
        customer_period=True, protection=pnpk if a_pnpk else (),
        whom=THE_PNPK if a_pnpk else THE_CONSUMER,
    )
    comparison = compare(
        weighing, count_promise(WITHDRAWAL_RULE, counted, promise, clause, Counting.EU)
    )
    sent_on = statutory.statement_sent_on
    timely: bool | None = None
    sent: tuple[Reason, ...] = ()
    if sent_on is not None:
        timely, verdict = timeliness(
            WITHDRAWAL_RULE, "terms.withdrawal.statement", sent_on, comparison.deadline,
            (_TIMELY_STATEMENT,),
        )
        sent = (verdict,)
    own = without_verdicts(statutory.reasons)
    return WithdrawalPromiseDecision(
        **fields(WITHDRAWAL_RULE, statutory, governs),
        **weighed(own, statutory, governs, promise, comparison, *sent),
        outcome=True,
        summary=Reason(WITHDRAWAL_RULE, "terms.withdrawal.lasts", (), {"day": comparison.deadline}),
        statutory_days=counted.days,
        statutory_deadline=statutory.deadline,
        starts_on=statutory.starts_on,
        statement_sent_on=sent_on,
        timely=timely,
    )


def _as_the_act(
    statutory: WithdrawalDecision, governs: Governing, *why: Reason
) -> WithdrawalPromiseDecision:
    return as_the_act(
        WithdrawalPromiseDecision,
        WITHDRAWAL_RULE,
        statutory,
        governs,
        why,
        statutory_days=statutory.period_days,
        **_the_acts_period(statutory),
    )


def _the_acts_period(statutory: WithdrawalDecision) -> dict[str, Any]:
    """The statutory period's start and what its end still needs, and the statement sent."""
    return {
        "starts_on": statutory.starts_on,
        "deadline_missing": statutory.deadline_missing,
        "statement_sent_on": statutory.statement_sent_on,
        "timely": statutory.timely,
    }


def _version_unknown(
    statutory: WithdrawalDecision, governs: Governing
) -> WithdrawalPromiseDecision:
    """The right exists, but which promise governs is unknown: the act's deadline is the
    floor, and whether the terms give more is undetermined."""
    missing = governs.missing
    floor = statutory.deadline
    timely: bool | Undetermined | None = statutory.timely
    if statutory.statement_sent_on is not None and statutory.timely is not True:
        timely = Undetermined(missing)  # late for the act, perhaps in time for the terms
    summary = statutory.summary
    if floor is not None:
        params = {"day": floor, "missing": missing, "n": len(missing)}
        summary = Reason(WITHDRAWAL_RULE, "terms.withdrawal.at_least", (), params)
    return WithdrawalPromiseDecision(
        **fields(WITHDRAWAL_RULE, statutory, governs),
        **{
            **_the_acts_period(statutory),
            "deadline_missing": (*statutory.deadline_missing, *missing),
            "timely": timely,
        },
        outcome=True,
        summary=summary,
        reasons=governs.after(statutory.reasons),
        not_applied=statutory.not_applied,
        statutory_days=statutory.period_days,
        statutory_deadline=floor if isinstance(floor, date) else None,
    )


def _pending(
    statutory: WithdrawalDecision, governs: Governing, promise: Promise
) -> WithdrawalPromiseDecision:
    """The period has not started (goods still to come) or its end is not known: the promised
    length is kept for when it is."""
    not_started = Reason(WITHDRAWAL_RULE, "terms.withdrawal.not_started")
    return WithdrawalPromiseDecision(
        **fields(WITHDRAWAL_RULE, statutory, governs),
        **_the_acts_period(statutory),
        outcome=True,
        summary=not_started if statutory.starts_on is None else statutory.summary,
        reasons=governs.after(statutory.reasons),
        not_applied=statutory.not_applied,
        statutory_days=statutory.period_days,
        promised_days=promise.days,
    )
