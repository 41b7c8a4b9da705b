"""The house's rules, measured on the code itself (``scripts/house.py``): the statute alone in
``regulamin/rules``, no shop built in, rule versions short enough to check against their
article, the law's dates as data, sentences in the catalogs, dispatch by the registry."""

from __future__ import annotations

import importlib.util
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("house", ROOT / "scripts" / "house.py")
assert _spec is not None and _spec.loader is not None
house = importlib.util.module_from_spec(_spec)
sys.modules["house"] = house  # its dataclasses look their module up
_spec.loader.exec_module(house)


def test_no_shop_is_built_into_the_library() -> None:
    assert house.shop_names() == []


def test_rule_versions_are_short() -> None:
    lengths = [v.lines for v in house.versions()]
    assert lengths, "no rule versions found"
    assert statistics.median(lengths) <= 25


def test_no_function_in_the_rules_is_over_sixty_lines() -> None:
    long = [f"{f.file.name}:{f.line} {f.name}" for f in house.functions() if f.lines > 60]
    assert long == []


def test_rule_code_has_no_date_literals() -> None:
    assert house.date_literals() == []


def test_sentences_live_in_the_catalogs() -> None:
    text, code = house.message_text_share()
    assert text <= 0.05 * code, f"{text} of {code} code lines in rules/ are message text"


def test_no_rule_dispatches_by_hand() -> None:
    assert house.hand_dispatch() == []
