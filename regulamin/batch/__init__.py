"""Catalog-scale computations on columnar tables (the optional extra ``batch``: polars).

``import regulamin.batch`` always works; the first use of one of its functions imports
polars, and raises :class:`MissingExtraError` with the command that installs it when it is
absent. Each function here agrees, row for row, with the rule it computes in bulk:

* :func:`lowest_prices`: the reference price of every reduction in a catalog (art. 4 ust.
  2-4 UoIC), as :func:`regulamin.rules.prices.lowest_price` decides it for one product;
* :func:`price_drops`: every price cut of a catalog's histories, as reductions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .prices import lowest_prices, price_drops

__all__ = ["MissingExtraError", "lowest_prices", "price_drops"]

_LAZY = {"lowest_prices": "prices", "price_drops": "prices"}


class MissingExtraError(ImportError):
    """An optional dependency of regulamin is not installed."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module  # noqa: PLC0415  (polars is loaded on first use only)

    return getattr(import_module(f"{__name__}.{module}"), name)
