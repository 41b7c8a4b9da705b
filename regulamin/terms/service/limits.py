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
from ...models.service import (
    EmailUsage,
    PlanSpec,
    SuspensionGrounds,
    SuspensionTerms,
    TransferUsage,
)
from ...reasons import undetermined
from ...registry import Interpretation, KeyDate, rule
from ..clauses import TERMS_BIND, cited, plan_of, service_in_force
from ..shop import ShopTerms

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
def _suspension_rule(grounds: SuspensionGrounds, on: date, terms: ShopTerms) -> Decision[bool]:
    """May the provider suspend the service on ``on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


def _weigh(
    grounds: SuspensionGrounds, allowed: SuspensionTerms, terms: ShopTerms
) -> tuple[list[Reason], list[Reason], list[str]]:
    """Each ground the terms give, in their order: established, ruled out or not known."""
    found: list[Reason] = []
    ruled_out: list[Reason] = []
    unknown: list[str] = []
    for field in (name for name in _GROUNDS if getattr(allowed, name)):
        value, basis = getattr(grounds, field), cited(terms, allowed, field)
        label = {"label": Message(f"service.suspension.ground.{field}")}
        if value is None:
            unknown.append(f"grounds.{field}")
        else:
            message = "service.suspension.ground" if value else "service.suspension.no_ground"
            (found if value else ruled_out).append(Reason(SUSPENSION_RULE, message, basis, label))
    return found, ruled_out, unknown


_LATE = (Interpretation("service.suspension.late_not_default"),)


@_suspension_rule.version(since=UOPK_IN_FORCE, basis=(KC.art("353¹"),), interpretations=_LATE)
def _suspension(grounds: SuspensionGrounds, on: date, terms: ShopTerms) -> Decision[bool]:
    """The grounds the terms list, in their order: any one established allows a temporary
    suspension; none known leaves the answer open."""
    service = service_in_force(terms, on, SUSPENSION_RULE)
    found, ruled_out, unknown = _weigh(grounds, service.suspension, terms)
    if found and grounds.transfer_limit_exceeded and service.suspends_on_transfer_excess:
        basis = cited(terms, service, "suspends_on_transfer_excess")
        found.append(Reason(SUSPENSION_RULE, "service.suspension.until_period_ends", basis))
    outcome: bool | Undetermined = bool(found)
    summary = Reason(SUSPENSION_RULE, f"service.suspension.{'may' if found else 'none'}")
    if not found and unknown:
        outcome = Undetermined(tuple(unknown))
        summary = undetermined(SUSPENSION_RULE, "service.suspension.undetermined", tuple(unknown))
    return Decision(rule=SUSPENSION_RULE, outcome=outcome, summary=summary, law_as_of=on,
                    reasons=tuple(found), not_applied=tuple(ruled_out))


def suspension(grounds: SuspensionGrounds, on: date, *, terms: ShopTerms) -> Decision[bool]:
    """May the provider suspend the service on ``on``, on the grounds the shop's ``terms``
    list?"""
    return _suspension_rule(grounds, on, terms)


_suspension_rule.entry = suspension


# --------------------------------------------------------------------------- limits


@dataclass(frozen=True, slots=True)
class Gigabytes:
    """A quantity of data as a message parameter: "500,001 GB" in Polish, "500.001 GB" in
    English (not money, so not babel's currency format)."""

    value: Decimal

    def text(self, lang: Lang) -> str:
        plain = format(self.value.normalize(), "f")
        return f"{plain if lang == 'en' else plain.replace('.', ',')} GB"


def _limit_decision(
    rule_id: str,
    spec: PlanSpec,
    on: date,
    reasons: list[Reason],
    *,
    exceeded: bool = False,
    measures: tuple[LimitMeasure, ...] = (),
    until: date | datetime | None = None,
) -> LimitDecision:
    """Exceeded or not, with what the terms let the provider do then; the plan's limit."""
    limit = spec.transfer_limit_gb if rule_id == TRANSFER_LIMIT_RULE else spec.email_limit_per_day
    exceeded = exceeded or bool(measures)
    message = f"{rule_id}.exceeded" if exceeded else f"{rule_id}.within"
    summary = Reason(rule_id, message, (), {"plan": spec.name})
    return LimitDecision(rule=rule_id, outcome=exceeded, summary=summary,
                         reasons=tuple(reasons), law_as_of=on, plan=spec.name, limit=limit,
                         measures=measures, until=until)


@rule(TRANSFER_LIMIT_RULE, on="on", keyed_on=KeyDate.EVENT)
def _transfer_rule(
    spec: PlanSpec, usage: TransferUsage, on: date, terms: ShopTerms
) -> LimitDecision:
    """Is the plan's transfer limit exceeded on ``on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


_SUSPEND = (LimitMeasure.SUSPEND_ACCOUNT, LimitMeasure.NOTIFY_BY_EMAIL)
_TRANSFER_EXCEEDING = (Interpretation("service.transfer_limit.exceeding"),)


@_transfer_rule.version(
    since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_TRANSFER_EXCEEDING
)
def _transfer_limit(
    spec: PlanSpec, usage: TransferUsage, on: date, terms: ShopTerms
) -> LimitDecision:
    """The plan's transfer limit; exceeded, the account may be suspended, with an e-mail."""
    service = service_in_force(terms, on, TRANSFER_LIMIT_RULE)
    rule_id, limit = TRANSFER_LIMIT_RULE, spec.transfer_limit_gb
    clause = cited(terms, spec, "transfer_limit_gb")
    if limit is None:
        none = Reason(rule_id, f"{rule_id}.none", clause, {"plan": spec.name})
        return _limit_decision(rule_id, spec, on, [none])
    used = {"plan": spec.name, "limit": limit, "used": Gigabytes(usage.used_gb)}
    reasons = [Reason(rule_id, f"{rule_id}.used", clause, used)]
    if usage.used_gb <= limit or not service.suspends_on_transfer_excess:
        return _limit_decision(rule_id, spec, on, reasons, exceeded=usage.used_gb > limit)
    until = usage.billing_period_ends_on
    basis = (*cited(terms, service, "suspends_on_transfer_excess"),
             *cited(terms, service.suspension, "transfer_limit_exceeded"))
    message = f"{rule_id}.suspend" + ("_until" if until else "")
    reasons.append(Reason(rule_id, message, basis, {"until": until}))
    return _limit_decision(rule_id, spec, on, reasons, measures=_SUSPEND, until=until)


def transfer_limit(
    plan: str, usage: TransferUsage, on: date, *, terms: ShopTerms
) -> LimitDecision:
    """Is ``plan``'s data-transfer limit exceeded on ``on``, and what may the provider do
    under the shop's ``terms``?"""
    spec = plan_of(service_in_force(terms, on, TRANSFER_LIMIT_RULE), plan)
    if usage.billing_period_ends_on is not None and usage.billing_period_ends_on < on:
        raise InvalidFacts(
            "usage.billing_period_ends_on", f"the billing period ended before {on.isoformat()}"
        )
    return _transfer_rule(spec, usage, on, terms)


_transfer_rule.entry = transfer_limit


@rule(EMAIL_LIMIT_RULE, on="usage.on", keyed_on=KeyDate.EVENT)
def _email_rule(spec: PlanSpec, usage: EmailUsage, terms: ShopTerms) -> LimitDecision:
    """Is the plan's daily e-mail limit exceeded on ``usage.on``?"""
    raise NotImplementedError  # the signature: the registry applies a version


_HALT = (LimitMeasure.HALT_EMAIL, LimitMeasure.NOTIFY_BY_EMAIL)
_EMAIL_EXCEEDING = (Interpretation("service.email_limit.exceeding"),)


@_email_rule.version(since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_EMAIL_EXCEEDING)
def _email_limit(spec: PlanSpec, usage: EmailUsage, terms: ShopTerms) -> LimitDecision:
    """The plan's daily e-mail limit; exceeded, sending may be halted until the day ends (the
    Warsaw midnight that follows it: interpretation of "do końca doby")."""
    service = service_in_force(terms, usage.on, EMAIL_LIMIT_RULE)
    rule_id, limit = EMAIL_LIMIT_RULE, spec.email_limit_per_day
    clause = cited(terms, spec, "email_limit_per_day")
    if limit is None:
        none = Reason(rule_id, f"{rule_id}.none", clause, {"plan": spec.name})
        return _limit_decision(rule_id, spec, usage.on, [none])
    sent = {"plan": spec.name, "limit": limit, "sent": usage.sent, "on": usage.on}
    reasons = [Reason(rule_id, f"{rule_id}.sent", clause, sent)]
    if usage.sent <= limit or not service.halts_email_on_excess:
        return _limit_decision(rule_id, spec, usage.on, reasons, exceeded=usage.sent > limit)
    midnight = datetime.combine(period_end(usage.on, days=1), time(), tzinfo=WARSAW)
    basis = cited(terms, service, "halts_email_on_excess")
    reasons.append(Reason(rule_id, f"{rule_id}.halt", basis, {"until": midnight}))
    return _limit_decision(rule_id, spec, usage.on, reasons, measures=_HALT, until=midnight)


def email_limit(plan: str, usage: EmailUsage, *, terms: ShopTerms) -> LimitDecision:
    """Is ``plan``'s daily e-mail limit exceeded, and until when may sending be halted under
    the shop's ``terms``?"""
    spec = plan_of(service_in_force(terms, usage.on, EMAIL_LIMIT_RULE), plan)
    return _email_rule(spec, usage, terms)


_email_rule.entry = email_limit
