"""Polish days off: statutory holidays by year, Saturdays and Sundays, working days.

The holidays are those of *ustawa z 18.01.1951 o dniach wolnych od pracy* as in force in
the year of the date asked about, taken from the ``holidays`` package: 6 January from 2011,
24 December (Wigilia) from 2025, the one-off 12 November 2018. The tables are built on first
use, one year at a time, and kept: importing this module costs nothing.

>>> from datetime import date
>>> is_holiday(date(2025, 12, 24)), is_holiday(date(2024, 12, 24))
(True, False)
>>> holiday_name(date(2018, 11, 12), "en")
'National Independence Day - 100th anniversary'
>>> is_working_day(date(2026, 12, 28)), next_working_day(date(2026, 12, 23))
(True, datetime.date(2026, 12, 28))
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ..errors import LawNotCovered
from ..models.base import Lang

SATURDAY, SUNDAY = 5, 6
_ONE_DAY = timedelta(days=1)
_LANGUAGES = {"pl": "pl", "en": "en_US", "uk": "uk"}


@lru_cache(maxsize=256)  # years x languages asked about
def holidays_in(year: int, lang: Lang = "pl") -> dict[date, str]:
    """The statutory public holidays of ``year`` with their names in ``lang``.

    1990-2100 come from a table generated from the ``holidays`` package
    (:mod:`.poland_table`, checked against it by the tests): reading it costs a few
    milliseconds, where loading the package loads every country it knows. Earlier years ask
    the package itself; after 2100 it knows no holidays, and answering "none" would move no
    deadline, so such a year is :class:`~regulamin.errors.LawNotCovered`.
    """
    from . import poland_table  # noqa: PLC0415  (on the first question only)

    if poland_table.FIRST <= year <= poland_table.LAST:
        names = poland_table.NAMES[lang]
        return {date(year, m, d): names[n] for m, d, n in poland_table.DAYS[year]}
    if year > poland_table.LAST:
        raise LawNotCovered(
            "calendar.holidays",
            date(year, 1, 1),
            f"the public holidays are known up to {poland_table.LAST}",
        )
    import holidays  # noqa: PLC0415  (before the table's years)

    return dict(holidays.country_holidays("PL", years=year, language=_LANGUAGES[lang]))


def is_holiday(day: date) -> bool:
    """Is ``day`` a statutory public holiday in Poland (in the law of its own year)?"""
    return day in holidays_in(day.year)


def holiday_name(day: date, lang: Lang = "pl") -> str | None:
    """The holiday's name, or ``None`` on an ordinary day."""
    return holidays_in(day.year, lang).get(day)


def is_working_day(day: date) -> bool:
    """A working day (dzień roboczy) of the seed terms: Monday to Friday, not a holiday."""
    return day.weekday() < SATURDAY and not is_holiday(day)


def next_working_day(day: date) -> date:
    """The first working day strictly after ``day``."""
    day += _ONE_DAY
    while not is_working_day(day):
        day += _ONE_DAY
    return day


_LOCALES = {"pl": "pl_PL", "en": "en_GB", "uk": "uk_UA"}


def day_off_name(day: date, lang: Lang = "pl") -> str:
    """Why ``day`` is off, for messages: the holiday's name, else the weekday's (CLDR's, by
    babel: "sobota", "Saturday", "субота").

    >>> day_off_name(date(2026, 12, 26), "uk"), day_off_name(date(2026, 12, 27), "pl")
    ('Другий день Різдва', 'niedziela')
    """
    name = holiday_name(day, lang)
    if name is not None:
        return name
    from babel.dates import get_day_names  # noqa: PLC0415  (only when a person reads)

    return str(get_day_names("wide", locale=_LOCALES[lang])[day.weekday()])
