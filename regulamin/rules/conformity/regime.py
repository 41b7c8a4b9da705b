"""Which law governs non-conformity: chapter 5a or 5b UoPK, or the Civil Code's rękojmia.

**Contracts from 2023-01-01.** A consumer, and a PNPK (art. 7aa ust. 1 UoPK), gets chapter 5a
UoPK for goods (art. 43a-43g) and chapter 5b for digital content and digital services (art.
43h-43q). A trader buyer falls under rękojmia (art. 556-576 KC), which between traders may be
extended, limited or excluded (art. 558 § 1 KC).

**Contracts before 2023.** Every buyer falls under rękojmia: with the consumer rules for
consumers and, for contracts of 2021-2022, for PNPK (art. 556⁴ KC); digital content by
analogy with the sale of things (art. 555 KC, an interpretation).

**Digital content supplied from 2023 under an earlier contract.** The act of 4 November 2022
(Dz.U. 2022 poz. 2337) keeps the old law for contracts concluded before 2023-01-01, but its
transitional provision applies chapter 5b to contracts for digital content or services whose
supply was to take place or took place after it entered into force, as art. 24 ust. 2 of
Directive 2019/770 requires (the directive's rules apply to supply from 2022-01-01, the date
it should have been transposed by). The stored copies searched held the act's opening and
commentaries naming the date of entry into force, not the wording of its transitional
article, so the reading is registered as an interpretation: a consumer's or PNPK's digital
content or service supplied (for continuous supply: first supplied) on or after 2023-01-01
falls under chapter 5b whatever the contract's date; the day of supply (``supplied_on``) is
asked for where the contract is older. A continuous supply begun before 2023 and continuing
after it is not decided here (the directive's recitals split such a supply in time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from ...decision import Decision, Reason, Undetermined
from ...errors import InvalidFacts, LawNotCovered
from ...law import KC, UOPK, UOPK_IN_FORCE
from ...law.epochs import DIRECTIVES_2023
from ...law.sources import DIRECTIVE_2019_770
from ...messages import Message
from ...models import Contract, Customer, Subject
from ...registry import Interpretation, rule
from ..status import Status, customer_status

REGIME = "conformity.regime"
SALE_BY_ANALOGY = KC.art("555")
"""Art. 555 KC: the rules on the sale of things apply by analogy to the sale of rights and
energy; the library reads digital content into it before 2023 (an interpretation)."""


class Regime(StrEnum):
    """The body of law that governs non-conformity for a contract."""

    UOPK_GOODS = "uopk_goods"
    """Chapter 5a UoPK (art. 43a-43g): goods, consumer or PNPK, contracts from 2023."""
    UOPK_DIGITAL = "uopk_digital"
    """Chapter 5b UoPK (art. 43h-43q): digital content or services, contracts from 2023."""
    KC_CONSUMER = "kc_consumer"
    """Rękojmia (art. 556-576 KC) with the consumer rules: consumers before 2023, and PNPK
    under contracts of 2021-2022 (art. 556⁴ KC)."""
    KC_TRADER = "kc_trader"
    """Rękojmia between traders: may be limited or excluded (art. 558 § 1 KC)."""

    @property
    def label(self) -> Message:
        """The regime in words, as a phrase of the reader's language."""
        return _REGIME_LABELS[self]

    @property
    def is_uopk(self) -> bool:
        return self in (Regime.UOPK_GOODS, Regime.UOPK_DIGITAL)


_REGIME_LABELS = {
    Regime.UOPK_GOODS: Message("conformity.regime.label.uopk_goods"),
    Regime.UOPK_DIGITAL: Message("conformity.regime.label.uopk_digital"),
    Regime.KC_CONSUMER: Message("conformity.regime.label.kc_consumer"),
    Regime.KC_TRADER: Message("conformity.regime.label.kc_trader"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class RegimeDecision(Decision[Regime]):
    """The regime, with the buyer's status it was chosen by."""

    status: Status | None = None


_DIGITAL_AS_SALE = Reason(REGIME, "conformity.regime.digital_as_sale", (SALE_BY_ANALOGY,))
_TRADER_MAY_EXCLUDE = Reason(REGIME, "conformity.regime.trader_may_exclude", (KC.art("558", "1"),))
_PNPK_UNDER_KC = Reason(REGIME, "conformity.regime.pnpk_under_kc", (KC.art("556⁴"),))
_PNPK_UNDER_UOPK = Reason(REGIME, "conformity.regime.pnpk_under_uopk", (UOPK.art("7aa", "1"),))
SUPPLY_FROM_2023 = DIRECTIVE_2019_770.art("24", "2")
"""Art. 24 ust. 2 of Directive 2019/770: its rules apply to supply from 2022-01-01; the Polish
act's transitional provision is read to the same effect for supply from 2023-01-01."""


def _chapter(regime: Regime, contract: Contract) -> Reason:
    """Why chapter 5a or 5b applies: the contract's subject and the day it was concluded."""
    params = {"concluded_on": contract.concluded_on, "since": DIRECTIVES_2023.starts}
    if regime is Regime.UOPK_GOODS:
        return Reason(REGIME, "conformity.regime.chapter_5a", (UOPK.art("43a"),), params)
    return Reason(REGIME, "conformity.regime.chapter_5b", (UOPK.art("43h"),), params)


def _decided(
    regime: Regime, status: Status, contract: Contract, *reasons: Reason
) -> RegimeDecision:
    summary = Reason(REGIME, "conformity.regime.governs", (), {"regime": regime.label})
    return RegimeDecision(
        rule=REGIME,
        outcome=regime,
        summary=summary,
        reasons=reasons,
        law_as_of=contract.concluded_on,
        status=status,
    )


def _status(customer: Customer, contract: Contract) -> tuple[Status, Reason] | RegimeDecision:
    """The buyer's status (art. 22¹ KC, art. 7aa UoPK), or the regime left undetermined."""
    if contract.subject is Subject.SERVICE:
        raise InvalidFacts(
            "contract.subject",
            "conformity is encoded for goods and digital content or services; a service "
            "other than a digital one falls under neither chapter 5a/5b UoPK nor the "
            "rękojmia of sale",
        )
    status = customer_status(customer, contract.concluded_on)
    if isinstance(status.outcome, Undetermined):
        return RegimeDecision(
            rule=REGIME,
            outcome=status.outcome,
            summary=Reason(REGIME, "conformity.regime.status_unknown"),
            reasons=(status.summary, *status.reasons),
            law_as_of=contract.concluded_on,
        )
    return status.outcome, status.summary


def _rekojmia(status: Status, contract: Contract, status_reason: Reason) -> RegimeDecision:
    reasons = [status_reason]
    if contract.subject is not Subject.GOODS:
        reasons.append(_DIGITAL_AS_SALE)
    if status is Status.TRADER:
        return _decided(Regime.KC_TRADER, status, contract, *reasons, _TRADER_MAY_EXCLUDE)
    if status is Status.PNPK:
        reasons.append(_PNPK_UNDER_KC)
    return _decided(Regime.KC_CONSUMER, status, contract, *reasons)


@rule(REGIME, on="contract.concluded_on")
def conformity_regime(
    customer: Customer, contract: Contract, *, supplied_on: date | None = None
) -> RegimeDecision:
    """Which law governs non-conformity under ``contract`` for this buyer; ``supplied_on``:
    the day digital content or a digital service was (first) supplied, which decides for a
    contract concluded before 2023."""
    raise NotImplementedError  # the signature: the registry applies a version


@conformity_regime.version(
    since=UOPK_IN_FORCE,
    until=DIRECTIVES_2023,
    basis=(KC.art("556"), KC.art("556²"), KC.art("556⁴"), KC.art("558", "1"), SALE_BY_ANALOGY,
           UOPK.art("43h"), SUPPLY_FROM_2023),
    interpretations=(Interpretation("conformity.regime.digital_under_kc"),
                     Interpretation("conformity.regime.transitional_supply")),
)
def _regime_rekojmia(
    customer: Customer, contract: Contract, *, supplied_on: date | None = None
) -> RegimeDecision:
    """Contracts to 2022-12-31: rękojmia of KC for every buyer (art. 556 KC); the consumer
    rules for consumers and, from 2021, for PNPK (art. 556⁴ KC); digital content by analogy
    (art. 555 KC, interpretation), unless supplied from 2023 to a consumer or PNPK (chapter
    5b, the transitional provision as the module reads it)."""
    step = _status(customer, contract)
    if isinstance(step, RegimeDecision):
        return step
    status, status_reason = step
    if contract.subject is Subject.GOODS or status is Status.TRADER:
        return _rekojmia(status, contract, status_reason)
    if supplied_on is None:
        missing = ("supplied_on",)
        return RegimeDecision(
            rule=REGIME, outcome=Undetermined(missing),
            summary=Reason(REGIME, "conformity.regime.supply_unknown", (SUPPLY_FROM_2023,)),
            reasons=(status_reason,), law_as_of=contract.concluded_on, status=status,
        )
    if supplied_on < DIRECTIVES_2023.day:
        return _rekojmia(status, contract, status_reason)
    pnpk = (_PNPK_UNDER_UOPK,) if status is Status.PNPK else ()
    transitional = Reason(REGIME, "conformity.regime.supplied_from_2023", (SUPPLY_FROM_2023,),
                          {"supplied_on": supplied_on, "concluded_on": contract.concluded_on})
    return _decided(Regime.UOPK_DIGITAL, status, contract, status_reason, *pnpk, transitional)


@conformity_regime.version(
    since=DIRECTIVES_2023,
    basis=(UOPK.art("43a"), UOPK.art("43h"), UOPK.art("7aa", "1"), KC.art("558", "1")),
)
def _regime_uopk(
    customer: Customer, contract: Contract, *, supplied_on: date | None = None
) -> RegimeDecision:
    """Contracts from 2023-01-01: chapter 5a UoPK for goods and 5b for digital content and
    services, for consumers and PNPK (art. 7aa ust. 1); rękojmia of KC for trader buyers."""
    step = _status(customer, contract)
    if isinstance(step, RegimeDecision):
        return step
    status, status_reason = step
    if status is Status.TRADER:
        return _rekojmia(status, contract, status_reason)
    regime = Regime.UOPK_GOODS if contract.subject is Subject.GOODS else Regime.UOPK_DIGITAL
    pnpk = (_PNPK_UNDER_UOPK,) if status is Status.PNPK else ()
    return _decided(regime, status, contract, status_reason, *pnpk, _chapter(regime, contract))


D = TypeVar("D", bound=Decision[Any])


def uopk_regime(rule_id: str, customer: Customer, contract: Contract, shape: type[D]) -> Regime | D:
    """The contract's UoPK regime for a rule of chapters 5a/5b (``rule_id``); an
    undetermined regime gives an undetermined decision of ``shape``, a trader buyer
    :class:`~regulamin.errors.LawNotCovered` (rękojmia's remedies, art. 560-561 KC, are not
    encoded here)."""
    decided = conformity_regime(customer, contract)
    regime = decided.outcome
    if isinstance(regime, Undetermined):
        return shape(
            rule=rule_id,
            outcome=regime,
            summary=decided.summary,
            reasons=decided.reasons,
            law_as_of=contract.concluded_on,
        )
    if not regime.is_uopk:
        raise LawNotCovered(
            rule_id,
            contract.concluded_on,
            "this rule encodes chapters 5a/5b UoPK (consumers and PNPK); a trader buyer is "
            "under the Civil Code's rękojmia (art. 560-561 KC), which it does not encode",
        )
    return regime


__all__ = [
    "REGIME",
    "SALE_BY_ANALOGY",
    "Regime",
    "RegimeDecision",
    "conformity_regime",
    "uopk_regime",
]
