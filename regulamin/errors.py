"""The few errors the library raises, each naming what is wrong in words a reviewer reads.

* :class:`InvalidFacts`: the facts contradict themselves or the question (a statement sent
  before the contract was concluded, a naive datetime where the time zone decides the
  answer). Invalid *single* facts are rejected earlier, when the model is built, by
  pydantic's ``ValidationError``, which names the field; both are ``ValueError``.
* :class:`LawNotCovered`: the date falls where the library encodes no law (contracts before
  the consumer rights act, 2014-12-25). It refuses rather than guesses.
* :class:`UnknownRule`: no rule has that id; the message suggests the closest ones.
"""

from __future__ import annotations

from datetime import date


class RegulaminError(Exception):
    """Base of every error raised by regulamin."""


class InvalidFacts(RegulaminError, ValueError):
    """Facts that cannot all be true, or that lack what the question needs."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class LawNotCovered(RegulaminError):
    """The date is outside every version of the law the rule encodes."""

    def __init__(self, rule: str, on: date, detail: str) -> None:
        self.rule = rule
        self.on = on
        super().__init__(f"{rule}: no version of the law encoded for {on.isoformat()}: {detail}")


class UnknownRule(RegulaminError, KeyError):
    """No registered rule has this id."""

    def __init__(self, rule_id: str, suggestions: tuple[str, ...] = ()) -> None:
        self.rule_id = rule_id
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown rule {rule_id!r}{hint}")

    def __str__(self) -> str:  # KeyError would quote the whole message again
        return str(self.args[0])
