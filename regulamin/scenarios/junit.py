"""JUnit XML reports of scenario runs, for CI systems that show test results.

The layout is the one pytest writes and CI servers read: ``<testsuites>`` holding one
``<testsuite>`` per scenario file, one ``<testcase>`` per scenario (``classname`` is the file,
``name`` the scenario), a ``<failure>`` for a scenario whose decision differs and an
``<error>`` for one that cannot run (or a file that cannot be read, as a test case named
``(file)``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..decision import Lang
from .loader import ScenarioFile
from .runner import Result, render


@dataclass(slots=True)
class FileRun:
    """One file's scenarios as run, with the seconds each took."""

    file: ScenarioFile
    results: list[tuple[Result, float]] = field(default_factory=list)


def junit_xml(runs: Sequence[FileRun], lang: Lang = "pl", suite_name: str = "regulamin") -> bytes:
    """The JUnit XML document for ``runs`` (UTF-8 bytes with an XML declaration)."""
    root = ET.Element("testsuites", name=suite_name)
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    total_time = 0.0
    for run in runs:
        suite = ET.SubElement(root, "testsuite", name=run.file.path)
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        suite_time = 0.0
        if run.file.problems:
            case = ET.SubElement(
                suite, "testcase", classname=run.file.path, name="(file)", time="0"
            )
            error = ET.SubElement(
                case, "error", message=str(run.file.problems[0]), type="ScenarioFileError"
            )
            error.text = "\n".join(str(p) for p in run.file.problems)
            counts["tests"] += 1
            counts["errors"] += 1
        for result, seconds in run.results:
            scenario = result.scenario
            attributes = {
                "classname": scenario.file,
                "name": scenario.name,
                "file": scenario.file,
                "time": f"{seconds:.6f}",
            }
            if scenario.line is not None:
                attributes["line"] = str(scenario.line)
            case = ET.SubElement(suite, "testcase", attributes)
            counts["tests"] += 1
            suite_time += seconds
            if result.errored:
                error = ET.SubElement(
                    case, "error", message=str(scenario.problems[0]), type="ScenarioFileError"
                )
                error.text = render(result, lang)
                counts["errors"] += 1
            elif not result.passed:
                text = render(result, lang)
                failure = ET.SubElement(
                    case, "failure", message=text.splitlines()[1].strip(), type="ScenarioFailure"
                )
                failure.text = text
                counts["failures"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("time", f"{suite_time:.6f}")
        total_time += suite_time
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", f"{total_time:.6f}")
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def write_junit_xml(path: str | Path, runs: Sequence[FileRun], lang: Lang = "pl") -> None:
    """Write :func:`junit_xml` to ``path`` (its folder is created if needed)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(junit_xml(runs, lang))
