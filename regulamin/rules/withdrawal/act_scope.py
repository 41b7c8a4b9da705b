"""Does the act reach the contract at all (art. 3 ust. 1 UoPK)?

**Art. 3 ust. 1 pkt 10 UoPK.** The act, art. 7a aside, does not apply to contracts
concluded off premises under which the consumer must pay no more than 50 zł
(:data:`~regulamin.law.parameters.OFF_PREMISES_THRESHOLD`). A 40 zł contract at a market
stall has no withdrawal right; one of 50.01 zł has. The threshold is read against
``Contract.price``, the total the consumer must pay; nothing paid (a contract paid with
personal data only, or 0 zł) is no more than 50 zł. An unknown price leaves the answer
undetermined, naming ``contract.price``; a distance or on-premises contract is not asked.

Relied on: the UOKiK consumer guide "Zakupy poza lokalem" (konsument.gov.pl: the rules do
not apply off premises "jeżeli obowiązek zapłaty nie przekracza 50 złotych") and art. 3
ust. 4 of directive 2011/83/EU; the point's number as cited by the issue review, not
checked against t.j. Dz.U. 2026 poz. 1244. The other exclusions of art. 3, 3a and 4
(passenger transport, package travel, financial services, medicinal products) are not
encoded yet.
"""

from __future__ import annotations

from decimal import Decimal

from ...decision import Decision, Reason, Undetermined
from ...law import UOPK_IN_FORCE
from ...law.parameters import OFF_PREMISES_THRESHOLD
from ...models import Channel, Contract
from ...reasons import undetermined
from ...registry import rule

SCOPE = "withdrawal.scope"
_THRESHOLD = OFF_PREMISES_THRESHOLD[0][1]


def _decided(contract: Contract, outcome: bool | Undetermined, reason: Reason) -> Decision[bool]:
    if isinstance(outcome, Undetermined):
        summary = undetermined(SCOPE, "withdrawal.scope.undetermined", outcome.missing)
    else:
        summary = reason
    return Decision(
        rule=SCOPE,
        outcome=outcome,
        summary=summary,
        reasons=(reason,),
        law_as_of=contract.concluded_on,
    )


@rule(SCOPE, on="contract.concluded_on")
def act_scope(contract: Contract) -> Decision[bool]:
    """Does the act (its chapter 4 on withdrawal) apply to ``contract``?"""
    raise NotImplementedError  # the signature: the registry applies a version


@act_scope.version(since=UOPK_IN_FORCE, basis=(_THRESHOLD.basis,))
def _scope_2014(contract: Contract) -> Decision[bool]:
    """Art. 3 ust. 1 pkt 10 UoPK: an off-premises contract of no more than 50 zł is outside
    the act (but art. 7a); above 50 zł, or not off premises, the act applies."""
    basis = (_THRESHOLD.basis,)
    limit = {"limit": _THRESHOLD.zloty}
    if contract.channel is not Channel.OFF_PREMISES:
        return _decided(contract, True, Reason(SCOPE, "withdrawal.scope.applies"))
    price = contract.price
    if price is None and contract.paid_with_personal_data_only:
        price = Decimal(0)  # nothing to pay in money
    if price is None:
        unknown = Reason(SCOPE, "withdrawal.scope.price_unknown", basis, limit)
        return _decided(contract, Undetermined(("contract.price",)), unknown)
    params = {**limit, "price": price}
    if price <= _THRESHOLD.zloty:
        return _decided(contract, False, Reason(SCOPE, "withdrawal.scope.small", basis, params))
    return _decided(contract, True, Reason(SCOPE, "withdrawal.scope.above", basis, params))
