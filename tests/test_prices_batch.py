"""The catalog batch of the lowest price before a reduction agrees with the single-product
rule row for row, and refuses the same bad data."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

if TYPE_CHECKING:
    import polars as pl
else:
    pl = pytest.importorskip("polars")

from regulamin.batch import MissingExtraError, lowest_prices, price_drops
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models.prices import PriceHistory, PricePoint, Reduction
from regulamin.rules.prices import lowest_price

WARSAW = ZoneInfo("Europe/Warsaw")


def frame(rows: dict[str, list[object]]) -> pl.DataFrame:
    return pl.DataFrame(rows)


# --- hand-derived catalog ---------------------------------------------------------------------

CATALOG = frame(
    {
        "product": ["A", "A", "A", "BANANA", "BANANA", "NEW", "NEW"],
        "since": [
            date(2025, 1, 1),
            date(2025, 3, 1),
            date(2025, 4, 15),
            date(2025, 9, 1),
            date(2025, 10, 20),
            date(2025, 2, 20),
            date(2025, 2, 25),
        ],
        "gross": ["10.00", "8.00", "4.00", "1.29", "1.69", "12.00", "11.00"],
    }
)


def test_catalog_by_hand() -> None:
    reductions = frame(
        {
            "product": ["A", "A", "BANANA", "NEW", "NEW", "GHOST"],
            "starts_on": [
                date(2025, 3, 1),
                date(2025, 4, 15),
                date(2025, 11, 1),
                date(2025, 3, 1),
                date(2025, 3, 1),
                date(2025, 3, 1),
            ],
            "gross": ["8.00", "4.00", "1.29", "9.00", "9.00", "1.00"],
            "campaign": ["spring", "easter", "aldi", "x", "y", "z"],
        }
    )
    products = frame({"product": ["NEW"], "starts_at_first_offer": [True]})
    # Only the first NEW row has the flag; the second asks a catalog without it.
    out = lowest_prices(CATALOG, reductions, products=products)
    assert out["campaign"].to_list() == ["spring", "easter", "aldi", "x", "y", "z"]
    # A 10 -> 8: 20% (window 30.01-28.02); A 8 -> 4: 50% from 8 (window 16.03-14.04);
    # bananas 1.29 with 1.29 in the window 2.10-31.10: no reduction; NEW first offered
    # 20.02: window 20.02-28.02, lowest 11.00, 2/11 = 18.18%; GHOST has no prices.
    assert out["outcome"].to_list() == [True, True, False, True, True, None]
    assert out["reference"].to_list() == [
        Decimal("10.00"),
        Decimal("8.00"),
        Decimal("1.29"),
        Decimal("11.00"),
        Decimal("11.00"),
        None,
    ]
    assert out["max_percent"].to_list() == [
        Decimal("20.00"),
        Decimal("50.00"),
        None,
        Decimal("18.18"),
        Decimal("18.18"),
        None,
    ]
    assert out["kind"].to_list() == [
        "last_30_days",
        "last_30_days",
        "last_30_days",
        "since_first_offer",
        "since_first_offer",
        None,
    ]
    assert out["window_first"].to_list()[:4] == [
        date(2025, 1, 30),
        date(2025, 3, 16),
        date(2025, 10, 2),
        date(2025, 2, 20),
    ]
    assert out["source_index"].to_list()[:4] == [0, 1, 0, 1]
    assert out["missing"].to_list() == [None] * 5 + ["history.points"]

    unflagged = lowest_prices(CATALOG, reductions.filter(pl.col("product") == "NEW"))
    assert unflagged["missing"].to_list() == ["history.starts_at_first_offer"] * 2


def test_price_drops_are_every_cut() -> None:
    # A: 10 -> 8 -> 4 are two cuts; BANANA 1.29 -> 1.69 is a rise; NEW 12 -> 11 is a cut.
    drops = price_drops(CATALOG)
    assert drops.rows() == [
        ("A", date(2025, 3, 1), "8.00"),
        ("A", date(2025, 4, 15), "4.00"),
        ("NEW", date(2025, 2, 25), "11.00"),
    ]


def test_instants_are_read_in_warsaw_time() -> None:
    # 9.00 from 29.01.2025 23:30 UTC = 30.01 00:30 CET: 5.00 was in force in the window
    # 30.01-28.02 of the reduction of 28.02 23:30 UTC = 1.03 00:30 CET.
    prices = frame(
        {
            "product": ["A", "A"],
            "since": [
                datetime(2024, 12, 1, tzinfo=UTC),
                datetime(2025, 1, 29, 23, 30, tzinfo=UTC),
            ],
            "gross": [Decimal("5.00"), Decimal("9.00")],
        }
    )
    reductions = frame(
        {
            "product": ["A"],
            "starts_on": [datetime(2025, 2, 28, 23, 30, tzinfo=UTC)],
            "gross": [Decimal("8.00")],
        }
    )
    out = lowest_prices(prices, reductions)
    assert out["law_as_of"].to_list() == [date(2025, 3, 1)]
    assert out["reference"].to_list() == [Decimal("5.00")]
    assert out["outcome"].to_list() == [False]


def test_prices_earlier_on_the_reductions_own_day_count() -> None:
    # The legal review's case (art. 4 ust. 2 UoIC, "przed wprowadzeniem obniżki"): 10.00
    # from 1.01.2025, 7.00 from 1.03 08:00 CET, 8.00 from 12:00 CET = the reduction. The
    # window is 30.01-28.02 and 1.03 until 12:00: 7.00 (08:00-12:00) is the lowest, 8.00 is
    # above it: no reduction. The plain-day reduction of 15.03 to 6.00 looks at 13.02-14.03
    # only: lowest 7.00 (1.03 08:00-12:00), 1/7 = 14.285...% -> 14.28%.
    prices = frame(
        {
            "product": ["A", "A", "A"],
            "since": [
                datetime(2025, 1, 1, tzinfo=WARSAW),
                datetime(2025, 3, 1, 8, tzinfo=WARSAW),
                datetime(2025, 3, 1, 12, tzinfo=WARSAW),
            ],
            "gross": ["10.00", "7.00", "8.00"],
        }
    )
    reductions = frame(
        {
            "product": ["A", "A"],
            "starts_on": [
                datetime(2025, 3, 1, 11, tzinfo=UTC),
                datetime(2025, 3, 14, 23, tzinfo=UTC),
            ],
            "gross": ["8.00", "6.00"],
        }
    )
    out = lowest_prices(prices, reductions)
    assert out["outcome"].to_list() == [False, True]
    assert out["reference"].to_list() == [Decimal("7.00"), Decimal("7.00")]
    assert out["source_index"].to_list() == [1, 1]
    assert out["max_percent"].to_list() == [None, Decimal("14.28")]
    assert out["window_first"].to_list() == [date(2025, 1, 30), date(2025, 2, 13)]
    assert out["window_last"].to_list() == [date(2025, 2, 28), date(2025, 3, 14)]
    # 11:00 UTC = 12:00 CET; 14.03 23:00 UTC = 15.03 00:00 CET, no hours of its own day.
    assert out["window_reduction_day_until"].to_list() == [
        datetime(2025, 3, 1, 12, tzinfo=WARSAW),
        None,
    ]


def test_product_first_offered_on_the_reductions_day_is_measured_from_its_hours() -> None:
    # Art. 4 ust. 3 UoIC, "do dnia wprowadzenia obniżki": LAUNCH offered from 1.03.2025 08:00
    # at 20.00, 18.00 from 10:00, cut to 15.00 at 12:00: in force 08:00-12:00 were 20 and 18,
    # so 18.00 (row 1) is the reference, 3/18 = 16.666...% -> 16.66%. The window has no whole
    # day: first 1.03, the day after last 28.02, and the hours until 12:00.
    prices = frame(
        {
            "product": ["LAUNCH"] * 3,
            "since": [
                datetime(2025, 3, 1, 8, tzinfo=WARSAW),
                datetime(2025, 3, 1, 10, tzinfo=WARSAW),
                datetime(2025, 3, 1, 12, tzinfo=WARSAW),
            ],
            "gross": ["20.00", "18.00", "15.00"],
        }
    )
    products = frame({"product": ["LAUNCH"], "starts_at_first_offer": [True]})
    out = lowest_prices(prices, price_drops(prices).tail(1), products=products)
    assert out["outcome"].to_list() == [True]
    assert out["kind"].to_list() == ["since_first_offer"]
    assert out["reference"].to_list() == [Decimal("18.00")]
    assert out["source_index"].to_list() == [1]
    assert out["max_percent"].to_list() == [Decimal("16.66")]
    assert out["window_first"].to_list() == [date(2025, 3, 1)]
    assert out["window_last"].to_list() == [date(2025, 2, 28)]
    assert out["window_reduction_day_until"].to_list() == [
        datetime(2025, 3, 1, 12, tzinfo=WARSAW)
    ]


def test_perishables_use_the_price_before_the_first_reduction() -> None:
    # Bread 6.00, cut to 4.00 at 18:00 and to 3.00 at 20:00 of 10.06.2025 as one series:
    # both measured from 6.00: 33.33% and 50%.
    prices = frame(
        {
            "product": ["BREAD"] * 3,
            "since": [
                datetime(2025, 6, 6, tzinfo=WARSAW),
                datetime(2025, 6, 10, 18, tzinfo=WARSAW),
                datetime(2025, 6, 10, 20, tzinfo=WARSAW),
            ],
            "gross": ["6.00", "4.00", "3.00"],
        }
    )
    series_start = datetime(2025, 6, 10, 18, tzinfo=WARSAW)
    reductions = price_drops(prices).with_columns(
        series_starts_on=pl.lit(series_start).dt.convert_time_zone("Europe/Warsaw")
    )
    products = frame({"product": ["BREAD"], "perishable": [True]})
    out = lowest_prices(prices, reductions, products=products)
    assert out["reference"].to_list() == [Decimal("6.00"), Decimal("6.00")]
    assert out["max_percent"].to_list() == [Decimal("33.33"), Decimal("50.00")]
    assert out["kind"].to_list() == ["before_first_reduction"] * 2
    assert out["window_first"].to_list() == [None, None]


# --- refusals ------------------------------------------------------------------------------


def _one_reduction(starts_on: object = date(2025, 3, 1), gross: object = "8.00") -> pl.DataFrame:
    return pl.DataFrame({"product": ["A"], "starts_on": [starts_on], "gross": [gross]})


def test_floats_are_refused() -> None:
    prices = CATALOG.with_columns(pl.col("gross").cast(pl.Float64))
    with pytest.raises(InvalidFacts, match=r"prices\.gross"):
        lowest_prices(prices, _one_reduction())


def test_fractions_of_a_grosz_are_refused() -> None:
    with pytest.raises(InvalidFacts, match="two decimal places"):
        lowest_prices(CATALOG, _one_reduction(gross="7.999"))


def test_naive_datetimes_are_refused() -> None:
    naive = _one_reduction(starts_on=datetime(2025, 3, 1, 12))
    with pytest.raises(InvalidFacts, match="time zone"):
        lowest_prices(CATALOG, naive)


def test_two_prices_from_one_moment_are_refused() -> None:
    with pytest.raises(InvalidFacts, match="two prices"):
        lowest_prices(pl.concat([CATALOG, CATALOG.head(1)]), _one_reduction())


def test_history_price_at_the_reduction_moment_must_be_the_reduced_price() -> None:
    # A's history has 8.00 from 1.03.2025: a reduction to 7.00 at that moment contradicts it.
    with pytest.raises(InvalidFacts, match=r"reductions\.gross"):
        lowest_prices(CATALOG, _one_reduction(gross="7.00"))


def test_reductions_before_2023_are_not_covered() -> None:
    with pytest.raises(LawNotCovered):
        lowest_prices(CATALOG, _one_reduction(starts_on=date(2022, 12, 31), gross="1.00"))


def test_missing_columns_are_named() -> None:
    with pytest.raises(InvalidFacts, match=r"reductions\.starts_on"):
        lowest_prices(CATALOG, _one_reduction().drop("starts_on"))


def test_without_polars_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from regulamin import batch  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "polars", None)
    monkeypatch.delitem(sys.modules, "regulamin.batch.prices")
    with pytest.raises(MissingExtraError, match=r"pip install 'regulamin\[batch\]'"):
        _ = batch.lowest_prices


def test_empty_reductions_give_an_empty_table() -> None:
    out = lowest_prices(CATALOG, _one_reduction().clear())
    assert out.height == 0
    assert "reference" in out.columns


# --- differential: the batch against the single-product rule ------------------------------


@dataclass(frozen=True)
class Catalog:
    histories: dict[str, PriceHistory]
    reductions: list[tuple[str, Reduction]]


ZONES = {"date": None, "utc": UTC, "warsaw": WARSAW}
BASE = datetime(2024, 11, 1, tzinfo=WARSAW)


def _instant(minutes: int, kind: str) -> date | datetime:
    moment = BASE + timedelta(minutes=minutes)
    zone = ZONES[kind]
    if zone is None:
        return moment.date()
    return moment.astimezone(zone)


def _warsaw(moment: date | datetime) -> datetime:
    if isinstance(moment, datetime):
        return moment.astimezone(WARSAW)
    return datetime(moment.year, moment.month, moment.day, tzinfo=WARSAW)


offsets = st.integers(0, 150).flatmap(
    lambda day: st.sampled_from([0, 30, 23 * 60 + 30, 12 * 60]).map(lambda m: day * 1440 + m)
)


@st.composite
def catalogs(draw: st.DrawFn) -> tuple[Catalog, str, str, str]:
    since_kind = draw(st.sampled_from(list(ZONES)))
    starts_kind = draw(st.sampled_from(list(ZONES)))
    series_kind = draw(st.sampled_from(list(ZONES)))
    histories: dict[str, PriceHistory] = {}
    reductions: list[tuple[str, Reduction]] = []
    for product in ("p0", "p1", "p2", "p3")[: draw(st.integers(1, 4))]:
        # 13:00 and 23:00 follow prices set at 00:30 and 12:00 of the same day.
        starts_offsets = [
            draw(st.integers(60, 160)) * 1440 + draw(st.sampled_from([0, 60, 13 * 60, 23 * 60]))
            for _ in range(draw(st.integers(0, 4)))
        ]
        price_offsets = set(draw(st.lists(offsets, max_size=8)))
        for starts_offset in starts_offsets:
            # Art. 4 ust. 2 UoIC, "przed wprowadzeniem obniżki": often a price set earlier on
            # the reduction's own day, which the window must take in.
            minutes_into_day = starts_offset % 1440
            if minutes_into_day and draw(st.booleans()):
                earlier = draw(st.integers(0, minutes_into_day - 1))
                price_offsets.add(starts_offset - minutes_into_day + earlier)
        points: list[PricePoint] = []
        for offset in sorted(price_offsets):
            since = _instant(offset, since_kind)
            if points and _warsaw(since) <= _warsaw(points[-1].since):
                continue
            points.append(PricePoint(gross=Decimal(draw(st.integers(1, 20))) / 4, since=since))
        histories[product] = PriceHistory(
            points=tuple(points),
            perishable=draw(st.booleans()),
            starts_at_first_offer=draw(st.sampled_from([None, True, False])),
        )
        for starts_offset in starts_offsets:
            starts = _instant(starts_offset, starts_kind)
            gross = Decimal(draw(st.integers(0, 20))) / 4
            gross = next((p.gross for p in points if _warsaw(p.since) == _warsaw(starts)), gross)
            series = None
            if draw(st.booleans()):
                back = draw(st.integers(0, 20)) * 1440 + draw(st.sampled_from([0, 60]))
                candidate = _warsaw(starts) - timedelta(minutes=back)
                series = (
                    candidate.date()
                    if series_kind == "date"
                    else candidate.astimezone(ZONES[series_kind])
                )
                if _warsaw(series) > _warsaw(starts):
                    series = None
            reductions.append(
                (product, Reduction(starts_on=starts, gross=gross, series_starts_on=series))
            )
    return Catalog(histories, reductions), since_kind, starts_kind, series_kind


def _dtype(kind: str) -> pl.DataType:
    zone = ZONES[kind]
    return pl.Date() if zone is None else pl.Datetime("us", str(zone))


@given(catalogs())
def test_batch_agrees_with_the_single_rule_row_for_row(
    drawn: tuple[Catalog, str, str, str],
) -> None:
    catalog, since_kind, starts_kind, series_kind = drawn
    prices = pl.DataFrame(
        {
            "product": [p for p, h in catalog.histories.items() for _ in h.points],
            "since": [pt.since for h in catalog.histories.values() for pt in h.points],
            "gross": [pt.gross for h in catalog.histories.values() for pt in h.points],
        },
        schema={"product": pl.String, "since": _dtype(since_kind), "gross": pl.Decimal(10, 2)},
    )
    reductions = pl.DataFrame(
        {
            "product": [p for p, _ in catalog.reductions],
            "starts_on": [r.starts_on for _, r in catalog.reductions],
            "gross": [r.gross for _, r in catalog.reductions],
            "series_starts_on": [r.series_starts_on for _, r in catalog.reductions],
        },
        schema={
            "product": pl.String,
            "starts_on": _dtype(starts_kind),
            "gross": pl.Decimal(10, 2),
            "series_starts_on": _dtype(series_kind),
        },
    )
    products = pl.DataFrame(
        {
            "product": list(catalog.histories),
            "perishable": [h.perishable for h in catalog.histories.values()],
            "starts_at_first_offer": [h.starts_at_first_offer for h in catalog.histories.values()],
        },
        schema={
            "product": pl.String,
            "perishable": pl.Boolean,
            "starts_at_first_offer": pl.Boolean,
        },
    )
    out = lowest_prices(
        prices.sample(fraction=1.0, shuffle=True, seed=7), reductions, products=products
    )
    assert out.height == len(catalog.reductions)
    for row, (product, reduction) in zip(
        out.iter_rows(named=True), catalog.reductions, strict=True
    ):
        single = lowest_price(catalog.histories[product], reduction)
        assert row["outcome"] == (single.outcome if single.determined else None)
        assert row["missing"] == (single.missing[0] if single.missing else None)
        assert row["reference"] == single.reference
        assert row["kind"] == (single.kind.value if single.kind else None)
        window = single.window
        assert (
            row["window_first"],
            row["window_last"],
            row["window_reduction_day_until"],
        ) == ((window.first, window.last, window.reduction_day_until) if window else (None,) * 3)
        assert row["max_percent"] == single.max_percent
        assert row["max_amount"] == single.max_amount
        assert row["law_as_of"] == single.law_as_of
        source = single.source
        if source is None:
            assert row["source_index"] is None
            continue
        assert row["source_index"] == source.index
        assert _warsaw(row["source_since"]) == _warsaw(source.since)
        if source.until is None:
            assert row["source_until"] is None
        else:
            assert _warsaw(row["source_until"]) == _warsaw(source.until)


@given(
    st.lists(st.integers(0, 10**6), min_size=1, max_size=300).flatmap(
        lambda keys: st.tuples(
            st.just(keys),
            st.lists(
                st.tuples(st.integers(0, len(keys) - 1), st.integers(0, len(keys) - 1)),
                max_size=20,
            ),
        )
    )
)
def test_sparse_minimum_is_the_minimum_of_each_range(
    case: tuple[list[int], list[tuple[int, int]]],
) -> None:
    from regulamin.batch.prices import _sparse_minimum  # noqa: PLC0415

    keys, pairs = case
    ranges = [(min(a, b), max(a, b)) for a, b in pairs]
    got = _sparse_minimum(
        pl.Series(keys, dtype=pl.Int64),
        pl.Series([a for a, _ in ranges], dtype=pl.Int64),
        pl.Series([b for _, b in ranges], dtype=pl.Int64),
    )
    assert got.to_list() == [min(keys[a : b + 1]) for a, b in ranges]
