"""The ``regulamin`` command: run scenario files, explain a decision, list the rules.

::

    regulamin check PATH... [--lang pl|en|uk] [--junit-xml FILE] [--pattern GLOB] [--progress]
    regulamin explain RULE [--facts FILE | < facts.json] [--as-of DATE] [--terms FILE] [--json]
    regulamin rules [--json] [--lang pl|en|uk]
    regulamin lint TERMS... [--lang pl|en|uk]
    regulamin schema [--output FILE] [--lang pl|en|uk]

Exit codes follow pytest and ruff: **0** everything passed (or was printed), **1** a scenario
failed (``explain``: the rule refused the facts), **2** a usage or file error (an unknown
option or rule, a missing or invalid file, a scenario that cannot run), **5** no scenario
file was found.

>>> import contextlib, io
>>> with contextlib.redirect_stdout(io.StringIO()) as out:
...     code = main(["rules", "--lang", "en"])
>>> code, "status.customer — Buyer's status" in out.getvalue()
(0, True)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Sequence
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from .decision import Lang
from .errors import RegulaminError, UnknownRule
from .files.source import Document, parse_json_or_yaml, read_document
from .messages import LANGS, Message
from .registry import REGISTRY, AnyRule
from .scenarios import (
    DEFAULT_PATTERN,
    DocumentError,
    EntryError,
    FileRun,
    entry_plan,
    find_files,
    load,
    render,
    run,
    schema_json,
    summarize,
    write_junit_xml,
)
from .scenarios.binding import Problems, bind_document
from .scenarios.loader import ScenarioFile

OK = 0
FAILED = 1
USAGE = 2
NO_SCENARIOS = 5

_LANGS = LANGS


PIPE_CLOSED = 128 + 13
"""The exit code of a command whose reader went away (``regulamin rules | head``): as if
ended by SIGPIPE, the shell's convention."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return USAGE
    try:
        code: int = args.handler(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader closed the pipe: stop quietly, and keep the interpreter's own flush at
        # exit from failing on the same closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return PIPE_CLOSED
    return code


def _version() -> str:
    try:
        return metadata.version("regulamin")
    except metadata.PackageNotFoundError:  # run from a checkout that is not installed
        from . import __version__  # noqa: PLC0415

        return __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regulamin",
        description="Polish consumer law and shop terms as rules: scenarios, decisions, rules.",
    )
    parser.add_argument("--version", action="version", version=f"regulamin {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _check_command(commands)
    _explain_command(commands)
    _rules_command(commands)
    _lint_command(commands)
    schema = commands.add_parser("schema", help="print the JSON Schema of scenario files")
    schema.add_argument("--output", "-o", metavar="FILE", help="write it to FILE instead")
    _lang_option(schema)
    schema.set_defaults(handler=_schema)
    return parser




def _check_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check", help="run scenario files", description="Run scenario files (YAML)."
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders")
    check.add_argument(
        "--pattern",
        action="append",
        metavar="GLOB",
        help=f"file name pattern searched for in folders (default {DEFAULT_PATTERN}; repeatable)",
    )
    check.add_argument("--junit-xml", metavar="FILE", help="write a JUnit XML report to FILE")
    _lang_option(check)
    check.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress on standard error (auto: when it is a terminal)",
    )
    check.set_defaults(handler=_check)


def _explain_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explain = commands.add_parser(
        "explain",
        help="apply one rule to facts and print the decision",
        description="Apply RULE to the facts (a YAML or JSON mapping named like the rule's "
        "parameters) and print the decision with its reasons and legal basis.",
    )
    explain.add_argument("rule", metavar="RULE", help="the rule id, e.g. status.customer")
    explain.add_argument(
        "--facts", metavar="FILE", default="-", help="YAML or JSON facts (default: JSON on stdin)"
    )
    explain.add_argument(
        "--as-of", type=_iso_date, metavar="DATE", help="the day of the question (YYYY-MM-DD)"
    )
    explain.add_argument("--terms", metavar="FILE", help="the shop's terms file")
    explain.add_argument("--json", action="store_true", help="print the decision as JSON")
    _lang_option(explain)
    explain.set_defaults(handler=_explain)


def _rules_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = commands.add_parser(
        "rules",
        help="list the registered rules",
        description="List the registered rules "
        "with their legal basis and the dates each version of the law applies.",
    )
    rules.add_argument("--json", action="store_true", help="print the list as JSON")
    _lang_option(rules)
    rules.set_defaults(handler=_rules)


def _lint_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lint = commands.add_parser(
        "lint",
        help="check shops' terms files against the law",
        description="Report every clause of the terms that falls below the statute, with the "
        "article; exit 1 if any does.",
    )
    lint.add_argument("terms", metavar="TERMS", nargs="+", help="terms files (YAML or JSON)")
    _lang_option(lint)
    lint.set_defaults(handler=_lint)


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=_LANGS, default="pl", help="language of decisions and reports"
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _error(message: str, lang: Lang) -> None:
    """``message`` on standard error, after the command's name, in ``lang``."""
    print(Message("cli.error", message=message).text(lang), file=sys.stderr)


def _say(msgid: str, lang: Lang, **params: Any) -> str:
    """A message of the command's own (``cli.*``), from the catalogs."""
    return Message(msgid, **params).text(lang)


class _Progress:
    """Scenarios done out of the total, on standard error."""

    def __init__(self, mode: str, total: int, stream: TextIO) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.live = mode == "always" or (mode == "auto" and stream.isatty())
        self.overwrite = stream.isatty()

    def file_done(self, path: str, count: int) -> None:
        self.done += count
        if not self.live:
            return
        line = f"[{self.done}/{self.total}] {path}"
        if self.overwrite:
            self.stream.write(f"\r\033[K{line}")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.live and self.overwrite:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _run_file(loaded: ScenarioFile, reports: list[str], lang: Lang) -> tuple[FileRun, int]:
    """Run one file's scenarios, adding what went wrong to ``reports``; how many crashed."""
    file_run = FileRun(loaded)
    crashed = 0
    reports += [str(problem) for problem in loaded.problems]
    for scenario in loaded.scenarios:
        started = time.perf_counter()
        try:
            result = run(scenario)
        except Exception:  # a defect in a rule: report it and go on with the others
            crashed += 1
            reports.append(
                f"{scenario.file}:{scenario.line}: {scenario.name}\n"
                + traceback.format_exc().rstrip()
            )
            continue
        file_run.results.append((result, time.perf_counter() - started))
        if not result.passed:
            reports.append(render(result, lang))
    return file_run, crashed


def _check(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    patterns = args.pattern or [DEFAULT_PATTERN]
    try:
        paths = find_files(args.paths, patterns)
    except FileNotFoundError as missing:
        _error(_say("cli.no_such_path", lang, path=str(missing)), lang)
        return USAGE
    if not paths:
        where = {"patterns": ", ".join(patterns), "paths": ", ".join(args.paths)}
        _error(_say("cli.no_scenario_files", lang, **where), lang)
        return NO_SCENARIOS
    files = [load(path) for path in paths]
    progress = _Progress(args.progress, sum(len(f.scenarios) for f in files), sys.stderr)
    runs: list[FileRun] = []
    crashed = 0
    reports: list[str] = []
    for loaded in files:
        file_run, file_crashed = _run_file(loaded, reports, lang)
        crashed += file_crashed
        runs.append(file_run)
        progress.file_done(loaded.path, len(loaded.scenarios))
    progress.close()
    for report in reports:
        print(report, end="\n\n")
    results = [result for file_run in runs for result, _ in file_run.results]
    summary = summarize(results, file_errors=sum(1 for f in files if f.problems) + crashed)
    print(summary.text(lang))
    if args.junit_xml:
        try:
            write_junit_xml(args.junit_xml, runs, lang)
        except OSError as error:
            why = {"file": args.junit_xml, "why": error.strerror}
            _error(_say("cli.cannot_write", lang, **why), lang)
            return USAGE
    if summary.errors:
        return USAGE
    return FAILED if summary.failed else OK


def _explain(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    try:
        rule = REGISTRY[args.rule]
        plan = entry_plan(rule)
    except (UnknownRule, EntryError) as error:
        _error(str(error), lang)
        return USAGE
    try:
        document = _facts_document(args.facts)
        terms = read_document(Path(args.terms)) if args.terms else None
        arguments = bind_document(plan, document, as_of=args.as_of, terms=terms)
    except (DocumentError, Problems) as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return USAGE
    try:
        decision = plan.call(arguments)
    except RegulaminError as error:
        _error(str(error), lang)
        return FAILED
    if args.json:
        print(decision.to_json(indent=2))
    else:
        print(decision.explain(lang))
    return OK


def _facts_document(source: str) -> Document:
    if source == "-":
        return parse_json_or_yaml(sys.stdin.read(), "<stdin>")
    return read_document(Path(source))


def _rules(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    if args.json:
        print(
            json.dumps([_rule_record(REGISTRY[i]) for i in REGISTRY], ensure_ascii=False, indent=2)
        )
        return OK
    for rule_id in REGISTRY:
        rule = REGISTRY[rule_id]
        print(f"{rule.id} — {rule.title.text(lang)}")
        print(f"  {rule.summary.text(lang)}")
        entry = _signature(rule) or _say("cli.rules.none", lang)
        print(f"  {_say('cli.rules.entry', lang)}: {entry}")
        keyed = ", ".join(dict.fromkeys(v.keyed_on.value for v in rule.versions))
        print(f"  {_say('cli.rules.versions', lang, keyed_on=keyed)}")
        for version in rule.versions:
            until = version.valid_until.isoformat() if version.valid_until else "…"
            basis = ", ".join(c.text(lang) for c in version.basis)
            print(f"    {version.valid_from.isoformat()} – {until}  {basis}")
        if rule.interpretations:
            print(f"  {_say('cli.rules.interpretations', lang)}")
            for interpretation in rule.interpretations:
                print(f"    - {interpretation.text(lang)}")
    return OK


def _signature(rule: AnyRule) -> str | None:
    try:
        plan = entry_plan(rule)
    except EntryError:
        return None
    names = [name if p.required else f"{name}=…" for name, p in plan.parameters.items()]
    return f"{plan.func.__name__}({', '.join(names)})"


def _rule_record(rule: AnyRule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "topic": rule.topic,
        "title": {"pl": rule.title.pl, "en": rule.title.en},
        "summary": {"pl": rule.summary.pl, "en": rule.summary.en},
        "entry": _signature(rule),
        "versions": [
            {
                "valid_from": v.valid_from.isoformat(),
                "valid_until": v.valid_until.isoformat() if v.valid_until else None,
                "keyed_on": v.keyed_on.value,
                "basis": [c.pl() for c in v.basis],
            }
            for v in rule.versions
        ],
        "interpretations": [{"pl": i.pl, "en": i.en} for i in rule.interpretations],
    }


def _lint(args: argparse.Namespace) -> int:
    from .terms import lint  # noqa: PLC0415  (the linter loads the terms layer on first use)

    lang: Lang = args.lang
    paths = [Path(name) for name in args.terms]
    absent = [str(path) for path in paths if not path.is_file()]
    if absent:
        _error(_say("cli.no_terms_file", lang, files=", ".join(absent)), lang)
        return USAGE
    findings = [finding for path in paths for finding in lint(path)]
    for finding in findings:
        print(finding.text(lang))
    return FAILED if findings else OK


def _schema(args: argparse.Namespace) -> int:
    text = schema_json()
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as error:
            why = {"file": args.output, "why": error.strerror}
            _error(_say("cli.cannot_write", args.lang, **why), args.lang)
            return USAGE
        return OK
    print(text, end="")
    return OK


__all__ = ["main"]
