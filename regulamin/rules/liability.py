"""Clauses a shop keeps for business customers only: the liability cap, the exclusion of lost
profits and of the statutory warranty, the seller's own right to withdraw, immediate account
termination, prepayment, and the court of the seller's seat (Woohoo Cloud § 12).

**Art. 471 and 361 § 2 KC.** A debtor who fails to perform, or performs improperly, repairs
the damage: the loss suffered and the profits lost, "unless a statute or *the contract*
provides otherwise". Between traders the terms may therefore cap liability (Woohoo § 12 ust. 6:
at the remuneration paid for the service) and exclude lost profits, except that

* **art. 473 § 2 KC**: a stipulation that the debtor is not liable for damage it may cause
  *intentionally* is void; by a setting that is on by default, the library treats **gross
  negligence** the same way (interpretation: disputed in the literature, LAW.md [check]);
* **art. 385³ pkt 2 KC**: towards a **consumer** a term excluding or substantially limiting
  liability for non-performance is presumed unfair and does not bind (art. 385¹ § 1);
  **art. 385⁵ KC** (contracts from 2021-01-01) gives a **PNPK** the same protection, and the
  Woohoo terms carve the PNPK out themselves (§ 12 ust. 8).

The other § 12 clauses bind traders only, each for its own reason when the buyer is a
consumer or a PNPK: the warranty exclusion (art. 558 § 1 KC, never where the seller
fraudulently concealed the defect, § 2), the seller's right to withdraw within 14 days of
conclusion (art. 395 § 1 KC; the deadline is computed by art. 111 § 2 and 115 KC), immediate
termination of the account (art. 365¹ KC; for a consumer art. 385³ pkt 15), prepayment and
restricted payment methods (art. 353¹ KC), and the court of the seller's seat (art. 46 § 1
KPC; for a consumer art. 385³ pkt 23).

The buyer's status comes from :func:`~regulamin.rules.status.customer_status`: a status that
cannot be determined makes every answer here undetermined, naming the same missing fact.

>>> from datetime import date
>>> from regulamin.models import Customer
>>> claim = DamageClaim(actual_loss="1200.00", lost_profits="5000.00", fault="negligence",
...                     remuneration_paid="300.00")
>>> liability_cap(Customer.company(), date(2026, 3, 2), LiabilityClause.woohoo(), claim).outcome
Decimal('300.00')
>>> liability_cap(Customer.consumer(), date(2026, 3, 2), LiabilityClause.woohoo(), claim).outcome
Decimal('6200.00')
>>> seller_withdrawal(Customer.company(), date(2026, 12, 10)).deadline    # 24.12: Wigilia
datetime.date(2026, 12, 28)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..calendars import Counting, day_off_name, deadline
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK, Source
from ..models import Customer
from ..models.liability import CapBasis, DamageClaim, Fault, LiabilityClause
from ..registry import REGISTRY, Interpretation, KeyDate, entry, rule
from .status import Status, StatusDecision, customer_status

__all__ = [
    "KPC",
    "WOOHOO",
    "ClauseDecision",
    "LiabilityDecision",
    "SellerWithdrawalDecision",
    "account_termination",
    "court_of_seller_seat",
    "liability_cap",
    "prepayment",
    "seller_withdrawal",
    "warranty_exclusion",
]

WOOHOO = Source(
    "Regulaminu Woohoo Cloud",
    "Woohoo Cloud Terms",
    "Regulamin świadczenia usług Woohoo Cloud",
    "Woohoo Cloud Terms of Service",
    article_mark="§",
)
"""The Woohoo Cloud terms, the seed of the § 12 rules (cited as ``§ 12 ust. 6``)."""

KPC = Source(
    "KPC",
    "KPC",
    "ustawa z dnia 17 listopada 1964 r. – Kodeks postępowania cywilnego",
    "Code of Civil Procedure of 17 November 1964",
    paragraph_mark="§",
)

PNPK_FROM = date(2021, 1, 1)
"""Contracts from this day know the PNPK (art. 385⁵, 556⁴ KC; art. 38a UoPK)."""
BEFORE_PNPK = date(2020, 12, 31)
UOPK_CONFORMITY_FROM = date(2023, 1, 1)
"""Consumer contracts from this day follow UoPK chapters 5a-5b instead of the KC warranty."""
BEFORE_UOPK_CONFORMITY = date(2022, 12, 31)
LAW_FROM = date(2014, 12, 25)
"""The library's law begins with the consumer rights act."""

_UNFAIR_TERMS = KC.art("385¹", "1")
_PNPK_UNFAIR_TERMS = KC.art("385⁵")


# --------------------------------------------------------------------------- shared steps


def _missing_text(missing: tuple[str, ...]) -> Text:
    names = ", ".join(missing)
    if len(missing) == 1:
        return Text(f"brak faktu {names}", f"{names} is missing")
    return Text(f"brak faktów {names}", f"{names} are missing")


def _capitalised(text: Text) -> Text:
    return Text(text.pl[:1].upper() + text.pl[1:], text.en[:1].upper() + text.en[1:])


@dataclass(frozen=True, slots=True)
class _Protection:
    """Why a clause does not bind a consumer, and (from 2021) a PNPK."""

    consumer: tuple[Reason, ...]
    pnpk: tuple[Reason, ...] | None
    """``None`` for contracts before 2021, when the status rule knows no PNPK."""

    def reasons(self, status: Status) -> tuple[Reason, ...]:
        if status is Status.CONSUMER:
            return self.consumer
        # The status versions before 2021 never answer PNPK; a version without PNPK
        # reasons is only ever registered for those contracts.
        assert self.pnpk is not None, "the status rule gives PNPK only from 2021"
        return self.pnpk


def _pnpk_like_consumer(rule_id: str, *consumer: Reason) -> tuple[Reason, ...]:
    """Art. 385⁵ KC: the unfair-terms rules protect a PNPK as they protect a consumer."""
    extension = Reason(
        rule_id,
        "Przepisy o niedozwolonych postanowieniach umownych chronią przedsiębiorcę na prawach "
        "konsumenta tak jak konsumenta.",
        "The unfair-terms rules protect a sole trader with consumer rights as they protect a "
        "consumer.",
        (_PNPK_UNFAIR_TERMS,),
    )
    return (extension, *consumer)


def _screen(
    rule_id: str, customer: Customer, on: date, protection: _Protection
) -> tuple[Status | Undetermined, list[Reason]]:
    """The buyer's status, with the reasons a clause for traders does not bind anyone else."""
    decided: StatusDecision = customer_status(customer, on)
    if isinstance(decided.outcome, Undetermined):
        return decided.outcome, [decided.summary, *decided.reasons]
    status = decided.outcome
    if status is Status.TRADER:
        return status, [decided.summary]
    scope = Reason(
        rule_id,
        "Postanowienie jest przeznaczone wyłącznie dla klientów będących przedsiębiorcami.",
        "The clause is meant for customers who are traders only.",
    )
    return status, [decided.summary, scope, *protection.reasons(status)]


# --------------------------------------------------------------------------- liability cap

CAP_RULE = "liability.cap"

_CAP_LABEL = {
    CapBasis.REMUNERATION_PAID: Text(
        "wysokości wynagrodzenia zapłaconego za usługę", "the remuneration paid for the service"
    ),
    CapBasis.FIXED_AMOUNT: Text("kwoty określonej w regulaminie", "the amount the terms state"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class LiabilityDecision(Decision[Decimal]):
    """How much of the damage the customer may claim, given the terms' limitation clause.

    The outcome is the recoverable amount; ``actual_loss`` and ``lost_profits`` are the two
    parts of the damage (art. 361 § 2 KC); ``limits_apply`` says whether the clause binds and
    reduces the claim (``None`` when undetermined).
    """

    actual_loss: Decimal
    lost_profits: Decimal
    status: Status | None = None
    lost_profits_excluded: bool = False
    cap: Decimal | None = None
    """What remains of the cap on total liability, when a cap applies."""
    limits_apply: bool | None = None


def _cap_decision(
    claim: DamageClaim,
    on: date,
    outcome: Decimal | Undetermined,
    reasons: list[Reason],
    *,
    status: Status | None = None,
    not_applied: tuple[Reason, ...] = (),
    lost_profits_excluded: bool = False,
    cap: Decimal | None = None,
    limits_apply: bool | None = None,
) -> LiabilityDecision:
    if isinstance(outcome, Undetermined):
        summary = Reason(
            CAP_RULE,
            "Nie da się ustalić, jakiego odszkodowania klient może dochodzić: {missing}.",
            "The damages the customer may claim cannot be determined: {missing}.",
            params={"missing": _missing_text(outcome.missing)},
        )
    else:
        summary = Reason(
            CAP_RULE,
            "Klient może dochodzić odszkodowania do kwoty {amount}.",
            "The customer may claim damages of up to {amount}.",
            params={"amount": outcome},
        )
    return LiabilityDecision(
        rule=CAP_RULE,
        outcome=outcome,
        summary=summary,
        reasons=tuple(reasons),
        not_applied=not_applied,
        law_as_of=on,
        actual_loss=claim.actual_loss,
        lost_profits=claim.lost_profits,
        status=status,
        lost_profits_excluded=lost_profits_excluded,
        cap=cap,
        limits_apply=limits_apply,
    )


def _apply_cap(
    protection: _Protection,
    customer: Customer,
    on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    *,
    gross_negligence_voids_limits: bool,
) -> LiabilityDecision:
    full = claim.actual_loss + claim.lost_profits
    reasons = [
        Reason(
            CAP_RULE,
            "Szkoda obejmuje stratę rzeczywistą ({actual}) i utracone korzyści ({lost}), razem "
            "{full}.",
            "The damage comprises the actual loss ({actual}) and the lost profits ({lost}), "
            "{full} in total.",
            (KC.art("361", "2"),),
            {"actual": claim.actual_loss, "lost": claim.lost_profits, "full": full},
        )
    ]
    status, screening = _screen(CAP_RULE, customer, on, protection)
    reasons += screening
    if isinstance(status, Undetermined):
        return _cap_decision(claim, on, status, reasons)
    if status is not Status.TRADER:
        return _cap_decision(claim, on, full, reasons, status=status, limits_apply=False)
    reasons.append(
        Reason(
            CAP_RULE,
            "Klient jest przedsiębiorcą: umowa może ograniczyć odpowiedzialność za niewykonanie "
            "lub nienależyte wykonanie zobowiązania.",
            "The customer is a trader: the contract may limit liability for non-performance or "
            "improper performance.",
            (KC.art("471"), KC.art("353¹")),
        )
    )

    # Art. 473 § 2 KC comes before the clause's content: a void stipulation limits nothing.
    if claim.fault is Fault.INTENT:
        reasons.append(
            Reason(
                CAP_RULE,
                "Szkoda została wyrządzona umyślnie, a zastrzeżenie zwalniające z "
                "odpowiedzialności za szkodę umyślną jest nieważne.",
                "The damage was caused intentionally, and a stipulation releasing the debtor "
                "from liability for intentional damage is void.",
                (KC.art("473", "2"),),
            )
        )
        return _cap_decision(claim, on, full, reasons, status=status, limits_apply=False)
    if claim.fault is Fault.GROSS_NEGLIGENCE:
        if gross_negligence_voids_limits:
            reasons.append(
                Reason(
                    CAP_RULE,
                    "Szkoda została wyrządzona wskutek rażącego niedbalstwa, które biblioteka "
                    "traktuje tu jak umyślność (interpretacja).",
                    "The damage was caused by gross negligence, which the library treats here "
                    "like intent (interpretation).",
                    (KC.art("473", "2"),),
                )
            )
            return _cap_decision(claim, on, full, reasons, status=status, limits_apply=False)
        reasons.append(
            Reason(
                CAP_RULE,
                "Zgodnie z wybranym ustawieniem rażące niedbalstwo nie uchyla ograniczenia "
                "odpowiedzialności.",
                "As configured, gross negligence does not set the limitation aside.",
                (KC.art("473", "2"),),
            )
        )

    if clause.cap is None and not clause.excludes_lost_profits:
        reasons.append(
            Reason(
                CAP_RULE,
                "Regulamin nie ogranicza odpowiedzialności.",
                "The terms do not limit liability.",
            )
        )
        return _cap_decision(claim, on, full, reasons, status=status, limits_apply=False)

    limited = full
    if clause.excludes_lost_profits:
        limited = claim.actual_loss
        reasons.append(
            Reason(
                CAP_RULE,
                "Regulamin wyłącza odpowiedzialność za utracone korzyści, co umowa może "
                "zastrzec: odpada kwota {lost}.",
                "The terms exclude liability for lost profits, which a contract may do: {lost} "
                "falls away.",
                (KC.art("361", "2"),),
                {"lost": claim.lost_profits},
            )
        )
    remaining: Decimal | None = None
    if clause.cap is not None:
        total = (
            clause.cap_amount if clause.cap is CapBasis.FIXED_AMOUNT else claim.remuneration_paid
        )
        if total is None:
            missing: tuple[str, ...] = ("claim.remuneration_paid",)
            if claim.fault is None:
                missing += ("claim.fault",)
            reasons.append(
                Reason(
                    CAP_RULE,
                    "Regulamin ogranicza odpowiedzialność do {label}, a nie wiadomo, ile "
                    "zapłacono za usługę.",
                    "The terms cap liability at {label}, and it is not known how much was paid "
                    "for the service.",
                    params={"label": _CAP_LABEL[clause.cap]},
                )
            )
            return _cap_decision(claim, on, Undetermined(missing), reasons, status=status)
        remaining = max(total - claim.already_compensated, Decimal("0"))
        if claim.already_compensated:
            reasons.append(
                Reason(
                    CAP_RULE,
                    "Regulamin ogranicza całkowitą odpowiedzialność do {label} ({cap}); "
                    "wypłacono już {paid}, pozostaje {remaining}.",
                    "The terms cap total liability at {label} ({cap}); {paid} has already been "
                    "paid, {remaining} remains.",
                    params={
                        "label": _CAP_LABEL[clause.cap],
                        "cap": total,
                        "paid": claim.already_compensated,
                        "remaining": remaining,
                    },
                )
            )
        else:
            reasons.append(
                Reason(
                    CAP_RULE,
                    "Regulamin ogranicza całkowitą odpowiedzialność do {label} ({cap}).",
                    "The terms cap total liability at {label} ({cap}).",
                    params={"label": _CAP_LABEL[clause.cap], "cap": total},
                )
            )
        limited = min(limited, remaining)

    excluded = clause.excludes_lost_profits and claim.lost_profits > 0
    if limited == full:
        # Nothing is cut off, so how the damage was caused does not matter.
        not_applied = (
            Reason(
                CAP_RULE,
                "Ograniczenia z regulaminu nie zmniejszają odszkodowania: szkoda mieści się w "
                "limicie.",
                "The terms' limits do not reduce the damages: the damage is within them.",
            ),
        )
        return _cap_decision(
            claim,
            on,
            full,
            reasons,
            status=status,
            not_applied=not_applied,
            cap=remaining,
            limits_apply=False,
        )
    if claim.fault is None:
        reasons.append(
            Reason(
                CAP_RULE,
                "Ograniczenie nie obejmuje szkody wyrządzonej umyślnie, a nie wiadomo, jak "
                "szkoda została wyrządzona.",
                "The limitation does not cover intentional damage, and it is not known how the "
                "damage was caused.",
                (KC.art("473", "2"),),
            )
        )
        return _cap_decision(claim, on, Undetermined(("claim.fault",)), reasons, status=status)
    reasons.append(
        Reason(
            CAP_RULE,
            "Szkoda nie została wyrządzona umyślnie, więc ograniczenie wiąże klienta.",
            "The damage was not caused intentionally, so the limitation binds the customer.",
            (KC.art("473", "2"),),
        )
    )
    return _cap_decision(
        claim,
        on,
        limited,
        reasons,
        status=status,
        lost_profits_excluded=excluded,
        cap=remaining,
        limits_apply=True,
    )


_CAP_CONSUMER = (
    Reason(
        CAP_RULE,
        "Wobec konsumenta postanowienie wyłączające lub istotnie ograniczające odpowiedzialność "
        "za niewykonanie lub nienależyte wykonanie zobowiązania uważa się w razie wątpliwości "
        "za niedozwolone; nie wiąże ono konsumenta.",
        "Towards a consumer, a term excluding or substantially limiting liability for "
        "non-performance or improper performance is presumed unfair and does not bind the "
        "consumer.",
        (KC.art("385³", None, "2"), _UNFAIR_TERMS),
    ),
)
_CAP_PRESUMPTION = Interpretation(
    "Art. 385³ KC ustanawia domniemanie („w razie wątpliwości”); biblioteka przyjmuje, że "
    "ograniczenie odpowiedzialności z regulaminu nie wiąże konsumenta ani przedsiębiorcy na "
    "prawach konsumenta.",
    "Art. 385³ KC sets a presumption ('in case of doubt'); the library takes a limitation of "
    "liability in standard terms as not binding a consumer or a sole trader with consumer "
    "rights.",
)
_GROSS_NEGLIGENCE = Interpretation(
    "Czy art. 473 § 2 KC obejmuje także rażące niedbalstwo, jest sporne; domyślnie biblioteka "
    "przyjmuje, że ograniczenie nie obejmuje szkody wyrządzonej wskutek rażącego niedbalstwa "
    "(ustawienie gross_negligence_voids_limits).",
    "Whether art. 473 § 2 KC also covers gross negligence is disputed; by default the library "
    "holds that the limitation does not cover damage caused by gross negligence (setting "
    "gross_negligence_voids_limits).",
)
_CAP_TITLE = Text(
    "Ograniczenie odpowiedzialności wobec przedsiębiorcy", "Liability cap for traders"
)
_CAP_SUMMARY = Text(
    "Limit odpowiedzialności i wyłączenie utraconych korzyści wiążą tylko przedsiębiorcę, nigdy "
    "przy szkodzie umyślnej.",
    "A liability cap and the exclusion of lost profits bind traders only, never for "
    "intentional damage.",
)
_CAP_BASIS = (KC.art("471"), KC.art("361", "2"), KC.art("473", "2"), KC.art("385³", None, "2"))


@rule(
    CAP_RULE,
    title=_CAP_TITLE,
    summary=_CAP_SUMMARY,
    basis=_CAP_BASIS,
    valid_from=LAW_FROM,
    valid_until=BEFORE_PNPK,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "6").pl(),),
    interpretations=(_GROSS_NEGLIGENCE, _CAP_PRESUMPTION),
)
def _cap_before_pnpk(
    customer: Customer,
    on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    gross_negligence_voids_limits: bool,
) -> LiabilityDecision:
    """Contracts to 2020: a consumer is protected (art. 385³ pkt 2 KC); every business buyer
    is a trader."""
    protection = _Protection(_CAP_CONSUMER, None)
    return _apply_cap(
        protection,
        customer,
        on,
        clause,
        claim,
        gross_negligence_voids_limits=gross_negligence_voids_limits,
    )


@rule(
    CAP_RULE,
    basis=(*_CAP_BASIS, _PNPK_UNFAIR_TERMS),
    valid_from=PNPK_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "8").pl(),),
)
def _cap_with_pnpk(
    customer: Customer,
    on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    gross_negligence_voids_limits: bool,
) -> LiabilityDecision:
    """From 2021: a PNPK is protected like a consumer (art. 385⁵ KC; Woohoo § 12 ust. 8)."""
    protection = _Protection(_CAP_CONSUMER, _pnpk_like_consumer(CAP_RULE, *_CAP_CONSUMER))
    return _apply_cap(
        protection,
        customer,
        on,
        clause,
        claim,
        gross_negligence_voids_limits=gross_negligence_voids_limits,
    )


_CAP = REGISTRY[CAP_RULE]


@entry(CAP_RULE)
def liability_cap(
    customer: Customer,
    concluded_on: date,
    clause: LiabilityClause,
    claim: DamageClaim,
    *,
    gross_negligence_voids_limits: bool = True,
) -> LiabilityDecision:
    """The damages ``customer`` may claim for a contract concluded on ``concluded_on``, given
    the terms' limitation ``clause``."""
    version = _CAP.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: LiabilityDecision = version.func(
        customer, concluded_on, clause, claim, gross_negligence_voids_limits
    )
    return decision


# --------------------------------------------------------------------------- clauses for traders


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseDecision(Decision[bool]):
    """Does a clause meant for traders bind this customer? ``status`` is the buyer's status
    (``None`` when it cannot be determined)."""

    status: Status | None = None


def _clause_summary(rule_id: str, name: Text, outcome: bool | Undetermined) -> Reason:
    if isinstance(outcome, Undetermined):
        return Reason(
            rule_id,
            "Nie da się ustalić, czy {clause} wiąże klienta: {missing}.",
            "It cannot be determined whether {clause} binds the customer: {missing}.",
            params={"clause": name, "missing": _missing_text(outcome.missing)},
        )
    if outcome:
        return Reason(
            rule_id,
            "{clause} wiąże klienta.",
            "{clause} binds the customer.",
            params={"clause": _capitalised(name)},
        )
    return Reason(
        rule_id,
        "{clause} nie wiąże klienta.",
        "{clause} does not bind the customer.",
        params={"clause": _capitalised(name)},
    )


def _clause_decision(
    rule_id: str,
    name: Text,
    on: date,
    outcome: bool | Undetermined,
    reasons: list[Reason],
    *,
    status: Status | Undetermined,
) -> ClauseDecision:
    return ClauseDecision(
        rule=rule_id,
        outcome=outcome,
        summary=_clause_summary(rule_id, name, outcome),
        reasons=tuple(reasons),
        law_as_of=on,
        status=None if isinstance(status, Undetermined) else status,
    )


def _trader_clause(
    rule_id: str,
    name: Text,
    protection: _Protection,
    customer: Customer,
    on: date,
    *trader_reasons: Reason,
) -> ClauseDecision:
    """A clause that binds every trader, for the reasons given, and nobody else."""
    status, reasons = _screen(rule_id, customer, on, protection)
    if isinstance(status, Undetermined):
        return _clause_decision(rule_id, name, on, status, reasons, status=status)
    if status is not Status.TRADER:
        return _clause_decision(rule_id, name, on, False, reasons, status=status)
    return _clause_decision(rule_id, name, on, True, [*reasons, *trader_reasons], status=status)


# ---- warranty exclusion (Woohoo § 12 ust. 2)

WARRANTY_RULE = "liability.warranty_exclusion"
_WARRANTY = Text(
    "wyłączenie odpowiedzialności z tytułu rękojmi",
    "the exclusion of liability under the statutory warranty (rękojmia)",
)
_WARRANTY_CONSUMER_KC = Reason(
    WARRANTY_RULE,
    "Jeżeli kupującym jest konsument, rękojmię można ograniczyć lub wyłączyć tylko w "
    "przypadkach określonych w przepisach szczególnych.",
    "Where the buyer is a consumer, the warranty may be limited or excluded only where special "
    "provisions allow it.",
    (KC.art("558", "1"),),
)
_WARRANTY_PNPK_KC = Reason(
    WARRANTY_RULE,
    "Przepisy o rękojmi dotyczące konsumenta stosuje się do przedsiębiorcy na prawach konsumenta.",
    "The warranty rules for consumers apply to a sole trader with consumer rights.",
    (KC.art("556⁴"),),
)
_WARRANTY_CONSUMER_UOPK = Reason(
    WARRANTY_RULE,
    "Za niezgodność z umową konsument ma uprawnienia z ustawy o prawach konsumenta, a "
    "postanowienia umów mniej korzystne dla konsumenta niż ustawa są nieważne.",
    "For non-conformity a consumer has the remedies of the Consumer Rights Act, and contract "
    "terms less favourable to the consumer than the act are void.",
    (UOPK.art("7"),),
)
_WARRANTY_PNPK_UOPK = Reason(
    WARRANTY_RULE,
    "Przepisy rozdziałów 5a i 5b ustawy o prawach konsumenta o niezgodności z umową stosuje się "
    "do przedsiębiorcy na prawach konsumenta, a ich wyłączenie w regulaminie podlega kontroli "
    "jak wobec konsumenta (interpretacja).",
    "The non-conformity rules of chapters 5a and 5b of the Consumer Rights Act apply to a sole "
    "trader with consumer rights, and excluding them in standard terms is reviewed as towards a "
    "consumer (interpretation).",
    (UOPK.art("7aa", "1"), _PNPK_UNFAIR_TERMS, KC.art("385³", None, "2")),
)
_WARRANTY_PNPK_2023 = Interpretation(
    "Od 2023 r. przedsiębiorca na prawach konsumenta korzysta z rozdziałów 5a i 5b ustawy o "
    "prawach konsumenta (art. 7aa ust. 1), a art. 7 tej ustawy stoi poza tymi rozdziałami; "
    "biblioteka przyjmuje, że wyłączenie rękojmi go nie wiąże (art. 385⁵ w zw. z art. 385³ "
    "pkt 2 KC).",
    "From 2023 a sole trader with consumer rights has chapters 5a and 5b of the Consumer Rights "
    "Act (art. 7aa(1)), while art. 7 of the act lies outside them; the library holds that the "
    "warranty exclusion does not bind them (art. 385⁵ with art. 385³(2) KC).",
)
_WARRANTY_TITLE = Text("Wyłączenie rękojmi wobec przedsiębiorcy", "Warranty exclusion for traders")
_WARRANTY_SUMMARY = Text(
    "Między przedsiębiorcami rękojmię można wyłączyć, chyba że sprzedawca podstępnie zataił "
    "wadę; nie wobec konsumenta ani przedsiębiorcy na prawach konsumenta.",
    "Between traders the warranty may be excluded unless the seller fraudulently concealed the "
    "defect; never towards a consumer or a sole trader with consumer rights.",
)
_WARRANTY_BASIS = (KC.art("558", "1"), KC.art("558", "2"))


def _warranty(
    protection: _Protection, customer: Customer, on: date, fraudulently_concealed: bool | None
) -> ClauseDecision:
    status, reasons = _screen(WARRANTY_RULE, customer, on, protection)
    if isinstance(status, Undetermined):
        return _clause_decision(WARRANTY_RULE, _WARRANTY, on, status, reasons, status=status)
    if status is not Status.TRADER:
        return _clause_decision(WARRANTY_RULE, _WARRANTY, on, False, reasons, status=status)
    reasons.append(
        Reason(
            WARRANTY_RULE,
            "Strony mogą odpowiedzialność z tytułu rękojmi rozszerzyć, ograniczyć lub wyłączyć.",
            "The parties may extend, limit or exclude liability under the warranty.",
            (KC.art("558", "1"),),
        )
    )
    concealment = KC.art("558", "2")
    if fraudulently_concealed is None:
        reasons.append(
            Reason(
                WARRANTY_RULE,
                "Wyłączenie jest bezskuteczne, jeżeli sprzedawca podstępnie zataił wadę, a nie "
                "wiadomo, czy tak było.",
                "The exclusion is ineffective where the seller fraudulently concealed the "
                "defect, and it is not known whether it did.",
                (concealment,),
            )
        )
        missing = Undetermined(("fraudulently_concealed",))
        return _clause_decision(WARRANTY_RULE, _WARRANTY, on, missing, reasons, status=status)
    if fraudulently_concealed:
        reasons.append(
            Reason(
                WARRANTY_RULE,
                "Sprzedawca podstępnie zataił wadę przed kupującym, więc wyłączenie jest "
                "bezskuteczne.",
                "The seller fraudulently concealed the defect from the buyer, so the exclusion "
                "is ineffective.",
                (concealment,),
            )
        )
        return _clause_decision(WARRANTY_RULE, _WARRANTY, on, False, reasons, status=status)
    reasons.append(
        Reason(
            WARRANTY_RULE,
            "Sprzedawca nie zataił podstępnie wady.",
            "The seller did not fraudulently conceal the defect.",
            (concealment,),
        )
    )
    return _clause_decision(WARRANTY_RULE, _WARRANTY, on, True, reasons, status=status)


@rule(
    WARRANTY_RULE,
    title=_WARRANTY_TITLE,
    summary=_WARRANTY_SUMMARY,
    basis=_WARRANTY_BASIS,
    valid_from=LAW_FROM,
    valid_until=BEFORE_PNPK,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "2").pl(),),
)
def _warranty_before_pnpk(
    customer: Customer, on: date, fraudulently_concealed: bool | None
) -> ClauseDecision:
    """To 2020: excludable between traders (art. 558 § 1 KC), not for a consumer."""
    protection = _Protection((_WARRANTY_CONSUMER_KC,), None)
    return _warranty(protection, customer, on, fraudulently_concealed)


@rule(
    WARRANTY_RULE,
    basis=(*_WARRANTY_BASIS, KC.art("556⁴")),
    valid_from=PNPK_FROM,
    valid_until=BEFORE_UOPK_CONFORMITY,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "8").pl(),),
)
def _warranty_pnpk_kc(
    customer: Customer, on: date, fraudulently_concealed: bool | None
) -> ClauseDecision:
    """2021-2022: the consumer limit of art. 558 § 1 KC reaches a PNPK through art. 556⁴ KC."""
    protection = _Protection((_WARRANTY_CONSUMER_KC,), (_WARRANTY_PNPK_KC, _WARRANTY_CONSUMER_KC))
    return _warranty(protection, customer, on, fraudulently_concealed)


@rule(
    WARRANTY_RULE,
    basis=(*_WARRANTY_BASIS, UOPK.art("7"), UOPK.art("7aa", "1"), _PNPK_UNFAIR_TERMS),
    valid_from=UOPK_CONFORMITY_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_WARRANTY_PNPK_2023,),
)
def _warranty_uopk_conformity(
    customer: Customer, on: date, fraudulently_concealed: bool | None
) -> ClauseDecision:
    """From 2023: consumers and PNPK have the UoPK conformity remedies (chapters 5a-5b) instead
    of the KC warranty; between traders art. 558 KC still applies."""
    protection = _Protection((_WARRANTY_CONSUMER_UOPK,), (_WARRANTY_PNPK_UOPK,))
    return _warranty(protection, customer, on, fraudulently_concealed)


_WARRANTY_RULE = REGISTRY[WARRANTY_RULE]


@entry(WARRANTY_RULE)
def warranty_exclusion(
    customer: Customer, concluded_on: date, *, fraudulently_concealed: bool | None = None
) -> ClauseDecision:
    """Does the terms' exclusion of the warranty bind ``customer`` for a defect of which we
    know whether the seller ``fraudulently_concealed`` it?"""
    version = _WARRANTY_RULE.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: ClauseDecision = version.func(customer, concluded_on, fraudulently_concealed)
    return decision


# ---- the seller's right to withdraw (Woohoo § 12 ust. 4)

SELLER_WITHDRAWAL_RULE = "liability.seller_withdrawal"
_SELLER_WITHDRAWAL = Text(
    "prawo sprzedawcy do odstąpienia od umowy", "the seller's right to withdraw from the contract"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class SellerWithdrawalDecision(ClauseDecision):
    """Whether the seller may withdraw (or, given its statement, withdrew in time).

    ``deadline`` is the last day for the statement to reach the customer, after roll-forward;
    ``period_end`` is the end by counting alone.
    """

    period_end: date | None = None
    statement_timely: bool | None = None


def _withdrawal_summary(outcome: bool, due: date, received_on: date | None) -> Reason:
    if received_on is None:
        return Reason(
            SELLER_WITHDRAWAL_RULE,
            "Sprzedawca może odstąpić od umowy do {due} r.",
            "The seller may withdraw from the contract until {due}.",
            params={"due": due},
        )
    if outcome:
        return Reason(
            SELLER_WITHDRAWAL_RULE,
            "Sprzedawca skutecznie odstąpił od umowy {received} r.",
            "The seller withdrew from the contract effectively on {received}.",
            params={"received": received_on},
        )
    return Reason(
        SELLER_WITHDRAWAL_RULE,
        "Odstąpienie sprzedawcy jest spóźnione: termin upłynął {due} r.",
        "The seller's withdrawal is late: the period ended on {due}.",
        params={"due": due},
    )


def _seller_withdrawal(
    protection: _Protection,
    customer: Customer,
    on: date,
    days: int,
    statement_received_on: date | None,
) -> SellerWithdrawalDecision:
    status, reasons = _screen(SELLER_WITHDRAWAL_RULE, customer, on, protection)
    if status is not Status.TRADER:
        outcome = status if isinstance(status, Undetermined) else False
        return SellerWithdrawalDecision(
            rule=SELLER_WITHDRAWAL_RULE,
            outcome=outcome,
            summary=_clause_summary(SELLER_WITHDRAWAL_RULE, _SELLER_WITHDRAWAL, outcome),
            reasons=tuple(reasons),
            law_as_of=on,
            status=None if isinstance(status, Undetermined) else status,
        )
    reasons.append(
        Reason(
            SELLER_WITHDRAWAL_RULE,
            "Można zastrzec, że stronie przysługuje prawo odstąpienia od umowy w oznaczonym "
            "terminie; tu {days} dni od zawarcia umowy.",
            "A party may reserve a right to withdraw from the contract within a fixed period; "
            "here {days} days from conclusion.",
            (KC.art("395", "1"),),
            {"days": days},
        )
    )
    # A contractual period is counted like a statutory one (art. 110 KC), and the statement is
    # an act, so its end rolls forward (art. 115 KC).
    period = deadline(on, days=days, counting=Counting.KC)
    reasons.append(
        Reason(
            SELLER_WITHDRAWAL_RULE,
            "Termin biegnie od dnia następującego po dniu zawarcia umowy ({concluded} r.) i "
            "kończy się {end} r.",
            "The period runs from the day after the contract was concluded ({concluded}) and "
            "ends on {end}.",
            (KC.art("110"), KC.art("111", "2")),
            {"concluded": on, "end": period.nominal},
        )
    )
    if period.rolled:
        reasons.append(
            Reason(
                SELLER_WITHDRAWAL_RULE,
                "Koniec terminu przypada na dzień wolny ({day_off}), więc termin upływa {due} r.",
                "The period ends on a day off ({day_off}), so it expires on {due}.",
                (KC.art("115"),),
                {
                    "day_off": Text(
                        day_off_name(period.nominal, "pl"), day_off_name(period.nominal, "en")
                    ),
                    "due": period.due,
                },
            )
        )
    timely: bool | None = None
    if statement_received_on is not None:
        if statement_received_on < on:
            raise InvalidFacts(
                "statement_received_on",
                f"{statement_received_on.isoformat()} is before the contract was concluded "
                f"({on.isoformat()})",
            )
        timely = statement_received_on <= period.due
        reasons.append(
            Reason(
                SELLER_WITHDRAWAL_RULE,
                "Oświadczenie o odstąpieniu doszło do klienta {received} r., "
                + ("przed upływem terminu." if timely else "po upływie terminu."),
                "The withdrawal statement reached the customer on {received}, "
                + ("within the period." if timely else "after the period."),
                (KC.art("61", "1"),),
                {"received": statement_received_on},
            )
        )
    effective = True if timely is None else timely
    return SellerWithdrawalDecision(
        rule=SELLER_WITHDRAWAL_RULE,
        outcome=effective,
        summary=_withdrawal_summary(effective, period.due, statement_received_on),
        reasons=tuple(reasons),
        deadline=period.due,
        law_as_of=on,
        status=status,
        period_end=period.nominal,
        statement_timely=timely,
    )


_SELLER_WITHDRAWAL_CONSUMER = (
    Reason(
        SELLER_WITHDRAWAL_RULE,
        "Wobec konsumenta postanowienia regulaminu nieuzgodnione indywidualnie nie wiążą go, "
        "jeżeli kształtują jego prawa i obowiązki sprzecznie z dobrymi obyczajami, rażąco "
        "naruszając jego interesy.",
        "Towards a consumer, terms not individually negotiated do not bind where they shape the "
        "consumer's rights and duties contrary to good practice, grossly harming their interests.",
        (_UNFAIR_TERMS,),
    ),
)
_REACHES_CUSTOMER = Interpretation(
    "Regulamin Woohoo mówi o „przesłaniu” oświadczenia; biblioteka uznaje odstąpienie za "
    "terminowe, gdy oświadczenie doszło do klienta przed upływem terminu (art. 61 § 1 KC).",
    "The Woohoo terms speak of 'sending' the statement; the library counts the withdrawal as "
    "timely when the statement reached the customer before the period ended (art. 61(1) KC).",
)
_SELLER_WITHDRAWAL_TITLE = Text(
    "Umowne prawo odstąpienia sprzedawcy", "The seller's contractual right to withdraw"
)
_SELLER_WITHDRAWAL_SUMMARY = Text(
    "Wobec przedsiębiorcy sprzedawca może odstąpić od umowy w zastrzeżonym terminie od jej "
    "zawarcia; nie wobec konsumenta ani przedsiębiorcy na prawach konsumenta.",
    "Towards a trader the seller may withdraw within the reserved period from conclusion; not "
    "towards a consumer or a sole trader with consumer rights.",
)
_SELLER_WITHDRAWAL_BASIS = (KC.art("395", "1"), KC.art("111", "2"), KC.art("115"), _UNFAIR_TERMS)


@rule(
    SELLER_WITHDRAWAL_RULE,
    title=_SELLER_WITHDRAWAL_TITLE,
    summary=_SELLER_WITHDRAWAL_SUMMARY,
    basis=_SELLER_WITHDRAWAL_BASIS,
    valid_from=LAW_FROM,
    valid_until=BEFORE_PNPK,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "4").pl(),),
    interpretations=(_REACHES_CUSTOMER,),
)
def _seller_withdrawal_before_pnpk(
    customer: Customer, on: date, days: int, statement_received_on: date | None
) -> SellerWithdrawalDecision:
    """To 2020: a right reserved for a fixed period (art. 395 § 1 KC), towards traders."""
    protection = _Protection(_SELLER_WITHDRAWAL_CONSUMER, None)
    return _seller_withdrawal(protection, customer, on, days, statement_received_on)


@rule(
    SELLER_WITHDRAWAL_RULE,
    basis=(*_SELLER_WITHDRAWAL_BASIS, _PNPK_UNFAIR_TERMS),
    valid_from=PNPK_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "8").pl(),),
)
def _seller_withdrawal_with_pnpk(
    customer: Customer, on: date, days: int, statement_received_on: date | None
) -> SellerWithdrawalDecision:
    """From 2021: not towards a PNPK either (art. 385⁵ KC)."""
    pnpk = _pnpk_like_consumer(SELLER_WITHDRAWAL_RULE, *_SELLER_WITHDRAWAL_CONSUMER)
    protection = _Protection(_SELLER_WITHDRAWAL_CONSUMER, pnpk)
    return _seller_withdrawal(protection, customer, on, days, statement_received_on)


_SELLER_WITHDRAWAL_REGISTERED = REGISTRY[SELLER_WITHDRAWAL_RULE]


@entry(SELLER_WITHDRAWAL_RULE)
def seller_withdrawal(
    customer: Customer,
    concluded_on: date,
    *,
    days: int = 14,
    statement_received_on: date | None = None,
) -> SellerWithdrawalDecision:
    """May the seller withdraw within ``days`` of conclusion (Woohoo § 12 ust. 4: 14), and,
    given the day its statement reached the customer, did it do so in time?"""
    if days < 1:
        raise InvalidFacts("days", f"a withdrawal period has at least one day, not {days}")
    version = _SELLER_WITHDRAWAL_REGISTERED.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: SellerWithdrawalDecision = version.func(
        customer, concluded_on, days, statement_received_on
    )
    return decision


# ---- immediate termination of the account (Woohoo § 12 ust. 3)

TERMINATION_RULE = "liability.account_termination"
_TERMINATION = Text(
    "prawo sprzedawcy do wypowiedzenia umowy o prowadzenie konta ze skutkiem natychmiastowym",
    "the seller's right to terminate the account contract with immediate effect",
)
_TERMINATION_CONSUMER = (
    Reason(
        TERMINATION_RULE,
        "Wobec konsumenta za niedozwolone uważa się w razie wątpliwości postanowienie "
        "pozwalające wypowiedzieć umowę zawartą na czas nieoznaczony bez wskazania ważnych "
        "przyczyn i stosownego terminu wypowiedzenia.",
        "Towards a consumer, a term allowing the trader to terminate an open-ended contract "
        "without important reasons and reasonable notice is presumed unfair.",
        (KC.art("385³", None, "15"), _UNFAIR_TERMS),
    ),
)
_TERMINATION_TRADER = Reason(
    TERMINATION_RULE,
    "Zobowiązanie bezterminowe o charakterze ciągłym wygasa po wypowiedzeniu z zachowaniem "
    "terminów umownych; między przedsiębiorcami umowa może przewidzieć skutek natychmiastowy.",
    "An open-ended continuing obligation ends on notice under the contractual terms; between "
    "traders the contract may give the notice immediate effect.",
    (KC.art("365¹"),),
)
_TERMINATION_TITLE = Text(
    "Natychmiastowe wypowiedzenie konta", "Immediate termination of the account"
)
_TERMINATION_SUMMARY = Text(
    "Wobec przedsiębiorcy sprzedawca może wypowiedzieć umowę o prowadzenie konta ze skutkiem "
    "natychmiastowym i bez podania przyczyn; nie wobec konsumenta ani przedsiębiorcy na prawach "
    "konsumenta.",
    "Towards a trader the seller may terminate the account contract with immediate effect and "
    "without reasons; not towards a consumer or a sole trader with consumer rights.",
)


@rule(
    TERMINATION_RULE,
    title=_TERMINATION_TITLE,
    summary=_TERMINATION_SUMMARY,
    basis=(KC.art("365¹"), KC.art("385³", None, "15")),
    valid_from=LAW_FROM,
    valid_until=BEFORE_PNPK,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "3").pl(),),
)
def _termination_before_pnpk(customer: Customer, on: date) -> ClauseDecision:
    """To 2020: valid between traders (art. 365¹ KC), presumed unfair towards a consumer."""
    protection = _Protection(_TERMINATION_CONSUMER, None)
    return _trader_clause(
        TERMINATION_RULE, _TERMINATION, protection, customer, on, _TERMINATION_TRADER
    )


@rule(
    TERMINATION_RULE,
    basis=(KC.art("365¹"), KC.art("385³", None, "15"), _PNPK_UNFAIR_TERMS),
    valid_from=PNPK_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "8").pl(),),
)
def _termination_with_pnpk(customer: Customer, on: date) -> ClauseDecision:
    """From 2021: not towards a PNPK either (art. 385⁵ KC)."""
    pnpk = _pnpk_like_consumer(TERMINATION_RULE, *_TERMINATION_CONSUMER)
    protection = _Protection(_TERMINATION_CONSUMER, pnpk)
    return _trader_clause(
        TERMINATION_RULE, _TERMINATION, protection, customer, on, _TERMINATION_TRADER
    )


_TERMINATION_REGISTERED = REGISTRY[TERMINATION_RULE]


@entry(TERMINATION_RULE)
def account_termination(customer: Customer, concluded_on: date) -> ClauseDecision:
    """May the seller terminate ``customer``'s account at once, without giving reasons?"""
    version = _TERMINATION_REGISTERED.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: ClauseDecision = version.func(customer, concluded_on)
    return decision


# ---- prepayment and restricted payment methods (Woohoo § 12 ust. 5)

PREPAYMENT_RULE = "liability.prepayment"
_PREPAYMENT = Text(
    "prawo sprzedawcy do ograniczenia metod płatności i żądania przedpłaty",
    "the seller's right to restrict payment methods and require prepayment",
)
_PREPAYMENT_CONSUMER = (
    Reason(
        PREPAYMENT_RULE,
        "Wobec konsumenta postanowienia regulaminu nieuzgodnione indywidualnie podlegają "
        "kontroli jako niedozwolone postanowienia umowne, a to postanowienie jest przeznaczone "
        "dla przedsiębiorców.",
        "Towards a consumer, terms not individually negotiated are subject to unfair-terms "
        "control, and this clause is meant for traders.",
        (_UNFAIR_TERMS,),
    ),
)
_PREPAYMENT_TRADER = Reason(
    PREPAYMENT_RULE,
    "Strony mogą ułożyć stosunek prawny według swego uznania, w tym sposób i termin zapłaty.",
    "The parties may shape their legal relationship as they see fit, including how and when "
    "payment is made.",
    (KC.art("353¹"),),
)
_PREPAYMENT_SCOPE = Interpretation(
    "§ 12 regulaminu Woohoo mówi o „przedsiębiorcach”, a ust. 8 chroni ustawowe prawa "
    "przedsiębiorcy na prawach konsumenta; biblioteka nie stosuje żadnego postanowienia § 12 "
    "do konsumenta ani przedsiębiorcy na prawach konsumenta, także przedpłaty.",
    "§ 12 of the Woohoo terms speaks of 'traders', and para. 8 protects the statutory rights of "
    "a sole trader with consumer rights; the library applies no clause of § 12, prepayment "
    "included, to a consumer or such a sole trader.",
)
_PREPAYMENT_TITLE = Text(
    "Przedpłata i ograniczenie metod płatności", "Prepayment and restricted payment methods"
)
_PREPAYMENT_SUMMARY = Text(
    "Wobec przedsiębiorcy sprzedawca może ograniczyć metody płatności i żądać przedpłaty w "
    "całości albo w części; nie wobec konsumenta ani przedsiębiorcy na prawach konsumenta.",
    "Towards a trader the seller may restrict payment methods and require full or partial "
    "prepayment; not towards a consumer or a sole trader with consumer rights.",
)


@rule(
    PREPAYMENT_RULE,
    title=_PREPAYMENT_TITLE,
    summary=_PREPAYMENT_SUMMARY,
    basis=(KC.art("353¹"), _UNFAIR_TERMS),
    valid_from=LAW_FROM,
    valid_until=BEFORE_PNPK,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "5").pl(),),
    interpretations=(_PREPAYMENT_SCOPE,),
)
def _prepayment_before_pnpk(customer: Customer, on: date) -> ClauseDecision:
    """To 2020: freedom of contract between traders (art. 353¹ KC)."""
    protection = _Protection(_PREPAYMENT_CONSUMER, None)
    return _trader_clause(
        PREPAYMENT_RULE, _PREPAYMENT, protection, customer, on, _PREPAYMENT_TRADER
    )


@rule(
    PREPAYMENT_RULE,
    basis=(KC.art("353¹"), _UNFAIR_TERMS, _PNPK_UNFAIR_TERMS),
    valid_from=PNPK_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "8").pl(),),
)
def _prepayment_with_pnpk(customer: Customer, on: date) -> ClauseDecision:
    """From 2021: not towards a PNPK either (art. 385⁵ KC; Woohoo § 12 ust. 8)."""
    pnpk = _pnpk_like_consumer(PREPAYMENT_RULE, *_PREPAYMENT_CONSUMER)
    protection = _Protection(_PREPAYMENT_CONSUMER, pnpk)
    return _trader_clause(
        PREPAYMENT_RULE, _PREPAYMENT, protection, customer, on, _PREPAYMENT_TRADER
    )


_PREPAYMENT_REGISTERED = REGISTRY[PREPAYMENT_RULE]


@entry(PREPAYMENT_RULE)
def prepayment(customer: Customer, concluded_on: date) -> ClauseDecision:
    """May the seller restrict ``customer``'s payment methods or require prepayment?"""
    version = _PREPAYMENT_REGISTERED.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: ClauseDecision = version.func(customer, concluded_on)
    return decision


# ---- the court of the seller's seat (Woohoo § 12 ust. 7)

COURT_RULE = "liability.court_of_seller_seat"
_COURT = Text(
    "poddanie sporów sądowi właściwemu dla siedziby sprzedawcy",
    "the submission of disputes to the court of the seller's seat",
)
_COURT_CONSUMER = (
    Reason(
        COURT_RULE,
        "Wobec konsumenta za niedozwolone uważa się w razie wątpliwości postanowienie "
        "narzucające rozpoznanie sprawy przez sąd, który według ustawy nie jest miejscowo "
        "właściwy.",
        "Towards a consumer, a term imposing a court that lacks local jurisdiction under the "
        "statute is presumed unfair.",
        (KC.art("385³", None, "23"), _UNFAIR_TERMS),
    ),
)
_COURT_TRADER = Reason(
    COURT_RULE,
    "Strony mogą poddać spory z oznaczonego stosunku prawnego sądowi pierwszej instancji, który "
    "według ustawy nie jest miejscowo właściwy.",
    "The parties may submit disputes arising from a given legal relationship to a first-instance "
    "court that would not otherwise have local jurisdiction.",
    (KPC.art("46", "1"),),
)
_COURT_FORM = Interpretation(
    "Art. 46 § 1 KPC wymaga umowy stron w określonej formie; biblioteka traktuje akceptację "
    "regulaminu przez przedsiębiorcę jako taką umowę i nie bada jej formy.",
    "Art. 46(1) KPC requires the parties' agreement in a given form; the library takes the "
    "trader's acceptance of the terms as that agreement and does not examine its form.",
)
_COURT_TITLE = Text("Sąd właściwy dla siedziby sprzedawcy", "Court of the seller's seat")
_COURT_SUMMARY = Text(
    "Wobec przedsiębiorcy spory rozstrzyga sąd właściwy dla siedziby sprzedawcy; nie wobec "
    "konsumenta ani przedsiębiorcy na prawach konsumenta.",
    "Towards a trader disputes go to the court of the seller's seat; not towards a consumer or "
    "a sole trader with consumer rights.",
)


@rule(
    COURT_RULE,
    title=_COURT_TITLE,
    summary=_COURT_SUMMARY,
    basis=(KPC.art("46", "1"), KC.art("385³", None, "23")),
    valid_from=LAW_FROM,
    valid_until=BEFORE_PNPK,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "7").pl(),),
    interpretations=(_COURT_FORM,),
)
def _court_before_pnpk(customer: Customer, on: date) -> ClauseDecision:
    """To 2020: a prorogation agreement between traders (art. 46 § 1 KPC)."""
    protection = _Protection(_COURT_CONSUMER, None)
    return _trader_clause(COURT_RULE, _COURT, protection, customer, on, _COURT_TRADER)


@rule(
    COURT_RULE,
    basis=(KPC.art("46", "1"), KC.art("385³", None, "23"), _PNPK_UNFAIR_TERMS),
    valid_from=PNPK_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(WOOHOO.art("12", "8").pl(),),
)
def _court_with_pnpk(customer: Customer, on: date) -> ClauseDecision:
    """From 2021: not towards a PNPK either (art. 385⁵ KC)."""
    protection = _Protection(_COURT_CONSUMER, _pnpk_like_consumer(COURT_RULE, *_COURT_CONSUMER))
    return _trader_clause(COURT_RULE, _COURT, protection, customer, on, _COURT_TRADER)


_COURT_REGISTERED = REGISTRY[COURT_RULE]


@entry(COURT_RULE)
def court_of_seller_seat(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Must ``customer`` bring disputes to the court of the seller's seat?"""
    version = _COURT_REGISTERED.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: ClauseDecision = version.func(customer, concluded_on)
    return decision
