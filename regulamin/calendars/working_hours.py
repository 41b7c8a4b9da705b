"""Working-hours arithmetic for service levels, on Europe/Warsaw wall-clock time.

A :class:`Schedule` says on which weekdays, and between which hours, the clock of a service
level runs: "Monday to Friday 9:00-17:00, not on holidays" is the seeds' *godziny robocze*.
The hours are wall-clock hours in Warsaw, so a change to or from summer time never adds or
removes a working hour. Instants may come in any time zone; answers are in Europe/Warsaw.

A deadline that lands exactly at closing time stays there (17:00 that day, not 9:00 the next
working day): the hour was used up within the day.

>>> from datetime import datetime
>>> friday = datetime(2026, 10, 23, 16, 30, tzinfo=WARSAW)          # CEST, UTC+2
>>> add_working_hours(friday, 2, OFFICE_HOURS).isoformat()          # 30 min Fri + 90 min Mon
'2026-10-26T10:30:00+01:00'
>>> add_working_hours(datetime(2026, 10, 23, 15, 0, tzinfo=WARSAW), 2, OFFICE_HOURS).hour
17
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from ..errors import InvalidFacts
from .days_off import is_holiday

WARSAW = ZoneInfo("Europe/Warsaw")
_ONE_DAY = timedelta(days=1)
_ZERO = timedelta(0)


@dataclass(frozen=True, slots=True)
class Schedule:
    """When the clock of a service level runs.

    ``weekdays`` are ISO-less Python weekdays (Monday 0 ... Sunday 6); the clock runs from
    ``opens`` to ``closes`` on each of them, and on holidays only if ``holidays_count``.
    """

    weekdays: frozenset[int]
    opens: time = time(9)
    closes: time = time(17)
    holidays_count: bool = False

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays: a schedule runs on some of the days 0 (Mon) to 6 (Sun)")
        if self.opens >= self.closes:
            raise ValueError(f"closes: {self.closes} is not after opening time {self.opens}")

    def runs_on(self, day: date) -> bool:
        """Does the clock run at all on ``day``?"""
        return day.weekday() in self.weekdays and (self.holidays_count or not is_holiday(day))

    @property
    def hours_per_day(self) -> timedelta:
        return datetime.combine(date.min, self.closes) - datetime.combine(date.min, self.opens)


OFFICE_HOURS = Schedule(frozenset(range(5)))
"""Monday to Friday, 9:00-17:00, holidays excluded: the seeds' working hours."""


def _wall_clock(instant: datetime, field: str) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise InvalidFacts(field, f"{instant} has no time zone; give e.g. Europe/Warsaw or UTC")
    return instant.astimezone(WARSAW).replace(tzinfo=None)


def _duration(hours: int | Decimal | float | timedelta) -> timedelta:
    if isinstance(hours, timedelta):
        span = hours
    elif isinstance(hours, Decimal):
        span = timedelta(microseconds=int(hours * 3_600_000_000))
    else:
        span = timedelta(hours=hours)
    if span < _ZERO:
        raise InvalidFacts("hours", f"cannot add a negative number of working hours ({hours})")
    return span


def add_working_hours(
    start: datetime, hours: int | Decimal | float | timedelta, schedule: Schedule = OFFICE_HOURS
) -> datetime:
    """The instant at which ``hours`` working hours have elapsed since ``start``."""
    remaining = _duration(hours)
    cursor = _wall_clock(start, "start")
    if not remaining:
        return start.astimezone(WARSAW)
    while True:
        day = cursor.date()
        if schedule.runs_on(day):
            opening = datetime.combine(day, schedule.opens)
            closing = datetime.combine(day, schedule.closes)
            cursor = max(cursor, opening)
            if cursor < closing:
                if remaining <= closing - cursor:
                    # Opening hours never hold a DST change (2-3 am), so wall time is unambiguous.
                    return (cursor + remaining).replace(tzinfo=WARSAW)
                remaining -= closing - cursor
        cursor = datetime.combine(day + _ONE_DAY, time())


def working_hours_between(
    start: datetime, end: datetime, schedule: Schedule = OFFICE_HOURS
) -> timedelta:
    """How much working time lies between two instants."""
    first, last = _wall_clock(start, "start"), _wall_clock(end, "end")
    if end < start:
        raise InvalidFacts("end", f"{end.isoformat()} is before the start {start.isoformat()}")
    total = _ZERO
    day = first.date()
    while day <= last.date():
        if schedule.runs_on(day):
            opening = max(first, datetime.combine(day, schedule.opens))
            closing = min(last, datetime.combine(day, schedule.closes))
            if closing > opening:
                total += closing - opening
        day += _ONE_DAY
    return total
