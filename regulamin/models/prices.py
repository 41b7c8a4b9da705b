"""Price history of one product, variant and sales channel, as the art. 4 UoIC rule needs.

Each point is a gross price (with VAT, as shown to consumers) in force from a day, or from an
aware instant, until the next point. The points must be in strictly increasing order: two
prices from the same moment are a data error, not something to resolve by guessing.

>>> from datetime import date
>>> h = PriceHistory(points=[PricePoint(gross="10.00", since=date(2026, 1, 1)),
...                          PricePoint(gross="8.00", since=date(2026, 2, 1))])
>>> [str(p.gross) for p in h.points]
['10.00', '8.00']
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import AwareDatetime, Field, model_validator

from .base import Fact, Money


class PricePoint(Fact):
    """A gross price in force from ``since`` until the next point of the history."""

    gross: Money
    """The gross price in PLN."""
    since: AwareDatetime | date
    """The day (or the aware instant) from which the price applies."""

    @property
    def since_day(self) -> date:
        """The calendar day the price came into force (in the instant's own time zone)."""
        return self.since.date() if isinstance(self.since, datetime) else self.since


class PriceHistory(Fact):
    """The prices of one product variant in one sales channel, oldest first."""

    points: tuple[PricePoint, ...] = Field(min_length=1)
    """Every price change, in order; the first is the day the product was first offered."""
    product: str | None = Field(default=None, max_length=200)
    """An identifier for messages (SKU, EAN...)."""
    perishable: bool = False
    """Goods that lose their usefulness quickly (art. 4 ust. 4 UoIC)."""

    @model_validator(mode="after")
    def _strictly_increasing(self) -> PriceHistory:
        for i, (before, after) in enumerate(zip(self.points, self.points[1:], strict=False)):
            if after.since_day < before.since_day or (
                type(before.since) is type(after.since) and after.since <= before.since
            ):
                raise ValueError(
                    f"points[{i + 1}].since: {after.since} is not after the previous price's "
                    f"{before.since}"
                )
        return self
