"""One page per rule: legal basis by version, the seed clause, the plain statement, the
decision table, the interpretations, and worked examples computed from the scenario files.

The decision table has one row per worked example. Its condition columns are the facts
whose values differ between the examples (a fact written the same way in every example
decides nothing between them); the outcome column is what the rule actually decided when
the site was built, and the basis column lists the citations of the reasons given for it.
"""

from __future__ import annotations

import html
import inspect
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import yaml

from ..decision import Decision, Lang, Reason, Undetermined, format_value
from ..law import Citation, Source
from ..messages import Message
from ..registry import AnyRule, AnyVersion, KeyDate
from .examples import Example
from .markdown import (
    admonition,
    bilingual,
    both,
    cell,
    code,
    escape,
    heading,
    in_tabs,
    prose,
    table,
    tabs,
)
from .seeds import Quote

TOPICS: dict[str, Message] = {
    "status": Message("site.topic.status"),
    "withdrawal": Message("site.topic.withdrawal"),
    "conformity": Message("site.topic.conformity"),
    "complaints": Message("site.topic.complaints"),
    "prices": Message("site.topic.prices"),
    "liability": Message("site.topic.liability"),
    "versions": Message("site.topic.versions"),
    "pkd": Message("site.topic.pkd"),
    "payments": Message("site.topic.payments"),
    "sla": Message("site.topic.sla"),
    "support": Message("site.topic.support"),
    "service": Message("site.topic.service"),
}
"""Names of the legal topics (a rule id's first part); an unknown topic is shown by its id."""

KEY_DATES: dict[KeyDate, Message] = {
    KeyDate.CONTRACT_CONCLUDED: Message("site.key_date.contract_concluded"),
    KeyDate.COMPLAINT_RECEIVED: Message("site.key_date.complaint_received"),
    KeyDate.REDUCTION_STARTS: Message("site.key_date.reduction_starts"),
    KeyDate.ORDER_PLACED: Message("site.key_date.order_placed"),
    KeyDate.EVENT: Message("site.key_date.event"),
}


def topic_name(topic: str) -> Message:
    """The topic's name in both languages (its id when it has no name yet)."""
    return TOPICS.get(topic) or Message("site.topic.unnamed", topic=topic)


def key_date_name(key: KeyDate) -> Message:
    return KEY_DATES.get(key) or Message("site.key_date.unnamed", key=key.value)


def page_path(rule: AnyRule) -> str:
    """Where the rule's page is, relative to the docs folder."""
    name = rule.id.partition(".")[2] or rule.id
    return f"rules/{rule.topic}/{name}.md"


def topic_path(topic: str) -> str:
    return f"rules/{topic}/index.md"


def rule_page(
    rule: AnyRule,
    examples: Sequence[Example],
    quotes: Sequence[Quote],
    seed_links: Mapping[str, str],
) -> str:
    """The Markdown of ``rule``'s page.

    ``seed_links`` maps a seed's key to the page that shows its whole text.
    """
    topic = f"[{escape(topic_name(rule.topic).pl)}](index.md)"
    byline = Message("site.rule.byline", rule=code(rule.id), topic=topic)
    parts = [
        f"# {escape(rule.title.pl)}\n",
        f"*{escape(rule.title.en)}* · {byline.pl}\n",
        bilingual(rule.summary),
        _entry(rule),
        heading(2, Message("site.rule.legal_basis")),
        _versions(rule),
        _sources(rule),
    ]
    if quotes:
        parts.append(heading(2, Message("site.rule.clause")))
        parts += [_quote(q, seed_links) for q in quotes]
    if rule.interpretations:
        parts.append(heading(2, Message("site.rule.interpretations")))
        parts.append(prose(Message("site.rule.interpretations_intro")))
        for n, interpretation in enumerate(rule.interpretations, start=1):
            title = Message("site.rule.interpretation_number", number=n)
            parts.append(
                admonition("warning", f"{title.pl} · {title.en}", _interpretation(interpretation))
            )
    parts.append(heading(2, Message("site.rule.decision_table")))
    parts.append(decision_table(rule.id, examples))
    parts.append(heading(2, Message("site.rule.examples")))
    parts.append(_examples_intro(rule, examples))
    parts += [worked_example(rule.id, n, e) for n, e in enumerate(examples, start=1)]
    return "\n".join(parts)


def _entry(rule: AnyRule) -> str:
    if rule.entry is None:
        return prose(Message("site.rule.no_entry"))
    names = ", ".join(inspect.signature(rule.entry).parameters)
    function = code(f"{rule.entry.__module__}.{rule.entry.__name__}({names})")
    return f"{both(Message('site.rule.entry'))}: {function}\n"


def _versions(rule: AnyRule) -> str:
    rows = []
    for version in sorted(rule.versions, key=lambda v: v.valid_from):
        rows.append(
            [
                version.valid_from.isoformat(),
                version.valid_until.isoformat() if version.valid_until else "—",
                cell(key_date_name(version.keyed_on).pl) + f"<br>{code(version.keyed_on.value)}",
                "<br>".join(cell(c.pl()) for c in version.basis),
                "<br>".join(cell(c.en()) for c in version.basis),
            ]
        )
    basis = Message("site.rule.legal_basis")
    headers = [
        both(Message("site.table.from")),
        both(Message("site.table.until")),
        both(Message("site.rule.keyed_on")),
        basis.pl,
        f"*{basis.en}*",
    ]
    notes = [_version_note(v) for v in sorted(rule.versions, key=lambda v: v.valid_from)]
    intro = prose(Message("site.rule.versions_intro"))
    return "\n".join([intro, table(headers, rows), "", *notes, ""])


def _version_note(version: AnyVersion) -> str:
    doc = inspect.getdoc(version.func) or ""
    summary = doc.split("\n\n")[0].replace("\n", " ").strip()
    until = version.valid_until.isoformat() if version.valid_until else "…"
    text = f"- **{version.valid_from.isoformat()} – {until}**"
    if version.note is not None:
        text += f": {escape(version.note.pl)} · *{escape(version.note.en)}*"
    if summary:
        text += f" — *{escape(summary)}*"
    return text


def _sources(rule: AnyRule) -> str:
    sources: dict[Source, None] = {}
    for version in rule.versions:
        sources.update(dict.fromkeys(c.source for c in version.basis))
    lines = [f"{both(Message('site.rule.sources'))}:\n"]
    for source in sources:
        journal = f" ({escape(source.journal)})" if source.journal else ""
        lines.append(
            f"- **{escape(source.short_pl)}**: {escape(source.title_pl)}{journal} · "
            f"*{escape(source.title_en)}*"
        )
    return "\n".join(lines) + "\n"


def _quote(found: Quote, seed_links: Mapping[str, str]) -> str:
    link = seed_links.get(found.seed.key)
    title = escape(found.seed.title.pl)
    location = f"**{escape(found.location)}**"
    if link:
        title = f"[{title}]({link})"
        location = f"[{location}]({link}#{found.anchor})"
    body = "\n".join(f"> {escape(line)}  " if line else ">" for line in found.text.splitlines())
    return f"{title}, {location}:\n\n{body}\n"


def _interpretation(interpretation: Any) -> str:
    return tabs(escape(interpretation.pl), escape(interpretation.en))


# ---- the decision table -------------------------------------------------------------------


def decision_table(rule_id: str, examples: Sequence[Example]) -> str:
    """The rule's decision table, one row per example, in Polish and English tabs."""
    if not examples:
        title, body = Message("site.table.no_examples"), Message("site.table.no_examples_body")
        return admonition("danger", f"{title.pl} · {title.en}", f"{body.pl}\n\n*{body.en}*")
    flat = [_flatten(e.facts) for e in examples]
    columns = _varying(flat)
    one_cell = len(columns) > MAX_CONDITION_COLUMNS
    with_deadline = any(e.decision is not None and e.decision.deadline for e in examples)
    tables = {}
    for lang in ("pl", "en"):
        conditions = [_CONDITIONS.text(lang)] if one_cell else [code(c) for c in columns]
        headers = ["#", *conditions, _OUTCOME.text(lang)]
        if with_deadline:
            headers.append(_DEADLINE.text(lang))
        headers.append(_BASIS.text(lang))
        rows = []
        for number, (example, facts) in enumerate(zip(examples, flat, strict=True), start=1):
            row = [f"[{number}](#example-{number})"]
            if one_cell:
                given = [f"{fact_code(c)} = {fact_code(facts[c])}" for c in columns if c in facts]
                row.append("<br>".join(given) or "—")
            else:
                row += [fact_code(facts[c]) if c in facts else "—" for c in columns]
            row.append(_outcome_cell(rule_id, example, lang))
            if with_deadline:
                deadline = example.decision.deadline if example.decision else None
                row.append(cell(format_value(deadline, lang)) if deadline else "—")
            basis = _decisive_basis(rule_id, example)
            row.append("<br>".join(_unbroken(c.text(lang)) for c in basis) or "—")
            rows.append(row)
        tables[lang] = table(headers, rows)
    how = Message("site.table.how")
    return tabs(f"{how.pl}\n\n{tables['pl']}", f"{how.en}\n\n{tables['en']}")


MAX_CONDITION_COLUMNS = 3
"""More facts than this that differ between the examples go into one "conditions" cell, one
``fact = value`` a line, so that the outcome stays in view on a narrow screen."""

_CONDITIONS = Message("site.table.conditions")
_OUTCOME = Message("site.table.outcome")
_DEADLINE = Message("site.table.deadline")
_BASIS = Message("site.table.basis")
_YES_NO = {True: Message("site.outcome.yes"), False: Message("site.outcome.no")}


def _outcome_cell(rule_id: str, example: Example, lang: Lang) -> str:
    if example.error is not None:
        refused = Message("site.outcome.refused", error=type(example.error).__name__)
        return cell(refused.text(lang))
    decision = example.decision
    assert decision is not None
    value = cell(outcome_text(decision, lang))
    if example.source == "applies":
        return f"**{value}**"
    cited = "<br>".join(cell(r.text(lang)) for r in example.reasons_of(rule_id))
    return f"{code(decision.rule)}: **{value}**<br>{cited}"


def fact_code(text: str) -> str:
    """A fact's name or value as code that never breaks inside (``2022-12-31`` stays whole)."""
    return f'<code class="rg-fact">{html.escape(text)}</code>'


def _unbroken(citation: str) -> str:
    """A citation that does not break across lines ("art. 7aa ust. 1 UoPK" stays whole)."""
    return cell(citation).replace(" ", "\u00a0")


def outcome_text(decision: Decision[Any], lang: Lang) -> str:
    """The decision's outcome in a few words: yes/no, a status, a date, an amount."""
    outcome = decision.outcome
    if isinstance(outcome, Undetermined):
        missing = ", ".join(outcome.missing)
        return Message("site.outcome.undetermined", missing=missing).text(lang)
    if isinstance(outcome, bool):
        return _YES_NO[outcome].text(lang)
    label = getattr(outcome, "label", None)
    if isinstance(outcome, Enum) and callable(getattr(label, "text", None)):
        return f"{format_value(label, lang)} ({outcome.value})"
    if isinstance(outcome, Enum):
        return str(outcome.value)
    if isinstance(outcome, date | Decimal) or callable(getattr(outcome, "text", None)):
        return format_value(outcome, lang)
    if outcome is None:
        return "—"
    return str(outcome)


def _decisive_basis(rule_id: str, example: Example) -> list[Citation]:
    if example.decision is None:
        return []
    if example.source == "applies":
        reasons: Sequence[Reason] = (example.decision.summary, *example.decision.reasons)
    else:
        reasons = example.reasons_of(rule_id)
    return list(dict.fromkeys(c for r in reasons for c in r.basis))


def _flatten(value: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(value, Mapping):
        flat: dict[str, str] = {}
        for key, item in value.items():
            flat.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(value, list) and any(isinstance(item, Mapping | list) for item in value):
        flat = {}
        for index, item in enumerate(value):
            flat.update(_flatten(item, f"{prefix}[{index}]"))
        return flat
    if isinstance(value, list):
        return {prefix: "[" + ", ".join(_scalar(v) for v in value) + "]"}
    return {prefix: _scalar(value)}


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _varying(rows: Sequence[Mapping[str, str]]) -> list[str]:
    keys = list(dict.fromkeys(key for row in rows for key in row))
    if len(rows) < 2:
        return keys
    return [key for key in keys if len({row.get(key) for row in rows}) > 1]


# ---- worked examples ----------------------------------------------------------------------


def _examples_intro(rule: AnyRule, examples: Sequence[Example]) -> str:
    if not examples:
        return ""
    if examples[0].source == "cites":
        return prose(Message("site.examples.cited", rule=code(rule.id)))
    return prose(Message("site.examples.intro"))


class _FactsDumper(yaml.SafeDumper):
    """Writes facts as the scenario files do: a day as ``2026-12-01``, not ``'2026-12-01'``
    (the scenario format reads dates as text and validates them as dates)."""


_FactsDumper.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def worked_example(rule_id: str, number: int, example: Example) -> str:
    """One example: the scenario, its facts, and the decision explained in both languages."""
    scenario = example.scenario
    parts = [f"### {number}. {escape(scenario.name)} {{ #example-{number} }}\n"]
    applied = code(example.rule_id)
    if example.source == "cites":
        applied = Message("site.example.cites", rule=applied, cited=code(rule_id)).pl
    scenario_label = both(Message("site.example.scenario"))
    rule_label = both(Message("site.example.rule"))
    parts.append(f"{scenario_label}: {code(example.where)} · {rule_label}: {applied}\n")
    if scenario.description:
        parts.append(f"*{escape(' '.join(scenario.description.split()))}*\n")
    facts = yaml.dump(
        dict(example.facts),
        Dumper=_FactsDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
    )
    parts.append(f"{both(Message('site.example.facts'))}:\n\n```yaml\n{facts}```\n")
    expected = scenario.expect.get(example.rule_id)
    if example.source == "applies" and expected:
        checked = ", ".join(code(key) for key in expected)
        parts.append(f"{both(Message('site.example.matches'))}: {checked}\n")
    if example.error is not None:
        error = f"{type(example.error).__name__}: {example.error}"
        parts.append(in_tabs(Message("site.example.refused", error=code(error))))
        return "\n".join(parts)
    assert example.decision is not None
    parts.append(tabs(_explained(example.decision, "pl"), _explained(example.decision, "en")))
    return "\n".join(parts)


def _explained(decision: Decision[Any], lang: Lang) -> str:
    """:meth:`~regulamin.decision.Decision.explain`'s text as Markdown: the conclusion in
    bold, each reason a list item, the heading of the rules that did not apply."""
    lines = decision.explain(lang).splitlines()
    out = [f"**{escape(lines[0])}**", ""]
    for line in lines[1:]:
        if line.startswith(" - "):
            out.append(f"- {escape(line[3:])}")
        else:
            out += ["", escape(line), ""]
    if decision.deadline is not None:
        due = escape(format_value(decision.deadline, lang))
        out += ["", f"{_DEADLINE.text(lang)}: **{due}**"]
    return "\n".join(out)


def topic_page(topic: str, rules: Sequence[AnyRule], counts: Mapping[str, int]) -> str:
    """A topic's page: its rules with their summaries."""
    name = topic_name(topic)
    parts = [f"# {escape(name.pl)}\n", f"*{escape(name.en)}*\n"]
    for rule in rules:
        link = page_path(rule).rpartition("/")[2]
        parts.append(f"## [{escape(rule.title.pl)}]({link})\n")
        examples = both(Message("site.topic_page.examples"))
        parts.append(
            f"{code(rule.id)} · *{escape(rule.title.en)}* · {examples}: {counts.get(rule.id, 0)}\n"
        )
        parts.append(bilingual(rule.summary))
    return "\n".join(parts)


def rules_index(groups: Mapping[str, Sequence[AnyRule]], counts: Mapping[str, int]) -> str:
    """The list of all rules by topic, with the number of versions and examples."""
    parts = [heading(1, Message("site.rules.heading")), prose(Message("site.rules.intro"))]
    title = Message("site.table.title")
    headers = [
        both(Message("site.table.rule")),
        title.pl,
        f"*{title.en}*",
        both(Message("site.table.versions")),
        both(Message("site.rule.interpretations")),
        both(Message("site.table.examples")),
    ]
    for topic, rules in groups.items():
        name = topic_name(topic)
        parts.append(f"## [{escape(name.pl)}]({topic}/index.md) · *{escape(name.en)}*\n")
        rows = [
            [
                f"[{code(r.id)}]({page_path(r).removeprefix('rules/')})",
                cell(r.title.pl),
                f"*{cell(r.title.en)}*",
                str(len(r.versions)),
                str(len(r.interpretations)),
                str(counts.get(r.id, 0)),
            ]
            for r in rules
        ]
        parts.append(table(headers, rows) + "\n")
    return "\n".join(parts)
