"""Digital content and digital services: how long the trader is liable for non-conformity,
and what is presumed (art. 43l UoPK, chapter 5b, contracts from 2023).

**Supplied once or in parts (ust. 1).** The trader is liable for non-conformity existing at
supply and appearing within two years of it; one appearing within a year is presumed to have
existed at supply (ust. 1 zd. 2).

**Supplied continuously (ust. 3).** Liable for non-conformity that *occurred or appeared*
during the supply period, presumed to have occurred then if it appeared then (ust. 3 zd. 2).
One that appears after the period engages liability, unpresumed, only if it occurred during
it, so the day it occurred (``conformity.occurred_on``) is asked for.

**Ust. 2.** As for goods (art. 43c ust. 2), a trader who fraudulently concealed the
non-conformity cannot rely on the two years of ust. 1 having passed. Concealment not given is
not assumed (interpretation: the consumer proves it, art. 6 KC); a "not liable" it would turn
round says "unless fraudulent concealment is shown". Continuous supply has no period to rely
on but the supply itself, so a concealment given there changes nothing and is said to.

**Ust. 5.** The presumptions do not apply where the consumer's digital environment is
incompatible with technical requirements disclosed beforehand, or the consumer refuses to
cooperate.
"""

from __future__ import annotations

from datetime import date

from ...decision import Reason
from ...errors import InvalidFacts
from ...law import UOPK, UOPK_IN_FORCE
from ...law.epochs import DIRECTIVES_2023
from ...law.parameters import DIGITAL_LIABILITY, DIGITAL_PRESUMPTION
from ...messages import Message
from ...models import Contract, Subject
from ...models.conformity import ConformityFacts
from ...reasons import MONTHS_AND_YEARS
from ...registry import Interpretation, rule
from .periods import (
    DIGITAL,
    EXISTED_AT_DELIVERY,
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
from .regime import SUPPLY_FROM_2023, Regime

_ONE_OFF = UOPK.art("43l", "1")
_ONE_OFF_PRESUMPTION = UOPK.art("43l", "1", sentence="2")
_CONCEALMENT = UOPK.art("43l", "2")
_CONTINUOUS = UOPK.art("43l", "3")
_CONTINUOUS_PRESUMPTION = UOPK.art("43l", "3", sentence="2")
_EXCEPTION = UOPK.art("43l", "5")
_DURING_SUPPLY = Message("conformity.presumption.during_supply")

_ONE_OFF_EXPIRY = Expiry(
    (Message("conformity.digital.one_off.too_late"), _ONE_OFF),
    (Message("conformity.digital.one_off.presumption_over"), _ONE_OFF_PRESUMPTION),
    Reason(DIGITAL, "conformity.digital.concealed", (_CONCEALMENT,)),
    Reason(DIGITAL, "conformity.digital.concealment_unknown", (_CONCEALMENT,)),
)
_CONCEALMENT_ONE_OFF_ONLY = Reason(DIGITAL, "conformity.digital.concealment_one_off_only",
                                   (_CONCEALMENT, _CONTINUOUS))
# Continuous supply has no one-year presumption: it is the supply period itself; the
# presumption's end is told in its own words (art. 43l ust. 3 zd. 2).
_CONTINUOUS_EXPIRY = Expiry(
    (Message("conformity.digital.continuous.too_late"), _CONTINUOUS),
    (Message("conformity.digital.continuous.presumption_over"), _CONTINUOUS_PRESUMPTION),
)
_WINDOW = SupplyWindow(
    Message("conformity.supply_window.continuous.during"),
    Message("conformity.supply_window.continuous.after"),
    _CONTINUOUS,
    _DURING_SUPPLY,
)
_INCOMPATIBLE_ENVIRONMENT = Reason(DIGITAL, "conformity.digital.incompatible_environment",
                                   (_EXCEPTION,))
_REFUSED_COOPERATION = Reason(DIGITAL, "conformity.digital.refused_cooperation", (_EXCEPTION,))
_NO_EXCEPTION = Reason(DIGITAL, "conformity.digital.no_presumption_exception", (_EXCEPTION,))


@rule(DIGITAL, on="contract.concluded_on")
def digital_liability(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Is the trader liable for the digital content's or service's non-conformity that
    appeared on ``appeared_on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


def _continuous(facts: ConformityFacts, supply_ends_on: date) -> Periods:
    """Art. 43l ust. 3: the supply period is both the liability and the presumption (zd. 2)."""
    periods = Periods(DIGITAL, supply_ends_on, supply_ends_on)
    params = {"start": facts.delivered_on, "end": supply_ends_on}
    basis = (_CONTINUOUS, _CONTINUOUS_PRESUMPTION)
    periods.add(Reason(DIGITAL, "conformity.digital.continuous", basis, params))
    return periods


def _one_off(facts: ConformityFacts) -> Periods:
    """Art. 43l ust. 1: two years of liability, one of presumption (zd. 2), from supply."""
    occurrence_not_used(facts, "art. 43l ust. 1 UoPK")
    if facts.supply_ends_on is not None:
        raise InvalidFacts(
            "conformity.supply_ends_on",
            "digital content supplied once or in parts has no supply period; use the "
            "continuous-supply subject",
        )
    liability = end_of(DIGITAL_LIABILITY.since(DIRECTIVES_2023), facts.delivered_on)
    presumption = end_of(DIGITAL_PRESUMPTION.since(DIRECTIVES_2023), facts.delivered_on)
    periods = Periods(DIGITAL, liability, presumption)
    params = {"delivered_on": facts.delivered_on, "end": liability,
              "presumption_end": presumption}
    basis = (_ONE_OFF, _ONE_OFF_PRESUMPTION, MONTHS_AND_YEARS)
    periods.add(Reason(DIGITAL, "conformity.digital.one_off", basis, params))
    return periods


def _exception(periods: Periods, facts: ConformityFacts) -> bool:
    """Art. 43l ust. 5 UoPK: do the presumptions fall away?"""
    if facts.incompatible_environment_disclosed:
        periods.add(_INCOMPATIBLE_ENVIRONMENT)
        return True
    if facts.consumer_refused_cooperation:
        periods.add(_REFUSED_COOPERATION)
        return True
    periods.skip(_NO_EXCEPTION)
    return False


@digital_liability.version(
    since=DIRECTIVES_2023,
    basis=(_ONE_OFF, _ONE_OFF_PRESUMPTION, _CONCEALMENT, _CONTINUOUS, _CONTINUOUS_PRESUMPTION,
           _EXCEPTION, VOID),
    interpretations=(Interpretation("conformity.digital.concealment_not_assumed"),),
)
def _digital_2023(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Art. 43l ust. 1-3 and 5 UoPK, as the module says."""
    if facts.shelf_life_until is not None:
        raise InvalidFacts("conformity.shelf_life_until", "a shelf life concerns goods only")
    continuous = contract.subject is Subject.DIGITAL_CONTINUOUS
    supply_ends_on = facts.supply_ends_on if continuous else None
    if continuous and supply_ends_on is None:
        return undetermined_liability(DIGITAL, regime, contract, ("conformity.supply_ends_on",))
    periods = _continuous(facts, supply_ends_on) if supply_ends_on else _one_off(facts)
    expiry = _CONTINUOUS_EXPIRY if supply_ends_on else _ONE_OFF_EXPIRY
    uopk_contract_terms(periods, facts, facts.delivered_on)
    if supply_ends_on is not None and facts.fraudulently_concealed:
        periods.skip(_CONCEALMENT_ONE_OFF_ONLY)
    liable = periods.liable(appeared_on, expiry, concealed=facts.fraudulently_concealed)
    if not liable and supply_ends_on is not None:
        return after_supply_window(
            periods, regime, contract, appeared_on,
            occurred_on=facts.occurred_on, window_ends=supply_ends_on, window=_WINDOW,
        )
    presumed = liable and periods.presumed(appeared_on, expiry) and not _exception(periods, facts)
    return periods.decision(
        regime, contract, appeared_on, liable=liable, presumed=presumed,
        presumption=_DURING_SUPPLY if supply_ends_on else EXISTED_AT_DELIVERY,
    )


@digital_liability.version(
    since=UOPK_IN_FORCE,
    until=DIRECTIVES_2023,
    basis=(_ONE_OFF, _ONE_OFF_PRESUMPTION, _CONCEALMENT, _CONTINUOUS, _CONTINUOUS_PRESUMPTION,
           _EXCEPTION, VOID, SUPPLY_FROM_2023),
    interpretations=(Interpretation("conformity.digital.concealment_not_assumed"),
                     Interpretation("conformity.regime.transitional_supply")),
)
def _digital_supplied_from_2023(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """A contract concluded before 2023 for digital content or a service supplied from
    2023-01-01: chapter 5b applies through the transitional provision (as
    :mod:`.regime` reads it), so art. 43l as for contracts from 2023."""
    if facts.delivered_on < DIRECTIVES_2023.day:
        raise InvalidFacts("conformity.delivered_on",
                           "chapter 5b reaches an older contract only for supply from 2023")
    return _digital_2023(regime, contract, facts, appeared_on)


__all__ = ["digital_liability"]
