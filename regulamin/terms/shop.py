"""A shop's terms (regulamin) as data: who the parties are, the dated versions and the policy
for changing them, what the terms promise beyond the statute, and the clauses other rules
already read (plans, payment, SLA, support, business-only clauses).

The model composes the fact models the rules take rather than defining them again:
:class:`~regulamin.models.service.ServiceTerms` (plans, SLA, activation, payment),
:class:`~regulamin.models.service.SupportTerms`,
:class:`~regulamin.models.liability.LiabilityClause` and, through :attr:`ShopTerms.history`,
:class:`~regulamin.models.terms_versions.Terms` for the rules
choosing which version governs an order (art. 384 and 384¹ KC).

**Versions carry their content.** What is written at the top of the file is the content of
every version; a version that writes a section (``promises``, ``lowest_price``, ``business``,
``service``, ``support``, ``clauses_of_concern``, ``provisions``) replaces that section from
its effective day on, until a later version replaces it again. Promises are replaced one by
one: a version that
writes only ``promises.withdrawal`` keeps the earlier complaint-reply promise.
:meth:`ShopTerms.edition` gives a version's content with these replacements applied, and where
each part is written.

**Clauses are cited as the terms number them**: ``"§ 10 ust. 1"`` (paragraphs, ustępy and
points) or ``"Postanowienia końcowe pkt 1"`` (named parts with numbered points, as
some terms are); :meth:`ShopTerms.cite` turns them into citations of the shop's terms.

>>> from datetime import date
>>> shop = ShopTerms(
...     name="Regulamin sklepu Przykład",
...     cited_as={"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
...     trader={"name": "Przykład sp. z o.o."},
...     customers=["consumer"],
...     policy="from_effective_day",
...     promises={"withdrawal": {"days": 30, "clause": "§ 8 ust. 1"}},
...     versions=[
...         {"id": "v1", "published_on": date(2026, 1, 1), "effective_from": date(2026, 1, 1)},
...         {"id": "v2", "published_on": date(2026, 5, 4), "effective_from": date(2026, 5, 18),
...          "promises": {"complaint_reply": {"days": 7, "clause": "§ 9 ust. 2"}}},
...     ],
... )
>>> [p.days for p in (shop.edition("v2").promises.withdrawal,
...                   shop.edition("v2").promises.complaint_reply)]
[30, 7]
>>> shop.edition("v1").promises.complaint_reply is None
True
>>> str(shop.cite(shop.edition("v2").promises.complaint_reply.clause))
'§ 9 ust. 2 Regulaminu sklepu Przykład'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from itertools import pairwise
from typing import Any

from pydantic import Field, PositiveInt, StrictBool, field_validator, model_validator

from ..errors import InvalidFacts
from ..law import Citation, Source
from ..models.base import Fact
from ..models.clause_kinds import Provisions
from ..models.clauses import ClauseRef
from ..models.contract import Subject
from ..models.identifiers import Krs, Nip, Regon
from ..models.liability import LiabilityClause
from ..models.parties import Status
from ..models.service import ServiceLevel, ServiceTerms, SupportTerms
from ..models.terms_versions import ChangePolicy, Terms, TermsVersion

__all__ = [
    "SECTIONS",
    "BusinessClauses",
    "CapClause",
    "ChangeClause",
    "CitedAs",
    "ClauseRef",
    "ClausesOfConcern",
    "ConformityCarveOut",
    "ContactPoint",
    "Edition",
    "LiabilityExclusion",
    "LowestPriceClause",
    "Party",
    "PeriodPromise",
    "Promise",
    "Promises",
    "Purpose",
    "Reach",
    "ShopTerms",
    "TermsContent",
    "VersionEntry",
    "WithdrawalPromise",
]

DocPath = tuple[str | int, ...]
"""Where a value is written in the terms file: mapping keys and list indices."""

# --------------------------------------------------------------------------- citing a clause

@dataclass(frozen=True, slots=True)
class PartCitation(Citation):
    """A numbered point of a named part of a shop's terms."""

    def pl(self) -> str:
        return f"pkt {self.point} części „{self.article}” {self.source.short_pl}"

    def en(self) -> str:
        return f"{self.article}, point {self.point}, {self.source.short_en}"


class CitedAs(Fact):
    """How the terms are named after a clause number: ``§ 10 ust. 1 Regulaminu sklepu Przykład``."""

    pl: str = Field(
        min_length=1, max_length=200, description="In Polish, in the genitive (Regulaminu ...)."
    )
    en: str = Field(min_length=1, max_length=200, description="In English.")


# --------------------------------------------------------------------------- parties


class Party(Fact):
    """The trader as the terms identify it."""

    name: str = Field(min_length=1, max_length=300, description="The registered name.")
    seat: str | None = Field(default=None, max_length=300, description="Its seat (siedziba).")
    address: str | None = Field(
        default=None, max_length=300, description="The contact address, if not the seat."
    )
    email: str | None = Field(default=None, max_length=200, description="The e-mail address.")
    phone: str | None = Field(default=None, max_length=50, description="The phone number.")
    website: str | None = Field(default=None, max_length=300, description="The website.")
    nip: Nip | None = Field(
        default=None,
        description="The tax number (NIP), checked by its check digit; 'PL' and dashes allowed.",
    )
    regon: Regon | None = Field(
        default=None, description="The statistical number (REGON), checked by its check digit."
    )
    krs: Krs | None = Field(default=None, description="The court register number (KRS).")
    clause: ClauseRef | None = Field(default=None, description="Where the terms say so.")


class Purpose(StrEnum):
    """What a contact point is for."""

    GENERAL = "general"
    COMPLAINTS = "complaints"
    WITHDRAWAL = "withdrawal"
    SUPPORT = "support"
    DSA = "dsa"
    """The single point of contact for users and authorities (art. 11-12 DSA)."""


class ContactPoint(Fact):
    """Where customers reach the trader for one purpose."""

    purpose: Purpose = Field(description="What the contact point is for.")
    email: str | None = Field(default=None, max_length=200, description="E-mail address.")
    phone: str | None = Field(default=None, max_length=50, description="Phone number.")
    address: str | None = Field(default=None, max_length=300, description="Postal address.")
    url: str | None = Field(default=None, max_length=300, description="A form or ticket system.")
    clause: ClauseRef | None = Field(default=None, description="Where the terms say so.")

    @model_validator(mode="after")
    def _reachable(self) -> ContactPoint:
        if not any((self.email, self.phone, self.address, self.url)):
            raise ValueError("a contact point needs an e-mail, a phone, an address or a URL")
        return self


# --------------------------------------------------------------------------- what the terms say


class Promise(Fact):
    """A period the terms promise, in days, and the clause that promises it."""

    days: PositiveInt = Field(le=3650, description="The promised period in days.")
    clause: ClauseRef = Field(description="The clause of the terms that promises it.")
    covers: frozenset[Status] | None = Field(
        default=None,
        description=(
            "Whom the clause promises it to, when it names them (a reply to every customer's "
            "complaint); ``None``: the customers the statute protects on the point."
        ),
    )


class WithdrawalPromise(Promise):
    """A withdrawal period the terms promise, for the contracts the clause names."""

    subjects: frozenset[Subject] | None = Field(
        default=None,
        min_length=1,
        description=(
            "The contracts the clause promises it for, when it names them (goods, whose period "
            "runs from possession, art. 28 pkt 1 UoPK; others, from conclusion, pkt 2); "
            "``None``: the clause does not say, and the period is promised for every "
            "contract (the linter checks it as for a contract other than for goods)."
        ),
    )


class PeriodPromise(Fact):
    """A liability period the terms promise, in months, for the contracts it concerns."""

    months: PositiveInt = Field(le=1200, description="The promised period in months.")
    clause: ClauseRef = Field(description="The clause of the terms that promises it.")
    subjects: frozenset[Subject] | None = Field(
        default=None,
        description=(
            "The contracts it concerns, when the clause names them (e.g. "
            "digital services supplied once or in parts); ``None``: every contract."
        ),
    )


class Promises(Fact):
    """Periods the terms promise where the statute sets one of its own.

    A promise may be more generous than the statute (30 days to withdraw instead of 14, a
    reply within 7 days instead of 14); a less generous one never shortens the statutory
    right (art. 7 UoPK). ``None``: the terms promise nothing on the point, the statute alone
    applies.
    """

    withdrawal: WithdrawalPromise | None = Field(
        default=None,
        description="Days to withdraw from a distance or off-premises contract (art. 27 UoPK: 14).",
    )
    complaint_reply: Promise | None = Field(
        default=None,
        description="Days to reply to a complaint (art. 7a UoPK: 14 for consumers from 2023).",
    )
    withdrawal_refund: Promise | None = Field(
        default=None,
        description="Days to refund the payments after a withdrawal (art. 32 ust. 1 UoPK: 14).",
    )
    conformity: PeriodPromise | None = Field(
        default=None,
        description=(
            "Months of liability for a non-conformity appearing after delivery (art. 43c ust. "
            "1, 43l ust. 1 UoPK: two years)."
        ),
    )
    reduction_refund: Promise | None = Field(
        default=None,
        description=(
            "Days to refund what a price reduction for non-conformity makes due (art. 43e "
            "ust. 3, 43o UoPK: 14)."
        ),
    )


class LowestPriceClause(Fact):
    """What the terms say about the lowest price shown next to a reduction (art. 4 UoIC)."""

    window_days: PositiveInt = Field(
        le=3650, description="The days before the reduction whose lowest price is shown."
    )
    clause: ClauseRef = Field(description="Where the terms say so.")


class CapClause(Fact):
    """A limitation of the trader's liability, and where the terms state it."""

    limits: LiabilityClause = Field(description="The cap and the exclusion of lost profits.")
    clause: ClauseRef = Field(description="Where the terms state it.")


class ClauseOnly(Fact):
    """A clause whose content the rules know (a warranty exclusion): only where it is."""

    clause: ClauseRef = Field(description="Where the terms state it.")


class DaysClause(Fact):
    """A clause giving a party a period in days."""

    days: PositiveInt = Field(le=3650, description="The period in days.")
    clause: ClauseRef = Field(description="Where the terms state it.")


class BusinessClauses(Fact):
    """Clauses the terms keep for business customers (a business-only section)."""

    applies_to: frozenset[Status] = Field(
        min_length=1,
        description=(
            "Whom the clauses bind as the terms word them. A clause addressed to "
            "'przedsiębiorcy' that does not except the sole traders with consumer rights "
            "reaches them too: list ``pnpk`` then."
        ),
    )
    clause: ClauseRef = Field(description="The clause that says whom they bind.")
    liability_cap: CapClause | None = Field(
        default=None, description="A cap on liability (art. 471 KC), if any."
    )
    warranty_exclusion: ClauseOnly | None = Field(
        default=None, description="An exclusion of the statutory warranty (art. 558 KC), if any."
    )
    seller_withdrawal: DaysClause | None = Field(
        default=None, description="The seller's own right to withdraw (art. 395 KC), if any."
    )
    account_termination: ClauseOnly | None = Field(
        default=None,
        description="The seller's right to end the account at once (art. 365¹ KC), if any.",
    )
    prepayment: ClauseOnly | None = Field(
        default=None,
        description="Restricted payment methods and prepayment (art. 353¹ KC), if any.",
    )
    court_of_seller_seat: ClauseOnly | None = Field(
        default=None,
        description="Disputes to the court of the seller's seat (art. 46 § 1 KPC), if any.",
    )


class ChangeClause(Fact):
    """What the terms say about changing themselves, beyond the policy of :class:`Terms`."""

    clause: ClauseRef = Field(description="The clause on changes.")
    reasons: tuple[str, ...] = Field(
        default=(),
        max_length=50,
        description=(
            "The important reasons for a change the terms name (art. 385³ pkt 10 KC); empty "
            "when the terms name none."
        ),
    )
    binds_existing_orders: StrictBool = Field(
        default=False,
        description=(
            "Do the terms say that a new version also governs orders placed before it took effect?"
        ),
    )
    notice: str | None = Field(
        default=None, max_length=300, description="How customers are told of a change."
    )
    reasons_are_examples: StrictBool = Field(
        default=False,
        description=(
            "Do the terms name their reasons only as examples ('takich jak np.', 'w "
            "szczególności'), so that the trader may change them for reasons they do not name?"
        ),
    )


# --------------------------------------------------------------------------- clauses of concern


class Reach(StrEnum):
    """What an exclusion of liability reaches beyond the circumstances for which the trader is
    not responsible anyway (art. 471 KC): an exclusion reaching none of them restates the law."""

    OWN_FAULT = "own_fault"
    """Circumstances the trader answers for itself: its want of due diligence (art. 472 KC),
    including causes it could avoid at a cost."""
    PERFORMERS = "performers"
    """The persons through whom it performs, as for its own acts (art. 474 KC): subcontractors,
    the cloud infrastructure it runs the service on."""
    CONFORMITY = "conformity"
    """The customer's rights for a lack of conformity, owed whatever the fault (art. 43c-43g,
    43k-43q UoPK)."""
    PERSONAL_INJURY = "personal_injury"
    """Harm to the person (art. 385³ pkt 1 KC)."""


class LiabilityExclusion(Fact):
    """A clause releasing the trader from liability ("nie ponosi odpowiedzialności", "Klientowi
    nie przysługują żadne roszczenia"), with what it reaches as a lawyer reads it. It binds every
    customer the shop contracts with (clauses for traders only belong in ``business``)."""

    clause: ClauseRef = Field(description="Where the terms state it.")
    reaches: tuple[Reach, ...] = Field(
        max_length=len(Reach),
        description=(
            "What it releases the trader from beyond what art. 471 KC already does; empty: only "
            "circumstances the trader is not responsible for (force majeure, the customer alone)."
        ),
    )

    @field_validator("reaches")
    @classmethod
    def _once(cls, value: tuple[Reach, ...]) -> tuple[Reach, ...]:
        if len(set(value)) != len(value):
            raise ValueError("each reach is listed once")
        return value


class ConformityCarveOut(Fact):
    """A clause declaring that features of a digital service which depart from the act's
    conformity requirements (interruptions, failures) are no lack of conformity (art. 43k ust. 5
    UoPK: effective only if the consumer, at the latest at conclusion, was expressly told of the
    specific feature and expressly and separately accepted it)."""

    clause: ClauseRef = Field(description="Where the terms state it.")
    expressly_accepted: StrictBool | None = Field(
        default=None,
        description=(
            "Did the consumer, at the latest at conclusion, expressly and separately accept the "
            "departing feature (not merely the terms as a whole)? ``None``: not known."
        ),
    )


class ClausesOfConcern(Fact):
    """Clauses a lawyer reads against the control of unfair terms (art. 385¹-385³, 385⁵ KC) and
    the act's semi-mandatory rules (art. 7, 43k ust. 5 UoPK): what they do, stated as data."""

    liability_exclusions: tuple[LiabilityExclusion, ...] = Field(
        default=(), max_length=100, description="Exclusions of the trader's liability."
    )
    conformity_carve_outs: tuple[ConformityCarveOut, ...] = Field(
        default=(),
        max_length=100,
        description="Features declared to be no lack of conformity of a digital service.",
    )


class TermsContent(Fact):
    """The sections a version of the terms may write."""

    promises: Promises | None = Field(default=None, description="Periods the terms promise.")
    lowest_price: LowestPriceClause | None = Field(
        default=None, description="The lowest price shown next to a reduction."
    )
    business: BusinessClauses | None = Field(
        default=None, description="Clauses for business customers only."
    )
    service: ServiceTerms | None = Field(
        default=None, description="A hosting provider's plans, SLA, activation and payment."
    )
    support: SupportTerms | None = Field(
        default=None, description="A software producer's technical-support terms."
    )
    service_level: ServiceLevel | None = Field(
        default=None,
        description="What the SLA says for every plan: its hours, scope and exceptions.",
    )
    clauses_of_concern: ClausesOfConcern | None = Field(
        default=None,
        description="Exclusions and carve-outs read against the control of unfair terms.",
    )
    provisions: Provisions | None = Field(
        default=None,
        description=(
            "Clauses no statutory rule reads: availability, order data kept, what a "
            "submission must contain."
        ),
    )


SECTIONS = tuple(TermsContent.model_fields)
"""The sections a version may replace, in the order they are written."""


class VersionEntry(TermsContent, TermsVersion):
    """One dated version of the terms (its dates and their checks are those of
    :class:`~regulamin.models.TermsVersion`), with the sections it replaces from its
    effective day."""

    def dated(self) -> TermsVersion:
        """The version's dates alone, as the rules on versions take them."""
        return TermsVersion(
            id=self.id,
            published_on=self.published_on,
            effective_from=self.effective_from,
            effective_until=self.effective_until,
        )


@dataclass(frozen=True, slots=True)
class Edition:
    """A version's full content: its own sections and those it inherits, and where each part
    is written in the terms file (for messages that point at the line)."""

    version: VersionEntry
    index: int
    """The version's position in :attr:`ShopTerms.versions` as written."""
    until: date | None
    """The last day it is in force: its ``effective_until`` or the day before the next version
    takes effect; ``None`` while no later version is known."""
    promises: Promises
    lowest_price: LowestPriceClause | None
    business: BusinessClauses | None
    service: ServiceTerms | None
    support: SupportTerms | None
    service_level: ServiceLevel | None
    written_at: Mapping[str, DocPath]
    """For each section (and ``promises.<name>``), the path where its value is written."""
    clauses_of_concern: ClausesOfConcern | None = None
    provisions: Provisions | None = None


_NO_PROMISES = Promises()


class ShopTerms(TermsContent):
    """A shop's terms as data."""

    name: str = Field(min_length=1, max_length=200, description="The terms' title.")
    cited_as: CitedAs = Field(description="How a clause citation names the terms.")
    trader: Party = Field(description="The trader offering the terms.")
    contacts: tuple[ContactPoint, ...] = Field(
        default=(), max_length=50, description="Where customers reach the trader, by purpose."
    )
    customers: frozenset[Status] = Field(
        min_length=1,
        description="Whom the shop contracts with: consumers, sole traders (pnpk), traders.",
    )
    continuing: StrictBool = Field(
        default=False,
        description=(
            "Are the shop's contracts of a continuing character (hosting, subscriptions, "
            "accounts: art. 384¹ KC) rather than one-off orders?"
        ),
    )
    policy: ChangePolicy = Field(description="How a new version applies to orders.")
    changes: ChangeClause | None = Field(
        default=None, description="The clause on changing the terms."
    )
    versions: tuple[VersionEntry, ...] = Field(
        min_length=1, max_length=1000, description="Every version, in any order."
    )

    @field_validator("versions")
    @classmethod
    def _distinct(cls, value: tuple[VersionEntry, ...]) -> tuple[VersionEntry, ...]:
        labels = {
            "ids": [v.id for v in value],
            "effective days": [v.effective_from.isoformat() for v in value],
        }
        for label, items in labels.items():
            twice = sorted({item for item in items if items.count(item) > 1})
            if twice:
                raise ValueError(f"versions need distinct {label}; repeated: {', '.join(twice)}")
        ordered = sorted(value, key=lambda v: v.effective_from)
        for earlier, later in pairwise(ordered):
            if earlier.effective_until is not None and earlier.effective_until >= (
                later.effective_from
            ):
                raise ValueError(
                    f"version {earlier.id} is in force until {earlier.effective_until}, after "
                    f"version {later.id} takes effect ({later.effective_from})"
                )
        return value

    @cached_property
    def history(self) -> Terms:
        """The versions and the change policy, as the rules on versions take them."""
        return Terms(
            policy=self.policy,
            versions=tuple(v.dated() for v in self.versions),
            name=self.name,
        )

    @cached_property
    def source(self) -> Source:
        """The terms as a source of citations."""
        cited = self.cited_as
        return Source(cited.pl, cited.en, self.name, cited.en, article_mark="§")

    def cite(self, clause: ClauseRef) -> Citation:
        """The citation of ``clause`` of these terms."""
        if clause.part is not None:
            return PartCitation(self.source, clause.part, None, clause.point)
        assert clause.section is not None  # one kind or the other, by validation
        return Citation(self.source, clause.section, clause.paragraph, clause.point)

    @cached_property
    def editions_by_id(self) -> dict[str, Edition]:
        """Every version's content by the version's id, in the order they took effect."""
        ordered = sorted(enumerate(self.versions), key=lambda item: item[1].effective_from)
        sections: dict[str, Any] = {name: getattr(self, name) for name in SECTIONS}
        written: dict[str, DocPath] = {
            name: (name,) for name in SECTIONS if name in self.model_fields_set
        }
        promises = self.promises or _NO_PROMISES
        written.update(_promise_paths(promises, ("promises",)))
        editions: dict[str, Edition] = {}
        for position, (index, version) in enumerate(ordered):
            for name in version.model_fields_set & set(SECTIONS):
                at: DocPath = ("versions", index, name)
                if name == "promises":
                    own = version.promises or _NO_PROMISES
                    given = {k: getattr(own, k) for k in own.model_fields_set}
                    promises = promises.model_copy(update=given)
                    written.update(_promise_paths(own, at))
                else:
                    sections[name] = getattr(version, name)
                    written[name] = at
            following = ordered[position + 1][1] if position + 1 < len(ordered) else None
            until = version.effective_until
            if until is None and following is not None:
                until = date.fromordinal(following.effective_from.toordinal() - 1)
            editions[version.id] = Edition(
                version=version,
                index=index,
                until=until,
                promises=promises,
                lowest_price=sections["lowest_price"],
                business=sections["business"],
                service=sections["service"],
                support=sections["support"],
                service_level=sections["service_level"],
                written_at=dict(written),
                clauses_of_concern=sections["clauses_of_concern"],
                provisions=sections["provisions"],
            )
        return editions

    def in_force(self, day: date) -> Edition:
        """The content of the version in force on ``day``: the last to take effect by then.

        A day before the first version, or after the last one ended, is
        :class:`~regulamin.errors.InvalidFacts` naming ``terms.versions``."""
        found: Edition | None = None
        for edition in self.editions_by_id.values():
            if edition.version.effective_from <= day:
                found = edition
        if found is None or (found.until is not None and day > found.until):
            first = min(v.effective_from for v in self.versions)
            raise InvalidFacts(
                "terms.versions",
                f"no version of {self.name} is in force on {day.isoformat()} "
                f"(the first takes effect on {first.isoformat()})",
            )
        return found

    def edition(self, version_id: str) -> Edition:
        """The content of the version ``version_id``; ``KeyError`` if there is none."""
        return self.editions_by_id[version_id]

    def editions(self) -> tuple[Edition, ...]:
        """Every version's content, in the order the versions took effect."""
        return tuple(self.editions_by_id.values())


def _promise_paths(promises: Promises, at: DocPath) -> dict[str, DocPath]:
    return {f"promises.{name}": (*at, name) for name in promises.model_fields_set}
