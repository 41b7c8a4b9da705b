"""The lowest price before every reduction of a catalog (art. 4 ust. 2-4 UoIC), on polars.

The same decision as :func:`regulamin.rules.prices.lowest_price`, for many products at once,
without a Python loop over rows: as-of joins find, for each reduction, the price in force
just before it and the prices at the ends of its 30-day window, and a sparse table built
with column operations answers every "lowest price between these two rows" in constant time.
Building costs O(n log m) for n prices when a window holds at most m of them; each reduction
then costs O(log n) in the joins.

Tables (polars data frames or lazy frames):

* ``prices``: ``product`` (any type), ``since`` (a ``Date``: from midnight in Warsaw, or a
  ``Datetime`` with a time zone), ``gross`` (a ``Decimal`` with at most two decimal places,
  a string such as ``"12.30"``, or whole złoty as integers; floats are refused);
* ``reductions``: ``product``, ``starts_on`` (a date or an aware datetime), ``gross``, and
  optionally ``series_starts_on`` (perishables: when the series of reductions began);
* ``products`` (optional): ``product`` with ``perishable`` and/or ``starts_at_first_offer``
  (booleans; a product not listed is not perishable and its first offer is unknown, as in
  :class:`~regulamin.models.prices.PriceHistory`).

The result has one row per reduction, in the order given, with the reduction's columns and:
``outcome`` (``True``: may be announced; ``False``: may not; null: undetermined),
``missing`` (the fact an undetermined row needs), ``reference``, ``kind``, ``window_first``,
``window_last``, ``window_reduction_day_until`` (a reduction taking effect after midnight:
the window also holds its own day up to this instant, in Warsaw time; see
:class:`~regulamin.rules.prices.DayWindow`), ``source_index`` (the reference's position in
the product's history, oldest first), ``source_since``, ``source_until``, ``max_percent``,
``max_amount`` and ``law_as_of``.

As in the single-product rule, the window closes at the reduction's instant: a price in
force earlier on the reduction's own day counts (art. 4 ust. 2 UoIC, "before the reduction
was introduced"), also for a product first offered that day (ust. 3), whose window has no
whole day: ``window_first`` is then the reduction's day, the day after ``window_last``.

>>> from datetime import date
>>> from decimal import Decimal
>>> import polars as pl
>>> prices = pl.DataFrame({"product": ["A", "A", "A"],
...                        "since": [date(2025, 1, 1), date(2025, 3, 1), date(2025, 4, 15)],
...                        "gross": ["10.00", "8.00", "4.00"]})
>>> out = lowest_prices(prices, price_drops(prices))
>>> for row in out.select("starts_on", "reference", "max_percent").iter_rows():
...     print(*row)
2025-03-01 10.00 20.00
2025-04-15 8.00 50.00
"""

from __future__ import annotations

from datetime import date
from typing import Final, cast

from ..calendars import look_back
from ..errors import InvalidFacts
from ..registry import REGISTRY, KeyDate
from ..rules.prices import RULE, WINDOW_DAYS, ReferenceKind
from . import MissingExtraError

try:
    import polars as pl
except ImportError as missing:
    raise MissingExtraError(
        "regulamin.batch needs polars, the optional extra 'batch': pip install 'regulamin[batch]'"
    ) from missing

WARSAW_ZONE: Final = "Europe/Warsaw"
_MONEY = pl.Decimal(38, 2)
_EXACT = pl.Decimal(38, 9)
_INT64_MAX = 2**63 - 1
_ENCODED_BATCH = date(2023, 1, 1)
"""The version of the rule (valid from this day) that this module computes."""

# The window's ends as offsets from the reduction's day, taken from the calendar itself.
_ANCHOR = date(2025, 3, 1)
_FIRST, _LAST = look_back(_ANCHOR, WINDOW_DAYS)
_FIRST_OFFSET = (_ANCHOR - _FIRST).days
_LAST_OFFSET = (_ANCHOR - _LAST).days


def _frame(table: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    return table.collect() if isinstance(table, pl.LazyFrame) else table


def _require(table: pl.DataFrame, name: str, columns: tuple[str, ...]) -> None:
    for column in columns:
        if column not in table.columns:
            raise InvalidFacts(f"{name}.{column}", "the column is missing")
        if table[column].null_count():
            raise InvalidFacts(f"{name}.{column}", "has empty values")


def _micros(table: pl.DataFrame, name: str, column: str) -> pl.Expr:
    """The moments of ``column`` in microseconds since the epoch; a date is its Warsaw midnight."""
    dtype = table.schema[column]
    if dtype == pl.Date:
        return (
            pl.col(column).cast(pl.Datetime("us")).dt.replace_time_zone(WARSAW_ZONE).dt.epoch("us")
        )
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone is None:
            raise InvalidFacts(
                f"{name}.{column}",
                "a time of day needs a time zone (Datetime with time_zone), or give dates",
            )
        return pl.col(column).dt.epoch("us")
    raise InvalidFacts(f"{name}.{column}", f"expected dates or aware datetimes, not {dtype}")


def _day(table: pl.DataFrame, column: str) -> pl.Expr:
    """The calendar day in Poland of each moment of ``column``."""
    if table.schema[column] == pl.Date:
        return pl.col(column)
    return pl.col(column).dt.convert_time_zone(WARSAW_ZONE).dt.date()


def _in_warsaw(table: pl.DataFrame, column: str) -> pl.Expr:
    """The instants of ``column`` in Warsaw time (null for plain dates, which have no hours)."""
    if table.schema[column] == pl.Date:
        return pl.lit(None, pl.Datetime("us", WARSAW_ZONE))
    return pl.col(column).dt.convert_time_zone(WARSAW_ZONE).dt.cast_time_unit("us")


def _midnight(day: pl.Expr) -> pl.Expr:
    return day.cast(pl.Datetime("us")).dt.replace_time_zone(WARSAW_ZONE).dt.epoch("us")


def _grosze(table: pl.DataFrame, name: str, column: str) -> pl.Series:
    """Exact amounts of ``column`` in grosze; floats and fractions of a grosz are refused."""
    values = table[column]
    if values.dtype.is_float():
        raise InvalidFacts(
            f"{name}.{column}", 'money must be exact decimals (e.g. "12.50"), not floats'
        )
    if not (values.dtype.is_decimal() or values.dtype.is_integer() or values.dtype == pl.String):
        raise InvalidFacts(f"{name}.{column}", f"expected amounts, not {values.dtype}")
    try:
        exact = values.cast(_EXACT)
    except pl.exceptions.InvalidOperationError as error:
        raise InvalidFacts(f"{name}.{column}", f"not an amount: {error}") from error
    money = exact.cast(_MONEY)
    if (money.cast(_EXACT) != exact).any():
        raise InvalidFacts(f"{name}.{column}", "an amount has more than two decimal places")
    if (money < 0).any():
        raise InvalidFacts(f"{name}.{column}", "an amount is negative")
    return (money * 100).cast(pl.Int64)


def _money(grosze: pl.Expr) -> pl.Expr:
    return grosze.cast(_MONEY) / 100


def _check_law(days: pl.Series) -> None:
    """Refuse days before the law (LawNotCovered) and versions this module does not compute."""
    if days.is_empty():
        return
    rule = REGISTRY[RULE]
    for day in (days.min(), days.max()):
        assert isinstance(day, date)
        version = rule.version_for({KeyDate.REDUCTION_STARTS: day})
        if version.valid_from != _ENCODED_BATCH:
            raise NotImplementedError(
                f"{RULE}: the version valid from {version.valid_from} has no batch form yet"
            )


def _sparse_minimum(keys: pl.Series, first: pl.Series, last: pl.Series) -> pl.Series:
    """For each pair of row numbers, the minimum of ``keys[first..last]`` (both included).

    Level j of the table holds the minimum of 2**j keys from each row; two overlapping
    blocks of the largest power of two that fits cover any range.
    """
    if first.is_empty():
        return pl.Series(dtype=pl.Int64)
    longest = int(cast(int, (last - first).max())) + 1
    levels = [keys]
    span = 1
    while 2 * span <= longest:
        below = levels[-1]
        levels.append(pl.select(pl.min_horizontal(below, below.shift(-span))).to_series())
        span *= 2
    table = pl.concat(levels)
    size = keys.len()
    queries = pl.DataFrame({"first": first, "last": last}).with_columns(
        length=pl.col("last") - pl.col("first") + 1
    )
    # The level is the largest j with 2**j <= length, counted without a floating logarithm;
    # the block 2**level is summed the same way.
    reached = [(pl.col("length") >= 2**j).cast(pl.Int64) for j in range(1, len(levels))]
    level = pl.sum_horizontal(pl.lit(0, pl.Int64), *reached)
    block = pl.sum_horizontal(
        pl.lit(1, pl.Int64), *(flag * 2 ** (j - 1) for j, flag in enumerate(reached, start=1))
    )
    ends = queries.select(
        left=level * size + pl.col("first"), right=level * size + pl.col("last") - block + 1
    )
    return pl.select(
        pl.min_horizontal(table.gather(ends["left"]), table.gather(ends["right"]))
    ).to_series()


def _as_of(
    reductions: pl.DataFrame, starts: pl.DataFrame, moment: str, *, exact: bool
) -> pl.Series:
    """For each reduction (in ``rid`` order), the row of the last price of its product
    starting before ``moment`` (or at it, if ``exact``); null where there is none."""
    return (
        reductions.select("rid", "product", moment)
        .sort(moment)
        .join_asof(
            starts,
            left_on=moment,
            right_on="start",
            by="product",
            strategy="backward",
            allow_exact_matches=exact,
            check_sortedness=False,
        )
        .sort("rid")["row"]
    )


def lowest_prices(
    prices: pl.DataFrame | pl.LazyFrame,
    reductions: pl.DataFrame | pl.LazyFrame,
    *,
    products: pl.DataFrame | pl.LazyFrame | None = None,
) -> pl.DataFrame:
    """The reference price of every reduction (see the module's description of the tables).

    Raises :class:`~regulamin.errors.InvalidFacts` for bad or contradictory data (two prices
    of one product from the same moment, a history price at a reduction's moment that is
    not the reduced price) and :class:`~regulamin.errors.LawNotCovered` for a reduction
    before 2023-01-01, like the single-product rule.
    """
    history = _frame(prices)
    wanted = _frame(reductions)
    _require(history, "prices", ("product", "since", "gross"))
    _require(wanted, "reductions", ("product", "starts_on", "gross"))

    points = (
        history.select(
            "product",
            "since",
            start=_micros(history, "prices", "since"),
            cents=_grosze(history, "prices", "gross"),
        )
        .sort("product", "start")
        .with_row_index("row")
        .with_columns(pl.col("row").cast(pl.Int64))
    )
    # Sorted by product and moment, a repeated moment of one product sits next to its twin.
    clash = points.filter(
        (pl.col("start") == pl.col("start").shift(1))
        & (pl.col("product") == pl.col("product").shift(1))
    )
    if not clash.is_empty():
        product, since = clash.row(0)[1:3]
        raise InvalidFacts("prices.since", f"product {product!r} has two prices from {since}")
    # Rows are grouped by product, so neighbours tell where a product's history begins and
    # when each price ends (the next price of the same product), without a grouping.
    opens_history = pl.col("product") != pl.col("product").shift(1)
    points = points.with_columns(
        first_row=pl.when(opens_history.fill_null(value=True)).then(pl.col("row")).forward_fill(),
        until=pl.when(pl.col("product") == pl.col("product").shift(-1)).then(
            pl.col("since").shift(-1)
        ),
    )
    firsts = points.filter(pl.col("row") == pl.col("first_row")).select(
        "product", "first_row", first_start="start"
    )

    series = (
        _micros(wanted, "reductions", "series_starts_on")
        if "series_starts_on" in wanted.columns
        else pl.lit(None, pl.Int64)
    )
    if "rid" in wanted.columns:
        raise InvalidFacts("reductions.rid", "the column name is reserved")
    asked = wanted.with_row_index("rid").with_columns(
        starts=_micros(wanted, "reductions", "starts_on"),
        new_cents=_grosze(wanted, "reductions", "gross"),
        day=_day(wanted, "starts_on"),
        series_start=series,
    )
    asked = asked.with_columns(
        series_start=pl.coalesce("series_start", "starts"),
        window_first=pl.col("day") - pl.duration(days=_FIRST_OFFSET),
        window_last=pl.col("day") - pl.duration(days=_LAST_OFFSET),
    ).with_columns(
        opens=_midnight(pl.col("window_first")),
        day_opens=_midnight(pl.col("day")),
    )
    # Art. 4 ust. 2: the window closes at the reduction's instant, so it takes in the hours
    # of the reduction's own day before it; the last price in it is the one before the
    # reduction (``before_row``).
    asked = asked.with_columns(
        reduction_day_until=pl.when(pl.col("starts") > pl.col("day_opens")).then(
            _in_warsaw(wanted, "starts_on")
        )
    )
    if (asked["series_start"] > asked["starts"]).any():
        raise InvalidFacts(
            "reductions.series_starts_on", "a series cannot begin after its reduction"
        )
    _check_law(asked["day"])

    contradicted = asked.join(
        points, left_on=["product", "starts"], right_on=["product", "start"], how="inner"
    ).filter(pl.col("cents") != pl.col("new_cents"))
    if not contradicted.is_empty():
        product, starts_on = contradicted.select("product", "starts_on").row(0)
        raise InvalidFacts(
            "reductions.gross",
            f"product {product!r}: the history's price from {starts_on} is not the reduced one",
        )

    flags = _flags(products, asked)
    asked = asked.join(flags, on="product", how="left").with_columns(
        perishable=pl.col("perishable").fill_null(value=False)
    )
    asked = asked.join(firsts, on="product", how="left")
    starts = points.select("product", "start", "row").sort("start")
    asked = asked.sort("rid").with_columns(
        before_row=_as_of(asked, starts, "starts", exact=False),
        series_row=_as_of(asked, starts, "series_start", exact=False),
        open_row=_as_of(asked, starts, "opens", exact=True),
    )
    return _decide(asked, points, wanted.columns)


def _flags(products: pl.DataFrame | pl.LazyFrame | None, asked: pl.DataFrame) -> pl.DataFrame:
    """Per product: perishable (default ``False``) and starts_at_first_offer (default unknown)."""
    names = ("perishable", "starts_at_first_offer")
    if products is None:
        schema = {"product": asked.schema["product"]} | dict.fromkeys(names, pl.Boolean)
        return pl.DataFrame(schema=schema)
    table = _frame(products)
    _require(table, "products", ("product",))
    if table["product"].is_duplicated().any():
        raise InvalidFacts("products.product", "a product is listed twice")
    if "perishable" in table.columns and table["perishable"].null_count():
        raise InvalidFacts("products.perishable", "has empty values")
    return table.select(
        pl.col("product").cast(asked.schema["product"]),
        *(
            (pl.col(name) if name in table.columns else pl.lit(None)).cast(pl.Boolean).alias(name)
            for name in names
        ),
    )


def _decide(asked: pl.DataFrame, points: pl.DataFrame, given: list[str]) -> pl.DataFrame:
    """Art. 4 ust. 2-4 row by row in columns, in the order of the single-product rule."""
    perishable = pl.col("perishable")
    new_in_window = pl.col("first_start") > pl.col("opens")
    first_offer = pl.col("starts_at_first_offer")
    has_prior_price = pl.col("first_row").is_not_null() & pl.col("before_row").is_not_null()
    missing = (
        pl.when(~has_prior_price)
        .then(pl.lit("history.points"))
        .when(perishable & pl.col("series_row").is_null())
        .then(pl.lit("history.points"))
        .when(~perishable & new_in_window & first_offer.is_null())
        .then(pl.lit("history.starts_at_first_offer"))
        .when(~perishable & new_in_window & ~first_offer)
        .then(pl.lit("history.points"))
    )
    asked = asked.with_columns(missing=missing)
    determined = pl.col("missing").is_null()
    asked = asked.with_columns(
        # The window is known once a price before the reduction exists (ust. 2-3 only).
        windowed=has_prior_price & ~perishable,
        kind=pl.when(~determined)
        .then(pl.lit(None, pl.String))
        .when(perishable)
        .then(pl.lit(ReferenceKind.BEFORE_FIRST_REDUCTION.value))
        .when(new_in_window)
        .then(pl.lit(ReferenceKind.SINCE_FIRST_OFFER.value))
        .otherwise(pl.lit(ReferenceKind.LAST_30_DAYS.value)),
    )
    # A product first offered on the reduction's own day is ranged like any other: its first
    # price up to the one before the reduction (art. 4 ust. 3, "do dnia wprowadzenia obniżki").
    ranged = asked.filter(determined & ~perishable).with_columns(
        range_first=pl.coalesce("open_row", "first_row")
    )
    size = max(points.height, 1)
    if int(points["cents"].max() or 0) >= _INT64_MAX // (size + 1):  # type: ignore[arg-type]
        raise ValueError("prices too large to index together; split the catalog")
    keys = points["cents"] * size + points["row"]
    best = _sparse_minimum(keys, ranged["range_first"], ranged["before_row"])
    lowest = ranged.select("rid").with_columns(reference_row=best % size)
    asked = asked.join(lowest, on="rid", how="left").with_columns(
        reference_row=pl.when(determined & perishable)
        .then(pl.col("series_row"))
        .otherwise(pl.col("reference_row"))
    )
    source = points.select(
        pl.col("row").alias("reference_row"),
        ref_cents="cents",
        source_index=pl.col("row") - pl.col("first_row"),
        source_since="since",
        source_until="until",
    )
    asked = asked.join(source, on="reference_row", how="left")

    first_day = (
        pl.from_epoch(pl.col("first_start"), "us")
        .dt.replace_time_zone("UTC")
        .dt.convert_time_zone(WARSAW_ZONE)
        .dt.date()
    )
    outcome = (
        pl.when(~determined)
        .then(pl.lit(None, pl.Boolean))
        .otherwise(pl.col("new_cents") < pl.col("ref_cents"))
    )
    reduced_by = pl.when(outcome).then(pl.col("ref_cents") - pl.col("new_cents"))
    shown = pl.col("windowed")
    return asked.sort("rid").select(
        *given,
        outcome=outcome,
        missing="missing",
        reference=_money(pl.col("ref_cents")),
        kind="kind",
        window_first=pl.when(shown & determined & new_in_window)
        .then(first_day)
        .when(shown)
        .then(pl.col("window_first")),
        window_last=pl.when(shown).then(pl.col("window_last")),
        window_reduction_day_until=pl.when(shown).then(pl.col("reduction_day_until")),
        source_index="source_index",
        source_since="source_since",
        source_until="source_until",
        # Rounded down to 0.01 percentage point, as the single-product rule does.
        max_percent=_money(reduced_by * 10_000 // pl.col("ref_cents")),
        max_amount=_money(reduced_by),
        law_as_of="day",
    )


def price_drops(prices: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Every price cut in ``prices`` as a reduction (``product``, ``starts_on``, ``gross``).

    Use it when the shop announces every cut: a silent price change announces nothing and
    needs no reference price.
    """
    history = _frame(prices)
    _require(history, "prices", ("product", "since", "gross"))
    cents = _grosze(history, "prices", "gross")
    return (
        history.with_columns(start=_micros(history, "prices", "since"), cents=cents)
        .sort("product", "start")
        .filter(pl.col("cents") < pl.col("cents").shift(1).over("product"))
        .select("product", pl.col("since").alias("starts_on"), "gross")
    )
