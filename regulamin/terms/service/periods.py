"""Periods the shop's terms promise for the provider's acts, in days: removing a reported
failure or fault (``fault_fix_days``), considering a complaint about the website
(``website_complaint_days``) and an appeal against a decision on content or an account
(``appeal_days``, ``account_appeal_days``).

They are counted by art. 111 § 2 KC (the day of receipt is not counted) and, as periods for an
act, roll forward past days off (art. 115 KC).
"""

from __future__ import annotations

from datetime import date

from ...decision import Reason
from ...law import DSA, DSA_2024, KC, UOPK_IN_FORCE, Citation, Source
from ...models.service import Appeal, AppealAgainst, RequestKind, ServiceRequest, ServiceTerms
from ...registry import Interpretation, KeyDate, rule
from ..clauses import DueDecision, aware, cited, days_decision, service_in_force
from ..shop import ShopTerms

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
    request: ServiceRequest, received: date, fixed_on: date | None, terms: ShopTerms
) -> DueDecision:
    """The deadline to remove a failure or fault reported on ``received``."""
    raise NotImplementedError  # the signature: the registry applies a version


def _not_a_fault(received: date, days: int, clause: tuple[Citation, ...]) -> DueDecision:
    """A question or a configuration request: the clause on faults sets no deadline."""
    why = Reason(FAULT_FIX_RULE, "service.fault_fix.faults_only", clause, {"n": days})
    summary = Reason(FAULT_FIX_RULE, "service.fault_fix.not_a_fault")
    return DueDecision(
        rule=FAULT_FIX_RULE, outcome=None, summary=summary, not_applied=(why,), law_as_of=received
    )


_FAULT_READING = (Interpretation("service.fault_fix.reading"),)


@_fault_fix_rule.version(since=UOPK_IN_FORCE, basis=_COUNTED, interpretations=_FAULT_READING)
def _fault_fix(
    request: ServiceRequest, received: date, fixed_on: date | None, terms: ShopTerms
) -> DueDecision:
    """Removed within a reasonable time, at the latest within the terms' days of receiving
    the report; a critical failure is restored within the SLA time besides."""
    service = service_in_force(terms, received, FAULT_FIX_RULE)
    days, clause = service.fault_fix_days, cited(terms, service, "fault_fix_days")
    if request.kind not in _FAULTS:
        return _not_a_fault(received, days, clause)
    sla = dict.fromkeys(c for plan in service.plans for c in cited(terms, plan, "sla"))
    critical = Reason(FAULT_FIX_RULE, "service.fault_fix.critical", (*sla, *clause))
    nature = Reason(FAULT_FIX_RULE, "service.fault_fix.nature_not_judged", clause)
    after = (critical, nature) if request.critical else (nature,)
    before = (Reason(FAULT_FIX_RULE, "service.fault_fix.period", clause, {"n": days}),)
    return days_decision(
        FAULT_FIX_RULE,
        received,
        days,
        clause,
        reasons=(before, after),
        event="service.event.report_received",
        done=(fixed_on, "fixed_on"),
    )


def fault_fix_deadline(
    request: ServiceRequest, *, fixed_on: date | None = None, terms: ShopTerms
) -> DueDecision:
    """By when a reported failure or fault must be removed under the shop's ``terms``."""
    received = aware(request.received_at, "request.received_at").date()
    return _fault_fix_rule(request, received, fixed_on, terms)


_fault_fix_rule.entry = fault_fix_deadline


# --------------------------------------------------------------------------- website


@rule(WEBSITE_COMPLAINT_RULE, on="received_on", keyed_on=KeyDate.COMPLAINT_RECEIVED)
def _website_rule(received_on: date, decided_on: date | None, terms: ShopTerms) -> DueDecision:
    """The deadline to consider a complaint about the website received on ``received_on``."""
    raise NotImplementedError  # the signature: the registry applies a version


_NOT_7A = (Interpretation("service.website_complaint.not_7a"),)
_PROCEDURE = UOSUDE.art("8", "3")


@_website_rule.version(since=UOPK_IN_FORCE, basis=(_PROCEDURE, *_COUNTED), interpretations=_NOT_7A)
def _website_complaint(received_on: date, decided_on: date | None, terms: ShopTerms) -> DueDecision:
    """Every complaint about the website is considered within the terms' days (the terms set
    the complaint procedure for electronic services, art. 8 ust. 3 UŚUDE)."""
    rule_id = WEBSITE_COMPLAINT_RULE
    service = service_in_force(terms, received_on, rule_id)
    days = service.website_complaint_days
    clause = cited(terms, service, "website_complaint_days")
    period = Reason(rule_id, f"{rule_id}.period", (*clause, _PROCEDURE), {"n": days})
    not_7a = Reason(rule_id, f"{rule_id}.no_deemed_acceptance", clause)
    return days_decision(
        rule_id,
        received_on,
        days,
        clause,
        reasons=((period,), ()),
        event="service.event.complaint_received",
        not_applied=(not_7a,),
        done=(decided_on, "decided_on"),
    )


def website_complaint(
    received_on: date, *, decided_on: date | None = None, terms: ShopTerms
) -> DueDecision:
    """By when a complaint about the website received on ``received_on`` must be considered
    under the shop's ``terms``."""
    return _website_rule(received_on, decided_on, terms)


_website_rule.entry = website_complaint


# --------------------------------------------------------------------------- appeals

_APPEAL_LAW = {
    AppealAgainst.CONTENT: (DSA.art("16", "6"), DSA.art("17"), DSA.art("20", "4")),
    AppealAgainst.ACCOUNT: (DSA.art("20", "1", None, "c"), DSA.art("20", "5")),
}
_BY_PEOPLE = DSA.art("20", "6")
_APPEAL_BASIS = (*_APPEAL_LAW[AppealAgainst.CONTENT], DSA.art("20", "5"), _BY_PEOPLE, *_COUNTED)
_APPEAL_PERIOD = (Interpretation("service.dsa_appeal.period"),)


@rule(APPEAL_RULE, on="appeal.received_on", keyed_on=KeyDate.EVENT)
def _appeal_rule(appeal: Appeal, decided_on: date | None, terms: ShopTerms) -> DueDecision:
    """The deadline to consider ``appeal``."""
    raise NotImplementedError  # the signature: the registry applies a version


def _appeal_period(service: ServiceTerms, against: AppealAgainst) -> str:
    """The field giving the days for an appeal against this kind of decision."""
    if against is AppealAgainst.ACCOUNT and service.account_appeal_days is not None:
        return "account_appeal_days"
    return "appeal_days"


@_appeal_rule.version(since=DSA_2024, basis=_APPEAL_BASIS, interpretations=_APPEAL_PERIOD)
def _appeal(appeal: Appeal, decided_on: date | None, terms: ShopTerms) -> DueDecision:
    """Appeals against decisions on content or on an account: considered by people within the
    terms' days (art. 20 DSA asks for "timely"; the days are the terms' own)."""
    service = service_in_force(terms, appeal.received_on, APPEAL_RULE)
    field = _appeal_period(service, appeal.against)
    days, clause = getattr(service, field), cited(terms, service, field)
    law = (*clause, *_APPEAL_LAW[appeal.against])
    reasons = (
        Reason(APPEAL_RULE, f"service.dsa_appeal.{appeal.against.value}", law, {"n": days}),
        Reason(APPEAL_RULE, "service.dsa_appeal.by_people", (*clause, _BY_PEOPLE)),
    )
    return days_decision(
        APPEAL_RULE,
        appeal.received_on,
        days,
        clause,
        reasons=(reasons, ()),
        event="service.event.appeal_received",
        done=(decided_on, "decided_on"),
    )


def dsa_appeal(appeal: Appeal, *, decided_on: date | None = None, terms: ShopTerms) -> DueDecision:
    """By when an appeal against a decision on content or an account must be considered
    under the shop's ``terms``."""
    return _appeal_rule(appeal, decided_on, terms)


_appeal_rule.entry = dsa_appeal
