"""The terms linter on the two seed regulaminy (clean) and on deliberately bad terms files in
tests/data/terms/ (one finding per problem, with the file, the line and the article).

The expected lines are found in each file's text; the expected articles are the ones the
statute gives for each problem (the comment at the top of each file says which)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest

from regulamin.cli import main
from regulamin.terms import Finding, ShopTerms, lint, lint_terms

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "terms"


def line_of(path: Path, needle: str, after: str | None = None) -> int:
    """The 1-based line of ``path`` containing ``needle`` (the first after ``after``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0 if after is None else next(i for i, line in enumerate(lines) if after in line)
    return next(n for n, line in enumerate(lines, 1) if n > start and needle in line)


def where(findings: list[Finding]) -> list[tuple[int | None, str]]:
    return [(f.line, f.field) for f in findings]


def cited(finding: Finding) -> list[str]:
    return [c.pl() for c in finding.basis]


WOOHOO = ROOT / "examples" / "woohoo_cloud" / "terms.yaml"
CODETWO = ROOT / "examples" / "codetwo_support" / "terms.yaml"


def test_the_seed_regulaminy_report_only_the_clauses_of_concern() -> None:
    # Every number in the seeds is at least the statute's; what a lawyer flags is stated under
    # clauses_of_concern (and changes.reasons_are_examples), and only that is reported.
    for path in (WOOHOO, CODETWO):
        fields = {f.field.split(".")[0] for f in lint(path)}
        assert fields <= {"clauses_of_concern", "changes"}


def test_woohoo_clauses_of_concern_with_their_articles() -> None:
    # § 16 ust. 2: one finding for both protected customers (art. 385³ pkt 10, through 385⁵ for
    # the PNPK). Each exclusion reaching something (§ 8 ust. 2, § 8 ust. 3, § 5 ust. 2 pkt 3)
    # and the carve-out of § 8 ust. 5: one finding for a consumer and one for a PNPK (the
    # version of 17.02.2024 is after 2021, so the PNPK exists on its first day). § 5 ust. 2
    # pkt 4 (force majeure) reaches nothing art. 471 KC does not excuse: no finding.
    # 1 + 3 * 2 + 2 = 9.
    findings = lint(WOOHOO)
    assert len(findings) == 9
    by = {(f.field, f.reason.params["whom"].id if f.reason.params else None): f for f in findings}
    consumer, pnpk = "lint.abusive.whom.consumer", "lint.abusive.whom.pnpk"
    change = by["changes.reasons_are_examples", "lint.abusive.whom.both"]
    assert change.line == line_of(WOOHOO, "reasons_are_examples")
    assert cited(change) == [
        "§ 16 ust. 2 Regulaminu Woohoo Cloud",
        "art. 385¹ § 1 KC",
        "art. 385⁵ KC",
        "art. 385³ pkt 10 KC",
    ]
    # § 8 ust. 2 "żadne roszczenia": own diligence (art. 472), performers (art. 474), conformity
    # (strict; void for a consumer by art. 7 UoPK from 2023), under art. 385³ pkt 2
    maintenance = by["clauses_of_concern.liability_exclusions[0].reaches", consumer]
    assert maintenance.line == line_of(WOOHOO, '"§ 8 ust. 2"')
    assert cited(maintenance) == [
        "§ 8 ust. 2 Regulaminu Woohoo Cloud",
        "art. 385¹ § 1 KC",
        "art. 385³ pkt 2 KC",
        "art. 472 KC",
        "art. 474 KC",
        "art. 7 UoPK",
    ]
    # for a PNPK art. 7 UoPK does not apply (art. 7aa reaches chapters 4, 5a, 5b only): 385⁵
    assert cited(by["clauses_of_concern.liability_exclusions[0].reaches", pnpk]) == [
        "§ 8 ust. 2 Regulaminu Woohoo Cloud",
        "art. 385¹ § 1 KC",
        "art. 385⁵ KC",
        "art. 385³ pkt 2 KC",
        "art. 472 KC",
        "art. 474 KC",
    ]
    refusal = by["clauses_of_concern.liability_exclusions[1].reaches", consumer]
    assert refusal.line == line_of(WOOHOO, '"§ 8 ust. 3"')
    assert "art. 472 KC" in cited(refusal)
    cloud = by["clauses_of_concern.liability_exclusions[2].reaches", consumer]
    assert cloud.line == line_of(WOOHOO, '"§ 5 ust. 2 pkt 3"')
    assert cited(cloud) == [
        "§ 5 ust. 2 pkt 3 Regulaminu Woohoo Cloud",
        "art. 385¹ § 1 KC",
        "art. 385³ pkt 2 KC",
        "art. 474 KC",
    ]
    carve = by["clauses_of_concern.conformity_carve_outs[0].expressly_accepted", consumer]
    assert carve.reason.message == "lint.abusive.carve_out"
    assert cited(carve) == [
        "§ 8 ust. 5 Regulaminu Woohoo Cloud",
        "art. 43k ust. 5 UoPK",
        "art. 7 UoPK",
    ]
    assert cited(
        by["clauses_of_concern.conformity_carve_outs[0].expressly_accepted", pnpk]
    ) == [
        "§ 8 ust. 5 Regulaminu Woohoo Cloud",
        "art. 43k ust. 5 UoPK",
        "art. 7aa ust. 1 UoPK",
        "art. 385⁵ KC",
        "art. 385³ pkt 2 KC",
    ]


def test_codetwo_breaks_avoidable_at_a_cost() -> None:
    # Warunki ogólne pkt 7: causes avoidable at extra cost are within the producer's own
    # diligence (art. 472 KC). The 2017 version: a consumer from its first day; a PNPK only
    # from 1.01.2021 (art. 385⁵ KC), the day the law changes for the linter.
    consumer, pnpk = lint(CODETWO)
    assert consumer.line == pnpk.line == line_of(CODETWO, "Warunki ogólne pkt 7\", reaches")
    assert cited(consumer) == [
        "pkt 7 części „Warunki ogólne” Regulaminu Wsparcia Technicznego CodeTwo",
        "art. 385¹ § 1 KC",
        "art. 385³ pkt 2 KC",
        "art. 472 KC",
    ]
    assert consumer.reason.params is not None and pnpk.reason.params is not None
    assert consumer.reason.params["day"] == date(2017, 3, 31)
    assert pnpk.reason.params["day"] == date(2021, 1, 1)
    assert "art. 385⁵ KC" in cited(pnpk)


def test_a_withdrawal_period_shorter_than_the_act() -> None:
    path = DATA / "withdrawal_seven_days.yaml"
    [finding] = lint(path)
    assert where([finding]) == [(line_of(path, "withdrawal:"), "promises.withdrawal.days")]
    assert finding.file == str(path)
    # 14 days from conclusion for a service (art. 27 ust. 1, art. 28 pkt 2); void (art. 7)
    assert cited(finding) == [
        "§ 8 ust. 1 Regulaminu sklepu Przykład",
        "art. 7 UoPK",
        "art. 27 ust. 1 UoPK",
        "art. 28 pkt 2 UoPK",
    ]
    assert finding.reason.text("pl") == (
        "Regulamin daje na odstąpienie od umowy 7 dni, mniej niż ustawa (14 dni) w umowach "
        "zawieranych od 1 stycznia 2026 r.: takie postanowienie jest nieważne i stosuje się "
        "ustawę."
    )
    assert finding.version == "2026-01"


def test_a_complaint_reply_period_longer_than_the_act() -> None:
    path = DATA / "complaint_thirty_days.yaml"
    [finding] = lint(path)
    assert where([finding]) == [
        (line_of(path, "complaint_reply:"), "promises.complaint_reply.days")
    ]
    assert cited(finding) == [
        "§ 9 ust. 2 Regulaminu sklepu Przykład",
        "art. 7 UoPK",
        "art. 7a ust. 1 UoPK",
    ]


def test_before_2023_the_rekojmia_demands_had_14_days() -> None:
    # A 2020 version: art. 7a gave 30 days, art. 561⁵ KC 14 for rękojmia demands; a consumer's
    # rękojmia rights may be limited only where the law allows (art. 558 § 1 KC)
    path = DATA / "complaint_before_2023.yaml"
    [finding] = lint(path)
    assert finding.line == line_of(path, "complaint_reply:")
    assert cited(finding) == [
        "§ 9 ust. 2 Regulaminu sklepu Przykład",
        "art. 558 § 1 KC",
        "art. 561⁵ KC",
    ]
    assert finding.reason.params is not None
    assert finding.reason.params["day"] == date(2020, 3, 2)


def test_the_lowest_price_window_from_the_day_the_duty_began() -> None:
    # Only the version in force on 1 January 2023 with fewer than 30 days falls below it.
    path = DATA / "lowest_price_window.yaml"
    [finding] = lint(path)
    assert where([finding]) == [
        (
            line_of(path, "lowest_price:", after='id: "2022"'),
            "versions[1].lowest_price.window_days",
        )
    ]
    assert cited(finding) == ["§ 2 ust. 5 Regulaminu sklepu Przykład", "art. 4 ust. 2 UoIC"]
    assert finding.reason.params is not None
    assert finding.reason.params["day"] == date(2023, 1, 1)
    assert finding.version == "2022"


def test_business_clauses_for_everyone() -> None:
    # Each clause reaches a consumer and a PNPK: four problems.
    path = DATA / "business_for_everyone.yaml"
    findings = lint(path)
    warranty, cap = line_of(path, "warranty_exclusion:"), line_of(path, "liability_cap:")
    assert where(findings) == [
        (warranty, "business.warranty_exclusion"),
        (warranty, "business.warranty_exclusion"),
        (cap, "business.liability_cap"),
        (cap, "business.liability_cap"),
    ]
    by_whom = {(f.field, f.reason.text("en").split(" also covers ")[1][:10]): f for f in findings}
    # a consumer: from 2023 the act's conformity rules, semi-mandatory (art. 7 UoPK)
    assert "art. 7 UoPK" in cited(by_whom["business.warranty_exclusion", "a consumer"])
    # a PNPK: chapters 5a-5b through art. 7aa ust. 1 UoPK, unfair terms (art. 385⁵ KC)
    pnpk_warranty = cited(by_whom["business.warranty_exclusion", "a sole tra"])
    assert {"art. 7aa ust. 1 UoPK", "art. 385⁵ KC"} <= set(pnpk_warranty)
    assert "art. 385³ pkt 2 KC" in cited(by_whom["business.liability_cap", "a consumer"])
    assert "art. 385⁵ KC" in cited(by_whom["business.liability_cap", "a sole tra"])


def test_clauses_reach_the_pnpk_from_the_day_the_law_knows_it() -> None:
    path = DATA / "business_reaching_pnpk.yaml"
    findings = lint(path)
    assert where(findings) == [
        (line_of(path, "warranty_exclusion:"), "business.warranty_exclusion"),
        (line_of(path, "liability_cap:"), "business.liability_cap"),
    ]
    for finding in findings:
        assert finding.reason.params is not None
        assert finding.reason.params["day"] == date(2021, 1, 1)
    # 2021-2022: the consumer's rękojmia through art. 556⁴ KC; the cap under art. 385⁵ KC
    assert "art. 556⁴ KC" in cited(findings[0])
    assert "art. 385⁵ KC" in cited(findings[1])


def test_a_change_policy_binding_earlier_orders() -> None:
    path = DATA / "changes_bind_existing_orders.yaml"
    [finding] = lint(path)
    assert where([finding]) == [
        (line_of(path, "binds_existing_orders"), "changes.binds_existing_orders")
    ]
    assert cited(finding) == ["§ 20 ust. 1 Regulaminu sklepu Przykład", "art. 384 § 1 KC"]
    assert finding.version is None


def test_continuing_contracts_changed_for_no_reason() -> None:
    path = DATA / "changes_without_reasons.yaml"
    [finding] = lint(path)
    # no "reasons" key is written: the finding points at the change clause
    assert where([finding]) == [(line_of(path, "changes:"), "changes.reasons")]
    assert cited(finding) == ["§ 20 ust. 1 Regulaminu sklepu Przykład", "art. 385³ pkt 10 KC"]


def test_refund_periods_longer_than_the_act() -> None:
    path = DATA / "refunds_thirty_days.yaml"
    withdrawal, reduction = lint(path)
    assert where([withdrawal, reduction]) == [
        (line_of(path, "withdrawal_refund:"), "promises.withdrawal_refund.days"),
        (line_of(path, "reduction_refund:"), "promises.reduction_refund.days"),
    ]
    assert "art. 32 ust. 1 UoPK" in cited(withdrawal)
    assert "art. 43o ust. 6 UoPK" in cited(reduction)


def test_a_liability_period_shorter_than_the_act() -> None:
    # goods delivered on the version's day, 2.01.2026: the act's two years run to 2.01.2028
    path = DATA / "conformity_one_year.yaml"
    [finding] = lint(path)
    assert where([finding]) == [(line_of(path, "conformity:"), "promises.conformity.months")]
    assert cited(finding) == [
        "§ 7 ust. 1 Regulaminu sklepu Przykład",
        "art. 7 UoPK",
        "art. 43c ust. 1 UoPK",
    ]
    assert finding.reason.params is not None
    assert finding.reason.params["statutory"] == date(2028, 1, 2)


def test_a_version_against_the_terms_own_policy() -> None:
    path = DATA / "versions_against_policy.yaml"
    [finding] = lint(path)
    assert where([finding]) == [(line_of(path, 'id: "2026"'), "versions[1].effective_from")]
    assert cited(finding) == ["§ 16 ust. 2 Regulaminu sklepu Przykład"]


def test_a_file_that_is_not_valid_terms_is_reported_where_it_is_wrong() -> None:
    path = DATA / "misspelt.yaml"
    [finding] = lint(path)
    assert str(finding) == (
        f"{path}:{line_of(path, 'complaint_replies')}:3: promises.complaint_replies: unknown "
        "field; did you mean 'complaint_reply'?"
    )


def test_every_bad_file_has_findings() -> None:
    bad = sorted(DATA.glob("*.yaml"))
    assert len(bad) >= 10
    assert all(lint(path) for path in bad)


def test_lint_terms_without_a_document() -> None:
    terms = ShopTerms.model_validate(
        {
            "name": "Regulamin",
            "cited_as": {"pl": "Regulaminu", "en": "Terms"},
            "trader": {"name": "X"},
            "customers": ["consumer"],
            "policy": "from_effective_day",
            "versions": [{"id": "1", "published_on": "2026-01-01", "effective_from": "2026-01-01"}],
            "promises": {"withdrawal": {"days": 10, "clause": "§ 1"}},
        }
    )
    [finding] = lint_terms(terms)
    assert (finding.file, finding.line, finding.field) == (
        "<terms>",
        None,
        "promises.withdrawal.days",
    )


# --------------------------------------------------------------------------- the command


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def test_the_command_prints_each_finding_with_the_article_and_fails() -> None:
    path = DATA / "withdrawal_seven_days.yaml"
    code, out = run("lint", str(path), "--lang", "en")
    assert code == 1
    [printed] = out.splitlines()
    assert printed.startswith(f"{path}:{line_of(path, 'withdrawal:')}:")
    assert "Art. 27(1) UoPK" in printed
    assert "§ 8(1) Przykład Shop Terms" in printed
    # Polish by default, like the other commands
    assert "art. 27 ust. 1 UoPK" in run("lint", str(path))[1]


def test_the_command_passes_clean_terms(tmp_path: Path) -> None:
    # the Woohoo seed without what a lawyer flags in it: nothing below the statute remains
    text = WOOHOO.read_text(encoding="utf-8")
    clean = text[: text.index("clauses_of_concern:")] + text[text.index("\nbusiness:") :]
    clean = clean.replace("  reasons_are_examples: true\n", "")
    path = tmp_path / "terms.yaml"
    path.write_text(clean, encoding="utf-8")
    assert run("lint", str(path)) == (0, "")


def test_a_version_older_than_the_act_is_checked_from_each_day_the_law_began(
    tmp_path: Path,
) -> None:
    # A version of 2010, still in force: the consumer rights act from 25.12.2014 (withdrawal,
    # and the warranty towards a consumer), the PNPK from 1.01.2021, the lowest price from
    # 1.01.2023.
    path = tmp_path / "old.yaml"
    path.write_text(
        "name: Regulamin\n"
        "cited_as: {pl: Regulaminu, en: Terms}\n"
        "trader: {name: X}\n"
        "customers: [consumer, pnpk, trader]\n"
        "policy: from_effective_day\n"
        'versions: [{id: "2010", published_on: 2010-01-04, effective_from: 2010-01-04}]\n'
        'promises: {withdrawal: {days: 7, clause: "§ 8 ust. 1"}}\n'
        "business:\n"
        "  applies_to: [consumer, pnpk, trader]\n"
        '  clause: "§ 12 ust. 1"\n'
        '  warranty_exclusion: {clause: "§ 12 ust. 2"}\n'
        'lowest_price: {window_days: 7, clause: "§ 2 ust. 5"}\n',
        encoding="utf-8",
    )
    days = [(f.field, f.reason.params["day"]) for f in lint(path) if f.reason.params]
    assert days == [
        ("promises.withdrawal.days", date(2014, 12, 25)),
        ("business.warranty_exclusion", date(2014, 12, 25)),
        ("business.warranty_exclusion", date(2021, 1, 1)),
        ("lowest_price.window_days", date(2023, 1, 1)),
    ]


def test_a_finding_reads_as_one_sentence_in_each_language() -> None:
    terms = ShopTerms.model_validate(
        {
            "name": "Regulamin sklepu Przykład",
            "cited_as": {"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
            "trader": {"name": "X"},
            "customers": ["consumer"],
            "policy": "from_effective_day",
            "versions": [
                {"id": "v1", "published_on": "2026-01-01", "effective_from": "2026-01-01"}
            ],
            "promises": {"complaint_reply": {"days": 30, "clause": "§ 9 ust. 2"}},
        }
    )
    [finding] = lint_terms(terms)
    assert finding.reason.message == "lint.complaint_reply.longer"
    assert finding.text() == finding.text("pl") == str(finding)
    assert finding.text("pl") == (
        "<terms>: promises.complaint_reply.days: [v1] Regulamin daje przedsiębiorcy na odpowiedź "
        "na reklamację konsumenta 30 dni, więcej niż ustawa (14 dni) w umowach zawieranych od "
        "1 stycznia 2026 r.: takie postanowienie jest nieważne i stosuje się ustawę (§ 9 ust. 2 "
        "Regulaminu sklepu Przykład, art. 7 UoPK, art. 7a ust. 1 UoPK)."
    )
    assert finding.text("en") == (
        "<terms>: promises.complaint_reply.days: [v1] The terms give the trader 30 days to reply "
        "to a consumer's complaint, more than the act (14 days) for contracts concluded from "
        "1 January 2026: such a term is void and the act applies instead (§ 9(2) Przykład Shop "
        "Terms, Art. 7 UoPK, Art. 7a(1) UoPK)."
    )


# --------------------------------------------------------------------------- clauses of concern


def _terms(**content: object) -> ShopTerms:
    """A shop for consumers, PNPK and traders with continuing contracts; one version from
    ``effective`` (2026-01-01 unless given) and the content given."""
    effective = content.pop("effective", "2026-01-01")
    data: dict[str, object] = {
        "name": "Regulamin sklepu Przykład",
        "cited_as": {"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
        "trader": {"name": "X"},
        "customers": content.pop("customers", ["consumer", "pnpk", "trader"]),
        "continuing": True,
        "policy": content.pop("policy", "effective_on_publication"),
        "versions": [{"id": "v1", "published_on": effective, "effective_from": effective}],
    }
    data.update(content)
    return ShopTerms.model_validate(data)


def _exclusion(*reaches: str, effective: str = "2026-01-01", **more: object) -> ShopTerms:
    return _terms(
        effective=effective,
        clauses_of_concern={
            "liability_exclusions": [{"clause": "§ 8 ust. 2", "reaches": list(reaches)}]
        },
        **more,
    )


def test_an_exclusion_reaching_nothing_the_trader_answers_for_is_not_reported() -> None:
    # force majeure only: art. 471 KC already excuses it (the boundary: reaches empty)
    assert lint_terms(_exclusion()) == []
    # one step over: its own diligence (art. 472 KC) under art. 385³ pkt 2
    consumer, pnpk = lint_terms(_exclusion("own_fault"))
    assert cited(consumer) == [
        "§ 8 ust. 2 Regulaminu sklepu Przykład",
        "art. 385¹ § 1 KC",
        "art. 385³ pkt 2 KC",
        "art. 472 KC",
    ]
    assert "art. 385⁵ KC" in cited(pnpk)


def test_harm_to_the_person_is_art_385_3_pkt_1() -> None:
    consumer, _ = lint_terms(_exclusion("personal_injury"))
    assert cited(consumer)[-1] == "art. 385³ pkt 1 KC"


def test_only_traders_no_finding() -> None:
    # art. 385¹ protects consumers, art. 385⁵ the PNPK: a shop for traders alone has neither
    assert lint_terms(_exclusion("own_fault", "conformity", customers=["trader"])) == []


def test_conformity_rights_are_void_by_art_7_from_2023() -> None:
    # the act's chapters 5a-5b (and art. 7 over them) from 1.01.2023: a version of 31.12.2022
    # ends on no later version, so the linter also reads it on 1.01.2023; the finding is kept
    # for the first day (one per clause and customer): without art. 7 UoPK. A version of
    # 1.01.2023 cites it.
    before = lint_terms(_exclusion("conformity", effective="2022-12-31"))
    from_2023 = lint_terms(_exclusion("conformity", effective="2023-01-01"))
    consumer_before = next(f for f in before if "385⁵" not in str(cited(f)))
    consumer_2023 = next(f for f in from_2023 if "385⁵" not in str(cited(f)))
    assert "art. 7 UoPK" not in cited(consumer_before)
    assert cited(consumer_2023)[-1] == "art. 7 UoPK"


def test_no_pnpk_before_2021() -> None:
    # a version in force 1.06.2020-31.12.2020 (a later one from 1.01.2021 with no exclusion):
    # only the consumer; the PNPK exists from 1.01.2021 (art. 385⁵ KC)
    terms = _exclusion("own_fault", effective="2020-06-01")
    data = terms.model_dump(mode="json", exclude_none=True)
    data["versions"].append(
        {
            "id": "v2",
            "published_on": "2021-01-01",
            "effective_from": "2021-01-01",
            "clauses_of_concern": {"liability_exclusions": []},
        }
    )
    [finding] = lint_terms(ShopTerms.model_validate(data))
    assert finding.version == "v1"
    assert "art. 385⁵ KC" not in cited(finding)


def _carve_out(accepted: bool | None, effective: str = "2026-01-01") -> ShopTerms:
    carve: dict[str, object] = {"clause": "§ 8 ust. 5"}
    if accepted is not None:
        carve["expressly_accepted"] = accepted
    return _terms(
        effective=effective, clauses_of_concern={"conformity_carve_outs": [carve]}
    )


def test_a_carve_out_binds_only_when_expressly_and_separately_accepted() -> None:
    # art. 43k ust. 5 UoPK: accepted, nothing to report; not accepted, the trader stays liable;
    # not stated, the finding names the missing fact
    assert lint_terms(_carve_out(True)) == []
    refused = lint_terms(_carve_out(False))
    assert [f.reason.message for f in refused] == ["lint.abusive.carve_out"] * 2
    unknown = lint_terms(_carve_out(None))
    assert [f.reason.message for f in unknown] == ["lint.abusive.carve_out_unknown"] * 2
    assert "expressly_accepted" in unknown[0].reason.text("en")


def test_a_carve_out_is_checked_from_2023() -> None:
    # chapter 5b UoPK from 1.01.2023: a version ending 31.12.2022 is not checked; one of
    # 31.12.2022 still in force is checked from 1.01.2023
    terms = _carve_out(False, effective="2022-06-01")
    data = terms.model_dump(mode="json", exclude_none=True)
    data["versions"][0]["effective_until"] = "2022-12-31"
    assert lint_terms(ShopTerms.model_validate(data)) == []
    checked = lint_terms(_carve_out(False, "2022-12-31"))
    days = {f.reason.params["day"] for f in checked if f.reason.params}
    assert days == {date(2023, 1, 1)}


def _changes(examples: bool, **more: object) -> ShopTerms:
    return _terms(
        changes={
            "clause": "§ 16 ust. 2",
            "reasons": ["zmiana oferty"],
            "reasons_are_examples": examples,
        },
        **more,
    )


def test_reasons_named_only_as_examples() -> None:
    # a closed list: art. 385³ pkt 10 is kept; an open one ("takich jak np."): one finding for
    # both the consumer and the PNPK
    assert lint_terms(_changes(False)) == []
    [finding] = lint_terms(_changes(True))
    assert cited(finding) == [
        "§ 16 ust. 2 Regulaminu sklepu Przykład",
        "art. 385¹ § 1 KC",
        "art. 385⁵ KC",
        "art. 385³ pkt 10 KC",
    ]
    assert finding.reason.text("pl").endswith(
        "nie wiąże konsumenta ani przedsiębiorcy na prawach konsumenta."
    )
    # consumers only: no art. 385⁵
    [consumer] = lint_terms(_changes(True, customers=["consumer"]))
    assert "art. 385⁵ KC" not in cited(consumer)
    # a new version never reaching running contracts changes none: nothing to report
    assert lint_terms(_changes(True, policy="orders_after_effective_day")) == []


def test_each_reach_is_listed_once() -> None:
    with pytest.raises(ValueError, match="once"):
        _exclusion("own_fault", "own_fault")


# --------------------------------------------------------------------------- whom and which version


def terms_with(promises: Mapping[str, object], **more: object) -> ShopTerms:
    data: dict[str, object] = {
        "name": "Regulamin sklepu Przykład",
        "cited_as": {"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
        "trader": {"name": "X"},
        "customers": ["consumer", "trader"],
        "policy": "from_effective_day",
        "versions": [{"id": "v1", "published_on": "2026-01-01", "effective_from": "2026-01-01"}],
        "promises": promises,
        **more,
    }
    return ShopTerms.model_validate(data)


_TRADERS_ONLY = {
    # 7 days to withdraw, refunds within 30 days: below the act for a consumer, but promised
    # to traders alone, whom the act gives no right (a contractual one, art. 395 KC)
    "withdrawal": {"days": 7, "clause": "§ 12 ust. 4", "covers": ["trader"]},
    "withdrawal_refund": {"days": 30, "clause": "§ 12 ust. 5", "covers": ["trader"]},
    "reduction_refund": {"days": 30, "clause": "§ 12 ust. 6", "covers": ["trader"]},
}


def test_a_promise_to_traders_alone_is_no_finding() -> None:
    assert lint_terms(terms_with(_TRADERS_ONLY)) == []


def test_the_same_promises_to_consumers_are_findings() -> None:
    # The same numbers promised to consumers (named, or by default): each falls below the act.
    named = {k: {**v, "covers": ["consumer", "trader"]} for k, v in _TRADERS_ONLY.items()}
    fields = [
        "promises.withdrawal.days",
        "promises.withdrawal_refund.days",
        "promises.reduction_refund.days",
    ]
    assert sorted(f.field for f in lint_terms(terms_with(named))) == sorted(fields)


def test_a_promise_to_the_pnpk_from_the_day_the_law_knows_it() -> None:
    # 7 days promised to sole traders (covers: [pnpk]) by a version of 2020 still in force:
    # the PNPK exists from 1.01.2021 (art. 38a UoPK), so the finding is dated that day; a
    # version ending on 31.12.2020 reaches no PNPK and is no finding.
    pnpk_only = {"withdrawal": {"days": 7, "clause": "§ 8 ust. 1", "covers": ["pnpk"]}}
    version = {"id": "2020", "published_on": "2020-06-01", "effective_from": "2020-06-01"}
    terms = terms_with(pnpk_only, customers=["pnpk", "trader"], versions=[version])
    [finding] = lint_terms(terms)
    assert finding.reason.params is not None
    assert finding.reason.params["day"] == date(2021, 1, 1)
    ended = terms_with(
        pnpk_only,
        customers=["pnpk", "trader"],
        versions=[{**version, "effective_until": "2020-12-31"}],
    )
    assert lint_terms(ended) == []


def test_a_finding_is_reported_for_each_version_it_concerns(tmp_path: Path) -> None:
    # The 7 days are written once and inherited by both versions: each version falls below
    # art. 27 ust. 1 UoPK, so each has its finding, pointing at the same line.
    path = tmp_path / "two.yaml"
    path.write_text(
        "name: Regulamin\n"
        "cited_as: {pl: Regulaminu, en: Terms}\n"
        "trader: {name: X}\n"
        "customers: [consumer]\n"
        "policy: from_effective_day\n"
        "versions:\n"
        '  - {id: "v1", published_on: 2026-01-01, effective_from: 2026-01-01}\n'
        '  - {id: "v2", published_on: 2026-06-01, effective_from: 2026-06-01}\n'
        'promises: {withdrawal: {days: 7, clause: "§ 8 ust. 1"}}\n',
        encoding="utf-8",
    )
    findings = lint(path)
    assert [(f.version, f.line, f.field) for f in findings] == [
        ("v1", 9, "promises.withdrawal.days"),
        ("v2", 9, "promises.withdrawal.days"),
    ]


@pytest.mark.parametrize(
    ("subjects", "points"),
    [
        # goods: 14 days from possession (art. 28 pkt 1); a service or digital content: from
        # conclusion (art. 28 pkt 2); both kinds named: both points, in one finding
        (["goods"], ["art. 28 pkt 1 UoPK"]),
        (["service"], ["art. 28 pkt 2 UoPK"]),
        (["digital_content"], ["art. 28 pkt 2 UoPK"]),
        (["goods", "service"], ["art. 28 pkt 1 UoPK", "art. 28 pkt 2 UoPK"]),
    ],
)
def test_the_withdrawal_check_cites_by_subject(subjects: list[str], points: list[str]) -> None:
    seven = {"withdrawal": {"days": 7, "clause": "§ 8 ust. 1", "subjects": subjects}}
    [finding] = lint_terms(terms_with(seven))
    assert cited(finding) == [
        "§ 8 ust. 1 Regulaminu sklepu Przykład",
        "art. 7 UoPK",
        "art. 27 ust. 1 UoPK",
        *points,
    ]
