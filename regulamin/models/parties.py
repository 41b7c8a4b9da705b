"""Who buys: the customer facts that decide consumer, PNPK or trader status.

The law asks three questions, in this order (art. 22¹ KC, art. 7aa UoPK):

1. Is the buyer a natural person? Companies and partnerships never are consumers or PNPK.
2. Is the contract directly connected with their business or profession?
3. If it is, and they run a sole-trader business, does it have a *professional character*
   for them (judged from the contract and, in particular, the PKD codes in CEIDG), or did
   they declare it professional or not (possible for contracts from 2025-11-27)?

A fact left as ``None`` is *unknown*, never *no*: the status rule then answers
"undetermined" and names the fact it needs.

>>> Customer.consumer().kind
<PersonKind.NATURAL_PERSON: 'natural_person'>
>>> Customer.company().for_business
True
>>> Customer.sole_trader(pkd_codes=("43.21.Z",)).pkd_codes
('43.21.Z',)
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field, StrictBool, ValidationInfo, field_validator

from .base import Fact

_PKD = re.compile(r"^\d{2}\.\d{2}\.[A-Z]$")


def _pkd_code(code: str) -> str:
    code = code.strip().upper()
    if not _PKD.match(code):
        raise ValueError(f"a PKD code looks like '43.21.Z' (division.class.subclass), not {code!r}")
    return code


PkdCode = Annotated[str, AfterValidator(_pkd_code)]
"""A PKD subclass code as registered in CEIDG, e.g. ``"62.01.Z"``."""


class Status(StrEnum):
    """The buyer's status for consumer law (decided by the rule ``status.customer``)."""

    CONSUMER = "consumer"
    PNPK = "pnpk"
    """Przedsiębiorca na prawach konsumenta: a sole trader with consumer rights for this
    contract (withdrawal, conformity, abusive clauses; not the complaint-reply rule)."""
    TRADER = "trader"


class PersonKind(StrEnum):
    """The legal form of the buyer."""

    NATURAL_PERSON = "natural_person"
    """Osoba fizyczna, with or without a sole-trader business. The partners of a spółka
    cywilna are natural persons too (a spółka cywilna is a contract, art. 860 KC, not an
    organisational unit with legal capacity): each partner, registered in CEIDG, may be a
    consumer or a PNPK (art. 7aa UoPK), so give such a buyer as ``NATURAL_PERSON``."""
    LEGAL_PERSON = "legal_person"
    """Osoba prawna: a company limited by shares, a foundation, an association..."""
    ORGANISATIONAL_UNIT = "organisational_unit"
    """Jednostka organizacyjna with legal capacity: partnerships (sp.j., sp.k., sp.p.), but
    not a spółka cywilna, whose partners are natural persons (``NATURAL_PERSON``)."""


class Customer(Fact):
    """The buyer, as far as consumer law is concerned."""

    kind: PersonKind = Field(
        description="Legal form: a natural person, a legal person or a partnership."
    )
    for_business: StrictBool | None = Field(
        default=None,
        description=(
            "Is the contract directly connected with the buyer's business or profession? "
            "``None`` when the shop does not know (a NIP on the invoice alone does not "
            "answer it)."
        ),
    )
    registered_business: StrictBool | None = Field(
        default=None,
        description=(
            "Does the natural person run a business entered in CEIDG (jednoosobowa działalność)?"
        ),
    )
    professional_character: StrictBool | None = Field(
        default=None,
        description=(
            "Does the contract have a professional character for this business, as its "
            "content shows (art. 7aa ust. 1 UoPK)? ``None`` if the contract does not show "
            "it."
        ),
    )
    declared_professional: StrictBool | None = Field(
        default=None,
        description=(
            "The buyer's own declaration, made at the latest at conclusion, that the "
            "contract is (``True``) or is not (``False``) professional for them (art. 7aa "
            "ust. 2 UoPK, contracts from 2025-11-27)."
        ),
    )
    pkd_codes: tuple[PkdCode, ...] = Field(
        default=(),
        max_length=200,
        description="The business's registered activity codes (PKD) from CEIDG.",
    )

    @field_validator("for_business")
    @classmethod
    def _companies_always_act_for_business(
        cls, value: bool | None, info: ValidationInfo
    ) -> bool | None:
        if value is False and info.data.get("kind") not in (None, PersonKind.NATURAL_PERSON):
            raise ValueError("a company or partnership always contracts for its business")
        return value

    @field_validator("pkd_codes")
    @classmethod
    def _pkd_codes_need_a_business(
        cls, value: tuple[str, ...], info: ValidationInfo
    ) -> tuple[str, ...]:
        if value and info.data.get("registered_business") is False:
            raise ValueError("a buyer without a registered business has no PKD codes")
        return value

    @classmethod
    def consumer(cls) -> Customer:
        """A natural person buying for purposes outside any business or profession."""
        return cls(kind=PersonKind.NATURAL_PERSON, for_business=False)

    @classmethod
    def company(cls, kind: PersonKind = PersonKind.LEGAL_PERSON) -> Customer:
        """A company or a partnership: always a trader."""
        return cls(kind=kind, for_business=True)

    @classmethod
    def sole_trader(
        cls,
        *,
        pkd_codes: tuple[str, ...] = (),
        professional_character: bool | None = None,
        declared_professional: bool | None = None,
    ) -> Customer:
        """A natural person with a CEIDG business, buying for that business."""
        return cls(
            kind=PersonKind.NATURAL_PERSON,
            for_business=True,
            registered_business=True,
            pkd_codes=pkd_codes,
            professional_character=professional_character,
            declared_professional=declared_professional,
        )
