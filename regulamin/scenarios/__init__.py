"""Compliance scenarios: facts in, expected decisions out, in YAML a lawyer can read.

Shops write scenario files (``*.scenarios.yaml``, format in ``docs/scenarios.md``) and run
them in CI with pytest (this package's plugin collects them) or with ``regulamin check``.

>>> from regulamin.scenarios import load_text, run
>>> loaded = load_text('''
... rule: status.customer
... scenarios:
...   - name: A company is a trader
...     facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}
...     expect: {outcome: trader, law_as_of: 2026-12-01}
... ''', "shop.scenarios.yaml")
>>> [run(scenario).passed for scenario in loaded.scenarios]
[True]
"""

# The promise rules of a shop's terms are rules like the others: register them for the runner.
from .. import terms as _terms  # noqa: F401
from ..files.problems import DocumentError, Problem
from .binding import AS_OF_PARAMETERS, TERMS_PARAMETER, EntryError, EntryPlan, entry_plan
from .junit import FileRun, junit_xml, write_junit_xml
from .loader import (
    Call,
    ExpectedError,
    Scenario,
    ScenarioFile,
    ScenarioFileSpec,
    ScenarioSpec,
    load,
    load_text,
    merge_facts,
)
from .matching import Mismatch, match
from .runner import Failure, Outcome, Result, Summary, find_files, render, run, summarize
from .schema import schema, schema_json, write_schema

DEFAULT_PATTERN = "*.scenarios.yaml"
"""The file name pattern of scenario files, for the pytest plugin and ``regulamin check``."""

__all__ = [
    "AS_OF_PARAMETERS",
    "DEFAULT_PATTERN",
    "TERMS_PARAMETER",
    "Call",
    "DocumentError",
    "EntryError",
    "EntryPlan",
    "ExpectedError",
    "Failure",
    "FileRun",
    "Mismatch",
    "Outcome",
    "Problem",
    "Result",
    "Scenario",
    "ScenarioFile",
    "ScenarioFileSpec",
    "ScenarioSpec",
    "Summary",
    "entry_plan",
    "find_files",
    "junit_xml",
    "load",
    "load_text",
    "match",
    "merge_facts",
    "render",
    "run",
    "schema",
    "schema_json",
    "summarize",
    "write_junit_xml",
    "write_schema",
]
