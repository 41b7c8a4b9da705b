"""Shared building blocks of the facts: the base model, money, aware instants.

Every fact model is frozen and forbids unknown keys, so a misspelt field is an error and a
fact cannot change after it was validated. Money is an exact :class:`~decimal.Decimal` in
złoty with at most two decimal places: a float is refused, because ``0.1 + 0.2`` is not a
price. Datetimes that carry a time of day must carry a time zone too: a naive ``09:00``
could be Warsaw, UTC or the server's clock, and a deadline computed from it would be
silently wrong.

>>> class Refund(Fact):
...     amount: Money
>>> Refund(amount="1234.56").amount
Decimal('1234.56')
>>> Refund(amount=12.5)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Refund
amount
  Value error, money must be an exact decimal (e.g. "12.50"), not a float: 12.5 ...
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo

from ..errors import InvalidFacts


class Fact(BaseModel):
    """Base of every fact: frozen, strict about unknown keys, documented per field.

    Field meanings are given as ``Field(description=...)`` rather than attribute docstrings:
    those would make pydantic read and parse the source files at import time.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=True,
        defer_build=True,
        ser_json_timedelta="iso8601",
    )


def _exact_money(value: Any) -> Any:
    # A float has already lost the grosz it was meant to carry (0.1 is 0.1000000000000000055...).
    if isinstance(value, float):
        raise ValueError(f'money must be an exact decimal (e.g. "12.50"), not a float: {value!r}')
    return value


Money = Annotated[
    Decimal,
    BeforeValidator(_exact_money),
    Field(ge=0, decimal_places=2, allow_inf_nan=False, description="Amount in PLN, exact."),
]
"""A non-negative amount of złoty with at most two decimal places (grosze)."""

Instant = AwareDatetime
"""A point in time with a time zone (naive datetimes are refused)."""

WARSAW = ZoneInfo("Europe/Warsaw")
"""Poland's time zone: the wall clock of every Polish day, deadline and working hour."""


def aware(instant: datetime, field: str) -> datetime:
    """``instant`` in Warsaw time; a naive datetime is :class:`~regulamin.errors.InvalidFacts`
    naming ``field``, because "09:00" of an unknown zone gives a silently wrong deadline.

    >>> aware(datetime(2026, 3, 2, 10), "request.received_at")
    Traceback (most recent call last):
    ...
    regulamin.errors.InvalidFacts: request.received_at: 2026-03-02 10:00:00 has no time zone; ...
    """
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise InvalidFacts(field, f"{instant} has no time zone; give e.g. Europe/Warsaw or UTC")
    return instant.astimezone(WARSAW)


Lang = Literal["pl", "en", "uk"]
"""The languages the library speaks: Polish, its source language, English and Ukrainian."""


class Percent(Decimal):
    """A percentage (``Percent("20")`` is 20%), formatted as such when a person reads it."""

    __slots__ = ()


def not_before(
    earlier: str, message: str, *, equal_allowed: bool = True
) -> Callable[[Any, Any, ValidationInfo], Any]:
    """A field validator: the field, when given, may not come before the field ``earlier``
    (declared above it), nor equal it unless ``equal_allowed``. ``message`` names both with
    ``{value}`` and ``{earlier}``, written in ISO form::

        _received_after_sending = field_validator("received_on")(
            not_before("sent_on", "a statement cannot be received ({value}) before it is sent "
                       "({earlier})")
        )
    """

    def check(cls: Any, value: Any, info: ValidationInfo) -> Any:
        other = info.data.get(earlier)
        if value is None or other is None:
            return value
        if value < other or (value == other and not equal_allowed):
            raise ValueError(message.format(value=value.isoformat(), earlier=other.isoformat()))
        return value

    return check
