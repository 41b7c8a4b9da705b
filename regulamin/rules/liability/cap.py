"""Art. 471, 361 § 2 and 473 § 2 KC, art. 385³ pkt 2 and 385⁵ KC: the damages a customer may
claim under a clause capping liability or excluding lost profits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ...decision import Decision, Reason, Undetermined
from ...law import KC, PNPK_2021, UOPK_IN_FORCE
from ...messages import Message
from ...models import Customer
from ...models.liability import CapBasis, DamageClaim, Fault, LiabilityClause
from ...reasons import undetermined
from ...registry import Interpretation, rule
from ..status import Status
from ._common import (
    CAP_RULE,
    PNPK_UNFAIR_TERMS,
    UNFAIR_LIMITATION,
    UNFAIR_TERMS,
    Protection,
    status_and_protection,
)

__all__ = ["LiabilityDecision", "limited_damages"]


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
_CAP_BASIS = (KC.art("471"), _DAMAGE, _VOID_FOR_INTENT, UNFAIR_LIMITATION)
_CAP_PROTECTION = Protection(
    (Reason(CAP_RULE, "liability.cap.consumer", (UNFAIR_LIMITATION, UNFAIR_TERMS)),)
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
        void = (_VOID_FOR_INTENT,)
        if gross_voids:
            reason = Reason(CAP_RULE, "liability.cap.gross_negligence_as_intent", void)
        else:
            reason = Reason(CAP_RULE, "liability.cap.gross_negligence_limited", void)
        claimed.reasons.append(reason)
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
    if paid:
        claimed.reasons.append(Reason(CAP_RULE, "liability.cap.total_remaining", (), params))
    else:
        claimed.reasons.append(Reason(CAP_RULE, "liability.cap.total", (), params))
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
    protection: Protection,
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
    status, screening = status_and_protection(CAP_RULE, customer, on, protection)
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
    gross = gross_negligence_voids_limits
    return _apply_cap(_CAP_PROTECTION, customer, concluded_on, clause, claim, gross_voids=gross)


@limited_damages.version(since=PNPK_2021, basis=(*_CAP_BASIS, PNPK_UNFAIR_TERMS))
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
