"""Rękojmia's remedies for a defect (art. 560-561 KC), contracts concluded before 2023.

Text relied on: art. 556⁴, 560, 561 and 638 § 1 KC in the consolidated text t.j. Dz.U. 2020
poz. 1740 (the wording given by art. 44 of the Consumer Rights Act, in force from 2014-12-25
to 2022-12-31), as reproduced by legal publishers (karol-pesta.pl, dziennikprawny.pl and
gazetaprawna.pl for art. 560 § 1-4, dziennikprawny.pl for art. 561 § 1-3); no copy of the
journal itself was at hand. Art. 561¹-561⁴ KC (where the thing is delivered, dismantling and
reinstalling, the costs) are not encoded: their text was not checked.

**Repair or replacement (art. 561 § 1-2).** The buyer may demand that the thing be
replaced with one free of defects or that the defect be removed; the seller does it in a
reasonable time without excessive inconvenience. It may refuse the way chosen if it is
impossible or would cost excessively compared with the other way (§ 3 zd. 1; a trader buyer
also where the cost exceeds the price, zd. 2). A consumer (and, for contracts of 2021-2022,
a PNPK through art. 556⁴ KC) may demand the other way instead of the one the seller proposes
(art. 560 § 2).

**Price reduction or withdrawal (art. 560 § 1).** Unlike the UoPK ladder of 2023, the buyer
may state them at once, *unless* the seller promptly and without excessive inconvenience
replaces the thing or removes the defect: the seller's right to fix instead. That right is
gone when the thing was already replaced or repaired by the seller, or when the seller did
not replace or repair as it was bound to (zd. 2). The reduced price keeps the proportion of
the defective thing's value to the sound one's (§ 3). No withdrawal for an insignificant
defect (§ 4).

Reach: rękojmia is a rule of sale; through art. 638 § 1 KC it governs a contract for a work;
a contract for services (art. 750 KC) has none. Goods are sold; for a service or a digital
contract the type (``Contract.kc_type``) is asked. Every exception the seller relies on is
not assumed until shown (interpretation ``rekojmia.remedies.seller_proves``). From 2023 the
consumer's and the PNPK's remedies are the UoPK's (``conformity.remedies``); this rule covers
contracts concluded before 2023 only (a trader buyer's later contracts are not encoded here).
Whether the seller is liable at all (the periods of art. 568 KC, a trader's exclusion under
art. 558 KC) is ``conformity.rekojmia``'s question: this rule starts from a defect the seller
answers for.

For ``conformity.remedies``: its 2023 version refuses contracts before 2023; a version of it
for earlier contracts (or its caller) should call this rule's entry,
``rekojmia_remedies(customer, contract, RekojmiaFacts(...))``, through the registry
(``REGISTRY["rekojmia.remedies"]``) rather than import this module, the sibling rules being
independent.

>>> from datetime import date
>>> from regulamin.models import Contract, Customer, RekojmiaFacts
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2020, 5, 4))
>>> rekojmia_remedies(Customer.consumer(), order, RekojmiaFacts()).outcome
(<Demand.REPAIR: 'repair'>, <Demand.REPLACEMENT: 'replacement'>, \
<Demand.PRICE_REDUCTION: 'price_reduction'>, <Demand.WITHDRAWAL: 'withdrawal'>)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..decision import Decision, Reason, Undetermined
from ..law import DIRECTIVES_2023, KC, UOPK_IN_FORCE
from ..messages import Message
from ..models import Contract, ContractType, Customer, Demand, RekojmiaFacts, Subject
from ..reasons import undetermined
from ..registry import Interpretation, rule
from .status import Status, customer_status

REMEDIES = "rekojmia.remedies"

_FIRST_STEP = KC.art("561", "1")
_IN_REASONABLE_TIME = KC.art("561", "2")
_REFUSAL = KC.art("561", "3")
_SECOND_STEP = KC.art("560", "1")
_CONSUMER_CHOICE = KC.art("560", "2")
_PROPORTION = KC.art("560", "3")
_INSIGNIFICANT = KC.art("560", "4")
_PNPK = KC.art("556⁴")
_WORK = KC.art("638", "1")
_SERVICES = KC.art("750")


@dataclass(frozen=True, slots=True, kw_only=True)
class RekojmiaRemedyDecision(Decision[tuple[Demand, ...]]):
    """The remedies the buyer may use now, repair and replacement first."""

    seller_may_fix_instead: bool | None = None
    """May the seller still defeat a price reduction or withdrawal by promptly replacing or
    repairing (art. 560 § 1 zd. 1 KC)? ``None`` when the outcome is undetermined."""


REMEDY_LABELS = {
    Demand.REPAIR: Message("rekojmia.remedy.repair"),
    Demand.REPLACEMENT: Message("rekojmia.remedy.replacement"),
    Demand.PRICE_REDUCTION: Message("rekojmia.remedy.price_reduction"),
    Demand.WITHDRAWAL: Message("rekojmia.remedy.withdrawal"),
}
"""Each remedy in words, a phrase of the reader's language."""

_REFUSABLE = (
    (Demand.REPAIR, "repair_impossible_or_excessive"),
    (Demand.REPLACEMENT, "replacement_impossible_or_excessive"),
)


@rule(REMEDIES, on="contract.concluded_on")
def rekojmia_remedies(
    customer: Customer, contract: Contract, facts: RekojmiaFacts
) -> RekojmiaRemedyDecision:
    """The remedies under rękojmia the buyer may use now for a defect of the thing."""
    raise NotImplementedError  # the signature: the registry applies a version


def _decision(
    contract: Contract,
    outcome: tuple[Demand, ...] | Undetermined,
    summary: Reason,
    reasons: tuple[Reason, ...],
    *,
    not_applied: tuple[Reason, ...] = (),
    may_fix: bool | None = None,
) -> RekojmiaRemedyDecision:
    return RekojmiaRemedyDecision(
        rule=REMEDIES, outcome=outcome, summary=summary, reasons=reasons,
        not_applied=not_applied, law_as_of=contract.concluded_on, seller_may_fix_instead=may_fix,
    )


def _reach(contract: Contract) -> Reason | tuple[str, ...] | None:
    """Rękojmia reaches a sale (nothing to add), a work (art. 638 § 1 KC, its reason); not
    services (``None``); the missing type where it is unknown."""
    kind = contract.kc_type
    if kind is ContractType.SALE or (kind is None and contract.subject is Subject.GOODS):
        return Reason(REMEDIES, "rekojmia.remedies.sale", (KC.art("556"),))
    if kind is ContractType.WORK:
        return Reason(REMEDIES, "rekojmia.remedies.work", (_WORK,))
    if kind is ContractType.SERVICES:
        return None
    return ("contract.kc_type",)


def _first_step(
    status: Status, facts: RekojmiaFacts
) -> tuple[list[Demand], list[Reason], list[Reason]]:
    """Art. 561 § 1-3 KC (and art. 560 § 2 for a consumer or PNPK): repair and replacement,
    less a way the seller may refuse."""
    available: list[Demand] = []
    refused: list[Reason] = []
    for demand, fact in _REFUSABLE:
        if getattr(facts, fact):
            refused.append(Reason(REMEDIES, "rekojmia.remedies.way_refused", (_REFUSAL,),
                                  {"way": REMEDY_LABELS[demand]}))
        else:
            available.append(demand)
    reasons = [Reason(REMEDIES, "rekojmia.remedies.first_step",
                      (_FIRST_STEP, _IN_REASONABLE_TIME))]
    if status is not Status.TRADER:
        via = (_PNPK,) if status is Status.PNPK else ()
        reasons.append(Reason(REMEDIES, "rekojmia.remedies.consumer_choice",
                              (_CONSUMER_CHOICE, *via)))
    return available, reasons, refused


def _second_step(facts: RekojmiaFacts) -> tuple[list[Demand], list[Reason], list[Reason], bool]:
    """Art. 560 § 1, § 3-4 KC: price reduction and withdrawal at once, unless the seller
    fixes the thing promptly where it still may; never withdrawal for an insignificant
    defect. The remedies, the reasons, those not applied, and whether the seller may still
    fix instead."""
    may_fix = not (facts.already_replaced_or_repaired or facts.seller_failed_to_replace_or_repair)
    if may_fix and facts.seller_fixed_promptly:
        fixed = Reason(REMEDIES, "rekojmia.remedies.seller_fixed", (_SECOND_STEP,))
        return [], [], [fixed], False
    reasons = [Reason(REMEDIES, "rekojmia.remedies.second_step", (_SECOND_STEP,))]
    if not may_fix:
        reasons.append(Reason(REMEDIES, "rekojmia.remedies.seller_cannot_fix_instead",
                              (_SECOND_STEP,)))
    reasons.append(Reason(REMEDIES, "rekojmia.remedies.reduction_proportion", (_PROPORTION,)))
    if facts.defect_insignificant:
        barred = Reason(REMEDIES, "rekojmia.remedies.withdrawal_barred", (_INSIGNIFICANT,))
        return [Demand.PRICE_REDUCTION], reasons, [barred], may_fix
    reasons.append(Reason(REMEDIES, "rekojmia.remedies.withdrawal_open", (_INSIGNIFICANT,)))
    return [Demand.PRICE_REDUCTION, Demand.WITHDRAWAL], reasons, [], may_fix


@rekojmia_remedies.version(
    since=UOPK_IN_FORCE,
    until=DIRECTIVES_2023,
    basis=(_FIRST_STEP, _IN_REASONABLE_TIME, _REFUSAL, _SECOND_STEP, _CONSUMER_CHOICE,
           _PROPORTION, _INSIGNIFICANT, _PNPK, _WORK, _SERVICES),
    interpretations=(Interpretation("rekojmia.remedies.seller_proves"),),
)
def _remedies_before_2023(
    customer: Customer, contract: Contract, facts: RekojmiaFacts
) -> RekojmiaRemedyDecision:
    """Art. 560-561 KC as the module says, for a consumer, a PNPK (2021-2022) or a trader."""
    status = customer_status(customer, contract.concluded_on)
    reach = _reach(contract)
    buyer = status.outcome
    if isinstance(buyer, Undetermined) or isinstance(reach, tuple):
        missing = (*status.missing, *(reach if isinstance(reach, tuple) else ()))
        summary = undetermined(REMEDIES, "rekojmia.remedies.undetermined", missing)
        return _decision(contract, Undetermined(missing), summary, (status.summary,))
    if reach is None:
        none = Reason(REMEDIES, "rekojmia.remedies.services", (_SERVICES,))
        return _decision(contract, (), none, (status.summary, none), may_fix=False)
    first, first_reasons, refused = _first_step(buyer, facts)
    second, second_reasons, not_applied, may_fix = _second_step(facts)
    outcome = (*first, *second)
    labels = tuple(REMEDY_LABELS[demand] for demand in outcome)
    summary = Reason(REMEDIES, "rekojmia.remedies.available", (), {"remedies": labels})
    reasons = (status.summary, reach, *first_reasons, *second_reasons)
    return _decision(contract, outcome, summary, reasons,
                     not_applied=(*refused, *not_applied), may_fix=may_fix)


__all__ = ["REMEDIES", "REMEDY_LABELS", "RekojmiaRemedyDecision", "rekojmia_remedies"]
