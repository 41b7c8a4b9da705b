"""The liability period for non-conformity a shop's terms promise (art. 43c ust. 1, 43l
ust. 1 UoPK; art. 558 § 1, 568 KC).

The promised period is the contract's period, which the statutory rule weighs
(:func:`~regulamin.rules.conformity.conformity_liability` with
``contractual_period_months``): a longer one binds the trader, a shorter one binds neither a
consumer nor a PNPK (art. 7 UoPK) but binds between traders (interpretation
``terms.conformity.longer_liability``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...calendars import period_end
from ...decision import Decision, Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC, UOPK, UOPK_IN_FORCE
from ...messages import Message
from ...models import ConformityFacts, Contract, Customer
from ...reasons import MONTHS_AND_YEARS
from ...registry import Interpretation, rule
from ...rules.conformity import LiabilityDecision, Regime, conformity_liability
from ..shop import PeriodPromise, ShopTerms
from .common import ART_7, Governing, Prevails, governing, no_promise

CONFORMITY_RULE = "terms.conformity"
_LIABILITY = Message("terms.conformity.what")


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


@rule(CONFORMITY_RULE, on="contract.concluded_on")
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
    raise NotImplementedError  # the signature: the registry applies a version


@promised_conformity.version(
    since=UOPK_IN_FORCE,
    basis=(ART_7, UOPK.art("43c", "1"), UOPK.art("43l", "1"), KC.art("558", "1")),
    interpretations=(Interpretation("terms.conformity.longer_liability"),),
)
def _conformity_2014(
    terms: ShopTerms, customer: Customer, contract: Contract, facts: ConformityFacts,
    appeared_on: date, *, placed_on: date | None = None, version: str | None = None,
) -> ConformityPromiseDecision:
    """The terms' liability period is the contract's period, which the statutory rule weighs
    (art. 7 UoPK for consumers and PNPK, art. 558 § 1 KC between traders)."""
    governs = governing(CONFORMITY_RULE, terms, placed_on or contract.concluded_on, version)
    promise = governs.edition.promises.conformity if governs.edition else None
    stated = facts.contractual_period_months
    if promise is not None and stated is not None and stated != promise.months:
        raise InvalidFacts(
            "facts.contractual_period_months",
            f"{stated} months, but the terms promise {promise.months} ({promise.clause})",
        )

    def liability(months: int | None) -> LiabilityDecision:
        given = facts.model_copy(update={"contractual_period_months": months})
        return conformity_liability(customer, contract, given, appeared_on)

    return _apply(terms, contract, facts, liability, governs)


def _apply(
    terms: ShopTerms,
    contract: Contract,
    facts: ConformityFacts,
    liability: Callable[[int | None], LiabilityDecision],
    governs: Governing,
) -> ConformityPromiseDecision:
    """The act's decision where there is no promise for this contract; else the decision
    with the promised period as the contract's."""
    statutory = liability(None)
    edition = governs.edition
    promise = edition.promises.conformity if edition else None
    common: dict[str, Any] = {
        "rule": CONFORMITY_RULE,
        "law_as_of": statutory.law_as_of,
        "terms_version": edition.version.id if edition else None,
        "regime": statutory.regime,
        "statutory_liability_ends": statutory.liability_ends,
    }
    if promise is not None and (promise.subjects is None or contract.subject in promise.subjects):
        return _promised(
            terms, facts, promise, liability, statutory=statutory, governs=governs,
            common=common,
        )
    why: tuple[Reason, ...] = ()
    if edition is not None and promise is None:
        why = (no_promise(CONFORMITY_RULE, _LIABILITY),)
    elif promise is not None:
        basis = (terms.cite(promise.clause),)
        why = (Reason(CONFORMITY_RULE, "terms.conformity.other_contracts", basis),)
    outcome: bool | Undetermined = statutory.outcome
    if edition is None and governs.missing and statutory.outcome is False:
        outcome = Undetermined(governs.missing)  # a promise might still cover it
    return ConformityPromiseDecision(
        outcome=outcome,
        summary=statutory.summary,
        reasons=(*statutory.reasons, *governs.reasons),
        not_applied=(*statutory.not_applied, *why),
        presumed=statutory.presumed,
        liability_ends=statutory.liability_ends,
        presumption_ends=statutory.presumption_ends,
        prevails=Prevails.STATUTE if edition else None,
        **common,
    )


def _promised(
    terms: ShopTerms,
    facts: ConformityFacts,
    promise: PeriodPromise,
    liability: Callable[[int | None], LiabilityDecision],
    *,
    statutory: LiabilityDecision,
    governs: Governing,
    common: dict[str, Any],
) -> ConformityPromiseDecision:
    """The statutory rule decides with the promised months as the contract's period; the
    terms prevail where that moves the end of liability."""
    decided = liability(promise.months)
    promised_end = period_end(facts.delivered_on, months=promise.months)
    stated = Reason(
        CONFORMITY_RULE,
        "terms.conformity.stated",
        (terms.cite(promise.clause), MONTHS_AND_YEARS),
        {"months": promise.months, "n": promise.months, "end": promised_end},
    )
    baseline, governing_end = statutory.liability_ends, decided.liability_ends
    if baseline is None or governing_end is None or governing_end == baseline:
        shorter = baseline is not None and promised_end < baseline
        prevails = Prevails.STATUTE if shorter else Prevails.EQUAL
    else:
        prevails = Prevails.TERMS
    return ConformityPromiseDecision(
        outcome=decided.outcome,
        summary=decided.summary,
        reasons=(*governs.reasons, stated, *decided.reasons),
        not_applied=decided.not_applied,
        presumed=decided.presumed,
        liability_ends=governing_end,
        presumption_ends=decided.presumption_ends,
        promised_liability_ends=promised_end,
        prevails=prevails,
        **common,
    )
