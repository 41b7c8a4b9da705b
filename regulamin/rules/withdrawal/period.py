"""How long, from when, and the consumer never told (art. 27-29 UoPK).

**How long** (art. 27). 14 days; for contracts from 2023-01-01 concluded during an
unsolicited visit at the consumer's home or during a trip organised by the trader, 30 days.

**From when** (art. 28). Goods: from taking possession (by the consumer or a person they
named, not the carrier); goods delivered separately, in lots or in parts: from the last;
regular supply for a fixed period: from the first. Every other contract (services, digital
content; water, gas or electricity not sold in a set volume and district heating,
``Contract.utility_supply``): from conclusion. The day of the event is not counted
(art. 111 § 2 KC) and an end on a Saturday, Sunday or holiday moves to the next working
day (art. 3 ust. 4 of Regulation 1182/71, which governs the directive's periods; it counts
Saturdays even before 2017).

**Not informed** (art. 29). A consumer never told of the right keeps it for 12 months after
the original period ended; told later within those 12 months, they have 14 days (30 in the
art. 27 ust. 2 case) from being told. Where the length is unknown (an off-premises
contract from 2023 whose setting is not given) art. 29 applies all the same: the answer is
undetermined, and the end art. 29 gives counted from the shorter 14 days is the earliest the
right can end (``floor``), with its reason kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ...calendars import Counting, Deadline, deadline
from ...decision import Reason, Undetermined
from ...law import UOPK, UOPK_IN_FORCE, Citation
from ...law.epochs import DIRECTIVES_2023, OMNIBUS_2023
from ...law.parameters import INFORMED_LATER, NOT_INFORMED, WITHDRAWAL, WITHDRAWAL_VISIT_OR_TRIP
from ...messages import Message
from ...models import Channel, Contract, Delivery, OffPremisesSetting, Subject
from ...models.withdrawal import INFORMED_BY_CONCLUSION, Informed, RightInformation
from ...reasons import (
    DAY_OF_EVENT_NOT_COUNTED,
    MONTHS_AND_YEARS,
    ROLL_FORWARD,
    count_days,
    rolled,
    undetermined,
)
from ...registry import Interpretation, rule
from .decisions import PeriodDecision, StartEvent

PERIOD = "withdrawal.period"
VISIT_OR_TRIP = frozenset({OffPremisesSetting.UNSOLICITED_VISIT, OffPremisesSetting.ORGANISED_TRIP})
_INFORMATION_DUTY = UOPK.art("12", "1", "9")

_ART28 = {
    StartEvent.POSSESSION: UOPK.art("28", None, "1"),
    StartEvent.LAST_PART: UOPK.art("28", None, "1", "a"),
    StartEvent.FIRST_SUPPLY: UOPK.art("28", None, "1", "b"),
    StartEvent.CONCLUSION: UOPK.art("28", None, "2"),
}
_FROM_EVENT = {
    StartEvent.POSSESSION: Message("withdrawal.period.event.possession"),
    StartEvent.LAST_PART: Message("withdrawal.period.event.last_part"),
    StartEvent.FIRST_SUPPLY: Message("withdrawal.period.event.first_supply"),
    StartEvent.CONCLUSION: Message("withdrawal.period.event.conclusion"),
    StartEvent.INFORMATION: Message("withdrawal.period.event.information"),
}
_DURING = {
    OffPremisesSetting.UNSOLICITED_VISIT: Message("withdrawal.period.during.unsolicited_visit"),
    OffPremisesSetting.ORGANISED_TRIP: Message("withdrawal.period.during.organised_trip"),
}


@dataclass(frozen=True, slots=True)
class _PeriodLaw:
    """Art. 27-29 as worded in one version."""

    days: int
    days_basis: Citation
    longer: int | None
    """Days after an unsolicited visit or a trip (art. 27 ust. 2; none before 2023)."""
    longer_basis: Citation
    later_follows_length: bool
    """Art. 29 ust. 2 gives 30 days in the art. 27 ust. 2 case (from 2023), else 14."""


_LAW_2014 = _PeriodLaw(
    WITHDRAWAL.since(UOPK_IN_FORCE).days,
    UOPK.art("27"),
    None,
    WITHDRAWAL_VISIT_OR_TRIP.since(OMNIBUS_2023).basis,
    later_follows_length=False,
)
_LAW_2023 = _PeriodLaw(
    WITHDRAWAL.since(UOPK_IN_FORCE).days,
    WITHDRAWAL.since(UOPK_IN_FORCE).basis,
    WITHDRAWAL_VISIT_OR_TRIP.since(OMNIBUS_2023).days,
    WITHDRAWAL_VISIT_OR_TRIP.since(OMNIBUS_2023).basis,
    later_follows_length=True,
)
_EXPIRY = NOT_INFORMED.since(UOPK_IN_FORCE)
_LATER = INFORMED_LATER.since(UOPK_IN_FORCE)


@dataclass(slots=True)
class _Steps:
    """The period as the articles are applied in turn: what is known, and why."""

    days: int | None
    reasons: list[Reason]
    not_applied: list[Reason]
    missing: tuple[str, ...] = ()


def _length(contract: Contract, law: _PeriodLaw) -> _Steps:
    """Art. 27: 14 days, or the longer period after a visit or a trip where the law has one."""
    setting = contract.off_premises_setting
    if law.longer is None:
        if setting not in VISIT_OR_TRIP:
            return _Steps(law.days, [], [])
        later = WITHDRAWAL_VISIT_OR_TRIP.since(OMNIBUS_2023).days
        not_yet = Reason(
            PERIOD,
            "withdrawal.period.not_longer_yet",
            (law.longer_basis,),
            {"long": later, "day": OMNIBUS_2023.starts},
        )
        return _Steps(law.days, [], [not_yet])
    if contract.channel is not Channel.OFF_PREMISES:
        return _Steps(law.days, [], [])
    if setting is None:
        sizes = {"long": law.longer, "short": law.days}
        unknown = Reason(PERIOD, "withdrawal.period.setting_unknown", (law.longer_basis,), sizes)
        return _Steps(None, [unknown], [], ("contract.off_premises_setting",))
    if setting in VISIT_OR_TRIP:
        during = {"setting": _DURING[setting], "long": law.longer}
        longer = Reason(PERIOD, "withdrawal.period.longer", (law.longer_basis,), during)
        return _Steps(law.longer, [longer], [])
    return _Steps(law.days, [], [])


def _start(
    contract: Contract, deliveries: Sequence[Delivery]
) -> tuple[StartEvent, date | None, Reason | None]:
    """Art. 28: the event the period runs from, its day (``None`` if still to come), and why
    it has not come yet."""
    if contract.subject is not Subject.GOODS or contract.utility_supply:
        # art. 28 pkt 2: every other contract, utilities not sold in a set volume included
        return StartEvent.CONCLUSION, contract.concluded_on, None
    if contract.regular_supply:
        if not deliveries:
            basis = (_ART28[StartEvent.FIRST_SUPPLY],)
            return (
                StartEvent.FIRST_SUPPLY,
                None,
                Reason(PERIOD, "withdrawal.period.awaiting_first", basis),
            )
        return StartEvent.FIRST_SUPPLY, min(d.received_on for d in deliveries), None
    if contract.parts > 1:
        if len(deliveries) < contract.parts:
            params = {"taken": len(deliveries), "parts": contract.parts}
            basis = (_ART28[StartEvent.LAST_PART],)
            waiting = Reason(PERIOD, "withdrawal.period.awaiting_last", basis, params)
            return StartEvent.LAST_PART, None, waiting
        return StartEvent.LAST_PART, max(d.received_on for d in deliveries), None
    if not deliveries:
        awaiting = Reason(
            PERIOD, "withdrawal.period.awaiting_goods", (_ART28[StartEvent.POSSESSION],)
        )
        return StartEvent.POSSESSION, None, awaiting
    return StartEvent.POSSESSION, deliveries[0].received_on, None


def _count(
    law: _PeriodLaw, event: StartEvent, start: date, days: int
) -> tuple[Deadline, tuple[Reason, ...]]:
    """``days`` from ``event`` on ``start`` (art. 27-29, art. 111 § 2 KC), rolled forward
    under Regulation 1182/71, with its reasons."""
    if event is StartEvent.INFORMATION:
        basis: tuple[Citation, ...] = (_LATER.basis,)
    else:
        basis = (law.days_basis if days == law.days else law.longer_basis, _ART28[event])
    return count_days(
        PERIOD, start, days, counting=Counting.EU, event=_FROM_EVENT[event], basis=basis
    )


@dataclass(frozen=True, slots=True)
class _Art29:
    """What art. 29 makes of the period: its end, the event and day it runs from, and why."""

    end: date
    event: StartEvent
    starts_on: date
    reasons: tuple[Reason, ...]


def _not_informed_by_conclusion(
    law: _PeriodLaw, told_on: date | None, original: Deadline, days: int, art28: _Art29
) -> _Art29:
    """Art. 29: never told (ust. 1: 12 months more) or told later (ust. 2: 14 days, or 30
    in the art. 27 ust. 2 case, from being told)."""
    # Art. 29 ust. 1 (interpretation): 12 months from the original end as rolled, by
    # art. 112 KC, and rolled again.
    months = _EXPIRY.length
    expiry = deadline(original.due, months=months, counting=Counting.EU)
    if told_on is None:
        params = {"months": months, "original": original.due, "end": expiry.nominal}
        never = Reason(
            PERIOD, "withdrawal.period.never_informed", (_EXPIRY.basis, MONTHS_AND_YEARS), params
        )
        return _Art29(
            expiry.due, art28.event, art28.starts_on, (never, *rolled(PERIOD, expiry, Counting.EU))
        )
    if told_on > expiry.due:
        params = {"months": months, "told": told_on, "end": expiry.due}
        basis = (_EXPIRY.basis, _LATER.basis, MONTHS_AND_YEARS)
        late = Reason(PERIOD, "withdrawal.period.told_after_expiry", basis, params)
        return _Art29(expiry.due, art28.event, art28.starts_on, (late,))
    later_days = days if law.later_follows_length else _LATER.days
    later, counted = _count(law, StartEvent.INFORMATION, told_on, later_days)
    if later.due >= original.due:
        return _Art29(later.due, StartEvent.INFORMATION, told_on, counted)
    params = {"told": told_on, "later": later.due}
    stands = Reason(PERIOD, "withdrawal.period.later_not_shorter", (_LATER.basis,), params)
    return _Art29(original.due, art28.event, art28.starts_on, (stands,))


def _decided(
    contract: Contract,
    steps: _Steps,
    event: StartEvent,
    starts_on: date | None,
    end: date | Undetermined | None,
    *,
    floor: date | None = None,
    assumed: tuple[str, ...] = (),
) -> PeriodDecision:
    if isinstance(end, Undetermined):
        summary = undetermined(PERIOD, "withdrawal.period.undetermined", end.missing)
    elif end is None:
        summary = Reason(PERIOD, "withdrawal.period.not_started")
    else:
        summary = Reason(PERIOD, "withdrawal.period.ends", (), {"day": end})
    return PeriodDecision(
        rule=PERIOD,
        outcome=end,
        summary=summary,
        reasons=tuple(steps.reasons),
        not_applied=tuple(steps.not_applied),
        deadline=end if isinstance(end, date) else None,
        law_as_of=contract.concluded_on,
        days=steps.days,
        starts_on=starts_on,
        start_event=event,
        floor=floor,
        assumed=assumed,
    )


def _period(
    contract: Contract,
    deliveries: Sequence[Delivery],
    information: RightInformation,
    law: _PeriodLaw,
) -> PeriodDecision:
    """Art. 27 (length), art. 28 (start), art. 29 (not informed), in the law's order."""
    steps = _length(contract, law)
    event, starts_on, waiting = _start(contract, deliveries)
    if starts_on is None:
        assert waiting is not None  # _start explains every start still to come
        steps.reasons.append(waiting)
        return _decided(contract, steps, event, None, None)
    if steps.days is None:
        return _length_unknown(contract, steps, law, information, (event, starts_on))
    original, counted = _count(law, event, starts_on, steps.days)
    steps.reasons += counted
    art29 = _information(
        law, information, original, steps, _Art29(original.due, event, starts_on, ())
    )
    if art29 is None:
        unknown = Undetermined(("information.informed",))
        return _decided(contract, steps, event, starts_on, unknown, floor=original.due)
    assumed = ("information.informed",) if information is INFORMED_BY_CONCLUSION else ()
    return _decided(
        contract, steps, art29.event, art29.starts_on, art29.end, floor=art29.end, assumed=assumed
    )


def _length_unknown(
    contract: Contract,
    steps: _Steps,
    law: _PeriodLaw,
    information: RightInformation,
    start: tuple[StartEvent, date],
) -> PeriodDecision:
    """The length is unknown (14 or 30 days): undetermined, but art. 29 still applies whatever
    the setting, so its end counted from the shorter period is the floor and its reason is
    kept; an unknown information is named with the unknown setting."""
    event, starts_on = start
    shorter = _Steps(law.days, [], [])
    original, _ = _count(law, event, starts_on, law.days)
    art29 = _information(
        law, information, original, shorter, _Art29(original.due, event, starts_on, ())
    )
    missing = steps.missing if art29 is not None else (*steps.missing, "information.informed")
    if art29 is None:
        steps.reasons += shorter.reasons  # the information is not known: say so
    elif art29.reasons:
        params = {"short": law.days}
        steps.reasons.append(
            Reason(PERIOD, "withdrawal.period.art29_whatever_length", (UOPK.art("29"),), params)
        )
        steps.reasons += shorter.reasons
    floor = original.due if art29 is None else art29.end
    return _decided(contract, steps, event, starts_on, Undetermined(missing), floor=floor)


def _information(
    law: _PeriodLaw,
    information: RightInformation,
    original: Deadline,
    steps: _Steps,
    art28: _Art29,
) -> _Art29 | None:
    """Art. 29, as the information given decides it (``None``: not known)."""
    art29 = UOPK.art("29")
    informed = information.informed
    if information is INFORMED_BY_CONCLUSION:
        # The default object, not an equal one passed by the caller: nobody said the consumer
        # was informed, so the decision presents it as an assumption (art. 12 ust. 1 pkt 9).
        steps.reasons.append(
            Reason(PERIOD, "withdrawal.period.assumed_informed", (_INFORMATION_DUTY, art29))
        )
        return art28
    if informed is Informed.BY_CONCLUSION:
        steps.not_applied.append(Reason(PERIOD, "withdrawal.period.informed", (art29,)))
        return art28
    if informed is Informed.UNKNOWN:
        params = {"months": _EXPIRY.length}
        steps.reasons.append(
            Reason(PERIOD, "withdrawal.period.information_unknown", (art29,), params)
        )
        return None
    assert steps.days is not None  # counted before art. 29 applies
    found = _not_informed_by_conclusion(law, information.on, original, steps.days, art28)
    steps.reasons += found.reasons
    return found


@rule(PERIOD, on="contract.concluded_on")
def withdrawal_period(
    contract: Contract, deliveries: Sequence[Delivery], information: RightInformation
) -> PeriodDecision:
    """The period to withdraw from ``contract``, given the goods taken into possession so far
    and what the consumer was told of the right."""
    raise NotImplementedError  # the signature: the registry applies a version


_ROLL = ROLL_FORWARD[Counting.EU]


@withdrawal_period.version(
    since=UOPK_IN_FORCE,
    until=DIRECTIVES_2023,
    basis=(
        UOPK.art("27"),
        UOPK.art("28"),
        UOPK.art("29"),
        DAY_OF_EVENT_NOT_COUNTED,
        MONTHS_AND_YEARS,
        _ROLL,
    ),
    interpretations=(
        Interpretation("withdrawal.period.twelve_months"),
        Interpretation("withdrawal.period.never_shorter"),
        Interpretation("withdrawal.period.assumed_by_conclusion"),
    ),
)
def _period_2014(
    contract: Contract, deliveries: Sequence[Delivery], information: RightInformation
) -> PeriodDecision:
    """Art. 27 (14 days for every distance and off-premises contract), art. 28, art. 29
    (not informed: 12 months more; informed later: 14 days from the information).

    Interpretation: the 12 months run from the original end as rolled forward, the
    information given later never shortens the art. 27-28 period, and information not given
    at all is assumed given by conclusion (art. 12 ust. 1 pkt 9), which the decision says."""
    return _period(contract, deliveries, information, _LAW_2014)


@withdrawal_period.version(
    since=DIRECTIVES_2023,
    basis=(
        UOPK.art("27", "1"),
        UOPK.art("27", "2"),
        UOPK.art("28"),
        UOPK.art("29", "1"),
        UOPK.art("29", "2"),
        DAY_OF_EVENT_NOT_COUNTED,
        MONTHS_AND_YEARS,
        _ROLL,
    ),
)
def _period_2023(
    contract: Contract, deliveries: Sequence[Delivery], information: RightInformation
) -> PeriodDecision:
    """Art. 27 ust. 1-2 (14 days; 30 after an unsolicited visit or an excursion), art. 28,
    art. 29 (informed later: 14 days, or 30 in the art. 27 ust. 2 case). Interpretations as
    in the previous version."""
    return _period(contract, deliveries, information, _LAW_2023)
