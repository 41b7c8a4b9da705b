"""Suspending the service and the plans' limits, as the shop's terms give them.

The provider may suspend the service temporarily on the grounds its terms list
(``suspension``: a late payment, an exceeded transfer limit, illegal content); each plan has a
data-transfer limit a billing period and a daily e-mail limit (``plans``), and exceeding them
allows what the terms say: suspending the account until the billing period ends or the limit
is raised (``suspends_on_transfer_excess``), halting e-mail until the day ends
(``halts_email_on_excess``), each time with an e-mail to the customer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from ...calendars import WARSAW, period_end
from ...decision import Decision, Reason, Undetermined
from ...errors import InvalidFacts
from ...law import KC, UOPK_IN_FORCE
from ...messages import Lang, Message
from ...models.service import EmailUsage, PlanSpec, ServiceTerms, SuspensionGrounds, TransferUsage
from ...reasons import undetermined
from ...registry import Interpretation, KeyDate, rule
from ..shop import ShopTerms
from .common import TERMS_BIND, cited, plan_of, service_in_force

SUSPENSION_RULE = "service.suspension"
TRANSFER_LIMIT_RULE = "service.transfer_limit"
EMAIL_LIMIT_RULE = "service.email_limit"

_GROUNDS = ("payment_late", "transfer_limit_exceeded", "illegal_content")


class LimitMeasure(StrEnum):
    """What the provider may do when a plan's limit is exceeded."""

    SUSPEND_ACCOUNT = "suspend_account"
    """Suspend the account until the billing period ends or the limit is raised."""
    HALT_EMAIL = "halt_email"
    """Halt sending e-mail until the end of the day."""
    NOTIFY_BY_EMAIL = "notify_by_email"
    """Tell the customer by e-mail."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LimitDecision(Decision[bool]):
    """Is the plan's limit exceeded? ``measures`` are what the provider may then do, until
    ``until`` (the billing period's end, or the end of the day)."""

    plan: str
    limit: int | None = None
    """The plan's limit (GB a billing period, or e-mails a day); ``None``: no limit."""
    measures: tuple[LimitMeasure, ...] = ()
    until: date | datetime | None = None


# --------------------------------------------------------------------------- suspension


@rule(SUSPENSION_RULE, on="on", keyed_on=KeyDate.EVENT)
def _suspension_rule(
    grounds: SuspensionGrounds, on: date, service: ServiceTerms, terms: ShopTerms
) -> Decision[bool]:
    """May the provider suspend the service on ``on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


@_suspension_rule.version(
    since=UOPK_IN_FORCE,
    basis=(KC.art("353¹"),),
    interpretations=(Interpretation("service.suspension.late_not_default"),),
)
def _suspension(
    grounds: SuspensionGrounds, on: date, service: ServiceTerms, terms: ShopTerms
) -> Decision[bool]:
    """The grounds the terms list, in their order: any one established allows a temporary
    suspension; none known leaves the answer open."""
    allowed = service.suspension
    found, ruled_out, unknown = [], [], []
    for field in (name for name in _GROUNDS if getattr(allowed, name)):
        value, basis = getattr(grounds, field), cited(terms, allowed, field)
        label = {"label": Message(f"service.suspension.ground.{field}")}
        if value is None:
            unknown.append(f"grounds.{field}")
        elif value:
            found.append(Reason(SUSPENSION_RULE, "service.suspension.ground", basis, label))
        else:
            ruled_out.append(Reason(SUSPENSION_RULE, "service.suspension.no_ground", basis, label))
    if found and grounds.transfer_limit_exceeded and service.suspends_on_transfer_excess:
        basis = cited(terms, service, "suspends_on_transfer_excess")
        found.append(Reason(SUSPENSION_RULE, "service.suspension.until_period_ends", basis))
    outcome: bool | Undetermined = bool(found)
    summary = Reason(SUSPENSION_RULE, f"service.suspension.{'may' if found else 'none'}")
    if not found and unknown:
        outcome = Undetermined(tuple(unknown))
        summary = undetermined(SUSPENSION_RULE, "service.suspension.undetermined", tuple(unknown))
    return Decision(
        rule=SUSPENSION_RULE,
        outcome=outcome,
        summary=summary,
        law_as_of=on,
        reasons=tuple(found),
        not_applied=tuple(ruled_out),
    )


def suspension(grounds: SuspensionGrounds, on: date, *, terms: ShopTerms) -> Decision[bool]:
    """May the provider suspend the service on ``on``, on the grounds the shop's ``terms``
    list?"""
    return _suspension_rule(grounds, on, service_in_force(terms, on, SUSPENSION_RULE), terms)


_suspension_rule.entry = suspension


# --------------------------------------------------------------------------- limits


def _limit_decision(
    rule_id: str,
    spec: PlanSpec,
    on: date,
    reasons: list[Reason],
    *,
    limit: int | None,
    measures: tuple[LimitMeasure, ...] = (),
    until: date | datetime | None = None,
) -> LimitDecision:
    exceeded = bool(measures)
    message = f"{rule_id}.exceeded" if exceeded else f"{rule_id}.within"
    return LimitDecision(
        rule=rule_id,
        outcome=exceeded,
        reasons=tuple(reasons),
        law_as_of=on,
        summary=Reason(rule_id, message, (), {"plan": spec.name}),
        plan=spec.name,
        limit=limit,
        measures=measures,
        until=until,
    )


@dataclass(frozen=True, slots=True)
class Gigabytes:
    """A quantity of data as a message parameter: "500,001 GB" in Polish, "500.001 GB" in
    English (not money, so not babel's currency format)."""

    value: Decimal

    def text(self, lang: Lang) -> str:
        plain = format(self.value.normalize(), "f")
        return f"{plain if lang == 'en' else plain.replace('.', ',')} GB"


@rule(TRANSFER_LIMIT_RULE, on="on", keyed_on=KeyDate.EVENT)
def _transfer_rule(
    spec: PlanSpec, usage: TransferUsage, on: date, service: ServiceTerms, terms: ShopTerms
) -> LimitDecision:
    """Is the plan's transfer limit exceeded on ``on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


@_transfer_rule.version(
    since=UOPK_IN_FORCE,
    basis=(TERMS_BIND,),
    interpretations=(Interpretation("service.transfer_limit.exceeding"),),
)
def _transfer_limit(
    spec: PlanSpec, usage: TransferUsage, on: date, service: ServiceTerms, terms: ShopTerms
) -> LimitDecision:
    """The plan's transfer limit; exceeded, the account may be suspended, with an e-mail."""
    limit, clause = spec.transfer_limit_gb, cited(terms, spec, "transfer_limit_gb")
    rule_id, params = TRANSFER_LIMIT_RULE, {"plan": spec.name}
    if limit is None:
        reasons = [Reason(rule_id, "service.transfer_limit.none", clause, params)]
        return _limit_decision(rule_id, spec, on, reasons, limit=None)
    used = Gigabytes(usage.used_gb)
    reasons = [
        Reason(
            rule_id, "service.transfer_limit.used", clause, {**params, "limit": limit, "used": used}
        )
    ]
    if usage.used_gb <= limit or not service.suspends_on_transfer_excess:
        return _limit_decision(rule_id, spec, on, reasons, limit=limit)
    until = usage.billing_period_ends_on
    basis = (
        *cited(terms, service, "suspends_on_transfer_excess"),
        *cited(terms, service.suspension, "transfer_limit_exceeded"),
    )
    message = "service.transfer_limit.suspend" + ("_until" if until else "")
    reasons.append(Reason(rule_id, message, basis, {"until": until}))
    measures = (LimitMeasure.SUSPEND_ACCOUNT, LimitMeasure.NOTIFY_BY_EMAIL)
    return _limit_decision(rule_id, spec, on, reasons, limit=limit, measures=measures, until=until)


def transfer_limit(plan: str, usage: TransferUsage, on: date, *, terms: ShopTerms) -> LimitDecision:
    """Is ``plan``'s data-transfer limit exceeded on ``on``, and what may the provider do
    under the shop's ``terms``?"""
    service = service_in_force(terms, on, TRANSFER_LIMIT_RULE)
    spec = plan_of(service, plan)
    if usage.billing_period_ends_on is not None and usage.billing_period_ends_on < on:
        raise InvalidFacts(
            "usage.billing_period_ends_on", f"the billing period ended before {on.isoformat()}"
        )
    return _transfer_rule(spec, usage, on, service, terms)


_transfer_rule.entry = transfer_limit


@rule(EMAIL_LIMIT_RULE, on="usage.on", keyed_on=KeyDate.EVENT)
def _email_rule(
    spec: PlanSpec, usage: EmailUsage, service: ServiceTerms, terms: ShopTerms
) -> LimitDecision:
    """Is the plan's daily e-mail limit exceeded on ``usage.on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


@_email_rule.version(
    since=UOPK_IN_FORCE,
    basis=(TERMS_BIND,),
    interpretations=(Interpretation("service.email_limit.exceeding"),),
)
def _email_limit(
    spec: PlanSpec, usage: EmailUsage, service: ServiceTerms, terms: ShopTerms
) -> LimitDecision:
    """The plan's daily e-mail limit; exceeded, sending may be halted until the day ends."""
    limit, clause = spec.email_limit_per_day, cited(terms, spec, "email_limit_per_day")
    rule_id, params = EMAIL_LIMIT_RULE, {"plan": spec.name}
    if limit is None:
        reasons = [Reason(rule_id, "service.email_limit.none", clause, params)]
        return _limit_decision(rule_id, spec, usage.on, reasons, limit=None)
    reasons = [
        Reason(
            rule_id,
            "service.email_limit.sent",
            clause,
            {**params, "limit": limit, "sent": usage.sent, "on": usage.on},
        )
    ]
    if usage.sent <= limit or not service.halts_email_on_excess:
        return _limit_decision(rule_id, spec, usage.on, reasons, limit=limit)
    # The day ends at the Warsaw midnight that follows it (interpretation of "do końca doby").
    midnight = datetime.combine(period_end(usage.on, days=1), time(), tzinfo=WARSAW)
    basis = cited(terms, service, "halts_email_on_excess")
    reasons.append(Reason(rule_id, "service.email_limit.halt", basis, {"until": midnight}))
    measures = (LimitMeasure.HALT_EMAIL, LimitMeasure.NOTIFY_BY_EMAIL)
    return _limit_decision(
        rule_id, spec, usage.on, reasons, limit=limit, measures=measures, until=midnight
    )


def email_limit(plan: str, usage: EmailUsage, *, terms: ShopTerms) -> LimitDecision:
    """Is ``plan``'s daily e-mail limit exceeded, and until when may sending be halted under
    the shop's ``terms``?"""
    service = service_in_force(terms, usage.on, EMAIL_LIMIT_RULE)
    return _email_rule(plan_of(service, plan), usage, service, terms)


_email_rule.entry = email_limit
