"""Withdrawal from a distance or off-premises contract (UoPK chapter 4, art. 27-38).

One module per article or group of articles: :mod:`.scope` (art. 27, 38a, 7aa),
:mod:`.period` (art. 27-29), :mod:`.statement` (art. 30), :mod:`.exclusions` (art. 38),
:mod:`.refund` (art. 32-34); :func:`withdrawal` asks the first four in turn.

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

import dataclasses
from collections.abc import Sequence
from datetime import date

from ...decision import Decision, Reason, Undetermined
from ...errors import InvalidFacts
from ...models import Contract, Customer, Delivery, OffPremisesSetting, Subject
from ...models.withdrawal import INFORMED_BY_CONCLUSION, ExclusionClaim, RightInformation
from ...reasons import not_before, undetermined
from ...registry import REGISTRY
from ..status import StatusDecision, customer_status
from .act_scope import SCOPE, act_scope
from .decisions import (
    ExclusionDecision,
    PeriodDecision,
    RefundDecision,
    ReturnDecision,
    StartEvent,
    WithdrawalDecision,
)
from .exclusions import EXCLUSIONS, exclusions
from .period import PERIOD, withdrawal_period
from .refund import REFUND, RETURN, refund, return_deadline
from .scope import RIGHT, right_undetermined, withdrawal_right
from .statement import STATEMENT, statement_in_time

__all__ = [
    "EXCLUSIONS",
    "PERIOD",
    "REFUND",
    "RETURN",
    "RIGHT",
    "SCOPE",
    "STATEMENT",
    "ExclusionDecision",
    "PeriodDecision",
    "RefundDecision",
    "ReturnDecision",
    "StartEvent",
    "WithdrawalDecision",
    "act_scope",
    "exclusions",
    "refund",
    "return_deadline",
    "statement_in_time",
    "withdrawal",
    "withdrawal_period",
    "withdrawal_right",
]


def _nothing_to_possess(contract: Contract, deliveries: Sequence[Delivery]) -> None:
    """Deliveries for a contract with nothing taken into possession are refused."""
    if deliveries and contract.utility_supply:
        raise InvalidFacts(
            "deliveries",
            "a supply of utilities not sold in a set volume (contract.utility_supply) is not "
            "taken into possession; its period runs from conclusion (art. 28 pkt 2 UoPK)",
        )
    if deliveries and contract.subject is not Subject.GOODS:
        raise InvalidFacts(
            "deliveries",
            f"a {contract.subject.value} contract has no goods to take into possession; its "
            "period runs from conclusion",
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
    _nothing_to_possess(contract, deliveries)
    for i, delivery in enumerate(deliveries):
        not_before(f"deliveries[{i}].received_on", delivery.received_on, concluded, "the contract")
    if len(deliveries) > contract.parts and not contract.regular_supply:
        raise InvalidFacts(
            "deliveries",
            f"{len(deliveries)} deliveries for goods delivered in {contract.parts} part(s) "
            "(contract.parts)",
        )
    if (
        exclusion is not None
        and exclusion.visit_requested is True
        and contract.off_premises_setting is OffPremisesSetting.UNSOLICITED_VISIT
    ):
        # art. 38 ust. 1 pkt 8 and 14: the consumer asked the trader to come, so the visit
        # was not unsolicited (art. 27 ust. 2); both cannot be true
        raise InvalidFacts(
            "exclusion.visit_requested",
            "the consumer asked for the visit, but contract.off_premises_setting says it was "
            "an unsolicited visit",
        )
    if exclusion is not None and not deliveries:
        for fact in ("unsealed_after_delivery", "mixed_after_delivery"):
            if getattr(exclusion, fact) is True:
                raise InvalidFacts(
                    f"exclusion.{fact}", "no delivery has been taken into possession"
                )


def _within_the_act(right: Decision[bool], scope: Decision[bool]) -> Decision[bool]:
    """Art. 3 UoPK before the right: outside the act there is no right; unknown facts of both
    are named together; a contract off premises says why the act reaches it."""
    # a contract the threshold does not concern (not off premises) applies without a reason
    if right.outcome is False or (scope.outcome is True and not scope.reasons[0].basis):
        return right
    if scope.outcome is False:
        return dataclasses.replace(
            right,
            outcome=False,
            summary=scope.reasons[0],
            reasons=(*right.reasons, *scope.reasons),
        )
    missing = tuple(
        fact
        for d in (right, scope)
        if isinstance(d.outcome, Undetermined)
        for fact in d.outcome.missing
    )
    if missing:
        return dataclasses.replace(
            right,
            outcome=Undetermined(missing),
            summary=right_undetermined(missing),
            reasons=(*right.reasons, *scope.reasons),
        )
    return dataclasses.replace(right, reasons=(*scope.reasons, *right.reasons))


def _refused(
    outcome: bool | Undetermined,
    summary: Reason,
    reasons: tuple[Reason, ...],
    *,
    status: StatusDecision,
    statement_sent_on: date | None,
    exclusion: ExclusionDecision | None = None,
) -> WithdrawalDecision:
    """No right, or no telling whether there is one: who may withdraw, or art. 38."""
    return WithdrawalDecision(
        rule=RIGHT,
        outcome=outcome,
        summary=summary,
        reasons=reasons,
        law_as_of=status.law_as_of,
        exclusion=exclusion.point if exclusion is not None and exclusion.outcome else None,
        status=status.outcome,
        statement_sent_on=statement_sent_on,
    )


def _excluded(
    right: Decision[bool],
    screening: ExclusionDecision,
    status: StatusDecision,
    statement_sent_on: date | None,
) -> WithdrawalDecision:
    """Art. 38 takes the right away, or may: the point relied on decides it or leaves it open."""
    reasons = (*right.reasons, *screening.reasons)
    if isinstance(screening.outcome, Undetermined):
        summary = right_undetermined(screening.outcome.missing)
        return _refused(
            screening.outcome, summary, reasons, status=status, statement_sent_on=statement_sent_on
        )
    return _refused(
        False,
        screening.summary,
        reasons,
        status=status,
        statement_sent_on=statement_sent_on,
        exclusion=screening,
    )


def _running(
    right: Decision[bool],
    screening: ExclusionDecision,
    period: PeriodDecision,
    *,
    status: StatusDecision,
    statement_sent_on: date | None,
    statement: Decision[bool] | None,
) -> WithdrawalDecision:
    """The right exists: until when (art. 27-29), and was the statement in time (art. 30)."""
    end = period.outcome
    if isinstance(end, date):
        summary = Reason(RIGHT, "withdrawal.right.lasts", (), {"day": end})
    elif end is None:
        summary = Reason(RIGHT, "withdrawal.right.not_started")
    else:
        summary = undetermined(RIGHT, "withdrawal.right.deadline_undetermined", end.missing)
    return WithdrawalDecision(
        rule=RIGHT,
        outcome=True,
        summary=summary,
        reasons=(*right.reasons, *period.reasons, *(statement.reasons if statement else ())),
        not_applied=(*screening.reasons, *period.not_applied),
        deadline=period.deadline,
        law_as_of=status.law_as_of,
        status=status.outcome,
        period_days=period.days,
        starts_on=period.starts_on,
        start_event=period.start_event,
        deadline_missing=period.missing,
        statement_sent_on=statement_sent_on,
        timely=None if statement is None else statement.outcome,
        assumed=period.assumed,
    )


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

    Each rule (``status.customer``, ``withdrawal.scope`` (art. 3 ust. 1 pkt 10 UoPK: an
    off-premises contract of no more than 50 zł is outside the act; an unknown price of an
    off-premises contract is undetermined), ``withdrawal.right``, ``withdrawal.exclusions``,
    ``withdrawal.period``, ``withdrawal.statement``) applies the law as of the contract's
    conclusion; a contract before 2014-12-25 is :class:`~regulamin.errors.LawNotCovered`.
    Facts that contradict each other (a statement or a delivery before conclusion, more
    deliveries than parts, a visit the consumer asked for under art. 38 ust. 1 pkt 8 or 14
    in a contract concluded during an unsolicited visit) raise
    :class:`~regulamin.errors.InvalidFacts`.
    """
    _check_facts(contract, deliveries, information, exclusion, statement_sent_on)
    status = customer_status(customer, contract.concluded_on)
    right = _within_the_act(withdrawal_right(status, contract), act_scope(contract))
    if right.outcome is not True:
        return _refused(
            right.outcome,
            right.summary,
            right.reasons,
            status=status,
            statement_sent_on=statement_sent_on,
        )
    screening = exclusions(exclusion, contract)
    if screening.outcome is not False:
        return _excluded(right, screening, status, statement_sent_on)
    period = withdrawal_period(contract, deliveries, information)
    statement = (
        None
        if statement_sent_on is None
        else statement_in_time(contract, statement_sent_on, period)
    )
    return _running(
        right,
        screening,
        period,
        status=status,
        statement_sent_on=statement_sent_on,
        statement=statement,
    )


for _rule_id in (SCOPE, RIGHT, PERIOD, EXCLUSIONS, STATEMENT):
    # the scenario runner and the engine ask every one of them through the whole question
    REGISTRY[_rule_id].entry = withdrawal
del _rule_id
