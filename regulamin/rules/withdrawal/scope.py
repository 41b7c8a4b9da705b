"""Who may withdraw, and from which contracts (art. 27 UoPK; art. 38a or art. 7aa ust. 1).

A consumer who concluded a contract at a distance or off premises may withdraw from it
without giving reasons (art. 27). For contracts from 2021-01-01 so may a sole trader with
consumer rights (art. 38a UoPK; from 2023 art. 7aa ust. 1, which extends chapter 4 to
them). A trader may not; nor may anyone who bought on the trader's premises.
"""

from __future__ import annotations

from ...decision import Decision, Reason, Undetermined
from ...law import KC, PNPK_2021, UOPK, UOPK_IN_FORCE, Citation
from ...law.epochs import DIRECTIVES_2023
from ...messages import Message
from ...models import Channel, Contract
from ...reasons import undetermined
from ...registry import rule
from ..status import Status, StatusDecision

RIGHT = "withdrawal.right"
CONSUMER_DEFINITION = KC.art("22¹")
# The articles each version cites, made once: a citation is immutable, and every decision cites
ART_27 = UOPK.art("27")
ART_27_1 = UOPK.art("27", "1")
ART_38A = UOPK.art("38a")
ART_7AA_1 = UOPK.art("7aa", "1")

_STATUS_AS = {
    Status.CONSUMER: Message("withdrawal.right.as.consumer"),
    Status.PNPK: Message("withdrawal.right.as.pnpk"),
}
_CHANNEL_AS = {
    Channel.DISTANCE: Message("withdrawal.right.at.distance"),
    Channel.OFF_PREMISES: Message("withdrawal.right.at.off_premises"),
}
NO_RIGHT = Reason(RIGHT, "withdrawal.right.none")


def right_undetermined(missing: tuple[str, ...]) -> Reason:
    """The summary when it cannot be told whether the right exists."""
    return undetermined(RIGHT, "withdrawal.right.undetermined", missing)


def _decided(outcome: bool | Undetermined, contract: Contract, *reasons: Reason) -> Decision[bool]:
    if isinstance(outcome, Undetermined):
        summary = right_undetermined(outcome.missing)
    else:
        summary = reasons[-1] if outcome else NO_RIGHT
    return Decision(
        rule=RIGHT,
        outcome=outcome,
        summary=summary,
        reasons=reasons,
        law_as_of=contract.concluded_on,
    )


def _who_and_where(
    status: StatusDecision, contract: Contract, art27: Citation, pnpk: Citation | None
) -> Decision[bool]:
    """The channel first (a wrong one decides on its own), then the buyer's status."""
    if contract.channel is Channel.ON_PREMISES:
        return _decided(False, contract, Reason(RIGHT, "withdrawal.right.on_premises", (art27,)))
    outcome = status.outcome
    if isinstance(outcome, Undetermined):
        return _decided(outcome, contract, *status.reasons)
    who = {Status.CONSUMER: CONSUMER_DEFINITION, Status.PNPK: pnpk}.get(outcome)
    if who is None:
        if pnpk is None:
            trader = Reason(RIGHT, "withdrawal.right.consumer_only", (art27, CONSUMER_DEFINITION))
        else:
            trader = Reason(RIGHT, "withdrawal.right.consumer_or_pnpk_only", (art27, pnpk))
        return _decided(False, contract, *status.reasons, trader)
    params = {"status": _STATUS_AS[outcome], "channel": _CHANNEL_AS[contract.channel]}
    return _decided(True, contract, Reason(RIGHT, "withdrawal.right.allowed", (who, art27), params))


@rule(RIGHT, on="contract.concluded_on")
def withdrawal_right(status: StatusDecision, contract: Contract) -> Decision[bool]:
    """May a buyer of this status withdraw from a contract concluded through this channel?"""
    raise NotImplementedError  # the signature: the registry applies a version


@withdrawal_right.version(
    since=UOPK_IN_FORCE, until=PNPK_2021, basis=(ART_27, CONSUMER_DEFINITION)
)
def _right_2014(status: StatusDecision, contract: Contract) -> Decision[bool]:
    """Art. 27 UoPK: a consumer who concluded a distance or off-premises contract."""
    return _who_and_where(status, contract, ART_27, None)


@withdrawal_right.version(
    since=PNPK_2021,
    until=DIRECTIVES_2023,
    basis=(ART_27, CONSUMER_DEFINITION, ART_38A),
)
def _right_2021(status: StatusDecision, contract: Contract) -> Decision[bool]:
    """Art. 27 and art. 38a UoPK: the consumer's right extends to a PNPK."""
    return _who_and_where(status, contract, ART_27, ART_38A)


@withdrawal_right.version(
    since=DIRECTIVES_2023,
    basis=(ART_27_1, CONSUMER_DEFINITION, ART_7AA_1),
)
def _right_2023(status: StatusDecision, contract: Contract) -> Decision[bool]:
    """Art. 27 ust. 1 and art. 7aa ust. 1 UoPK (chapter 4 applies to a PNPK)."""
    return _who_and_where(status, contract, ART_27_1, ART_7AA_1)
