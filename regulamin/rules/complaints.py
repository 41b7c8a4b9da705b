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
the only statutory period. It is a rule of rękojmia at *sale*: it reaches a contract for a
work through art. 638 § 1 KC ("do odpowiedzialności za wady dzieła stosuje się odpowiednio
przepisy o rękojmi przy sprzedaży"), but not a contract for services, which art. 750 KC
sends to the rules on mandate (no rękojmia there): a service complaint of before 2023 has
the 30 days of art. 7a, and no deemed acceptance after 14 days. Goods are sold; for a
service or a digital contract the type (``Contract.kc_type``) decides and is asked when a
rękojmia demand makes it matter (interpretation ``complaints.reply.sale_and_work_561_5``).
Text relied on: art. 561⁵, 638 § 1 and 750 KC in the consolidated text t.j. Dz.U. 2020
poz. 1740 (the consumer wording in force until 2022-12-31), as reproduced by legal
publishers (standardyprawa.pl, art. 561⁵; walczaklegal.com and umowaodzielo.info on art.
638).

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
from ..models import Complaint, Contract, ContractType, Customer, Demand, Subject
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
_WORK = KC.art("638", "1")
_SERVICES = KC.art("750")

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


_KC_TYPE = "contract.kc_type"
_WORK_REKOJMIA = Reason(REPLY, "complaints.reply.work", (_WORK, _561_5))
_NO_REKOJMIA_FOR_SERVICES = Reason(REPLY, "complaints.reply.services", (_SERVICES, _561_5))


def _rekojmia_contract(contract: Contract) -> tuple[bool | None, tuple[Reason, ...]]:
    """Does rękojmia, and so art. 561⁵ KC, reach the contract? A sale does (goods are sold);
    a contract for a work does through art. 638 § 1 KC; a contract for services does not
    (art. 750 KC: the rules on mandate). ``None`` when a service's or a digital contract's
    type is not given: it decides, so it is asked, never assumed."""
    kind = contract.kc_type
    if kind is None and contract.subject is Subject.GOODS:
        kind = ContractType.SALE
    if kind is ContractType.SALE:
        return True, ()
    if kind is ContractType.WORK:
        return True, (_WORK_REKOJMIA,)
    if kind is ContractType.SERVICES:
        return False, (_NO_REKOJMIA_FOR_SERVICES,)
    return None, ()


@dataclass(frozen=True, slots=True)
class _Pre2023:
    """A complaint under a contract before 2023, its buyer's status and why it is that."""

    contract: Contract
    complaint: Complaint
    asked: _Asked
    art_7a: Period | None
    buyer: Status
    why: Reason


def _without_561_5(case: _Pre2023, why_not: Reason) -> ComplaintDecision:
    """Art. 561⁵ KC does not reach the complaint (``why_not``): art. 7a UoPK (30 days) where
    it applies to the buyer and the day, else no statutory period."""
    on, art_7a = case.complaint.received_on, case.art_7a
    consumers_only = _561_5 if art_7a is None else _7A_1
    if case.buyer is Status.PNPK:
        not_applied = (_not_a_consumer(case.buyer, consumers_only, case.contract.concluded_on),
                       why_not)
        return _no_statutory_deadline(on, (case.why,), not_applied)
    if art_7a is not None:
        reasons = (case.why, _art_7a(art_7a))
        return _counted(art_7a, case.complaint, case.asked, on, *reasons, not_applied=(why_not,))
    not_yet = Reason(REPLY, "complaints.reply.art_7a_not_yet", (_7A_1,), {"day": ADR_2017.starts})
    return _no_statutory_deadline(on, (case.why,), (not_yet, why_not))


def _with_561_5(case: _Pre2023, *reasons: Reason) -> ComplaintDecision:
    """Art. 561⁵ KC, 14 days, for the demand; the 30 days of art. 7a give way to it."""
    gives_way: tuple[Reason, ...] = ()
    if case.buyer is Status.CONSUMER and case.art_7a is not None:
        params = {"n": case.art_7a.days}
        gives_way = (Reason(REPLY, "complaints.reply.art_7a_gives_way", (_7A_1,), params),)
    period = REKOJMIA_DEMAND_REPLY.since(UOPK_IN_FORCE)
    on = case.complaint.received_on
    return _counted(period, case.complaint, case.asked, on, case.why, *reasons,
                    not_applied=gives_way)


def _before_2023(
    customer: Customer,
    contract: Contract,
    complaint: Complaint,
    asked: _Asked,
    art_7a: Period | None,
) -> ComplaintDecision:
    """Contracts before 2023: art. 561⁵ KC for rękojmia demands under a sale or a contract
    for a work (consumer; PNPK via art. 556⁴ KC), else art. 7a UoPK where it applies
    (consumers, complaints from 2017-01-10). The facts that decide and are unknown (the
    demand, the amount, the contract's type) are named together."""
    on = complaint.received_on
    consumers_only = _561_5 if art_7a is None else _7A_1
    found = _buyer(customer, contract, _BEFORE_2023, consumers_only, on)
    if isinstance(found, ComplaintDecision):
        return found
    case = _Pre2023(contract, complaint, asked, art_7a, *found)
    reaches, about_contract = _rekojmia_contract(contract)
    if reaches is False:
        return _without_561_5(case, _NO_REKOJMIA_FOR_SERVICES)
    demand = _rekojmia_demand(case.buyer, complaint, asked.amount_stated)
    if demand is None:
        return _without_561_5(case, _not_a_rekojmia_demand(complaint))
    if isinstance(demand, Reason) and reaches:
        return _with_561_5(case, *about_contract, demand)
    missing = (*(demand if isinstance(demand, tuple) else ()), *(() if reaches else (_KC_TYPE,)))
    return _undetermined(missing, on, case.why)


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
    basis=(_561_5, _WORK, _SERVICES),
    keyed_on=KeyDate.COMPLAINT_RECEIVED,
    interpretations=(
        Interpretation("complaints.reply.sale_and_work_561_5"),
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
    basis=(_7A_1, _7A_2, _7A_3, _561_5, _WORK, _SERVICES, _PNPK_REKOJMIA, UOPK.art("38a")),
    keyed_on=KeyDate.COMPLAINT_RECEIVED,
    interpretations=(
        Interpretation("complaints.reply.pnpk_561_5"),
        Interpretation("complaints.reply.sale_and_work_561_5"),
    ),
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
