"""Conformity with the contract: which regime, how long the trader is liable, what is presumed,
the remedies ladder, and the refund deadlines.

**Which regime** (keyed on the contract's conclusion). For contracts from 2023-01-01 a
consumer, and a PNPK (art. 7aa ust. 1 UoPK), gets chapter 5a UoPK for goods (art. 43a-43g)
and chapter 5b for digital content and digital services (art. 43h-43q). A trader buyer,
and everyone under a contract concluded before 2023, falls under the Civil Code's rękojmia
(art. 556-576 KC): with the consumer rules for consumers, and for PNPK under contracts of
2021-2022 through art. 556⁴ KC.

**How long** (each period is the time within which the defect must *appear*, not a deadline
for an act, so it never rolls forward to a working day; months and years end per art. 112
KC, so 2024-02-29 plus two years ends 2026-02-28):

* goods, UoPK (art. 43c): non-conformity appearing within two years of delivery, or until
  the end of a longer declared shelf life; presumed to have existed at delivery if it appears
  within two years. A trader who fraudulently concealed it cannot rely on the period.
  Concealment not given is not assumed (interpretation: the burden of proof, art. 6 KC); an
  answer that concealment would turn round says "unless fraudulent concealment is shown".
  Goods whose digital elements are supplied continuously (ust. 3): non-conformity of those
  elements that occurred or appeared during the supply period, at least two years; presumed
  only if it appeared then, and for one appearing later ``occurred_on`` is asked for, as for
  continuous supply below.
* digital content or a digital service supplied once or in parts (art. 43l ust. 1-2): two
  years of liability, one year of presumption, from supply.
* continuous supply (art. 43l ust. 3-4): liability for non-conformity that *occurred or
  appeared* during the supply period; presumed to have occurred then if it appeared then. One
  that appears after the period engages liability only if it occurred during it, unpresumed,
  so the day it occurred (``occurred_on``) is asked for. The presumptions fall away if the
  consumer's digital environment is incompatible with requirements disclosed beforehand, or
  the consumer refuses to cooperate (ust. 5).
* rękojmia, KC (art. 568 § 1): a defect found within two years of delivery (longer shelf life:
  art. 568¹); for consumers presumed to have existed when the risk passed if found within a
  year (art. 556²); used goods to a consumer may be limited by contract to no less than a
  year. Between traders rękojmia may be limited or excluded (art. 558 § 1), but not when the
  seller fraudulently concealed the defect (art. 558 § 2, art. 568 § 6).

**Remedies** (UoPK from 2023): first repair or replacement (art. 43d) or bringing the
digital content into conformity (art. 43m); then a price reduction or withdrawal in the
five cases of art. 43e ust. 1 (art. 43n ust. 1); no withdrawal for an insignificant
non-conformity, significance presumed (art. 43e ust. 4; for digital content only where a
price is paid, art. 43n ust. 3). **Refunds**: 14 days from receiving a price-reduction
statement (art. 43e ust. 3, art. 43o ust. 6); after withdrawal for goods, 14 days from
receiving the goods or proof of their dispatch (art. 43e ust. 6). These are deadlines for an
act, so their end rolls forward (art. 115 KC).

>>> from datetime import date
>>> from regulamin.models import Contract, Customer
>>> from regulamin.models.conformity import ConformityFacts
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2024, 2, 20))
>>> d = conformity_liability(Customer.consumer(), order,
...                          ConformityFacts(delivered_on=date(2024, 2, 29)), date(2025, 8, 29))
>>> d.outcome, d.presumed, d.liability_ends
(True, True, datetime.date(2026, 2, 28))
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from ..calendars import Counting, period_end
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts, LawNotCovered
from ..law import KC, UOPK, Citation
from ..models import Contract, Customer, Demand, Subject
from ..models.conformity import ConformityFacts, RemedyFacts
from ..reasons import (
    MONTHS_AND_YEARS,
    ROLL_FORWARD,
    by,
    count_days,
    missing_summary,
    not_before,
    sentence,
)
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
from .status import Status, customer_status

# ---------------------------------------------------------------------------------------------
# The regime
# ---------------------------------------------------------------------------------------------


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
    def label(self) -> Text:
        return _REGIME_LABELS[self]

    @property
    def is_uopk(self) -> bool:
        return self in (Regime.UOPK_GOODS, Regime.UOPK_DIGITAL)


_REGIME_LABELS = {
    Regime.UOPK_GOODS: Text(
        "niezgodność towaru z umową według rozdziału 5a ustawy o prawach konsumenta",
        "non-conformity of goods under chapter 5a of the Consumer Rights Act",
    ),
    Regime.UOPK_DIGITAL: Text(
        "niezgodność treści cyfrowej lub usługi cyfrowej z umową według rozdziału 5b ustawy "
        "o prawach konsumenta",
        "non-conformity of digital content or a digital service under chapter 5b of the "
        "Consumer Rights Act",
    ),
    Regime.KC_CONSUMER: Text(
        "rękojmia za wady według Kodeksu cywilnego, z przepisami o konsumencie",
        "statutory warranty (rękojmia) under the Civil Code, with the consumer rules",
    ),
    Regime.KC_TRADER: Text(
        "rękojmia za wady według Kodeksu cywilnego między przedsiębiorcami",
        "statutory warranty (rękojmia) under the Civil Code between traders",
    ),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class RegimeDecision(Decision[Regime]):
    """The regime, with the buyer's status it was chosen by."""

    status: Status | None = None


REGIME = "conformity.regime"
_SALE_BY_ANALOGY = KC.art("555")
_REGIME_SUMMARIES = {
    regime: Reason(
        REGIME,
        "Do umowy stosuje się: {regime}.",
        "The contract is governed by: {regime}.",
        params={"regime": regime.label},
    )
    for regime in Regime
}
_REGIME_UNKNOWN = Reason(
    REGIME,
    "Nie da się ustalić reżimu odpowiedzialności: nie wiadomo, kim jest kupujący.",
    "The liability regime cannot be determined: the buyer's status is unknown.",
)
_DIGITAL_AS_SALE = Reason(
    REGIME,
    "Przepisy o sprzedaży rzeczy stosuje się odpowiednio do treści cyfrowych (interpretacja).",
    "The rules on the sale of things apply by analogy to digital content (interpretation).",
    (_SALE_BY_ANALOGY,),
)
_TRADER_MAY_EXCLUDE = Reason(
    REGIME,
    "Kupujący jest przedsiębiorcą: rękojmię można w umowie rozszerzyć, ograniczyć lub wyłączyć.",
    "The buyer is a trader: rękojmia may be extended, limited or excluded by contract.",
    (KC.art("558", "1"),),
)
_PNPK_UNDER_KC = Reason(
    REGIME,
    "Przepisy o rękojmi dotyczące konsumenta stosuje się do przedsiębiorcy na prawach konsumenta.",
    "The rękojmia rules on consumers apply to a sole trader with consumer rights.",
    (KC.art("556⁴"),),
)
_PNPK_UNDER_UOPK = Reason(
    REGIME,
    "Przepisy rozdziałów 5a i 5b o konsumencie stosuje się do przedsiębiorcy na prawach "
    "konsumenta.",
    "The consumer rules of chapters 5a and 5b apply to a sole trader with consumer rights.",
    (UOPK.art("7aa", "1"),),
)
_CHAPTER = {
    Regime.UOPK_GOODS: (
        "Umowę dotyczącą towaru zawarto {concluded_on} r. (rozdział 5a stosuje się do umów "
        "zawartych od 1 stycznia 2023 r.).",
        "The contract for goods was concluded on {concluded_on} (chapter 5a applies to "
        "contracts concluded from 1 January 2023).",
        (UOPK.art("43a"),),
    ),
    Regime.UOPK_DIGITAL: (
        "Umowę o dostarczenie treści cyfrowej lub usługi cyfrowej zawarto {concluded_on} r. "
        "(rozdział 5b stosuje się do umów zawartych od 1 stycznia 2023 r.).",
        "The contract for digital content or a digital service was concluded on "
        "{concluded_on} (chapter 5b applies to contracts concluded from 1 January 2023).",
        (UOPK.art("43h"),),
    ),
}


def _regime_decided(
    regime: Regime, status: Status, contract: Contract, *reasons: Reason
) -> RegimeDecision:
    return RegimeDecision(
        rule=REGIME,
        outcome=regime,
        summary=_REGIME_SUMMARIES[regime],
        reasons=reasons,
        law_as_of=contract.concluded_on,
        status=status,
    )


def _status_or_undetermined(
    customer: Customer, contract: Contract
) -> tuple[Status, Reason] | RegimeDecision:
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
            summary=_REGIME_UNKNOWN,
            reasons=(status.summary, *status.reasons),
            law_as_of=contract.concluded_on,
        )
    return status.outcome, status.summary


_DIGITAL_UNDER_KC = Interpretation(
    "Przed 2023 r. (oraz między przedsiębiorcami) do treści cyfrowych biblioteka stosuje "
    "przepisy o rękojmi przy sprzedaży odpowiednio (art. 555 KC); przy dostarczaniu ciągłym "
    "liczy dwa lata od pierwszego dnia dostarczania i obejmuje co najmniej cały okres "
    "dostarczania.",
    "Before 2023 (and between traders) the library applies the rękojmia of sale to digital "
    "content by analogy (art. 555 KC); for continuous supply it counts the two years from "
    "the first day of supply and covers at least the whole supply period.",
)


def _kc_regime(status: Status, contract: Contract, status_reason: Reason) -> RegimeDecision:
    reasons = [status_reason]
    if contract.subject is not Subject.GOODS:
        reasons.append(_DIGITAL_AS_SALE)
    if status is Status.TRADER:
        return _regime_decided(Regime.KC_TRADER, status, contract, *reasons, _TRADER_MAY_EXCLUDE)
    if status is Status.PNPK:
        reasons.append(_PNPK_UNDER_KC)
    return _regime_decided(Regime.KC_CONSUMER, status, contract, *reasons)


_REGIME_TITLE = Text("Reżim odpowiedzialności za zgodność z umową", "Conformity regime")
_REGIME_SUMMARY = Text(
    "Rozdział 5a albo 5b ustawy o prawach konsumenta albo rękojmia Kodeksu cywilnego, według "
    "dnia zawarcia umowy i statusu kupującego.",
    "Chapter 5a or 5b of the Consumer Rights Act or the Civil Code's rękojmia, by the day the "
    "contract was concluded and the buyer's status.",
)


@legacy_rule(
    REGIME,
    title=_REGIME_TITLE,
    summary=_REGIME_SUMMARY,
    basis=(KC.art("556"), KC.art("556²"), KC.art("556⁴"), KC.art("558", "1"), _SALE_BY_ANALOGY),
    valid_from=date(2014, 12, 25),
    valid_until=date(2022, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_DIGITAL_UNDER_KC,),
)
def _regime_rekojmia(customer: Customer, contract: Contract) -> RegimeDecision:
    """Contracts to 2022-12-31: rękojmia of KC for every buyer (art. 556 KC); the consumer
    rules for consumers and, from 2021, for PNPK (art. 556⁴ KC); digital content by analogy
    (art. 555 KC, interpretation)."""
    step = _status_or_undetermined(customer, contract)
    if isinstance(step, RegimeDecision):
        return step
    status, status_reason = step
    return _kc_regime(status, contract, status_reason)


@legacy_rule(
    REGIME,
    basis=(UOPK.art("43a"), UOPK.art("43h"), UOPK.art("7aa", "1"), KC.art("558", "1")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _regime_uopk(customer: Customer, contract: Contract) -> RegimeDecision:
    """Contracts from 2023-01-01: chapter 5a UoPK for goods and 5b for digital content and
    services, for consumers and PNPK (art. 7aa ust. 1); rękojmia of KC for trader buyers."""
    step = _status_or_undetermined(customer, contract)
    if isinstance(step, RegimeDecision):
        return step
    status, status_reason = step
    if status is Status.TRADER:
        return _kc_regime(status, contract, status_reason)
    reasons = [status_reason]
    if status is Status.PNPK:
        reasons.append(_PNPK_UNDER_UOPK)
    regime = Regime.UOPK_GOODS if contract.subject is Subject.GOODS else Regime.UOPK_DIGITAL
    pl, en, basis = _CHAPTER[regime]
    reasons.append(Reason(REGIME, pl, en, basis, {"concluded_on": contract.concluded_on}))
    return _regime_decided(regime, status, contract, *reasons)


_REGIME_RULE = REGISTRY[REGIME]


@entry(REGIME)
def conformity_regime(customer: Customer, contract: Contract) -> RegimeDecision:
    """Which law governs non-conformity under ``contract`` for this buyer."""
    version = _REGIME_RULE.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    decision: RegimeDecision = version.func(customer, contract)
    return decision


# ---------------------------------------------------------------------------------------------
# Liability and presumption periods
# ---------------------------------------------------------------------------------------------


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


LIABILITY = "conformity.liability"
GOODS = "conformity.goods"
DIGITAL = "conformity.digital"
REKOJMIA = "conformity.rekojmia"

_GOODS_PERIOD = UOPK.art("43c", "1")
_DIGITAL_ELEMENTS_SUPPLIED = UOPK.art("43c", "3")
_ONE_OFF_SUPPLY = UOPK.art("43l", "1")
_ONE_OFF_PRESUMPTION = UOPK.art("43l", "2")
_CONTINUOUS_SUPPLY = UOPK.art("43l", "3")
_CONTINUOUS_PRESUMPTION = UOPK.art("43l", "4")
_REKOJMIA_PERIOD = KC.art("568", "1")
_LONGER_SHELF_LIFE = KC.art("568¹")
_CONSUMER_PRESUMPTION = KC.art("556²")
_REDUCTION_REFUND_GOODS = UOPK.art("43e", "3")
_REDUCTION_REFUND_DIGITAL = UOPK.art("43o", "6")
_WITHDRAWAL_REFUND_DIGITAL = UOPK.art("43o")
_WITHDRAWAL_REFUND_GOODS = UOPK.art("43e", "6")
# Art. 115 KC is checked and does not apply: the reason goes among those not applied, so that
# the citation names the provision set aside rather than a basis of the answer.
_NOT_ROLLED = {
    rule_id: Reason(
        rule_id,
        "Końca okresu odpowiedzialności ani domniemania nie przesuwa się na dzień roboczy: "
        "okres ten wyznacza chwilę ujawnienia wady, a nie termin do dokonania czynności.",
        "The end of the liability or presumption period is not moved to a working day: it "
        "fixes when a defect must appear, not a deadline for an act.",
        (ROLL_FORWARD[Counting.KC],),
    )
    for rule_id in (GOODS, DIGITAL, REKOJMIA)
}
_UOPK_TEXTS = {
    "presumed": Text(
        "Przedsiębiorca odpowiada za brak zgodności z umową, który ujawnił się {appeared_on} r.; "
        "domniemywa się, że {presumption}.",
        "The trader is liable for the non-conformity that appeared on {appeared_on}; it is "
        "presumed that {presumption}.",
    ),
    "not_presumed": Text(
        "Przedsiębiorca odpowiada za brak zgodności z umową, który ujawnił się {appeared_on} r., "
        "o ile {presumption}; domniemanie nie działa, więc wykazać to musi konsument.",
        "The trader is liable for the non-conformity that appeared on {appeared_on} if "
        "{presumption}; no presumption applies, so the consumer must prove it.",
    ),
    "not_liable": Text(
        "Przedsiębiorca nie odpowiada za brak zgodności z umową, który ujawnił się "
        "{appeared_on} r.{unless}",
        "The trader is not liable for the non-conformity that appeared on {appeared_on}{unless}.",
    ),
}
_KC_TEXTS = {
    "presumed": Text(
        "Sprzedawca odpowiada z tytułu rękojmi za wadę stwierdzoną {appeared_on} r.; "
        "domniemywa się, że {presumption}.",
        "The seller is liable under rękojmia for the defect found on {appeared_on}; it is "
        "presumed that {presumption}.",
    ),
    "not_presumed": Text(
        "Sprzedawca odpowiada z tytułu rękojmi za wadę stwierdzoną {appeared_on} r., o ile "
        "{presumption}; domniemanie nie działa, więc wykazać to musi kupujący.",
        "The seller is liable under rękojmia for the defect found on {appeared_on} if "
        "{presumption}; no presumption applies, so the buyer must prove it.",
    ),
    "not_liable": Text(
        "Sprzedawca nie odpowiada z tytułu rękojmi za wadę stwierdzoną {appeared_on} r.{unless}",
        "The seller is not liable under rękojmia for the defect found on {appeared_on}{unless}.",
    ),
}
_EXISTED_AT_DELIVERY = Text("istniał on w chwili dostarczenia", "it existed at delivery")
_OCCURRED_DURING_SUPPLY = Text(
    "wystąpił on w okresie dostarczania", "it occurred during the supply period"
)
_OCCURRED_DURING_DIGITAL_ELEMENTS_SUPPLY = Text(
    "wystąpił on w okresie dostarczania elementów cyfrowych (nie krótszym niż dwa lata od "
    "dostarczenia towaru)",
    "it occurred during the supply period of the digital elements (at least two years from "
    "delivery)",
)
_UNLESS_CONCEALED = {
    True: Text(
        ", chyba że wykazano podstępne zatajenie braku zgodności.",
        ", unless fraudulent concealment is shown",
    ),
    False: Text(
        ", chyba że wykazano podstępne zatajenie wady.", ", unless fraudulent concealment is shown"
    ),
}
"""The caveat of a "not liable" that fraudulent concealment, not given, would turn round;
keyed on whether the regime is UoPK's (brak zgodności) or the Civil Code's (wada)."""
_NO_CAVEAT = Text("", "")
_EXISTED_WHEN_RISK_PASSED = Text(
    "wada lub jej przyczyna istniała w chwili przejścia niebezpieczeństwa na kupującego",
    "the defect or its cause existed when the risk passed to the buyer",
)


@dataclass(frozen=True, slots=True)
class _Expiry:
    """What a rule says of a defect that appears after its liability period."""

    too_late: tuple[str, str, Citation]
    """The reason's texts (``{end}``: the period's last day) and basis."""
    presumption_over: tuple[str, str, Citation] | None = None
    """The same when the defect is within liability but after the presumption (``None``:
    the rule words its presumption itself)."""
    concealed: Reason | None = None
    """Fraudulent concealment: the period does not protect the trader (``None``: no rule)."""
    concealment_unknown: Reason | None = None


_GOODS_EXPIRY = _Expiry(
    (
        "Brak zgodności ujawnił się po upływie terminu odpowiedzialności ({end} r.).",
        "The non-conformity appeared after the liability period ({end}).",
        UOPK.art("43c", "1"),
    ),
    (
        "Brak zgodności ujawnił się po {end} r., po upływie okresu domniemania.",
        "The non-conformity appeared after {end}, when the presumption had ended.",
        UOPK.art("43c", "1"),
    ),
    Reason(
        GOODS,
        "Przedsiębiorca podstępnie zataił brak zgodności, więc nie może powołać się na upływ "
        "terminu.",
        "The trader fraudulently concealed the non-conformity, so it cannot rely on the period "
        "having passed.",
        (UOPK.art("43c", "2"),),
    ),
    Reason(
        GOODS,
        "Nie ustalono, że przedsiębiorca podstępnie zataił brak zgodności "
        "(conformity.fraudulently_concealed).",
        "It is not established that the trader fraudulently concealed the non-conformity "
        "(conformity.fraudulently_concealed).",
        (UOPK.art("43c", "2"),),
    ),
)
_ONE_OFF_EXPIRY = _Expiry(
    (
        "Brak zgodności ujawnił się po upływie okresu odpowiedzialności ({end} r.).",
        "The non-conformity appeared after the liability period ({end}).",
        UOPK.art("43l", "1"),
    ),
    (
        "Brak zgodności ujawnił się po {end} r., po upływie rocznego okresu domniemania.",
        "The non-conformity appeared after {end}, when the one-year presumption had ended.",
        UOPK.art("43l", "2"),
    ),
)
# Continuous supply has no one-year presumption: it is the supply period itself.
_CONTINUOUS_EXPIRY = _Expiry(
    (
        # not "after the liability period": one that occurred during supply is still covered
        "Brak zgodności ujawnił się dopiero po {end} r.",
        "The non-conformity appeared only after {end}.",
        UOPK.art("43l", "3"),
    ),
    (
        "Brak zgodności ujawnił się po {end} r., po zakończeniu okresu dostarczania, więc "
        "domniemanie nie działa.",
        "The non-conformity appeared after {end}, when the supply period had ended, so no "
        "presumption applies.",
        UOPK.art("43l", "4"),
    ),
)
# Goods whose digital elements are supplied continuously (art. 43c ust. 3): a non-conformity
# appearing after the period may still have occurred within it, as under art. 43l ust. 3.
_DIGITAL_ELEMENTS_EXPIRY = _Expiry(
    (
        "Brak zgodności ujawnił się dopiero po {end} r.",
        "The non-conformity appeared only after {end}.",
        UOPK.art("43c", "3"),
    ),
    (
        "Brak zgodności ujawnił się po {end} r., po upływie okresu dostarczania elementów "
        "cyfrowych i dwóch lat od dostarczenia towaru, więc domniemanie nie działa.",
        "The non-conformity appeared after {end}, when both the supply period of the digital "
        "elements and two years from delivery had passed, so no presumption applies.",
        UOPK.art("43c", "3"),
    ),
    _GOODS_EXPIRY.concealed,
    _GOODS_EXPIRY.concealment_unknown,
)
_REKOJMIA_EXPIRY = _Expiry(
    (
        "Wadę stwierdzono po upływie okresu rękojmi ({end} r.).",
        "The defect was found after the rękojmia period ({end}).",
        KC.art("568", "1"),
    ),
    None,
    Reason(
        REKOJMIA,
        "Sprzedawca podstępnie zataił wadę, więc upływ terminu nie wyłącza rękojmi.",
        "The seller fraudulently concealed the defect, so the period having passed does not "
        "bar rękojmia.",
        (KC.art("568", "6"),),
    ),
    Reason(
        REKOJMIA,
        "Nie ustalono, że sprzedawca podstępnie zataił wadę (conformity.fraudulently_concealed).",
        "It is not established that the seller fraudulently concealed the defect "
        "(conformity.fraudulently_concealed).",
        (KC.art("568", "6"),),
    ),
)


@dataclass(slots=True)
class _Periods:
    """The periods as they are worked out, with the reasons for each step."""

    rule_id: str
    liability_ends: date
    presumption_ends: date | None
    reasons: list[Reason] = field(default_factory=list)
    not_applied: list[Reason] = field(default_factory=list)
    concealment_would_change: bool = False
    """The answer is "not liable" only because fraudulent concealment is not given."""

    def add(self, pl: str, en: str, *basis: Citation, **params: object) -> None:
        self.reasons.append(Reason(self.rule_id, pl, en, basis, params or None))

    def skip(self, pl: str, en: str, *basis: Citation, **params: object) -> None:
        self.not_applied.append(Reason(self.rule_id, pl, en, basis, params or None))

    def liable(self, appeared_on: date, expiry: _Expiry, *, concealed: bool | None) -> bool:
        """Did the defect appear within liability, or is the trader barred from relying on
        the period by its fraudulent concealment?"""
        if appeared_on <= self.liability_ends:
            return True
        if expiry.concealed is not None and concealed:
            self.reasons.append(expiry.concealed)
            return True
        pl, en, basis = expiry.too_late
        self.add(pl, en, basis, end=self.liability_ends)
        if expiry.concealment_unknown is not None:
            self.not_applied.append(expiry.concealment_unknown)
        self.concealment_would_change = expiry.concealed is not None
        return False

    def presumed(self, appeared_on: date, expiry: _Expiry) -> bool:
        """Did the defect appear while the presumption lasted? Says so when it did not."""
        if self.presumption_ends is not None and appeared_on <= self.presumption_ends:
            return True
        assert expiry.presumption_over is not None, "only rules with a fixed presumption ask"
        pl, en, basis = expiry.presumption_over
        self.add(pl, en, basis, end=self.presumption_ends)
        return False

    def decision(
        self,
        regime: Regime,
        contract: Contract,
        appeared_on: date,
        *,
        liable: bool,
        presumed: bool,
        presumption: Text,
        excluded: bool = False,
    ) -> LiabilityDecision:
        texts = _UOPK_TEXTS if regime.is_uopk else _KC_TEXTS
        key = "not_liable" if not liable else "presumed" if presumed else "not_presumed"
        caveat = _NO_CAVEAT
        if not liable and self.concealment_would_change:
            caveat = _UNLESS_CONCEALED[regime.is_uopk]
        summary = Reason(
            self.rule_id,
            texts[key].pl,
            texts[key].en,
            params={"appeared_on": appeared_on, "presumption": presumption, "unless": caveat},
        )
        return LiabilityDecision(
            rule=self.rule_id,
            outcome=liable,
            summary=summary,
            reasons=tuple(self.reasons),
            not_applied=(*self.not_applied, _NOT_ROLLED[self.rule_id]),
            law_as_of=contract.concluded_on,
            regime=regime,
            liability_ends=None if excluded else self.liability_ends,
            presumption_ends=self.presumption_ends,
            presumed=presumed,
        )


def _undetermined_liability(
    rule_id: str,
    regime: Regime | None,
    contract: Contract,
    missing: tuple[str, ...],
    *reasons: Reason,
) -> LiabilityDecision:
    return LiabilityDecision(
        rule=rule_id,
        outcome=Undetermined(missing),
        summary=missing_summary(
            rule_id,
            "Nie da się ocenić odpowiedzialności",
            "Liability cannot be assessed",
            missing,
        ),
        reasons=reasons,
        law_as_of=contract.concluded_on,
        regime=regime,
    )


_VOID = UOPK.art("7")
_USED_GOODS_TOO = {
    True: Text(", także dla towaru używanego", ", used goods included"),
    False: Text("", ""),
}


def _uopk_contract_terms(periods: _Periods, facts: ConformityFacts, start: date) -> None:
    """Art. 7 UoPK: a term less favourable to the consumer is void; a longer period binds the
    trader that promised it."""
    if facts.liability_excluded:
        periods.skip(
            "Umowne wyłączenie odpowiedzialności nie wiąże konsumenta.",
            "A contractual exclusion of liability does not bind the consumer.",
            _VOID,
        )
    months = facts.contractual_period_months
    if months is None:
        return
    agreed_end = period_end(start, months=months)
    if agreed_end > periods.liability_ends:
        periods.liability_ends = agreed_end
        periods.add(
            "Umowa przedłuża odpowiedzialność do {end} r. ({months} mies.).",
            "The contract extends liability to {end} ({months} months).",
            MONTHS_AND_YEARS,
            end=agreed_end,
            months=months,
        )
    elif agreed_end < periods.liability_ends:
        periods.skip(
            "Umowne skrócenie odpowiedzialności do {months} mies. nie wiąże konsumenta{used}.",
            "A contractual shortening of liability to {months} months does not bind the "
            "consumer{used}.",
            _VOID,
            months=months,
            used=_USED_GOODS_TOO[facts.used_goods],
        )


def _check_dates(contract: Contract, facts: ConformityFacts, appeared_on: date) -> None:
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


def _occurrence_not_used(facts: ConformityFacts, rule: str) -> None:
    """Only continuous supply (of digital content or services, or of goods' digital elements)
    counts the day a non-conformity occurred; any other rule would silently ignore it, so it
    is refused."""
    if facts.occurred_on is not None:
        raise InvalidFacts(
            "conformity.occurred_on",
            f"{rule} counts from delivery or supply only; the day a non-conformity occurred "
            "matters only for continuous supply of digital content or services, or of the "
            "digital elements of goods (art. 43l ust. 3, art. 43c ust. 3 UoPK)",
        )


@dataclass(frozen=True, slots=True)
class _SupplyWindow:
    """A period within which a non-conformity that *occurred* engages liability even if it
    appeared later: continuous supply (art. 43l ust. 3) and goods' continuously supplied
    digital elements (art. 43c ust. 3)."""

    during: Text
    """The period, after "wystąpił on" / "it occurred"."""
    after: Text
    """The period having ended, after "oba zdarzenia" / "both"."""
    basis: Citation
    presumption: Text
    """What the consumer must prove once the presumption is gone."""


_CONTINUOUS_WINDOW = _SupplyWindow(
    Text("w okresie dostarczania", "during the supply period"),
    Text("po zakończeniu okresu dostarczania", "after the supply period ended"),
    _CONTINUOUS_SUPPLY,
    _OCCURRED_DURING_SUPPLY,
)
_DIGITAL_ELEMENTS_WINDOW = _SupplyWindow(
    Text(
        "w okresie dostarczania elementów cyfrowych, nie krótszym niż dwa lata od dostarczenia "
        "towaru",
        "during the supply period of the digital elements, at least two years from delivery",
    ),
    Text(
        "po upływie okresu dostarczania elementów cyfrowych i dwóch lat od dostarczenia towaru",
        "after both the supply period of the digital elements and two years from delivery had "
        "passed",
    ),
    _DIGITAL_ELEMENTS_SUPPLIED,
    _OCCURRED_DURING_DIGITAL_ELEMENTS_SUPPLY,
)


def _after_supply_window(
    periods: _Periods,
    regime: Regime,
    contract: Contract,
    appeared_on: date,
    *,
    occurred_on: date | None,
    window_ends: date,
    window: _SupplyWindow,
) -> LiabilityDecision:
    """Art. 43l ust. 3 UoPK (and art. 43c ust. 3 for goods' digital elements) for a
    non-conformity that appeared after the window ending on ``window_ends``: the trader is
    liable if it *occurred* within the window. The presumption (art. 43l ust. 4) covers only
    one that appeared then, so it never helps here."""
    if occurred_on is None:
        periods.add(
            "Przedsiębiorca odpowiada za ten brak zgodności tylko wtedy, gdy wystąpił on "
            "{during} (do {end} r.); domniemanie nie działa, bo ujawnił się po tym okresie. "
            "Nie podano, kiedy wystąpił (conformity.occurred_on).",
            "The trader is liable for this non-conformity only if it occurred {during} (until "
            "{end}); no presumption applies, as it appeared after that period. When it "
            "occurred is not given (conformity.occurred_on).",
            window.basis,
            during=window.during,
            end=window_ends,
        )
        missing = ("conformity.occurred_on",)
        return LiabilityDecision(
            rule=periods.rule_id,
            outcome=Undetermined(missing),
            summary=missing_summary(
                periods.rule_id,
                "Nie da się ocenić odpowiedzialności",
                "Liability cannot be assessed",
                missing,
            ),
            reasons=tuple(periods.reasons),
            not_applied=(*periods.not_applied, _NOT_ROLLED[periods.rule_id]),
            law_as_of=contract.concluded_on,
            regime=regime,
            liability_ends=periods.liability_ends,
            presumption_ends=periods.presumption_ends,
            presumed=False,
        )
    occurred_within = occurred_on <= window_ends
    if occurred_within:
        periods.add(
            "Brak zgodności wystąpił {occurred_on} r., {during} (do {end} r.), choć ujawnił "
            "się później: przedsiębiorca za niego odpowiada, ale domniemanie nie działa.",
            "The non-conformity occurred on {occurred_on}, {during} (until {end}), though it "
            "appeared later: the trader is liable for it, but no presumption applies.",
            window.basis,
            occurred_on=occurred_on,
            during=window.during,
            end=window_ends,
        )
    else:
        periods.add(
            "Brak zgodności wystąpił {occurred_on} r. i ujawnił się {appeared_on} r., oba "
            "zdarzenia {after} ({end} r.).",
            "The non-conformity occurred on {occurred_on} and appeared on {appeared_on}, both "
            "{after} ({end}).",
            window.basis,
            occurred_on=occurred_on,
            appeared_on=appeared_on,
            after=window.after,
            end=window_ends,
        )
    return periods.decision(
        regime,
        contract,
        appeared_on,
        liable=occurred_within,
        presumed=False,
        presumption=window.presumption,
    )


_DIGITAL_ELEMENTS_READING = Interpretation(
    "Dla towaru z elementami cyfrowymi dostarczanymi w sposób ciągły (art. 43c ust. 3 UoPK; "
    "podany conformity.supply_ends_on) biblioteka przyjmuje, że brak zgodności dotyczy "
    "elementów cyfrowych: przedsiębiorca odpowiada za brak zgodności, który wystąpił lub "
    "ujawnił się w okresie dostarczania, nie krótszym niż dwa lata od dostarczenia towaru, a "
    "domniemanie obejmuje brak zgodności, który ujawnił się w tym okresie. Za brak zgodności "
    "ujawniony później przedsiębiorca odpowiada, bez domniemania, tylko wtedy, gdy wystąpił on "
    "w tym okresie; dzień wystąpienia (conformity.occurred_on) jest wtedy wymagany.",
    "For goods with continuously supplied digital elements (art. 43c(3) UoPK; "
    "conformity.supply_ends_on given) the library assumes the non-conformity concerns the "
    "digital elements: the trader is liable for non-conformity that occurred or appeared "
    "during the supply period, at least two years from delivery, and the presumption covers "
    "non-conformity that appeared in that period. For one appearing later the trader is "
    "liable, without the presumption, only if it occurred in that period; the day it occurred "
    "(conformity.occurred_on) is then required.",
)


_CONCEALMENT_NOT_ASSUMED = Interpretation(
    "Podstępnego zatajenia braku zgodności (conformity.fraudulently_concealed) biblioteka nie "
    "przyjmuje, dopóki nie zostanie podane: wykazać je musi konsument, który się na nie "
    "powołuje (art. 6 KC). Gdy zatajenie zmieniłoby wynik, podsumowanie dodaje: „chyba że "
    "wykazano podstępne zatajenie braku zgodności”.",
    "The library does not assume fraudulent concealment of the non-conformity "
    "(conformity.fraudulently_concealed) until it is given: the consumer relying on it must "
    "prove it (art. 6 KC). Where concealment would change the outcome, the summary adds "
    "'unless fraudulent concealment is shown'.",
)


@legacy_rule(
    GOODS,
    title=Text(
        "Odpowiedzialność za niezgodność towaru z umową", "Liability for non-conforming goods"
    ),
    summary=Text(
        "Dwa lata od dostarczenia (dłużej przy dłuższym terminie przydatności), domniemanie "
        "przez dwa lata; podstępne zatajenie wyłącza powołanie się na upływ terminu.",
        "Two years from delivery (longer with a longer shelf life), presumption for two "
        "years; fraudulent concealment bars reliance on the period.",
    ),
    basis=(_GOODS_PERIOD, UOPK.art("43c", "2"), _DIGITAL_ELEMENTS_SUPPLIED, UOPK.art("7")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_DIGITAL_ELEMENTS_READING, _CONCEALMENT_NOT_ASSUMED),
)
def _goods_liability(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Art. 43c UoPK. ust. 1: the trader is liable for non-conformity existing at delivery and
    appearing within two years of it, unless the shelf life the trader (or the producer)
    declared is longer; a non-conformity appearing before two years have passed is presumed
    to have existed at delivery, unless proven otherwise or incompatible with the nature of
    the goods or of the non-conformity. Used goods get the same two years (art. 7 voids a
    shorter term). ust. 2: a trader who fraudulently concealed the non-conformity cannot rely
    on the period (interpretation: concealment not given is not assumed, the consumer proves
    it; a "not liable" it would turn round says so). ust. 3: goods with continuously
    supplied digital elements: liability for their non-conformity that occurred or appeared
    during the supply period, at least two years (interpretation: the non-conformity concerns
    the digital elements; the presumption covers what appeared in that period, and for one
    appearing later the day it occurred, ``conformity.occurred_on``, decides)."""
    if facts.supply_ends_on is None:
        _occurrence_not_used(facts, "art. 43c ust. 1 UoPK")
    two_years = period_end(facts.delivered_on, years=2)
    periods = _Periods(GOODS, two_years, two_years)
    periods.add(
        "Odpowiedzialność obejmuje brak zgodności ujawniony w ciągu dwóch lat od dostarczenia "
        "towaru {delivered_on} r., czyli do {end} r. włącznie; przez ten sam czas działa "
        "domniemanie.",
        "Liability covers non-conformity appearing within two years of the delivery on "
        "{delivered_on}, that is until {end} inclusive; the presumption lasts as long.",
        _GOODS_PERIOD,
        MONTHS_AND_YEARS,
        delivered_on=facts.delivered_on,
        end=two_years,
    )
    _uopk_contract_terms(periods, facts, facts.delivered_on)
    if facts.shelf_life_until is not None and facts.shelf_life_until > periods.liability_ends:
        periods.liability_ends = facts.shelf_life_until
        periods.add(
            "Zadeklarowany termin przydatności do użycia jest dłuższy: odpowiedzialność trwa do "
            "{end} r. (domniemanie nadal dwa lata).",
            "The declared shelf life is longer: liability lasts until {end} (the presumption "
            "still two years).",
            _GOODS_PERIOD,
            end=facts.shelf_life_until,
        )
    if facts.supply_ends_on is None:
        liable = periods.liable(appeared_on, _GOODS_EXPIRY, concealed=facts.fraudulently_concealed)
        presumed = liable and periods.presumed(appeared_on, _GOODS_EXPIRY)
        return periods.decision(
            regime,
            contract,
            appeared_on,
            liable=liable,
            presumed=presumed,
            presumption=_EXISTED_AT_DELIVERY,
        )
    return _goods_digital_elements(
        periods,
        regime,
        contract,
        facts,
        appeared_on,
        window_ends=max(two_years, facts.supply_ends_on),
    )


def _goods_digital_elements(
    periods: _Periods,
    regime: Regime,
    contract: Contract,
    facts: ConformityFacts,
    appeared_on: date,
    *,
    window_ends: date,
) -> LiabilityDecision:
    """Art. 43c ust. 3 UoPK: goods whose digital elements are supplied continuously until
    ``conformity.supply_ends_on``. Interpretation: the non-conformity concerns the digital
    elements, and as under art. 43l ust. 3-4 the trader is liable for one that occurred or
    appeared by ``window_ends`` (the supply period, at least two years from delivery),
    presumed only if it appeared by then."""
    periods.liability_ends = max(periods.liability_ends, window_ends)
    periods.presumption_ends = window_ends
    periods.add(
        "Elementy cyfrowe towaru są dostarczane w sposób ciągły do {supply_end} r.: "
        "przedsiębiorca odpowiada za ich brak zgodności, który wystąpił lub ujawnił się do "
        "{end} r. (w okresie dostarczania, nie krótszym niż dwa lata od dostarczenia towaru); "
        "domniemanie obejmuje brak zgodności, który ujawnił się w tym czasie (interpretacja).",
        "The goods' digital elements are supplied continuously until {supply_end}: the trader "
        "is liable for their non-conformity that occurred or appeared until {end} (the supply "
        "period, at least two years from delivery); the presumption covers non-conformity "
        "that appeared in that time (interpretation).",
        _DIGITAL_ELEMENTS_SUPPLIED,
        supply_end=facts.supply_ends_on,
        end=window_ends,
    )
    expiry = _DIGITAL_ELEMENTS_EXPIRY
    if not periods.liable(appeared_on, expiry, concealed=facts.fraudulently_concealed):
        return _after_supply_window(
            periods,
            regime,
            contract,
            appeared_on,
            occurred_on=facts.occurred_on,
            window_ends=window_ends,
            window=_DIGITAL_ELEMENTS_WINDOW,
        )
    # Liable past the window only through a longer shelf life, a contractual extension or
    # concealment, all of which concern the goods as delivered (art. 43c ust. 1-2).
    within_window = appeared_on <= window_ends
    return periods.decision(
        regime,
        contract,
        appeared_on,
        liable=True,
        presumed=periods.presumed(appeared_on, expiry),
        presumption=(
            _OCCURRED_DURING_DIGITAL_ELEMENTS_SUPPLY if within_window else _EXISTED_AT_DELIVERY
        ),
    )


_PRESUMPTION_EXCEPTION = UOPK.art("43l", "5")
_INCOMPATIBLE_ENVIRONMENT = Reason(
    DIGITAL,
    "Środowisko cyfrowe konsumenta nie jest kompatybilne z wymaganiami technicznymi, o których "
    "przedsiębiorca jasno poinformował przed zawarciem umowy: domniemanie nie działa.",
    "The consumer's digital environment is incompatible with technical requirements the trader "
    "clearly disclosed before the contract: no presumption applies.",
    (_PRESUMPTION_EXCEPTION,),
)
_REFUSED_COOPERATION = Reason(
    DIGITAL,
    "Konsument odmówił współdziałania potrzebnego do ustalenia przyczyny braku zgodności: "
    "domniemanie nie działa.",
    "The consumer refused the cooperation needed to find the cause of the non-conformity: no "
    "presumption applies.",
    (_PRESUMPTION_EXCEPTION,),
)
_NO_PRESUMPTION_EXCEPTION = Reason(
    DIGITAL,
    "Nie wykazano niekompatybilności środowiska cyfrowego ani odmowy współdziałania konsumenta.",
    "Neither an incompatible digital environment nor the consumer's refusal to cooperate is shown.",
    (_PRESUMPTION_EXCEPTION,),
)


def _digital_presumption_exceptions(periods: _Periods, facts: ConformityFacts) -> bool:
    """Art. 43l ust. 5 UoPK: do the presumptions fall away?"""
    if facts.incompatible_environment_disclosed:
        periods.reasons.append(_INCOMPATIBLE_ENVIRONMENT)
        return True
    if facts.consumer_refused_cooperation:
        periods.reasons.append(_REFUSED_COOPERATION)
        return True
    periods.not_applied.append(_NO_PRESUMPTION_EXCEPTION)
    return False


@legacy_rule(
    DIGITAL,
    title=Text(
        "Odpowiedzialność za niezgodność treści cyfrowej z umową",
        "Liability for non-conforming digital content",
    ),
    summary=Text(
        "Dostarczanie jednorazowe: dwa lata, domniemanie przez rok; dostarczanie ciągłe: cały "
        "okres dostarczania, z domniemaniem.",
        "One-off supply: two years, presumption for one year; continuous supply: the whole "
        "supply period, with the presumption.",
    ),
    basis=(
        _ONE_OFF_SUPPLY,
        _ONE_OFF_PRESUMPTION,
        _CONTINUOUS_SUPPLY,
        _CONTINUOUS_PRESUMPTION,
        UOPK.art("43l", "5"),
        UOPK.art("7"),
    ),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _digital_liability(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Art. 43l UoPK. Supplied once or in parts (ust. 1-2): the trader is liable for
    non-conformity existing at supply and appearing within two years of it; a non-conformity
    appearing within a year is presumed to have existed at supply. Supplied continuously
    (ust. 3-4): liable for non-conformity that occurred or appeared during the supply period,
    presumed to have occurred then if it appeared then; so one that appears after the period
    engages liability, unpresumed, only if it occurred during it, and the day it occurred
    (``conformity.occurred_on``) is asked for. ust. 5: the presumptions do not apply where
    the consumer's digital environment is incompatible with technical requirements disclosed
    beforehand, or the consumer refuses to cooperate."""
    if facts.shelf_life_until is not None:
        raise InvalidFacts("conformity.shelf_life_until", "a shelf life concerns goods only")
    supply_ends_on: date | None = None
    if contract.subject is Subject.DIGITAL_CONTINUOUS:
        supply_ends_on = facts.supply_ends_on
        if supply_ends_on is None:
            return _undetermined_liability(
                DIGITAL, regime, contract, ("conformity.supply_ends_on",)
            )
        periods = _Periods(DIGITAL, supply_ends_on, supply_ends_on)
        periods.add(
            "Dostarczanie ciągłe od {start} r. do {end} r.: przedsiębiorca odpowiada za brak "
            "zgodności, który wystąpił lub ujawnił się w tym okresie; domniemywa się, że "
            "wystąpił w tym okresie, jeżeli w nim się ujawnił.",
            "Continuous supply from {start} to {end}: the trader is liable for non-conformity "
            "that occurred or appeared in that period; it is presumed to have occurred then if "
            "it appeared then.",
            _CONTINUOUS_SUPPLY,
            _CONTINUOUS_PRESUMPTION,
            start=facts.delivered_on,
            end=supply_ends_on,
        )
        presumption = _OCCURRED_DURING_SUPPLY
        expiry = _CONTINUOUS_EXPIRY
    else:
        _occurrence_not_used(facts, "art. 43l ust. 1 UoPK")
        if facts.supply_ends_on is not None:
            raise InvalidFacts(
                "conformity.supply_ends_on",
                "digital content supplied once or in parts has no supply period; use the "
                "continuous-supply subject",
            )
        two_years = period_end(facts.delivered_on, years=2)
        one_year = period_end(facts.delivered_on, years=1)
        periods = _Periods(DIGITAL, two_years, one_year)
        periods.add(
            "Dostarczenie jednorazowe {delivered_on} r.: odpowiedzialność za brak zgodności "
            "ujawniony do {end} r. (dwa lata), domniemanie do {presumption_end} r. (rok).",
            "One-off supply on {delivered_on}: liability for non-conformity appearing until "
            "{end} (two years), presumption until {presumption_end} (one year).",
            _ONE_OFF_SUPPLY,
            _ONE_OFF_PRESUMPTION,
            MONTHS_AND_YEARS,
            delivered_on=facts.delivered_on,
            end=two_years,
            presumption_end=one_year,
        )
        presumption = _EXISTED_AT_DELIVERY
        expiry = _ONE_OFF_EXPIRY
    _uopk_contract_terms(periods, facts, facts.delivered_on)
    liable = periods.liable(appeared_on, expiry, concealed=None)
    if not liable and supply_ends_on is not None:
        return _after_supply_window(
            periods,
            regime,
            contract,
            appeared_on,
            occurred_on=facts.occurred_on,
            window_ends=supply_ends_on,
            window=_CONTINUOUS_WINDOW,
        )
    presumed = (
        liable
        and periods.presumed(appeared_on, expiry)
        and not _digital_presumption_exceptions(periods, facts)
    )
    return periods.decision(
        regime, contract, appeared_on, liable=liable, presumed=presumed, presumption=presumption
    )


_USED_GOODS_LIMIT_MONTHS = 12
"""Art. 568 § 1 KC: used goods to a consumer: liability limited to no less than a year."""

_SHORTER_THAN_A_YEAR_VOID = Interpretation(
    "Umowne ograniczenie rękojmi dla rzeczy używanej sprzedanej konsumentowi poniżej roku "
    "biblioteka uznaje za niewiążące w całości (obowiązują dwa lata), a nie za ograniczenie "
    "do roku.",
    "A contractual limitation of rękojmia for used goods sold to a consumer below one year "
    "is treated as not binding at all (two years apply), not as a limitation to one year.",
)
_NOT_ASSUMED_BEFORE_PROOF = Interpretation(
    "Podstępnego zatajenia wady (conformity.fraudulently_concealed), tego, że rzecz jest "
    "używana (conformity.used_goods), ani umownego wyłączenia rękojmi "
    "(conformity.liability_excluded) biblioteka nie przyjmuje, dopóki nie zostaną podane: "
    "wykazać je musi strona, która się na nie powołuje (art. 6 KC). Gdy podstępne zatajenie "
    "zmieniłoby wynik, podsumowanie dodaje: „chyba że wykazano podstępne zatajenie wady”.",
    "The library does not assume fraudulent concealment of the defect "
    "(conformity.fraudulently_concealed), used goods (conformity.used_goods) or a contractual "
    "exclusion of rękojmia (conformity.liability_excluded) until they are given: the party "
    "relying on them must prove them (art. 6 KC). Where fraudulent concealment would change "
    "the outcome, the summary adds 'unless fraudulent concealment is shown'.",
)
_EXCLUDABLE = KC.art("558", "1")
_NOT_IF_CONCEALED = KC.art("558", "2")
_EXCLUSION_NOT_FOR_CONSUMERS = Reason(
    REKOJMIA,
    "Umowne wyłączenie rękojmi nie wiąże konsumenta ani przedsiębiorcy na prawach konsumenta.",
    "A contractual exclusion of rękojmia binds neither a consumer nor a sole trader with "
    "consumer rights.",
    (_EXCLUDABLE,),
)
_EXCLUSION_VOID_FOR_CONCEALMENT = Reason(
    REKOJMIA,
    "Wyłączenie rękojmi jest bezskuteczne, bo sprzedawca podstępnie zataił wadę.",
    "The exclusion of rękojmia has no effect because the seller fraudulently concealed the defect.",
    (_NOT_IF_CONCEALED,),
)
_VALIDLY_EXCLUDED = Reason(
    REKOJMIA,
    "Między przedsiębiorcami umowa skutecznie wyłącza rękojmię; nie ustalono, że sprzedawca "
    "podstępnie zataił wadę (conformity.fraudulently_concealed).",
    "Between traders the contract validly excludes rękojmia; it is not established that the "
    "seller fraudulently concealed the defect (conformity.fraudulently_concealed).",
    (_EXCLUDABLE, _NOT_IF_CONCEALED),
)


def _kc_contract_terms(
    periods: _Periods, regime: Regime, facts: ConformityFacts, two_years: date
) -> bool:
    """Art. 558, 568 § 1 KC: does a contractual limitation, extension or exclusion bind?
    Returns whether rękojmia is validly excluded."""
    trader = regime is Regime.KC_TRADER
    fraud = facts.fraudulently_concealed
    months = facts.contractual_period_months
    if months is not None:
        agreed_end = period_end(facts.delivered_on, months=months)
        if agreed_end > two_years or (trader and not fraud):
            periods.liability_ends = agreed_end
            periods.add(
                "Umowa określa okres rękojmi na {months} mies., do {end} r.",
                "The contract sets the rękojmia period at {months} months, until {end}.",
                _EXCLUDABLE,
                months=months,
                end=agreed_end,
            )
        elif trader:
            periods.skip(
                "Ograniczenie rękojmi do {months} mies. jest bezskuteczne, bo sprzedawca "
                "podstępnie zataił wadę.",
                "The limitation of rękojmia to {months} months has no effect because the "
                "seller fraudulently concealed the defect.",
                _NOT_IF_CONCEALED,
                months=months,
                end=agreed_end,
            )
        elif facts.used_goods and months >= _USED_GOODS_LIMIT_MONTHS:
            periods.liability_ends = agreed_end
            periods.add(
                "Rzecz używana: umowa ogranicza rękojmię do {months} mies., do {end} r.",
                "Used goods: the contract limits rękojmia to {months} months, until {end}.",
                _REKOJMIA_PERIOD,
                months=months,
                end=agreed_end,
            )
        elif agreed_end < two_years:
            periods.skip(
                "Umowne ograniczenie rękojmi do {months} mies. nie wiąże konsumenta "
                "(dopuszczalne jest tylko dla rzeczy używanej i nie poniżej roku).",
                "A contractual limitation of rękojmia to {months} months does not bind the "
                "consumer (allowed only for used goods, and to no less than a year).",
                _EXCLUDABLE,
                _REKOJMIA_PERIOD,
                months=months,
                end=agreed_end,
            )
    if not facts.liability_excluded:
        return False
    if not trader:
        periods.not_applied.append(_EXCLUSION_NOT_FOR_CONSUMERS)
        return False
    if fraud:
        periods.not_applied.append(_EXCLUSION_VOID_FOR_CONCEALMENT)
        return False
    periods.reasons.append(_VALIDLY_EXCLUDED)
    periods.concealment_would_change = True  # art. 558 § 2: concealment voids the exclusion
    return True


@legacy_rule(
    REKOJMIA,
    title=Text("Rękojmia za wady (Kodeks cywilny)", "Statutory warranty (rękojmia, Civil Code)"),
    summary=Text(
        "Wada stwierdzona w ciągu dwóch lat od wydania; dla konsumenta domniemanie przez rok; "
        "między przedsiębiorcami rękojmię można ograniczyć lub wyłączyć, chyba że sprzedawca "
        "podstępnie zataił wadę.",
        "A defect found within two years of delivery; for consumers a one-year presumption; "
        "between traders rękojmia may be limited or excluded unless the seller fraudulently "
        "concealed the defect.",
    ),
    basis=(
        _REKOJMIA_PERIOD,
        _LONGER_SHELF_LIFE,
        _CONSUMER_PRESUMPTION,
        KC.art("558", "1"),
        KC.art("558", "2"),
        KC.art("568", "6"),
    ),
    valid_from=date(2014, 12, 25),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_SHORTER_THAN_A_YEAR_VOID, _NOT_ASSUMED_BEFORE_PROOF),
)
def _rekojmia_liability(
    regime: Regime, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Rękojmia, art. 556-576 KC. Art. 568 § 1: the seller is liable if the defect is found
    within two years of delivery; for used goods sold to a consumer the contract may limit
    that to no less than a year. Art. 568¹: a longer shelf life declared by the seller or the
    producer extends it. Art. 556²: for a consumer, a defect found within a year is presumed
    to have existed when the risk passed. Art. 558: between traders rękojmia may be extended,
    limited or excluded (§ 1), but not if the seller fraudulently concealed the defect (§ 2);
    towards consumers only where a special provision allows. Art. 568 § 6: the period's
    expiry does not protect a seller who fraudulently concealed the defect. Digital content
    by analogy (art. 555 KC, interpretation). The B2B duty to inspect and notify (art. 563)
    is not encoded. Interpretation: fraudulent concealment, used goods and an exclusion are
    not assumed until given (the party relying on them proves them, art. 6 KC); a "not
    liable" that concealment would turn round says so."""
    _occurrence_not_used(facts, "art. 568 KC")
    two_years = period_end(facts.delivered_on, years=2)
    periods = _Periods(REKOJMIA, two_years, None)
    periods.add(
        "Rękojmia obejmuje wady stwierdzone w ciągu dwóch lat od wydania rzeczy "
        "{delivered_on} r., czyli do {end} r. włącznie.",
        "Rękojmia covers defects found within two years of the delivery on {delivered_on}, "
        "that is until {end} inclusive.",
        _REKOJMIA_PERIOD,
        MONTHS_AND_YEARS,
        delivered_on=facts.delivered_on,
        end=two_years,
    )
    if contract.subject is Subject.DIGITAL_CONTINUOUS:
        if facts.supply_ends_on is None:
            return _undetermined_liability(
                REKOJMIA, regime, contract, ("conformity.supply_ends_on",), *periods.reasons
            )
        if facts.supply_ends_on > two_years:
            periods.liability_ends = facts.supply_ends_on
            periods.add(
                "Dostarczanie ciągłe trwa do {end} r.: rękojmia obejmuje cały ten okres "
                "(interpretacja).",
                "Continuous supply lasts until {end}: rękojmia covers that whole period "
                "(interpretation).",
                _SALE_BY_ANALOGY,
                end=facts.supply_ends_on,
            )
    elif facts.supply_ends_on is not None:
        raise InvalidFacts(
            "conformity.supply_ends_on", "only continuous supply has a supply period here"
        )
    if facts.shelf_life_until is not None and contract.subject is not Subject.GOODS:
        raise InvalidFacts("conformity.shelf_life_until", "a shelf life concerns goods only")
    if _kc_contract_terms(periods, regime, facts, two_years):
        return periods.decision(
            regime,
            contract,
            appeared_on,
            liable=False,
            presumed=False,
            presumption=_EXISTED_WHEN_RISK_PASSED,
            excluded=True,
        )
    if facts.shelf_life_until is not None and facts.shelf_life_until > periods.liability_ends:
        periods.liability_ends = facts.shelf_life_until
        periods.add(
            "Termin przydatności do użycia kończy się później: rękojmia obejmuje wady "
            "stwierdzone do {end} r.",
            "The shelf life ends later: rękojmia covers defects found until {end}.",
            _LONGER_SHELF_LIFE,
            end=facts.shelf_life_until,
        )
    liable = periods.liable(appeared_on, _REKOJMIA_EXPIRY, concealed=facts.fraudulently_concealed)
    presumed = False
    if regime is Regime.KC_CONSUMER:
        one_year = min(period_end(facts.delivered_on, years=1), periods.liability_ends)
        periods.presumption_ends = one_year
        presumed = liable and appeared_on <= one_year
        periods.add(
            "Kupujący jest konsumentem: jeżeli wadę stwierdzono do {end} r., domniemywa się, że "
            "istniała w chwili przejścia niebezpieczeństwa na kupującego.",
            "The buyer is a consumer: a defect found by {end} is presumed to have existed when "
            "the risk passed.",
            _CONSUMER_PRESUMPTION,
            end=one_year,
        )
    else:
        periods.skip(
            "Domniemanie istnienia wady przysługuje tylko konsumentowi.",
            "The presumption that the defect existed is for consumers only.",
            _CONSUMER_PRESUMPTION,
        )
    return periods.decision(
        regime,
        contract,
        appeared_on,
        liable=liable,
        presumed=presumed,
        presumption=_EXISTED_WHEN_RISK_PASSED,
    )


_RULE_FOR_REGIME = {
    Regime.UOPK_GOODS: GOODS,
    Regime.UOPK_DIGITAL: DIGITAL,
    Regime.KC_CONSUMER: REKOJMIA,
    Regime.KC_TRADER: REKOJMIA,
}


@legacy_rule(
    LIABILITY,
    title=Text(
        "Odpowiedzialność za wadę ujawnioną w danym dniu", "Liability for a defect found on a day"
    ),
    summary=Text(
        "Wybiera reżim (conformity.regime) i stosuje jego okresy odpowiedzialności i domniemania.",
        "Chooses the regime (conformity.regime) and applies its liability and presumption periods.",
    ),
    basis=(UOPK.art("43c"), UOPK.art("43l"), _REKOJMIA_PERIOD, _CONSUMER_PRESUMPTION),
    valid_from=date(2014, 12, 25),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _liability_under_regime(
    customer: Customer, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """The regime decides which rule applies: art. 43c UoPK (goods), art. 43l UoPK (digital
    content and services) or art. 556-576 KC (rękojmia); each rule then applies its own
    periods. The dates are checked first: no delivery before the contract, no defect before
    the delivery."""
    _check_dates(contract, facts, appeared_on)
    regime_decision = conformity_regime(customer, contract)
    regime = regime_decision.outcome
    if isinstance(regime, Undetermined):
        return _undetermined_liability(
            LIABILITY, None, contract, regime.missing, *regime_decision.reasons
        )
    version = REGISTRY[_RULE_FOR_REGIME[regime]].version_for(_concluded(contract))
    decision: LiabilityDecision = version.func(regime, contract, facts, appeared_on)
    regime_reasons = (regime_decision.summary, *regime_decision.reasons)
    return replace(decision, reasons=(*regime_reasons, *decision.reasons))


def _concluded(contract: Contract) -> dict[KeyDate, date]:
    return {KeyDate.CONTRACT_CONCLUDED: contract.concluded_on}


_LIABILITY_RULE = REGISTRY[LIABILITY]


@entry(LIABILITY)
def conformity_liability(
    customer: Customer, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Is the trader liable for a non-conformity (defect) that appeared on ``appeared_on``,
    and is it presumed to have existed at delivery? Also gives the periods' last days."""
    version = _LIABILITY_RULE.version_for(_concluded(contract))
    decision: LiabilityDecision = version.func(customer, contract, facts, appeared_on)
    return decision


# ---------------------------------------------------------------------------------------------
# The remedies ladder
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RemedyDecision(Decision[tuple[Demand, ...]]):
    """The remedies the consumer may use now, in the ladder's order."""

    second_step_open: bool | None = None
    """May the consumer already reduce the price or withdraw (art. 43e ust. 1, 43n ust. 1)?"""


REMEDIES = "conformity.remedies"

REMEDY_LABELS = {
    Demand.REPAIR: Text("naprawa", "repair"),
    Demand.REPLACEMENT: Text("wymiana", "replacement"),
    Demand.BRING_INTO_CONFORMITY: Text(
        "doprowadzenie do zgodności z umową", "bringing into conformity"
    ),
    Demand.PRICE_REDUCTION: Text("obniżenie ceny", "price reduction"),
    Demand.WITHDRAWAL: Text("odstąpienie od umowy", "withdrawal from the contract"),
}
_GROUND_TEXTS = (
    (
        "trader_refused",
        "przedsiębiorca odmówił {refused}, bo byłoby to niemożliwe albo wymagałoby nadmiernych "
        "kosztów",
        "the trader refused {refused} as impossible or disproportionately costly",
    ),
    (
        "not_brought_into_conformity",
        "przedsiębiorca nie doprowadził do zgodności z umową w rozsądnym czasie, bez nadmiernych "
        "niedogodności i na swój koszt",
        "the trader did not bring it into conformity within a reasonable time, without "
        "significant inconvenience and at its own cost",
    ),
    (
        "persists_after_attempt",
        "brak zgodności występuje nadal mimo próby doprowadzenia do zgodności",
        "the non-conformity persists despite an attempt to bring it into conformity",
    ),
    (
        "serious_enough_to_skip_first_step",
        "brak zgodności jest na tyle istotny, że uzasadnia obniżenie ceny albo odstąpienie bez "
        "wcześniejszego żądania {asked}",
        "the non-conformity is serious enough to justify a price reduction or withdrawal "
        "without first asking for {asked}",
    ),
    (
        "trader_clearly_will_not",
        "z oświadczenia przedsiębiorcy lub okoliczności wyraźnie wynika, że nie doprowadzi do "
        "zgodności w rozsądnym czasie lub bez nadmiernych niedogodności",
        "the trader's statement or the circumstances clearly show it will not bring it into "
        "conformity in a reasonable time or without significant inconvenience",
    ),
)


@dataclass(frozen=True, slots=True)
class _Ladder:
    """The remedies ladder for goods (art. 43d-43e) or digital content (art. 43m-43n)."""

    first: tuple[Demand, ...]
    first_available: Reason
    first_refused: Reason
    grounds: tuple[tuple[str, Reason], ...]
    """Art. 43e / 43n ust. 1 pkt 1-5: the fact of :class:`RemedyFacts` and its reason."""
    none_occurred: Reason
    significance: Citation


def _ground(basis: Citation, text: Text, refused: Text, asked: Text) -> Reason:
    line = sentence(text)
    return Reason(REMEDIES, line.pl, line.en, (basis,), {"refused": refused, "asked": asked})


def _ladder(goods: bool) -> _Ladder:
    article, first_article = ("43e", "43d") if goods else ("43n", "43m")
    refused, asked = (
        (
            Text("naprawy i wymiany", "repair and replacement"),
            Text("naprawy lub wymiany", "repair or replacement"),
        )
        if goods
        else (Text("doprowadzenia do zgodności z umową", "bringing into conformity"),) * 2
    )
    return _Ladder(
        first=(Demand.REPAIR, Demand.REPLACEMENT) if goods else (Demand.BRING_INTO_CONFORMITY,),
        first_available=Reason(
            REMEDIES,
            "Konsument może żądać naprawy albo wymiany towaru."
            if goods
            else "Konsument może żądać doprowadzenia treści cyfrowej lub usługi cyfrowej do "
            "zgodności z umową.",
            "The consumer may demand repair or replacement of the goods."
            if goods
            else "The consumer may demand that the digital content or service be brought into "
            "conformity.",
            (UOPK.art(first_article),),
        ),
        first_refused=Reason(
            REMEDIES,
            "Przedsiębiorca zasadnie odmówił doprowadzenia do zgodności z umową: pierwszy "
            "stopień nie jest już dostępny.",
            "The trader lawfully refused to bring it into conformity: the first step is no "
            "longer available.",
            # art. 43d ust. 3 (goods: ust. 2 only swaps repair and replacement); art. 43m
            # ust. 2 (digital content and services)
            (UOPK.art(first_article, "3" if goods else "2"),),
        ),
        grounds=tuple(
            (fact, _ground(UOPK.art(article, "1", str(point)), Text(pl, en), refused, asked))
            for point, (fact, pl, en) in enumerate(_GROUND_TEXTS, start=1)
        ),
        none_occurred=Reason(
            REMEDIES,
            "Obniżenie ceny ani odstąpienie od umowy nie przysługują jeszcze: nie zaszedł żaden "
            "z przypadków, które je otwierają.",
            "Neither a price reduction nor withdrawal is available yet: none of the cases that "
            "open them has occurred.",
            (UOPK.art(article, "1"),),
        ),
        significance=UOPK.art("43e", "4") if goods else UOPK.art("43n", "3"),
    )


_LADDERS = {True: _ladder(goods=True), False: _ladder(goods=False)}
_NO_REDUCTION_WITHOUT_PRICE = Reason(
    REMEDIES,
    "Obniżenie ceny nie przysługuje: konsument płaci danymi osobowymi, nie ceną.",
    "No price reduction: the consumer pays with personal data, not a price.",
    (UOPK.art("43n", "1"),),
)
_WITHDRAWAL_BARRED = {
    goods: Reason(
        REMEDIES,
        "Odstąpienie od umowy nie przysługuje: wykazano, że brak zgodności jest nieistotny.",
        "No withdrawal: the non-conformity is shown to be insignificant.",
        (ladder.significance,),
    )
    for goods, ladder in _LADDERS.items()
}
_WITHDRAWAL_OPEN = {
    (goods, price_paid): Reason(
        REMEDIES,
        "Odstąpienie od umowy jest dostępne: domniemywa się, że brak zgodności jest istotny, "
        "i nie wykazano inaczej."
        if goods or price_paid
        else "Odstąpienie od umowy jest dostępne bez względu na istotność braku zgodności, bo "
        "konsument nie płaci ceny.",
        "Withdrawal is available: the non-conformity is presumed significant and nothing else "
        "is shown."
        if goods or price_paid
        else "Withdrawal is available whatever the significance, because the consumer pays no "
        "price.",
        (ladder.significance,),
    )
    for goods, ladder in _LADDERS.items()
    for price_paid in (True, False)
}


@legacy_rule(
    REMEDIES,
    title=Text("Środki ochrony przy braku zgodności z umową", "Remedies for non-conformity"),
    summary=Text(
        "Najpierw naprawa lub wymiana (doprowadzenie do zgodności), potem obniżenie ceny albo "
        "odstąpienie; bez odstąpienia przy nieistotnym braku zgodności.",
        "First repair or replacement (bringing into conformity), then a price reduction or "
        "withdrawal; no withdrawal for an insignificant non-conformity.",
    ),
    basis=(
        UOPK.art("43d"),
        UOPK.art("43e", "1"),
        UOPK.art("43e", "4"),
        UOPK.art("43m"),
        UOPK.art("43n", "1"),
        UOPK.art("43n", "3"),
    ),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _remedies_2023(regime: Regime, contract: Contract, situation: RemedyFacts) -> RemedyDecision:
    """Goods: the consumer may demand repair or replacement (art. 43d ust. 1); the trader may
    refuse both if both are impossible or disproportionately costly (ust. 3). The consumer
    may reduce the price or withdraw when (art. 43e ust. 1) 1) the trader refused, 2) did
    not repair or replace as required, 3) the non-conformity persists after an attempt,
    4) it is serious enough to skip the first step, or 5) the trader clearly will not bring
    the goods into conformity in time. No withdrawal if the non-conformity is insignificant;
    significance is presumed (ust. 4). Digital content and services: bringing into conformity
    (art. 43m), then the same five cases (art. 43n ust. 1); the significance bar applies only
    where a price is paid (art. 43n ust. 3), and a price reduction presupposes a price."""
    goods = regime is Regime.UOPK_GOODS
    ladder = _LADDERS[goods]
    reasons: list[Reason] = []
    not_applied: list[Reason] = []
    available: list[Demand] = []
    if situation.trader_refused:
        reasons.append(ladder.first_refused)
    else:
        available += ladder.first
        reasons.append(ladder.first_available)
    met = [reason for fact, reason in ladder.grounds if getattr(situation, fact)]
    if not met:
        not_applied.append(ladder.none_occurred)
        not_applied += [reason for fact, reason in ladder.grounds if not getattr(situation, fact)]
    else:
        reasons += met
        price_paid = not contract.paid_with_personal_data_only
        if price_paid:
            available.append(Demand.PRICE_REDUCTION)
        else:
            not_applied.append(_NO_REDUCTION_WITHOUT_PRICE)
        if situation.shown_insignificant and (goods or price_paid):
            not_applied.append(_WITHDRAWAL_BARRED[goods])
        else:
            available.append(Demand.WITHDRAWAL)
            reasons.append(_WITHDRAWAL_OPEN[goods, price_paid])
    outcome = tuple(available)
    summary = Reason(
        REMEDIES,
        "Środki ochrony dostępne teraz dla konsumenta: {remedies}.",
        "Remedies available to the consumer now: {remedies}.",
        params={"remedies": tuple(REMEDY_LABELS[d] for d in outcome)},
    )
    return RemedyDecision(
        rule=REMEDIES,
        outcome=outcome,
        summary=summary,
        reasons=tuple(reasons),
        not_applied=tuple(not_applied),
        law_as_of=contract.concluded_on,
        second_step_open=bool(met),
    )


def _under_uopk(
    rule_id: str,
    customer: Customer,
    contract: Contract,
    *facts: object,
    shape: type[Decision[Any]] = Decision,
) -> Any:
    """Apply ``rule_id``'s version for the contract under its UoPK regime; an undetermined
    regime gives an undetermined decision of ``shape``, a trader buyer a refusal."""
    version = REGISTRY[rule_id].version_for(_concluded(contract))
    regime_decision = conformity_regime(customer, contract)
    regime = regime_decision.outcome
    if isinstance(regime, Undetermined):
        return shape(
            rule=rule_id,
            outcome=regime,
            summary=regime_decision.summary,
            reasons=regime_decision.reasons,
            law_as_of=contract.concluded_on,
        )
    if not regime.is_uopk:
        raise LawNotCovered(
            rule_id,
            contract.concluded_on,
            "this rule encodes chapters 5a/5b UoPK (consumers and PNPK); a trader buyer is "
            "under the Civil Code's rękojmia (art. 560-561 KC), which it does not encode",
        )
    return version.func(regime, contract, *facts)


@entry(REMEDIES)
def conformity_remedies(
    customer: Customer, contract: Contract, situation: RemedyFacts
) -> RemedyDecision:
    """The remedies for non-conformity the consumer (or PNPK) may use now."""
    decision: RemedyDecision = _under_uopk(
        REMEDIES, customer, contract, situation, shape=RemedyDecision
    )
    return decision


# ---------------------------------------------------------------------------------------------
# Refund deadlines
# ---------------------------------------------------------------------------------------------


REDUCTION_REFUND = "conformity.reduction_refund"
WITHDRAWAL_REFUND = "conformity.withdrawal_refund"
_REFUND_DAYS = 14
_REFUNDS = Text("Przedsiębiorca zwraca należną kwotę", "The trader refunds the amount due")
_RECEIVING_REDUCTION = Text(
    "otrzymania oświadczenia o obniżeniu ceny", "receiving the price-reduction statement"
)
_RECEIVING_WITHDRAWAL = Text(
    "otrzymania oświadczenia o odstąpieniu", "receiving the withdrawal statement"
)
_RECEIVING_GOODS = Text("otrzymania towaru", "receiving the goods")
_RECEIVING_PROOF = Text(
    "otrzymania dowodu odesłania towaru", "receiving proof of the goods' dispatch"
)


def _refund_decision(
    rule_id: str, contract: Contract, start: date, event: Text, basis: tuple[Citation, ...]
) -> Decision[date]:
    """14 days from ``event`` on ``start``; an act's deadline, so its end rolls forward
    (art. 115 KC)."""
    due, counted = count_days(
        rule_id, start, _REFUND_DAYS, counting=Counting.KC, event=event, basis=basis
    )
    return Decision(
        rule=rule_id,
        outcome=due.due,
        summary=by(rule_id, _REFUNDS, due.due),
        reasons=counted,
        deadline=due.due,
        law_as_of=contract.concluded_on,
    )


@legacy_rule(
    REDUCTION_REFUND,
    title=Text("Zwrot po obniżeniu ceny", "Refund after a price reduction"),
    summary=Text(
        "14 dni od otrzymania oświadczenia o obniżeniu ceny; koniec terminu przesuwa się na "
        "dzień roboczy.",
        "14 days from receiving the price-reduction statement; the end rolls forward to a "
        "working day.",
    ),
    basis=(_REDUCTION_REFUND_GOODS, _REDUCTION_REFUND_DIGITAL, KC.art("115")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _reduction_refund_2023(
    regime: Regime, contract: Contract, statement_received_on: date
) -> Decision[date]:
    """Art. 43e ust. 3 UoPK (goods), art. 43o ust. 6 (digital content and services): the
    trader refunds what is due after a price reduction without delay, at the latest within
    14 days of receiving the consumer's statement."""
    basis = (_REDUCTION_REFUND_GOODS if regime is Regime.UOPK_GOODS else _REDUCTION_REFUND_DIGITAL,)
    return _refund_decision(
        REDUCTION_REFUND, contract, statement_received_on, _RECEIVING_REDUCTION, basis
    )


_WITHDRAWAL_REFUND_START = Interpretation(
    "Przy odstąpieniu od umowy o treść cyfrową biblioteka liczy 14 dni zwrotu ceny od "
    "otrzymania oświadczenia o odstąpieniu (art. 43o UoPK, art. 18 ust. 1 dyrektywy 2019/770).",
    "On withdrawal from a digital content contract the library counts the 14-day refund period "
    "from receipt of the withdrawal statement (art. 43o UoPK, Art. 18(1) Directive 2019/770).",
)
_NO_RETURN_DATES = Reason(
    WITHDRAWAL_REFUND,
    "Termin zwrotu biegnie od otrzymania towaru albo dowodu jego odesłania: brak obu dat.",
    "The refund period runs from receiving the goods or proof of their dispatch: both dates "
    "are missing.",
    (_WITHDRAWAL_REFUND_GOODS,),
)


@legacy_rule(
    WITHDRAWAL_REFUND,
    title=Text(
        "Zwrot ceny po odstąpieniu z powodu niezgodności",
        "Refund after withdrawal for non-conformity",
    ),
    summary=Text(
        "Towar: 14 dni od otrzymania towaru albo dowodu jego odesłania (co nastąpi wcześniej); "
        "treść cyfrowa: 14 dni od otrzymania oświadczenia.",
        "Goods: 14 days from receiving the goods or proof of dispatch (whichever comes first); "
        "digital content: 14 days from receiving the statement.",
    ),
    basis=(_WITHDRAWAL_REFUND_GOODS, _WITHDRAWAL_REFUND_DIGITAL, KC.art("115")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_WITHDRAWAL_REFUND_START,),
)
def _withdrawal_refund_2023(
    regime: Regime,
    contract: Contract,
    statement_received_on: date,
    goods_received_on: date | None,
    dispatch_proof_received_on: date | None,
) -> Decision[date]:
    """Art. 43e ust. 6 UoPK: after withdrawal the consumer returns the goods at the trader's
    cost, and the trader refunds the price without delay, at the latest within 14 days of
    receiving the goods or proof of their dispatch (the earlier counts). Digital content and
    services (art. 43o): 14 days from receiving the withdrawal statement (interpretation of
    the paragraph, after Art. 18(1) of Directive 2019/770)."""
    if regime is not Regime.UOPK_GOODS:
        return _refund_decision(
            WITHDRAWAL_REFUND,
            contract,
            statement_received_on,
            _RECEIVING_WITHDRAWAL,
            (_WITHDRAWAL_REFUND_DIGITAL,),
        )
    received = [d for d in (goods_received_on, dispatch_proof_received_on) if d is not None]
    if not received:
        return Decision(
            rule=WITHDRAWAL_REFUND,
            outcome=Undetermined(("goods_received_on", "dispatch_proof_received_on")),
            summary=_NO_RETURN_DATES,
            law_as_of=contract.concluded_on,
        )
    first = min(received)
    start = _RECEIVING_GOODS if first == goods_received_on else _RECEIVING_PROOF
    return _refund_decision(WITHDRAWAL_REFUND, contract, first, start, (_WITHDRAWAL_REFUND_GOODS,))


def _refund_checks(contract: Contract, received: dict[str, date | None]) -> None:
    if contract.paid_with_personal_data_only:
        raise InvalidFacts(
            "contract.paid_with_personal_data_only",
            "a contract paid with data has no price to refund",
        )
    for field_name, day in received.items():
        if day is not None:
            not_before(field_name, day, contract.concluded_on, "the contract")


@entry(REDUCTION_REFUND)
def reduction_refund_deadline(
    customer: Customer, contract: Contract, statement_received_on: date
) -> Decision[date]:
    """The last day for refunding what a price reduction makes due."""
    _refund_checks(contract, {"statement_received_on": statement_received_on})
    decision: Decision[date] = _under_uopk(
        REDUCTION_REFUND, customer, contract, statement_received_on
    )
    return decision


@entry(WITHDRAWAL_REFUND)
def withdrawal_refund_deadline(
    customer: Customer,
    contract: Contract,
    statement_received_on: date,
    *,
    goods_received_on: date | None = None,
    dispatch_proof_received_on: date | None = None,
) -> Decision[date]:
    """The last day for refunding the price after withdrawal for non-conformity."""
    _refund_checks(
        contract,
        {
            "statement_received_on": statement_received_on,
            "goods_received_on": goods_received_on,
            "dispatch_proof_received_on": dispatch_proof_received_on,
        },
    )
    decision: Decision[date] = _under_uopk(
        WITHDRAWAL_REFUND,
        customer,
        contract,
        statement_received_on,
        goods_received_on,
        dispatch_proof_received_on,
    )
    return decision


__all__ = [
    "LiabilityDecision",
    "Regime",
    "RegimeDecision",
    "RemedyDecision",
    "conformity_liability",
    "conformity_regime",
    "conformity_remedies",
    "reduction_refund_deadline",
    "withdrawal_refund_deadline",
]
