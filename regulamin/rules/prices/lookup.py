"""How the rule reads one product's price history: the questions it asks
(:class:`PriceLookup`), answered by a walk through every price (:class:`PriceScan`); moments
are Unix microseconds of Warsaw time, amounts grosze."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Protocol

from ...models.prices import PricePoint, in_warsaw


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


_EPOCH = datetime.fromtimestamp(0, UTC)  # the Unix epoch, the origin of the microseconds
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
