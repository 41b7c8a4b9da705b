"""What happened after a buyer raised a defect under rękojmia (art. 560-561 KC, contracts
before 2023, in the consumer wording of t.j. Dz.U. 2020 poz. 1740).

Every flag describes an exception the seller relies on and has to prove (art. 6 KC): it is
``False``, meaning *not established*, until shown, and the rule says what would change if it
were.

>>> RekojmiaFacts(seller_fixed_promptly=True).seller_fixed_promptly
True
"""

from __future__ import annotations

from pydantic import Field, StrictBool, model_validator

from .base import Fact


class RekojmiaFacts(Fact):
    """The facts of art. 560 § 1, § 4 and art. 561 § 3 KC."""

    repair_impossible_or_excessive: StrictBool = Field(
        default=False,
        description=(
            "The seller shows that removing the defect (repair) is impossible or would cost "
            "excessively compared with replacement (art. 561 § 3 zd. 1 KC); for a trader "
            "buyer also where its cost exceeds the price (zd. 2)."
        ),
    )
    replacement_impossible_or_excessive: StrictBool = Field(
        default=False,
        description=(
            "The seller shows that replacing the thing is impossible or would cost "
            "excessively compared with repair (art. 561 § 3 zd. 1 KC); for a trader buyer "
            "also where its cost exceeds the price (zd. 2)."
        ),
    )
    already_replaced_or_repaired: StrictBool = Field(
        default=False,
        description=(
            "The seller has already replaced or repaired the thing once (art. 560 § 1 zd. 2 "
            "KC): it can no longer defeat a price reduction or withdrawal by doing so again."
        ),
    )
    seller_failed_to_replace_or_repair: StrictBool = Field(
        default=False,
        description=(
            "The seller did not replace the thing or remove the defect although the buyer "
            "demanded it and the seller was bound to (art. 560 § 1 zd. 2, 561 § 2 KC)."
        ),
    )
    seller_fixed_promptly: StrictBool = Field(
        default=False,
        description=(
            "After the buyer's statement reducing the price or withdrawing, the seller "
            "promptly and without excessive inconvenience to the buyer replaced the thing "
            "or removed the defect (art. 560 § 1 zd. 1 KC, 'chyba że')."
        ),
    )
    defect_insignificant: StrictBool = Field(
        default=False,
        description="The seller shows that the defect is insignificant (art. 560 § 4 KC).",
    )

    @model_validator(mode="after")
    def _fixed_promptly_is_not_a_failure(self) -> RekojmiaFacts:
        if self.seller_fixed_promptly and self.seller_failed_to_replace_or_repair:
            raise ValueError(
                "seller_fixed_promptly: a seller who failed to replace or repair did not fix "
                "the thing promptly"
            )
        return self
