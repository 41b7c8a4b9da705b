"""The terms linter: each clause of a shop's terms file that falls below the statute.

:func:`lint` reads a terms file and reports, for every version of the terms, each clause that
gives the customer less than the law, with the article and the line where the clause is
written. It asks the rules what the law requires (the statutory withdrawal period, the reply
period for complaints, whether a liability cap binds a consumer), so the thresholds are never
written twice, and the law is the one in force while the version is: a version is checked on
its effective day and again on every later day from which a rule it is checked against has a
new version, up to the day the next version takes effect.

The checks:

* a withdrawal period shorter than the act's (art. 27 UoPK; art. 7: such a term is void),
  counted for the contracts the promise names (``subjects``; none named: as for a contract
  other than for goods) and citing the point of art. 28 UoPK of each: pkt 1 for goods (from
  possession), pkt 2 otherwise (from conclusion);
* a complaint reply period longer than the act's for consumers (art. 7a UoPK; for contracts
  before 2023 also the 14 days of art. 561⁵ KC for rękojmia demands);
* refund periods longer than the act's (art. 32 ust. 1; art. 43e ust. 3, 43o UoPK);
* a liability period for non-conformity shorter than the act's two years (art. 43c ust. 1,
  43l ust. 1 UoPK; art. 568 § 1 KC before 2023);
* a liability cap or a warranty exclusion that reaches consumers or sole traders with consumer
  rights (art. 385³ pkt 2, 385⁵ KC, art. 558 § 1 KC, art. 7 and 7aa UoPK);
* a change policy under which a new version governs orders placed before it (art. 384 § 1 KC),
  and continuing contracts with consumers that the terms may change for reasons they do not
  name (art. 385³ pkt 10 KC);
* a lowest-price window shorter than 30 days (art. 4 ust. 2 UoIC);
* versions that contradict the terms' own change policy (a version effective on publication
  whose effective day is not its publication day).

A withdrawal or refund promise is checked only where it reaches a customer the act protects
on the day (``covers``: a consumer, or a PNPK from 2021): a period promised to traders alone
is their contractual right (art. 395 KC) or term, which no statutory floor constrains. A
finding is reported for each version it concerns, also where versions inherit the clause from
the same line.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> (folder / "shop.yaml").write_text('''
... name: Regulamin sklepu Przykład
... cited_as: {pl: Regulaminu sklepu Przykład, en: Przykład Shop Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... promises:
...   complaint_reply: {days: 30, clause: "§ 9 ust. 2"}
... ''', encoding="utf-8") and None
>>> [finding] = lint(folder / "shop.yaml")
>>> finding.line, finding.field
(9, 'promises.complaint_reply.days')
>>> [c.pl() for c in finding.basis]
['§ 9 ust. 2 Regulaminu sklepu Przykład', 'art. 7 UoPK', 'art. 7a ust. 1 UoPK']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..calendars import period_end
from ..decision import Decision, Lang, Reason
from ..errors import LawNotCovered
from ..law import KC, UOIC, UOPK, Citation
from ..messages import Message
from ..models import Complaint, ConformityFacts, Contract, Customer, Delivery, Demand, Subject
from ..models.liability import DamageClaim, Fault
from ..models.terms_versions import ChangePolicy
from ..models.withdrawal import Payments, WithdrawalStatement
from ..reasons import MONTHS_AND_YEARS, period
from ..registry import REGISTRY, KeyDate
from ..rules.complaints import complaint_reply
from ..rules.conformity import conformity_liability, reduction_refund_deadline
from ..rules.liability import limited_damages, warranty_exclusion_binds
from ..rules.prices import RULE as LOWEST_PRICE_RULE
from ..rules.prices import WINDOW_DAYS
from ..rules.status import Status, customer_status
from ..rules.withdrawal import refund, withdrawal
from . import abusive
from .loader import read_terms
from .promises import statutory_period
from .promises.common import Counted
from .shop import DocPath, Edition, Promise, ShopTerms

if TYPE_CHECKING:
    from ..files.source import Document

__all__ = ["LINT", "Finding", "lint", "lint_terms"]

LINT = "terms.lint"
"""The label of the linter's reasons (the rules it consults keep their own ids)."""

_LAW_RULES = (
    "status.customer",
    "withdrawal.period",
    "withdrawal.refund",
    "complaints.reply",
    "conformity.liability",
    "conformity.reduction_refund",
    "liability.cap",
    "liability.warranty_exclusion",
    LOWEST_PRICE_RULE,
)
"""The rules the linter asks: the days from which any of them changes are the days the law
changes for the linter."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A clause of the terms that falls below the statute: where it is written, and why."""

    file: str
    line: int | None
    column: int | None
    field: str
    reason: Reason
    version: str | None = None
    """The version of the terms the finding concerns (``None``: the file as a whole)."""

    @property
    def basis(self) -> tuple[Citation, ...]:
        """The clause of the terms and the articles it falls below."""
        return self.reason.basis

    def text(self, lang: Lang = "pl") -> str:
        """``file:line:column: field: message (basis)`` in ``lang``."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        label = f" [{self.version}]" if self.version else ""
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field}{label} {self.reason.line(lang)}"

    def __str__(self) -> str:
        return self.text("pl")


def lint(path: str | Path) -> list[Finding]:
    """Every clause of the terms file at ``path`` that falls below the statute.

    A file that cannot be read as terms gives one finding per problem (file, line, field).
    """
    from ..files.problems import DocumentError  # noqa: PLC0415  (read with the file)

    try:
        loaded = read_terms(Path(path))
    except DocumentError as error:
        return [
            Finding(
                p.file,
                p.line,
                p.column,
                p.field,
                Reason(LINT, "lint.file.problem", (), {"problem": p.message}),
            )
            for p in error.problems
        ]
    return lint_terms(loaded.terms, loaded.document)


def lint_terms(terms: ShopTerms, document: Document | None = None) -> list[Finding]:
    """The findings for ``terms``, pointing at the lines of ``document`` when given."""
    from ..files.source import Document  # noqa: PLC0415  (read with the file)

    shown = document or Document("<terms>", None)
    found: dict[tuple[Any, ...], Finding] = {}
    for edition in terms.editions():
        for day in _law_days(edition):
            for check in _CHECKS:
                for at, reason in check(terms, edition, day):
                    # one finding per version, per clause and per protected customer it
                    # reaches: a clause inherited by several versions is reported for each
                    whom = (reason.params or {}).get("whom")
                    key = (check.__name__, edition.version.id, at, whom)
                    if key not in found:
                        found[key] = _finding(shown, at, reason, edition.version.id)
    for at, reason in _whole_file(terms):
        found.setdefault(("file", at), _finding(shown, at, reason, None))
    return sorted(found.values(), key=lambda f: (f.line or 0, f.column or 0, f.field))


def _finding(document: Document, at: DocPath, reason: Reason, version: str | None) -> Finding:
    problem = document.problem(at, "", at_key=True)
    return Finding(problem.file, problem.line, problem.column, problem.field, reason, version)


def _law_days(edition: Edition) -> list[date]:
    """The version's effective day, and each later day on which a rule the linter asks has a
    new version, while the version is in force."""
    start = edition.version.effective_from
    end = edition.until or date.max
    switches = {
        version.valid_from
        for rule_id in _LAW_RULES
        if rule_id in REGISTRY
        for version in REGISTRY[rule_id].versions
        if start < version.valid_from <= end
    }
    return [start, *sorted(switches)]


Check = Callable[[ShopTerms, Edition, date], Iterator[tuple[DocPath, Reason]]]


def _promise_at(edition: Edition, name: str) -> DocPath:
    return (*edition.written_at[f"promises.{name}"], "days")


def _sells_to(terms: ShopTerms, *statuses: Status) -> bool:
    return any(status in terms.customers for status in statuses)


def _covers(promise: Promise, status: Status) -> bool:
    return promise.covers is None or status in promise.covers


def _protects(terms: ShopTerms, promise: Promise, day: date) -> bool:
    """Does the promise reach a customer whom the act's period protects on ``day``: a
    consumer, or a PNPK from the day the law knows one, among the shop's customers and those
    the promise names (``covers``)? A promise to traders alone gives them a contractual right
    (art. 395 KC) or period, which no statutory floor constrains."""
    for status, customer in _PROTECTED.items():
        if status not in terms.customers or not _covers(promise, status):
            continue
        status_then = _law(customer_status, customer, day)
        if status_then is not None and status_then.outcome is status:
            return True
    return False


def _service(day: date, subject: str | Subject = "service") -> Contract:
    """A distance contract concluded on ``day``: the facts the statute is asked about."""
    return Contract(subject=subject, channel="distance", concluded_on=day)


# --------------------------------------------------------------------------- periods


def _withdrawal_period(
    terms: ShopTerms, edition: Edition, day: date
) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 27 ust. 1 UoPK: a withdrawal period shorter than the act's is void (art. 7)."""
    promise = edition.promises.withdrawal
    if promise is None or not _protects(terms, promise, day):
        return
    shorter: list[Counted] = []
    for subject in sorted(promise.subjects or {Subject.SERVICE}):
        # goods: the period runs from possession (art. 28 pkt 1), asked with a delivery
        delivered = [Delivery(received_on=day)] if subject is Subject.GOODS else []
        contract = _service(day, subject)
        statutory = _law(partial(withdrawal, deliveries=delivered), Customer.consumer(), contract)
        counted = statutory_period(statutory) if statutory else None
        if counted is not None and promise.days < counted.days:
            shorter.append(counted)
    if not shorter:
        return
    days = min(c.days for c in shorter)
    basis = tuple(dict.fromkeys(c for counted in shorter for c in counted.basis))
    yield (
        _promise_at(edition, "withdrawal"),
        Reason(
            LINT,
            "lint.withdrawal.shorter",
            (terms.cite(promise.clause), UOPK.art("7"), *basis),
            {"days": period(promise.days), "statutory": period(days), "day": day},
        ),
    )


def _complaint_reply(
    terms: ShopTerms, edition: Edition, day: date
) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 7a UoPK (art. 561⁵ KC for rękojmia demands before 2023): a consumer's complaint is
    answered within the act's period; a longer one in the terms is void (art. 7)."""
    promise = edition.promises.complaint_reply
    if promise is None or Status.CONSUMER not in terms.customers:
        return
    if not _covers(promise, Status.CONSUMER):
        return
    strictest = None
    # The terms do not say what is sold: the strictest of a complaint about a service and a
    # rękojmia demand about goods sold (art. 561⁵ KC reaches sale, not services, art. 750 KC).
    for subject, demand in (("service", Demand.OTHER), ("goods", Demand.REPAIR)):
        complaint = Complaint(received_on=day, demand=demand)
        contract = _service(day, subject)
        statutory = _law(complaint_reply, Customer.consumer(), contract, complaint, day)
        counted = statutory_period(statutory) if statutory else None
        if counted is not None and (strictest is None or counted.days < strictest.days):
            strictest = counted
    if strictest is None or promise.days <= strictest.days:
        return
    yield (
        _promise_at(edition, "complaint_reply"),
        Reason(
            LINT,
            "lint.complaint_reply.longer",
            (terms.cite(promise.clause), *_void(strictest.basis), *strictest.basis),
            {"days": period(promise.days), "statutory": period(strictest.days), "day": day},
        ),
    )


def _refund_periods(
    terms: ShopTerms, edition: Edition, day: date
) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 32 ust. 1 UoPK (refund after withdrawal), art. 43e ust. 3 and 43o UoPK (refund
    after a price reduction): a longer period in the terms is void (art. 7)."""
    if not _sells_to(terms, Status.CONSUMER, Status.PNPK):
        return
    checks: tuple[tuple[str, Message, Callable[[], Decision[Any] | None]], ...] = (
        (
            "withdrawal_refund",
            Message("lint.what.withdrawal_refund"),
            lambda: _law(
                refund,
                _service(day),
                WithdrawalStatement(sent_on=day, received_on=day),
                Payments(price=Decimal("0.00")),
            ),
        ),
        (
            "reduction_refund",
            Message("lint.what.reduction_refund"),
            lambda: _law(
                reduction_refund_deadline,
                Customer.consumer(),
                _service(day, "digital_content"),
                day,
            ),
        ),
    )
    for name, what, statute in checks:
        promise: Promise | None = getattr(edition.promises, name)
        if promise is None or not _protects(terms, promise, day):
            continue
        statutory = statute()
        counted = statutory_period(statutory) if statutory else None
        if counted is None or promise.days <= counted.days:
            continue
        yield (
            _promise_at(edition, name),
            Reason(
                LINT,
                "lint.refund.longer",
                (terms.cite(promise.clause), UOPK.art("7"), *counted.basis),
                {
                    "what": what,
                    "days": period(promise.days),
                    "statutory": period(counted.days),
                    "day": day,
                },
            ),
        )


def _void(basis: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """Why a less favourable term gives way: art. 7 UoPK for the act's periods; for the Civil
    Code's rękojmia (art. 561⁵ KC, contracts before 2023) art. 558 § 1 KC, which lets a
    consumer's rights be limited only where special provisions allow."""
    if any(citation.source is UOPK for citation in basis):
        return (UOPK.art("7"),)
    return (KC.art("558", "1"),)


_LIABILITY_SUBJECTS = (Subject.GOODS, Subject.DIGITAL_CONTENT)
"""The contracts whose liability period is counted from delivery (a continuously supplied
service is liable for its whole supply period, whatever the terms say in months)."""


def _conformity_period(
    terms: ShopTerms, edition: Edition, day: date
) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 43c ust. 1, 43l ust. 1 UoPK (art. 568 § 1 KC before 2023): two years of liability
    for a consumer; a shorter period in the terms is void (art. 7 UoPK)."""
    promise = edition.promises.conformity
    if promise is None or not _sells_to(terms, Status.CONSUMER, Status.PNPK):
        return
    promised_end = period_end(day, months=promise.months)
    for subject in _LIABILITY_SUBJECTS:
        if promise.subjects is not None and subject not in promise.subjects:
            continue
        statutory = _law(
            conformity_liability,
            Customer.consumer(),
            _service(day, subject),
            ConformityFacts(delivered_on=day),
            day,
        )
        ends = getattr(statutory, "liability_ends", None)
        if statutory is None or ends is None or promised_end >= ends:
            continue
        yield (
            (*edition.written_at["promises.conformity"], "months"),
            Reason(
                LINT,
                "lint.conformity.shorter",
                (
                    terms.cite(promise.clause),
                    *_void(_period_basis(statutory)),
                    *_period_basis(statutory),
                ),
                {"months": promise.months, "n": promise.months, "statutory": ends, "day": day},
            ),
        )
        return


def _period_basis(decision: Decision[Any]) -> tuple[Citation, ...]:
    """The articles setting a liability period: the reason counting it by art. 112 KC."""
    for reason in decision.reasons:
        if MONTHS_AND_YEARS in reason.basis:
            return tuple(c for c in reason.basis if c != MONTHS_AND_YEARS)
    return ()


def _law(rule: Callable[..., Decision[Any]], *facts: Any) -> Decision[Any] | None:
    """The statutory decision for ``facts``, or ``None`` where the library encodes no law."""
    try:
        return rule(*facts)
    except LawNotCovered:
        return None


# --------------------------------------------------------------------------- business clauses

_SOLE_TRADER = Customer.sole_trader(professional_character=False)
"""A sole trader for whom the contract has no professional character: a PNPK from 2021."""
_PROTECTED = {Status.CONSUMER: Customer.consumer(), Status.PNPK: _SOLE_TRADER}
_WHOM = {
    Status.CONSUMER: Message("lint.whom.consumer"),
    Status.PNPK: Message("lint.whom.pnpk"),
}


def _business(terms: ShopTerms, edition: Edition, day: date) -> Iterator[tuple[DocPath, Reason]]:
    """A liability cap or a warranty exclusion that the terms apply to consumers or PNPK: the
    rules say whether it binds them (art. 385³ pkt 2, 385⁵, 558 § 1 KC, art. 7, 7aa UoPK)."""
    clauses = edition.business
    if clauses is None:
        return
    written = edition.written_at["business"]
    for status, customer in _PROTECTED.items():
        if status not in clauses.applies_to:
            continue
        status_then = _law(customer_status, customer, day)
        if status_then is None or status_then.outcome is not status:
            continue  # no PNPK before 2021: the clause reaches a trader then
        if clauses.liability_cap is not None and not _cap_binds(
            customer, day, clauses.liability_cap.limits
        ):
            yield (
                (*written, "liability_cap"),
                _reaches(
                    terms,
                    clause=clauses.liability_cap.clause,
                    status=status,
                    day=day,
                    does=Message("lint.does.liability_cap"),
                    basis=_cap_basis(customer, day, clauses.liability_cap.limits),
                ),
            )
        if clauses.warranty_exclusion is not None:
            decision = _law(warranty_exclusion_binds, customer, day)
            if decision is not None and decision.outcome is False:
                yield (
                    (*written, "warranty_exclusion"),
                    _reaches(
                        terms,
                        clause=clauses.warranty_exclusion.clause,
                        status=status,
                        day=day,
                        does=Message("lint.does.warranty_exclusion"),
                        basis=_statutory_basis(decision),
                    ),
                )


def _reaches(
    terms: ShopTerms,
    *,
    clause: Any,
    status: Status,
    day: date,
    does: Message,
    basis: tuple[Citation, ...],
) -> Reason:
    return Reason(
        LINT,
        "lint.business.reaches",
        (terms.cite(clause), *basis),
        {"does": does, "whom": _WHOM[status], "day": day},
    )


def _claim(limits: Any) -> DamageClaim:
    above_any_cap = (limits.cap_amount or Decimal("0.00")) + Decimal("1000000.00")
    return DamageClaim(
        actual_loss=above_any_cap,
        lost_profits=Decimal("1.00"),
        fault=Fault.NEGLIGENCE,
        remuneration_paid=Decimal("1.00"),
    )


def _cap_binds(customer: Customer, day: date, limits: Any) -> bool:
    """Does the cap reduce this customer's damages as it reduces a company's?"""
    claim = _claim(limits)
    theirs = _law(limited_damages, customer, day, limits, claim)
    company = _law(limited_damages, Customer.company(), day, limits, claim)
    if theirs is None or company is None:
        return True
    return bool(theirs.outcome == company.outcome)


def _cap_basis(customer: Customer, day: date, limits: Any) -> tuple[Citation, ...]:
    decision = _law(limited_damages, customer, day, limits, _claim(limits))
    return _statutory_basis(decision) if decision else ()


def _statutory_basis(decision: Decision[Any]) -> tuple[Citation, ...]:
    """The articles on which the rule refused the clause: its own reasons' citations, past
    the first (which states the facts, e.g. the damage under art. 361 § 2 KC)."""
    own = [r for r in decision.reasons if r.rule == decision.rule and r.basis]
    if len(own) > 1 and decision.rule == "liability.cap":
        own = own[1:]
    return tuple(dict.fromkeys(c for r in own for c in r.basis))


# --------------------------------------------------------------------------- prices


def _lowest_price(
    terms: ShopTerms, edition: Edition, day: date
) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 4 ust. 2 UoIC (from 2023): the lowest price of the 30 days before a reduction."""
    clause = edition.lowest_price
    if clause is None or Status.CONSUMER not in terms.customers:
        return
    try:
        REGISTRY[LOWEST_PRICE_RULE].version_for({KeyDate.REDUCTION_STARTS: day})
    except LawNotCovered:
        return
    if clause.window_days >= WINDOW_DAYS:
        return
    yield (
        (*edition.written_at["lowest_price"], "window_days"),
        Reason(
            LINT,
            "lint.lowest_price.window",
            (terms.cite(clause.clause), UOIC.art("4", "2")),
            {"days": period(clause.window_days), "statutory": period(WINDOW_DAYS), "day": day},
        ),
    )


_CHECKS: tuple[Check, ...] = (
    _withdrawal_period,
    _complaint_reply,
    _refund_periods,
    _conformity_period,
    _business,
    _lowest_price,
    *abusive.EDITION_CHECKS,
)


# --------------------------------------------------------------------------- the change policy


def _whole_file(terms: ShopTerms) -> Iterator[tuple[DocPath, Reason]]:
    """The change policy (art. 384, 385³ pkt 10 KC) and the versions' dates against it."""
    yield from _binds_existing_orders(terms)
    yield from _changes_without_reasons(terms)
    yield from _versions_against_policy(terms)
    yield from abusive.whole_file(terms)


def _binds_existing_orders(terms: ShopTerms) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 384 § 1 KC: a one-off contract is bound by the terms delivered before it (art.
    384¹ KC: a continuing one by a new version unless the customer terminates)."""
    changes = terms.changes
    if changes is None or not changes.binds_existing_orders:
        return
    continuing = (KC.art("384¹"),) if terms.continuing else ()
    basis = (terms.cite(changes.clause), KC.art("384", "1"), *continuing)
    yield ("changes", "binds_existing_orders"), Reason(
        LINT, "lint.changes.bind_existing_orders", basis
    )


def _changes_without_reasons(terms: ShopTerms) -> Iterator[tuple[DocPath, Reason]]:
    """Art. 385³ pkt 10 KC: changing a continuing contract with a consumer for reasons the
    terms do not name is presumed unfair."""
    changes = terms.changes
    if changes is None or changes.reasons or not terms.continuing:
        return
    # only a policy under which a new version reaches contracts already running changes them
    running = changes.binds_existing_orders or (
        terms.policy is ChangePolicy.EFFECTIVE_ON_PUBLICATION
    )
    if running and _sells_to(terms, Status.CONSUMER):
        basis = (terms.cite(changes.clause), KC.art("385³", None, "10"))
        yield ("changes", "reasons"), Reason(LINT, "lint.changes.without_reasons", basis)


def _versions_against_policy(terms: ShopTerms) -> Iterator[tuple[DocPath, Reason]]:
    """A version effective on publication whose effective day is not its publication day."""
    if terms.policy is not ChangePolicy.EFFECTIVE_ON_PUBLICATION:
        return
    basis = (terms.cite(terms.changes.clause),) if terms.changes else ()
    for index, version in enumerate(terms.versions):
        if version.effective_from != version.published_on:
            params = {
                "id": version.id,
                "published": version.published_on,
                "effective": version.effective_from,
            }
            yield ("versions", index, "effective_from"), Reason(
                LINT, "lint.versions.against_policy", basis, params
            )
