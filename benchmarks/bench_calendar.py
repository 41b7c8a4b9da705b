"""Polish time against the libraries a backend would otherwise use. Run on demand:

    .venv/bin/python benchmarks/bench_calendar.py

1. The period primitive: N days from an event, then roll forward past Saturdays, Sundays and
   holidays (art. 111 § 2 and 115 KC, art. 3 of Regulation 1182/71), scalar calls:
   :func:`regulamin.calendars.deadline` against ``numpy.busday_offset``, ``workalendar``
   (Poland) and ``businesstimedelta``. numpy and businesstimedelta are given the holidays of
   the ``holidays`` package (the source regulamin uses); workalendar brings its own.
2. Adding working hours (Monday-Friday 9:00-17:00, Warsaw, holidays off), 2 and 48 hours:
   :func:`regulamin.calendars.add_working_hours` against ``businesstimedelta`` and pandas'
   ``CustomBusinessHour``.

regulamin's :func:`~regulamin.calendars.deadline` keeps its answers in an LRU cache; the
ratios are taken against the same computation uncached (``period_end`` then
``roll_forward``), the cached time is shown beside it.

Each peer is first run on the same inputs as regulamin and its answers compared: the counts
of disagreements, and one concrete input for each kind, are printed before the times. Ratios
are the peer's time over regulamin's (above 1: regulamin is faster).
"""

from __future__ import annotations

import random
import warnings
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from timing import heading, line, peer, per_call

from regulamin.calendars import (
    OFFICE_HOURS,
    Counting,
    add_working_hours,
    deadline,
    period_end,
    roll_forward,
)

WARSAW = ZoneInfo("Europe/Warsaw")
UTC = ZoneInfo("UTC")
DAYS = 14
FIRST, LAST = date(2017, 1, 1), date(2027, 12, 31)


def polish_holidays() -> list[date]:
    import holidays  # noqa: PLC0415  (regulamin's own source of holidays)

    return sorted(holidays.country_holidays("PL", years=range(FIRST.year, LAST.year + 2)))


def ours_days(start: date) -> date:
    return deadline(start, days=DAYS, counting=Counting.EU).due


def ours_uncached(start: date) -> date:
    """The same answer as :func:`deadline` without its cache: counting, then rolling."""
    return roll_forward(period_end(start, days=DAYS), Counting.EU)


def _compare(
    name: str, theirs: Callable[[date], date], starts: list[date], why: Callable[[date], str]
) -> None:
    wrong = [(s, ours_days(s), theirs(s)) for s in starts if theirs(s) != ours_days(s)]
    if not wrong:
        print(f"  {name}: agrees on all {len(starts):,} start days")
        return
    print(f"  {name}: disagrees on {len(wrong)} of {len(starts):,} start days, e.g.")
    seen: set[str] = set()
    for start, mine, other in wrong:
        reason = why(mine if mine < other else other)
        if reason not in seen and len(seen) < 5:
            seen.add(reason)
            print(f"    start {start}: regulamin {mine}, {name} {other} ({reason})")


def _off_because(day: date) -> str:
    from regulamin.calendars import day_off_name  # noqa: PLC0415

    return f"{day} is {day_off_name(day, 'en')}"


def days(starts: list[date], holidays: list[date]) -> None:
    heading(f"The period primitive: {DAYS} days, then roll forward (scalar), per call")
    assert all(ours_uncached(s) == ours_days(s) for s in starts)
    cached = per_call(ours_days, starts)
    ours = per_call(ours_uncached, starts)
    results: list[tuple[str, float]] = []

    numpy = peer("numpy")
    if numpy is not None:
        calendar = numpy.busdaycalendar(weekmask="1111100", holidays=holidays)
        step = numpy.timedelta64(DAYS, "D")

        def numpy_days(start: date) -> date:
            due = numpy.busday_offset(
                numpy.datetime64(start, "D") + step, 0, "forward", busdaycal=calendar
            )
            result: date = due.astype(object)
            return result

        native = [numpy.datetime64(s, "D") for s in starts]
        _compare("numpy.busday_offset", numpy_days, starts, _off_because)
        results.append(
            (
                "numpy.busday_offset (datetime64 in and out)",
                per_call(
                    lambda s: numpy.busday_offset(s + step, 0, "forward", busdaycal=calendar),
                    native,
                ),
            )
        )
        results.append(("numpy.busday_offset (date in and out)", per_call(numpy_days, starts)))

    workalendar = peer("workalendar.europe", "workalendar")
    if workalendar is not None:
        poland = workalendar.Poland()

        def workalendar_days(start: date) -> date:
            # find_following_working_day skips weekends only (its own warning): roll by hand
            nominal = start + timedelta(days=DAYS)
            if poland.is_working_day(nominal):
                return nominal
            due: date = poland.add_working_days(nominal, 1)
            return due

        _compare("workalendar", workalendar_days, starts, _off_because)
        results.append(("workalendar Poland", per_call(workalendar_days, starts)))

    btd = peer("businesstimedelta")
    pytz = peer("pytz") if btd is not None else None
    if btd is not None and pytz is not None:
        rules = _btd_rules(btd, pytz, holidays)
        zone = pytz.timezone("Europe/Warsaw")

        def btd_days(start: date) -> date:
            nominal = zone.localize(datetime.combine(start + timedelta(days=DAYS), time()))
            opens: datetime = rules.next(nominal)[0]
            return opens.date()

        _compare("businesstimedelta", btd_days, starts[:2000], _off_because)
        results.append(("businesstimedelta", per_call(btd_days, starts[:2000], runs=5)))

    print(line("regulamin period_end + roll_forward", ours, "µs"))
    print(line("regulamin deadline() (the same, LRU-cached)", cached, "µs"))
    for label, seconds in results:
        print(line(label, seconds, "µs", ours))


def _btd_rules(btd: Any, pytz: Any, holidays: list[date]) -> Any:
    zone = pytz.timezone("Europe/Warsaw")
    workdays = btd.WorkDayRule(
        start_time=time(9), end_time=time(17), working_days=[0, 1, 2, 3, 4], tz=zone
    )
    return btd.Rules([workdays, btd.HolidayRule(set(holidays), tz=zone)])


def _instants(count: int) -> list[datetime]:
    """Instants across 2026 at uneven minutes, some inside and some outside office hours."""
    rng = random.Random(2026)
    start = datetime(2026, 1, 2, tzinfo=WARSAW)
    return [
        (start + timedelta(minutes=rng.randrange(360 * 24 * 60))).astimezone(WARSAW)
        for _ in range(count)
    ]


# Inputs on which the peers read working hours differently: an addition that ends exactly at
# closing time, an instant given in UTC, and a naive datetime meant as Warsaw time.
FRIDAY_15_WARSAW = datetime(2026, 10, 23, 15, 0, tzinfo=WARSAW)
MONDAY_14_UTC = datetime(2026, 6, 1, 14, 0, tzinfo=UTC)
NAIVE_15 = datetime(2026, 6, 1, 15, 0)


def _show(label: str, mine: datetime, theirs: datetime, name: str, zone: ZoneInfo) -> None:
    print(
        f"    {label}: regulamin {mine.astimezone(zone):%a %Y-%m-%d %H:%M %Z}, "
        f"{name} {theirs.astimezone(zone):%a %Y-%m-%d %H:%M %Z}"
    )


def _with_btd(btd: Any, pytz: Any, holidays: list[date], amount: int) -> Callable[[Any], Any]:
    delta = btd.BusinessTimeDelta(_btd_rules(btd, pytz, holidays), hours=amount)

    def add(instant: Any) -> Any:
        return instant + delta

    return add


def _with_pandas(pandas: Any, holidays: list[date], amount: int) -> Callable[[Any], Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        offset = pandas.offsets.CustomBusinessHour(
            n=amount, start="09:00", end="17:00", holidays=holidays
        )

    def add(instant: Any) -> Any:
        return instant + offset

    return add


def hours_added(amount: int, instants: list[datetime], holidays: list[date]) -> None:
    heading(f"Adding {amount} working hours (Mon-Fri 9-17 Warsaw, holidays off), per call")
    ours = per_call(lambda start: add_working_hours(start, amount, OFFICE_HOURS), instants)
    results: list[tuple[str, float]] = []
    btd = peer("businesstimedelta")
    pytz = peer("pytz") if btd is not None else None
    if btd is not None and pytz is not None:
        add_btd = _with_btd(btd, pytz, holidays, amount)
        _compare_hours("businesstimedelta", add_btd, instants, amount)
        if amount == 2:
            mine = add_working_hours(NAIVE_15.replace(tzinfo=WARSAW), amount)
            _show(
                "naive 15:00 meant as Warsaw", mine, add_btd(NAIVE_15), "businesstimedelta", WARSAW
            )
            print("      (businesstimedelta reads a naive datetime as UTC; regulamin refuses one)")
        results.append(("businesstimedelta", per_call(add_btd, instants, runs=5)))
    pandas = peer("pandas")
    if pandas is not None:
        add_pandas = _with_pandas(pandas, holidays, amount)

        def pandas_answer(instant: datetime) -> datetime:
            moved: datetime = add_pandas(pandas.Timestamp(instant)).to_pydatetime()
            return moved

        _compare_hours("pandas CustomBusinessHour", pandas_answer, instants, amount)
        if amount == 2:
            for label, start, zone in (
                ("Fri 15:00 Warsaw", FRIDAY_15_WARSAW, WARSAW),
                ("Mon 14:00 UTC", MONDAY_14_UTC, UTC),
            ):
                mine = add_working_hours(start, amount)
                _show(label, mine, pandas_answer(start), "pandas", zone)
            print("      (pandas moves an end at 17:00 to 9:00 of the next working day, and")
            print("      applies 9-17 to a timestamp's own zone: UTC hours for a UTC timestamp)")
        stamps = [pandas.Timestamp(instant) for instant in instants]
        results.append(
            ("pandas CustomBusinessHour (Timestamp in/out)", per_call(add_pandas, stamps, runs=5))
        )
    print(line(f"regulamin add_working_hours({amount})", ours, "µs"))
    for label, seconds in results:
        print(line(label, seconds, "µs", ours))


def _compare_hours(
    name: str, theirs: Callable[[datetime], datetime], instants: list[datetime], amount: int
) -> None:
    at_closing = other = 0
    for instant in instants:
        mine = add_working_hours(instant, amount)
        if theirs(instant) != mine:
            if mine.time() == time(17):
                at_closing += 1
            else:
                other += 1
    wrong = at_closing + other
    if not wrong:
        print(f"  {name}: agrees on all {len(instants):,} instants")
    else:
        print(
            f"  {name}: disagrees on {wrong} of {len(instants):,} instants "
            f"({at_closing} where regulamin ends exactly at 17:00, {other} others)"
        )


def main() -> None:
    holidays = polish_holidays()
    starts = [FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1)]
    days(starts, holidays)
    instants = _instants(2_000)
    for amount in (2, 48):
        hours_added(amount, instants, holidays)


if __name__ == "__main__":
    main()
