"""The two seed regulaminy as the tests use them: loaded from ``examples/``, where a shop's
terms live as data (the library has no shop built in)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from regulamin.terms import ShopTerms, load

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
WOOHOO_FILE = EXAMPLES / "woohoo_cloud" / "terms.yaml"
CODETWO_FILE = EXAMPLES / "codetwo_support" / "terms.yaml"


@cache
def woohoo() -> ShopTerms:
    """Regulamin świadczenia usług Woohoo Cloud, as ``examples/woohoo_cloud/terms.yaml``."""
    return load(WOOHOO_FILE)


@cache
def codetwo() -> ShopTerms:
    """Regulamin Wsparcia Technicznego CodeTwo, as ``examples/codetwo_support/terms.yaml``."""
    return load(CODETWO_FILE)
