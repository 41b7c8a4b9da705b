"""What the lowest-price rule answers: which paragraph of art. 4 UoIC fixed the reference
price, the days compared, the price of the history that is the reference, and the largest
reduction that may be advertised."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from ...decision import Decision, Percent
from ...law import OMNIBUS_2023, UOIC
from ...law.parameters import LOWEST_PRICE_WINDOW
from ...messages import Message

RULE = "prices.lowest_before_reduction"
WINDOW_DAYS = LOWEST_PRICE_WINDOW.since(OMNIBUS_2023).days
"""Art. 4 ust. 2 UoIC: the look-back window, in calendar days, as the Omnibus act set it
(:data:`~regulamin.law.parameters.LOWEST_PRICE_WINDOW`; the rule reads it by its key date)."""

LAST_30_DAYS = UOIC.art("4", "2")
SHORTER_OFFER = UOIC.art("4", "3")
PERISHABLE = UOIC.art("4", "4")
CJEU_ALDI = Message("prices.lowest_before_reduction.cjeu_aldi")


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
    of the reduction's own day before it took effect.

    A product first offered on the reduction's own day (art. 4 ust. 3 UoIC) has no whole day
    in its window: ``first`` is then the reduction's day, the day after ``last``, and only the
    hours up to ``reduction_day_until`` were compared (from the first offer, since no price
    was in force earlier that day)."""

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
