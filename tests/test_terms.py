"""A shop's terms as data: the loader, the model, and the rules applying the terms' promises.

Every date is derived by hand: art. 111 § 2 KC (the day of the event is not counted), art. 115
KC and art. 3 ust. 4 of Regulation 1182/71 (an end on a Saturday, Sunday or holiday moves to
the next working day; Wigilia, 24 December, is a holiday from 2025); the derivation is in the
comment next to each expectation. Line numbers are found in the file text itself."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from regulamin.decision import Undetermined
from regulamin.errors import InvalidFacts
from regulamin.files.problems import DocumentError
from regulamin.law import KC, UOPK
from regulamin.models import Complaint, ConformityFacts, Contract, Customer, Delivery
from regulamin.models.liability import CapBasis, LiabilityClause
from regulamin.models.service import LiveSupportHours
from regulamin.models.terms_versions import ChangePolicy, Terms, TermsVersion
from regulamin.models.withdrawal import GoodsReturn, Payments, RightInformation, WithdrawalStatement
from regulamin.registry import REGISTRY
from regulamin.rules.complaints import ReplyStatus
from regulamin.rules.status import Status
from regulamin.terms import (
    Prevails,
    ShopTerms,
    load,
    promised_complaint_reply,
    promised_conformity,
    promised_reduction_refund,
    promised_refund,
    promised_withdrawal,
)
from regulamin.terms.loader import parse_terms
from regulamin.terms.promises import (
    COMPLAINT_REPLY_RULE,
    CONFORMITY_RULE,
    REDUCTION_REFUND_RULE,
    WITHDRAWAL_REFUND_RULE,
    WITHDRAWAL_RULE,
)
from regulamin.terms.shop import ClauseRef

ROOT = Path(__file__).resolve().parent.parent
WOOHOO_FILE = ROOT / "examples" / "woohoo_cloud" / "terms.yaml"
CODETWO_FILE = ROOT / "examples" / "codetwo_support" / "terms.yaml"

CONSUMER = Customer.consumer()
PNPK = Customer.sole_trader(professional_character=False)
COMPANY = Customer.company()


def shop(promises: dict[str, Any] | None = None, **overrides: Any) -> ShopTerms:
    """A shop selling to everyone, one version from 1 January 2024, with ``promises``."""
    data: dict[str, Any] = {
        "name": "Regulamin sklepu Przykład",
        "cited_as": {"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
        "trader": {"name": "Przykład sp. z o.o."},
        "customers": ["consumer", "pnpk", "trader"],
        "policy": "from_effective_day",
        "versions": [{"id": "v1", "published_on": "2024-01-01", "effective_from": "2024-01-01"}],
        "promises": promises or {},
        **overrides,
    }
    return ShopTerms.model_validate(data)


def promise(days: int, clause: str = "§ 8 ust. 1", **more: Any) -> dict[str, Any]:
    return {"days": days, "clause": clause, **more}


def bases(decision: Any) -> list[str]:
    """Every citation of every reason, as lawyers write them."""
    return [c.pl() for r in (*decision.reasons, *decision.not_applied) for c in r.basis]


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line of ``text`` containing ``needle``."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# --------------------------------------------------------------------------- the seed files


class TestSeedFiles:
    def test_woohoo_states_what_its_paragraphs_say(self) -> None:
        terms = load(WOOHOO_FILE)
        # § 5, § 6, § 4 ust. 1, 5, 13, 14, § 9 ust. 6, § 11 ust. 8, § 14 ust. 7 and 10, read
        # from the published text; the file also gives the clause of each number
        service = terms.service
        assert service is not None
        plans = {p.name: p for p in service.plans}
        # § 6 ust. 2, 4, 5: transfer (GB) and e-mail (per day) limits; PRO has no transfer limit
        limits = {name: (p.transfer_limit_gb, p.email_limit_per_day) for name, p in plans.items()}
        assert limits == {
            "START": (100, 250),
            "BASIC": (500, 500),
            "PLUS": (1000, 1000),
            "PRO": (None, 5000),
        }
        # § 5 ust. 3: 2 h to the first reply, 8 h to restore; PLUS adds Saturday, PRO the weekend,
        # 4 h to reply then
        assert {(p.sla.first_reply_hours, p.sla.restore_hours) for p in plans.values()} == {(2, 8)}
        assert (plans["PLUS"].sla.extended_days, plans["PRO"].sla.extended_days) == (
            frozenset({5}),
            frozenset({5, 6}),
        )
        assert plans["PRO"].sla.extended_first_reply_hours == 4
        # § 4 ust. 1: 24 hours to activate; § 5 ust. 4: 48 working hours outside the SLA
        level = terms.service_level
        assert level is not None
        assert (service.activation_hours, level.non_sla_hours) == (24, 48)
        assert str(level.clause("non_sla_hours")) == "§ 5 ust. 4"
        assert (service.fault_fix_days, service.website_complaint_days, service.appeal_days) == (
            14,
            14,
            14,
        )
        payment = service.payment
        assert (payment.due_days, payment.reminder_days, payment.shutdown_days) == (
            30,
            (1, 3, 5),
            30,
        )
        assert str(payment.clause("due_days")) == "§ 4 ust. 5"
        sla = {p.name: p.sla for p in service.plans}
        assert str(sla["BASIC"].clause("first_reply_hours")) == "§ 5 ust. 3 pkt 1"
        assert str(sla["PRO"].clause("extended_first_reply_hours")) == "§ 5 ust. 3 pkt 3"
        # § 12 ust. 6: total liability up to the remuneration paid; no lost profits
        assert terms.business is not None
        assert terms.business.liability_cap is not None
        assert terms.business.liability_cap.limits == LiabilityClause(
            cap=CapBasis.REMUNERATION_PAID, excludes_lost_profits=True
        )
        assert terms.business.applies_to == frozenset({Status.TRADER})

    def test_woohoo_promises_what_its_paragraphs_say(self) -> None:
        terms = load(WOOHOO_FILE)
        promises = terms.edition("2024-02-17").promises
        assert promises.withdrawal is not None
        assert (promises.withdrawal.days, str(promises.withdrawal.clause)) == (14, "§ 10 ust. 1")
        assert promises.complaint_reply is not None
        assert str(promises.complaint_reply.clause) == "§ 7 ust. 14"
        # cited as Polish lawyers write it, the terms named as the file's cited_as says
        cited = terms.cite(promises.withdrawal.clause)
        assert (cited.pl(), cited.en()) == (
            "§ 10 ust. 1 Regulaminu Woohoo Cloud",
            "§ 10(1) Woohoo Cloud Terms",
        )
        assert terms.lowest_price is not None and terms.lowest_price.window_days == 30

    def test_woohoo_versions_follow_its_change_clause(self) -> None:
        # § 16 ust. 2: a new version takes effect on the day of publication
        assert load(WOOHOO_FILE).history == Terms(
            name="Regulamin świadczenia usług Woohoo Cloud",
            policy=ChangePolicy.EFFECTIVE_ON_PUBLICATION,
            versions=(
                TermsVersion(
                    id="2024-02-17",
                    published_on=date(2024, 2, 17),
                    effective_from=date(2024, 2, 17),
                ),
            ),
        )

    def test_codetwo_composes_the_librarys_codetwo_terms(self) -> None:
        terms = load(CODETWO_FILE)
        # Warunki ogólne 6 (live support around the clock on working days), Realizacja 3
        assert terms.support is not None
        assert terms.support.live_hours == LiveSupportHours(
            weekdays=frozenset(range(5)), holidays_count=False
        )
        assert terms.support.first_reply_working_days == 1
        assert str(terms.support.clause("first_reply_working_days")) == (
            "Realizacja pomocy technicznej pkt 3"
        )
        assert terms.policy is ChangePolicy.ORDERS_AFTER_EFFECTIVE_DAY
        # "Data wejścia w życie aktualnej treści Regulaminu: 31 marca 2017"
        assert [v.effective_from for v in terms.versions] == [date(2017, 3, 31)]

    def test_codetwo_cites_its_named_parts(self) -> None:
        terms = load(CODETWO_FILE)
        assert terms.changes is not None
        citation = terms.cite(terms.changes.clause)
        assert citation.pl() == (
            "pkt 1 części „Postanowienia końcowe” Regulaminu Wsparcia Technicznego CodeTwo"
        )
        assert citation.en() == "Postanowienia końcowe, point 1, CodeTwo Technical Support Terms"

    def test_json_gives_the_same_terms(self, tmp_path: Path) -> None:
        data = yaml.safe_load(WOOHOO_FILE.read_text(encoding="utf-8"))
        as_json = tmp_path / "terms.json"
        as_json.write_text(json.dumps(data, default=str, indent=2), encoding="utf-8")
        assert load(as_json) == load(WOOHOO_FILE)


# --------------------------------------------------------------------------- loader errors


_VALID = """\
name: Regulamin sklepu Przykład
cited_as: {pl: Regulaminu sklepu Przykład, en: Przykład Shop Terms}
trader: {name: Przykład sp. z o.o.}
customers: [consumer]
policy: from_effective_day
versions:
  - {id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}
"""


def problems_of(text: str, name: str = "shop.yaml", *, as_json: bool = False) -> list[str]:
    with pytest.raises(DocumentError) as raised:
        parse_terms(text, name, json=as_json)
    return [str(p) for p in raised.value.problems]


class TestLoaderErrors:
    def test_a_misspelt_key_names_file_line_field_and_the_right_key(self) -> None:
        text = _VALID + "promises:\n  withdrawl: {days: 30, clause: '§ 8 ust. 1'}\n"
        line = line_of(text, "withdrawl")
        assert problems_of(text) == [
            f"shop.yaml:{line}:3: promises.withdrawl: unknown field; did you mean 'withdrawal'?"
        ]

    def test_a_misspelt_top_level_section(self) -> None:
        text = _VALID + "lowest_prices: {window_days: 30, clause: '§ 2 ust. 5'}\n"
        line = line_of(text, "lowest_prices")
        assert problems_of(text) == [
            f"shop.yaml:{line}:1: lowest_prices: unknown field; did you mean 'lowest_price'?"
        ]

    def test_a_misspelt_key_inside_a_composed_model(self) -> None:
        # service.payment is the PaymentTerms model of the Woohoo rules
        text = _VALID + (
            "service:\n"
            "  plans: [{name: START, transfer_limit_gb: 100, email_limit_per_day: 250,\n"
            "           sla: {first_reply_hours: 2, restore_hours: 8,\n"
            "                 holidays_on_extended_days: true}}]\n"
            "  activation_hours: 24\n"
            "  fault_fix_days: 14\n"
            "  website_complaint_days: 14\n"
            "  appeal_days: 14\n"
            "  payment: {due_day: 30, reminder_days: [1], shutdown_days: 30}\n"
        )
        line = line_of(text, "due_day")
        [problem] = problems_of(text)
        assert problem.startswith(f"shop.yaml:{line}:")
        assert "service.payment.due_day: unknown field; did you mean 'due_days'?" in problem

    def test_a_wrong_value_is_reported_where_it_is_written(self) -> None:
        text = _VALID + "promises:\n  complaint_reply: {days: 0, clause: '§ 9 ust. 1'}\n"
        line = line_of(text, "complaint_reply")
        [problem] = problems_of(text)
        assert problem.startswith(f"shop.yaml:{line}:")
        assert "promises.complaint_reply.days: Input should be greater than 0" in problem

    def test_a_clause_not_written_as_the_terms_number_it(self) -> None:
        text = _VALID + "promises:\n  withdrawal: {days: 30, clause: 'paragraph ten'}\n"
        [problem] = problems_of(text)
        assert f"shop.yaml:{line_of(text, 'paragraph ten')}:" in problem
        assert "promises.withdrawal.clause" in problem
        assert "e.g. '§ 10 ust. 1' or 'Postanowienia końcowe pkt 1'" in problem

    def test_a_missing_section_is_named(self) -> None:
        text = _VALID.replace("trader: {name: Przykład sp. z o.o.}\n", "")
        assert problems_of(text) == ["shop.yaml:1:1: trader: required field 'trader' is missing"]

    def test_a_version_taking_effect_before_publication(self) -> None:
        text = _VALID.replace("effective_from: 2026-01-01", "effective_from: 2025-12-31")
        [problem] = problems_of(text)
        assert problem.startswith(f"shop.yaml:{line_of(text, 'id: v1')}:")
        assert "versions[0].effective_from" in problem
        assert "before it is published (2026-01-01)" in problem

    def test_two_versions_with_one_id(self) -> None:
        text = _VALID + "  - {id: v1, published_on: 2026-05-01, effective_from: 2026-05-01}\n"
        [problem] = problems_of(text)
        # reported at the list of versions, which begins with the first one
        assert problem.startswith(f"shop.yaml:{line_of(text, '- {id: v1')}:")
        assert "versions need distinct ids; repeated: v1" in problem

    def test_a_key_written_twice(self) -> None:
        text = _VALID + "policy: effective_on_publication\n"
        second = len(text.splitlines())
        assert problems_of(text) == [
            f"shop.yaml:{second}:1: policy: duplicate key (first at line {line_of(text, 'policy')})"
        ]

    def test_a_list_is_no_terms_file(self) -> None:
        assert problems_of("- a\n- b\n") == [
            "shop.yaml:1:1: a terms file is a mapping of sections (name, trader, versions...), "
            "not list"
        ]

    def test_json_errors_name_the_line_too(self) -> None:
        data = yaml.safe_load(_VALID)
        data["promises"] = {"withdrawal": {"days": 30, "clause": "§ 8 ust. 1", "for": "all"}}
        text = json.dumps(data, default=str, indent=2)
        [problem] = problems_of(text, "shop.json", as_json=True)
        assert problem.startswith(f"shop.json:{line_of(text, chr(34) + 'for' + chr(34))}:")
        assert "promises.withdrawal.for: unknown field" in problem

    def test_a_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(DocumentError) as raised:
            load(tmp_path / "none.yaml")
        assert "cannot read" in str(raised.value)
        assert str(tmp_path / "none.yaml") in str(raised.value)


# --------------------------------------------------------------------------- the model


class TestClauses:
    @pytest.mark.parametrize(
        ("text", "parts"),
        [
            ("§ 10 ust. 1", ("10", None, "1", None)),
            ("§5 ust. 3 pkt 2", ("5", None, "3", "2")),
            ("§ 2", ("2", None, None, None)),
            ("Postanowienia końcowe pkt 1", (None, "Postanowienia końcowe", None, "1")),
            ("Warunki ogólne, pkt 6", (None, "Warunki ogólne", None, "6")),
        ],
    )
    def test_written_as_the_terms_number_them(
        self, text: str, parts: tuple[str | None, ...]
    ) -> None:
        clause = ClauseRef.model_validate(text)
        assert (clause.section, clause.part, clause.paragraph, clause.point) == parts

    def test_rendered_back(self) -> None:
        assert str(ClauseRef.model_validate("§5 ust. 3 pkt 2")) == "§ 5 ust. 3 pkt 2"

    @given(st.integers(1, 99), st.integers(1, 99), st.integers(1, 20))
    def test_any_numbered_clause_round_trips(self, section: int, ust: int, pkt: int) -> None:
        text = f"§ {section} ust. {ust} pkt {pkt}"
        assert str(ClauseRef.model_validate(text)) == text


class TestEditions:
    def two_versions(self) -> ShopTerms:
        return shop(
            {"withdrawal": promise(14, "§ 8 ust. 1"), "complaint_reply": promise(14, "§ 9 ust. 2")},
            versions=[
                {"id": "v1", "published_on": "2026-01-01", "effective_from": "2026-01-01"},
                {
                    "id": "v2",
                    "published_on": "2026-05-15",
                    "effective_from": "2026-06-01",
                    "promises": {"withdrawal": promise(30, "§ 8 ust. 1")},
                    "lowest_price": {"window_days": 30, "clause": "§ 2 ust. 5"},
                },
            ],
        )

    def test_a_version_replaces_the_promise_it_writes_and_keeps_the_others(self) -> None:
        terms = self.two_versions()
        v1, v2 = terms.edition("v1"), terms.edition("v2")
        assert v1.promises.withdrawal is not None and v1.promises.withdrawal.days == 14
        assert v2.promises.withdrawal is not None and v2.promises.withdrawal.days == 30
        # v2 does not write the complaint promise: the top-level one stays
        assert v2.promises.complaint_reply is not None and v2.promises.complaint_reply.days == 14
        assert v1.lowest_price is None and v2.lowest_price is not None

    def test_each_part_knows_where_it_is_written(self) -> None:
        v2 = self.two_versions().edition("v2")
        assert v2.written_at["promises.withdrawal"] == ("versions", 1, "promises", "withdrawal")
        assert v2.written_at["promises.complaint_reply"] == ("promises", "complaint_reply")

    def test_a_version_is_in_force_until_the_next_one(self) -> None:
        v1, v2 = self.two_versions().editions()
        assert v1.until == date(2026, 5, 31)  # v2 takes effect on 1.06.2026
        assert v2.until is None


# --------------------------------------------------------------------------- withdrawal


class TestWithdrawalPromise:
    def test_a_longer_period_wins(self) -> None:
        # Goods received Thu 10.12.2026. The act: day 14 = Thu 24.12.2026 (Wigilia, a holiday
        # since 2025); 25, 26 (Sat), 27 (Sun) off -> Mon 28.12.2026. The terms: 30 days ->
        # day 30 = Sat 9.01.2027 -> (Saturday off under Regulation 1182/71) Mon 11.01.2027.
        order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
        d = promised_withdrawal(
            shop({"withdrawal": promise(30)}),
            CONSUMER,
            order,
            deliveries=[Delivery(received_on=date(2026, 12, 10))],
            statement_sent_on=date(2027, 1, 5),
        )
        assert d.available
        assert d.statutory_deadline == date(2026, 12, 28)
        assert d.promised_deadline == date(2027, 1, 11)
        assert d.deadline == date(2027, 1, 11)
        assert d.prevails is Prevails.TERMS
        assert (d.statutory_days, d.promised_days) == (14, 30)
        # sent on 5.01.2027: late for the act, in time under the terms
        assert d.timely is True
        assert "§ 8 ust. 1 Regulaminu sklepu Przykład" in bases(d)
        assert (
            d.summary.text("pl") == "Prawo odstąpienia od umowy przysługuje do 11 stycznia 2027 r."
        )

    def test_a_shorter_period_is_void_and_the_act_applies(self) -> None:
        # A service concluded Mon 2.03.2026: the act gives 14 days -> Mon 16.03.2026; the
        # terms' 7 days (Mon 9.03.2026) is less favourable: void (art. 7 UoPK).
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(
            shop({"withdrawal": promise(7)}), CONSUMER, order, statement_sent_on=date(2026, 3, 12)
        )
        assert d.deadline == date(2026, 3, 16)
        assert d.prevails is Prevails.STATUTE
        assert d.timely is True  # 12.03: after the terms' 7 days, within the act's 14
        void = next(r for r in d.reasons if UOPK.art("7") in r.basis)
        assert void.rule == WITHDRAWAL_RULE
        assert void.text("pl") == (
            "Regulamin daje na odstąpienie od umowy tylko 7 dni, mniej niż ustawa (14 dni): "
            "postanowienie mniej korzystne dla konsumenta niż ustawa jest nieważne i stosuje się "
            "ustawę; termin upływa 16 marca 2026 r."
        )
        assert [c.pl() for c in void.basis] == [
            "§ 8 ust. 1 Regulaminu sklepu Przykład",
            "art. 7 UoPK",
            "art. 27 ust. 1 UoPK",
            "art. 28 pkt 2 UoPK",
        ]

    def test_a_sole_trader_with_consumer_rights_keeps_the_act_too(self) -> None:
        # 2026: PNPK withdraws under art. 7aa ust. 1 UoPK; same dates as for a consumer
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(shop({"withdrawal": promise(7)}), PNPK, order)
        assert d.deadline == date(2026, 3, 16)
        void = next(r for r in d.reasons if UOPK.art("7") in r.basis)
        assert UOPK.art("7aa", "1") in void.basis
        assert KC.art("385⁵") in void.basis

    def test_the_same_period_changes_nothing(self) -> None:
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(shop({"withdrawal": promise(14)}), CONSUMER, order)
        assert (d.deadline, d.prevails) == (date(2026, 3, 16), Prevails.EQUAL)

    def test_a_trader_gets_no_right_from_a_promise(self) -> None:
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(shop({"withdrawal": promise(30)}), COMPANY, order)
        assert d.outcome is False
        assert d.prevails is Prevails.STATUTE
        assert any(
            r.rule == WITHDRAWAL_RULE and "tylko ustawowe prawo" in r.text("pl")
            for r in d.not_applied
        )

    def test_no_promise_leaves_the_act(self) -> None:
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(shop(), CONSUMER, order)
        assert (d.deadline, d.prevails, d.promised_days) == (
            date(2026, 3, 16),
            Prevails.STATUTE,
            None,
        )
        assert d.not_applied[-1].text("en") == (
            "The terms promise no period of their own for withdrawal: the statutory period applies."
        )

    def test_goods_not_yet_received_keep_the_promised_length_for_later(self) -> None:
        order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
        d = promised_withdrawal(shop({"withdrawal": promise(30)}), CONSUMER, order)
        assert d.outcome is True
        assert (d.deadline, d.starts_on, d.promised_days) == (None, None, 30)

    def test_the_act_may_still_end_later_art_29(self) -> None:
        # Never informed of the right: the act's 14 days from Mon 2.03.2026 end Mon 16.03.2026,
        # and the right lasts 12 more months: Tue 16.03.2027 (art. 29 ust. 1). The terms' 30
        # days end Wed 1.04.2026: earlier, so the act's end stands.
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(
            shop({"withdrawal": promise(30)}),
            CONSUMER,
            order,
            information=RightInformation(informed="never"),
        )
        assert d.promised_deadline == date(2026, 4, 1)
        assert d.deadline == date(2027, 3, 16)
        assert d.prevails is Prevails.STATUTE
        assert "art. 29 UoPK" in bases(d)

    def test_the_version_in_force_at_the_order_governs(self) -> None:
        # v1 (14 days) is in force until 31.05.2026, v2 (30 days) from 1.06.2026 (art. 384 § 1
        # KC). Services concluded on those days: 14 days from Sun 31.05 -> Sun 14.06 -> Mon
        # 15.06.2026; 30 days from Mon 1.06 -> Wed 1.07.2026.
        terms = TestEditions().two_versions()
        before = Contract(subject="service", channel="distance", concluded_on=date(2026, 5, 31))
        after = Contract(subject="service", channel="distance", concluded_on=date(2026, 6, 1))
        d1 = promised_withdrawal(terms, CONSUMER, before)
        d2 = promised_withdrawal(terms, CONSUMER, after)
        assert (d1.terms_version, d1.deadline) == ("v1", date(2026, 6, 15))
        assert (d2.terms_version, d2.deadline) == ("v2", date(2026, 7, 1))
        # an order placed before v2 but concluded after it keeps v1
        d3 = promised_withdrawal(terms, CONSUMER, after, placed_on=date(2026, 5, 31))
        assert d3.terms_version == "v1"
        assert d3.deadline == date(2026, 6, 15)  # 14 days from Mon 1.06.2026

    def test_a_named_version_is_used(self) -> None:
        terms = TestEditions().two_versions()
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 6, 1))
        assert promised_withdrawal(terms, CONSUMER, order, version="v1").deadline == date(
            2026, 6, 15
        )
        with pytest.raises(InvalidFacts) as raised:
            promised_withdrawal(terms, CONSUMER, order, version="v9")
        assert raised.value.field == "version"

    def test_an_unknown_version_leaves_the_act_as_a_floor(self) -> None:
        # CodeTwo-style terms whose first version takes effect on 2.03.2026: an order placed
        # that very day falls under the version before it, which is not given.
        terms = shop(
            {"withdrawal": promise(30)},
            policy="orders_after_effective_day",
            versions=[{"id": "v1", "published_on": "2026-03-02", "effective_from": "2026-03-02"}],
        )
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(terms, CONSUMER, order, statement_sent_on=date(2026, 3, 20))
        assert d.outcome is True
        assert d.deadline is None
        assert d.statutory_deadline == date(2026, 3, 16)
        assert "terms.versions" in d.deadline_missing
        assert isinstance(d.timely, Undetermined)  # late for the act; the terms unknown
        assert d.summary.text("en") == (
            "The right to withdraw from the contract lasts at least until 16 March 2026; whether "
            "the terms give more is not known: terms.versions is missing."
        )


# --------------------------------------------------------------------------- complaint reply

_DEC_10 = Contract(subject="goods", channel="distance", concluded_on=date(2026, 11, 20))
_RECEIVED_DEC_10 = Complaint(received_on=date(2026, 12, 10))

class TestContractualWithdrawal:
    """Art. 395 § 1 KC: terms that name traders among those who may withdraw reserve them a
    contractual right, for the promised period, counted from the event the act counts a
    consumer's from (art. 28 UoPK), its end moved by art. 115 KC; art. 7 UoPK gives it no
    floor; the statement is made when it reaches the trader (art. 61 § 1 KC)."""

    SERVICE = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
    EVERYONE = ("consumer", "pnpk", "trader")

    def test_a_promise_naming_traders_gives_them_the_right(self) -> None:
        # Concluded Mon 2.03.2026, 14 days from conclusion, not counting that day: Mon 16.03.
        terms = shop({"withdrawal": promise(14, covers=self.EVERYONE)})
        d = promised_withdrawal(terms, COMPANY, self.SERVICE)
        assert d.outcome is True
        assert d.deadline == date(2026, 3, 16)
        assert d.promised_deadline == date(2026, 3, 16)
        assert (d.statutory_deadline, d.statutory_days) == (None, None)
        assert d.prevails is Prevails.TERMS
        assert d.starts_on == date(2026, 3, 2)
        assert "art. 395 § 1 KC" in bases(d)
        assert any(r.message == "terms.withdrawal.contractual" for r in d.reasons)

    def test_no_statutory_floor_for_a_trader(self) -> None:
        # A promise of 7 days to traders only: Mon 2.03.2026 + 7 = Mon 9.03.2026, shorter than
        # the act's 14 and valid (art. 7 UoPK protects consumers). A consumer of the same shop
        # is not named by the promise: the act's 14 days, to Mon 16.03.2026.
        terms = shop({"withdrawal": promise(7, covers=["trader"])})
        assert promised_withdrawal(terms, COMPANY, self.SERVICE).deadline == date(2026, 3, 9)
        consumer = promised_withdrawal(terms, CONSUMER, self.SERVICE)
        assert (consumer.deadline, consumer.prevails) == (date(2026, 3, 16), Prevails.STATUTE)

    def test_the_end_moves_off_a_saturday(self) -> None:
        # 12 days from Mon 2.03.2026 = Sat 14.03.2026, a day off (art. 115 KC, Saturdays since
        # 2017) -> Mon 16.03.2026.
        terms = shop({"withdrawal": promise(12, covers=["trader"])})
        assert promised_withdrawal(terms, COMPANY, self.SERVICE).deadline == date(2026, 3, 16)

    def test_goods_count_from_possession(self) -> None:
        # Goods received Thu 5.03.2026: 14 days -> Thu 19.03.2026; not yet received: the right
        # exists, its period has not started.
        terms = shop({"withdrawal": promise(14, covers=["trader"])})
        goods = Contract(subject="goods", channel="distance", concluded_on=date(2026, 3, 2))
        received = [Delivery(received_on=date(2026, 3, 5))]
        d = promised_withdrawal(terms, COMPANY, goods, deliveries=received)
        assert (d.starts_on, d.deadline) == (date(2026, 3, 5), date(2026, 3, 19))
        pending = promised_withdrawal(terms, COMPANY, goods)
        assert (pending.outcome, pending.deadline) == (True, None)
        assert pending.summary.message == "terms.withdrawal.not_started"

    def test_the_statement_counts_when_it_arrives(self) -> None:
        # The period ends Mon 16.03.2026 (above): received that day is in time, the next day
        # late; sent on the last day with no known arrival is undetermined; sent after the end
        # cannot have arrived in time.
        terms = shop({"withdrawal": promise(14, covers=self.EVERYONE)})

        def timely(sent: date, received: date | None = None) -> object:
            return promised_withdrawal(
                terms, COMPANY, self.SERVICE, statement_sent_on=sent,
                statement_received_on=received,
            ).timely

        assert timely(date(2026, 3, 13), date(2026, 3, 16)) is True
        assert timely(date(2026, 3, 13), date(2026, 3, 17)) is False
        assert timely(date(2026, 3, 16)) == Undetermined(("statement_received_on",))
        assert timely(date(2026, 3, 17)) is False

    def test_an_arrival_before_sending_is_refused(self) -> None:
        terms = shop({"withdrawal": promise(14, covers=["trader"])})
        with pytest.raises(InvalidFacts) as error:
            promised_withdrawal(
                terms, COMPANY, self.SERVICE, statement_sent_on=date(2026, 3, 10),
                statement_received_on=date(2026, 3, 9),
            )
        assert error.value.field == "statement_received_on"

    def test_the_reading_is_registered(self) -> None:
        texts = " ".join(i.en for i in REGISTRY[WITHDRAWAL_RULE].interpretations)
        assert "Art. 395 § 1 KC" in texts

    def test_a_promise_for_goods_leaves_a_service_to_the_act(self) -> None:
        # 30 days promised for goods only: a service concluded Mon 2.03.2026 keeps the act's
        # 14 days (Mon 16.03.2026); goods received Thu 5.03.2026 get 30 days -> Sat 4.04.2026
        # -> (Saturday off, Regulation 1182/71) Mon 6.04.2026, Easter Monday -> Tue 7.04.2026.
        terms = shop({"withdrawal": promise(30, subjects=["goods"])})
        service = promised_withdrawal(terms, CONSUMER, self.SERVICE)
        assert (service.deadline, service.prevails) == (date(2026, 3, 16), Prevails.STATUTE)
        assert service.not_applied[-1].message == "terms.withdrawal.other_contracts"
        goods = Contract(subject="goods", channel="distance", concluded_on=date(2026, 3, 2))
        d = promised_withdrawal(
            terms, CONSUMER, goods, deliveries=[Delivery(received_on=date(2026, 3, 5))]
        )
        assert (d.deadline, d.prevails) == (date(2026, 4, 7), Prevails.TERMS)

    def test_an_unknown_version_leaves_a_traders_right_undetermined(self) -> None:
        # As in TestWithdrawalPromise: an order placed on 2.03.2026, the day v1 takes effect
        # under "orders after the effective day", falls under an earlier version not given.
        # v1 reserves traders a right: whether the governing version does is not known. With
        # a promise to consumers only, the trader has no right whatever the version.
        def decided(covers: list[str] | None) -> object:
            terms = shop(
                {"withdrawal": promise(30, covers=covers)},
                policy="orders_after_effective_day",
                versions=[
                    {"id": "v1", "published_on": "2026-03-02", "effective_from": "2026-03-02"}
                ],
            )
            return promised_withdrawal(terms, COMPANY, self.SERVICE).outcome

        assert decided(["trader"]) == Undetermined(("terms.versions",))
        assert decided(None) is False

    def test_subjects_are_a_withdrawal_promise_s_alone(self) -> None:
        with pytest.raises(ValueError, match="subjects"):
            shop({"complaint_reply": promise(7, subjects=["goods"])})


class TestComplaintPromise:
    # The act: 14 days from Thu 10.12.2026 -> Thu 24.12.2026 (Wigilia) -> 25, 26 (Sat), 27
    # (Sun) -> Mon 28.12.2026 (art. 7a ust. 1 UoPK, art. 115 KC). The terms' 7 days: Thu
    # 17.12.2026, a working day.

    def test_a_shorter_promise_binds_the_trader(self) -> None:
        d = promised_complaint_reply(
            shop({"complaint_reply": promise(7, "§ 9 ust. 2")}),
            CONSUMER,
            _DEC_10,
            _RECEIVED_DEC_10,
            date(2026, 12, 15),
        )
        assert (d.outcome, d.deadline) == (ReplyStatus.PENDING, date(2026, 12, 17))
        assert (d.statutory_deadline, d.prevails) == (date(2026, 12, 28), Prevails.TERMS)

    def test_silence_past_the_promised_period_is_acceptance(self) -> None:
        # Interpretation: the promised period takes the act's place with its effect
        d = promised_complaint_reply(
            shop({"complaint_reply": promise(7, "§ 9 ust. 2")}),
            CONSUMER,
            _DEC_10,
            _RECEIVED_DEC_10,
            date(2026, 12, 18),
        )
        assert d.outcome is ReplyStatus.DEEMED_ACCEPTED
        assert d.summary.text("pl") == (
            "Odpowiedź nie dotarła do konsumenta do 17 grudnia 2026 r.: reklamację uważa się za "
            "uznaną."
        )
        # the act's own verdict (still running until 28.12) is not repeated
        assert not any("termin jeszcze biegnie" in r.text("pl") for r in d.reasons)

    def test_a_reply_after_the_promise_but_within_the_act(self) -> None:
        d = promised_complaint_reply(
            shop({"complaint_reply": promise(7, "§ 9 ust. 2")}),
            CONSUMER,
            _DEC_10,
            _RECEIVED_DEC_10,
            date(2026, 12, 21),
            replied_on=date(2026, 12, 18),
        )
        assert d.outcome is ReplyStatus.DEEMED_ACCEPTED
        assert d.promise_kept is False

    def test_a_reply_within_the_promise(self) -> None:
        d = promised_complaint_reply(
            shop({"complaint_reply": promise(7, "§ 9 ust. 2")}),
            CONSUMER,
            _DEC_10,
            _RECEIVED_DEC_10,
            date(2026, 12, 21),
            replied_on=date(2026, 12, 17),
        )
        assert (d.outcome, d.promise_kept) == (ReplyStatus.ANSWERED_IN_TIME, True)

    def test_a_longer_promise_is_void(self) -> None:
        # The terms give 30 days (Sat 9.01.2027): less favourable; the act's 28.12 stands, and
        # on 29.12 the complaint is deemed accepted.
        d = promised_complaint_reply(
            shop({"complaint_reply": promise(30, "§ 9 ust. 2")}),
            CONSUMER,
            _DEC_10,
            _RECEIVED_DEC_10,
            date(2026, 12, 29),
        )
        assert (d.outcome, d.deadline) == (ReplyStatus.DEEMED_ACCEPTED, date(2026, 12, 28))
        assert d.prevails is Prevails.STATUTE
        void = next(r for r in d.reasons if r.rule == COMPLAINT_REPLY_RULE)
        assert [c.pl() for c in void.basis] == [
            "§ 9 ust. 2 Regulaminu sklepu Przykład",
            "art. 7 UoPK",
            "art. 7a ust. 1 UoPK",
        ]
        assert void.text("en") == (
            "The terms give the trader 30 days for a reply to the complaint, more than the act "
            "(14 days): a term less favourable to the consumer than the act is void and the act "
            "applies instead; the period ends on 28 December 2026."
        )

    def test_a_promise_to_every_customer_is_a_traders_contractual_period(self) -> None:
        everyone = promise(7, "§ 9 ust. 2", covers=["consumer", "pnpk", "trader"])
        d = promised_complaint_reply(
            shop({"complaint_reply": everyone}),
            COMPANY,
            _DEC_10,
            _RECEIVED_DEC_10,
            date(2026, 12, 21),
        )
        assert d.outcome is ReplyStatus.NO_STATUTORY_DEADLINE
        assert d.deadline == date(2026, 12, 17)
        assert "brak odpowiedzi nie oznacza uznania reklamacji" in d.summary.text("pl")

    def test_a_promise_to_consumers_does_not_reach_a_trader(self) -> None:
        d = promised_complaint_reply(
            shop({"complaint_reply": promise(7, "§ 9 ust. 2")}),
            COMPANY,
            _DEC_10,
            _RECEIVED_DEC_10,
            date(2026, 12, 21),
        )
        assert (d.outcome, d.deadline) == (ReplyStatus.NO_STATUTORY_DEADLINE, None)
        assert d.not_applied[-1].text("en") == "The terms' promise does not cover a trader."


# --------------------------------------------------------------------------- refunds


class TestRefundPromises:
    def test_a_faster_refund_binds(self) -> None:
        # A service; the statement received Mon 2.03.2026. The act: 14 days -> Mon 16.03.2026;
        # the terms: 7 days -> Mon 9.03.2026.
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 1))
        statement = WithdrawalStatement(sent_on=date(2026, 3, 2), received_on=date(2026, 3, 2))
        d = promised_refund(
            shop({"withdrawal_refund": promise(7, "§ 8 ust. 4")}),
            order,
            statement,
            Payments(price=Decimal("99.00")),
        )
        assert d.outcome == Decimal("99.00")
        assert (d.statutory_deadline, d.deadline, d.payable_by) == (
            date(2026, 3, 16),
            date(2026, 3, 9),
            date(2026, 3, 9),
        )
        assert d.prevails is Prevails.TERMS

    def test_withholding_for_the_goods_stays(self) -> None:
        # Goods; statement received Mon 2.03.2026, the goods back Thu 12.03.2026: the terms'
        # 7 days end Mon 9.03, but the trader may wait for the goods (art. 32 ust. 3 UoPK):
        # due on 12.03.2026 (interpretation).
        order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 2, 20))
        statement = WithdrawalStatement(sent_on=date(2026, 3, 2), received_on=date(2026, 3, 2))
        d = promised_refund(
            shop({"withdrawal_refund": promise(7, "§ 8 ust. 4")}),
            order,
            statement,
            Payments(price=Decimal("99.00")),
            GoodsReturn(received_back_on=date(2026, 3, 12)),
        )
        assert (d.deadline, d.may_withhold, d.payable_by) == (
            date(2026, 3, 9),
            True,
            date(2026, 3, 12),
        )

    def test_a_slower_refund_is_void(self) -> None:
        order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 1))
        statement = WithdrawalStatement(sent_on=date(2026, 3, 2), received_on=date(2026, 3, 2))
        d = promised_refund(
            shop({"withdrawal_refund": promise(21, "§ 8 ust. 4")}),
            order,
            statement,
            Payments(price=Decimal("99.00")),
        )
        assert (d.deadline, d.prevails) == (date(2026, 3, 16), Prevails.STATUTE)
        assert {"art. 7 UoPK", "art. 32 ust. 1 UoPK"} <= set(bases(d))

    def test_a_faster_refund_after_a_price_reduction(self) -> None:
        # Digital content; the statement received Wed 1.04.2026. The act: 14 days -> Wed
        # 15.04.2026 (art. 43o ust. 6 UoPK); the terms: 7 days -> Wed 8.04.2026.
        order = Contract(
            subject="digital_content", channel="distance", concluded_on=date(2026, 3, 20)
        )
        d = promised_reduction_refund(
            shop({"reduction_refund": promise(7, "§ 7 ust. 10")}),
            CONSUMER,
            order,
            date(2026, 4, 1),
        )
        assert (d.statutory_deadline, d.outcome, d.prevails) == (
            date(2026, 4, 15),
            date(2026, 4, 8),
            Prevails.TERMS,
        )


# --------------------------------------------------------------------------- conformity

_GOODS = Contract(subject="goods", channel="distance", concluded_on=date(2026, 3, 1))
_DELIVERED = ConformityFacts(delivered_on=date(2026, 3, 2))


class TestConformityPromise:
    # Goods delivered Mon 2.03.2026: the act's two years (art. 43c ust. 1 UoPK) and its
    # presumption end on 2.03.2028 (art. 112 KC: the same date, never rolled forward).

    def test_a_longer_liability_period_binds_the_trader(self) -> None:
        # 36 months: until 2.03.2029; a defect appearing on 1.05.2028 is covered, unpresumed
        terms = shop({"conformity": {"months": 36, "clause": "§ 7 ust. 1"}})
        d = promised_conformity(terms, CONSUMER, _GOODS, _DELIVERED, date(2028, 5, 1))
        assert d.outcome is True
        assert (d.statutory_liability_ends, d.promised_liability_ends, d.liability_ends) == (
            date(2028, 3, 2),
            date(2029, 3, 2),
            date(2029, 3, 2),
        )
        assert (d.prevails, d.presumed) == (Prevails.TERMS, False)
        assert "§ 7 ust. 1 Regulaminu sklepu Przykład" in bases(d)

    def test_a_shorter_period_does_not_bind_a_consumer(self) -> None:
        # 12 months (to 2.03.2027) is void: a defect of 1.05.2027 is still covered, presumed
        terms = shop({"conformity": {"months": 12, "clause": "§ 7 ust. 1"}})
        d = promised_conformity(terms, CONSUMER, _GOODS, _DELIVERED, date(2027, 5, 1))
        assert (d.outcome, d.presumed, d.liability_ends) == (True, True, date(2028, 3, 2))
        assert d.prevails is Prevails.STATUTE
        assert "art. 7 UoPK" in [c.pl() for r in d.not_applied for c in r.basis]

    def test_a_shorter_period_binds_a_company(self) -> None:
        # between traders the contract may shorten rękojmia (art. 558 § 1 KC): to 2.03.2027
        terms = shop({"conformity": {"months": 12, "clause": "§ 7 ust. 1"}})
        d = promised_conformity(terms, COMPANY, _GOODS, _DELIVERED, date(2027, 5, 1))
        assert (d.outcome, d.liability_ends, d.prevails) == (
            False,
            date(2027, 3, 2),
            Prevails.TERMS,
        )

    def test_a_promise_for_other_contracts_changes_nothing(self) -> None:
        terms = shop(
            {"conformity": {"months": 36, "clause": "§ 7 ust. 1", "subjects": ["digital_content"]}}
        )
        d = promised_conformity(terms, CONSUMER, _GOODS, _DELIVERED, date(2028, 5, 1))
        assert (d.outcome, d.prevails) == (False, Prevails.STATUTE)
        assert d.not_applied[-1].text("en") == (
            "The terms' period concerns other contracts than this one."
        )

    def test_facts_contradicting_the_terms_are_refused(self) -> None:
        terms = shop({"conformity": {"months": 36, "clause": "§ 7 ust. 1"}})
        facts = ConformityFacts(delivered_on=date(2026, 3, 2), contractual_period_months=24)
        with pytest.raises(InvalidFacts) as raised:
            promised_conformity(terms, CONSUMER, _GOODS, facts, date(2028, 5, 1))
        assert raised.value.field == "facts.contractual_period_months"


# --------------------------------------------------------------------------- registry


def test_the_promise_rules_are_registered_with_the_statute_and_the_clause() -> None:
    for rule_id, article in (
        (WITHDRAWAL_RULE, UOPK.art("27", "1")),
        (COMPLAINT_REPLY_RULE, UOPK.art("7a", "1")),
        (WITHDRAWAL_REFUND_RULE, UOPK.art("32", "1")),
        (REDUCTION_REFUND_RULE, UOPK.art("43o", "6")),
        (CONFORMITY_RULE, UOPK.art("43c", "1")),
    ):
        rule = REGISTRY[rule_id]
        assert rule.entry is not None, rule_id
        assert UOPK.art("7") in rule.basis, rule_id
        assert article in rule.basis, rule_id
        # no shop is built in: the rules cite the statute, the decisions the shop's clause
        assert {c.source for c in rule.basis} <= {UOPK, KC}, rule_id
        assert not hasattr(rule, "seed_clauses"), rule_id  # a shop's clauses are its data
    order = Contract(subject="service", channel="distance", concluded_on=date(2026, 3, 2))
    d = promised_withdrawal(shop({"withdrawal": promise(30)}), CONSUMER, order)
    assert "§ 8 ust. 1 Regulaminu sklepu Przykład" in bases(d)
    # the PNPK's protection follows the law of the day of conclusion
    assert [v.valid_from for v in reversed(REGISTRY[WITHDRAWAL_RULE].versions)] == [
        date(2014, 12, 25),
        date(2021, 1, 1),
        date(2023, 1, 1),
    ]
    assert REGISTRY[COMPLAINT_REPLY_RULE].interpretations


# --------------------------------------------------------------------------- the examples


@pytest.mark.parametrize("example", ["woohoo_cloud", "codetwo_support"])
def test_every_rule_the_readme_names_is_registered(example: str) -> None:
    import re  # noqa: PLC0415

    readme = (ROOT / "examples" / example / "README.md").read_text(encoding="utf-8")
    topics = set(REGISTRY.by_topic())
    written = set(re.findall(r"`([a-z_]+\.[a-z_]+)`", readme)) - {"terms.yaml"}
    named = {n for n in written if n.split(".")[0] in topics}
    assert named, example
    unknown = sorted(rule_id for rule_id in named if rule_id not in REGISTRY)
    assert not unknown, unknown


@pytest.mark.parametrize("example", ["woohoo_cloud", "codetwo_support"])
def test_every_scenario_of_the_examples_names_a_rule_of_its_readme(example: str) -> None:
    import re  # noqa: PLC0415

    folder = ROOT / "examples" / example
    readme = (folder / "README.md").read_text(encoding="utf-8")
    scenarios = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.scenarios.yaml"))
    applied = set(re.findall(r"^\s+rule: ([a-z_.]+)$", scenarios, flags=re.M))
    assert applied
    assert {rule_id for rule_id in applied if f"`{rule_id}`" not in readme} == set()


# --------------------------------------------------------------------------- properties

_DAYS = st.integers(min_value=1, max_value=60)
_CONCLUDED = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))  # shop() from 2024


@given(days=_DAYS, concluded=_CONCLUDED)
def test_a_withdrawal_promise_never_shortens_the_act(days: int, concluded: date) -> None:
    # art. 7 UoPK: the governing end is never before the act's; with 14 days or fewer it is
    # the act's own end
    order = Contract(subject="service", channel="distance", concluded_on=concluded)
    statutory = promised_withdrawal(shop(), CONSUMER, order).deadline
    d = promised_withdrawal(shop({"withdrawal": promise(days)}), CONSUMER, order)
    assert statutory is not None and d.deadline is not None
    assert d.deadline >= statutory
    if days <= 14:
        assert d.deadline == statutory
        assert d.prevails in (Prevails.STATUTE, Prevails.EQUAL)


@given(days=_DAYS, concluded=_CONCLUDED)
def test_a_reply_promise_never_lengthens_the_act(days: int, concluded: date) -> None:
    # the trader's period: the governing end is never after the act's 14 days
    order = Contract(subject="service", channel="distance", concluded_on=concluded)
    complaint = Complaint(received_on=concluded)
    statutory = promised_complaint_reply(shop(), CONSUMER, order, complaint, concluded)
    d = promised_complaint_reply(
        shop({"complaint_reply": promise(days, "§ 9 ust. 2")}),
        CONSUMER,
        order,
        complaint,
        concluded,
    )
    assert isinstance(statutory.deadline, date) and isinstance(d.deadline, date)
    assert d.deadline <= statutory.deadline
    if days >= 14:
        assert d.deadline == statutory.deadline


def test_the_version_in_force_on_a_day() -> None:
    # v1 takes effect 2026-01-01, v2 on 2026-05-18 (published 2026-05-04): 17 May is still
    # v1's last day; before 2026-01-01 no version is in force, which the shop must be told.
    shop = ShopTerms(
        name="Regulamin sklepu Przykład",
        cited_as={"pl": "Regulaminu sklepu Przykład", "en": "Przykład Shop Terms"},
        trader={"name": "Przykład sp. z o.o."},
        customers=["consumer"],
        policy="from_effective_day",
        versions=[
            {"id": "v1", "published_on": date(2026, 1, 1), "effective_from": date(2026, 1, 1)},
            {"id": "v2", "published_on": date(2026, 5, 4), "effective_from": date(2026, 5, 18)},
        ],
    )
    assert shop.in_force(date(2026, 5, 17)).version.id == "v1"
    assert shop.in_force(date(2026, 5, 18)).version.id == "v2"
    with pytest.raises(InvalidFacts, match=r"terms\.versions"):
        shop.in_force(date(2025, 12, 31))


# --------------------------------------------------------------------------- the sentences


def test_the_promise_s_sentences_come_from_the_catalogs_in_each_language() -> None:
    # 30 days from taking the goods on 10.12.2026: Sat 9.01.2027 -> Mon 11.01.2027 (art. 3
    # ust. 4 of Regulation 1182/71); the act's 14 days end on 28.12.2026
    order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
    d = promised_withdrawal(
        shop({"withdrawal": promise(30)}),
        CONSUMER,
        order,
        deliveries=[Delivery(received_on=date(2026, 12, 10))],
        statement_sent_on=date(2027, 1, 11),
    )
    longer = next(r for r in d.reasons if r.message == "terms.compare.longer")
    assert longer.params is not None and longer.params["due"] == date(2027, 1, 11)
    assert longer.line("pl") == (
        "Regulamin daje na odstąpienie od umowy 30 dni, więcej niż ustawa (14 dni): obowiązuje "
        "dłuższy termin, do 11 stycznia 2027 r. (§ 8 ust. 1 Regulaminu sklepu Przykład, "
        "art. 27 ust. 1 UoPK, art. 28 pkt 1 UoPK)."
    )
    assert longer.line("en") == (
        "The terms give 30 days for withdrawal, more than the act (14 days): the longer period "
        "applies, until 11 January 2027 (§ 8(1) Przykład Shop Terms, Art. 27(1) UoPK, "
        "Art. 28(1) UoPK)."
    )
    sent = d.reasons[-1]
    assert (sent.message, sent.params) == (
        "terms.withdrawal.statement.in_time",
        {"day": date(2027, 1, 11), "due": date(2027, 1, 11)},
    )
    assert sent.text("pl") == (
        "Oświadczenie wysłano 11 stycznia 2027 r., przed upływem terminu (11 stycznia 2027 r.)."
    )
    assert sent.text("en") == (
        "The statement was sent on 11 January 2027, before the period ended (11 January 2027)."
    )
    assert d.summary.message == "terms.withdrawal.lasts"


def test_an_unknown_version_is_said_with_the_plural_of_the_missing_facts() -> None:
    from regulamin.reasons import undetermined  # noqa: PLC0415

    one = undetermined(REDUCTION_REFUND_RULE, "terms.version.unknown", ("order.placed_on",))
    two = undetermined(REDUCTION_REFUND_RULE, "terms.version.unknown", ("a.b", "c.d"))
    assert one.text("pl") == (
        "Nie wiadomo, która wersja regulaminu wiąże umowę: brak faktu order.placed_on."
    )
    assert two.text("pl") == (
        "Nie wiadomo, która wersja regulaminu wiąże umowę: brak faktów a.b, c.d."
    )
    assert two.text("en") == (
        "Which version of the terms governs the contract is not known: a.b, c.d are missing."
    )


def test_the_promise_rules_are_named_in_the_catalogs() -> None:
    rule = REGISTRY[WITHDRAWAL_RULE]
    assert rule.title.text("pl") == "Termin odstąpienia według regulaminu"
    assert rule.title.text("en") == "Withdrawal period under the shop's terms"
    assert [i.id for i in rule.interpretations] == [
        "terms.withdrawal.counted_like_the_act",
        "terms.withdrawal.pnpk_keeps_the_act",
        "terms.withdrawal.contractual_right",
    ]


def test_a_void_promise_reads_in_ukrainian_too() -> None:
    # 7 days promised, fewer than the act's 14: void (art. 7 UoPK); the act's end, 24.12.2026
    # (Wigilia, a holiday from 2025), moves to Monday 28.12.2026
    order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 12, 1))
    d = promised_withdrawal(
        shop({"withdrawal": promise(7)}),
        CONSUMER,
        order,
        deliveries=[Delivery(received_on=date(2026, 12, 10))],
    )
    void = next(r for r in d.reasons if r.message == "terms.compare.shorter_void")
    assert void.line("uk") == (
        "Регламент дає на відмову від договору лише 7 днів, менше, ніж закон (14 днів): умова, "
        "менш вигідна для споживача, ніж закон, є недійсною, і застосовується закон; строк "
        "спливає 28 грудня 2026 р. (§ 8 ust. 1 Regulaminu sklepu Przykład, art. 7 UoPK, "
        "art. 27 ust. 1 UoPK, art. 28 pkt 1 UoPK)."
    )
    assert d.summary.text("uk") == "Право відмовитися від договору діє до 28 грудня 2026 р."
