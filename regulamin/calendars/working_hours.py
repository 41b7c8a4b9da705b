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
from datetime import UTC, date, datetime, time, timedelta
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

    ``weekdays`` are Python weekdays (Monday 0 ... Sunday 6); the clock runs from ``opens`` to
    ``closes`` on each of them unless the day is a public holiday, except on the weekdays in
    ``open_on_holidays`` (a plan promising "Saturdays 9-17" may mean every Saturday, holiday or
    not: the terms decide, the schedule only records it).
    """

    weekdays: frozenset[int]
    opens: time = time(9)
    closes: time = time(17)
    open_on_holidays: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays: a schedule runs on some of the days 0 (Mon) to 6 (Sun)")
        if not self.open_on_holidays <= self.weekdays:
            raise ValueError("open_on_holidays: only days on which the schedule runs at all")
        if self.opens >= self.closes:
            raise ValueError(f"closes: {self.closes} is not after opening time {self.opens}")

    def runs_on(self, day: date) -> bool:
        """Does the clock run at all on ``day``?"""
        weekday = day.weekday()
        return weekday in self.weekdays and (
            weekday in self.open_on_holidays or not is_holiday(day)
        )

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


def clock_start(instant: datetime, schedule: Schedule = OFFICE_HOURS) -> datetime:
    """The first moment at or after ``instant`` at which the clock of ``schedule`` runs.

    >>> clock_start(datetime(2026, 10, 23, 17, 30, tzinfo=WARSAW)).isoformat()
    '2026-10-26T09:00:00+01:00'
    """
    cursor = _wall_clock(instant, "start")
    while True:
        day = cursor.date()
        if schedule.runs_on(day):
            opening = datetime.combine(day, schedule.opens)
            if cursor <= opening:
                return opening.replace(tzinfo=WARSAW)
            if cursor < datetime.combine(day, schedule.closes):
                return instant.astimezone(WARSAW)
        cursor = datetime.combine(day + _ONE_DAY, time())


def add_elapsed_hours(start: datetime, hours: int | Decimal | float | timedelta) -> datetime:
    """The instant ``hours`` real hours after ``start``, in Warsaw time.

    Not working hours: every hour counts, night and holidays included. Computed on UTC,
    because adding to a Warsaw wall-clock time would make the night of a DST change 23 or 25
    hours long (24 hours from Sat 24.10.2026 12:00 CEST end Sun 25.10 at 11:00 CET).

    >>> add_elapsed_hours(datetime(2026, 10, 24, 12, 0, tzinfo=WARSAW), 24).isoformat()
    '2026-10-25T11:00:00+01:00'
    """
    _wall_clock(start, "start")
    return (start.astimezone(UTC) + _duration(hours)).astimezone(WARSAW)


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
