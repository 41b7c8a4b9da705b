"""Concluding the contract: the shop's offer is an invitation, the customer's order the offer,
and the contract is concluded when the e-mail confirming the order *reaches* the customer
(art. 71, 70 § 1 and 61 § 2 KC), as the shop's clauses (``offer_is_invitation``,
``concluded_by_confirmation``) say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ...decision import Decision, Reason
from ...errors import InvalidFacts
from ...law import KC, UOPK_IN_FORCE
from ...models.service import Order, ServiceTerms
from ...registry import Interpretation, KeyDate, rule
from ..clauses import aware, cited, service_in_force
from ..shop import ShopTerms

RULE = "service.conclusion"


@dataclass(frozen=True, slots=True, kw_only=True)
class ConclusionDecision(Decision[bool]):
    """Is the contract concluded? ``concluded_at`` is the instant, ``concluded_on`` its day in
    Warsaw (the day periods count from)."""

    concluded_at: datetime | None = None
    concluded_on: date | None = None


@rule(RULE, on="placed_on", keyed_on=KeyDate.ORDER_PLACED)
def _conclusion_rule(order: Order, placed_on: date, terms: ShopTerms) -> ConclusionDecision:
    """The order placed on ``placed_on`` under the terms in force that day."""
    raise NotImplementedError  # the signature: the registry applies a version


def _service(terms: ShopTerms, placed_on: date) -> ServiceTerms:
    """The service terms in force, which must conclude the contract as this rule reads it."""
    service = service_in_force(terms, placed_on, RULE)
    for field in ("offer_is_invitation", "concluded_by_confirmation"):
        if not getattr(service, field):
            raise InvalidFacts(
                f"terms.service.{field}",
                "the rule applies terms concluding the contract by a confirming e-mail",
            )
    return service


_CODE = (KC.art("70", "1"), KC.art("61", "2"), KC.art("71"))
_ON_RECEIPT = (Interpretation("service.conclusion.on_receipt"),)


@_conclusion_rule.version(since=UOPK_IN_FORCE, basis=_CODE, interpretations=_ON_RECEIPT)
def _conclusion(order: Order, placed_on: date, terms: ShopTerms) -> ConclusionDecision:
    """The order is an offer (art. 71 KC), accepted by the e-mail that reaches the customer
    (art. 70 § 1, 61 § 2 KC); until then there is no contract."""
    service = _service(terms, placed_on)
    invitation = cited(terms, service, "offer_is_invitation")
    confirmation = (*cited(terms, service, "concluded_by_confirmation"), KC.art("70", "1"))
    placed = {"placed": aware(order.placed_at, "order.placed_at")}
    offer = Reason(RULE, "service.conclusion.offer", (*invitation, KC.art("71")), placed)
    if order.confirmation_received_at is None:
        missing = Reason(RULE, "service.conclusion.not_received", confirmation)
        return ConclusionDecision(rule=RULE, outcome=False, reasons=(offer, missing),
                                  summary=Reason(RULE, "service.conclusion.not_yet"),
                                  law_as_of=placed_on)
    received = aware(order.confirmation_received_at, "order.confirmation_received_at")
    params = {"received": received, "day": received.date()}
    accepted = Reason(RULE, "service.conclusion.received", (*confirmation, KC.art("61", "2")),
                      params)
    return ConclusionDecision(rule=RULE, outcome=True, reasons=(offer, accepted),
                              summary=Reason(RULE, "service.conclusion.concluded", (), params),
                              law_as_of=placed_on, concluded_at=received,
                              concluded_on=received.date())


def contract_conclusion(order: Order, *, terms: ShopTerms) -> ConclusionDecision:
    """Whether, and when, the contract for ``order`` was concluded under the shop's ``terms``
    (its clauses ``offer_is_invitation`` and ``concluded_by_confirmation``)."""
    return _conclusion_rule(order, aware(order.placed_at, "order.placed_at").date(), terms)


_conclusion_rule.entry = contract_conclusion
CONCLUSION_RULE = RULE
