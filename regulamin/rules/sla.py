"""The Woohoo Cloud service level (SLA): reply and restore times in working hours, per plan.

**§ 5 ust. 3 pkt 1.** For every customer: the first reply to a failure report within **2
working hours**, and continuity of the services restored after a **critical** failure within
**8 working hours**, both counted from the report. Working hours (godziny robocze) are 9:00-17:00
on working days: Monday to Friday, public holidays excepted (§ 1), on the Warsaw wall clock, so
that a change to or from summer time never adds or removes a working hour.

**§ 5 ust. 3 pkt 2-3.** For the PLUS plan the SLA also runs on **Saturdays**, for PRO on
**Saturdays and Sundays**, 9:00-17:00 ("rozszerzone godziny wsparcia"); "the reaction time is
at most 4 hours, counted from the report". The plans are data
(:class:`~regulamin.models.service.SlaTerms`); the readings chosen, each registered as an
interpretation:

* the 4 hours are the reaction time for reports handled in the extended hours: a report whose
  SLA clock starts on a Saturday (PLUS) or a Saturday or Sunday (PRO); on working days the
  2 hours "for all customers" keep applying (``extended_first_reply_hours``);
* the extended days are named without exception, so the SLA also runs on a Saturday or
  Sunday that is a public holiday (``holidays_on_extended_days``; unclear terms are read in
  the customer's favour, art. 385 § 2 KC); holidays from Monday to Friday stay off;
* the extended days apply to the whole SLA, the restore time included.

**§ 5 ust. 2.** The SLA does not apply to work on infrastructure the customer controls, work
beyond standard operation, delays from external causes, or force majeure. **§ 5 ust. 4.**
Requests the SLA does not cover (questions, configuration, faults not significantly
affecting availability) are handled within **48 working hours** of receipt.

>>> from datetime import datetime
>>> from regulamin.calendars import WARSAW
>>> from regulamin.models.service import ServiceRequest
>>> report = ServiceRequest(received_at=datetime(2026, 11, 7, 10, 0, tzinfo=WARSAW),
...                         kind="failure", critical=True)            # Saturday 10:00
>>> sla_first_reply(report, "PLUS").outcome.isoformat()              # extended hours: 4 h
'2026-11-07T14:00:00+01:00'
>>> sla_first_reply(report, "BASIC").outcome.isoformat()             # Monday 9:00 + 2 h
'2026-11-09T11:00:00+01:00'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from ..calendars import Schedule, add_working_hours, clock_start, day_off_name
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..models.base import Instant
from ..models.service import (
    SATURDAY,
    SUNDAY,
    PlanSpec,
    RequestKind,
    ServiceRequest,
    ServiceTerms,
    SlaException,
)
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule
from .service import (
    WOOHOO,
    WOOHOO_FROM,
    WOOHOO_TERMS,
    TimeDecision,
    aware,
    missing_text,
    plan_spec,
    seed,
)

__all__ = [
    "EXCEPTIONS_RULE",
    "FIRST_REPLY_RULE",
    "NON_SLA_RULE",
    "RESTORE_RULE",
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

_WORKING_WEEK = frozenset(range(5))


def sla_clock(terms: ServiceTerms, spec: PlanSpec) -> Schedule:
    """The SLA clock of plan ``spec``: the working hours, plus its extended days (which run
    on holidays too when ``holidays_on_extended_days``)."""
    extended = spec.sla.extended_days
    return Schedule(
        _WORKING_WEEK | extended,
        terms.opens,
        terms.closes,
        open_on_holidays=extended if spec.sla.holidays_on_extended_days else frozenset(),
    )


def office_clock(terms: ServiceTerms) -> Schedule:
    """The terms' working hours: Monday to Friday, holidays excepted."""
    return Schedule(_WORKING_WEEK, terms.opens, terms.closes)


_EXTENDED_NAMES = {
    frozenset({SATURDAY}): Text("w soboty", "on Saturdays"),
    frozenset({SUNDAY}): Text("w niedziele", "on Sundays"),
    frozenset({SATURDAY, SUNDAY}): Text("w soboty i niedziele", "on Saturdays and Sundays"),
}


def clock_text(terms: ServiceTerms, spec: PlanSpec | None) -> Text:
    """When the clock runs, in words."""
    hours = f"{terms.opens:%H:%M}–{terms.closes:%H:%M}"
    pl = f"od poniedziałku do piątku w godz. {hours}, z wyjątkiem dni ustawowo wolnych od pracy"
    en = f"Monday to Friday, {hours}, public holidays excepted"
    if spec is not None and spec.sla.extended_days:
        extra = _EXTENDED_NAMES[spec.sla.extended_days]
        holidays = spec.sla.holidays_on_extended_days
        pl += f", a także {extra.pl} w tych samych godzinach" + (
            " (również gdy są świętami)" if holidays else ""
        )
        en += f", and {extra.en} in the same hours" + (" (holidays included)" if holidays else "")
    return Text(pl, en)


def _day_name(day: date) -> Text:
    return Text(day_off_name(day, "pl"), day_off_name(day, "en"))


def _met(
    rule_id: str, done: datetime | None, due: datetime, what: Text
) -> tuple[bool | None, tuple[Reason, ...]]:
    if done is None:
        return None, ()
    met = done <= due
    return met, (
        Reason(
            rule_id,
            "{what}: {done}, " + ("w terminie." if met else "po terminie."),
            "{what}: {done}, " + ("in time." if met else "after the deadline."),
            (WOOHOO.art("5", "3"),),
            {"what": what, "done": done},
        ),
    )


def _timed(
    rule_id: str,
    *,
    received: datetime,
    start: datetime,
    hours: int,
    due: datetime,
    reasons: Sequence[Reason],
    done: datetime | None,
    done_what: Text,
    due_text: tuple[str, str],
) -> TimeDecision:
    """The decision on a time limit in working hours: ``due``, the reasons that led to it, and
    whether ``done`` (the reply, the restore...) came in time."""
    met, checked = _met(rule_id, done, due, done_what)
    return TimeDecision(
        rule=rule_id,
        outcome=due,
        summary=Reason(rule_id, *due_text, params={"due": due}),
        reasons=(*reasons, *checked),
        deadline=due,
        law_as_of=received.date(),
        limit_hours=hours,
        clock_starts=start,
        met=met,
    )


def _received(request: ServiceRequest) -> datetime:
    return aware(request.received_at, "request.received_at")


def _done(done_at: datetime | None, received: datetime, field: str) -> datetime | None:
    if done_at is None:
        return None
    done = aware(done_at, field)
    if done < received:
        raise InvalidFacts(field, f"{done.isoformat()} is before the report ({received})")
    return done


def _no_deadline(
    rule_id: str, on: date, summary: Text, reasons: tuple[Reason, ...], not_applied: Reason
) -> TimeDecision:
    return TimeDecision(
        rule=rule_id,
        outcome=None,
        summary=Reason(rule_id, summary.pl, summary.en),
        reasons=reasons,
        not_applied=(not_applied,),
        law_as_of=on,
    )


# --------------------------------------------------------------------------- § 5 ust. 2

_EXCEPTION_POINTS = {
    SlaException.CUSTOMER_INFRASTRUCTURE: (
        "1",
        Text(
            "działania wymagające ingerencji w infrastrukturę, którą dysponuje klient",
            "work requiring intervention in infrastructure the customer controls",
        ),
    ),
    SlaException.NON_STANDARD_WORK: (
        "2",
        Text(
            "prace wykraczające poza standardową eksploatację",
            "work beyond standard operation",
        ),
    ),
    SlaException.EXTERNAL_CAUSE: (
        "3",
        Text(
            "opóźnienie z przyczyn zewnętrznych, niezależnych od Wykonawcy",
            "a delay from external causes beyond the provider's control",
        ),
    ),
    SlaException.FORCE_MAJEURE: ("4", Text("siła wyższa", "force majeure")),
}


@legacy_rule(
    EXCEPTIONS_RULE,
    title=Text("Zakres SLA i wyjątki", "Scope of the SLA and its exceptions"),
    summary=Text(
        "SLA obejmuje zgłoszenia awarii; nie stosuje się go do działań w infrastrukturze "
        "klienta, prac niestandardowych, opóźnień z przyczyn zewnętrznych ani siły wyższej.",
        "The SLA covers failure reports; it does not apply to work on the customer's "
        "infrastructure, non-standard work, delays from external causes, or force majeure.",
    ),
    basis=(WOOHOO.art("5", "1"), WOOHOO.art("5", "2"), WOOHOO.art("5", "4")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("5", "1"), seed("5", "2")),
)
def _exceptions(request: ServiceRequest, on: date) -> Decision[bool]:
    """§ 5 ust. 2-4: the SLA covers failures, unless one of the exceptions applies."""
    if request.kind is not RequestKind.FAILURE:
        return Decision(
            rule=EXCEPTIONS_RULE,
            outcome=False,
            summary=Reason(
                EXCEPTIONS_RULE,
                "Zgłoszenie nie jest objęte SLA.",
                "The request is not covered by the SLA.",
            ),
            reasons=(
                Reason(
                    EXCEPTIONS_RULE,
                    "Zgłoszenie nie dotyczy awarii: rozpatruje się je w standardowym czasie "
                    "obsługi klienta.",
                    "The request concerns no failure: it is handled in the standard customer "
                    "service time.",
                    (WOOHOO.art("5", "4"),),
                ),
            ),
            law_as_of=on,
        )
    if request.exception is not None:
        point, label = _EXCEPTION_POINTS[request.exception]
        return Decision(
            rule=EXCEPTIONS_RULE,
            outcome=False,
            summary=Reason(
                EXCEPTIONS_RULE,
                "SLA nie ma zastosowania do tego zgłoszenia.",
                "The SLA does not apply to this report.",
            ),
            reasons=(
                Reason(
                    EXCEPTIONS_RULE,
                    "Zachodzi wyjątek od SLA: {label}.",
                    "An SLA exception applies: {label}.",
                    (WOOHOO.art("5", "1"), WOOHOO.art("5", "2", point)),
                    {"label": label},
                ),
            ),
            law_as_of=on,
        )
    return Decision(
        rule=EXCEPTIONS_RULE,
        outcome=True,
        summary=Reason(
            EXCEPTIONS_RULE,
            "Zgłoszenie jest objęte SLA.",
            "The report is covered by the SLA.",
        ),
        reasons=(
            Reason(
                EXCEPTIONS_RULE,
                "Zgłoszenie dotyczy awarii, a żaden wyjątek od SLA nie został wykazany.",
                "The report concerns a failure, and no SLA exception has been shown.",
                (WOOHOO.art("5", "2"), WOOHOO.art("5", "3", "1")),
            ),
        ),
        law_as_of=on,
    )


_EXCEPTIONS = REGISTRY[EXCEPTIONS_RULE]


@entry(EXCEPTIONS_RULE)
def sla_applies(request: ServiceRequest) -> Decision[bool]:
    """Is ``request`` covered by the SLA (a failure report with no exception of § 5 ust. 2)?"""
    on = _received(request).date()
    version = _EXCEPTIONS.version_for({KeyDate.EVENT: on})
    decision: Decision[bool] = version.func(request, on)
    return decision


# --------------------------------------------------------------------------- § 5 ust. 3

_FOUR_HOURS = Interpretation(
    "Pakiety PLUS i PRO: „czas reakcji wynosi maksymalnie 4 godziny” to czas pierwszej "
    "odpowiedzi na zgłoszenie obsługiwane w rozszerzonych godzinach wsparcia, tj. zgłoszenie, "
    "dla którego zegar SLA zaczyna biec w sobotę (PLUS) albo w sobotę lub niedzielę (PRO); w "
    "dni robocze nadal obowiązują 2 godziny przewidziane „dla wszystkich Klientów”. Odczytanie "
    "jest daną (extended_first_reply_hours): konsument mógłby twierdzić, że 2 godziny "
    "obowiązują zawsze (art. 385 § 2 KC); ustawienie tej wartości na 2 daje ten wynik.",
    "PLUS and PRO: 'the reaction time is at most 4 hours' is the first-reply time for a report "
    "handled in the extended support hours, i.e. one whose SLA clock starts on a Saturday "
    "(PLUS) or a Saturday or Sunday (PRO); on working days the 2 hours given 'for all "
    "customers' keep applying. The reading is data (extended_first_reply_hours): a consumer "
    "might argue that 2 hours always apply (Art. 385 § 2 KC); setting the value to 2 gives "
    "that result.",
)
_WEEKEND_HOLIDAYS = Interpretation(
    "„SLA obowiązuje również w soboty” (i niedziele dla PRO) – bez wyjątku dla świąt, więc zegar "
    "biegnie także w sobotę lub niedzielę będącą dniem ustawowo wolnym od pracy; niejasne "
    "postanowienie tłumaczy się na korzyść konsumenta (art. 385 § 2 KC). Święta od poniedziałku "
    "do piątku nie są dniami roboczymi i zegar w nie nie biegnie. Rozszerzone dni dotyczą całego "
    "SLA, także czasu przywrócenia działania.",
    "'The SLA also applies on Saturdays' (and Sundays for PRO) has no exception for holidays, "
    "so the clock also runs on a Saturday or Sunday that is a public holiday; an unclear term "
    "is read in the consumer's favour (Art. 385 § 2 KC). Holidays from Monday to Friday are not "
    "working days and the clock does not run on them. The extended days apply to the whole "
    "SLA, the restore time included.",
)
_CLOCK_START = Interpretation(
    "Zgłoszenie otrzymane poza godzinami SLA zaczyna biec od najbliższej godziny SLA; termin "
    "kończący się równo o zamknięciu (17:00) zostaje tego dnia.",
    "A report received outside SLA hours starts the clock at the next SLA hour; a deadline "
    "ending exactly at closing time (17:00) stays on that day.",
)


def _clock_reasons(
    rule_id: str,
    terms: ServiceTerms,
    spec: PlanSpec,
    *,
    received: datetime,
    start: datetime,
    hours: int,
    due: datetime,
) -> list[Reason]:
    return [
        Reason(
            rule_id,
            "Zegar SLA pakietu {plan} biegnie {clock}.",
            "The {plan} plan's SLA clock runs {clock}.",
            (WOOHOO.art("5", "3"),),
            {"plan": spec.name, "clock": clock_text(terms, spec)},
        ),
        Reason(
            rule_id,
            "Zgłoszenie otrzymano {received}; zegar zaczął biec {start}, a termin {hours} godz. "
            "SLA upływa {due}.",
            "The report was received on {received}; the clock started on {start}, and {hours} "
            "SLA hours end on {due}.",
            (WOOHOO.art("5", "3"),),
            {"received": received, "start": start, "hours": hours, "due": due},
        ),
    ]


@legacy_rule(
    FIRST_REPLY_RULE,
    title=Text("SLA: pierwsza odpowiedź na zgłoszenie awarii", "SLA: first reply to a failure"),
    summary=Text(
        "Pierwsza odpowiedź na zgłoszenie awarii następuje w ciągu 2 godzin roboczych od "
        "zgłoszenia; w pakietach PLUS i PRO SLA obowiązuje także w weekend (PLUS: soboty), z "
        "czasem reakcji do 4 godzin.",
        "The first reply to a failure report comes within 2 working hours of the report; for "
        "PLUS and PRO the SLA also runs at weekends (PLUS: Saturdays), with a reaction time of "
        "up to 4 hours.",
    ),
    basis=(WOOHOO.art("5", "3", "1"), WOOHOO.art("5", "3", "2"), WOOHOO.art("5", "3", "3")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("5", "3"),),
    interpretations=(_FOUR_HOURS, _WEEKEND_HOLIDAYS, _CLOCK_START),
)
def _first_reply(
    request: ServiceRequest,
    received: datetime,
    spec: PlanSpec,
    terms: ServiceTerms,
    replied: datetime | None,
) -> TimeDecision:
    """§ 5 ust. 3: 2 SLA hours; for a report handled in PLUS/PRO extended hours, 4."""
    applies = sla_applies(request)
    if not applies.outcome:
        return _no_deadline(
            FIRST_REPLY_RULE,
            received.date(),
            Text(
                "SLA nie wyznacza czasu pierwszej odpowiedzi na to zgłoszenie.",
                "The SLA sets no first-reply time for this request.",
            ),
            applies.reasons,
            applies.summary,
        )
    clock = sla_clock(terms, spec)
    start = clock_start(received, clock)
    extended = start.weekday() in spec.sla.extended_days
    reasons = list(applies.reasons)
    if extended and spec.sla.extended_first_reply_hours is not None:
        hours = spec.sla.extended_first_reply_hours
        reasons.append(
            Reason(
                FIRST_REPLY_RULE,
                "Zgłoszenie jest obsługiwane w rozszerzonych godzinach wsparcia pakietu {plan} "
                "({date} r.: {day}); czas reakcji wynosi do {hours} godz. (interpretacja).",
                "The report is handled in the {plan} plan's extended support hours ({date}: "
                "{day}); the reaction time is up to {hours} hours (interpretation).",
                (WOOHOO.art("5", "3"),),
                {
                    "plan": spec.name,
                    "day": _day_name(start.date()),
                    "date": start.date(),
                    "hours": hours,
                },
            )
        )
    else:
        hours = spec.sla.first_reply_hours
        reasons.append(
            Reason(
                FIRST_REPLY_RULE,
                "Pierwsza odpowiedź na zgłoszenie awarii następuje najpóźniej w ciągu {hours} "
                "godz. roboczych od zgłoszenia.",
                "The first reply to a failure report comes within {hours} working hours of the "
                "report at the latest.",
                (WOOHOO.art("5", "3", "1"),),
                {"hours": hours},
            )
        )
    due = add_working_hours(received, hours, clock)
    reasons += _clock_reasons(
        FIRST_REPLY_RULE, terms, spec, received=received, start=start, hours=hours, due=due
    )
    return _timed(
        FIRST_REPLY_RULE,
        received=received,
        start=start,
        hours=hours,
        due=due,
        reasons=reasons,
        done=replied,
        done_what=Text("Pierwsza odpowiedź", "The first reply"),
        due_text=(
            "Pierwsza odpowiedź na zgłoszenie awarii powinna nastąpić najpóźniej {due}.",
            "The first reply to the failure report is due by {due} at the latest.",
        ),
    )


_FIRST_REPLY = REGISTRY[FIRST_REPLY_RULE]


@entry(FIRST_REPLY_RULE)
def sla_first_reply(
    request: ServiceRequest,
    plan: str,
    *,
    replied_at: Instant | None = None,
    service_terms: ServiceTerms = WOOHOO_TERMS,
) -> TimeDecision:
    """By when the first reply to a failure report is due under ``plan``'s SLA (§ 5 ust. 3).

    ``replied_at``, if given, is checked against the deadline.
    """
    spec = plan_spec(service_terms, plan)
    received = _received(request)
    replied = _done(replied_at, received, "replied_at")
    version = _FIRST_REPLY.version_for({KeyDate.EVENT: received.date()})
    decision: TimeDecision = version.func(request, received, spec, service_terms, replied)
    return decision


@legacy_rule(
    RESTORE_RULE,
    title=Text(
        "SLA: przywrócenie działania po awarii krytycznej",
        "SLA: restoring service after a critical failure",
    ),
    summary=Text(
        "Po awarii krytycznej ciągłość działania usług przywraca się w ciągu 8 godzin roboczych "
        "od zgłoszenia; w pakietach PLUS i PRO liczą się także godziny weekendowe.",
        "After a critical failure the services' continuity is restored within 8 working hours "
        "of the report; for PLUS and PRO the weekend hours count too.",
    ),
    basis=(WOOHOO.art("5", "3", "1"), WOOHOO.art("5", "3", "2"), WOOHOO.art("5", "3", "3")),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("5", "3"),),
    interpretations=(_WEEKEND_HOLIDAYS, _CLOCK_START),
)
def _restore(
    request: ServiceRequest,
    received: datetime,
    spec: PlanSpec,
    terms: ServiceTerms,
    restored: datetime | None,
) -> TimeDecision:
    """§ 5 ust. 3 pkt 1: a critical failure is restored within 8 SLA hours of the report."""
    applies = sla_applies(request)
    if not applies.outcome:
        return _no_deadline(
            RESTORE_RULE,
            received.date(),
            Text(
                "SLA nie wyznacza czasu przywrócenia działania dla tego zgłoszenia.",
                "The SLA sets no restore time for this request.",
            ),
            applies.reasons,
            applies.summary,
        )
    if request.critical is None:
        missing = ("request.critical",)
        return TimeDecision(
            rule=RESTORE_RULE,
            outcome=Undetermined(missing),
            summary=Reason(
                RESTORE_RULE,
                "Nie da się ustalić czasu przywrócenia działania: {missing}.",
                "The restore time cannot be determined: {missing}.",
                params={"missing": missing_text(missing)},
            ),
            reasons=(
                *applies.reasons,
                Reason(
                    RESTORE_RULE,
                    "Czas przywrócenia działania dotyczy awarii krytycznej, a nie wiadomo, czy "
                    "ta awaria jest krytyczna.",
                    "The restore time concerns a critical failure, and it is not known whether "
                    "this failure is critical.",
                    (WOOHOO.art("5", "3", "1"),),
                ),
            ),
            law_as_of=received.date(),
        )
    if not request.critical:
        return _no_deadline(
            RESTORE_RULE,
            received.date(),
            Text(
                "To nie jest awaria krytyczna: SLA nie wyznacza czasu przywrócenia działania.",
                "This is not a critical failure: the SLA sets no restore time.",
            ),
            applies.reasons,
            Reason(
                RESTORE_RULE,
                "Czas przywrócenia ciągłości działania dotyczy tylko awarii krytycznej; usunięcie "
                "innej awarii następuje w terminie z § 9 ust. 6.",
                "The restore time concerns critical failures only; another failure is removed "
                "within the time of § 9(6).",
                (WOOHOO.art("5", "3", "1"), WOOHOO.art("9", "6")),
            ),
        )
    clock = sla_clock(terms, spec)
    start = clock_start(received, clock)
    hours = spec.sla.restore_hours
    due = add_working_hours(received, hours, clock)
    reasons = [
        *applies.reasons,
        Reason(
            RESTORE_RULE,
            "Po awarii krytycznej ciągłość działania usług przywraca się najpóźniej w ciągu "
            "{hours} godz. roboczych od zgłoszenia.",
            "After a critical failure the services' continuity is restored within {hours} "
            "working hours of the report at the latest.",
            (WOOHOO.art("5", "3", "1"),),
            {"hours": hours},
        ),
        *_clock_reasons(
            RESTORE_RULE, terms, spec, received=received, start=start, hours=hours, due=due
        ),
    ]
    return _timed(
        RESTORE_RULE,
        received=received,
        start=start,
        hours=hours,
        due=due,
        reasons=reasons,
        done=restored,
        done_what=Text("Przywrócenie działania", "Service restored"),
        due_text=(
            "Ciągłość działania usług należy przywrócić najpóźniej {due}.",
            "The services' continuity must be restored by {due} at the latest.",
        ),
    )


_RESTORE = REGISTRY[RESTORE_RULE]


@entry(RESTORE_RULE)
def sla_restore(
    request: ServiceRequest,
    plan: str,
    *,
    restored_at: Instant | None = None,
    service_terms: ServiceTerms = WOOHOO_TERMS,
) -> TimeDecision:
    """By when a critical failure must be restored under ``plan``'s SLA (§ 5 ust. 3)."""
    spec = plan_spec(service_terms, plan)
    received = _received(request)
    restored = _done(restored_at, received, "restored_at")
    version = _RESTORE.version_for({KeyDate.EVENT: received.date()})
    decision: TimeDecision = version.func(request, received, spec, service_terms, restored)
    return decision


# --------------------------------------------------------------------------- § 5 ust. 4


@legacy_rule(
    NON_SLA_RULE,
    title=Text("Zgłoszenia nieobjęte SLA", "Requests outside the SLA"),
    summary=Text(
        "Zgłoszenia nieobjęte SLA (zapytania, konfiguracja, usterki niewpływające istotnie na "
        "dostępność) rozpatruje się w ciągu 48 godzin roboczych od otrzymania.",
        "Requests outside the SLA (questions, configuration, faults not significantly affecting "
        "availability) are handled within 48 working hours of receipt.",
    ),
    basis=(WOOHOO.art("5", "4"),),
    valid_from=WOOHOO_FROM,
    keyed_on=KeyDate.EVENT,
    seed_clauses=(seed("5", "4"),),
    interpretations=(_CLOCK_START,),
)
def _non_sla(
    request: ServiceRequest, received: datetime, terms: ServiceTerms, handled: datetime | None
) -> TimeDecision:
    """§ 5 ust. 4: 48 working hours (Monday to Friday, 9-17, for every plan)."""
    clause = (WOOHOO.art("5", "4"),)
    if request.kind is RequestKind.FAILURE:
        return _no_deadline(
            NON_SLA_RULE,
            received.date(),
            Text(
                "Zgłoszenie awarii podlega SLA, nie terminowi dla zgłoszeń nieobjętych SLA.",
                "A failure report falls under the SLA, not under the time for other requests.",
            ),
            (),
            Reason(
                NON_SLA_RULE,
                "Termin 48 godzin roboczych dotyczy zgłoszeń nieobjętych SLA; zgłoszenie awarii "
                "podlega § 5 ust. 3.",
                "The 48 working hours concern requests outside the SLA; a failure report falls "
                "under § 5(3).",
                (*clause, WOOHOO.art("5", "3")),
            ),
        )
    clock = office_clock(terms)
    hours = terms.non_sla_working_hours
    start = clock_start(received, clock)
    due = add_working_hours(received, hours, clock)
    reasons = [
        Reason(
            NON_SLA_RULE,
            "Zgłoszenie nie jest objęte SLA; rozpatruje się je w ciągu {hours} godz. roboczych "
            "od otrzymania, liczonych {clock}.",
            "The request is outside the SLA; it is handled within {hours} working hours of "
            "receipt, counted {clock}.",
            clause,
            {"hours": hours, "clock": clock_text(terms, None)},
        ),
        Reason(
            NON_SLA_RULE,
            "Zgłoszenie otrzymano {received}; zegar zaczął biec {start}, a termin {hours} godz. "
            "roboczych upływa {due}.",
            "The request was received on {received}; the clock started on {start}, and "
            "{hours} working hours end on {due}.",
            clause,
            {"received": received, "start": start, "hours": hours, "due": due},
        ),
    ]
    return _timed(
        NON_SLA_RULE,
        received=received,
        start=start,
        hours=hours,
        due=due,
        reasons=reasons,
        done=handled,
        done_what=Text("Rozpatrzenie", "Handled"),
        due_text=(
            "Zgłoszenie należy rozpatrzyć najpóźniej {due}.",
            "The request must be handled by {due} at the latest.",
        ),
    )


_NON_SLA = REGISTRY[NON_SLA_RULE]


@entry(NON_SLA_RULE)
def non_sla_reply(
    request: ServiceRequest,
    *,
    handled_at: Instant | None = None,
    service_terms: ServiceTerms = WOOHOO_TERMS,
) -> TimeDecision:
    """By when a request outside the SLA must be handled (Woohoo § 5 ust. 4)."""
    received = _received(request)
    handled = _done(handled_at, received, "handled_at")
    version = _NON_SLA.version_for({KeyDate.EVENT: received.date()})
    decision: TimeDecision = version.func(request, received, service_terms, handled)
    return decision
