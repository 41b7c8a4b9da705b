"""Every benchmark in one run, with the ratios against the peers. Run on demand, not a test:

    .venv/bin/pip install -e ".[dev,bench,engine]"   # the peers; each one missing is skipped
    .venv/bin/python benchmarks/run.py [--quick]

In order: starting (``import regulamin`` and the first decision, in fresh interpreters), a
decision per call, the period primitive and working hours against numpy, workalendar,
businesstimedelta and pandas (with their disagreements with regulamin), the lowest price
(one product with 1,000 changes, and the catalog batch against DuckDB and polars), and the
durable-rules engine against the pure calls. ``--quick`` shrinks the catalog to 100,000
rows and the interpreter runs to 5, for a look in under a minute.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys

import bench_calendar
import bench_decision
import bench_engine
import bench_prices
import bench_startup
from timing import heading, peer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller catalog, fewer runs")
    parser.add_argument("--products", type=int, default=None, help="catalog products")
    parser.add_argument("--changes", type=int, default=10, help="price changes per product")
    arguments = parser.parse_args()
    products = arguments.products or (10_000 if arguments.quick else 100_000)

    print(f"regulamin benchmarks: Python {platform.python_version()} on {platform.machine()}, ")
    print(f"{os.cpu_count()} CPU(s), {platform.platform()}")
    print("Times are medians. 'ratio' = the other's time / regulamin's (above 1: regulamin")
    print("is faster), except for the catalog, where it is regulamin's time / the other's.")

    bench_startup.main(runs=5 if arguments.quick else 9)
    bench_decision.main()
    bench_calendar.main()
    heading("The 30-day lowest price (art. 4 UoIC)")
    bench_prices.single_product()
    if peer("duckdb") is not None and peer("polars") is not None:
        bench_prices.catalog(products, arguments.changes)
    bench_engine.main()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
