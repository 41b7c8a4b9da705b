"""Customer status (art. 22¹ KC, art. 38a / 7aa UoPK), keyed on the contract's conclusion."""

from datetime import date

import pytest

from regulamin import Customer, PersonKind, Status, customer_status
from regulamin.decision import Undetermined
from regulamin.errors import LawNotCovered
from regulamin.law import UOPK
from regulamin.registry import REGISTRY, KeyDate
from regulamin.rules.status import consumer_rights_extension


def test_a_natural_person_buying_privately_is_a_consumer() -> None:
    decision = customer_status(Customer.consumer(), date(2026, 12, 1))
    assert decision.outcome is Status.CONSUMER
    assert "art. 22¹ KC" in decision.explain("pl")


@pytest.mark.parametrize("kind", [PersonKind.LEGAL_PERSON, PersonKind.ORGANISATIONAL_UNIT])
def test_companies_and_partnerships_are_traders_even_when_facts_are_missing(
    kind: PersonKind,
) -> None:
    # Art. 22¹ KC speaks of natural persons only; art. 7aa likewise: no further fact matters
    assert customer_status(Customer(kind=kind), date(2026, 1, 1)).outcome is Status.TRADER


def test_unknown_purpose_is_undetermined_not_a_guess() -> None:
    decision = customer_status(Customer(kind=PersonKind.NATURAL_PERSON), date(2026, 1, 1))
    assert decision.missing == ("customer.for_business",)


# The electrician of LAW.md §2: buying a laptop has no professional character for him.
electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)


@pytest.mark.parametrize(
    ("concluded_on", "status"),
    [
        (date(2020, 12, 31), Status.TRADER),  # PNPK exists only for contracts from 2021-01-01
        (date(2021, 1, 1), Status.PNPK),  # art. 38a UoPK, art. 385⁵ KC
        (date(2023, 1, 1), Status.PNPK),  # art. 7aa ust. 1 UoPK
        (date(2026, 12, 1), Status.PNPK),
    ],
)
def test_pnpk_exists_for_contracts_from_2021(concluded_on: date, status: Status) -> None:
    assert customer_status(electrician, concluded_on).outcome is status


def test_the_legal_basis_follows_the_version_of_the_law() -> None:
    assert "art. 38a UoPK" in customer_status(electrician, date(2022, 12, 31)).explain()
    assert "art. 7aa ust. 1 UoPK" in customer_status(electrician, date(2023, 1, 1)).explain()


def test_professional_purchases_stay_trader_purchases() -> None:
    buying_cables = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=True)
    assert customer_status(buying_cables, date(2026, 1, 1)).outcome is Status.TRADER


def test_the_declaration_settles_an_open_contract_only_from_2025_11_27() -> None:
    declared = Customer.sole_trader(declared_professional=False)
    # before 27.11.2025 the declaration rule did not exist: the fact is still missing
    before = customer_status(declared, date(2025, 11, 26))
    assert before.missing == ("customer.professional_character",)
    after = customer_status(declared, date(2025, 11, 27))
    assert after.outcome is Status.PNPK
    assert "art. 7aa ust. 2 UoPK" in after.explain()


def test_the_contract_content_prevails_over_the_declaration() -> None:
    # art. 7aa ust. 2: a declaration only where the content does not show the character
    buyer = Customer.sole_trader(professional_character=True, declared_professional=False)
    assert customer_status(buyer, date(2026, 1, 1)).outcome is Status.TRADER


def test_a_natural_person_without_ceidg_entry_buying_for_business_is_a_trader() -> None:
    buyer = Customer(kind="natural_person", for_business=True, registered_business=False)
    assert customer_status(buyer, date(2026, 1, 1)).outcome is Status.TRADER
    unknown = Customer(kind="natural_person", for_business=True)
    assert customer_status(unknown, date(2026, 1, 1)).missing == ("customer.registered_business",)


def test_contracts_before_the_consumer_rights_act_are_not_covered() -> None:
    with pytest.raises(LawNotCovered):
        customer_status(Customer.consumer(), date(2014, 12, 24))


# --- wording and bases (findings m3, m4, m6) ---------------------------------------------------


def test_the_purpose_is_worded_as_art_22_1_kc_words_it() -> None:
    # art. 22¹ KC: "niezwiązanej bezpośrednio z jej działalnością gospodarczą lub zawodową"
    private = customer_status(Customer.consumer(), date(2026, 1, 1)).explain("pl")
    assert "niezwiązaną bezpośrednio ze swoją działalnością gospodarczą lub zawodową" in private
    business = customer_status(electrician, date(2026, 1, 1)).explain("pl")
    assert "bezpośrednio związaną ze swoją działalnością gospodarczą lub zawodową" in business
    unknown = customer_status(Customer(kind=PersonKind.NATURAL_PERSON), date(2026, 1, 1))
    assert "działalnością gospodarczą lub zawodową" in unknown.explain("pl")


def test_no_pnpk_before_2021_cites_the_provisions_that_began_it() -> None:
    # art. 38a UoPK and art. 556⁴ KC, added by the act of 31.07.2019 (Dz.U. 2019 poz. 1495),
    # apply to contracts concluded from 1.01.2021
    text = customer_status(electrician, date(2020, 12, 31)).explain("pl")
    assert "(art. 38a UoPK, art. 556⁴ KC)" in text
    assert "Dz.U. 2019 poz. 1495" in text


def test_each_pnpk_version_lists_the_civil_code_provisions_of_law_md() -> None:
    status = REGISTRY["status.customer"]

    def basis_on(day: date) -> list[str]:
        version = status.version_for({KeyDate.CONTRACT_CONCLUDED: day})
        return [c.pl() for c in version.basis]

    assert {"art. 556⁴ KC", "art. 556⁵ KC"} <= set(basis_on(date(2022, 6, 1)))
    assert {"art. 556⁴ KC", "art. 556⁵ KC"} <= set(basis_on(date(2024, 6, 1)))
    # from 27.11.2025 the declaration: art. 7aa ust. 2 and 385⁵ § 1¹, 556⁴ § 2, 556⁵ § 2 KC
    assert {"art. 385⁵ § 1¹ KC", "art. 556⁴ § 2 KC", "art. 556⁵ § 2 KC"} <= set(
        basis_on(date(2026, 1, 1))
    )


def test_the_extension_of_consumer_rights_is_chosen_by_the_version_of_the_law() -> None:
    assert consumer_rights_extension(date(2020, 12, 31)) == ()
    assert consumer_rights_extension(date(2021, 1, 1)) == (UOPK.art("38a"),)
    assert consumer_rights_extension(date(2022, 12, 31)) == (UOPK.art("38a"),)
    assert consumer_rights_extension(date(2023, 1, 1)) == (UOPK.art("7aa", "1"),)
    assert consumer_rights_extension(date(2026, 1, 1)) == (UOPK.art("7aa", "1"),)


def test_a_declaration_before_it_counts_is_said_to_be_left_aside() -> None:
    # art. 7aa ust. 2 UoPK (Dz.U. 2025 poz. 1172) counts the declaration for contracts from
    # 27.11.2025: the day before it is left aside and the decision says so; from that day it
    # settles the status (declared not professional: PNPK)
    declared = Customer.sole_trader(pkd_codes=("43.21.Z",), declared_professional=False)
    before = customer_status(declared, date(2025, 11, 26))
    assert isinstance(before.outcome, Undetermined)
    assert "nie uwzględniono" in before.explain("pl")
    assert "art. 7aa ust. 2 UoPK" in before.explain("pl")
    on_the_day = customer_status(declared, date(2025, 11, 27))
    assert on_the_day.outcome is Status.PNPK
    assert "nie uwzględniono" not in on_the_day.explain("pl")
    # with the character shown by the contract, the declaration is still said to be ignored
    shown = Customer.sole_trader(
        pkd_codes=("43.21.Z",), professional_character=False, declared_professional=True
    )
    assert customer_status(shown, date(2024, 6, 1)).outcome is Status.PNPK
    assert "nie uwzględniono" in customer_status(shown, date(2024, 6, 1)).explain("pl")
