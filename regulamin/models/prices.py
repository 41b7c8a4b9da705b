"""Prices of one product, variant and sales channel, and a reduction of them (art. 4 UoIC).

Each point of a :class:`PriceHistory` is a gross price (with VAT, as shown to consumers) in
force from a day, or from an aware instant, until the next point. A plain day means from
midnight in Warsaw; an instant may come in any time zone and is read in Warsaw time, because
the 30-day window of art. 4 ust. 2 UoIC is counted in Polish calendar days. The points must be
in strictly increasing order: two prices from the same moment are a data error, not something
to resolve by guessing.

A naive datetime is refused even at midnight: it could be Warsaw, UTC or the server's clock.

>>> from datetime import date
>>> h = PriceHistory(points=[PricePoint(gross="10.00", since=date(2026, 1, 1)),
...                          PricePoint(gross="8.00", since=date(2026, 2, 1))])
>>> [str(p.gross) for p in h.points]
['10.00', '8.00']
>>> PricePoint(gross="10.00", since="2026-01-01T00:00")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for PricePoint
since
  Value error, a time of day needs a time zone (e.g. "2026-01-01T00:00+01:00"), ...
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import (
    AwareDatetime,
    BeforeValidator,
    Field,
    StrictBool,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .base import Fact, Money

WARSAW = ZoneInfo("Europe/Warsaw")
"""Polish time; the same zone as ``regulamin.calendars.WARSAW`` (models import nothing of ours)."""

_PLAIN_DAY_LENGTH = len("2026-01-01")


def _no_naive_datetime(value: Any) -> Any:
    # Pydantic would quietly turn a naive midnight ("2026-01-01T00:00") into a plain day.
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError(
            f"a time of day needs a time zone, or give a plain day: {value.isoformat()!r}"
        )
    if isinstance(value, str) and len(value.strip()) > _PLAIN_DAY_LENGTH:
        parsed = datetime.fromisoformat(value.strip())
        if parsed.tzinfo is None:
            raise ValueError(
                f'a time of day needs a time zone (e.g. "{value.strip()}+01:00"), or give a '
                f"plain day: {value!r}"
            )
        return parsed
    return value


Moment = Annotated[AwareDatetime | date, BeforeValidator(_no_naive_datetime)]
"""A plain day (from midnight in Warsaw) or an aware instant."""


def in_warsaw(moment: date | datetime) -> datetime:
    """The moment as an aware Warsaw datetime: a plain day is its midnight in Warsaw.

    >>> from datetime import timezone
    >>> in_warsaw(date(2025, 3, 1)).isoformat()
    '2025-03-01T00:00:00+01:00'
    >>> in_warsaw(datetime(2025, 2, 28, 23, 30, tzinfo=timezone.utc)).isoformat()
    '2025-03-01T00:30:00+01:00'
    """
    if isinstance(moment, datetime):
        return moment.astimezone(WARSAW)
    return datetime.combine(moment, time(), WARSAW)


def warsaw_day(moment: date | datetime) -> date:
    """The calendar day in Poland on which ``moment`` falls."""
    return moment.astimezone(WARSAW).date() if isinstance(moment, datetime) else moment


class PricePoint(Fact):
    """A gross price in force from ``since`` until the next point of the history."""

    gross: Money = Field(description="The gross price in PLN.")
    since: Moment = Field(
        description=(
            "The day (from midnight in Warsaw) or the aware instant from which the price applies."
        )
    )

    @property
    def since_day(self) -> date:
        """The calendar day in Poland on which the price came into force."""
        return warsaw_day(self.since)


class PriceHistory(Fact):
    """The prices of one product variant in one sales channel, oldest first.

    Each sales channel, and each variant, has its own history; a chain-wide advertisement
    needs the chain-wide history (every channel's prices merged).
    """

    points: tuple[PricePoint, ...] = Field(
        default=(),
        description=(
            "Every price change, in order. Empty when nothing is known (the rule then "
            "says which fact it needs rather than guess)."
        ),
    )
    product: str | None = Field(
        default=None, max_length=200, description="An identifier for messages (SKU, EAN...)."
    )
    perishable: StrictBool = Field(
        default=False,
        description="Goods that spoil quickly or have a short shelf life (art. 4 ust. 4 UoIC).",
    )
    starts_at_first_offer: StrictBool | None = Field(
        default=None,
        description=(
            "Is the first point the moment the product was first offered for sale in this "
            "channel? ``True`` makes art. 4 ust. 3 UoIC (offered for less than 30 days) "
            "applicable; ``False`` says earlier prices exist but are not given; ``None``: "
            "unknown. Only asked when the history starts inside the 30-day window."
        ),
    )

    @model_validator(mode="after")
    def _strictly_increasing(self) -> PriceHistory:
        for i in range(1, len(self.points)):
            before, after = self.points[i - 1].since, self.points[i].since
            if in_warsaw(after) <= in_warsaw(before):
                raise ValueError(
                    f"points[{i}].since: {after} is not after the previous price's {before}"
                )
        return self


class Reduction(Fact):
    """An announced price reduction: from when the reduced price applies, and what it is."""

    starts_on: Moment = Field(
        description=(
            "The day (from midnight in Warsaw) or the aware instant the reduced price takes effect."
        )
    )
    gross: Money = Field(description="The reduced gross price in PLN.")
    series_starts_on: Moment | None = Field(
        default=None,
        description=(
            "Perishable goods only (art. 4 ust. 4 UoIC): when the first reduction of the "
            "series this one continues took effect (bread at -30% from 18:00, then -50% "
            "from 20:00: 18:00). ``None``: this reduction is the first of its series. For "
            "goods that are not perishable it has no effect (each reduction is measured on "
            "its own, art. 4 ust. 2-3), and the decision says so."
        ),
    )

    @field_validator("series_starts_on")
    @classmethod
    def _series_starts_first(
        cls, value: date | datetime | None, info: ValidationInfo
    ) -> date | datetime | None:
        starts = info.data.get("starts_on")
        if value is not None and starts is not None and in_warsaw(value) > in_warsaw(starts):
            raise ValueError(
                f"the series cannot begin ({value}) after this reduction takes effect ({starts})"
            )
        return value
