"""Shared helpers of the benchmarks: timing, report lines, optional peers.

Times are medians over several runs, each run timing a whole batch of calls and dividing by
their number (a timer read per call would cost about as much as the calls measured). A peer
library that is not installed is reported and skipped, never an error.
"""

from __future__ import annotations

import importlib
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

_SCALE = {"ns": 1e9, "µs": 1e6, "ms": 1e3, "s": 1.0}


def per_call(function: Callable[[T], object], arguments: Sequence[T], *, runs: int = 15) -> float:
    """The median, over ``runs`` runs, of the mean seconds one call over ``arguments`` takes."""
    function(arguments[0])  # the first call may load tables; it is measured elsewhere
    means = []
    for _ in range(runs):
        started = time.perf_counter()
        for argument in arguments:
            function(argument)
        means.append((time.perf_counter() - started) / len(arguments))
    return statistics.median(means)


def line(label: str, seconds: float, unit: str, ours: float | None = None) -> str:
    """A report line; with ``ours``, the ratio of this time to ours (above 1: ours is faster)."""
    text = f"  {label:<44}{seconds * _SCALE[unit]:10.2f} {unit}"
    return text if ours is None else f"{text}   ratio {seconds / ours:7.2f}x"


def heading(text: str) -> None:
    print(f"\n{text}")


def peer(module: str, distribution: str | None = None) -> Any:
    """Import an optional peer, or say it is missing and return ``None``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        name = distribution or module
        print(f"  {name} is not installed: skipped (pip install {name}, or the bench extra)")
        return None
