"""Partial matching of an expected outcome against a decision's ``as_dict()``.

The rules, applied recursively:

* **mapping**: only the keys written are compared; a key the decision does not have is a
  mismatch (with the closest field suggested), never ignored;
* **list**: each expected item must match (partially) an actual item, in the same order,
  other items may come between them (an ordered subsequence); an **empty** expected list
  means the actual list must be empty;
* **scalar**: equal, with no conversions: dates are ISO strings (``"2026-12-28"``), amounts
  are strings (``"12.50"``), ``true`` is not ``1``.

>>> decision = {"outcome": "pnpk", "reasons": [{"basis": ["art. 22¹ KC"]},
...                                            {"basis": ["art. 38a UoPK"]}]}
>>> match({"outcome": "pnpk", "reasons": [{"basis": ["art. 38a UoPK"]}]}, decision)
[]
>>> [m.kind for m in match({"outcome": "trader", "reason": []}, decision)]
['differs', 'no_field']
>>> match({"reasons": [{"basis": ["art. 7aa ust. 1 UoPK"]}]}, decision)[0].kind
'no_item'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..files.problems import DocPath

MismatchKind = Literal["differs", "no_field", "no_item", "not_empty"]


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One place where the decision differs from what was expected.

    ``path`` is where in the expected mapping (and the decision) it is; ``actual`` is the
    decision's value there (the mapping, for a missing field; the whole list, for a list
    item that matched nothing).
    """

    path: DocPath
    kind: MismatchKind
    expected: Any
    actual: Any


def match(expected: Any, actual: Any, path: DocPath = ()) -> list[Mismatch]:
    """Every mismatch between ``expected`` and ``actual`` (empty when they match)."""
    if isinstance(expected, Mapping):
        if not isinstance(actual, Mapping):
            return [Mismatch(path, "differs", expected, actual)]
        mismatches: list[Mismatch] = []
        for key, value in expected.items():
            if key not in actual:
                mismatches.append(Mismatch((*path, key), "no_field", value, actual))
            else:
                mismatches += match(value, actual[key], (*path, key))
        return mismatches
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [Mismatch(path, "differs", expected, actual)]
        if not expected:
            return [] if not actual else [Mismatch(path, "not_empty", expected, actual)]
        return _subsequence(expected, actual, path)
    return [] if same_scalar(expected, actual) else [Mismatch(path, "differs", expected, actual)]


def _subsequence(expected: list[Any], actual: list[Any], path: DocPath) -> list[Mismatch]:
    # Taking the earliest matching item for each expected one never loses a match that a
    # later choice would find, so the greedy scan decides the ordered subsequence exactly.
    mismatches: list[Mismatch] = []
    start = 0
    for index, item in enumerate(expected):
        found = next((i for i in range(start, len(actual)) if not match(item, actual[i])), None)
        if found is None:
            mismatches.append(Mismatch((*path, index), "no_item", item, actual))
        else:
            start = found + 1
    return mismatches


def same_scalar(expected: Any, actual: Any) -> bool:
    """Equal without conversions (``True`` is not ``1``, ``"12.50"`` is not ``12.5``)."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, str) or isinstance(actual, str):
        return isinstance(expected, str) and isinstance(actual, str) and expected == actual
    return bool(expected == actual)
