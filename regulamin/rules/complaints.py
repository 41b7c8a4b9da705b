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

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ..calendars import Counting
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK, Citation
from ..models import Complaint, Contract, Customer, Demand
from ..reasons import count_days, in_time, missing_summary, not_before
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
from .status import Status, consumer_rights_extension, customer_status


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

_COMPLAINT_ACCEPTED = Text("reklamację uważa się za uznaną", "the complaint is deemed accepted")
_DEMAND_ACCEPTED = Text(
    "żądanie uważa się za uznane za uzasadnione", "the demand is deemed accepted as justified"
)


@dataclass(slots=True)
class _ReplyPeriod:
    """What a version of the law says about this complaint: a period in days, no statutory
    period, or a missing fact."""

    days: int | None
    basis: tuple[Citation, ...] = ()
    accepted: Text = _COMPLAINT_ACCEPTED
    reasons: list[Reason] = field(default_factory=list)
    not_applied: list[Reason] = field(default_factory=list)
    missing: tuple[str, ...] = ()


_NON_CONSUMERS = {
    Status.PNPK: Text("przedsiębiorcy na prawach konsumenta", "a sole trader with consumer rights"),
    Status.TRADER: Text("przedsiębiorcy", "a trader"),
}
_CONSUMERS_ONLY = {
    _7A_1: Text(
        "Art. 7a ustawy o prawach konsumenta dotyczy reklamacji konsumenta, nie {who}: termin "
        "odpowiedzi wynika z umowy, a brak odpowiedzi nie oznacza uznania reklamacji.",
        "Art. 7a of the Consumer Rights Act covers a consumer's complaint, not one of {who}: "
        "the reply period is the contract's and silence is not acceptance.",
    ),
    _561_5: Text(
        "Art. 561⁵ Kodeksu cywilnego dotyczy żądań konsumenta, nie {who}: termin odpowiedzi "
        "wynika z umowy, a brak odpowiedzi nie oznacza uznania reklamacji.",
        "Art. 561⁵ of the Civil Code covers a consumer's demands, not those of {who}: the reply "
        "period is the contract's and silence is not acceptance.",
    ),
}
_CONSUMER_DEF = KC.art("22¹")


def _not_a_consumer(status: Status, consumers_only: Citation, concluded_on: date) -> Reason:
    """Why the statutory period is not this buyer's: ``consumers_only`` (art. 7a UoPK, or
    art. 561⁵ KC before art. 7a applied) is for consumers, and the provision that extends
    consumer rights to a PNPK under this contract (art. 38a UoPK for 2021-2022, art. 7aa ust.
    1 from 2023; before 2021 none, only the consumer's definition) does not reach it."""
    extension = consumer_rights_extension(concluded_on) or (_CONSUMER_DEF,)
    text = _CONSUMERS_ONLY[consumers_only]
    return Reason(
        REPLY, text.pl, text.en, (consumers_only, *extension), {"who": _NON_CONSUMERS[status]}
    )


_ART_7A = {
    days: Reason(
        REPLY,
        "Przedsiębiorca odpowiada na reklamację konsumenta na papierze lub innym trwałym "
        "nośniku w terminie {days} dni od jej otrzymania; inaczej reklamację uważa się za "
        "uznaną.",
        "The trader replies to a consumer's complaint on paper or another durable medium within "
        "{days} days of receiving it; otherwise the complaint is deemed accepted.",
        (_7A_1, _7A_2, _7A_3),
        {"days": days},
    )
    for days in (14, 30)
}
"""Art. 7a ust. 1-3 UoPK: 30 days in its first wording, 14 for contracts from 2023."""


def _trader_or_pnpk(
    status: Status, status_reason: Reason, consumers_only: Citation, concluded_on: date
) -> _ReplyPeriod:
    return _ReplyPeriod(
        None,
        reasons=[status_reason],
        not_applied=[_not_a_consumer(status, consumers_only, concluded_on)],
    )


def _consumer_7a(days: int, status_reason: Reason) -> _ReplyPeriod:
    return _ReplyPeriod(days, basis=(_7A_1,), reasons=[status_reason, _ART_7A[days]])


def _rekojmia_demand(
    status: Status, complaint: Complaint, reduction_amount_stated: bool | None
) -> Reason | tuple[str, ...] | None:
    """Art. 561⁵ KC: is this a demand the 14-day deemed acceptance covers? A reason if it is,
    the missing fact if that is unknown, ``None`` if it is not."""
    if complaint.demand is None:
        return ("complaint.demand",)
    if complaint.demand not in _REKOJMIA_DEMANDS:
        return None
    if complaint.demand is Demand.PRICE_REDUCTION:
        if reduction_amount_stated is None:
            return ("reduction_amount_stated",)
        if not reduction_amount_stated:
            return None
    via_pnpk = (_PNPK_REKOJMIA,) if status is Status.PNPK else ()
    return Reason(
        REPLY,
        "Żądanie naprawy, wymiany albo oświadczenie o obniżeniu ceny z podaniem kwoty, bez "
        "odpowiedzi sprzedawcy w ciągu 14 dni, uważa się za uznane za uzasadnione.",
        "A demand for repair or replacement, or a price-reduction statement naming the amount, "
        "left unanswered by the seller for 14 days is deemed accepted as justified.",
        (_561_5, *via_pnpk),
    )


_DEMAND_LABELS = {
    Demand.PRICE_REDUCTION: Text(
        "obniżenie ceny bez podania kwoty", "a price reduction without naming the amount"
    ),
    Demand.WITHDRAWAL: Text("odstąpienie od umowy", "withdrawal from the contract"),
    Demand.OTHER: Text("inne żądanie", "another demand"),
}


def _not_a_rekojmia_demand(complaint: Complaint) -> Reason:
    demand = _DEMAND_LABELS.get(complaint.demand or Demand.OTHER, _DEMAND_LABELS[Demand.OTHER])
    return Reason(
        REPLY,
        "Art. 561⁵ KC obejmuje tylko żądanie naprawy, wymiany albo obniżenia ceny z podaniem "
        "kwoty; ta reklamacja zawiera: {demand}.",
        "Art. 561⁵ KC covers only a demand for repair, replacement, or a price reduction naming "
        "the amount; this complaint makes: {demand}.",
        (_561_5,),
        {"demand": demand},
    )


def _before_2023(
    status: Status,
    status_reason: Reason,
    complaint: Complaint,
    reduction_amount_stated: bool | None,
    concluded_on: date,
    *,
    art_7a_days: int | None,
) -> _ReplyPeriod:
    """Contracts before 2023: art. 561⁵ KC for rękojmia demands (consumer; PNPK via art. 556⁴
    KC), else art. 7a UoPK where it applies (consumers, complaints from 2017-01-10)."""
    consumers_only = _561_5 if art_7a_days is None else _7A_1
    if status is Status.TRADER:
        return _trader_or_pnpk(status, status_reason, consumers_only, concluded_on)
    demand = _rekojmia_demand(status, complaint, reduction_amount_stated)
    if isinstance(demand, tuple):
        return _ReplyPeriod(None, reasons=[status_reason], missing=demand)
    if isinstance(demand, Reason):
        period = _ReplyPeriod(14, basis=(_561_5,), accepted=_DEMAND_ACCEPTED)
        period.reasons += [status_reason, demand]
        if status is Status.CONSUMER and art_7a_days is not None:
            period.not_applied.append(
                Reason(
                    REPLY,
                    "Ogólny termin {days} dni z art. 7a ustępuje przepisowi odrębnemu (art. 561⁵ "
                    "KC).",
                    "The general {days}-day period of art. 7a gives way to the separate provision "
                    "(art. 561⁵ KC).",
                    (_7A_1,),
                    {"days": art_7a_days},
                )
            )
        return period
    if status is Status.PNPK:
        period = _trader_or_pnpk(status, status_reason, consumers_only, concluded_on)
    elif art_7a_days is not None:
        period = _consumer_7a(art_7a_days, status_reason)
    else:
        period = _ReplyPeriod(None, reasons=[status_reason])
        period.not_applied.append(
            Reason(
                REPLY,
                "Art. 7a ustawy o prawach konsumenta stosuje się do reklamacji składanych od 10 "
                "stycznia 2017 r.",
                "Art. 7a of the Consumer Rights Act applies to complaints made from 10 January "
                "2017.",
                (_7A_1,),
            )
        )
    period.not_applied.append(_not_a_rekojmia_demand(complaint))
    return period


_TRANSITION_2023 = Interpretation(
    "Termin 14 dni z art. 7a UoPK stosuje się do umów zawartych od 1 stycznia 2023 r.; do "
    "reklamacji z wcześniejszych umów – dotychczasowy art. 7a (30 dni) i art. 561⁵ KC. Przepis "
    "przejściowy ustawy zmieniającej nie został sprawdzony w tekście źródłowym.",
    "The 14 days of art. 7a UoPK apply to contracts concluded from 1 January 2023; complaints "
    "under earlier contracts keep the old art. 7a (30 days) and art. 561⁵ KC. The amending "
    "act's transitional provision has not been checked against the source text.",
)
_MUST_REACH = Interpretation(
    "Odpowiedź musi dotrzeć do konsumenta przed upływem terminu; samo wysłanie nie wystarcza "
    "(ostrożna wykładnia). replied_on to dzień, w którym odpowiedź dotarła.",
    "The reply must reach the consumer before the period ends; sending it is not enough (the "
    "safe reading). replied_on is the day the reply reached the consumer.",
)
_PNPK_561_5 = Interpretation(
    "Do przedsiębiorcy na prawach konsumenta (umowy z lat 2021-2022) art. 561⁵ KC stosuje się "
    "przez art. 556⁴ KC; art. 7a UoPK – nie.",
    "For a sole trader with consumer rights (contracts of 2021-2022) art. 561⁵ KC applies "
    "through art. 556⁴ KC; art. 7a UoPK does not.",
)
_ANY_SUBJECT_561_5 = Interpretation(
    "Żądanie naprawy, wymiany albo obniżenia ceny z umowy konsumenckiej sprzed 2023 r. "
    "biblioteka traktuje jako żądanie z rękojmi objęte art. 561⁵ KC bez względu na przedmiot "
    "umowy (krótszy termin jest bezpieczniejszy dla przedsiębiorcy).",
    "A demand for repair, replacement or a price reduction under a consumer contract before "
    "2023 is treated as a rękojmia demand under art. 561⁵ KC whatever the contract's subject "
    "(the shorter period is the safer one for the trader).",
)


@legacy_rule(
    REPLY,
    title=Text("Odpowiedź na reklamację", "Reply to a complaint"),
    summary=Text(
        "Termin odpowiedzi na reklamację konsumenta i skutek jego upływu (uznanie reklamacji).",
        "The deadline for replying to a consumer's complaint and the effect of missing it "
        "(deemed acceptance).",
    ),
    basis=(KC.art("561⁵"),),
    valid_from=date(2014, 12, 25),
    valid_until=date(2017, 1, 9),
    keyed_on=KeyDate.COMPLAINT_RECEIVED,
    interpretations=(_ANY_SUBJECT_561_5, _MUST_REACH),
)
def _reply_before_7a(
    status: Status,
    status_reason: Reason,
    complaint: Complaint,
    amount_stated: bool | None,
    concluded_on: date,
) -> _ReplyPeriod:
    """Complaints received before 2017-01-10: art. 7a did not yet apply; only art. 561⁵ KC
    gives a consumer's rękojmia demand (repair, replacement, price reduction naming the
    amount) a 14-day period with deemed acceptance."""
    return _before_2023(
        status, status_reason, complaint, amount_stated, concluded_on, art_7a_days=None
    )


@legacy_rule(
    REPLY,
    basis=(_7A_1, _7A_2, _7A_3, KC.art("561⁵"), KC.art("556⁴"), UOPK.art("38a")),
    valid_from=date(2017, 1, 10),
    keyed_on=KeyDate.COMPLAINT_RECEIVED,
    interpretations=(_PNPK_561_5,),
)
def _reply_2017(
    status: Status,
    status_reason: Reason,
    complaint: Complaint,
    amount_stated: bool | None,
    concluded_on: date,
) -> _ReplyPeriod:
    """Complaints received from 2017-01-10 under contracts concluded before 2023: art. 7a
    UoPK in its first wording, 30 days, unless art. 561⁵ KC (14 days) covers the demand.
    A PNPK (contracts of 2021-2022) is not a consumer for art. 7a: art. 38a UoPK extended
    only chapter 4."""
    return _before_2023(
        status, status_reason, complaint, amount_stated, concluded_on, art_7a_days=30
    )


@legacy_rule(
    REPLY,
    basis=(_7A_1, _7A_2, _7A_3, UOPK.art("7aa", "1")),
    valid_from=date(2023, 1, 1),
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    interpretations=(_TRANSITION_2023,),
)
def _reply_2023(
    status: Status,
    status_reason: Reason,
    complaint: Complaint,
    amount_stated: bool | None,
    concluded_on: date,
) -> _ReplyPeriod:
    """Contracts concluded from 2023-01-01: art. 7a UoPK, 14 days, for consumers only (a PNPK
    gets chapters 4, 5a and 5b, not chapter 1: art. 7aa ust. 1). Interpretation: keyed on
    the contract's conclusion, like the 2022 acts' other transitional rules."""
    if status is not Status.CONSUMER:
        return _trader_or_pnpk(status, status_reason, _7A_1, concluded_on)
    return _consumer_7a(14, status_reason)


_REPLY_RULE = REGISTRY[REPLY]

_SUMMARIES = {
    ReplyStatus.PENDING: Text(
        "Odpowiedź na reklamację musi dotrzeć do konsumenta najpóźniej {due} r.",
        "The reply to the complaint must reach the consumer by {due} at the latest.",
    ),
    ReplyStatus.ANSWERED_IN_TIME: Text(
        "Odpowiedź na reklamację dotarła do konsumenta {replied_on} r., w terminie (do {due} r.).",
        "The reply to the complaint reached the consumer on {replied_on}, in time (by {due}).",
    ),
    ReplyStatus.DEEMED_ACCEPTED: Text(
        "Odpowiedź nie dotarła do konsumenta do {due} r.: {accepted}.",
        "No reply reached the consumer by {due}: {accepted}.",
    ),
    ReplyStatus.NO_STATUTORY_DEADLINE: Text(
        "Ustawa nie wyznacza terminu odpowiedzi na tę reklamację: obowiązuje termin z umowy, a "
        "brak odpowiedzi nie oznacza uznania reklamacji.",
        "The law sets no deadline for replying to this complaint: the contract's period "
        "applies and silence is not acceptance.",
    ),
}


_NO_STATUTORY_DEADLINE = Reason(
    REPLY,
    _SUMMARIES[ReplyStatus.NO_STATUTORY_DEADLINE].pl,
    _SUMMARIES[ReplyStatus.NO_STATUTORY_DEADLINE].en,
)


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


_ARRIVED = Text("Odpowiedź dotarła do konsumenta", "The reply reached the consumer on")


def _standing(
    period: _ReplyPeriod, due: date, today: date, replied_on: date | None
) -> tuple[ReplyStatus, Reason]:
    """Art. 7a ust. 2 UoPK, art. 561⁵ KC: has the reply reached the consumer in time?"""
    basis = (_7A_2,) if period.basis == (_7A_1,) else period.basis
    if replied_on is not None:
        timely, reason = in_time(REPLY, _ARRIVED, replied_on, due, basis)
        return ReplyStatus.ANSWERED_IN_TIME if timely else ReplyStatus.DEEMED_ACCEPTED, reason
    params = {"due": due, "today": today, "accepted": period.accepted}
    if today > due:
        return ReplyStatus.DEEMED_ACCEPTED, Reason(
            REPLY,
            "Do {today} r. odpowiedź nie dotarła, a termin upłynął {due} r.: {accepted}.",
            "By {today} no reply had arrived and the period ended on {due}: {accepted}.",
            basis,
            params,
        )
    return ReplyStatus.PENDING, Reason(
        REPLY,
        "Do {today} r. odpowiedź nie dotarła; termin jeszcze biegnie.",
        "By {today} no reply has arrived; the period is still running.",
        basis,
        params,
    )


@entry(REPLY)
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
    version = _REPLY_RULE.version_for(
        {
            KeyDate.CONTRACT_CONCLUDED: contract.concluded_on,
            KeyDate.COMPLAINT_RECEIVED: complaint.received_on,
        }
    )
    law_as_of = (
        contract.concluded_on
        if version.keyed_on is KeyDate.CONTRACT_CONCLUDED
        else complaint.received_on
    )
    status = customer_status(customer, contract.concluded_on)
    if isinstance(status.outcome, Undetermined):
        return _undetermined(status.outcome.missing, law_as_of, status.summary, *status.reasons)
    period: _ReplyPeriod = version.func(
        status.outcome, status.summary, complaint, reduction_amount_stated, contract.concluded_on
    )
    if period.missing:
        return _undetermined(period.missing, law_as_of, *period.reasons)
    if period.days is None:
        return ComplaintDecision(
            rule=REPLY,
            outcome=ReplyStatus.NO_STATUTORY_DEADLINE,
            summary=_NO_STATUTORY_DEADLINE,
            reasons=tuple(period.reasons),
            not_applied=tuple(period.not_applied),
            law_as_of=law_as_of,
        )
    due, counted = count_days(
        REPLY,
        complaint.received_on,
        period.days,
        counting=Counting.KC,
        event=_RECEIVING_THE_COMPLAINT,
        basis=period.basis,
    )
    standing, standing_reason = _standing(period, due.due, today, replied_on)
    template = _SUMMARIES[standing]
    summary = Reason(
        REPLY,
        template.pl,
        template.en,
        params={"due": due.due, "replied_on": replied_on, "accepted": period.accepted},
    )
    return ComplaintDecision(
        rule=REPLY,
        outcome=standing,
        summary=summary,
        reasons=(*period.reasons, *counted, standing_reason),
        not_applied=tuple(period.not_applied),
        deadline=due.due,
        law_as_of=law_as_of,
        reply_days=period.days,
        nominal_end=due.nominal,
    )


_RECEIVING_THE_COMPLAINT = Text("otrzymania reklamacji", "receiving the complaint")


def _undetermined(missing: tuple[str, ...], law_as_of: date, *reasons: Reason) -> ComplaintDecision:
    return ComplaintDecision(
        rule=REPLY,
        outcome=Undetermined(missing),
        summary=missing_summary(
            REPLY,
            "Nie da się ustalić terminu odpowiedzi na reklamację",
            "The reply deadline cannot be determined",
            missing,
        ),
        reasons=reasons,
        law_as_of=law_as_of,
    )


__all__ = ["ComplaintDecision", "ReplyStatus", "complaint_reply"]
