"""Complaint replies: art. 7a UoPK (30 days from 2017-01-10, 14 days for contracts from 2023)
and art. 561⁵ KC (14 days for rękojmia demands), deemed acceptance, roll-forward.

Expected dates are counted by hand: the day of receipt is not counted (art. 111 § 2 KC), the
end moves past Sundays, holidays and (for ends from 2017) Saturdays (art. 115 KC).
"""

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models import Complaint, Contract, ContractType, Customer, Demand, PersonKind
from regulamin.registry import REGISTRY, KeyDate
from regulamin.rules.complaints import ComplaintDecision, ReplyStatus, complaint_reply

consumer = Customer.consumer()
company = Customer.company()
electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)


def order(concluded_on: date) -> Contract:
    return Contract(subject="goods", channel="distance", concluded_on=concluded_on)


def complaint(received_on: date, demand: Demand | None = Demand.OTHER) -> Complaint:
    return Complaint(received_on=received_on, demand=demand)


# --- contracts from 2023: 14 days, art. 7a ----------------------------------------------------


def test_a_2023_contract_gets_14_days_whatever_the_demand() -> None:
    # received Mon 2.03.2026; day 1 = 3.03; day 14 = Mon 16.03.2026
    d = complaint_reply(
        consumer, order(date(2026, 2, 1)), complaint(date(2026, 3, 2), None), date(2026, 3, 3)
    )
    assert d.deadline == date(2026, 3, 16)
    assert d.reply_days == 14
    assert d.outcome is ReplyStatus.PENDING
    assert d.law_as_of == date(2026, 2, 1)  # keyed on the contract
    assert "art. 7a ust. 1 UoPK" in d.explain()


def test_the_reply_must_reach_the_consumer_by_the_last_day() -> None:
    contract, received = order(date(2026, 2, 1)), complaint(date(2026, 3, 2))
    # due Mon 16.03.2026 (see above); the period ends at the end of that day
    in_time = complaint_reply(
        consumer, contract, received, date(2026, 3, 20), replied_on=date(2026, 3, 16)
    )
    assert in_time.outcome is ReplyStatus.ANSWERED_IN_TIME
    assert in_time.deemed_accepted is False
    late = complaint_reply(
        consumer, contract, received, date(2026, 3, 20), replied_on=date(2026, 3, 17)
    )
    assert late.outcome is ReplyStatus.DEEMED_ACCEPTED
    silent_on_last_day = complaint_reply(consumer, contract, received, date(2026, 3, 16))
    assert silent_on_last_day.outcome is ReplyStatus.PENDING
    silent_after = complaint_reply(consumer, contract, received, date(2026, 3, 17))
    assert silent_after.deemed_accepted is True
    assert "uważa się za uznaną" in silent_after.explain()


def test_an_end_on_a_saturday_rolls_to_monday() -> None:
    # received Sat 7.03.2026; day 14 = Sat 21.03.2026 -> Mon 23.03.2026 (art. 115 KC)
    d = complaint_reply(
        consumer, order(date(2026, 2, 1)), complaint(date(2026, 3, 7)), date(2026, 3, 9)
    )
    assert d.nominal_end == date(2026, 3, 21)
    assert d.deadline == date(2026, 3, 23)
    assert "sobota" in d.explain("pl")


def test_an_end_on_a_holiday_rolls_forward() -> None:
    # received Wed 28.10.2026; day 14 = Wed 11.11.2026 (Independence Day) -> Thu 12.11.2026
    d = complaint_reply(
        consumer, order(date(2026, 10, 1)), complaint(date(2026, 10, 28)), date(2026, 11, 1)
    )
    assert d.deadline == date(2026, 11, 12)
    # received Thu 10.12.2026; day 14 = Thu 24.12 (Wigilia, a holiday since 2025), 25-26
    # holidays, 27 Sunday -> Mon 28.12.2026
    d = complaint_reply(
        consumer, order(date(2026, 11, 1)), complaint(date(2026, 12, 10)), date(2026, 12, 11)
    )
    assert d.deadline == date(2026, 12, 28)
    # the same in 2024: Tue 24.12.2024 was a working day, no roll
    d = complaint_reply(
        consumer, order(date(2024, 11, 1)), complaint(date(2024, 12, 10)), date(2024, 12, 11)
    )
    assert d.deadline == date(2024, 12, 24)


@pytest.mark.parametrize("buyer", [electrician, company])
def test_pnpk_and_traders_have_no_statutory_deadline(buyer: Customer) -> None:
    d = complaint_reply(
        buyer, order(date(2026, 2, 1)), complaint(date(2026, 3, 2)), date(2026, 6, 1)
    )
    assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
    assert d.deadline is None
    assert d.deemed_accepted is False  # silence is not acceptance
    assert "termin z umowy" in d.explain("pl")


# --- contracts before 2023: art. 7a (30 days) and art. 561⁵ KC (14 days) ----------------------


def test_a_2020_complaint_gets_30_days() -> None:
    # received Mon 2.03.2020; day 1 = 3.03; day 29 = 31.03; day 30 = Wed 1.04.2020
    d = complaint_reply(
        consumer,
        order(date(2020, 1, 15)),
        complaint(date(2020, 3, 2), Demand.WITHDRAWAL),
        date(2020, 4, 2),
    )
    assert d.reply_days == 30
    assert d.deadline == date(2020, 4, 1)
    assert d.outcome is ReplyStatus.DEEMED_ACCEPTED
    assert d.law_as_of == date(2020, 3, 2)  # keyed on the complaint


@pytest.mark.parametrize(
    "demand", [Demand.REPAIR, Demand.REPLACEMENT, Demand.BRING_INTO_CONFORMITY]
)
def test_a_2020_rekojmia_demand_gets_14_days_under_art_561_5(demand: Demand) -> None:
    # art. 561⁵ KC is the "separate provision" of art. 7a: received Mon 2.03.2020,
    # day 14 = Mon 16.03.2020
    d = complaint_reply(
        consumer, order(date(2020, 1, 15)), complaint(date(2020, 3, 2), demand), date(2020, 3, 17)
    )
    assert d.deadline == date(2020, 3, 16)
    assert d.outcome is ReplyStatus.DEEMED_ACCEPTED
    assert "uznane za uzasadnione" in d.explain("pl")
    assert any("art. 7a" in r.text("pl") for r in d.not_applied)


def test_a_price_reduction_counts_under_art_561_5_only_with_the_amount() -> None:
    contract, received = (
        order(date(2020, 1, 15)),
        complaint(date(2020, 3, 2), Demand.PRICE_REDUCTION),
    )
    unknown = complaint_reply(consumer, contract, received, date(2020, 3, 3))
    assert unknown.missing == ("reduction_amount_stated",)
    stated = complaint_reply(
        consumer, contract, received, date(2020, 3, 3), reduction_amount_stated=True
    )
    assert stated.deadline == date(2020, 3, 16)  # 14 days, as above
    unstated = complaint_reply(
        consumer, contract, received, date(2020, 3, 3), reduction_amount_stated=False
    )
    assert unstated.deadline == date(2020, 4, 1)  # back to the 30 days of art. 7a


def test_an_unknown_demand_is_undetermined_before_2023() -> None:
    d = complaint_reply(
        consumer, order(date(2020, 1, 15)), complaint(date(2020, 3, 2), None), date(2020, 3, 3)
    )
    assert d.missing == ("complaint.demand",)
    assert d.deemed_accepted is None


def test_a_2016_complaint_has_only_art_561_5() -> None:
    contract = order(date(2016, 5, 2))
    # received Wed 1.06.2016; day 14 = Wed 15.06.2016
    repair = complaint_reply(
        consumer, contract, complaint(date(2016, 6, 1), Demand.REPAIR), date(2016, 6, 2)
    )
    assert (repair.deadline, repair.reply_days) == (date(2016, 6, 15), 14)
    assert "art. 561⁵ KC" in repair.explain()
    reduction = complaint_reply(
        consumer,
        contract,
        complaint(date(2016, 6, 1), Demand.PRICE_REDUCTION),
        date(2016, 6, 2),
        reduction_amount_stated=True,
    )
    assert reduction.deadline == date(2016, 6, 15)
    # no art. 7a yet: a withdrawal demand has no statutory reply period at all
    other = complaint_reply(
        consumer, contract, complaint(date(2016, 6, 1), Demand.WITHDRAWAL), date(2016, 9, 1)
    )
    assert other.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
    assert "10 stycznia 2017 r." in other.explain()


def test_a_saturday_end_before_2017_does_not_roll() -> None:
    # received Sat 4.06.2016; day 14 = Sat 18.06.2016: art. 115 KC counted Saturdays only for
    # ends from 1.01.2017, so the period ends that Saturday
    d = complaint_reply(
        consumer,
        order(date(2016, 5, 2)),
        complaint(date(2016, 6, 4), Demand.REPLACEMENT),
        date(2016, 6, 20),
    )
    assert d.deadline == date(2016, 6, 18)


def test_art_7a_starts_with_complaints_of_10_january_2017() -> None:
    contract = order(date(2016, 12, 1))
    before = complaint_reply(consumer, contract, complaint(date(2017, 1, 9)), date(2017, 1, 10))
    assert before.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
    # received Tue 10.01.2017; day 30 = Thu 9.02.2017
    first = complaint_reply(consumer, contract, complaint(date(2017, 1, 10)), date(2017, 1, 11))
    assert first.deadline == date(2017, 2, 9)


def test_a_pre_2023_contract_keeps_30_days_for_a_2023_complaint() -> None:
    # interpretation (LAW.md §5): the 14 days are keyed on the contract's conclusion.
    # received Mon 16.01.2023; day 30 = Wed 15.02.2023
    old = complaint_reply(
        consumer, order(date(2022, 12, 20)), complaint(date(2023, 1, 16)), date(2023, 1, 17)
    )
    assert (old.deadline, old.reply_days, old.law_as_of) == (
        date(2023, 2, 15),
        30,
        date(2023, 1, 16),
    )
    # a contract of 1.01.2023: 14 days, day 14 = Mon 30.01.2023
    new = complaint_reply(
        consumer, order(date(2023, 1, 1)), complaint(date(2023, 1, 16)), date(2023, 1, 17)
    )
    assert (new.deadline, new.reply_days, new.law_as_of) == (
        date(2023, 1, 30),
        14,
        date(2023, 1, 1),
    )


def test_pnpk_2022_rekojmia_demand_gets_art_561_5_but_not_art_7a() -> None:
    # interpretation: art. 556⁴ KC extends the consumer rules of rękojmia to PNPK (2021-2022)
    contract = order(date(2022, 3, 1))
    repair = complaint_reply(
        electrician, contract, complaint(date(2022, 4, 4), Demand.REPAIR), date(2022, 4, 5)
    )
    # received Mon 4.04.2022; day 14 = Mon 18.04.2022 = Easter Monday -> Tue 19.04.2022
    assert repair.deadline == date(2022, 4, 19)
    assert "art. 556⁴ KC" in repair.explain()
    other = complaint_reply(
        electrician, contract, complaint(date(2022, 4, 4), Demand.OTHER), date(2022, 4, 5)
    )
    assert other.outcome is ReplyStatus.NO_STATUTORY_DEADLINE


def test_a_pnpk_of_2020_was_a_trader() -> None:
    d = complaint_reply(
        electrician,
        order(date(2020, 6, 1)),
        complaint(date(2020, 7, 1), Demand.REPAIR),
        date(2020, 7, 2),
    )
    assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE


def test_a_2015_period_ending_on_a_holiday_saturday_rolls_to_monday() -> None:
    # art. 561⁵ KC, 14 days: received Sat 1.08.2015, not counted; day 1 = Sun 2.08; day 14 =
    # Sat 15.08.2015 = Wniebowzięcie NMP (a public holiday); before 2017 a Saturday alone
    # would not roll, but the holiday does (art. 115 KC); Sun 16.08 -> Mon 17.08.2015
    contract, received = order(date(2015, 7, 1)), complaint(date(2015, 8, 1), Demand.REPAIR)
    last_day = complaint_reply(consumer, contract, received, date(2015, 8, 17))
    assert (last_day.nominal_end, last_day.deadline) == (date(2015, 8, 15), date(2015, 8, 17))
    assert last_day.outcome is ReplyStatus.PENDING
    day_after = complaint_reply(consumer, contract, received, date(2015, 8, 18))
    assert day_after.outcome is ReplyStatus.DEEMED_ACCEPTED


# --- art. 561⁵ KC reaches sale and work (art. 638 § 1 KC), not services (art. 750 KC) -------


def service(concluded_on: date, kc_type: ContractType | None = None) -> Contract:
    return Contract(
        subject="service", kc_type=kc_type, channel="distance", concluded_on=concluded_on
    )


def test_a_2020_service_complaint_has_30_days_not_a_deemed_acceptance_after_14() -> None:
    # a contract for services (art. 750 KC: the rules on mandate, no rękojmia): art. 561⁵ KC
    # does not reach it, art. 7a UoPK in its first wording does. Received Mon 2.03.2020;
    # day 14 would be Mon 16.03.2020; day 30 = Wed 1.04.2020 (March has 31 days)
    contract = service(date(2020, 1, 15), ContractType.SERVICES)
    received = complaint(date(2020, 3, 2), Demand.REPAIR)
    after_14 = complaint_reply(consumer, contract, received, date(2020, 3, 17))
    assert after_14.outcome is ReplyStatus.PENDING  # not "deemed accepted"
    assert (after_14.deadline, after_14.reply_days) == (date(2020, 4, 1), 30)
    assert ["art. 750 KC", "art. 561⁵ KC"] in _not_applied_basis(after_14)
    last_day = complaint_reply(consumer, contract, received, date(2020, 4, 1))
    assert last_day.outcome is ReplyStatus.PENDING
    day_after = complaint_reply(consumer, contract, received, date(2020, 4, 2))
    assert day_after.outcome is ReplyStatus.DEEMED_ACCEPTED
    assert day_after.summary.message == "complaints.reply.deemed_accepted"  # the complaint


def test_a_2020_contract_for_a_work_gets_art_561_5_through_art_638() -> None:
    # umowa o dzieło: art. 638 § 1 KC applies the rękojmia rules of sale. Received Mon
    # 2.03.2020; day 14 = Mon 16.03.2020
    contract = service(date(2020, 1, 15), ContractType.WORK)
    received = complaint(date(2020, 3, 2), Demand.REPAIR)
    last_day = complaint_reply(consumer, contract, received, date(2020, 3, 16))
    assert (last_day.deadline, last_day.reply_days) == (date(2020, 3, 16), 14)
    assert last_day.outcome is ReplyStatus.PENDING
    day_after = complaint_reply(consumer, contract, received, date(2020, 3, 17))
    assert day_after.outcome is ReplyStatus.DEEMED_ACCEPTED
    assert day_after.summary.message == "complaints.reply.demand_deemed_accepted"
    assert "art. 638 § 1 KC" in day_after.explain()


def test_a_service_of_unknown_type_is_undetermined_where_the_type_decides() -> None:
    contract = service(date(2020, 1, 15))
    repair = complaint_reply(
        consumer, contract, complaint(date(2020, 3, 2), Demand.REPAIR), date(2020, 3, 3)
    )
    assert repair.missing == ("contract.kc_type",)
    # several missing facts are named together
    unknown = complaint_reply(
        consumer, contract, complaint(date(2020, 3, 2), None), date(2020, 3, 3)
    )
    assert set(unknown.missing or ()) == {"complaint.demand", "contract.kc_type"}
    reduction = complaint_reply(
        consumer, contract, complaint(date(2020, 3, 2), Demand.PRICE_REDUCTION), date(2020, 3, 3)
    )
    assert set(reduction.missing or ()) == {"reduction_amount_stated", "contract.kc_type"}
    # a withdrawal demand is no art. 561⁵ KC demand: the type does not decide, 30 days
    withdrawal = complaint_reply(
        consumer, contract, complaint(date(2020, 3, 2), Demand.WITHDRAWAL), date(2020, 3, 3)
    )
    assert withdrawal.deadline == date(2020, 4, 1)
    # a contract for services: the demand does not decide either, 30 days
    services = complaint_reply(
        consumer, service(date(2020, 1, 15), ContractType.SERVICES),
        complaint(date(2020, 3, 2), None), date(2020, 3, 3),
    )
    assert services.deadline == date(2020, 4, 1)


def test_a_digital_contract_of_unknown_type_is_undetermined_before_2023() -> None:
    contract = Contract(
        subject="digital_content", channel="distance", concluded_on=date(2020, 1, 15)
    )
    d = complaint_reply(
        consumer, contract, complaint(date(2020, 3, 2), Demand.BRING_INTO_CONFORMITY),
        date(2020, 3, 3),
    )
    assert d.missing == ("contract.kc_type",)


def test_a_2016_service_complaint_has_no_statutory_period() -> None:
    # before 10.01.2017 only art. 561⁵ KC gave a period, and it does not reach services
    d = complaint_reply(
        consumer, service(date(2016, 5, 2), ContractType.SERVICES),
        complaint(date(2016, 6, 1), Demand.REPAIR), date(2016, 6, 20),
    )
    assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
    assert ["art. 750 KC", "art. 561⁵ KC"] in _not_applied_basis(d)


def test_a_2022_pnpk_services_contract_gets_no_statutory_period() -> None:
    # art. 556⁴ KC gives a PNPK the consumer rules of rękojmia, but a contract for services
    # has none; art. 7a is not the PNPK's (art. 38a UoPK: chapter 4 only)
    d = complaint_reply(
        electrician, service(date(2022, 3, 1), ContractType.SERVICES),
        complaint(date(2022, 4, 4), Demand.REPAIR), date(2022, 4, 5),
    )
    assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE


def test_from_2023_the_type_of_a_service_is_not_asked() -> None:
    # art. 7a UoPK, 14 days, for every complaint: received Mon 2.03.2026, day 14 = Mon 16.03
    d = complaint_reply(
        consumer, service(date(2026, 2, 1)), complaint(date(2026, 3, 2), Demand.REPAIR),
        date(2026, 3, 3),
    )
    assert d.deadline == date(2026, 3, 16)


def test_goods_are_not_a_contract_for_services() -> None:
    with pytest.raises(ValidationError, match="kc_type"):
        Contract(subject="goods", kc_type="services", channel="distance",
                 concluded_on=date(2020, 1, 15))


# --- facts that do not fit --------------------------------------------------------------------


def test_contradictory_dates_are_refused() -> None:
    contract = order(date(2026, 2, 1))
    with pytest.raises(InvalidFacts, match=r"complaint\.received_on"):
        complaint_reply(consumer, contract, complaint(date(2026, 1, 31)), date(2026, 3, 1))
    with pytest.raises(InvalidFacts, match="today"):
        complaint_reply(consumer, contract, complaint(date(2026, 3, 2)), date(2026, 3, 1))
    with pytest.raises(InvalidFacts, match="replied_on"):
        complaint_reply(
            consumer,
            contract,
            complaint(date(2026, 3, 2)),
            date(2026, 3, 5),
            replied_on=date(2026, 3, 6),
        )


def test_an_unknown_status_is_undetermined() -> None:
    unknown = Customer(kind=PersonKind.NATURAL_PERSON)
    d = complaint_reply(
        unknown, order(date(2026, 2, 1)), complaint(date(2026, 3, 2)), date(2026, 3, 3)
    )
    assert d.missing == ("customer.for_business",)


def test_complaints_before_the_consumer_rights_act_are_not_covered() -> None:
    with pytest.raises(LawNotCovered):
        complaint_reply(
            consumer, order(date(2014, 12, 1)), complaint(date(2014, 12, 20)), date(2014, 12, 21)
        )


def test_the_version_choice_lives_in_the_registry() -> None:
    versions = REGISTRY["complaints.reply"].versions
    assert [(v.valid_from, v.keyed_on) for v in versions] == [
        (date(2023, 1, 1), KeyDate.CONTRACT_CONCLUDED),
        (date(2017, 1, 10), KeyDate.COMPLAINT_RECEIVED),
        (date(2014, 12, 25), KeyDate.COMPLAINT_RECEIVED),
    ]
    assert REGISTRY["complaints.reply"].interpretations
    assert REGISTRY["complaints.reply"].entry is complaint_reply


# --- properties -------------------------------------------------------------------------------

_POLISH_HOLIDAYS = holidays.country_holidays("PL", years=range(2023, 2032))


@given(
    received=st.dates(min_value=date(2023, 1, 1), max_value=date(2030, 12, 31)),
    waited=st.integers(min_value=0, max_value=40),
)
def test_the_2023_deadline_is_14_days_then_the_next_working_day(
    received: date, waited: int
) -> None:
    today = received + timedelta(days=waited)
    d = complaint_reply(consumer, order(received), complaint(received), today)
    assert d.nominal_end == received + timedelta(days=14)
    assert isinstance(d.deadline, date)
    # the due day is neither a Saturday, a Sunday nor a holiday, and every day between the
    # nominal end and it is one of those
    assert d.deadline.weekday() < 5 and d.deadline not in _POLISH_HOLIDAYS
    between = [d.nominal_end + timedelta(days=k) for k in range((d.deadline - d.nominal_end).days)]
    assert all(day.weekday() >= 5 or day in _POLISH_HOLIDAYS for day in between)
    assert (d.outcome is ReplyStatus.PENDING) is (today <= d.deadline)


# --- who the statutory period is for, cited by the version of the law (finding M2) -------------


def _not_applied_basis(d: ComplaintDecision) -> list[list[str]]:
    return [[c.pl() for c in r.basis] for r in d.not_applied]


def test_a_2022_pnpk_complaint_cites_art_38a_not_art_7aa() -> None:
    # contract 1.05.2022: the PNPK rules were art. 38a UoPK (2021-2022, chapter 4 only);
    # art. 7aa exists only from 1.01.2023. A demand "other" is no art. 561⁵ KC demand.
    d = complaint_reply(
        electrician, order(date(2022, 5, 1)), complaint(date(2022, 6, 1)), date(2022, 6, 2)
    )
    assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
    assert ["art. 7a ust. 1 UoPK", "art. 38a UoPK"] in _not_applied_basis(d)
    assert "7aa" not in d.explain("pl") + d.explain("en")


def test_a_2018_trader_complaint_cites_neither_pnpk_provision() -> None:
    # contract 1.05.2018: no PNPK provision existed; only art. 7a (consumers, from 10.01.2017)
    # and the consumer's definition (art. 22¹ KC)
    d = complaint_reply(
        company, order(date(2018, 5, 1)), complaint(date(2018, 6, 1)), date(2018, 6, 2)
    )
    assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
    assert ["art. 7a ust. 1 UoPK", "art. 22¹ KC"] in _not_applied_basis(d)
    text = d.explain("pl") + d.explain("en")
    assert "7aa" not in text and "38a" not in text


def test_a_2016_trader_complaint_does_not_cite_art_7a_before_it_applied() -> None:
    # complaint received 1.04.2016, before art. 7a applied (10.01.2017): only art. 561⁵ KC
    # gave a consumer a statutory period, and it is for consumers only
    d = complaint_reply(
        company, order(date(2016, 3, 1)), complaint(date(2016, 4, 1)), date(2016, 4, 2)
    )
    assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
    assert ["art. 561⁵ KC", "art. 22¹ KC"] in _not_applied_basis(d)
    assert "art. 7a" not in d.explain("pl")


def test_a_2026_pnpk_complaint_cites_art_7aa() -> None:
    d = complaint_reply(
        electrician, order(date(2026, 2, 1)), complaint(date(2026, 3, 2)), date(2026, 3, 3)
    )
    assert ["art. 7a ust. 1 UoPK", "art. 7aa ust. 1 UoPK"] in _not_applied_basis(d)


# --- the explanation, whole, in each language ---------------------------------------------------


def _silent_past_a_saturday() -> ComplaintDecision:
    # received Sat 7.03.2026; day 14 = Sat 21.03.2026 -> Mon 23.03.2026; asked Tue 24.03.2026
    return complaint_reply(
        consumer, order(date(2026, 2, 1)), complaint(date(2026, 3, 7)), date(2026, 3, 24)
    )


_BASIS_7A = "art. 7a ust. 1 UoPK, art. 7a ust. 2 UoPK, art. 7a ust. 3 UoPK"
_BASIS_7A_EN = "Art. 7a(1) UoPK, Art. 7a(2) UoPK, Art. 7a(3) UoPK"


def test_a_deemed_acceptance_explained_in_polish() -> None:
    assert _silent_past_a_saturday().explain("pl") == "\n".join(
        [
            "Odpowiedź nie dotarła do konsumenta do 23 marca 2026 r.: reklamację uważa się za "
            "uznaną.",
            " - Kupujący jest w tej umowie: konsument.",
            " - Przedsiębiorca odpowiada na reklamację konsumenta na papierze lub innym trwałym "
            "nośniku w terminie 14 dni od jej otrzymania; inaczej reklamację uważa się za uznaną "
            f"({_BASIS_7A}).",
            " - 14 dni od otrzymania reklamacji (7 marca 2026 r.), nie licząc tego dnia: termin "
            "kończy się 21 marca 2026 r. (art. 7a ust. 1 UoPK, art. 111 § 2 KC).",
            " - Koniec terminu, 21 marca 2026 r. (sobota), przypada na dzień wolny, więc termin "
            "upływa 23 marca 2026 r. (art. 115 KC).",
            " - Do 24 marca 2026 r. odpowiedź nie dotarła, a termin upłynął 23 marca 2026 r.: "
            "reklamację uważa się za uznaną (art. 7a ust. 2 UoPK).",
        ]
    )


def test_a_deemed_acceptance_explained_in_english() -> None:
    assert _silent_past_a_saturday().explain("en") == "\n".join(
        [
            "No reply reached the consumer by 23 March 2026: the complaint is deemed accepted.",
            " - For this contract the buyer is a consumer.",
            " - The trader replies to a consumer's complaint on paper or another durable medium "
            "within 14 days of receiving it; otherwise the complaint is deemed accepted "
            f"({_BASIS_7A_EN}).",
            " - 14 days from receiving the complaint (7 March 2026), not counting that day: the "
            "period ends on 21 March 2026 (Art. 7a(1) UoPK, Art. 111 § 2 KC).",
            " - The period's last day, 21 March 2026 (Saturday), is a day off, so the period "
            "ends on 23 March 2026 (Art. 115 KC).",
            " - By 24 March 2026 no reply had arrived and the period ended on 23 March 2026: the "
            "complaint is deemed accepted (Art. 7a(2) UoPK).",
        ]
    )


def test_a_deemed_acceptance_explained_in_ukrainian() -> None:
    assert _silent_past_a_saturday().explain("uk") == "\n".join(
        [
            "Відповідь не надійшла до споживача до 23 березня 2026 р.: рекламація вважається "
            "визнаною.",
            " - У цьому договорі покупець: споживач.",
            " - Підприємець відповідає на рекламацію споживача на папері або іншому довготривалому "
            "носії протягом 14 днів від її отримання; інакше рекламація вважається визнаною "
            f"({_BASIS_7A}).",
            " - 14 днів від отримання рекламації (7 березня 2026 р.), не враховуючи цього дня: "
            "строк закінчується 21 березня 2026 р. (art. 7a ust. 1 UoPK, art. 111 § 2 KC).",
            " - Останній день строку, 21 березня 2026 р. (субота), припадає на вихідний день, "
            "тому строк спливає 23 березня 2026 р. (art. 115 KC).",
            " - До 24 березня 2026 р. відповідь не надійшла, а строк сплив 23 березня 2026 р.: "
            "рекламація вважається визнаною (art. 7a ust. 2 UoPK).",
        ]
    )


def test_a_traders_complaint_explained_in_each_language() -> None:
    d = complaint_reply(
        company, order(date(2020, 1, 15)), complaint(date(2020, 3, 2), Demand.REPAIR),
        date(2020, 3, 5),
    )
    assert d.explain("uk") == "\n".join(
        [
            "Закон не встановлює строку відповіді на цю рекламацію: діє строк, передбачений "
            "договором, а відсутність відповіді не означає, що рекламація вважається визнаною.",
            " - У цьому договорі покупець: підприємець.",
            "Не застосовано:",
            " - Ст. 7a Закону про права споживачів стосується рекламації споживача, а не "
            "підприємця: строк відповіді випливає з договору, а відсутність відповіді не "
            "означає, що рекламація вважається визнаною (art. 7a ust. 1 UoPK, art. 22¹ KC).",
        ]
    )
    assert d.not_applied[0].text("pl") == (
        "Art. 7a ustawy o prawach konsumenta dotyczy reklamacji konsumenta, nie przedsiębiorcy: "
        "termin odpowiedzi wynika z umowy, a brak odpowiedzi nie oznacza uznania reklamacji."
    )
    assert d.not_applied[0].text("en") == (
        "Art. 7a of the Consumer Rights Act covers a consumer's complaint, not one of a trader: "
        "the reply period is the contract's and silence is not acceptance."
    )


def test_the_reasons_are_catalog_messages_with_their_values() -> None:
    d = _silent_past_a_saturday()
    assert d.summary.message == "complaints.reply.deemed_accepted"
    assert d.summary.params is not None and d.summary.params["due"] == date(2026, 3, 23)
    art_7a = d.reasons[1]
    assert (art_7a.message, art_7a.params) == ("complaints.reply.art_7a", {"n": 14})
    assert d.reasons[-1].message == "complaints.reply.overdue"
    demand = complaint_reply(
        consumer, order(date(2020, 1, 15)), complaint(date(2020, 3, 2), Demand.REPAIR),
        date(2020, 3, 17),
    )
    assert demand.summary.message == "complaints.reply.demand_deemed_accepted"
    assert demand.summary.text("uk") == (
        "Відповідь не надійшла до споживача до 16 березня 2020 р.: вимога вважається визнаною "
        "обґрунтованою."
    )
    unknown = complaint_reply(
        consumer, order(date(2020, 1, 15)), complaint(date(2020, 3, 2), None), date(2020, 3, 3)
    )
    assert unknown.summary.text("uk") == (
        "Неможливо встановити строк відповіді на рекламацію: бракує факту complaint.demand."
    )
