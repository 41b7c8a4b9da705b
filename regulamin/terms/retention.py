"""Until when a shop may keep the data on the orders placed after the customer deletes the
account, when its terms keep them "do czasu upływu przedawnienia możliwych roszczeń".

The rule applies art. 118 KC (as amended from 9 July 2018, Dz.U. 2018 poz. 1104; the text
relied on: art. 117 § 1, § 2¹, art. 118 and art. 120 § 1 KC as published and as quoted by the
legal publishers' pages the library's search holds):

* the period runs from the day the claim became due (art. 120 § 1 KC), counted in years to the
  matching date (art. 112 KC);
* it is six years, and three years for periodic claims and claims related to running a
  business (art. 118 zd. 1 KC);
* a period of two years or more ends on the last day of that calendar year (art. 118 zd. 2
  KC): both periods do.

**Which claims it assumes.** The claims the caller lists (a refund, the provider's fee, damages
...), each with its due day and kind; the data may be kept until the last of them is
time-barred. The rule assumes that no special provision sets another period ("jeżeli przepis
szczególny nie stanowi inaczej", art. 118 KC), which the decision says: the two-year period of
art. 751 pkt 1 KC (remuneration for services, through art. 750 KC) or art. 646 KC (umowa o
dzieło) would make it shorter. Interruption and suspension of the period (art. 121-124 KC) are
not counted. A claim that became due before 9 July 2018 falls under the transitional art. 5 of
the amending act, not encoded: :class:`~regulamin.errors.LawNotCovered`.

**Where the seed is vague** (an interpretation, registered): the clause keeps the data "do
czasu upływu przedawnienia … lub przez cały czas świadczenia usług poprzez Stronę", unless the
customer objects and the provider has no overriding legitimate interest. The rule gives the day
the first alternative ends; the second is no date. Whether the customer objected is a decisive
fact (never assumed); after an objection, whether the provider's interest overrides is a
judgment the caller gives (art. 21 ust. 1 RODO).

>>> from datetime import date
>>> from regulamin.models.clause_kinds import RetainedClaim
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... provisions:
...   retention: {until_time_barred: true, clauses: {until_time_barred: "§ 11 ust. 5"}}
... ''', "shop.yaml")
>>> refund = RetainedClaim(name="zwrot", due_on=date(2026, 3, 10), business_related=False,
...                        periodic=False)
>>> order_data_kept_until([refund], deleted_on=date(2026, 4, 1), objected=False,
...                       terms=shop).outcome   # 10.03.2026 + 6 years = 10.03.2032 → 31.12.2032
datetime.date(2032, 12, 31)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..calendars.periods import period_end
from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts, LawNotCovered
from ..law import GDPR, KC, KC_LIMITATION_2018
from ..law.parameters import LIMITATION_GENERAL, LIMITATION_SHORT, LIMITATION_YEAR_END_FROM
from ..models.clause_kinds import OrderRetention, RetainedClaim
from ..registry import Interpretation, KeyDate, rule
from .clauses import cited, edition_on
from .shop import ShopTerms

__all__ = ["RETENTION_RULE", "order_data_kept_until"]

RETENTION_RULE = "retention.order_data"

_BASIS = (KC.art("117", "1"), KC.art("118"), KC.art("120", "1"), KC.art("112"))
_OBJECTION = GDPR.art("21", "1")


def _retention(terms: ShopTerms, day: date) -> OrderRetention:
    provisions = edition_on(terms, RETENTION_RULE, day).provisions
    if provisions is None or provisions.retention is None or not (
        provisions.retention.until_time_barred
    ):
        field = "terms.provisions.retention"
        raise InvalidFacts(field, f"{terms.name} keep no order data until claims are time-barred")
    return provisions.retention


def _missing(claims: Sequence[RetainedClaim]) -> tuple[str, ...]:
    """The facts still needed, all of them: a due day, and the kind unless one says short."""
    missing: list[str] = []
    for i, claim in enumerate(claims):
        if claim.due_on is None:
            missing.append(f"claims[{i}].due_on")
        if True in (claim.business_related, claim.periodic):
            continue
        missing += [f"claims[{i}].{f}" for f in ("business_related", "periodic")
                    if getattr(claim, f) is None]
    return tuple(missing)


def time_barred_on(claim: RetainedClaim) -> tuple[date, int]:
    """The last day of the claim's limitation period and its length in years (a claim whose
    due day and kind are known)."""
    assert claim.due_on is not None
    short = claim.business_related or claim.periodic
    period = (LIMITATION_SHORT if short else LIMITATION_GENERAL).at(claim.due_on)
    end = period_end(claim.due_on, years=period.length)
    if period.length >= LIMITATION_YEAR_END_FROM.at(claim.due_on).length:
        end = date(end.year, 12, 31)
    return end, period.length


@rule(RETENTION_RULE, on="deleted_on", keyed_on=KeyDate.EVENT)
def _retention_rule(
    claims: tuple[RetainedClaim, ...],
    deleted_on: date,
    objection: tuple[bool | None, bool | None],
    terms: ShopTerms,
) -> Decision[date | None]:
    """Until when the data of the orders may be kept after the account is deleted."""
    raise NotImplementedError  # the signature: the registry applies a version


_READING = (Interpretation("retention.order_data.reading"),)


@_retention_rule.version(since=KC_LIMITATION_2018, basis=_BASIS, interpretations=_READING)
def _kept_until(
    claims: tuple[RetainedClaim, ...],
    deleted_on: date,
    objection: tuple[bool | None, bool | None],
    terms: ShopTerms,
) -> Decision[date | None]:
    """The last day any listed claim is time-barred (art. 118, 120 § 1 KC), the customer not
    having objected (or the provider's interest overriding the objection)."""
    retention = _retention(terms, deleted_on)
    clause = cited(terms, retention, "until_time_barred")
    objected, overrides = objection
    missing = _missing(claims) + (("objected",) if objected is None else ())
    if objected and overrides is None:
        missing += ("overriding_interest",)
    caveat = Reason(RETENTION_RULE, f"{RETENTION_RULE}.no_special_period", (KC.art("118"),))
    if missing:
        return _decision(Undetermined(missing), (), (caveat,), deleted_on)
    if objected and not overrides:
        why = Reason(RETENTION_RULE, f"{RETENTION_RULE}.objected", (*clause, _OBJECTION))
        return _decision(None, (why,), (), deleted_on)
    reasons = [Reason(RETENTION_RULE, f"{RETENTION_RULE}.clause", clause)]
    for claim in claims:
        end, years = time_barred_on(claim)
        reasons.append(Reason(RETENTION_RULE, f"{RETENTION_RULE}.claim", _BASIS,
                              {"claim": claim.name, "due": claim.due_on, "n": years, "end": end}))
    last = max(time_barred_on(claim)[0] for claim in claims)
    return _decision(last, tuple(reasons), (caveat,), deleted_on)


def _decision(
    outcome: date | Undetermined | None,
    reasons: tuple[Reason, ...],
    caveats: tuple[Reason, ...],
    on: date,
) -> Decision[date | None]:
    if isinstance(outcome, date):
        summary = Reason(RETENTION_RULE, f"{RETENTION_RULE}.due", (), {"due": outcome})
    else:
        summary = Reason(RETENTION_RULE, f"{RETENTION_RULE}.none")
    return Decision(
        rule=RETENTION_RULE,
        outcome=outcome,
        summary=summary,
        reasons=reasons,
        not_applied=caveats,
        deadline=outcome if isinstance(outcome, date) else None,
        law_as_of=on,
    )


def order_data_kept_until(
    claims: Sequence[RetainedClaim],
    *,
    deleted_on: date,
    objected: bool | None,
    overriding_interest: bool | None = None,
    terms: ShopTerms,
) -> Decision[date | None]:
    """The last day the shop may keep the data of the orders after the account was deleted
    on ``deleted_on``, under the clause of ``terms`` keeping them until the possible
    ``claims`` are time-barred.

    ``objected``: did the customer object to the keeping (``None``: not known, named as
    missing)? ``overriding_interest``: after an objection, does the provider's legitimate
    interest override it? The outcome ``None``: the data may not be kept on this ground."""
    if not claims:
        raise InvalidFacts("claims", "name at least one claim the order may give rise to")
    for i, claim in enumerate(claims):
        if claim.due_on is not None and claim.due_on < KC_LIMITATION_2018.day:
            raise LawNotCovered(RETENTION_RULE, claim.due_on,
                                f"claims[{i}] became due before art. 118 KC as amended in 2018")
    return _retention_rule(tuple(claims), deleted_on, (objected, overriding_interest), terms)


_retention_rule.entry = order_data_kept_until
