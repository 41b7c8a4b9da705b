"""Shared mechanics of the terms rules that count a shop's hours and days (the SLA, support):
instants in Warsaw time, the edition of the terms in force on the day of an event, a plan's
row, and the decision on a deadline at an instant.

>>> from datetime import datetime
>>> aware(datetime(2026, 3, 2, 10), "request.received_at")
Traceback (most recent call last):
...
regulamin.errors.InvalidFacts: request.received_at: 2026-03-02 10:00:00 has no time zone; ...
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..calendars import WARSAW, day_off_name
from ..decision import Decision
from ..errors import InvalidFacts, LawNotCovered
from ..messages import Lang
from ..models.clauses import ClauseRef
from ..models.service import PlanSpec, ServiceTerms
from .shop import Edition, ShopTerms

__all__ = ["ClauseName", "DayName", "TimeDecision", "aware", "edition_on", "plan_of"]


def aware(instant: datetime, field: str) -> datetime:
    """``instant`` in Warsaw time; a naive datetime is :class:`InvalidFacts` naming ``field``."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise InvalidFacts(field, f"{instant} has no time zone; give e.g. Europe/Warsaw or UTC")
    return instant.astimezone(WARSAW)


def edition_on(terms: ShopTerms, rule_id: str, day: date) -> Edition:
    """The edition of ``terms`` in force on ``day``; a day no version covers is
    :class:`~regulamin.errors.LawNotCovered`: the shop's clauses are the law the rule applies."""
    try:
        return terms.in_force(day)
    except InvalidFacts as error:
        raise LawNotCovered(rule_id, day, error.message) from None


def plan_of(service: ServiceTerms, plan: str) -> PlanSpec:
    """The row of the plan table for ``plan``; an unknown plan is :class:`InvalidFacts`."""
    name = str(plan).strip().upper()
    for spec in service.plans:
        if spec.name == name:
            return spec
    known = ", ".join(spec.name for spec in service.plans)
    raise InvalidFacts("plan", f"unknown plan {plan!r}; the terms offer {known}")


@dataclass(frozen=True, slots=True)
class DayName:
    """A day named for a reader: the holiday's name, else the weekday's."""

    day: date

    def text(self, lang: Lang = "pl") -> str:
        return day_off_name(self.day, lang)


@dataclass(frozen=True, slots=True)
class ClauseName:
    """A clause of the shop's terms named inside a sentence, without the terms' title:
    "§ 9 ust. 6" in Polish, "§ 9(6)" in English, as citations write them."""

    clause: ClauseRef

    def text(self, lang: Lang = "pl") -> str:
        clause = self.clause
        if lang == "pl" or clause.section is None:
            return str(clause)
        return f"§ {clause.section}" + "".join(
            f"({part})" for part in (clause.paragraph, clause.point) if part
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeDecision(Decision[datetime | None]):
    """A deadline at an instant (hours, working hours); the outcome is that instant (Warsaw).

    ``None`` as the outcome: no such deadline applies (the reasons say why).
    """

    limit_hours: int | None = None
    """The hours counted."""
    clock_starts: datetime | None = None
    """When the clock started to run."""
    met: bool | None = None
    """Was the act done by the deadline? ``None`` when its time is not given."""
