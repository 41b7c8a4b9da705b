"""Clauses a shop keeps for business customers only, and when such a clause binds the buyer:
the liability cap and the exclusion of lost profits, the exclusion of the statutory warranty,
the seller's own right to withdraw, immediate account termination, prepayment, and the court
of the seller's seat. Each rule takes the clause's content as data; which shop wrote it, and
in which paragraph, is the business of :mod:`regulamin.terms.business`.

**Art. 471 and 361 § 2 KC.** A debtor who fails to perform, or performs improperly, repairs
the damage: the loss suffered and the profits lost, "unless a statute or *the contract*
provides otherwise". Between traders the terms may therefore cap liability (at the
remuneration paid for the service, or at a stated amount) and exclude lost profits, except
that

* **art. 473 § 2 KC**: a stipulation that the debtor is not liable for damage it may cause
  *intentionally* is void; by a setting that is on by default, the library treats **gross
  negligence** the same way (interpretation: disputed in the literature, LAW.md [check]);
* **art. 385³ pkt 2 KC**: towards a **consumer** a term excluding or substantially limiting
  liability for non-performance is presumed unfair and does not bind (art. 385¹ § 1);
  **art. 385⁵ KC** (contracts from 2021-01-01) gives a **PNPK** the same protection.

The other clauses bind traders only, each for its own reason when the buyer is a consumer or
a PNPK: the warranty exclusion (art. 558 § 1 KC, never where the seller fraudulently
concealed the defect, § 2), the seller's right to withdraw within a reserved period of
conclusion (art. 395 § 1 KC; the deadline is computed by art. 111 § 2 and 115 KC), immediate
termination of the account (art. 365¹ KC; for a consumer art. 385³ pkt 15), prepayment and
restricted payment methods (art. 353¹ KC), and the court of the seller's seat (art. 46 § 1
KPC; for a consumer art. 385³ pkt 23).

The buyer's status comes from :func:`~regulamin.rules.status.customer_status`: a status that
cannot be determined makes every answer here undetermined, naming the same missing fact.

>>> from datetime import date
>>> from regulamin.models import CapBasis, Customer
>>> clause = LiabilityClause(cap=CapBasis.REMUNERATION_PAID, excludes_lost_profits=True)
>>> claim = DamageClaim(actual_loss="1200.00", lost_profits="5000.00", fault="negligence",
...                     remuneration_paid="300.00")
>>> limited_damages(Customer.company(), date(2026, 3, 2), clause, claim).outcome
Decimal('300.00')
>>> limited_damages(Customer.consumer(), date(2026, 3, 2), clause, claim).outcome
Decimal('6200.00')
>>> reserved_withdrawal(Customer.company(), date(2026, 12, 10), 14).deadline  # 24.12: Wigilia
datetime.date(2026, 12, 28)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..calendars import Counting
from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import DIRECTIVES_2023, KC, KPC, PNPK_2021, UOPK, UOPK_IN_FORCE, Citation
from ..messages import Message
from ..models import Customer
from ..models.liability import CapBasis, DamageClaim, Fault, LiabilityClause
from ..reasons import count_days, in_time, not_before, undetermined, until
from ..registry import Interpretation, Rule, rule
from .status import Status, customer_status

__all__ = [
    "CAP_RULE",
    "COURT_RULE",
    "PREPAYMENT_RULE",
    "SELLER_WITHDRAWAL_RULE",
    "TERMINATION_RULE",
    "WARRANTY_RULE",
    "ClauseDecision",
    "LiabilityDecision",
    "SellerWithdrawalDecision",
    "court_binds",
    "limited_damages",
    "prepayment_binds",
    "reserved_withdrawal",
    "termination_binds",
    "warranty_exclusion_binds",
]

CAP_RULE = "liability.cap"
WARRANTY_RULE = "liability.warranty_exclusion"
SELLER_WITHDRAWAL_RULE = "liability.seller_withdrawal"
TERMINATION_RULE = "liability.account_termination"
PREPAYMENT_RULE = "liability.prepayment"
COURT_RULE = "liability.court_of_seller_seat"

_UNFAIR_TERMS = KC.art("385¹", "1")
_PNPK_UNFAIR_TERMS = KC.art("385⁵")


# --------------------------------------------------------------------------- shared steps


@dataclass(frozen=True, slots=True)
class _Protection:
    """Why a clause for traders does not bind a consumer, and (from 2021) a PNPK. Before 2021
    the status rule never answers PNPK, so those versions give no PNPK reasons."""

    consumer: tuple[Reason, ...]
    pnpk: tuple[Reason, ...] = ()

    def reasons(self, status: Status) -> tuple[Reason, ...]:
        return self.consumer if status is Status.CONSUMER else self.pnpk

    def with_pnpk(self, rule_id: str, *pnpk: Reason) -> _Protection:
        """Art. 385⁵ KC: the unfair-terms rules protect a PNPK as they protect a consumer;
        ``pnpk`` are the reasons of its own, if any, else the consumer's."""
        extension = Reason(rule_id, "liability.pnpk_like_consumer", (_PNPK_UNFAIR_TERMS,))
        return _Protection(self.consumer, (extension, *(pnpk or self.consumer)))


def _screen(
    rule_id: str, customer: Customer, on: date, protection: _Protection
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


def _clause_summary(rule_id: str, outcome: bool | Undetermined) -> Reason:
    """``<rule>.binds``, ``<rule>.does_not_bind`` or ``<rule>.undetermined``."""
    if isinstance(outcome, Undetermined):
        return undetermined(rule_id, f"{rule_id}.undetermined", outcome.missing)
    return Reason(rule_id, f"{rule_id}.binds" if outcome else f"{rule_id}.does_not_bind")


def _clause_decision(
    rule_id: str,
    on: date,
    outcome: bool | Undetermined,
    reasons: list[Reason],
    status: Status | Undetermined,
) -> ClauseDecision:
    return ClauseDecision(
        rule=rule_id,
        outcome=outcome,
        summary=_clause_summary(rule_id, outcome),
        reasons=tuple(reasons),
        law_as_of=on,
        status=None if isinstance(status, Undetermined) else status,
    )


# --------------------------------------------------------------------------- liability cap


@dataclass(frozen=True, slots=True, kw_only=True)
class LiabilityDecision(Decision[Decimal]):
    """How much of the damage the customer may claim, given the terms' limitation clause.

    The outcome is the recoverable amount; ``actual_loss`` and ``lost_profits`` are the two
    parts of the damage (art. 361 § 2 KC); ``limits_apply`` says whether the clause binds and
    reduces the claim (``None`` when undetermined).
    """

    actual_loss: Decimal
    lost_profits: Decimal
    status: Status | None = None
    lost_profits_excluded: bool = False
    cap: Decimal | None = None
    """What remains of the cap on total liability, when a cap applies."""
    limits_apply: bool | None = None


@dataclass(slots=True, kw_only=True)
class _Claimed:
    """A claim and what the cap rule has found so far."""

    claim: DamageClaim
    on: date
    reasons: list[Reason]
    status: Status | None = None

    def decide(
        self,
        outcome: Decimal | Undetermined,
        *,
        not_applied: tuple[Reason, ...] = (),
        lost_profits_excluded: bool = False,
        cap: Decimal | None = None,
        limits_apply: bool | None = None,
    ) -> LiabilityDecision:
        if isinstance(outcome, Undetermined):
            summary = undetermined(CAP_RULE, "liability.cap.undetermined", outcome.missing)
        else:
            summary = Reason(CAP_RULE, "liability.cap.amount", (), {"amount": outcome})
        return LiabilityDecision(
            rule=CAP_RULE,
            outcome=outcome,
            summary=summary,
            reasons=tuple(self.reasons),
            not_applied=not_applied,
            law_as_of=self.on,
            actual_loss=self.claim.actual_loss,
            lost_profits=self.claim.lost_profits,
            status=self.status,
            lost_profits_excluded=lost_profits_excluded,
            cap=cap,
            limits_apply=limits_apply,
        )

    def full(self) -> LiabilityDecision:
        """The whole damage: the clause does not bind or limits nothing."""
        total = self.claim.actual_loss + self.claim.lost_profits
        return self.decide(total, limits_apply=False)


_VOID_FOR_INTENT = KC.art("473", "2")
_DAMAGE = KC.art("361", "2")
_CAP_CONSUMER = KC.art("385³", None, "2")
_CAP_BASIS = (KC.art("471"), _DAMAGE, _VOID_FOR_INTENT, _CAP_CONSUMER)
_CAP_PROTECTION = _Protection(
    (Reason(CAP_RULE, "liability.cap.consumer", (_CAP_CONSUMER, _UNFAIR_TERMS)),)
)
_CAP_LABEL = {
    CapBasis.REMUNERATION_PAID: Message("liability.cap.basis.remuneration_paid"),
    CapBasis.FIXED_AMOUNT: Message("liability.cap.basis.fixed_amount"),
}


def _void_for_fault(claimed: _Claimed, fault: Fault | None, gross_voids: bool) -> bool:
    """Art. 473 § 2 KC, before the clause's content: a void stipulation limits nothing."""
    if fault is Fault.INTENT:
        claimed.reasons.append(Reason(CAP_RULE, "liability.cap.intent", (_VOID_FOR_INTENT,)))
        return True
    if fault is Fault.GROSS_NEGLIGENCE:
        slug = "gross_negligence_as_intent" if gross_voids else "gross_negligence_limited"
        claimed.reasons.append(Reason(CAP_RULE, f"liability.cap.{slug}", (_VOID_FOR_INTENT,)))
        return gross_voids
    return False


def _cap_total(claimed: _Claimed, clause: LiabilityClause) -> Decimal | None:
    """What the clause caps total liability at, with its reason; ``None`` when unknown."""
    claim = claimed.claim
    assert clause.cap is not None
    total = clause.cap_amount if clause.cap is CapBasis.FIXED_AMOUNT else claim.remuneration_paid
    if total is None:
        claimed.reasons.append(Reason(CAP_RULE, "liability.cap.remuneration_unknown"))
        return None
    remaining = max(total - claim.already_compensated, Decimal("0"))
    paid = claim.already_compensated
    params = {"label": _CAP_LABEL[clause.cap], "cap": total, "paid": paid, "remaining": remaining}
    slug = "total_remaining" if paid else "total"
    claimed.reasons.append(Reason(CAP_RULE, f"liability.cap.{slug}", (), params))
    return remaining


def _limit(claimed: _Claimed, clause: LiabilityClause) -> LiabilityDecision:
    """Apply the clause's exclusion of lost profits and its cap to a trader's claim."""
    claim = claimed.claim
    full = claim.actual_loss + claim.lost_profits
    limited, remaining = full, None
    if clause.excludes_lost_profits:
        limited = claim.actual_loss
        params = {"lost": claim.lost_profits}
        claimed.reasons.append(Reason(CAP_RULE, "liability.cap.lost_profits", (_DAMAGE,), params))
    if clause.cap is not None:
        remaining = _cap_total(claimed, clause)
        if remaining is None:
            missing = ("claim.remuneration_paid", *(("claim.fault",) if not claim.fault else ()))
            return claimed.decide(Undetermined(missing))
        limited = min(limited, remaining)
    if limited == full:
        # Nothing is cut off, so how the damage was caused does not matter.
        within = (Reason(CAP_RULE, "liability.cap.within_limits"),)
        return claimed.decide(full, not_applied=within, cap=remaining, limits_apply=False)
    if claim.fault is None:
        claimed.reasons.append(Reason(CAP_RULE, "liability.cap.fault_unknown", (_VOID_FOR_INTENT,)))
        return claimed.decide(Undetermined(("claim.fault",)))
    claimed.reasons.append(Reason(CAP_RULE, "liability.cap.not_intentional", (_VOID_FOR_INTENT,)))
    excluded = clause.excludes_lost_profits and claim.lost_profits > 0
    return claimed.decide(
        limited, lost_profits_excluded=excluded, cap=remaining, limits_apply=True
    )


def _apply_cap(
    protection: _Protection,
    customer: Customer,
    on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    *,
    gross_voids: bool,
) -> LiabilityDecision:
    """Art. 361 § 2 and 471 KC: the whole damage, unless a clause binding a trader limits it."""
    full = claim.actual_loss + claim.lost_profits
    parts = {"actual": claim.actual_loss, "lost": claim.lost_profits, "full": full}
    reasons = [Reason(CAP_RULE, "liability.cap.damage", (_DAMAGE,), parts)]
    status, screening = _screen(CAP_RULE, customer, on, protection)
    claimed = _Claimed(claim=claim, on=on, reasons=reasons + screening)
    if isinstance(status, Undetermined):
        return claimed.decide(status)
    claimed.status = status
    if status is not Status.TRADER:
        return claimed.full()
    claimed.reasons.append(
        Reason(CAP_RULE, "liability.cap.trader_may_limit", (KC.art("471"), KC.art("353¹")))
    )
    if _void_for_fault(claimed, claim.fault, gross_voids):
        return claimed.full()
    if clause.cap is None and not clause.excludes_lost_profits:
        claimed.reasons.append(Reason(CAP_RULE, "liability.cap.no_limits"))
        return claimed.full()
    return _limit(claimed, clause)


@rule(CAP_RULE, on="concluded_on")
def limited_damages(
    customer: Customer,
    concluded_on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    *,
    gross_negligence_voids_limits: bool = True,
) -> LiabilityDecision:
    """The damages ``customer`` may claim for a contract concluded on ``concluded_on``, given
    the terms' limitation ``clause``."""
    raise NotImplementedError  # the signature: the registry applies a version


@limited_damages.version(
    since=UOPK_IN_FORCE,
    until=PNPK_2021,
    basis=_CAP_BASIS,
    interpretations=(
        Interpretation("liability.cap.gross_negligence"),
        Interpretation("liability.cap.presumption"),
    ),
)
def _cap_2014(
    customer: Customer,
    concluded_on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    *,
    gross_negligence_voids_limits: bool = True,
) -> LiabilityDecision:
    """Contracts to 2020: the debtor repairs the loss and the lost profits (art. 471, 361 § 2
    KC), unless the contract provides otherwise; between traders the terms may cap liability
    and exclude lost profits, but never for damage caused intentionally (art. 473 § 2 KC;
    gross negligence too, by the setting on by default: interpretation). Towards a consumer
    such a term is presumed unfair and does not bind (art. 385³ pkt 2, 385¹ § 1 KC)."""
    protection = _CAP_PROTECTION
    return _apply_cap(
        protection, customer, concluded_on, clause, claim, gross_voids=gross_negligence_voids_limits
    )


@limited_damages.version(since=PNPK_2021, basis=(*_CAP_BASIS, _PNPK_UNFAIR_TERMS))
def _cap_2021(
    customer: Customer,
    concluded_on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    *,
    gross_negligence_voids_limits: bool = True,
) -> LiabilityDecision:
    """Contracts from 2021: as before, and the term does not bind a PNPK either (art. 385⁵
    KC)."""
    protection = _CAP_PROTECTION.with_pnpk(CAP_RULE)
    return _apply_cap(
        protection, customer, concluded_on, clause, claim, gross_voids=gross_negligence_voids_limits
    )


# --------------------------------------------------------------------------- warranty exclusion

_CONCEALMENT = KC.art("558", "2")
_WARRANTY_BASIS = (KC.art("558", "1"), _CONCEALMENT)
_WARRANTY_CONSUMER_KC = Reason(WARRANTY_RULE, "liability.warranty_exclusion.consumer_kc",
                               (KC.art("558", "1"),))
_WARRANTY_KC = _Protection((_WARRANTY_CONSUMER_KC,))


def _warranty(
    protection: _Protection, customer: Customer, on: date, fraudulently_concealed: bool | None
) -> ClauseDecision:
    """Art. 558 § 1 KC: between traders the warranty may be excluded; § 2: not where the
    seller fraudulently concealed the defect."""
    status, reasons = _screen(WARRANTY_RULE, customer, on, protection)
    outcome: bool | Undetermined = status if isinstance(status, Undetermined) else False
    if status is Status.TRADER:
        known = {None: "concealment_unknown", True: "concealed", False: "not_concealed"}
        reasons += (
            Reason(WARRANTY_RULE, "liability.warranty_exclusion.parties_may_exclude",
                   (KC.art("558", "1"),)),
            Reason(WARRANTY_RULE, f"liability.warranty_exclusion.{known[fraudulently_concealed]}",
                   (_CONCEALMENT,)),
        )
        if fraudulently_concealed is None:
            outcome = Undetermined(("fraudulently_concealed",))
        else:
            outcome = not fraudulently_concealed
    return _clause_decision(WARRANTY_RULE, on, outcome, reasons, status)


@rule(WARRANTY_RULE, on="concluded_on")
def warranty_exclusion_binds(
    customer: Customer, concluded_on: date, *, fraudulently_concealed: bool | None = None
) -> ClauseDecision:
    """Does an exclusion of the warranty bind ``customer`` for a defect of which we know
    whether the seller ``fraudulently_concealed`` it?"""
    raise NotImplementedError  # the signature: the registry applies a version


@warranty_exclusion_binds.version(since=UOPK_IN_FORCE, until=PNPK_2021, basis=_WARRANTY_BASIS)
def _warranty_2014(
    customer: Customer, concluded_on: date, *, fraudulently_concealed: bool | None = None
) -> ClauseDecision:
    """Contracts to 2020: excludable between traders (art. 558 § 1 KC), unless the seller
    fraudulently concealed the defect (§ 2); not for a consumer."""
    return _warranty(_WARRANTY_KC, customer, concluded_on, fraudulently_concealed)


@warranty_exclusion_binds.version(
    since=PNPK_2021, until=DIRECTIVES_2023, basis=(*_WARRANTY_BASIS, KC.art("556⁴"))
)
def _warranty_2021(
    customer: Customer, concluded_on: date, *, fraudulently_concealed: bool | None = None
) -> ClauseDecision:
    """Contracts of 2021-2022: the consumer limit of art. 558 § 1 KC reaches a PNPK through
    art. 556⁴ KC."""
    pnpk = Reason(WARRANTY_RULE, "liability.warranty_exclusion.pnpk_kc", (KC.art("556⁴"),))
    protection = _Protection((_WARRANTY_CONSUMER_KC,), (pnpk, _WARRANTY_CONSUMER_KC))
    return _warranty(protection, customer, concluded_on, fraudulently_concealed)


@warranty_exclusion_binds.version(
    since=DIRECTIVES_2023,
    basis=(*_WARRANTY_BASIS, UOPK.art("7"), UOPK.art("7aa", "1"), _PNPK_UNFAIR_TERMS),
    interpretations=(Interpretation("liability.warranty_exclusion.pnpk_2023"),),
)
def _warranty_2023(
    customer: Customer, concluded_on: date, *, fraudulently_concealed: bool | None = None
) -> ClauseDecision:
    """Contracts from 2023: consumers and PNPK have the UoPK conformity remedies (chapters
    5a-5b) instead of the KC warranty; between traders art. 558 KC still applies.
    Interpretation: the exclusion does not bind a PNPK (art. 385⁵ with art. 385³ pkt 2 KC)."""
    consumer = Reason(WARRANTY_RULE, "liability.warranty_exclusion.consumer_uopk",
                      (UOPK.art("7"),))
    pnpk = Reason(WARRANTY_RULE, "liability.warranty_exclusion.pnpk_uopk",
                  (UOPK.art("7aa", "1"), _PNPK_UNFAIR_TERMS, _CAP_CONSUMER))
    protection = _Protection((consumer,), (pnpk,))
    return _warranty(protection, customer, concluded_on, fraudulently_concealed)


# --------------------------------------------------------------------------- seller's withdrawal


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
_WITHDRAWAL_BASIS = (_RESERVED_WITHDRAWAL, KC.art("111", "2"), KC.art("115"), _UNFAIR_TERMS)
_WITHDRAWAL_PROTECTION = _Protection(
    (Reason(SELLER_WITHDRAWAL_RULE, "liability.unfair_to_consumer", (_UNFAIR_TERMS,)),)
)


def _withdrawal_summary(outcome: bool, due: date, received_on: date | None) -> Reason:
    rule_id = SELLER_WITHDRAWAL_RULE
    if received_on is None:
        return until(rule_id, Message("liability.seller_withdrawal.may_withdraw"), due)
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
    protection: _Protection, customer: Customer, on: date, days: int, received_on: date | None
) -> SellerWithdrawalDecision:
    """Art. 395 § 1 KC: a right to withdraw reserved for a fixed period; the period is counted
    like a statutory one (art. 110-111 KC), and the statement is an act, so its end rolls
    forward (art. 115 KC)."""
    if days < 1:
        raise InvalidFacts("days", f"a withdrawal period has at least one day, not {days}")
    rule_id = SELLER_WITHDRAWAL_RULE
    status, reasons = _screen(rule_id, customer, on, protection)
    if status is not Status.TRADER:
        outcome = status if isinstance(status, Undetermined) else False
        return SellerWithdrawalDecision(
            rule=rule_id,
            outcome=outcome,
            summary=_clause_summary(rule_id, outcome),
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


@reserved_withdrawal.version(since=PNPK_2021, basis=(*_WITHDRAWAL_BASIS, _PNPK_UNFAIR_TERMS))
def _withdrawal_2021(
    customer: Customer, concluded_on: date, days: int, *, statement_received_on: date | None = None
) -> SellerWithdrawalDecision:
    """Contracts from 2021: as before, and not towards a PNPK either (art. 385⁵ KC)."""
    protection = _WITHDRAWAL_PROTECTION.with_pnpk(SELLER_WITHDRAWAL_RULE)
    return _seller_withdrawal(protection, customer, concluded_on, days, statement_received_on)


# --------------------------------------------------------------------------- clauses for traders
# Termination, prepayment and the court of the seller's seat: each binds every trader for one
# reason of law, and nobody else.


@dataclass(frozen=True, slots=True)
class _TraderClause:
    """A clause that binds every trader for one reason of law, and nobody else."""

    rule_id: str
    consumer: tuple[Citation, ...]
    """The provisions saying why it does not bind a consumer (``<rule>.consumer``)."""
    trader: tuple[Citation, ...]
    """The provisions saying why it binds a trader (``<rule>.trader``)."""

    def apply(self, protection: _Protection, customer: Customer, on: date) -> ClauseDecision:
        status, reasons = _screen(self.rule_id, customer, on, protection)
        outcome: bool | Undetermined = status if isinstance(status, Undetermined) else False
        if status is Status.TRADER:
            outcome = True
            reasons.append(Reason(self.rule_id, f"{self.rule_id}.trader", self.trader))
        return _clause_decision(self.rule_id, on, outcome, reasons, status)

    def register(
        self,
        declared: Rule[[Customer, date], ClauseDecision],
        basis: tuple[Citation, ...],
        interpretations: tuple[Interpretation, ...] = (),
    ) -> None:
        """Two versions: contracts to 2020, protecting a consumer, and from 2021, protecting
        a PNPK the same way (art. 385⁵ KC)."""
        consumer = _Protection((Reason(self.rule_id, f"{self.rule_id}.consumer", self.consumer),))
        eras = (
            (UOPK_IN_FORCE, PNPK_2021, basis, consumer, interpretations),
            (PNPK_2021, None, (*basis, _PNPK_UNFAIR_TERMS), consumer.with_pnpk(self.rule_id), ()),
        )
        for since, end, cited, protection, notes in eras:
            declared.version(since=since, until=end, basis=cited, interpretations=notes)(
                self._version(protection, since.name)
            )

    def _version(
        self, protection: _Protection, era: str
    ) -> Callable[[Customer, date], ClauseDecision]:
        def version(customer: Customer, concluded_on: date) -> ClauseDecision:
            return self.apply(protection, customer, concluded_on)

        version.__doc__ = f"{self.rule_id} for contracts from the epoch {era}."
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
    TERMINATION_RULE, (_TERMINATION_CONSUMER, _UNFAIR_TERMS), (KC.art("365¹"),)
).register(termination_binds, (KC.art("365¹"), _TERMINATION_CONSUMER))
_TraderClause(PREPAYMENT_RULE, (_UNFAIR_TERMS,), (KC.art("353¹"),)).register(
    prepayment_binds,
    (KC.art("353¹"), _UNFAIR_TERMS),
    (Interpretation("liability.prepayment.traders_only"),),
)
_TraderClause(COURT_RULE, (_COURT_CONSUMER, _UNFAIR_TERMS), (KPC.art("46", "1"),)).register(
    court_binds,
    (KPC.art("46", "1"), _COURT_CONSUMER),
    (Interpretation("liability.court_of_seller_seat.agreement_form"),),
)
