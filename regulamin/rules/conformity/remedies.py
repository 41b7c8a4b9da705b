"""The remedies ladder for non-conformity (UoPK, contracts from 2023).

**Goods.** The consumer may demand repair or replacement (art. 43d ust. 1); the trader may
refuse both if both are impossible or disproportionately costly (ust. 2 zd. 2). The consumer may
reduce the price or withdraw when (art. 43e ust. 1) 1) the trader refused, 2) did not repair
or replace as required, 3) the non-conformity persists after an attempt, 4) it is serious
enough to skip the first step, or 5) the trader clearly will not bring the goods into
conformity in time. No withdrawal if the non-conformity is insignificant; significance is
presumed (ust. 4).

**Digital content and services.** Bringing into conformity (art. 43m), then the same five
cases (art. 43n ust. 1); the significance bar applies only where a price is paid (art. 43n
ust. 3), and a price reduction presupposes a price.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...decision import Decision, Reason
from ...law import UOPK, Citation
from ...law.epochs import DIRECTIVES_2023
from ...messages import Message
from ...models import Contract, Customer, Demand
from ...models.conformity import RemedyFacts
from ...registry import rule
from .regime import Regime, uopk_regime

REMEDIES = "conformity.remedies"


@dataclass(frozen=True, slots=True, kw_only=True)
class RemedyDecision(Decision[tuple[Demand, ...]]):
    """The remedies the consumer may use now, in the ladder's order."""

    second_step_open: bool | None = None
    """May the consumer already reduce the price or withdraw (art. 43e ust. 1, 43n ust. 1)?"""


REMEDY_LABELS = {
    Demand.REPAIR: Message("conformity.remedy.repair"),
    Demand.REPLACEMENT: Message("conformity.remedy.replacement"),
    Demand.BRING_INTO_CONFORMITY: Message("conformity.remedy.bring_into_conformity"),
    Demand.PRICE_REDUCTION: Message("conformity.remedy.price_reduction"),
    Demand.WITHDRAWAL: Message("conformity.remedy.withdrawal"),
}
"""Each remedy in words, a phrase of the reader's language."""

_GROUNDS = (
    # art. 43e / 43n ust. 1 pkt 1-5: the fact of RemedyFacts and its sentence
    ("trader_refused", Message("conformity.remedies.ground.trader_refused")),
    ("not_brought_into_conformity", Message("conformity.remedies.ground.not_brought")),
    ("persists_after_attempt", Message("conformity.remedies.ground.persists")),
    ("serious_enough_to_skip_first_step", Message("conformity.remedies.ground.serious")),
    ("trader_clearly_will_not", Message("conformity.remedies.ground.clearly_will_not")),
)


@dataclass(frozen=True, slots=True)
class _Ladder:
    """The remedies ladder for goods (art. 43d-43e) or digital content (art. 43m-43n)."""

    first: tuple[Demand, ...]
    first_available: Reason
    first_refused: Reason
    article: str
    """Art. 43e or 43n: ust. 1 pkt 1-5 open the second step."""
    refused: Message
    """What the trader refused, for ground 1 (a phrase)."""
    asked: Message
    """What the consumer need not first ask for, for ground 4 (a phrase)."""
    significance: Citation

    def grounds(self, situation: RemedyFacts) -> tuple[list[Reason], list[Reason]]:
        """The grounds of art. 43e / 43n ust. 1 that occurred, and those that did not."""
        met: list[Reason] = []
        unmet: list[Reason] = []
        params = {"refused": self.refused, "asked": self.asked}
        for point, (fact, message) in enumerate(_GROUNDS, start=1):
            basis = (UOPK.art(self.article, "1", str(point)),)
            (met if getattr(situation, fact) else unmet).append(
                Reason(REMEDIES, message.id, basis, params)
            )
        return met, unmet


_GOODS = _Ladder(
    (Demand.REPAIR, Demand.REPLACEMENT),
    Reason(REMEDIES, "conformity.remedies.goods.first_available", (UOPK.art("43d"),)),
    # art. 43d ust. 2 zd. 2 (zd. 1 only swaps repair and replacement; ust. 3 weighs the costs)
    Reason(REMEDIES, "conformity.remedies.first_refused", (UOPK.art("43d", "2", sentence="2"),)),
    "43e",
    Message("conformity.remedies.goods.refused"),
    Message("conformity.remedies.goods.asked"),
    UOPK.art("43e", "4"),
)
_DIGITAL = _Ladder(
    (Demand.BRING_INTO_CONFORMITY,),
    Reason(REMEDIES, "conformity.remedies.digital.first_available", (UOPK.art("43m"),)),
    Reason(REMEDIES, "conformity.remedies.first_refused", (UOPK.art("43m", "2"),)),
    "43n",
    Message("conformity.remedies.digital.refused"),
    Message("conformity.remedies.digital.asked"),
    UOPK.art("43n", "3"),
)
_NO_REDUCTION_WITHOUT_PRICE = Reason(
    REMEDIES, "conformity.remedies.no_reduction_without_price", (UOPK.art("43n", "1"),)
)


@rule(REMEDIES, on="contract.concluded_on")
def conformity_remedies(
    customer: Customer, contract: Contract, situation: RemedyFacts
) -> RemedyDecision:
    """The remedies for non-conformity the consumer (or PNPK) may use now."""
    raise NotImplementedError  # the signature: the registry applies a version


def _second_step(
    ladder: _Ladder, goods: bool, contract: Contract, situation: RemedyFacts
) -> tuple[list[Demand], list[Reason], list[Reason]]:
    """Price reduction (only where a price is paid) and withdrawal (not for a non-conformity
    shown insignificant, where the bar applies): the remedies, the reasons, those not applied."""
    price_paid = not contract.paid_with_personal_data_only
    available = [Demand.PRICE_REDUCTION] if price_paid else []
    not_applied = [] if price_paid else [_NO_REDUCTION_WITHOUT_PRICE]
    basis = (ladder.significance,)
    if situation.shown_insignificant and (goods or price_paid):
        not_applied.append(Reason(REMEDIES, "conformity.remedies.withdrawal_barred", basis))
        return available, [], not_applied
    if goods or price_paid:
        opened = Reason(REMEDIES, "conformity.remedies.withdrawal_open", basis)
    else:
        opened = Reason(REMEDIES, "conformity.remedies.withdrawal_open_no_price", basis)
    return [*available, Demand.WITHDRAWAL], [opened], not_applied


def _climb(
    ladder: _Ladder, goods: bool, contract: Contract, situation: RemedyFacts
) -> RemedyDecision:
    """The first step unless the trader lawfully refused it, then the second if one of the
    five cases occurred."""
    refused = situation.trader_refused
    available = [] if refused else list(ladder.first)
    reasons = [ladder.first_refused if refused else ladder.first_available]
    met, unmet = ladder.grounds(situation)
    not_applied: list[Reason] = []
    if not met:
        basis = (UOPK.art(ladder.article, "1"),)
        none = Reason(REMEDIES, "conformity.remedies.none_occurred", basis)
        not_applied += [none, *unmet]
    else:
        second, opened, barred = _second_step(ladder, goods, contract, situation)
        available, reasons, not_applied = available + second, reasons + met + opened, barred
    outcome = tuple(available)
    labels = tuple(REMEDY_LABELS[demand] for demand in outcome)
    return RemedyDecision(
        rule=REMEDIES, outcome=outcome,
        summary=Reason(REMEDIES, "conformity.remedies.available", (), {"remedies": labels}),
        reasons=tuple(reasons), not_applied=tuple(not_applied),
        law_as_of=contract.concluded_on, second_step_open=bool(met),
    )


@conformity_remedies.version(
    since=DIRECTIVES_2023,
    basis=(UOPK.art("43d"), UOPK.art("43e", "1"), UOPK.art("43e", "4"), UOPK.art("43m"),
           UOPK.art("43n", "1"), UOPK.art("43n", "3")),
)
def _remedies_2023(
    customer: Customer, contract: Contract, situation: RemedyFacts
) -> RemedyDecision:
    """Art. 43d-43e (goods), 43m-43n (digital content and services) UoPK, as the module
    says; a trader buyer is refused (rękojmia's remedies are not encoded here)."""
    regime = uopk_regime(REMEDIES, customer, contract, RemedyDecision)
    if isinstance(regime, RemedyDecision):
        return regime
    goods = regime is Regime.UOPK_GOODS
    return _climb(_GOODS if goods else _DIGITAL, goods, contract, situation)


__all__ = ["REMEDIES", "REMEDY_LABELS", "RemedyDecision", "conformity_remedies"]
