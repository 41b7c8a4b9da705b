"""Reading a shop's terms file (YAML or JSON) into :class:`~regulamin.terms.shop.ShopTerms`.

The file is read by :mod:`regulamin.files.source`, as the scenario files are, which keeps
the line and column of every key and value and reads YAML 1.2 (``no`` stays text, a
key written twice is an error). Every problem names the file, the line and the field, and a
misspelt key gets the closest right one::

    shop.yaml:7:5: promises.withdrawl: unknown field; did you mean 'withdrawal'?

>>> doc = parse_terms('''
... name: Regulamin sklepu Przykład
... cited_as: {pl: Regulaminu sklepu Przykład, en: Przykład Shop Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... promises:
...   withdrawl: {days: 30, clause: "§ 8 ust. 1"}
... ''', "shop.yaml")
Traceback (most recent call last):
...
regulamin.files.problems.DocumentError: shop.yaml:9:3: promises.withdrawl: unknown field;
did you mean 'withdrawal'?
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from .shop import ShopTerms

if TYPE_CHECKING:
    from ..files.problems import Problem
    from ..files.source import Document

# The scenario files' reader is imported when a file is read, not with the package: the rules
# of regulamin.terms need no YAML, and the scenarios may come to import this package.

__all__ = ["LoadedTerms", "load", "parse_terms", "read_terms"]


@dataclass(frozen=True, slots=True)
class LoadedTerms:
    """The terms and the document they were read from (for pointing at lines)."""

    terms: ShopTerms
    document: Document


def load(path: str | Path) -> ShopTerms:
    """The terms in the YAML or JSON file at ``path``.

    Raises :class:`~regulamin.files.problems.DocumentError` listing every problem, each
    with the file, the line and the field.
    """
    return read_terms(Path(path)).terms


def read_terms(path: Path) -> LoadedTerms:
    """The terms at ``path`` together with the parsed document."""
    from ..files.source import read_document  # noqa: PLC0415  (see the imports)

    document = read_document(path)
    return LoadedTerms(validate(document), document)


def parse_terms(text: str, name: str, *, json: bool = False) -> ShopTerms:
    """The terms written in ``text`` (YAML, or JSON with ``json``); ``name`` names the file."""
    from ..files.source import parse_json_or_yaml, parse_text  # noqa: PLC0415

    document = parse_json_or_yaml(text, name) if json else parse_text(text, name)
    return validate(document)


def validate(document: Document) -> ShopTerms:
    """The document's data validated as :class:`ShopTerms`, with problems at their lines."""
    from ..files.problems import DocumentError, Problem  # noqa: PLC0415
    from ..files.validation import FactLayer, FactSources, validation_problems  # noqa: PLC0415

    if not isinstance(document.data, dict):
        shown = "empty" if document.data is None else type(document.data).__name__
        raise DocumentError(
            [
                Problem(
                    document.path,
                    1,
                    1,
                    "",
                    "a terms file is a mapping of sections (name, trader, versions...), "
                    f"not {shown}",
                )
            ]
        )
    try:
        return ShopTerms.model_validate(document.data)
    except ValidationError as error:
        sources = FactSources((FactLayer(document, (), document.data),))
        problems = validation_problems(error, ShopTerms, document.data, sources, ())
        raise DocumentError(_one_per_mistake(problems)) from None


def _one_per_mistake(problems: list[Problem]) -> list[Problem]:
    """The problems without the echoes of another: a list "too short" only because its item
    failed, a field "missing" only because it is misspelt (the misspelling names it)."""
    meant = {
        (p.field.rpartition(".")[0], p.message.rpartition("did you mean ")[2].strip("'?"))
        for p in problems
        if "did you mean" in p.message
    }
    kept = []
    for problem in problems:
        parent, _, name = problem.field.rpartition(".")
        if problem.message.startswith("required field") and (parent, name) in meant:
            continue
        if "should have at least" in problem.message and any(
            other.field.startswith(problem.field + "[") for other in problems
        ):
            continue
        kept.append(problem)
    return kept
