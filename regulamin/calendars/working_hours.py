"""Working-hours arithmetic for service levels, on Europe/Warsaw wall-clock time.

A :class:`Schedule` says on which weekdays, and between which hours, the clock of a service
level runs: "Monday to Friday 9:00-17:00, not on holidays" is the seeds' *godziny robocze*;
"around the clock on working days" is ``Schedule(weekdays, time(0), None)`` (``None``: until
midnight). Instants may come in any time zone; answers are in Europe/Warsaw.

Each day the clock runs from the first moment whose Warsaw wall time is ``opens`` to the first
whose wall time is ``closes``, and counts the real time between them. For a schedule that is
shut at night (9:00-17:00) this is exactly the wall-clock length, so a change to or from
summer time never adds or removes a working hour. A schedule open across 2:00-3:00 runs 23
real hours on the spring day (the hour that does not exist is not worked) and 25 on the autumn
day (the repeated hour is worked twice): every answer is then a wall time that exists, later
starts never give earlier answers, and :func:`working_hours_between` gives back the hours
added.

A deadline that lands exactly at closing time stays there (17:00 that day, not 9:00 the next
working day): the hour was used up within the day.

>>> from datetime import datetime
>>> friday = datetime(2026, 10, 23, 16, 30, tzinfo=WARSAW)          # CEST, UTC+2
>>> add_working_hours(friday, 2, OFFICE_HOURS).isoformat()          # 30 min Fri + 90 min Mon
'2026-10-26T10:30:00+01:00'
>>> add_working_hours(datetime(2026, 10, 23, 15, 0, tzinfo=WARSAW), 2, OFFICE_HOURS).hour
17
>>> around_the_clock = Schedule(frozenset(range(7)), time(0), None)
>>> add_working_hours(datetime(2017, 3, 26, 1, 30, tzinfo=WARSAW), 1, around_the_clock)
datetime.datetime(2017, 3, 26, 3, 30, tzinfo=zoneinfo.ZoneInfo(key='Europe/Warsaw'))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from ..errors import InvalidFacts
from ..models.base import WARSAW, aware
from .days_off import is_holiday

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
    closes: time | None = time(17)
    """``None``: until midnight (the end of the day)."""
    open_on_holidays: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays: a schedule runs on some of the days 0 (Mon) to 6 (Sun)")
        if not self.open_on_holidays <= self.weekdays:
            raise ValueError("open_on_holidays: only days on which the schedule runs at all")
        for name, value in (("opens", self.opens), ("closes", self.closes)):
            if value is not None and value.tzinfo is not None:
                raise ValueError(f"{name}: {value} is a Warsaw wall time; give it without a zone")
        if self.closes is not None and self.opens >= self.closes:
            raise ValueError(f"closes: {self.closes} is not after opening time {self.opens}")

    def runs_on(self, day: date) -> bool:
        """Does the clock run at all on ``day``?"""
        weekday = day.weekday()
        return weekday in self.weekdays and (
            weekday in self.open_on_holidays or not is_holiday(day)
        )

    def interval(self, day: date) -> tuple[datetime, datetime]:
        """When the clock runs on ``day`` (if it runs at all), as UTC instants."""
        closing = (
            _first_instant(day + _ONE_DAY, time())
            if self.closes is None
            else _first_instant(day, self.closes)
        )
        return _first_instant(day, self.opens), closing


OFFICE_HOURS = Schedule(frozenset(range(5)))
"""Monday to Friday, 9:00-17:00, holidays excluded: the seeds' working hours."""


def _first_instant(day: date, wall: time) -> datetime:
    """The first instant (UTC) at which Warsaw's clock shows ``wall`` on ``day``, or, for a
    wall time the spring change skips, the instant the clock jumps over it."""
    instant = datetime.combine(day, wall, tzinfo=WARSAW).astimezone(UTC)  # fold 0: the first
    if instant.astimezone(WARSAW).replace(tzinfo=None) == datetime.combine(day, wall):
        return instant
    # Skipped (2:00-3:00 on the last Sunday of March): Warsaw's changes happen at 01:00 UTC,
    # a whole hour, which the instant computed with the winter offset has just passed.
    return instant.replace(minute=0, second=0, microsecond=0)


def _utc(instant: datetime, field: str) -> datetime:
    return aware(instant, field).astimezone(UTC)


def _warsaw_day(instant: datetime) -> date:
    return instant.astimezone(WARSAW).date()


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
    cursor = _utc(start, "start")
    if not remaining:
        return start.astimezone(WARSAW)
    day = _warsaw_day(cursor)
    while True:
        if schedule.runs_on(day):
            opening, closing = schedule.interval(day)
            cursor = max(cursor, opening)
            if cursor < closing:
                if remaining <= closing - cursor:
                    return (cursor + remaining).astimezone(WARSAW)
                remaining -= closing - cursor
        day += _ONE_DAY


def clock_start(instant: datetime, schedule: Schedule = OFFICE_HOURS) -> datetime:
    """The first moment at or after ``instant`` at which the clock of ``schedule`` runs.

    >>> clock_start(datetime(2026, 10, 23, 17, 30, tzinfo=WARSAW)).isoformat()
    '2026-10-26T09:00:00+01:00'
    """
    cursor = _utc(instant, "start")
    day = _warsaw_day(cursor)
    while True:
        if schedule.runs_on(day):
            opening, closing = schedule.interval(day)
            if cursor <= opening:
                return opening.astimezone(WARSAW)
            if cursor < closing:
                return instant.astimezone(WARSAW)
        day += _ONE_DAY


def add_elapsed_hours(start: datetime, hours: int | Decimal | float | timedelta) -> datetime:
    """The instant ``hours`` real hours after ``start``, in Warsaw time.

    Not working hours: every hour counts, night and holidays included. Computed on UTC,
    because adding to a Warsaw wall-clock time would make the night of a DST change 23 or 25
    hours long (24 hours from Sat 24.10.2026 12:00 CEST end Sun 25.10 at 11:00 CET).

    >>> add_elapsed_hours(datetime(2026, 10, 24, 12, 0, tzinfo=WARSAW), 24).isoformat()
    '2026-10-25T11:00:00+01:00'
    """
    return (_utc(start, "start") + _duration(hours)).astimezone(WARSAW)


def working_hours_between(
    start: datetime, end: datetime, schedule: Schedule = OFFICE_HOURS
) -> timedelta:
    """How much working time lies between two instants."""
    first, last = _utc(start, "start"), _utc(end, "end")
    if last < first:
        raise InvalidFacts("end", f"{end.isoformat()} is before the start {start.isoformat()}")
    total = _ZERO
    day, last_day = _warsaw_day(first), _warsaw_day(last)
    while day <= last_day:
        if schedule.runs_on(day):
            opening, closing = schedule.interval(day)
            opening, closing = max(first, opening), min(last, closing)
            if closing > opening:
                total += closing - opening
        day += _ONE_DAY
    return total
