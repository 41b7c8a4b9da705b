"""Counting periods the way the Civil Code and Regulation 1182/71 count them.

*Art. 111 § 2 KC; art. 3 ust. 1 rozporządzenia 1182/71.* A period in days that starts with an
event does not count the day of the event: 14 days from a delivery on 1 September run from
2 to 15 September, and the period ends at the end of its last day (art. 111 § 1 KC).

*Art. 112 KC.* A period in weeks, months or years ends on the day whose name or date matches
the start day; if the last month has no such date, on that month's last day. This is exactly
how ``dateutil.relativedelta`` clamps, so it is used here rather than written again:
2024-02-29 plus 2 years ends 2026-02-28, 2026-01-31 plus 1 month ends 2026-02-28.

*Art. 115 KC; art. 3 ust. 4 rozporządzenia 1182/71.* If the end of a period for *performing
an act* falls on a day off, the period ends on the next day that is not one. Days off under
art. 115 KC are Sundays and statutory holidays, and Saturdays for ends from 2017-01-01
(ustawa z 16.12.2016 o zmianie niektórych ustaw w celu poprawy otoczenia prawnego
przedsiębiorców, Dz.U. 2016 poz. 2255; before it a Saturday did not extend a period: SN
III CZP 8/03). Regulation 1182/71, which governs periods of EU
origin such as the withdrawal period, counts Saturdays as days off at any date.

Roll-forward is for deadlines of acts only. Look-back windows (the 30-day price window) and
liability or presumption periods (when a defect must appear) are computed with
:func:`look_back` and :func:`period_end`, which never roll: they say when something
happened, not by when someone must act.

:func:`deadline` is the one cached function of the library: a pure function of its
arguments, asked again and again for the same few thousand days (every withdrawal, refund or
complaint counted from a delivery or a receipt), so its answers are kept in a bounded
least-recently-used cache of :data:`DEADLINE_CACHE_SIZE` entries. A :class:`Deadline` is
immutable, so sharing one answer between callers is safe; rules above it keep no caches.

>>> from datetime import date
>>> deadline(date(2026, 12, 10), days=14).due        # ends Thu 24.12 (Wigilia, since 2025)
datetime.date(2026, 12, 28)
>>> deadline(date(2024, 12, 10), days=14).due        # Tue 24.12.2024 was a working day
datetime.date(2024, 12, 24)
>>> period_end(date(2024, 2, 29), years=2)            # art. 112 KC: no 29 February in 2026
datetime.date(2026, 2, 28)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ..law.epochs import SATURDAY_2017
from .days_off import SATURDAY, SUNDAY, is_holiday

_ONE_DAY = timedelta(days=1)
SATURDAY_OFF_FROM = SATURDAY_2017.day
"""Art. 115 KC counts Saturdays as days off for period ends from this day."""


class Counting(StrEnum):
    """Which law says how a period's end rolls forward."""

    KC = "kc"
    """Art. 115 KC: Sundays and holidays; Saturdays for ends from 2017-01-01."""
    EU = "eu"
    """Art. 3 ust. 4 of Regulation 1182/71: Saturdays, Sundays and holidays, always."""


def is_day_off(day: date, counting: Counting = Counting.KC) -> bool:
    """Is ``day`` a day off on which a period for an act cannot end?

    A holiday is a day off whatever its weekday: before 2017 a Saturday that was a holiday
    (15 August 2015, 26 December 2015) still moved a period's end under art. 115 KC, although
    a plain Saturday did not.

    >>> is_day_off(date(2015, 8, 15)), is_day_off(date(2015, 8, 22))
    (True, False)
    """
    weekday = day.weekday()
    if weekday == SUNDAY:
        return True
    if weekday == SATURDAY and (counting is Counting.EU or day >= SATURDAY_OFF_FROM):
        return True
    return is_holiday(day)


def roll_forward(day: date, counting: Counting = Counting.KC) -> date:
    """``day`` itself, or the first later day that is not a day off (art. 115 KC)."""
    while is_day_off(day, counting):
        day += _ONE_DAY
    return day


def period_end(
    start: date, *, days: int = 0, weeks: int = 0, months: int = 0, years: int = 0
) -> date:
    """The last day of a period beginning with an event on ``start``, never rolled.

    Days do not count the event's day (art. 111 § 2 KC); weeks, months and years end on the
    matching date, clamped to the month's end (art. 112 KC).
    """
    if min(days, weeks, months, years) < 0:
        raise ValueError("a period cannot be negative; count backwards with look_back()")
    if not (months or years):
        # days and weeks need no clamping; timedelta is some 20 times cheaper than relativedelta
        return start + timedelta(days=days + 7 * weeks)
    return start + relativedelta(days=days, weeks=weeks, months=months, years=years)


def look_back(before: date, days: int) -> tuple[date, date]:
    """The ``days`` whole calendar days ending the day before ``before``, as (first, last).

    >>> look_back(date(2025, 3, 1), 30)
    (datetime.date(2025, 1, 30), datetime.date(2025, 2, 28))
    """
    if days < 1:
        raise ValueError("a look-back window has at least one day")
    last = before - _ONE_DAY
    return last - timedelta(days=days - 1), last


@dataclass(frozen=True, slots=True)
class Deadline:
    """The last day for an act: by counting alone (``nominal``) and after roll-forward."""

    nominal: date
    due: date

    @property
    def rolled(self) -> bool:
        """Did the end fall on a day off and move forward?"""
        return self.due != self.nominal


DEADLINE_CACHE_SIZE = 16_384
"""How many deadlines :func:`deadline` keeps: some forty years of days for the few periods
(14 and 30 days, 12 months) the rules count, at a few hundred bytes each."""


def deadline(
    start: date,
    *,
    days: int = 0,
    weeks: int = 0,
    months: int = 0,
    years: int = 0,
    counting: Counting = Counting.KC,
) -> Deadline:
    """The deadline for an act that must be done within a period starting on ``start``.

    Cached (see the module's notes): the same arguments always give the same answer.
    """
    return _deadline(start, (days, weeks, months, years), counting)


@lru_cache(maxsize=DEADLINE_CACHE_SIZE)
def _deadline(start: date, length: tuple[int, int, int, int], counting: Counting) -> Deadline:
    days, weeks, months, years = length
    nominal = period_end(start, days=days, weeks=weeks, months=months, years=years)
    return Deadline(nominal, roll_forward(nominal, counting))
