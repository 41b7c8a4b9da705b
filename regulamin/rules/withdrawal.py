"""Withdrawal from a distance or off-premises contract (UoPK chapter 4, art. 27-38).

**Who and where** (art. 27 UoPK; art. 38a UoPK in 2021-2022, art. 7aa ust. 1 UoPK from
2023). A consumer, and for contracts from 2021-01-01 a sole trader with consumer rights
(PNPK), who concluded the contract at a distance or off premises may withdraw without giving
reasons. A trader may not; nor may anyone who bought on the trader's premises.

**How long** (art. 27). 14 days; for contracts from 2023-01-01 concluded during an
unsolicited visit at the consumer's home or during a trip organised by the trader, 30 days.

**From when** (art. 28). Goods: from taking possession (by the consumer or a person they
named, not the carrier); goods delivered separately, in lots or in parts: from the last;
regular supply for a fixed period: from the first. Every other contract (services, digital
content): from conclusion. The day of the event is not counted (art. 111 § 2 KC) and an end
on a Saturday, Sunday or holiday moves to the next working day (art. 3 ust. 4 of Regulation
1182/71, which governs the directive's periods; it counts Saturdays even before 2017).

**Not informed** (art. 29). A consumer never told of the right keeps it for 12 months after
the original period ended; told later within those 12 months, they have 14 days (30 in the
art. 27 ust. 2 case) from being told.

**In time** (art. 30 ust. 2). Sending the statement before the period ends is enough.

**Exclusions** (art. 38). No right for the contracts listed in art. 38 (ust. 1 from 2023),
each point with its own conditions; from 2023 pkt 1, 2, 3 and 5 do not apply to unsolicited
visits and trips (ust. 2). A contract is never presumed excluded: the trader names the point
it relies on (:class:`~regulamin.models.withdrawal.ExclusionClaim`) with its facts. Digital
content (pkt 13: lost once supply begins) and a digital service such as SaaS or hosting
(pkt 1: lost only once fully performed) are told apart by ``Contract.digital``.

**After withdrawal** (art. 32-34). The trader refunds every payment within 14 days of
receiving the statement, delivery only up to its cheapest standard option (art. 33); for
goods it may wait for the goods or proof of their dispatch unless it offered to collect them;
the consumer sends the goods back within 14 days of withdrawing.

**Interpretations** (each registered with its rule for a lawyer to sign off):

* art. 29: information not given is assumed given by conclusion (art. 12 ust. 1 pkt 9), and
  the decision says so (``assumed``);
* art. 29 ust. 1: the 12 months run from the original end *after* it moved off a day off,
  are counted by art. 112 KC, and their end moves off a day off again;
* art. 29 ust. 2: information given after conclusion never shortens the art. 27-28 period
  (told before the goods arrived, the consumer still has 14 days from taking possession);
* art. 27-28: a statement sent after conclusion but before taking possession is in time;
* art. 34 ust. 1: the 14 days to send the goods back run from sending the statement;
* art. 32 ust. 3: goods or proof arriving after the 14 days make the refund due that day;
* art. 38: a claimed exclusion with an unknown prerequisite is undetermined, a failed one
  leaves the right; a digital service is a service (pkt 1, 8, 12, 14), only digital content
  falls under pkt 13, and an unknown digital kind leaves pkt 1 and 13 undetermined; the
  pre-2023 wording, and pkt 7-14 and ust. 2 of the 2023 wording, follow secondary sources
  (pkt 1-6 of 2023: t.j. Dz.U. 2023 poz. 2759 as quoted), none checked against t.j. Dz.U.
  2026 poz. 1244.

>>> from datetime import date
>>> from regulamin.models import Contract, Customer, Delivery
>>> buyer = Customer.consumer()
>>> order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
>>> d = withdrawal(buyer, order, deliveries=[Delivery(received_on=date(2026, 12, 10))])
>>> d.available, d.deadline
(True, datetime.date(2026, 12, 28))
>>> print(d.explain("pl"))
Prawo odstąpienia od umowy przysługuje do 28 grudnia 2026 r.
 - Kupujący jest konsumentem, a umowę zawarto na odległość (art. 22¹ KC, art. 27 ust. 1 UoPK).
 - 14 dni od objęcia towaru w posiadanie (10 grudnia 2026 r.), nie licząc tego dnia: termin
   kończy się 24 grudnia 2026 r. (art. 27 ust. 1 UoPK, art. 28 pkt 1 UoPK, art. 111 § 2 KC).
 - Koniec terminu, 24 grudnia 2026 r. (Wigilia Bożego Narodzenia), przypada na dzień wolny,
   więc termin upływa 28 grudnia 2026 r. (art. 3 ust. 4 rozporządzenia 1182/71).
 - Nie podano, czy konsumenta poinformowano o prawie odstąpienia; przyjęto, że najpóźniej
   przy zawarciu umowy, jak wymaga tego ustawa. Jeśli poinformowano go później albo wcale,
   termin może być dłuższy (art. 12 ust. 1 pkt 9 UoPK, art. 29 UoPK).
Nie zastosowano:
 - Nie zachodzi żaden wyjątek z art. 38 UoPK: nie wskazano faktów dla żadnego z pkt 1–14
   (art. 38 ust. 1 UoPK).
>>> d.assumed
('information.informed',)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from ..calendars import Counting, Deadline, deadline
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK, Citation
from ..models import Channel, Contract, Customer, Delivery, OffPremisesSetting, Subject
from ..models.contract import DigitalKind
from ..models.withdrawal import (
    INFORMED_BY_CONCLUSION,
    Exclusion,
    ExclusionClaim,
    GoodsReturn,
    Informed,
    Payments,
    RightInformation,
    WithdrawalStatement,
)
from ..reasons import (
    DAY_OF_EVENT_NOT_COUNTED,
    MONTHS_AND_YEARS,
    ROLL_FORWARD,
    by,
    count_days,
    in_time,
    missing_summary,
    not_before,
    rolled,
    until,
)
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
from .status import Status, StatusDecision, customer_status

RIGHT = "withdrawal.right"
PERIOD = "withdrawal.period"
EXCLUSIONS = "withdrawal.exclusions"
STATEMENT = "withdrawal.statement"
REFUND = "withdrawal.refund"
RETURN = "withdrawal.return"

_ROLL = ROLL_FORWARD[Counting.EU]
_CONSUMER_DEF = KC.art("22¹")
_VISIT_OR_TRIP = frozenset(
    {OffPremisesSetting.UNSOLICITED_VISIT, OffPremisesSetting.ORGANISED_TRIP}
)


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


# ---------------------------------------------------------------------------------------
# Who may withdraw, and from which contracts (art. 27 UoPK; art. 38a or art. 7aa ust. 1)


@dataclass(frozen=True, slots=True)
class _Scope:
    """The provisions saying who may withdraw from which contracts, in one version."""

    allowed: dict[tuple[Status, Channel], Reason]
    trader: Reason
    on_premises: Reason


_STATUS_AS = {
    Status.CONSUMER: Text("konsumentem", "a consumer"),
    Status.PNPK: Text("przedsiębiorcą na prawach konsumenta", "a sole trader with consumer rights"),
}
_CHANNEL_AS = {
    Channel.DISTANCE: Text("na odległość", "at a distance"),
    Channel.OFF_PREMISES: Text("poza lokalem przedsiębiorstwa", "off premises"),
}


def _scope(art27: Citation, pnpk: Citation | None) -> _Scope:
    """The reasons of one version, built once at import."""
    allowed: dict[tuple[Status, Channel], Reason] = {}
    for status, status_as in _STATUS_AS.items():
        who = _CONSUMER_DEF if status is Status.CONSUMER else pnpk
        if who is None:
            continue
        for channel, channel_as in _CHANNEL_AS.items():
            allowed[status, channel] = Reason(
                RIGHT,
                "Kupujący jest {status}, a umowę zawarto {channel}.",
                "The buyer is {status} and the contract was concluded {channel}.",
                (who, art27),
                {"status": status_as, "channel": channel_as},
            )
    if pnpk is None:
        trader = Reason(
            RIGHT,
            "Prawo odstąpienia przysługuje tylko konsumentowi, a kupujący jest w tej umowie "
            "przedsiębiorcą.",
            "Only a consumer may withdraw, and for this contract the buyer is a trader.",
            (art27, _CONSUMER_DEF),
        )
    else:
        trader = Reason(
            RIGHT,
            "Prawo odstąpienia przysługuje tylko konsumentowi i przedsiębiorcy na prawach "
            "konsumenta, a kupujący jest w tej umowie przedsiębiorcą.",
            "Only a consumer or a sole trader with consumer rights may withdraw, and for this "
            "contract the buyer is a trader.",
            (art27, pnpk),
        )
    on_premises = Reason(
        RIGHT,
        "Umowę zawarto w lokalu przedsiębiorstwa, a prawo odstąpienia dotyczy tylko umów "
        "zawartych na odległość lub poza lokalem przedsiębiorstwa.",
        "The contract was concluded on the trader's premises, and the right of withdrawal "
        "covers only distance and off-premises contracts.",
        (art27,),
    )
    return _Scope(allowed, trader, on_premises)


_ScopeResult = tuple[bool | Undetermined, tuple[Reason, ...]]


def _who_and_where(status: StatusDecision, contract: Contract, law: _Scope) -> _ScopeResult:
    """The buyer's status first, then the channel; a wrong channel decides on its own."""
    if contract.channel is Channel.ON_PREMISES:
        return False, (law.on_premises,)
    outcome = status.outcome
    if isinstance(outcome, Undetermined):
        return outcome, status.reasons
    allowed = law.allowed.get((outcome, contract.channel))
    if allowed is None:
        return False, (*status.reasons, law.trader)
    return True, (allowed,)


_RIGHT_TITLE = Text("Prawo odstąpienia od umowy", "Right of withdrawal")
_RIGHT_SUMMARY = Text(
    "Konsument (od 2021 r. także przedsiębiorca na prawach konsumenta) może odstąpić od umowy "
    "zawartej na odległość lub poza lokalem przedsiębiorstwa bez podawania przyczyny.",
    "A consumer (from 2021 also a sole trader with consumer rights) may withdraw from a "
    "distance or off-premises contract without giving reasons.",
)
_SCOPE_2014 = _scope(UOPK.art("27"), None)
_SCOPE_2021 = _scope(UOPK.art("27"), UOPK.art("38a"))
_SCOPE_2023 = _scope(UOPK.art("27", "1"), UOPK.art("7aa", "1"))


@legacy_rule(
    RIGHT,
    title=_RIGHT_TITLE,
    summary=_RIGHT_SUMMARY,
    basis=(UOPK.art("27"), _CONSUMER_DEF),
    valid_from=date(2014, 12, 25),
    valid_until=date(2020, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _right_2014(status: StatusDecision, contract: Contract) -> _ScopeResult:
    """Art. 27 UoPK: a consumer who concluded a distance or off-premises contract."""
    return _who_and_where(status, contract, _SCOPE_2014)


@legacy_rule(
    RIGHT,
    basis=(UOPK.art("27"), _CONSUMER_DEF, UOPK.art("38a")),
    valid_from=date(2021, 1, 1),
    valid_until=date(2022, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _right_2021(status: StatusDecision, contract: Contract) -> _ScopeResult:
    """Art. 27 and art. 38a UoPK: the consumer's right extends to a PNPK."""
    return _who_and_where(status, contract, _SCOPE_2021)


@legacy_rule(
    RIGHT,
    basis=(UOPK.art("27", "1"), _CONSUMER_DEF, UOPK.art("7aa", "1")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _right_2023(status: StatusDecision, contract: Contract) -> _ScopeResult:
    """Art. 27 ust. 1 and art. 7aa ust. 1 UoPK (chapter 4 applies to a PNPK)."""
    return _who_and_where(status, contract, _SCOPE_2023)


# ---------------------------------------------------------------------------------------
# How long, from when, and the consumer never told (art. 27-29 UoPK)


@dataclass(frozen=True, slots=True)
class _PeriodLaw:
    """Art. 27-29 as worded in one version, with its reasons built once at import."""

    length: dict[int, Citation]
    """Days of the period and the provision giving them."""
    longer_for: frozenset[OffPremisesSetting]
    """Off-premises settings with 30 days (none before 2023)."""
    expiry: Citation
    informed_later: Citation
    later_days_follow_length: bool
    """Art. 29 ust. 2 gives 30 days in the art. 27 ust. 2 case (from 2023), else 14."""
    informed: Reason
    assumed_informed: Reason
    information_unknown: Reason
    setting_unknown: Reason | None
    longer_reasons: dict[OffPremisesSetting, Reason]
    not_longer_yet: Reason | None


_ART28 = {
    StartEvent.POSSESSION: UOPK.art("28", None, "1"),
    StartEvent.LAST_PART: UOPK.art("28", None, "1", "a"),
    StartEvent.FIRST_SUPPLY: UOPK.art("28", None, "1", "b"),
    StartEvent.CONCLUSION: UOPK.art("28", None, "2"),
}
_FROM_EVENT = {
    StartEvent.POSSESSION: Text("objęcia towaru w posiadanie", "taking possession of the goods"),
    StartEvent.LAST_PART: Text(
        "objęcia w posiadanie ostatniego towaru, partii lub części",
        "taking possession of the last of the goods, lots or parts",
    ),
    StartEvent.FIRST_SUPPLY: Text(
        "objęcia w posiadanie pierwszej z regularnych dostaw",
        "taking possession of the first regular delivery",
    ),
    StartEvent.CONCLUSION: Text("zawarcia umowy", "the conclusion of the contract"),
    StartEvent.INFORMATION: Text(
        "udzielenia informacji o prawie odstąpienia", "being informed of the right of withdrawal"
    ),
}
_SETTING_DURING = {
    OffPremisesSetting.UNSOLICITED_VISIT: Text(
        "nieumówionej wizyty przedsiębiorcy w miejscu zamieszkania lub zwykłego pobytu konsumenta",
        "an unsolicited visit by the trader at the consumer's home or usual residence",
    ),
    OffPremisesSetting.ORGANISED_TRIP: Text(
        "wycieczki zorganizowanej przez przedsiębiorcę",
        "an excursion organised by the trader",
    ),
}
_AWAITING_GOODS = Reason(
    PERIOD,
    "Towaru jeszcze nie objęto w posiadanie: prawo odstąpienia już przysługuje, ale termin "
    "zacznie biec dopiero od objęcia towaru w posiadanie.",
    "The goods have not been taken into possession yet: the right already exists, but the "
    "period starts only when they are.",
    (_ART28[StartEvent.POSSESSION],),
)
_AWAITING_FIRST = Reason(
    PERIOD,
    "Żadnej dostawy jeszcze nie objęto w posiadanie: prawo odstąpienia już przysługuje, ale "
    "termin zacznie biec od objęcia w posiadanie pierwszej z nich.",
    "No delivery has been taken into possession yet: the right already exists, but the period "
    "starts with the first of them.",
    (_ART28[StartEvent.FIRST_SUPPLY],),
)


_INFORMATION_DUTY = UOPK.art("12", "1", "9")


def _period_law(*, from_2023: bool) -> _PeriodLaw:
    art27 = UOPK.art("27", "1") if from_2023 else UOPK.art("27")
    art27_2 = UOPK.art("27", "2")
    art29 = UOPK.art("29")
    return _PeriodLaw(
        length={14: art27, 30: art27_2} if from_2023 else {14: art27},
        longer_for=_VISIT_OR_TRIP if from_2023 else frozenset(),
        expiry=UOPK.art("29", "1"),
        informed_later=UOPK.art("29", "2"),
        later_days_follow_length=from_2023,
        informed=Reason(
            PERIOD,
            "Konsumenta poinformowano o prawie odstąpienia najpóźniej przy zawarciu umowy, "
            "więc art. 29 UoPK nie wydłuża terminu.",
            "The consumer was told of the right of withdrawal by the time the contract was "
            "concluded, so Art. 29 UoPK does not extend the period.",
            (art29,),
        ),
        assumed_informed=Reason(
            PERIOD,
            "Nie podano, czy konsumenta poinformowano o prawie odstąpienia; przyjęto, że "
            "najpóźniej przy zawarciu umowy, jak wymaga tego ustawa. Jeśli poinformowano go "
            "później albo wcale, termin może być dłuższy.",
            "Whether the consumer was told of the right of withdrawal was not given; it was "
            "assumed that they were told by the time the contract was concluded, as the law "
            "requires. If they were told later or never, the period may be longer.",
            (_INFORMATION_DUTY, art29),
        ),
        information_unknown=Reason(
            PERIOD,
            "Nie wiadomo, czy i kiedy konsumenta poinformowano o prawie odstąpienia; jeśli go "
            "nie poinformowano, prawo wygasa dopiero 12 miesięcy po upływie terminu.",
            "It is not known whether and when the consumer was told of the right of withdrawal; "
            "without that information the right lasts 12 months longer.",
            (art29,),
        ),
        setting_unknown=Reason(
            PERIOD,
            "Nie wiadomo, czy umowę zawarto podczas nieumówionej wizyty lub wycieczki; wtedy "
            "termin wynosi 30 dni zamiast 14.",
            "It is not known whether the contract was concluded during an unsolicited visit or "
            "an excursion, which would make the period 30 days instead of 14.",
            (art27_2,),
        )
        if from_2023
        else None,
        longer_reasons={
            setting: Reason(
                PERIOD,
                "Umowę zawarto poza lokalem przedsiębiorstwa podczas {setting}, więc termin "
                "wynosi 30 dni.",
                "The contract was concluded off premises during {setting}, so the period is "
                "30 days.",
                (art27_2,),
                {"setting": during},
            )
            for setting, during in _SETTING_DURING.items()
            if from_2023
        },
        not_longer_yet=None
        if from_2023
        else Reason(
            PERIOD,
            "Termin 30 dni dla umów zawartych podczas nieumówionej wizyty lub wycieczki "
            "stosuje się do umów zawartych od 1 stycznia 2023 r.",
            "The 30-day period for contracts concluded during an unsolicited visit or an "
            "excursion applies to contracts concluded from 1 January 2023.",
            (art27_2,),
        ),
    )


_PERIOD_2014 = _period_law(from_2023=False)
_PERIOD_2023 = _period_law(from_2023=True)


class _Period(NamedTuple):
    """The withdrawal period of one contract, as far as the facts allow."""

    days: int | None
    starts_on: date | None
    start_event: StartEvent
    deadline: date | None
    floor: date | None
    """The earliest the deadline can be when it is undetermined (or the deadline itself)."""
    missing: tuple[str, ...]
    reasons: tuple[Reason, ...]
    not_applied: tuple[Reason, ...]
    assumed: tuple[str, ...] = ()
    """Facts not given that the period assumes (the default information)."""


def _count(
    law: _PeriodLaw, event: StartEvent, start: date, days: int
) -> tuple[Deadline, tuple[Reason, ...]]:
    """``days`` from ``event`` on ``start`` (art. 27-29, art. 111 § 2 KC), rolled forward
    under Regulation 1182/71, with its reasons."""
    if event is StartEvent.INFORMATION:
        basis: tuple[Citation, ...] = (law.informed_later,)
    else:
        basis = (law.length[days], _ART28[event])
    return count_days(
        PERIOD, start, days, counting=Counting.EU, event=_FROM_EVENT[event], basis=basis
    )


def _start(
    contract: Contract, deliveries: Sequence[Delivery]
) -> tuple[StartEvent, date | None, Reason | None]:
    """Art. 28: the event the period runs from, its day (``None`` if still to come), and why
    it has not come yet."""
    if contract.subject is not Subject.GOODS:
        return StartEvent.CONCLUSION, contract.concluded_on, None
    if contract.regular_supply:
        if not deliveries:
            return StartEvent.FIRST_SUPPLY, None, _AWAITING_FIRST
        return StartEvent.FIRST_SUPPLY, min(d.received_on for d in deliveries), None
    if contract.parts > 1:
        if len(deliveries) < contract.parts:
            waiting = Reason(
                PERIOD,
                "Objęto w posiadanie {taken} z {parts} części: prawo odstąpienia już "
                "przysługuje, ale termin zacznie biec od objęcia w posiadanie ostatniej.",
                "{taken} of {parts} parts have been taken into possession: the right already "
                "exists, but the period starts with the last.",
                (_ART28[StartEvent.LAST_PART],),
                {"taken": len(deliveries), "parts": contract.parts},
            )
            return StartEvent.LAST_PART, None, waiting
        return StartEvent.LAST_PART, max(d.received_on for d in deliveries), None
    if not deliveries:
        return StartEvent.POSSESSION, None, _AWAITING_GOODS
    return StartEvent.POSSESSION, deliveries[0].received_on, None


def _not_informed_by_conclusion(
    law: _PeriodLaw,
    information: RightInformation,
    original: Deadline,
    *,
    days: int,
    event: StartEvent,
    starts_on: date,
) -> tuple[date, StartEvent, date, list[Reason]]:
    """Art. 29: never told (ust. 1: 12 months more) or told later (ust. 2: 14 days, or 30
    in the art. 27 ust. 2 case, from being told): the end, the event and day it runs from,
    and why."""
    reasons: list[Reason] = []
    # Art. 29 ust. 1 (interpretation): 12 months from the original end as rolled, by
    # art. 112 KC, and rolled again.
    expiry = deadline(original.due, months=12, counting=Counting.EU)
    end = expiry.due
    told_on = information.on
    if told_on is None:
        reasons.append(
            Reason(
                PERIOD,
                "Konsumenta nie poinformowano o prawie odstąpienia, więc prawo wygasa "
                "12 miesięcy po upływie pierwotnego terminu ({original} r.): {end} r.",
                "The consumer was never told of the right of withdrawal, so it expires "
                "12 months after the original period ended ({original}): on {end}.",
                (law.expiry, MONTHS_AND_YEARS),
                {"original": original.due, "end": expiry.nominal},
            )
        )
        reasons += rolled(PERIOD, expiry, Counting.EU)
    elif told_on > expiry.due:
        reasons.append(
            Reason(
                PERIOD,
                "Informację o prawie odstąpienia udzielono dopiero {told} r., gdy prawo "
                "już wygasło: 12 miesięcy po upływie pierwotnego terminu, {end} r.",
                "The consumer was told of the right only on {told}, after it had expired "
                "12 months after the original period ended, on {end}.",
                (law.expiry, law.informed_later, MONTHS_AND_YEARS),
                {"told": told_on, "end": expiry.due},
            )
        )
    else:
        later_days = days if law.later_days_follow_length else 14
        later, counted_later = _count(law, StartEvent.INFORMATION, told_on, later_days)
        if later.due >= original.due:
            reasons += counted_later
            end, event, starts_on = later.due, StartEvent.INFORMATION, told_on
        else:
            end = original.due
            reasons.append(
                Reason(
                    PERIOD,
                    "Informację o prawie odstąpienia udzielono {told} r.; termin liczony od "
                    "niej ({later} r.) upływałby przed pierwotnym, więc obowiązuje pierwotny "
                    "(interpretacja: art. 29 ust. 2 UoPK nie skraca terminu z art. 27 i 28).",
                    "The consumer was told of the right on {told}; the period counted from "
                    "then ({later}) would end before the original one, which therefore "
                    "stands (interpretation: Art. 29(2) UoPK does not shorten the period "
                    "of Art. 27 and 28).",
                    (law.informed_later,),
                    {"told": told_on, "later": later.due},
                )
            )
    return end, event, starts_on, reasons


def _period(
    contract: Contract,
    deliveries: Sequence[Delivery],
    information: RightInformation,
    law: _PeriodLaw,
) -> _Period:
    """Art. 27 (length), art. 28 (start), art. 29 (not informed), in the law's order."""
    reasons: list[Reason] = []
    not_applied: list[Reason] = []
    setting = contract.off_premises_setting
    days: int | None = 14
    missing: tuple[str, ...] = ()
    if contract.channel is Channel.OFF_PREMISES and law.setting_unknown is not None:
        if setting is None:
            days, missing = None, ("contract.off_premises_setting",)
            reasons.append(law.setting_unknown)
        elif setting in law.longer_for:
            days = 30
            reasons.append(law.longer_reasons[setting])
    elif law.not_longer_yet is not None and setting in _VISIT_OR_TRIP:
        not_applied.append(law.not_longer_yet)

    event, starts_on, waiting = _start(contract, deliveries)
    if starts_on is None:
        assert waiting is not None  # _start explains every start still to come
        reasons.append(waiting)
        return _Period(days, None, event, None, None, missing, tuple(reasons), tuple(not_applied))
    if days is None:
        floor = deadline(starts_on, days=14, counting=Counting.EU).due
        return _Period(
            None, starts_on, event, None, floor, missing, tuple(reasons), tuple(not_applied)
        )

    original, counted = _count(law, event, starts_on, days)
    reasons += counted
    informed = information.informed
    assumed: tuple[str, ...] = ()
    if information is INFORMED_BY_CONCLUSION:
        # The default object, not an equal one passed by the caller: nobody said the consumer
        # was informed, so the decision presents it as an assumption (art. 12 ust. 1 pkt 9).
        reasons.append(law.assumed_informed)
        assumed = ("information.informed",)
        end = original.due
    elif informed is Informed.BY_CONCLUSION:
        not_applied.append(law.informed)
        end = original.due
    elif informed is Informed.UNKNOWN:
        reasons.append(law.information_unknown)
        missing = ("information.informed",)
        return _Period(
            days, starts_on, event, None, original.due, missing, tuple(reasons), tuple(not_applied)
        )
    else:
        end, event, starts_on, art29 = _not_informed_by_conclusion(
            law, information, original, days=days, event=event, starts_on=starts_on
        )
        reasons += art29
    return _Period(
        days, starts_on, event, end, end, (), tuple(reasons), tuple(not_applied), assumed
    )


_PERIOD_TITLE = Text("Termin odstąpienia od umowy", "Withdrawal period")
_PERIOD_SUMMARY = Text(
    "14 dni (30 przy nieumówionej wizycie lub wycieczce, od 2023 r.) od objęcia towaru w "
    "posiadanie albo od zawarcia umowy; bez informacji o prawie odstąpienia o 12 miesięcy "
    "dłużej.",
    "14 days (30 after an unsolicited visit or an excursion, from 2023) from taking possession "
    "of the goods or from conclusion; 12 months longer if the consumer was not told of the "
    "right.",
)
_TWELVE_MONTHS = Interpretation(
    "Art. 29 ust. 1 UoPK: 12 miesięcy liczy się od końca pierwotnego terminu po jego "
    "przesunięciu na dzień roboczy, według art. 112 KC, a koniec znów przesuwa się z soboty "
    "lub dnia wolnego na najbliższy dzień roboczy.",
    "Art. 29(1) UoPK: the 12 months run from the end of the original period as moved to a "
    "working day, are counted under Art. 112 KC, and their end again moves off a Saturday or "
    "holiday to the next working day.",
)
_ASSUMED_INFORMED = Interpretation(
    "Gdy nie podano, czy i kiedy konsumenta poinformowano o prawie odstąpienia, przyjmuje "
    "się, że najpóźniej przy zawarciu umowy, jak wymaga art. 12 ust. 1 pkt 9 UoPK (zwykły "
    "przypadek sklepu, którego regulamin i potwierdzenie zamówienia zawierają tę informację). "
    "Decyzja podaje to jako założenie, nie jako ustalony fakt; jeśli konsumenta nie "
    "poinformowano, rzeczywisty termin jest dłuższy (art. 29 UoPK). Kto nie wie, czy "
    "poinformowano, podaje RightInformation.unknown().",
    "Where it is not given whether and when the consumer was told of the right of withdrawal, "
    "the library assumes they were told by conclusion, as Art. 12(1)(9) UoPK requires (the "
    "usual case of a shop whose terms and order confirmation carry the information). The "
    "decision states this as an assumption, not as an established fact; if the consumer was "
    "not told, the real period is longer (Art. 29 UoPK). A caller who does not know passes "
    "RightInformation.unknown().",
)
_NEVER_SHORTER = Interpretation(
    "Art. 29 ust. 2 UoPK: jeśli informację o prawie odstąpienia udzielono po zawarciu umowy, "
    "ale termin liczony od niej upływałby przed terminem z art. 27 i 28 (np. informacja przed "
    "dostawą towaru), obowiązuje dłuższy termin z art. 27 i 28.",
    "Art. 29(2) UoPK: where the consumer was told of the right after conclusion but the period "
    "counted from then would end before the period of Art. 27-28 (e.g. told before the goods "
    "arrived), the longer period of Art. 27-28 applies.",
)


@legacy_rule(
    PERIOD,
    title=_PERIOD_TITLE,
    summary=_PERIOD_SUMMARY,
    basis=(
        UOPK.art("27"),
        UOPK.art("28"),
        UOPK.art("29"),
        DAY_OF_EVENT_NOT_COUNTED,
        MONTHS_AND_YEARS,
        _ROLL,
    ),
    valid_from=date(2014, 12, 25),
    valid_until=date(2022, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_TWELVE_MONTHS, _NEVER_SHORTER, _ASSUMED_INFORMED),
)
def _period_2014(
    contract: Contract, deliveries: Sequence[Delivery], information: RightInformation
) -> _Period:
    """Art. 27 (14 days for every distance and off-premises contract), art. 28, art. 29
    (not informed: 12 months more; informed later: 14 days from the information).

    Interpretation: the 12 months run from the original end as rolled forward, the
    information given later never shortens the art. 27-28 period, and information not given
    at all is assumed given by conclusion (art. 12 ust. 1 pkt 9), which the decision says."""
    return _period(contract, deliveries, information, _PERIOD_2014)


@legacy_rule(
    PERIOD,
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
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
)
def _period_2023(
    contract: Contract, deliveries: Sequence[Delivery], information: RightInformation
) -> _Period:
    """Art. 27 ust. 1-2 (14 days; 30 after an unsolicited visit or an excursion), art. 28,
    art. 29 (informed later: 14 days, or 30 in the art. 27 ust. 2 case). Interpretations as
    in the previous version."""
    return _period(contract, deliveries, information, _PERIOD_2023)


# ---------------------------------------------------------------------------------------
# The statement in time (art. 30 ust. 2 UoPK)

_ART30 = UOPK.art("30", "2")


_SENT = Text("Oświadczenie wysłano", "The statement was sent on")
_SENDING = Text(
    ": do zachowania terminu wystarczy wysłanie oświadczenia przed jego upływem",
    ": sending the statement before the period ends is enough to keep it",
)
_RIGHT_FROM_CONCLUSION = UOPK.art("27")


def _statement_in_time(sent_on: date, period: _Period) -> tuple[bool | Undetermined, Reason]:
    """Art. 30 ust. 2: sending the statement before the period ends keeps it."""
    if period.deadline is not None:
        return in_time(STATEMENT, _SENT, sent_on, period.deadline, (_ART30,), enough=_SENDING)
    if period.starts_on is None:
        return True, Reason(
            STATEMENT,
            "Oświadczenie wysłano {sent} r., zanim termin zaczął biec: odstąpić można już "
            "przed objęciem towaru w posiadanie.",
            "The statement was sent on {sent}, before the period started: the consumer may "
            "withdraw before taking possession of the goods.",
            (_ART30, _RIGHT_FROM_CONCLUSION),
            {"sent": sent_on},
        )
    if period.floor is not None and sent_on <= period.floor:
        return True, Reason(
            STATEMENT,
            "Oświadczenie wysłano {sent} r., przed upływem najkrótszego możliwego terminu "
            "({floor} r.), więc jest terminowe niezależnie od brakujących danych.",
            "The statement was sent on {sent}, before the shortest possible period ended "
            "({floor}), so it is in time whatever the missing facts are.",
            (_ART30,),
            {"sent": sent_on, "floor": period.floor},
        )
    return Undetermined(period.missing), Reason(
        STATEMENT,
        "Oświadczenie wysłano {sent} r.; czy zostało wysłane w terminie, zależy od "
        "brakujących danych.",
        "The statement was sent on {sent}; whether in time depends on the missing facts.",
        (_ART30,),
        {"sent": sent_on},
    )


_BEFORE_DELIVERY = Interpretation(
    "Oświadczenie wysłane po zawarciu umowy, a przed objęciem towaru w posiadanie, jest "
    "terminowe: prawo odstąpienia powstaje z zawarciem umowy (art. 27 UoPK), a art. 28 "
    "wyznacza tylko początek biegu terminu.",
    "A statement sent after conclusion but before the goods were taken into possession is in "
    "time: the right arises with the contract (Art. 27 UoPK), and Art. 28 only fixes when "
    "the period starts.",
)


@legacy_rule(
    STATEMENT,
    title=Text("Terminowość oświadczenia o odstąpieniu", "Withdrawal statement in time"),
    summary=Text(
        "Do zachowania terminu wystarczy wysłanie oświadczenia przed jego upływem.",
        "Sending the statement before the period ends is enough to keep it.",
    ),
    basis=(_ART30,),
    valid_from=date(2014, 12, 25),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_BEFORE_DELIVERY,),
)
def _statement_2014(sent_on: date, period: _Period) -> tuple[bool | Undetermined, Reason]:
    """Art. 30 ust. 2 UoPK: the dispatch date, not the receipt, is compared with the end.

    Interpretation: a statement sent before the period started (goods not yet taken into
    possession) is in time, the right existing from conclusion."""
    return _statement_in_time(sent_on, period)


# ---------------------------------------------------------------------------------------
# Exclusions (art. 38 UoPK): each point with its own conditions


@dataclass(frozen=True, slots=True)
class _Requirement:
    """One condition of a point: a fact of the claim and how it reads when met or not."""

    fact: str
    met: Text
    unmet: Text
    question: Text
    wanted: bool = True

    @property
    def path(self) -> str:
        return f"exclusion.{self.fact}"


def _requirement(
    fact: str,
    met: tuple[str, str],
    unmet: tuple[str, str],
    *,
    wanted: bool = True,
    asked: tuple[str, str] | None = None,
) -> _Requirement:
    pl, en = asked or met
    return _Requirement(
        fact,
        Text(*met),
        Text(*unmet),
        Text(f"nie wiadomo, czy {pl}", f"it is not known whether {en}"),
        wanted,
    )


class _Kind(StrEnum):
    """What a contract supplies, as the points of art. 38 ust. 1 name it."""

    GOODS = "goods"
    SERVICE = "service"
    DIGITAL_SERVICE = "digital_service"
    """A digital service (art. 2 pkt 6 UoPK): a service for art. 38 (pkt 1, 8, 12, 14)."""
    DIGITAL_CONTENT = "digital_content"
    """Digital content not on a tangible medium (art. 2 pkt 5 UoPK): pkt 13."""


_KIND_OF: dict[tuple[Subject, DigitalKind | None], _Kind | None] = {
    (Subject.GOODS, None): _Kind.GOODS,
    (Subject.SERVICE, None): _Kind.SERVICE,
    **{
        (subject, digital): kind
        for subject in (Subject.DIGITAL_CONTENT, Subject.DIGITAL_CONTINUOUS)
        for digital, kind in (
            (DigitalKind.SERVICE, _Kind.DIGITAL_SERVICE),
            (DigitalKind.CONTENT, _Kind.DIGITAL_CONTENT),
            (None, None),
        )
    },
}
"""``None``: a digital contract that does not say whether it is content or a service."""
_DIGITAL_KINDS = (_Kind.DIGITAL_SERVICE, _Kind.DIGITAL_CONTENT)

_ANY = frozenset(_Kind)
_GOODS = frozenset({_Kind.GOODS})
_SERVICES = frozenset({_Kind.SERVICE, _Kind.DIGITAL_SERVICE})
_CONTENT = frozenset({_Kind.DIGITAL_CONTENT})
_ONLY_FOR = {
    _GOODS: Text("umów, których przedmiotem jest towar", "contracts for goods"),
    _SERVICES: Text(
        "umów o świadczenie usług, także usług cyfrowych",
        "service contracts, digital services included",
    ),
    _CONTENT: Text(
        "umów o dostarczanie treści cyfrowych niedostarczanych na nośniku materialnym",
        "contracts for digital content not supplied on a tangible medium",
    ),
}
_THIS_CONTRACT_IS: dict[_Kind | None, Text] = {
    _Kind.GOODS: Text("przedmiotem tej umowy jest towar", "this contract is for goods"),
    _Kind.SERVICE: Text("przedmiotem tej umowy jest usługa", "this contract is for a service"),
    _Kind.DIGITAL_SERVICE: Text(
        "przedmiotem tej umowy jest usługa cyfrowa", "this contract is for a digital service"
    ),
    _Kind.DIGITAL_CONTENT: Text(
        "przedmiotem tej umowy są treści cyfrowe", "this contract is for digital content"
    ),
    None: Text(
        "przedmiotem tej umowy są treści cyfrowe albo usługa cyfrowa",
        "this contract is for digital content or a digital service",
    ),
}


@dataclass(frozen=True, slots=True)
class _Point:
    """One point of art. 38 (ust. 1): the contracts it names and the conditions it sets."""

    exclusion: Exclusion
    citation: Citation
    label: Text
    digital_label: Text | None
    """The label for a digital service, where it differs (pkt 1)."""
    kinds: frozenset[_Kind]
    outside: dict[_Kind | None, Text]
    """Why the point does not fit a contract of another kind (``None``: a digital contract of
    unknown kind, which fails only a point that fits neither digital kind)."""
    kind_question: Text | None
    """Asked when the digital kind is unknown and decides whether the point fits."""
    needs_price: bool
    requirements: tuple[_Requirement, ...]
    excluded: Reason
    """The decision's summary when the point applies."""


_NO_PRICE = Text(
    "konsument nie jest zobowiązany do zapłaty ceny (świadczy wyłącznie danymi osobowymi), a "
    "ten wyjątek dotyczy tylko świadczeń odpłatnych",
    "the consumer owes no price (they pay only with personal data), and this exclusion "
    "concerns only paid performance",
)
_PRICE_OWED = Text("konsument jest zobowiązany do zapłaty ceny", "the consumer owes a price")

_FULLY_PERFORMED = _requirement(
    "fully_performed",
    ("przedsiębiorca w pełni wykonał usługę", "the trader has performed the service in full"),
    (
        "usługa nie została w pełni wykonana; częściowe wykonanie nie wyłącza prawa "
        "odstąpienia, a konsument płaci za świadczenie spełnione do chwili odstąpienia "
        "(art. 35 UoPK)",
        "the service has not been performed in full; partial performance does not remove the "
        "right, and the consumer pays for what was supplied up to the withdrawal (Art. 35 UoPK)",
    ),
)
# The consents are read after the performance (_FULLY_PERFORMED) or the start of supply
# (_BEGAN, _BEGAN_2014) in the list of conditions met, so "to" / "it" is what was just named
# and the list does not say it twice.
_PRIOR_CONSENT = _requirement(
    "express_prior_consent",
    (
        "konsument uprzednio i wyraźnie się na to zgodził",
        "it was performed with the consumer's express prior consent",
    ),
    (
        "konsument nie wyraził wyraźnej i uprzedniej zgody na spełnienie świadczenia",
        "the consumer gave no express prior consent to performance",
    ),
    asked=(
        "usługę wykonano za wyraźną i uprzednią zgodą konsumenta",
        "the service was performed with the consumer's express prior consent",
    ),
)
_CONSENT_2014 = _requirement(
    "express_prior_consent",
    (
        "konsument wyraźnie się na to zgodził",
        "it was performed with the consumer's express consent",
    ),
    (
        "konsument nie wyraził wyraźnej zgody na spełnienie świadczenia",
        "the consumer gave no express consent to performance",
    ),
    asked=(
        "usługę wykonano za wyraźną zgodą konsumenta",
        "the service was performed with the consumer's express consent",
    ),
)
_PRIOR_CONSENT_TO_BEGIN = _requirement(
    "express_prior_consent",
    (
        "konsument uprzednio i wyraźnie się na to zgodził",
        "the consumer had expressly agreed to it beforehand",
    ),
    (
        "konsument nie wyraził wyraźnej i uprzedniej zgody na rozpoczęcie świadczenia",
        "the consumer gave no express prior consent to the start of supply",
    ),
    asked=(
        "konsument uprzednio i wyraźnie zgodził się na rozpoczęcie świadczenia",
        "the consumer had expressly agreed beforehand to the start of supply",
    ),
)
_CONSENT_TO_BEGIN_2014 = _requirement(
    "express_prior_consent",
    ("konsument wyraźnie się na to zgodził", "the consumer expressly agreed to it"),
    (
        "konsument nie wyraził wyraźnej zgody na rozpoczęcie świadczenia",
        "the consumer gave no express consent to the start of supply",
    ),
    asked=(
        "konsument wyraźnie zgodził się na rozpoczęcie świadczenia",
        "the consumer expressly agreed to the start of supply",
    ),
)
_TOLD_OF_LOSS = _requirement(
    "informed_of_loss",
    (
        "przed rozpoczęciem świadczenia konsument został poinformowany, że po jego spełnieniu "
        "utraci prawo odstąpienia",
        "before performance began the consumer was told they would lose the right of withdrawal",
    ),
    (
        "przed rozpoczęciem świadczenia konsumenta nie poinformowano o utracie prawa odstąpienia",
        "the consumer was not told before performance began that they would lose the right",
    ),
)
_ACKNOWLEDGED = _requirement(
    "acknowledged",
    ("konsument przyjął to do wiadomości", "the consumer acknowledged this"),
    (
        "konsument nie potwierdził, że przyjął do wiadomości utratę prawa odstąpienia",
        "the consumer did not acknowledge losing the right of withdrawal",
    ),
    asked=(
        "konsument przyjął do wiadomości utratę prawa odstąpienia",
        "the consumer acknowledged losing the right of withdrawal",
    ),
)
_BEGAN = _requirement(
    "performance_began",
    ("przedsiębiorca rozpoczął świadczenie", "the trader has begun supplying the content"),
    (
        "przedsiębiorca nie rozpoczął jeszcze świadczenia",
        "the trader has not begun supplying the content",
    ),
)
_BEGAN_2014 = _requirement(
    "performance_began",
    ("spełnianie świadczenia rozpoczęło się", "supply of the content has begun"),
    ("spełnianie świadczenia nie rozpoczęło się", "supply of the content has not begun"),
)
_CONFIRMED = _requirement(
    "confirmation_sent",
    (
        "przedsiębiorca przekazał konsumentowi potwierdzenie na trwałym nośniku (art. 15 ust. 1 "
        "i 2 albo art. 21 ust. 1 UoPK)",
        "the trader gave the consumer the confirmation on a durable medium (Art. 15(1)-(2) or "
        "Art. 21(1) UoPK)",
    ),
    (
        "przedsiębiorca nie przekazał konsumentowi potwierdzenia na trwałym nośniku (art. 15 "
        "ust. 1 i 2 albo art. 21 ust. 1 UoPK)",
        "the trader did not give the consumer the confirmation on a durable medium (Art. "
        "15(1)-(2) or Art. 21(1) UoPK)",
    ),
)
_UNSEALED = _requirement(
    "unsealed_after_delivery",
    ("opakowanie zostało otwarte po dostarczeniu", "the package was unsealed after delivery"),
    (
        "opakowanie nie zostało otwarte po dostarczeniu",
        "the package was not unsealed after delivery",
    ),
)
_MIXED = _requirement(
    "mixed_after_delivery",
    (
        "po dostarczeniu towar został nierozłącznie połączony z innymi rzeczami",
        "after delivery the goods were inseparably mixed with other items",
    ),
    (
        "po dostarczeniu towaru nie połączono nierozłącznie z innymi rzeczami",
        "the goods were not inseparably mixed with other items after delivery",
    ),
)
_PRICE_AGREED = _requirement(
    "price_agreed_at_conclusion",
    ("cenę uzgodniono przy zawarciu umowy", "the price was agreed at conclusion"),
    ("ceny nie uzgodniono przy zawarciu umowy", "the price was not agreed at conclusion"),
)
_AFTER_30_DAYS = _requirement(
    "deliverable_only_after_30_days",
    (
        "dostarczenie może nastąpić dopiero po upływie 30 dni",
        "delivery can take place only after 30 days",
    ),
    (
        "dostarczenie może nastąpić przed upływem 30 dni",
        "delivery can take place within 30 days",
    ),
)
_MARKET_VALUE = _requirement(
    "value_follows_market",
    (
        "ich wartość zależy od wahań na rynku, nad którymi przedsiębiorca nie ma kontroli",
        "their value depends on market fluctuations the trader cannot control",
    ),
    (
        "ich wartość nie zależy od wahań na rynku poza kontrolą przedsiębiorcy",
        "their value does not depend on market fluctuations beyond the trader's control",
    ),
)
_URGENT_VISIT = _requirement(
    "visit_requested",
    (
        "konsument wyraźnie zażądał, aby przedsiębiorca przyjechał do niego w celu dokonania "
        "pilnej naprawy lub konserwacji",
        "the consumer expressly asked the trader to come for an urgent repair or maintenance",
    ),
    (
        "konsument nie zażądał wyraźnie przyjazdu przedsiębiorcy w celu dokonania pilnej "
        "naprawy lub konserwacji",
        "the consumer did not expressly ask the trader to come for an urgent repair or maintenance",
    ),
)
_ONLY_REQUESTED = _requirement(
    "only_requested_work",
    (
        "umowa obejmuje tylko żądaną naprawę lub konserwację i niezbędne do niej części zamienne",
        "the contract covers only the requested repair or maintenance and the spare parts it needs",
    ),
    (
        "umowa obejmuje także inne usługi lub towary niż żądane, a co do nich prawo odstąpienia "
        "przysługuje",
        "the contract also covers other services or goods than those requested, and for them "
        "the right of withdrawal stays",
    ),
)
_NOT_SUBSCRIPTION = _requirement(
    "subscription",
    ("umowa nie jest prenumeratą", "the contract is not a subscription"),
    (
        "umowa jest prenumeratą, której ten wyjątek nie obejmuje",
        "the contract is a subscription, which this exclusion does not cover",
    ),
    wanted=False,
    asked=("umowa jest prenumeratą", "the contract is a subscription"),
)
_FIXED_DATE = _requirement(
    "date_or_period_fixed",
    (
        "w umowie oznaczono dzień lub okres świadczenia usługi",
        "the contract fixes the day or period of the service",
    ),
    (
        "w umowie nie oznaczono dnia ani okresu świadczenia usługi",
        "the contract fixes no day or period for the service",
    ),
)
_REPAIR_VISIT = _requirement(
    "visit_requested",
    (
        "konsument wyraźnie zażądał, aby przedsiębiorca przyszedł do niego w celu dokonania "
        "naprawy",
        "the consumer expressly asked the trader to come to carry out a repair",
    ),
    (
        "konsument nie zażądał wyraźnie, aby przedsiębiorca przyszedł do niego w celu dokonania "
        "naprawy",
        "the consumer did not expressly ask the trader to come to carry out a repair",
    ),
)

_LABELS = {
    Exclusion.SERVICE_FULLY_PERFORMED: Text("umowa o świadczenie usług", "a service contract"),
    Exclusion.FINANCIAL_MARKET_PRICE: Text(
        "cena zależy od wahań na rynku finansowym, nad którymi przedsiębiorca nie sprawuje "
        "kontroli i które mogą wystąpić przed upływem terminu do odstąpienia",
        "the price depends on financial-market fluctuations beyond the trader's control that "
        "may occur within the withdrawal period",
    ),
    Exclusion.MADE_TO_SPECIFICATION: Text(
        "towar nieprefabrykowany, wyprodukowany według specyfikacji konsumenta lub służący "
        "zaspokojeniu jego zindywidualizowanych potrzeb",
        "goods that are not prefabricated and are made to the consumer's specifications or "
        "personalised for them",
    ),
    Exclusion.PERISHABLE: Text(
        "towar ulegający szybkiemu zepsuciu lub mający krótki termin przydatności do użycia",
        "goods liable to deteriorate or expire rapidly",
    ),
    Exclusion.SEALED_HEALTH_OR_HYGIENE: Text(
        "towar w zapieczętowanym opakowaniu, którego po otwarciu nie można zwrócić ze względu na "
        "ochronę zdrowia lub ze względów higienicznych",
        "sealed goods that cannot be returned once unsealed, for health protection or hygiene "
        "reasons",
    ),
    Exclusion.INSEPARABLY_MIXED: Text(
        "towar, który ze względu na swój charakter po dostarczeniu zostaje nierozłącznie "
        "połączony z innymi rzeczami",
        "goods which, by their nature, are inseparably mixed with other items after delivery",
    ),
    Exclusion.ALCOHOL_AT_MARKET_VALUE: Text("napoje alkoholowe", "alcoholic beverages"),
    Exclusion.URGENT_REPAIR_VISIT: Text(
        "pilna naprawa lub konserwacja u konsumenta",
        "an urgent repair or maintenance at the consumer's",
    ),
    Exclusion.SEALED_RECORDING_OR_SOFTWARE: Text(
        "nagrania dźwiękowe lub wizualne albo programy komputerowe w zapieczętowanym opakowaniu",
        "sealed audio or video recordings or computer software",
    ),
    Exclusion.PERIODICAL: Text(
        "dostarczanie dzienników, periodyków lub czasopism",
        "the supply of newspapers, periodicals or magazines",
    ),
    Exclusion.PUBLIC_AUCTION: Text(
        "umowa zawarta w drodze aukcji publicznej", "a contract concluded at a public auction"
    ),
    Exclusion.DATED_LEISURE_SERVICE: Text(
        "usługa zakwaterowania innego niż do celów mieszkalnych, przewozu rzeczy, najmu "
        "samochodów, gastronomii lub związana z wypoczynkiem albo wydarzeniami rozrywkowymi, "
        "sportowymi lub kulturalnymi",
        "accommodation other than for residential purposes, carriage of goods, car rental, "
        "catering, or services related to leisure, entertainment, sports or cultural events",
    ),
    Exclusion.DIGITAL_CONTENT_STARTED: Text(
        "treści cyfrowe niedostarczane na nośniku materialnym",
        "digital content not supplied on a tangible medium",
    ),
    Exclusion.REPAIR_VISIT_PERFORMED: Text(
        "usługa naprawy u konsumenta", "a repair service at the consumer's"
    ),
}


_DIGITAL_KIND_QUESTION = Text(
    "nie wiadomo, czy przedmiotem umowy są treści cyfrowe, czy usługa cyfrowa",
    "it is not known whether the contract is for digital content or a digital service",
)
_DIGITAL_LABELS = {
    Exclusion.SERVICE_FULLY_PERFORMED: Text(
        "umowa o świadczenie usługi cyfrowej", "a digital service contract"
    ),
}


def _point(
    exclusion: Exclusion,
    citation: Citation,
    kinds: frozenset[_Kind],
    *requirements: _Requirement,
    needs_price: bool = False,
) -> _Point:
    excluded = Reason(
        RIGHT,
        f"Prawo odstąpienia od umowy nie przysługuje: wyłącza je {citation.pl()}.",
        f"There is no right to withdraw from the contract: {citation.en()} excludes it.",
    )
    outside: dict[_Kind | None, Text] = {}
    kind_question = None
    only = _ONLY_FOR.get(kinds)
    if only is not None:
        fits_digital = {kind in kinds for kind in _DIGITAL_KINDS}
        for kind, is_ in _THIS_CONTRACT_IS.items():
            # An unknown digital kind fails only a point that fits neither digital kind.
            if kind not in kinds and (kind is not None or fits_digital == {False}):
                outside[kind] = Text(
                    f"ten wyjątek dotyczy tylko {only.pl}, a {is_.pl}",
                    f"this exclusion concerns only {only.en}, and {is_.en}",
                )
        if len(fits_digital) == 2:
            # The reason names the point's category beside the question ("umowa o
            # świadczenie usług"), so the question need not repeat it.
            kind_question = _DIGITAL_KIND_QUESTION
    return _Point(
        exclusion,
        citation,
        _LABELS[exclusion],
        _DIGITAL_LABELS.get(exclusion),
        kinds,
        outside,
        kind_question,
        needs_price,
        requirements,
        excluded,
    )


class _Screening(NamedTuple):
    """What the exclusions say: ``excluded`` is ``True``, ``False`` or ``None`` (unknown)."""

    excluded: bool | None
    point: _Point | None
    reason: Reason
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _ExclusionLaw:
    """Art. 38 as worded in one version: its points, and those ust. 2 sets aside."""

    points: dict[Exclusion, _Point]
    carved_out: frozenset[Exclusion]
    """Points that do not apply to unsolicited-visit or excursion contracts (art. 38 ust. 2)."""
    carve_out: Citation | None
    nothing_claimed: _Screening
    """The answer when the trader relies on no point."""
    not_yet: dict[Exclusion, Reason]
    """Points claimed for a contract concluded before the point existed."""


def _exclusion_law(*, from_2023: bool) -> _ExclusionLaw:
    def cite(point: int) -> Citation:
        # Art. 38 had no paragraphs until ust. 2 was added from 2023.
        return UOPK.art("38", "1" if from_2023 else None, str(point))

    x = Exclusion
    if from_2023:
        service = _point(
            x.SERVICE_FULLY_PERFORMED,
            cite(1),
            _SERVICES,
            _FULLY_PERFORMED,
            _PRIOR_CONSENT,
            _TOLD_OF_LOSS,
            _ACKNOWLEDGED,
            needs_price=True,
        )
        digital = _point(
            x.DIGITAL_CONTENT_STARTED,
            cite(13),
            _CONTENT,
            _BEGAN,
            _PRIOR_CONSENT_TO_BEGIN,
            _TOLD_OF_LOSS,
            _ACKNOWLEDGED,
            _CONFIRMED,
            needs_price=True,
        )
    else:
        service = _point(
            x.SERVICE_FULLY_PERFORMED,
            cite(1),
            _SERVICES,
            _FULLY_PERFORMED,
            _CONSENT_2014,
            _TOLD_OF_LOSS,
        )
        digital = _point(
            x.DIGITAL_CONTENT_STARTED,
            cite(13),
            _CONTENT,
            _BEGAN_2014,
            _CONSENT_TO_BEGIN_2014,
            _TOLD_OF_LOSS,
        )
    points = [
        service,
        _point(x.FINANCIAL_MARKET_PRICE, cite(2), _ANY),
        _point(x.MADE_TO_SPECIFICATION, cite(3), _GOODS),
        _point(x.PERISHABLE, cite(4), _GOODS),
        _point(x.SEALED_HEALTH_OR_HYGIENE, cite(5), _GOODS, _UNSEALED),
        _point(x.INSEPARABLY_MIXED, cite(6), _GOODS, _MIXED),
        _point(
            x.ALCOHOL_AT_MARKET_VALUE,
            cite(7),
            _GOODS,
            _PRICE_AGREED,
            _AFTER_30_DAYS,
            _MARKET_VALUE,
        ),
        _point(x.URGENT_REPAIR_VISIT, cite(8), _SERVICES, _URGENT_VISIT, _ONLY_REQUESTED),
        _point(x.SEALED_RECORDING_OR_SOFTWARE, cite(9), _GOODS, _UNSEALED),
        _point(x.PERIODICAL, cite(10), _ANY, _NOT_SUBSCRIPTION),
        _point(x.PUBLIC_AUCTION, cite(11), _ANY),
        _point(x.DATED_LEISURE_SERVICE, cite(12), _SERVICES, _FIXED_DATE),
        digital,
    ]
    not_yet: dict[Exclusion, Reason] = {}
    if from_2023:
        points.append(
            _point(
                x.REPAIR_VISIT_PERFORMED,
                cite(14),
                _SERVICES,
                _REPAIR_VISIT,
                _FULLY_PERFORMED,
                _PRIOR_CONSENT,
                needs_price=True,
            )
        )
    else:
        not_yet[x.REPAIR_VISIT_PERFORMED] = Reason(
            EXCLUSIONS,
            "Powołany wyjątek obowiązuje dopiero w umowach zawartych od 1 stycznia 2023 r.",
            "The exclusion relied on applies only to contracts concluded from 1 January 2023.",
            (UOPK.art("38", "1", "14"),),
        )
    catalogue = UOPK.art("38", "1") if from_2023 else UOPK.art("38")
    return _ExclusionLaw(
        points={point.exclusion: point for point in points},
        carved_out=frozenset({x(1), x(2), x(3), x(5)}) if from_2023 else frozenset(),
        carve_out=UOPK.art("38", "2") if from_2023 else None,
        nothing_claimed=_Screening(
            False,
            None,
            Reason(
                EXCLUSIONS,
                "Nie zachodzi żaden wyjątek z art. 38 UoPK: nie wskazano faktów dla żadnego z "
                "pkt 1–{last}.",
                "No exclusion of Art. 38 UoPK applies: no facts were given for any of "
                "points 1-{last}.",
                (catalogue,),
                {"last": len(points)},
            ),
        ),
        not_yet=not_yet,
    )


_EXCLUSIONS_2014 = _exclusion_law(from_2023=False)
_EXCLUSIONS_2023 = _exclusion_law(from_2023=True)


_CARVED_OUT = {
    setting: Text(
        f"umowę zawarto podczas {during.pl}, a do takich umów tego wyjątku nie stosuje się",
        f"the contract was concluded during {during.en}, and the exclusion does not apply to "
        "such contracts",
    )
    for setting, during in _SETTING_DURING.items()
}
_NOT_FOR_VISITS_AND_TRIPS = UOPK.art("38", "2")
_SETTING_QUESTION = Text(
    "nie wiadomo, czy umowę zawarto podczas nieumówionej wizyty lub wycieczki, do których tego "
    "wyjątku nie stosuje się",
    "it is not known whether the contract was concluded during an unsolicited visit or an "
    "excursion, to which the exclusion does not apply",
)


def _screen(claim: ExclusionClaim | None, contract: Contract, law: _ExclusionLaw) -> _Screening:
    """The point claimed, its conditions in the law's order, then art. 38 ust. 2."""
    if claim is None:
        return law.nothing_claimed
    point = law.points.get(claim.point)
    if point is None:
        return _Screening(False, None, law.not_yet[claim.point])
    basis: tuple[Citation, ...] = (point.citation,)
    failed: Text | None = None
    met: list[Text] = []
    unknown: list[_Requirement] = []
    kind = _KIND_OF[contract.subject, contract.digital]
    # The kind of contract first, as each point names it first; a digital contract of unknown
    # kind is open for a point that fits one digital kind and not the other.
    kind_unknown = kind is None and point.kind_question is not None
    if kind in point.outside:
        failed = point.outside[kind]
    elif point.needs_price and contract.paid_with_personal_data_only:
        failed = _NO_PRICE
    else:
        if point.needs_price:
            met.append(_PRICE_OWED)
        for requirement in point.requirements:
            value = getattr(claim, requirement.fact)
            if value is None:
                unknown.append(requirement)
            elif value is requirement.wanted:
                met.append(requirement.met)
            else:
                failed = requirement.unmet
                break
    setting_unknown = False
    if (
        failed is None
        and law.carve_out is not None
        and point.exclusion in law.carved_out
        and contract.channel is Channel.OFF_PREMISES
    ):
        setting = contract.off_premises_setting
        if setting is None:
            setting_unknown = True
        elif setting in _VISIT_OR_TRIP:
            basis = (point.citation, law.carve_out)
            failed = _CARVED_OUT[setting]
    if failed is not None:
        return _Screening(
            False,
            point,
            Reason(
                EXCLUSIONS,
                "Powołany wyjątek nie zachodzi: {why}.",
                "The exclusion relied on does not apply: {why}.",
                basis,
                {"why": failed},
            ),
        )
    if unknown or setting_unknown or kind_unknown:
        questions = [requirement.question for requirement in unknown]
        missing = [requirement.path for requirement in unknown]
        if kind_unknown:
            assert point.kind_question is not None  # set whenever the kind decides
            questions.insert(0, point.kind_question)
            missing.insert(0, "contract.digital")
        if setting_unknown:
            questions.append(_SETTING_QUESTION)
            missing.append("contract.off_premises_setting")
            basis = (point.citation, _NOT_FOR_VISITS_AND_TRIPS)
        return _Screening(
            None,
            point,
            Reason(
                EXCLUSIONS,
                "Nie da się ocenić powołanego wyjątku ({label}): {questions}.",
                "The exclusion relied on ({label}) cannot be assessed: {questions}.",
                basis,
                {"label": point.label, "questions": tuple(questions)},
            ),
            tuple(missing),
        )
    pl, en = _EXCLUDED_WITH_CONDITIONS if met else _EXCLUDED
    label = point.label
    if kind is _Kind.DIGITAL_SERVICE and point.digital_label is not None:
        label = point.digital_label
    reason = Reason(EXCLUSIONS, pl, en, basis, {"label": label, "conditions": tuple(met)})
    return _Screening(True, point, reason)


_EXCLUDED = (
    "Prawo odstąpienia nie przysługuje: {label}.",
    "There is no right of withdrawal: {label}.",
)
_EXCLUDED_WITH_CONDITIONS = (
    "Prawo odstąpienia nie przysługuje: {label}; {conditions}.",
    "There is no right of withdrawal: {label}; {conditions}.",
)


_EXCLUSIONS_TITLE = Text("Wyjątki od prawa odstąpienia", "Exclusions from the right of withdrawal")
_EXCLUSIONS_SUMMARY = Text(
    "Umowy, od których konsument nie może odstąpić, każda z własnymi warunkami; niczego nie "
    "zakłada się bez wskazanych faktów.",
    "Contracts the consumer cannot withdraw from, each with its own conditions; none is "
    "presumed without the facts.",
)
_PRE_2023_WORDING = Interpretation(
    "Brzmienie art. 38 sprzed 2023 r. (pkt 1 bez „przyjął to do wiadomości” i bez wymogu "
    "ceny, pkt 13 bez potwierdzenia, bez pkt 14 i ust. 2) przyjęto według tekstu cytowanego w "
    "źródłach wtórnych; nie sprawdzono go z tekstem urzędowym. W pkt 1 i 13 w tym brzmieniu "
    "wymaga się zgody udzielonej przed spełnieniem świadczenia.",
    "The pre-2023 wording of Art. 38 (pkt 1 without the acknowledgment or the price, pkt 13 "
    "without the confirmation, no pkt 14 and no ust. 2) follows the text as quoted by "
    "secondary sources; it was not checked against the official text. Under that wording "
    "of pkt 1 and 13 the consent must precede performance.",
)
_2023_WORDING = Interpretation(
    "Brzmienie art. 38 od 2023 r.: pkt 1-6 według tekstu jednolitego Dz.U. 2023 poz. 2759, "
    "przytoczonego w źródle wtórnym; pkt 7-14 i ust. 2 według omówień ustawy i przytoczeń "
    "przepisu w regulaminach, zgodnych co do warunków każdego punktu. Nie sprawdzono ich z "
    "tekstem jednolitym Dz.U. 2026 poz. 1244, na którym opiera się biblioteka.",
    "The 2023 wording of Art. 38: pkt 1-6 follow the consolidated text Dz.U. 2023 poz. 2759 as "
    "quoted by a secondary source; pkt 7-14 and ust. 2 follow summaries of the act and "
    "quotations of it in shop terms, which agree on each point's conditions. They were "
    "not checked against the consolidated text Dz.U. 2026 poz. 1244 the library relies on.",
)
_DIGITAL_CONTENT_OR_SERVICE = Interpretation(
    "Art. 38 UoPK: umowy o świadczenie usług (pkt 1, 8, 12 i 14) obejmują także usługi "
    "cyfrowe (art. 2 pkt 6 UoPK: SaaS, hosting), a pkt 13 tylko treści cyfrowe (art. 2 pkt 5). "
    "Usługę cyfrową wyłącza więc dopiero jej pełne wykonanie (pkt 1), a nie samo rozpoczęcie "
    "świadczenia. W umowach sprzed 2023 r., gdy ustawa nie definiowała usługi cyfrowej, "
    "traktuje się ją tak samo, jako usługę. Gdy nie podano, czy umowa dotyczy treści cyfrowych, "
    "czy usługi cyfrowej, wyjątek, który dotyczy tylko jednej z nich, jest nieustalony.",
    "Art. 38 UoPK: service contracts (pkt 1, 8, 12 and 14) include digital services (Art. 2(6) "
    "UoPK: SaaS, hosting), and pkt 13 covers digital content only (Art. 2(5)). A digital "
    "service is therefore excluded only once fully performed (pkt 1), not as soon as supply "
    "begins. Contracts from before 2023, when the act did not define digital services, are "
    "read the same way: a digital service is a service. Where it is not given whether the "
    "contract is for digital content or a digital service, an exclusion that fits only one "
    "of them is undetermined.",
)
_UNKNOWN_PREREQUISITE = Interpretation(
    "Gdy przedsiębiorca powołuje się na wyjątek, a fakt, od którego wyjątek zależy, nie jest "
    "znany, rozstrzygnięcie jest nieustalone (z nazwą brakującego faktu); gdy fakt jest znany "
    "i warunek nie jest spełniony, prawo odstąpienia pozostaje.",
    "Where the trader relies on an exclusion and a fact it depends on is unknown, the answer "
    "is undetermined (naming the fact); where the fact is known and the condition fails, the "
    "right stays.",
)


@legacy_rule(
    EXCLUSIONS,
    title=_EXCLUSIONS_TITLE,
    summary=_EXCLUSIONS_SUMMARY,
    basis=tuple(p.citation for p in _EXCLUSIONS_2014.points.values()),
    valid_from=date(2014, 12, 25),
    valid_until=date(2022, 12, 31),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_PRE_2023_WORDING, _UNKNOWN_PREREQUISITE, _DIGITAL_CONTENT_OR_SERVICE),
)
def _exclusions_2014(claim: ExclusionClaim | None, contract: Contract) -> _Screening:
    """Art. 38 pkt 1-13 UoPK as in force until 2022: pkt 1 needs full performance of a
    service with the consumer's express consent after being told of the loss; pkt 13 needs
    supply of digital content (not on a tangible medium) begun with express consent after
    being told. No pkt 14, no carve-out for visits and excursions.

    Interpretation: this wording is taken from secondary sources quoting the act, not checked
    against the official text, and the consent in pkt 1 and 13 must precede performance; an
    unknown prerequisite of a claimed point leaves the answer undetermined; a digital service
    (SaaS, hosting), which the act did not define before 2023, is a service (pkt 1), not
    digital content (pkt 13), and an unknown digital kind leaves pkt 1 and 13 undetermined."""
    return _screen(claim, contract, _EXCLUSIONS_2014)


@legacy_rule(
    EXCLUSIONS,
    basis=(
        *(p.citation for p in _EXCLUSIONS_2023.points.values()),
        UOPK.art("38", "2"),
    ),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_2023_WORDING,),
)
def _exclusions_2023(claim: ExclusionClaim | None, contract: Contract) -> _Screening:
    """Art. 38 ust. 1 pkt 1-14 UoPK from 2023: pkt 1 and 13 also need the consumer's
    acknowledgment and a price (pkt 13 also the confirmation on a durable medium); pkt 14
    (a repair visit fully performed with express prior consent) is new; ust. 2 sets aside
    pkt 1, 2, 3 and 5 for unsolicited visits and excursions. Pkt 1, 8, 12 and 14 concern
    services, digital services (art. 2 pkt 6) included; pkt 13 only digital content (art. 2
    pkt 5).

    Interpretation: pkt 1-6 follow the consolidated text Dz.U. 2023 poz. 2759 as quoted by a
    secondary source; pkt 7-14 and ust. 2 follow summaries of the act and quotations of it
    in shop terms. They were not checked against the consolidated text Dz.U. 2026 poz. 1244.
    Digital services and content, unknown prerequisites: as in the previous version."""
    return _screen(claim, contract, _EXCLUSIONS_2023)


# ---------------------------------------------------------------------------------------
# The public question: may this customer withdraw, until when, and was the statement in time?

_RIGHT_RULE = REGISTRY[RIGHT]
_PERIOD_RULE = REGISTRY[PERIOD]
_EXCLUSIONS_RULE = REGISTRY[EXCLUSIONS]
_STATEMENT_RULE = REGISTRY[STATEMENT]


_NO_RIGHT = Reason(
    RIGHT,
    "Prawo odstąpienia od umowy nie przysługuje.",
    "There is no right to withdraw from the contract.",
)
_NOT_STARTED = Reason(
    RIGHT,
    "Prawo odstąpienia od umowy przysługuje; termin jeszcze nie biegnie.",
    "The right to withdraw from the contract exists; its period has not started yet.",
)
_LASTS = Text(
    "Prawo odstąpienia od umowy przysługuje", "The right to withdraw from the contract lasts"
)


def _unknown(missing: tuple[str, ...], *, right_exists: bool) -> Reason:
    if right_exists:
        return missing_summary(
            RIGHT,
            "Prawo odstąpienia od umowy przysługuje, ale nie da się ustalić terminu",
            "The right to withdraw from the contract exists, but its deadline cannot be determined",
            missing,
        )
    return missing_summary(
        RIGHT,
        "Nie da się ustalić, czy przysługuje prawo odstąpienia od umowy",
        "Whether the right to withdraw from the contract exists cannot be determined",
        missing,
    )


def _check_facts(
    contract: Contract,
    deliveries: Sequence[Delivery],
    information: RightInformation,
    exclusion: ExclusionClaim | None,
    statement_sent_on: date | None,
) -> None:
    """Facts that cannot all be true are refused before any rule runs."""
    concluded = contract.concluded_on
    if statement_sent_on is not None:
        not_before("statement_sent_on", statement_sent_on, concluded, "the contract")
    if information.on is not None:
        not_before("information.on", information.on, concluded, "the contract")
    if deliveries and contract.subject is not Subject.GOODS:
        raise InvalidFacts(
            "deliveries",
            f"a {contract.subject.value} contract has no goods to take into possession; its "
            "period runs from conclusion",
        )
    for i, delivery in enumerate(deliveries):
        if delivery.received_on < concluded:
            not_before(
                f"deliveries[{i}].received_on", delivery.received_on, concluded, "the contract"
            )
    if len(deliveries) > contract.parts and not contract.regular_supply:
        raise InvalidFacts(
            "deliveries",
            f"{len(deliveries)} deliveries for goods delivered in {contract.parts} part(s) "
            "(contract.parts)",
        )
    if exclusion is not None and not deliveries:
        for fact in ("unsealed_after_delivery", "mixed_after_delivery"):
            if getattr(exclusion, fact) is True:
                raise InvalidFacts(
                    f"exclusion.{fact}", "no delivery has been taken into possession"
                )


@entry(STATEMENT)
@entry(EXCLUSIONS)
@entry(PERIOD)
@entry(RIGHT)
def withdrawal(
    customer: Customer,
    contract: Contract,
    *,
    deliveries: Sequence[Delivery] = (),
    information: RightInformation = INFORMED_BY_CONCLUSION,
    exclusion: ExclusionClaim | None = None,
    statement_sent_on: date | None = None,
) -> WithdrawalDecision:
    """May ``customer`` withdraw from ``contract``, until when, and was the statement in time?

    ``deliveries`` are the goods (lots, parts) taken into possession so far. ``information``
    left at its default (:data:`~regulamin.models.withdrawal.INFORMED_BY_CONCLUSION`) is
    *assumed*: the consumer told of the right by conclusion (art. 12 ust. 1 pkt 9 UoPK), and
    the decision says so and lists it in ``assumed``; pass
    :meth:`RightInformation.by_conclusion` to state it as a fact, or
    :meth:`RightInformation.unknown` when it is not known. ``exclusion``
    is the art. 38 point the trader relies on, with its facts. ``statement_sent_on`` is the
    day the consumer sent the statement, when there is one.

    The law is taken as of the contract's conclusion; a contract before 2014-12-25 is
    :class:`~regulamin.errors.LawNotCovered`. Facts that contradict each other (a statement
    or a delivery before conclusion, more deliveries than parts) raise
    :class:`~regulamin.errors.InvalidFacts`.
    """
    _check_facts(contract, deliveries, information, exclusion, statement_sent_on)
    concluded = contract.concluded_on
    status = customer_status(customer, concluded)
    keys = {KeyDate.CONTRACT_CONCLUDED: concluded}
    allowed, reasons = _RIGHT_RULE.version_for(keys).func(status, contract)
    if allowed is not True:
        if isinstance(allowed, Undetermined):
            summary = _unknown(allowed.missing, right_exists=False)
        else:
            summary = _NO_RIGHT
        return WithdrawalDecision(
            rule=RIGHT,
            outcome=allowed,
            summary=summary,
            reasons=reasons,
            law_as_of=concluded,
            status=status.outcome,
            statement_sent_on=statement_sent_on,
        )

    screening: _Screening = _EXCLUSIONS_RULE.version_for(keys).func(exclusion, contract)
    if screening.excluded is not False:
        point = screening.point
        assert point is not None  # only a claimed point excludes or leaves it open
        if screening.excluded:
            outcome: bool | Undetermined = False
            summary = point.excluded
        else:
            outcome = Undetermined(screening.missing)
            summary = _unknown(screening.missing, right_exists=False)
        return WithdrawalDecision(
            rule=RIGHT,
            outcome=outcome,
            summary=summary,
            reasons=(*reasons, screening.reason),
            law_as_of=concluded,
            exclusion=point.exclusion if screening.excluded else None,
            status=status.outcome,
            statement_sent_on=statement_sent_on,
        )

    period: _Period = _PERIOD_RULE.version_for(keys).func(contract, deliveries, information)
    timely: bool | Undetermined | None = None
    reasons = (*reasons, *period.reasons)
    if statement_sent_on is not None:
        timely, sent = _STATEMENT_RULE.version_for(keys).func(statement_sent_on, period)
        reasons = (*reasons, sent)
    if period.deadline is not None:
        summary = until(RIGHT, _LASTS, period.deadline)
    elif period.starts_on is None:
        summary = _NOT_STARTED
    else:
        summary = _unknown(period.missing, right_exists=True)
    return WithdrawalDecision(
        rule=RIGHT,
        outcome=True,
        summary=summary,
        reasons=reasons,
        not_applied=(screening.reason, *period.not_applied),
        deadline=period.deadline,
        law_as_of=concluded,
        status=status.outcome,
        period_days=period.days,
        starts_on=period.starts_on,
        start_event=period.start_event,
        deadline_missing=period.missing,
        statement_sent_on=statement_sent_on,
        timely=timely,
        assumed=period.assumed,
    )


# ---------------------------------------------------------------------------------------
# After withdrawal: the trader's refund (art. 32-33) and the consumer's return (art. 34)

_REFUND_DAYS = UOPK.art("32", "1")
_WITHHOLD = UOPK.art("32", "3")
_CHEAPEST = UOPK.art("33")
_RETURN_DAYS = UOPK.art("34", "1")


def _check_after(
    contract: Contract, statement: WithdrawalStatement, goods_return: GoodsReturn | None
) -> None:
    concluded = contract.concluded_on
    not_before("statement.sent_on", statement.sent_on, concluded, "the contract")
    if goods_return is None:
        return
    for field in ("sent_back_on", "received_back_on", "dispatch_proof_received_on"):
        day: date | None = getattr(goods_return, field)
        if day is None:
            continue
        if contract.subject is not Subject.GOODS:
            raise InvalidFacts(
                f"goods_return.{field}", f"a {contract.subject.value} contract has no goods"
            )
        not_before(f"goods_return.{field}", day, concluded, "the contract")


_REFUNDED_IN_FULL = Reason(
    REFUND,
    "Konsument nie wybrał droższego sposobu dostarczenia niż najtańszy zwykły, więc koszt "
    "dostarczenia zwraca się w całości.",
    "The consumer chose no dearer delivery than the cheapest standard one, so delivery is "
    "refunded in full.",
    (_CHEAPEST,),
)


def _refund_amount(
    payments: Payments,
) -> tuple[Decimal | Undetermined, tuple[Reason, ...], tuple[Reason, ...]]:
    """Art. 32 ust. 1 (every payment) capped for delivery by art. 33 (the cheapest option)."""
    paid = payments.delivery
    cheapest = payments.cheapest_standard_delivery
    extra: tuple[Reason, ...] = ()
    not_applied: tuple[Reason, ...] = ()
    if not paid:
        delivery = Decimal("0.00")
    elif cheapest is None:
        unknown = Reason(
            REFUND,
            "Konsument zapłacił {paid} za dostarczenie, ale nie wiadomo, ile kosztował "
            "najtańszy zwykły sposób dostarczenia oferowany przez przedsiębiorcę.",
            "The consumer paid {paid} for delivery, but the cheapest standard delivery the "
            "trader offered is not known.",
            (_CHEAPEST,),
            {"paid": paid},
        )
        return Undetermined(("payments.cheapest_standard_delivery",)), (unknown,), ()
    elif paid > cheapest:
        delivery = cheapest
        extra = (
            Reason(
                REFUND,
                "Konsument wybrał droższy sposób dostarczenia ({paid}) niż najtańszy zwykły "
                "oferowany przez przedsiębiorcę ({cheapest}); różnicy ({excess}) przedsiębiorca "
                "nie zwraca.",
                "The consumer chose a dearer delivery ({paid}) than the cheapest standard one "
                "the trader offered ({cheapest}); the trader need not refund the difference "
                "({excess}).",
                (_CHEAPEST,),
                {"paid": paid, "cheapest": cheapest, "excess": paid - cheapest},
            ),
        )
    else:
        delivery = paid
        not_applied = (_REFUNDED_IN_FULL,)
    total = payments.price + delivery
    refunded = Reason(
        REFUND,
        "Zwrotowi podlegają wszystkie płatności: {price} za przedmiot umowy i {delivery} za "
        "dostarczenie, razem {total}.",
        "Every payment is refunded: {price} for the subject of the contract and {delivery} for "
        "delivery, {total} in all.",
        (_REFUND_DAYS,),
        {"price": payments.price, "delivery": delivery, "total": total},
    )
    return total, (refunded, *extra), not_applied


_NO_WITHHOLDING = Reason(
    REFUND,
    "Przedsiębiorca zaproponował, że sam odbierze towar, więc nie może wstrzymać się ze "
    "zwrotem płatności.",
    "The trader offered to collect the goods itself, so it may not withhold the refund.",
    (_WITHHOLD,),
)
_MAY_WITHHOLD = Reason(
    REFUND,
    "Przedsiębiorca nie zaproponował, że sam odbierze towar, więc może wstrzymać się ze "
    "zwrotem do otrzymania towaru z powrotem albo dowodu jego odesłania, zależnie od tego, co "
    "nastąpi wcześniej.",
    "The trader did not offer to collect the goods, so it may withhold the refund until it "
    "gets them back or proof of their dispatch, whichever comes first.",
    (_WITHHOLD,),
)
_RECEIVING_THE_STATEMENT = Text(
    "otrzymania oświadczenia o odstąpieniu", "receiving the withdrawal statement"
)
_WITHDRAWING = Text("odstąpienia od umowy", "withdrawing")
_REFUNDS = Text(
    "Przedsiębiorca zwraca konsumentowi {amount}", "The trader refunds {amount} to the consumer"
)


@legacy_rule(
    REFUND,
    title=Text("Zwrot płatności po odstąpieniu", "Refund after withdrawal"),
    summary=Text(
        "Przedsiębiorca zwraca wszystkie płatności (dostarczenie do najtańszego zwykłego "
        "sposobu) w ciągu 14 dni od otrzymania oświadczenia; za towar może wstrzymać zwrot do "
        "jego otrzymania albo dowodu odesłania.",
        "The trader refunds every payment (delivery up to the cheapest standard option) within "
        "14 days of receiving the statement; for goods it may wait for them or proof of their "
        "dispatch.",
    ),
    basis=(_REFUND_DAYS, _WITHHOLD, _CHEAPEST, DAY_OF_EVENT_NOT_COUNTED, _ROLL),
    valid_from=date(2014, 12, 25),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(
        Interpretation(
            "Gdy towar albo dowód jego odesłania dotrze po upływie 14 dni od otrzymania "
            "oświadczenia, zwrot należy się najpóźniej w dniu, w którym dotarł.",
            "Where the goods or the proof of their dispatch arrive after the 14 days from "
            "receiving the statement, the refund is due at the latest on the day they arrive.",
        ),
    ),
)
def _refund_2014(
    contract: Contract,
    statement: WithdrawalStatement,
    payments: Payments,
    goods_return: GoodsReturn,
) -> RefundDecision:
    """Art. 32 ust. 1: all payments, within 14 days of receiving the statement. Art. 33: no
    refund of what a dearer delivery cost above the cheapest standard one. Art. 32 ust. 3:
    unless the trader offered to collect the goods, it may withhold the refund until it gets
    them back or proof of their dispatch, whichever comes first.

    Interpretation: goods or proof arriving after the 14 days make the refund due that day."""
    amount, reasons, not_applied = _refund_amount(payments)
    due, counted = count_days(
        REFUND,
        statement.received_on,
        14,
        counting=Counting.EU,
        event=_RECEIVING_THE_STATEMENT,
        basis=(_REFUND_DAYS,),
    )
    reasons += counted
    goods = contract.subject is Subject.GOODS
    may_withhold = goods and not goods_return.collection_offered
    arrivals = [
        day
        for day in (goods_return.received_back_on, goods_return.dispatch_proof_received_on)
        if day is not None
    ]
    released_on = min(arrivals) if arrivals else None
    payable_by: date | None = due.due
    if goods and goods_return.collection_offered:
        not_applied += (_NO_WITHHOLDING,)
    elif may_withhold:
        reasons += (_MAY_WITHHOLD,)
        if released_on is None:
            payable_by = None
        elif released_on > due.due:
            payable_by = released_on
            reasons += (
                Reason(
                    REFUND,
                    "Towar albo dowód jego odesłania dotarł {arrived} r., po upływie terminu, "
                    "więc zwrot należy się najpóźniej tego dnia.",
                    "The goods or the proof of their dispatch arrived on {arrived}, after the "
                    "period ended, so the refund is due on that day at the latest.",
                    (_WITHHOLD,),
                    {"arrived": released_on},
                ),
            )
    if isinstance(amount, Undetermined):
        summary = missing_summary(
            REFUND,
            "Nie da się ustalić kwoty zwrotu",
            "The refund amount cannot be determined",
            amount.missing,
        )
    elif payable_by is None:
        summary = Reason(
            REFUND,
            "Przedsiębiorca zwraca konsumentowi {amount}; do czasu otrzymania towaru albo "
            "dowodu jego odesłania może wstrzymać się ze zwrotem.",
            "The trader refunds {amount} to the consumer; until it gets the goods back or "
            "proof of their dispatch it may withhold the refund.",
            params={"amount": amount},
        )
    else:
        summary = by(REFUND, _REFUNDS, payable_by, amount=amount)
    return RefundDecision(
        rule=REFUND,
        outcome=amount,
        summary=summary,
        reasons=reasons,
        not_applied=not_applied,
        deadline=due.due,
        law_as_of=contract.concluded_on,
        may_withhold=may_withhold,
        released_on=released_on if may_withhold else None,
        payable_by=payable_by,
    )


_REFUND_RULE = REGISTRY[REFUND]
_NO_GOODS_BACK = GoodsReturn()


@entry(REFUND)
def refund(
    contract: Contract,
    statement: WithdrawalStatement,
    payments: Payments,
    goods_return: GoodsReturn | None = None,
) -> RefundDecision:
    """What the trader refunds after the consumer withdrew, and by when (art. 32-33 UoPK).

    Assumes the withdrawal was effective (see :func:`withdrawal`). ``goods_return`` says
    whether the trader offered to collect the goods and when they, or proof of their
    dispatch, arrived; without it nothing has arrived and no collection was offered.
    """
    _check_after(contract, statement, goods_return)
    version = _REFUND_RULE.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    decision: RefundDecision = version.func(
        contract, statement, payments, goods_return or _NO_GOODS_BACK
    )
    return decision


_FROM_SENDING = Interpretation(
    "Art. 34 ust. 1 UoPK: 14 dni na odesłanie towaru liczy się od dnia wysłania oświadczenia o "
    "odstąpieniu (wcześniejszej z możliwych dat), więc towar odesłany w tym terminie jest "
    "odesłany w terminie przy każdej wykładni.",
    "Art. 34(1) UoPK: the 14 days to send the goods back run from the day the withdrawal "
    "statement was sent (the earliest possible date), so goods sent within them are in time "
    "under any reading.",
)
_NOTHING_TO_RETURN = {
    "no_goods": (
        Reason(
            RETURN,
            "Konsument nie odsyła towaru: umowa nie dotyczy towaru.",
            "The consumer sends no goods back: the contract is not for goods.",
        ),
        Reason(
            RETURN,
            "Obowiązek odesłania dotyczy tylko towarów.",
            "Only goods have to be sent back.",
            (_RETURN_DAYS,),
        ),
    ),
    "collection": (
        Reason(
            RETURN,
            "Konsument nie musi odsyłać towaru: przedsiębiorca zaproponował, że sam go odbierze.",
            "The consumer need not send the goods back: the trader offered to collect them.",
        ),
        Reason(
            RETURN,
            "Przedsiębiorca zaproponował, że sam odbierze towar.",
            "The trader offered to collect the goods itself.",
            (_RETURN_DAYS,),
        ),
    ),
}
_SENT_BACK = Text("Towar odesłano", "The goods were sent back on")
_SENDS_BACK = (
    "Konsument odsyła towar najpóźniej {day} r.; wystarczy, że wyśle go przed upływem tego dnia.",
    "The consumer sends the goods back by {day} at the latest; sending them before that day "
    "ends is enough.",
)


@legacy_rule(
    RETURN,
    title=Text("Zwrot towaru przez konsumenta", "Return of the goods by the consumer"),
    summary=Text(
        "Konsument odsyła towar w ciągu 14 dni od odstąpienia od umowy, chyba że przedsiębiorca "
        "zaproponował, że sam go odbierze; wystarczy odesłanie przed upływem terminu.",
        "The consumer sends the goods back within 14 days of withdrawing, unless the trader "
        "offered to collect them; sending them before the period ends is enough.",
    ),
    basis=(_RETURN_DAYS, DAY_OF_EVENT_NOT_COUNTED, _ROLL),
    valid_from=date(2014, 12, 25),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_FROM_SENDING,),
)
def _return_2014(
    contract: Contract, statement: WithdrawalStatement, goods_return: GoodsReturn
) -> ReturnDecision:
    """Art. 34 ust. 1: the consumer returns the goods, or hands them to the person the trader
    authorised, within 14 days of withdrawing, unless the trader offered to collect them;
    sending them back before the period ends is enough.

    Interpretation: the day of withdrawing is the day the statement was sent."""
    concluded = contract.concluded_on
    if contract.subject is not Subject.GOODS or goods_return.collection_offered:
        why = "no_goods" if contract.subject is not Subject.GOODS else "collection"
        summary, reason = _NOTHING_TO_RETURN[why]
        return ReturnDecision(
            rule=RETURN, outcome=False, summary=summary, reasons=(reason,), law_as_of=concluded
        )
    due, reasons = count_days(
        RETURN,
        statement.sent_on,
        14,
        counting=Counting.EU,
        event=_WITHDRAWING,
        basis=(_RETURN_DAYS,),
    )
    timely: bool | None = None
    if goods_return.sent_back_on is not None:
        timely, sent = in_time(
            RETURN, _SENT_BACK, goods_return.sent_back_on, due.due, (_RETURN_DAYS,)
        )
        reasons += (sent,)
    return ReturnDecision(
        rule=RETURN,
        outcome=True,
        summary=Reason(RETURN, *_SENDS_BACK, params={"day": due.due}),
        reasons=reasons,
        deadline=due.due,
        law_as_of=concluded,
        timely=timely,
    )


_RETURN_RULE = REGISTRY[RETURN]


@entry(RETURN)
def return_deadline(
    contract: Contract, statement: WithdrawalStatement, goods_return: GoodsReturn | None = None
) -> ReturnDecision:
    """Must the consumer send the goods back after withdrawing, by when, and did they in time?

    Assumes the withdrawal was effective and the goods are with the consumer.
    """
    _check_after(contract, statement, goods_return)
    version = _RETURN_RULE.version_for({KeyDate.CONTRACT_CONCLUDED: contract.concluded_on})
    decision: ReturnDecision = version.func(contract, statement, goods_return or _NO_GOODS_BACK)
    return decision
