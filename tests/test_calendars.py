"""Polish calendars: every expected date is worked out by hand from the statute and a calendar."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regulamin.calendars import (
    OFFICE_HOURS,
    WARSAW,
    Counting,
    Schedule,
    add_elapsed_hours,
    add_working_hours,
    clock_start,
    day_off_name,
    deadline,
    holiday_name,
    holidays_in,
    is_day_off,
    is_holiday,
    is_working_day,
    look_back,
    next_working_day,
    period_end,
    periods,
    poland_table,
    roll_forward,
    working_hours_between,
)
from regulamin.errors import InvalidFacts, LawNotCovered

# --- days off -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        (date(2010, 1, 6), False),  # Trzech Króli is a day off only from 2011 (Dz.U. 2010 nr 224)
        (date(2011, 1, 6), True),
        (date(2024, 12, 24), False),  # Wigilia: a day off from 2025 (ustawa z 6.12.2024)
        (date(2025, 12, 24), True),
        (date(2018, 11, 12), True),  # one-off: ustawa z 9.10.2018, the 100th anniversary
        (date(2019, 11, 12), False),
        (date(2026, 5, 3), True),  # Święto Konstytucji 3 Maja, on a Sunday in 2026
        (date(2026, 6, 4), True),  # Boże Ciało: Easter 5.04.2026 + 60 days
    ],
)
def test_statutory_holidays_follow_the_law_of_their_year(day: date, holiday: bool) -> None:
    assert is_holiday(day) is holiday


def test_the_generated_table_equals_the_holidays_package() -> None:
    # the table (scripts/poland_holidays.py) must answer as the package does for every year
    # it covers, in every language; a change of the law in the package fails here first
    for year in range(poland_table.FIRST, poland_table.LAST + 1):
        for lang, code in {"pl": "pl", "en": "en_US", "uk": "uk"}.items():
            expected = dict(holidays.country_holidays("PL", years=year, language=code))
            assert holidays_in(year, lang) == expected, (year, lang)


def test_years_outside_the_table() -> None:
    # 1989 is before the table: the package answers (22 July was a holiday until 1989)
    assert is_holiday(date(1989, 1, 1)) and is_holiday(date(1989, 7, 22))
    assert not is_holiday(date(1990, 7, 22))
    # after 2100 the package knows no holidays; "none" would be a silent wrong answer
    with pytest.raises(LawNotCovered, match="2100"):
        is_holiday(date(2101, 1, 1))


def test_holiday_names_in_both_languages() -> None:
    assert holiday_name(date(2025, 12, 24), "pl") == "Wigilia Bożego Narodzenia"
    assert holiday_name(date(2025, 12, 24), "en") == "Christmas Eve"
    assert holiday_name(date(2025, 12, 23)) is None
    # 2026-12-27 is an ordinary Sunday: named by its weekday
    assert day_off_name(date(2026, 12, 27), "pl") == "niedziela"


def test_working_days_are_monday_to_friday_without_holidays() -> None:
    assert is_working_day(date(2026, 12, 23))  # Wednesday
    assert not is_working_day(date(2026, 12, 24))  # Thursday, Wigilia
    assert not is_working_day(date(2026, 10, 24))  # Saturday
    # after Wed 23.12.2026: Thu 24 Wigilia, Fri 25 and Sat 26 Christmas, Sun 27 -> Mon 28
    assert next_working_day(date(2026, 12, 23)) == date(2026, 12, 28)
    assert next_working_day(date(2026, 10, 23)) == date(2026, 10, 26)  # Fri -> Mon


# --- art. 111-112 KC: counting --------------------------------------------------------------


def test_days_do_not_count_the_day_of_the_event() -> None:
    # "14 days from receipt on 1 September run 2-15 September" (art. 111 § 2 KC)
    assert period_end(date(2026, 9, 1), days=14) == date(2026, 9, 15)


@pytest.mark.parametrize(
    ("start", "kwargs", "end"),
    [
        (date(2024, 2, 29), {"years": 2}, date(2026, 2, 28)),  # no 29.02.2026: last day of Feb
        (date(2026, 1, 31), {"months": 1}, date(2026, 2, 28)),
        (date(2024, 1, 31), {"months": 1}, date(2024, 2, 29)),  # 2024 is a leap year
        (date(2026, 3, 31), {"months": 1}, date(2026, 4, 30)),
        (date(2026, 1, 15), {"weeks": 2}, date(2026, 1, 29)),  # same weekday two weeks on
        (date(2023, 5, 10), {"years": 2}, date(2025, 5, 10)),
    ],
)
def test_art_112_matching_date_or_last_day_of_month(
    start: date, kwargs: dict[str, int], end: date
) -> None:
    assert period_end(start, **kwargs) == end


def test_negative_periods_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        period_end(date(2026, 1, 1), days=-1)


def test_look_back_window_is_30_days_ending_the_day_before() -> None:
    # reduction on 1.03.2025: 30, 31 January (2 days) + 1-28 February (28 days) = 30 days
    assert look_back(date(2025, 3, 1), 30) == (date(2025, 1, 30), date(2025, 2, 28))


# --- art. 115 KC / 1182/71: roll-forward ----------------------------------------------------


@pytest.mark.parametrize(
    ("event", "due"),
    [
        # Thu 10.12.2026 + 14 = Thu 24.12 (Wigilia, off since 2025); 25, 26 Christmas, 27 Sunday
        (date(2026, 12, 10), date(2026, 12, 28)),
        # Tue 10.12.2024 + 14 = Tue 24.12.2024: Wigilia was still a working day
        (date(2024, 12, 10), date(2024, 12, 24)),
        # Mon 29.10.2018 + 14 = Mon 12.11.2018, the one-off holiday -> Tue 13.11.2018
        (date(2018, 10, 29), date(2018, 11, 13)),
        # Thu 23.12.2010 + 14 = Thu 6.01.2011: Epiphany, a holiday from 2011 -> Fri 7.01.2011
        (date(2010, 12, 23), date(2011, 1, 7)),
        # Wed 23.12.2009 + 14 = Wed 6.01.2010: not yet a holiday
        (date(2009, 12, 23), date(2010, 1, 6)),
    ],
)
def test_fourteen_day_deadlines_roll_over_polish_days_off(event: date, due: date) -> None:
    assert deadline(event, days=14).due == due
    assert deadline(event, days=14, counting=Counting.EU).due == due


def test_saturday_rolls_under_the_code_only_from_2017() -> None:
    # 17.12.2016 + 14 = Sat 31.12.2016. Art. 115 KC before 2017: Saturday is no day off.
    old = deadline(date(2016, 12, 17), days=14)
    assert (old.nominal, old.due, old.rolled) == (date(2016, 12, 31), date(2016, 12, 31), False)
    # Regulation 1182/71 counts Saturdays always: Sat 31.12 -> Sun 1.01 (New Year) -> Mon 2.01
    assert deadline(date(2016, 12, 17), days=14, counting=Counting.EU).due == date(2017, 1, 2)
    # 31.12.2016 + 14 = Sat 14.01.2017: art. 115 KC now skips it -> Mon 16.01.2017
    assert deadline(date(2016, 12, 31), days=14).due == date(2017, 1, 16)


@pytest.mark.parametrize(
    ("start", "nominal", "due"),
    [
        # 1.08.2015 + 14 = Sat 15.08.2015, Assumption Day: a holiday is a day off whatever its
        # weekday (art. 115 KC), so the end moves past it and Sunday 16.08 to Mon 17.08.
        (date(2015, 8, 1), date(2015, 8, 15), date(2015, 8, 17)),
        # 12.12.2015 + 14 = Sat 26.12.2015, the second day of Christmas -> Sun 27 -> Mon 28.12
        (date(2015, 12, 12), date(2015, 12, 26), date(2015, 12, 28)),
        # the boundary beside them: Sat 22.08.2015 is no holiday, and before 2017 a plain
        # Saturday is no day off under the code: the end stays on it
        (date(2015, 8, 8), date(2015, 8, 22), date(2015, 8, 22)),
    ],
)
def test_a_holiday_on_a_saturday_moves_the_end_before_2017(
    start: date, nominal: date, due: date
) -> None:
    counted = deadline(start, days=14)
    assert (counted.nominal, counted.due) == (nominal, due)


def test_roll_forward_leaves_a_working_day_alone() -> None:
    assert roll_forward(date(2026, 12, 23)) == date(2026, 12, 23)
    assert is_day_off(date(2026, 12, 26)) and not is_day_off(date(2026, 12, 23))


days = st.dates(min_value=date(2015, 1, 1), max_value=date(2040, 12, 31))


@given(days, st.sampled_from(list(Counting)))
def test_a_rolled_deadline_is_never_a_day_off(day: date, counting: Counting) -> None:
    rolled = roll_forward(day, counting)
    assert rolled >= day
    assert not is_day_off(rolled, counting)
    # and no day off was skipped past: every day before it, from the start, is off
    assert all(is_day_off(day + timedelta(n), counting) for n in range((rolled - day).days))


@given(days, days, st.integers(min_value=1, max_value=60))
def test_deadlines_never_move_backwards_as_the_start_moves_forward(
    a: date, b: date, length: int
) -> None:
    first, later = sorted((a, b))
    assert deadline(first, days=length).due <= deadline(later, days=length).due


@given(days, st.integers(min_value=0, max_value=400))
def test_a_period_without_roll_forward_is_never_rolled(day: date, length: int) -> None:
    assert period_end(day, days=length) == day + timedelta(days=length)


# --- working hours --------------------------------------------------------------------------


def test_ticket_on_friday_afternoon_continues_after_the_dst_change() -> None:
    # Fri 23.10.2026 16:30 CEST: 30 min left that day; summer time ends Sun 25.10; Mon 26.10
    # 9:00 CET + 90 min = 10:30 CET (UTC+1) = 09:30 UTC
    friday = datetime(2026, 10, 23, 16, 30, tzinfo=WARSAW)
    due = add_working_hours(friday, 2)
    assert due == datetime(2026, 10, 26, 9, 30, tzinfo=UTC)
    assert due.utcoffset() == timedelta(hours=1)
    # the same instant given in UTC (14:30Z) gives the same answer
    assert add_working_hours(datetime(2026, 10, 23, 14, 30, tzinfo=UTC), 2) == due


def test_spring_dst_change_adds_no_working_hour() -> None:
    # Fri 27.03.2026 16:00 CET: 1 h that day; summer time starts Sun 29.03; Mon 30.03 9:00
    # CEST + 1 h = 10:00 CEST = 08:00 UTC
    due = add_working_hours(datetime(2026, 3, 27, 16, 0, tzinfo=WARSAW), 2)
    assert due == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)


def test_a_deadline_landing_at_closing_time_stays_there() -> None:
    # Fri 15:00 + 2 h = 17:00 the same day, not Monday 9:00
    due = add_working_hours(datetime(2026, 10, 23, 15, 0, tzinfo=WARSAW), 2)
    assert due == datetime(2026, 10, 23, 17, 0, tzinfo=WARSAW)


def test_christmas_2026_is_skipped() -> None:
    # Wed 23.12.2026 16:00: 1 h; 24-27 are off (Wigilia, Christmas, Sunday); Mon 28.12 10:00
    due = add_working_hours(datetime(2026, 12, 23, 16, 0, tzinfo=WARSAW), 2)
    assert due == datetime(2026, 12, 28, 10, 0, tzinfo=WARSAW)


def test_forty_eight_working_hours() -> None:
    # Fri 23.10 16:30 -> 0.5 h; Mon 26 to Fri 30 -> 40 h (40.5); Sat 31.10 and Sun 1.11 off;
    # Mon 2.11: 7.5 h more -> 16:30 CET
    due = add_working_hours(datetime(2026, 10, 23, 16, 30, tzinfo=WARSAW), 48)
    assert due == datetime(2026, 11, 2, 16, 30, tzinfo=WARSAW)


def test_saturdays_count_in_a_monday_to_saturday_schedule() -> None:
    # Fri 23.10 16:30 -> 0.5 h; Sat 24.10 9:00 CEST + 1.5 h = 10:30 CEST
    mon_sat = Schedule(frozenset(range(6)))
    due = add_working_hours(datetime(2026, 10, 23, 16, 30, tzinfo=WARSAW), 2, mon_sat)
    assert due == datetime(2026, 10, 24, 10, 30, tzinfo=WARSAW)


def test_fractional_hours_and_starts_before_opening() -> None:
    # 07:00 is before opening: the clock starts at 9:00; a quarter of an hour -> 9:15
    early = datetime(2026, 10, 21, 7, 0, tzinfo=WARSAW)
    assert add_working_hours(early, Decimal("0.25")).time() == time(9, 15)
    assert add_working_hours(early, timedelta(minutes=90)).time() == time(10, 30)


def test_working_hours_between_two_instants() -> None:
    start = datetime(2026, 10, 23, 16, 30, tzinfo=WARSAW)
    end = datetime(2026, 10, 26, 10, 30, tzinfo=WARSAW)
    assert working_hours_between(start, end) == timedelta(hours=2)
    with pytest.raises(InvalidFacts, match="end"):
        working_hours_between(end, start)


def test_naive_datetimes_are_refused_naming_the_argument() -> None:
    with pytest.raises(InvalidFacts) as error:
        add_working_hours(datetime(2026, 10, 23, 16, 30), 2)
    assert error.value.field == "start"
    with pytest.raises(InvalidFacts, match="negative"):
        add_working_hours(datetime(2026, 10, 23, 16, 30, tzinfo=WARSAW), -1)


def test_schedules_must_make_sense() -> None:
    with pytest.raises(ValueError, match="closes"):
        Schedule(frozenset({0}), opens=time(17), closes=time(9))
    with pytest.raises(ValueError, match="weekdays"):
        Schedule(frozenset({7}))


instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)
hours = st.integers(min_value=0, max_value=60 * 60 * 100).map(lambda s: timedelta(seconds=s))


@given(instants, hours)
def test_adding_working_hours_is_undone_by_counting_them(start: datetime, span: timedelta) -> None:
    due = add_working_hours(start, span, OFFICE_HOURS)
    assert working_hours_between(start, due) == span


@given(instants, hours.filter(bool))
def test_deadlines_fall_within_working_hours(start: datetime, span: timedelta) -> None:
    local = add_working_hours(start, span).astimezone(WARSAW)
    assert OFFICE_HOURS.runs_on(local.date())
    assert time(9) < local.time() <= time(17)


# Schedules open at night, across the DST change (2:00-3:00), or around the clock (the CodeTwo
# seed's live support runs "całodobowo w dni robocze"), beside the office hours.
AROUND_THE_CLOCK = Schedule(frozenset(range(5)), time(0), None)
NIGHT_SCHEDULES = [
    OFFICE_HOURS,
    AROUND_THE_CLOCK,
    Schedule(frozenset(range(7)), time(0), None),
    Schedule(frozenset(range(7)), time(0), time(6)),
    Schedule(frozenset(range(7)), time(1, 30), time(2, 30)),  # wholly inside the spring gap
    Schedule(frozenset(range(7)), time(22), None),
]
# the spring and autumn changes of 2017-2027, where schedules open at night get tested
_CHANGES = [
    datetime(year, month, day, 1, 0, tzinfo=UTC)
    for year, month, day in [(2017, 3, 26), (2017, 10, 29), (2024, 3, 31), (2024, 10, 27),
                             (2026, 3, 29), (2026, 10, 25), (2027, 3, 28), (2027, 10, 31)]
]
near_changes = st.builds(
    lambda change, minutes: change + timedelta(minutes=minutes),
    st.sampled_from(_CHANGES),
    st.integers(min_value=-3 * 24 * 60, max_value=3 * 24 * 60),
)
spans = st.integers(min_value=0, max_value=72 * 60).map(lambda m: timedelta(minutes=m))


def _is_real_wall_time(answer: datetime) -> bool:
    wall = answer.astimezone(WARSAW)
    naive = wall.replace(tzinfo=None)
    again = naive.replace(tzinfo=WARSAW, fold=wall.fold).astimezone(UTC).astimezone(WARSAW)
    return again.replace(tzinfo=None) == naive


@given(st.sampled_from(NIGHT_SCHEDULES), near_changes, spans)
def test_night_and_around_the_clock_schedules_across_dst(
    schedule: Schedule, start: datetime, span: timedelta
) -> None:
    due = add_working_hours(start, span, schedule)
    assert _is_real_wall_time(due)
    assert due >= start
    assert working_hours_between(start, due, schedule) == span


@given(st.sampled_from(NIGHT_SCHEDULES), near_changes, near_changes, spans)
def test_a_later_start_never_gives_an_earlier_answer(
    schedule: Schedule, first: datetime, second: datetime, span: timedelta
) -> None:
    early, late = sorted((first, second))
    assert add_working_hours(early, span, schedule) <= add_working_hours(late, span, schedule)


def test_the_spring_change_in_an_around_the_clock_schedule() -> None:
    # Sun 26.03.2017, a schedule running every day around the clock: at 01:30 CET one working
    # hour ends at 03:30 CEST (02:00-03:00 does not exist; real time runs 00:30-01:30 UTC)
    every_day = Schedule(frozenset(range(7)), time(0), None)
    due = add_working_hours(datetime(2017, 3, 26, 1, 30, tzinfo=WARSAW), 1, every_day)
    assert due == datetime(2017, 3, 26, 1, 30, tzinfo=UTC)
    assert (due.hour, due.minute) == (3, 30)
    # the day has 23 real hours: from Saturday midnight 24 h end at 01:00 on Monday 27.03
    midnight = datetime(2017, 3, 26, 0, 0, tzinfo=WARSAW)
    assert add_working_hours(midnight, 24, every_day) == datetime(2017, 3, 27, 1, 0, tzinfo=WARSAW)
    # autumn, Sun 29.10.2017: 25 real hours; 24 h from midnight end at 23:00 the same day
    autumn = datetime(2017, 10, 29, 0, 0, tzinfo=WARSAW)
    assert add_working_hours(autumn, 24, every_day) == datetime(2017, 10, 29, 23, 0, tzinfo=WARSAW)


def test_a_schedule_inside_the_spring_gap_works_only_its_real_half_hour() -> None:
    # 01:30-02:30 on 26.03.2017 is 01:30-02:00 CET and then the jump: 30 real minutes
    gap = Schedule(frozenset(range(7)), time(1, 30), time(2, 30))
    day = datetime(2017, 3, 26, 0, 0, tzinfo=WARSAW)
    assert working_hours_between(day, day + timedelta(days=1), gap) == timedelta(minutes=30)
    with pytest.raises(ValueError, match="opens"):
        Schedule(frozenset({0}), opens=time(9, tzinfo=UTC), closes=time(17))


def test_the_clock_starts_at_the_next_opening() -> None:
    # Fri 23.10.2026 17:30 is after closing; Sat and Sun are off -> Mon 26.10 9:00 CET
    assert clock_start(datetime(2026, 10, 23, 17, 30, tzinfo=WARSAW)) == datetime(
        2026, 10, 26, 9, 0, tzinfo=WARSAW
    )
    # at closing time the clock no longer runs that day
    assert clock_start(datetime(2026, 10, 23, 17, 0, tzinfo=WARSAW)).date() == date(2026, 10, 26)
    # within working hours it is already running
    during = datetime(2026, 10, 23, 12, 15, tzinfo=UTC)  # 14:15 CEST
    assert clock_start(during) == during


def test_elapsed_hours_count_real_hours_across_dst() -> None:
    # autumn: Sat 24.10.2026 12:00 CEST = 10:00 UTC; + 24 h = Sun 25.10 10:00 UTC = 11:00 CET
    autumn = add_elapsed_hours(datetime(2026, 10, 24, 12, 0, tzinfo=WARSAW), 24)
    assert autumn == datetime(2026, 10, 25, 11, 0, tzinfo=WARSAW)
    # spring: Sat 28.03.2026 12:00 CET = 11:00 UTC; + 24 h = Sun 29.03 11:00 UTC = 13:00 CEST
    spring = add_elapsed_hours(datetime(2026, 3, 28, 12, 0, tzinfo=WARSAW), 24)
    assert spring == datetime(2026, 3, 29, 13, 0, tzinfo=WARSAW)


def test_a_schedule_may_run_on_holidays_on_chosen_weekdays() -> None:
    saturday_holiday = date(2026, 12, 26)  # drugi dzień Bożego Narodzenia, a Saturday
    assert not Schedule(frozenset(range(6))).runs_on(saturday_holiday)
    every_saturday = Schedule(frozenset(range(6)), open_on_holidays=frozenset({5}))
    assert every_saturday.runs_on(saturday_holiday)
    assert not every_saturday.runs_on(date(2026, 12, 25))  # Friday, Christmas Day
    with pytest.raises(ValueError, match="open_on_holidays"):
        Schedule(frozenset(range(5)), open_on_holidays=frozenset({6}))


def test_deadline_answers_come_from_one_bounded_cache() -> None:
    # the same question twice gets the very same (immutable) answer, and the cache has a bound
    first = deadline(date(2026, 12, 10), days=14, counting=Counting.EU)
    assert deadline(date(2026, 12, 10), days=14, counting=Counting.EU) is first
    assert first.due == date(2026, 12, 28)  # 24.12 Wigilia, 25-26 Christmas, 27 Sunday
    assert periods._deadline.cache_info().maxsize == periods.DEADLINE_CACHE_SIZE
