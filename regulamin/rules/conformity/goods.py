"""Goods: how long the trader is liable for non-conformity, and what is presumed (art. 43c
UoPK, chapter 5a, contracts from 2023).

**Art. 43c ust. 1.** The trader is liable for non-conformity existing at delivery and
appearing within two years of it, unless the shelf life the trader (or the producer) declared
is longer; a non-conformity appearing before two years have passed is presumed to have
existed at delivery, unless proven otherwise or incompatible with the nature of the goods or
of the non-conformity. Used goods get the same two years (art. 7 voids a shorter term).

**Ust. 2.** A trader who fraudulently concealed the non-conformity cannot rely on the period.
Concealment not given is not assumed (interpretation: the consumer proves it, art. 6 KC); a
"not liable" it would turn round says "unless fraudulent concealment is shown".

**Ust. 3.** Goods whose digital elements are supplied continuously: liability for their
non-conformity that occurred or appeared during the supply period, at least two years;
presumed only if it appeared then, and for one appearing later ``occurred_on`` is asked for.
The longer period covers only a non-conformity *of the digital elements*: one of the goods
otherwise has the two years of ust. 1. Which part is non-conforming
(``conformity.digital_elements_nonconforming``) is asked for where the two readings give
different answers, and not where they agree.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...decision import Reason, Undetermined
from ...law import UOPK
from ...law.epochs import DIRECTIVES_2023
from ...law.parameters import GOODS_LIABILITY, GOODS_PRESUMPTION
from ...messages import Message
from ...models import Contract
from ...models.conformity import ConformityFacts
from ...reasons import MONTHS_AND_YEARS
from ...registry import Interpretation, rule
from .periods import (
    EXISTED_AT_DELIVERY,
    GOODS,
    VOID,
    Expiry,
    LiabilityDecision,
    Periods,
    SupplyWindow,
    after_supply_window,
    end_of,
    occurrence_not_used,
    undetermined_liability,
    uopk_contract_terms,
)
from .regime import Regime

_PERIOD = UOPK.art("43c", "1")
_CONCEALMENT = UOPK.art("43c", "2")
_DIGITAL_ELEMENTS = UOPK.art("43c", "3")
_DURING_DIGITAL_ELEMENTS_SUPPLY = Message("conformity.presumption.during_digital_elements_supply")

_EXPIRY = Expiry(
    (Message("conformity.goods.too_late"), _PERIOD),
    (Message("conformity.goods.presumption_over"), _PERIOD),
    Reason(GOODS, "conformity.goods.concealed", (_CONCEALMENT,)),
    Reason(GOODS, "conformity.goods.concealment_unknown", (_CONCEALMENT,)),
)
# A non-conformity of the digital elements appearing after the period may still have occurred
# within it, as under art. 43l ust. 3.
_DIGITAL_ELEMENTS_EXPIRY = Expiry(
    (Message("conformity.goods.digital_elements.too_late"), _DIGITAL_ELEMENTS),
    (Message("conformity.goods.digital_elements.presumption_over"), _DIGITAL_ELEMENTS),
    _EXPIRY.concealed,
    _EXPIRY.concealment_unknown,
)
_WINDOW = SupplyWindow(
    Message("conformity.supply_window.digital_elements.during"),
    Message("conformity.supply_window.digital_elements.after"),
    _DIGITAL_ELEMENTS,
    _DURING_DIGITAL_ELEMENTS_SUPPLY,
)


@rule(GOODS, on="contract.concluded_on")
def goods_liability(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Is the trader liable for the goods' non-conformity that appeared on ``appeared_on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


def _two_years(facts: ConformityFacts) -> date:
    return end_of(GOODS_LIABILITY.since(DIRECTIVES_2023), facts.delivered_on)


def _periods(facts: ConformityFacts) -> Periods:
    """Two years of liability and of presumption from delivery (art. 43c ust. 1), then what the
    contract (art. 7) and a longer declared shelf life change."""
    two_years = _two_years(facts)
    periods = Periods(
        GOODS, two_years, end_of(GOODS_PRESUMPTION.since(DIRECTIVES_2023), facts.delivered_on)
    )
    params = {"delivered_on": facts.delivered_on, "end": two_years}
    periods.add(Reason(GOODS, "conformity.goods.period", (_PERIOD, MONTHS_AND_YEARS), params))
    uopk_contract_terms(periods, facts, facts.delivered_on)
    if facts.shelf_life_until is not None and facts.shelf_life_until > periods.liability_ends:
        periods.liability_ends = facts.shelf_life_until
        shelf_life = {"end": facts.shelf_life_until}
        periods.add(Reason(GOODS, "conformity.goods.shelf_life", (_PERIOD,), shelf_life))
    return periods


@goods_liability.version(
    since=DIRECTIVES_2023,
    basis=(_PERIOD, _CONCEALMENT, _DIGITAL_ELEMENTS, VOID),
    interpretations=(
        Interpretation("conformity.goods.digital_elements_reading"),
        Interpretation("conformity.goods.concealment_not_assumed"),
    ),
)
def _goods_2023(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Art. 43c ust. 1-3 UoPK, as the module says."""
    if facts.supply_ends_on is not None:
        return _which_part(regime, contract, facts, appeared_on)
    return _plain_goods(regime, contract, facts, appeared_on)


def _plain_goods(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Art. 43c ust. 1-2 UoPK: the goods as delivered."""
    occurrence_not_used(facts, "art. 43c ust. 1 UoPK")
    periods = _periods(facts)
    liable = periods.liable(appeared_on, _EXPIRY, concealed=facts.fraudulently_concealed)
    presumed = liable and periods.presumed(appeared_on, _EXPIRY)
    return periods.decision(
        regime, contract, appeared_on, liable=liable, presumed=presumed,
        presumption=EXISTED_AT_DELIVERY,
    )


def _which_part(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Goods with continuously supplied digital elements: ust. 3 for a non-conformity of the
    digital elements, ust. 1 for one of the goods otherwise; unknown, both are applied and the
    part is asked for only where they differ."""
    part = facts.digital_elements_nonconforming
    if part is True:
        return _digital_elements(regime, contract, facts, appeared_on)
    if part is False:
        return _plain_goods(regime, contract, facts.model_copy(update={"supply_ends_on": None}),
                            appeared_on)
    plain = _plain_goods(
        regime, contract, facts.model_copy(update={"supply_ends_on": None, "occurred_on": None}),
        appeared_on,
    )
    elements = _digital_elements(regime, contract, facts, appeared_on)
    if (plain.outcome, plain.presumed) == (elements.outcome, elements.presumed):
        either = Reason(GOODS, "conformity.goods.digital_elements.either_part",
                        (_DIGITAL_ELEMENTS,))
        return replace(elements, reasons=(*elements.reasons, either))
    missing: tuple[str, ...] = ("conformity.digital_elements_nonconforming",)
    if isinstance(elements.outcome, Undetermined):
        missing += elements.outcome.missing
    differ = Reason(GOODS, "conformity.goods.digital_elements.part_unknown",
                    (_PERIOD, _DIGITAL_ELEMENTS), {"end": plain.liability_ends})
    return undetermined_liability(GOODS, regime, contract, missing, *elements.reasons, differ)


def _digital_elements(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Art. 43c ust. 3 UoPK: goods whose digital elements are supplied continuously until
    ``conformity.supply_ends_on``, for a non-conformity of the digital elements.
    Interpretation: as under art. 43l ust. 3 the trader is liable for one that occurred or
    appeared by the window's end (the supply period, at least two years from delivery),
    presumed only if it appeared by then."""
    assert facts.supply_ends_on is not None
    periods = _periods(facts)
    window_ends = max(_two_years(facts), facts.supply_ends_on)
    periods.liability_ends = max(periods.liability_ends, window_ends)
    periods.presumption_ends = window_ends
    params = {"supply_end": facts.supply_ends_on, "end": window_ends}
    periods.add(Reason(GOODS, "conformity.goods.digital_elements", (_DIGITAL_ELEMENTS,), params))
    expiry = _DIGITAL_ELEMENTS_EXPIRY
    if not periods.liable(appeared_on, expiry, concealed=facts.fraudulently_concealed):
        return after_supply_window(
            periods, regime, contract, appeared_on,
            occurred_on=facts.occurred_on, window_ends=window_ends, window=_WINDOW,
        )
    # Liable past the window only through a longer shelf life, a contractual extension or
    # concealment, all of which concern the goods as delivered (art. 43c ust. 1-2).
    within = appeared_on <= window_ends
    return periods.decision(
        regime, contract, appeared_on, liable=True,
        presumed=periods.presumed(appeared_on, expiry),
        presumption=_DURING_DIGITAL_ELEMENTS_SUPPLY if within else EXISTED_AT_DELIVERY,
    )


__all__ = ["goods_liability"]
