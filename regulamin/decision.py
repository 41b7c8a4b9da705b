"""The one shape every rule returns: a decision with its reasons.

A :class:`Decision` carries

* the ``outcome`` (a bool, a date, an amount, a status) or :class:`Undetermined`, naming the
  facts that are missing, never a silent default;
* the ``deadline`` where the rule sets one;
* the ``reasons``: which rule fired, on which legal basis, in one line of Polish and of
  English; and ``not_applied``: the rules or exceptions checked that did not apply, and why;
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
from typing import Any, Generic, Literal, NoReturn, TypeVar

from .law import Citation, citations

Lang = Literal["pl", "en"]
FORMAT = "regulamin.decision/1"
"""The JSON format version; bumped on any incompatible change of :meth:`Decision.to_json`."""

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Undetermined:
    """The outcome cannot be decided: these facts (dotted paths) are missing."""

    missing: tuple[str, ...]

    def __bool__(self) -> NoReturn:
        raise TypeError(f"the outcome is undetermined: missing {', '.join(self.missing)}")


@dataclass(frozen=True, slots=True)
class Text:
    """A phrase in both languages, usable as a reason's parameter."""

    pl: str
    en: str

    def text(self, lang: Lang) -> str:
        return self.pl if lang == "pl" else self.en


class Percent(Decimal):
    """A percentage (``Percent("20")`` is 20%), formatted as such in reasons."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Reason:
    """One step of a decision: the rule, its legal basis, a line in Polish and English.

    ``pl`` and ``en`` are :meth:`str.format` templates over ``params``; the values are
    formatted for the reader's language when the reason is rendered.
    """

    rule: str
    pl: str
    en: str
    basis: tuple[Citation, ...] = ()
    params: Mapping[str, Any] | None = None

    def text(self, lang: Lang = "pl") -> str:
        template = self.pl if lang == "pl" else self.en
        if not self.params:
            return template
        return template.format_map({k: format_value(v, lang) for k, v in self.params.items()})

    def line(self, lang: Lang = "pl") -> str:
        """The reason with its legal basis in brackets before the full stop, as
        :meth:`Decision.explain` shows it: "… do 28 grudnia 2026 r. (art. 27 ust. 1 UoPK)."

        >>> from regulamin.law import UOPK
        >>> Reason("x", "Termin wynosi 14 dni.", "14 days.", (UOPK.art("27", "1"),)).line()
        'Termin wynosi 14 dni (art. 27 ust. 1 UoPK).'
        """
        text = self.text(lang)
        if not self.basis:
            return text
        basis = f"({citations(self.basis, lang)})"
        # A sentence ending in the abbreviation "r." keeps its dot: "… 2026 r. (art. 27 UoPK)."
        if text.endswith(".") and not text.endswith(" r."):
            return f"{text[:-1]} {basis}."
        return f"{text} {basis}." if text.endswith(".") else f"{text} {basis}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "basis": [c.pl() for c in self.basis],
            "pl": self.text("pl"),
            "en": self.text("en"),
        }


_NOT_APPLIED_HEADING = {"pl": "Nie zastosowano:", "en": "Did not apply:"}


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
            lines.append(_NOT_APPLIED_HEADING[lang])
            lines += [f" - {reason.line(lang)}" for reason in self.not_applied]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping: ISO dates, amounts as strings, reasons in both languages."""
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
    if isinstance(value, Text):
        return {"pl": value.pl, "en": value.en}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


_LOCALES = {"pl": "pl_PL", "en": "en_GB"}
_MONEY_PATTERN_EN = "¤\xa0#,##0.00"


def format_value(value: Any, lang: Lang) -> str:
    r"""Format one value of a reason for a reader of ``lang`` (babel, loaded on first use).

    Amounts keep babel's non-breaking spaces, so "1 234,56 zł" never breaks across lines.

    >>> format_value(date(2026, 12, 28), "pl"), format_value(Decimal("1234.56"), "pl")
    ('28 grudnia 2026', '1\xa0234,56\xa0zł')
    >>> format_value(Decimal("1234.5"), "en"), format_value(Percent("20"), "en")
    ('PLN\xa01,234.50', '20%')
    """
    from babel import dates, numbers  # noqa: PLC0415  (only when a person reads a decision)

    locale = _LOCALES[lang]
    if isinstance(value, Text):
        return value.text(lang)
    if isinstance(value, datetime):
        return dates.format_datetime(value, "d MMMM y, HH:mm zzz", locale=locale)
    if isinstance(value, date):
        return dates.format_date(value, "d MMMM y", locale=locale)
    if isinstance(value, Percent):
        return numbers.format_percent(value / 100, "#,##0.##%", locale=locale)
    if isinstance(value, Decimal):
        # CLDR's en pattern glues the code to the number ("PLN1,234.56"); English usage spaces it
        pattern = _MONEY_PATTERN_EN if lang == "en" else None
        return numbers.format_currency(value, "PLN", pattern, locale=locale)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple | list):
        return ", ".join(format_value(item, lang) for item in value)
    return str(value)
