"""What the withdrawal rules decide: the decisions they return, shared by the articles' modules.

:class:`WithdrawalDecision` answers the consumer's question (may I withdraw, until when, was my
statement in time); :class:`PeriodDecision` is the period of art. 27-29 alone, which the
statement of art. 30 is judged against; :class:`RefundDecision` and :class:`ReturnDecision`
are what follows a withdrawal (art. 32-34).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ...decision import Decision, Undetermined
from ...models.withdrawal import Exclusion
from ..status import Status


class StartEvent(StrEnum):
    """The event the withdrawal period runs from (art. 28, art. 29 ust. 2 UoPK)."""

    POSSESSION = "possession"
    """Taking possession of the goods (art. 28 pkt 1)."""
    LAST_PART = "last_part"
    """Taking possession of the last of several goods, lots or parts (art. 28 pkt 1 lit. a)."""
    FIRST_SUPPLY = "first_supply"
    """Taking possession of the first regular delivery (art. 28 pkt 1 lit. b)."""
    CONCLUSION = "conclusion"
    """Concluding the contract: services, digital content (art. 28 pkt 2)."""
    INFORMATION = "information"
    """Being told of the right after conclusion (art. 29 ust. 2)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WithdrawalDecision(Decision[bool]):
    """Whether the right of withdrawal exists (the outcome), until when, and why.

    ``deadline`` is the last day to *send* the statement, set only when the right exists and
    its period is running. ``starts_on`` is ``None`` while the period has not started (goods
    not yet in the consumer's hands); ``start_event`` names the event it runs, or will run,
    from. ``deadline_missing`` names the facts a still unknown deadline needs. ``timely``
    answers for ``statement_sent_on``: ``None`` when no statement was given or there is no
    right to assess it against. ``status`` is the buyer's status the decision was taken on
    (rule ``status.customer``, whose reasons lead the list), so one call answers both.
    ``assumed`` names the facts that were not given and that the deadline assumes (named
    like missing facts): ``information.informed`` when ``information`` was left at its
    default, informed by conclusion.
    """

    status: Status | Undetermined | None = None
    period_days: int | None = None
    starts_on: date | None = None
    start_event: StartEvent | None = None
    deadline_missing: tuple[str, ...] = ()
    assumed: tuple[str, ...] = ()
    exclusion: Exclusion | None = None
    statement_sent_on: date | None = None
    timely: bool | Undetermined | None = None

    @property
    def available(self) -> bool:
        """Does the right exist? Raises ``TypeError`` when that is undetermined."""
        return bool(self.outcome)


@dataclass(frozen=True, slots=True, kw_only=True)
class PeriodDecision(Decision[date | None]):
    """The withdrawal period of one contract (art. 27-29 UoPK), as far as the facts allow.

    The outcome is the last day to send the statement, :class:`Undetermined` when a fact it
    needs is missing, ``None`` while the period has not started. ``floor`` is the earliest the
    end can be when it is undetermined (or the end itself); ``assumed`` the facts not given
    that the end assumes (the default information).
    """

    days: int | None = None
    starts_on: date | None = None
    start_event: StartEvent
    floor: date | None = None
    assumed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ExclusionDecision(Decision[bool]):
    """Does an exclusion of art. 38 UoPK take the right away (the outcome), and which point.

    ``point`` is the point the trader relied on (``None`` when it relied on none); the first
    reason says how it fared.
    """

    point: Exclusion | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundDecision(Decision[Decimal]):
    """The amount the trader refunds (the outcome) and by when (art. 32-33 UoPK).

    ``deadline`` is the 14-day refund deadline of art. 32 ust. 1. ``may_withhold`` says
    whether the trader may wait for the goods or the proof of their dispatch (art. 32
    ust. 3); ``released_on`` is the day the first of them arrived, and ``payable_by`` the
    last day to pay given both (``None`` while the trader may still wait).
    """

    may_withhold: bool = False
    released_on: date | None = None
    payable_by: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReturnDecision(Decision[bool]):
    """Must the consumer send the goods back (the outcome), by when, and did they (art. 34)?

    ``deadline`` is the last day to send the goods; ``timely`` answers for the day they were
    sent back, when given.
    """

    timely: bool | None = None
