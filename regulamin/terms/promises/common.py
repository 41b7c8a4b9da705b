"""What every promise rule shares: which version of the terms governs the order, the
statutory period as the statutory decision counted it, and the comparison of the two periods.

**The more favourable to the customer wins.** For a period the *customer* has (withdrawal)
the later end wins; for a period the *trader* has (a reply, a refund) the earlier end wins.
**Art. 7 UoPK:** a term less favourable to the consumer than the act is void and the act
applies in its place, and the decision says so with the article. A promised period is counted
like the statutory one it changes: from the same event, without that event's day (art. 111
§ 2 KC), its end moved off a day off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from ...calendars import Counting, Deadline
from ...decision import Decision, Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC, UOPK, Citation
from ...messages import Message
from ...models import Status
from ...reasons import DAY_OF_EVENT_NOT_COUNTED, Phrase, count_days, period, undetermined
from ...rules.versions import terms_for_order
from ..shop import Edition, Promise, ShopTerms

T = TypeVar("T")

ART_7 = UOPK.art("7")
"""Art. 7 UoPK: a term less favourable to the consumer than the act is void."""
VERSION_BASIS = KC.art("384", "1")
"""Art. 384 § 1 KC: the standard terms delivered before conclusion bind the contract."""
ENDS_FIRST_BASIS = UOPK.art("29")
"""Art. 29 UoPK: the act may lengthen its own period beyond the terms' one."""


class Prevails(StrEnum):
    """Whose period decides: the statute's, the terms', or both end on the same day."""

    STATUTE = "statute"
    """The terms promise nothing here, or less than the act, or end earlier (art. 29 UoPK)."""
    TERMS = "terms"
    """The terms' period governs: more favourable to the customer than the act (or, between
    traders, a period the law lets the contract set)."""
    EQUAL = "equal"
    """Both periods end on the same day."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PromiseDecision(Decision[T]):
    """A statutory decision with the terms' promise applied.

    ``deadline`` is the period that governs; ``statutory_deadline`` and ``promised_deadline``
    are the two it was chosen from (``None`` where there is none), ``prevails`` says which won.
    ``terms_version`` is the version of the terms that governs the order.
    """

    terms_version: str | None = None
    statutory_days: int | None = None
    promised_days: int | None = None
    statutory_deadline: date | None = None
    promised_deadline: date | None = None
    prevails: Prevails | None = None
    promise_kept: bool | None = None
    """For a promise the trader must keep (a reply, a refund), given the day it acted: did it
    act within the promised period? ``None`` when there is no such promise or no such day."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundPromiseDecision(PromiseDecision[Decimal]):
    """The refund after withdrawal (the amount is the outcome) with the promised period.

    ``payable_by`` is the last day to pay given what came back (``None`` while the trader may
    still withhold the refund, art. 32 ust. 3 UoPK).
    """

    may_withhold: bool = False
    payable_by: date | None = None


# --------------------------------------------------------------------------- the statute's period


@dataclass(frozen=True, slots=True)
class Counted:
    """The statutory period as the statutory decision counted it."""

    days: int
    start: date
    event: Phrase
    basis: tuple[Citation, ...]


def statutory_period(decision: Decision[Any]) -> Counted | None:
    """The period the statutory decision counted in days from an event: its count reason is
    the one citing art. 111 § 2 KC (:func:`regulamin.reasons.deadline_reasons`)."""
    for reason in decision.reasons:
        params = reason.params or {}
        if DAY_OF_EVENT_NOT_COUNTED in reason.basis and "n" in params:
            basis = tuple(c for c in reason.basis if c != DAY_OF_EVENT_NOT_COUNTED)
            return Counted(params["n"], params["start"], params["event"], basis)
    return None


def without_verdicts(reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """The statutory reasons without the act's verdict on an act's timeliness (the statement
    sent, the reply arrived or not), which the governing period decides anew. Such a verdict is
    the reason whose values hold the deadline (``due``) and the act or the day asked about
    (:func:`regulamin.reasons.in_time` and the complaint's standing)."""
    return tuple(r for r in reasons if not _is_verdict(r.message, r.params or {}))


_VERDICT_PARAMS = frozenset({"act", "today", "sent_on", "replied_on"})
_VERDICT_IDS = ("common.in_time", "common.too_late", ".in_time", ".too_late")


def _is_verdict(message: str, params: Mapping[str, Any]) -> bool:
    # by the values (a deadline and the act or the day asked about), or by a message id that
    # says "in time" / "too late", however the statutory rule words it
    return "due" in params and (
        not _VERDICT_PARAMS.isdisjoint(params) or message.endswith(_VERDICT_IDS)
    )


# --------------------------------------------------------------------------- the governing version


@dataclass(frozen=True, slots=True)
class Governing:
    """The version of the terms that governs the order, or what is missing to know it."""

    edition: Edition | None
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...] = ()

    def after(self, statutory: tuple[Reason, ...], *then: Reason) -> tuple[Reason, ...]:
        """The statutory reasons, then how the version was chosen, then ``then``."""
        return (*statutory, *self.reasons, *then)


def governing(rule_id: str, terms: ShopTerms, placed_on: date, version: str | None) -> Governing:
    """Art. 384 § 1 KC: the version delivered before conclusion governs; or the version the
    caller names (a continuing contract's version, from ``versions.continuing``)."""
    if version is not None:
        if version not in terms.editions_by_id:
            known = ", ".join(terms.editions_by_id)
            raise InvalidFacts(
                "version", f"the terms have no version {version!r}; they have {known}"
            )
        named = Reason(rule_id, "terms.version.named", (VERSION_BASIS,), {"id": version})
        return Governing(terms.edition(version), (named,))
    decision = terms_for_order(terms.history, placed_on)
    if isinstance(decision.outcome, Undetermined):
        return Governing(None, (decision.summary, *decision.reasons), decision.outcome.missing)
    return Governing(terms.edition(decision.outcome), decision.reasons)


def covered(promise: Promise, status: Status, protected: frozenset[Status]) -> bool:
    """Does the promise reach a customer of ``status``: those it names, else those the
    statute protects on the point (``protected``)?"""
    return status in (promise.covers if promise.covers is not None else protected)


def not_covered(rule_id: str, status: Status, clause: Citation) -> Reason:
    who = Message(f"terms.who.{status.value}")
    return Reason(rule_id, "terms.promise.not_covered", (clause,), {"who": who})


def no_promise(rule_id: str, what: Phrase) -> Reason:
    return Reason(rule_id, "terms.promise.none", (), {"what": what})


def count_promise(
    rule_id: str, counted: Counted, promise: Promise, clause: Citation, counting: Counting
) -> tuple[Deadline, tuple[Reason, ...]]:
    """The promised period, counted from the statutory period's event (art. 111 § 2 KC)."""
    start, event = counted.start, counted.event
    return count_days(
        rule_id, start, promise.days, counting=counting, event=event, basis=(clause,)
    )


# --------------------------------------------------------------------------- the comparison

THE_CONSUMER = Message("terms.whom.consumer")
THE_PNPK = Message("terms.whom.pnpk")


@dataclass(frozen=True, slots=True)
class Comparison:
    """Which period wins, and the reason saying so."""

    prevails: Prevails
    deadline: date
    reason: Reason
    promised: date
    counted: tuple[Reason, ...]
    """How the promised period was counted."""

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The count of the promised period when it is the period that governs, then the
        reason saying which period wins."""
        shown = self.counted if self.prevails is Prevails.TERMS else ()
        return (*shown, self.reason)


@dataclass(frozen=True, slots=True)
class Weighing:
    """What is set against what: the promise, the act's period and its end."""

    rule_id: str
    what: Phrase
    promise: Promise
    clause: Citation
    counted: Counted
    statutory: date
    customer_period: bool
    """A period the customer has (the later end wins) rather than the trader (the earlier)."""
    protection: tuple[Citation, ...] = ()
    whom: Phrase = THE_CONSUMER


_MESSAGES = {
    # (customer's period?, promise worse?) -> the message
    (True, True): "terms.compare.shorter_void",
    (False, True): "terms.compare.trader_longer_void",
    (True, False): "terms.compare.longer",
    (False, False): "terms.compare.trader_shorter",
}


def compare(w: Weighing, promised: tuple[Deadline, tuple[Reason, ...]]) -> Comparison:
    """The more favourable period wins: the later end of the customer's period, the earlier
    end of the trader's; a less favourable promise is void (art. 7 UoPK, ``protection``).
    ``promised`` is the promised period as :func:`count_promise` counted it."""
    due, counted_reasons = promised[0].due, promised[1]
    days, statutory = w.counted.days, w.statutory
    params: dict[str, Any] = {
        "what": w.what,
        "days": period(w.promise.days),
        "statutory": period(days),
        "whom": w.whom,
    }

    def compared(
        prevails: Prevails, message: str, basis: tuple[Citation, ...], end: date, **more: Any
    ) -> Comparison:
        reason = Reason(w.rule_id, message, basis, {**params, "due": end, **more})
        return Comparison(prevails, end, reason, due, counted_reasons)

    worse = w.promise.days < days if w.customer_period else w.promise.days > days
    if worse:
        basis = (w.clause, ART_7, *w.protection, *w.counted.basis)
        return compared(Prevails.STATUTE, _MESSAGES[w.customer_period, True], basis, statutory)
    better = due > statutory if w.customer_period else due < statutory
    if better:
        message = _MESSAGES[w.customer_period, False]
        return compared(Prevails.TERMS, message, (w.clause, *w.counted.basis), due)
    if due == statutory:
        basis = (w.clause, *w.counted.basis)
        return compared(Prevails.EQUAL, "terms.compare.same", basis, statutory)
    # the promise is at least as long, yet ends first: the act extended its own period
    basis = (w.clause, ENDS_FIRST_BASIS)
    return compared(Prevails.STATUTE, "terms.compare.ends_first", basis, statutory, promised=due)


# --------------------------------------------------------------------------- the decisions

D = TypeVar("D", bound=PromiseDecision[Any])


def fields(rule_id: str, statutory: Decision[Any], governs: Governing) -> dict[str, Any]:
    """The fields every promise decision takes from the statutory decision and the version."""
    edition = governs.edition
    return {
        "rule": rule_id,
        "law_as_of": statutory.law_as_of,
        "terms_version": edition.version.id if edition else None,
    }


def as_the_act(
    kind: type[D],
    rule_id: str,
    statutory: Decision[Any],
    governs: Governing,
    why: tuple[Reason, ...],
    *,
    statutory_days: int | None,
    **extra: Any,
) -> D:
    """The statutory decision stands; ``why`` the promise changes nothing."""
    return kind(
        **fields(rule_id, statutory, governs),
        outcome=statutory.outcome,
        summary=statutory.summary,
        reasons=governs.after(statutory.reasons),
        not_applied=(*statutory.not_applied, *why),
        deadline=statutory.deadline,
        statutory_days=statutory_days,
        statutory_deadline=statutory.deadline,
        prevails=Prevails.STATUTE,
        **extra,
    )


def version_unknown(
    kind: type[D],
    rule_id: str,
    statutory: Decision[Any],
    governs: Governing,
    *,
    statutory_days: int | None,
    **extra: Any,
) -> D:
    """A promise could only shorten the trader's period, and which version governs (so which
    promise) is unknown: so is the deadline."""
    missing = governs.missing
    return kind(
        **fields(rule_id, statutory, governs),
        outcome=Undetermined(missing),
        summary=undetermined(rule_id, "terms.version.unknown", missing),
        reasons=governs.after(statutory.reasons),
        not_applied=statutory.not_applied,
        statutory_days=statutory_days,
        statutory_deadline=statutory.deadline,
        **extra,
    )


def weighed(
    statutory_reasons: tuple[Reason, ...],
    statutory: Decision[Any],
    governs: Governing,
    promise: Promise,
    comparison: Comparison,
    *then: Reason,
) -> dict[str, Any]:
    """The fields of a decision in which the promise was set against the act."""
    return {
        "reasons": governs.after(statutory_reasons, *comparison.reasons, *then),
        "not_applied": statutory.not_applied,
        "deadline": comparison.deadline,
        "promised_days": promise.days,
        "promised_deadline": comparison.promised,
        "prevails": comparison.prevails,
    }


def timeliness(
    rule_id: str, act: str, day: date, due: date, basis: tuple[Citation, ...]
) -> tuple[bool, Reason]:
    """Was the act done on ``day`` by the end of ``due``: the messages ``<act>.in_time`` and
    ``<act>.too_late``, whole sentences naming the act."""
    timely = day <= due
    message = f"{act}.in_time" if timely else f"{act}.too_late"
    return timely, Reason(rule_id, message, basis, {"day": day, "due": due})
