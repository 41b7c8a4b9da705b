"""Which version of a shop's terms, and of the statute, governs a contract.

Expected versions and dates are derived by hand from art. 384 and 384¹ KC and from the terms'
own change clauses (CodeTwo "Postanowienia końcowe 1", Woohoo § 16 ust. 2)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regulamin.decision import Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models import Customer
from regulamin.models.terms_versions import (
    AnnouncedVersion,
    ChangeNotice,
    ChangePolicy,
    ContinuingContract,
    NoticeTerms,
    Terms,
    TermsVersion,
)
from regulamin.registry import REGISTRY, KeyDate
from regulamin.rules import liability  # registers the liability rules
from regulamin.rules.status import Status, customer_status
from regulamin.rules.versions import (
    CONTINUING_RULE,
    ONE_OFF_RULE,
    check_versions,
    nearest_termination_date,
    terms_for_continuing_contract,
    terms_for_order,
)


def version(
    version_id: str, effective: date, published: date | None = None, until: date | None = None
) -> TermsVersion:
    return TermsVersion(
        id=version_id,
        published_on=published or effective,
        effective_from=effective,
        effective_until=until,
    )


# CodeTwo's support terms: the current text took effect on 31 March 2017; an earlier one is
# assumed (from 4 January 2016) so that the day of the change can be tested.
CODETWO = Terms(
    name="Regulamin Wsparcia Technicznego CodeTwo",
    policy=ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY,
    versions=(version("2016", date(2016, 1, 4)), version("2017-03", date(2017, 3, 31))),
)
# Woohoo Cloud: a new version takes effect on the day of publication (§ 16 ust. 2).
WOOHOO = Terms(
    name="Regulamin świadczenia usług Woohoo Cloud",
    policy=ChangePolicy.EFFECTIVE_ON_PUBLICATION,
    versions=(
        version("v1", date(2024, 1, 10)),
        version("v2", date(2025, 6, 2)),
        version("v3", date(2026, 2, 16)),
    ),
)


# --------------------------------------------------------------------------- one-off orders


class TestCodeTwoPolicy:
    def test_order_on_the_effective_day_keeps_the_old_version(self) -> None:
        # "Zmiany obowiązują wyłącznie dla ... zamówień złożonych po dniu ich wejścia w życie":
        # an order on 31.03.2017 is not after that day -> the 2016 version.
        d = terms_for_order(CODETWO, date(2017, 3, 31))
        assert d.outcome == "2016"
        assert d.effective_from == date(2016, 1, 4)
        assert d.not_applied  # the 2017-03 version, named as not binding

    def test_order_the_day_after_gets_the_new_version(self) -> None:
        d = terms_for_order(CODETWO, date(2017, 4, 1))
        assert d.outcome == "2017-03"
        assert not d.not_applied

    def test_order_on_the_first_versions_day_is_undetermined(self) -> None:
        # On 4.01.2016 the version in force the day before (3.01.2016) is not given.
        d = terms_for_order(CODETWO, date(2016, 1, 4))
        assert d.outcome == Undetermined(("terms.versions",))

    def test_explanation(self) -> None:
        d = terms_for_order(CODETWO, date(2017, 3, 31))
        pl = d.explain("pl")
        assert "wersji regulaminu 2016" in pl
        assert "30 marca 2017 r." in pl  # the day before the order
        assert "art. 384 § 1 KC" in pl


class TestWoohooPolicy:
    def test_order_on_the_publication_day_gets_the_new_version(self) -> None:
        assert terms_for_order(WOOHOO, date(2025, 6, 2)).outcome == "v2"

    def test_order_the_day_before_keeps_the_old_version(self) -> None:
        assert terms_for_order(WOOHOO, date(2025, 6, 1)).outcome == "v1"

    def test_latest_version(self) -> None:
        assert terms_for_order(WOOHOO, date(2026, 9, 1)).outcome == "v3"

    def test_order_before_the_first_version_is_undetermined(self) -> None:
        d = terms_for_order(WOOHOO, date(2024, 1, 9))
        assert d.missing == ("terms.versions",)
        assert "brak faktu terms.versions" in d.explain("pl")

    def test_effective_day_must_be_the_publication_day(self) -> None:
        terms = Terms(
            policy=ChangePolicy.EFFECTIVE_ON_PUBLICATION,
            versions=(
                version("v1", date(2024, 1, 10)),
                version("v2", date(2025, 6, 16), published=date(2025, 6, 2)),
            ),
        )
        with pytest.raises(InvalidFacts) as error:
            terms_for_order(terms, date(2025, 7, 1))
        assert error.value.field == "terms.versions[1].effective_from"


class TestEffectiveDayPolicy:
    TERMS = Terms(
        policy=ChangePolicy.FROM_EFFECTIVE_DAY,
        versions=(
            version("a", date(2024, 1, 1)),
            # Published 20.05.2024, in force from 1.06.2024.
            version("b", date(2024, 6, 1), published=date(2024, 5, 20)),
        ),
    )

    def test_published_but_not_yet_in_force(self) -> None:
        assert terms_for_order(self.TERMS, date(2024, 5, 31)).outcome == "a"

    def test_in_force_on_its_effective_day(self) -> None:
        assert terms_for_order(self.TERMS, date(2024, 6, 1)).outcome == "b"

    def test_versions_in_any_order(self) -> None:
        reversed_terms = Terms(policy=self.TERMS.policy, versions=self.TERMS.versions[::-1])
        assert terms_for_order(reversed_terms, date(2024, 5, 31)).outcome == "a"

    def test_gap_between_versions_is_undetermined(self) -> None:
        # "a" ends 31.03.2024, "b" starts 1.06.2024: an order on 15.04.2024 has no terms.
        terms = Terms(
            policy=ChangePolicy.FROM_EFFECTIVE_DAY,
            versions=(
                version("a", date(2024, 1, 1), until=date(2024, 3, 31)),
                version("b", date(2024, 6, 1)),
            ),
        )
        assert terms_for_order(terms, date(2024, 4, 15)).missing == ("terms.versions",)
        assert terms_for_order(terms, date(2024, 3, 31)).outcome == "a"

    def test_order_before_the_consumer_rights_act(self) -> None:
        with pytest.raises(LawNotCovered):
            terms_for_order(self.TERMS, date(2014, 12, 24))


class TestInvalidVersionSets:
    def test_effective_before_publication_is_refused_by_the_model(self) -> None:
        with pytest.raises(ValidationError, match="effective_from"):
            TermsVersion(id="x", published_on=date(2024, 2, 1), effective_from=date(2024, 1, 31))

    def test_effective_before_publication_without_validation(self) -> None:
        unchecked = TermsVersion.model_construct(
            id="x", published_on=date(2024, 2, 1), effective_from=date(2024, 1, 31)
        )
        terms = Terms.model_construct(
            policy=ChangePolicy.FROM_EFFECTIVE_DAY,
            versions=(version("a", date(2023, 1, 1)), unchecked),
            name=None,
        )
        with pytest.raises(InvalidFacts) as error:
            check_versions(terms)
        assert error.value.field == "terms.versions[1].effective_from"

    def test_duplicate_ids(self) -> None:
        terms = Terms(
            policy=ChangePolicy.FROM_EFFECTIVE_DAY,
            versions=(version("a", date(2023, 1, 1)), version("a", date(2024, 1, 1))),
        )
        with pytest.raises(InvalidFacts) as error:
            terms_for_order(terms, date(2024, 6, 1))
        assert error.value.field == "terms.versions[1].id"

    def test_duplicate_effective_days(self) -> None:
        terms = Terms(
            policy=ChangePolicy.FROM_EFFECTIVE_DAY,
            versions=(version("a", date(2024, 1, 1)), version("b", date(2024, 1, 1))),
        )
        with pytest.raises(InvalidFacts) as error:
            terms_for_order(terms, date(2024, 6, 1))
        assert error.value.field == "terms.versions[1].effective_from"

    def test_overlapping_versions(self) -> None:
        # "a" stated in force until 30.06.2024, but "b" takes effect on 1.06.2024.
        terms = Terms(
            policy=ChangePolicy.FROM_EFFECTIVE_DAY,
            versions=(
                version("b", date(2024, 6, 1)),
                version("a", date(2024, 1, 1), until=date(2024, 6, 30)),
            ),
        )
        with pytest.raises(InvalidFacts) as error:
            terms_for_order(terms, date(2024, 7, 1))
        assert error.value.field == "terms.versions[1].effective_until"

    def test_version_ending_before_it_starts(self) -> None:
        with pytest.raises(ValidationError, match="effective_until"):
            version("a", date(2024, 1, 1), until=date(2023, 12, 31))


# --------------------------------------------------------------------------- continuing contracts

MONTH_AT_MONTH_END = NoticeTerms(months=1, at_month_end=True)


def account(
    *changes: ChangeNotice, notice: NoticeTerms | None = MONTH_AT_MONTH_END
) -> ContinuingContract:
    # Concluded 1.03.2024, under v1 (in force since 10.01.2024).
    return ContinuingContract(concluded_on=date(2024, 3, 1), notice=notice, changes=changes)


class TestContinuingContract:
    def test_change_binds_after_delivery_when_not_terminated(self) -> None:
        # v2 published 2.06.2025, e-mailed and delivered 3.06.2025, not terminated:
        # binds from the later of 2.06 and 3.06 -> 3.06.2025.
        contract = account(
            ChangeNotice(version_id="v2", notified_on=date(2025, 6, 3), terminated=False)
        )
        d = terms_for_continuing_contract(WOOHOO, contract, date(2025, 7, 1))
        assert d.outcome == "v2"
        assert d.binds_from == date(2025, 6, 3)
        assert "art. 384¹ KC" in d.explain("pl")

    def test_not_before_delivery(self) -> None:
        # On 2.06.2025 v2 is published but reaches the customer only on 3.06 -> still v1.
        contract = account(
            ChangeNotice(version_id="v2", notified_on=date(2025, 6, 3), terminated=False)
        )
        assert terms_for_continuing_contract(WOOHOO, contract, date(2025, 6, 2)).outcome == "v1"

    def test_undelivered_change_never_binds(self) -> None:
        d = terms_for_continuing_contract(WOOHOO, account(), date(2026, 9, 1))
        assert d.outcome == "v1"
        assert d.binds_from == date(2024, 3, 1)

    def test_customer_decision_unknown(self) -> None:
        contract = account(ChangeNotice(version_id="v2", notified_on=date(2025, 6, 3)))
        d = terms_for_continuing_contract(WOOHOO, contract, date(2025, 7, 1))
        assert d.outcome == Undetermined(("contract.changes[0].terminated",))

    def test_terminated_at_the_nearest_date_keeps_the_old_version_until_the_end(self) -> None:
        # Delivered Tue 3.06.2025; one month's notice ending at a month's end: 3.06 + 1 month
        # = 3.07.2025 -> end of July -> the contract ends 31.07.2025 under v1.
        contract = account(
            ChangeNotice(version_id="v2", notified_on=date(2025, 6, 3), terminated=True)
        )
        d = terms_for_continuing_contract(WOOHOO, contract, date(2025, 7, 31))
        assert d.outcome == "v1"
        assert d.contract_ends_on == date(2025, 7, 31)
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(WOOHOO, contract, date(2025, 8, 1))
        assert error.value.field == "on"

    def test_terminated_without_known_notice_terms(self) -> None:
        contract = account(
            ChangeNotice(version_id="v2", notified_on=date(2025, 6, 3), terminated=True),
            notice=None,
        )
        d = terms_for_continuing_contract(WOOHOO, contract, date(2025, 7, 1))
        assert d.missing == ("contract.notice",)

    def test_two_accepted_changes(self) -> None:
        # v2 delivered 3.06.2025, v3 delivered 16.02.2026 (its publication day): both kept.
        contract = account(
            ChangeNotice(version_id="v2", notified_on=date(2025, 6, 3), terminated=False),
            ChangeNotice(version_id="v3", notified_on=date(2026, 2, 16), terminated=False),
        )
        d = terms_for_continuing_contract(WOOHOO, contract, date(2026, 9, 1))
        assert d.outcome == "v3"
        assert d.binds_from == date(2026, 2, 16)

    def test_advance_notice_binds_from_the_effective_day(self) -> None:
        # Announced 16.05.2024 for 15.06.2024: binds from the effective day, 15.06.2024.
        terms = Terms(
            policy=ChangePolicy.FROM_EFFECTIVE_DAY,
            versions=(
                version("a", date(2024, 1, 1)),
                version("b", date(2024, 6, 15), published=date(2024, 5, 15)),
            ),
        )
        contract = ContinuingContract(
            concluded_on=date(2024, 2, 1),
            changes=(
                ChangeNotice(version_id="b", notified_on=date(2024, 5, 16), terminated=False),
            ),
        )
        assert terms_for_continuing_contract(terms, contract, date(2024, 6, 10)).outcome == "a"
        d = terms_for_continuing_contract(terms, contract, date(2024, 6, 20))
        assert (d.outcome, d.binds_from) == ("b", date(2024, 6, 15))

    def test_codetwo_changes_never_reach_existing_orders(self) -> None:
        # Subscription ordered 1.02.2017 under the 2016 version; "Zmiany ... nie odnoszą
        # skutku w odniesieniu do zamówień złożonych przed ich wejściem w życie".
        contract = ContinuingContract(
            concluded_on=date(2017, 2, 1),
            changes=(
                ChangeNotice(version_id="2017-03", notified_on=date(2017, 3, 31), terminated=False),
            ),
        )
        assert terms_for_continuing_contract(CODETWO, contract, date(2017, 6, 1)).outcome == "2016"

    def test_notice_for_an_unknown_version(self) -> None:
        contract = account(ChangeNotice(version_id="v9", notified_on=date(2025, 6, 3)))
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(WOOHOO, contract, date(2025, 7, 1))
        assert error.value.field == "contract.changes[0].version_id"

    def test_notice_before_conclusion(self) -> None:
        contract = account(ChangeNotice(version_id="v2", notified_on=date(2024, 2, 1)))
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(WOOHOO, contract, date(2025, 7, 1))
        assert error.value.field == "contract.changes[0].notified_on"

    def test_same_version_notified_twice(self) -> None:
        contract = account(
            ChangeNotice(version_id="v2", notified_on=date(2025, 6, 3)),
            ChangeNotice(version_id="v2", notified_on=date(2025, 6, 4)),
        )
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(WOOHOO, contract, date(2025, 7, 1))
        assert error.value.field == "contract.changes[1].version_id"

    def test_question_before_conclusion(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(WOOHOO, account(), date(2024, 2, 29))
        assert error.value.field == "on"


# A version announced before a contract is concluded: "b" published 15.05.2024, in force from
# 15.06.2024 (a change policy "from the effective day"), "a" in force since 1.01.2024.
ANNOUNCED = Terms(
    policy=ChangePolicy.FROM_EFFECTIVE_DAY,
    versions=(
        version("a", date(2024, 1, 1)),
        version("b", date(2024, 6, 15), published=date(2024, 5, 15)),
    ),
)


def subscription(
    concluded: date, *announced: AnnouncedVersion, changes: tuple[ChangeNotice, ...] = ()
) -> ContinuingContract:
    return ContinuingContract(concluded_on=concluded, announced=announced, changes=changes)


class TestVersionAnnouncedBeforeConclusion:
    """Art. 384¹ KC covers terms "wydany w czasie trwania stosunku"; "b", published before
    the contract, was not: made available before conclusion it binds under art. 384 § 1 / § 4
    KC from its effective day, with no notice and no termination over it."""

    def test_made_available_before_conclusion_binds_from_its_effective_day(self) -> None:
        # Concluded 1.06.2024 under "a" (in force that day); "b" was made available before
        # it, so from 15.06.2024 "b" binds without any delivery during the contract.
        contract = subscription(date(2024, 6, 1), AnnouncedVersion(version_id="b", provided=True))
        d = terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 20))
        assert (d.outcome, d.binds_from) == ("b", date(2024, 6, 15))
        assert d.effective_from == date(2024, 6, 15)
        assert d.reasons[-1].message == "versions.continuing.announced_binds"
        assert [c.pl() for c in d.reasons[-1].basis] == ["art. 384 § 1 KC", "art. 384 § 4 KC"]
        assert "art. 384¹ KC" not in d.explain("pl")

    def test_effective_day_is_the_boundary(self) -> None:
        # 14.06.2024, the day before "b" takes effect: still "a"; 15.06.2024: "b".
        contract = subscription(date(2024, 6, 1), AnnouncedVersion(version_id="b", provided=True))
        assert terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 14)).outcome == "a"
        assert terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 15)).outcome == "b"

    def test_unknown_whether_made_available_is_undetermined(self) -> None:
        # Nothing said about "b": asked once "b" is in force (20.06), not before (14.06).
        contract = subscription(date(2024, 6, 1))
        d = terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 20))
        assert d.missing == ("contract.announced",)
        assert d.reasons[-1].message == "versions.continuing.announced_unknown"
        assert terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 14)).outcome == "a"
        named = subscription(date(2024, 6, 1), AnnouncedVersion(version_id="b"))
        d = terms_for_continuing_contract(ANNOUNCED, named, date(2024, 6, 20))
        assert d.missing == ("contract.announced[0].provided",)

    def test_not_made_available_binds_only_as_a_delivered_change(self) -> None:
        # Not made available before conclusion and never delivered: "a" stays (art. 384¹ KC).
        not_provided = AnnouncedVersion(version_id="b", provided=False)
        d = terms_for_continuing_contract(
            ANNOUNCED, subscription(date(2024, 6, 1), not_provided), date(2024, 6, 20)
        )
        assert d.outcome == "a"
        assert [r.message for r in d.reasons[-2:]] == [
            "versions.continuing.announced_not_provided",
            "versions.continuing.not_delivered",
        ]
        # Delivered on 3.06.2024, not terminated over: binds from max(15.06, 3.06) = 15.06.
        delivered = ChangeNotice(version_id="b", notified_on=date(2024, 6, 3), terminated=False)
        contract = subscription(date(2024, 6, 1), not_provided, changes=(delivered,))
        d = terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 20))
        assert (d.outcome, d.binds_from) == ("b", date(2024, 6, 15))
        assert "art. 384¹ KC" in d.explain("pl")

    def test_published_on_the_day_of_conclusion_is_asked_about(self) -> None:
        # Concluded 15.05.2024, the day "b" was published: days cannot tell which came first.
        d = terms_for_continuing_contract(
            ANNOUNCED, subscription(date(2024, 5, 15)), date(2024, 6, 20)
        )
        assert d.missing == ("contract.announced",)

    def test_published_the_day_after_conclusion_is_a_change(self) -> None:
        # Concluded 14.05.2024, "b" published 15.05: issued during the contract (art. 384¹ KC);
        # never delivered, it does not bind, and nothing is asked about its announcement.
        d = terms_for_continuing_contract(
            ANNOUNCED, subscription(date(2024, 5, 14)), date(2024, 6, 20)
        )
        assert d.outcome == "a"
        assert d.reasons[-1].message == "versions.continuing.not_delivered"

    def test_announced_version_published_after_conclusion_is_refused(self) -> None:
        contract = subscription(date(2024, 5, 14), AnnouncedVersion(version_id="b", provided=True))
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 20))
        assert error.value.field == "contract.announced[0].version_id"

    def test_unknown_or_repeated_announced_version_is_refused(self) -> None:
        unknown = subscription(date(2024, 6, 1), AnnouncedVersion(version_id="z", provided=True))
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(ANNOUNCED, unknown, date(2024, 6, 20))
        assert error.value.field == "contract.announced[0].version_id"
        twice = subscription(
            date(2024, 6, 1),
            AnnouncedVersion(version_id="b", provided=True),
            AnnouncedVersion(version_id="b", provided=False),
        )
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(ANNOUNCED, twice, date(2024, 6, 20))
        assert error.value.field == "contract.announced[1].version_id"

    def test_made_available_before_conclusion_and_notified_as_a_change_is_refused(self) -> None:
        # Known at conclusion, it cannot also be a change delivered during the contract.
        delivered = ChangeNotice(version_id="b", notified_on=date(2024, 6, 3), terminated=False)
        contract = subscription(
            date(2024, 6, 1), AnnouncedVersion(version_id="b", provided=True), changes=(delivered,)
        )
        with pytest.raises(InvalidFacts) as error:
            terms_for_continuing_contract(ANNOUNCED, contract, date(2024, 6, 20))
        assert error.value.field == "contract.changes[0].version_id"

    def test_codetwo_policy_still_keeps_the_version_of_the_order(self) -> None:
        # "Zmiany ... nie odnoszą skutku w odniesieniu do zamówień złożonych przed ich wejściem
        # w życie": an order of 1.06.2024 keeps "a" even though "b" was made available.
        terms = ANNOUNCED.model_copy(update={"policy": ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY})
        contract = subscription(date(2024, 6, 1), AnnouncedVersion(version_id="b", provided=True))
        assert terms_for_continuing_contract(terms, contract, date(2024, 6, 20)).outcome == "a"


class TestNearestTerminationDate:
    def test_days(self) -> None:
        # 31.01.2026 + 30 days: day 28 = 28.02, day 30 = 2.03.2026.
        assert nearest_termination_date(date(2026, 1, 31), NoticeTerms(days=30)) == date(2026, 3, 2)

    def test_month_clamped_to_the_months_end(self) -> None:
        # Art. 112 KC: 31.01.2026 + 1 month -> no 31 February -> 28.02.2026.
        assert nearest_termination_date(date(2026, 1, 31), NoticeTerms(months=1)) == date(
            2026, 2, 28
        )

    def test_at_month_end(self) -> None:
        # 10.03.2026 + 1 month = 10.04.2026 -> end of April, 30.04.2026 (never rolled: 30.04
        # is a Thursday anyway, and an end of a contract is not a deadline for an act).
        assert nearest_termination_date(date(2026, 3, 10), MONTH_AT_MONTH_END) == date(2026, 4, 30)
        # 28.02.2026 + 1 month = 28.03.2026 (Saturday) -> end of March, Tue 31.03.2026.
        assert nearest_termination_date(date(2026, 2, 28), MONTH_AT_MONTH_END) == date(2026, 3, 31)

    def test_december_to_january(self) -> None:
        # 15.12.2025 + 1 month = 15.01.2026 -> 31.01.2026 (a Saturday: not rolled).
        assert nearest_termination_date(date(2025, 12, 15), MONTH_AT_MONTH_END) == date(2026, 1, 31)


# --------------------------------------------------------------------------- properties

day_offsets = st.lists(
    st.integers(min_value=0, max_value=4000), min_size=1, max_size=8, unique=True
)
policies = st.sampled_from(list(ChangePolicy))
FIRST_DAY = date(2015, 1, 1)


def make_terms(policy: ChangePolicy, offsets: list[int]) -> Terms:
    return Terms(
        policy=policy,
        versions=tuple(version(f"v{o}", FIRST_DAY + timedelta(days=o)) for o in offsets),
    )


@given(policy=policies, offsets=day_offsets, order_offset=st.integers(0, 4500))
def test_governing_version_took_effect_before_the_order(
    policy: ChangePolicy, offsets: list[int], order_offset: int
) -> None:
    terms = make_terms(policy, offsets)
    placed_on = FIRST_DAY + timedelta(days=order_offset)
    d = terms_for_order(terms, placed_on)
    first = FIRST_DAY + timedelta(days=min(offsets))
    if policy is ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY:
        # Only versions in force the day before the order count.
        assert d.determined == (placed_on > first)
        if d.determined:
            assert d.effective_from is not None and d.effective_from < placed_on
    else:
        assert d.determined == (placed_on >= first)
        if d.determined:
            assert d.effective_from is not None and d.effective_from <= placed_on
    if d.determined:
        # It is the newest such version: none took effect between it and the order.
        assert d.effective_from is not None
        later = [v.effective_from for v in terms.versions if v.effective_from > d.effective_from]
        limit = (
            placed_on - timedelta(days=1)
            if policy is ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY
            else placed_on
        )
        assert all(day > limit for day in later)


@given(policy=policies, offsets=day_offsets, a=st.integers(0, 4500), b=st.integers(0, 4500))
def test_governing_version_is_monotone_in_the_order_date(
    policy: ChangePolicy, offsets: list[int], a: int, b: int
) -> None:
    terms = make_terms(policy, offsets)
    early, late = sorted((a, b))
    first = terms_for_order(terms, FIRST_DAY + timedelta(days=early))
    second = terms_for_order(terms, FIRST_DAY + timedelta(days=late))
    if first.determined:
        assert second.determined
        assert first.effective_from is not None and second.effective_from is not None
        assert first.effective_from <= second.effective_from


@given(
    policy=policies,
    offsets=day_offsets,
    order_offset=st.integers(0, 4500),
    extra=st.integers(1, 900),
)
def test_a_later_version_never_binds_a_one_off_contract(
    policy: ChangePolicy, offsets: list[int], order_offset: int, extra: int
) -> None:
    # Art. 384 § 1 KC: publishing a version after the order leaves its governing version alone.
    placed_on = FIRST_DAY + timedelta(days=order_offset)
    later_offset = max(*offsets, order_offset) + extra
    terms = make_terms(policy, offsets)
    with_later = make_terms(policy, [*offsets, later_offset])
    assert (
        terms_for_order(terms, placed_on).outcome == terms_for_order(with_later, placed_on).outcome
    )


# --------------------------------------------------------------------------- the statute's versions


def test_rules_are_registered() -> None:
    assert REGISTRY[ONE_OFF_RULE].entry is terms_for_order
    assert REGISTRY[CONTINUING_RULE].entry is terms_for_continuing_contract
    assert REGISTRY[ONE_OFF_RULE].interpretations
    assert "art. 384 § 4 KC" in [c.pl() for c in REGISTRY[CONTINUING_RULE].basis]


@pytest.mark.parametrize(
    ("concluded_on", "valid_from"),
    [
        # Each switch date of LAW.md and the day before it.
        (date(2014, 12, 25), date(2014, 12, 25)),
        (date(2020, 12, 31), date(2014, 12, 25)),
        (date(2021, 1, 1), date(2021, 1, 1)),
        (date(2022, 12, 31), date(2021, 1, 1)),
        (date(2023, 1, 1), date(2023, 1, 1)),
        (date(2025, 11, 26), date(2023, 1, 1)),
        (date(2025, 11, 27), date(2025, 11, 27)),
    ],
)
def test_one_order_date_picks_one_status_version(concluded_on: date, valid_from: date) -> None:
    chosen = REGISTRY["status.customer"].version_for({KeyDate.CONTRACT_CONCLUDED: concluded_on})
    assert chosen.valid_from == valid_from
    assert chosen.covers(concluded_on)


def test_declaration_counts_only_in_the_version_from_2025_11_27() -> None:
    # A sole trader whose contract does not show its character, who declared it not
    # professional: the declaration decides only for contracts from 27.11.2025.
    declared = Customer.sole_trader(declared_professional=False)
    assert customer_status(declared, date(2025, 11, 27)).outcome is Status.PNPK
    assert customer_status(declared, date(2025, 11, 26)).missing == (
        "customer.professional_character",
    )


@pytest.mark.parametrize(
    ("concluded_on", "valid_from"),
    [
        (date(2020, 12, 31), date(2014, 12, 25)),
        (date(2021, 1, 1), date(2021, 1, 1)),
        (date(2022, 12, 31), date(2021, 1, 1)),
        (date(2023, 1, 1), date(2023, 1, 1)),
    ],
)
def test_one_order_date_picks_one_warranty_exclusion_version(
    concluded_on: date, valid_from: date
) -> None:
    chosen = REGISTRY[liability.WARRANTY_RULE].version_for(
        {KeyDate.CONTRACT_CONCLUDED: concluded_on}
    )
    assert chosen.valid_from == valid_from


OWN_RULES = (
    "status.customer",
    ONE_OFF_RULE,
    CONTINUING_RULE,
    liability.CAP_RULE,
    liability.WARRANTY_RULE,
    liability.SELLER_WITHDRAWAL_RULE,
    liability.TERMINATION_RULE,
    liability.PREPAYMENT_RULE,
    liability.COURT_RULE,
)
SWITCH_DAYS = (
    date(2014, 12, 25),
    date(2020, 12, 31),
    date(2021, 1, 1),
    date(2022, 12, 31),
    date(2023, 1, 1),
    date(2025, 11, 26),
    date(2025, 11, 27),
    date(2026, 9, 2),
)


@pytest.mark.parametrize("rule_id", OWN_RULES)
def test_each_switch_day_falls_in_exactly_one_version(rule_id: str) -> None:
    # Each switch day and the day before it fall in exactly one version: no overlap, no hole.
    versions = REGISTRY[rule_id].versions
    for day in SWITCH_DAYS:
        assert len([v for v in versions if v.covers(day)]) == 1, day
    assert REGISTRY[rule_id].version_for(
        {KeyDate.CONTRACT_CONCLUDED: date(2014, 12, 25), KeyDate.ORDER_PLACED: date(2014, 12, 25)}
    )


# The same machinery chooses the statute's version for the other topics: one date of the
# contract (or, for the 2017 complaint rule, of the complaint) selects exactly one version.


def _version_start(rule_id: str, dates: dict[KeyDate, date]) -> date:
    return REGISTRY[rule_id].version_for(dates).valid_from


@pytest.mark.parametrize(
    ("module", "rule_id", "concluded_on", "valid_from"),
    [
        # Art. 27 ust. 2 UoPK (30 days for visits and trips) from contracts of 2023-01-01.
        ("withdrawal", "withdrawal.period", date(2022, 12, 31), date(2014, 12, 25)),
        ("withdrawal", "withdrawal.period", date(2023, 1, 1), date(2023, 1, 1)),
        # PNPK withdrawal: art. 38a UoPK 2021-2022, art. 7aa UoPK from 2023.
        ("withdrawal", "withdrawal.right", date(2020, 12, 31), date(2014, 12, 25)),
        ("withdrawal", "withdrawal.right", date(2021, 1, 1), date(2021, 1, 1)),
        ("withdrawal", "withdrawal.right", date(2022, 12, 31), date(2021, 1, 1)),
        ("withdrawal", "withdrawal.right", date(2023, 1, 1), date(2023, 1, 1)),
        # KC rękojmia for contracts to 2022, UoPK chapters 5a-5b from 2023.
        ("conformity", "conformity.regime", date(2022, 12, 31), date(2014, 12, 25)),
        ("conformity", "conformity.regime", date(2023, 1, 1), date(2023, 1, 1)),
    ],
)
def test_one_contract_date_picks_one_statute_version(
    module: str, rule_id: str, concluded_on: date, valid_from: date
) -> None:
    pytest.importorskip(f"regulamin.rules.{module}")
    assert _version_start(rule_id, {KeyDate.CONTRACT_CONCLUDED: concluded_on}) == valid_from


@pytest.mark.parametrize(
    ("concluded_on", "received_on", "valid_from"),
    [
        # Contract from 2023: the 14-day art. 7a, keyed on the contract.
        (date(2023, 1, 1), date(2023, 1, 2), date(2023, 1, 1)),
        # Contract of 2022, complaint of 2023: the 30-day art. 7a of 2017, keyed on the complaint.
        (date(2022, 12, 31), date(2023, 2, 1), date(2017, 1, 10)),
        # Complaint received on 10.01.2017, the first day of art. 7a.
        (date(2016, 12, 1), date(2017, 1, 10), date(2017, 1, 10)),
        # Complaint of 9.01.2017: before art. 7a, only art. 561⁵ KC.
        (date(2016, 12, 1), date(2017, 1, 9), date(2014, 12, 25)),
    ],
)
def test_complaint_reply_version_by_contract_or_complaint_date(
    concluded_on: date, received_on: date, valid_from: date
) -> None:
    pytest.importorskip("regulamin.rules.complaints")
    dates = {KeyDate.CONTRACT_CONCLUDED: concluded_on, KeyDate.COMPLAINT_RECEIVED: received_on}
    assert _version_start("complaints.reply", dates) == valid_from


def test_one_order_date_selects_the_law_across_topics() -> None:
    # An order concluded on 31.12.2022 and one concluded a day later, with a complaint on
    # 1.02.2023 for both: every topic switches law between the two, each by its own key.
    pytest.importorskip("regulamin.rules.withdrawal")
    pytest.importorskip("regulamin.rules.conformity")
    pytest.importorskip("regulamin.rules.complaints")
    topics = (
        "status.customer",
        "withdrawal.period",
        "conformity.regime",
        "complaints.reply",
        liability.WARRANTY_RULE,
    )
    complaint = date(2023, 2, 1)
    before = {KeyDate.CONTRACT_CONCLUDED: date(2022, 12, 31), KeyDate.COMPLAINT_RECEIVED: complaint}
    after = {KeyDate.CONTRACT_CONCLUDED: date(2023, 1, 1), KeyDate.COMPLAINT_RECEIVED: complaint}
    for rule_id in topics:
        assert _version_start(rule_id, before) < date(2023, 1, 1), rule_id
        assert _version_start(rule_id, after) == date(2023, 1, 1), rule_id


# --------------------------------------------------------------------------- the explanation, whole


def test_a_one_off_order_explained_in_polish_and_english() -> None:
    d = terms_for_order(CODETWO, date(2017, 3, 31))
    assert d.explain("pl") == "\n".join(
        [
            "Zamówienie złożone 31 marca 2017 r. podlega wersji regulaminu 2016.",
            " - Regulamin stanowi, że zmiany obowiązują wyłącznie dla zamówień złożonych po dniu "
            "ich wejścia w życie, więc zamówienie podlega wersji obowiązującej w dniu "
            "poprzedzającym jego złożenie (30 marca 2017 r.).",
            " - Umowę jednorazową wiąże wzorzec doręczony przed jej zawarciem: wersja 2016 "
            "obowiązująca od 4 stycznia 2016 r. (art. 384 § 1 KC).",
            "Nie zastosowano:",
            " - Wersja 2017-03 (od 31 marca 2017 r.) nie wiąże tej umowy: późniejsza wersja nie "
            "zmienia umowy jednorazowej (art. 384 § 1 KC).",
        ]
    )
    assert d.explain("en") == "\n".join(
        [
            "The order placed on 31 March 2017 is governed by version 2016 of the terms.",
            " - The terms apply changes only to orders placed after the day they took effect, so "
            "the order is governed by the version in force on the day before it was placed "
            "(30 March 2017).",
            " - A one-off contract is bound by the standard terms delivered before its "
            "conclusion: version 2016, in force from 4 January 2016 (Art. 384 § 1 KC).",
            "Did not apply:",
            " - Version 2017-03 (from 31 March 2017) does not bind this contract: a later version "
            "does not change a one-off contract (Art. 384 § 1 KC).",
        ]
    )
    assert d.summary.message == "versions.one_off.governs"
    assert d.reasons[0].message == "versions.policy.orders_after_effective_day"
    assert d.reasons[0].params == {"day": date(2017, 3, 30)}


def test_a_delivered_change_explained_in_polish_and_english() -> None:
    contract = ContinuingContract(
        concluded_on=date(2024, 3, 1),
        changes=(ChangeNotice(version_id="v2", notified_on=date(2025, 6, 10), terminated=False),),
    )
    d = terms_for_continuing_contract(WOOHOO, contract, date(2025, 9, 1))
    assert d.explain("pl").splitlines()[0] == (
        "Na dzień 1 września 2025 r. umowę wiąże wersja regulaminu v2."
    )
    assert d.explain("pl").splitlines()[-1] == (
        " - Wersja v2 została doręczona 10 czerwca 2025 r., a klient nie wypowiedział umowy w "
        "najbliższym terminie wypowiedzenia: wiąże go od 10 czerwca 2025 r. (art. 384¹ KC)."
    )
    assert d.explain("en") == "\n".join(
        [
            "On 1 September 2025 the contract is governed by version v2 of the terms.",
            " - The terms state that a new version takes effect on the day of publication, so the "
            "order is governed by the version in force on the day it was placed (1 March 2024).",
            " - At conclusion on 1 March 2024 the contract was bound by version v1 "
            "(Art. 384 § 1 KC).",
            " - Version v2 was delivered on 10 June 2025 and the customer did not terminate at "
            "the nearest termination date: it binds them from 10 June 2025 (Art. 384¹ KC).",
        ]
    )
    undetermined = terms_for_order(WOOHOO, date(2024, 1, 9))
    assert undetermined.summary.text("en") == (
        "It cannot be determined which version of the terms governs the order placed on "
        "9 January 2024: terms.versions is missing."
    )
