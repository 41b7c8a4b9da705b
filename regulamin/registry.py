"""The registry of rules: ids, titles, legal bases, and the versions of the law over time.

Each rule is registered with :func:`rule`, once per version of the law it encodes::

    @rule("withdrawal.period", title=Text("Termin odstąpienia", "Withdrawal period"),
          basis=(UOPK.art("27"),), valid_from=date(2014, 12, 25), valid_until=date(2022, 12, 31),
          keyed_on=KeyDate.CONTRACT_CONCLUDED)
    def period_2014(...): ...

A version is valid from ``valid_from`` to ``valid_until`` (both days included) of the date it
is *keyed on*: the contract's conclusion for withdrawal and conformity, the complaint's
receipt for the 2017 complaint rule, the reduction's start for the price rule. Choosing the
version for a date is :meth:`Rule.version_for`; no rule body compares dates with the law's
switch dates. The docs, the command line and the scenario runner all read this one registry.

>>> status = REGISTRY["status.customer"]
>>> status.version_for({KeyDate.CONTRACT_CONCLUDED: date(2021, 1, 1)}).valid_from
datetime.date(2021, 1, 1)
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from .decision import Text
from .errors import InvalidFacts, LawNotCovered, UnknownRule
from .law import Citation

F = TypeVar("F", bound=Callable[..., Any])


class KeyDate(StrEnum):
    """The fact whose date selects the version of the law."""

    CONTRACT_CONCLUDED = "contract.concluded_on"
    COMPLAINT_RECEIVED = "complaint.received_on"
    REDUCTION_STARTS = "reduction.starts_on"
    ORDER_PLACED = "order.placed_on"
    EVENT = "event.on"
    """The day of the event the rule is about (a due date, a ticket...)."""


@dataclass(frozen=True, slots=True)
class Interpretation:
    """A point where the law is unclear and the rule takes a stated reading.

    The docs list every one of them for a lawyer to sign off.
    """

    pl: str
    en: str


@dataclass(frozen=True, slots=True)
class RuleVersion:
    """One version of a rule: the law between two dates and the function that applies it."""

    rule_id: str
    valid_from: date
    valid_until: date | None
    keyed_on: KeyDate
    basis: tuple[Citation, ...]
    func: Callable[..., Any]
    note: Text | None = None

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass(slots=True)
class Rule:
    """A rule and all the versions of the law it has had."""

    id: str
    title: Text
    summary: Text
    seed_clauses: tuple[str, ...] = ()
    interpretations: tuple[Interpretation, ...] = ()
    versions: list[RuleVersion] = field(default_factory=list)
    entry: Callable[..., Any] | None = None
    """The public function that applies the rule (picking the version itself), if any: what
    the scenario runner and the command line call, with facts validated from its type hints."""

    @property
    def topic(self) -> str:
        """The legal topic: the id's first part (``withdrawal`` in ``withdrawal.period``)."""
        return self.id.partition(".")[0]

    @property
    def basis(self) -> tuple[Citation, ...]:
        """Every citation of every version, oldest version first, without repeats."""
        return tuple(dict.fromkeys(c for v in reversed(self.versions) for c in v.basis))

    def version_for(self, dates: Mapping[KeyDate, date]) -> RuleVersion:
        """The version whose validity covers its key date among ``dates``.

        Versions are tried newest first; a version keyed on a date that is not given is
        skipped. No version at all is :class:`~regulamin.errors.LawNotCovered`.
        """
        for version in self.versions:
            day = dates.get(version.keyed_on)
            # covers(), inlined: this runs several times in every decision
            if (
                day is not None
                and version.valid_from <= day
                and (version.valid_until is None or day <= version.valid_until)
            ):
                return version
        first = self.versions[-1]
        day = dates.get(first.keyed_on)
        if day is None:
            raise InvalidFacts(first.keyed_on.value, f"rule {self.id} needs this date")
        raise LawNotCovered(
            self.id, day, f"the earliest version applies from {first.valid_from.isoformat()}"
        )

    def _add(self, version: RuleVersion) -> None:
        for other in self.versions:
            if other.keyed_on is version.keyed_on and _overlap(other, version):
                raise ValueError(
                    f"{self.id}: versions from {other.valid_from} and {version.valid_from} overlap"
                )
        self.versions.append(version)
        self.versions.sort(key=lambda v: v.valid_from, reverse=True)


def _overlap(a: RuleVersion, b: RuleVersion) -> bool:
    a_end = a.valid_until or date.max
    b_end = b.valid_until or date.max
    return a.valid_from <= b_end and b.valid_from <= a_end


class Registry(Mapping[str, Rule]):
    """All registered rules by id."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def __getitem__(self, rule_id: str) -> Rule:
        try:
            return self._rules[rule_id]
        except KeyError:
            close = tuple(difflib.get_close_matches(rule_id, self._rules, n=3))
            raise UnknownRule(rule_id, close) from None

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._rules))

    def __len__(self) -> int:
        return len(self._rules)

    def by_topic(self) -> dict[str, list[Rule]]:
        """Rules grouped by their legal topic, each group sorted by id."""
        groups: dict[str, list[Rule]] = {}
        for rule_id in self:
            groups.setdefault(self._rules[rule_id].topic, []).append(self._rules[rule_id])
        return groups

    def register(
        self,
        rule_id: str,
        *,
        basis: tuple[Citation, ...],
        valid_from: date,
        valid_until: date | None = None,
        keyed_on: KeyDate = KeyDate.CONTRACT_CONCLUDED,
        title: Text | None = None,
        summary: Text | None = None,
        seed_clauses: tuple[str, ...] = (),
        interpretations: tuple[Interpretation, ...] = (),
        note: Text | None = None,
    ) -> Callable[[F], F]:
        """Register the decorated function as one version of rule ``rule_id``.

        The first version registered names the rule (``title``, ``summary``); later versions
        of the same id may add seed clauses and interpretations.
        """

        def decorate(func: F) -> F:
            entry = self._rules.get(rule_id)
            if entry is None:
                if title is None or summary is None:
                    raise ValueError(f"{rule_id}: the first version needs a title and a summary")
                entry = self._rules[rule_id] = Rule(rule_id, title, summary)
            entry.seed_clauses += tuple(c for c in seed_clauses if c not in entry.seed_clauses)
            entry.interpretations += interpretations
            entry._add(RuleVersion(rule_id, valid_from, valid_until, keyed_on, basis, func, note))
            return func

        return decorate


    def entry(self, rule_id: str) -> Callable[[F], F]:
        """Mark the decorated function as the public way to apply rule ``rule_id``.

        Its parameters must be fact models, dates or other types pydantic can validate, so
        that a scenario file or a JSON document can be turned into a call.
        """

        def decorate(func: F) -> F:
            entry = self[rule_id]
            if entry.entry is not None:
                raise ValueError(f"{rule_id}: already has the entry {entry.entry.__name__}")
            entry.entry = func
            return func

        return decorate


REGISTRY = Registry()
"""The registry of every rule in :mod:`regulamin.rules`."""

rule = REGISTRY.register
entry = REGISTRY.entry
