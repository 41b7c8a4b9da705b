"""Periods the shop's terms promise for the provider's acts, in days: removing a reported
failure or fault (``fault_fix_days``), considering a complaint about the website
(``website_complaint_days``) and an appeal against a decision on content or an account
(``appeal_days``, ``account_appeal_days``).

They are counted by art. 111 § 2 KC (the day of receipt is not counted) and, as periods for an
act, roll forward past days off (art. 115 KC).
"""

from __future__ import annotations

from datetime import date

from ...calendars import Counting
from ...decision import Reason
from ...law import DSA, KC, UOPK_IN_FORCE, Source
from ...messages import Message
from ...models.service import Appeal, AppealAgainst, RequestKind, ServiceRequest, ServiceTerms
from ...reasons import count_days
from ...registry import Interpretation, KeyDate, rule
from ..shop import ShopTerms
from .common import DueDecision, aware, cited, due_decision, service_in_force

FAULT_FIX_RULE = "service.fault_fix"
WEBSITE_COMPLAINT_RULE = "service.website_complaint"
APPEAL_RULE = "service.dsa_appeal"

UOSUDE = Source(
    "UŚUDE",
    "UŚUDE",
    "ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną",
    "Act of 18 July 2002 on Providing Services by Electronic Means",
)

_FAULTS = frozenset({RequestKind.FAILURE, RequestKind.FAULT})
_COUNTED = (KC.art("111", "2"), KC.art("115"))


# --------------------------------------------------------------------------- faults


@rule(FAULT_FIX_RULE, on="received", keyed_on=KeyDate.EVENT)
def _fault_fix_rule(
    request: ServiceRequest,
    received: date,
    fixed_on: date | None,
    service: ServiceTerms,
    terms: ShopTerms,
) -> DueDecision:
    """The deadline to remove a failure or fault reported on ``received``."""
    raise NotImplementedError  # the signature: the registry applies a version


@_fault_fix_rule.version(
    since=UOPK_IN_FORCE,
    basis=_COUNTED,
    interpretations=(Interpretation("service.fault_fix.reading"),),
)
def _fault_fix(
    request: ServiceRequest,
    received: date,
    fixed_on: date | None,
    service: ServiceTerms,
    terms: ShopTerms,
) -> DueDecision:
    """Removed within a reasonable time, at the latest within the terms' days of receiving
    the report; a critical failure is restored within the SLA time besides."""
    rule_id, clause = FAULT_FIX_RULE, cited(terms, service, "fault_fix_days")
    days = service.fault_fix_days
    if request.kind not in _FAULTS:
        return DueDecision(
            rule=rule_id,
            outcome=None,
            law_as_of=received,
            summary=Reason(rule_id, "service.fault_fix.not_a_fault"),
            not_applied=(Reason(rule_id, "service.fault_fix.faults_only", clause, {"n": days}),),
        )
    event = Message("service.event.report_received")
    due, counted = count_days(
        rule_id, received, days, counting=Counting.KC, event=event, basis=clause
    )
    reasons = [Reason(rule_id, "service.fault_fix.period", clause, {"n": days}), *counted]
    if request.critical:
        sla = tuple(c for plan in service.plans for c in cited(terms, plan, "sla"))
        reasons.append(
            Reason(rule_id, "service.fault_fix.critical", (*dict.fromkeys(sla), *clause))
        )
    reasons.append(Reason(rule_id, "service.fault_fix.nature_not_judged", clause))
    return due_decision(
        rule_id, received, due, reasons, done_on=fixed_on, done_field="fixed_on", basis=clause
    )


def fault_fix_deadline(
    request: ServiceRequest, *, fixed_on: date | None = None, terms: ShopTerms
) -> DueDecision:
    """By when a reported failure or fault must be removed under the shop's ``terms``."""
    received = aware(request.received_at, "request.received_at").date()
    service = service_in_force(terms, received, FAULT_FIX_RULE)
    return _fault_fix_rule(request, received, fixed_on, service, terms)


_fault_fix_rule.entry = fault_fix_deadline


# --------------------------------------------------------------------------- website


@rule(WEBSITE_COMPLAINT_RULE, on="received_on", keyed_on=KeyDate.COMPLAINT_RECEIVED)
def _website_rule(
    received_on: date, decided_on: date | None, service: ServiceTerms, terms: ShopTerms
) -> DueDecision:
    """The deadline to consider a complaint about the website received on ``received_on``."""
    raise NotImplementedError  # the signature: the registry applies a version


@_website_rule.version(
    since=UOPK_IN_FORCE,
    basis=(UOSUDE.art("8", "3"), *_COUNTED),
    interpretations=(Interpretation("service.website_complaint.not_7a"),),
)
def _website_complaint(
    received_on: date, decided_on: date | None, service: ServiceTerms, terms: ShopTerms
) -> DueDecision:
    """Every complaint about the website is considered within the terms' days (the terms set
    the complaint procedure for electronic services, art. 8 ust. 3 UŚUDE)."""
    rule_id, clause = WEBSITE_COMPLAINT_RULE, cited(terms, service, "website_complaint_days")
    days = service.website_complaint_days
    event = Message("service.event.complaint_received")
    due, counted = count_days(
        rule_id, received_on, days, counting=Counting.KC, event=event, basis=clause
    )
    reasons = [
        Reason(
            rule_id,
            "service.website_complaint.period",
            (*clause, UOSUDE.art("8", "3")),
            {"n": days},
        ),
        *counted,
    ]
    not_7a = Reason(rule_id, "service.website_complaint.no_deemed_acceptance", clause)
    return due_decision(
        rule_id,
        received_on,
        due,
        reasons,
        done_on=decided_on,
        done_field="decided_on",
        basis=clause,
        not_applied=(not_7a,),
    )


def website_complaint(
    received_on: date, *, decided_on: date | None = None, terms: ShopTerms
) -> DueDecision:
    """By when a complaint about the website received on ``received_on`` must be considered
    under the shop's ``terms``."""
    service = service_in_force(terms, received_on, WEBSITE_COMPLAINT_RULE)
    return _website_rule(received_on, decided_on, service, terms)


_website_rule.entry = website_complaint


# --------------------------------------------------------------------------- appeals

_APPEAL_LAW = {
    AppealAgainst.CONTENT: (DSA.art("16", "6"), DSA.art("17"), DSA.art("20", "4")),
    AppealAgainst.ACCOUNT: (DSA.art("20", "1", None, "c"), DSA.art("20", "5")),
}


@rule(APPEAL_RULE, on="appeal.received_on", keyed_on=KeyDate.EVENT)
def _appeal_rule(
    appeal: Appeal, decided_on: date | None, service: ServiceTerms, terms: ShopTerms
) -> DueDecision:
    """The deadline to consider ``appeal``."""
    raise NotImplementedError  # the signature: the registry applies a version


@_appeal_rule.version(
    since=UOPK_IN_FORCE,
    basis=(
        DSA.art("16", "6"),
        DSA.art("17"),
        DSA.art("20", "4"),
        DSA.art("20", "5"),
        DSA.art("20", "6"),
        *_COUNTED,
    ),
    interpretations=(Interpretation("service.dsa_appeal.period"),),
)
def _appeal(
    appeal: Appeal, decided_on: date | None, service: ServiceTerms, terms: ShopTerms
) -> DueDecision:
    """Appeals against decisions on content or on an account: considered by people within the
    terms' days (art. 20 DSA asks for "timely"; the days are the terms' own)."""
    field = "appeal_days"
    if appeal.against is AppealAgainst.ACCOUNT and service.account_appeal_days is not None:
        field = "account_appeal_days"
    days, clause = getattr(service, field), cited(terms, service, field)
    rule_id, kind = APPEAL_RULE, appeal.against.value
    reasons = [
        Reason(
            rule_id,
            f"service.dsa_appeal.{kind}",
            (*clause, *_APPEAL_LAW[appeal.against]),
            {"n": days},
        ),
        Reason(rule_id, "service.dsa_appeal.by_people", (*clause, DSA.art("20", "6"))),
    ]
    event = Message("service.event.appeal_received")
    due, counted = count_days(
        rule_id, appeal.received_on, days, counting=Counting.KC, event=event, basis=clause
    )
    return due_decision(
        rule_id,
        appeal.received_on,
        due,
        [*reasons, *counted],
        done_on=decided_on,
        done_field="decided_on",
        basis=clause,
    )


def dsa_appeal(appeal: Appeal, *, decided_on: date | None = None, terms: ShopTerms) -> DueDecision:
    """By when an appeal against a decision on content or an account must be considered
    under the shop's ``terms``."""
    service = service_in_force(terms, appeal.received_on, APPEAL_RULE)
    return _appeal_rule(appeal, decided_on, service, terms)


_appeal_rule.entry = dsa_appeal
