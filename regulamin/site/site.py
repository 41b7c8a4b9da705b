"""Assembling the reviewers' site: every generated page and the navigation to them.

:func:`build_site` reads the rule registry, runs the scenario files and parses the seed
regulaminy; the mkdocs hook (``docs/hooks/regulamin_site.py``) adds the pages it returns to
the build as generated files, so that nothing generated is ever committed and the site
cannot drift from the code.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import rules as rule_modules
from ..messages import Message
from ..registry import REGISTRY, AnyRule, Registry
from .examples import ScenarioRun, run_scenarios
from .facts import facts_page
from .markdown import both, code, escape, heading, prose
from .review import review_page
from .rule_pages import page_path, rule_page, rules_index, topic_name, topic_page, topic_path
from .seeds import (
    Item,
    Quote,
    Section,
    Seed,
    SeedDocument,
    SeedReferenceError,
    anchor,
    quotes_for,
    read_seeds,
)
from .timeline import timeline_page

NavItem = str | dict[str, Any]

API_MODULES = (
    "regulamin",
    "regulamin.decision",
    "regulamin.registry",
    "regulamin.law",
    "regulamin.errors",
    "regulamin.models",
    "regulamin.calendars",
    "regulamin.rules",
    "regulamin.scenarios",
    "regulamin.cli",
    "regulamin.site",
    "regulamin.engine",
    "regulamin.terms",
    "regulamin.files",
)
"""The modules of the API reference; a package's page also documents its public modules."""


@dataclass(slots=True)
class Site:
    """The generated pages (path in the docs folder → Markdown) and their navigation."""

    pages: dict[str, str] = field(default_factory=dict)
    rules_nav: list[NavItem] = field(default_factory=list)
    """The "Reguły" section: the index, then one subsection per topic."""
    api_nav: list[NavItem] = field(default_factory=list)
    seeds_nav: list[NavItem] = field(default_factory=list)
    examples: dict[str, int] = field(default_factory=dict)
    """The number of worked examples per rule id."""

    @property
    def rules_without_examples(self) -> list[str]:
        return [rule_id for rule_id, count in self.examples.items() if count == 0]


def front_matter(*, boost: float) -> str:
    """Page metadata for the search: rule pages rank above the API reference."""
    return f"---\nsearch:\n  boost: {boost}\n---\n\n"


RULE_BOOST = 2.0
API_BOOST = 0.5


def load_rules() -> None:
    """Import every module of :mod:`regulamin.rules`, and the promise rules of
    :mod:`regulamin.terms`, so that every rule is registered."""
    for info in pkgutil.iter_modules(rule_modules.__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{rule_modules.__name__}.{info.name}")
    importlib.import_module("regulamin.terms")


def build_site(
    root: str | Path,
    *,
    registry: Registry = REGISTRY,
    scenario_dirs: Sequence[str] = ("tests/scenarios", "examples"),
    seeds_dir: str = "docs/seeds",
    examples_dir: str = "examples",
) -> Site:
    """Every generated page of the site, from the repository at ``root``.

    Raises :class:`~regulamin.site.examples.ExamplesFailed` when a scenario fails and
    :class:`~regulamin.site.seeds.SeedReferenceError` when a seed's data file names a clause
    its text does not have, or a rule there is no such rule: the build stops rather than show
    a wrong page. The seeds are every ``*.yaml`` in ``seeds_dir``.
    """
    base = Path(root)
    load_rules()
    scenarios = run_scenarios([base / d for d in scenario_dirs], relative_to=base)
    seeds = read_seeds(base / seeds_dir)
    _check_clauses(seeds, registry)
    site = Site()
    groups = registry.by_topic()
    _rule_pages(site, groups, scenarios, seeds)
    site.pages["rules/index.md"] = rules_index(groups, site.examples)
    site.pages["timeline.md"] = timeline_page(groups, base / examples_dir)
    site.pages["interpretations.md"] = review_page(groups)
    site.pages["facts.md"] = facts_page()
    _seed_pages(site, seeds)
    _api_pages(site)
    return site


def _check_clauses(seeds: Sequence[Seed], registry: Registry) -> None:
    for seed in seeds:
        for clause, rule_ids in seed.clauses.items():
            unknown = [rule_id for rule_id in rule_ids if rule_id not in registry]
            if unknown:
                raise SeedReferenceError(
                    f"{seed.key}.yaml, {clause!r}: no rule {', '.join(map(repr, unknown))}"
                )


def _rule_pages(
    site: Site,
    groups: dict[str, list[AnyRule]],
    scenarios: ScenarioRun,
    seeds: Sequence[Seed],
) -> None:
    site.rules_nav.append("rules/index.md")
    for topic, rules in groups.items():
        section: list[NavItem] = [topic_path(topic)]
        for rule in rules:
            examples = scenarios.examples_for(rule.id)
            site.examples[rule.id] = len(examples)
            quotes = quotes_for(rule.id, seeds)
            links = {seed.key: _relative(page_path(rule), _seed_path(seed)) for seed in seeds}
            page = rule_page(rule, examples, quotes, links)
            site.pages[page_path(rule)] = front_matter(boost=RULE_BOOST) + page
            section.append({rule.title.pl: page_path(rule)})
        site.pages[topic_path(topic)] = topic_page(topic, rules, site.examples)
        site.rules_nav.append({topic_name(topic).pl: section})


def _relative(from_page: str, to_page: str) -> str:
    depth = from_page.count("/")
    return "../" * depth + to_page


def _seed_path(seed: Seed) -> str:
    return f"seeds/{seed.key}.md"


def _seed_pages(site: Site, seeds: Sequence[Seed]) -> None:
    site.pages["seeds/index.md"] = seeds_index(seeds)
    site.seeds_nav.append("seeds/index.md")
    for seed in seeds:
        site.pages[_seed_path(seed)] = seed_page(seed, seed.document)
        site.seeds_nav.append({seed.title.pl: _seed_path(seed)})


def seeds_index(seeds: Sequence[Seed]) -> str:
    """The list of the seeds, each linked to its whole text."""
    parts = [heading(1, Message("site.seeds.heading")), prose(Message("site.seeds.intro"))]
    parts += [
        f"- [{escape(seed.title.pl)}]({seed.key}.md) · *{escape(seed.title.en)}*" for seed in seeds
    ]
    return "\n".join(parts) + "\n"


def seed_page(seed: Seed, document: SeedDocument) -> str:
    """A seed's whole text, with an anchor at every section, paragraph and point."""
    parts = [
        f"# {escape(seed.title.pl)}\n",
        f"*{escape(seed.title.en)}* · {both(Message('site.seeds.as_published'))} · "
        f"{both(Message('site.seeds.file'))}: [{code(seed.file)}]({seed.file})\n",
    ]
    parts += [escape(line) + "\n" for line in document.preamble]
    for section in document.sections:
        title = f"§ {section.number}. {section.title}" if section.number else section.title
        parts.append(f"## {escape(title)} {{ #{anchor(document, section)} }}\n")
        parts += [escape(p) + "\n" for p in section.paragraphs]
        for item in section.items:
            parts.append(_seed_item(document, section, item, ()))
            parts += [escape(line) + "\n" for line in item.tail]
        parts += [escape(line) + "\n" for line in section.closing]
    return "\n".join(parts)


def _seed_item(
    document: SeedDocument, section: Section, item: Item, parents: tuple[str, ...]
) -> str:
    numbers = (*parents, item.number)
    html_id = anchor(document, section, *numbers)
    lines = [f'<a id="{html_id}"></a>**{item.number}.** {escape(item.text)}']
    if item.children:
        lines.append("")
    for child in item.children:
        nested = _seed_item(document, section, child, numbers).splitlines()
        lines.append(f"- {nested[0]}")
        lines += [f"    {line}" if line else "" for line in nested[1:]]
    return "\n".join(lines) + "\n"


def _api_pages(site: Site) -> None:
    site.pages["api/index.md"] = _api_index()
    site.api_nav.append("api/index.md")
    for name in API_MODULES:
        module = importlib.import_module(name)
        path = f"api/{name}.md"
        lines = [front_matter(boost=API_BOOST), f"# {code(name)}\n"]
        if hasattr(module, "__path__") and name != "regulamin":
            lines.append(f"::: {name}\n    options:\n      members: false\n")
            for info in pkgutil.iter_modules(module.__path__):
                if not info.name.startswith("_"):
                    lines.append(f"::: {name}.{info.name}\n")
        else:
            lines.append(f"::: {name}\n")
        site.pages[path] = "\n".join(lines)
        site.api_nav.append({name: path})


def _api_index() -> str:
    modules = "\n".join(f"- [{code(name)}]({name}.md)" for name in API_MODULES)
    return f"# API\n\n{prose(Message('site.api.intro'))}\n{modules}\n"


__all__ = ["API_MODULES", "Quote", "Site", "build_site", "load_rules", "seed_page"]
