"""The rule itself: art. 4 ust. 2-4 UoIC from 2023-01-01, applied to one product's history,
by a walk through its prices (:func:`lowest_price`) or from an index built once for many
reductions (:class:`PriceIndex`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from ...calendars import look_back
from ...decision import Percent, Reason, Undetermined
from ...errors import InvalidFacts
from ...law import OMNIBUS_2023
from ...law.parameters import LOWEST_PRICE_WINDOW
from ...models.prices import PriceHistory, Reduction, in_warsaw, warsaw_day
from ...reasons import undetermined
from ...registry import KeyDate, rule
from .lookup import PriceLookup, PriceScan, grosze, micros
from .reference import (
    CJEU_ALDI,
    LAST_30_DAYS,
    PERISHABLE,
    RULE,
    SHORTER_OFFER,
    DayWindow,
    LowestPriceDecision,
    PriceInterval,
    ReferenceKind,
)
from .wording import (
    BASIS,
    INTERPRETATIONS,
    NO_WINDOW_FOR_PERISHABLES,
    NOT_BELOW,
    NOT_PERISHABLE,
    OFFERED_WHOLE_WINDOW,
    SHOW,
    interval_reason,
    last_30_days_reason,
    moment,
    since_first_offer_reason,
)


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
    reasons.append(interval_reason(interval, kind))
    new, reference = reduction.gross, interval.gross
    basis = (BASIS[kind],)
    percent: Percent | None = None
    amount: Decimal | None = None
    if new >= reference:
        params: dict[str, object] = {"new": new, "reference": reference}
        reasons.append(
            Reason(
                RULE,
                "prices.lowest_before_reduction.not_below_reference",
                basis,
                params | {"judgment": CJEU_ALDI},
            )
        )
        params["label"] = NOT_BELOW[kind]
        summary = Reason(RULE, "prices.lowest_before_reduction.no_reduction", (), params)
    else:
        amount, percent = reference - new, _percent_below(reference, new)
        params = {"new": new, "amount": amount, "percent": percent}
        reasons.append(
            Reason(RULE, "prices.lowest_before_reduction.below_reference", basis, params)
        )
        params = {
            "label": SHOW[kind],
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


def _perishable(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision:
    """Art. 4 ust. 4: the price in force just before the first reduction of the series."""
    series = reduction.series_starts_on or reduction.starts_on
    opening = Reason(
        RULE,
        "prices.lowest_before_reduction.perishable",
        (PERISHABLE,),
        {"series": moment(series, ends_sentence=True)},
    )
    before_series = lookup.price_before(micros(series))
    if before_series is None:
        none_before = Reason(
            RULE, "prices.lowest_before_reduction.no_price_before_series", (PERISHABLE,)
        )
        return _undetermined("history.points", reduction, day, opening, none_before)
    return _comparison(
        reduction,
        _interval(history, before_series),
        ReferenceKind.BEFORE_FIRST_REDUCTION,
        window=None,
        reasons=[opening],
        not_applied=[NO_WINDOW_FOR_PERISHABLES],
        day=day,
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
        none = Reason(RULE, "prices.lowest_before_reduction.no_prices", (LAST_30_DAYS,))
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
        (LAST_30_DAYS,),
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
    offer, when the history says it starts there; otherwise the reference is undetermined.

    Ust. 3 runs "od dnia rozpoczęcia oferowania ... do dnia wprowadzenia obniżki" (checked
    against art. 4 ust. 3 in the t.j. Dz.U. 2023 poz. 168): the reduction's day is in the
    period, so a product first offered that same day, hours before the reduction, is measured
    from the prices of those hours (the window then holds no whole day)."""
    offered_from = warsaw_day(history.points[0].since)
    params = {"first": offered_from, "opens": whole.first, "last": whole.last}
    if history.starts_at_first_offer is None:
        unknown = Reason(
            RULE,
            "prices.lowest_before_reduction.history_starts_in_window",
            (LAST_30_DAYS, SHORTER_OFFER),
            params,
        )
        missing = "history.starts_at_first_offer"
        return _undetermined(missing, reduction, day, *reasons, unknown, window=whole)
    if not history.starts_at_first_offer:
        gap = Reason(
            RULE, "prices.lowest_before_reduction.window_start_missing", (LAST_30_DAYS,), params
        )
        return _undetermined("history.points", reduction, day, *reasons, gap, window=whole)
    # First offered on the reduction's own day: no whole day, only its hours before the
    # reduction ("do dnia wprowadzenia obniżki"), so ``first`` is the day after ``last``.
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
                RULE, "prices.lowest_before_reduction.instant_in_poland", (LAST_30_DAYS,), params
            )
        )
    not_applied = [NOT_PERISHABLE]
    window = DayWindow(first_day, last_day, until)
    kind = ReferenceKind.LAST_30_DAYS
    if micros(history.points[0].since) > opens:
        shorter = _shorter_offer(history, reduction, day, window, reasons)
        if isinstance(shorter, LowestPriceDecision):
            return shorter
        kind, window = ReferenceKind.SINCE_FIRST_OFFER, shorter
        reasons.append(since_first_offer_reason(window, day, history.points[0].since))
    else:
        not_applied.insert(0, OFFERED_WHOLE_WINDOW)
        reasons.append(last_30_days_reason(window, day))
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
    basis=(LAST_30_DAYS, SHORTER_OFFER, PERISHABLE),
    interpretations=INTERPRETATIONS,
)
def _lowest_price_2023(
    history: PriceHistory, reduction: Reduction, lookup: PriceLookup, day: date
) -> LowestPriceDecision:
    """Art. 4 ust. 2-4 UoIC as in force from 2023-01-01 (Dz.U. 2022 poz. 2581): perishables
    against the price before the first reduction, other goods against the lowest price of the
    window (:data:`~regulamin.law.parameters.LOWEST_PRICE_WINDOW`), noting that a series of
    reductions named for them has no effect."""
    decision = _no_earlier_price(history, reduction, lookup, day)
    if history.perishable:
        return decision if decision is not None else _perishable(history, reduction, lookup, day)
    if decision is None:
        days = LOWEST_PRICE_WINDOW.at(day).days
        decision = _within_window(history, reduction, lookup, day, days)
    return _series_ignored(decision, reduction)


def _series_ignored(decision: LowestPriceDecision, reduction: Reduction) -> LowestPriceDecision:
    """Art. 4 ust. 4 alone measures from "cena sprzed pierwszego zastosowania obniżki", and
    only for goods that spoil quickly or have a short shelf life; for other goods ust. 2 applies
    "w każdym przypadku" of a reduction and the act has no rule for progressive reductions.
    A series named for them is not contradictory (a shop may run one for any product) but has
    no effect on the reference, and the decision says so rather than drop it."""
    if reduction.series_starts_on is None:
        return decision
    ignored = Reason(
        RULE,
        "prices.lowest_before_reduction.series_not_applied",
        (PERISHABLE, LAST_30_DAYS),
        {"series": moment(reduction.series_starts_on)},
    )
    return replace(decision, not_applied=(*decision.not_applied, ignored))


def lowest_price(history: PriceHistory, reduction: Reduction) -> LowestPriceDecision:
    """The reference price for ``reduction`` of the product whose prices are ``history``.

    Walks the whole history once; for many reductions of one product build a
    :class:`PriceIndex`, and for a catalog use :mod:`regulamin.batch`.
    """
    day = warsaw_day(reduction.starts_on)
    return lowest_before_reduction(history, reduction, PriceScan(history.points), day)


lowest_before_reduction.entry = lowest_price
