"""The lowest price before a reduction (art. 4 ust. 2-4 UoIC): hand-derived cases and
properties of the window, the fast index and the decision."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regulamin.decision import Percent
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models.prices import PriceHistory, PricePoint, Reduction
from regulamin.registry import REGISTRY, KeyDate
from regulamin.rules.prices import (
    RULE,
    DayWindow,
    LowestPriceDecision,
    PriceIndex,
    PriceInterval,
    ReferenceKind,
    lowest_price,
)

WARSAW = ZoneInfo("Europe/Warsaw")


def history(*points: tuple[str, date | datetime], **facts: object) -> PriceHistory:
    return PriceHistory(
        points=tuple(PricePoint(gross=gross, since=since) for gross, since in points),
        **facts,
    )


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WARSAW)


def decide(
    prices: PriceHistory, starts_on: date | datetime, gross: str, **more: object
) -> LowestPriceDecision:
    reduction = Reduction(starts_on=starts_on, gross=gross, **more)
    single = lowest_price(prices, reduction)
    assert PriceIndex(prices).lowest_price(reduction) == single
    return single


# --- the window: 30 calendar days ending the day before the reduction ---------------------


def test_window_of_a_reduction_on_1_march_2025() -> None:
    # Reduction from Sat 1.03.2025: day before = 28.02; 30 days back: 28.02 is day 30,
    # 1.02 is day 3, 31.01 day 2, 30.01 day 1 (February 2025 has 28 days).
    d = decide(history(("9.00", date(2024, 12, 1))), date(2025, 3, 1), "8.00")
    assert d.window == DayWindow(date(2025, 1, 30), date(2025, 2, 28))
    assert d.kind is ReferenceKind.LAST_30_DAYS
    assert d.law_as_of == date(2025, 3, 1)


def test_price_that_ended_the_day_before_the_window_does_not_count() -> None:
    # 5.00 in force 1.12.2024-29.01.2025 (9.00 from 30.01); window 30.01-28.02: only 9.00.
    # 9.00 -> 8.00: 1.00 off; 1/9 = 11.111...% -> 11.11% rounded down.
    d = decide(
        history(("5.00", date(2024, 12, 1)), ("9.00", date(2025, 1, 30))),
        date(2025, 3, 1),
        "8.00",
    )
    assert d.outcome is True
    assert d.reference == Decimal("9.00")
    assert d.source == PriceInterval(1, Decimal("9.00"), date(2025, 1, 30), None)
    assert d.max_amount == Decimal("1.00")
    assert d.max_percent == Decimal("11.11")


def test_price_in_force_on_the_windows_first_day_counts() -> None:
    # 5.00 in force to the end of 30.01.2025 (9.00 from 31.01): 30.01 is the window's first
    # day, so 5.00 is the lowest; 8.00 is not below it: no reduction may be announced.
    d = decide(
        history(("5.00", date(2024, 12, 1)), ("9.00", date(2025, 1, 31))),
        date(2025, 3, 1),
        "8.00",
    )
    assert d.outcome is False
    assert d.reference == Decimal("5.00")
    assert d.source == PriceInterval(0, Decimal("5.00"), date(2024, 12, 1), date(2025, 1, 31))
    assert d.max_percent is None
    assert d.max_amount is None


def test_price_set_before_the_window_and_still_in_force_counts() -> None:
    # 7.00 set 1.06.2024, long before the window 30.01-28.02.2025, still in force then.
    d = decide(
        history(("7.00", date(2024, 6, 1)), ("10.00", date(2025, 2, 20))),
        date(2025, 3, 1),
        "8.00",
    )
    assert d.reference == Decimal("7.00")
    assert d.outcome is False


def test_price_earlier_on_the_reductions_own_day_counts() -> None:
    # Art. 4 ust. 2 UoIC: "w okresie 30 dni przed wprowadzeniem obniżki". The reduction takes
    # effect on 1.03.2025 at 12:00; 6.00 was in force from 08:00 to 12:00 that day, before
    # the reduction was introduced, so it counts (LAW.md §6: any moment). Window: 30.01-28.02
    # plus 1.03 00:00-12:00. Lowest 6.00; 8.00 is not below it: no reduction.
    d = decide(
        history(("9.00", date(2024, 12, 1)), ("6.00", at(2025, 3, 1, 8))),
        at(2025, 3, 1, 12),
        "8.00",
    )
    assert d.reference == Decimal("6.00")
    assert d.source == PriceInterval(1, Decimal("6.00"), at(2025, 3, 1, 8), None)
    assert d.outcome is False
    assert d.window == DayWindow(date(2025, 1, 30), date(2025, 2, 28), at(2025, 3, 1, 12))


def test_price_in_force_four_hours_before_the_reduction_defeats_it() -> None:
    # The legal review's case: 10.00 from 1.01.2025, 7.00 from 1.03.2025 08:00 CET, 8.00
    # from 12:00 CET = the reduction. Art. 4 ust. 2 UoIC: the lowest price "przed
    # wprowadzeniem obniżki" is 7.00 (in force 08:00-12:00 of 1.03); 8.00 is above it, so
    # it is no reduction at all (C-330/23), not -20% from 10.00.
    prices = history(
        ("10.00", date(2025, 1, 1)), ("7.00", at(2025, 3, 1, 8)), ("8.00", at(2025, 3, 1, 12))
    )
    d = decide(prices, at(2025, 3, 1, 12), "8.00")
    assert d.outcome is False
    assert d.reference == Decimal("7.00")
    assert d.source == PriceInterval(1, Decimal("7.00"), at(2025, 3, 1, 8), at(2025, 3, 1, 12))
    assert d.max_percent is None
    assert d.kind is ReferenceKind.LAST_30_DAYS


def test_price_starting_at_the_reductions_instant_is_the_reduced_price_not_a_reference() -> None:
    # 10.00 from 1.01.2025, 8.00 from 1.03.2025 12:00 = the reduction's instant: the window
    # closes at 12:00 (excluded), so only 10.00 is in it; 2/10 = 20%.
    prices = history(("10.00", date(2025, 1, 1)), ("8.00", at(2025, 3, 1, 12)))
    d = decide(prices, at(2025, 3, 1, 12), "8.00")
    assert (d.reference, d.max_percent) == (Decimal("10.00"), Percent("20"))


def test_reduction_at_warsaw_midnight_has_no_hours_of_its_own_day() -> None:
    # 1.03.2025 00:00 CET is the start of the reduction's day: the window is exactly the 30
    # days 30.01-28.02, the same as for the plain day 1.03.2025.
    d = decide(history(("9.00", date(2024, 12, 1))), at(2025, 3, 1), "8.00")
    assert d.window == DayWindow(date(2025, 1, 30), date(2025, 2, 28))
    assert d.window.reduction_day_until is None


def test_offered_for_less_than_30_days_also_counts_the_hours_before_the_reduction() -> None:
    # Art. 4 ust. 3 UoIC: from the first day of offering (27.02.2025) "do dnia wprowadzenia
    # obniżki" -- read like ust. 2: up to the reduction's instant, 1.03 14:00. 9.00 was in
    # force from 08:00 to 14:00 on 1.03: the lowest; 10.00 is above it: no reduction.
    prices = history(
        ("12.00", date(2025, 2, 27)), ("9.00", at(2025, 3, 1, 8)), starts_at_first_offer=True
    )
    d = decide(prices, at(2025, 3, 1, 14), "10.00")
    assert d.kind is ReferenceKind.SINCE_FIRST_OFFER
    assert d.window == DayWindow(date(2025, 2, 27), date(2025, 2, 28), at(2025, 3, 1, 14))
    assert d.reference == Decimal("9.00")
    assert d.outcome is False


def test_explanation_names_the_hours_of_the_reductions_day() -> None:
    prices = history(
        ("10.00", date(2025, 1, 1)), ("7.00", at(2025, 3, 1, 8)), ("8.00", at(2025, 3, 1, 12))
    )
    d = decide(prices, at(2025, 3, 1, 12), "8.00")
    pl = d.explain("pl").replace("\xa0", " ")
    assert (
        "z 30 dni przed dniem jej wprowadzenia (od 30 stycznia 2025 r. do 28 lutego 2025 r.) "
        "oraz z części dnia 1 marca 2025 r. do chwili wprowadzenia obniżki "
        "(1 marca 2025, 12:00 CET); okresu nie przesuwa się" in pl
    )
    assert "obowiązująca od 1 marca 2025, 08:00 CET do zmiany 1 marca 2025, 12:00 CET" in pl
    en = d.explain("en").replace("\xa0", " ")
    assert (
        "the 30 days before the day it was introduced (30 January 2025 to 28 February 2025) "
        "and from the part of 1 March 2025 until the reduction took effect "
        "(1 March 2025, 12:00 CET)" in en
    )


def test_window_is_never_rolled_forward() -> None:
    # Reduction Tue 7.01.2025: window 8.12.2024 (Sun) - 6.01.2025 (Mon, Epiphany holiday):
    # look-back windows keep their ends even on days off.
    d = decide(history(("9.00", date(2024, 11, 1))), date(2025, 1, 7), "8.00")
    assert d.window == DayWindow(date(2024, 12, 8), date(2025, 1, 6))


# --- every reduction looks back on its own --------------------------------------------------

PROGRESSIVE = history(
    ("10.00", date(2025, 1, 1)), ("8.00", date(2025, 3, 1)), ("4.00", date(2025, 4, 15))
)


def test_ten_to_eight_is_twenty_percent() -> None:
    # 10 -> 8: window 30.01-28.02.2025, only 10.00; 2/10 = 20%.
    d = decide(PROGRESSIVE, date(2025, 3, 1), "8.00")
    assert (d.reference, d.max_percent, d.max_amount) == (
        Decimal("10.00"),
        Percent("20"),
        Decimal("2.00"),
    )


def test_eight_to_four_is_fifty_percent_from_eight_not_sixty() -> None:
    # 8 -> 4 on 15.04.2025: window 16.03-14.04, only 8.00 (since 1.03); 4/8 = 50%, not the
    # 60% a progressive reading from 10.00 would allow (Poland has no such exception).
    d = decide(PROGRESSIVE, date(2025, 4, 15), "4.00")
    assert d.window == DayWindow(date(2025, 3, 16), date(2025, 4, 14))
    assert (d.reference, d.max_percent) == (Decimal("8.00"), Percent("50"))


def test_second_reduction_soon_after_the_first_still_starts_from_the_lowest() -> None:
    # 4.00 from 10.03.2025: window 8.02-9.03 holds 10.00 (to 28.02) and 8.00 (from 1.03);
    # the lowest is 8.00, so 50% again.
    prices = history(
        ("10.00", date(2025, 1, 1)), ("8.00", date(2025, 3, 1)), ("4.00", date(2025, 3, 10))
    )
    d = decide(prices, date(2025, 3, 10), "4.00")
    assert d.reference == Decimal("8.00")
    assert d.max_percent == Percent("50")


def test_equal_lowest_prices_report_the_earliest() -> None:
    # 6.00 twice in the window (from 1.12.2024 and from 15.02.2025): the first one is shown.
    prices = history(
        ("6.00", date(2024, 12, 1)), ("9.00", date(2025, 2, 1)), ("6.00", date(2025, 2, 15))
    )
    d = decide(prices, date(2025, 3, 1), "5.00")
    assert d.source is not None
    assert d.source.index == 0


def test_percentage_is_rounded_down() -> None:
    # 3.00 -> 1.00: 2/3 = 66.666...%: 66.66%, never the 66.67% rounding half-up would give.
    d = decide(history(("3.00", date(2024, 1, 1))), date(2025, 3, 1), "1.00")
    assert d.max_percent == Decimal("66.66")


# --- offered for less than 30 days (ust. 3) --------------------------------------------------

NEW_PRODUCT = (("12.00", date(2025, 2, 20)), ("11.00", date(2025, 2, 25)))


def test_offered_for_less_than_30_days_uses_the_days_since_the_first_offer() -> None:
    # First offered 20.02.2025, inside the window 30.01-28.02: ust. 3 window 20.02-28.02;
    # lowest 11.00 (from 25.02); 11 -> 9 is 2/11 = 18.1818...% -> 18.18%.
    d = decide(history(*NEW_PRODUCT, starts_at_first_offer=True), date(2025, 3, 1), "9.00")
    assert d.kind is ReferenceKind.SINCE_FIRST_OFFER
    assert d.window == DayWindow(date(2025, 2, 20), date(2025, 2, 28))
    assert d.reference == Decimal("11.00")
    assert d.max_percent == Decimal("18.18")


def test_history_starting_inside_the_window_needs_to_know_the_first_offer() -> None:
    d = decide(history(*NEW_PRODUCT), date(2025, 3, 1), "9.00")
    assert d.missing == ("history.starts_at_first_offer",)
    assert d.window == DayWindow(date(2025, 1, 30), date(2025, 2, 28))
    with pytest.raises(TypeError):
        bool(d.outcome)


def test_history_that_does_not_reach_the_window_is_undetermined() -> None:
    d = decide(history(*NEW_PRODUCT, starts_at_first_offer=False), date(2025, 3, 1), "9.00")
    assert d.missing == ("history.points",)
    assert d.reference is None


def test_offered_from_the_windows_first_day_is_the_ordinary_case() -> None:
    # First offered 30.01.2025 = the window's first day: offered for the whole 30 days.
    d = decide(history(("12.00", date(2025, 1, 30))), date(2025, 3, 1), "9.00")
    assert d.kind is ReferenceKind.LAST_30_DAYS
    assert d.reference == Decimal("12.00")


def test_product_first_offered_on_the_reductions_day_is_measured_from_that_days_prices() -> None:
    # Art. 4 ust. 3 UoIC: "od dnia rozpoczęcia oferowania ... do dnia wprowadzenia obniżki".
    # Offered from 1.03.2025 08:00 at 12.00, reduced to 9.00 at 14:00 the same day: the period
    # is 1.03 08:00-14:00, whose only price is 12.00; 12 -> 9 is 3/12 = 25%.
    d = decide(
        history(("12.00", at(2025, 3, 1, 8)), starts_at_first_offer=True),
        at(2025, 3, 1, 14),
        "9.00",
    )
    assert d.outcome is True
    assert d.reference == Decimal("12.00")
    assert d.kind is ReferenceKind.SINCE_FIRST_OFFER
    assert d.max_amount == Decimal("3.00")
    assert d.max_percent == Percent("25")
    # No whole day: first = the reduction's day 1.03, last = the day before it, 28.02.
    assert d.window == DayWindow(date(2025, 3, 1), date(2025, 2, 28), at(2025, 3, 1, 14))
    assert d.source == PriceInterval(0, Decimal("12.00"), at(2025, 3, 1, 8), None)
    assert "1 March 2025" in d.explain("en")


def test_lowest_of_several_prices_on_the_launch_day_is_the_reference() -> None:
    # Offered from midnight of 1.03.2025 (a plain day) at 15.00, 11.00 from 08:00, 14.00 from
    # 10:00, reduced to 12.00 at 16:00: in force 00:00-16:00 were 15, 11, 14 -> 11.00; 12.00 is
    # not below 11.00, so no reduction (C-330/23 Aldi Süd).
    d = decide(
        history(
            ("15.00", date(2025, 3, 1)),
            ("11.00", at(2025, 3, 1, 8)),
            ("14.00", at(2025, 3, 1, 10)),
            ("12.00", at(2025, 3, 1, 16)),
            starts_at_first_offer=True,
        ),
        at(2025, 3, 1, 16),
        "12.00",
    )
    assert d.outcome is False
    assert d.reference == Decimal("11.00")
    assert d.source == PriceInterval(1, Decimal("11.00"), at(2025, 3, 1, 8), at(2025, 3, 1, 10))


def test_product_first_offered_the_evening_before_the_reduction_has_one_whole_day() -> None:
    # The boundary on the other side: offered from 28.02.2025 23:00, reduced at 1.03 14:00.
    # The first offer falls on 28.02, the day before the reduction's: the window is the whole
    # day 28.02 (from the first offer) and 1.03 until 14:00; its only price is 12.00.
    d = decide(
        history(("12.00", at(2025, 2, 28, 23)), starts_at_first_offer=True),
        at(2025, 3, 1, 14),
        "9.00",
    )
    assert d.window == DayWindow(date(2025, 2, 28), date(2025, 2, 28), at(2025, 3, 1, 14))
    assert d.reference == Decimal("12.00")
    assert d.max_percent == Percent("25")


def test_product_first_offered_at_the_reductions_instant_is_undetermined() -> None:
    # The boundary the other way: offered from 1.03.2025 14:00, the reduction's own instant:
    # no price was in force before the reduction, so there is nothing to measure it from.
    d = decide(
        history(("9.00", at(2025, 3, 1, 14)), starts_at_first_offer=True),
        at(2025, 3, 1, 14),
        "9.00",
    )
    assert d.missing == ("history.points",)
    assert d.reference is None


# --- perishables (ust. 4) ---------------------------------------------------------------------

BREAD = history(
    ("3.00", date(2025, 6, 5)),
    ("6.00", date(2025, 6, 6)),
    ("4.00", at(2025, 6, 10, 18)),
    perishable=True,
)


def test_perishable_first_reduction_uses_the_price_just_before_it() -> None:
    # 6.00 -> 4.00 at 10.06.2025 18:00: the price before this (first) reduction is 6.00,
    # although 3.00 was in force on 5.06 (ust. 2 would give 3.00 and no reduction);
    # 2/6 = 33.33%.
    d = decide(BREAD, at(2025, 6, 10, 18), "4.00")
    assert d.kind is ReferenceKind.BEFORE_FIRST_REDUCTION
    assert d.window is None
    assert d.reference == Decimal("6.00")
    assert d.max_percent == Decimal("33.33")


def test_perishable_later_reduction_of_a_series_uses_the_price_before_the_first() -> None:
    # Series began at 18:00 (6.00 -> 4.00); at 20:00 4.00 -> 3.00: 3/6 = 50% from 6.00.
    d = decide(BREAD, at(2025, 6, 10, 20), "3.00", series_starts_on=at(2025, 6, 10, 18))
    assert d.reference == Decimal("6.00")
    assert d.max_percent == Percent("50")


def test_perishable_reduction_without_a_named_series_is_its_own_first() -> None:
    # Without series_starts_on the 20:00 reduction is the first: from 4.00, 1/4 = 25%.
    d = decide(BREAD, at(2025, 6, 10, 20), "3.00")
    assert d.reference == Decimal("4.00")
    assert d.max_percent == Percent("25")


SERIES_NOT_APPLIED = "prices.lowest_before_reduction.series_not_applied"


def test_series_named_for_goods_not_perishable_has_no_effect_and_is_said() -> None:
    # Art. 4 ust. 4 UoIC alone measures from before the first reduction, for perishables only.
    # The same bread history, not perishable, first offered 5.06.2025: the 20:00 reduction to
    # 3.00 looks at 5.06-9.06 and 10.06 until 20:00 (3.00, 6.00, 4.00): lowest 3.00, so 3.00
    # is no reduction, with or without the series from 18:00 (which perishables would measure
    # from 6.00, 50%).
    goods = BREAD.model_copy(update={"perishable": False, "starts_at_first_offer": True})
    plain = decide(goods, at(2025, 6, 10, 20), "3.00")
    named = decide(goods, at(2025, 6, 10, 20), "3.00", series_starts_on=at(2025, 6, 10, 18))
    assert named.reference == plain.reference == Decimal("3.00")
    assert named.outcome is plain.outcome is False
    assert named.reasons == plain.reasons
    # The series is the one addition, after the other paragraphs that did not apply.
    assert named.not_applied[:-1] == plain.not_applied
    ignored = named.not_applied[-1]
    assert ignored.message == SERIES_NOT_APPLIED
    assert [c.pl() for c in ignored.basis] == ["art. 4 ust. 4 UoIC", "art. 4 ust. 2 UoIC"]
    assert "begun on 10 June 2025, 18:00" in named.explain("en")
    assert all(r.message != SERIES_NOT_APPLIED for r in plain.not_applied)


def test_series_named_for_goods_not_perishable_is_said_when_undetermined() -> None:
    # History from 20.02.2025 inside the window 30.01-28.02, first offer unknown: undetermined,
    # and the series from 25.02 is still reported as having no effect.
    d = decide(history(*NEW_PRODUCT), date(2025, 3, 1), "9.00", series_starts_on=date(2025, 2, 25))
    assert d.missing == ("history.starts_at_first_offer",)
    assert [r.message for r in d.not_applied] == [SERIES_NOT_APPLIED]


def test_series_named_for_perishables_is_applied_not_reported() -> None:
    # The other side: perishable bread, series from 18:00, the 20:00 cut to 3.00 is 3/6 = 50%
    # from 6.00 (ust. 4), and nothing says the series was ignored.
    d = decide(BREAD, at(2025, 6, 10, 20), "3.00", series_starts_on=at(2025, 6, 10, 18))
    assert d.reference == Decimal("6.00")
    assert all(r.message != SERIES_NOT_APPLIED for r in d.not_applied)


def test_same_history_not_perishable_looks_at_30_days() -> None:
    # Not perishable: window 11.05-9.06 holds 3.00 (5.06): 4.00 is no reduction.
    d = decide(
        BREAD.model_copy(update={"perishable": False, "starts_at_first_offer": True}),
        at(2025, 6, 10, 18),
        "4.00",
    )
    assert d.kind is ReferenceKind.SINCE_FIRST_OFFER
    assert d.reference == Decimal("3.00")
    assert d.outcome is False


# --- CJEU C-330/23 Aldi Süd -----------------------------------------------------------------

BANANAS = history(("1.29", date(2025, 9, 1)), ("1.69", date(2025, 10, 20)))


def test_aldi_bananas_are_no_reduction() -> None:
    # 1.29 in force 1.09-19.10.2025, 1.69 from 20.10; "-23%" to 1.29 from 1.11.2025: window
    # 2.10-31.10 holds 1.29 (2.10-19.10); 1.29 is not below 1.29: no reduction.
    d = decide(BANANAS, date(2025, 11, 1), "1.29")
    assert d.outcome is False
    assert d.reference == Decimal("1.29")
    assert d.max_percent is None
    summary = d.explain("pl").replace("\xa0", " ").splitlines()[0]
    assert summary == (
        "Nie wolno ogłaszać obniżki: nowa cena 1,29 zł nie jest niższa od najniższej ceny "
        "z 30 dni przed obniżką (1,29 zł)."
    )
    assert "C-330/23 Aldi Süd" in d.explain("en")


def test_aldi_bananas_after_thirty_days_at_the_higher_price() -> None:
    # Reduction from 20.11.2025: window 21.10-19.11 holds only 1.69: 0.40/1.69 = 23.668...%
    # -> 23.66%, so "-23%" is allowed then.
    d = decide(BANANAS, date(2025, 11, 20), "1.29")
    assert d.outcome is True
    assert d.max_percent == Decimal("23.66")
    assert d.max_amount == Decimal("0.40")


# --- instants: Polish calendar days ----------------------------------------------------------


def test_reduction_after_midnight_in_warsaw_but_before_it_in_utc() -> None:
    # 28.02.2025 23:30 UTC = 1.03.2025 00:30 CET: the reduction's day is 1.03 (window
    # 30.01-28.02), not 28.02 as the UTC date would say (window 29.01-27.02).
    d = decide(
        history(("5.00", date(2024, 12, 1)), ("9.00", date(2025, 1, 30))),
        datetime(2025, 2, 28, 23, 30, tzinfo=UTC),
        "8.00",
    )
    assert d.law_as_of == date(2025, 3, 1)
    assert d.window == DayWindow(date(2025, 1, 30), date(2025, 2, 28), at(2025, 3, 1, 0, 30))
    assert d.reference == Decimal("9.00")


def test_price_in_force_in_the_first_half_hour_of_the_reductions_day_counts() -> None:
    # The reduction: 28.02.2025 23:30 UTC = 1.03 00:30 CET. 5.00 from 28.02 23:00 UTC =
    # 1.03 00:00 CET was in force for the half hour before the reduction: the lowest.
    d = decide(
        history(("9.00", date(2025, 1, 1)), ("5.00", datetime(2025, 2, 28, 23, 0, tzinfo=UTC))),
        datetime(2025, 2, 28, 23, 30, tzinfo=UTC),
        "8.00",
    )
    assert d.reference == Decimal("5.00")
    assert d.outcome is False


def test_price_changed_half_an_hour_into_the_window_counts() -> None:
    # 9.00 from 29.01.2025 23:30 UTC = 30.01 00:30 CET: 5.00 was in force on 30.01 from
    # 00:00 to 00:30 Warsaw time, a moment of the window: it counts.
    d = decide(
        history(("5.00", date(2024, 12, 1)), ("9.00", datetime(2025, 1, 29, 23, 30, tzinfo=UTC))),
        date(2025, 3, 1),
        "8.00",
    )
    assert d.reference == Decimal("5.00")
    assert d.outcome is False


def test_price_changed_before_warsaw_midnight_does_not_count() -> None:
    # 9.00 from 29.01.2025 22:30 UTC = 29.01 23:30 CET: 5.00 ended before the window.
    d = decide(
        history(("5.00", date(2024, 12, 1)), ("9.00", datetime(2025, 1, 29, 22, 30, tzinfo=UTC))),
        date(2025, 3, 1),
        "8.00",
    )
    assert d.reference == Decimal("9.00")


def test_summer_time_midnight() -> None:
    # 30.06.2025 22:00 UTC = 1.07.2025 00:00 CEST: reduction day 1.07, window 1.06-30.06.
    d = decide(
        history(("9.00", date(2025, 1, 1))), datetime(2025, 6, 30, 22, 0, tzinfo=UTC), "8.00"
    )
    assert d.window == DayWindow(date(2025, 6, 1), date(2025, 6, 30))


# --- what the rule refuses to guess ----------------------------------------------------------


def test_empty_history_is_undetermined() -> None:
    d = decide(PriceHistory(), date(2025, 3, 1), "8.00")
    assert d.missing == ("history.points",)
    assert not d.determined


def test_reduction_before_the_first_offer_is_undetermined() -> None:
    d = decide(history(("9.00", date(2025, 3, 5))), date(2025, 3, 1), "8.00")
    assert d.missing == ("history.points",)


def test_reduction_at_the_first_price_is_undetermined() -> None:
    d = decide(history(("8.00", date(2025, 3, 1))), date(2025, 3, 1), "8.00")
    assert d.missing == ("history.points",)


def test_perishable_series_before_any_price_is_undetermined() -> None:
    d = decide(
        history(("6.00", at(2025, 6, 10, 8)), ("4.00", at(2025, 6, 10, 18)), perishable=True),
        at(2025, 6, 10, 20),
        "3.00",
        series_starts_on=at(2025, 6, 10, 7),
    )
    assert d.missing == ("history.points",)


def test_history_price_at_the_reduction_moment_must_be_the_reduced_price() -> None:
    with pytest.raises(InvalidFacts) as error:
        lowest_price(PROGRESSIVE, Reduction(starts_on=date(2025, 3, 1), gross="7.00"))
    assert error.value.field == "reduction.gross"


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        Reduction(starts_on=datetime(2025, 3, 1, 0, 0), gross="8.00")
    with pytest.raises(ValidationError, match="time zone"):
        PricePoint(gross="8.00", since="2025-03-01T00:00")


def test_two_prices_from_one_moment_are_refused() -> None:
    # A plain day means from Warsaw midnight: 1.03.2025 and 1.03.2025 00:00 CET coincide.
    with pytest.raises(ValidationError, match=r"points\[1\]\.since"):
        history(("9.00", date(2025, 3, 1)), ("8.00", at(2025, 3, 1)))


def test_series_cannot_begin_after_its_reduction() -> None:
    with pytest.raises(ValidationError, match="series"):
        Reduction(starts_on=at(2025, 6, 10, 18), gross="4.00", series_starts_on=at(2025, 6, 11))


def test_reductions_before_2023_are_not_covered() -> None:
    # The duty applies from 1.01.2023; 31.12.2022 23:30 UTC is already 1.01.2023 in Poland.
    prices = history(("9.00", date(2022, 1, 1)))
    with pytest.raises(LawNotCovered):
        lowest_price(prices, Reduction(starts_on=date(2022, 12, 31), gross="8.00"))
    d = decide(prices, datetime(2022, 12, 31, 23, 30, tzinfo=UTC), "8.00")
    assert d.law_as_of == date(2023, 1, 1)


# --- the registry, the record and the wording ------------------------------------------------


def test_rule_is_registered_from_2023_keyed_on_the_reduction() -> None:
    registered = REGISTRY[RULE]
    assert registered.entry is lowest_price
    (version,) = registered.versions
    assert (version.valid_from, version.valid_until) == (date(2023, 1, 1), None)
    assert version.keyed_on is KeyDate.REDUCTION_STARTS
    assert [c.pl() for c in registered.basis] == [
        "art. 4 ust. 2 UoIC",
        "art. 4 ust. 3 UoIC",
        "art. 4 ust. 4 UoIC",
    ]
    assert len(registered.interpretations) >= 5
    assert any(
        "part of the reduction's own day before the reduction took effect" in i.en
        for i in registered.interpretations
    )


def test_decision_as_json() -> None:
    record = json.loads(decide(PROGRESSIVE, date(2025, 4, 15), "4.00").to_json())
    assert record["outcome"] is True
    assert record["reference"] == "8.00"
    assert record["max_percent"] == "50.00"
    assert record["window"] == {
        "first": "2025-03-16",
        "last": "2025-04-14",
        "reduction_day_until": None,  # a plain-day reduction: no hours of its own day
    }
    assert record["source"] == {
        "index": 1,
        "gross": "8.00",
        "since": "2025-03-01",
        "until": "2025-04-15",
    }
    assert record["kind"] == "last_30_days"


def test_polish_explanation_names_the_window_and_the_articles() -> None:
    text = decide(PROGRESSIVE, date(2025, 4, 15), "4.00").explain("pl").replace("\xa0", " ")
    assert (
        "od 16 marca 2025 r. do 14 kwietnia 2025 r.; okresu nie przesuwa się "
        "(art. 4 ust. 2 UoIC)." in text
    )
    assert "obowiązująca od 1 marca 2025 r. do zmiany 15 kwietnia 2025 r." in text
    assert "Nowa cena 4,00 zł jest niższa od tej ceny o 4,00 zł, tj. o 50%" in text
    assert "Towar nie ulega szybkiemu zepsuciu" in text


# --- properties -------------------------------------------------------------------------------

ZONES = (UTC, WARSAW, timezone(timedelta(hours=5)), timezone(timedelta(hours=-7)))
BASE = datetime(2024, 11, 1, tzinfo=WARSAW)


@st.composite
def moments(draw: st.DrawFn, minutes: int) -> date | datetime:
    """A plain day or an aware instant, ``minutes`` from 1.11.2024 rounded as drawn."""
    moment = BASE + timedelta(minutes=minutes)
    if draw(st.booleans()):
        return moment.date()
    return moment.astimezone(draw(st.sampled_from(ZONES)))


@st.composite
def histories_and_reductions(draw: st.DrawFn) -> tuple[PriceHistory, Reduction]:
    # Moments cluster on few days, often on midnights, to hit the window's edges.
    offsets = draw(
        st.lists(
            st.integers(0, 150).flatmap(
                lambda day: st.sampled_from([0, 30, 23 * 60 + 30, 60 * 12]).map(
                    lambda minute: day * 1440 + minute
                )
            ),
            max_size=12,
            unique=True,
        )
    )
    points: list[PricePoint] = []
    for offset in sorted(offsets):
        since = draw(moments(offset))
        if points and _warsaw(since) <= _warsaw(points[-1].since):
            continue
        points.append(PricePoint(gross=Decimal(draw(st.integers(1, 30))) / 4, since=since))
    prices = PriceHistory(
        points=tuple(points),
        perishable=draw(st.booleans()),
        starts_at_first_offer=draw(st.sampled_from([None, True, False])),
    )
    # Reductions also at 13:00: prices set at 00:30 or 12:00 of that day precede them.
    starts = draw(
        moments(draw(st.integers(60, 160)) * 1440 + draw(st.sampled_from([0, 60, 13 * 60])))
    )
    gross = Decimal(draw(st.integers(0, 30))) / 4
    same = [p for p in points if _warsaw(p.since) == _warsaw(starts)]
    if same:
        gross = same[0].gross
    series = None
    if draw(st.booleans()):
        series = _warsaw(starts) - timedelta(minutes=draw(st.integers(0, 20 * 1440)))
    return prices, Reduction(starts_on=starts, gross=gross, series_starts_on=series)


def _warsaw(moment: date | datetime) -> datetime:
    if isinstance(moment, datetime):
        return moment.astimezone(WARSAW)
    return datetime(moment.year, moment.month, moment.day, tzinfo=WARSAW)


@given(histories_and_reductions())
def test_index_agrees_with_the_plain_scan(case: tuple[PriceHistory, Reduction]) -> None:
    prices, reduction = case
    assert PriceIndex(prices).lowest_price(reduction) == lowest_price(prices, reduction)


@given(histories_and_reductions())
def test_reference_is_the_lowest_price_in_force_in_the_window(
    case: tuple[PriceHistory, Reduction],
) -> None:
    prices, reduction = case
    d = lowest_price(prices, reduction)
    if d.window is None or d.reference is None:
        return
    # Independently of the rule: which prices were in force at some moment of the window
    # (Warsaw midnight of its first day up to the reduction's instant, art. 4 ust. 2 UoIC
    # "przed wprowadzeniem obniżki")?
    opens, closes = _warsaw(d.window.first), _warsaw(reduction.starts_on)
    midnight = _warsaw(d.window.last + timedelta(days=1))
    assert d.window.reduction_day_until == (None if closes == midnight else closes)
    in_force = []
    for i, point in enumerate(prices.points):
        ends = _warsaw(prices.points[i + 1].since) if i + 1 < len(prices.points) else None
        if _warsaw(point.since) < closes and (ends is None or ends > opens):
            in_force.append(point.gross)
    assert in_force
    assert all(d.reference <= gross for gross in in_force)
    assert d.reference in in_force
    assert d.source is not None
    assert prices.points[d.source.index].gross == d.reference
    assert d.window.last == _warsaw(reduction.starts_on).date() - timedelta(days=1)


@given(histories_and_reductions())
def test_advertised_reduction_never_exceeds_the_real_one(
    case: tuple[PriceHistory, Reduction],
) -> None:
    prices, reduction = case
    d = lowest_price(prices, reduction)
    if not d.determined or d.reference is None:
        return
    assert d.outcome is (reduction.gross < d.reference)
    if d.outcome:
        assert d.max_amount == d.reference - reduction.gross
        assert d.max_percent is not None
        exact = d.max_amount * 100 / d.reference
        assert d.max_percent <= exact < d.max_percent + Decimal("0.01")


@given(histories_and_reductions(), st.sampled_from(ZONES))
def test_time_zone_of_the_instants_does_not_matter(
    case: tuple[PriceHistory, Reduction], zone: timezone | ZoneInfo
) -> None:
    prices, reduction = case

    def moved(moment: date | datetime) -> date | datetime:
        return moment.astimezone(zone) if isinstance(moment, datetime) else moment

    shifted = prices.model_copy(
        update={
            "points": tuple(p.model_copy(update={"since": moved(p.since)}) for p in prices.points)
        }
    )
    a, b = lowest_price(prices, reduction), lowest_price(shifted, reduction)
    assert (a.outcome if a.determined else a.missing) == (b.outcome if b.determined else b.missing)
    assert (a.reference, a.window, a.max_percent) == (b.reference, b.window, b.max_percent)


@given(
    st.lists(st.integers(1, 400), min_size=1, max_size=300),
    st.integers(0, 40),
    st.integers(0, 59),
)
def test_index_agrees_with_the_scan_on_dense_histories(
    cents: list[int], start_day: int, minute_step: int
) -> None:
    # Hundreds of changes a few minutes apart: windows hold many prices (deep sparse levels).
    step = timedelta(minutes=minute_step + 1, hours=3)
    points = tuple(
        PricePoint(gross=Decimal(c) / 100, since=BASE + i * step) for i, c in enumerate(cents)
    )
    prices = PriceHistory(points=points, starts_at_first_offer=True)
    index = PriceIndex(prices)
    for day in range(start_day, start_day + 60, 7):
        # A plain day, and an instant in the afternoon after prices set that morning.
        afternoon = BASE + timedelta(days=day, hours=13, minutes=minute_step)
        for starts_on in ((BASE + timedelta(days=day)).date(), afternoon):
            reduction = Reduction(starts_on=starts_on, gross="0.50")
            same = [p for p in points if p.since == _warsaw(reduction.starts_on)]
            if same:
                reduction = reduction.model_copy(update={"gross": same[0].gross})
            assert index.lowest_price(reduction) == lowest_price(prices, reduction)


# --- the sentences, from the catalogs ---------------------------------------------------------


def test_the_reasons_are_catalog_messages_with_their_values_as_params() -> None:
    d = decide(PROGRESSIVE, date(2025, 4, 15), "4.00")
    assert d.summary.message == "prices.lowest_before_reduction.may_announce"
    assert d.summary.params is not None
    assert d.summary.params["reference"] == Decimal("8.00")
    assert d.summary.params["percent"] == Percent("50.00")
    assert [r.message for r in d.reasons] == [
        "prices.lowest_before_reduction.window",
        "prices.lowest_before_reduction.lowest_in_force_until_changed",
        "prices.lowest_before_reduction.below_reference",
    ]
    window = d.reasons[0].params
    assert window is not None
    assert (window["first"], window["last"]) == (date(2025, 3, 16), date(2025, 4, 14))
    assert [r.message for r in d.not_applied] == [
        "prices.lowest_before_reduction.offered_whole_window",
        "prices.lowest_before_reduction.not_perishable",
    ]
    assert {i.id for i in REGISTRY[RULE].interpretations} >= {
        "prices.lowest_before_reduction.any_moment_counts",
        "prices.lowest_before_reduction.percent_rounded_down",
    }


def test_a_reduction_is_explained_in_whole_sentences_in_polish_and_english() -> None:
    d = decide(PROGRESSIVE, date(2025, 4, 15), "4.00")
    pl = d.explain("pl").replace("\xa0", " ")
    assert pl.splitlines()[0] == (
        "Obniżkę można ogłosić; obok obniżonej ceny trzeba podać najniższą cenę z 30 dni przed "
        "obniżką: 8,00 zł. Najwyższa obniżka, jaką można podać: 50% (4,00 zł)."
    )
    assert (
        " - Najniższa cena w tym okresie to 8,00 zł, obowiązująca od 1 marca 2025 r. do zmiany "
        "15 kwietnia 2025 r. (art. 4 ust. 2 UoIC)."
    ) in pl.splitlines()
    assert d.reasons[1].text("en").replace("\xa0", " ") == (
        "The lowest price in that period is PLN 8.00, in force from 1 March 2025 until changed "
        "on 15 April 2025."
    )


def test_an_instant_ends_a_sentence_with_its_own_full_stop() -> None:
    prices = history(("10.00", date(2025, 1, 1)), ("9.00", at(2025, 2, 10, 9)))
    lowest = decide(prices, date(2025, 3, 1), "8.00").reasons[1]
    assert lowest.text("pl").replace("\xa0", " ") == (
        "Najniższa cena w tym okresie to 9,00 zł, obowiązująca od 10 lutego 2025, 09:00 CET."
    )
    assert lowest.text("en").replace("\xa0", " ") == (
        "The lowest price in that period is PLN 9.00, in force from 10 February 2025, 09:00 CET."
    )


def test_an_undetermined_reference_names_the_missing_fact_in_each_language() -> None:
    prices = history(("10.00", date(2025, 2, 20)))
    d = decide(prices, date(2025, 3, 1), "8.00")
    assert d.summary.text("pl") == (
        "Nie da się ustalić ceny odniesienia: brak faktu history.starts_at_first_offer."
    )
    assert d.summary.text("en") == (
        "The reference price cannot be determined: history.starts_at_first_offer is missing."
    )


def test_a_reduction_is_explained_in_ukrainian() -> None:
    d = decide(PROGRESSIVE, date(2025, 4, 15), "4.00")
    uk = d.explain("uk").replace("\xa0", " ").splitlines()
    assert uk[0] == (
        "Знижку можна оголосити; поруч зі зниженою ціною треба вказати найнижчу ціну за 30 днів "
        "до знижки: 8,00 PLN. Найбільша знижка, яку можна вказати: 50% (4,00 PLN)."
    )
    # a date ending the sentence keeps the dot of "р." before the citation
    assert uk[2] == (
        " - Найнижча ціна в цьому періоді — 8,00 PLN, чинна від 1 березня 2025 р. до зміни "
        "15 квітня 2025 р. (art. 4 ust. 2 UoIC)."
    )
