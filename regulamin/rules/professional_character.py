"""Professional character judged from PKD codes: a helper for the PNPK test.

**Art. 7aa ust. 1 UoPK** (contracts from 2023-01-01; art. 38a UoPK and art. 385⁵, 556⁴ KC
for contracts of 2021-2022). A sole trader gets the consumer's rights for a contract directly
connected with their business when its content shows that it has no *professional
character* for them, "arising in particular from the subject of their business activity,
made available under the CEIDG rules": the PKD codes registered in CEIDG.

The helper compares the buyer's CEIDG codes with the PKD classes the shop gives its product
(or its category), at the level of the PKD **class** (the first four digits: ``43.21.Z`` is in
class ``43.21``). Interpretation: a shared class means the purchase has a professional
character; no shared class means it has none. CEIDG is evidence "in particular", not the
only evidence, so a shop that knows more (the contract's content, the buyer's declaration)
sets :attr:`Customer.professional_character` itself; otherwise it puts the helper's outcome
there and asks :func:`~regulamin.rules.status.customer_status`.

>>> from datetime import date
>>> from regulamin.models import Customer
>>> from regulamin.models.conformity import ProductActivity
>>> from regulamin.rules.status import customer_status
>>> electrician = Customer.sole_trader(pkd_codes=("43.21.Z",))
>>> cables = ProductActivity(pkd_classes=("43.21",), category="przewody elektryczne")
>>> professional_character(electrician, cables, date(2026, 3, 1)).outcome
True
>>> laptop = ProductActivity(pkd_classes=("47.41",), category="laptopy")
>>> judged = professional_character(electrician, laptop, date(2026, 3, 1))
>>> judged.outcome
False
>>> buyer = electrician.model_copy(update={"professional_character": judged.outcome})
>>> customer_status(buyer, date(2026, 3, 1)).outcome
<Status.PNPK: 'pnpk'>
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK, Citation
from ..models import Customer, PersonKind
from ..models.conformity import ProductActivity
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule

RULE = "status.professional_character"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProfessionalCharacterDecision(Decision[bool]):
    """``True``: the purchase has a professional character for the buyer (no PNPK rights)."""

    matching_classes: tuple[str, ...] = ()
    """The PKD classes shared by the buyer's CEIDG entry and the product."""


_CHARACTER = {
    True: Text("ma charakter zawodowy", "has a professional character"),
    False: Text("nie ma charakteru zawodowego", "has no professional character"),
}

_PKD_INTERPRETATION = Interpretation(
    "Charakter zawodowy ocenia się według klas PKD (pierwsze cztery cyfry): wspólna klasa "
    "kupującego w CEIDG i produktu oznacza charakter zawodowy, brak wspólnej klasy – jego brak. "
    "CEIDG jest kryterium przykładowym („w szczególności”): inne dowody mają pierwszeństwo i "
    "sklep podaje je wprost (customer.professional_character).",
    "Professional character is judged by PKD class (the first four digits): a class shared by "
    "the buyer's CEIDG entry and the product means a professional character, none shared means "
    "none. CEIDG is evidence 'in particular': other evidence prevails and the shop states it "
    "directly (customer.professional_character).",
)


_BASIS_2021: tuple[Citation, ...] = (UOPK.art("38a"),)
_BASIS_2023: tuple[Citation, ...] = (UOPK.art("7aa", "1"),)
_CAVEATS = {
    basis: Reason(
        RULE,
        "Kody PKD z CEIDG są kryterium przykładowym („w szczególności”); inne dowody z treści "
        "umowy mogą przesądzić inaczej (interpretacja).",
        "The CEIDG PKD codes are evidence 'in particular'; other evidence from the contract "
        "may decide otherwise (interpretation).",
        basis,
    )
    for basis in (_BASIS_2021, _BASIS_2023)
}
_EVIDENCE = {
    True: (
        "Klasy PKD produktu {category}({product}) pokrywają się z działalnością kupującego "
        "wpisaną do CEIDG w klasach: {shared}.",
        "The product's PKD classes {category}({product}) overlap the buyer's CEIDG activity "
        "in classes: {shared}.",
    ),
    False: (
        "Żadna z klas PKD produktu {category}({product}) nie należy do działalności "
        "kupującego wpisanej do CEIDG ({buyer}).",
        "None of the product's PKD classes {category}({product}) is among the buyer's CEIDG "
        "activity ({buyer}).",
    ),
}


def _class_of(code: str) -> str:
    # A CEIDG subclass "43.21.Z" belongs to class "43.21".
    return code[:5]


def _judge(
    customer: Customer, product: ProductActivity, on: date, basis: tuple[Citation, ...]
) -> ProfessionalCharacterDecision:
    if customer.kind is not PersonKind.NATURAL_PERSON:
        raise InvalidFacts(
            "customer.kind",
            "only a natural person's sole-trader business can be a PNPK; professional "
            "character is not asked of companies or partnerships",
        )
    if not customer.pkd_codes:
        summary = Reason(
            RULE,
            "Nie da się ocenić charakteru zawodowego umowy: brak kodów PKD kupującego z CEIDG.",
            "Professional character cannot be judged: the buyer's CEIDG PKD codes are missing.",
            basis,
        )
        return ProfessionalCharacterDecision(
            rule=RULE, outcome=Undetermined(("customer.pkd_codes",)), summary=summary, law_as_of=on
        )
    buyer_classes = tuple(dict.fromkeys(_class_of(code) for code in customer.pkd_codes))
    shared = tuple(c for c in product.pkd_classes if c in buyer_classes)
    professional = bool(shared)
    name = product.category
    what = Text(f"„{name}” ", f"'{name}' ") if name else Text("", "")
    params = {
        "buyer": buyer_classes,
        "product": product.pkd_classes,
        "shared": shared,
        "category": what,
        "character": _CHARACTER[professional],
    }
    evidence = Reason(RULE, *_EVIDENCE[professional], basis, params)
    summary = Reason(
        RULE,
        "Według kodów PKD umowa {character} dla kupującego.",
        "Judged by the PKD codes, the contract {character} for the buyer.",
        params=params,
    )
    return ProfessionalCharacterDecision(
        rule=RULE,
        outcome=professional,
        summary=summary,
        reasons=(evidence, _CAVEATS[basis]),
        law_as_of=on,
        matching_classes=shared,
    )


_TITLE = Text("Charakter zawodowy umowy według kodów PKD", "Professional character by PKD codes")
_SUMMARY = Text(
    "Pomocnicza ocena charakteru zawodowego umowy dla przedsiębiorcy na prawach konsumenta: "
    "porównanie klas PKD kupującego z CEIDG z klasami PKD produktu.",
    "A helper for the PNPK test: compares the buyer's CEIDG PKD classes with the product's.",
)


@legacy_rule(
    RULE,
    title=_TITLE,
    summary=_SUMMARY,
    basis=(UOPK.art("38a"), KC.art("385⁵"), KC.art("556⁴")),
    valid_from=date(2021, 1, 1),
    valid_until=date(2022, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_PKD_INTERPRETATION,),
)
def _professional_character_2021(
    customer: Customer, product: ProductActivity, on: date
) -> ProfessionalCharacterDecision:
    """2021-2022: art. 38a UoPK (withdrawal) and art. 385⁵, 556⁴ KC speak of a contract with
    no professional character "arising in particular from the subject of the business
    activity made available in CEIDG"; judged here by PKD class (interpretation)."""
    return _judge(customer, product, on, _BASIS_2021)


@legacy_rule(
    RULE,
    basis=(UOPK.art("7aa", "1"),),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _professional_character_2023(
    customer: Customer, product: ProductActivity, on: date
) -> ProfessionalCharacterDecision:
    """From 2023: art. 7aa ust. 1 UoPK, the same test; judged here by PKD class
    (interpretation)."""
    return _judge(customer, product, on, _BASIS_2023)


_RULE = REGISTRY[RULE]


@entry(RULE)
def professional_character(
    customer: Customer, product: ProductActivity, concluded_on: date
) -> ProfessionalCharacterDecision:
    """Does buying ``product`` have a professional character for this sole trader, judged by
    the PKD codes? Contracts before 2021 know no PNPK and are not covered."""
    version = _RULE.version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    decision: ProfessionalCharacterDecision = version.func(customer, product, concluded_on)
    return decision


__all__ = ["ProfessionalCharacterDecision", "professional_character"]
