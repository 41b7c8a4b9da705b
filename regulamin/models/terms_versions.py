"""A shop's terms (regulamin) as dated versions, the policy the terms declare for their own
changes, and a continuing contract's history of notified changes.

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
>>> Terms(policy="orders_after_effective_day", versions=[v]).policy
<ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY: 'orders_after_effective_day'>
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, NonNegativeInt, StrictBool, field_validator

from .base import Fact, not_before


class TermsVersion(Fact):
    """One version of a shop's terms."""

    id: str = Field(
        min_length=1, max_length=100, description="A label for the version (a date, a number)."
    )
    published_on: date = Field(
        description="The day it was published (made available to customers)."
    )
    effective_from: date = Field(description="The day it takes effect; never before publication.")
    effective_until: date | None = Field(
        default=None,
        description=(
            "The last day it is in force, when the shop states one (an archive's "
            '"obowiązuje do"); otherwise it is in force until the next version takes '
            "effect."
        ),
    )

    _not_before_publication = field_validator("effective_from")(
        not_before(
            "published_on",
            "a version cannot take effect ({value}) before it is published ({earlier})",
        )
    )

    _ends_after_it_starts = field_validator("effective_until")(
        not_before(
            "effective_from", "a version cannot end ({value}) before it takes effect ({earlier})"
        )
    )


class ChangePolicy(StrEnum):
    """How the terms themselves say a new version applies to orders."""

    ORDERS_AFTER_EFFECTIVE_DAY = "orders_after_effective_day"
    """A change applies only to orders placed *after the day* it takes effect, and never to
    orders placed before; an order placed on the effective day keeps the previous version."""
    EFFECTIVE_ON_PUBLICATION = "effective_on_publication"
    """A new version takes effect on the day it is published (registered users told by
    e-mail); ``effective_from`` must equal ``published_on``."""
    FROM_EFFECTIVE_DAY = "from_effective_day"
    """A new version governs orders placed on or after the day it takes effect."""


class Terms(Fact):
    """A shop's terms: every version, and the change policy they declare."""

    policy: ChangePolicy = Field(
        description="How a new version applies to orders, as the terms state it."
    )
    versions: tuple[TermsVersion, ...] = Field(
        min_length=1,
        max_length=10_000,
        description="Every version, in any order; ids and effective days must be unique.",
    )
    name: str | None = Field(
        default=None, max_length=200, description="The terms' title, for messages."
    )


class NoticeTerms(Fact):
    """How the customer may terminate a continuing contract: the notice period, and whether
    the termination takes effect only at the end of a calendar month."""

    days: NonNegativeInt = Field(
        default=0, description="The notice period in days (art. 111 KC), if given in days."
    )
    months: NonNegativeInt = Field(
        default=0, description="The notice period in months (art. 112 KC), if given in months."
    )
    at_month_end: StrictBool = Field(
        default=False,
        description=(
            "The termination takes effect at the end of the calendar month in which the "
            'notice period ends ("ze skutkiem na koniec miesiąca kalendarzowego").'
        ),
    )


class ChangeNotice(Fact):
    """A new version of the terms delivered to the customer during a continuing contract."""

    version_id: str = Field(
        min_length=1,
        max_length=100,
        description="The version delivered (an id of :attr:`Terms.versions`).",
    )
    notified_on: date = Field(
        description=(
            "The day the new version reached the customer (for e-mail: reached the mailbox)."
        )
    )
    terminated: StrictBool | None = Field(
        default=None,
        description=(
            "Did the customer terminate the contract at the nearest termination date "
            "because of the change (art. 384¹ KC)? ``None`` while unknown or not yet "
            "decided."
        ),
    )


class AnnouncedVersion(Fact):
    """A version published by the day a continuing contract was concluded that takes effect
    only after it: was it part of the terms the customer accepted (art. 384 § 1 and § 4 KC)?"""

    version_id: str = Field(
        min_length=1,
        max_length=100,
        description="The version announced (an id of :attr:`Terms.versions`).",
    )
    provided: StrictBool | None = Field(
        default=None,
        description=(
            "Was it delivered to the customer before the contract was concluded (art. 384 § 1 "
            "KC) or, for terms in electronic form, made available before conclusion so that the "
            "customer could store and reproduce it (art. 384 § 4 KC)? ``True``: it binds from "
            "its effective day as part of the terms accepted at conclusion, with no right to "
            "terminate over it; ``False``: it binds only as a change delivered during the "
            "contract (art. 384¹ KC); ``None``: unknown."
        ),
    )


class ContinuingContract(Fact):
    """A contract of a continuing character (an account, a subscription, hosting)."""

    concluded_on: date = Field(
        description="The day the contract was concluded (the order was placed)."
    )
    notice: NoticeTerms | None = Field(
        default=None,
        description=(
            "How the customer may terminate it; needed when the customer terminated over a change."
        ),
    )
    changes: tuple[ChangeNotice, ...] = Field(
        default=(),
        max_length=10_000,
        description="Every new version delivered to the customer since conclusion.",
    )
    announced: tuple[AnnouncedVersion, ...] = Field(
        default=(),
        max_length=10_000,
        description=(
            "Versions published by the day of conclusion that take effect after it, and "
            "whether each was made available to the customer before conclusion. Asked only "
            "for such a version in force by the day in question; a version known at "
            "conclusion is not a change during the contract (art. 384¹ KC)."
        ),
    )
