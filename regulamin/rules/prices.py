r"""The lowest price before a reduction (art. 4 ust. 2-4 UoIC, from 2023-01-01).

**Art. 4 ust. 2 UoIC.** Whenever a reduction of a product's price is announced, the lowest
price of that product in force during the 30 days before the reduction was introduced must
be shown next to the reduced price. The window is 30 whole calendar days ending the day
before the reduction takes effect (a reduction from 2025-03-01 looks at 2025-01-30 to
2025-02-28) and, when the reduction takes effect at an instant after midnight, the part of
its own day before that instant: a price in force from 08:00 to 12:00 on 2025-03-01 was in
force "before the reduction was introduced" at 12:00, so it counts. The window therefore
closes at the reduction's instant. It is a look-back window, so it never rolls forward to a
working day. The price already in force when the window opens counts, and so does every
price in force for any part of the window; a price that ended before the window opened
does not.

**Art. 4 ust. 3 UoIC.** A product offered for less than 30 days: the lowest price from the
day it was first offered to the day before the reduction, and the hours of the reduction's
day before it, as in ust. 2.

**Art. 4 ust. 4 UoIC.** Goods that spoil quickly or have a short shelf life: the price from
before the first reduction, and the 30-day terms do not apply.

Poland did not adopt the directive's option for progressive reductions, so every reduction
looks back on its own: 10 zł, then 8 zł, then 4 zł is -20% and then -50% (from 8 zł), never
-60%. Any "-X%", "X zł taniej" or struck-through price is measured from the reference price
(CJEU C-330/23 Aldi Süd, 26 September 2024); a "reduction" to a price that is not below it
is no reduction at all and may not be announced as one.

The reference is fixed when the reduction takes effect: a promotion that runs unchanged for
more than 30 days keeps it. A price stays in force until the next change of the history, so
days out of stock do not interrupt it (UOKiK). Each variant and each sales channel has its
own history; a chain-wide advertisement needs the chain-wide history.

Interpretations (each registered for review): a price in force for any moment of the window
counts (UOKiK speaks of one day); the window is the 30 Polish calendar days before the
reduction's day (instants being read in Europe/Warsaw time) and the part of the reduction's
own day before the reduction took effect; the window of ust. 3 closes at the same instant;
a product first offered on the reduction's own day had no price on any earlier day, so no
reduction may be announced (even if a higher price was in force some hours before it); for
perishables the "first reduction" is the one the shop names
as the start of the series (``Reduction.series_starts_on``), by default the reduction itself;
the largest percentage is rounded down to 0.01 percentage point. When several prices tie
for the lowest, the earliest is reported.

Reductions before 2023-01-01 raise :class:`~regulamin.errors.LawNotCovered`: before the
Omnibus act the duty did not exist, but misleading reductions were still unfair practices
under another act that this rule does not encode, so it refuses rather than say "no duty".

>>> from datetime import date
>>> from regulamin.models.prices import PriceHistory, PricePoint, Reduction
>>> history = PriceHistory(points=[PricePoint(gross="10.00", since=date(2025, 1, 1)),
...                                PricePoint(gross="8.00", since=date(2025, 3, 1)),
...                                PricePoint(gross="4.00", since=date(2025, 4, 15))])
>>> first = lowest_price(history, Reduction(starts_on=date(2025, 3, 1), gross="8.00"))
>>> first.reference, first.max_percent
(Decimal('10.00'), Decimal('20.00'))
>>> second = lowest_price(history, Reduction(starts_on=date(2025, 4, 15), gross="4.00"))
>>> second.reference, second.max_percent, second.outcome
(Decimal('8.00'), Decimal('50.00'), True)
>>> print(second.explain("en").replace("\xa0", " "))  # babel keeps "PLN 8.00" unbroken
The reduction may be announced; next to the reduced price show the lowest price in the 30
days before the reduction: PLN 8.00. The largest reduction that may be advertised: 50%
(PLN 4.00).
 - The reduction applies from 15 April 2025, so the lowest price is taken from the 30 days
   before it was introduced: 16 March 2025 to 14 April 2025; the window is never moved
   (Art. 4(2) UoIC).
 - The lowest price in that period is PLN 8.00, in force from 1 March 2025 until changed on
   15 April 2025 (Art. 4(2) UoIC).
 - The new price PLN 4.00 is PLN 4.00 (50%) below it; no larger reduction may be
   advertised (Art. 4(2) UoIC).
Did not apply:
 - The product has been offered for the whole 30 days (Art. 4(3) UoIC).
 - The goods neither spoil quickly nor have a short shelf life (Art. 4(4) UoIC).

A price in force earlier on the reduction's own day counts: 7 zł from 08:00, then 8 zł
"reduced" from 12:00 is no reduction at all.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> def at(hour): return datetime(2025, 3, 1, hour, tzinfo=ZoneInfo("Europe/Warsaw"))
>>> same_day = PriceHistory(points=[PricePoint(gross="10.00", since=date(2025, 1, 1)),
...                                 PricePoint(gross="7.00", since=at(8)),
...                                 PricePoint(gross="8.00", since=at(12))])
>>> late = lowest_price(same_day, Reduction(starts_on=at(12), gross="8.00"))
>>> late.outcome, late.reference, late.window.reduction_day_until.hour
(False, Decimal('7.00'), 12)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from ..calendars import look_back
from ..decision import Decision, Percent, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import UOIC
from ..models.prices import PriceHistory, PricePoint, Reduction, in_warsaw, warsaw_day
from ..reasons import missing_summary
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule

RULE = "prices.lowest_before_reduction"
WINDOW_DAYS = 30
"""Art. 4 ust. 2 UoIC: the look-back window, in calendar days."""

_LAST_30_DAYS = UOIC.art("4", "2")
_SHORTER_OFFER = UOIC.art("4", "3")
_PERISHABLE = UOIC.art("4", "4")
_CJEU_ALDI = Text(
    "wyrok TSUE z 26 września 2024 r., C-330/23 Aldi Süd",
    "CJEU judgment of 26 September 2024, C-330/23 Aldi Süd",
)


class ReferenceKind(StrEnum):
    """Which paragraph of art. 4 UoIC fixed the reference price."""

    LAST_30_DAYS = "last_30_days"
    """Ust. 2: the lowest price in the 30 days before the reduction."""
    SINCE_FIRST_OFFER = "since_first_offer"
    """Ust. 3: offered for less than 30 days, the lowest price since the first offer."""
    BEFORE_FIRST_REDUCTION = "before_first_reduction"
    """Ust. 4: perishable goods, the price before the first reduction of the series."""


@dataclass(frozen=True, slots=True)
class DayWindow:
    """The calendar days (in Poland) whose prices were compared, both included, and the hours
    of the reduction's own day before it took effect."""

    first: date
    last: date
    reduction_day_until: datetime | None = None
    """A reduction taking effect after midnight: its own day (``last`` + 1 day) from midnight
    up to this instant (excluded), in Warsaw time, is in the window too. ``None`` for a
    reduction from the start of its day."""


@dataclass(frozen=True, slots=True)
class PriceInterval:
    """A price of the history and when it was in force: from ``since`` until ``until``
    (the next price's start, excluded), or still in force when ``until`` is ``None``."""

    index: int
    """Its position in ``PriceHistory.points``."""
    gross: Decimal
    since: date | datetime
    until: date | datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class LowestPriceDecision(Decision[bool]):
    """May the reduction be announced, against which reference price, and by how much?

    ``outcome`` is ``True`` when the new price is below the reference price; then
    ``max_percent`` and ``max_amount`` are the largest reduction that may be advertised.
    """

    new_price: Decimal
    reference: Decimal | None = None
    """The price to show next to the reduced one (art. 4 ust. 2-4 UoIC)."""
    kind: ReferenceKind | None = None
    window: DayWindow | None = None
    """The days compared (none for perishables, whose reference has no window)."""
    source: PriceInterval | None = None
    """The price of the history that is the reference."""
    max_percent: Percent | None = None
    """Rounded down to 0.01 percentage point (20% for 10 zł -> 8 zł)."""
    max_amount: Decimal | None = None


class PriceLookup(Protocol):
    """Questions the rule asks of one product's history; moments are Unix microseconds."""

    def price_before(self, moment: int) -> int | None:
        """The index of the price in force just before ``moment``, if any was."""
        ...

    def starting_at(self, moment: int) -> int | None:
        """The index of the price that takes effect exactly at ``moment``, if any."""
        ...

    def lowest_during(self, opens: int, closes: int) -> int | None:
        """The index of the lowest price in force at any moment of ``[opens, closes)``;
        the earliest of equal prices."""
        ...


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def micros(moment: date | datetime) -> int:
    """``moment`` (a plain day: its midnight in Warsaw) in microseconds since the Unix epoch.

    >>> micros(date(1970, 1, 1))   # midnight in Warsaw is 23:00 UTC the day before
    -3600000000
    """
    return (in_warsaw(moment) - _EPOCH) // _MICROSECOND


def grosze(amount: Decimal) -> int:
    """An amount of money with at most two decimal places, in grosze.

    >>> grosze(Decimal("12.30"))
    1230
    """
    return int(amount * 100)


class PriceScan:
    """The plain reading of a history: every question walks through all its prices."""

    __slots__ = ("_grosses", "_starts")

    def __init__(self, points: Sequence[PricePoint]) -> None:
        self._starts = [micros(point.since) for point in points]
        self._grosses = [point.gross for point in points]

    def price_before(self, moment: int) -> int | None:
        found = None
        for index, start in enumerate(self._starts):
            if start < moment:
                found = index
        return found

    def starting_at(self, moment: int) -> int | None:
        for index, start in enumerate(self._starts):
            if start == moment:
                return index
        return None

    def lowest_during(self, opens: int, closes: int) -> int | None:
        lowest = None
        for index, start in enumerate(self._starts):
            ends = self._starts[index + 1] if index + 1 < len(self._starts) else None
            in_force = start < closes and (ends is None or ends > opens)
            if in_force and (lowest is None or self._grosses[index] < self._grosses[lowest]):
                lowest = index
        return lowest


class PriceIndex:
    """One product's history prepared for many reductions: O(n log n) to build, then
    O(log n) per reduction (binary search for the window's ends, a sparse table for the
    lowest price between them) instead of a walk through every price.

    >>> from regulamin.models.prices import PriceHistory, PricePoint, Reduction
    >>> index = PriceIndex(PriceHistory(points=[
    ...     PricePoint(gross="10.00", since=date(2025, 1, 1)),
    ...     PricePoint(gross="8.00", since=date(2025, 3, 1))]))
    >>> index.lowest_price(Reduction(starts_on=date(2025, 3, 1), gross="8.00")).reference
    Decimal('10.00')
    """

    __slots__ = ("_levels", "_size", "_starts", "history")

    def __init__(self, history: PriceHistory) -> None:
        self.history = history
        points = history.points
        self._starts = [micros(point.since) for point in points]
        self._size = max(len(points), 1)
        # Each key orders by price, then by position, so a minimum is the earliest lowest.
        keys = [grosze(point.gross) * self._size + i for i, point in enumerate(points)]
        self._levels = [keys]
        span = 1
        while 2 * span <= len(keys):
            below = self._levels[-1]
            self._levels.append(
                [min(below[i], below[i + span]) for i in range(len(keys) - 2 * span + 1)]
            )
            span *= 2

    def price_before(self, moment: int) -> int | None:
        index = bisect_left(self._starts, moment) - 1
        return index if index >= 0 else None

    def starting_at(self, moment: int) -> int | None:
        index = bisect_left(self._starts, moment)
        return index if index < len(self._starts) and self._starts[index] == moment else None

    def lowest_during(self, opens: int, closes: int) -> int | None:
        last = bisect_left(self._starts, closes) - 1
        if last < 0:
            return None
        first = max(bisect_right(self._starts, opens) - 1, 0)
        level = (last - first + 1).bit_length() - 1
        table = self._levels[level]
        return min(table[first], table[last - (1 << level) + 1]) % self._size

    def lowest_price(self, reduction: Reduction) -> LowestPriceDecision:
        """:func:`lowest_price` for this history, answered from the index."""
        return _apply(self.history, reduction, self)


# --- wording ---------------------------------------------------------------------------

_LABEL_ACCUSATIVE = {
    ReferenceKind.LAST_30_DAYS: Text(
        "najniższą cenę z 30 dni przed obniżką",
        "the lowest price in the 30 days before the reduction",
    ),
    ReferenceKind.SINCE_FIRST_OFFER: Text(
        "najniższą cenę od dnia rozpoczęcia oferowania",
        "the lowest price since the product was first offered",
    ),
    ReferenceKind.BEFORE_FIRST_REDUCTION: Text(
        "cenę sprzed pierwszej obniżki", "the price before the first reduction"
    ),
}
_LABEL_GENITIVE = {
    ReferenceKind.LAST_30_DAYS: Text(
        "najniższej ceny z 30 dni przed obniżką",
        "the lowest price in the 30 days before the reduction",
    ),
    ReferenceKind.SINCE_FIRST_OFFER: Text(
        "najniższej ceny od dnia rozpoczęcia oferowania",
        "the lowest price since the product was first offered",
    ),
    ReferenceKind.BEFORE_FIRST_REDUCTION: Text(
        "ceny sprzed pierwszej obniżki", "the price before the first reduction"
    ),
}
_BASIS = {
    ReferenceKind.LAST_30_DAYS: _LAST_30_DAYS,
    ReferenceKind.SINCE_FIRST_OFFER: _SHORTER_OFFER,
    ReferenceKind.BEFORE_FIRST_REDUCTION: _PERISHABLE,
}


def _day_suffix(name: str, value: date | datetime, *, end: bool = False) -> str:
    """A template slot for a moment: Polish dates take "r.", times of day do not (and take
    a full stop of their own when the slot ends a sentence)."""
    if isinstance(value, datetime):
        return "{" + name + "}" + ("." if end else "")
    return "{" + name + "} r."


def _interval_reason(interval: PriceInterval, kind: ReferenceKind) -> Reason:
    since_pl = _day_suffix("since", interval.since)
    if kind is ReferenceKind.BEFORE_FIRST_REDUCTION:
        head_pl, head_en = (
            "Cena sprzed pierwszej obniżki to",
            "The price before the first reduction is",
        )
    else:
        head_pl, head_en = "Najniższa cena w tym okresie to", "The lowest price in that period is"
    params: dict[str, object] = {"price": interval.gross, "since": interval.since}
    if interval.until is None:
        pl = f"{head_pl} {{price}}, obowiązująca od " + _day_suffix(
            "since", interval.since, end=True
        )
        en = f"{head_en} {{price}}, in force from {{since}}."
    else:
        params["until"] = interval.until
        pl = f"{head_pl} {{price}}, obowiązująca od {since_pl} do zmiany " + _day_suffix(
            "until", interval.until, end=True
        )
        en = f"{head_en} {{price}}, in force from {{since}} until changed on {{until}}."
    return Reason(RULE, pl, en, (_BASIS[kind],), params)


def _comparison(
    reduction: Reduction,
    interval: PriceInterval,
    kind: ReferenceKind,
    *,
    window: DayWindow | None,
    reasons: list[Reason],
    not_applied: list[Reason],
    day: date,
) -> LowestPriceDecision:
    """Art. 4 ust. 2-4 with C-330/23: the reduction is measured from the reference price."""
    reasons.append(_interval_reason(interval, kind))
    new, reference = reduction.gross, interval.gross
    if new >= reference:
        reasons.append(
            Reason(
                RULE,
                "Nowa cena {new} nie jest niższa od tej ceny ({reference}), więc nie jest "
                "obniżką i nie wolno jej tak przedstawiać ({judgment}).",
                "The new price {new} is not below it ({reference}), so it is no reduction and "
                "may not be presented as one ({judgment}).",
                (_BASIS[kind],),
                {"new": new, "reference": reference, "judgment": _CJEU_ALDI},
            )
        )
        summary = Reason(
            RULE,
            "Nie wolno ogłaszać obniżki: nowa cena {new} nie jest niższa od {label} ({reference}).",
            "No reduction may be announced: the new price {new} is not below {label} "
            "({reference}).",
            params={"new": new, "reference": reference, "label": _LABEL_GENITIVE[kind]},
        )
        percent: Percent | None = None
        amount: Decimal | None = None
    else:
        amount = reference - new
        # Rounded down: "-33%" for 3 zł -> 2 zł, never a reduction above the real one.
        percent = Percent(Decimal(grosze(amount) * 10_000 // grosze(reference)).scaleb(-2))
        reasons.append(
            Reason(
                RULE,
                "Nowa cena {new} jest niższa od tej ceny o {amount}, tj. o {percent}; większej "
                "obniżki nie wolno podawać.",
                "The new price {new} is {amount} ({percent}) below it; no larger reduction may "
                "be advertised.",
                (_BASIS[kind],),
                {"new": new, "amount": amount, "percent": percent},
            )
        )
        summary = Reason(
            RULE,
            "Obniżkę można ogłosić; obok obniżonej ceny trzeba podać {label}: {reference}. "
            "Najwyższa obniżka, jaką można podać: {percent} ({amount}).",
            "The reduction may be announced; next to the reduced price show {label}: "
            "{reference}. The largest reduction that may be advertised: {percent} ({amount}).",
            params={
                "label": _LABEL_ACCUSATIVE[kind],
                "reference": reference,
                "percent": percent,
                "amount": amount,
            },
        )
    return LowestPriceDecision(
        rule=RULE,
        outcome=percent is not None,
        summary=summary,
        reasons=tuple(reasons),
        not_applied=tuple(not_applied),
        law_as_of=day,
        new_price=new,
        reference=reference,
        kind=kind,
        window=window,
        source=interval,
        max_percent=percent,
        max_amount=amount,
    )


def _undetermined(
    missing: str,
    reduction: Reduction,
    day: date,
    *reasons: Reason,
    window: DayWindow | None = None,
) -> LowestPriceDecision:
    summary = missing_summary(
        RULE,
        "Nie da się ustalić ceny odniesienia",
        "The reference price cannot be determined",
        (missing,),
    )
    return LowestPriceDecision(
        rule=RULE,
        outcome=Undetermined((missing,)),
        summary=summary,
        reasons=reasons,
        new_price=reduction.gross,
        window=window,
        law_as_of=day,
    )


def _interval(history: PriceHistory, index: int) -> PriceInterval:
    points = history.points
    until = points[index + 1].since if index + 1 < len(points) else None
    return PriceInterval(index, points[index].gross, points[index].since, until)


_NOT_PERISHABLE = Reason(
    RULE,
    "Towar nie ulega szybkiemu zepsuciu ani nie ma krótkiego terminu przydatności.",
    "The goods neither spoil quickly nor have a short shelf life.",
    (_PERISHABLE,),
)
_OFFERED_WHOLE_WINDOW = Reason(
    RULE,
    "Towar był oferowany przez całe 30 dni.",
    "The product has been offered for the whole 30 days.",
    (_SHORTER_OFFER,),
)
_NO_WINDOW_FOR_PERISHABLES = Reason(
    RULE,
    "Terminów 30 dni i od rozpoczęcia oferowania nie stosuje się do towarów szybko psujących się.",
    "The 30-day and since-first-offer terms do not apply to perishable goods.",
    (_LAST_30_DAYS, _SHORTER_OFFER, _PERISHABLE),
)


def _perishable(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision:
    """Art. 4 ust. 4: the price in force just before the first reduction of the series."""
    series = reduction.series_starts_on or reduction.starts_on
    opening = Reason(
        RULE,
        "Towar ulega szybkiemu zepsuciu lub ma krótki termin przydatności: obok obniżonej ceny "
        "podaje się cenę sprzed pierwszej obniżki serii, która weszła w życie "
        + _day_suffix("series", series, end=True),
        "The goods spoil quickly or have a short shelf life: the reduced price is shown next to "
        "the price before the first reduction of the series, which took effect on {series}.",
        (_PERISHABLE,),
        {"series": series},
    )
    before_series = lookup.price_before(micros(series))
    if before_series is None:
        return _undetermined(
            "history.points",
            reduction,
            day,
            opening,
            Reason(
                RULE,
                "Przed pierwszą obniżką serii nie obowiązywała żadna znana cena towaru.",
                "No known price of the product was in force before the first reduction of the "
                "series.",
                (_PERISHABLE,),
            ),
        )
    return _comparison(
        reduction,
        _interval(history, before_series),
        ReferenceKind.BEFORE_FIRST_REDUCTION,
        window=None,
        reasons=[opening],
        not_applied=[_NO_WINDOW_FOR_PERISHABLES],
        day=day,
    )


def _launched_on_reduction_day(
    reduction: Reduction, day: date, reasons: list[Reason]
) -> LowestPriceDecision:
    """Interpretation: ust. 3 counts from the day of the first offer, and no day before the
    reduction's had a price, so there is nothing to reduce from (a price in force only in the
    hours before the reduction on that same day is not enough)."""
    reasons.append(
        Reason(
            RULE,
            "Towar jest oferowany dopiero od dnia wprowadzenia obniżki ({day} r.): przed tym "
            "dniem nie obowiązywała żadna cena, od której można by liczyć obniżkę.",
            "The product has been offered only since the day the reduction takes effect "
            "({day}): no price was in force before that day to measure a reduction from.",
            (_SHORTER_OFFER,),
            {"day": day},
        )
    )
    summary = Reason(
        RULE,
        "Nie wolno ogłaszać obniżki: przed dniem jej wprowadzenia towar nie miał żadnej ceny.",
        "No reduction may be announced: the product had no price before the day the "
        "reduction takes effect.",
    )
    return LowestPriceDecision(
        rule=RULE,
        outcome=False,
        summary=summary,
        reasons=tuple(reasons),
        not_applied=(_NOT_PERISHABLE,),
        new_price=reduction.gross,
        kind=ReferenceKind.SINCE_FIRST_OFFER,
        law_as_of=day,
    )


def _last_30_days_reason(window: DayWindow, day: date) -> Reason:
    params: dict[str, object] = {"day": day, "first": window.first, "last": window.last}
    if window.reduction_day_until is None:
        return Reason(
            RULE,
            "Obniżka obowiązuje od {day} r., więc najniższą cenę ustala się z 30 dni przed "
            "jej wprowadzeniem: od {first} r. do {last} r.; okresu nie przesuwa się.",
            "The reduction applies from {day}, so the lowest price is taken from the 30 "
            "days before it was introduced: {first} to {last}; the window is never moved.",
            (_LAST_30_DAYS,),
            params,
        )
    params["until"] = window.reduction_day_until
    return Reason(
        RULE,
        "Obniżka obowiązuje od {day} r., więc najniższą cenę ustala się z 30 dni przed dniem "
        "jej wprowadzenia (od {first} r. do {last} r.) oraz z części dnia {day} r. do chwili "
        "wprowadzenia obniżki ({until}); okresu nie przesuwa się.",
        "The reduction applies from {day}, so the lowest price is taken from the 30 days "
        "before the day it was introduced ({first} to {last}) and from the part of {day} "
        "until the reduction took effect ({until}); the window is never moved.",
        (_LAST_30_DAYS,),
        params,
    )


def _since_first_offer_reason(window: DayWindow, day: date) -> Reason:
    params: dict[str, object] = {"first": window.first, "last": window.last}
    if window.reduction_day_until is None:
        return Reason(
            RULE,
            "Towar jest oferowany krócej niż 30 dni, od {first} r., więc najniższą cenę "
            "ustala się od dnia rozpoczęcia oferowania do dnia poprzedzającego "
            "wprowadzenie obniżki, {last} r.",
            "The product has been offered for less than 30 days, since {first}, so the "
            "lowest price is taken from the first day of offering to the day before the "
            "reduction, {last}.",
            (_SHORTER_OFFER,),
            params,
        )
    params |= {"day": day, "until": window.reduction_day_until}
    return Reason(
        RULE,
        "Towar jest oferowany krócej niż 30 dni, od {first} r., więc najniższą cenę ustala "
        "się z okresu od dnia rozpoczęcia oferowania do dnia poprzedzającego wprowadzenie "
        "obniżki ({last} r.) oraz z części dnia {day} r. do chwili wprowadzenia obniżki "
        "({until}).",
        "The product has been offered for less than 30 days, since {first}, so the lowest "
        "price is taken from the first day of offering to the day before the reduction "
        "({last}) and from the part of {day} until the reduction took effect ({until}).",
        (_SHORTER_OFFER,),
        params,
    )


_INTERPRETATIONS = (
    Interpretation(
        "Cena obowiązująca choćby przez chwilę w oknie 30 dni liczy się (UOKiK mówi o jednym "
        "dniu); cena, która przestała obowiązywać przed pierwszym dniem okna, nie liczy się.",
        "A price in force for any moment of the 30-day window counts (UOKiK speaks of one "
        "day); a price that ended before the window's first day does not.",
    ),
    Interpretation(
        "Okno to 30 dni kalendarzowych czasu polskiego (Europe/Warsaw) przed dniem wprowadzenia "
        "obniżki oraz część dnia obniżki przed chwilą jej wprowadzenia („przed wprowadzeniem "
        "obniżki”): cena obowiązująca wcześniej tego samego dnia, choćby przez kilka godzin, "
        "liczy się. Chwile podane w innej strefie czasowej przelicza się na czas polski.",
        "The window is the 30 Polish calendar days (Europe/Warsaw) before the day of the "
        "reduction and the part of the reduction's own day before the reduction took effect "
        "('before the reduction was introduced'): a price in force earlier that day, even for "
        "a few hours, counts. Instants given in another time zone are converted to Polish time.",
    ),
    Interpretation(
        "Także w przypadku z ust. 3 („do dnia wprowadzenia obniżki”) okno zamyka się z chwilą "
        "wprowadzenia obniżki, jak w ust. 2: obejmuje dni od rozpoczęcia oferowania do dnia "
        "poprzedzającego obniżkę oraz część dnia obniżki przed jej wprowadzeniem.",
        "In the case of para. 3 ('to the day the reduction is introduced') the window also "
        "closes when the reduction takes effect, as in para. 2: the days from the first offer "
        "to the day before the reduction and the part of the reduction's day before it.",
    ),
    Interpretation(
        "Towar oferowany dopiero od dnia wprowadzenia obniżki nie miał ceny w żadnym "
        "wcześniejszym dniu (ust. 3 liczy od dnia rozpoczęcia oferowania): obniżki nie wolno "
        "ogłaszać, nawet jeśli przez kilka godzin tego dnia obowiązywała wyższa cena.",
        "A product first offered on the day the reduction takes effect had no price on any "
        "earlier day (para. 3 counts from the day of the first offer): no reduction may be "
        "announced, even if a higher price was in force for some hours of that day.",
    ),
    Interpretation(
        "Towary szybko psujące się: „pierwsze zastosowanie obniżki” to pierwsza obniżka serii "
        "wskazana przez sklep (reduction.series_starts_on); bez tego faktu obniżka jest "
        "pierwszą w serii, a ceną odniesienia jest cena obowiązująca tuż przed nią. Historia cen "
        "nie mówi, które wcześniejsze zmiany ogłoszono jako obniżki, więc biblioteka tego nie "
        "zgaduje.",
        "Perishable goods: the 'first application of the reduction' is the first reduction of "
        "the series as the shop names it (reduction.series_starts_on); without it the "
        "reduction is the first of its series and the reference is the price in force just "
        "before it. A price history does not show which earlier changes were announced as "
        "reductions, so the library does not guess.",
    ),
    Interpretation(
        "Największy procent obniżki zaokrągla się w dół do 0,01 punktu procentowego, aby nie "
        "podać obniżki większej niż rzeczywista.",
        "The largest percentage is rounded down to 0.01 percentage point, so that no "
        "reduction larger than the real one is advertised.",
    ),
)


@legacy_rule(
    RULE,
    title=Text("Najniższa cena przed obniżką", "Lowest price before a reduction"),
    summary=Text(
        "Przy ogłoszeniu obniżki podaje się najniższą cenę z 30 dni przed nią (od rozpoczęcia "
        "oferowania, jeśli krócej; dla towarów szybko psujących się cenę sprzed pierwszej "
        "obniżki); obniżkę liczy się od tej ceny.",
        "Announcing a reduction, show the lowest price in the 30 days before it (since the "
        "first offer, if shorter; for perishables the price before the first reduction); the "
        "reduction is measured from that price.",
    ),
    basis=(_LAST_30_DAYS, _SHORTER_OFFER, _PERISHABLE),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.REDUCTION_STARTS,
    interpretations=_INTERPRETATIONS,
)
def _lowest_price_2023(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision:
    """Art. 4 ust. 2-4 UoIC as in force from 2023-01-01 (Dz.U. 2022 poz. 2581)."""
    if not history.points:
        return _undetermined(
            "history.points",
            reduction,
            day,
            Reason(
                RULE,
                "Nie podano żadnej ceny towaru.",
                "No price of the product is given.",
                (_LAST_30_DAYS,),
            ),
        )
    starts = micros(reduction.starts_on)
    same_moment = lookup.starting_at(starts)
    if same_moment is not None and history.points[same_moment].gross != reduction.gross:
        raise InvalidFacts(
            "reduction.gross",
            f"the history's price from {reduction.starts_on} is "
            f"{history.points[same_moment].gross}, not the reduced {reduction.gross}",
        )
    first_known = history.points[0].since
    if lookup.price_before(starts) is None:
        return _undetermined(
            "history.points",
            reduction,
            day,
            Reason(
                RULE,
                "Obniżka wchodzi w życie nie później niż pierwsza znana cena towaru, "
                "obowiązująca od "
                + _day_suffix("first", first_known)
                + ": nie wiadomo, jaka cena obowiązywała przed obniżką.",
                "The reduction takes effect no later than the product's first known price, in "
                "force from {first}: it is not known which price was in force before it.",
                (_LAST_30_DAYS,),
                {"first": first_known},
            ),
        )
    if history.perishable:
        return _perishable(history, reduction, lookup, day)

    first_day, last_day = look_back(day, WINDOW_DAYS)
    # Art. 4 ust. 2: prices in force "before the reduction was introduced", so the window
    # closes at the reduction's instant, taking in the hours of its own day before it.
    opens, day_opens, closes = micros(first_day), micros(day), starts
    until = in_warsaw(reduction.starts_on) if closes > day_opens else None
    reasons: list[Reason] = []
    if isinstance(reduction.starts_on, datetime):
        reasons.append(
            Reason(
                RULE,
                "Obniżka wchodzi w życie {starts}, czyli w Polsce {day} r.; 30 dni okna liczy "
                "się w dniach kalendarzowych czasu polskiego.",
                "The reduction takes effect on {starts}, which is {day} in Poland; the "
                "window's 30 days are counted in Polish calendar days.",
                (_LAST_30_DAYS,),
                {"starts": reduction.starts_on, "day": day},
            )
        )
    not_applied = [_NOT_PERISHABLE]
    whole_window = DayWindow(first_day, last_day, until)
    if micros(first_known) > opens:
        offered_from = warsaw_day(first_known)
        known_window = DayWindow(offered_from, last_day, until)
        if history.starts_at_first_offer is None:
            return _undetermined(
                "history.starts_at_first_offer",
                reduction,
                day,
                *reasons,
                Reason(
                    RULE,
                    "Historia cen zaczyna się {first} r., w oknie 30 dni ({opens} r. – {last} "
                    "r.); nie wiadomo, czy wtedy rozpoczęto oferowanie towaru, czy brakuje "
                    "wcześniejszych cen.",
                    "The price history starts on {first}, inside the 30-day window ({opens} to "
                    "{last}); it is not known whether the product was first offered then or "
                    "earlier prices are missing.",
                    (_LAST_30_DAYS, _SHORTER_OFFER),
                    {"first": offered_from, "opens": first_day, "last": last_day},
                ),
                window=whole_window,
            )
        if not history.starts_at_first_offer:
            return _undetermined(
                "history.points",
                reduction,
                day,
                *reasons,
                Reason(
                    RULE,
                    "Historia cen zaczyna się {first} r., w oknie 30 dni ({opens} r. – {last} "
                    "r.), a towar oferowano już wcześniej: brakuje cen z początku okna.",
                    "The price history starts on {first}, inside the 30-day window ({opens} to "
                    "{last}), and the product was offered earlier: the prices from the start of "
                    "the window are missing.",
                    (_LAST_30_DAYS,),
                    {"first": offered_from, "opens": first_day, "last": last_day},
                ),
                window=whole_window,
            )
        if micros(first_known) >= day_opens:
            return _launched_on_reduction_day(reduction, day, reasons)
        kind = ReferenceKind.SINCE_FIRST_OFFER
        window = known_window
        reasons.append(_since_first_offer_reason(window, day))
    else:
        kind = ReferenceKind.LAST_30_DAYS
        window = whole_window
        not_applied.insert(0, _OFFERED_WHOLE_WINDOW)
        reasons.append(_last_30_days_reason(window, day))
    lowest = lookup.lowest_during(opens, closes)
    if lowest is None:  # cannot happen: a price was in force before the reduction
        raise AssertionError("a price in force before the window's end was not found")
    return _comparison(
        reduction,
        _interval(history, lowest),
        kind,
        window=window,
        reasons=reasons,
        not_applied=not_applied,
        day=day,
    )


_LOWEST_PRICE = REGISTRY[RULE]


def _apply(history: PriceHistory, reduction: Reduction, lookup: PriceLookup) -> LowestPriceDecision:
    day = warsaw_day(reduction.starts_on)
    version = _LOWEST_PRICE.version_for({KeyDate.REDUCTION_STARTS: day})
    decision: LowestPriceDecision = version.func(history, reduction, lookup, day)
    return decision


@entry(RULE)
def lowest_price(history: PriceHistory, reduction: Reduction) -> LowestPriceDecision:
    """The reference price for ``reduction`` of the product whose prices are ``history``.

    Walks the whole history once; for many reductions of one product build a
    :class:`PriceIndex`, and for a catalog use :mod:`regulamin.batch`.
    """
    return _apply(history, reduction, PriceScan(history.points))
