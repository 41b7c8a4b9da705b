"""The pytest plugin: scenario files become test items, one per scenario.

Installed with the package (entry point ``pytest11``: ``regulamin``), it collects every file
whose name matches the ini option ``regulamin_scenarios`` (default ``*.scenarios.yaml``; a
list of patterns) and runs each scenario as a test named by the scenario's ``name``:
``tests/scenarios/status.scenarios.yaml::Company is always a trader``.

A failing scenario shows the expected and actual fields and the decision's reasons, in the
language of the ini option ``regulamin_lang`` or the command-line option
``--regulamin-lang`` (``pl`` or ``en``; default ``pl``). A file that cannot be read, or whose
top level is wrong, is a collection error naming the file, line and field; a scenario with a
misspelt key fails on its own with the same kind of message.

Configuration in ``pyproject.toml``::

    [tool.pytest.ini_options]
    regulamin_scenarios = ["*.scenarios.yaml", "*.scenarios.yml"]
    regulamin_lang = "en"
"""

from __future__ import annotations

from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, cast

import pytest

from ..decision import Lang
from . import DEFAULT_PATTERN
from .loader import Scenario, load
from .runner import Result, render, run

_PATTERNS_INI = "regulamin_scenarios"
_LANG_INI = "regulamin_lang"
_LANG_OPTION = "regulamin_lang"
_LANGS = ("pl", "en")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        _PATTERNS_INI,
        "glob patterns of scenario files to collect (regulamin)",
        type="linelist",
        default=[DEFAULT_PATTERN],
    )
    parser.addini(_LANG_INI, "language of scenario failure reports: pl or en", default="pl")
    group = parser.getgroup("regulamin", "regulamin compliance scenarios")
    group.addoption(
        "--regulamin-lang",
        dest=_LANG_OPTION,
        choices=_LANGS,
        default=None,
        help="language of scenario failure reports (overrides the ini option regulamin_lang)",
    )


def pytest_configure(config: pytest.Config) -> None:
    lang = config.getoption(_LANG_OPTION) or config.getini(_LANG_INI)
    if lang not in _LANGS:
        raise pytest.UsageError(f"{_LANG_INI} must be 'pl' or 'en', not {lang!r}")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ScenarioFileCollector | None:
    patterns = cast(list[str], parent.config.getini(_PATTERNS_INI))
    if any(fnmatch(file_path.name, pattern) for pattern in patterns):
        collector: ScenarioFileCollector = ScenarioFileCollector.from_parent(parent, path=file_path)
        return collector
    return None


def _lang(config: pytest.Config) -> Lang:
    lang = config.getoption(_LANG_OPTION) or config.getini(_LANG_INI)
    return "en" if lang == "en" else "pl"


class ScenarioFileCollector(pytest.File):
    """A scenario file: one item per scenario."""

    def collect(self) -> Iterator[ScenarioItem]:
        root = self.config.rootpath
        shown = self.path.relative_to(root) if self.path.is_relative_to(root) else self.path
        loaded = load(self.path, shown_as=str(shown))
        if loaded.problems:
            raise self.CollectError("\n".join(str(p) for p in loaded.problems))
        for scenario in loaded.scenarios:
            yield ScenarioItem.from_parent(self, name=_item_name(scenario), scenario=scenario)


def _item_name(scenario: Scenario) -> str:
    # "::" separates the parts of a node id and a newline would break the report lines.
    return " ".join(scenario.name.replace("::", ":").split())


class ScenarioFailed(Exception):
    """A scenario whose decision differs from what is expected (or that cannot run)."""

    def __init__(self, result: Result) -> None:
        self.result = result
        super().__init__(result.scenario.name)


class ScenarioItem(pytest.Item):
    """One scenario as a test."""

    def __init__(self, *, scenario: Scenario, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.scenario = scenario

    def runtest(self) -> None:
        result = run(self.scenario)
        if not result.passed:
            raise ScenarioFailed(result)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        if isinstance(excinfo.value, ScenarioFailed):
            return render(excinfo.value.result, _lang(self.config), header=False)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = self.scenario.line - 1 if self.scenario.line else None
        rules = f" [{', '.join(self.scenario.rules)}]" if self.scenario.rules else ""
        return self.path, line, f"scenario: {self.scenario.name}{rules}"
