"""Which version of a shop's terms governs a contract.

**Art. 384 § 1 KC.** Standard terms (wzorzec umowy) bind the other party if they were
delivered before the contract was concluded. A one-off contract is therefore governed by the
version in force when the order was placed; a version that takes effect later never binds it.

**Art. 384¹ KC.** Terms issued while a relationship of a continuing character lasts (an
account, a subscription, hosting) bind the other party if they were delivered to it and it did
not terminate the contract at the nearest termination date. Delivery means actual delivery:
publishing on the website is not enough.

The terms also declare a policy of their own (:class:`ChangePolicy`), and both seeds differ:

* CodeTwo (*Postanowienia końcowe 1*): a change applies only to orders placed *after the
  day* it took effect, and never to orders placed before it. An order placed **on** the
  effective day therefore keeps the previous version (interpretation: the first sentence's
  "wyłącznie ... po dniu" decides the day itself, which the second sentence leaves open). The
  same policy keeps every existing order, a continuing one too, on its version.
* Woohoo Cloud (§ 16 ust. 2): the new terms take effect on the day of publication, and
  registered users are told by e-mail; for a continuing contract, art. 384¹ KC then decides.

A version set that cannot be true is an error (:class:`~regulamin.errors.InvalidFacts`,
naming the field): a version taking effect before it is published, two versions with one id
or one effective day, a version still in force when the next one takes effect. An order placed
when no given version was in force is undetermined: the library does not guess the terms.

>>> from datetime import date
>>> codetwo = Terms(policy="orders_after_effective_day", versions=[
...     TermsVersion(id="2016", published_on=date(2016, 1, 4), effective_from=date(2016, 1, 4)),
...     TermsVersion(id="2017", published_on=date(2017, 3, 31), effective_from=date(2017, 3, 31)),
... ])
>>> terms_for_order(codetwo, date(2017, 3, 31)).outcome      # on the effective day: the old one
'2016'
>>> terms_for_order(codetwo, date(2017, 4, 1)).outcome
'2017'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from ..calendars import period_end
from ..decision import Decision, Reason, Text, Undetermined
from ..errors import InvalidFacts
from ..law import KC
from ..models.terms_versions import (
    ChangeNotice,
    ChangePolicy,
    ContinuingContract,
    NoticeTerms,
    Terms,
    TermsVersion,
)
from ..reasons import missing_summary, not_before
from ..registry import REGISTRY, Interpretation, KeyDate, entry, legacy_rule

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
LAW_FROM = date(2014, 12, 25)
_ONE_DAY = timedelta(days=1)
_BEFORE_CONCLUSION = KC.art("384", "1")
_CONTINUING = KC.art("384¹")


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

_POLICY_TEXT = {
    ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY: Text(
        "Regulamin stanowi, że zmiany obowiązują wyłącznie dla zamówień złożonych po dniu ich "
        "wejścia w życie, więc zamówienie podlega wersji obowiązującej w dniu poprzedzającym "
        "jego złożenie ({day} r.).",
        "The terms apply changes only to orders placed after the day they took effect, so the "
        "order is governed by the version in force on the day before it was placed ({day}).",
    ),
    ChangePolicy.EFFECTIVE_ON_PUBLICATION: Text(
        "Regulamin stanowi, że nowa wersja wchodzi w życie z dniem publikacji, więc zamówienie "
        "podlega wersji obowiązującej w dniu jego złożenia ({day} r.).",
        "The terms state that a new version takes effect on the day of publication, so the "
        "order is governed by the version in force on the day it was placed ({day}).",
    ),
    ChangePolicy.FROM_EFFECTIVE_DAY: Text(
        "Nowa wersja regulaminu obowiązuje od dnia wejścia w życie, więc zamówienie podlega "
        "wersji obowiązującej w dniu jego złożenia ({day} r.).",
        "A new version governs from the day it takes effect, so the order is governed by the "
        "version in force on the day it was placed ({day}).",
    ),
}


def _decisive_day(policy: ChangePolicy, placed_on: date) -> date:
    """The day whose version governs an order placed on ``placed_on``."""
    if policy is ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY:
        return placed_on - _ONE_DAY
    return placed_on


def _policy_reason(rule_id: str, policy: ChangePolicy, day: date) -> Reason:
    text = _POLICY_TEXT[policy]
    return Reason(rule_id, text.pl, text.en, params={"day": day})


def _version_at_order(
    rule_id: str, history: TermsHistory, policy: ChangePolicy, placed_on: date
) -> tuple[TermsVersion | None, list[Reason]]:
    day = _decisive_day(policy, placed_on)
    reasons = [_policy_reason(rule_id, policy, day)]
    version = history.in_force_on(day)
    if version is None:
        reasons.append(
            Reason(
                rule_id,
                "Żadna z podanych wersji regulaminu nie obowiązywała {day} r.",
                "None of the given versions of the terms was in force on {day}.",
                params={"day": day},
            )
        )
    return version, reasons


_UNDETERMINED = {
    ONE_OFF_RULE: Text(
        "Nie da się ustalić, która wersja regulaminu obowiązuje zamówienie złożone {day} r.",
        "It cannot be determined which version of the terms governs the order placed on {day}",
    ),
    CONTINUING_RULE: Text(
        "Nie da się ustalić, która wersja regulaminu wiąże umowę {day} r.",
        "It cannot be determined which version of the terms governs the contract on {day}",
    ),
}


def _undetermined(
    rule_id: str, policy: ChangePolicy, day: date, reasons: list[Reason], missing: str
) -> TermsDecision:
    text = _UNDETERMINED[rule_id]
    return TermsDecision(
        rule=rule_id,
        outcome=Undetermined((missing,)),
        summary=missing_summary(rule_id, text.pl, text.en, (missing,), day=day),
        reasons=tuple(reasons),
        law_as_of=day,
        policy=policy,
    )


_ORDER_ON_EFFECTIVE_DAY = Interpretation(
    "Regulamin CodeTwo stosuje zmiany „wyłącznie” do zamówień złożonych „po dniu” ich wejścia "
    "w życie, a wyłącza je dla zamówień złożonych „przed” wejściem w życie; o zamówieniu "
    "złożonym w samym dniu wejścia w życie rozstrzyga pierwsze zdanie: obowiązuje je "
    "poprzednia wersja.",
    "The CodeTwo terms apply changes 'only' to orders placed 'after the day' they took effect "
    "and exclude them for orders placed 'before' it; for an order placed on the effective day "
    "itself the first sentence decides: the previous version governs it.",
)
_ORDER_ON_PUBLICATION_DAY = Interpretation(
    "Biblioteka liczy w dniach: przy zasadzie „wchodzi w życie z dniem publikacji” zamówienie "
    "złożone w dniu publikacji podlega nowej wersji; zamówienie złożone tego dnia przed "
    "publikacją wiąże poprzednia wersja (art. 384 § 1 KC), czego dni nie rozróżniają.",
    "The library counts in days: under 'takes effect on the day of publication' an order placed "
    "on the publication day is governed by the new version; an order placed that day before the "
    "publication is bound by the previous one (art. 384(1) KC), which days cannot tell apart.",
)


@legacy_rule(
    ONE_OFF_RULE,
    title=Text("Wersja regulaminu dla zamówienia", "Version of the terms for an order"),
    summary=Text(
        "Umowę jednorazową wiąże wersja regulaminu doręczona przed jej zawarciem, według zasad "
        "zmian, które regulamin sam ustala.",
        "A one-off contract is governed by the version of the terms delivered before its "
        "conclusion, under the change policy the terms declare.",
    ),
    basis=(_BEFORE_CONCLUSION,),
    valid_from=LAW_FROM,
    keyed_on=KeyDate.ORDER_PLACED,
    seed_clauses=("Regulamin Wsparcia Technicznego CodeTwo: Postanowienia końcowe 1",),
    interpretations=(_ORDER_ON_EFFECTIVE_DAY, _ORDER_ON_PUBLICATION_DAY),
)
def _one_off(terms: Terms, placed_on: date) -> TermsDecision:
    """Art. 384 § 1 KC: the version delivered before conclusion; a later one never binds."""
    history = check_versions(terms)
    version, reasons = _version_at_order(ONE_OFF_RULE, history, terms.policy, placed_on)
    if version is None:
        return _undetermined(ONE_OFF_RULE, terms.policy, placed_on, reasons, "terms.versions")
    reasons.append(
        Reason(
            ONE_OFF_RULE,
            "Umowę jednorazową wiąże wzorzec doręczony przed jej zawarciem: wersja {id} "
            "obowiązująca od {since} r.",
            "A one-off contract is bound by the standard terms delivered before its conclusion: "
            "version {id}, in force from {since}.",
            (_BEFORE_CONCLUSION,),
            {"id": version.id, "since": version.effective_from},
        )
    )
    later = history.after(version)
    not_applied: tuple[Reason, ...] = ()
    if later:
        not_applied = (
            Reason(
                ONE_OFF_RULE,
                "Wersja {id} (od {since} r.) nie wiąże tej umowy: późniejsza wersja nie zmienia "
                "umowy jednorazowej.",
                "Version {id} (from {since}) does not bind this contract: a later version does "
                "not change a one-off contract.",
                (_BEFORE_CONCLUSION,),
                {"id": later[0].id, "since": later[0].effective_from},
            ),
        )
    summary = Reason(
        ONE_OFF_RULE,
        "Zamówienie złożone {placed} r. podlega wersji regulaminu {id}.",
        "The order placed on {placed} is governed by version {id} of the terms.",
        params={"placed": placed_on, "id": version.id},
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


_ONE_OFF = REGISTRY[ONE_OFF_RULE]


@entry(ONE_OFF_RULE)
def terms_for_order(terms: Terms, placed_on: date) -> TermsDecision:
    """The version of ``terms`` governing a one-off contract ordered on ``placed_on``."""
    version = _ONE_OFF.version_for({KeyDate.ORDER_PLACED: placed_on})
    decision: TermsDecision = version.func(terms, placed_on)
    return decision


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


_NEAREST_TERMINATION = Interpretation(
    "„Najbliższy termin wypowiedzenia” z art. 384¹ KC biblioteka liczy od doręczenia zmiany: "
    "umowa kończy się z upływem okresu wypowiedzenia liczonego od tego dnia (z końcem miesiąca, "
    "jeśli umowa tak stanowi). Nowa wersja, której klient nie wypowiedział, wiąże od dnia "
    "wejścia w życie, lecz nie wcześniej niż od doręczenia.",
    "The library counts the 'nearest termination date' of art. 384¹ KC from the delivery of the "
    "change: the contract ends when the notice period counted from that day ends (at the month's "
    "end if the contract says so). A new version the customer did not terminate over binds from "
    "its effective day, but not before delivery.",
)


@legacy_rule(
    CONTINUING_RULE,
    title=Text(
        "Wersja regulaminu w umowie o charakterze ciągłym",
        "Version of the terms in a continuing contract",
    ),
    summary=Text(
        "Zmieniony regulamin wiąże w umowie ciągłej, jeśli został doręczony, a klient nie "
        "wypowiedział umowy w najbliższym terminie wypowiedzenia.",
        "Changed terms bind in a continuing contract if they were delivered and the customer did "
        "not terminate at the nearest termination date.",
    ),
    basis=(_BEFORE_CONCLUSION, _CONTINUING),
    valid_from=LAW_FROM,
    keyed_on=KeyDate.CONTRACT_CONCLUDED,
    seed_clauses=(
        "Regulamin świadczenia usług Woohoo Cloud: § 16 ust. 2",
        "Regulamin Wsparcia Technicznego CodeTwo: Postanowienia końcowe 1",
    ),
    interpretations=(_NEAREST_TERMINATION,),
)
def _continuing(terms: Terms, contract: ContinuingContract, on: date) -> TermsDecision:
    """Art. 384 § 1 KC at conclusion, then art. 384¹ KC for every change delivered since."""
    history = check_versions(terms)
    notices = _check_notices(history, contract)
    not_before("on", on, contract.concluded_on, "the contract")
    concluded = contract.concluded_on
    current, reasons = _version_at_order(CONTINUING_RULE, history, terms.policy, concluded)
    if current is None:
        return _undetermined(CONTINUING_RULE, terms.policy, on, reasons, "terms.versions")
    binds_from = concluded
    reasons.append(
        Reason(
            CONTINUING_RULE,
            "Przy zawarciu umowy {concluded} r. wiązała ją wersja {id}.",
            "At conclusion on {concluded} the contract was bound by version {id}.",
            (_BEFORE_CONCLUSION,),
            {"concluded": concluded, "id": current.id},
        )
    )
    result = _Continuing(terms.policy, on, reasons, current, binds_from)
    if terms.policy is ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY:
        reasons.append(
            Reason(
                CONTINUING_RULE,
                "Regulamin stanowi, że zmiany nie odnoszą skutku wobec zamówień złożonych przed "
                "ich wejściem w życie: późniejsze wersje nie zmieniają tej umowy.",
                "The terms state that changes have no effect on orders placed before they took "
                "effect: later versions do not change this contract.",
            )
        )
        return result.decided()

    for version in history.after(current):
        if version.effective_from > on:
            break
        found = notices.get(version.id)
        if found is None or found[1].notified_on > on:
            reasons.append(
                Reason(
                    CONTINUING_RULE,
                    "Wersja {id} (od {since} r.) nie została doręczona klientowi do {on} r., więc "
                    "go nie wiąże.",
                    "Version {id} (from {since}) was not delivered to the customer by {on}, so it "
                    "does not bind them.",
                    (_CONTINUING,),
                    {"id": version.id, "since": version.effective_from, "on": on},
                )
            )
            continue
        index, notice = found
        ends_on = (
            nearest_termination_date(notice.notified_on, contract.notice)
            if contract.notice is not None
            else None
        )
        if notice.terminated is None:
            reasons.append(
                Reason(
                    CONTINUING_RULE,
                    "Wersja {id} została doręczona {notified} r.; nie wiadomo, czy klient "
                    "wypowiedział umowę w najbliższym terminie wypowiedzenia.",
                    "Version {id} was delivered on {notified}; it is not known whether the "
                    "customer terminated at the nearest termination date.",
                    (_CONTINUING,),
                    {"id": version.id, "notified": notice.notified_on},
                )
            )
            return result.undetermined(f"contract.changes[{index}].terminated")
        if notice.terminated:
            if ends_on is None:
                reasons.append(
                    Reason(
                        CONTINUING_RULE,
                        "Klient wypowiedział umowę z powodu wersji {id}, a nie wiadomo, z "
                        "jakim okresem wypowiedzenia.",
                        "The customer terminated over version {id}, and the notice period is "
                        "not known.",
                        (_CONTINUING,),
                        {"id": version.id},
                    )
                )
                return result.undetermined("contract.notice")
            if on > ends_on:
                raise InvalidFacts(
                    "on",
                    f"{on} is after the contract ended ({ends_on}): the customer terminated it "
                    f"over version {version.id!r}",
                )
            reasons.append(
                Reason(
                    CONTINUING_RULE,
                    "Klient wypowiedział umowę w najbliższym terminie wypowiedzenia, więc wersja "
                    "{id} go nie wiąże; do końca umowy ({ends} r.) obowiązuje wersja {current}.",
                    "The customer terminated at the nearest termination date, so version {id} "
                    "does not bind them; version {current} governs until the contract ends "
                    "({ends}).",
                    (_CONTINUING,),
                    {"id": version.id, "ends": ends_on, "current": result.version.id},
                )
            )
            result.ends_on = ends_on
            return result.decided()
        binds_from = max(version.effective_from, notice.notified_on)
        reasons.append(
            Reason(
                CONTINUING_RULE,
                "Wersja {id} została doręczona {notified} r., a klient nie wypowiedział umowy w "
                "najbliższym terminie wypowiedzenia: wiąże go od {binds} r.",
                "Version {id} was delivered on {notified} and the customer did not terminate at "
                "the nearest termination date: it binds them from {binds}.",
                (_CONTINUING,),
                {"id": version.id, "notified": notice.notified_on, "binds": binds_from},
            )
        )
        result.version, result.binds_from = version, binds_from
    return result.decided()


@dataclass(slots=True)
class _Continuing:
    """The answer being built while the changes are read in order."""

    policy: ChangePolicy
    on: date
    reasons: list[Reason]
    version: TermsVersion
    binds_from: date
    ends_on: date | None = None

    def decided(self) -> TermsDecision:
        summary = Reason(
            CONTINUING_RULE,
            "Na dzień {on} r. umowę wiąże wersja regulaminu {id}.",
            "On {on} the contract is governed by version {id} of the terms.",
            params={"on": self.on, "id": self.version.id},
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


_CONTINUING_REGISTERED = REGISTRY[CONTINUING_RULE]


@entry(CONTINUING_RULE)
def terms_for_continuing_contract(
    terms: Terms, contract: ContinuingContract, on: date
) -> TermsDecision:
    """The version of ``terms`` governing the continuing ``contract`` on the day ``on``."""
    version = _CONTINUING_REGISTERED.version_for(
        {KeyDate.CONTRACT_CONCLUDED: contract.concluded_on}
    )
    decision: TermsDecision = version.func(terms, contract, on)
    return decision
