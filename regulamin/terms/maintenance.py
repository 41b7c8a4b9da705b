"""Maintenance work under the shop's terms: whether the provider may do it, and whether a
customer who refused planned work releases the provider.

The clauses applied (as data: :class:`~regulamin.models.clause_kinds.Maintenance`):

* planned work is done on a date agreed with the customer, who may refuse it; the provider is
  then "zwolniony z wszelkiej odpowiedzialności" for the consequences of the work not being
  done (and the customer has no claims on that account);
* urgent interventions, of key importance for the server's operation, may start at once once
  the customer has been told by e-mail: not before the e-mail was sent.

The rule applies the clauses as written. Whether the release binds a consumer or a sole trader
with consumer rights is another question: a clause excluding liability towards them is
presumed abusive where it excludes or significantly limits liability for non-performance
(art. 385³ pkt 2 KC, art. 385⁵ KC) and cannot derogate from conformity liability (art. 7 and
43k UoPK); the decision says so, it does not decide it. What counts as "urgent" and "key" is a
judgment, given as a fact (``urgent``). Sending the e-mail is the moment read from "po
poinformowaniu Klienta poprzez wiadomość e-mail" (an interpretation, registered): the terms ask
for no time between the e-mail and the work.

>>> from datetime import datetime, timezone, timedelta
>>> from regulamin.models.clause_kinds import MaintenanceWork
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... provisions:
...   maintenance: {refusal_releases: true, urgent_after_email: true,
...                 clauses: {refusal_releases: "§ 8 ust. 3", urgent_after_email: "§ 8 ust. 4"}}
... ''', "shop.yaml")
>>> cet = timezone(timedelta(hours=1))
>>> work = MaintenanceWork(starts_at=datetime(2026, 3, 2, 10, tzinfo=cet), urgent=False,
...                        refused=True)
>>> d = maintenance(work, terms=shop)
>>> d.outcome, d.released
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK, UOPK_IN_FORCE
from ..models.clause_kinds import Maintenance, MaintenanceWork
from ..registry import Interpretation, KeyDate, rule
from .clauses import TERMS_BIND, aware, cited, edition_on
from .shop import ShopTerms

__all__ = ["MAINTENANCE_RULE", "MaintenanceDecision", "maintenance"]

MAINTENANCE_RULE = "maintenance.work"

_ABUSIVE = (KC.art("385³", None, "2"), KC.art("385⁵"), UOPK.art("43k"))


@dataclass(frozen=True, slots=True, kw_only=True)
class MaintenanceDecision(Decision[bool]):
    """May the provider do the work (the outcome)?"""

    released: bool | None = None
    """Is the provider released from liability for the consequences of the work not being
    done (planned work refused)? ``None``: not a question for these facts."""


def _clauses(terms: ShopTerms, day: date) -> Maintenance:
    provisions = edition_on(terms, MAINTENANCE_RULE, day).provisions
    if provisions is None or provisions.maintenance is None:
        field = "terms.provisions.maintenance"
        raise InvalidFacts(field, f"{terms.name} say nothing of maintenance work")
    return provisions.maintenance


@rule(MAINTENANCE_RULE, on="day", keyed_on=KeyDate.EVENT)
def _maintenance_rule(work: MaintenanceWork, day: date, terms: ShopTerms) -> MaintenanceDecision:
    """May the provider do ``work``, and is it released if the customer refused it?"""
    raise NotImplementedError  # the signature: the registry applies a version


_READING = (Interpretation("maintenance.work.email"),)


def _decided(outcome: bool | Undetermined, key: str, reasons: tuple[Reason, ...],
             day: date, released: bool | None = None) -> MaintenanceDecision:
    return MaintenanceDecision(
        rule=MAINTENANCE_RULE,
        outcome=outcome,
        summary=Reason(MAINTENANCE_RULE, f"{MAINTENANCE_RULE}.{key}"),
        reasons=reasons,
        law_as_of=day,
        released=released,
    )


@_maintenance_rule.version(since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_READING)
def _work(work: MaintenanceWork, day: date, terms: ShopTerms) -> MaintenanceDecision:
    """Urgent: after the e-mail; planned: on the agreed date unless refused (then released)."""
    clauses = _clauses(terms, day)
    if work.urgent is None:
        return _decided(Undetermined(("work.urgent",)), "undetermined", (), day)
    if work.urgent:
        clause = (*cited(terms, clauses, "urgent_after_email"), TERMS_BIND)
        sent = work.emailed_at is not None and aware(work.emailed_at, "work.emailed_at") <= (
            aware(work.starts_at, "work.starts_at")
        )
        key = "urgent_emailed" if sent else "urgent_not_emailed"
        return _decided(sent, key, (Reason(MAINTENANCE_RULE, f"{MAINTENANCE_RULE}.{key}",
                                           clause),), day)
    if work.refused is None:
        return _decided(Undetermined(("work.refused",)), "undetermined", (), day)
    clause = (*cited(terms, clauses, "refusal_releases"), TERMS_BIND)
    if not work.refused:
        why = Reason(MAINTENANCE_RULE, f"{MAINTENANCE_RULE}.agreed", clause)
        return _decided(True, "may", (why,), day, released=False)
    reasons = (
        Reason(MAINTENANCE_RULE, f"{MAINTENANCE_RULE}.refused", clause),
        Reason(MAINTENANCE_RULE, f"{MAINTENANCE_RULE}.release_caveat", _ABUSIVE),
    )
    return _decided(False, "refused_summary", reasons, day, released=clauses.refusal_releases)


def maintenance(work: MaintenanceWork, *, terms: ShopTerms) -> MaintenanceDecision:
    """May the provider do ``work`` under the shop's ``terms``, and is it released from
    liability when the customer refused planned work? Naive instants are
    :class:`InvalidFacts` naming the field."""
    starts = aware(work.starts_at, "work.starts_at")
    if work.emailed_at is not None:
        aware(work.emailed_at, "work.emailed_at")
    return _maintenance_rule(work, starts.date(), terms)


_maintenance_rule.entry = maintenance
