"""The generator of the reviewers' site: pages built from the rule registry and the scenarios.

Legal reviewers read the site, not the code. Every page about a rule is generated when the
site is built: the legal basis of each version with its dates, the clause of the seed terms
it implements, the decision table and the worked examples, computed by running the scenario
files through the rules. A scenario whose decision differs from what it expects stops the
build, so the site never shows an example the library does not give.

The mkdocs hook (``docs/hooks/regulamin_site.py``, named in ``mkdocs.yml``) calls
:func:`build_site` and adds its pages to the build; this package itself does not import
mkdocs, so the library and its tests do not need the ``docs`` extra.

>>> from regulamin.site import parse_seed
>>> parse_seed("Regulamin\\n\\n§1. Definicje\\n\\n  1. Strona.\\n").section("1").item("1").text
'Strona.'
"""

from .examples import Example, ExamplesFailed, ScenarioRun, run_scenarios
from .facts import fact_models, facts_page
from .review import OPEN_POINTS, OpenPoint, review_page
from .rule_pages import KEY_DATES, TOPICS, decision_table, page_path, rule_page
from .seeds import (
    Item,
    Quote,
    Section,
    Seed,
    SeedDocument,
    SeedReferenceError,
    SeedTitle,
    load_seeds,
    locate,
    parse_seed,
    quote,
    quotes_for,
    read_seed,
    read_seeds,
)
from .site import API_MODULES, Site, build_site, load_rules, seed_page
from .timeline import holiday_changes, switch_dates, terms_section, timeline_page

__all__ = [
    "API_MODULES",
    "KEY_DATES",
    "OPEN_POINTS",
    "TOPICS",
    "Example",
    "ExamplesFailed",
    "Item",
    "OpenPoint",
    "Quote",
    "ScenarioRun",
    "Section",
    "Seed",
    "SeedDocument",
    "SeedReferenceError",
    "SeedTitle",
    "Site",
    "build_site",
    "decision_table",
    "fact_models",
    "facts_page",
    "holiday_changes",
    "load_rules",
    "load_seeds",
    "locate",
    "page_path",
    "parse_seed",
    "quote",
    "quotes_for",
    "read_seed",
    "read_seeds",
    "review_page",
    "rule_page",
    "run_scenarios",
    "seed_page",
    "switch_dates",
    "terms_section",
    "timeline_page",
]
