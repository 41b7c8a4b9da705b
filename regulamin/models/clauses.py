"""A clause of a shop's terms, as its text numbers it: the reference every number a shop's
terms state carries, so that a decision cites the clause it applied.

>>> str(ClauseRef.model_validate("§ 10  ust. 1"))
'§ 10 ust. 1'
>>> ClauseRef.model_validate("Postanowienia końcowe pkt 1").part
'Postanowienia końcowe'
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field, field_validator, model_validator

from .base import Fact

_PARAGRAPHED = re.compile(
    r"§\s*(?P<section>\d+[a-z]?)(?:\s+ust\.\s*(?P<paragraph>\d+[a-z]?))?"
    r"(?:\s+pkt\s*(?P<point>\d+[a-z]?))?"
)
_PARTED = re.compile(r"(?P<part>[^\d§].*?),?\s+pkt\s*(?P<point>\d+[a-z]?)")


class ClauseRef(Fact):
    """A clause of the shop's terms: ``§ 10 ust. 1`` or ``Postanowienia końcowe pkt 1``.

    Written in a terms file as that text; the parts are kept apart for citing.
    """

    section: str | None = Field(default=None, description="The § number (``10`` in § 10).")
    part: str | None = Field(
        default=None, description="The name of an unnumbered part (``Postanowienia końcowe``)."
    )
    paragraph: str | None = Field(default=None, description="The ustęp (``1`` in ust. 1).")
    point: str | None = Field(default=None, description="The punkt (``2`` in pkt 2).")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        text = " ".join(value.split())
        numbered = _PARAGRAPHED.fullmatch(text)
        if numbered:
            return {k: v for k, v in numbered.groupdict().items() if v is not None}
        parted = _PARTED.fullmatch(text)
        if parted:
            return parted.groupdict()
        raise ValueError(
            f"a clause is written as the terms number it, e.g. '§ 10 ust. 1' or "
            f"'Postanowienia końcowe pkt 1', not {value!r}"
        )

    @model_validator(mode="after")
    def _one_kind(self) -> ClauseRef:
        if (self.section is None) == (self.part is None):
            raise ValueError("a clause is either a § (section) or a named part, not both")
        if self.part is not None and (self.point is None or self.paragraph is not None):
            raise ValueError("a named part's clause is a point: 'Postanowienia końcowe pkt 1'")
        return self

    def __str__(self) -> str:
        if self.part is not None:
            return f"{self.part} pkt {self.point}"
        text = f"§ {self.section}"
        if self.paragraph:
            text += f" ust. {self.paragraph}"
        if self.point:
            text += f" pkt {self.point}"
        return text


class Stated(Fact):
    """Terms data whose values each carry the clause of the shop's terms that states them, so
    that a decision applying a value cites that clause (``clauses: {due_days: "§ 4 ust. 5"}``).

    >>> class Payment(Stated):
    ...     due_days: int
    >>> Payment(due_days=30, clauses={"due_days": "§ 4 ust. 5"}).clause("due_days").paragraph
    '5'
    >>> Payment(due_days=30, clauses={"due_dyas": "§ 4 ust. 5"})
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Payment
    clauses
      Value error, no field due_dyas to state a clause for; the fields are: due_days ...
    """

    clauses: dict[str, ClauseRef] = Field(
        default_factory=dict,
        description="For each field, the clause of the shop's terms that states its value.",
    )

    @field_validator("clauses")
    @classmethod
    def _clauses_name_fields(cls, value: dict[str, ClauseRef]) -> dict[str, ClauseRef]:
        fields = [name for name in cls.model_fields if name != "clauses"]
        for name in value:
            if name not in fields:
                raise ValueError(
                    f"no field {name} to state a clause for; the fields are: {', '.join(fields)}"
                )
        return value

    def clause(self, field: str) -> ClauseRef | None:
        """The clause stating ``field``, if the terms name one."""
        return self.clauses.get(field)
