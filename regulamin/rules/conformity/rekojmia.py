"""Rękojmia: the Civil Code's statutory warranty for defects (art. 556-576 KC), for contracts
before 2023 and for trader buyers.

**Art. 568 § 1.** The seller is liable if the defect is found within two years of delivery,
five for a defect of an immovable; for a used movable sold to a consumer the contract may
limit that to no less than a year. Whether the thing is an immovable
(``conformity.immovable``) is asked for only where the two readings give different answers;
where they agree the answer is the movable's, with a reason giving the immovable's period.
**Art. 568¹.** A longer shelf life declared by the seller or the producer extends it.
**Art. 556².** For a consumer, a defect found within a year is presumed to have existed when
the risk passed. **Art. 558.** Between traders rękojmia may be extended, limited or excluded
(§ 1), but not if the seller fraudulently concealed the defect (§ 2); towards consumers only
where a special provision allows. **Art. 568 § 6.** The period's expiry does not protect a
seller who fraudulently concealed the defect.

Digital content by analogy (art. 555 KC, an interpretation); the B2B duty to inspect and
notify (art. 563) is not encoded. Fraudulent concealment, used goods and an exclusion are not
assumed until given (the party relying on them proves them, art. 6 KC); a "not liable" that
concealment would turn round says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...calendars import period_end
from ...decision import Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC, UOPK_IN_FORCE
from ...law.parameters import (
    REKOJMIA_IMMOVABLE_LIABILITY,
    REKOJMIA_LIABILITY,
    REKOJMIA_PRESUMPTION,
    REKOJMIA_USED_GOODS_MINIMUM,
)
from ...messages import Message
from ...models import Contract, Subject
from ...models.conformity import ConformityFacts
from ...reasons import MONTHS_AND_YEARS
from ...registry import Interpretation, rule
from .periods import (
    REKOJMIA,
    Expiry,
    LiabilityDecision,
    Periods,
    end_of,
    occurrence_not_used,
    undetermined_liability,
)
from .regime import SALE_BY_ANALOGY, Regime

_PERIOD = KC.art("568", "1")
_LONGER_SHELF_LIFE = KC.art("568¹")
_PRESUMPTION = KC.art("556²")
_EXCLUDABLE = KC.art("558", "1")
_NOT_IF_CONCEALED = KC.art("558", "2")
_CONCEALED_PERIOD = KC.art("568", "6")
_EXISTED_WHEN_RISK_PASSED = Message("conformity.presumption.existed_when_risk_passed")
_EXPIRY = Expiry(
    (Message("conformity.rekojmia.too_late"), _PERIOD),
    None,
    Reason(REKOJMIA, "conformity.rekojmia.concealed", (_CONCEALED_PERIOD,)),
    Reason(REKOJMIA, "conformity.rekojmia.concealment_unknown", (_CONCEALED_PERIOD,)),
)


@rule(REKOJMIA, on="contract.concluded_on")
def rekojmia_liability(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Is the seller liable under rękojmia for the defect found on ``appeared_on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


def _agreed_period(
    periods: Periods, regime: Regime, facts: ConformityFacts, two_years: date
) -> None:
    """Art. 558 § 1, 568 § 1 KC: does the contract's period, longer or shorter, bind?"""
    months = facts.contractual_period_months
    if months is None:
        return
    trader, fraud = regime is Regime.KC_TRADER, facts.fraudulently_concealed
    agreed_end = period_end(facts.delivered_on, months=months)
    minimum = end_of(REKOJMIA_USED_GOODS_MINIMUM.since(UOPK_IN_FORCE), facts.delivered_on)
    params = {"months": months, "end": agreed_end}
    if agreed_end > two_years or (trader and not fraud):
        periods.liability_ends = agreed_end
        periods.add(Reason(REKOJMIA, "conformity.rekojmia.agreed_period", (_EXCLUDABLE,), params))
    elif trader:
        reason = Reason(REKOJMIA, "conformity.rekojmia.limitation_void_concealed",
                        (_NOT_IF_CONCEALED,), params)
        periods.skip(reason)
    elif facts.used_goods and not facts.immovable and agreed_end >= minimum:
        periods.liability_ends = agreed_end
        periods.add(Reason(REKOJMIA, "conformity.rekojmia.used_goods_limited", (_PERIOD,), params))
    elif agreed_end < two_years:
        reason = Reason(REKOJMIA, "conformity.rekojmia.limitation_void_consumer",
                        (_EXCLUDABLE, _PERIOD), params)
        periods.skip(reason)


def _excluded(periods: Periods, regime: Regime, facts: ConformityFacts) -> bool:
    """Art. 558 KC: is rękojmia validly excluded by the contract?"""
    if not facts.liability_excluded:
        return False
    if regime is not Regime.KC_TRADER:
        periods.skip(Reason(REKOJMIA, "conformity.rekojmia.exclusion_not_for_consumers",
                            (_EXCLUDABLE,)))
        return False
    if facts.fraudulently_concealed:
        periods.skip(Reason(REKOJMIA, "conformity.rekojmia.exclusion_void_concealed",
                            (_NOT_IF_CONCEALED,)))
        return False
    periods.add(Reason(REKOJMIA, "conformity.rekojmia.validly_excluded",
                       (_EXCLUDABLE, _NOT_IF_CONCEALED)))
    periods.concealment_would_change = True  # art. 558 § 2: concealment voids the exclusion
    return True


def _supply(periods: Periods, contract: Contract, facts: ConformityFacts, two_years: date) -> bool:
    """Digital content supplied continuously: rękojmia covers at least the whole supply
    (interpretation, art. 555 KC). False when the supply's end is needed and missing; a
    supply period or a shelf life given where they make no sense is refused."""
    if facts.shelf_life_until is not None and contract.subject is not Subject.GOODS:
        raise InvalidFacts("conformity.shelf_life_until", "a shelf life concerns goods only")
    if contract.subject is not Subject.DIGITAL_CONTINUOUS:
        if facts.supply_ends_on is not None:
            raise InvalidFacts(
                "conformity.supply_ends_on", "only continuous supply has a supply period here"
            )
        return True
    if facts.supply_ends_on is None:
        return False
    if facts.supply_ends_on > two_years:
        periods.liability_ends = facts.supply_ends_on
        params = {"end": facts.supply_ends_on}
        periods.add(Reason(REKOJMIA, "conformity.rekojmia.continuous_supply", (SALE_BY_ANALOGY,),
                           params))
    return True


def _shelf_life(periods: Periods, facts: ConformityFacts) -> None:
    """Art. 568¹ KC: a longer declared shelf life extends the period."""
    if facts.shelf_life_until is not None and facts.shelf_life_until > periods.liability_ends:
        periods.liability_ends = facts.shelf_life_until
        params = {"end": facts.shelf_life_until}
        periods.add(Reason(REKOJMIA, "conformity.rekojmia.shelf_life", (_LONGER_SHELF_LIFE,),
                           params))


def _presumed(periods: Periods, regime: Regime, facts: ConformityFacts, appeared_on: date) -> bool:
    """Art. 556² KC: for a consumer, a defect found within a year is presumed to have existed
    when the risk passed (never beyond the liability period)."""
    if regime is not Regime.KC_CONSUMER:
        periods.skip(Reason(REKOJMIA, "conformity.rekojmia.presumption_consumers_only",
                            (_PRESUMPTION,)))
        return False
    one_year = end_of(REKOJMIA_PRESUMPTION.since(UOPK_IN_FORCE), facts.delivered_on)
    periods.presumption_ends = min(one_year, periods.liability_ends)
    params = {"end": periods.presumption_ends}
    periods.add(Reason(REKOJMIA, "conformity.rekojmia.consumer_presumption", (_PRESUMPTION,),
                       params))
    return appeared_on <= periods.presumption_ends


def _two_years(facts: ConformityFacts) -> Periods:
    """Art. 568 § 1 KC: defects found within two years of delivery (five for an immovable);
    no presumption yet."""
    occurrence_not_used(facts, "art. 568 KC")
    parameter = REKOJMIA_IMMOVABLE_LIABILITY if facts.immovable else REKOJMIA_LIABILITY
    end = end_of(parameter.since(UOPK_IN_FORCE), facts.delivered_on)
    periods = Periods(REKOJMIA, end, None)
    params = {"delivered_on": facts.delivered_on, "end": end}
    message = "conformity.rekojmia.period" + ("_immovable" if facts.immovable else "")
    periods.add(Reason(REKOJMIA, message, (_PERIOD, MONTHS_AND_YEARS), params))
    return periods


def _movable_or_immovable(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """``conformity.immovable`` not given: both readings of art. 568 § 1 KC; the fact is asked
    for where they differ."""
    movable = _rekojmia(regime, contract, facts.model_copy(update={"immovable": False}),
                        appeared_on)
    immovable = _rekojmia(regime, contract, facts.model_copy(update={"immovable": True}),
                          appeared_on)
    if (movable.outcome, movable.presumed) == (immovable.outcome, immovable.presumed):
        note = Reason(REKOJMIA, "conformity.rekojmia.immovable_would_not_change", (_PERIOD,),
                      {"end": immovable.liability_ends})
        return replace(movable, reasons=(*movable.reasons, note))
    missing: tuple[str, ...] = ("conformity.immovable",)
    for reading in (movable, immovable):
        if isinstance(reading.outcome, Undetermined):
            missing += tuple(m for m in reading.outcome.missing if m not in missing)
    unknown = Reason(REKOJMIA, "conformity.rekojmia.immovable_unknown", (_PERIOD,),
                     {"end": movable.liability_ends, "immovable_end": immovable.liability_ends})
    return undetermined_liability(REKOJMIA, regime, contract, missing, unknown)


@rekojmia_liability.version(
    since=UOPK_IN_FORCE,
    basis=(_PERIOD, _LONGER_SHELF_LIFE, _PRESUMPTION, _EXCLUDABLE, _NOT_IF_CONCEALED,
           _CONCEALED_PERIOD),
    interpretations=(
        Interpretation("conformity.rekojmia.shorter_than_a_year_void"),
        Interpretation("conformity.rekojmia.not_assumed_before_proof"),
    ),
)
def _rekojmia_2014(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Art. 556-576 KC, as the module says."""
    if facts.immovable is None and contract.subject is Subject.GOODS:
        return _movable_or_immovable(regime, contract, facts, appeared_on)
    return _rekojmia(regime, contract, facts, appeared_on)


def _rekojmia(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """One reading of art. 556-576 KC, the thing being movable or not."""
    if facts.immovable and contract.subject is not Subject.GOODS:
        raise InvalidFacts("conformity.immovable", "digital content is not an immovable")
    periods = _two_years(facts)
    two_years, risk = periods.liability_ends, _EXISTED_WHEN_RISK_PASSED
    if not _supply(periods, contract, facts, two_years):
        missing = ("conformity.supply_ends_on",)
        return undetermined_liability(REKOJMIA, regime, contract, missing, *periods.reasons)
    _agreed_period(periods, regime, facts, two_years)
    if _excluded(periods, regime, facts):
        return periods.decision(regime, contract, appeared_on, liable=False, presumed=False,
                                excluded=True, presumption=risk)
    _shelf_life(periods, facts)
    liable = periods.liable(appeared_on, _EXPIRY, concealed=facts.fraudulently_concealed)
    presumed = _presumed(periods, regime, facts, appeared_on) and liable
    return periods.decision(regime, contract, appeared_on, liable=liable, presumed=presumed,
                            presumption=risk)


__all__ = ["rekojmia_liability"]
