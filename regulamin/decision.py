"""The one shape every rule returns: a decision with its reasons.

A :class:`Decision` carries

* the ``outcome`` (a bool, a date, an amount, a status) or :class:`Undetermined`, naming the
  facts that are missing, never a silent default;
* the ``deadline`` where the rule sets one;
* the ``reasons``: which rule fired, on which legal basis, with a catalog message (id and
  parameters) rendered in Polish, English or Ukrainian when read; and ``not_applied``: the
  rules or exceptions checked that did not apply, and why;
* ``law_as_of``: the date by which the version of the law was chosen.

Reasons keep their values (dates, amounts) unformatted; :meth:`Decision.explain` formats them
with babel only when a person reads them ("28 grudnia 2026", "1 234,56 zł"), and
:meth:`Decision.to_json` gives a stable, versioned record for logs and audits.

An undetermined outcome refuses to be used as a truth value, so that ``if d.outcome:`` can
never take "we do not know" for "no":

>>> u = Undetermined(("customer.for_business",))
>>> bool(u)
Traceback (most recent call last):
...
TypeError: the outcome is undetermined: missing customer.for_business
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, NoReturn, TypeVar

from .law import Citation, citations
from .messages import Lang, Message, format_value, render
from .models.base import Percent

FORMAT = "regulamin.decision/1"
"""The JSON format version; bumped on any incompatible change of :meth:`Decision.to_json`."""

T = TypeVar("T")

__all__ = [
    "FORMAT",
    "Decision",
    "Lang",
    "Message",
    "Percent",
    "Reason",
    "Text",
    "Undetermined",
    "format_value",
]


@dataclass(frozen=True, slots=True)
class Undetermined:
    """The outcome cannot be decided: these facts (dotted paths) are missing."""

    missing: tuple[str, ...]

    def __bool__(self) -> NoReturn:
        raise TypeError(f"the outcome is undetermined: missing {', '.join(self.missing)}")


@dataclass(frozen=True, slots=True)
class Text:
    """A phrase written out in Polish and English, for texts that are not the library's own
    (a shop's clause titles, read from its terms file); the library's own come from the
    catalogs as :class:`~regulamin.messages.Message`."""

    pl: str
    en: str

    def text(self, lang: Lang) -> str:
        return self.pl if lang == "pl" else self.en


class Reason:
    """One step of a decision: the rule, its message (an id in the catalogs, with its
    parameters) and its legal basis. The text is rendered only when read, in the reader's
    language.

    A rule records a reason on every decision and a person reads few of them, so a reason is
    a plain record, cheap to make (a slotted object; read-only through its properties).

    >>> from regulamin.law import UOPK
    >>> Reason("x", "calendar.days", (UOPK.art("27", "1"),), {"n": 14}).line("en")
    '14 days (Art. 27(1) UoPK)'
    """

    __slots__ = ("_basis", "_literal", "_message", "_params", "_rule")

    def __init__(
        self,
        rule: str,
        message: str,
        basis: tuple[Citation, ...] = (),
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self._rule = rule
        self._message = message
        self._basis = basis
        self._params = params
        self._literal: tuple[str, str] | None = None

    @property
    def rule(self) -> str:
        """The id of the rule that gave the reason."""
        return self._rule

    @property
    def message(self) -> str:
        """The id of the reason's sentence in the catalogs."""
        return self._message

    @property
    def basis(self) -> tuple[Citation, ...]:
        """The provisions the reason rests on."""
        return self._basis

    @property
    def params(self) -> Mapping[str, Any] | None:
        """The values the sentence names, unformatted."""
        return self._params

    def _key(self) -> tuple[object, ...]:
        return (self._rule, self._message, self._basis, self._params, self._literal)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reason):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        params = tuple(sorted(self._params.items())) if self._params else None
        return hash((self._rule, self._message, self._basis, params, self._literal))

    def __repr__(self) -> str:
        return (
            f"Reason(rule={self._rule!r}, message={self._message!r}, basis={self._basis!r}, "
            f"params={self._params!r})"
        )

    @classmethod
    def written(
        cls,
        rule: str,
        pl: str,
        en: str,
        basis: tuple[Citation, ...] = (),
        params: Mapping[str, Any] | None = None,
    ) -> Reason:
        """A reason whose text is written out rather than the library's own (a rule of the
        caller's, a test): Polish and English templates over ``params``; a Ukrainian reader
        gets the Polish."""
        reason = cls(rule, "", basis, params)
        reason._literal = (pl, en)
        return reason

    @property
    def pl(self) -> str:
        return self.text("pl")

    @property
    def en(self) -> str:
        return self.text("en")

    def text(self, lang: Lang = "pl") -> str:
        """The reason's sentence in ``lang``, its values formatted for that reader."""
        if self._literal is None:
            return render(self.message, self.params, lang)
        template = self._literal[1] if lang == "en" else self._literal[0]
        if not self.params:
            return template
        return template.format_map({k: format_value(v, lang) for k, v in self.params.items()})

    def line(self, lang: Lang = "pl") -> str:
        """The reason with its legal basis in brackets before the full stop, as
        :meth:`Decision.explain` shows it: "… do 28 grudnia 2026 r. (art. 27 ust. 1 UoPK)."
        """
        text = self.text(lang)
        if not self.basis:
            return text
        basis = f"({citations(self.basis, lang)})"
        # A sentence ending in the abbreviation "r." (Ukrainian "р.") keeps its dot:
        # "… 2026 r. (art. 27 UoPK)."
        if text.endswith(".") and not text.endswith((" r.", " р.")):
            return f"{text[:-1]} {basis}."
        return f"{text} {basis}." if text.endswith(".") else f"{text} {basis}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "basis": [c.pl() for c in self.basis],
            "pl": self.text("pl"),
            "en": self.text("en"),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision(Generic[T]):
    """What a rule decided, why, and on which law."""

    rule: str
    outcome: T | Undetermined
    summary: Reason
    reasons: tuple[Reason, ...] = ()
    not_applied: tuple[Reason, ...] = ()
    deadline: date | datetime | None = None
    law_as_of: date | None = None

    @property
    def determined(self) -> bool:
        """Could the rule decide, or is a fact missing?"""
        return not isinstance(self.outcome, Undetermined)

    @property
    def missing(self) -> tuple[str, ...]:
        """The facts whose absence left the outcome undetermined (empty when determined)."""
        return self.outcome.missing if isinstance(self.outcome, Undetermined) else ()

    def explain(self, lang: Lang = "pl") -> str:
        """The decision as text: the conclusion, then each reason with its legal basis."""
        lines = [self.summary.text(lang)]
        lines += [f" - {reason.line(lang)}" for reason in self.reasons]
        if self.not_applied:
            lines.append(render("decision.not_applied", None, lang))
            lines += [f" - {reason.line(lang)}" for reason in self.not_applied]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping: ISO dates, amounts as strings, reasons in Polish and English
        (the ``regulamin.decision/1`` format; Ukrainian through :meth:`explain`)."""
        record: dict[str, Any] = {"format": FORMAT}
        for item in dataclasses.fields(self):
            record[item.name] = _plain(getattr(self, item.name))
        return record

    def to_json(self, *, indent: int | None = None) -> str:
        """The decision as stable JSON (see :data:`FORMAT`)."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=indent)


def _plain(value: Any) -> Any:
    if isinstance(value, Reason):
        return value.as_dict()
    if isinstance(value, Undetermined):
        return {"undetermined": list(value.missing)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | Decimal):
        return value.isoformat() if isinstance(value, date) else str(value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Text | Message):
        return {"pl": value.pl, "en": value.en}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value
