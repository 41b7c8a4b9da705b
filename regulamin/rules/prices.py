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
from ..decision import Decision, Percent, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import OMNIBUS_2023, UOIC
from ..law.parameters import LOWEST_PRICE_WINDOW
from ..messages import Message
from ..models.prices import PriceHistory, PricePoint, Reduction, in_warsaw, warsaw_day
from ..reasons import undetermined
from ..registry import Interpretation, KeyDate, rule

RULE = "prices.lowest_before_reduction"
WINDOW_DAYS = LOWEST_PRICE_WINDOW.since(OMNIBUS_2023).days
"""Art. 4 ust. 2 UoIC: the look-back window, in calendar days, as the Omnibus act set it
(:data:`~regulamin.law.parameters.LOWEST_PRICE_WINDOW`; the rule reads it by its key date)."""

_LAST_30_DAYS = UOIC.art("4", "2")
_SHORTER_OFFER = UOIC.art("4", "3")
_PERISHABLE = UOIC.art("4", "4")
_CJEU_ALDI = Message("prices.lowest_before_reduction.cjeu_aldi")


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
        return lowest_before_reduction(
            self.history, reduction, self, warsaw_day(reduction.starts_on)
        )


# --- wording ---------------------------------------------------------------------------

_SHOW = {
    ReferenceKind.LAST_30_DAYS: Message("prices.lowest_before_reduction.show.last_30_days"),
    ReferenceKind.SINCE_FIRST_OFFER: Message(
        "prices.lowest_before_reduction.show.since_first_offer"
    ),
    ReferenceKind.BEFORE_FIRST_REDUCTION: Message(
        "prices.lowest_before_reduction.show.before_first_reduction"
    ),
}
"""What to show next to the reduced price (the accusative, in Polish)."""
_NOT_BELOW = {
    ReferenceKind.LAST_30_DAYS: Message("prices.lowest_before_reduction.not_below.last_30_days"),
    ReferenceKind.SINCE_FIRST_OFFER: Message(
        "prices.lowest_before_reduction.not_below.since_first_offer"
    ),
    ReferenceKind.BEFORE_FIRST_REDUCTION: Message(
        "prices.lowest_before_reduction.not_below.before_first_reduction"
    ),
}
"""What a new price is not below (the genitive, in Polish)."""
_BASIS = {
    ReferenceKind.LAST_30_DAYS: _LAST_30_DAYS,
    ReferenceKind.SINCE_FIRST_OFFER: _SHORTER_OFFER,
    ReferenceKind.BEFORE_FIRST_REDUCTION: _PERISHABLE,
}


def moment(value: date | datetime, *, ends_sentence: bool = False) -> Message:
    """A day or an instant as a phrase: Polish writes "r." after a date, not after a time of
    day, and a date's "r." is also the full stop of a sentence it ends.

    >>> moment(date(2025, 3, 1)).text("pl"), moment(date(2025, 3, 1), ends_sentence=True).en
    ('1 marca 2025 r.', '1 March 2025.')
    """
    if isinstance(value, datetime):
        if ends_sentence:
            return Message("prices.moment.instant_ends_sentence", at=value)
        return Message("prices.moment.instant", at=value)
    if ends_sentence:
        return Message("prices.moment.day_ends_sentence", at=value)
    return Message("prices.moment.day", at=value)


def _interval_reason(interval: PriceInterval, kind: ReferenceKind) -> Reason:
    basis = (_BASIS[kind],)
    first_reduction = kind is ReferenceKind.BEFORE_FIRST_REDUCTION
    if interval.until is None:
        params = {"price": interval.gross, "since": moment(interval.since, ends_sentence=True)}
        if first_reduction:
            return Reason(
                RULE, "prices.lowest_before_reduction.before_first_in_force", basis, params
            )
        return Reason(RULE, "prices.lowest_before_reduction.lowest_in_force", basis, params)
    params = {
        "price": interval.gross,
        "since": moment(interval.since),
        "until": moment(interval.until, ends_sentence=True),
    }
    if first_reduction:
        return Reason(
            RULE,
            "prices.lowest_before_reduction.before_first_in_force_until_changed",
            basis,
            params,
        )
    return Reason(
        RULE, "prices.lowest_before_reduction.lowest_in_force_until_changed", basis, params
    )


def _percent_below(reference: Decimal, new: Decimal) -> Percent:
    # Rounded down: "-33%" for 3 zł -> 2 zł, never a reduction above the real one.
    return Percent(Decimal(grosze(reference - new) * 10_000 // grosze(reference)).scaleb(-2))


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
    basis = (_BASIS[kind],)
    percent: Percent | None = None
    amount: Decimal | None = None
    if new >= reference:
        params: dict[str, object] = {"new": new, "reference": reference}
        reasons.append(
            Reason(
                RULE,
                "prices.lowest_before_reduction.not_below_reference",
                basis,
                params | {"judgment": _CJEU_ALDI},
            )
        )
        params["label"] = _NOT_BELOW[kind]
        summary = Reason(RULE, "prices.lowest_before_reduction.no_reduction", (), params)
    else:
        amount, percent = reference - new, _percent_below(reference, new)
        params = {"new": new, "amount": amount, "percent": percent}
        reasons.append(
            Reason(RULE, "prices.lowest_before_reduction.below_reference", basis, params)
        )
        params = {
            "label": _SHOW[kind],
            "reference": reference,
            "percent": percent,
            "amount": amount,
        }
        summary = Reason(RULE, "prices.lowest_before_reduction.may_announce", (), params)
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
    summary = undetermined(RULE, "prices.lowest_before_reduction.undetermined", (missing,))
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


_NOT_PERISHABLE = Reason(RULE, "prices.lowest_before_reduction.not_perishable", (_PERISHABLE,))
_OFFERED_WHOLE_WINDOW = Reason(
    RULE, "prices.lowest_before_reduction.offered_whole_window", (_SHORTER_OFFER,)
)
_NO_WINDOW_FOR_PERISHABLES = Reason(
    RULE,
    "prices.lowest_before_reduction.no_window_for_perishables",
    (_LAST_30_DAYS, _SHORTER_OFFER, _PERISHABLE),
)


def _perishable(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision:
    """Art. 4 ust. 4: the price in force just before the first reduction of the series."""
    series = reduction.series_starts_on or reduction.starts_on
    opening = Reason(
        RULE,
        "prices.lowest_before_reduction.perishable",
        (_PERISHABLE,),
        {"series": moment(series, ends_sentence=True)},
    )
    before_series = lookup.price_before(micros(series))
    if before_series is None:
        none_before = Reason(
            RULE, "prices.lowest_before_reduction.no_price_before_series", (_PERISHABLE,)
        )
        return _undetermined("history.points", reduction, day, opening, none_before)
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
            "prices.lowest_before_reduction.offered_from_reduction_day",
            (_SHORTER_OFFER,),
            {"day": day},
        )
    )
    summary = Reason(RULE, "prices.lowest_before_reduction.no_price_before_day")
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
        return Reason(RULE, "prices.lowest_before_reduction.window", (_LAST_30_DAYS,), params)
    params["until"] = window.reduction_day_until
    return Reason(RULE, "prices.lowest_before_reduction.window_and_hours", (_LAST_30_DAYS,), params)


def _since_first_offer_reason(window: DayWindow, day: date) -> Reason:
    params: dict[str, object] = {"first": window.first, "last": window.last}
    if window.reduction_day_until is None:
        return Reason(
            RULE, "prices.lowest_before_reduction.since_first_offer", (_SHORTER_OFFER,), params
        )
    params |= {"day": day, "until": window.reduction_day_until}
    return Reason(
        RULE,
        "prices.lowest_before_reduction.since_first_offer_and_hours",
        (_SHORTER_OFFER,),
        params,
    )


_INTERPRETATIONS = (
    Interpretation("prices.lowest_before_reduction.any_moment_counts"),
    Interpretation("prices.lowest_before_reduction.polish_calendar_days"),
    Interpretation("prices.lowest_before_reduction.shorter_offer_closes_at_reduction"),
    Interpretation("prices.lowest_before_reduction.first_offered_on_reduction_day"),
    Interpretation("prices.lowest_before_reduction.perishable_first_reduction"),
    Interpretation("prices.lowest_before_reduction.percent_rounded_down"),
)


# --- the rule --------------------------------------------------------------------------


@rule(RULE, on="day", keyed_on=KeyDate.REDUCTION_STARTS)
def lowest_before_reduction(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision:
    """The reference price for ``reduction`` taking effect on ``day`` (its day in Poland),
    asking ``lookup`` about the prices of ``history``."""
    raise NotImplementedError  # the signature: the registry applies a version


def _no_earlier_price(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision | None:
    """Undetermined when no price is given or none was in force before the reduction; a
    history whose price from the reduction's instant is not the reduced one is refused."""
    if not history.points:
        none = Reason(RULE, "prices.lowest_before_reduction.no_prices", (_LAST_30_DAYS,))
        return _undetermined("history.points", reduction, day, none)
    starts = micros(reduction.starts_on)
    same_moment = lookup.starting_at(starts)
    if same_moment is not None and history.points[same_moment].gross != reduction.gross:
        raise InvalidFacts(
            "reduction.gross",
            f"the history's price from {reduction.starts_on} is "
            f"{history.points[same_moment].gross}, not the reduced {reduction.gross}",
        )
    if lookup.price_before(starts) is not None:
        return None
    first = moment(history.points[0].since)
    unknown = Reason(
        RULE,
        "prices.lowest_before_reduction.no_price_before_reduction",
        (_LAST_30_DAYS,),
        {"first": first},
    )
    return _undetermined("history.points", reduction, day, unknown)


def _shorter_offer(
    history: PriceHistory,
    reduction: Reduction,
    day: date,
    whole: DayWindow,
    reasons: list[Reason],
) -> LowestPriceDecision | DayWindow:
    """Art. 4 ust. 3, for a history that starts inside the window: the days since the first
    offer, when the history says it starts there; otherwise the reference is undetermined."""
    offered_from = warsaw_day(history.points[0].since)
    params = {"first": offered_from, "opens": whole.first, "last": whole.last}
    if history.starts_at_first_offer is None:
        unknown = Reason(
            RULE,
            "prices.lowest_before_reduction.history_starts_in_window",
            (_LAST_30_DAYS, _SHORTER_OFFER),
            params,
        )
        missing = "history.starts_at_first_offer"
        return _undetermined(missing, reduction, day, *reasons, unknown, window=whole)
    if not history.starts_at_first_offer:
        gap = Reason(
            RULE, "prices.lowest_before_reduction.window_start_missing", (_LAST_30_DAYS,), params
        )
        return _undetermined("history.points", reduction, day, *reasons, gap, window=whole)
    if micros(history.points[0].since) >= micros(day):
        return _launched_on_reduction_day(reduction, day, reasons)
    return DayWindow(offered_from, whole.last, whole.reduction_day_until)


def _within_window(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date, days: int
) -> LowestPriceDecision:
    """Art. 4 ust. 2-3: the lowest price in the ``days`` before the reduction, or since the
    first offer if that is later."""
    first_day, last_day = look_back(day, days)
    # Art. 4 ust. 2: prices in force "before the reduction was introduced", so the window
    # closes at the reduction's instant, taking in the hours of its own day before it.
    opens, closes = micros(first_day), micros(reduction.starts_on)
    until = in_warsaw(reduction.starts_on) if closes > micros(day) else None
    reasons: list[Reason] = []
    if isinstance(reduction.starts_on, datetime):
        params = {"starts": reduction.starts_on, "day": day}
        reasons.append(
            Reason(
                RULE, "prices.lowest_before_reduction.instant_in_poland", (_LAST_30_DAYS,), params
            )
        )
    not_applied = [_NOT_PERISHABLE]
    window = DayWindow(first_day, last_day, until)
    kind = ReferenceKind.LAST_30_DAYS
    if micros(history.points[0].since) > opens:
        shorter = _shorter_offer(history, reduction, day, window, reasons)
        if isinstance(shorter, LowestPriceDecision):
            return shorter
        kind, window = ReferenceKind.SINCE_FIRST_OFFER, shorter
        reasons.append(_since_first_offer_reason(window, day))
    else:
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


@lowest_before_reduction.version(
    since=OMNIBUS_2023,
    basis=(_LAST_30_DAYS, _SHORTER_OFFER, _PERISHABLE),
    interpretations=_INTERPRETATIONS,
)
def _lowest_price_2023(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision:
    """Art. 4 ust. 2-4 UoIC as in force from 2023-01-01 (Dz.U. 2022 poz. 2581): perishables
    against the price before the first reduction, other goods against the lowest price of the
    window (:data:`~regulamin.law.parameters.LOWEST_PRICE_WINDOW`)."""
    refused = _no_earlier_price(history, reduction, lookup, day)
    if refused is not None:
        return refused
    if history.perishable:
        return _perishable(history, reduction, lookup, day)
    return _within_window(history, reduction, lookup, day, LOWEST_PRICE_WINDOW.at(day).days)


def lowest_price(history: PriceHistory, reduction: Reduction) -> LowestPriceDecision:
    """The reference price for ``reduction`` of the product whose prices are ``history``.

    Walks the whole history once; for many reductions of one product build a
    :class:`PriceIndex`, and for a catalog use :mod:`regulamin.batch`.
    """
    day = warsaw_day(reduction.starts_on)
    return lowest_before_reduction(history, reduction, PriceScan(history.points), day)


lowest_before_reduction.entry = lowest_price
