"""A shop's terms (regulamin) as dated versions.

>>> from datetime import date
>>> v = TermsVersion(id="2017-03", published_on=date(2017, 3, 31), effective_from=date(2017, 3, 31))
>>> v.effective_from.isoformat()
'2017-03-31'
>>> TermsVersion(id="x", published_on=date(2017, 4, 1), effective_from=date(2017, 3, 31))
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for TermsVersion
effective_from
  Value error, a version cannot take effect (2017-03-31) before it is published (2017-04-01) ...
"""

from __future__ import annotations

from datetime import date

from pydantic import Field, ValidationInfo, field_validator

from .base import Fact


class TermsVersion(Fact):
    """One version of a shop's terms."""

    id: str = Field(min_length=1, max_length=100)
    """A label for the version (a date, a number)."""
    published_on: date
    """The day it was published (made available to customers)."""
    effective_from: date
    """The day it takes effect; never before publication."""

    @field_validator("effective_from")
    @classmethod
    def _not_before_publication(cls, value: date, info: ValidationInfo) -> date:
        published = info.data.get("published_on")
        if published is not None and value < published:
            raise ValueError(
                f"a version cannot take effect ({value}) before it is published ({published})"
            )
        return value
