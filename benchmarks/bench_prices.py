"""How fast is the lowest price before a reduction? Run on demand, not a test:

    .venv/bin/python benchmarks/bench_prices.py [--products 100000] [--changes 10]

1. One product with 1,000 price changes: the cost of one reduction answered by the plain
   scan (:func:`regulamin.rules.prices.lowest_price`) and by :class:`PriceIndex`, both for
   the whole decision and for the lookup alone.
2. A catalog (default 1,000,000 prices of 100,000 products; every price cut announced as a
   reduction): :func:`regulamin.batch.lowest_prices`, which computes the whole decision
   (Polish days for any instants, ust. 3 and 4, undetermined rows), against a DuckDB range
   join that computes only the lowest price for any reductions, and against a DuckDB window
   query and a polars rolling minimum that answer it only for this shape of data (cuts that
   are points of the history, plain days). All four are checked to agree first.

Ratios: for one product, plain scan time / PriceIndex time; for the catalog, the batch's
time / the other's time.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar
from zoneinfo import ZoneInfo

from regulamin.models.prices import PriceHistory, PricePoint, Reduction
from regulamin.rules.prices import PriceIndex, PriceScan, lowest_price, micros

WARSAW = ZoneInfo("Europe/Warsaw")
T = TypeVar("T")


def _seconds_each(function: Callable[[T], object], arguments: list[T]) -> float:
    started = time.perf_counter()
    for argument in arguments:
        function(argument)
    return (time.perf_counter() - started) / len(arguments)


def _line(label: str, seconds: float, unit: str, baseline: float | None = None) -> str:
    scale = {"ms": 1e3, "µs": 1e6, "s": 1.0}[unit]
    text = f"  {label:<32}{seconds * scale:10.2f} {unit}"
    return text if baseline is None else f"{text}   ratio {baseline / seconds:6.2f}x"


def single_product(changes: int = 1_000, queries: int = 2_000) -> None:
    rng = random.Random(20250301)
    start = datetime(2024, 1, 1, tzinfo=WARSAW)
    # Changes every 9 h 7 min, so that no change falls on a reduction's midnight.
    moments = [start + i * timedelta(hours=9, minutes=7) for i in range(changes)]
    points = tuple(
        PricePoint(gross=Decimal(rng.randint(100, 10_000)) / 100, since=moment)
        for moment in moments
    )
    history = PriceHistory(points=points, starts_at_first_offer=True)
    span = (moments[-1].date() - start.date()).days
    days = [start.date() + timedelta(days=rng.randint(31, span)) for _ in range(queries)]
    reductions = [Reduction(starts_on=day, gross="0.50") for day in days]
    windows = [(micros(day - timedelta(days=30)), micros(day)) for day in days]

    built = time.perf_counter()
    index = PriceIndex(history)
    build_seconds = time.perf_counter() - built
    scan = PriceScan(history.points)
    for reduction in reductions:  # the two must agree before they are compared
        assert index.lowest_price(reduction) == lowest_price(history, reduction)

    scan_decision = _seconds_each(lambda r: lowest_price(history, r), reductions)
    index_decision = _seconds_each(index.lowest_price, reductions)
    scan_lookup = _seconds_each(lambda w: scan.lowest_during(*w), windows)
    index_lookup = _seconds_each(lambda w: index.lowest_during(*w), windows)

    print(f"One product, {changes} price changes, {queries} reductions")
    print(_line("PriceIndex build (once)", build_seconds, "ms"))
    print(_line("decision, plain scan", scan_decision, "µs"))
    print(_line("decision, PriceIndex", index_decision, "µs", scan_decision))
    print(_line("lookup only, plain scan", scan_lookup, "µs"))
    print(_line("lookup only, PriceIndex", index_lookup, "µs", scan_lookup))


def catalog(products: int, changes: int) -> None:
    import duckdb  # noqa: PLC0415  (benchmark-only dependencies)
    import polars as pl  # noqa: PLC0415

    from regulamin.batch import lowest_prices, price_drops  # noqa: PLC0415

    rows = products * changes
    i = pl.int_range(0, rows, dtype=pl.Int64)
    prices = (
        pl.select(
            product=i // changes,
            gap=(i.hash(1) % 20 + 1).cast(pl.Int64),
            cents=(i.hash(2) % 9_900 + 100).cast(pl.Int64),
        )
        .with_columns(
            since=pl.lit(date(2024, 1, 1))
            + pl.duration(days=pl.col("gap").cum_sum().over("product")),
            gross=pl.col("cents").cast(pl.Decimal(10, 2)) / 100,
        )
        .select("product", "since", "gross", "cents")
    )
    reductions = price_drops(prices.select("product", "since", "gross"))
    flags = pl.DataFrame(
        {"product": pl.arange(0, products, eager=True), "starts_at_first_offer": True}
    )
    print(f"\nCatalog: {rows:,} prices of {products:,} products, {reductions.height:,} reductions")

    started = time.perf_counter()
    ours = lowest_prices(prices.select("product", "since", "gross"), reductions, products=flags)
    batch_seconds = time.perf_counter() - started

    connection = duckdb.connect()
    connection.register("prices", prices.select("product", "since", "cents").to_arrow())
    # Each cut is itself a point: the prices in force in its window are the points before
    # it whose end (the next point's start) is after the window's first day; ordered by that
    # end, they are a RANGE frame of the previous point: ends in [cut - 29 days, cut].
    query = """
        WITH ends AS (
            SELECT product, since, cents,
                   lead(since) OVER (PARTITION BY product ORDER BY since) AS until
            FROM prices),
        lows AS (
            SELECT product, since, cents, until,
                   min(cents) OVER (PARTITION BY product ORDER BY until
                       RANGE BETWEEN INTERVAL 29 DAYS PRECEDING AND CURRENT ROW) AS low
            FROM ends),
        refs AS (
            SELECT product, since, cents,
                   lag(low) OVER (PARTITION BY product ORDER BY since) AS reference,
                   lag(cents) OVER (PARTITION BY product ORDER BY since) AS previous
            FROM lows)
        SELECT product, since, reference FROM refs WHERE cents < previous
        ORDER BY product, since
    """
    started = time.perf_counter()
    theirs = connection.sql(query).pl()
    duckdb_seconds = time.perf_counter() - started

    # The general question, for any table of reductions: a range join of each reduction
    # with the prices of its product in force during its window.
    connection.register(
        "reductions",
        reductions.with_row_index("rid").select("rid", "product", "starts_on").to_arrow(),
    )
    general = """
        WITH ends AS (
            SELECT product, since, cents,
                   lead(since) OVER (PARTITION BY product ORDER BY since) AS until
            FROM prices)
        SELECT r.rid, min(e.cents) AS reference
        FROM reductions r JOIN ends e
          ON e.product = r.product AND e.since < r.starts_on
         AND (e.until IS NULL OR e.until > r.starts_on - 30)
        GROUP BY r.rid ORDER BY r.rid
    """
    started = time.perf_counter()
    joined = connection.sql(general).pl()
    join_seconds = time.perf_counter() - started

    started = time.perf_counter()
    rolled = (
        prices.lazy()
        .sort("product", "since")
        .with_columns(until=pl.col("since").shift(-1).over("product"))
        .with_columns(
            low=pl.col("cents")
            .rolling_min_by(pl.col("until").fill_null(date(9999, 1, 1)), window_size="30d")
            .over("product")
        )
        .with_columns(
            reference=pl.col("low").shift(1).over("product"),
            previous=pl.col("cents").shift(1).over("product"),
        )
        .filter(pl.col("cents") < pl.col("previous"))
        .select("product", "since", "reference")
        .collect()
    )
    polars_seconds = time.perf_counter() - started

    expected = ours.select(
        "product",
        pl.col("starts_on").alias("since"),
        (pl.col("reference") * 100).cast(pl.Int64).alias("reference"),
    )
    assert expected.equals(theirs.select("product", "since", pl.col("reference").cast(pl.Int64)))
    assert expected["reference"].equals(joined["reference"].cast(pl.Int64))
    assert expected.sort("product", "since").equals(rolled.sort("product", "since"))

    print(_line("regulamin.batch.lowest_prices", batch_seconds, "s"))
    print(_line("DuckDB range join (general)", join_seconds, "s", batch_seconds))
    print(_line("DuckDB window query (cuts)", duckdb_seconds, "s", batch_seconds))
    print(_line("polars rolling_min_by (cuts)", polars_seconds, "s", batch_seconds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=10)
    arguments = parser.parse_args()
    single_product()
    catalog(arguments.products, arguments.changes)


if __name__ == "__main__":
    main()
