"""A shop's service level (SLA): reply and restore times in working hours, per plan, as the
shop's terms state them (:class:`~regulamin.models.service.SlaTerms` for each plan,
:class:`~regulamin.models.service.ServiceLevel` for what the SLA says of every plan). Every
rule takes the shop's terms (``terms=``): no shop is a default, and each decision cites the
clause of those terms that states the number it applied.

**The service levels.** The first reply to a failure report comes within the plan's
``first_reply_hours``, and continuity of the services is restored after a **critical**
failure within its ``restore_hours``, both counted from the report in SLA hours: the working
hours (``opens``-``closes`` Monday to Friday, public holidays excepted) on the Warsaw wall
clock, so that a change to or from summer time never adds or removes a working hour. A plan
may extend the SLA to Saturdays or Sundays in the same hours, with a reaction time of its own
(``extended_first_reply_hours``). The readings chosen, each registered as an interpretation:

* the extended reaction time applies to a report whose SLA clock starts on an extended day;
  on working days the plan's ``first_reply_hours`` keep applying;
* extended days named without exception also run when they are public holidays
  (``holidays_on_extended_days``; unclear terms are read in the customer's favour, art. 385
  § 2 KC); holidays from Monday to Friday stay off;
* the extended days apply to the whole SLA, the restore time included.

**Scope.** The SLA covers the requests the terms say (failure reports), unless one of the
exceptions the terms state applies; requests it does not cover are handled within the terms'
``non_sla_hours`` working hours of receipt. A failure report to which an exception applies
is itself a request the SLA does not cover: it gets the ``non_sla_hours`` where the terms'
clause on requests outside the SLA reaches it (``excepted_reports``, the clause that says
so), and no time where the terms say nothing of it, so that :func:`non_sla_reply` never
contradicts :func:`sla_applies`. The reading, registered as an interpretation, is that of a
clause on "zgłoszenia nieobjęte SLA, w szczególności ..." (an open list, not confined to
requests of other kinds; unclear terms are read in the customer's favour, art. 385 § 2 KC):
an excepted failure report is such a request. Where the terms give it no time, the reason
says that a performance whose time is not fixed is due on demand (art. 455 KC).
:func:`sla_first_reply` and :func:`sla_restore` still set no SLA time for it, and name the
deadline the terms give it instead.

>>> from datetime import datetime
>>> from regulamin.calendars import WARSAW
>>> from regulamin.models.service import ServiceRequest
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin usług Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... service:
...   plans:
...     - {name: BASIC, transfer_limit_gb: null, email_limit_per_day: null,
...        sla: {first_reply_hours: 2, restore_hours: 8, holidays_on_extended_days: true,
...              clauses: {first_reply_hours: "§ 5 ust. 3 pkt 1"}}}
...     - {name: PLUS, transfer_limit_gb: null, email_limit_per_day: null,
...        sla: {first_reply_hours: 2, restore_hours: 8, holidays_on_extended_days: true,
...              extended_days: [5], extended_first_reply_hours: 4}}
...   activation_hours: 24
...   fault_fix_days: 14
...   website_complaint_days: 14
...   appeal_days: 14
...   payment: {due_days: 30, reminder_days: [1], shutdown_days: 30}
... service_level: {levels: "§ 5 ust. 3", scope: "§ 5 ust. 2", non_sla_hours: 48}
... ''', "shop.yaml")
>>> report = ServiceRequest(received_at=datetime(2026, 11, 7, 10, 0, tzinfo=WARSAW),
...                         kind="failure", critical=True)            # Saturday 10:00
>>> sla_first_reply(report, "PLUS", terms=shop).outcome.isoformat()  # extended hours: 4 h
'2026-11-07T14:00:00+01:00'
>>> d = sla_first_reply(report, "BASIC", terms=shop)                  # Monday 9:00 + 2 h
>>> d.outcome.isoformat(), [c.pl() for c in d.reasons[1].basis]
('2026-11-09T11:00:00+01:00', ['§ 5 ust. 3 pkt 1 Regulaminu Przykład'])
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..calendars import Schedule, add_working_hours, clock_start
from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK_IN_FORCE, Citation
from ..messages import Message
from ..models.base import Instant
from ..models.clauses import ClauseRef, Stated
from ..models.service import (
    SATURDAY,
    SUNDAY,
    PlanSpec,
    ServiceLevel,
    ServiceRequest,
    SlaTerms,
)
from ..reasons import DayOff, undetermined
from ..registry import Interpretation, KeyDate, rule
from .clauses import ClauseName, TimeDecision, aware, edition_on, plan_of
from .shop import ShopTerms

__all__ = [
    "EXCEPTIONS_RULE",
    "FIRST_REPLY_RULE",
    "NON_SLA_RULE",
    "RESTORE_RULE",
    "SlaCase",
    "non_sla_reply",
    "office_clock",
    "sla_applies",
    "sla_clock",
    "sla_first_reply",
    "sla_restore",
]

EXCEPTIONS_RULE = "sla.exceptions"
FIRST_REPLY_RULE = "sla.first_reply"
RESTORE_RULE = "sla.restore"
NON_SLA_RULE = "sla.non_sla"

BINDING = (KC.art("384", "1"),)
"""The terms bind the customer who was given them before the contract (art. 384 § 1 KC):
what the rules apply is the shop's clauses, cited in each reason."""

_WORKING_WEEK = frozenset(range(5))


# --------------------------------------------------------------------------- the case


@dataclass(frozen=True, slots=True)
class SlaCase:
    """A request under a shop's SLA: the terms, the SLA clauses of the edition in force on
    the day of the request, the plan (when the rule needs one) and when the request came."""

    terms: ShopTerms
    level: ServiceLevel
    plan: PlanSpec | None
    received: datetime

    @property
    def sla(self) -> SlaTerms:
        assert self.plan is not None  # the rules that read a plan's SLA are given one
        return self.plan.sla

    @property
    def plan_name(self) -> str:
        assert self.plan is not None
        return self.plan.name

    def cite(self, *clauses: ClauseRef | None) -> tuple[Citation, ...]:
        """The citations of the clauses the terms name (``None``: the terms name none)."""
        return tuple(self.terms.cite(c) for c in clauses if c is not None)

    def stated(self, data: Stated, field: str) -> tuple[Citation, ...]:
        """The citation of the clause stating ``data``'s ``field``."""
        return self.cite(data.clause(field))

    def hours(self) -> tuple[Citation, ...]:
        """The citations of the clauses stating the working hours."""
        level = self.level
        return tuple(dict.fromkeys(self.cite(level.clause("opens"), level.clause("closes"))))


def _case(
    request: ServiceRequest, terms: ShopTerms, rule_id: str, plan: str | None = None
) -> SlaCase:
    received = aware(request.received_at, "request.received_at")
    edition = edition_on(terms, rule_id, received.date())
    if edition.service_level is None:
        raise InvalidFacts("terms.service_level", f"{terms.name} state no service level (SLA)")
    spec = None
    if plan is not None:
        if edition.service is None:
            raise InvalidFacts("terms.service", f"{terms.name} offer no plans")
        spec = plan_of(edition.service, plan)
    return SlaCase(terms, edition.service_level, spec, received)


def _done(done_at: datetime | None, received: datetime, field: str) -> datetime | None:
    if done_at is None:
        return None
    done = aware(done_at, field)
    if done < received:
        raise InvalidFacts(field, f"{done.isoformat()} is before the report ({received})")
    return done


# --------------------------------------------------------------------------- the clocks


def sla_clock(level: ServiceLevel, sla: SlaTerms) -> Schedule:
    """The SLA clock of a plan: the working hours, plus its extended days (which run on
    holidays too when ``holidays_on_extended_days``)."""
    extended = sla.extended_days
    return Schedule(
        _WORKING_WEEK | extended,
        level.opens,
        level.closes,
        open_on_holidays=extended if sla.holidays_on_extended_days else frozenset(),
    )


def office_clock(level: ServiceLevel) -> Schedule:
    """The terms' working hours: Monday to Friday, holidays excepted."""
    return Schedule(_WORKING_WEEK, level.opens, level.closes)


_EXTENDED_DAYS = {
    frozenset({SATURDAY}): Message("sla.clock.saturdays"),
    frozenset({SUNDAY}): Message("sla.clock.sundays"),
    frozenset({SATURDAY, SUNDAY}): Message("sla.clock.weekends"),
}


def clock_phrase(level: ServiceLevel, sla: SlaTerms | None) -> Message:
    """When the clock runs, in words."""
    hours = f"{level.opens:%H:%M}–{level.closes:%H:%M}"
    if sla is None or not sla.extended_days:
        return Message("sla.clock.working_week", hours=hours)
    days = _EXTENDED_DAYS[sla.extended_days]
    if sla.holidays_on_extended_days:
        return Message("sla.clock.extended_with_holidays", hours=hours, days=days)
    return Message("sla.clock.extended", hours=hours, days=days)


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True, slots=True)
class _Wording:
    """The messages of a time limit: the deadline (``{due}``), and the act (``{done}``) in
    time or late."""

    due: Reason
    in_time: Reason
    late: Reason


def _counted(
    rule_id: str,
    case: SlaCase,
    clock: Schedule,
    limit: tuple[int, Reason],
    prior: tuple[Reason, ...],
    *,
    done: datetime | None,
    words: _Wording,
) -> TimeDecision:
    """The decision on a time limit of ``limit[0]`` hours counted on ``clock`` from the
    request, stated by the reason ``limit[1]`` after the ``prior`` reasons; and whether the act
    done at ``done`` came in time."""
    hours, stated = limit
    start = clock_start(case.received, clock)
    due = add_working_hours(case.received, hours, clock)
    met = None if done is None else done <= due
    act = words.in_time if met else words.late
    checked = () if done is None else (Reason(rule_id, act.message, (), {"done": done}),)
    timing = _clock_reasons(rule_id, case, start=start, hours=hours, due=due)
    return TimeDecision(
        rule=rule_id,
        outcome=due,
        summary=Reason(rule_id, words.due.message, (), {"due": due}),
        reasons=(*prior, stated, *timing, *checked),
        deadline=due,
        law_as_of=case.received.date(),
        limit_hours=hours,
        clock_starts=start,
        met=met,
    )


def _no_deadline(
    rule_id: str, on: date, summary: Reason, reasons: tuple[Reason, ...], not_applied: Reason
) -> TimeDecision:
    return TimeDecision(
        rule=rule_id,
        outcome=None,
        summary=summary,
        reasons=reasons,
        not_applied=(not_applied,),
        law_as_of=on,
    )


# --------------------------------------------------------------------------- scope

_LABELS = {
    "customer_infrastructure": Message("sla.exceptions.label.customer_infrastructure"),
    "non_standard_work": Message("sla.exceptions.label.non_standard_work"),
    "external_cause": Message("sla.exceptions.label.external_cause"),
    "force_majeure": Message("sla.exceptions.label.force_majeure"),
}


@rule(EXCEPTIONS_RULE, on="on", keyed_on=KeyDate.EVENT)
def _exceptions(request: ServiceRequest, on: date, case: SlaCase) -> Decision[bool]:
    """Does the SLA cover the request?"""
    raise NotImplementedError  # the signature: the registry applies a version


@_exceptions.version(since=UOPK_IN_FORCE, basis=BINDING)
def _exceptions_by_terms(request: ServiceRequest, on: date, case: SlaCase) -> Decision[bool]:
    """The SLA covers the requests the terms name (failure reports), unless an exception the
    terms state applies; other requests get the standard time for requests outside the SLA."""
    level = case.level
    if request.kind not in level.covers:
        basis = case.stated(level, "non_sla_hours")
        reason = Reason(EXCEPTIONS_RULE, "sla.exceptions.not_a_failure", basis)
        return _scope(False, Reason(EXCEPTIONS_RULE, "sla.exceptions.not_covered"), on, reason)
    if request.exception is not None:
        reason = _exception(request, case)
        return _scope(False, Reason(EXCEPTIONS_RULE, "sla.exceptions.does_not_apply"), on, reason)
    basis = (*case.stated(level, "exceptions"), *case.stated(level, "covers"))
    reason = Reason(EXCEPTIONS_RULE, "sla.exceptions.no_exception", basis)
    return _scope(True, Reason(EXCEPTIONS_RULE, "sla.exceptions.covered"), on, reason)


def _exception(request: ServiceRequest, case: SlaCase) -> Reason:
    """The exception shown, citing the clause on the SLA's scope and the point stating it; an
    exception the terms do not state is :class:`InvalidFacts`."""
    assert request.exception is not None
    point = case.level.exceptions.get(request.exception)
    if point is None:
        stated = ", ".join(case.level.exceptions) or "none"
        raise InvalidFacts(
            "request.exception",
            f"{case.terms.name} state no exception {request.exception.value}; they state: {stated}",
        )
    label = _LABELS[request.exception.value]
    basis = case.cite(case.level.scope, point)
    return Reason(EXCEPTIONS_RULE, "sla.exceptions.exception", basis, {"label": label})


def _scope(covered: bool, summary: Reason, on: date, reason: Reason) -> Decision[bool]:
    return Decision(
        rule=EXCEPTIONS_RULE,
        outcome=covered,
        summary=summary,
        reasons=(reason,),
        law_as_of=on,
    )


def sla_applies(request: ServiceRequest, *, terms: ShopTerms) -> Decision[bool]:
    """Is ``request`` covered by the SLA of ``terms`` (a request the SLA covers, with no
    exception the terms state)?"""
    case = _case(request, terms, EXCEPTIONS_RULE)
    return _exceptions(request, case.received.date(), case)


_exceptions.entry = sla_applies


# --------------------------------------------------------------------------- first reply

_FOUR_HOURS = Interpretation("sla.first_reply.four_hours")
_WEEKEND_HOLIDAYS = Interpretation("sla.first_reply.weekend_holidays")
_CLOCK_START = Interpretation("sla.first_reply.clock_start")
_EXCEPTED_REPORTS = Interpretation("sla.non_sla.excepted_reports")
_REPLY_READINGS = (_FOUR_HOURS, _WEEKEND_HOLIDAYS, _CLOCK_START)
_REPLY = _Wording(
    Reason(FIRST_REPLY_RULE, "sla.first_reply.due"),
    Reason(FIRST_REPLY_RULE, "sla.first_reply.in_time"),
    Reason(FIRST_REPLY_RULE, "sla.first_reply.late"),
)
_RESTORED = _Wording(
    Reason(RESTORE_RULE, "sla.restore.due"),
    Reason(RESTORE_RULE, "sla.restore.in_time"),
    Reason(RESTORE_RULE, "sla.restore.late"),
)
_HANDLED = _Wording(
    Reason(NON_SLA_RULE, "sla.non_sla.due"),
    Reason(NON_SLA_RULE, "sla.non_sla.in_time"),
    Reason(NON_SLA_RULE, "sla.non_sla.late"),
)


def _outside_the_sla(request: ServiceRequest, on: date, case: SlaCase) -> tuple[Reason, ...]:
    """For a report the SLA excepts, the time the terms give it instead (the rule on
    requests outside the SLA, :data:`NON_SLA_RULE`): its deadline, or that the terms give
    none. Nothing for a request of a kind the SLA does not cover (its reason says already
    that the standard time applies)."""
    if request.kind not in case.level.covers or request.exception is None:
        return ()
    outside = _non_sla(request, on, SlaCase(case.terms, case.level, None, case.received), None)
    if not isinstance(outside.outcome, datetime):
        return outside.reasons[-1:]
    level = case.level
    basis = (*case.cite(level.excepted_reports), *case.stated(level, "non_sla_hours"))
    params = {"hours": level.non_sla_hours, "due": outside.outcome}
    return (Reason(NON_SLA_RULE, "sla.non_sla.excepted_due", tuple(dict.fromkeys(basis)), params),)


def _clock_reasons(
    rule_id: str, case: SlaCase, *, start: datetime, hours: int, due: datetime
) -> tuple[Reason, ...]:
    """When the clock runs and when it started: a plan's SLA clock, or the working hours for
    a request outside the SLA (``case.plan`` ``None``)."""
    timing = {"received": case.received, "start": start, "hours": hours, "due": due}
    if case.plan is None:
        basis = case.stated(case.level, "non_sla_hours")
        return (Reason(rule_id, "sla.non_sla.clock_started", basis, timing),)
    clock = {"plan": case.plan_name, "clock": clock_phrase(case.level, case.sla)}
    runs = (*case.cite(case.level.levels), *case.hours(), *case.stated(case.sla, "extended_days"))
    basis = case.cite(case.level.levels)
    return (
        Reason(rule_id, "sla.clock.runs", tuple(dict.fromkeys(runs)), clock),
        Reason(rule_id, "sla.clock.started", basis, timing),
    )


def _reply_hours(case: SlaCase, start: datetime) -> tuple[int, Reason]:
    """The plan's first-reply time, or its extended one for a clock starting on an extended
    day, and the reason citing the clause that states it."""
    sla = case.sla
    if start.weekday() in sla.extended_days and sla.extended_first_reply_hours is not None:
        hours = sla.extended_first_reply_hours
        params = {"plan": case.plan_name, "date": start.date(), "day": DayOff(start.date())}
        basis = case.stated(sla, "extended_first_reply_hours")
        return hours, Reason(
            FIRST_REPLY_RULE, "sla.first_reply.extended", basis, {**params, "hours": hours}
        )
    hours = sla.first_reply_hours
    basis = case.stated(sla, "first_reply_hours")
    return hours, Reason(FIRST_REPLY_RULE, "sla.first_reply.standard", basis, {"hours": hours})


@rule(FIRST_REPLY_RULE, on="on", keyed_on=KeyDate.EVENT)
def _first_reply(
    request: ServiceRequest, on: date, case: SlaCase, replied: datetime | None
) -> TimeDecision:
    """By when the first reply to a failure report is due."""
    raise NotImplementedError  # the signature: the registry applies a version


@_first_reply.version(since=UOPK_IN_FORCE, basis=BINDING, interpretations=_REPLY_READINGS)
def _first_reply_by_terms(
    request: ServiceRequest, on: date, case: SlaCase, replied: datetime | None
) -> TimeDecision:
    """The plan's first-reply hours, counted on its SLA clock from the report; for a report
    whose clock starts on an extended day, the extended reaction time."""
    applies = _exceptions(request, on, case)
    if not applies.outcome:
        summary = Reason(FIRST_REPLY_RULE, "sla.first_reply.none")
        reasons = (*applies.reasons, *_outside_the_sla(request, on, case))
        return _no_deadline(FIRST_REPLY_RULE, on, summary, reasons, applies.summary)
    clock = sla_clock(case.level, case.sla)
    limit = _reply_hours(case, clock_start(case.received, clock))
    reasons = applies.reasons
    return _counted(FIRST_REPLY_RULE, case, clock, limit, reasons, done=replied, words=_REPLY)


def sla_first_reply(
    request: ServiceRequest, plan: str, *, replied_at: Instant | None = None, terms: ShopTerms
) -> TimeDecision:
    """By when the first reply to a failure report is due under ``plan``'s SLA in ``terms``.

    ``replied_at``, if given, is checked against the deadline.
    """
    case = _case(request, terms, FIRST_REPLY_RULE, plan)
    replied = _done(replied_at, case.received, "replied_at")
    return _first_reply(request, case.received.date(), case, replied)


_first_reply.entry = sla_first_reply


# --------------------------------------------------------------------------- restore


@rule(RESTORE_RULE, on="on", keyed_on=KeyDate.EVENT)
def _restore(
    request: ServiceRequest, on: date, case: SlaCase, restored: datetime | None
) -> TimeDecision:
    """By when a critical failure must be restored."""
    raise NotImplementedError  # the signature: the registry applies a version


def _restorable(
    request: ServiceRequest, on: date, case: SlaCase
) -> TimeDecision | tuple[Reason, ...]:
    """The reasons the SLA covers a critical failure, or the decision that it sets no restore
    time: it does not cover the report, the criticality is unknown, or it is not critical."""
    applies = _exceptions(request, on, case)
    if not applies.outcome:
        return _no_deadline(
            RESTORE_RULE,
            on,
            Reason(RESTORE_RULE, "sla.restore.none"),
            (*applies.reasons, *_outside_the_sla(request, on, case)),
            applies.summary,
        )
    basis = case.stated(case.sla, "restore_hours")
    if request.critical is None:
        missing = ("request.critical",)
        return TimeDecision(
            rule=RESTORE_RULE,
            outcome=Undetermined(missing),
            summary=undetermined(RESTORE_RULE, "sla.restore.undetermined", missing),
            reasons=(
                *applies.reasons,
                Reason(RESTORE_RULE, "sla.restore.criticality_unknown", basis),
            ),
            law_as_of=on,
        )
    if request.critical:
        return applies.reasons
    other = case.level.other_failures
    only = (
        Reason(
            RESTORE_RULE,
            "sla.restore.critical_only",
            (*basis, *case.cite(other)),
            {"clause": ClauseName(other)},
        )
        if other is not None
        else Reason(RESTORE_RULE, "sla.restore.critical_only_no_clause", basis)
    )
    return _no_deadline(
        RESTORE_RULE, on, Reason(RESTORE_RULE, "sla.restore.not_critical"), applies.reasons, only
    )


@_restore.version(
    since=UOPK_IN_FORCE, basis=BINDING, interpretations=(_WEEKEND_HOLIDAYS, _CLOCK_START)
)
def _restore_by_terms(
    request: ServiceRequest, on: date, case: SlaCase, restored: datetime | None
) -> TimeDecision:
    """A critical failure is restored within the plan's restore hours, counted on its SLA
    clock from the report."""
    covered = _restorable(request, on, case)
    if isinstance(covered, TimeDecision):
        return covered
    hours = case.sla.restore_hours
    basis = case.stated(case.sla, "restore_hours")
    limit = (hours, Reason(RESTORE_RULE, "sla.restore.hours", basis, {"hours": hours}))
    clock = sla_clock(case.level, case.sla)
    return _counted(RESTORE_RULE, case, clock, limit, covered, done=restored, words=_RESTORED)


def sla_restore(
    request: ServiceRequest, plan: str, *, restored_at: Instant | None = None, terms: ShopTerms
) -> TimeDecision:
    """By when a critical failure must be restored under ``plan``'s SLA in ``terms``."""
    case = _case(request, terms, RESTORE_RULE, plan)
    restored = _done(restored_at, case.received, "restored_at")
    return _restore(request, case.received.date(), case, restored)


_restore.entry = sla_restore


# --------------------------------------------------------------------------- outside the SLA


@rule(NON_SLA_RULE, on="on", keyed_on=KeyDate.EVENT)
def _non_sla(
    request: ServiceRequest, on: date, case: SlaCase, handled: datetime | None
) -> TimeDecision:
    """By when a request outside the SLA must be handled."""
    raise NotImplementedError  # the signature: the registry applies a version


def _under_the_sla(on: date, case: SlaCase) -> TimeDecision:
    """A report of a kind the SLA covers falls under the SLA, not under this time."""
    level = case.level
    basis = (*case.stated(level, "non_sla_hours"), *case.cite(level.levels))
    params = {"hours": level.non_sla_hours, "clause": ClauseName(level.levels)}
    under = Reason(NON_SLA_RULE, "sla.non_sla.failure_under_sla", basis, params)
    return _no_deadline(NON_SLA_RULE, on, Reason(NON_SLA_RULE, "sla.non_sla.failure"), (), under)


def _non_sla_hours(case: SlaCase) -> tuple[int, Reason]:
    """The terms' time for requests outside the SLA, and the reason citing its clause."""
    level = case.level
    hours = level.non_sla_hours
    params = {"hours": hours, "clock": clock_phrase(level, None)}
    basis = (*case.stated(level, "non_sla_hours"), *case.hours())
    return hours, Reason(NON_SLA_RULE, "sla.non_sla.hours", basis, params)


def _excepted(
    request: ServiceRequest, on: date, case: SlaCase
) -> tuple[Reason, ...] | TimeDecision:
    """A report of a kind the SLA covers with an exception shown: the reasons bringing it
    under the time for requests outside the SLA (the clause ``excepted_reports``), or the
    decision that the terms give it no time."""
    shown = _exception(request, case)
    level = case.level
    clause = level.excepted_reports
    if clause is None:
        basis = case.stated(level, "non_sla_hours")
        params = {"hours": level.non_sla_hours}
        not_reached = Reason(NON_SLA_RULE, "sla.non_sla.excepted_not_covered", basis, params)
        no_time = Reason(NON_SLA_RULE, "sla.non_sla.excepted_no_time", (KC.art("455"),))
        summary = Reason(NON_SLA_RULE, "sla.non_sla.excepted_none")
        return _no_deadline(NON_SLA_RULE, on, summary, (shown, no_time), not_reached)
    return shown, Reason(NON_SLA_RULE, "sla.non_sla.excepted", case.cite(clause))


@_non_sla.version(
    since=UOPK_IN_FORCE, basis=BINDING, interpretations=(_CLOCK_START, _EXCEPTED_REPORTS)
)
def _non_sla_by_terms(
    request: ServiceRequest, on: date, case: SlaCase, handled: datetime | None
) -> TimeDecision:
    """A request the SLA does not cover is handled within the terms' hours for such requests,
    counted in working hours (Monday to Friday, for every plan). So is a report of a kind the
    SLA covers to which an exception applies, where the terms' clause on requests outside the
    SLA reaches it (``excepted_reports``); where it does not, the terms give it no time."""
    prior: tuple[Reason, ...] = ()
    if request.kind in case.level.covers:
        if request.exception is None:
            return _under_the_sla(on, case)
        excepted = _excepted(request, on, case)
        if isinstance(excepted, TimeDecision):
            return excepted
        prior = excepted
    clock = office_clock(case.level)
    limit = _non_sla_hours(case)
    return _counted(NON_SLA_RULE, case, clock, limit, prior, done=handled, words=_HANDLED)


def non_sla_reply(
    request: ServiceRequest, *, handled_at: Instant | None = None, terms: ShopTerms
) -> TimeDecision:
    """By when a request outside the SLA of ``terms`` must be handled."""
    case = _case(request, terms, NON_SLA_RULE)
    handled = _done(handled_at, case.received, "handled_at")
    return _non_sla(request, case.received.date(), case, handled)


_non_sla.entry = non_sla_reply
