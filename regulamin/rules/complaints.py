"""Replies to complaints: the statutory deadline and deemed acceptance.

**Art. 7a UoPK** (chapter 1). Unless a separate provision says otherwise, the trader replies
to a *consumer's* complaint on paper or another durable medium (ust. 3) within the period
counted from receiving it (ust. 1); if it does not, the complaint is deemed accepted (ust. 2).
The period is **14 days** for contracts concluded from 2023-01-01. It was **30 days** in the
article's first wording, which applied to complaints made from 2017-01-10 (the act of
23.09.2016 on out-of-court consumer disputes, Dz.U. 2016 poz. 1823), and which keeps
governing complaints under contracts concluded before 2023.

**Art. 561⁵ KC** (rękojmia, consumer contracts before 2023). A consumer's demand for
replacement or repair, or a price-reduction statement naming the amount, not answered
within **14 days** is deemed accepted as justified. It is such a "separate provision" for
art. 7a, so those demands get 14 days even where art. 7a gave 30; before 2017-01-10 it is
the only statutory period.

The versions are chosen in one place, the registry: the 2023 version is keyed on the
contract's conclusion and tried first; the 2017 and 2014 versions are keyed on the day the
complaint was received. A PNPK or a trader has no statutory reply period (for contracts of
2021-2022 art. 38a UoPK extended only chapter 4; from 2023 art. 7aa ust. 1 extends only
chapters 4, 5a and 5b; a PNPK's rękojmia demand of 2021-2022 still gets art. 561⁵ KC through
art. 556⁴ KC): the contract's period applies and silence is not acceptance. Which extension
a reason cites follows the version of ``status.customer`` for the contract's conclusion.
The end of the period rolls forward past days off (art. 115 KC), and the reply must *reach*
the consumer within it (interpretation, the safe reading).

>>> from datetime import date
>>> from regulamin.models import Complaint, Contract, Customer
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 11, 20))
>>> d = complaint_reply(Customer.consumer(), order, Complaint(received_on=date(2026, 12, 10)),
...                     today=date(2026, 12, 11))
>>> d.deadline, d.outcome
(datetime.date(2026, 12, 28), <ReplyStatus.PENDING: 'pending'>)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..calendars import Counting
from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import ADR_2017, DIRECTIVES_2023, KC, UOPK, UOPK_IN_FORCE, Citation
from ..law.parameters import COMPLAINT_REPLY, REKOJMIA_DEMAND_REPLY, Period
from ..messages import Message
from ..models import Complaint, Contract, Customer, Demand
from ..reasons import count_days, in_time, not_before, undetermined
from ..registry import Interpretation, KeyDate, rule
from .status import CONSUMER_DEFINITION, Status, consumer_rights_extension, customer_status


class ReplyStatus(StrEnum):
    """Where a complaint stands against the statutory reply period."""

    PENDING = "pending"
    """No reply has reached the consumer yet, and the period has not ended."""
    ANSWERED_IN_TIME = "answered_in_time"
    """The reply reached the consumer within the period."""
    DEEMED_ACCEPTED = "deemed_accepted"
    """The period ended without a reply reaching the consumer: the complaint (or the
    rękojmia demand) is deemed accepted."""
    NO_STATUTORY_DEADLINE = "no_statutory_deadline"
    """The law sets no reply period here (PNPK, trader, or no statutory rule yet): the
    contract's period applies and silence is not acceptance."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ComplaintDecision(Decision[ReplyStatus]):
    """The reply deadline (``deadline``, after roll-forward) and the complaint's standing."""

    reply_days: int | None = None
    """The statutory period in days, if any."""
    nominal_end: date | None = None
    """The period's last day before roll-forward (art. 115 KC)."""

    @property
    def deemed_accepted(self) -> bool | None:
        """Is the complaint deemed accepted? ``None`` while the outcome is undetermined."""
        if isinstance(self.outcome, Undetermined):
            return None
        return self.outcome is ReplyStatus.DEEMED_ACCEPTED


REPLY = "complaints.reply"
_7A_1 = UOPK.art("7a", "1")
_7A_2 = UOPK.art("7a", "2")
_7A_3 = UOPK.art("7a", "3")
_561_5 = KC.art("561⁵")
_PNPK_REKOJMIA = KC.art("556⁴")

_REKOJMIA_DEMANDS = frozenset(
    {Demand.REPAIR, Demand.REPLACEMENT, Demand.BRING_INTO_CONFORMITY, Demand.PRICE_REDUCTION}
)
"""Demands art. 561⁵ KC names: replacement, removal of the defect (repair; bringing digital
content into conformity is the same thing), and a price-reduction statement."""


# --------------------------------------------------------------------------- who is protected

_CONSUMERS_ONLY = {
    (_7A_1, Status.PNPK): Message("complaints.reply.art_7a_consumers_only.pnpk"),
    (_7A_1, Status.TRADER): Message("complaints.reply.art_7a_consumers_only.trader"),
    (_561_5, Status.PNPK): Message("complaints.reply.art_561_5_consumers_only.pnpk"),
    (_561_5, Status.TRADER): Message("complaints.reply.art_561_5_consumers_only.trader"),
}


def _not_a_consumer(status: Status, consumers_only: Citation, concluded_on: date) -> Reason:
    """Why the statutory period is not this buyer's: ``consumers_only`` (art. 7a UoPK, or
    art. 561⁵ KC before art. 7a applied) is for consumers, and the provision that extends
    consumer rights to a PNPK under this contract (art. 38a UoPK for 2021-2022, art. 7aa ust.
    1 from 2023; before 2021 none, only the consumer's definition) does not reach it."""
    extension = consumer_rights_extension(concluded_on) or (CONSUMER_DEFINITION,)
    message = _CONSUMERS_ONLY[consumers_only, status]
    return Reason(REPLY, message.id, (consumers_only, *extension))


# --------------------------------------------------------------------------- the decisions


@dataclass(frozen=True, slots=True)
class _Asked:
    """When the question is asked, and what is known of the reply and the demand."""

    today: date
    replied_on: date | None
    amount_stated: bool | None


def _undetermined(missing: tuple[str, ...], law_as_of: date, *reasons: Reason) -> ComplaintDecision:
    return ComplaintDecision(
        rule=REPLY,
        outcome=Undetermined(missing),
        summary=undetermined(REPLY, "complaints.reply.undetermined", missing),
        reasons=reasons,
        law_as_of=law_as_of,
    )


def _no_statutory_deadline(
    law_as_of: date, reasons: tuple[Reason, ...], not_applied: tuple[Reason, ...]
) -> ComplaintDecision:
    """Art. 7a UoPK and art. 561⁵ KC do not reach this complaint: the contract decides."""
    return ComplaintDecision(
        rule=REPLY,
        outcome=ReplyStatus.NO_STATUTORY_DEADLINE,
        summary=Reason(REPLY, "complaints.reply.no_statutory_deadline"),
        reasons=reasons,
        not_applied=not_applied,
        law_as_of=law_as_of,
    )


_CONSUMERS = frozenset({Status.CONSUMER})
_BEFORE_2023 = frozenset({Status.CONSUMER, Status.PNPK})
"""Before 2023 a PNPK's rękojmia demand still gets art. 561⁵ KC (through art. 556⁴ KC)."""


def _buyer(
    customer: Customer,
    contract: Contract,
    protected: frozenset[Status],
    consumers_only: Citation,
    law_as_of: date,
) -> ComplaintDecision | tuple[Status, Reason]:
    """The buyer's status under the contract (``status.customer``) and why, where it is one
    of the ``protected`` statuses the version's provisions reach; else the decision that the
    status alone settles (unknown, or outside ``consumers_only``)."""
    status = customer_status(customer, contract.concluded_on)
    if isinstance(status.outcome, Undetermined):
        return _undetermined(status.outcome.missing, law_as_of, status.summary, *status.reasons)
    if status.outcome in protected:
        return status.outcome, status.summary
    not_applied = (_not_a_consumer(status.outcome, consumers_only, contract.concluded_on),)
    return _no_statutory_deadline(law_as_of, (status.summary,), not_applied)


_SUMMARIES = {
    ReplyStatus.PENDING: Message("complaints.reply.pending"),
    ReplyStatus.ANSWERED_IN_TIME: Message("complaints.reply.answered_in_time"),
}
_ACCEPTED = {
    False: Message("complaints.reply.deemed_accepted"),
    True: Message("complaints.reply.demand_deemed_accepted"),
}
_OVERDUE = {
    False: Message("complaints.reply.overdue"),
    True: Message("complaints.reply.demand_overdue"),
}
_ARRIVED = Message("complaints.reply.arrived")
_RECEIVING_THE_COMPLAINT = Message("complaints.reply.receiving")


def _standing(
    demand: bool, basis: tuple[Citation, ...], due: date, asked: _Asked
) -> tuple[ReplyStatus, Reason]:
    """Art. 7a ust. 2 UoPK, art. 561⁵ KC: has the reply reached the consumer in time?"""
    if asked.replied_on is not None:
        timely, reason = in_time(REPLY, _ARRIVED, asked.replied_on, due, basis)
        return ReplyStatus.ANSWERED_IN_TIME if timely else ReplyStatus.DEEMED_ACCEPTED, reason
    # Both verdicts keep the deadline among their values, though "still running" does not
    # say it: a promised period weighed against the act's drops them by it (terms.promises).
    params = {"due": due, "today": asked.today}
    if asked.today > due:
        return ReplyStatus.DEEMED_ACCEPTED, Reason(REPLY, _OVERDUE[demand].id, basis, params)
    return ReplyStatus.PENDING, Reason(REPLY, "complaints.reply.running", basis, params)


def _counted(
    period: Period,
    complaint: Complaint,
    asked: _Asked,
    law_as_of: date,
    *reasons: Reason,
    not_applied: tuple[Reason, ...] = (),
) -> ComplaintDecision:
    """The reply period ``period`` counted from receiving the complaint (art. 111 § 2 KC, its
    end moved off a day off by art. 115 KC), and the complaint's standing against it. A
    period of art. 561⁵ KC is a rękojmia demand's: the demand, not the complaint, is then
    deemed accepted as justified."""
    demand = period.basis == _561_5
    due, counted = count_days(
        REPLY,
        complaint.received_on,
        period.days,
        counting=Counting.KC,
        event=_RECEIVING_THE_COMPLAINT,
        basis=(period.basis,),
    )
    basis = (_561_5,) if demand else (_7A_2,)
    standing, standing_reason = _standing(demand, basis, due.due, asked)
    summary = _ACCEPTED[demand] if standing is ReplyStatus.DEEMED_ACCEPTED else _SUMMARIES[standing]
    params = {"due": due.due, "replied_on": asked.replied_on}
    return ComplaintDecision(
        rule=REPLY,
        outcome=standing,
        summary=Reason(REPLY, summary.id, (), params),
        reasons=(*reasons, *counted, standing_reason),
        not_applied=not_applied,
        deadline=due.due,
        law_as_of=law_as_of,
        reply_days=period.days,
        nominal_end=due.nominal,
    )


def _art_7a(period: Period) -> Reason:
    """Art. 7a ust. 1-3 UoPK: the reply, on paper or another durable medium, in the period."""
    return Reason(REPLY, "complaints.reply.art_7a", (_7A_1, _7A_2, _7A_3), {"n": period.days})


# --------------------------------------------------------------------------- rękojmia demands

_DEMAND_LABELS = {
    Demand.PRICE_REDUCTION: Message("complaints.reply.demand.reduction_without_amount"),
    Demand.WITHDRAWAL: Message("complaints.reply.demand.withdrawal"),
    Demand.OTHER: Message("complaints.reply.demand.other"),
}


def _rekojmia_demand(
    status: Status, complaint: Complaint, amount_stated: bool | None
) -> Reason | tuple[str, ...] | None:
    """Art. 561⁵ KC: is this a demand the deemed acceptance covers? A reason if it is, the
    missing fact if that is unknown, ``None`` if it is not."""
    if complaint.demand is None:
        return ("complaint.demand",)
    if complaint.demand not in _REKOJMIA_DEMANDS:
        return None
    if complaint.demand is Demand.PRICE_REDUCTION:
        if amount_stated is None:
            return ("reduction_amount_stated",)
        if not amount_stated:
            return None
    via_pnpk = (_PNPK_REKOJMIA,) if status is Status.PNPK else ()
    days = REKOJMIA_DEMAND_REPLY.since(UOPK_IN_FORCE).days
    return Reason(REPLY, "complaints.reply.rekojmia_demand", (_561_5, *via_pnpk), {"n": days})


def _not_a_rekojmia_demand(complaint: Complaint) -> Reason:
    demand = _DEMAND_LABELS.get(complaint.demand or Demand.OTHER, _DEMAND_LABELS[Demand.OTHER])
    return Reason(REPLY, "complaints.reply.not_a_rekojmia_demand", (_561_5,), {"demand": demand})


def _before_2023(
    customer: Customer,
    contract: Contract,
    complaint: Complaint,
    asked: _Asked,
    art_7a: Period | None,
) -> ComplaintDecision:
    """Contracts before 2023: art. 561⁵ KC for rękojmia demands (consumer; PNPK via art. 556⁴
    KC), else art. 7a UoPK where it applies (consumers, complaints from 2017-01-10)."""
    on, concluded = complaint.received_on, contract.concluded_on
    consumers_only = _561_5 if art_7a is None else _7A_1
    found = _buyer(customer, contract, _BEFORE_2023, consumers_only, on)
    if isinstance(found, ComplaintDecision):
        return found
    buyer, why = found  # the buyer's status, and the reason for it
    demand = _rekojmia_demand(buyer, complaint, asked.amount_stated)
    if isinstance(demand, tuple):
        return _undetermined(demand, on, why)
    if isinstance(demand, Reason):
        gives_way: tuple[Reason, ...] = ()
        if buyer is Status.CONSUMER and art_7a is not None:
            gives_way = (
                Reason(REPLY, "complaints.reply.art_7a_gives_way", (_7A_1,), {"n": art_7a.days}),
            )
        period = REKOJMIA_DEMAND_REPLY.since(UOPK_IN_FORCE)
        return _counted(period, complaint, asked, on, why, demand, not_applied=gives_way)
    not_a_demand = _not_a_rekojmia_demand(complaint)
    if buyer is Status.PNPK:
        not_applied = (_not_a_consumer(buyer, consumers_only, concluded), not_a_demand)
        return _no_statutory_deadline(on, (why,), not_applied)
    if art_7a is not None:
        reasons = (why, _art_7a(art_7a))
        return _counted(art_7a, complaint, asked, on, *reasons, not_applied=(not_a_demand,))
    not_yet = Reason(REPLY, "complaints.reply.art_7a_not_yet", (_7A_1,), {"day": ADR_2017.starts})
    return _no_statutory_deadline(on, (why,), (not_yet, not_a_demand))


# --------------------------------------------------------------------------- the versions


@rule(
    REPLY,
    on={
        KeyDate.CONTRACT_CONCLUDED: "contract.concluded_on",
        KeyDate.COMPLAINT_RECEIVED: "complaint.received_on",
    },
)
def statutory_reply(
    customer: Customer, contract: Contract, complaint: Complaint, asked: _Asked
) -> ComplaintDecision:
    """The statutory reply period for ``customer``'s ``complaint`` under ``contract``, and
    the complaint's standing when ``asked``."""
    raise NotImplementedError  # the signature: the registry applies a version


@statutory_reply.version(
    since=UOPK_IN_FORCE,
    until=ADR_2017,
    basis=(_561_5,),
    keyed_on=KeyDate.COMPLAINT_RECEIVED,
    interpretations=(
        Interpretation("complaints.reply.any_subject_561_5"),
        Interpretation("complaints.reply.must_reach"),
    ),
)
def _reply_before_7a(
    customer: Customer, contract: Contract, complaint: Complaint, asked: _Asked
) -> ComplaintDecision:
    """Complaints received before 2017-01-10: art. 7a did not yet apply; only art. 561⁵ KC
    gives a consumer's rękojmia demand (repair, replacement, price reduction naming the
    amount) a 14-day period with deemed acceptance."""
    return _before_2023(customer, contract, complaint, asked, art_7a=None)


@statutory_reply.version(
    since=ADR_2017,
    basis=(_7A_1, _7A_2, _7A_3, _561_5, _PNPK_REKOJMIA, UOPK.art("38a")),
    keyed_on=KeyDate.COMPLAINT_RECEIVED,
    interpretations=(Interpretation("complaints.reply.pnpk_561_5"),),
)
def _reply_2017(
    customer: Customer, contract: Contract, complaint: Complaint, asked: _Asked
) -> ComplaintDecision:
    """Complaints received from 2017-01-10 under contracts concluded before 2023: art. 7a
    UoPK in its first wording, 30 days, unless art. 561⁵ KC (14 days) covers the demand.
    A PNPK (contracts of 2021-2022) is not a consumer for art. 7a: art. 38a UoPK extended
    only chapter 4."""
    art_7a = COMPLAINT_REPLY.since(ADR_2017)
    return _before_2023(customer, contract, complaint, asked, art_7a=art_7a)


@statutory_reply.version(
    since=DIRECTIVES_2023,
    basis=(_7A_1, _7A_2, _7A_3, UOPK.art("7aa", "1")),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(Interpretation("complaints.reply.transition_2023"),),
)
def _reply_2023(
    customer: Customer, contract: Contract, complaint: Complaint, asked: _Asked
) -> ComplaintDecision:
    """Contracts concluded from 2023-01-01: art. 7a UoPK, 14 days, for consumers only (a PNPK
    gets chapters 4, 5a and 5b, not chapter 1: art. 7aa ust. 1). Interpretation: keyed on
    the contract's conclusion, like the 2022 acts' other transitional rules."""
    on = contract.concluded_on
    found = _buyer(customer, contract, _CONSUMERS, _7A_1, on)
    if isinstance(found, ComplaintDecision):
        return found
    period = COMPLAINT_REPLY.since(DIRECTIVES_2023)
    return _counted(period, complaint, asked, on, found[1], _art_7a(period))


# --------------------------------------------------------------------------- the entry


def _check(contract: Contract, complaint: Complaint, today: date, replied_on: date | None) -> None:
    received = complaint.received_on
    not_before("complaint.received_on", received, contract.concluded_on, "the contract")
    not_before("today", today, received, "the complaint was received")
    if replied_on is not None and not received <= replied_on <= today:
        raise InvalidFacts(
            "replied_on",
            f"a reply reaching the consumer on {replied_on.isoformat()} must fall between the "
            f"complaint ({complaint.received_on.isoformat()}) and today ({today.isoformat()})",
        )


def complaint_reply(
    customer: Customer,
    contract: Contract,
    complaint: Complaint,
    today: date,
    *,
    replied_on: date | None = None,
    reduction_amount_stated: bool | None = None,
) -> ComplaintDecision:
    """The statutory reply deadline for ``complaint`` and whether it is deemed accepted.

    ``replied_on`` is the day the reply *reached* the consumer (on paper or another durable
    medium), if it has; ``today`` is the day the question is asked.
    ``reduction_amount_stated`` matters only for price-reduction demands under contracts
    before 2023 (art. 561⁵ KC requires the statement to name the amount).
    """
    _check(contract, complaint, today, replied_on)
    asked = _Asked(today, replied_on, reduction_amount_stated)
    return statutory_reply(customer, contract, complaint, asked)


statutory_reply.entry = complaint_reply

__all__ = ["ComplaintDecision", "ReplyStatus", "complaint_reply", "statutory_reply"]
