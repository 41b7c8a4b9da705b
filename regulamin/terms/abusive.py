"""Clauses a lawyer would flag against the control of unfair terms, as the terms file states
them (``clauses_of_concern``, ``changes.reasons_are_examples``): the linter's checks of art.
385¹ § 1, 385³ and 385⁵ KC, art. 7 and 43k ust. 5 UoPK.

The reading, from the Civil Code's text (art. 385³ as in the C.H.Beck commentary, ed.
Pietrzykowski, whose wording of pkt 1, 2 and 10 the consolidated KC keeps):

* art. 385¹ § 1 KC: a clause not individually agreed does not bind a consumer where it shapes
  his rights contrary to good practice, grossly infringing his interests; art. 385³ KC lists the
  clauses presumed to be such "w razie wątpliwości": pkt 1 (excluding or limiting liability for
  harm to the person), pkt 2 (excluding or substantially limiting liability for non-performance
  or improper performance), pkt 10 (a unilateral change of the contract without an important
  reason named in it). Art. 385⁵ KC (from 2021) applies them to a sole trader for whom the
  contract has no professional character (PNPK).
* An exclusion of liability reaching only circumstances for which the trader is not responsible
  restates art. 471 KC and is not reported; one reaching its own want of diligence (art. 472 KC),
  the persons through whom it performs (art. 474 KC), harm to the person, or the rights for a
  lack of conformity (owed whatever the fault; from 2023 art. 7 UoPK makes a less favourable
  term void for a consumer, which the finding cites; before 2023 a service had no statutory
  conformity regime, and the data does not say whether the clause reaches goods) is reported
  under art. 385³ pkt 2 (pkt 1), with those articles. The data says what a clause reaches
  (:class:`~regulamin.terms.shop.Reach`): that is the lawyer's reading of the words, not
  something a program finds in them.
* Art. 43k ust. 5 UoPK (from 2023; art. 7aa ust. 1 for a PNPK): a feature of a digital service
  departing from the act's conformity requirements relieves the trader only if the consumer was
  expressly told of it at the latest at conclusion and expressly and separately accepted it.
  The consolidated text of art. 43k was not found in the stored copies: the reading relies on
  the wording of the parallel provision for goods (art. 43b UoPK) as shops' terms reproduce it
  ("wyraźnie poinformowany ... wyraźnie i odrębnie zaakceptował"), and on directive 2019/770. Not
  stated whether the consumer accepted it: the finding says the fact is missing, never that it
  is fine. Before 2023 (no chapter 5b) the carve-out is not checked.
* Art. 385³ pkt 10 KC: reasons for changing a continuing contract named only as examples
  ("takich jak np.") leave the trader free to change it for any reason, which is what pkt 10
  presumes unfair; reported where a new version reaches running contracts (the same condition as
  the linter's check of terms naming no reasons).

A version older than art. 385¹ KC (in force from 1 July 2000) is checked as if it applied: the
linter knows no earlier law.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..decision import Reason
from ..errors import LawNotCovered
from ..law import KC, UOPK, Citation
from ..law.epochs import DIRECTIVES_2023, PNPK_2021
from ..messages import Message
from ..models import Customer
from ..models.terms_versions import ChangePolicy
from ..rules.status import Status, customer_status
from .shop import DocPath, Edition, Reach, ShopTerms

__all__ = ["EDITION_CHECKS", "whole_file"]

LINT = "terms.lint"
"""The linter's label (:data:`regulamin.terms.lint.LINT`; not imported: lint imports this)."""

_PROTECTED = {
    Status.CONSUMER: Customer.consumer(),
    Status.PNPK: Customer.sole_trader(professional_character=False),
}
_WHOM = {
    Status.CONSUMER: Message("lint.abusive.whom.consumer"),
    Status.PNPK: Message("lint.abusive.whom.pnpk"),
}
_REACH = {
    Reach.OWN_FAULT: Message("lint.abusive.reach.own_fault"),
    Reach.PERFORMERS: Message("lint.abusive.reach.performers"),
    Reach.CONFORMITY: Message("lint.abusive.reach.conformity"),
    Reach.PERSONAL_INJURY: Message("lint.abusive.reach.personal_injury"),
}
_REACH_BASIS: dict[Reach, tuple[Citation, ...]] = {
    Reach.OWN_FAULT: (KC.art("385³", None, "2"), KC.art("472")),
    Reach.PERFORMERS: (KC.art("385³", None, "2"), KC.art("474")),
    Reach.CONFORMITY: (KC.art("385³", None, "2"),),
    Reach.PERSONAL_INJURY: (KC.art("385³", None, "1"),),
}


def _protected_on(terms: ShopTerms, day: date) -> Iterator[Status]:
    """The statuses the shop contracts with whom the control of unfair terms protects on
    ``day`` (no PNPK before 2021: the status rule says so)."""
    for status, customer in _PROTECTED.items():
        if status not in terms.customers:
            continue
        try:
            then = customer_status(customer, day)
        except LawNotCovered:
            continue
        if then.outcome is status:
            yield status


def _general(status: Status) -> tuple[Citation, ...]:
    """Art. 385¹ § 1 KC, through art. 385⁵ KC for a PNPK."""
    pnpk = (KC.art("385⁵"),) if status is Status.PNPK else ()
    return (KC.art("385¹", "1"), *pnpk)


def _exclusions(terms: ShopTerms, edition: Edition, day: date) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 385³ pkt 1-2 KC (art. 7 UoPK for the conformity rights of a consumer)."""
    concern = edition.clauses_of_concern
    if concern is None:
        return
    written = edition.written_at["clauses_of_concern"]
    for index, exclusion in enumerate(concern.liability_exclusions):
        if not exclusion.reaches:
            continue
        for status in _protected_on(terms, day):
            specific = [c for reach in exclusion.reaches for c in _REACH_BASIS[reach]]
            conformity = Reach.CONFORMITY in exclusion.reaches
            if conformity and status is Status.CONSUMER and day >= DIRECTIVES_2023.day:
                specific.append(UOPK.art("7"))
            basis = (terms.cite(exclusion.clause), *_general(status), *specific)
            reaches = tuple(_REACH[reach] for reach in exclusion.reaches)
            yield (
                (*written, "liability_exclusions", index, "reaches"),
                Reason(
                    LINT,
                    "lint.abusive.exclusion",
                    tuple(dict.fromkeys(basis)),
                    {"reaches": reaches, "whom": _WHOM[status], "day": day},
                ),
            )


def _carve_outs(terms: ShopTerms, edition: Edition, day: date) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 43k ust. 5 UoPK (from 2023; art. 7aa ust. 1 for a PNPK)."""
    concern = edition.clauses_of_concern
    if concern is None or day < DIRECTIVES_2023.day:
        return
    written = edition.written_at["clauses_of_concern"]
    for index, carve_out in enumerate(concern.conformity_carve_outs):
        if carve_out.expressly_accepted:
            continue
        for status in _protected_on(terms, day):
            if status is Status.CONSUMER:
                own: tuple[Citation, ...] = (UOPK.art("7"),)
            else:
                own = (UOPK.art("7aa", "1"), KC.art("385⁵"), KC.art("385³", None, "2"))
            basis = (terms.cite(carve_out.clause), UOPK.art("43k", "5"), *own)
            params = {"whom": _WHOM[status], "day": day}
            if carve_out.expressly_accepted is None:
                reason = Reason(LINT, "lint.abusive.carve_out_unknown", basis, params)
            else:
                reason = Reason(LINT, "lint.abusive.carve_out", basis, params)
            yield (*written, "conformity_carve_outs", index, "expressly_accepted"), reason


EDITION_CHECKS = (_exclusions, _carve_outs)
"""The checks run on each version's content and each day the law changes for it."""


def whole_file(terms: ShopTerms) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 385³ pkt 10 KC: reasons for changing a continuing contract named only as examples."""
    changes = terms.changes
    if changes is None or not changes.reasons or not changes.reasons_are_examples:
        return
    running = changes.binds_existing_orders or (
        terms.policy is ChangePolicy.EFFECTIVE_ON_PUBLICATION
    )
    if not (running and terms.continuing):
        return
    last = max((e.until or date.max) for e in terms.editions())
    whom = [
        status
        for status in (Status.CONSUMER, Status.PNPK)
        if status in terms.customers and (status is Status.CONSUMER or last >= PNPK_2021.day)
    ]
    if not whom:
        return
    general = dict.fromkeys(c for status in whom for c in _general(status))
    basis = (terms.cite(changes.clause), *general, KC.art("385³", None, "10"))
    yield ("changes", "reasons_are_examples"), Reason(
        LINT,
        "lint.abusive.open_reasons",
        basis,
        {"whom": _WHOM[whom[0]] if len(whom) == 1 else Message("lint.abusive.whom.both")},
    )
