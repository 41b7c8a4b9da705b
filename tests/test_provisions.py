"""Clauses of the seeds no statutory rule reads (issue 12, item 20): the availability the
terms declare (Woohoo § 4 ust. 9 pkt 4), order data kept after the account is deleted
(§ 11 ust. 5), what a submission must contain (§ 11 ust. 7, § 14 ust. 4, 6, 8), and others.

Every expected value is derived by hand; the derivation is in the comment next to it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from seeds import codetwo, woohoo

from regulamin.decision import Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models.clause_kinds import (
    Element,
    MaintenanceWork,
    RetainedClaim,
    Submission,
    VersionRequest,
)
from regulamin.terms import ShopTerms
from regulamin.terms.availability import allowed_downtime
from regulamin.terms.loader import parse_terms
from regulamin.terms.maintenance import maintenance
from regulamin.terms.price_changes import binding_price
from regulamin.terms.product_version import supported_version
from regulamin.terms.retention import order_data_kept_until
from regulamin.terms.submissions import submission_check

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


# --------------------------------------------------------------------------- order data kept


def _claim(due: date | None, *, business: bool | None = False, periodic: bool | None = False,
           name: str = "zwrot") -> RetainedClaim:
    return RetainedClaim(name=name, due_on=due, business_related=business, periodic=periodic)


def _kept(*claims: RetainedClaim, objected: bool | None = False, **kw: Any) -> Any:
    return order_data_kept_until(
        claims, deleted_on=date(2026, 5, 4), objected=objected, terms=woohoo(), **kw
    )


@pytest.mark.parametrize(
    ("due", "business", "periodic", "end"),
    [
        # six years to the matching date (art. 112 KC), then the year's end (art. 118 zd. 2):
        (date(2026, 3, 10), False, False, date(2032, 12, 31)),  # 10.03.2032 -> 31.12.2032
        (date(2026, 12, 31), False, False, date(2032, 12, 31)),  # 31.12.2032 itself
        (date(2027, 1, 1), False, False, date(2033, 12, 31)),  # a day later: 01.01.2033 -> 2033
        # three years for a claim related to running a business, or a periodic one:
        (date(2026, 3, 10), True, False, date(2029, 12, 31)),  # 10.03.2029 -> 31.12.2029
        (date(2026, 12, 31), False, True, date(2029, 12, 31)),  # 31.12.2029 itself
        (date(2027, 1, 1), True, None, date(2030, 12, 31)),  # short either way: 2030
        (date(2028, 2, 29), False, False, date(2034, 12, 31)),  # 28.02.2034 (art. 112) -> 2034
    ],
)
def test_kept_until_the_claim_is_time_barred(
    due: date, business: bool | None, periodic: bool | None, end: date
) -> None:
    d = _kept(_claim(due, business=business, periodic=periodic))
    assert d.outcome == end
    assert d.deadline == end


def test_kept_until_the_last_claim_is_barred_and_cites_the_clause() -> None:
    # a consumer's refund due 10.03.2026: 31.12.2032; the fee due 09.04.2026 (3 y): 31.12.2029
    d = _kept(_claim(date(2026, 3, 10)), _claim(date(2026, 4, 9), business=True, name="opłata"))
    assert d.outcome == date(2032, 12, 31)
    text = d.explain("pl")
    assert "§ 11 ust. 5 Regulaminu Woohoo Cloud" in text
    assert "art. 118 KC" in text
    assert "art. 751" in text  # the special two-year period it assumes away is named


def test_missing_facts_are_named_together() -> None:
    d = _kept(_claim(None, business=None, periodic=None), objected=None)
    assert d.outcome == Undetermined(
        ("claims[0].due_on", "claims[0].business_related", "claims[0].periodic", "objected")
    )
    # an objection without the judgment on the provider's interest
    d = _kept(_claim(date(2026, 3, 10)), objected=True)
    assert d.outcome == Undetermined(("overriding_interest",))


def test_an_objection_ends_the_keeping_unless_the_interest_overrides() -> None:
    refused = _kept(_claim(date(2026, 3, 10)), objected=True, overriding_interest=False)
    assert refused.outcome is None
    d = _kept(_claim(date(2026, 3, 10)), objected=True, overriding_interest=True)
    assert d.outcome == date(2032, 12, 31)


def test_retention_bad_input() -> None:
    with pytest.raises(InvalidFacts) as none:
        _kept()
    assert none.value.field == "claims"
    with pytest.raises(InvalidFacts) as clause:
        order_data_kept_until([_claim(date(2026, 3, 10))], deleted_on=date(2026, 5, 4),
                              objected=False, terms=_shop())
    assert clause.value.field == "terms.provisions.retention"
    # 08.07.2018: before art. 118 KC as amended (9 July 2018); 09.07.2018 is covered
    with pytest.raises(LawNotCovered):
        _kept(_claim(date(2018, 7, 8)))
    assert _kept(_claim(date(2018, 7, 9))).outcome == date(2024, 12, 31)  # 09.07.2024 -> 2024


# --------------------------------------------------------------------------- submissions

_ALL_NOTICE = {"explanation": True, "location": True, "name": True, "email": True,
               "good_faith": True}


def _check(kind: str, contents: dict[str, bool], **kw: Any) -> Any:
    submission = Submission(kind=kind, received_on=date(2026, 3, 2), contents=contents, **kw)
    return submission_check(submission, terms=woohoo())


def test_complaint_lacking_two_elements_names_both() -> None:
    # § 11 ust. 7: name, postal address, kind and date of the irregularity; two not given
    d = _check("complaint", {"name": True, "postal_address": False, "issue_kind": True,
                             "issue_date": False})
    assert d.outcome is False
    assert d.lacking == (Element.POSTAL_ADDRESS, Element.ISSUE_DATE)
    text = d.explain("pl")
    assert "adres do korespondencji" in text and "data wystąpienia" in text
    assert "§ 11 ust. 7 Regulaminu Woohoo Cloud" in text


def test_unknown_elements_are_named_together() -> None:
    # only the name is stated: the other three of § 11 ust. 7 are missing facts
    d = _check("complaint", {"name": True})
    assert d.outcome == Undetermined(("submission.contents.postal_address",
                                      "submission.contents.issue_kind",
                                      "submission.contents.issue_date"))


def test_notice_url_where_possible_and_the_child_abuse_exception() -> None:
    # every element: complete; without the URL (pkt 2, "w miarę możliwości"): still complete
    assert _check("notice", _ALL_NOTICE).outcome is True
    no_url = _check("notice", {**_ALL_NOTICE, "location": False})
    assert no_url.outcome is True and no_url.lacking == ()
    assert "w miarę możliwości" in no_url.explain("pl")
    # the URL not even stated: not asked either (it cannot decide)
    assert _check("notice", {k: v for k, v in _ALL_NOTICE.items() if k != "location"}).outcome
    anonymous = {**_ALL_NOTICE, "name": False, "email": False}
    # pkt 3: name and e-mail not needed for an art. 3-7 Directive 2011/93/EU offence
    assert _check("notice", anonymous).outcome == Undetermined(
        ("submission.child_abuse_offence",)
    )
    assert _check("notice", anonymous, child_abuse_offence=True).outcome is True
    other = _check("notice", anonymous, child_abuse_offence=False)
    assert other.outcome is False and other.lacking == (Element.NAME, Element.EMAIL)


def test_appeal_needs_name_contact_and_grounds() -> None:
    # § 14 ust. 6 (and ust. 8): three elements
    assert _check("appeal", {"name": True, "contact": True, "grounds": True}).outcome is True
    d = _check("appeal", {"name": True, "contact": True, "grounds": False})
    assert d.lacking == (Element.GROUNDS,)
    assert "art. 20 ust. 1 DSA" in d.explain("pl")


def test_terms_without_the_list_name_the_field() -> None:
    with pytest.raises(InvalidFacts) as error:
        submission_check(Submission(kind="appeal", received_on=date(2026, 3, 2)), terms=_shop())
    assert error.value.field == "terms.provisions.submissions.appeal"


# --------------------------------------------------------------------------- price changes

_CET = timezone(timedelta(hours=1))
_CHANGE = datetime(2026, 3, 2, 12, tzinfo=_CET)


def _price(concluded: datetime, terms: ShopTerms | None = None) -> Any:
    return binding_price(concluded_at=concluded, changed_at=_CHANGE, agreed=Decimal("100.00"),
                         new=Decimal("120.00"), terms=terms or woohoo())


def test_a_concluded_contract_keeps_its_price() -> None:
    # one second before 12:00 the same day: concluded before the change -> the agreed 100.00
    assert _price(_CHANGE - timedelta(seconds=1)).outcome == Decimal("100.00")
    # at the instant and after: not "zawarte przed tymi zmianami" -> 120.00
    assert _price(_CHANGE).outcome == Decimal("120.00")
    assert _price(_CHANGE + timedelta(days=1)).outcome == Decimal("120.00")
    # 11:30 UTC = 12:30 CET: after the change although "11:30" reads earlier
    assert _price(datetime(2026, 3, 2, 11, 30, tzinfo=UTC)).outcome == Decimal("120.00")
    assert "§ 16 ust. 3 Regulaminu Woohoo Cloud" in _price(_CHANGE).explain("pl")


def test_price_change_bad_input() -> None:
    with pytest.raises(InvalidFacts) as naive:
        _price(datetime(2026, 3, 2, 11))
    assert naive.value.field == "concluded_at"
    with pytest.raises(InvalidFacts) as negative:
        binding_price(concluded_at=_CHANGE, changed_at=_CHANGE, agreed=Decimal("-1"),
                      new=Decimal("1"), terms=woohoo())
    assert negative.value.field == "agreed"
    with pytest.raises(InvalidFacts) as clause:
        _price(_CHANGE, _shop())
    assert clause.value.field == "terms.provisions.price_changes"


# --------------------------------------------------------------------------- maintenance

_NIGHT = datetime(2026, 3, 2, 22, tzinfo=_CET)


def _work(**facts: Any) -> Any:
    return maintenance(MaintenanceWork(starts_at=_NIGHT, **facts), terms=woohoo())


def test_urgent_work_only_after_the_email() -> None:
    # e-mail sent a second before the start, or at the same instant: "po poinformowaniu"
    assert _work(urgent=True, emailed_at=_NIGHT - timedelta(seconds=1)).outcome is True
    assert _work(urgent=True, emailed_at=_NIGHT).outcome is True
    # a second after the start, or no e-mail: not allowed
    assert _work(urgent=True, emailed_at=_NIGHT + timedelta(seconds=1)).outcome is False
    d = _work(urgent=True)
    assert d.outcome is False and d.released is None
    assert "§ 8 ust. 4 Regulaminu Woohoo Cloud" in d.explain("pl")


def test_refused_planned_work_releases_with_the_caveat() -> None:
    d = _work(urgent=False, refused=True)
    assert (d.outcome, d.released) == (False, True)
    text = d.explain("pl")
    assert "§ 8 ust. 3 Regulaminu Woohoo Cloud" in text and "art. 385³ pkt 2 KC" in text
    agreed = _work(urgent=False, refused=False)
    assert (agreed.outcome, agreed.released) == (True, False)


def test_maintenance_missing_facts_and_bad_input() -> None:
    assert _work(urgent=None).outcome == Undetermined(("work.urgent",))
    assert _work(urgent=False).outcome == Undetermined(("work.refused",))
    with pytest.raises(InvalidFacts) as naive:
        maintenance(MaintenanceWork(starts_at=datetime(2026, 3, 2, 22), urgent=True),
                    terms=woohoo())
    assert naive.value.field == "work.starts_at"
    with pytest.raises(InvalidFacts) as clause:
        maintenance(MaintenanceWork(starts_at=_NIGHT, urgent=True), terms=_shop())
    assert clause.value.field == "terms.provisions.maintenance"


# --------------------------------------------------------------------------- one version


def _version(chosen: str | None, concerns: str | None) -> Any:
    request = VersionRequest(asked_on=date(2026, 3, 2), chosen=chosen, concerns=concerns)
    return supported_version(request, terms=codetwo())


def test_support_for_the_one_chosen_version() -> None:
    assert _version("2.1", "2.1").outcome is True
    assert _version("2.1", " 2.1 ").outcome is True  # spaces around: the same name
    assert _version("v2.1", "V2.1").outcome is True  # case: the same name
    assert _version("2.1", "2.0").outcome is False
    assert _version("2.1", "2.1.0").outcome is False  # no numbering rule in the terms
    text = _version("2.1", "2.0").explain("pl")
    assert "Regulaminu Wsparcia Technicznego CodeTwo" in text and "Warunki ogólne" in text


def test_unknown_versions_are_named_together() -> None:
    assert _version(None, None).outcome == Undetermined(("request.chosen", "request.concerns"))
    assert _version("2.1", None).outcome == Undetermined(("request.concerns",))
    with pytest.raises(InvalidFacts) as clause:
        supported_version(VersionRequest(asked_on=date(2026, 3, 2), chosen="1", concerns="1"),
                          terms=_shop())
    assert clause.value.field == "terms.provisions.one_version"


def test_a_later_version_replaces_the_provisions() -> None:
    shop = parse_terms(
        _BARE.replace(
            "versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]",
            "versions:\n"
            "  - {id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}\n"
            "  - {id: v2, published_on: 2026-05-15, effective_from: 2026-06-01,\n"
            "     provisions: {availability: {percent: '99.99'}}}",
        )
        + 'provisions: {availability: {percent: "99.9"}}\n',
        "shop.yaml",
    )
    # May 2026 under v1: 0.1 % of 31 × 86,400 = 2,678,400 s -> 2,678.4 s
    assert allowed_downtime(2026, 5, terms=shop).outcome == Decimal("2678.4")
    # June 2026 under v2: 0.01 % of 30 × 86,400 = 2,592,000 s -> 259.2 s
    assert allowed_downtime(2026, 6, terms=shop).outcome == Decimal("259.2")
