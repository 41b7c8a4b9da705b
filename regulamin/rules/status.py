"""Who the buyer is in law: consumer, PNPK (przedsiębiorca na prawach konsumenta) or trader.

**Art. 22¹ KC.** A consumer is a natural person who contracts with a trader for a purpose not
directly connected with their business or profession. Companies and partnerships never are.

**Art. 7aa ust. 1 UoPK** (contracts from 2023-01-01; art. 38a UoPK and art. 385⁵, 556⁴,
556⁵ KC for contracts from 2021-01-01). A natural person who contracts directly in
connection with their business gets the consumer's rights of chapters 4, 5a and 5b UoPK
(withdrawal, conformity) when the contract's content shows that it has no *professional
character* for them, judged in particular by the activity registered in CEIDG (PKD codes).

**Art. 7aa ust. 2 UoPK** (contracts from 2025-11-27, Dz.U. 2025 poz. 1172). When the content
does not show it, the buyer may declare, at the latest at conclusion, whether the contract
is professional for them; the declaration settles it.

A fact the answer depends on that is not given leaves the status *undetermined*, with the
missing fact named: the library does not presume anyone a consumer or a trader.

>>> from datetime import date
>>> from regulamin.models import Customer
>>> customer_status(Customer.consumer(), date(2026, 12, 1)).outcome
<Status.CONSUMER: 'consumer'>
>>> electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
>>> customer_status(electrician, date(2020, 12, 31)).outcome     # before PNPK existed
<Status.TRADER: 'trader'>
>>> customer_status(electrician, date(2021, 1, 1)).outcome
<Status.PNPK: 'pnpk'>
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..decision import Decision, Reason, Text, Undetermined
from ..law import KC, UOPK, Citation
from ..models import Customer, PersonKind
from ..reasons import missing_summary
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule


class Status(StrEnum):
    """The buyer's status for consumer law."""

    CONSUMER = "consumer"
    PNPK = "pnpk"
    """Przedsiębiorca na prawach konsumenta: a sole trader with consumer rights for this
    contract (withdrawal, conformity, abusive clauses; not the complaint-reply rule)."""
    TRADER = "trader"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    Status.CONSUMER: Text("konsument", "consumer"),
    Status.PNPK: Text("przedsiębiorca na prawach konsumenta", "sole trader with consumer rights"),
    Status.TRADER: Text("przedsiębiorca", "trader"),
}

StatusDecision = Decision[Status]
RULE = "status.customer"
_CONSUMER_DEF = KC.art("22¹")
_PNPK_2021 = (UOPK.art("38a"),)
_PNPK_2023 = (UOPK.art("7aa", "1"),)
_DECLARATION = (UOPK.art("7aa", "2"),)

_SUMMARIES = {
    status: Reason(
        RULE,
        "Kupujący jest w tej umowie: {status}.",
        "For this contract the buyer is a {status}.",
        params={"status": status.label},
    )
    for status in Status
}


def _decided(status: Status, on: date, *reasons: Reason) -> StatusDecision:
    return Decision(
        rule=RULE, outcome=status, summary=_SUMMARIES[status], reasons=reasons, law_as_of=on
    )


def _undetermined(missing: str, on: date, *reasons: Reason) -> StatusDecision:
    summary = missing_summary(
        RULE,
        "Nie da się ustalić statusu kupującego",
        "The buyer's status cannot be determined",
        (missing,),
    )
    return Decision(
        rule=RULE, outcome=Undetermined((missing,)), summary=summary, reasons=reasons, law_as_of=on
    )


_NEVER_A_CONSUMER = Reason(
    RULE,
    "Osoba prawna ani spółka osobowa nie jest konsumentem.",
    "A legal person or a partnership is never a consumer.",
    (_CONSUMER_DEF,),
)
_PURPOSE_UNKNOWN = Reason(
    RULE,
    "Nie wiadomo, czy umowa jest bezpośrednio związana z działalnością gospodarczą lub "
    "zawodową kupującego.",
    "It is not known whether the contract is directly connected with the buyer's business or "
    "profession.",
    (_CONSUMER_DEF,),
)
# Art. 22¹ KC speaks of "działalność gospodarcza lub zawodowa": both words, so that a
# profession (an advocate, a doctor) is not read out of the definition.
_PRIVATE_PURPOSE = Reason(
    RULE,
    "Osoba fizyczna zawiera umowę niezwiązaną bezpośrednio ze swoją działalnością gospodarczą "
    "lub zawodową.",
    "A natural person contracts for a purpose not directly connected with their business or "
    "profession.",
    (_CONSUMER_DEF,),
)
_BUSINESS_PURPOSE = Reason(
    RULE,
    "Osoba fizyczna zawiera umowę bezpośrednio związaną ze swoją działalnością gospodarczą lub "
    "zawodową.",
    "A natural person contracts directly in connection with their business or profession.",
    (_CONSUMER_DEF,),
)


def _consumer_or_business(customer: Customer, on: date) -> StatusDecision | Reason:
    """Art. 22¹ KC: decide consumer or trader, or say the buyer acts for a business."""
    if customer.kind is not PersonKind.NATURAL_PERSON:
        return _decided(Status.TRADER, on, _NEVER_A_CONSUMER)
    if customer.for_business is None:
        return _undetermined("customer.for_business", on, _PURPOSE_UNKNOWN)
    if not customer.for_business:
        return _decided(Status.CONSUMER, on, _PRIVATE_PURPOSE)
    return _BUSINESS_PURPOSE


_TITLE = Text("Status kupującego", "Buyer's status")
_SUMMARY = Text(
    "Konsument, przedsiębiorca na prawach konsumenta albo przedsiębiorca, według stanu na dzień "
    "zawarcia umowy.",
    "Consumer, sole trader with consumer rights, or trader, as of the day the contract is "
    "concluded.",
)


@legacy_rule(
    RULE,
    title=_TITLE,
    summary=_SUMMARY,
    basis=(_CONSUMER_DEF,),
    valid_from=date(2014, 12, 25),
    valid_until=date(2020, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _status_before_pnpk(customer: Customer, on: date) -> StatusDecision:
    """Before 2021 only art. 22¹ KC: a natural person buying for business is a trader."""
    step = _consumer_or_business(customer, on)
    if isinstance(step, Decision):
        return step
    return _decided(Status.TRADER, on, step, _NO_PNPK_YET)


# The first sentence is the conclusion; the second says which provisions began PNPK and when,
# citing them in the wording the act of 31.07.2019 gave them.
_NO_PNPK_YET = Reason(
    RULE,
    "Umowy zawarte przed 1 stycznia 2021 r. nie dają przedsiębiorcy praw konsumenta. "
    "Przepisy o przedsiębiorcy na prawach konsumenta, dodane ustawą z 31 lipca 2019 r. "
    "(Dz.U. 2019 poz. 1495), stosuje się do umów zawartych od tego dnia.",
    "Contracts concluded before 1 January 2021 give a trader no consumer rights. "
    "The provisions on sole traders with consumer rights, added by the act of 31 July 2019 "
    "(Dz.U. 2019 poz. 1495), apply to contracts concluded from that day.",
    (UOPK.art("38a"), KC.art("556⁴")),
)
_PROFESSIONAL = {
    True: Text("ma charakter zawodowy", "has a professional character"),
    False: Text("nie ma charakteru zawodowego", "has no professional character"),
}


@dataclass(frozen=True, slots=True)
class _PnpkTest:
    """The reasons of the PNPK test in one version's wording, built once at import."""

    registration_unknown: Reason
    not_registered: Reason
    character_unknown: Reason
    content_shows: dict[bool, Reason]
    declared: dict[bool, Reason] | None
    """``None`` before the buyer's declaration counted (art. 7aa ust. 2, from 2025-11-27)."""


def _pnpk_test(basis: tuple[Citation, ...], *, declaration_counts: bool) -> _PnpkTest:
    declared = {
        professional: Reason(
            RULE,
            "Treść umowy tego nie przesądza, a kupujący oświadczył, że umowa {character} "
            "dla niego.",
            "The contract's content leaves it open and the buyer declared that it {character} "
            "for them.",
            _DECLARATION,
            {"character": character},
        )
        for professional, character in _PROFESSIONAL.items()
    }
    return _PnpkTest(
        Reason(
            RULE,
            "Nie wiadomo, czy kupujący prowadzi działalność wpisaną do CEIDG.",
            "It is not known whether the buyer runs a business entered in CEIDG.",
            basis,
        ),
        Reason(
            RULE,
            "Kupujący nie prowadzi jednoosobowej działalności wpisanej do CEIDG.",
            "The buyer runs no sole-trader business entered in CEIDG.",
            basis,
        ),
        Reason(
            RULE,
            "Nie wiadomo, czy umowa ma dla kupującego charakter zawodowy.",
            "It is not known whether the contract has a professional character for the buyer.",
            basis,
        ),
        {
            professional: Reason(
                RULE,
                "Z treści umowy wynika, że umowa {character} dla kupującego.",
                "The contract's content shows that it {character} for the buyer.",
                basis,
                {"character": character},
            )
            for professional, character in _PROFESSIONAL.items()
        },
        declared if declaration_counts else None,
    )


def _pnpk(customer: Customer, on: date, law: _PnpkTest) -> StatusDecision:
    """Art. 22¹ KC, then the PNPK test: CEIDG business, professional character, declaration."""
    step = _consumer_or_business(customer, on)
    if isinstance(step, Decision):
        return step
    if customer.registered_business is None:
        return _undetermined("customer.registered_business", on, step, law.registration_unknown)
    if not customer.registered_business:
        return _decided(Status.TRADER, on, step, law.not_registered)
    professional = customer.professional_character
    if professional is not None:
        settled_by = law.content_shows[professional]
    elif law.declared is not None and customer.declared_professional is not None:
        professional = customer.declared_professional
        settled_by = law.declared[professional]
    else:
        return _undetermined("customer.professional_character", on, step, law.character_unknown)
    return _decided(Status.TRADER if professional else Status.PNPK, on, step, settled_by)


_PNPK_2021_TEST = _pnpk_test(_PNPK_2021, declaration_counts=False)
_PNPK_2023_TEST = _pnpk_test(_PNPK_2023, declaration_counts=False)
_DECLARATION_TEST = _pnpk_test(_PNPK_2023, declaration_counts=True)
_PNPK_INTERPRETATION = Interpretation(
    "Charakter zawodowy ocenia się przede wszystkim po kodach PKD w CEIDG; ustawa mówi "
    "„w szczególności”, więc biblioteka przyjmuje też wprost podany fakt "
    "(customer.professional_character).",
    "Professional character is judged mainly from the PKD codes in CEIDG; the act says "
    "'in particular', so the library also accepts it as an explicit fact "
    "(customer.professional_character).",
)


@legacy_rule(
    RULE,
    basis=(_CONSUMER_DEF, UOPK.art("38a"), KC.art("385⁵"), KC.art("556⁴"), KC.art("556⁵")),
    valid_from=date(2021, 1, 1),
    valid_until=date(2022, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_PNPK_INTERPRETATION,),
)
def _status_pnpk_2021(customer: Customer, on: date) -> StatusDecision:
    """2021-2022: PNPK under art. 38a UoPK (withdrawal) and art. 385⁵, 556⁴-556⁵ KC."""
    return _pnpk(customer, on, _PNPK_2021_TEST)


@legacy_rule(
    RULE,
    basis=(_CONSUMER_DEF, UOPK.art("7aa", "1"), KC.art("385⁵"), KC.art("556⁴"), KC.art("556⁵")),
    valid_from=date(2023, 1, 1),
    valid_until=date(2025, 11, 26),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _status_pnpk_2023(customer: Customer, on: date) -> StatusDecision:
    """2023 to 2025-11-26: PNPK under art. 7aa ust. 1 UoPK (chapters 4, 5a and 5b), and
    art. 385⁵, 556⁴-556⁵ KC."""
    return _pnpk(customer, on, _PNPK_2023_TEST)


@legacy_rule(
    RULE,
    basis=(
        _CONSUMER_DEF,
        UOPK.art("7aa", "1"),
        UOPK.art("7aa", "2"),
        KC.art("385⁵", "1¹"),
        KC.art("556⁴", "2"),
        KC.art("556⁵", "2"),
    ),
    valid_from=date(2025, 11, 27),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _status_with_declaration(customer: Customer, on: date) -> StatusDecision:
    """From 2025-11-27: the buyer's declaration settles what the contract leaves open (art.
    7aa ust. 2 UoPK; the same in art. 385⁵ § 1¹, 556⁴ § 2 and 556⁵ § 2 KC)."""
    return _pnpk(customer, on, _DECLARATION_TEST)


_STATUS = REGISTRY[RULE]

_EXTENSION: dict[Callable[..., StatusDecision], tuple[Citation, ...]] = {
    _status_before_pnpk: (),
    _status_pnpk_2021: _PNPK_2021,
    _status_pnpk_2023: _PNPK_2023,
    _status_with_declaration: _PNPK_2023,
}


def consumer_rights_extension(concluded_on: date) -> tuple[Citation, ...]:
    """The provision of the Consumer Rights Act that extends consumer rights to a sole trader
    (PNPK) under a contract concluded on ``concluded_on``: none before 2021, art. 38a UoPK for
    2021-2022, art. 7aa ust. 1 UoPK from 2023. Chosen by the version of this rule, so that a
    rule citing it never compares dates itself.

    >>> [c.pl() for c in consumer_rights_extension(date(2022, 6, 1))]
    ['art. 38a UoPK']
    """
    return _EXTENSION[_STATUS.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on}).func]


@entry(RULE)
def customer_status(customer: Customer, concluded_on: date) -> StatusDecision:
    """The buyer's status for a contract concluded on ``concluded_on``."""
    version = _STATUS.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: StatusDecision = version.func(customer, concluded_on)
    return decision
