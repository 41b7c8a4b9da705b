"""Clauses of the seeds no statutory rule reads (issue 12, item 20): the availability the
terms declare (Woohoo § 4 ust. 9 pkt 4), order data kept after the account is deleted
(§ 11 ust. 5), what a submission must contain (§ 11 ust. 7, § 14 ust. 4, 6, 8), and others.

Every expected value is derived by hand; the derivation is in the comment next to it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from seeds import woohoo

from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.terms import ShopTerms
from regulamin.terms.availability import allowed_downtime
from regulamin.terms.loader import parse_terms

_BARE = """
name: Regulamin Przykład
cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
trader: {name: Przykład sp. z o.o.}
customers: [consumer, trader]
policy: from_effective_day
versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
"""


def _shop(extra: str = "") -> ShopTerms:
    return parse_terms(_BARE + extra, "shop.yaml")


# --------------------------------------------------------------------------- availability


@pytest.mark.parametrize(
    ("year", "month", "monthly"),
    [
        # 100 − 99.982 = 0.018 % = 0.00018 of the month's seconds (days × 86,400):
        (2026, 1, "482.112"),  # 31 d: 2,678,400 s × 0.00018 = 482.112
        (2026, 4, "466.560"),  # 30 d: 2,592,000 s × 0.00018 = 466.56
        (2026, 2, "435.456"),  # 28 d: 2,419,200 s × 0.00018 = 435.456
        (2028, 2, "451.008"),  # 29 d (leap): 2,505,600 s × 0.00018 = 451.008
        (2026, 3, "482.112"),  # 31 d; the hour lost to summer time is not subtracted
    ],
)
def test_woohoo_downtime_per_month(year: int, month: int, monthly: str) -> None:
    d = allowed_downtime(year, month, terms=woohoo())
    assert d.outcome == Decimal(monthly)
    assert d.percent == Decimal("99.982")


def test_woohoo_downtime_per_year_by_its_length() -> None:
    # 365 × 86,400 = 31,536,000 s × 0.00018 = 5,676.48 s (1 h 34 min 36.48 s)
    assert allowed_downtime(2026, 7, terms=woohoo()).per_year == Decimal("5676.48")
    # 366 × 86,400 = 31,622,400 s × 0.00018 = 5,692.032 s
    assert allowed_downtime(2028, 7, terms=woohoo()).per_year == Decimal("5692.032")
    d = allowed_downtime(2026, 12, terms=woohoo())
    assert (d.month_seconds, d.year_seconds) == (2_678_400, 31_536_000)


def test_downtime_is_exact_and_cites_the_clause() -> None:
    # 99.9 %: 0.1 % of 30 days = 2,592 s exactly; no float could be off by a hair here
    shop = _shop('provisions: {availability: {percent: "99.9", clauses: {percent: "§ 2"}}}')
    d = allowed_downtime(2026, 6, terms=shop)
    assert d.outcome == Decimal("2592")
    assert isinstance(d.outcome, Decimal)
    assert "§ 2 Regulaminu Przykład" in d.explain("pl")
    assert "2592" in d.explain("en").replace(",", "")
    # 100 %: no downtime at all, at the boundary of the range
    full = _shop('provisions: {availability: {percent: "100"}}')
    assert allowed_downtime(2026, 6, terms=full).outcome == 0


def test_downtime_bad_input_names_the_field() -> None:
    with pytest.raises(InvalidFacts) as month:
        allowed_downtime(2026, 13, terms=woohoo())
    assert month.value.field == "month"
    with pytest.raises(InvalidFacts) as none:
        allowed_downtime(2026, 1, terms=_shop())
    assert none.value.field == "terms.provisions.availability"
    with pytest.raises(ValueError, match="less than or equal to 100"):
        _shop('provisions: {availability: {percent: "100.001"}}')


def test_downtime_outside_the_terms_versions() -> None:
    with pytest.raises(LawNotCovered):
        allowed_downtime(2025, 12, terms=_shop('provisions: {availability: {percent: "99"}}'))
