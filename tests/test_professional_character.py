"""The PKD helper: professional character judged by PKD class (art. 7aa ust. 1 UoPK; art. 38a
UoPK for 2021-2022), and its hand-over to the status rule."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models import Customer
from regulamin.models.conformity import ProductActivity
from regulamin.registry import REGISTRY
from regulamin.rules.professional_character import professional_character
from regulamin.rules.status import Status, customer_status

# LAW.md §2: an electrician (PKD 43.21.Z, electrical installation work)
electrician = Customer.sole_trader(pkd_codes=("43.21.Z",))
cables = ProductActivity(pkd_classes=("43.21",), category="przewody elektryczne")
laptop = ProductActivity(pkd_classes=("47.41", "62.01"), category="laptop")


def test_a_shared_pkd_class_means_a_professional_purchase() -> None:
    d = professional_character(electrician, cables, date(2026, 3, 1))
    assert d.outcome is True
    assert d.matching_classes == ("43.21",)
    assert "ma charakter zawodowy" in d.explain("pl")


def test_no_shared_class_means_no_professional_character_and_a_pnpk() -> None:
    d = professional_character(electrician, laptop, date(2026, 3, 1))
    assert d.outcome is False
    assert d.matching_classes == ()
    assert "w szczególności" in d.explain("pl")  # the interpretation is stated
    buyer = electrician.model_copy(update={"professional_character": d.outcome})
    assert customer_status(buyer, date(2026, 3, 1)).outcome is Status.PNPK


def test_matching_is_on_the_class_not_the_group_or_subclass() -> None:
    # 43.22 (plumbing) is the same group 43.2 as 43.21 but another class: no match
    plumbing = ProductActivity(pkd_classes=("43.22.Z",))
    assert professional_character(electrician, plumbing, date(2026, 3, 1)).outcome is False
    # a product tagged with a subclass is cut to its class: 43.21.Z matches 43.21.Z
    tagged = ProductActivity(pkd_classes=("43.21.Z",))
    assert professional_character(electrician, tagged, date(2026, 3, 1)).outcome is True


def test_without_the_buyers_pkd_codes_the_answer_is_undetermined() -> None:
    d = professional_character(Customer.sole_trader(), cables, date(2026, 3, 1))
    assert d.missing == ("customer.pkd_codes",)


def test_companies_are_never_asked() -> None:
    with pytest.raises(InvalidFacts, match=r"customer\.kind"):
        professional_character(Customer.company(), cables, date(2026, 3, 1))


def test_the_versions_follow_the_pnpk_law() -> None:
    assert (
        "art. 38a UoPK" in professional_character(electrician, cables, date(2022, 12, 31)).explain()
    )
    assert (
        "art. 7aa ust. 1 UoPK"
        in professional_character(electrician, cables, date(2023, 1, 1)).explain()
    )
    with pytest.raises(LawNotCovered):  # no PNPK before 2021
        professional_character(electrician, cables, date(2020, 12, 31))
    assert REGISTRY["status.professional_character"].interpretations


def test_malformed_pkd_classes_are_refused() -> None:
    with pytest.raises(ValidationError, match="pkd_classes"):
        ProductActivity(pkd_classes=("4321",))
    with pytest.raises(ValidationError, match="pkd_classes"):
        ProductActivity(pkd_classes=())


classes = st.builds(
    lambda division, klass: f"{division:02d}.{klass:02d}",
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=0, max_value=99),
)


@given(
    own=st.lists(classes, min_size=1, max_size=5),
    others=st.lists(classes, min_size=1, max_size=5),
    letter=st.sampled_from("ABZ"),
)
def test_the_outcome_is_whether_any_class_is_shared(
    own: list[str], others: list[str], letter: str
) -> None:
    # the subclass letter never matters: only the four digits of the class are compared
    buyer = Customer.sole_trader(pkd_codes=tuple(f"{c}.{letter}" for c in own))
    d = professional_character(buyer, ProductActivity(pkd_classes=tuple(others)), date(2026, 1, 1))
    assert d.outcome is bool(set(own) & set(others))
    with_own = ProductActivity(pkd_classes=(*others, own[0]))
    assert professional_character(buyer, with_own, date(2026, 1, 1)).outcome is True


def test_the_judgement_explained_in_each_language() -> None:
    d = professional_character(electrician, cables, date(2022, 3, 1))
    assert d.explain("pl") == "\n".join(
        [
            "Według kodów PKD umowa ma charakter zawodowy dla kupującego.",
            " - Klasy PKD produktu „przewody elektryczne” (43.21) pokrywają się z działalnością "
            "kupującego wpisaną do CEIDG w klasach: 43.21 (art. 38a UoPK).",
            " - Kody PKD z CEIDG są kryterium przykładowym („w szczególności”); inne dowody z "
            "treści umowy mogą przesądzić inaczej (interpretacja) (art. 38a UoPK).",
        ]
    )
    assert d.explain("en") == "\n".join(
        [
            "Judged by the PKD codes, the contract has a professional character for the buyer.",
            " - The product's PKD classes 'przewody elektryczne' (43.21) overlap the buyer's "
            "CEIDG activity in classes: 43.21 (Art. 38a UoPK).",
            " - The CEIDG PKD codes are evidence 'in particular'; other evidence from the "
            "contract may decide otherwise (interpretation) (Art. 38a UoPK).",
        ]
    )
    unnamed = ProductActivity(pkd_classes=("47.41", "62.01"))
    assert professional_character(electrician, unnamed, date(2026, 3, 1)).explain("uk") == (
        "\n".join(
            [
                "За кодами PKD договір не має професійного характеру для покупця.",
                " - Жоден із класів PKD товару (47.41, 62.01) не належить до діяльності "
                "покупця, внесеної до CEIDG (43.21) (art. 7aa ust. 1 UoPK).",
                " - Коди PKD з CEIDG є лише одним із критеріїв («зокрема»); інші докази зі "
                "змісту договору можуть вирішити інакше (тлумачення) (art. 7aa ust. 1 UoPK).",
            ]
        )
    )


def test_the_reasons_are_catalog_messages_with_their_values() -> None:
    d = professional_character(electrician, laptop, date(2026, 3, 1))
    assert d.summary.message == "status.professional_character.not_professional"
    evidence = d.reasons[0]
    assert evidence.message == "status.professional_character.none_shared_named"
    assert evidence.params is not None
    assert evidence.params["buyer"] == ("43.21",)
    assert evidence.params["product"] == ("47.41", "62.01")
    missing = professional_character(Customer.sole_trader(), cables, date(2026, 3, 1))
    assert missing.summary.text("uk") == (
        "Неможливо оцінити професійний характер договору: бракує кодів PKD покупця з CEIDG."
    )
