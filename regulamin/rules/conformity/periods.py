"""What the liability rules share: the decision, the periods as they are worked out, and the
steps every regime takes the same way.

Each period is the time within which a defect must *appear*, not a deadline for an act, so its
end never rolls forward to a working day (art. 115 KC is checked and listed as not applying);
months and years end on the matching date (art. 112 KC), so 2024-02-29 plus two years ends on
2026-02-28.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...calendars import Counting, period_end
from ...decision import Decision, Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC, UOPK, Citation
from ...law.parameters import Period, Unit
from ...messages import Message
from ...models import Contract
from ...models.conformity import ConformityFacts
from ...reasons import MONTHS_AND_YEARS, ROLL_FORWARD, not_before, undetermined
from .regime import Regime

LIABILITY = "conformity.liability"
GOODS = "conformity.goods"
DIGITAL = "conformity.digital"
REKOJMIA = "conformity.rekojmia"
VOID = UOPK.art("7")
"""Art. 7 UoPK: a term less favourable to the consumer than the act is void."""
PNPK_UNFAIR_TERMS = (KC.art("385⁵"), KC.art("385¹", "1"), KC.art("385¹", "4"),
                     KC.art("385³", None, "2"))
"""Art. 385⁵ KC: for a PNPK, art. 385¹-385³ apply; a term excluding or limiting liability
for improper performance is, in case of doubt, abusive (art. 385³ pkt 2) and so does not bind
unless individually negotiated (art. 385¹ § 1), which the trader must prove (§ 4). Art. 7 UoPK
does not reach a PNPK: art. 7aa extends to it only chapters 4, 5a and 5b."""
_PNPK_TERMS = {
    "conformity.terms.exclusion_void": "conformity.terms.pnpk.exclusion_not_binding",
    "conformity.terms.shortening_void": "conformity.terms.pnpk.shortening_not_binding",
    "conformity.terms.shortening_void_used": "conformity.terms.pnpk.shortening_not_binding",
}
EXISTED_AT_DELIVERY = Message("conformity.presumption.existed_at_delivery")
"""What is presumed of goods and of digital content supplied once (art. 43c ust. 1, 43l
ust. 1 zd. 2 UoPK)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LiabilityDecision(Decision[bool]):
    """Is the trader liable for a defect that appeared on a given day, and is it presumed?

    The outcome ``True`` means the defect falls within the trader's liability, provided it
    existed at delivery (for continuous supply: occurred during the supply); ``presumed``
    says whether that is presumed, putting the burden of proof on the trader.
    ``liability_ends`` and ``presumption_ends`` are the last days of the periods (never
    rolled forward); ``None`` where there is no such period (no presumption between traders,
    rękojmia validly excluded). An undetermined outcome may still carry what is known: a
    continuous supply's non-conformity appearing after the period, with the day it occurred
    missing, is ``presumed=False`` with both periods given.
    """

    regime: Regime | None = None
    liability_ends: date | None = None
    presumption_ends: date | None = None
    presumed: bool | None = None


def end_of(period: Period, start: date) -> date:
    """The last day of ``period`` (in months or years) from ``start``, never rolled."""
    if period.unit is Unit.YEARS:
        return period_end(start, years=period.length)
    return period_end(start, months=period.length)


@dataclass(frozen=True, slots=True)
class Expiry:
    """What a rule says of a defect that appears after its liability period."""

    too_late: tuple[Message, Citation]
    """The reason (``{end}``: the period's last day) and its basis."""
    presumption_over: tuple[Message, Citation] | None = None
    """The same when the defect is within liability but after the presumption (``None``:
    the rule words its presumption itself)."""
    concealed: Reason | None = None
    """Fraudulent concealment: the period does not protect the trader (``None``: no rule)."""
    concealment_unknown: Reason | None = None


_SUMMARIES: dict[tuple[Regime, bool, bool, bool], Message] = {
    # (regime, liable, presumed, caveat): the summary; the Ukrainian names goods or digital
    # content as the act does, so chapters 5a and 5b have sentences of their own
    (Regime.UOPK_GOODS, True, True, False): Message("conformity.liability.goods.presumed"),
    (Regime.UOPK_GOODS, True, False, False): Message("conformity.liability.goods.not_presumed"),
    (Regime.UOPK_GOODS, False, False, False): Message("conformity.liability.goods.not_liable"),
    (Regime.UOPK_GOODS, False, False, True): Message(
        "conformity.liability.goods.not_liable_unless_concealed"
    ),
    (Regime.UOPK_DIGITAL, True, True, False): Message("conformity.liability.digital.presumed"),
    (Regime.UOPK_DIGITAL, True, False, False): Message(
        "conformity.liability.digital.not_presumed"
    ),
    (Regime.UOPK_DIGITAL, False, False, False): Message("conformity.liability.digital.not_liable"),
    (Regime.UOPK_DIGITAL, False, False, True): Message(
        "conformity.liability.digital.not_liable_unless_concealed"
    ),
    **{
        (regime, *key): message
        for regime in (Regime.KC_CONSUMER, Regime.KC_TRADER)
        for key, message in {
            (True, True, False): Message("conformity.liability.kc.presumed"),
            (True, False, False): Message("conformity.liability.kc.not_presumed"),
            (False, False, False): Message("conformity.liability.kc.not_liable"),
            (False, False, True): Message("conformity.liability.kc.not_liable_unless_concealed"),
        }.items()
    },
}


@dataclass(slots=True)
class Periods:
    """The periods as they are worked out, with the reasons for each step."""

    rule_id: str
    liability_ends: date
    presumption_ends: date | None
    reasons: list[Reason] = field(default_factory=list)
    not_applied: list[Reason] = field(default_factory=list)
    concealment_would_change: bool = False
    """The answer is "not liable" only because fraudulent concealment is not given."""

    def add(self, reason: Reason) -> None:
        self.reasons.append(reason)

    def skip(self, reason: Reason) -> None:
        self.not_applied.append(reason)

    def say(self, message: Message, basis: Citation, **params: object) -> None:
        """Add the reason ``message`` (a sentence of a table such as :class:`Expiry`)."""
        self.reasons.append(Reason(self.rule_id, message.id, (basis,), params or None))

    def liable(self, appeared_on: date, expiry: Expiry, *, concealed: bool | None) -> bool:
        """Did the defect appear within liability, or is the trader barred from relying on
        the period by its fraudulent concealment?"""
        if appeared_on <= self.liability_ends:
            return True
        if expiry.concealed is not None and concealed:
            self.reasons.append(expiry.concealed)
            return True
        self.say(*expiry.too_late, end=self.liability_ends)
        if expiry.concealment_unknown is not None:
            self.not_applied.append(expiry.concealment_unknown)
        self.concealment_would_change = expiry.concealed is not None
        return False

    def presumed(self, appeared_on: date, expiry: Expiry) -> bool:
        """Did the defect appear while the presumption lasted? Says so when it did not."""
        if self.presumption_ends is not None and appeared_on <= self.presumption_ends:
            return True
        assert expiry.presumption_over is not None, "only rules with a fixed presumption ask"
        self.say(*expiry.presumption_over, end=self.presumption_ends)
        return False

    def decision(
        self,
        regime: Regime,
        contract: Contract,
        appeared_on: date,
        *,
        liable: bool,
        presumed: bool,
        presumption: Message,
        excluded: bool = False,
    ) -> LiabilityDecision:
        caveat = not liable and self.concealment_would_change
        message = _SUMMARIES[regime, liable, liable and presumed, caveat]
        params = {"appeared_on": appeared_on, "presumption": presumption}
        return LiabilityDecision(
            rule=self.rule_id,
            outcome=liable,
            summary=Reason(self.rule_id, message.id, (), params),
            reasons=tuple(self.reasons),
            not_applied=(*self.not_applied, not_rolled(self.rule_id)),
            law_as_of=contract.concluded_on,
            regime=regime,
            liability_ends=None if excluded else self.liability_ends,
            presumption_ends=self.presumption_ends,
            presumed=presumed,
        )


def not_rolled(rule_id: str) -> Reason:
    """Art. 115 KC, checked and set aside: the reason goes among those not applied, so that the
    citation names the provision set aside rather than a basis of the answer."""
    return Reason(rule_id, "conformity.liability.not_rolled", (ROLL_FORWARD[Counting.KC],))


def undetermined_liability(
    rule_id: str,
    regime: Regime | None,
    contract: Contract,
    missing: tuple[str, ...],
    *reasons: Reason,
) -> LiabilityDecision:
    return LiabilityDecision(
        rule=rule_id,
        outcome=Undetermined(missing),
        summary=undetermined(rule_id, "conformity.liability.undetermined", missing),
        reasons=reasons,
        law_as_of=contract.concluded_on,
        regime=regime,
    )


def uopk_contract_terms(periods: Periods, facts: ConformityFacts, start: date) -> None:
    """Art. 7 UoPK: a term less favourable to the consumer is void; a longer period binds the
    trader that promised it."""
    rule_id = periods.rule_id
    if facts.liability_excluded:
        periods.skip(Reason(rule_id, "conformity.terms.exclusion_void", (VOID,)))
    months = facts.contractual_period_months
    if months is None:
        return
    agreed_end = period_end(start, months=months)
    params = {"end": agreed_end, "months": months}
    if agreed_end > periods.liability_ends:
        periods.liability_ends = agreed_end
        periods.add(Reason(rule_id, "conformity.terms.extended", (MONTHS_AND_YEARS,), params))
    elif agreed_end < periods.liability_ends and facts.used_goods:
        periods.skip(Reason(rule_id, "conformity.terms.shortening_void_used", (VOID,), params))
    elif agreed_end < periods.liability_ends:
        periods.skip(Reason(rule_id, "conformity.terms.shortening_void", (VOID,), params))


def pnpk_terms(reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """For a PNPK, the contract's exclusion or shortening of liability is weighed under art.
    385⁵ with 385¹ § 1 and 385³ pkt 2 KC, not voided by art. 7 UoPK: the reasons of
    :func:`uopk_contract_terms` are restated on that basis."""
    return tuple(
        Reason(reason.rule, _PNPK_TERMS[reason.message], PNPK_UNFAIR_TERMS, reason.params)
        if reason.message in _PNPK_TERMS else reason
        for reason in reasons
    )


def check_dates(contract: Contract, facts: ConformityFacts, appeared_on: date) -> None:
    """No delivery before the contract, no defect before the delivery, none appearing before
    it occurred."""
    not_before("conformity.delivered_on", facts.delivered_on, contract.concluded_on, "the contract")
    not_before(
        "appeared_on",
        appeared_on,
        facts.delivered_on,
        "the delivery or supply the periods count from",
    )
    if facts.occurred_on is not None and facts.occurred_on > appeared_on:
        raise InvalidFacts(
            "conformity.occurred_on",
            f"a non-conformity cannot appear ({appeared_on.isoformat()}) before it occurs "
            f"({facts.occurred_on.isoformat()})",
        )


def occurrence_not_used(facts: ConformityFacts, provision: str) -> None:
    """Only continuous supply (of digital content or services, or of goods' digital elements)
    counts the day a non-conformity occurred; any other rule would silently ignore it, so it
    is refused."""
    if facts.occurred_on is not None:
        raise InvalidFacts(
            "conformity.occurred_on",
            f"{provision} counts from delivery or supply only; the day a non-conformity "
            "occurred matters only for continuous supply of digital content or services, or of "
            "the digital elements of goods (art. 43l ust. 3, art. 43c ust. 3 UoPK)",
        )


@dataclass(frozen=True, slots=True)
class SupplyWindow:
    """A period within which a non-conformity that *occurred* engages liability even if it
    appeared later: continuous supply (art. 43l ust. 3) and goods' continuously supplied
    digital elements (art. 43c ust. 3)."""

    during: Message
    """The period, after "wystąpił on" / "it occurred"."""
    after: Message
    """The period having ended, after "oba zdarzenia" / "both"."""
    basis: Citation
    presumption: Message
    """What the consumer must prove once the presumption is gone."""


def after_supply_window(
    periods: Periods,
    regime: Regime,
    contract: Contract,
    appeared_on: date,
    *,
    occurred_on: date | None,
    window_ends: date,
    window: SupplyWindow,
) -> LiabilityDecision:
    """Art. 43l ust. 3 UoPK (and art. 43c ust. 3 for goods' digital elements) for a
    non-conformity that appeared after the window ending on ``window_ends``: the trader is
    liable if it *occurred* within the window. The presumption (art. 43l ust. 3 zd. 2) covers
    only one that appeared then, so it never helps here."""
    rule_id, basis = periods.rule_id, (window.basis,)
    params = {"during": window.during, "after": window.after, "end": window_ends}
    if occurred_on is None:
        periods.add(Reason(rule_id, "conformity.supply_window.occurred_unknown", basis, params))
        missing = ("conformity.occurred_on",)
        return LiabilityDecision(
            rule=rule_id,
            outcome=Undetermined(missing),
            summary=undetermined(rule_id, "conformity.liability.undetermined", missing),
            reasons=tuple(periods.reasons),
            not_applied=(*periods.not_applied, not_rolled(rule_id)),
            law_as_of=contract.concluded_on,
            regime=regime,
            liability_ends=periods.liability_ends,
            presumption_ends=periods.presumption_ends,
            presumed=False,
        )
    within = occurred_on <= window_ends
    params |= {"occurred_on": occurred_on, "appeared_on": appeared_on}
    if within:
        periods.add(Reason(rule_id, "conformity.supply_window.occurred_within", basis, params))
    else:
        periods.add(Reason(rule_id, "conformity.supply_window.occurred_after", basis, params))
    return periods.decision(
        regime, contract, appeared_on, liable=within, presumed=False,
        presumption=window.presumption,
    )
