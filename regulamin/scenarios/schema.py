"""The JSON Schema of scenario files, for editors (completion, misspelt keys) and other tools.

The schema is built from the format's models and from the registry: the rule ids, and for a
scenario that names its ``rule``, the facts that rule's entry takes (by name and type) and
the fields of its decision. The facts' own *required* fields are left out, because the
file's ``defaults`` may give them; loading the file checks them.

Point an editor at it with a first line in the YAML file (yaml-language-server)::

    # yaml-language-server: $schema=regulamin-scenarios.schema.json

>>> s = schema()
>>> s["$schema"], sorted(s["properties"])[:3]
('https://json-schema.org/draft/2020-12/schema', ['as_of', 'defaults', 'description'])
>>> "status.customer" in s["$defs"]["ScenarioSpec"]["properties"]["rule"]["anyOf"][0]["enum"]
True
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from ..registry import REGISTRY, Registry
from .binding import EntryError, EntryPlan, entry_plan
from .loader import ExpectedError, ScenarioFileSpec

SCHEMA_ID = "urn:regulamin:scenario-file:1"
_FORMAT_MODELS = frozenset({"ScenarioFileSpec", "ScenarioSpec", "ExpectedError"})


def schema(registry: Registry = REGISTRY) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a scenario file, with the registered rules."""
    plans: list[EntryPlan] = []
    for rule_id in registry:
        try:
            plans.append(entry_plan(registry[rule_id]))
        except EntryError:
            continue
    inputs: list[tuple[str, Any, TypeAdapter[Any]]] = [
        ("file", "validation", TypeAdapter(ScenarioFileSpec)),
        ("error", "validation", TypeAdapter(ExpectedError)),
    ]
    for plan in plans:
        inputs += [
            (f"{plan.rule_id}:{name}", "validation", parameter.adapter)
            for name, parameter in plan.parameters.items()
        ]
    by_key, shared = TypeAdapter.json_schemas(inputs, ref_template="#/$defs/{model}")
    defs: dict[str, Any] = shared.get("$defs", {})
    for name, definition in defs.items():
        if name not in _FORMAT_MODELS:
            definition.pop("required", None)
    file_schema = by_key[("file", "validation")]
    if "$ref" in file_schema:
        file_schema = defs.pop(file_schema["$ref"].rpartition("/")[2])
    document: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **file_schema,
        "$defs": defs,
    }
    document["title"] = "regulamin scenario file"
    rule_ids = [plan.rule_id for plan in plans]
    scenario = defs["ScenarioSpec"]
    file_rule = document["properties"]["rule"]
    for holder in (scenario["properties"]["rule"], file_rule):
        holder["anyOf"][0]["enum"] = rule_ids
    check = scenario["properties"]["check"]
    for option in check["anyOf"]:
        if option.get("type") == "array":
            option["items"] = {"enum": rule_ids}
    all_facts = sorted({name for plan in plans for name in plan.parameters})
    document["properties"]["defaults"]["propertyNames"] = {"enum": all_facts}
    scenario["allOf"] = [_facts_for(plan, by_key) for plan in plans]
    return document


def _facts_for(plan: EntryPlan, by_key: dict[tuple[str, Any], dict[str, Any]]) -> dict[str, Any]:
    facts = {name: by_key[(f"{plan.rule_id}:{name}", "validation")] for name in plan.parameters}
    then: dict[str, Any] = {
        "properties": {
            "facts": {"type": "object", "properties": facts, "additionalProperties": False}
        }
    }
    if plan.decision_fields is not None:
        then["properties"]["expect"] = {"propertyNames": {"enum": sorted(plan.decision_fields)}}
    return {
        "if": {"required": ["rule"], "properties": {"rule": {"const": plan.rule_id}}},
        "then": then,
    }


def write_schema(path: str | Path, registry: Registry = REGISTRY) -> Path:
    """Write :func:`schema` as JSON to ``path`` and return the path."""
    target = Path(path)
    target.write_text(schema_json(registry), encoding="utf-8")
    return target


def schema_json(registry: Registry = REGISTRY) -> str:
    """:func:`schema` as indented JSON text."""
    return json.dumps(schema(registry), ensure_ascii=False, indent=2) + "\n"
