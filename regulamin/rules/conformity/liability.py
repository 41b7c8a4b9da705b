"""Liability for a defect that appeared on a given day: the regime decides which rule applies,
art. 43c UoPK (goods), art. 43l UoPK (digital content and services) or art. 556-576 KC
(rękojmia); each rule then applies its own periods."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...decision import Undetermined
from ...errors import LawNotCovered
from ...law import KC, UOPK, UOPK_IN_FORCE
from ...law.epochs import DIRECTIVES_2023
from ...models import Contract, Customer, Subject
from ...models.conformity import ConformityFacts
from ...registry import rule
from ..status import Status
from .digital import digital_liability
from .goods import goods_liability
from .periods import (
    LIABILITY,
    PNPK_UNFAIR_TERMS,
    LiabilityDecision,
    check_dates,
    pnpk_terms,
    undetermined_liability,
)
from .regime import Regime, conformity_regime
from .rekojmia import rekojmia_liability

_RULE_FOR_REGIME = {
    Regime.UOPK_GOODS: goods_liability,
    Regime.UOPK_DIGITAL: digital_liability,
    Regime.KC_CONSUMER: rekojmia_liability,
    Regime.KC_TRADER: rekojmia_liability,
}


def _not_straddling(contract: Contract, facts: ConformityFacts) -> None:
    """A continuous supply under a contract before 2023, begun before 2023-01-01 and going on
    after it (or with no end given): the transitional provision splits it in time, which is not
    encoded (see :mod:`.regime`)."""
    if contract.subject is not Subject.DIGITAL_CONTINUOUS or facts.delivered_on >= (
        DIRECTIVES_2023.day
    ):
        return
    if facts.supply_ends_on is None or facts.supply_ends_on >= DIRECTIVES_2023.day:
        raise LawNotCovered(
            LIABILITY,
            contract.concluded_on,
            "a continuous supply begun before 2023-01-01 and continuing after it falls partly "
            "under chapter 5b UoPK (the transitional provision, art. 24 ust. 2 of Directive "
            "2019/770); that split is not encoded",
        )


@rule(LIABILITY, on="contract.concluded_on")
def conformity_liability(
    customer: Customer, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Is the trader liable for a non-conformity (defect) that appeared on ``appeared_on``,
    and is it presumed to have existed at delivery? Also gives the periods' last days."""
    raise NotImplementedError  # the signature: the registry applies a version


@conformity_liability.version(
    since=UOPK_IN_FORCE,
    basis=(UOPK.art("43c"), UOPK.art("43l"), KC.art("568", "1"), KC.art("556²"),
           *PNPK_UNFAIR_TERMS),
)
def _liability_under_regime(
    customer: Customer, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """The dates are checked first (no delivery before the contract, no defect before the
    delivery); then the regime's rule applies, each picking its own version. For a PNPK
    under chapters 5a/5b a term excluding or shortening liability is weighed under art. 385⁵
    with 385¹ § 1 and 385³ pkt 2 KC (art. 7 UoPK protects consumers only)."""
    check_dates(contract, facts, appeared_on)
    digital = contract.subject is not Subject.GOODS
    if digital and contract.concluded_on < DIRECTIVES_2023.day:
        _not_straddling(contract, facts)
    supplied_on = facts.delivered_on if digital else None
    regime_decision = conformity_regime(customer, contract, supplied_on=supplied_on)
    regime = regime_decision.outcome
    if isinstance(regime, Undetermined):
        return undetermined_liability(
            LIABILITY, None, contract, regime.missing, *regime_decision.reasons
        )
    if regime is Regime.UOPK_GOODS and facts.immovable:
        raise LawNotCovered(
            LIABILITY,
            contract.concluded_on,
            "chapter 5a UoPK covers goods, movables only (art. 2 pkt 4 UoPK); the sale of an "
            "immovable to a consumer or PNPK from 2023 falls under the Civil Code's rękojmia "
            "(five years, art. 568 § 1 KC) as amended in 2023, which is not encoded",
        )
    decision = _RULE_FOR_REGIME[regime](regime, contract, facts, appeared_on)
    regime_reasons = (regime_decision.summary, *regime_decision.reasons)
    if regime_decision.status is Status.PNPK and regime.is_uopk:
        decision = replace(decision, reasons=pnpk_terms(decision.reasons),
                           not_applied=pnpk_terms(decision.not_applied))
    return replace(decision, reasons=(*regime_reasons, *decision.reasons))


__all__ = ["conformity_liability"]
