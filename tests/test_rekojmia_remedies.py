"""Rękojmia's remedies before 2023 (art. 560-561 KC, t.j. Dz.U. 2020 poz. 1740).

Each expectation is read off the articles by hand: art. 561 § 1 gives repair and
replacement, § 3 lets the seller refuse a way that is impossible or excessively costly;
art. 560 § 1 gives a price reduction or withdrawal at once unless the seller promptly fixes
the thing (not if it already replaced or repaired it, or failed to); § 4 bars withdrawal for
an insignificant defect; § 2 lets a consumer (a PNPK through art. 556⁴) swap the seller's
proposed way.
"""

from datetime import date

import pytest
from pydantic import ValidationError

from regulamin.errors import LawNotCovered
from regulamin.models import Contract, ContractType, Customer, Demand, RekojmiaFacts
from regulamin.registry import REGISTRY
from regulamin.rules.rekojmia_remedies import rekojmia_remedies

consumer = Customer.consumer()
company = Customer.company()
electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)
ALL = (Demand.REPAIR, Demand.REPLACEMENT, Demand.PRICE_REDUCTION, Demand.WITHDRAWAL)


def sale(concluded_on: date = date(2020, 5, 4)) -> Contract:
    return Contract(subject="goods", channel="distance", concluded_on=concluded_on)


def service(kc_type: ContractType | None, concluded_on: date = date(2020, 5, 4)) -> Contract:
    return Contract(subject="service", kc_type=kc_type, channel="distance",
                    concluded_on=concluded_on)


def basis(d: object, attr: str = "reasons") -> list[list[str]]:
    return [[c.pl() for c in r.basis] for r in getattr(d, attr)]


def test_a_consumer_may_use_every_remedy_at_once() -> None:
    # art. 561 § 1 (repair, replacement) and art. 560 § 1 (reduction, withdrawal at once,
    # no ladder); nothing shown by the seller: no refusal, no prompt fix, defect significant
    d = rekojmia_remedies(consumer, sale(), RekojmiaFacts())
    assert d.outcome == ALL
    assert d.seller_may_fix_instead is True  # the "chyba że" of art. 560 § 1 zd. 1
    assert ["art. 560 § 2 KC"] in basis(d)  # the consumer's swap of the proposed way
    assert d.not_applied == ()


def test_the_seller_who_fixes_promptly_defeats_reduction_and_withdrawal() -> None:
    # art. 560 § 1 zd. 1: the statement has no effect if the seller promptly replaces/repairs
    d = rekojmia_remedies(consumer, sale(), RekojmiaFacts(seller_fixed_promptly=True))
    assert d.outcome == (Demand.REPAIR, Demand.REPLACEMENT)
    assert d.seller_may_fix_instead is False
    assert ["art. 560 § 1 KC"] in basis(d, "not_applied")


@pytest.mark.parametrize(
    "facts",
    [
        RekojmiaFacts(already_replaced_or_repaired=True, seller_fixed_promptly=True),
        RekojmiaFacts(seller_failed_to_replace_or_repair=True),
    ],
)
def test_a_seller_who_already_fixed_or_failed_to_cannot_fix_instead(facts: RekojmiaFacts) -> None:
    # art. 560 § 1 zd. 2: the limitation does not apply; a second prompt fix changes nothing
    d = rekojmia_remedies(consumer, sale(), facts)
    assert d.outcome == ALL
    assert d.seller_may_fix_instead is False
    assert "nie może już temu zapobiec" in d.explain("pl")


def test_no_withdrawal_for_an_insignificant_defect() -> None:
    # art. 560 § 4; the price reduction stays (§ 1, § 3)
    shown = rekojmia_remedies(consumer, sale(), RekojmiaFacts(defect_insignificant=True))
    assert shown.outcome == (Demand.REPAIR, Demand.REPLACEMENT, Demand.PRICE_REDUCTION)
    assert ["art. 560 § 4 KC"] in basis(shown, "not_applied")
    # the other side: significance not disproved, withdrawal open
    assert rekojmia_remedies(consumer, sale(), RekojmiaFacts()).outcome == ALL


def test_the_seller_may_refuse_an_impossible_or_excessive_way() -> None:
    # art. 561 § 3 zd. 1: only the way shown impossible or excessive drops
    no_repair = rekojmia_remedies(
        consumer, sale(), RekojmiaFacts(repair_impossible_or_excessive=True)
    )
    assert no_repair.outcome == (Demand.REPLACEMENT, Demand.PRICE_REDUCTION, Demand.WITHDRAWAL)
    neither = rekojmia_remedies(
        consumer,
        sale(),
        RekojmiaFacts(
            repair_impossible_or_excessive=True, replacement_impossible_or_excessive=True
        ),
    )
    assert neither.outcome == (Demand.PRICE_REDUCTION, Demand.WITHDRAWAL)
    assert basis(neither, "not_applied") == [["art. 561 § 3 KC"], ["art. 561 § 3 KC"]]


def test_a_trader_has_no_consumer_swap_and_a_2022_pnpk_has_it_through_556_4() -> None:
    trader = rekojmia_remedies(company, sale(), RekojmiaFacts())
    assert trader.outcome == ALL
    assert all("art. 560 § 2 KC" not in b for b in basis(trader))
    pnpk = rekojmia_remedies(electrician, sale(date(2022, 3, 1)), RekojmiaFacts())
    assert ["art. 560 § 2 KC", "art. 556⁴ KC"] in basis(pnpk)
    # the same sole trader in 2020 was a trader (no PNPK rules before 2021)
    before = rekojmia_remedies(electrician, sale(date(2020, 6, 1)), RekojmiaFacts())
    assert all("art. 560 § 2 KC" not in b for b in basis(before))


def test_a_work_is_covered_through_art_638_and_services_are_not() -> None:
    work = rekojmia_remedies(consumer, service(ContractType.WORK), RekojmiaFacts())
    assert work.outcome == ALL
    assert ["art. 638 § 1 KC"] in basis(work)
    services = rekojmia_remedies(consumer, service(ContractType.SERVICES), RekojmiaFacts())
    assert services.outcome == ()
    assert "art. 750 KC" in services.explain()


def test_unknown_facts_are_named_together() -> None:
    unknown_type = rekojmia_remedies(consumer, service(None), RekojmiaFacts())
    assert unknown_type.missing == ("contract.kc_type",)
    both = rekojmia_remedies(
        Customer(kind="natural_person"), service(None), RekojmiaFacts()
    )
    assert both.missing == ("customer.for_business", "contract.kc_type")


def test_the_rule_covers_contracts_up_to_the_end_of_2022() -> None:
    # the last day of the KC consumer wording: covered; the first day of 2023: the UoPK's
    assert rekojmia_remedies(consumer, sale(date(2022, 12, 31)), RekojmiaFacts()).outcome == ALL
    with pytest.raises(LawNotCovered):
        rekojmia_remedies(consumer, sale(date(2023, 1, 1)), RekojmiaFacts())
    assert REGISTRY["rekojmia.remedies"].interpretations


def test_a_prompt_fix_is_not_a_failure_to_fix() -> None:
    with pytest.raises(ValidationError, match="seller_fixed_promptly"):
        RekojmiaFacts(seller_fixed_promptly=True, seller_failed_to_replace_or_repair=True)


def test_the_explanation_in_each_language() -> None:
    d = rekojmia_remedies(consumer, sale(), RekojmiaFacts(defect_insignificant=True))
    assert d.summary.text("pl") == (
        "Uprawnienia z rękojmi dostępne teraz dla kupującego: usunięcie wady, wymiana rzeczy "
        "na wolną od wad, obniżenie ceny."
    )
    assert d.summary.text("en") == (
        "Remedies under rękojmia available to the buyer now: removal of the defect, "
        "replacement with a thing free of defects, price reduction."
    )
    assert d.summary.text("uk") == (
        "Права за гарантією продавця (rękojmia), доступні покупцеві зараз: усунення "
        "недоліку, заміна речі на річ без недоліків, зниження ціни."
    )
