"""Facts for the service clauses of a hosting provider's and a software producer's terms.

Two kinds of facts live here.

* **Terms as data**: what a shop's terms promise, one frozen model per clause family, supplied
  by the shop's terms file: :class:`ServiceTerms` (plans and their limits, activation,
  payment, reply periods), :class:`ServiceLevel` (the SLA's working hours, scope and
  exceptions) and :class:`SupportTerms` (live-support hours, the first-reply target and the
  clauses on tickets). Plans are rows of a table, not branches of code, and their names are
  the shop's. Every number carries the clause of the shop's terms that states it
  (:class:`~regulamin.models.clauses.Stated`), so that a decision cites it.
* **Events**: orders, payments, reports of failures, appeals, support tickets. Instants carry a
  time zone (a naive datetime is refused), because an SLA deadline computed from "09:00" of an
  unknown zone would be silently wrong.

A fact nobody has established yet is ``None`` where the rules must then say "undetermined"; a
flag for something that must be shown (an SLA exception, a ground to close a ticket) defaults
to ``False`` or ``None`` meaning *not established*.

>>> sla = SlaTerms(first_reply_hours=2, restore_hours=8, holidays_on_extended_days=True)
>>> shop = ServiceTerms(
...     plans=[{"name": "mini", "transfer_limit_gb": 50, "email_limit_per_day": None, "sla": sla,
...             "clauses": {"transfer_limit_gb": "§ 7 ust. 1"}}],
...     activation_hours=12, fault_fix_days=7,
...     website_complaint_days=10, appeal_days=10,
...     payment={"due_days": 14, "reminder_days": [2], "shutdown_days": 20,
...              "clauses": {"due_days": "§ 5 ust. 2"}},
...     clauses={"activation_hours": "§ 3 ust. 4"},
... )
>>> spec = shop.plan("Mini")
>>> spec.name, spec.transfer_limit_gb, str(spec.clause("transfer_limit_gb"))
('MINI', 50, '§ 7 ust. 1')
>>> shop.plan("MAXI") is None, shop.plan_names
(True, ('MINI',))
>>> SlaTerms(first_reply_hours=2, restore_hours=8, extended_days={2},
...          holidays_on_extended_days=False)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for SlaTerms
extended_days
  Value error, extended days are Saturday (5) and Sunday (6); ...
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise
from typing import Annotated

from pydantic import (
    Field,
    NonNegativeInt,
    PositiveInt,
    StrictBool,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .base import Fact, Instant, not_before
from .clauses import ClauseRef, Stated

SATURDAY, SUNDAY = 5, 6
Weekday = Annotated[int, Field(ge=0, le=6)]
"""A Python weekday: Monday 0 ... Sunday 6."""


# --------------------------------------------------------------------------- terms as data


class SlaTerms(Stated):
    """A plan's service level: reply and restore times in SLA hours, each with the clause of
    the terms that states it (``clauses: {first_reply_hours: "§ 5 ust. 3 pkt 1"}``).

    The SLA clock runs in the terms' working hours (:class:`ServiceLevel`: Monday to Friday,
    not on public holidays) and, for plans that extend it, on ``extended_days`` in the same
    hours.
    """

    first_reply_hours: PositiveInt = Field(
        description="The longest time to the first reply to a failure report, in SLA hours."
    )
    restore_hours: PositiveInt = Field(
        description=(
            "The longest time to restore the service after a critical failure, in SLA hours."
        )
    )
    extended_days: frozenset[Weekday] = Field(
        default=frozenset(),
        description="Weekend days on which the plan's SLA also runs (Saturday 5, Sunday 6).",
    )
    extended_first_reply_hours: PositiveInt | None = Field(
        default=None,
        description=(
            'The reaction time the terms state for the extended hours ("czas reakcji '
            'wynosi maksymalnie 4 godziny"), applied to reports whose SLA clock starts on '
            "an extended day."
        ),
    )
    holidays_on_extended_days: StrictBool = Field(
        description=(
            "Does the SLA run on an extended day that is also a public holiday (a "
            "Saturday 15 August, Easter Sunday)? Terms that name the weekend days without "
            "exception are read so (art. 385 § 2 KC)."
        )
    )

    @field_validator("extended_days")
    @classmethod
    def _weekend_only(cls, value: frozenset[int]) -> frozenset[int]:
        if not value <= {SATURDAY, SUNDAY}:
            raise ValueError(
                "extended days are Saturday (5) and Sunday (6); Monday to Friday are working "
                "days already"
            )
        return value

    @model_validator(mode="after")
    def _extended_time_needs_extended_days(self) -> SlaTerms:
        if self.extended_first_reply_hours is not None and not self.extended_days:
            raise ValueError("extended_first_reply_hours: the plan has no extended days")
        return self


class PlanSpec(Stated):
    """One plan's parameters as the shop's terms state them, each with its clause
    (``clauses: {transfer_limit_gb: "§ 6 ust. 2", email_limit_per_day: "§ 6 ust. 5"}``)."""

    name: str = Field(
        min_length=1,
        max_length=50,
        description=(
            'The plan\'s name as the terms write it after the brand (``"PLUS"``); kept upper-case.'
        ),
    )
    transfer_limit_gb: PositiveInt | None = Field(
        description=(
            "The data-transfer limit per billing period, in GB; ``None``: no limit (its clause "
            "is the one saying so)."
        )
    )
    email_limit_per_day: PositiveInt | None = Field(
        description="How many e-mails the customer's servers may send a day; ``None``: no limit."
    )
    sla: SlaTerms = Field(description="The plan's service level.")

    @field_validator("name")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.strip().upper()


class PaymentTerms(Stated):
    """When payment is due, when reminders go out, when an unpaid service ends, each number
    with the clause that states it (``clauses: {due_days: "§ 4 ust. 5"}``)."""

    due_days: PositiveInt = Field(
        description="Days from the contract's conclusion to pay (calendar days)."
    )
    methods: tuple[str, ...] = Field(
        default=(),
        max_length=20,
        description=(
            "The ways of paying the terms offer for the period of ``due_days`` (transfer, "
            "electronic payment), as the terms name them; its clause is cited with the period."
        ),
    )
    reminder_days: tuple[PositiveInt, ...] = Field(
        max_length=20,
        description="Days after the due date on which automatic reminders are sent.",
    )
    shutdown_days: PositiveInt = Field(
        description=(
            "Days after the due date to pay a suspended service before it is shut down "
            "for good and its data deleted."
        )
    )

    @field_validator("reminder_days")
    @classmethod
    def _increasing(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(later <= earlier for earlier, later in pairwise(value)):
            raise ValueError(f"reminder days must increase strictly, not {value}")
        return value


class SuspensionTerms(Stated):
    """The grounds on which the terms let the provider suspend the service temporarily, each
    with its clause (``clauses: {payment_late: "§ 4 ust. 12 pkt 1"}``). A ground the terms do
    not give is never a reason to suspend."""

    payment_late: StrictBool = Field(default=False, description="A late payment.")
    transfer_limit_exceeded: StrictBool = Field(
        default=False, description="An exceeded data-transfer limit of the plan."
    )
    illegal_content: StrictBool = Field(
        default=False,
        description=(
            "Content on the server contrary to the law, to third parties' rights or to good "
            "morals."
        ),
    )


class ServiceTerms(Stated):
    """A hosting provider's service terms as data: plans, working hours, promised periods,
    each number with the clause that states it (``clauses: {activation_hours: "§ 4 ust. 1"}``).

    Clauses without a number are given by the field that says what they provide:
    ``offer_is_invitation`` and ``concluded_by_confirmation`` (how the contract is concluded),
    ``suspends_on_transfer_excess`` and ``halts_email_on_excess`` (what exceeding a limit
    allows).
    """

    plans: tuple[PlanSpec, ...] = Field(
        min_length=1,
        max_length=100,
        description="Every plan the terms offer; names must be unique.",
    )
    offer_is_invitation: StrictBool = Field(
        default=True,
        description=(
            "Is the information on the website an invitation to contract (art. 71 KC), the "
            "customer's order the offer?"
        ),
    )
    concluded_by_confirmation: StrictBool = Field(
        default=True,
        description=(
            "Is the contract concluded when the provider's e-mail confirming the order "
            "reaches the customer?"
        ),
    )
    activation_hours: PositiveInt = Field(
        description=(
            "Hours to activate a service after the payment is booked, unless the "
            "service's description or the order states another time."
        )
    )
    suspension: SuspensionTerms = Field(
        default_factory=SuspensionTerms,
        description="The grounds for suspending the service temporarily.",
    )
    suspends_on_transfer_excess: StrictBool = Field(
        default=True,
        description=(
            "May the account be suspended, with an e-mail to the customer, until the billing "
            "period ends or the limit is raised, once the transfer limit is exceeded?"
        ),
    )
    halts_email_on_excess: StrictBool = Field(
        default=True,
        description=(
            "May sending e-mail be halted until the end of the day, with an e-mail to the "
            "customer, once the daily e-mail limit is exceeded?"
        ),
    )
    fault_fix_days: PositiveInt = Field(
        description="Calendar days to remove a reported failure or fault."
    )
    website_complaint_days: PositiveInt = Field(
        description="Days to consider a complaint about the website."
    )
    appeal_days: PositiveInt = Field(
        description="Days to consider an appeal against a decision on content."
    )
    account_appeal_days: PositiveInt | None = Field(
        default=None,
        description=(
            "Days to consider an appeal against a decision on an account, when its clause is "
            "another; ``None``: ``appeal_days``."
        ),
    )
    payment: PaymentTerms = Field(description="Payment, reminders and shutdown.")

    @field_validator("plans")
    @classmethod
    def _unique_names(cls, value: tuple[PlanSpec, ...]) -> tuple[PlanSpec, ...]:
        names = [plan.name for plan in value]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise ValueError(f"plan names must be unique; repeated: {', '.join(twice)}")
        return value


    @property
    def plan_names(self) -> tuple[str, ...]:
        """The plans' names, as the terms list them."""
        return tuple(spec.name for spec in self.plans)

    def plan(self, name: str) -> PlanSpec | None:
        """The row of the plan table for ``name`` (any case), or ``None``."""
        wanted = str(name).strip().upper()
        return next((spec for spec in self.plans if spec.name == wanted), None)


class LiveSupportHours(Fact):
    """When live support (phone, online session) is available, Warsaw time."""

    weekdays: frozenset[Weekday] = Field(
        min_length=1, description="The weekdays it runs (Monday 0 ... Sunday 6)."
    )
    holidays_count: StrictBool = Field(
        description="Does it also run on public holidays that fall on those weekdays?"
    )
    opens: time = Field(
        default=time(0),
        description=(
            "Opening time on those days (00:00 with ``closes`` ``None``: around the clock)."
        ),
    )
    closes: time | None = Field(default=None, description="Closing time; ``None``: until midnight.")

    _closes_after_opening = field_validator("closes")(
        not_before(
            "opens",
            "live support cannot close ({value}) before it opens ({earlier})",
            equal_allowed=False,
        )
    )


class SupportTerms(Stated):
    """A software producer's technical-support terms as data: the numbers, each with the
    clause stating it (``clauses: {first_reply_working_days: "Realizacja pkt 3"}``), and the
    clauses the support rules apply."""

    live_hours: LiveSupportHours = Field(
        description='When live support is available "as a rule" (the published hours may differ).'
    )
    first_reply_working_days: PositiveInt = Field(
        description=(
            "The first reaction is aimed for by the end of this many working days after "
            "the day the ticket was opened."
        )
    )
    entitlement: ClauseRef = Field(
        description="The clause making support depend on a valid licence and a subscription."
    )
    channels: ClauseRef = Field(description="The clause naming the forms of support.")
    tools: ClauseRef = Field(
        description="The clause leaving the tools and the form of support to the producer."
    )
    best_efforts: ClauseRef = Field(
        description="The clause making support a best-efforts service, not a promised result."
    )
    tickets: ClauseRef = Field(description="The clause opening a ticket for each contact.")
    closing: ClauseRef = Field(
        description="The clause on closing a ticket and reopening a closed one."
    )
    unlimited_tickets: ClauseRef = Field(
        description="The clause saying the number of tickets is not limited."
    )


# --------------------------------------------------------------------------- hosting events


class Order(Fact):
    """An order placed on the provider's website and its confirmation by e-mail."""

    placed_at: Instant = Field(
        description=(
            'When the customer clicked the button that places the order ("Kupuję i płacę").'
        )
    )
    confirmation_received_at: Instant | None = Field(
        description=(
            "When the provider's e-mail confirming the order and its acceptance reached "
            "the customer; ``None``: it has not reached them (yet). Required, so that "
            '"not received" is said aloud.'
        )
    )

    _after_placing = field_validator("confirmation_received_at")(
        not_before(
            "placed_at",
            "the confirmation ({value}) cannot reach the customer before the order was "
            "placed ({earlier})",
        )
    )


class ServiceItem(Fact):
    """One service in an order, with its own activation time when it states one."""

    name: str = Field(min_length=1, max_length=200, description="The service, for messages.")
    activation_hours: PositiveInt | None = Field(
        default=None,
        description=(
            "The activation time the service's description or the order states, in hours; "
            "``None``: the terms' general time applies."
        ),
    )


class RequestKind(StrEnum):
    """What a customer's report or request is about: a failure the SLA covers, a request
    outside it, another failure to be fixed (the terms say which their SLA covers)."""

    FAILURE = "failure"
    """A failure (awaria) affecting the service's availability: the SLA applies."""
    FAULT = "fault"
    """A fault or error (usterka, błąd) that does not significantly affect availability."""
    INFORMATION = "information"
    """A request for information (zapytanie informacyjne)."""
    CONFIGURATION = "configuration"
    """A request to configure something (wniosek o konfigurację)."""


class SlaException(StrEnum):
    """The situations in which terms commonly except a report from the SLA (the customer's
    infrastructure, non-standard work, an external cause, force majeure); the terms list theirs."""

    CUSTOMER_INFRASTRUCTURE = "customer_infrastructure"
    """Work requiring intervention in infrastructure the customer controls (pkt 1)."""
    NON_STANDARD_WORK = "non_standard_work"
    """Work beyond standard operation, e.g. installing custom modules (pkt 2)."""
    EXTERNAL_CAUSE = "external_cause"
    """Delays from external causes beyond the provider's control: the customer's application,
    external DNS providers, cloud infrastructure (pkt 3)."""
    FORCE_MAJEURE = "force_majeure"
    """Force majeure (pkt 4)."""


class ServiceLevel(Stated):
    """What the SLA clauses say for every plan: the working hours its clock runs in, what it
    covers and excepts, the time for the requests it does not cover, and whether that time
    also reaches the reports it excepts. Each value carries
    the clause stating it (``clauses: {non_sla_hours: "§ 5 ust. 4", opens: "§ 1"}``).
    """

    opens: time = Field(
        default=time(9),
        description="Working hours (godziny robocze) begin, Warsaw time, on working days.",
    )
    closes: time = Field(default=time(17), description="Working hours end.")
    levels: ClauseRef = Field(
        description="The clause stating the plans' service levels (reply and restore times)."
    )
    scope: ClauseRef = Field(description="The clause saying when the SLA does not apply.")
    exceptions: dict[SlaException, ClauseRef] = Field(
        default_factory=dict,
        description="Each exception from the SLA the terms state, with the point stating it.",
    )
    covers: frozenset[RequestKind] = Field(
        default=frozenset({RequestKind.FAILURE}),
        min_length=1,
        description="The requests the SLA covers (failure reports).",
    )
    non_sla_hours: PositiveInt = Field(
        description="Working hours to handle a request the SLA does not cover."
    )
    other_failures: ClauseRef | None = Field(
        default=None,
        description=(
            "The clause giving the time to remove a failure that is not critical, if the terms "
            "have one."
        ),
    )
    excepted_reports: ClauseRef | None = Field(
        default=None,
        description=(
            "The clause giving a report the SLA excepts (one of ``exceptions`` shown) the "
            "time for requests the SLA does not cover (``non_sla_hours``), as a clause on "
            '"requests not covered by the SLA" does; ``None``: the terms give such a report '
            "no time."
        ),
    )

    _closes_after_opening = field_validator("closes")(
        not_before(
            "opens",
            "working hours cannot close ({value}) before they open ({earlier})",
            equal_allowed=False,
        )
    )


class ServiceRequest(Fact):
    """A report of a failure or a request sent to the provider's support."""

    received_at: Instant = Field(
        description=(
            "When the report reached the provider (e-mail or the ticket system, § 9 ust. 5)."
        )
    )
    kind: RequestKind = Field(description="What it is about.")
    critical: StrictBool | None = Field(
        default=None,
        description=(
            "Failures only: is it a critical failure (awaria krytyczna), which the SLA "
            "promises to restore within its time? ``None``: not (yet) assessed."
        ),
    )
    exception: SlaException | None = Field(
        default=None,
        description=(
            "An SLA exception the provider has shown to apply; ``None``: none established."
        ),
    )

    @field_validator("critical")
    @classmethod
    def _only_failures_are_critical(cls, value: bool | None, info: ValidationInfo) -> bool | None:
        if value is not None and info.data.get("kind") is not RequestKind.FAILURE:
            raise ValueError("only a failure (kind 'failure') is critical or not")
        return value


class SuspensionGrounds(Fact):
    """The facts behind the grounds on which a shop's terms may let the provider suspend the
    service (:class:`SuspensionTerms` says which grounds the terms give).

    Each is ``True`` (established), ``False`` (ruled out) or ``None`` (not known).
    """

    payment_late: StrictBool | None = Field(
        default=None,
        description="A payment for the service is late (opóźnienie: late for any reason).",
    )
    transfer_limit_exceeded: StrictBool | None = Field(
        default=None, description="The plan's data-transfer limit is exceeded."
    )
    illegal_content: StrictBool | None = Field(
        default=None,
        description=(
            "The customer placed on the server content contrary to the law, to third "
            "parties' rights or to good morals."
        ),
    )


class TransferUsage(Fact):
    """Data transferred in the current billing period."""

    used_gb: Decimal = Field(
        ge=0,
        max_digits=15,
        decimal_places=3,
        allow_inf_nan=False,
        description="Gigabytes transferred so far in the billing period.",
    )
    billing_period_ends_on: date | None = Field(
        default=None, description="The last day of the billing period, when known."
    )


class EmailUsage(Fact):
    """E-mails sent from the customer's servers on one day."""

    on: date = Field(description="The day (Warsaw calendar day).")
    sent: NonNegativeInt = Field(description="How many e-mails were sent that day.")


class AppealAgainst(StrEnum):
    """Which decision a user appeals against (art. 16-17, 20 DSA)."""

    CONTENT = "content"
    """A decision on content: blocking or removing it as illegal, or refusing to act on a
    notice."""
    ACCOUNT = "account"
    """A decision on the user's account: suspension, removal, restricted functions."""


class Appeal(Fact):
    """An appeal against the provider's decision on content or an account."""

    received_on: date = Field(
        description="The day the appeal reached the provider's contact point."
    )
    against: AppealAgainst = Field(description="The decision appealed against.")


# --------------------------------------------------------------------------- support events


class LicenceForm(StrEnum):
    """How a software licence is held, which decides the support it comes with."""

    KEY = "key"
    """An active licence key for the product."""
    ONLINE_ACCOUNT = "online_account"
    """The program is activated on the user's account through online access."""


class Licence(Fact):
    """A licence for the product support is asked for."""

    form: LicenceForm = Field(description="Key or online activation.")
    valid_from: date | None = Field(
        default=None, description="The first day of validity, when it matters."
    )
    valid_until: date | None = Field(
        description=(
            "The last day of validity; ``None``: no end (a perpetual licence). Required, "
            'so that "no end" is said aloud.'
        )
    )

    _ends_after_start = field_validator("valid_until")(
        not_before("valid_from", "a licence cannot end ({value}) before it starts ({earlier})")
    )


class SupportSubscription(Fact):
    """A technical-support subscription (Abonament na Wsparcie Techniczne) for the product."""

    active_from: date = Field(description="Its first day.")
    active_until: date = Field(description="Its last day.")

    _ends_after_start = field_validator("active_until")(
        not_before(
            "active_from", "a subscription cannot end ({value}) before it starts ({earlier})"
        )
    )


class SupportAccount(Fact):
    """What the user holds for the product: a licence and a support subscription.

    Both are required; ``None`` says that the user holds none.
    """

    licence: Licence | None = Field(
        description="The product's licence; ``None``: the user has no licence for it."
    )
    subscription: SupportSubscription | None = Field(
        description="The support subscription; ``None``: the user has none."
    )


class TicketState(StrEnum):
    """Whether a ticket is open."""

    OPEN = "open"
    CLOSED = "closed"


class Ticket(Fact):
    """A support ticket: the record of one question or problem on one topic."""

    id: str = Field(min_length=1, max_length=100, description="The ticket's number.")
    topic: str = Field(
        min_length=1,
        max_length=500,
        description=(
            "The question or problem it is about (compared ignoring case and outer spaces)."
        ),
    )
    opened_at: Instant = Field(description="When it was opened (registered).")
    state: TicketState = Field(description="Open or closed.")


class SupportContact(Fact):
    """A user's contact with support (an e-mail, a call, a session)."""

    at: Instant = Field(description="When it reached the producer.")
    topic: str = Field(
        min_length=1, max_length=500, description="The question or problem it raises."
    )
    needs_reaction: StrictBool = Field(
        description=(
            "Does it require a reaction from the producer (a question or problem, not a "
            '"thank you")?'
        )
    )


class TicketResolution(Fact):
    """What has been done on a ticket, for deciding whether it may be closed (Realizacja 4).

    Each flag is ``False`` until it has happened.
    """

    answered: StrictBool = Field(
        default=False, description="The user has been given the answer to the question."
    )
    solved: StrictBool = Field(default=False, description="The problem reported has been solved.")
    impossibility_established: StrictBool = Field(
        default=False, description="It has been established that the problem cannot be solved."
    )
    impossibility_explained: StrictBool = Field(
        default=False,
        description="The user has been given information explaining that impossibility.",
    )

    @field_validator("impossibility_explained")
    @classmethod
    def _explains_an_established_impossibility(cls, value: bool, info: ValidationInfo) -> bool:
        if value and not info.data.get("impossibility_established"):
            raise ValueError("an impossibility can be explained only once it is established")
        return value
