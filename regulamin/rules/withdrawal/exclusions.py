"""Exclusions (art. 38 UoPK): contracts with no right of withdrawal, each point with its own
conditions, in both wordings.

No right for the contracts listed in art. 38 (ust. 1 from 2023), each point with its own
conditions; from 2023 pkt 1, 2, 3 and 5 do not apply to unsolicited visits and trips
(ust. 2). A contract is never presumed excluded: the trader names the point it relies on
(:class:`~regulamin.models.withdrawal.ExclusionClaim`) with its facts. Digital content
(pkt 13: lost once supply begins) and a digital service such as SaaS or hosting (pkt 1: lost
only once fully performed) are told apart by ``Contract.digital``.

The table :data:`POINTS_2014` and :data:`POINTS_2023` holds each point: the kinds of contract
it names, whether it needs a price, and its further conditions in the law's order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ...decision import Reason, Undetermined
from ...law import UOPK, UOPK_IN_FORCE, Citation
from ...law.epochs import DIRECTIVES_2023
from ...messages import Message
from ...models import Channel, Contract, OffPremisesSetting, Subject
from ...models.contract import DigitalKind
from ...models.withdrawal import Exclusion, ExclusionClaim
from ...registry import Interpretation, rule
from .decisions import ExclusionDecision

EXCLUSIONS = "withdrawal.exclusions"
RIGHT = "withdrawal.right"


@dataclass(frozen=True, slots=True)
class Requirement:
    """One condition of a point: a fact of the claim, and how it reads met, unmet, unknown."""

    fact: str
    met: Message
    unmet: Message
    unknown: Message
    wanted: bool = True
    """The value that meets it (``False`` for a condition the law words negatively)."""

    @property
    def path(self) -> str:
        return f"exclusion.{self.fact}"


FULLY_PERFORMED = Requirement(
    "fully_performed",
    Message("withdrawal.exclusions.fully_performed.met"),
    Message("withdrawal.exclusions.fully_performed.unmet"),
    Message("withdrawal.exclusions.fully_performed.unknown"),
)
# The consents are read after the performance (FULLY_PERFORMED) or the start of supply
# (BEGAN, BEGAN_2014) in the list of conditions met, so "to" / "it" is what was just named
# and the list does not say it twice.
PRIOR_CONSENT = Requirement(
    "express_prior_consent",
    Message("withdrawal.exclusions.prior_consent.met"),
    Message("withdrawal.exclusions.prior_consent.unmet"),
    Message("withdrawal.exclusions.prior_consent.unknown"),
)
CONSENT_2014 = Requirement(
    "express_prior_consent",
    Message("withdrawal.exclusions.consent_2014.met"),
    Message("withdrawal.exclusions.consent_2014.unmet"),
    Message("withdrawal.exclusions.consent_2014.unknown"),
)
PRIOR_CONSENT_TO_BEGIN = Requirement(
    "express_prior_consent",
    Message("withdrawal.exclusions.prior_consent_to_begin.met"),
    Message("withdrawal.exclusions.prior_consent_to_begin.unmet"),
    Message("withdrawal.exclusions.prior_consent_to_begin.unknown"),
)
CONSENT_TO_BEGIN_2014 = Requirement(
    "express_prior_consent",
    Message("withdrawal.exclusions.consent_to_begin_2014.met"),
    Message("withdrawal.exclusions.consent_to_begin_2014.unmet"),
    Message("withdrawal.exclusions.consent_to_begin_2014.unknown"),
)
TOLD_OF_LOSS = Requirement(
    "informed_of_loss",
    Message("withdrawal.exclusions.told_of_loss.met"),
    Message("withdrawal.exclusions.told_of_loss.unmet"),
    Message("withdrawal.exclusions.told_of_loss.unknown"),
)
ACKNOWLEDGED = Requirement(
    "acknowledged",
    Message("withdrawal.exclusions.acknowledged.met"),
    Message("withdrawal.exclusions.acknowledged.unmet"),
    Message("withdrawal.exclusions.acknowledged.unknown"),
)
BEGAN = Requirement(
    "performance_began",
    Message("withdrawal.exclusions.began.met"),
    Message("withdrawal.exclusions.began.unmet"),
    Message("withdrawal.exclusions.began.unknown"),
)
BEGAN_2014 = Requirement(
    "performance_began",
    Message("withdrawal.exclusions.began_2014.met"),
    Message("withdrawal.exclusions.began_2014.unmet"),
    Message("withdrawal.exclusions.began_2014.unknown"),
)
CONFIRMED = Requirement(
    "confirmation_sent",
    Message("withdrawal.exclusions.confirmed.met"),
    Message("withdrawal.exclusions.confirmed.unmet"),
    Message("withdrawal.exclusions.confirmed.unknown"),
)
UNSEALED = Requirement(
    "unsealed_after_delivery",
    Message("withdrawal.exclusions.unsealed.met"),
    Message("withdrawal.exclusions.unsealed.unmet"),
    Message("withdrawal.exclusions.unsealed.unknown"),
)
MIXED = Requirement(
    "mixed_after_delivery",
    Message("withdrawal.exclusions.mixed.met"),
    Message("withdrawal.exclusions.mixed.unmet"),
    Message("withdrawal.exclusions.mixed.unknown"),
)
PRICE_AGREED = Requirement(
    "price_agreed_at_conclusion",
    Message("withdrawal.exclusions.price_agreed.met"),
    Message("withdrawal.exclusions.price_agreed.unmet"),
    Message("withdrawal.exclusions.price_agreed.unknown"),
)
AFTER_30_DAYS = Requirement(
    "deliverable_only_after_30_days",
    Message("withdrawal.exclusions.after_30_days.met"),
    Message("withdrawal.exclusions.after_30_days.unmet"),
    Message("withdrawal.exclusions.after_30_days.unknown"),
)
MARKET_VALUE = Requirement(
    "value_follows_market",
    Message("withdrawal.exclusions.market_value.met"),
    Message("withdrawal.exclusions.market_value.unmet"),
    Message("withdrawal.exclusions.market_value.unknown"),
)
URGENT_VISIT = Requirement(
    "visit_requested",
    Message("withdrawal.exclusions.urgent_visit.met"),
    Message("withdrawal.exclusions.urgent_visit.unmet"),
    Message("withdrawal.exclusions.urgent_visit.unknown"),
)
ONLY_REQUESTED = Requirement(
    "only_requested_work",
    Message("withdrawal.exclusions.only_requested.met"),
    Message("withdrawal.exclusions.only_requested.unmet"),
    Message("withdrawal.exclusions.only_requested.unknown"),
)
NOT_SUBSCRIPTION = Requirement(
    "subscription",
    Message("withdrawal.exclusions.not_subscription.met"),
    Message("withdrawal.exclusions.not_subscription.unmet"),
    Message("withdrawal.exclusions.not_subscription.unknown"),
    wanted=False,
)
FIXED_DATE = Requirement(
    "date_or_period_fixed",
    Message("withdrawal.exclusions.fixed_date.met"),
    Message("withdrawal.exclusions.fixed_date.unmet"),
    Message("withdrawal.exclusions.fixed_date.unknown"),
)
REPAIR_VISIT = Requirement(
    "visit_requested",
    Message("withdrawal.exclusions.repair_visit.met"),
    Message("withdrawal.exclusions.repair_visit.unmet"),
    Message("withdrawal.exclusions.repair_visit.unknown"),
)


class Kind(StrEnum):
    """What a contract supplies, as the points of art. 38 ust. 1 name it."""

    GOODS = "goods"
    SERVICE = "service"
    DIGITAL_SERVICE = "digital_service"
    """A digital service (art. 2 pkt 6 UoPK): a service for art. 38 (pkt 1, 8, 12, 14)."""
    DIGITAL_CONTENT = "digital_content"
    """Digital content not on a tangible medium (art. 2 pkt 5 UoPK): pkt 13."""


_KIND_OF: dict[tuple[Subject, DigitalKind | None], Kind | None] = {
    (Subject.GOODS, None): Kind.GOODS,
    (Subject.SERVICE, None): Kind.SERVICE,
    **{
        (subject, digital): kind
        for subject in (Subject.DIGITAL_CONTENT, Subject.DIGITAL_CONTINUOUS)
        for digital, kind in (
            (DigitalKind.SERVICE, Kind.DIGITAL_SERVICE),
            (DigitalKind.CONTENT, Kind.DIGITAL_CONTENT),
            (None, None),
        )
    },
}
"""``None``: a digital contract that does not say whether it is content or a service."""
_DIGITAL_KINDS = (Kind.DIGITAL_SERVICE, Kind.DIGITAL_CONTENT)

ANY = frozenset(Kind)
GOODS = frozenset({Kind.GOODS})
SERVICES = frozenset({Kind.SERVICE, Kind.DIGITAL_SERVICE})
CONTENT = frozenset({Kind.DIGITAL_CONTENT})
_ONLY_FOR = {
    GOODS: Message("withdrawal.exclusions.only.goods"),
    SERVICES: Message("withdrawal.exclusions.only.services"),
    CONTENT: Message("withdrawal.exclusions.only.content"),
}
_THIS_CONTRACT_IS: dict[Kind | None, Message] = {
    Kind.GOODS: Message("withdrawal.exclusions.is.goods"),
    Kind.SERVICE: Message("withdrawal.exclusions.is.service"),
    Kind.DIGITAL_SERVICE: Message("withdrawal.exclusions.is.digital_service"),
    Kind.DIGITAL_CONTENT: Message("withdrawal.exclusions.is.digital_content"),
    None: Message("withdrawal.exclusions.is.digital_unknown"),
}
LABELS = {
    Exclusion.SERVICE_FULLY_PERFORMED: Message("withdrawal.exclusions.label.1"),
    Exclusion.FINANCIAL_MARKET_PRICE: Message("withdrawal.exclusions.label.2"),
    Exclusion.MADE_TO_SPECIFICATION: Message("withdrawal.exclusions.label.3"),
    Exclusion.PERISHABLE: Message("withdrawal.exclusions.label.4"),
    Exclusion.SEALED_HEALTH_OR_HYGIENE: Message("withdrawal.exclusions.label.5"),
    Exclusion.INSEPARABLY_MIXED: Message("withdrawal.exclusions.label.6"),
    Exclusion.ALCOHOL_AT_MARKET_VALUE: Message("withdrawal.exclusions.label.7"),
    Exclusion.URGENT_REPAIR_VISIT: Message("withdrawal.exclusions.label.8"),
    Exclusion.SEALED_RECORDING_OR_SOFTWARE: Message("withdrawal.exclusions.label.9"),
    Exclusion.PERIODICAL: Message("withdrawal.exclusions.label.10"),
    Exclusion.PUBLIC_AUCTION: Message("withdrawal.exclusions.label.11"),
    Exclusion.DATED_LEISURE_SERVICE: Message("withdrawal.exclusions.label.12"),
    Exclusion.DIGITAL_CONTENT_STARTED: Message("withdrawal.exclusions.label.13"),
    Exclusion.REPAIR_VISIT_PERFORMED: Message("withdrawal.exclusions.label.14"),
}
"""What each point names, as the reasons quote it."""
_DIGITAL_LABELS = {
    Exclusion.SERVICE_FULLY_PERFORMED: Message("withdrawal.exclusions.label.1_digital"),
}
"""The label for a digital service, where it differs."""
_NO_PRICE = Message("withdrawal.exclusions.no_price")
_PRICE_OWED = Message("withdrawal.exclusions.price_owed")
_PRICE_ZERO = Message("withdrawal.exclusions.price_zero")
_PRICE_UNKNOWN = Message("withdrawal.exclusions.price_unknown")
_DIGITAL_KIND_UNKNOWN = Message("withdrawal.exclusions.digital_kind_unknown")
_SETTING_UNKNOWN = Message("withdrawal.exclusions.setting_unknown")
_CARVED_OUT = {
    OffPremisesSetting.UNSOLICITED_VISIT: Message("withdrawal.exclusions.carved_out.visit"),
    OffPremisesSetting.ORGANISED_TRIP: Message("withdrawal.exclusions.carved_out.trip"),
}


@dataclass(frozen=True, slots=True)
class Point:
    """One point of art. 38 (ust. 1): the contracts it names and the conditions it sets."""

    exclusion: Exclusion
    kinds: frozenset[Kind]
    requirements: tuple[Requirement, ...] = ()
    needs_price: bool = False

    def outside(self, kind: Kind | None) -> Message | None:
        """Why the point does not fit a contract of ``kind`` (``None``: a digital contract of
        unknown kind, which fails only a point that fits neither digital kind)."""
        only = _ONLY_FOR.get(self.kinds)
        fits_digital = {k in self.kinds for k in _DIGITAL_KINDS}
        if only is None or kind in self.kinds or (kind is None and fits_digital != {False}):
            return None
        contract_is = _THIS_CONTRACT_IS[kind]
        return Message("withdrawal.exclusions.only_for", only=only, contract_is=contract_is)

    def kind_decides(self) -> bool:
        """Does the digital kind decide whether the point fits (one digital kind, not both)?"""
        return len({k in self.kinds for k in _DIGITAL_KINDS}) == 2


x = Exclusion
_COMMON = (
    Point(x.FINANCIAL_MARKET_PRICE, ANY),
    Point(x.MADE_TO_SPECIFICATION, GOODS),
    Point(x.PERISHABLE, GOODS),
    Point(x.SEALED_HEALTH_OR_HYGIENE, GOODS, (UNSEALED,)),
    Point(x.INSEPARABLY_MIXED, GOODS, (MIXED,)),
    Point(x.ALCOHOL_AT_MARKET_VALUE, GOODS, (PRICE_AGREED, AFTER_30_DAYS, MARKET_VALUE)),
    Point(x.URGENT_REPAIR_VISIT, SERVICES, (URGENT_VISIT, ONLY_REQUESTED)),
    Point(x.SEALED_RECORDING_OR_SOFTWARE, GOODS, (UNSEALED,)),
    Point(x.PERIODICAL, ANY, (NOT_SUBSCRIPTION,)),
    Point(x.PUBLIC_AUCTION, ANY),
    Point(x.DATED_LEISURE_SERVICE, SERVICES, (FIXED_DATE,)),
)
POINTS_2014 = (
    Point(x.SERVICE_FULLY_PERFORMED, SERVICES, (FULLY_PERFORMED, CONSENT_2014, TOLD_OF_LOSS)),
    *_COMMON,
    Point(x.DIGITAL_CONTENT_STARTED, CONTENT, (BEGAN_2014, CONSENT_TO_BEGIN_2014, TOLD_OF_LOSS)),
)
"""Art. 38 pkt 1-13 UoPK as worded until 2022."""
POINTS_2023 = (
    Point(
        x.SERVICE_FULLY_PERFORMED,
        SERVICES,
        (FULLY_PERFORMED, PRIOR_CONSENT, TOLD_OF_LOSS, ACKNOWLEDGED),
        needs_price=True,
    ),
    *_COMMON,
    Point(
        x.DIGITAL_CONTENT_STARTED,
        CONTENT,
        (BEGAN, PRIOR_CONSENT_TO_BEGIN, TOLD_OF_LOSS, ACKNOWLEDGED, CONFIRMED),
        needs_price=True,
    ),
    Point(
        x.REPAIR_VISIT_PERFORMED,
        SERVICES,
        (REPAIR_VISIT, FULLY_PERFORMED, PRIOR_CONSENT),
        needs_price=True,
    ),
)
"""Art. 38 ust. 1 pkt 1-14 UoPK from 2023."""
CARVED_OUT_2023 = frozenset({x(1), x(2), x(3), x(5)})
"""Art. 38 ust. 2 UoPK: the points that do not apply to unsolicited visits and trips."""
del x


@dataclass(frozen=True, slots=True)
class _Wording:
    """Art. 38 as worded in one version."""

    points: dict[Exclusion, Point]
    cite: dict[Exclusion, Citation]
    catalogue: Citation
    carved_out: frozenset[Exclusion] = frozenset()
    carve_out: Citation | None = None


_WORDING_2014 = _Wording(
    {p.exclusion: p for p in POINTS_2014},
    {p.exclusion: UOPK.art("38", None, str(p.exclusion.value)) for p in POINTS_2014},
    UOPK.art("38"),
)
_WORDING_2023 = _Wording(
    {p.exclusion: p for p in POINTS_2023},
    {p.exclusion: UOPK.art("38", "1", str(p.exclusion.value)) for p in POINTS_2023},
    UOPK.art("38", "1"),
    CARVED_OUT_2023,
    UOPK.art("38", "2"),
)


def excluded_summary(citation: Citation) -> Reason:
    """The withdrawal decision's summary when ``citation`` takes the right away."""
    return Reason(RIGHT, "withdrawal.right.excluded", (), {"citation": citation})


@dataclass(slots=True)
class _Assessment:
    """A claimed point weighed: the conditions met, the first failed, the unknown ones."""

    basis: tuple[Citation, ...]
    met: list[Message]
    unknown: list[Message]
    missing: list[str]
    failed: Message | None = None


def _conditions(
    point: Point, claim: ExclusionClaim, contract: Contract, found: _Assessment
) -> None:
    """The kind of contract first, as each point names it first; then the price; then the
    point's conditions in the law's order, up to the first that fails."""
    kind = _KIND_OF[contract.subject, contract.digital]
    found.failed = point.outside(kind)
    if found.failed is not None:
        return
    if kind is None and point.kind_decides():
        # a digital contract of unknown kind is open for a point that fits one digital kind
        found.unknown.append(_DIGITAL_KIND_UNKNOWN)
        found.missing.append("contract.digital")
    if point.needs_price:
        _price(contract, found)
        if found.failed is not None:
            return
    for requirement in point.requirements:
        value = getattr(claim, requirement.fact)
        if value is None:
            found.unknown.append(requirement.unknown)
            found.missing.append(requirement.path)
        elif value is requirement.wanted:
            found.met.append(requirement.met)
        else:
            found.failed = requirement.unmet
            return


def _price(contract: Contract, found: _Assessment) -> None:
    """ "Za które konsument jest zobowiązany do zapłaty ceny" (art. 38 ust. 1 pkt 1, 13, 14 of
    the 2023 wording): paying only with personal data, or a price of 0 zł, owes no price and
    fails the point; an unknown price is not a yes, it leaves the point open naming
    ``contract.price``."""
    if contract.paid_with_personal_data_only:
        found.failed = _NO_PRICE
    elif contract.price is None:
        found.unknown.append(_PRICE_UNKNOWN)
        found.missing.append("contract.price")
    elif contract.price == 0:
        found.failed = _PRICE_ZERO
    else:
        found.met.append(_PRICE_OWED)


def _carve_out(point: Point, contract: Contract, law: _Wording, found: _Assessment) -> None:
    """Art. 38 ust. 2 (from 2023): some points do not apply to unsolicited visits and trips."""
    if (
        found.failed is not None
        or law.carve_out is None
        or point.exclusion not in law.carved_out
        or contract.channel is not Channel.OFF_PREMISES
    ):
        return
    setting = contract.off_premises_setting
    if setting is None:
        found.unknown.append(_SETTING_UNKNOWN)
        found.missing.append("contract.off_premises_setting")
        found.basis = (*found.basis, law.carve_out)
    elif setting in _CARVED_OUT:
        found.failed = _CARVED_OUT[setting]
        found.basis = (*found.basis, law.carve_out)


def _decided(
    contract: Contract,
    outcome: bool | Undetermined,
    reason: Reason,
    *,
    summary: Reason | None = None,
    point: Exclusion | None = None,
    notes: tuple[Reason, ...] = (),
) -> ExclusionDecision:
    return ExclusionDecision(
        rule=EXCLUSIONS,
        outcome=outcome,
        summary=summary or reason,
        reasons=(reason, *notes),
        law_as_of=contract.concluded_on,
        point=point,
    )


def _unclaimed(claim: ExclusionClaim | None, contract: Contract, law: _Wording) -> Reason | None:
    """No point relied on, or one the version does not have yet: the right stays."""
    if claim is None:
        last = {"last": len(law.points)}
        return Reason(EXCLUSIONS, "withdrawal.exclusions.none_claimed", (law.catalogue,), last)
    if claim.point in law.points:
        return None
    since = {"day": DIRECTIVES_2023.starts}
    basis = (UOPK.art("38", "1", str(claim.point.value)),)
    return Reason(EXCLUSIONS, "withdrawal.exclusions.not_yet", basis, since)


def _ignored(point: Point, claim: ExclusionClaim, law: _Wording) -> tuple[Reason, ...]:
    """Facts of the claim that this wording of the point does not ask (``acknowledged`` and
    ``confirmation_sent`` for pkt 1 and 13 before 2023): said, not silently dropped."""
    asked = {requirement.fact for requirement in point.requirements}
    return tuple(
        Reason(
            EXCLUSIONS,
            f"withdrawal.exclusions.ignored.{fact}",
            (law.cite[point.exclusion],),
            {"day": DIRECTIVES_2023.starts},
        )
        for fact in ("acknowledged", "confirmation_sent")
        if fact not in asked and getattr(claim, fact) is not None
    )


def _assess_claimed_point(
    claim: ExclusionClaim | None, contract: Contract, law: _Wording
) -> ExclusionDecision:
    """The point claimed, its conditions in the law's order, then art. 38 ust. 2."""
    unclaimed = _unclaimed(claim, contract, law)
    if unclaimed is not None:
        return _decided(contract, False, unclaimed)
    assert claim is not None  # no claim is always unclaimed
    point = law.points[claim.point]
    found = _Assessment((law.cite[point.exclusion],), [], [], [])
    _conditions(point, claim, contract, found)
    _carve_out(point, contract, law, found)
    label = LABELS[point.exclusion]
    notes = _ignored(point, claim, law)
    if found.failed is not None:
        why = {"why": found.failed}
        fails = Reason(EXCLUSIONS, "withdrawal.exclusions.does_not_apply", found.basis, why)
        return _decided(contract, False, fails, point=point.exclusion, notes=notes)
    if found.unknown:
        asked = {"label": label, "questions": tuple(found.unknown)}
        open_ = Reason(EXCLUSIONS, "withdrawal.exclusions.cannot_assess", found.basis, asked)
        missing = Undetermined(tuple(found.missing))
        return _decided(contract, missing, open_, point=point.exclusion, notes=notes)
    if _KIND_OF[contract.subject, contract.digital] is Kind.DIGITAL_SERVICE:
        label = _DIGITAL_LABELS.get(point.exclusion, label)
    met = {"label": label, "conditions": tuple(found.met)}
    message = "withdrawal.exclusions.excluded_if" if found.met else "withdrawal.exclusions.excluded"
    excluded = Reason(EXCLUSIONS, message, found.basis, met)
    summary = excluded_summary(law.cite[point.exclusion])
    return _decided(contract, True, excluded, summary=summary, point=point.exclusion, notes=notes)


@rule(EXCLUSIONS, on="contract.concluded_on")
def exclusions(claim: ExclusionClaim | None, contract: Contract) -> ExclusionDecision:
    """Does the point of art. 38 the trader relies on, with its facts, exclude the right?"""
    raise NotImplementedError  # the signature: the registry applies a version


@exclusions.version(
    since=UOPK_IN_FORCE,
    until=DIRECTIVES_2023,
    basis=tuple(_WORDING_2014.cite.values()),
    interpretations=(
        Interpretation("withdrawal.exclusions.pre_2023_wording"),
        Interpretation("withdrawal.exclusions.unknown_prerequisite"),
        Interpretation("withdrawal.exclusions.digital_content_or_service"),
    ),
)
def _exclusions_2014(claim: ExclusionClaim | None, contract: Contract) -> ExclusionDecision:
    """Art. 38 pkt 1-13 UoPK as in force until 2022: pkt 1 needs full performance of a
    service with the consumer's express consent after being told of the loss; pkt 13 needs
    supply of digital content (not on a tangible medium) begun with express consent after
    being told. No pkt 14, no carve-out for visits and excursions.

    Interpretation: this wording is taken from secondary sources quoting the act, not checked
    against the official text, and the consent in pkt 1 and 13 must precede performance; an
    unknown prerequisite of a claimed point leaves the answer undetermined; a digital service
    (SaaS, hosting), which the act did not define before 2023, is a service (pkt 1), not
    digital content (pkt 13), and an unknown digital kind leaves pkt 1 and 13 undetermined."""
    return _assess_claimed_point(claim, contract, _WORDING_2014)


@exclusions.version(
    since=DIRECTIVES_2023,
    basis=(*_WORDING_2023.cite.values(), UOPK.art("38", "2")),
    interpretations=(Interpretation("withdrawal.exclusions.wording_2023"),),
)
def _exclusions_2023(claim: ExclusionClaim | None, contract: Contract) -> ExclusionDecision:
    """Art. 38 ust. 1 pkt 1-14 UoPK from 2023: pkt 1 and 13 also need the consumer's
    acknowledgment and a price (pkt 13 also the confirmation on a durable medium); pkt 14
    (a repair visit fully performed with express prior consent) is new; ust. 2 sets aside
    pkt 1, 2, 3 and 5 for unsolicited visits and excursions. Pkt 1, 8, 12 and 14 concern
    services, digital services (art. 2 pkt 6) included; pkt 13 only digital content (art. 2
    pkt 5). Pkt 1, 13 and 14 name contracts "za które konsument jest zobowiązany do zapłaty
    ceny": ``Contract.price`` above 0 zł meets it, 0 zł or payment with personal data only
    fails it, and an unknown price leaves the point undetermined (``contract.price``).

    Interpretation: pkt 1-6 follow the consolidated text Dz.U. 2023 poz. 2759 as quoted by a
    secondary source; pkt 7-14 and ust. 2 follow summaries of the act and quotations of it
    in shop terms. They were not checked against the consolidated text Dz.U. 2026 poz. 1244.
    Digital services and content, unknown prerequisites: as in the previous version."""
    return _assess_claimed_point(claim, contract, _WORDING_2023)
