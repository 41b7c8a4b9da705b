"""The registry of rules: ids, legal bases, and the versions of the law over time.

A rule is declared by its signature, and each version of the law it has had is registered
against it; mypy checks every version's signature against the rule's, and calling the rule
with the date that decides picks the version::

    @rule("withdrawal.right", keyed_on=KeyDate.CONTRACT_CONCLUDED)
    def withdrawal_right(status: StatusDecision, contract: Contract) -> Decision[bool]:
        "Who may withdraw from which contracts."

    @withdrawal_right.version(since=UOPK_IN_FORCE, until=PNPK_2021, basis=(UOPK.art("27"),))
    def _right_2014(status: StatusDecision, contract: Contract) -> Decision[bool]: ...

    withdrawal_right(contract.concluded_on, status, contract)   # the version for that day

A version applies from the day its epoch ``since`` begins to the day before the epoch
``until`` begins, of the date it is *keyed on*: the contract's conclusion for withdrawal and
conformity, the complaint's receipt for the 2017 complaint rule, the reduction's start for
the price rule. No rule body compares dates with the law's switch dates. The rule's title and
summary are the catalog messages ``<id>.title`` and ``<id>.summary``. The docs, the command
line, the service and the scenario runner all read this one registry.

>>> status = REGISTRY["status.customer"]
>>> status.version_for({KeyDate.CONTRACT_CONCLUDED: date(2021, 1, 1)}).valid_from
datetime.date(2021, 1, 1)
"""

from __future__ import annotations

import difflib
import functools
import inspect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Generic, ParamSpec, TypeVar

from .decision import Decision, Text
from .errors import InvalidFacts, LawNotCovered, UnknownRule
from .law import Citation, Epoch
from .messages import Lang, Message

F = TypeVar("F", bound=Callable[..., Any])
P = ParamSpec("P")
D = TypeVar("D", bound=Decision[Any])


class KeyDate(StrEnum):
    """The fact whose date selects the version of the law."""

    CONTRACT_CONCLUDED = "contract.concluded_on"
    COMPLAINT_RECEIVED = "complaint.received_on"
    REDUCTION_STARTS = "reduction.starts_on"
    ORDER_PLACED = "order.placed_on"
    EVENT = "event.on"
    """The day of the event the rule is about (a due date, a ticket...)."""


@dataclass(frozen=True, slots=True, init=False)
class Interpretation:
    """A point where the law is unclear and the rule takes a stated reading.

    Its ``id`` is the catalog message that states the reading (``<rule id>.<slug>``), stable
    so that a lawyer's sign-off can refer to it; the docs list every one of them.
    """

    id: str

    def __init__(self, msgid: str) -> None:
        object.__setattr__(self, "id", msgid)

    def text(self, lang: Lang = "pl") -> str:
        return Message(self.id).text(lang)

    @property
    def pl(self) -> str:
        return self.text("pl")

    @property
    def en(self) -> str:
        return self.text("en")


@dataclass(frozen=True, slots=True)
class RuleVersion(Generic[P, D]):
    """One version of a rule: the law between two dates and the function that applies it."""

    rule_id: str
    valid_from: date
    valid_until: date | None
    keyed_on: KeyDate
    basis: tuple[Citation, ...]
    func: Callable[P, D]
    note: Text | Message | None = None
    since: Epoch | None = None
    until: Epoch | None = None

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> D:
        return self.func(*args, **kwargs)


@dataclass(slots=True)
class Rule(Generic[P, D]):
    """A rule and all the versions of the law it has had."""

    id: str
    title: Text | Message
    summary: Text | Message
    interpretations: tuple[Interpretation, ...] = ()
    versions: list[RuleVersion[P, D]] = field(default_factory=list)
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

    keyed_on: KeyDate = KeyDate.CONTRACT_CONCLUDED
    """The date that picks a version, unless a version names another."""
    key_dates: Mapping[KeyDate, tuple[int, str, tuple[str, ...]]] = field(default_factory=dict)
    """Where each key date stands in a call: the argument's position and name, then the
    attributes to follow (``contract.concluded_on``)."""

    def version(
        self,
        *,
        since: Epoch,
        until: Epoch | None = None,
        basis: tuple[Citation, ...],
        keyed_on: KeyDate | None = None,
        interpretations: tuple[Interpretation, ...] = (),
        note: Message | None = None,
    ) -> Callable[[Callable[P, D]], Callable[P, D]]:
        """Register the decorated function as the version of the law from the epoch
        ``since`` to the day before the epoch ``until``, citing ``basis``."""
        if since.starts is None:
            raise ValueError(f"{self.id}: epoch {since.name} has no date yet")

        def decorate(func: Callable[P, D]) -> Callable[P, D]:
            self.interpretations += interpretations
            self._add(
                RuleVersion(
                    self.id,
                    since.day,
                    None if until is None else until.last_day_before(),
                    keyed_on or self.keyed_on,
                    basis,
                    func,
                    note,
                    since,
                    until,
                )
            )
            return func

        return decorate

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> D:
        """Apply the version of the law in force on the call's key date."""
        if len(self.key_dates) == 1:
            # The common case, on every decision: one key date, read straight from the call.
            [(kind, (position, name, path))] = self.key_dates.items()
            day = args[position] if position < len(args) else kwargs.get(name)
            for attribute in path:
                day = getattr(day, attribute, None)
            if isinstance(day, date):
                for version in self.versions:
                    if version.keyed_on is kind and version.covers(day):
                        return version.func(*args, **kwargs)
        return self.version_for(self.dates_of(args, kwargs)).func(*args, **kwargs)

    def dates_of(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[KeyDate, date]:
        """The key dates a call gives (a missing one is left out)."""
        dates: dict[KeyDate, date] = {}
        for kind, (position, name, path) in self.key_dates.items():
            value = args[position] if position < len(args) else kwargs.get(name)
            for attribute in path:
                value = getattr(value, attribute, None)
            if isinstance(value, date):
                dates[kind] = value
        return dates

    def version_for(self, dates: Mapping[KeyDate, date]) -> RuleVersion[P, D]:
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

    def _add(self, version: RuleVersion[P, D]) -> None:
        for other in self.versions:
            if other.keyed_on is version.keyed_on and _overlap(other, version):
                raise ValueError(
                    f"{self.id}: versions from {other.valid_from} and {version.valid_from} overlap"
                )
        self.versions.append(version)
        self.versions.sort(key=lambda v: v.valid_from, reverse=True)


def _locate(signature: Callable[..., Any], path: str) -> tuple[int, str, tuple[str, ...]]:
    """Where the date at ``path`` stands in a call of ``signature``."""
    name, *attributes = path.split(".")
    parameters = list(inspect.signature(signature).parameters)
    if name not in parameters:
        raise ValueError(f"{signature.__name__} has no parameter {name!r} for its key date")
    return parameters.index(name), name, tuple(attributes)


def _overlap(a: RuleVersion[Any, Any], b: RuleVersion[Any, Any]) -> bool:
    a_end = a.valid_until or date.max
    b_end = b.valid_until or date.max
    return a.valid_from <= b_end and b.valid_from <= a_end


class Registry(Mapping[str, Rule[Any, Any]]):
    """All registered rules by id."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule[Any, Any]] = {}

    def __getitem__(self, rule_id: str) -> Rule[Any, Any]:
        try:
            return self._rules[rule_id]
        except KeyError:
            close = tuple(difflib.get_close_matches(rule_id, self._rules, n=3))
            raise UnknownRule(rule_id, close) from None

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._rules))

    def __len__(self) -> int:
        return len(self._rules)

    def by_topic(self) -> dict[str, list[Rule[Any, Any]]]:
        """Rules grouped by their legal topic, each group sorted by id."""
        groups: dict[str, list[Rule[Any, Any]]] = {}
        for rule_id in self:
            groups.setdefault(self._rules[rule_id].topic, []).append(self._rules[rule_id])
        return groups

    def declare(
        self,
        rule_id: str,
        *,
        on: str | Mapping[KeyDate, str],
        keyed_on: KeyDate = KeyDate.CONTRACT_CONCLUDED,
    ) -> Callable[[Callable[P, D]], Rule[P, D]]:
        """Declare rule ``rule_id`` by the signature of the decorated stub, which becomes the
        rule's entry: calling it applies the version in force on the date found at ``on`` (an
        argument, or an attribute path from one: ``"contract.concluded_on"``), or on the dates
        of each kind where versions are keyed on different facts. Every version registered with
        :meth:`Rule.version` must have the stub's signature."""

        def decorate(signature: Callable[P, D]) -> Rule[P, D]:
            if rule_id in self._rules:
                raise ValueError(f"{rule_id}: declared twice")
            paths = {keyed_on: on} if isinstance(on, str) else dict(on)
            declared: Rule[P, D] = Rule(
                rule_id,
                Message(f"{rule_id}.title"),
                Message(f"{rule_id}.summary"),
                keyed_on=keyed_on,
                key_dates={kind: _locate(signature, path) for kind, path in paths.items()},
            )

            @functools.wraps(signature)
            def entry(*args: P.args, **kwargs: P.kwargs) -> D:
                return declared(*args, **kwargs)

            declared.entry = entry
            self._rules[rule_id] = declared
            return declared

        return decorate

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
        interpretations: tuple[Interpretation, ...] = (),
        note: Text | None = None,
    ) -> Callable[[F], F]:
        """Register the decorated function as one version of rule ``rule_id``, valid on
        explicit dates, in a registry of one's own (a shop's private rules, a test). The
        library's rules are declared with :meth:`declare` and keyed on the law's epochs.

        The first version registered names the rule (``title``, ``summary``); later versions
        of the same id may add interpretations.
        """

        def decorate(func: F) -> F:
            entry = self._rules.get(rule_id)
            if entry is None:
                if title is None or summary is None:
                    raise ValueError(f"{rule_id}: the first version needs a title and a summary")
                entry = self._rules[rule_id] = Rule(rule_id, title, summary, keyed_on=keyed_on)
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

rule = REGISTRY.declare
"""Declare a rule of the library by its signature (:meth:`Registry.declare`)."""

AnyRule = Rule[Any, Any]
"""A rule of any signature, as the docs, the command line and the scenario runner see it."""
AnyVersion = RuleVersion[Any, Any]
