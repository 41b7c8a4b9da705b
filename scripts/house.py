"""Measure the house against its rules: how long rule versions and functions are, how much of
``regulamin/rules`` is message text, date literals and hand-written dispatch in rule code,
and shop names anywhere in the library. ``tests/test_house.py`` holds the limits.

    python scripts/house.py        # prints the figures
"""

from __future__ import annotations

import ast
import re
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "regulamin"
RULES = PACKAGE / "rules"
RULE_CODE = (RULES, PACKAGE / "terms")
"""Where rules live: the statute's and the terms rules applying a shop's clauses."""


@dataclass(frozen=True, slots=True)
class Function:
    file: Path
    name: str
    line: int
    lines: int
    """From the first decorator (for a rule version) or the ``def`` to the last line."""


def _trees(folders: tuple[Path, ...]) -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for folder in folders
        for path in sorted(folder.rglob("*.py"))
    ]


def _is_version(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in node.decorator_list:
        call = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(call, ast.Attribute) and call.attr == "version":
            return True
        if isinstance(call, ast.Name) and call.id == "legacy_rule":
            return True
    return False


def functions(folders: tuple[Path, ...] = (RULES,)) -> list[Function]:
    """Every function (nested ones too) with its length, ``def`` to end."""
    found = []
    for path, tree in _trees(folders):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                end = node.end_lineno or node.lineno
                found.append(Function(path, node.name, node.lineno, end - node.lineno + 1))
    return found


def versions(folders: tuple[Path, ...] = RULE_CODE) -> list[Function]:
    """Every registered rule version, with its decorators."""
    found = []
    for path, tree in _trees(folders):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _is_version(node):
                start = min(d.lineno for d in node.decorator_list)
                end = node.end_lineno or node.lineno
                found.append(Function(path, node.name, start, end - start + 1))
    return found


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
        # an attribute docstring: a string statement after an assignment
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            ids.add(id(node.value))
    return ids


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _is_sentence(text: str) -> bool:
    """Words a person reads: three or more, separated by spaces (a message id, a field path or
    a snake_case name is one "word")."""
    return sum(1 for part in text.split() if _WORDS.search(part)) >= 3


def message_text_share(folders: tuple[Path, ...] = (RULES,)) -> tuple[int, int]:
    """Lines of code in ``folders`` that hold sentence text (a string constant of three or
    more words, outside docstrings), and all lines of code (no blanks, comments, docstrings)."""
    text_lines: set[tuple[Path, int]] = set()
    code_lines: set[tuple[Path, int]] = set()
    for path, tree in _trees(folders):
        docstrings = _docstrings(tree)
        doc_lines: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and id(node) in docstrings:
                doc_lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _is_sentence(node.value)
            ):
                for number in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                    text_lines.add((path, number))
        source = path.read_text(encoding="utf-8").splitlines()
        for number, text in enumerate(source, start=1):
            stripped = text.strip()
            if stripped and not stripped.startswith("#") and number not in doc_lines:
                code_lines.add((path, number))
    return len(text_lines & code_lines), len(code_lines)


def date_literals(folders: tuple[Path, ...] = RULE_CODE) -> list[str]:
    """``date(2023, 1, 1)`` and the like written in rule code (doctests aside)."""
    found = []
    for path, tree in _trees(folders):
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"date", "datetime"}
                and node.args
                and all(isinstance(a, ast.Constant) and isinstance(a.value, int) for a in node.args)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def hand_dispatch(folders: tuple[Path, ...] = RULE_CODE) -> list[str]:
    """Rule code choosing a version by hand (``version_for(...).func``)."""
    found = []
    for path, tree in _trees(folders):
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "func":
                inner = node.value
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "version_for"
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def shop_names() -> list[str]:
    """Files under ``regulamin/`` that name a seed shop."""
    result = subprocess.run(
        ["git", "grep", "-il", "-e", "woohoo", "-e", "codetwo", "--", "regulamin/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.split()


def main() -> None:
    rule_versions = versions()
    long = [f for f in functions() if f.lines > 60]
    text, code = message_text_share()
    print(f"rule versions: {len(rule_versions)}, median "
          f"{statistics.median(v.lines for v in rule_versions) if rule_versions else 0} lines")
    print(f"functions in rules/ over 60 lines: {len(long)}")
    for f in sorted(long, key=lambda f: -f.lines):
        print(f"  {f.file.relative_to(ROOT)}:{f.line} {f.name} ({f.lines})")
    print(f"message text in rules/: {text} of {code} code lines ({100 * text / code:.1f} %)")
    print(f"date literals in rule code: {len(date_literals())}")
    print(f"hand-written dispatch: {len(hand_dispatch())}")
    print(f"files naming a seed shop under regulamin/: {len(shop_names())}")


if __name__ == "__main__":
    main()
