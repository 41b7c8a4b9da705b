"""Polish business identifiers in a shop's terms, checked by the registers' own rules."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from regulamin.terms.shop import Party


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        # CodeTwo's NIP as its terms give it: 6112622141. Weights 6 5 7 2 3 4 5 6 7 over the
        # first nine digits: 36+5+7+4+6+8+10+12+28 = 116, 116 mod 11 = 6 = the tenth digit.
        ("6112622141", "6112622141"),
        ("PL6112622141", "6112622141"),  # as a VAT number in the EU
        ("611-262-21-41", "6112622141"),
    ],
)
def test_a_trader_nip_is_checked_by_its_check_digit(written: str, stored: str) -> None:
    party = Party(name="CodeTwo", nip=written)
    assert party.nip == stored


@pytest.mark.parametrize(
    "written",
    [
        "6112622142",  # the same number with a wrong check digit (116 mod 11 is 6, not 2)
        "611262214",  # nine digits
        "٦١١٢٦٢٢١٤١",  # the right digits, but Arabic-Indic ones
    ],
)
def test_a_wrong_nip_is_refused_naming_the_field(written: str) -> None:
    with pytest.raises(ValidationError) as error:
        Party(name="CodeTwo", nip=written)
    assert error.value.errors()[0]["loc"] == ("nip",)


def test_regon_and_krs_are_checked() -> None:
    # REGON 123456785: weights 8 9 2 3 4 5 6 7 over 12345678: 8+18+6+12+20+30+42+56 = 192,
    # 192 mod 11 = 5 = the ninth digit; KRS is ten digits with no check digit
    party = Party(name="X", regon="123456785", krs="0000438398")
    assert (party.regon, party.krs) == ("123456785", "0000438398")
    with pytest.raises(ValidationError):
        Party(name="X", regon="123456786")
    with pytest.raises(ValidationError):
        Party(name="X", krs="43839")
