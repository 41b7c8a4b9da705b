"""Clauses of a shop's terms that no statutory rule reads: the availability a provider
declares, how long it keeps order data after an account is deleted, what a customer's
submission must contain. Each value carries the clause stating it
(:class:`~regulamin.models.clauses.Stated`), so that a decision cites that clause.

>>> Availability(percent="99.982", clauses={"percent": "§ 4 ust. 9 pkt 4"}).percent
Decimal('99.982')
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import Field, StrictBool

from .base import Fact
from .clauses import Stated

__all__ = [
    "Availability",
    "Contents",
    "Element",
    "Maintenance",
    "MaintenanceWork",
    "OneVersion",
    "OrderRetention",
    "PriceChanges",
    "Provisions",
    "RetainedClaim",
    "Submission",
    "SubmissionKind",
    "Submissions",
    "VersionRequest",
]


class Availability(Stated):
    """The availability the terms declare for the service, as a percentage of time."""

    percent: Decimal = Field(
        gt=0,
        le=100,
        max_digits=8,
        decimal_places=5,
        description="The declared availability in per cent (99.982 for 99,982 %).",
    )


class OrderRetention(Stated):
    """What the terms say about the order data kept after the customer deletes the account."""

    until_time_barred: StrictBool = Field(
        description=(
            "Are the data on the orders placed kept after the account is deleted until the "
            "possible claims from the contract are time-barred?"
        )
    )


class RetainedClaim(Fact):
    """A claim that may arise from an order, for which the order's data are kept until it is
    time-barred (art. 117-118 KC): when it became due and what kind of claim it is."""

    name: str = Field(
        min_length=1, max_length=200, description="The claim, for messages (a refund, a fee)."
    )
    due_on: date | None = Field(
        description=(
            "The day the claim became due (wymagalne): the limitation period runs from it "
            "(art. 120 § 1 KC); ``None``: not known."
        )
    )
    business_related: bool | None = Field(
        description=(
            "Is the claim related to running a business (art. 118 KC: three years)? A trader's "
            "claim for its remuneration is; a consumer's claim against the trader is not. "
            "``None``: not known."
        )
    )
    periodic: bool | None = Field(
        description=(
            "Is it a claim for periodic performance (a monthly fee as such: art. 118 KC, "
            "three years)? ``None``: not known."
        )
    )


class Element(StrEnum):
    """An element a customer's submission may be asked to contain."""

    NAME = "name"
    """Imię i nazwisko (or the name of an entity)."""
    POSTAL_ADDRESS = "postal_address"
    """Adres do korespondencji."""
    CONTACT = "contact"
    """Dane kontaktowe."""
    EMAIL = "email"
    """Adres e-mail."""
    ISSUE_KIND = "issue_kind"
    """Rodzaj nieprawidłowości."""
    ISSUE_DATE = "issue_date"
    """Data wystąpienia nieprawidłowości."""
    EXPLANATION = "explanation"
    """A sufficiently substantiated explanation why the content is illegal."""
    LOCATION = "location"
    """The electronic location of the content (a URL)."""
    GOOD_FAITH = "good_faith"
    """A statement of the bona fide belief that the notice is accurate and complete."""
    GROUNDS = "grounds"
    """Uzasadnienie żądania zmiany decyzji."""


class SubmissionKind(StrEnum):
    """What a customer submits."""

    COMPLAINT = "complaint"
    """A complaint about the website (reklamacja)."""
    NOTICE = "notice"
    """A notice of illegal content (art. 16 DSA)."""
    APPEAL = "appeal"
    """An appeal against a decision on content or an account (art. 20 DSA)."""


class Contents(Stated):
    """What the terms require one kind of submission to contain."""

    required: tuple[Element, ...] = Field(
        min_length=1, max_length=20, description="The elements the terms ask for."
    )
    where_possible: tuple[Element, ...] = Field(
        default=(),
        max_length=20,
        description='Of those, the ones asked for only "w miarę możliwości" (where possible).',
    )
    not_for_child_abuse: tuple[Element, ...] = Field(
        default=(),
        max_length=20,
        description=(
            "Of those, the ones not asked for in a notice of an offence under art. 3-7 of "
            "Directive 2011/93/EU (art. 16 ust. 2 lit. c DSA: the notifier's name and e-mail)."
        ),
    )


class Submissions(Fact):
    """What the terms require each kind of submission to contain; ``None``: nothing."""

    complaint: Contents | None = Field(default=None, description="A complaint about the website.")
    notice: Contents | None = Field(default=None, description="A notice of illegal content.")
    appeal: Contents | None = Field(default=None, description="An appeal against a decision.")


class Submission(Fact):
    """A customer's submission and what it contains."""

    kind: SubmissionKind = Field(description="What is submitted.")
    received_on: date = Field(description="The day the provider received it.")
    contents: dict[Element, bool] = Field(
        default_factory=dict,
        description=(
            "For each element, does the submission give it? An element not listed is not "
            "known (named as missing if the terms ask for it)."
        ),
    )
    child_abuse_offence: bool | None = Field(
        default=None,
        description=(
            "For a notice: does it concern an offence under art. 3-7 of Directive 2011/93/EU? "
            "``None``: not known (asked only where it decides)."
        ),
    )


class PriceChanges(Stated):
    """What the terms say about changing prices and promotions."""

    spares_concluded: StrictBool = Field(
        description=(
            "Do price changes leave the contracts concluded before them untouched (\"bez "
            "uszczerbku dla umów zawartych przed tymi zmianami\")?"
        )
    )


class Maintenance(Stated):
    """What the terms say about maintenance work on the servers."""

    refusal_releases: StrictBool = Field(
        description=(
            "May the customer refuse planned maintenance, the provider being then released "
            "from liability for the consequences of the work not being done?"
        )
    )
    urgent_after_email: StrictBool = Field(
        description=(
            "May urgent interventions, key to the server's operation, start at once once the "
            "customer has been told by e-mail?"
        )
    )


class MaintenanceWork(Fact):
    """A maintenance work the provider means to do."""

    starts_at: datetime = Field(description="When the work starts (or is to start).")
    urgent: bool | None = Field(
        description=(
            "Is it an urgent intervention of key importance for the server's proper operation? "
            "``None``: not known."
        )
    )
    refused: bool | None = Field(
        default=None,
        description=(
            "For planned work: did the customer refuse it? ``None``: not known (asked only for "
            "planned work)."
        ),
    )
    emailed_at: datetime | None = Field(
        default=None,
        description="For urgent work: when the e-mail to the customer was sent; ``None``: none.",
    )


class OneVersion(Stated):
    """What the terms say about the product version support concerns."""

    one_chosen_version: StrictBool = Field(
        description="Is support given always for one version of the product the user chose?"
    )


class VersionRequest(Fact):
    """A support request and the product versions it concerns."""

    asked_on: date = Field(description="The day the request was made.")
    chosen: str | None = Field(
        max_length=100,
        description="The version the user chose for support; ``None``: not known (or none).",
    )
    concerns: str | None = Field(
        max_length=100,
        description="The version the request is about; ``None``: not known.",
    )


class Provisions(Fact):
    """The clauses of this module a version of the terms writes; ``None``: the terms say
    nothing on the point."""

    availability: Availability | None = Field(
        default=None, description="The availability the terms declare."
    )
    retention: OrderRetention | None = Field(
        default=None, description="Order data kept after the account is deleted."
    )
    submissions: Submissions | None = Field(
        default=None, description="What complaints, notices and appeals must contain."
    )
    price_changes: PriceChanges | None = Field(
        default=None, description="Changes of prices and promotions."
    )
    maintenance: Maintenance | None = Field(
        default=None, description="Maintenance work: refusing it, urgent work."
    )
    one_version: OneVersion | None = Field(
        default=None, description="Support for one chosen version of the product."
    )
