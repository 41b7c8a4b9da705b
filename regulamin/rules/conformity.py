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
* digital content or a digital service supplied once or in parts (art. 43l ust. 1-2): two
  years of liability, one year of presumption, from supply.
* continuous supply (art. 43l ust. 3-4): the whole supply period, with the presumption
  throughout; the presumptions fall away if the consumer's digital environment is
  incompatible with requirements disclosed beforehand, or the consumer refuses to cooperate
  (ust. 5).
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

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..calendars import Counting, Deadline, day_off_name, deadline, period_end
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts, LawNotCovered
from ..law import KC, UOPK, Citation
from ..models import Contract, Customer, Demand, Subject
from ..models.conformity import ConformityFacts, RemedyFacts
from ..registry import REGISTRY, Interpretation, KeyDate, entry, rule
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


def _regime_decided(
    regime: Regime, status: Status, contract: Contract, *reasons: Reason
) -> RegimeDecision:
    summary = Reason(
        REGIME,
        "Do umowy stosuje się: {regime}.",
        "The contract is governed by: {regime}.",
        params={"regime": regime.label},
    )
    return RegimeDecision(
        rule=REGIME,
        outcome=regime,
        summary=summary,
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
        summary = Reason(
            REGIME,
            "Nie da się ustalić reżimu odpowiedzialności: nie wiadomo, kim jest kupujący.",
            "The liability regime cannot be determined: the buyer's status is unknown.",
        )
        return RegimeDecision(
            rule=REGIME,
            outcome=status.outcome,
            summary=summary,
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
        reasons.append(
            Reason(
                REGIME,
                "Przepisy o sprzedaży rzeczy stosuje się odpowiednio do treści cyfrowych "
                "(interpretacja).",
                "The rules on the sale of things apply by analogy to digital content "
                "(interpretation).",
                (_SALE_BY_ANALOGY,),
            )
        )
    if status is Status.TRADER:
        reasons.append(
            Reason(
                REGIME,
                "Kupujący jest przedsiębiorcą: rękojmię można w umowie rozszerzyć, ograniczyć "
                "lub wyłączyć.",
                "The buyer is a trader: rękojmia may be extended, limited or excluded by contract.",
                (KC.art("558", "1"),),
            )
        )
        return _regime_decided(Regime.KC_TRADER, status, contract, *reasons)
    if status is Status.PNPK:
        reasons.append(
            Reason(
                REGIME,
                "Przepisy o rękojmi dotyczące konsumenta stosuje się do przedsiębiorcy na "
                "prawach konsumenta.",
                "The rękojmia rules on consumers apply to a sole trader with consumer rights.",
                (KC.art("556⁴"),),
            )
        )
    return _regime_decided(Regime.KC_CONSUMER, status, contract, *reasons)


_REGIME_TITLE = Text("Reżim odpowiedzialności za zgodność z umową", "Conformity regime")
_REGIME_SUMMARY = Text(
    "Rozdział 5a albo 5b ustawy o prawach konsumenta albo rękojmia Kodeksu cywilnego, według "
    "dnia zawarcia umowy i statusu kupującego.",
    "Chapter 5a or 5b of the Consumer Rights Act or the Civil Code's rękojmia, by the day the "
    "contract was concluded and the buyer's status.",
)


@rule(
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


@rule(
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
        reasons.append(
            Reason(
                REGIME,
                "Przepisy rozdziałów 5a i 5b o konsumencie stosuje się do przedsiębiorcy na "
                "prawach konsumenta.",
                "The consumer rules of chapters 5a and 5b apply to a sole trader with consumer "
                "rights.",
                (UOPK.art("7aa", "1"),),
            )
        )
    if contract.subject is Subject.GOODS:
        reasons.append(
            Reason(
                REGIME,
                "Umowę dotyczącą towaru zawarto {concluded_on} r. (rozdział 5a stosuje się do "
                "umów zawartych od 1 stycznia 2023 r.).",
                "The contract for goods was concluded on {concluded_on} (chapter 5a applies to "
                "contracts concluded from 1 January 2023).",
                (UOPK.art("43a"),),
                {"concluded_on": contract.concluded_on},
            )
        )
        return _regime_decided(Regime.UOPK_GOODS, status, contract, *reasons)
    reasons.append(
        Reason(
            REGIME,
            "Umowę o dostarczenie treści cyfrowej lub usługi cyfrowej zawarto {concluded_on} r. "
            "(rozdział 5b stosuje się do umów zawartych od 1 stycznia 2023 r.).",
            "The contract for digital content or a digital service was concluded on "
            "{concluded_on} (chapter 5b applies to contracts concluded from 1 January 2023).",
            (UOPK.art("43h"),),
            {"concluded_on": contract.concluded_on},
        )
    )
    return _regime_decided(Regime.UOPK_DIGITAL, status, contract, *reasons)


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
    rękojmia validly excluded).
    """

    regime: Regime | None = None
    liability_ends: date | None = None
    presumption_ends: date | None = None
    presumed: bool | None = None


LIABILITY = "conformity.liability"
GOODS = "conformity.goods"
DIGITAL = "conformity.digital"
REKOJMIA = "conformity.rekojmia"

_NO_ROLL = KC.art("115")
_END_OF_MONTH = KC.art("112")


def _no_roll_reason(rule_id: str) -> Reason:
    return Reason(
        rule_id,
        "Końca okresu odpowiedzialności ani domniemania nie przesuwa się na dzień roboczy: "
        "okres ten wyznacza chwilę ujawnienia wady, a nie termin do dokonania czynności.",
        "The end of the liability or presumption period is not moved to a working day: it "
        "fixes when a defect must appear, not a deadline for an act.",
        (_NO_ROLL,),
    )


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
        "{appeared_on} r.",
        "The trader is not liable for the non-conformity that appeared on {appeared_on}.",
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
        "Sprzedawca nie odpowiada z tytułu rękojmi za wadę stwierdzoną {appeared_on} r.",
        "The seller is not liable under rękojmia for the defect found on {appeared_on}.",
    ),
}
_EXISTED_AT_DELIVERY = Text("istniał on w chwili dostarczenia", "it existed at delivery")
_OCCURRED_DURING_SUPPLY = Text(
    "wystąpił on w okresie dostarczania", "it occurred during the supply period"
)
_EXISTED_WHEN_RISK_PASSED = Text(
    "wada lub jej przyczyna istniała w chwili przejścia niebezpieczeństwa na kupującego",
    "the defect or its cause existed when the risk passed to the buyer",
)


@dataclass(slots=True)
class _Periods:
    """The periods as they are worked out, with the reasons for each step."""

    rule_id: str
    liability_ends: date | None
    presumption_ends: date | None
    reasons: list[Reason]
    not_applied: list[Reason]


def _liability_decision(
    periods: _Periods,
    regime: Regime,
    contract: Contract,
    appeared_on: date,
    *,
    liable: bool,
    presumed: bool,
    presumption: Text,
) -> LiabilityDecision:
    texts = _UOPK_TEXTS if regime.is_uopk else _KC_TEXTS
    key = "not_liable" if not liable else "presumed" if presumed else "not_presumed"
    summary = Reason(
        periods.rule_id,
        texts[key].pl,
        texts[key].en,
        params={"appeared_on": appeared_on, "presumption": presumption},
    )
    return LiabilityDecision(
        rule=periods.rule_id,
        outcome=liable,
        summary=summary,
        reasons=(*periods.reasons, _no_roll_reason(periods.rule_id)),
        not_applied=tuple(periods.not_applied),
        law_as_of=contract.concluded_on,
        regime=regime,
        liability_ends=periods.liability_ends,
        presumption_ends=periods.presumption_ends,
        presumed=presumed,
    )


def _undetermined_liability(
    rule_id: str,
    regime: Regime | None,
    contract: Contract,
    missing: tuple[str, ...],
    *reasons: Reason,
) -> LiabilityDecision:
    summary = Reason(
        rule_id,
        "Nie da się ocenić odpowiedzialności; brakuje: {missing}.",
        "Liability cannot be assessed; missing: {missing}.",
        params={"missing": missing},
    )
    return LiabilityDecision(
        rule=rule_id,
        outcome=Undetermined(missing),
        summary=summary,
        reasons=reasons,
        law_as_of=contract.concluded_on,
        regime=regime,
    )


def _uopk_contract_terms(periods: _Periods, facts: ConformityFacts, start: date) -> None:
    """Art. 7 UoPK: a term less favourable to the consumer is void; a longer period binds the
    trader that promised it."""
    void = UOPK.art("7")
    if facts.liability_excluded:
        periods.not_applied.append(
            Reason(
                periods.rule_id,
                "Umowne wyłączenie odpowiedzialności nie wiąże konsumenta.",
                "A contractual exclusion of liability does not bind the consumer.",
                (void,),
            )
        )
    months = facts.contractual_period_months
    if months is None or periods.liability_ends is None:
        return
    agreed_end = period_end(start, months=months)
    if agreed_end > periods.liability_ends:
        periods.liability_ends = agreed_end
        periods.reasons.append(
            Reason(
                periods.rule_id,
                "Umowa przedłuża odpowiedzialność do {end} r. ({months} mies.).",
                "The contract extends liability to {end} ({months} months).",
                (_END_OF_MONTH,),
                {"end": agreed_end, "months": months},
            )
        )
    elif agreed_end < periods.liability_ends:
        used = Text(", także dla towaru używanego", ", used goods included")
        periods.not_applied.append(
            Reason(
                periods.rule_id,
                "Umowne skrócenie odpowiedzialności do {months} mies. nie wiąże konsumenta{used}.",
                "A contractual shortening of liability to {months} months does not bind the "
                "consumer{used}.",
                (void,),
                {"months": months, "used": used if facts.used_goods else Text("", "")},
            )
        )


def _check_dates(contract: Contract, facts: ConformityFacts, appeared_on: date) -> None:
    if facts.delivered_on < contract.concluded_on:
        raise InvalidFacts(
            "conformity.delivered_on",
            f"delivery ({facts.delivered_on.isoformat()}) before the contract was concluded "
            f"({contract.concluded_on.isoformat()})",
        )
    if appeared_on < facts.delivered_on:
        raise InvalidFacts(
            "appeared_on",
            f"a non-conformity that appeared on {appeared_on.isoformat()}, before the delivery "
            f"or supply ({facts.delivered_on.isoformat()}), is not one the periods count",
        )


_DIGITAL_ELEMENTS = Interpretation(
    "Dla towaru z elementami cyfrowymi dostarczanymi w sposób ciągły (art. 43c ust. 3 UoPK) "
    "biblioteka przyjmuje, że brak zgodności dotyczy elementów cyfrowych: odpowiedzialność i "
    "domniemanie trwają przez cały okres dostarczania, nie krócej niż dwa lata.",
    "For goods with continuously supplied digital elements (art. 43c(3) UoPK) the library "
    "assumes the non-conformity concerns the digital elements: liability and the presumption "
    "last the whole supply period, at least two years.",
)


@rule(
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
    basis=(UOPK.art("43c", "1"), UOPK.art("43c", "2"), UOPK.art("43c", "3"), UOPK.art("7")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_DIGITAL_ELEMENTS,),
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
    on the period. ust. 3: goods with continuously supplied digital elements: the whole
    supply period, at least two years (interpretation: liability and presumption both)."""
    two_years = period_end(facts.delivered_on, years=2)
    periods = _Periods(GOODS, two_years, two_years, [], [])
    periods.reasons.append(
        Reason(
            GOODS,
            "Odpowiedzialność obejmuje brak zgodności ujawniony w ciągu dwóch lat od "
            "dostarczenia towaru {delivered_on} r., czyli do {end} r. włącznie; przez ten sam "
            "czas działa domniemanie.",
            "Liability covers non-conformity appearing within two years of the delivery on "
            "{delivered_on}, that is until {end} inclusive; the presumption lasts as long.",
            (UOPK.art("43c", "1"), _END_OF_MONTH),
            {"delivered_on": facts.delivered_on, "end": two_years},
        )
    )
    _uopk_contract_terms(periods, facts, facts.delivered_on)
    if facts.shelf_life_until is not None and facts.shelf_life_until > (
        periods.liability_ends or two_years
    ):
        periods.liability_ends = facts.shelf_life_until
        periods.reasons.append(
            Reason(
                GOODS,
                "Zadeklarowany termin przydatności do użycia jest dłuższy: odpowiedzialność "
                "trwa do {end} r. (domniemanie nadal dwa lata).",
                "The declared shelf life is longer: liability lasts until {end} (the "
                "presumption still two years).",
                (UOPK.art("43c", "1"),),
                {"end": facts.shelf_life_until},
            )
        )
    if facts.supply_ends_on is not None and facts.supply_ends_on > two_years:
        periods.liability_ends = max(periods.liability_ends or two_years, facts.supply_ends_on)
        periods.presumption_ends = facts.supply_ends_on
        periods.reasons.append(
            Reason(
                GOODS,
                "Elementy cyfrowe są dostarczane w sposób ciągły do {end} r.: odpowiedzialność i "
                "domniemanie obejmują cały ten okres (interpretacja).",
                "The digital elements are supplied continuously until {end}: liability and the "
                "presumption cover that whole period (interpretation).",
                (UOPK.art("43c", "3"),),
                {"end": facts.supply_ends_on},
            )
        )
    liability_ends = periods.liability_ends or two_years
    liable = appeared_on <= liability_ends
    concealment = UOPK.art("43c", "2")
    if not liable and facts.fraudulently_concealed:
        liable = True
        periods.reasons.append(
            Reason(
                GOODS,
                "Przedsiębiorca podstępnie zataił brak zgodności, więc nie może powołać się na "
                "upływ terminu.",
                "The trader fraudulently concealed the non-conformity, so it cannot rely on the "
                "period having passed.",
                (concealment,),
            )
        )
    elif not liable:
        periods.reasons.append(
            Reason(
                GOODS,
                "Brak zgodności ujawnił się po upływie terminu odpowiedzialności.",
                "The non-conformity appeared after the liability period.",
                (UOPK.art("43c", "1"),),
            )
        )
        periods.not_applied.append(
            Reason(
                GOODS,
                "Nie ustalono, że przedsiębiorca podstępnie zataił brak zgodności "
                "(conformity.fraudulently_concealed).",
                "It is not established that the trader fraudulently concealed the "
                "non-conformity (conformity.fraudulently_concealed).",
                (concealment,),
            )
        )
    presumed = liable and appeared_on <= (periods.presumption_ends or two_years)
    if liable and not presumed:
        periods.reasons.append(
            Reason(
                GOODS,
                "Brak zgodności ujawnił się po {end} r., po upływie okresu domniemania.",
                "The non-conformity appeared after {end}, when the presumption had ended.",
                (UOPK.art("43c", "1"),),
                {"end": periods.presumption_ends},
            )
        )
    return _liability_decision(
        periods,
        regime,
        contract,
        appeared_on,
        liable=liable,
        presumed=presumed,
        presumption=_EXISTED_AT_DELIVERY,
    )


def _digital_presumption_exceptions(periods: _Periods, facts: ConformityFacts) -> bool:
    """Art. 43l ust. 5 UoPK: do the presumptions fall away?"""
    exception = UOPK.art("43l", "5")
    if facts.incompatible_environment_disclosed:
        periods.reasons.append(
            Reason(
                DIGITAL,
                "Środowisko cyfrowe konsumenta nie jest kompatybilne z wymaganiami technicznymi, "
                "o których przedsiębiorca jasno poinformował przed zawarciem umowy: domniemanie "
                "nie działa.",
                "The consumer's digital environment is incompatible with technical requirements "
                "the trader clearly disclosed before the contract: no presumption applies.",
                (exception,),
            )
        )
        return True
    if facts.consumer_refused_cooperation:
        periods.reasons.append(
            Reason(
                DIGITAL,
                "Konsument odmówił współdziałania potrzebnego do ustalenia przyczyny braku "
                "zgodności: domniemanie nie działa.",
                "The consumer refused the cooperation needed to find the cause of the "
                "non-conformity: no presumption applies.",
                (exception,),
            )
        )
        return True
    periods.not_applied.append(
        Reason(
            DIGITAL,
            "Nie wykazano niekompatybilności środowiska cyfrowego ani odmowy współdziałania "
            "konsumenta.",
            "Neither an incompatible digital environment nor the consumer's refusal to "
            "cooperate is shown.",
            (exception,),
        )
    )
    return False


@rule(
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
        UOPK.art("43l", "1"),
        UOPK.art("43l", "2"),
        UOPK.art("43l", "3"),
        UOPK.art("43l", "4"),
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
    (ust. 3-4): liable for non-conformity occurring or appearing during the supply period,
    presumed to have occurred then if it appeared then. ust. 5: the presumptions do not apply
    where the consumer's digital environment is incompatible with technical requirements
    disclosed beforehand, or the consumer refuses to cooperate."""
    if facts.shelf_life_until is not None:
        raise InvalidFacts("conformity.shelf_life_until", "a shelf life concerns goods only")
    if contract.subject is Subject.DIGITAL_CONTINUOUS:
        if facts.supply_ends_on is None:
            return _undetermined_liability(
                DIGITAL, regime, contract, ("conformity.supply_ends_on",)
            )
        periods = _Periods(DIGITAL, facts.supply_ends_on, facts.supply_ends_on, [], [])
        periods.reasons.append(
            Reason(
                DIGITAL,
                "Dostarczanie ciągłe od {start} r. do {end} r.: odpowiedzialność i domniemanie "
                "obejmują cały okres dostarczania.",
                "Continuous supply from {start} to {end}: liability and the presumption cover "
                "the whole supply period.",
                (UOPK.art("43l", "3"), UOPK.art("43l", "4")),
                {"start": facts.delivered_on, "end": facts.supply_ends_on},
            )
        )
        presumption = _OCCURRED_DURING_SUPPLY
    else:
        if facts.supply_ends_on is not None:
            raise InvalidFacts(
                "conformity.supply_ends_on",
                "digital content supplied once or in parts has no supply period; use the "
                "continuous-supply subject",
            )
        two_years = period_end(facts.delivered_on, years=2)
        one_year = period_end(facts.delivered_on, years=1)
        periods = _Periods(DIGITAL, two_years, one_year, [], [])
        periods.reasons.append(
            Reason(
                DIGITAL,
                "Dostarczenie jednorazowe {delivered_on} r.: odpowiedzialność za brak zgodności "
                "ujawniony do {end} r. (dwa lata), domniemanie do {presumption_end} r. (rok).",
                "One-off supply on {delivered_on}: liability for non-conformity appearing until "
                "{end} (two years), presumption until {presumption_end} (one year).",
                (UOPK.art("43l", "1"), UOPK.art("43l", "2"), _END_OF_MONTH),
                {"delivered_on": facts.delivered_on, "end": two_years, "presumption_end": one_year},
            )
        )
        presumption = _EXISTED_AT_DELIVERY
    _uopk_contract_terms(periods, facts, facts.delivered_on)
    liability_ends = periods.liability_ends or facts.delivered_on
    liable = appeared_on <= liability_ends
    if not liable:
        periods.reasons.append(
            Reason(
                DIGITAL,
                "Brak zgodności ujawnił się po upływie okresu odpowiedzialności ({end} r.).",
                "The non-conformity appeared after the liability period ({end}).",
                (UOPK.art("43l", "1"),),
                {"end": liability_ends},
            )
        )
    presumed = False
    if liable and appeared_on <= (periods.presumption_ends or liability_ends):
        presumed = not _digital_presumption_exceptions(periods, facts)
    elif liable:
        periods.reasons.append(
            Reason(
                DIGITAL,
                "Brak zgodności ujawnił się po {end} r., po upływie rocznego okresu domniemania.",
                "The non-conformity appeared after {end}, when the one-year presumption had ended.",
                (UOPK.art("43l", "2"),),
                {"end": periods.presumption_ends},
            )
        )
    return _liability_decision(
        periods,
        regime,
        contract,
        appeared_on,
        liable=liable,
        presumed=presumed,
        presumption=presumption,
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
        params = {"months": months, "end": agreed_end}
        if agreed_end > two_years or (trader and not fraud):
            periods.liability_ends = agreed_end
            periods.reasons.append(
                Reason(
                    REKOJMIA,
                    "Umowa określa okres rękojmi na {months} mies., do {end} r.",
                    "The contract sets the rękojmia period at {months} months, until {end}.",
                    (KC.art("558", "1"),),
                    params,
                )
            )
        elif trader:
            periods.not_applied.append(
                Reason(
                    REKOJMIA,
                    "Ograniczenie rękojmi do {months} mies. jest bezskuteczne, bo sprzedawca "
                    "podstępnie zataił wadę.",
                    "The limitation of rękojmia to {months} months has no effect because the "
                    "seller fraudulently concealed the defect.",
                    (KC.art("558", "2"),),
                    params,
                )
            )
        elif facts.used_goods and months >= _USED_GOODS_LIMIT_MONTHS:
            periods.liability_ends = agreed_end
            periods.reasons.append(
                Reason(
                    REKOJMIA,
                    "Rzecz używana: umowa ogranicza rękojmię do {months} mies., do {end} r.",
                    "Used goods: the contract limits rękojmia to {months} months, until {end}.",
                    (KC.art("568", "1"),),
                    params,
                )
            )
        elif agreed_end < two_years:
            periods.not_applied.append(
                Reason(
                    REKOJMIA,
                    "Umowne ograniczenie rękojmi do {months} mies. nie wiąże konsumenta "
                    "(dopuszczalne jest tylko dla rzeczy używanej i nie poniżej roku).",
                    "A contractual limitation of rękojmia to {months} months does not bind the "
                    "consumer (allowed only for used goods, and to no less than a year).",
                    (KC.art("558", "1"), KC.art("568", "1")),
                    params,
                )
            )
    if not facts.liability_excluded:
        return False
    if not trader:
        periods.not_applied.append(
            Reason(
                REKOJMIA,
                "Umowne wyłączenie rękojmi nie wiąże konsumenta ani przedsiębiorcy na prawach "
                "konsumenta.",
                "A contractual exclusion of rękojmia binds neither a consumer nor a sole trader "
                "with consumer rights.",
                (KC.art("558", "1"),),
            )
        )
        return False
    if fraud:
        periods.not_applied.append(
            Reason(
                REKOJMIA,
                "Wyłączenie rękojmi jest bezskuteczne, bo sprzedawca podstępnie zataił wadę.",
                "The exclusion of rękojmia has no effect because the seller fraudulently "
                "concealed the defect.",
                (KC.art("558", "2"),),
            )
        )
        return False
    periods.reasons.append(
        Reason(
            REKOJMIA,
            "Między przedsiębiorcami umowa skutecznie wyłącza rękojmię; nie ustalono, że "
            "sprzedawca podstępnie zataił wadę (conformity.fraudulently_concealed).",
            "Between traders the contract validly excludes rękojmia; it is not established "
            "that the seller fraudulently concealed the defect "
            "(conformity.fraudulently_concealed).",
            (KC.art("558", "1"), KC.art("558", "2")),
        )
    )
    return True


@rule(
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
        KC.art("568", "1"),
        KC.art("568¹"),
        KC.art("556²"),
        KC.art("558", "1"),
        KC.art("558", "2"),
        KC.art("568", "6"),
    ),
    valid_from=date(2014, 12, 25),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_SHORTER_THAN_A_YEAR_VOID,),
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
    is not encoded."""
    consumer = regime is Regime.KC_CONSUMER
    two_years = period_end(facts.delivered_on, years=2)
    periods = _Periods(REKOJMIA, two_years, None, [], [])
    periods.reasons.append(
        Reason(
            REKOJMIA,
            "Rękojmia obejmuje wady stwierdzone w ciągu dwóch lat od wydania rzeczy "
            "{delivered_on} r., czyli do {end} r. włącznie.",
            "Rękojmia covers defects found within two years of the delivery on {delivered_on}, "
            "that is until {end} inclusive.",
            (KC.art("568", "1"), _END_OF_MONTH),
            {"delivered_on": facts.delivered_on, "end": two_years},
        )
    )
    if contract.subject is Subject.DIGITAL_CONTINUOUS:
        if facts.supply_ends_on is None:
            return _undetermined_liability(
                REKOJMIA, regime, contract, ("conformity.supply_ends_on",), *periods.reasons
            )
        if facts.supply_ends_on > two_years:
            periods.liability_ends = facts.supply_ends_on
            periods.reasons.append(
                Reason(
                    REKOJMIA,
                    "Dostarczanie ciągłe trwa do {end} r.: rękojmia obejmuje cały ten okres "
                    "(interpretacja).",
                    "Continuous supply lasts until {end}: rękojmia covers that whole period "
                    "(interpretation).",
                    (_SALE_BY_ANALOGY,),
                    {"end": facts.supply_ends_on},
                )
            )
    elif facts.supply_ends_on is not None:
        raise InvalidFacts(
            "conformity.supply_ends_on", "only continuous supply has a supply period here"
        )
    if facts.shelf_life_until is not None and contract.subject is not Subject.GOODS:
        raise InvalidFacts("conformity.shelf_life_until", "a shelf life concerns goods only")
    excluded = _kc_contract_terms(periods, regime, facts, two_years)
    if excluded:
        periods.liability_ends = None
        return _liability_decision(
            periods,
            regime,
            contract,
            appeared_on,
            liable=False,
            presumed=False,
            presumption=_EXISTED_WHEN_RISK_PASSED,
        )
    if facts.shelf_life_until is not None and facts.shelf_life_until > (
        periods.liability_ends or two_years
    ):
        periods.liability_ends = facts.shelf_life_until
        periods.reasons.append(
            Reason(
                REKOJMIA,
                "Termin przydatności do użycia kończy się później: rękojmia obejmuje wady "
                "stwierdzone do {end} r.",
                "The shelf life ends later: rękojmia covers defects found until {end}.",
                (KC.art("568¹"),),
                {"end": facts.shelf_life_until},
            )
        )
    liability_ends = periods.liability_ends or two_years
    liable = appeared_on <= liability_ends
    if not liable and facts.fraudulently_concealed:
        liable = True
        periods.reasons.append(
            Reason(
                REKOJMIA,
                "Sprzedawca podstępnie zataił wadę, więc upływ terminu nie wyłącza rękojmi.",
                "The seller fraudulently concealed the defect, so the period having passed does "
                "not bar rękojmia.",
                (KC.art("568", "6"),),
            )
        )
    elif not liable:
        periods.reasons.append(
            Reason(
                REKOJMIA,
                "Wadę stwierdzono po upływie okresu rękojmi ({end} r.).",
                "The defect was found after the rękojmia period ({end}).",
                (KC.art("568", "1"),),
                {"end": liability_ends},
            )
        )
        periods.not_applied.append(
            Reason(
                REKOJMIA,
                "Nie ustalono, że sprzedawca podstępnie zataił wadę "
                "(conformity.fraudulently_concealed).",
                "It is not established that the seller fraudulently concealed the defect "
                "(conformity.fraudulently_concealed).",
                (KC.art("568", "6"),),
            )
        )
    presumed = False
    presumption_basis = KC.art("556²")
    if consumer:
        one_year = min(period_end(facts.delivered_on, years=1), liability_ends)
        periods.presumption_ends = one_year
        presumed = liable and appeared_on <= one_year
        periods.reasons.append(
            Reason(
                REKOJMIA,
                "Kupujący jest konsumentem: jeżeli wadę stwierdzono do {end} r., domniemywa się, "
                "że istniała w chwili przejścia niebezpieczeństwa na kupującego.",
                "The buyer is a consumer: a defect found by {end} is presumed to have existed "
                "when the risk passed.",
                (presumption_basis,),
                {"end": one_year},
            )
        )
    else:
        periods.not_applied.append(
            Reason(
                REKOJMIA,
                "Domniemanie istnienia wady przysługuje tylko konsumentowi.",
                "The presumption that the defect existed is for consumers only.",
                (presumption_basis,),
            )
        )
    return _liability_decision(
        periods,
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


@rule(
    LIABILITY,
    title=Text(
        "Odpowiedzialność za wadę ujawnioną w danym dniu", "Liability for a defect found on a day"
    ),
    summary=Text(
        "Wybiera reżim (conformity.regime) i stosuje jego okresy odpowiedzialności i domniemania.",
        "Chooses the regime (conformity.regime) and applies its liability and presumption periods.",
    ),
    basis=(UOPK.art("43c"), UOPK.art("43l"), KC.art("568", "1"), KC.art("556²")),
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
    rule_id = _RULE_FOR_REGIME[regime]
    version = REGISTRY[rule_id].version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    decision: LiabilityDecision = version.func(regime, contract, facts, appeared_on)
    return _with_regime_reasons(decision, regime_decision)


def _with_regime_reasons(
    decision: LiabilityDecision, regime_decision: RegimeDecision
) -> LiabilityDecision:
    return LiabilityDecision(
        rule=decision.rule,
        outcome=decision.outcome,
        summary=decision.summary,
        reasons=(regime_decision.summary, *regime_decision.reasons, *decision.reasons),
        not_applied=decision.not_applied,
        deadline=decision.deadline,
        law_as_of=decision.law_as_of,
        regime=decision.regime,
        liability_ends=decision.liability_ends,
        presumption_ends=decision.presumption_ends,
        presumed=decision.presumed,
    )


_LIABILITY_RULE = REGISTRY[LIABILITY]


@entry(LIABILITY)
def conformity_liability(
    customer: Customer, contract: Contract, facts: ConformityFacts, appeared_on: date
) -> LiabilityDecision:
    """Is the trader liable for a non-conformity (defect) that appeared on ``appeared_on``,
    and is it presumed to have existed at delivery? Also gives the periods' last days."""
    version = _LIABILITY_RULE.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
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


def _second_step_grounds(situation: RemedyFacts, goods: bool) -> tuple[list[Reason], list[Reason]]:
    """Art. 43e ust. 1 pkt 1-5 (goods) / art. 43n ust. 1 pkt 1-5 (digital), in order:
    the grounds that occurred, and those that did not."""
    article = "43e" if goods else "43n"
    refused = (
        Text("naprawy i wymiany", "repair and replacement")
        if goods
        else Text("doprowadzenia do zgodności z umową", "bringing into conformity")
    )
    asked = (
        Text("naprawy lub wymiany", "repair or replacement")
        if goods
        else Text("doprowadzenia do zgodności z umową", "bringing into conformity")
    )
    cases: tuple[tuple[bool, str, str], ...] = (
        (
            situation.trader_refused,
            "przedsiębiorca odmówił {refused}, bo byłoby to niemożliwe albo wymagałoby "
            "nadmiernych kosztów",
            "the trader refused {refused} as impossible or disproportionately costly",
        ),
        (
            situation.not_brought_into_conformity,
            "przedsiębiorca nie doprowadził do zgodności z umową w rozsądnym czasie, bez "
            "nadmiernych niedogodności i na swój koszt",
            "the trader did not bring it into conformity within a reasonable time, without "
            "significant inconvenience and at its own cost",
        ),
        (
            situation.persists_after_attempt,
            "brak zgodności występuje nadal mimo próby doprowadzenia do zgodności",
            "the non-conformity persists despite an attempt to bring it into conformity",
        ),
        (
            situation.serious_enough_to_skip_first_step,
            "brak zgodności jest na tyle istotny, że uzasadnia obniżenie ceny albo odstąpienie "
            "bez wcześniejszego żądania {asked}",
            "the non-conformity is serious enough to justify a price reduction or withdrawal "
            "without first asking for {asked}",
        ),
        (
            situation.trader_clearly_will_not,
            "z oświadczenia przedsiębiorcy lub okoliczności wyraźnie wynika, że nie doprowadzi "
            "do zgodności w rozsądnym czasie lub bez nadmiernych niedogodności",
            "the trader's statement or the circumstances clearly show it will not bring it "
            "into conformity in a reasonable time or without significant inconvenience",
        ),
    )
    met: list[Reason] = []
    unmet: list[Reason] = []
    for point, (occurred, pl, en) in enumerate(cases, start=1):
        reason = Reason(
            REMEDIES,
            pl[0].upper() + pl[1:] + ".",
            en[0].upper() + en[1:] + ".",
            (UOPK.art(article, "1", str(point)),),
            {"refused": refused, "asked": asked},
        )
        (met if occurred else unmet).append(reason)
    return met, unmet


@rule(
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
    refuse both if both are impossible or disproportionately costly (ust. 2). The consumer
    may reduce the price or withdraw when (art. 43e ust. 1) 1) the trader refused, 2) did
    not repair or replace as required, 3) the non-conformity persists after an attempt,
    4) it is serious enough to skip the first step, or 5) the trader clearly will not bring
    the goods into conformity in time. No withdrawal if the non-conformity is insignificant;
    significance is presumed (ust. 4). Digital content and services: bringing into conformity
    (art. 43m), then the same five cases (art. 43n ust. 1); the significance bar applies only
    where a price is paid (art. 43n ust. 3), and a price reduction presupposes a price."""
    goods = regime is Regime.UOPK_GOODS
    first: tuple[Demand, ...] = (
        (Demand.REPAIR, Demand.REPLACEMENT) if goods else (Demand.BRING_INTO_CONFORMITY,)
    )
    first_basis = UOPK.art("43d") if goods else UOPK.art("43m")
    reasons: list[Reason] = []
    not_applied: list[Reason] = []
    available: list[Demand] = []
    if situation.trader_refused:
        reasons.append(
            Reason(
                REMEDIES,
                "Przedsiębiorca zasadnie odmówił doprowadzenia do zgodności z umową: pierwszy "
                "stopień nie jest już dostępny.",
                "The trader lawfully refused to bring it into conformity: the first step is no "
                "longer available.",
                (UOPK.art("43d", "2") if goods else UOPK.art("43m", "2"),),
            )
        )
    else:
        available += first
        reasons.append(
            Reason(
                REMEDIES,
                "Konsument może żądać naprawy albo wymiany towaru."
                if goods
                else "Konsument może żądać doprowadzenia treści cyfrowej lub usługi cyfrowej do "
                "zgodności z umową.",
                "The consumer may demand repair or replacement of the goods."
                if goods
                else "The consumer may demand that the digital content or service be brought "
                "into conformity.",
                (first_basis,),
            )
        )
    met, unmet = _second_step_grounds(situation, goods)
    open_ = bool(met)
    article = "43e" if goods else "43n"
    if not open_:
        not_applied.append(
            Reason(
                REMEDIES,
                "Obniżenie ceny ani odstąpienie od umowy nie przysługują jeszcze: nie zaszedł "
                "żaden z przypadków, które je otwierają.",
                "Neither a price reduction nor withdrawal is available yet: none of the cases "
                "that open them has occurred.",
                (UOPK.art(article, "1"),),
            )
        )
        not_applied += unmet
    else:
        reasons += met
        price_paid = not contract.paid_with_personal_data_only
        if price_paid:
            available.append(Demand.PRICE_REDUCTION)
        else:
            not_applied.append(
                Reason(
                    REMEDIES,
                    "Obniżenie ceny nie przysługuje: konsument płaci danymi osobowymi, nie ceną.",
                    "No price reduction: the consumer pays with personal data, not a price.",
                    (UOPK.art("43n", "1"),),
                )
            )
        significance = UOPK.art("43e", "4") if goods else UOPK.art("43n", "3")
        if situation.shown_insignificant and (goods or price_paid):
            not_applied.append(
                Reason(
                    REMEDIES,
                    "Odstąpienie od umowy nie przysługuje: wykazano, że brak zgodności jest "
                    "nieistotny.",
                    "No withdrawal: the non-conformity is shown to be insignificant.",
                    (significance,),
                )
            )
        else:
            available.append(Demand.WITHDRAWAL)
            reasons.append(
                Reason(
                    REMEDIES,
                    "Odstąpienie od umowy jest dostępne: domniemywa się, że brak zgodności jest "
                    "istotny, i nie wykazano inaczej."
                    if goods or price_paid
                    else "Odstąpienie od umowy jest dostępne bez względu na istotność braku "
                    "zgodności, bo konsument nie płaci ceny.",
                    "Withdrawal is available: the non-conformity is presumed significant and "
                    "nothing else is shown."
                    if goods or price_paid
                    else "Withdrawal is available whatever the significance, because the "
                    "consumer pays no price.",
                    (significance,),
                )
            )
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
        second_step_open=open_,
    )


_REMEDIES_RULE = REGISTRY[REMEDIES]


def _uopk_regime(rule_id: str, customer: Customer, contract: Contract) -> Regime | RegimeDecision:
    """The UoPK regime for the contract, the undetermined regime decision, or a refusal."""
    regime_decision = conformity_regime(customer, contract)
    regime = regime_decision.outcome
    if isinstance(regime, Undetermined):
        return regime_decision
    if not regime.is_uopk:
        raise LawNotCovered(
            rule_id,
            contract.concluded_on,
            "this rule encodes chapters 5a/5b UoPK (consumers and PNPK); a trader buyer is "
            "under the Civil Code's rękojmia (art. 560-561 KC), which it does not encode",
        )
    return regime


@entry(REMEDIES)
def conformity_remedies(
    customer: Customer, contract: Contract, situation: RemedyFacts
) -> RemedyDecision:
    """The remedies for non-conformity the consumer (or PNPK) may use now."""
    version = _REMEDIES_RULE.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    regime = _uopk_regime(REMEDIES, customer, contract)
    if isinstance(regime, RegimeDecision):
        assert isinstance(regime.outcome, Undetermined)
        return RemedyDecision(
            rule=REMEDIES,
            outcome=regime.outcome,
            summary=regime.summary,
            reasons=regime.reasons,
            law_as_of=contract.concluded_on,
        )
    decision: RemedyDecision = version.func(regime, contract, situation)
    return decision


# ---------------------------------------------------------------------------------------------
# Refund deadlines
# ---------------------------------------------------------------------------------------------


def deadline_reasons(
    rule_id: str, due: Deadline, start_text: Text, days: int, basis: tuple[Citation, ...]
) -> tuple[Reason, ...]:
    """The reasons for a deadline counted in days from an event: the count (art. 111 § 2 KC:
    the event's day is not counted) and, if it happened, the roll-forward (art. 115 KC)."""
    count = Reason(
        rule_id,
        "{days} dni od {start}; dnia tego zdarzenia nie wlicza się, termin upływa {nominal} r.",
        "{days} days from {start}; that day is not counted, the period ends on {nominal}.",
        (*basis, KC.art("111", "2")),
        {"days": days, "start": start_text, "nominal": due.nominal},
    )
    if not due.rolled:
        return (count,)
    day_off = Text(day_off_name(due.nominal, "pl"), day_off_name(due.nominal, "en"))
    rolled = Reason(
        rule_id,
        "Koniec terminu {nominal} r. ({day_off}) przypada na dzień wolny, więc termin upływa "
        "{due} r.",
        "The period's end on {nominal} ({day_off}) is a day off, so it ends on {due}.",
        (KC.art("115"),),
        {"nominal": due.nominal, "day_off": day_off, "due": due.due},
    )
    return count, rolled


REDUCTION_REFUND = "conformity.reduction_refund"
WITHDRAWAL_REFUND = "conformity.withdrawal_refund"
_REFUND_DAYS = 14


def _refund_decision(
    rule_id: str, contract: Contract, start: date, start_text: Text, basis: tuple[Citation, ...]
) -> Decision[date]:
    due = deadline(start, days=_REFUND_DAYS, counting=Counting.KC)
    summary = Reason(
        rule_id,
        "Przedsiębiorca zwraca należną kwotę najpóźniej {due} r.",
        "The trader refunds the amount due by {due} at the latest.",
        params={"due": due.due},
    )
    return Decision(
        rule=rule_id,
        outcome=due.due,
        summary=summary,
        reasons=deadline_reasons(rule_id, due, start_text, _REFUND_DAYS, basis),
        deadline=due.due,
        law_as_of=contract.concluded_on,
    )


@rule(
    REDUCTION_REFUND,
    title=Text("Zwrot po obniżeniu ceny", "Refund after a price reduction"),
    summary=Text(
        "14 dni od otrzymania oświadczenia o obniżeniu ceny; koniec terminu przesuwa się na "
        "dzień roboczy.",
        "14 days from receiving the price-reduction statement; the end rolls forward to a "
        "working day.",
    ),
    basis=(UOPK.art("43e", "3"), UOPK.art("43o", "6"), KC.art("115")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _reduction_refund_2023(
    regime: Regime, contract: Contract, statement_received_on: date
) -> Decision[date]:
    """Art. 43e ust. 3 UoPK (goods), art. 43o ust. 6 (digital content and services): the
    trader refunds what is due after a price reduction without delay, at the latest within
    14 days of receiving the consumer's statement."""
    basis = (UOPK.art("43e", "3") if regime is Regime.UOPK_GOODS else UOPK.art("43o", "6"),)
    start = Text(
        "otrzymania oświadczenia o obniżeniu ceny", "receiving the price-reduction statement"
    )
    return _refund_decision(REDUCTION_REFUND, contract, statement_received_on, start, basis)


_WITHDRAWAL_REFUND_START = Interpretation(
    "Przy odstąpieniu od umowy o treść cyfrową biblioteka liczy 14 dni zwrotu ceny od "
    "otrzymania oświadczenia o odstąpieniu (art. 43o UoPK, art. 18 ust. 1 dyrektywy 2019/770).",
    "On withdrawal from a digital content contract the library counts the 14-day refund period "
    "from receipt of the withdrawal statement (art. 43o UoPK, Art. 18(1) Directive 2019/770).",
)


@rule(
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
    basis=(UOPK.art("43e", "6"), UOPK.art("43o"), KC.art("115")),
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
        start = Text("otrzymania oświadczenia o odstąpieniu", "receiving the withdrawal statement")
        return _refund_decision(
            WITHDRAWAL_REFUND, contract, statement_received_on, start, (UOPK.art("43o"),)
        )
    received = [d for d in (goods_received_on, dispatch_proof_received_on) if d is not None]
    if not received:
        missing = ("goods_received_on", "dispatch_proof_received_on")
        summary = Reason(
            WITHDRAWAL_REFUND,
            "Termin zwrotu biegnie od otrzymania towaru albo dowodu jego odesłania: brak obu dat.",
            "The refund period runs from receiving the goods or proof of their dispatch: both "
            "dates are missing.",
            (UOPK.art("43e", "6"),),
        )
        return Decision(
            rule=WITHDRAWAL_REFUND,
            outcome=Undetermined(missing),
            summary=summary,
            law_as_of=contract.concluded_on,
        )
    first = min(received)
    start = (
        Text("otrzymania towaru", "receiving the goods")
        if first == goods_received_on
        else Text("otrzymania dowodu odesłania towaru", "receiving proof of the goods' dispatch")
    )
    return _refund_decision(WITHDRAWAL_REFUND, contract, first, start, (UOPK.art("43e", "6"),))


def _refund_checks(contract: Contract, received: dict[str, date | None]) -> None:
    if contract.paid_with_personal_data_only:
        raise InvalidFacts(
            "contract.paid_with_personal_data_only",
            "a contract paid with data has no price to refund",
        )
    for field, day in received.items():
        if day is not None and day < contract.concluded_on:
            raise InvalidFacts(
                field,
                f"{day.isoformat()} is before the contract was concluded "
                f"({contract.concluded_on.isoformat()})",
            )


def _undetermined_refund(rule_id: str, regime: RegimeDecision) -> Decision[date]:
    assert isinstance(regime.outcome, Undetermined)
    return Decision(
        rule=rule_id,
        outcome=regime.outcome,
        summary=regime.summary,
        reasons=regime.reasons,
        law_as_of=regime.law_as_of,
    )


@entry(REDUCTION_REFUND)
def reduction_refund_deadline(
    customer: Customer, contract: Contract, statement_received_on: date
) -> Decision[date]:
    """The last day for refunding what a price reduction makes due."""
    _refund_checks(contract, {"statement_received_on": statement_received_on})
    version = REGISTRY[REDUCTION_REFUND].version_for(
        {KeyDate.CONTRACT_CONCLUDED: contract.concluded_on}
    )
    regime = _uopk_regime(REDUCTION_REFUND, customer, contract)
    if isinstance(regime, RegimeDecision):
        return _undetermined_refund(REDUCTION_REFUND, regime)
    decision: Decision[date] = version.func(regime, contract, statement_received_on)
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
    version = REGISTRY[WITHDRAWAL_REFUND].version_for(
        {KeyDate.CONTRACT_CONCLUDED: contract.concluded_on}
    )
    regime = _uopk_regime(WITHDRAWAL_REFUND, customer, contract)
    if isinstance(regime, RegimeDecision):
        return _undetermined_refund(WITHDRAWAL_REFUND, regime)
    decision: Decision[date] = version.func(
        regime, contract, statement_received_on, goods_received_on, dispatch_proof_received_on
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
