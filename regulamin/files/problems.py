"""Problems found in a scenario or facts file: where (file, line, column), which field, what.

A problem renders the way compilers and linters do, so editors and CI logs can jump to it:

>>> print(Problem("shop.scenarios.yaml", 12, 7, "customer.for_busines",
...               "unknown field; did you mean 'for_business'?"))
shop.scenarios.yaml:12:7: customer.for_busines: unknown field; did you mean 'for_business'?
>>> suggestion("outcom", ["outcome", "reasons", "deadline"])
"; did you mean 'outcome'?"
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

DocPath = tuple[str | int, ...]
"""A path into a document: mapping keys and list indices."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a file, named by file, line, column and field."""

    file: str
    line: int | None
    column: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class DocumentError(ValueError):
    """A file that cannot be used as it is; ``problems`` says where and why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def format_path(path: DocPath) -> str:
    """``("scenarios", 2, "facts", "customer")`` as ``scenarios[2].facts.customer``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def suggestion(word: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest choice, or ``""`` when nothing is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def unknown(word: str, choices: Iterable[str], what: str = "field") -> str:
    """The message for an unknown key: a suggestion, or the keys allowed here."""
    options = sorted(set(choices))
    hint = suggestion(word, options)
    if hint:
        return f"unknown {what}{hint}"
    listed = ", ".join(options) if options else "none"
    return f"unknown {what}; expected one of: {listed}"
