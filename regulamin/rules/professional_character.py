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

from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import DIRECTIVES_2023, KC, PNPK_2021, UOPK, Citation
from ..messages import Message
from ..models import Customer, PersonKind
from ..models.conformity import ProductActivity
from ..registry import Interpretation, rule

RULE = "status.professional_character"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProfessionalCharacterDecision(Decision[bool]):
    """``True``: the purchase has a professional character for the buyer (no PNPK rights)."""

    matching_classes: tuple[str, ...] = ()
    """The PKD classes shared by the buyer's CEIDG entry and the product."""


_BASIS_2021: tuple[Citation, ...] = (UOPK.art("38a"),)
_BASIS_2023: tuple[Citation, ...] = (UOPK.art("7aa", "1"),)


def _class_of(code: str) -> str:
    # A CEIDG subclass "43.21.Z" belongs to class "43.21".
    return code[:5]


_CHARACTER = {
    True: Message("status.professional_character.professional"),
    False: Message("status.professional_character.not_professional"),
}
_EVIDENCE = {
    # (a class is shared, the product is named by its category)
    (True, True): Message("status.professional_character.shared_named"),
    (True, False): Message("status.professional_character.shared"),
    (False, True): Message("status.professional_character.none_shared_named"),
    (False, False): Message("status.professional_character.none_shared"),
}


def _evidence(
    product: ProductActivity,
    buyer: tuple[str, ...],
    shared: tuple[str, ...],
    basis: tuple[Citation, ...],
) -> Reason:
    """What the PKD classes show: those the product shares with the buyer's CEIDG entry, or
    that it shares none; the product named by its category where the shop gives one."""
    message = _EVIDENCE[bool(shared), bool(product.category)]
    params = {
        "category": product.category,
        "product": product.pkd_classes,
        "shared": shared,
        "buyer": buyer,
    }
    return Reason(RULE, message.id, basis, params)


def _judge(
    customer: Customer, product: ProductActivity, on: date, basis: tuple[Citation, ...]
) -> ProfessionalCharacterDecision:
    """Compare the buyer's CEIDG classes with the product's (interpretation: by PKD class)."""
    if customer.kind is not PersonKind.NATURAL_PERSON:
        raise InvalidFacts(
            "customer.kind",
            "only a natural person's sole-trader business can be a PNPK; professional "
            "character is not asked of companies or partnerships",
        )
    if not customer.pkd_codes:
        summary = Reason(RULE, "status.professional_character.no_pkd_codes", basis)
        return ProfessionalCharacterDecision(
            rule=RULE, outcome=Undetermined(("customer.pkd_codes",)), summary=summary, law_as_of=on
        )
    buyer = tuple(dict.fromkeys(_class_of(code) for code in customer.pkd_codes))
    shared = tuple(c for c in product.pkd_classes if c in buyer)
    summary = Reason(RULE, _CHARACTER[bool(shared)].id)
    caveat = Reason(RULE, "status.professional_character.caveat", basis)
    return ProfessionalCharacterDecision(
        rule=RULE,
        outcome=bool(shared),
        summary=summary,
        reasons=(_evidence(product, buyer, shared, basis), caveat),
        law_as_of=on,
        matching_classes=shared,
    )


@rule(RULE, on="concluded_on")
def professional_character(
    customer: Customer, product: ProductActivity, concluded_on: date
) -> ProfessionalCharacterDecision:
    """Does buying ``product`` have a professional character for this sole trader, judged by
    the PKD codes? Contracts before 2021 know no PNPK and are not covered."""
    raise NotImplementedError  # the signature: the registry applies a version


@professional_character.version(
    since=PNPK_2021,
    until=DIRECTIVES_2023,
    basis=(UOPK.art("38a"), KC.art("385⁵"), KC.art("556⁴")),
    interpretations=(Interpretation("status.professional_character.by_pkd_class"),),
)
def _professional_character_2021(
    customer: Customer, product: ProductActivity, concluded_on: date
) -> ProfessionalCharacterDecision:
    """2021-2022: art. 38a UoPK (withdrawal) and art. 385⁵, 556⁴ KC speak of a contract with
    no professional character "arising in particular from the subject of the business
    activity made available in CEIDG"; judged here by PKD class (interpretation)."""
    return _judge(customer, product, concluded_on, _BASIS_2021)


@professional_character.version(since=DIRECTIVES_2023, basis=_BASIS_2023)
def _professional_character_2023(
    customer: Customer, product: ProductActivity, concluded_on: date
) -> ProfessionalCharacterDecision:
    """From 2023: art. 7aa ust. 1 UoPK, the same test; judged here by PKD class
    (interpretation)."""
    return _judge(customer, product, concluded_on, _BASIS_2023)


__all__ = ["ProfessionalCharacterDecision", "professional_character"]
