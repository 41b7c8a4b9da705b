"""Support given for one version of the product the user chose: whether a request about a
version is within the support, under terms that give support "zawsze w odniesieniu do jednej
wybranej przez Użytkownika wersji Produktu".

A request about the chosen version is covered; one about another version is not. Versions are
compared as the user names them, after trimming spaces and ignoring case ("2.1" and " 2.1 "
are one version; "2.1" and "2.1.0" are two: the terms give no numbering rule, so the rule does
not guess one). Which version was chosen, and which one the request concerns, are facts: when
either is not known, the answer is undetermined naming both that are missing.

What the rule does not decide: how and when the version is chosen, and whether the choice can
be changed (the terms say neither); the other conditions of support (a valid licence and an
active subscription) are those of ``support.entitlement``.

>>> from datetime import date
>>> from regulamin.models.clause_kinds import VersionRequest
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... provisions:
...   one_version: {one_chosen_version: true, clauses: {one_chosen_version: "§ 2 pkt 1"}}
... ''', "shop.yaml")
>>> supported_version(VersionRequest(asked_on=date(2026, 3, 2), chosen="2.1", concerns="2.0"),
...                   terms=shop).outcome
False
"""

from __future__ import annotations

from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import UOPK_IN_FORCE
from ..models.clause_kinds import OneVersion, VersionRequest
from ..registry import Interpretation, KeyDate, rule
from .clauses import TERMS_BIND, cited, edition_on
from .shop import ShopTerms

__all__ = ["VERSION_RULE", "supported_version"]

VERSION_RULE = "product_version.supported"


def _clause(terms: ShopTerms, request: VersionRequest) -> OneVersion:
    provisions = edition_on(terms, VERSION_RULE, request.asked_on).provisions
    if provisions is None or provisions.one_version is None or not (
        provisions.one_version.one_chosen_version
    ):
        field = "terms.provisions.one_version"
        raise InvalidFacts(field, f"{terms.name} do not limit support to one chosen version")
    return provisions.one_version


def _same(first: str, second: str) -> bool:
    return first.strip().casefold() == second.strip().casefold()


@rule(VERSION_RULE, on="request.asked_on", keyed_on=KeyDate.EVENT)
def _version_rule(request: VersionRequest, terms: ShopTerms) -> Decision[bool]:
    """Is ``request`` about the version the user chose for support?"""
    raise NotImplementedError  # the signature: the registry applies a version


_READING = (Interpretation("product_version.supported.same_version"),)


@_version_rule.version(since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_READING)
def _supported(request: VersionRequest, terms: ShopTerms) -> Decision[bool]:
    """Covered when the request concerns the chosen version, as the user names it."""
    clause = (*cited(terms, _clause(terms, request), "one_chosen_version"), TERMS_BIND)
    missing = tuple(f"request.{name}" for name in ("chosen", "concerns")
                    if getattr(request, name) is None)
    outcome: bool | Undetermined
    reasons: tuple[Reason, ...] = ()
    summary = "undetermined"
    if missing:
        outcome = Undetermined(missing)
    else:
        assert request.chosen is not None and request.concerns is not None
        outcome = _same(request.chosen, request.concerns)
        key, summary = ("same", "covered") if outcome else ("other", "not_covered")
        reasons = (Reason(VERSION_RULE, f"{VERSION_RULE}.{key}", clause,
                          {"chosen": request.chosen, "concerns": request.concerns}),)
    return Decision(
        rule=VERSION_RULE,
        outcome=outcome,
        summary=Reason(VERSION_RULE, f"{VERSION_RULE}.{summary}"),
        reasons=reasons,
        law_as_of=request.asked_on,
    )


def supported_version(request: VersionRequest, *, terms: ShopTerms) -> Decision[bool]:
    """Is ``request`` within support given, under the shop's ``terms``, for one version of the
    product the user chose?"""
    return _version_rule(request, terms)


_version_rule.entry = supported_version
