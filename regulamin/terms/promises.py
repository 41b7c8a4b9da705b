"""What a shop's terms promise beyond the statute, applied on top of the statutory decision.

A shop may promise more than the law: 30 days to withdraw instead of 14, a reply to a
complaint within 7 days instead of 14, a faster refund. Each rule here takes the statutory
decision from the public rule function (:func:`~regulamin.rules.withdrawal.withdrawal`,
:func:`~regulamin.rules.complaints.complaint_reply`, :func:`~regulamin.rules.withdrawal.refund`,
:func:`~regulamin.rules.conformity.reduction_refund_deadline`), finds the version of the terms
that governs the order (art. 384 § 1 KC, :func:`~regulamin.rules.versions.terms_for_order`)
and applies its promise: **the more favourable to the customer wins**.

* A period the *customer* has (withdrawal): the later end wins.
* A period the *trader* has (a reply, a refund): the earlier end wins.
* **Art. 7 UoPK.** A term less favourable to the consumer than the act is void and the act
  applies in its place: a promise of 7 days to withdraw, or of 30 days to reply to a complaint,
  never shortens the statutory right, and the decision says so with the article.

A promised period is counted like the statutory period it changes: from the same event,
without that event's day (art. 111 § 2 KC), its end moved off a day off (art. 115 KC, or art.
3 ust. 4 of Regulation 1182/71 for the withdrawal period and its refund).

>>> from datetime import date
>>> from regulamin.models import Contract, Customer, Delivery
>>> from regulamin.terms.shop import ShopTerms
>>> shop = ShopTerms.model_validate({
...     "name": "Regulamin sklepu Przykład",
...     "cited_as": {"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
...     "trader": {"name": "Przykład sp. z o.o."}, "customers": ["consumer"],
...     "policy": "from_effective_day",
...     "versions": [{"id": "v1", "published_on": "2026-01-01", "effective_from": "2026-01-01"}],
...     "promises": {"withdrawal": {"days": 30, "clause": "§ 8 ust. 1"}}})
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
>>> d = promised_withdrawal(shop, Customer.consumer(), order,
...                         deliveries=[Delivery(received_on=date(2026, 12, 10))])
>>> d.statutory_deadline, d.promised_deadline             # 30 days: Sat 9.01.2027 -> Mon 11.01
(datetime.date(2026, 12, 28), datetime.date(2027, 1, 11))
>>> d.deadline, d.prevails
(datetime.date(2027, 1, 11), <Prevails.TERMS: 'terms'>)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from ..calendars import Counting, Deadline, period_end
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK, Citation, Source
from ..models import Complaint, ConformityFacts, Contract, Customer, Delivery
from ..models.withdrawal import (
    INFORMED_BY_CONCLUSION,
    ExclusionClaim,
    GoodsReturn,
    Payments,
    RightInformation,
    WithdrawalStatement,
)
from ..reasons import (
    DAY_OF_EVENT_NOT_COUNTED,
    MONTHS_AND_YEARS,
    count_days,
    in_time,
    missing_summary,
    period,
)
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
from ..rules.complaints import ReplyStatus, complaint_reply
from ..rules.conformity import (
    LiabilityDecision,
    Regime,
    conformity_liability,
    reduction_refund_deadline,
)
from ..rules.status import Status, customer_status
from ..rules.versions import terms_for_order
from ..rules.withdrawal import RefundDecision, WithdrawalDecision, refund, withdrawal
from .shop import Edition, Promise, ShopTerms

# Transitional: the seed terms the promise rules were written from, cited in their versions'
# basis until the rules cite the clause of the shop's terms they are given (terms.cite).
WOOHOO = Source(
    "Regulaminu Woohoo Cloud",
    "Woohoo Cloud Terms",
    "Regulamin świadczenia usług Woohoo Cloud",
    "Woohoo Cloud Terms of Service",
    article_mark="§",
)

__all__ = [
    "COMPLAINT_REPLY_RULE",
    "CONFORMITY_RULE",
    "REDUCTION_REFUND_RULE",
    "WITHDRAWAL_REFUND_RULE",
    "WITHDRAWAL_RULE",
    "ConformityPromiseDecision",
    "Prevails",
    "PromiseDecision",
    "RefundPromiseDecision",
    "WithdrawalPromiseDecision",
    "promised_complaint_reply",
    "promised_conformity",
    "promised_reduction_refund",
    "promised_refund",
    "promised_withdrawal",
]

T = TypeVar("T")

WITHDRAWAL_RULE = "terms.withdrawal"
COMPLAINT_REPLY_RULE = "terms.complaint_reply"
WITHDRAWAL_REFUND_RULE = "terms.withdrawal_refund"
REDUCTION_REFUND_RULE = "terms.reduction_refund"

_ART_7 = UOPK.art("7")
_ART_7A_2 = UOPK.art("7a", "2")
_TIMELY_STATEMENT = UOPK.art("30", "2")
_ART_29 = UOPK.art("29")
_VERSION_BASIS = KC.art("384", "1")
LAW_FROM = date(2014, 12, 25)
"""The consumer rights act (and its art. 7) applies to contracts from this day."""
PNPK_FROM = date(2021, 1, 1)
BEFORE_PNPK = date(2020, 12, 31)
CH_5_FROM = date(2023, 1, 1)
BEFORE_CH_5 = date(2022, 12, 31)


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


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundPromiseDecision(PromiseDecision[Decimal]):
    """The refund after withdrawal (the amount is the outcome) with the promised period.

    ``payable_by`` is the last day to pay given what came back (``None`` while the trader may
    still withhold the refund, art. 32 ust. 3 UoPK).
    """

    may_withhold: bool = False
    payable_by: date | None = None


# --------------------------------------------------------------------------- shared steps


@dataclass(frozen=True, slots=True)
class _Counted:
    """The statutory period as the statutory decision counted it."""

    days: int
    start: date
    event: Text
    basis: tuple[Citation, ...]


def statutory_period(decision: Decision[Any]) -> _Counted | None:
    """The period the statutory decision counted in days from an event: its count reason is
    the one citing art. 111 § 2 KC (:func:`regulamin.reasons.deadline_reasons`)."""
    for reason in decision.reasons:
        params = reason.params or {}
        if DAY_OF_EVENT_NOT_COUNTED in reason.basis and "n" in params:
            basis = tuple(c for c in reason.basis if c != DAY_OF_EVENT_NOT_COUNTED)
            return _Counted(params["n"], params["start"], params["event"], basis)
    return None


@dataclass(frozen=True, slots=True)
class _Governing:
    """The version of the terms that governs the order, or what is missing to know it."""

    edition: Edition | None
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...] = ()

    def after(self, statutory: tuple[Reason, ...], *then: Reason) -> tuple[Reason, ...]:
        """The statutory reasons, then how the version was chosen, then ``then``."""
        return (*statutory, *self.reasons, *then)


def _governing(rule_id: str, terms: ShopTerms, placed_on: date, version: str | None) -> _Governing:
    """Art. 384 § 1 KC: the version delivered before conclusion governs; or the version the
    caller names (a continuing contract's version, from ``versions.continuing``)."""
    if version is not None:
        if version not in terms.editions_by_id:
            known = ", ".join(terms.editions_by_id)
            raise InvalidFacts(
                "version", f"the terms have no version {version!r}; they have {known}"
            )
        named = Reason(
            rule_id,
            "Umowę wiąże wersja {id} regulaminu.",
            "The contract is governed by version {id} of the terms.",
            (_VERSION_BASIS,),
            {"id": version},
        )
        return _Governing(terms.edition(version), (named,))
    decision = terms_for_order(terms.history, placed_on)
    if isinstance(decision.outcome, Undetermined):
        return _Governing(None, (decision.summary, *decision.reasons), decision.outcome.missing)
    return _Governing(terms.edition(decision.outcome), decision.reasons)


def _covered(promise: Promise, status: Status, protected: frozenset[Status]) -> bool:
    return status in (promise.covers if promise.covers is not None else protected)


_WHO = {
    Status.CONSUMER: Text("konsumenta", "a consumer"),
    Status.PNPK: Text("przedsiębiorcy na prawach konsumenta", "a sole trader with consumer rights"),
    Status.TRADER: Text("przedsiębiorcy", "a trader"),
}


def _not_covered(rule_id: str, status: Status, clause: Citation) -> Reason:
    return Reason(
        rule_id,
        "Obietnica regulaminu nie obejmuje {who}.",
        "The terms' promise does not cover {who}.",
        (clause,),
        {"who": _WHO[status]},
    )


def _no_promise(rule_id: str, what: Text) -> Reason:
    return Reason(
        rule_id,
        "Regulamin nie obiecuje własnego terminu na {what}: obowiązuje termin ustawowy.",
        "The terms promise no period of their own for {what}: the statutory period applies.",
        params={"what": what},
    )


def _count_promise(
    rule_id: str, counted: _Counted, promise: Promise, clause: Citation, counting: Counting
) -> tuple[Deadline, tuple[Reason, ...]]:
    """The promised period, counted from the statutory period's event (art. 111 § 2 KC)."""
    return count_days(
        rule_id,
        counted.start,
        promise.days,
        counting=counting,
        event=counted.event,
        basis=(clause,),
    )


_LONGER = (
    "Regulamin daje na {what} {days}, więcej niż ustawa ({statutory}): obowiązuje dłuższy "
    "termin, do {due} r.",
    "The terms give {days} for {what}, more than the act ({statutory}): the longer period "
    "applies, until {due}.",
)
_SHORTER_VOID = (
    "Regulamin daje na {what} tylko {days}, mniej niż ustawa ({statutory}): postanowienie mniej "
    "korzystne dla {whom} niż ustawa jest nieważne i stosuje się ustawę; termin upływa {due} r.",
    "The terms give only {days} for {what}, fewer than the act ({statutory}): a term less "
    "favourable to {whom} than the act is void and the act applies instead; the period ends on "
    "{due}.",
)
_TRADER_SHORTER = (
    "Regulamin daje przedsiębiorcy na {what} {days}, mniej niż ustawa ({statutory}): wiąże go "
    "krótszy termin, do {due} r.",
    "The terms give the trader {days} for {what}, fewer than the act ({statutory}): the shorter "
    "period binds it, until {due}.",
)
_TRADER_LONGER_VOID = (
    "Regulamin daje przedsiębiorcy na {what} {days}, więcej niż ustawa ({statutory}): "
    "postanowienie mniej korzystne dla {whom} niż ustawa jest nieważne i stosuje się ustawę; "
    "termin upływa {due} r.",
    "The terms give the trader {days} for {what}, more than the act ({statutory}): a term less "
    "favourable to {whom} than the act is void and the act applies instead; the period ends on "
    "{due}.",
)
_SAME = (
    "Regulamin daje na {what} {days} (ustawa: {statutory}); oba terminy upływają tego samego "
    "dnia, {due} r.",
    "The terms give {days} for {what} (the act: {statutory}); both periods end on the same "
    "day, {due}.",
)


_THE_CONSUMER = Text("konsumenta", "the consumer")
_THE_PNPK = Text("przedsiębiorcy na prawach konsumenta", "the sole trader with consumer rights")


@dataclass(frozen=True, slots=True)
class _Comparison:
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


def _compare(
    rule_id: str,
    *,
    what: Text,
    promise: Promise,
    clause: Citation,
    counted: _Counted,
    statutory: date,
    promised: tuple[Deadline, tuple[Reason, ...]],
    customer_period: bool,
    protection: tuple[Citation, ...] = (),
    whom: Text = _THE_CONSUMER,
) -> _Comparison:
    """The more favourable period wins: the later end of the customer's period, the earlier
    end of the trader's; a less favourable promise is void (art. 7 UoPK, ``protection``).
    ``promised`` is the promised period as :func:`_count_promise` counted it."""
    promised_due = promised[0].due

    def compared(prevails: Prevails, deadline: date, reason: Reason) -> _Comparison:
        return _Comparison(prevails, deadline, reason, promised_due, promised[1])

    params: dict[str, Any] = {
        "what": what,
        "days": period(promise.days),
        "statutory": period(counted.days),
        "whom": whom,
    }
    worse = promise.days < counted.days if customer_period else promise.days > counted.days
    if worse:
        pl, en = _SHORTER_VOID if customer_period else _TRADER_LONGER_VOID
        basis = (clause, _ART_7, *protection, *counted.basis)
        reason = Reason(rule_id, pl, en, basis, {**params, "due": statutory})
        return compared(Prevails.STATUTE, statutory, reason)
    better = promised_due > statutory if customer_period else promised_due < statutory
    if better:
        pl, en = _LONGER if customer_period else _TRADER_SHORTER
        reason = Reason(rule_id, pl, en, (clause, *counted.basis), {**params, "due": promised_due})
        return compared(Prevails.TERMS, promised_due, reason)
    if promised_due == statutory:
        reason = Reason(rule_id, *_SAME, (clause, *counted.basis), {**params, "due": statutory})
        return compared(Prevails.EQUAL, statutory, reason)
    # the promise is at least as long, yet ends first: the act extended its own period
    reason = Reason(
        rule_id,
        "Termin z regulaminu upływa {promised} r., przed terminem ustawowym, który pozostaje w "
        "mocy do {due} r.",
        "The terms' period ends on {promised}, before the statutory one, which stands until {due}.",
        (clause, _ART_29),
        {"promised": promised_due, "due": statutory},
    )
    return compared(Prevails.STATUTE, statutory, reason)


_D = TypeVar("_D", bound=PromiseDecision[Any])


def _fields(rule_id: str, statutory: Decision[Any], governing: _Governing) -> dict[str, Any]:
    """The fields every promise decision takes from the statutory decision and the version."""
    edition = governing.edition
    return {
        "rule": rule_id,
        "law_as_of": statutory.law_as_of,
        "terms_version": edition.version.id if edition else None,
    }


def _as_the_act(
    kind: type[_D],
    rule_id: str,
    statutory: Decision[Any],
    governing: _Governing,
    why: tuple[Reason, ...],
    *,
    statutory_days: int | None,
    **extra: Any,
) -> _D:
    """The statutory decision stands; ``why`` the promise changes nothing."""
    return kind(
        **_fields(rule_id, statutory, governing),
        outcome=statutory.outcome,
        summary=statutory.summary,
        reasons=governing.after(statutory.reasons),
        not_applied=(*statutory.not_applied, *why),
        deadline=statutory.deadline,
        statutory_days=statutory_days,
        statutory_deadline=statutory.deadline,
        prevails=Prevails.STATUTE,
        **extra,
    )


def _version_unknown(
    kind: type[_D],
    rule_id: str,
    statutory: Decision[Any],
    governing: _Governing,
    *,
    statutory_days: int | None,
    **extra: Any,
) -> _D:
    """A promise could only shorten the trader's period, and which version governs (so which
    promise) is unknown: so is the deadline."""
    missing = governing.missing
    return kind(
        **_fields(rule_id, statutory, governing),
        outcome=Undetermined(missing),
        summary=missing_summary(
            rule_id,
            "Nie wiadomo, która wersja regulaminu wiąże umowę",
            "Which version of the terms governs the contract is not known",
            missing,
        ),
        reasons=governing.after(statutory.reasons),
        not_applied=statutory.not_applied,
        statutory_days=statutory_days,
        statutory_deadline=statutory.deadline,
        **extra,
    )


def _weighed(
    statutory_reasons: tuple[Reason, ...],
    statutory: Decision[Any],
    governing: _Governing,
    promise: Promise,
    comparison: _Comparison,
    *then: Reason,
) -> dict[str, Any]:
    """The fields of a decision in which the promise was set against the act."""
    return {
        "reasons": governing.after(statutory_reasons, *comparison.reasons, *then),
        "not_applied": statutory.not_applied,
        "deadline": comparison.deadline,
        "promised_days": promise.days,
        "promised_deadline": comparison.promised,
        "prevails": comparison.prevails,
    }


# --------------------------------------------------------------------------- withdrawal

_WITHDRAWING = Text("odstąpienie od umowy", "withdrawal")
_LASTS = (
    "Prawo odstąpienia od umowy przysługuje do {day} r.",
    "The right to withdraw from the contract lasts until {day}.",
)
_NOT_STARTED = Reason(
    WITHDRAWAL_RULE,
    "Prawo odstąpienia od umowy przysługuje; termin jeszcze nie biegnie.",
    "The right to withdraw from the contract exists; its period has not started yet.",
)
_SENT = Text("Oświadczenie wysłano", "The statement was sent on")
_ONLY_EXISTING_RIGHT = (
    "Termin z regulaminu wydłuża tylko ustawowe prawo odstąpienia, a tu ono nie przysługuje.",
    "The terms' period lengthens only the statutory right of withdrawal, which does not exist "
    "here.",
)
_COUNTED_LIKE_THE_ACT = Interpretation(
    "Termin odstąpienia z regulaminu liczy się jak ustawowy, który wydłuża: od tego samego "
    "zdarzenia (art. 28 UoPK), z przesunięciem końca na dzień roboczy (art. 3 ust. 4 "
    "rozporządzenia 1182/71). Wydłuża tylko istniejące prawo ustawowe: nie tworzy go dla "
    "przedsiębiorcy ani dla umowy wyłączonej przez art. 38 UoPK.",
    "The terms' withdrawal period is counted like the statutory one it lengthens: from the "
    "same event (art. 28 UoPK), its end moved to a working day (art. 3(4) of Regulation "
    "1182/71). It lengthens only an existing statutory right: it creates none for a trader or "
    "for a contract excluded by art. 38 UoPK.",
)
_PNPK_KEEPS_THE_ACT = Interpretation(
    "Art. 7 UoPK mówi o konsumencie; przedsiębiorcy na prawach konsumenta biblioteka także "
    "zachowuje termin ustawowy wbrew krótszemu terminowi z regulaminu, przez art. 7aa ust. 1 "
    "UoPK (do 2022 r. art. 38a) i kontrolę postanowień niedozwolonych (art. 385⁵ KC): ostrożna "
    "wykładnia.",
    "Art. 7 UoPK speaks of consumers; the library keeps the statutory period for a sole "
    "trader with consumer rights too, against a shorter one in the terms, through art. 7aa(1) "
    "UoPK (until 2022 art. 38a) and the control of unfair terms (art. 385⁵ KC): the "
    "conservative reading.",
)
_PROTECTED_BY_CH_4 = frozenset({Status.CONSUMER, Status.PNPK})


@dataclass(frozen=True, slots=True)
class _PnpkLaw:
    """Why a shorter promise does not bind a PNPK, in one version's wording (``None``: the
    contract is from before 2021, when the law knew no PNPK)."""

    basis: tuple[Citation, ...] | None


_WITHDRAWAL_TITLE = Text(
    "Termin odstąpienia według regulaminu", "Withdrawal period under the shop's terms"
)
_WITHDRAWAL_SUMMARY = Text(
    "Dłuższy termin odstąpienia obiecany w regulaminie wydłuża ustawowy; krótszy jest nieważny i "
    "zastępuje go ustawa (art. 7 UoPK).",
    "A longer withdrawal period promised in the terms lengthens the statutory one; a shorter "
    "one is void and the act applies instead (art. 7 UoPK).",
)
_WITHDRAWAL_SEED = ("Woohoo §10 ust. 1", "Woohoo §11 ust. 10")


@legacy_rule(
    WITHDRAWAL_RULE,
    title=_WITHDRAWAL_TITLE,
    summary=_WITHDRAWAL_SUMMARY,
    basis=(_ART_7, UOPK.art("27", "1"), WOOHOO.art("10", "1")),
    valid_from=LAW_FROM,
    valid_until=BEFORE_PNPK,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=_WITHDRAWAL_SEED,
    interpretations=(_COUNTED_LIKE_THE_ACT,),
)
def _withdrawal_2014() -> _PnpkLaw:
    """Contracts to 2020: art. 7 UoPK keeps the consumer's 14 days (art. 27) against a
    shorter promise; the law knows no PNPK yet."""
    return _PnpkLaw(None)


@legacy_rule(
    WITHDRAWAL_RULE,
    basis=(_ART_7, UOPK.art("27", "1"), UOPK.art("38a"), KC.art("385⁵"), WOOHOO.art("10", "1")),
    valid_from=PNPK_FROM,
    valid_until=BEFORE_CH_5,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_PNPK_KEEPS_THE_ACT,),
)
def _withdrawal_2021() -> _PnpkLaw:
    """Contracts of 2021-2022: the PNPK withdraws under art. 38a UoPK; interpretation: a
    shorter promise does not bind it either (art. 385⁵ KC)."""
    return _PnpkLaw((UOPK.art("38a"), KC.art("385⁵")))


@legacy_rule(
    WITHDRAWAL_RULE,
    basis=(
        _ART_7,
        UOPK.art("27", "1"),
        UOPK.art("7aa", "1"),
        KC.art("385⁵"),
        WOOHOO.art("10", "1"),
    ),
    valid_from=CH_5_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _withdrawal_2023() -> _PnpkLaw:
    """Contracts from 2023: the PNPK has chapter 4 through art. 7aa ust. 1 UoPK;
    interpretation: a shorter promise does not bind it either (art. 385⁵ KC)."""
    return _PnpkLaw((UOPK.art("7aa", "1"), KC.art("385⁵")))


_WITHDRAWAL = REGISTRY[WITHDRAWAL_RULE]


@entry(WITHDRAWAL_RULE)
def promised_withdrawal(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    *,
    deliveries: Sequence[Delivery] = (),
    information: RightInformation = INFORMED_BY_CONCLUSION,
    exclusion: ExclusionClaim | None = None,
    statement_sent_on: date | None = None,
    placed_on: date | None = None,
    version: str | None = None,
) -> WithdrawalPromiseDecision:
    """The right of withdrawal from ``contract`` under the act and the shop's ``terms``.

    The facts are those of :func:`~regulamin.rules.withdrawal.withdrawal`. ``placed_on`` is the
    day the order was placed (by default the day of conclusion): the version of the terms in
    force then governs (art. 384 § 1 KC), unless ``version`` names the one that does.
    """
    law: _PnpkLaw = _WITHDRAWAL.version_for(
        {KeyDate.CONTRACT_CONCLUDED: contract.concluded_on}
    ).func()
    statutory = withdrawal(
        customer,
        contract,
        deliveries=deliveries,
        information=information,
        exclusion=exclusion,
        statement_sent_on=statement_sent_on,
    )
    governing = _governing(WITHDRAWAL_RULE, terms, placed_on or contract.concluded_on, version)
    if statutory.outcome is not True:
        offered = governing.edition.promises.withdrawal if governing.edition else None
        if offered is not None and statutory.outcome is False:
            only = Reason(WITHDRAWAL_RULE, *_ONLY_EXISTING_RIGHT, (terms.cite(offered.clause),))
            return _withdrawal_as_the_act(statutory, governing, only)
        return _withdrawal_as_the_act(statutory, governing)
    if governing.edition is None:
        return _withdrawal_version_unknown(statutory, governing)
    promise = governing.edition.promises.withdrawal
    if promise is None:
        return _withdrawal_as_the_act(
            statutory, governing, _no_promise(WITHDRAWAL_RULE, _WITHDRAWING)
        )
    clause = terms.cite(promise.clause)
    status = customer_status(customer, contract.concluded_on).outcome
    assert isinstance(status, Status)  # a right exists only for a known status
    if not _covered(promise, status, _PROTECTED_BY_CH_4):
        return _withdrawal_as_the_act(
            statutory, governing, _not_covered(WITHDRAWAL_RULE, status, clause)
        )
    counted = statutory_period(statutory)
    if counted is None or statutory.deadline is None:
        return _withdrawal_pending(statutory, governing, promise)
    assert isinstance(statutory.deadline, date)
    comparison = _compare(
        WITHDRAWAL_RULE,
        what=_WITHDRAWING,
        promise=promise,
        clause=clause,
        counted=counted,
        statutory=statutory.deadline,
        promised=_count_promise(WITHDRAWAL_RULE, counted, promise, clause, Counting.EU),
        customer_period=True,
        protection=law.basis if status is Status.PNPK and law.basis else (),
        whom=_THE_PNPK if status is Status.PNPK else _THE_CONSUMER,
    )
    timely: bool | Undetermined | None = None
    sent: tuple[Reason, ...] = ()
    if statement_sent_on is not None:
        timely, verdict = in_time(
            WITHDRAWAL_RULE, _SENT, statement_sent_on, comparison.deadline, (_TIMELY_STATEMENT,)
        )
        sent = (verdict,)
    return WithdrawalPromiseDecision(
        **_fields(WITHDRAWAL_RULE, statutory, governing),
        **_weighed(
            _without_verdicts(statutory.reasons), statutory, governing, promise, comparison, *sent
        ),
        outcome=True,
        summary=Reason(WITHDRAWAL_RULE, *_LASTS, params={"day": comparison.deadline}),
        statutory_days=counted.days,
        statutory_deadline=statutory.deadline,
        starts_on=statutory.starts_on,
        statement_sent_on=statement_sent_on,
        timely=timely,
    )


def _without_verdicts(reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """The statutory reasons without the act's verdict on an act's timeliness (the statement
    sent, the reply arrived or not), which the governing period decides anew. Such a verdict is
    the reason whose values hold the deadline (``due``) and the act or the day asked about
    (:func:`regulamin.reasons.in_time` and the complaint's standing)."""
    return tuple(r for r in reasons if not _is_verdict(r))


def _is_verdict(reason: Reason) -> bool:
    params = reason.params or {}
    return "due" in params and ("act" in params or "today" in params)


def _withdrawal_as_the_act(
    statutory: WithdrawalDecision, governing: _Governing, *why: Reason
) -> WithdrawalPromiseDecision:
    return _as_the_act(
        WithdrawalPromiseDecision,
        WITHDRAWAL_RULE,
        statutory,
        governing,
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


def _withdrawal_version_unknown(
    statutory: WithdrawalDecision, governing: _Governing
) -> WithdrawalPromiseDecision:
    """The right exists, but which promise governs is unknown: the act's deadline is the
    floor, and whether the terms give more is undetermined."""
    missing = governing.missing
    floor = statutory.deadline
    timely: bool | Undetermined | None = statutory.timely
    if statutory.statement_sent_on is not None and statutory.timely is not True:
        timely = Undetermined(missing)  # late for the act, perhaps in time for the terms
    summary = (
        Reason(
            WITHDRAWAL_RULE,
            "Prawo odstąpienia od umowy przysługuje co najmniej do {day} r.; czy regulamin daje "
            "więcej, nie wiadomo: brak faktu {missing}.",
            "The right to withdraw from the contract lasts at least until {day}; whether the "
            "terms give more is not known: {missing} is missing.",
            params={"day": floor, "missing": missing},
        )
        if floor is not None
        else statutory.summary
    )
    return WithdrawalPromiseDecision(
        **_fields(WITHDRAWAL_RULE, statutory, governing),
        **{
            **_the_acts_period(statutory),
            "deadline_missing": (*statutory.deadline_missing, *missing),
            "timely": timely,
        },
        outcome=True,
        summary=summary,
        reasons=governing.after(statutory.reasons),
        not_applied=statutory.not_applied,
        statutory_days=statutory.period_days,
        statutory_deadline=floor,
    )


def _withdrawal_pending(
    statutory: WithdrawalDecision, governing: _Governing, promise: Promise
) -> WithdrawalPromiseDecision:
    """The period has not started (goods still to come) or its end is not known: the promised
    length is kept for when it is."""
    return WithdrawalPromiseDecision(
        **_fields(WITHDRAWAL_RULE, statutory, governing),
        **_the_acts_period(statutory),
        outcome=True,
        summary=_NOT_STARTED if statutory.starts_on is None else statutory.summary,
        reasons=governing.after(statutory.reasons),
        not_applied=statutory.not_applied,
        statutory_days=statutory.period_days,
        promised_days=promise.days,
    )


# --------------------------------------------------------------------------- complaint reply

_REPLYING = Text("odpowiedź na reklamację", "a reply to the complaint")
_RECEIVING = Text("otrzymania reklamacji", "receiving the complaint")
_ARRIVED = Text("Odpowiedź dotarła do konsumenta", "The reply reached the consumer on")
_SHORTER_TAKES_THE_PLACE = Interpretation(
    "Krótszy termin odpowiedzi obiecany konsumentowi zastępuje ustawowy wraz z jego skutkiem: "
    "jeśli odpowiedź nie dotrze w tym terminie, reklamację uważa się za uznaną (art. 7a ust. 2 "
    "UoPK). To wykładnia bezpieczna dla przedsiębiorcy; ustawa wiąże fikcję uznania ze swoim "
    "terminem, więc sąd mógłby przyjąć uznanie dopiero po jego upływie. Obietnica obejmuje "
    "konsumentów, chyba że postanowienie wymienia innych; dla przedsiębiorcy (także na prawach "
    "konsumenta) jest terminem umownym, a brak odpowiedzi nie oznacza uznania reklamacji.",
    "A shorter reply period promised to a consumer takes the place of the statutory one with "
    "its effect: if no reply reaches the consumer within it, the complaint is deemed accepted "
    "(art. 7a(2) UoPK). This is the safe reading for the trader; the act attaches the fiction "
    "to its own period, so a court might find acceptance only once that period ends. The "
    "promise covers consumers unless the clause names others; for a trader (a sole trader with "
    "consumer rights too) it is the contract's period, and silence is not acceptance.",
)
_PROTECTED_BY_7A = frozenset({Status.CONSUMER})
_STANDING = {
    ReplyStatus.PENDING: (
        "Odpowiedź na reklamację musi dotrzeć do konsumenta najpóźniej {due} r.",
        "The reply to the complaint must reach the consumer by {due} at the latest.",
    ),
    ReplyStatus.ANSWERED_IN_TIME: (
        "Odpowiedź na reklamację dotarła do konsumenta {replied_on} r., w terminie (do {due} r.).",
        "The reply to the complaint reached the consumer on {replied_on}, in time (by {due}).",
    ),
    ReplyStatus.DEEMED_ACCEPTED: (
        "Odpowiedź nie dotarła do konsumenta do {due} r.: reklamację uważa się za uznaną.",
        "No reply reached the consumer by {due}: the complaint is deemed accepted.",
    ),
}


@legacy_rule(
    COMPLAINT_REPLY_RULE,
    title=Text(
        "Termin odpowiedzi na reklamację według regulaminu",
        "Complaint reply period under the shop's terms",
    ),
    summary=Text(
        "Krótszy termin odpowiedzi obiecany w regulaminie wiąże przedsiębiorcę; dłuższy jest "
        "nieważny i stosuje się termin ustawowy (art. 7 i 7a UoPK).",
        "A shorter reply period promised in the terms binds the trader; a longer one is void "
        "and the statutory period applies (art. 7 and 7a UoPK).",
    ),
    basis=(_ART_7, UOPK.art("7a", "1"), _ART_7A_2, WOOHOO.art("7", "14")),
    valid_from=LAW_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=("Woohoo §7 ust. 14",),
    interpretations=(_SHORTER_TAKES_THE_PLACE,),
)
def _complaint_reply_2014(
    terms: ShopTerms,
    statutory: Decision[ReplyStatus],
    *,
    status: Status,
    complaint: Complaint,
    today: date,
    replied_on: date | None,
    governing: _Governing,
) -> PromiseDecision[ReplyStatus]:
    """Art. 7 and 7a UoPK: a shorter promised reply period binds the trader, with deemed
    acceptance when it passes (interpretation); a longer one is void and the act's period
    applies. Where the act sets no period (a PNPK, a trader), a promise that covers the
    customer is the contract's period, with no deemed acceptance."""
    edition = governing.edition
    promise = edition.promises.complaint_reply if edition else None
    if edition is None or promise is None:
        if edition is None:
            return _reply_as_the_act(statutory, governing)
        return _reply_as_the_act(statutory, governing, _no_promise(COMPLAINT_REPLY_RULE, _REPLYING))
    clause = terms.cite(promise.clause)
    if not _covered(promise, status, _PROTECTED_BY_7A):
        return _reply_as_the_act(
            statutory, governing, _not_covered(COMPLAINT_REPLY_RULE, status, clause)
        )
    counted = statutory_period(statutory)
    received = _Counted(promise.days, complaint.received_on, _RECEIVING, ())
    promised = _count_promise(
        COMPLAINT_REPLY_RULE, counted or received, promise, clause, Counting.KC
    )
    due = promised[0].due
    kept = None if replied_on is None else replied_on <= due
    if statutory.outcome is ReplyStatus.NO_STATUTORY_DEADLINE or counted is None:
        return _contractual_reply(statutory, governing, promise, promised, clause=clause, kept=kept)
    assert isinstance(statutory.deadline, date)
    comparison = _compare(
        COMPLAINT_REPLY_RULE,
        what=_REPLYING,
        promise=promise,
        clause=clause,
        counted=counted,
        statutory=statutory.deadline,
        promised=promised,
        customer_period=False,
    )
    weighed = _weighed(statutory.reasons, statutory, governing, promise, comparison)
    common: dict[str, Any] = {
        **_fields(COMPLAINT_REPLY_RULE, statutory, governing),
        "statutory_days": counted.days,
        "statutory_deadline": statutory.deadline,
        "promise_kept": kept,
    }
    if comparison.prevails is not Prevails.TERMS:
        return PromiseDecision(
            outcome=statutory.outcome, summary=statutory.summary, **weighed, **common
        )
    standing, standing_reason = _standing(due, today, replied_on, clause)
    return PromiseDecision(
        **{**weighed, "reasons": (*_without_verdicts(weighed["reasons"]), standing_reason)},
        outcome=standing,
        summary=Reason(
            COMPLAINT_REPLY_RULE,
            *_STANDING[standing],
            params={"due": due, "replied_on": replied_on},
        ),
        **common,
    )


def _standing(
    due: date, today: date, replied_on: date | None, clause: Citation
) -> tuple[ReplyStatus, Reason]:
    """Has the reply reached the consumer within the promised period (art. 7a ust. 2 UoPK)?"""
    basis = (clause, _ART_7A_2)
    if replied_on is not None:
        timely, reason = in_time(COMPLAINT_REPLY_RULE, _ARRIVED, replied_on, due, basis)
        return (ReplyStatus.ANSWERED_IN_TIME if timely else ReplyStatus.DEEMED_ACCEPTED), reason
    params = {"due": due, "today": today}
    if today > due:
        return ReplyStatus.DEEMED_ACCEPTED, Reason(
            COMPLAINT_REPLY_RULE,
            "Do {today} r. odpowiedź nie dotarła, a termin z regulaminu upłynął {due} r.: "
            "reklamację uważa się za uznaną.",
            "By {today} no reply had arrived and the terms' period ended on {due}: the "
            "complaint is deemed accepted.",
            basis,
            params,
        )
    return ReplyStatus.PENDING, Reason(
        COMPLAINT_REPLY_RULE,
        "Do {today} r. odpowiedź nie dotarła; termin z regulaminu jeszcze biegnie.",
        "By {today} no reply has arrived; the terms' period is still running.",
        basis,
        params,
    )


def _contractual_reply(
    statutory: Decision[ReplyStatus],
    governing: _Governing,
    promise: Promise,
    promised: tuple[Deadline, tuple[Reason, ...]],
    *,
    clause: Citation,
    kept: bool | None,
) -> PromiseDecision[ReplyStatus]:
    """The act sets no period: the terms' promise is the contract's period, and silence is
    not acceptance."""
    deadline, counted = promised
    summary = Reason(
        COMPLAINT_REPLY_RULE,
        "Ustawa nie wyznacza terminu odpowiedzi na tę reklamację; regulamin obiecuje ją "
        "najpóźniej {due} r., a brak odpowiedzi nie oznacza uznania reklamacji.",
        "The law sets no deadline for replying to this complaint; the terms promise a reply by "
        "{due}, and silence is not acceptance.",
        (clause,),
        {"due": deadline.due},
    )
    return PromiseDecision(
        **_fields(COMPLAINT_REPLY_RULE, statutory, governing),
        outcome=statutory.outcome,
        summary=summary,
        reasons=governing.after(statutory.reasons, *counted),
        not_applied=statutory.not_applied,
        deadline=deadline.due,
        promised_days=promise.days,
        promised_deadline=deadline.due,
        prevails=Prevails.TERMS,
        promise_kept=kept,
    )


def _reply_as_the_act(
    statutory: Decision[ReplyStatus], governing: _Governing, *why: Reason
) -> PromiseDecision[ReplyStatus]:
    counted = statutory_period(statutory)
    days = counted.days if counted else None
    decided = not isinstance(statutory.outcome, Undetermined)
    if (
        governing.edition is None
        and governing.missing
        and decided
        and statutory.outcome is not ReplyStatus.NO_STATUTORY_DEADLINE
    ):
        return _version_unknown(
            PromiseDecision, COMPLAINT_REPLY_RULE, statutory, governing, statutory_days=days
        )
    return _as_the_act(
        PromiseDecision, COMPLAINT_REPLY_RULE, statutory, governing, why, statutory_days=days
    )


_COMPLAINTS = REGISTRY[COMPLAINT_REPLY_RULE]


@entry(COMPLAINT_REPLY_RULE)
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
) -> PromiseDecision[ReplyStatus]:
    """The reply deadline for ``complaint`` under the act and the shop's ``terms``.

    The facts are those of :func:`~regulamin.rules.complaints.complaint_reply`; ``placed_on``
    and ``version`` choose the version of the terms as in :func:`promised_withdrawal`.
    """
    statutory = complaint_reply(
        customer,
        contract,
        complaint,
        today,
        replied_on=replied_on,
        reduction_amount_stated=reduction_amount_stated,
    )
    governing = _governing(COMPLAINT_REPLY_RULE, terms, placed_on or contract.concluded_on, version)
    status = customer_status(customer, contract.concluded_on).outcome
    if not isinstance(status, Status) or isinstance(statutory.outcome, Undetermined):
        return _reply_as_the_act(statutory, governing)
    law = _COMPLAINTS.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    decision: PromiseDecision[ReplyStatus] = law.func(
        terms,
        statutory,
        status=status,
        complaint=complaint,
        today=today,
        replied_on=replied_on,
        governing=governing,
    )
    return decision


# --------------------------------------------------------------------------- refunds

_REFUNDING = Text("zwrot płatności", "the refund")
_REFUND_COUNTED_LIKE_THE_ACT = Interpretation(
    "Termin zwrotu z regulaminu liczy się jak ustawowy: od otrzymania oświadczenia, z "
    "przesunięciem końca na dzień roboczy. Krótszy termin nie odbiera przedsiębiorcy prawa "
    "wstrzymania się ze zwrotem do otrzymania towaru albo dowodu jego odesłania (art. 32 ust. 3 "
    "UoPK); gdy dotrą one po upływie obiecanego terminu, zwrot należy się najpóźniej w dniu ich "
    "otrzymania. Zrzeczenia się tego prawa w regulaminie biblioteka nie modeluje.",
    "The terms' refund period is counted like the statutory one: from receiving the statement, "
    "its end moved to a working day. A shorter period does not take away the trader's right to "
    "withhold the refund until the goods or proof of their dispatch arrive (art. 32(3) UoPK); "
    "where they arrive after the promised period, the refund is due on the day they arrive at "
    "the latest. Terms waiving that right are not modelled.",
)


@legacy_rule(
    WITHDRAWAL_REFUND_RULE,
    title=Text(
        "Termin zwrotu płatności po odstąpieniu według regulaminu",
        "Refund period after withdrawal under the shop's terms",
    ),
    summary=Text(
        "Krótszy termin zwrotu obiecany w regulaminie wiąże przedsiębiorcę; dłuższy jest "
        "nieważny i stosuje się 14 dni z art. 32 ust. 1 UoPK (art. 7 UoPK).",
        "A shorter refund period promised in the terms binds the trader; a longer one is void "
        "and the 14 days of art. 32(1) UoPK apply (art. 7 UoPK).",
    ),
    basis=(_ART_7, UOPK.art("32", "1"), UOPK.art("32", "3"), WOOHOO.art("10", "4")),
    valid_from=LAW_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=("Woohoo §10 ust. 4",),
    interpretations=(_REFUND_COUNTED_LIKE_THE_ACT,),
)
def _refund_2014(
    terms: ShopTerms, statutory: RefundDecision, governing: _Governing, released_on: date | None
) -> RefundPromiseDecision:
    """Art. 7 and art. 32 UoPK: a shorter promised refund period binds the trader (who may
    still withhold the refund under art. 32 ust. 3: interpretation); a longer one is void."""
    edition = governing.edition
    promise = edition.promises.withdrawal_refund if edition else None
    counted = statutory_period(statutory)
    days = counted.days if counted else None
    withhold = statutory.may_withhold
    if edition is None or promise is None or counted is None:
        if edition is None and governing.missing:
            return _version_unknown(
                RefundPromiseDecision,
                WITHDRAWAL_REFUND_RULE,
                statutory,
                governing,
                statutory_days=days,
                may_withhold=withhold,
            )
        why = (_no_promise(WITHDRAWAL_REFUND_RULE, _REFUNDING),) if edition and not promise else ()
        return _as_the_act(
            RefundPromiseDecision,
            WITHDRAWAL_REFUND_RULE,
            statutory,
            governing,
            why,
            statutory_days=days,
            may_withhold=withhold,
            payable_by=statutory.payable_by,
        )
    comparison = _compare_trader_period(
        WITHDRAWAL_REFUND_RULE,
        terms,
        statutory,
        promise,
        counted,
        what=_REFUNDING,
        counting=Counting.EU,
    )
    payable_by = statutory.payable_by
    summary = statutory.summary
    if comparison.prevails is Prevails.TERMS:
        payable_by = _payable_by(comparison.deadline, withhold, released_on)
        if payable_by is not None and not isinstance(statutory.outcome, Undetermined):
            summary = Reason(
                WITHDRAWAL_REFUND_RULE,
                "Przedsiębiorca zwraca konsumentowi {amount} najpóźniej {day} r.",
                "The trader refunds {amount} to the consumer by {day} at the latest.",
                params={"amount": statutory.outcome, "day": payable_by},
            )
    return RefundPromiseDecision(
        **_fields(WITHDRAWAL_REFUND_RULE, statutory, governing),
        **_weighed(statutory.reasons, statutory, governing, promise, comparison),
        outcome=statutory.outcome,
        summary=summary,
        statutory_days=counted.days,
        statutory_deadline=statutory.deadline,
        may_withhold=withhold,
        payable_by=payable_by,
    )


def _compare_trader_period(
    rule_id: str,
    terms: ShopTerms,
    statutory: Decision[Any],
    promise: Promise,
    counted: _Counted,
    *,
    what: Text,
    counting: Counting,
) -> _Comparison:
    """A period the trader has (a refund): the promise is counted like the act's period and
    the earlier end wins, unless the promise is longer and so void (art. 7 UoPK)."""
    clause = terms.cite(promise.clause)
    assert isinstance(statutory.deadline, date)  # the act's 14 days always give one
    return _compare(
        rule_id,
        what=what,
        promise=promise,
        clause=clause,
        counted=counted,
        statutory=statutory.deadline,
        promised=_count_promise(rule_id, counted, promise, clause, counting),
        customer_period=False,
    )


def _payable_by(due: date, may_withhold: bool, released_on: date | None) -> date | None:
    """Art. 32 ust. 3 UoPK with the promised ``due``: withholding until the goods or proof
    arrive, then due on the later of the two days."""
    if not may_withhold:
        return due
    if released_on is None:
        return None
    return max(due, released_on)


_REFUNDS = REGISTRY[WITHDRAWAL_REFUND_RULE]


@entry(WITHDRAWAL_REFUND_RULE)
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
    statutory = refund(contract, statement, payments, goods_return)
    governing = _governing(
        WITHDRAWAL_REFUND_RULE, terms, placed_on or contract.concluded_on, version
    )
    back = goods_return or GoodsReturn()
    arrivals = [d for d in (back.received_back_on, back.dispatch_proof_received_on) if d]
    law = _REFUNDS.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    decision: RefundPromiseDecision = law.func(
        terms, statutory, governing, min(arrivals) if arrivals else None
    )
    return decision


_REDUCING = Text("zwrot kwoty z obniżenia ceny", "refunding a price reduction")


@legacy_rule(
    REDUCTION_REFUND_RULE,
    title=Text(
        "Termin zwrotu po obniżeniu ceny według regulaminu",
        "Refund period after a price reduction under the shop's terms",
    ),
    summary=Text(
        "Krótszy termin zwrotu obiecany w regulaminie wiąże przedsiębiorcę; dłuższy jest "
        "nieważny i stosuje się 14 dni z ustawy (art. 7 UoPK).",
        "A shorter refund period promised in the terms binds the trader; a longer one is void "
        "and the act's 14 days apply (art. 7 UoPK).",
    ),
    basis=(_ART_7, UOPK.art("43e", "3"), UOPK.art("43o", "6"), WOOHOO.art("7", "10")),
    valid_from=CH_5_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=("Woohoo §7 ust. 10",),
)
def _reduction_refund_2023(
    terms: ShopTerms, statutory: Decision[date], governing: _Governing
) -> PromiseDecision[date]:
    """Art. 7 UoPK with art. 43e ust. 3 (goods) and 43o ust. 6 (digital content and
    services): a shorter promised refund period binds the trader; a longer one is void."""
    edition = governing.edition
    promise = edition.promises.reduction_refund if edition else None
    counted = statutory_period(statutory)
    days = counted.days if counted else None
    if edition is None or promise is None or counted is None:
        if edition is None and governing.missing and counted is not None:
            return _version_unknown(
                PromiseDecision, REDUCTION_REFUND_RULE, statutory, governing, statutory_days=days
            )
        why = (_no_promise(REDUCTION_REFUND_RULE, _REDUCING),) if edition and not promise else ()
        return _as_the_act(
            PromiseDecision, REDUCTION_REFUND_RULE, statutory, governing, why, statutory_days=days
        )
    comparison = _compare_trader_period(
        REDUCTION_REFUND_RULE,
        terms,
        statutory,
        promise,
        counted,
        what=_REDUCING,
        counting=Counting.KC,
    )
    summary = statutory.summary
    if comparison.prevails is Prevails.TERMS:
        summary = Reason(
            REDUCTION_REFUND_RULE,
            "Przedsiębiorca zwraca należną kwotę najpóźniej {day} r.",
            "The trader refunds the amount due by {day} at the latest.",
            params={"day": comparison.deadline},
        )
    return PromiseDecision(
        **_fields(REDUCTION_REFUND_RULE, statutory, governing),
        **_weighed(statutory.reasons, statutory, governing, promise, comparison),
        outcome=comparison.deadline,
        summary=summary,
        statutory_days=counted.days,
        statutory_deadline=statutory.deadline,
    )


_REDUCTIONS = REGISTRY[REDUCTION_REFUND_RULE]


@entry(REDUCTION_REFUND_RULE)
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
    law = _REDUCTIONS.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    statutory = reduction_refund_deadline(customer, contract, statement_received_on)
    governing = _governing(
        REDUCTION_REFUND_RULE, terms, placed_on or contract.concluded_on, version
    )
    decision: PromiseDecision[date] = law.func(terms, statutory, governing)
    return decision


# --------------------------------------------------------------------------- conformity

CONFORMITY_RULE = "terms.conformity"


@dataclass(frozen=True, slots=True, kw_only=True)
class ConformityPromiseDecision(Decision[bool]):
    """Liability for a non-conformity (the outcome) with the terms' promised period applied.

    ``liability_ends`` is the governing period's last day (never rolled forward); the
    statutory and promised ends are the two it was chosen from.
    """

    terms_version: str | None = None
    regime: Regime | None = None
    presumed: bool | None = None
    liability_ends: date | None = None
    presumption_ends: date | None = None
    statutory_liability_ends: date | None = None
    promised_liability_ends: date | None = None
    prevails: Prevails | None = None


_LONGER_LIABILITY = Interpretation(
    "Okres odpowiedzialności obiecany w regulaminie jest okresem z umowy (art. 43c ust. 1, 43l "
    "ust. 1 UoPK; art. 558 § 1, 568 KC): dłuższy wiąże przedsiębiorcę, krótszy nie wiąże "
    "konsumenta ani przedsiębiorcy na prawach konsumenta (art. 7 UoPK), a między przedsiębiorcami "
    "wiąże. Obietnica dotyczy okresu odpowiedzialności, nie domniemania, a gdy postanowienie "
    "wymienia rodzaje umów – tylko tych.",
    "A liability period promised in the terms is the contract's period (art. 43c(1), 43l(1) "
    "UoPK; art. 558 § 1, 568 KC): a longer one binds the trader, a shorter one binds neither a "
    "consumer nor a sole trader with consumer rights (art. 7 UoPK) but binds between traders. "
    "The promise concerns the liability period, not the presumption, and, where the clause "
    "names kinds of contracts, only those.",
)


@legacy_rule(
    CONFORMITY_RULE,
    title=Text(
        "Okres odpowiedzialności za zgodność z umową według regulaminu",
        "Liability period for non-conformity under the shop's terms",
    ),
    summary=Text(
        "Dłuższy okres odpowiedzialności obiecany w regulaminie wiąże przedsiębiorcę; krótszy nie "
        "wiąże konsumenta (art. 7 UoPK).",
        "A longer liability period promised in the terms binds the trader; a shorter one does not "
        "bind the consumer (art. 7 UoPK).",
    ),
    basis=(
        _ART_7,
        UOPK.art("43c", "1"),
        UOPK.art("43l", "1"),
        KC.art("558", "1"),
        WOOHOO.art("7", "12"),
    ),
    valid_from=LAW_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=("Woohoo §7 ust. 12",),
    interpretations=(_LONGER_LIABILITY,),
)
def _conformity_2014(
    terms: ShopTerms,
    contract: Contract,
    facts: ConformityFacts,
    *,
    statutory: LiabilityDecision,
    with_promise: Callable[[int], LiabilityDecision],
    governing: _Governing,
) -> ConformityPromiseDecision:
    """The terms' liability period is the contract's period, which the statutory rule weighs
    (art. 7 UoPK for consumers and PNPK, art. 558 § 1 KC between traders); the decision says
    which period governs."""
    edition = governing.edition
    promise = edition.promises.conformity if edition else None
    common: dict[str, Any] = {
        "rule": CONFORMITY_RULE,
        "law_as_of": statutory.law_as_of,
        "terms_version": edition.version.id if edition else None,
        "regime": statutory.regime,
        "statutory_liability_ends": statutory.liability_ends,
    }
    applies = promise is not None and (
        promise.subjects is None or contract.subject in promise.subjects
    )
    if edition is None or promise is None or not applies:
        why: tuple[Reason, ...] = ()
        if edition is not None and promise is None:
            why = (_no_promise(CONFORMITY_RULE, _LIABILITY),)
        elif promise is not None and not applies:
            why = (
                Reason(
                    CONFORMITY_RULE,
                    "Okres z regulaminu dotyczy innych umów niż ta.",
                    "The terms' period concerns other contracts than this one.",
                    (terms.cite(promise.clause),),
                ),
            )
        outcome: bool | Undetermined = statutory.outcome
        if edition is None and governing.missing and statutory.outcome is False:
            outcome = Undetermined(governing.missing)  # a promise might still cover it
        return ConformityPromiseDecision(
            outcome=outcome,
            summary=statutory.summary,
            reasons=(*statutory.reasons, *governing.reasons),
            not_applied=(*statutory.not_applied, *why),
            presumed=statutory.presumed,
            liability_ends=statutory.liability_ends,
            presumption_ends=statutory.presumption_ends,
            prevails=Prevails.STATUTE if edition else None,
            **common,
        )
    clause = terms.cite(promise.clause)
    decided = with_promise(promise.months)
    promised_end = period_end(facts.delivered_on, months=promise.months)
    stated = Reason(
        CONFORMITY_RULE,
        "Regulamin przewiduje odpowiedzialność za brak zgodności ujawniony w ciągu {months} mies. "
        "od dostarczenia, czyli do {end} r.",
        "The terms provide for liability for a non-conformity appearing within {months} months "
        "of delivery, that is until {end}.",
        (clause, MONTHS_AND_YEARS),
        {"months": promise.months, "end": promised_end},
    )
    baseline = statutory.liability_ends
    governing_end = decided.liability_ends
    if baseline is None or governing_end is None or governing_end == baseline:
        shorter = baseline is not None and promised_end < baseline
        prevails = Prevails.STATUTE if shorter else Prevails.EQUAL
    else:
        prevails = Prevails.TERMS
    return ConformityPromiseDecision(
        outcome=decided.outcome,
        summary=decided.summary,
        reasons=(*governing.reasons, stated, *decided.reasons),
        not_applied=decided.not_applied,
        presumed=decided.presumed,
        liability_ends=governing_end,
        presumption_ends=decided.presumption_ends,
        promised_liability_ends=promised_end,
        prevails=prevails,
        **common,
    )


_LIABILITY = Text("odpowiedzialność za brak zgodności", "liability for non-conformity")
_CONFORMITY = REGISTRY[CONFORMITY_RULE]


@entry(CONFORMITY_RULE)
def promised_conformity(
    terms: ShopTerms,
    customer: Customer,
    contract: Contract,
    facts: ConformityFacts,
    appeared_on: date,
    *,
    placed_on: date | None = None,
    version: str | None = None,
) -> ConformityPromiseDecision:
    """Is the trader liable for a non-conformity that appeared on ``appeared_on``, under the
    act and the liability period the shop's ``terms`` promise (the facts of
    :func:`~regulamin.rules.conformity.conformity_liability`)?

    The promised period is the contract's period (``facts.contractual_period_months``); facts
    that state another one contradict the terms (:class:`~regulamin.errors.InvalidFacts`).
    """
    law = _CONFORMITY.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    governing = _governing(CONFORMITY_RULE, terms, placed_on or contract.concluded_on, version)
    promise = governing.edition.promises.conformity if governing.edition else None
    stated = facts.contractual_period_months
    if promise is not None and stated is not None and stated != promise.months:
        raise InvalidFacts(
            "facts.contractual_period_months",
            f"{stated} months, but the terms promise {promise.months} ({promise.clause})",
        )
    statutory = conformity_liability(
        customer,
        contract,
        facts.model_copy(update={"contractual_period_months": None}),
        appeared_on,
    )

    def with_promise(months: int) -> LiabilityDecision:
        promised = facts.model_copy(update={"contractual_period_months": months})
        return conformity_liability(customer, contract, promised, appeared_on)

    decision: ConformityPromiseDecision = law.func(
        terms,
        contract,
        facts,
        statutory=statutory,
        with_promise=with_promise,
        governing=governing,
    )
    return decision
