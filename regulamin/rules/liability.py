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

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..calendars import Counting
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK, Citation, Source
from ..models import Customer
from ..models.liability import CapBasis, DamageClaim, Fault, LiabilityClause
from ..reasons import (
    capitalised,
    count_days,
    in_time,
    missing_summary,
    not_before,
    period,
    until,
)
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
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
    return status, [decided.summary, _FOR_TRADERS_ONLY[rule_id], *protection.reasons(status)]


_FOR_TRADERS_ONLY: dict[str, Reason] = {}
"""Each rule's reason that its clause is meant for traders only (filled as rules register)."""


@dataclass(frozen=True, slots=True)
class _Era:
    """One version of a clause for traders: the law's dates, its basis, whom it protects."""

    valid_from: date
    valid_until: date | None
    basis: tuple[Citation, ...]
    protection: _Protection
    doc: str
    seed: str
    interpretations: tuple[Interpretation, ...] = ()


def _before_and_with_pnpk(
    rule_id: str,
    *,
    basis: tuple[Citation, ...],
    consumer: tuple[Reason, ...],
    seed: Citation,
    law: str,
    interpretations: tuple[Interpretation, ...] = (),
) -> tuple[_Era, _Era]:
    """The two versions most § 12 clauses have: contracts to 2020, when only a consumer was
    protected, and from 2021, when art. 385⁵ KC protects a PNPK the same way (and Woohoo
    § 12 ust. 8 carves the PNPK out of the clause)."""
    return (
        _Era(
            LAW_FROM,
            BEFORE_PNPK,
            basis,
            _Protection(consumer, None),
            f"Contracts to 2020: {law}",
            seed.pl(),
            interpretations,
        ),
        _Era(
            PNPK_FROM,
            None,
            (*basis, _PNPK_UNFAIR_TERMS),
            _Protection(consumer, _pnpk_like_consumer(rule_id, *consumer)),
            f"Contracts from 2021: {law} Not towards a PNPK either (art. 385⁵ KC; Woohoo § 12 "
            "ust. 8).",
            WOOHOO.art("12", "8").pl(),
        ),
    )


def _register(
    rule_id: str, title: Text, summary: Text, eras: tuple[_Era, ...], apply: Callable[..., Any]
) -> None:
    """Register one version of ``rule_id`` per era: a function that applies the clause's
    ``apply`` with that era's protection, documented with the era's law."""
    _FOR_TRADERS_ONLY[rule_id] = Reason(
        rule_id,
        "Postanowienie jest przeznaczone wyłącznie dla klientów będących przedsiębiorcami.",
        "The clause is meant for customers who are traders only.",
    )
    for era in eras:

        def version(*facts: Any, _protection: _Protection = era.protection, **options: Any) -> Any:
            return apply(_protection, *facts, **options)

        version.__doc__ = era.doc
        version.__name__ = version.__qualname__ = (
            f"_{rule_id.partition('.')[2]}_{era.valid_from.year}"
        )
        legacy_rule(
            rule_id,
            title=title,
            summary=summary,
            basis=era.basis,
            valid_from=era.valid_from,
            valid_until=era.valid_until,
            keyed_on=KeyDate.CONTRACT_CONCLUDED,
            seed_clauses=(era.seed,),
            interpretations=era.interpretations,
        )(version)


def _decide(rule_id: str, concluded_on: date, *facts: object, **options: object) -> Any:
    """Apply the version of ``rule_id`` in force for a contract concluded on ``concluded_on``."""
    version = REGISTRY[rule_id].version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    return version.func(*facts, **options)


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
        summary = missing_summary(
            CAP_RULE,
            "Nie da się ustalić, jakiego odszkodowania klient może dochodzić",
            "The damages the customer may claim cannot be determined",
            outcome.missing,
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


_VOID_FOR_INTENT = KC.art("473", "2")
_DAMAGE = KC.art("361", "2")
_TRADER_MAY_LIMIT = Reason(
    CAP_RULE,
    "Klient jest przedsiębiorcą: umowa może ograniczyć odpowiedzialność za niewykonanie lub "
    "nienależyte wykonanie zobowiązania.",
    "The customer is a trader: the contract may limit liability for non-performance or "
    "improper performance.",
    (KC.art("471"), KC.art("353¹")),
)
_INTENT = Reason(
    CAP_RULE,
    "Szkoda została wyrządzona umyślnie, a zastrzeżenie zwalniające z odpowiedzialności za "
    "szkodę umyślną jest nieważne.",
    "The damage was caused intentionally, and a stipulation releasing the debtor from "
    "liability for intentional damage is void.",
    (_VOID_FOR_INTENT,),
)
_GROSS_NEGLIGENCE_AS_INTENT = Reason(
    CAP_RULE,
    "Szkoda została wyrządzona wskutek rażącego niedbalstwa, które biblioteka traktuje tu jak "
    "umyślność (interpretacja).",
    "The damage was caused by gross negligence, which the library treats here like intent "
    "(interpretation).",
    (_VOID_FOR_INTENT,),
)
_GROSS_NEGLIGENCE_LIMITED = Reason(
    CAP_RULE,
    "Zgodnie z wybranym ustawieniem rażące niedbalstwo nie uchyla ograniczenia odpowiedzialności.",
    "As configured, gross negligence does not set the limitation aside.",
    (_VOID_FOR_INTENT,),
)
_NO_LIMITS = Reason(
    CAP_RULE, "Regulamin nie ogranicza odpowiedzialności.", "The terms do not limit liability."
)
_WITHIN_LIMITS = Reason(
    CAP_RULE,
    "Ograniczenia z regulaminu nie zmniejszają odszkodowania: szkoda mieści się w limicie.",
    "The terms' limits do not reduce the damages: the damage is within them.",
)
_FAULT_UNKNOWN = Reason(
    CAP_RULE,
    "Ograniczenie nie obejmuje szkody wyrządzonej umyślnie, a nie wiadomo, jak szkoda została "
    "wyrządzona.",
    "The limitation does not cover intentional damage, and it is not known how the damage was "
    "caused.",
    (_VOID_FOR_INTENT,),
)
_NOT_INTENTIONAL = Reason(
    CAP_RULE,
    "Szkoda nie została wyrządzona umyślnie, więc ograniczenie wiąże klienta.",
    "The damage was not caused intentionally, so the limitation binds the customer.",
    (_VOID_FOR_INTENT,),
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
            (_DAMAGE,),
            {"actual": claim.actual_loss, "lost": claim.lost_profits, "full": full},
        )
    ]
    status, screening = _screen(CAP_RULE, customer, on, protection)
    reasons += screening
    if isinstance(status, Undetermined):
        return _cap_decision(claim, on, status, reasons)
    if status is not Status.TRADER:
        return _cap_decision(claim, on, full, reasons, status=status, limits_apply=False)
    reasons.append(_TRADER_MAY_LIMIT)

    # Art. 473 § 2 KC comes before the clause's content: a void stipulation limits nothing.
    if claim.fault is Fault.INTENT:
        reasons.append(_INTENT)
        return _cap_decision(claim, on, full, reasons, status=status, limits_apply=False)
    if claim.fault is Fault.GROSS_NEGLIGENCE:
        if gross_negligence_voids_limits:
            reasons.append(_GROSS_NEGLIGENCE_AS_INTENT)
            return _cap_decision(claim, on, full, reasons, status=status, limits_apply=False)
        reasons.append(_GROSS_NEGLIGENCE_LIMITED)

    if clause.cap is None and not clause.excludes_lost_profits:
        reasons.append(_NO_LIMITS)
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
                (_DAMAGE,),
                {"lost": claim.lost_profits},
            )
        )
    remaining: Decimal | None = None
    if clause.cap is not None:
        label = _CAP_LABEL[clause.cap]
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
                    params={"label": label},
                )
            )
            return _cap_decision(claim, on, Undetermined(missing), reasons, status=status)
        remaining = max(total - claim.already_compensated, Decimal("0"))
        paid = claim.already_compensated
        reasons.append(
            Reason(
                CAP_RULE,
                "Regulamin ogranicza całkowitą odpowiedzialność do {label} ({cap}); wypłacono "
                "już {paid}, pozostaje {remaining}."
                if paid
                else "Regulamin ogranicza całkowitą odpowiedzialność do {label} ({cap}).",
                "The terms cap total liability at {label} ({cap}); {paid} has already been "
                "paid, {remaining} remains."
                if paid
                else "The terms cap total liability at {label} ({cap}).",
                params={"label": label, "cap": total, "paid": paid, "remaining": remaining},
            )
        )
        limited = min(limited, remaining)

    if limited == full:
        # Nothing is cut off, so how the damage was caused does not matter.
        return _cap_decision(
            claim,
            on,
            full,
            reasons,
            status=status,
            not_applied=(_WITHIN_LIMITS,),
            cap=remaining,
            limits_apply=False,
        )
    if claim.fault is None:
        reasons.append(_FAULT_UNKNOWN)
        return _cap_decision(claim, on, Undetermined(("claim.fault",)), reasons, status=status)
    reasons.append(_NOT_INTENTIONAL)
    return _cap_decision(
        claim,
        on,
        limited,
        reasons,
        status=status,
        lost_profits_excluded=clause.excludes_lost_profits and claim.lost_profits > 0,
        cap=remaining,
        limits_apply=True,
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
_register(
    CAP_RULE,
    Text("Ograniczenie odpowiedzialności wobec przedsiębiorcy", "Liability cap for traders"),
    Text(
        "Limit odpowiedzialności i wyłączenie utraconych korzyści wiążą tylko przedsiębiorcę, "
        "nigdy przy szkodzie umyślnej.",
        "A liability cap and the exclusion of lost profits bind traders only, never for "
        "intentional damage.",
    ),
    _before_and_with_pnpk(
        CAP_RULE,
        basis=(KC.art("471"), _DAMAGE, _VOID_FOR_INTENT, KC.art("385³", None, "2")),
        consumer=(
            Reason(
                CAP_RULE,
                "Wobec konsumenta postanowienie wyłączające lub istotnie ograniczające "
                "odpowiedzialność za niewykonanie lub nienależyte wykonanie zobowiązania uważa "
                "się w razie wątpliwości za niedozwolone; nie wiąże ono konsumenta.",
                "Towards a consumer, a term excluding or substantially limiting liability for "
                "non-performance or improper performance is presumed unfair and does not bind "
                "the consumer.",
                (KC.art("385³", None, "2"), _UNFAIR_TERMS),
            ),
        ),
        seed=WOOHOO.art("12", "6"),
        law="the debtor repairs the loss and the lost profits (art. 471, 361 § 2 KC), unless the "
        "contract provides otherwise; between traders the terms may cap liability and exclude "
        "lost profits, but never for damage caused intentionally (art. 473 § 2 KC; gross "
        "negligence too, by the setting on by default: interpretation). Towards a consumer "
        "such a term is presumed unfair and does not bind (art. 385³ pkt 2, 385¹ § 1 KC).",
        interpretations=(_GROSS_NEGLIGENCE, _CAP_PRESUMPTION),
    ),
    _apply_cap,
)


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
    decision: LiabilityDecision = _decide(
        CAP_RULE,
        concluded_on,
        customer,
        concluded_on,
        clause,
        claim,
        gross_negligence_voids_limits=gross_negligence_voids_limits,
    )
    return decision


# --------------------------------------------------------------------------- clauses for traders


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseDecision(Decision[bool]):
    """Does a clause meant for traders bind this customer? ``status`` is the buyer's status
    (``None`` when it cannot be determined)."""

    status: Status | None = None


_BINDS = {
    True: ("{clause} wiąże klienta.", "{clause} binds the customer."),
    False: ("{clause} nie wiąże klienta.", "{clause} does not bind the customer."),
}


def _clause_summary(rule_id: str, name: Text, outcome: bool | Undetermined) -> Reason:
    if isinstance(outcome, Undetermined):
        return missing_summary(
            rule_id,
            "Nie da się ustalić, czy {clause} wiąże klienta",
            "It cannot be determined whether {clause} binds the customer",
            outcome.missing,
            clause=name,
        )
    pl, en = _BINDS[outcome]
    return Reason(rule_id, pl, en, params={"clause": capitalised(name)})


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


# ---- the simple clauses: each binds every trader, for the reason given, and nobody else


@dataclass(frozen=True, slots=True)
class _TraderClause:
    """A § 12 clause that binds every trader for one reason of law, and nobody else."""

    rule_id: str
    name: Text
    """The clause as the summary names it ("the seller's right to ...")."""
    title: Text
    summary: Text
    law: str
    """The article's paraphrase, the versions' docstring."""
    basis: tuple[Citation, ...]
    seed: Citation
    consumer: tuple[Text, tuple[Citation, ...]]
    """Why it does not bind a consumer, and the provisions saying so."""
    trader: tuple[Text, tuple[Citation, ...]]
    """Why it binds a trader."""
    interpretations: tuple[Interpretation, ...] = ()

    def apply(self, protection: _Protection, customer: Customer, on: date) -> ClauseDecision:
        status, reasons = _screen(self.rule_id, customer, on, protection)
        outcome: bool | Undetermined = status if isinstance(status, Undetermined) else False
        if status is Status.TRADER:
            text, basis = self.trader
            outcome = True
            reasons.append(Reason(self.rule_id, text.pl, text.en, basis))
        return _clause_decision(self.rule_id, self.name, on, outcome, reasons, status=status)

    def register(self) -> None:
        text, basis = self.consumer
        consumer = (Reason(self.rule_id, text.pl, text.en, basis),)
        eras = _before_and_with_pnpk(
            self.rule_id,
            basis=self.basis,
            consumer=consumer,
            seed=self.seed,
            law=self.law,
            interpretations=self.interpretations,
        )
        _register(self.rule_id, self.title, self.summary, eras, self.apply)


TERMINATION_RULE = "liability.account_termination"
PREPAYMENT_RULE = "liability.prepayment"
COURT_RULE = "liability.court_of_seller_seat"
_NOT_BINDING_ON_A_CONSUMER = Text(
    "Wobec konsumenta postanowienia regulaminu nieuzgodnione indywidualnie nie wiążą go, "
    "jeżeli kształtują jego prawa i obowiązki sprzecznie z dobrymi obyczajami, rażąco "
    "naruszając jego interesy.",
    "Towards a consumer, terms not individually negotiated do not bind where they shape the "
    "consumer's rights and duties contrary to good practice, grossly harming their interests.",
)
_TRADER_CLAUSES = (
    _TraderClause(
        TERMINATION_RULE,
        name=Text(
            "prawo sprzedawcy do wypowiedzenia umowy o prowadzenie konta ze skutkiem "
            "natychmiastowym",
            "the seller's right to terminate the account contract with immediate effect",
        ),
        title=Text("Natychmiastowe wypowiedzenie konta", "Immediate termination of the account"),
        summary=Text(
            "Wobec przedsiębiorcy sprzedawca może wypowiedzieć umowę o prowadzenie konta ze "
            "skutkiem natychmiastowym i bez podania przyczyn; nie wobec konsumenta ani "
            "przedsiębiorcy na prawach konsumenta.",
            "Towards a trader the seller may terminate the account contract with immediate "
            "effect and without reasons; not towards a consumer or a sole trader with consumer "
            "rights.",
        ),
        law="valid between traders (art. 365¹ KC), presumed unfair towards a consumer "
        "(art. 385³ pkt 15 KC).",
        basis=(KC.art("365¹"), KC.art("385³", None, "15")),
        seed=WOOHOO.art("12", "3"),
        consumer=(
            Text(
                "Wobec konsumenta za niedozwolone uważa się w razie wątpliwości postanowienie "
                "pozwalające wypowiedzieć umowę zawartą na czas nieoznaczony bez wskazania "
                "ważnych przyczyn i stosownego terminu wypowiedzenia.",
                "Towards a consumer, a term allowing the trader to terminate an open-ended "
                "contract without important reasons and reasonable notice is presumed unfair.",
            ),
            (KC.art("385³", None, "15"), _UNFAIR_TERMS),
        ),
        trader=(
            Text(
                "Zobowiązanie bezterminowe o charakterze ciągłym wygasa po wypowiedzeniu z "
                "zachowaniem terminów umownych; między przedsiębiorcami umowa może przewidzieć "
                "skutek natychmiastowy.",
                "An open-ended continuing obligation ends on notice under the contractual "
                "terms; between traders the contract may give the notice immediate effect.",
            ),
            (KC.art("365¹"),),
        ),
    ),
    _TraderClause(
        PREPAYMENT_RULE,
        name=Text(
            "prawo sprzedawcy do ograniczenia metod płatności i żądania przedpłaty",
            "the seller's right to restrict payment methods and require prepayment",
        ),
        title=Text(
            "Przedpłata i ograniczenie metod płatności",
            "Prepayment and restricted payment methods",
        ),
        summary=Text(
            "Wobec przedsiębiorcy sprzedawca może ograniczyć metody płatności i żądać "
            "przedpłaty w całości albo w części; nie wobec konsumenta ani przedsiębiorcy na "
            "prawach konsumenta.",
            "Towards a trader the seller may restrict payment methods and require full or "
            "partial prepayment; not towards a consumer or a sole trader with consumer rights.",
        ),
        law="freedom of contract between traders (art. 353¹ KC); towards a consumer the "
        "clause, meant for traders, is subject to unfair-terms control (art. 385¹ § 1 KC).",
        basis=(KC.art("353¹"), _UNFAIR_TERMS),
        seed=WOOHOO.art("12", "5"),
        consumer=(
            Text(
                "Wobec konsumenta postanowienia regulaminu nieuzgodnione indywidualnie "
                "podlegają kontroli jako niedozwolone postanowienia umowne, a to postanowienie "
                "jest przeznaczone dla przedsiębiorców.",
                "Towards a consumer, terms not individually negotiated are subject to "
                "unfair-terms control, and this clause is meant for traders.",
            ),
            (_UNFAIR_TERMS,),
        ),
        trader=(
            Text(
                "Strony mogą ułożyć stosunek prawny według swego uznania, w tym sposób i termin "
                "zapłaty.",
                "The parties may shape their legal relationship as they see fit, including how "
                "and when payment is made.",
            ),
            (KC.art("353¹"),),
        ),
        interpretations=(
            Interpretation(
                "§ 12 regulaminu Woohoo mówi o „przedsiębiorcach”, a ust. 8 chroni ustawowe "
                "prawa przedsiębiorcy na prawach konsumenta; biblioteka nie stosuje żadnego "
                "postanowienia § 12 do konsumenta ani przedsiębiorcy na prawach konsumenta, "
                "także przedpłaty.",
                "§ 12 of the Woohoo terms speaks of 'traders', and para. 8 protects the "
                "statutory rights of a sole trader with consumer rights; the library applies no "
                "clause of § 12, prepayment included, to a consumer or such a sole trader.",
            ),
        ),
    ),
    _TraderClause(
        COURT_RULE,
        name=Text(
            "poddanie sporów sądowi właściwemu dla siedziby sprzedawcy",
            "the submission of disputes to the court of the seller's seat",
        ),
        title=Text("Sąd właściwy dla siedziby sprzedawcy", "Court of the seller's seat"),
        summary=Text(
            "Wobec przedsiębiorcy spory rozstrzyga sąd właściwy dla siedziby sprzedawcy; nie "
            "wobec konsumenta ani przedsiębiorcy na prawach konsumenta.",
            "Towards a trader disputes go to the court of the seller's seat; not towards a "
            "consumer or a sole trader with consumer rights.",
        ),
        law="a prorogation agreement between traders (art. 46 § 1 KPC), presumed unfair "
        "towards a consumer (art. 385³ pkt 23 KC).",
        basis=(KPC.art("46", "1"), KC.art("385³", None, "23")),
        seed=WOOHOO.art("12", "7"),
        consumer=(
            Text(
                "Wobec konsumenta za niedozwolone uważa się w razie wątpliwości postanowienie "
                "narzucające rozpoznanie sprawy przez sąd, który według ustawy nie jest "
                "miejscowo właściwy.",
                "Towards a consumer, a term imposing a court that lacks local jurisdiction "
                "under the statute is presumed unfair.",
            ),
            (KC.art("385³", None, "23"), _UNFAIR_TERMS),
        ),
        trader=(
            Text(
                "Strony mogą poddać spory z oznaczonego stosunku prawnego sądowi pierwszej "
                "instancji, który według ustawy nie jest miejscowo właściwy.",
                "The parties may submit disputes arising from a given legal relationship to a "
                "first-instance court that would not otherwise have local jurisdiction.",
            ),
            (KPC.art("46", "1"),),
        ),
        interpretations=(
            Interpretation(
                "Art. 46 § 1 KPC wymaga umowy stron w określonej formie; biblioteka traktuje "
                "akceptację regulaminu przez przedsiębiorcę jako taką umowę i nie bada jej "
                "formy.",
                "Art. 46(1) KPC requires the parties' agreement in a given form; the library "
                "takes the trader's acceptance of the terms as that agreement and does not "
                "examine its form.",
            ),
        ),
    ),
)


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
_CONCEALMENT = KC.art("558", "2")
_PARTIES_MAY_EXCLUDE = Reason(
    WARRANTY_RULE,
    "Strony mogą odpowiedzialność z tytułu rękojmi rozszerzyć, ograniczyć lub wyłączyć.",
    "The parties may extend, limit or exclude liability under the warranty.",
    (KC.art("558", "1"),),
)
_CONCEALMENT_FACTS = {
    None: Reason(
        WARRANTY_RULE,
        "Wyłączenie jest bezskuteczne, jeżeli sprzedawca podstępnie zataił wadę, a nie wiadomo, "
        "czy tak było.",
        "The exclusion is ineffective where the seller fraudulently concealed the defect, and "
        "it is not known whether it did.",
        (_CONCEALMENT,),
    ),
    True: Reason(
        WARRANTY_RULE,
        "Sprzedawca podstępnie zataił wadę przed kupującym, więc wyłączenie jest bezskuteczne.",
        "The seller fraudulently concealed the defect from the buyer, so the exclusion is "
        "ineffective.",
        (_CONCEALMENT,),
    ),
    False: Reason(
        WARRANTY_RULE,
        "Sprzedawca nie zataił podstępnie wady.",
        "The seller did not fraudulently conceal the defect.",
        (_CONCEALMENT,),
    ),
}


def _warranty(
    protection: _Protection, customer: Customer, on: date, fraudulently_concealed: bool | None
) -> ClauseDecision:
    """Art. 558 § 1 KC: between traders the warranty may be excluded; § 2: not where the
    seller fraudulently concealed the defect."""
    status, reasons = _screen(WARRANTY_RULE, customer, on, protection)
    outcome: bool | Undetermined = status if isinstance(status, Undetermined) else False
    if status is Status.TRADER:
        reasons += (_PARTIES_MAY_EXCLUDE, _CONCEALMENT_FACTS[fraudulently_concealed])
        if fraudulently_concealed is None:
            outcome = Undetermined(("fraudulently_concealed",))
        else:
            outcome = not fraudulently_concealed
    return _clause_decision(WARRANTY_RULE, _WARRANTY, on, outcome, reasons, status=status)


_WARRANTY_BASIS = (KC.art("558", "1"), _CONCEALMENT)
_register(
    WARRANTY_RULE,
    Text("Wyłączenie rękojmi wobec przedsiębiorcy", "Warranty exclusion for traders"),
    Text(
        "Między przedsiębiorcami rękojmię można wyłączyć, chyba że sprzedawca podstępnie zataił "
        "wadę; nie wobec konsumenta ani przedsiębiorcy na prawach konsumenta.",
        "Between traders the warranty may be excluded unless the seller fraudulently concealed "
        "the defect; never towards a consumer or a sole trader with consumer rights.",
    ),
    (
        _Era(
            LAW_FROM,
            BEFORE_PNPK,
            _WARRANTY_BASIS,
            _Protection((_WARRANTY_CONSUMER_KC,), None),
            "Contracts to 2020: excludable between traders (art. 558 § 1 KC), unless the seller "
            "fraudulently concealed the defect (§ 2); not for a consumer.",
            WOOHOO.art("12", "2").pl(),
        ),
        _Era(
            PNPK_FROM,
            BEFORE_UOPK_CONFORMITY,
            (*_WARRANTY_BASIS, KC.art("556⁴")),
            _Protection((_WARRANTY_CONSUMER_KC,), (_WARRANTY_PNPK_KC, _WARRANTY_CONSUMER_KC)),
            "Contracts of 2021-2022: the consumer limit of art. 558 § 1 KC reaches a PNPK "
            "through art. 556⁴ KC.",
            WOOHOO.art("12", "8").pl(),
        ),
        _Era(
            UOPK_CONFORMITY_FROM,
            None,
            (*_WARRANTY_BASIS, UOPK.art("7"), UOPK.art("7aa", "1"), _PNPK_UNFAIR_TERMS),
            _Protection((_WARRANTY_CONSUMER_UOPK,), (_WARRANTY_PNPK_UOPK,)),
            "Contracts from 2023: consumers and PNPK have the UoPK conformity remedies "
            "(chapters 5a-5b) instead of the KC warranty; between traders art. 558 KC still "
            "applies. Interpretation: the exclusion does not bind a PNPK (art. 385⁵ with "
            "art. 385³ pkt 2 KC).",
            WOOHOO.art("12", "8").pl(),
            (_WARRANTY_PNPK_2023,),
        ),
    ),
    _warranty,
)


@entry(WARRANTY_RULE)
def warranty_exclusion(
    customer: Customer, concluded_on: date, *, fraudulently_concealed: bool | None = None
) -> ClauseDecision:
    """Does the terms' exclusion of the warranty bind ``customer`` for a defect of which we
    know whether the seller ``fraudulently_concealed`` it?"""
    decision: ClauseDecision = _decide(
        WARRANTY_RULE, concluded_on, customer, concluded_on, fraudulently_concealed
    )
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


_MAY_WITHDRAW = Text(
    "Sprzedawca może odstąpić od umowy", "The seller may withdraw from the contract"
)
_REACHED = Text(
    "Oświadczenie o odstąpieniu doszło do klienta",
    "The withdrawal statement reached the customer on",
)
_FROM_CONCLUSION = Text("zawarcia umowy", "the conclusion of the contract")
_RESERVED_WITHDRAWAL = KC.art("395", "1")
_CONTRACTUAL_PERIOD = KC.art("110")
"""Art. 110 KC: a period set by a contract is counted like a statutory one."""
_STATEMENT_REACHES = KC.art("61", "1")


def _withdrawal_summary(outcome: bool, due: date, received_on: date | None) -> Reason:
    if received_on is None:
        return until(SELLER_WITHDRAWAL_RULE, _MAY_WITHDRAW, due)
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
    """Art. 395 § 1 KC: a right to withdraw reserved for a fixed period; the period is counted
    like a statutory one (art. 110-111 KC), and the statement is an act, so its end rolls
    forward (art. 115 KC)."""
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
            "terminie; tu {period} od zawarcia umowy.",
            "A party may reserve a right to withdraw from the contract within a fixed period; "
            "here {period} from conclusion.",
            (_RESERVED_WITHDRAWAL,),
            {"period": period(days)},
        )
    )
    due, counted = count_days(
        SELLER_WITHDRAWAL_RULE,
        on,
        days,
        counting=Counting.KC,
        event=_FROM_CONCLUSION,
        basis=(_CONTRACTUAL_PERIOD,),
    )
    reasons += counted
    timely: bool | None = None
    if statement_received_on is not None:
        not_before("statement_received_on", statement_received_on, on, "the contract")
        timely, reached = in_time(
            SELLER_WITHDRAWAL_RULE,
            _REACHED,
            statement_received_on,
            due.due,
            (_STATEMENT_REACHES,),
        )
        reasons.append(reached)
    effective = True if timely is None else timely
    return SellerWithdrawalDecision(
        rule=SELLER_WITHDRAWAL_RULE,
        outcome=effective,
        summary=_withdrawal_summary(effective, due.due, statement_received_on),
        reasons=tuple(reasons),
        deadline=due.due,
        law_as_of=on,
        status=status,
        period_end=due.nominal,
        statement_timely=timely,
    )


_register(
    SELLER_WITHDRAWAL_RULE,
    Text("Umowne prawo odstąpienia sprzedawcy", "The seller's contractual right to withdraw"),
    Text(
        "Wobec przedsiębiorcy sprzedawca może odstąpić od umowy w zastrzeżonym terminie od jej "
        "zawarcia; nie wobec konsumenta ani przedsiębiorcy na prawach konsumenta.",
        "Towards a trader the seller may withdraw within the reserved period from conclusion; "
        "not towards a consumer or a sole trader with consumer rights.",
    ),
    _before_and_with_pnpk(
        SELLER_WITHDRAWAL_RULE,
        basis=(_RESERVED_WITHDRAWAL, KC.art("111", "2"), KC.art("115"), _UNFAIR_TERMS),
        consumer=(
            Reason(
                SELLER_WITHDRAWAL_RULE,
                _NOT_BINDING_ON_A_CONSUMER.pl,
                _NOT_BINDING_ON_A_CONSUMER.en,
                (_UNFAIR_TERMS,),
            ),
        ),
        seed=WOOHOO.art("12", "4"),
        law="a right to withdraw reserved for a fixed period (art. 395 § 1 KC), towards traders. "
        "Interpretation: the withdrawal is timely when the statement reached the customer "
        "within the period (art. 61 § 1 KC).",
        interpretations=(
            Interpretation(
                "Regulamin Woohoo mówi o „przesłaniu” oświadczenia; biblioteka uznaje "
                "odstąpienie za terminowe, gdy oświadczenie doszło do klienta przed upływem "
                "terminu (art. 61 § 1 KC).",
                "The Woohoo terms speak of 'sending' the statement; the library counts the "
                "withdrawal as timely when the statement reached the customer before the period "
                "ended (art. 61(1) KC).",
            ),
        ),
    ),
    _seller_withdrawal,
)


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
    decision: SellerWithdrawalDecision = _decide(
        SELLER_WITHDRAWAL_RULE, concluded_on, customer, concluded_on, days, statement_received_on
    )
    return decision


# ---- immediate termination (§ 12 ust. 3), prepayment (ust. 5), court (ust. 7)

for _clause in _TRADER_CLAUSES:
    _clause.register()


@entry(TERMINATION_RULE)
def account_termination(customer: Customer, concluded_on: date) -> ClauseDecision:
    """May the seller terminate ``customer``'s account at once, without giving reasons?"""
    decision: ClauseDecision = _decide(TERMINATION_RULE, concluded_on, customer, concluded_on)
    return decision


@entry(PREPAYMENT_RULE)
def prepayment(customer: Customer, concluded_on: date) -> ClauseDecision:
    """May the seller restrict ``customer``'s payment methods or require prepayment?"""
    decision: ClauseDecision = _decide(PREPAYMENT_RULE, concluded_on, customer, concluded_on)
    return decision


@entry(COURT_RULE)
def court_of_seller_seat(customer: Customer, concluded_on: date) -> ClauseDecision:
    """Must ``customer`` bring disputes to the court of the seller's seat?"""
    decision: ClauseDecision = _decide(COURT_RULE, concluded_on, customer, concluded_on)
    return decision
