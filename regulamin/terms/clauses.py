"""What the rules applying a shop's clauses share: the edition of the terms in force on the
day of an event and its sections, the clause stating a number, a plan's row, Warsaw time, and
the decisions on deadlines in days and at instants.

A day no version of the terms covers is :class:`~regulamin.errors.LawNotCovered`: the shop's
clauses are the law these rules apply.

"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ..calendars import Counting, Deadline
from ..decision import Decision, Reason
from ..errors import InvalidFacts, LawNotCovered
from ..law import KC, Citation
from ..messages import Lang, Message
from ..models.base import aware
from ..models.clauses import ClauseRef, Stated
from ..models.service import PlanSpec, ServiceTerms
from ..reasons import count_days, in_time
from .shop import Edition, ShopTerms

__all__ = [
    "TERMS_BIND",
    "ClauseName",
    "DueDecision",
    "TimeDecision",
    "aware",
    "cited",
    "days_decision",
    "due_decision",
    "edition_on",
    "plan_of",
    "service_in_force",
]

TERMS_BIND = KC.art("384", "1")
"""Art. 384 § 1 KC: the terms (regulamin) handed over before conclusion bind the customer; the
law a rule cites when all it applies is a clause of the shop's terms."""


def edition_on(terms: ShopTerms, rule_id: str, day: date) -> Edition:
    """The edition of ``terms`` in force on ``day``; a day no version covers is
    :class:`~regulamin.errors.LawNotCovered`."""
    try:
        return terms.in_force(day)
    except InvalidFacts as error:
        raise LawNotCovered(rule_id, day, error.message) from None


def service_in_force(terms: ShopTerms, day: date, rule_id: str) -> ServiceTerms:
    """The service section of the edition of ``terms`` in force on ``day``; an edition without
    one is :class:`InvalidFacts` naming ``terms.service``."""
    edition = edition_on(terms, rule_id, day)
    if edition.service is None:
        raise InvalidFacts(
            "terms.service", f"{terms.name} (version {edition.version.id}) has no service terms"
        )
    return edition.service


def cited(terms: ShopTerms, data: Stated, *fields: str) -> tuple[Citation, ...]:
    """The citations of the clauses that state ``fields`` of ``data``, as the terms number them;
    a field whose clause the terms file does not give cites nothing."""
    clauses = (data.clause(field) for field in fields)
    return tuple(dict.fromkeys(terms.cite(clause) for clause in clauses if clause is not None))


def plan_of(service: ServiceTerms, plan: str) -> PlanSpec:
    """The row of the plan table for ``plan``; an unknown plan is :class:`InvalidFacts`
    naming ``plan``."""
    spec = service.plan(plan)
    if spec is None:
        known = ", ".join(service.plan_names)
        raise InvalidFacts("plan", f"unknown plan {plan!r}; the terms offer {known}")
    return spec



@dataclass(frozen=True, slots=True)
class ClauseName:
    """A clause of the shop's terms named inside a sentence, without the terms' title:
    "§ 9 ust. 6" in Polish, "§ 9(6)" in English, as citations write them."""

    clause: ClauseRef

    def text(self, lang: Lang = "pl") -> str:
        clause = self.clause
        if lang == "pl" or clause.section is None:
            return str(clause)
        return f"§ {clause.section}" + "".join(
            f"({part})" for part in (clause.paragraph, clause.point) if part
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DueDecision(Decision[date | None]):
    """A deadline in days for an act of the provider; the outcome is its last day.

    ``None`` as the outcome: the clause sets no deadline for these facts (the reasons say
    why). ``met`` says whether the act was done in time, when its day is given.
    """

    nominal_end: date | None = None
    """The period's last day before roll-forward (art. 115 KC)."""
    met: bool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeDecision(Decision[datetime | None]):
    """A deadline at an instant (hours, working hours); the outcome is that instant (Warsaw).

    ``None`` as the outcome: no such deadline applies (the reasons say why).
    """

    limit_hours: int | None = None
    """The hours counted."""
    clock_starts: datetime | None = None
    """When the clock started to run."""
    met: bool | None = None
    """Was the act done by the deadline? ``None`` when its time is not given."""


def due_decision(
    rule_id: str,
    on: date,
    due: Deadline,
    reasons: Sequence[Reason],
    *,
    done: tuple[date | None, str],
    basis: tuple[Citation, ...],
    not_applied: Sequence[Reason] = (),
) -> DueDecision:
    """A :class:`DueDecision` for a deadline counted in days from ``on``; its summary is the
    message ``<rule_id>.due``. ``done`` is the day the act was done, if it was, and the fact
    naming it, checked with the act's phrase ``<rule_id>.act``."""
    done_on, field = done
    if done_on is not None and done_on < on:
        raise InvalidFacts(field, f"{done_on} is before the period started ({on})")
    met: bool | None = None
    checked: tuple[Reason, ...] = ()
    if done_on is not None:
        met, reason = in_time(rule_id, Message(f"{rule_id}.act"), done_on, due.due, basis)
        checked = (reason,)
    summary = Reason(rule_id, f"{rule_id}.due", (), {"due": due.due})
    return DueDecision(
        rule=rule_id,
        outcome=due.due,
        summary=summary,
        reasons=(*reasons, *checked),
        not_applied=tuple(not_applied),
        deadline=due.due,
        law_as_of=on,
        nominal_end=due.nominal,
        met=met,
    )


def days_decision(
    rule_id: str,
    start: date,
    days: int,
    clause: tuple[Citation, ...],
    *,
    event: str,
    reasons: tuple[Sequence[Reason], Sequence[Reason]] = ((), ()),
    done: tuple[date | None, str],
    not_applied: Sequence[Reason] = (),
) -> DueDecision:
    """The deadline of the act the terms give ``days`` for (their ``clause``), from ``event``
    (a message id) on ``start``: the reasons before the count, the count, the reasons after,
    then whether the act ``done`` was in time."""
    before, after = reasons
    counted = count_days(
        rule_id, start, days, counting=Counting.KC, event=Message(event), basis=clause
    )
    return due_decision(
        rule_id,
        start,
        counted[0],
        (*before, *counted[1], *after),
        done=done,
        basis=clause,
        not_applied=not_applied,
    )
