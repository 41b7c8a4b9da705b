"""Which price binds a contract when the shop changes its prices, under terms that change
prices "bez uszczerbku dla umów zawartych przed tymi zmianami".

A contract concluded before the new price applies keeps the price agreed at conclusion; one
concluded from that instant on has the new price. The comparison is of instants (when the
contract was concluded, when the change took effect), so that a change made during the day of
an order is placed exactly: a contract concluded one second before the change keeps the old
price. The rule relies on the clause and on art. 353¹ and 384 § 1 KC (the price is part of the
contract concluded on the terms then in force).

What it does not decide: a contract renewed or extended after the change (a new fixed period
ordered) is a new contract, which the caller states as concluded then; a change of the price of
a contract of indefinite duration during its term is a change of the contract (art. 384¹ KC),
which this clause does not reserve.

>>> from datetime import datetime, timezone, timedelta
>>> from decimal import Decimal
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... provisions:
...   price_changes: {spares_concluded: true, clauses: {spares_concluded: "§ 16 ust. 3"}}
... ''', "shop.yaml")
>>> cet = timezone(timedelta(hours=1))
>>> binding_price(concluded_at=datetime(2026, 3, 2, 11, 59, 59, tzinfo=cet),
...               changed_at=datetime(2026, 3, 2, 12, tzinfo=cet),
...               agreed=Decimal("100.00"), new=Decimal("120.00"), terms=shop).outcome
Decimal('100.00')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ..decision import Decision, Reason
from ..errors import InvalidFacts
from ..law import KC, UOPK_IN_FORCE
from ..models.clause_kinds import PriceChanges
from ..registry import Interpretation, KeyDate, rule
from .clauses import aware, cited, edition_on
from .shop import ShopTerms

__all__ = ["PRICE_CHANGES_RULE", "binding_price"]

PRICE_CHANGES_RULE = "price_changes.binding"

_BASIS = (KC.art("353¹"), KC.art("384", "1"))


@dataclass(frozen=True, slots=True)
class _Prices:
    agreed: Decimal
    new: Decimal


def _clause(terms: ShopTerms, day: date) -> PriceChanges:
    provisions = edition_on(terms, PRICE_CHANGES_RULE, day).provisions
    if provisions is None or provisions.price_changes is None or not (
        provisions.price_changes.spares_concluded
    ):
        field = "terms.provisions.price_changes"
        raise InvalidFacts(field, f"{terms.name} do not spare concluded contracts")
    return provisions.price_changes


@rule(PRICE_CHANGES_RULE, on="changed_on", keyed_on=KeyDate.EVENT)
def _price_rule(
    times: tuple[datetime, datetime], changed_on: date, prices: _Prices, terms: ShopTerms
) -> Decision[Decimal]:
    """The price binding a contract concluded at ``times[0]`` after a change at ``times[1]``."""
    raise NotImplementedError  # the signature: the registry applies a version


_READING = (Interpretation("price_changes.binding.instant"),)


@_price_rule.version(since=UOPK_IN_FORCE, basis=_BASIS, interpretations=_READING)
def _binding(
    times: tuple[datetime, datetime], changed_on: date, prices: _Prices, terms: ShopTerms
) -> Decision[Decimal]:
    """Concluded before the change: the agreed price; from the change on: the new one."""
    clause = (*cited(terms, _clause(terms, changed_on), "spares_concluded"), *_BASIS)
    concluded_at, changed_at = times
    before = concluded_at < changed_at
    price = prices.agreed if before else prices.new
    key = "spared" if before else "after"
    why = Reason(PRICE_CHANGES_RULE, f"{PRICE_CHANGES_RULE}.{key}", clause,
                 {"concluded": concluded_at, "changed": changed_at, "price": price})
    renewal = Reason(PRICE_CHANGES_RULE, f"{PRICE_CHANGES_RULE}.renewal", (KC.art("384¹"),))
    return Decision(
        rule=PRICE_CHANGES_RULE,
        outcome=price,
        summary=Reason(PRICE_CHANGES_RULE, f"{PRICE_CHANGES_RULE}.due", (), {"price": price}),
        reasons=(why,),
        not_applied=(renewal,),
        law_as_of=changed_on,
    )


def binding_price(
    *,
    concluded_at: datetime,
    changed_at: datetime,
    agreed: Decimal,
    new: Decimal,
    terms: ShopTerms,
) -> Decision[Decimal]:
    """The price binding a contract concluded at ``concluded_at`` (for the ``agreed`` price)
    when the shop's ``terms`` changed it to ``new`` from ``changed_at``; naive instants and
    negative prices are :class:`InvalidFacts` naming the field."""
    concluded = aware(concluded_at, "concluded_at")
    changed = aware(changed_at, "changed_at")
    for field, value in (("agreed", agreed), ("new", new)):
        if value < 0:
            raise InvalidFacts(field, f"a price cannot be negative ({value})")
    return _price_rule((concluded, changed), changed.date(), _Prices(agreed, new), terms)


_price_rule.entry = binding_price
