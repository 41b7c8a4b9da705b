"""The downtime an availability the shop's terms declare allows, per month and per year.

A hosting provider's terms may state that its data centre meets the TIER III standard,
"SLA wynikające z tego standardu wynosi 99,982%". Read as a declared availability of the
service, the rest of the time (0.018 %) is the downtime it allows. The rule counts it exactly
(decimal arithmetic, no rounding) in seconds:

* per calendar month, by that month's real length (28, 29, 30 or 31 days of 86,400 s);
* per calendar year, by its length (365 or 366 days).

What the text does not say, and the rule therefore does not decide: over which period the
availability is measured (the rule gives both), whether planned maintenance counts as downtime,
and what follows if the availability is not met (the clause promises no credit or penalty).
A day of the clock change is counted as 86,400 s (the period is the calendar day, not the
hours the Warsaw wall clock shows): an interpretation, registered.

>>> from decimal import Decimal
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [trader]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... provisions:
...   availability: {percent: "99.982", clauses: {percent: "§ 4 ust. 9 pkt 4"}}
... ''', "shop.yaml")
>>> d = allowed_downtime(2026, 1, terms=shop)   # 0.018 % of 31 × 86,400 s = 482.112 s
>>> d.outcome, d.per_year                         # 0.018 % of 365 × 86,400 s = 5,676.48 s
(Decimal('482.112'), Decimal('5676.480'))
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..decision import Decision, Reason
from ..errors import InvalidFacts
from ..law import UOPK_IN_FORCE
from ..messages import Lang
from ..models.clause_kinds import Availability
from ..registry import Interpretation, KeyDate, rule
from .clauses import TERMS_BIND, cited, edition_on
from .shop import ShopTerms

__all__ = ["AVAILABILITY_RULE", "DowntimeDecision", "allowed_downtime"]

AVAILABILITY_RULE = "availability.downtime"

_DAY_SECONDS = 86_400
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True, kw_only=True)
class DowntimeDecision(Decision[Decimal]):
    """The downtime allowed in the month, in seconds (the outcome), and in its year."""

    percent: Decimal
    """The declared availability, in per cent."""
    month_seconds: int
    """The month's length in seconds."""
    per_year: Decimal
    """The downtime allowed in the month's calendar year, in seconds."""
    year_seconds: int
    """The year's length in seconds."""


@dataclass(frozen=True, slots=True)
class Exact:
    """A number shown with every decimal it has (482,112 s), not as an amount of money."""

    value: Decimal

    def text(self, lang: Lang = "pl") -> str:
        from babel import numbers  # noqa: PLC0415  (only when a person reads a decision)

        return str(numbers.format_decimal(self.value, "#,##0.#########", locale=lang))


def _availability(terms: ShopTerms, day: date) -> Availability:
    provisions = edition_on(terms, AVAILABILITY_RULE, day).provisions
    if provisions is None or provisions.availability is None:
        field = "terms.provisions.availability"
        raise InvalidFacts(field, f"{terms.name} declares no availability")
    return provisions.availability


def _allowed(percent: Decimal, seconds: int) -> Decimal:
    """The share of ``seconds`` the availability leaves out: (100 − percent) / 100 of them."""
    return (_HUNDRED - percent) * seconds / _HUNDRED


@rule(AVAILABILITY_RULE, on="first_day", keyed_on=KeyDate.EVENT)
def _downtime_rule(first_day: date, terms: ShopTerms) -> DowntimeDecision:
    """The downtime allowed in the month beginning on ``first_day``."""
    raise NotImplementedError  # the signature: the registry applies a version


_READING = (Interpretation("availability.downtime.reading"),)


@_downtime_rule.version(since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_READING)
def _downtime(first_day: date, terms: ShopTerms) -> DowntimeDecision:
    """(100 − declared %) of the month's and of the year's seconds, exactly."""
    availability = _availability(terms, first_day)
    clause = (*cited(terms, availability, "percent"), TERMS_BIND)
    days = calendar.monthrange(first_day.year, first_day.month)[1]
    year_days = 366 if calendar.isleap(first_day.year) else 365
    month, year = days * _DAY_SECONDS, year_days * _DAY_SECONDS
    pct = availability.percent
    monthly, yearly = _allowed(pct, month), _allowed(pct, year)
    shown = Exact(pct)
    reasons = (
        Reason(AVAILABILITY_RULE, f"{AVAILABILITY_RULE}.month", clause,
               {"percent": shown, "n": days, "seconds": Exact(monthly)}),
        Reason(AVAILABILITY_RULE, f"{AVAILABILITY_RULE}.year", clause,
               {"percent": shown, "n": year_days, "seconds": Exact(yearly)}),
    )
    not_judged = (Reason(AVAILABILITY_RULE, f"{AVAILABILITY_RULE}.not_judged", clause),)
    return DowntimeDecision(
        rule=AVAILABILITY_RULE,
        outcome=monthly,
        summary=Reason(
            AVAILABILITY_RULE, f"{AVAILABILITY_RULE}.due", (), {"seconds": Exact(monthly)}
        ),
        reasons=reasons,
        not_applied=not_judged,
        law_as_of=first_day,
        percent=pct,
        month_seconds=month,
        per_year=yearly,
        year_seconds=year,
    )


def allowed_downtime(year: int, month: int, *, terms: ShopTerms) -> DowntimeDecision:
    """The downtime the availability declared in ``terms`` allows in ``month`` of ``year``
    (the outcome, in seconds) and in that year (``per_year``); a month outside 1-12 is
    :class:`InvalidFacts` naming ``month``."""
    if not 1 <= month <= 12:
        raise InvalidFacts("month", f"a month is 1-12, not {month}")
    if not 1 <= year <= 9999:
        raise InvalidFacts("year", f"a year is 1-9999, not {year}")
    return _downtime_rule(date(year, month, 1), terms)


_downtime_rule.entry = allowed_downtime
