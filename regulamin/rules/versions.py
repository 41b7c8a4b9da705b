"""Which version of a shop's terms governs a contract.

**Art. 384 § 1 KC.** Standard terms (wzorzec umowy) bind the other party if they were
delivered before the contract was concluded. A one-off contract is therefore governed by the
version in force when the order was placed; a version that takes effect later never binds it.

**Art. 384¹ KC.** Terms issued while a relationship of a continuing character lasts (an
account, a subscription, hosting) bind the other party if they were delivered to it and it did
not terminate the contract at the nearest termination date. Delivery means actual delivery:
publishing on the website is not enough.

**Art. 384 § 4 KC.** Terms in electronic form bind if made available before conclusion so
that the other party can store and reproduce them. A version published by the day a continuing
contract is concluded but taking effect after it was not issued "w czasie trwania stosunku"
(art. 384¹ KC): made available before conclusion (§ 1, or § 4 for electronic terms), it is part
of the terms accepted then and binds from its effective day, with no right to terminate over
it; not made available, it binds only as a change delivered during the contract. Which it was
is a fact (:attr:`~regulamin.models.terms_versions.ContinuingContract.announced`); unknown, the
answer is undetermined. A version published on the day of conclusion is asked about as well,
since days cannot tell which came first (interpretation).

The wording relied on: art. 384 § 1, § 2, § 4 and art. 384¹ KC as quoted in K. Pietrzykowski
(ed.), Kodeks cywilny. Komentarz, C.H.Beck 2008, and art. 384¹ in a copy of the current text;
the consolidated text (Dz.U. 2024 poz. 1061) itself was not found among the stored copies.

The terms also declare a policy of their own (:class:`ChangePolicy`), and policies differ:

* "a change applies only to orders placed after the day it takes effect, and never to orders
  placed before it": an order placed **on** the effective day therefore keeps the previous
  version (interpretation: the first half, "only ... after the day", decides the day itself,
  which the second half leaves open). The same policy keeps every existing order, a
  continuing one too, on its version.
* "a new version takes effect on the day it is published" (registered users told by e-mail):
  for a continuing contract, art. 384¹ KC then decides.

A version set that cannot be true is an error (:class:`~regulamin.errors.InvalidFacts`,
naming the field): a version taking effect before it is published, two versions with one id
or one effective day, a version still in force when the next one takes effect. An order placed
when no given version was in force is undetermined: the library does not guess the terms.

>>> from datetime import date
>>> terms = Terms(policy="orders_after_effective_day", versions=[
...     TermsVersion(id="2016", published_on=date(2016, 1, 4), effective_from=date(2016, 1, 4)),
...     TermsVersion(id="2017", published_on=date(2017, 3, 31), effective_from=date(2017, 3, 31)),
... ])
>>> terms_for_order(terms, date(2017, 3, 31)).outcome      # on the effective day: the old one
'2016'
>>> terms_for_order(terms, date(2017, 4, 1)).outcome
'2017'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from ..calendars import period_end
from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import KC, UOPK_IN_FORCE
from ..messages import Message
from ..models.terms_versions import (
    AnnouncedVersion,
    ChangeNotice,
    ChangePolicy,
    ContinuingContract,
    NoticeTerms,
    Terms,
    TermsVersion,
)
from ..reasons import not_before, undetermined
from ..registry import Interpretation, KeyDate, rule

__all__ = [
    "TermsDecision",
    "TermsHistory",
    "check_versions",
    "nearest_termination_date",
    "terms_for_continuing_contract",
    "terms_for_order",
]

ONE_OFF_RULE = "versions.one_off"
CONTINUING_RULE = "versions.continuing"
_ONE_DAY = timedelta(days=1)
_BEFORE_CONCLUSION = KC.art("384", "1")
_CONTINUING = KC.art("384¹")
_ELECTRONIC = KC.art("384", "4")
_INCORPORATION = (_BEFORE_CONCLUSION, _ELECTRONIC)


@dataclass(frozen=True, slots=True, kw_only=True)
class TermsDecision(Decision[str]):
    """Which version of the terms governs; the outcome is the version's id.

    ``effective_from`` is that version's effective day; for a continuing contract,
    ``binds_from`` is the day from which it binds the customer, and ``contract_ends_on`` the day
    the contract ends when the customer terminated it over a change.
    """

    policy: ChangePolicy
    effective_from: date | None = None
    binds_from: date | None = None
    contract_ends_on: date | None = None


# --------------------------------------------------------------------------- the version set


@dataclass(frozen=True, slots=True)
class TermsHistory:
    """A checked version set in the order the versions took effect, for fast lookups."""

    versions: tuple[TermsVersion, ...]
    starts: tuple[date, ...]

    def in_force_on(self, day: date) -> TermsVersion | None:
        """The version in force on ``day``: the last to take effect by then, unless it had
        already ended; ``None`` before the first version or in a gap."""
        position = bisect_right(self.starts, day) - 1
        if position < 0:
            return None
        version = self.versions[position]
        if version.effective_until is not None and day > version.effective_until:
            return None
        return version

    def after(self, version: TermsVersion) -> tuple[TermsVersion, ...]:
        """The versions that took effect after ``version``, oldest first."""
        return self.versions[bisect_right(self.starts, version.effective_from) :]

    def by_id(self, version_id: str) -> TermsVersion | None:
        return next((v for v in self.versions if v.id == version_id), None)


def check_versions(terms: Terms) -> TermsHistory:
    """The version set in effective order, or :class:`InvalidFacts` naming what cannot be true.

    The models already refuse a version taking effect before publication; the check is
    repeated here because a model built without validation (``model_construct``) skips it.
    """
    seen_ids: dict[str, int] = {}
    for index, version in enumerate(terms.versions):
        field = f"terms.versions[{index}]"
        if version.id in seen_ids:
            raise InvalidFacts(
                f"{field}.id", f"{version.id!r} is also the id of versions[{seen_ids[version.id]}]"
            )
        seen_ids[version.id] = index
        if version.effective_from < version.published_on:
            raise InvalidFacts(
                f"{field}.effective_from",
                f"takes effect ({version.effective_from}) before it is published "
                f"({version.published_on})",
            )
        if version.effective_until is not None and version.effective_until < version.effective_from:
            raise InvalidFacts(
                f"{field}.effective_until",
                f"ends ({version.effective_until}) before it takes effect "
                f"({version.effective_from})",
            )
        if (
            terms.policy is ChangePolicy.EFFECTIVE_ON_PUBLICATION
            and version.effective_from != version.published_on
        ):
            raise InvalidFacts(
                f"{field}.effective_from",
                f"the terms take effect on the day of publication ({version.published_on}), "
                f"not on {version.effective_from}",
            )
    order = sorted(range(len(terms.versions)), key=lambda i: terms.versions[i].effective_from)
    for before, after in pairwise(order):
        earlier, later = terms.versions[before], terms.versions[after]
        if earlier.effective_from == later.effective_from:
            raise InvalidFacts(
                f"terms.versions[{after}].effective_from",
                f"versions[{before}] takes effect on the same day ({later.effective_from})",
            )
        if earlier.effective_until is not None and earlier.effective_until >= later.effective_from:
            raise InvalidFacts(
                f"terms.versions[{before}].effective_until",
                f"still in force ({earlier.effective_until}) when versions[{after}] takes "
                f"effect ({later.effective_from})",
            )
    versions = tuple(terms.versions[i] for i in order)
    return TermsHistory(versions, tuple(v.effective_from for v in versions))


# --------------------------------------------------------------------------- one-off orders

_POLICIES = {
    ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY: Message("versions.policy.orders_after_effective_day"),
    ChangePolicy.EFFECTIVE_ON_PUBLICATION: Message("versions.policy.effective_on_publication"),
    ChangePolicy.FROM_EFFECTIVE_DAY: Message("versions.policy.from_effective_day"),
}
"""What each change policy makes of an order: the day whose version governs it."""


def _decisive_day(policy: ChangePolicy, placed_on: date) -> date:
    """The day whose version governs an order placed on ``placed_on``."""
    if policy is ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY:
        return placed_on - _ONE_DAY
    return placed_on


def _version_at_order(
    rule_id: str, history: TermsHistory, policy: ChangePolicy, placed_on: date
) -> tuple[TermsVersion | None, list[Reason]]:
    day = _decisive_day(policy, placed_on)
    reasons = [Reason(rule_id, _POLICIES[policy].id, (), {"day": day})]
    version = history.in_force_on(day)
    if version is None:
        reasons.append(Reason(rule_id, "versions.none_in_force", (), {"day": day}))
    return version, reasons


_UNDETERMINED = {
    ONE_OFF_RULE: Message("versions.one_off.undetermined"),
    CONTINUING_RULE: Message("versions.continuing.undetermined"),
}


def _undetermined(
    rule_id: str, policy: ChangePolicy, day: date, reasons: list[Reason], missing: str
) -> TermsDecision:
    return TermsDecision(
        rule=rule_id,
        outcome=Undetermined((missing,)),
        summary=undetermined(rule_id, _UNDETERMINED[rule_id].id, (missing,), day=day),
        reasons=tuple(reasons),
        law_as_of=day,
        policy=policy,
    )


def _one_off_decision(
    history: TermsHistory,
    version: TermsVersion,
    terms: Terms,
    placed_on: date,
    reasons: list[Reason],
) -> TermsDecision:
    """Art. 384 § 1 KC: ``version`` binds the order; the next version, if any, does not."""
    reasons.append(
        Reason(
            ONE_OFF_RULE,
            "versions.one_off.bound_at_conclusion",
            (_BEFORE_CONCLUSION,),
            {"id": version.id, "since": version.effective_from},
        )
    )
    later = history.after(version)
    not_applied = tuple(
        Reason(
            ONE_OFF_RULE,
            "versions.one_off.later_version",
            (_BEFORE_CONCLUSION,),
            {"id": next_one.id, "since": next_one.effective_from},
        )
        for next_one in later[:1]
    )
    summary = Reason(
        ONE_OFF_RULE, "versions.one_off.governs", (), {"placed": placed_on, "id": version.id}
    )
    return TermsDecision(
        rule=ONE_OFF_RULE,
        outcome=version.id,
        summary=summary,
        reasons=tuple(reasons),
        not_applied=not_applied,
        law_as_of=placed_on,
        policy=terms.policy,
        effective_from=version.effective_from,
        binds_from=placed_on,
    )


@rule(ONE_OFF_RULE, on="placed_on", keyed_on=KeyDate.ORDER_PLACED)
def one_off_version(terms: Terms, placed_on: date) -> TermsDecision:
    """The version of ``terms`` governing a one-off contract ordered on ``placed_on``."""
    raise NotImplementedError  # the signature: the registry applies a version


@one_off_version.version(
    since=UOPK_IN_FORCE,
    basis=(_BEFORE_CONCLUSION,),
    interpretations=(
        Interpretation("versions.one_off.order_on_effective_day"),
        Interpretation("versions.one_off.order_on_publication_day"),
    ),
)
def _one_off(terms: Terms, placed_on: date) -> TermsDecision:
    """Art. 384 § 1 KC: the version delivered before conclusion; a later one never binds."""
    history = check_versions(terms)
    version, reasons = _version_at_order(ONE_OFF_RULE, history, terms.policy, placed_on)
    if version is None:
        return _undetermined(ONE_OFF_RULE, terms.policy, placed_on, reasons, "terms.versions")
    return _one_off_decision(history, version, terms, placed_on, reasons)


def terms_for_order(terms: Terms, placed_on: date) -> TermsDecision:
    """The version of ``terms`` governing a one-off contract ordered on ``placed_on``."""
    return one_off_version(terms, placed_on)


one_off_version.entry = terms_for_order


# --------------------------------------------------------------------------- continuing contracts


def nearest_termination_date(notified_on: date, notice: NoticeTerms) -> date:
    """The day the contract ends if the customer gives notice on ``notified_on``: the notice
    period counted by art. 111-112 KC, then to the month's end if the contract says so.

    It is the day a contract *ends*, not a deadline for an act, so it never rolls forward.

    >>> nearest_termination_date(date(2026, 3, 10), NoticeTerms(months=1, at_month_end=True))
    datetime.date(2026, 4, 30)
    """
    end = period_end(notified_on, days=notice.days, months=notice.months)
    if notice.at_month_end:
        first_of_next_month = period_end(end.replace(day=1), months=1)
        end = first_of_next_month - _ONE_DAY
    return end


def _check_notices(
    history: TermsHistory, contract: ContinuingContract
) -> dict[str, tuple[int, ChangeNotice]]:
    notices: dict[str, tuple[int, ChangeNotice]] = {}
    for index, notice in enumerate(contract.changes):
        field = f"contract.changes[{index}]"
        if history.by_id(notice.version_id) is None:
            raise InvalidFacts(f"{field}.version_id", f"no version {notice.version_id!r} is given")
        if notice.version_id in notices:
            raise InvalidFacts(
                f"{field}.version_id",
                f"version {notice.version_id!r} was already notified in "
                f"changes[{notices[notice.version_id][0]}]",
            )
        not_before(
            f"{field}.notified_on",
            notice.notified_on,
            contract.concluded_on,
            "the contract (a version known at conclusion is not a change)",
        )
        notices[notice.version_id] = (index, notice)
    return notices


@dataclass(slots=True)
class _Continuing:
    """The answer being built while the changes are read in order."""

    policy: ChangePolicy
    on: date
    reasons: list[Reason]
    version: TermsVersion
    binds_from: date
    ends_on: date | None = None

    def say(self, message: str, **params: object) -> None:
        """Add a reason of art. 384¹ KC."""
        self.reasons.append(Reason(CONTINUING_RULE, message, (_CONTINUING,), params))

    def decided(self) -> TermsDecision:
        summary = Reason(
            CONTINUING_RULE,
            "versions.continuing.governs",
            (),
            {"on": self.on, "id": self.version.id},
        )
        return TermsDecision(
            rule=CONTINUING_RULE,
            outcome=self.version.id,
            summary=summary,
            reasons=tuple(self.reasons),
            law_as_of=self.on,
            policy=self.policy,
            effective_from=self.version.effective_from,
            binds_from=self.binds_from,
            contract_ends_on=self.ends_on,
        )

    def undetermined(self, missing: str) -> TermsDecision:
        return _undetermined(CONTINUING_RULE, self.policy, self.on, self.reasons, missing)


def _terminated(
    result: _Continuing, version: TermsVersion, notice: ChangeNotice, contract: ContinuingContract
) -> TermsDecision:
    """Art. 384¹ KC: the customer terminated over ``version``, which therefore never binds;
    the current version governs until the contract ends."""
    if contract.notice is None:
        result.say("versions.continuing.notice_unknown", id=version.id)
        return result.undetermined("contract.notice")
    ends_on = nearest_termination_date(notice.notified_on, contract.notice)
    if result.on > ends_on:
        raise InvalidFacts(
            "on",
            f"{result.on} is after the contract ended ({ends_on}): the customer terminated it "
            f"over version {version.id!r}",
        )
    result.say(
        "versions.continuing.terminated", id=version.id, ends=ends_on, current=result.version.id
    )
    result.ends_on = ends_on
    return result.decided()


def _check_announced(
    history: TermsHistory,
    contract: ContinuingContract,
    notices: dict[str, tuple[int, ChangeNotice]],
) -> dict[str, tuple[int, AnnouncedVersion]]:
    announced: dict[str, tuple[int, AnnouncedVersion]] = {}
    for index, fact in enumerate(contract.announced):
        field = f"contract.announced[{index}].version_id"
        version = history.by_id(fact.version_id)
        if version is None:
            raise InvalidFacts(field, f"no version {fact.version_id!r} is given")
        if fact.version_id in announced:
            raise InvalidFacts(field, f"version {fact.version_id!r} is already in announced")
        if version.published_on > contract.concluded_on:
            raise InvalidFacts(
                field,
                f"version {version.id!r} was published ({version.published_on}) after the "
                f"contract was concluded ({contract.concluded_on})",
            )
        if fact.provided and fact.version_id in notices:
            raise InvalidFacts(
                f"contract.changes[{notices[fact.version_id][0]}].version_id",
                f"version {fact.version_id!r} was made available before conclusion "
                f"(announced[{index}]), so it is not a change during the contract",
            )
        announced[fact.version_id] = (index, fact)
    return announced


def _known_at_conclusion(
    result: _Continuing,
    version: TermsVersion,
    announced: dict[str, tuple[int, AnnouncedVersion]],
    concluded: date,
) -> TermsDecision | bool:
    """A version published by the day of conclusion (art. 384 § 1 and § 4 KC): ``True`` when
    it was made available before conclusion and so binds from its effective day, ``False``
    when it can bind only as a change (art. 384¹ KC), a decision when that is unknown."""
    params = {
        "id": version.id,
        "published": version.published_on,
        "concluded": concluded,
        "since": version.effective_from,
    }
    found = announced.get(version.id)
    if found is None or found[1].provided is None:
        message = "versions.continuing.announced_unknown"
        result.reasons.append(Reason(CONTINUING_RULE, message, _INCORPORATION, params))
        if found is None:
            return result.undetermined("contract.announced")
        return result.undetermined(f"contract.announced[{found[0]}].provided")
    if not found[1].provided:
        result.say("versions.continuing.announced_not_provided", **params)
        return False
    message = "versions.continuing.announced_binds"
    result.reasons.append(Reason(CONTINUING_RULE, message, _INCORPORATION, params))
    result.version, result.binds_from = version, version.effective_from
    return True


def _change(
    result: _Continuing,
    version: TermsVersion,
    notices: dict[str, tuple[int, ChangeNotice]],
    contract: ContinuingContract,
    announced: dict[str, tuple[int, AnnouncedVersion]],
) -> TermsDecision | None:
    """Art. 384¹ KC for one version in force by ``result.on``: it binds once delivered unless
    the customer terminated over it. A decision where the answer stops there, else ``None``.

    A version published by the day of conclusion was not issued "w czasie trwania stosunku":
    made available before conclusion, it binds under art. 384 § 1 / § 4 KC instead."""
    if version.published_on <= contract.concluded_on:
        known = _known_at_conclusion(result, version, announced, contract.concluded_on)
        if isinstance(known, TermsDecision):
            return known
        if known:
            return None
    found = notices.get(version.id)
    if found is None or found[1].notified_on > result.on:
        result.say(
            "versions.continuing.not_delivered",
            id=version.id,
            since=version.effective_from,
            on=result.on,
        )
        return None
    index, notice = found
    if notice.terminated is None:
        notified = notice.notified_on
        result.say("versions.continuing.termination_unknown", id=version.id, notified=notified)
        return result.undetermined(f"contract.changes[{index}].terminated")
    if notice.terminated:
        return _terminated(result, version, notice, contract)
    binds_from = max(version.effective_from, notice.notified_on)
    result.say(
        "versions.continuing.binds", id=version.id, notified=notice.notified_on, binds=binds_from
    )
    result.version, result.binds_from = version, binds_from
    return None


def _read_changes(
    result: _Continuing,
    history: TermsHistory,
    notices: dict[str, tuple[int, ChangeNotice]],
    contract: ContinuingContract,
    announced: dict[str, tuple[int, AnnouncedVersion]],
) -> TermsDecision:
    """Every version that took effect after the current one, by ``result.on``, in order."""
    for version in history.after(result.version):
        if version.effective_from > result.on:
            break
        stopped = _change(result, version, notices, contract, announced)
        if stopped is not None:
            return stopped
    return result.decided()


@rule(CONTINUING_RULE, on="contract.concluded_on")
def continuing_version(terms: Terms, contract: ContinuingContract, on: date) -> TermsDecision:
    """The version of ``terms`` governing the continuing ``contract`` on the day ``on``."""
    raise NotImplementedError  # the signature: the registry applies a version


@continuing_version.version(
    since=UOPK_IN_FORCE,
    basis=(_BEFORE_CONCLUSION, _ELECTRONIC, _CONTINUING),
    interpretations=(
        Interpretation("versions.continuing.nearest_termination"),
        Interpretation("versions.continuing.announced_before_conclusion"),
    ),
)
def _continuing(terms: Terms, contract: ContinuingContract, on: date) -> TermsDecision:
    """Art. 384 § 1 KC at conclusion, then art. 384¹ KC for every change delivered since; a
    version published by conclusion and taking effect later binds under art. 384 § 1 / § 4 KC
    if it was made available before conclusion."""
    history = check_versions(terms)
    notices = _check_notices(history, contract)
    announced = _check_announced(history, contract, notices)
    not_before("on", on, contract.concluded_on, "the contract")
    concluded = contract.concluded_on
    current, reasons = _version_at_order(CONTINUING_RULE, history, terms.policy, concluded)
    if current is None:
        return _undetermined(CONTINUING_RULE, terms.policy, on, reasons, "terms.versions")
    params = {"concluded": concluded, "id": current.id}
    reasons.append(
        Reason(CONTINUING_RULE, "versions.continuing.at_conclusion", (_BEFORE_CONCLUSION,), params)
    )
    result = _Continuing(terms.policy, on, reasons, current, concluded)
    if terms.policy is ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY:
        reasons.append(Reason(CONTINUING_RULE, "versions.continuing.orders_keep_their_version"))
        return result.decided()
    return _read_changes(result, history, notices, contract, announced)


def terms_for_continuing_contract(
    terms: Terms, contract: ContinuingContract, on: date
) -> TermsDecision:
    """The version of ``terms`` governing the continuing ``contract`` on the day ``on``."""
    return continuing_version(terms, contract, on)


continuing_version.entry = terms_for_continuing_contract
