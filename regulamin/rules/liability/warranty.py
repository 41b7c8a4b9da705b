"""Art. 558 KC (with art. 556⁴ KC and, from 2023, art. 7 and 7aa UoPK): whether an exclusion
of the statutory warranty binds the buyer."""

from __future__ import annotations

from datetime import date

from ...decision import Reason, Undetermined
from ...law import DIRECTIVES_2023, KC, PNPK_2021, UOPK, UOPK_IN_FORCE
from ...messages import Message
from ...models import Customer
from ...registry import Interpretation, rule
from ..status import Status
from ._common import (
    PNPK_UNFAIR_TERMS,
    UNFAIR_LIMITATION,
    WARRANTY_RULE,
    ClauseDecision,
    Protection,
    Summaries,
    clause_decision,
    status_and_protection,
)

__all__ = ["warranty_exclusion_binds"]

_CONCEALMENT = KC.art("558", "2")
_WARRANTY_BASIS = (KC.art("558", "1"), _CONCEALMENT)
_WARRANTY_CONSUMER_KC = Reason(WARRANTY_RULE, "liability.warranty_exclusion.consumer_kc",
                               (KC.art("558", "1"),))
_WARRANTY_KC = Protection((_WARRANTY_CONSUMER_KC,))


_CONCEALMENT_FACTS = {
    None: Message("liability.warranty_exclusion.concealment_unknown"),
    True: Message("liability.warranty_exclusion.concealed"),
    False: Message("liability.warranty_exclusion.not_concealed"),
}
_SUMMARIES = Summaries(
    Message("liability.warranty_exclusion.binds"),
    Message("liability.warranty_exclusion.does_not_bind"),
    Message("liability.warranty_exclusion.undetermined"),
)


def _warranty(
    protection: Protection, customer: Customer, on: date, fraudulently_concealed: bool | None
) -> ClauseDecision:
    """Art. 558 § 1 KC: between traders the warranty may be excluded; § 2: not where the
    seller fraudulently concealed the defect."""
    status, reasons = status_and_protection(WARRANTY_RULE, customer, on, protection)
    outcome: bool | Undetermined = status if isinstance(status, Undetermined) else False
    if status is Status.TRADER:
        concealment = _CONCEALMENT_FACTS[fraudulently_concealed]
        reasons += (
            Reason(WARRANTY_RULE, "liability.warranty_exclusion.parties_may_exclude",
                   (KC.art("558", "1"),)),
            Reason(WARRANTY_RULE, concealment.id, (_CONCEALMENT,)),
        )
        if fraudulently_concealed is None:
            outcome = Undetermined(("fraudulently_concealed",))
        else:
            outcome = not fraudulently_concealed
    return clause_decision(WARRANTY_RULE, on, outcome, reasons, status, says=_SUMMARIES)


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
    protection = Protection((_WARRANTY_CONSUMER_KC,), (pnpk, _WARRANTY_CONSUMER_KC))
    return _warranty(protection, customer, concluded_on, fraudulently_concealed)


@warranty_exclusion_binds.version(
    since=DIRECTIVES_2023,
    basis=(*_WARRANTY_BASIS, UOPK.art("7"), UOPK.art("7aa", "1"), PNPK_UNFAIR_TERMS),
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
                  (UOPK.art("7aa", "1"), PNPK_UNFAIR_TERMS, UNFAIR_LIMITATION))
    protection = Protection((consumer,), (pnpk,))
    return _warranty(protection, customer, concluded_on, fraudulently_concealed)
