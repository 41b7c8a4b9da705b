"""Facts about conformity with the contract, the remedies ladder, and a product's activity codes.

* :class:`ConformityFacts`: when the goods were delivered or the digital content supplied,
  what the contract says about the liability period, and the facts that change it
  (a longer shelf life, used goods, fraudulent concealment, a B2B exclusion).
* :class:`RemedyFacts`: what has happened since the consumer raised the non-conformity,
  which decides whether the second step of the ladder (price reduction, withdrawal) is open.
* :class:`ProductActivity`: the PKD classes of the activity a product serves, for judging
  whether a purchase has a professional character for a sole trader.

Flags that describe an exception someone has to prove (fraudulent concealment, used goods,
a contractual exclusion, a rebutted significance, an incompatible digital environment)
default to ``False``, meaning *not established*: the law's own rule applies until the
exception is shown, and the party relying on it carries the burden of proof (art. 6 KC).
The conformity rules register this reading as an interpretation, and a decision whose
outcome fraudulent concealment would change says so in its summary. Dates that the answer
is counted from have no default; a date that only some cases need (``occurred_on``) is
asked for, as a missing fact, when the case needs it.

>>> from datetime import date
>>> ConformityFacts(delivered_on=date(2024, 2, 29)).delivered_on.isoformat()
'2024-02-29'
>>> ConformityFacts(delivered_on=date(2026, 3, 1), supply_ends_on=date(2026, 2, 1))
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for ConformityFacts
supply_ends_on
  Value error, the supply cannot end (2026-02-01) before it starts (2026-03-01) ...
>>> ProductActivity(pkd_classes=("43.21.Z", "47.41")).pkd_classes
('43.21', '47.41')
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field, PositiveInt, StrictBool, field_validator

from .base import Fact, not_before

_PKD_CLASS = re.compile(r"^(\d{2}\.\d{2})(\.[A-Z])?$")


def _pkd_class(code: str) -> str:
    # The class (klasa) is the first four digits: "43.21.Z" and "43.21" name the same class.
    match = _PKD_CLASS.match(code.strip().upper())
    if match is None:
        raise ValueError(
            f"a PKD class looks like '43.21' (or a subclass such as '43.21.Z'), not {code!r}"
        )
    return match.group(1)


PkdClass = Annotated[str, AfterValidator(_pkd_class)]
"""A PKD class (``"43.21"``); a subclass code (``"43.21.Z"``) is accepted and cut to its class."""


class ConformityFacts(Fact):
    """Delivery or supply, and the contract terms that shape the trader's liability."""

    delivered_on: date = Field(
        description=(
            "Goods: the day of delivery (dostarczenie, wydanie rzeczy). Digital content "
            "or a digital service supplied once or in parts: the day of supply. "
            "Continuous supply: its first day."
        )
    )
    supply_ends_on: date | None = Field(
        default=None,
        description=(
            "Continuous supply of digital content or a digital service (or of the digital "
            "elements of goods): the last day of the supply period under the contract."
        ),
    )
    occurred_on: date | None = Field(
        default=None,
        description=(
            "Continuous supply only (digital content or a digital service, art. 43l ust. 3 "
            "UoPK, or the digital elements of goods, art. 43c ust. 3 UoPK): the day the "
            "non-conformity occurred (wystąpił), when it appeared after the supply period "
            "ended. The trader is liable for a non-conformity that occurred OR appeared during "
            "the supply period, so for one that appeared later this fact decides."
        ),
    )
    digital_elements_nonconforming: StrictBool | None = Field(
        default=None,
        description=(
            "Goods whose digital elements are supplied continuously (``supply_ends_on`` given): "
            "``True`` if the non-conformity is of the digital elements (art. 43c ust. 3 UoPK: "
            "liability for the whole supply period), ``False`` if of the goods otherwise (art. "
            "43c ust. 1: two years from delivery); ``None``: not known, asked for where the two "
            "readings give different answers."
        ),
    )
    shelf_life_until: date | None = Field(
        default=None,
        description=(
            "Goods only: the last day of the shelf life (termin przydatności do użycia) "
            "declared by the trader or the producer, when it runs past the two years "
            "(art. 43c ust. 1 UoPK, art. 568¹ KC)."
        ),
    )
    immovable: StrictBool | None = Field(
        default=None,
        description=(
            "The thing sold is an immovable (nieruchomość: land, a building, a flat as a "
            "separate property). Rękojmia then covers defects found within five years of "
            "delivery, not two (art. 568 § 1 KC); chapter 5a UoPK covers movables only and an "
            "immovable under it is refused. ``None``: not known, asked for where it decides."
        ),
    )
    used_goods: StrictBool = Field(
        default=False, description="The goods were used (rzecz używana)."
    )
    contractual_period_months: PositiveInt | None = Field(
        default=None,
        le=1200,
        description=(
            "The liability period the contract sets, in months, when it departs from the "
            "statute (a B2B limitation or extension, art. 558 § 1 KC; used goods to a "
            "consumer, art. 568 § 1 KC). Whether it binds is for the rule to decide."
        ),
    )
    liability_excluded: StrictBool = Field(
        default=False,
        description="The contract excludes liability for defects (rękojmia) altogether.",
    )
    fraudulently_concealed: StrictBool = Field(
        default=False,
        description=(
            "It is established that the trader fraudulently concealed the defect "
            "(podstępne zatajenie; art. 43c ust. 2 UoPK, art. 558 § 2 and 568 § 6 KC)."
        ),
    )
    incompatible_environment_disclosed: StrictBool = Field(
        default=False,
        description=(
            "Digital content or services: the trader shows that the consumer's digital "
            "environment is incompatible with technical requirements it disclosed clearly "
            "before the contract (art. 43l ust. 5 UoPK)."
        ),
    )
    consumer_refused_cooperation: StrictBool = Field(
        default=False,
        description=(
            "Digital content or services: the consumer refused the cooperation needed to "
            "check the cause of the non-conformity in their digital environment (art. 43l "
            "ust. 5 UoPK)."
        ),
    )

    _supply_ends_after_it_starts = field_validator("supply_ends_on")(
        not_before("delivered_on", "the supply cannot end ({value}) before it starts ({earlier})")
    )

    # A non-conformity of content supplied continuously is a failure of what is supplied:
    # it cannot occur before the supply starts.
    _occurred_after_supply_began = field_validator("occurred_on")(
        not_before(
            "delivered_on",
            "a non-conformity cannot occur ({value}) before the supply starts ({earlier})",
        )
    )

    _shelf_life_after_delivery = field_validator("shelf_life_until")(
        not_before(
            "delivered_on", "a shelf life ending {value} ended before the delivery ({earlier})"
        )
    )


class RemedyFacts(Fact):
    """What happened after the consumer raised the non-conformity (art. 43d-43e, 43m-43n UoPK).

    Each of the first five flags is one of the cases in which the consumer may move on to a
    price reduction or withdrawal, in the order of art. 43e ust. 1 pkt 1-5 (art. 43n ust. 1
    pkt 1-5 for digital content and services).
    """

    trader_refused: StrictBool = Field(
        default=False,
        description=(
            "The trader refused to bring the goods into conformity because repair and "
            "replacement are both impossible or would cost it disproportionately (art. "
            "43d ust. 2 zd. 2); for digital content: bringing it into conformity is impossible "
            "or disproportionate (art. 43m ust. 2)."
        ),
    )
    not_brought_into_conformity: StrictBool = Field(
        default=False,
        description=(
            "The trader did not repair or replace as the law requires: within a "
            "reasonable time, without significant inconvenience, at its own cost (art. "
            "43d ust. 4-6; art. 43m ust. 3)."
        ),
    )
    persists_after_attempt: StrictBool = Field(
        default=False,
        description=(
            "The non-conformity persists although the trader tried to bring the goods or "
            "the digital content into conformity."
        ),
    )
    serious_enough_to_skip_first_step: StrictBool = Field(
        default=False,
        description=(
            "The non-conformity is so serious that it justifies a price reduction or "
            "withdrawal without first asking for repair, replacement or bringing into "
            "conformity."
        ),
    )
    trader_clearly_will_not: StrictBool = Field(
        default=False,
        description=(
            "The trader's statement or the circumstances clearly show that it will not "
            "bring the goods or digital content into conformity in a reasonable time or "
            "without significant inconvenience to the consumer."
        ),
    )
    shown_insignificant: StrictBool = Field(
        default=False,
        description=(
            "The trader proved that the non-conformity is insignificant: significance is "
            "presumed (art. 43e ust. 4, art. 43n ust. 3 UoPK), so this is ``False`` until "
            "proven."
        ),
    )


class ProductActivity(Fact):
    """The kinds of business activity a product serves, as PKD classes.

    A shop that tags its products or categories with the PKD classes of the trades that use
    them (cables: 43.21, electrical installation work) can compare them with a sole trader's
    CEIDG codes.
    """

    pkd_classes: tuple[PkdClass, ...] = Field(
        min_length=1,
        max_length=200,
        description='PKD classes (``"43.21"``) or subclasses (``"43.21.Z"``, cut to the class).',
    )
    category: str | None = Field(
        default=None,
        max_length=200,
        description="The shop's category or product name, for the reasons shown to people.",
    )
