"""The statement in time (art. 30 ust. 2 UoPK).

Sending the statement of withdrawal before the period ends is enough to keep the period: the
day it is sent, not the day the trader receives it, is compared with the end.
"""

from __future__ import annotations

from datetime import date

from ...decision import Decision, Reason, Undetermined
from ...law import UOPK, UOPK_IN_FORCE
from ...models import Contract
from ...registry import Interpretation, rule
from .decisions import PeriodDecision

STATEMENT = "withdrawal.statement"
_ART30 = UOPK.art("30", "2")
_RIGHT_FROM_CONCLUSION = UOPK.art("27")


def _assessed(contract: Contract, timely: bool | Undetermined, reason: Reason) -> Decision[bool]:
    return Decision(
        rule=STATEMENT,
        outcome=timely,
        summary=reason,
        reasons=(reason,),
        law_as_of=contract.concluded_on,
    )


def _in_time(sent_on: date, period: PeriodDecision) -> tuple[bool | Undetermined, Reason]:
    """Art. 30 ust. 2: sending the statement before the period ends keeps it."""
    due = period.deadline
    if isinstance(due, date):
        timely = sent_on <= due
        message = "withdrawal.statement.in_time" if timely else "withdrawal.statement.too_late"
        return timely, Reason(STATEMENT, message, (_ART30,), {"day": sent_on, "due": due})
    if period.starts_on is None:
        basis = (_ART30, _RIGHT_FROM_CONCLUSION)
        return True, Reason(STATEMENT, "withdrawal.statement.before_start", basis,
                            {"sent": sent_on})
    if period.floor is not None and sent_on <= period.floor:
        params = {"sent": sent_on, "floor": period.floor}
        return True, Reason(STATEMENT, "withdrawal.statement.before_shortest", (_ART30,), params)
    return Undetermined(period.missing), Reason(
        STATEMENT, "withdrawal.statement.depends", (_ART30,), {"sent": sent_on}
    )


@rule(STATEMENT, on="contract.concluded_on")
def statement_in_time(
    contract: Contract, sent_on: date, period: PeriodDecision
) -> Decision[bool]:
    """Was the statement sent on ``sent_on`` in time for the withdrawal ``period``?"""
    raise NotImplementedError  # the signature: the registry applies a version


@statement_in_time.version(
    since=UOPK_IN_FORCE,
    basis=(_ART30,),
    interpretations=(Interpretation("withdrawal.statement.before_delivery"),),
)
def _statement_2014(contract: Contract, sent_on: date, period: PeriodDecision) -> Decision[bool]:
    """Art. 30 ust. 2 UoPK: the dispatch date, not the receipt, is compared with the end.

    Interpretation: a statement sent before the period started (goods not yet taken into
    possession) is in time, the right existing from conclusion."""
    timely, reason = _in_time(sent_on, period)
    return _assessed(contract, timely, reason)
