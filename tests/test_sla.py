"""The SLA rules applied to the Woohoo Cloud terms (§ 5, loaded from examples/): first reply,
restore of a critical failure, exceptions, and requests outside the SLA; and to a shop with
other hours and other clause numbers, which gets its own deadlines and citations.

Every expected instant is derived by hand from the terms (9:00-17:00 on working days, plus
Saturdays for PLUS and Saturdays and Sundays for PRO) and the Polish holidays of the year;
the derivation is in the comment next to it. 2026: summer time ends Sun 25.10 at 3:00,
begins Sun 29.03 at 2:00."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from seeds import woohoo

from regulamin.calendars import WARSAW, is_holiday, working_hours_between
from regulamin.decision import Decision, Undetermined
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models.service import (
    PlanSpec,
    RequestKind,
    ServiceRequest,
    SlaException,
    SlaTerms,
)
from regulamin.registry import REGISTRY
from regulamin.terms import ShopTerms
from regulamin.terms import sla as rules
from regulamin.terms.loader import parse_terms
from regulamin.terms.sla import EXCEPTIONS_RULE, FIRST_REPLY_RULE, NON_SLA_RULE, RESTORE_RULE

WOOHOO = woohoo()
# The rules take a shop's terms; these tests apply the Woohoo Cloud seed's.
sla_applies = partial(rules.sla_applies, terms=WOOHOO)
sla_first_reply = partial(rules.sla_first_reply, terms=WOOHOO)
sla_restore = partial(rules.sla_restore, terms=WOOHOO)
non_sla_reply = partial(rules.non_sla_reply, terms=WOOHOO)


def with_sections(shop: ShopTerms, **sections: object) -> ShopTerms:
    """``shop`` with some top-level sections written otherwise."""
    return ShopTerms.model_validate({**shop.model_dump(exclude_unset=True), **sections})


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WARSAW)


def failure(when: datetime, *, critical: bool | None = True, **extra: object) -> ServiceRequest:
    return ServiceRequest(received_at=when, kind=RequestKind.FAILURE, critical=critical, **extra)


def offset_hours(instant: datetime) -> float:
    offset = instant.utcoffset()
    assert offset is not None
    return offset.total_seconds() / 3600


# --------------------------------------------------------------------------- DST


class TestAcrossDaylightSavingTime:
    def test_first_reply_across_the_october_change(self) -> None:
        # Fri 23.10.2026 16:30 CEST: 30 min to 17:00; Sat, Sun off (BASIC); summer time ends
        # Sun 25.10; Mon 26.10 9:00 CET + 1 h 30 min = 10:30 CET (UTC+1).
        d = sla_first_reply(failure(at(2026, 10, 23, 16, 30)), "BASIC")
        assert d.outcome == at(2026, 10, 26, 10, 30)
        assert d.deadline == d.outcome
        assert isinstance(d.outcome, datetime)
        assert offset_hours(d.outcome) == 1
        assert d.limit_hours == 2

    def test_restore_across_the_october_change(self) -> None:
        # Fri 23.10.2026 13:00 CEST: 13-17 = 4 h; Mon 26.10 9-13 CET = 4 h -> Mon 13:00 CET.
        d = sla_restore(failure(at(2026, 10, 23, 13)), "START")
        assert d.outcome == at(2026, 10, 26, 13)
        assert d.limit_hours == 8

    def test_restore_across_the_march_change(self) -> None:
        # Fri 27.03.2026 15:00 CET: 15-17 = 2 h; summer time begins Sun 29.03;
        # Mon 30.03 9-15 CEST = 6 h -> Mon 15:00 CEST (UTC+2). No hour lost to the change.
        d = sla_restore(failure(at(2026, 3, 27, 15)), "BASIC")
        assert d.outcome == at(2026, 3, 30, 15)
        assert isinstance(d.outcome, datetime)
        assert offset_hours(d.outcome) == 2

    def test_reply_ending_exactly_at_closing_stays_that_day(self) -> None:
        # Fri 27.03.2026 15:00 + 2 h = 17:00 Fri, the closing time itself, not Mon 9:00.
        d = sla_first_reply(failure(at(2026, 3, 27, 15)), "BASIC")
        assert d.outcome == at(2026, 3, 27, 17)

    def test_pro_on_the_sunday_summer_time_ends(self) -> None:
        # Sun 25.10.2026 08:00 CET (after the 3:00 change): PRO's clock starts Sun 9:00, an
        # extended day -> 4 h -> Sun 13:00 CET.
        d = sla_first_reply(failure(at(2026, 10, 25, 8)), "PRO")
        assert d.outcome == at(2026, 10, 25, 13)
        assert d.clock_starts == at(2026, 10, 25, 9)
        assert d.limit_hours == 4

    def test_plus_saturday_before_the_change(self) -> None:
        # Fri 23.10.2026 16:00 CEST, PLUS: the clock starts Fri (a working day) -> 2 h:
        # 16-17 Fri (1 h), Sat 24.10 9-10 CEST (1 h) -> Sat 10:00, still summer time.
        d = sla_first_reply(failure(at(2026, 10, 23, 16)), "PLUS")
        assert d.outcome == at(2026, 10, 24, 10)
        assert isinstance(d.outcome, datetime)
        assert offset_hours(d.outcome) == 2


# --------------------------------------------------------------------------- Christmas


class TestChristmas:
    def test_wigilia_is_off_since_2025(self) -> None:
        # Wed 23.12.2026 16:00: 1 h Wed; 24 (Wigilia, a holiday since 2025), 25, 26 (Sat),
        # 27 (Sun) off; Mon 28.12 9:00 + 1 h = 10:00.
        d = sla_first_reply(failure(at(2026, 12, 23, 16)), "BASIC")
        assert d.outcome == at(2026, 12, 28, 10)

    def test_wigilia_was_a_working_day_in_2024(self) -> None:
        # Mon 23.12.2024 16:00: 1 h Mon; Tue 24.12.2024 was a working day -> 10:00 that day.
        d = sla_first_reply(failure(at(2024, 12, 23, 16)), "BASIC")
        assert d.outcome == at(2024, 12, 24, 10)

    def test_plus_runs_on_a_saturday_holiday(self) -> None:
        # Thu 24.12.2026 10:00, PLUS: Thu and Fri are weekday holidays (off); Sat 26.12 is a
        # holiday but an extended day, which runs (interpretation) from 9:00 -> 4 h -> 13:00.
        d = sla_first_reply(failure(at(2026, 12, 24, 10)), "PLUS")
        assert d.outcome == at(2026, 12, 26, 13)
        assert "interpretacja" in d.explain("pl")

    def test_basic_waits_for_monday_after_christmas(self) -> None:
        # Same report, BASIC: 24-27.12 off -> Mon 28.12 9:00 + 2 h = 11:00.
        d = sla_first_reply(failure(at(2026, 12, 24, 10)), "BASIC")
        assert d.outcome == at(2026, 12, 28, 11)

    def test_restore_over_christmas_for_pro(self) -> None:
        # Wed 23.12.2026 13:00, PRO: Wed 13-17 = 4 h; Thu 24, Fri 25 off (weekday holidays);
        # Sat 26.12 9-13 = 4 h -> Sat 13:00.
        d = sla_restore(failure(at(2026, 12, 23, 13)), "PRO")
        assert d.outcome == at(2026, 12, 26, 13)


# --------------------------------------------------------------------------- plans


class TestPlans:
    def test_plus_on_a_saturday(self) -> None:
        # Sat 7.11.2026 10:00, PLUS: clock starts at once, an extended day -> 4 h -> 14:00.
        d = sla_first_reply(failure(at(2026, 11, 7, 10)), "PLUS")
        assert d.outcome == at(2026, 11, 7, 14)
        assert d.limit_hours == 4

    def test_basic_on_a_saturday(self) -> None:
        # Same report, BASIC: clock starts Mon 9.11 9:00 -> 2 h -> 11:00.
        d = sla_first_reply(failure(at(2026, 11, 7, 10)), "BASIC")
        assert d.outcome == at(2026, 11, 9, 11)
        assert d.clock_starts == at(2026, 11, 9, 9)

    def test_pro_on_a_sunday(self) -> None:
        # Sun 8.11.2026 15:00, PRO: starts at once, extended -> 4 h: Sun 15-17 (2 h), Mon
        # 9.11 9-11 (2 h) -> Mon 11:00.
        d = sla_first_reply(failure(at(2026, 11, 8, 15)), "PRO")
        assert d.outcome == at(2026, 11, 9, 11)
        assert d.limit_hours == 4
        assert d.clock_starts == at(2026, 11, 8, 15)

    def test_plus_on_a_sunday_waits_for_monday(self) -> None:
        # Sun 8.11.2026 15:00, PLUS: Sunday is off for PLUS; starts Mon 9:00, a working day
        # -> 2 h -> 11:00.
        d = sla_first_reply(failure(at(2026, 11, 8, 15)), "PLUS")
        assert d.outcome == at(2026, 11, 9, 11)
        assert d.limit_hours == 2
        assert d.clock_starts == at(2026, 11, 9, 9)

    def test_friday_evening_report_starts_in_saturday_hours(self) -> None:
        # Fri 6.11.2026 20:00, PLUS: next SLA hour is Sat 7.11 9:00, an extended day -> 4 h
        # -> Sat 13:00.
        d = sla_first_reply(failure(at(2026, 11, 6, 20)), "PLUS")
        assert d.outcome == at(2026, 11, 7, 13)

    def test_saturday_evening_report_starts_on_monday(self) -> None:
        # Sat 7.11.2026 20:00, PLUS: next SLA hour is Mon 9.11 9:00, a working day -> 2 h.
        d = sla_first_reply(failure(at(2026, 11, 7, 20)), "PLUS")
        assert d.outcome == at(2026, 11, 9, 11)

    def test_plus_restore_counts_saturday_not_sunday(self) -> None:
        # Sat 7.11.2026 10:00, PLUS: Sat 10-17 = 7 h; Sun off; Mon 9.11 9-10 = 1 h -> 10:00.
        d = sla_restore(failure(at(2026, 11, 7, 10)), "PLUS")
        assert d.outcome == at(2026, 11, 9, 10)

    def test_pro_restore_counts_sunday(self) -> None:
        # Same report, PRO: Sat 7 h; Sun 8.11 9-10 = 1 h -> Sun 10:00.
        d = sla_restore(failure(at(2026, 11, 7, 10)), "PRO")
        assert d.outcome == at(2026, 11, 8, 10)

    def test_pro_on_easter_sunday(self) -> None:
        # Sun 5.04.2026 (Easter) 10:00, PRO: a holiday on an extended day runs -> 4 h -> 14:00.
        d = sla_first_reply(failure(at(2026, 4, 5, 10)), "PRO")
        assert d.outcome == at(2026, 4, 5, 14)

    def test_the_holiday_reading_is_data(self) -> None:
        # The same PRO plan with holidays_on_extended_days=False: Sun 5.04 (Easter) and Mon
        # 6.04 (Easter Monday) are off; Tue 7.04 9:00, a working day -> 2 h -> 11:00.
        strict = SlaTerms(
            first_reply_hours=2,
            restore_hours=8,
            extended_days=frozenset({5, 6}),
            extended_first_reply_hours=4,
            holidays_on_extended_days=False,
        )
        assert WOOHOO.service is not None
        service = WOOHOO.service.model_copy(
            update={
                "plans": (
                    PlanSpec(
                        name="PRO", transfer_limit_gb=None, email_limit_per_day=5000, sla=strict
                    ),
                )
            }
        )
        terms = with_sections(WOOHOO, service=service.model_dump())
        d = rules.sla_first_reply(failure(at(2026, 4, 5, 10)), "PRO", terms=terms)
        assert d.outcome == at(2026, 4, 7, 11)

    def test_plan_names_ignore_case(self) -> None:
        d = sla_first_reply(failure(at(2026, 11, 7, 10)), " plus ")
        assert d.outcome == at(2026, 11, 7, 14)

    def test_unknown_plan_names_the_field(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            sla_first_reply(failure(at(2026, 11, 7, 10)), "GOLD")
        assert error.value.field == "plan"
        assert "START, BASIC, PLUS, PRO" in error.value.message


# --------------------------------------------------------------------------- scope


class TestScope:
    def test_exception_removes_the_sla(self) -> None:
        report = failure(at(2026, 11, 9, 10), exception=SlaException.FORCE_MAJEURE)
        applies = sla_applies(report)
        assert applies.outcome is False
        assert "§ 5 ust. 2 pkt 4" in applies.explain("pl")
        assert sla_first_reply(report, "PRO").outcome is None
        assert sla_restore(report, "PRO").outcome is None

    def test_every_exception_point(self) -> None:
        points = {
            SlaException.CUSTOMER_INFRASTRUCTURE: "pkt 1",
            SlaException.NON_STANDARD_WORK: "pkt 2",
            SlaException.EXTERNAL_CAUSE: "pkt 3",
            SlaException.FORCE_MAJEURE: "pkt 4",
        }
        for exception, point in points.items():
            d = sla_applies(failure(at(2026, 11, 9, 10), exception=exception))
            assert d.outcome is False
            assert f"§ 5 ust. 2 {point}" in d.explain("pl")

    def test_a_question_is_outside_the_sla(self) -> None:
        question = ServiceRequest(received_at=at(2026, 11, 9, 10), kind=RequestKind.INFORMATION)
        assert sla_applies(question).outcome is False
        assert sla_first_reply(question, "BASIC").outcome is None
        assert non_sla_reply(question).determined

    def test_restore_needs_to_know_if_critical(self) -> None:
        d = sla_restore(failure(at(2026, 11, 9, 10), critical=None), "BASIC")
        assert d.outcome == Undetermined(("request.critical",))
        assert d.missing == ("request.critical",)

    def test_no_restore_time_for_a_non_critical_failure(self) -> None:
        d = sla_restore(failure(at(2026, 11, 9, 10), critical=False), "BASIC")
        assert d.outcome is None
        assert "§ 9 ust. 6" in d.explain("pl")

    def test_first_reply_does_not_need_criticality(self) -> None:
        # Mon 9.11.2026 10:00 + 2 h = 12:00.
        d = sla_first_reply(failure(at(2026, 11, 9, 10), critical=None), "BASIC")
        assert d.outcome == at(2026, 11, 9, 12)

    def test_only_failures_are_critical(self) -> None:
        with pytest.raises(ValidationError, match="critical"):
            ServiceRequest(received_at=at(2026, 11, 9, 10), kind="information", critical=True)


class TestMet:
    def test_reply_at_the_deadline_is_in_time(self) -> None:
        # Mon 9.11.2026 10:00 + 2 h = 12:00; a reply at 12:00 is in time, 12:01 is not.
        report = failure(at(2026, 11, 9, 10))
        assert sla_first_reply(report, "BASIC", replied_at=at(2026, 11, 9, 12)).met is True
        late = sla_first_reply(report, "BASIC", replied_at=at(2026, 11, 9, 12, 1))
        assert late.met is False
        assert "po terminie" in late.explain("pl")

    def test_reply_in_another_zone(self) -> None:
        # 11:00 UTC on Mon 9.11.2026 is 12:00 CET: exactly the deadline.
        utc_reply = datetime(2026, 11, 9, 11, 0, tzinfo=UTC)
        d = sla_first_reply(failure(at(2026, 11, 9, 10)), "BASIC", replied_at=utc_reply)
        assert d.met is True

    def test_naive_reply_is_refused(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            sla_first_reply(failure(at(2026, 11, 9, 10)), "BASIC", replied_at=datetime(2026, 11, 9))
        assert error.value.field == "replied_at"

    def test_reply_before_the_report_is_refused(self) -> None:
        with pytest.raises(InvalidFacts) as error:
            sla_restore(failure(at(2026, 11, 9, 10)), "BASIC", restored_at=at(2026, 11, 9, 9))
        assert error.value.field == "restored_at"

    def test_naive_report_is_refused_by_the_model(self) -> None:
        with pytest.raises(ValidationError, match="received_at"):
            ServiceRequest(received_at=datetime(2026, 11, 9, 10), kind="failure")


# --------------------------------------------------------------------------- § 5 ust. 4


class TestOutsideTheSla:
    def test_48_working_hours_over_christmas_2026(self) -> None:
        # Wed 23.12.2026 10:00: Wed 10-17 = 7 h (7); 24-27 off; Mon 28 (15), Tue 29 (23),
        # Wed 30 (31), Thu 31 (39); Fri 1.01.2027 Nowy Rok; Mon 4.01 (47); Tue 5.01 9-10
        # (48) -> 10:00. (Wed 6.01, Trzech Króli, is not reached.)
        request = ServiceRequest(received_at=at(2026, 12, 23, 10), kind=RequestKind.CONFIGURATION)
        d = non_sla_reply(request)
        assert d.outcome == at(2027, 1, 5, 10)

    def test_48_working_hours_over_christmas_2024(self) -> None:
        # Mon 23.12.2024 10:00: Mon 7 h (7); Tue 24.12.2024 working (15); 25, 26 holidays;
        # Fri 27 (23); Mon 30 (31); Tue 31 (39); Wed 1.01.2025 holiday; Thu 2.01 (47);
        # Fri 3.01 9-10 (48) -> 10:00.
        request = ServiceRequest(received_at=at(2024, 12, 23, 10), kind=RequestKind.FAULT)
        assert non_sla_reply(request).outcome == at(2025, 1, 3, 10)

    def test_plans_do_not_extend_it(self) -> None:
        # Sat 7.11.2026 10:00: working hours only -> Mon 9.11 9:00 + 48 h = 6 days of 8 h:
        # Mon 9 (8), Tue 10 (16), Wed 11.11 holiday, Thu 12 (24), Fri 13 (32), Mon 16 (40),
        # Tue 17 (48) -> 17:00 Tue 17.11.
        request = ServiceRequest(received_at=at(2026, 11, 7, 10), kind=RequestKind.INFORMATION)
        assert non_sla_reply(request).outcome == at(2026, 11, 17, 17)

    def test_a_failure_is_not_handled_here(self) -> None:
        d = non_sla_reply(failure(at(2026, 11, 9, 10)))
        assert d.outcome is None
        assert d.not_applied


class TestExceptedFailures:
    """A failure report to which an exception of § 5 ust. 2 applies is a request the SLA does
    not cover: § 5 ust. 4 ("Zgłoszenia nieobjęte SLA, w szczególności ...") gives it the 48
    working hours (``excepted_reports`` in the terms' data)."""

    def test_it_gets_the_48_working_hours(self) -> None:
        # Mon 9.11.2026 10:00: Mon 10-17 = 7 h (7); Tue 10 (15); Wed 11.11 Independence Day;
        # Thu 12 (23); Fri 13 (31); Mon 16 (39); Tue 17 (47); Wed 18.11 9:00 + 1 h = 10:00.
        report = failure(at(2026, 11, 9, 10), exception=SlaException.FORCE_MAJEURE)
        d = non_sla_reply(report)
        assert d.outcome == at(2026, 11, 18, 10)
        assert d.deadline == d.outcome
        assert d.limit_hours == 48
        assert [r.message for r in d.reasons[:3]] == [
            "sla.exceptions.exception",
            "sla.non_sla.excepted",
            "sla.non_sla.hours",
        ]
        assert ["§ 5 ust. 4 Regulaminu Woohoo Cloud"] in bases(d)
        assert "interpretacja" in d.explain("pl")

    def test_the_boundary_either_side(self) -> None:
        # The deadline above, Wed 18.11.2026 10:00: handled then is in time, a minute later
        # is late.
        report = failure(at(2026, 11, 9, 10), exception=SlaException.NON_STANDARD_WORK)
        assert non_sla_reply(report, handled_at=at(2026, 11, 18, 10)).met is True
        assert non_sla_reply(report, handled_at=at(2026, 11, 18, 10, 1)).met is False

    def test_a_saturday_report_waits_for_monday(self) -> None:
        # Sat 7.11.2026 10:00, excepted: working hours only, as for a question (see
        # TestOutsideTheSla.test_plans_do_not_extend_it) -> Tue 17.11 17:00.
        report = failure(at(2026, 11, 7, 10), exception=SlaException.EXTERNAL_CAUSE)
        assert non_sla_reply(report).outcome == at(2026, 11, 17, 17)

    def test_the_sla_rules_name_that_deadline(self) -> None:
        # No SLA time (sla_applies is False), and the reason names the deadline of § 5 ust. 4
        # derived above: Wed 18.11.2026 10:00.
        report = failure(at(2026, 11, 9, 10), exception=SlaException.FORCE_MAJEURE)
        for d in (sla_first_reply(report, "PRO"), sla_restore(report, "PRO")):
            assert d.outcome is None
            assert d.deadline is None
            outside = d.reasons[-1]
            assert (outside.rule, outside.message) == (NON_SLA_RULE, "sla.non_sla.excepted_due")
            assert outside.params == {"hours": 48, "due": at(2026, 11, 18, 10)}
            assert [c.pl() for c in outside.basis] == ["§ 5 ust. 4 Regulaminu Woohoo Cloud"]

    def test_a_question_gets_no_second_pointer(self) -> None:
        # A question's reason already says it is handled in the standard time (§ 5 ust. 4).
        question = ServiceRequest(received_at=at(2026, 11, 9, 10), kind=RequestKind.INFORMATION)
        d = sla_first_reply(question, "BASIC")
        assert [r.message for r in d.reasons] == ["sla.exceptions.not_a_failure"]

    def test_an_exception_the_terms_do_not_state_is_refused(self) -> None:
        report = failure(at(2026, 3, 2, 10), exception=SlaException.EXTERNAL_CAUSE)
        with pytest.raises(InvalidFacts) as error:
            rules.non_sla_reply(report, terms=OTHER)
        assert error.value.field == "request.exception"



# --------------------------------------------------------------------------- registry


class TestRegistry:
    @pytest.mark.parametrize(
        "rule_id", [EXCEPTIONS_RULE, FIRST_REPLY_RULE, RESTORE_RULE, NON_SLA_RULE]
    )
    def test_rules_cite_the_terms(self, rule_id: str) -> None:
        # No shop is built in: the rule's own basis is the statute that makes terms bind
        # (art. 384 § 1 KC); each decision cites the clauses of the terms it is given.
        registered = REGISTRY[rule_id]
        assert registered.entry is not None
        assert [c.pl() for c in registered.basis] == ["art. 384 § 1 KC"]
        assert registered.versions[-1].valid_from == date(2014, 12, 25)

    def test_interpretations_are_registered(self) -> None:
        texts = " ".join(i.en for i in REGISTRY[FIRST_REPLY_RULE].interpretations)
        assert "4 hours" in texts
        assert "holiday" in texts

    def test_before_the_terms(self) -> None:
        with pytest.raises(LawNotCovered):
            sla_first_reply(failure(at(2024, 2, 16, 10)), "BASIC")

    def test_json(self) -> None:
        # Mon 9.11.2026 10:00 + 2 h = 12:00 CET.
        record = sla_first_reply(failure(at(2026, 11, 9, 10)), "BASIC").as_dict()
        assert record["outcome"] == "2026-11-09T12:00:00+01:00"
        assert record["limit_hours"] == 2


# --------------------------------------------------------------------------- properties

_instants = st.datetimes(
    min_value=datetime(2024, 3, 1),
    max_value=datetime(2030, 12, 31),
    timezones=st.just(WARSAW),
    allow_imaginary=False,
)
_plans = st.sampled_from(["START", "BASIC", "PLUS", "PRO"])


@given(_instants, _plans)
def test_first_reply_uses_exactly_its_hours(received: datetime, plan: str) -> None:
    # working_hours_between is a second implementation of the same clock: between the report
    # and the deadline lie exactly the hours promised, and the deadline is within SLA hours.
    d = sla_first_reply(failure(received), plan)
    assert isinstance(d.outcome, datetime)
    assert d.limit_hours in {2, 4}
    edition = WOOHOO.in_force(received.date())
    assert edition.service is not None and edition.service_level is not None
    spec = next(p for p in edition.service.plans if p.name == plan)
    clock = rules.sla_clock(edition.service_level, spec.sla)
    assert working_hours_between(received, d.outcome, clock) == timedelta(hours=d.limit_hours)
    assert 9 <= d.outcome.hour <= 17
    assert clock.runs_on(d.outcome.date())


@given(_instants)
def test_wider_plans_never_restore_later(received: datetime) -> None:
    # PLUS's clock runs on every hour BASIC's runs, PRO's on every hour PLUS's runs: the same
    # 8 hours can only end earlier or at the same time.
    basic, plus, pro = (sla_restore(failure(received), p).outcome for p in ("BASIC", "PLUS", "PRO"))
    assert isinstance(basic, datetime)
    assert isinstance(plus, datetime)
    assert isinstance(pro, datetime)
    assert pro <= plus <= basic


@given(_instants)
def test_basic_deadline_is_never_on_a_day_off(received: datetime) -> None:
    d = sla_first_reply(failure(received), "BASIC")
    assert isinstance(d.outcome, datetime)
    day = d.outcome.date()
    assert day.weekday() < 5
    assert not is_holiday(day)


@given(_instants, st.sampled_from(list(SlaException)))
def test_non_sla_agrees_with_sla_applies(received: datetime, exception: SlaException) -> None:
    # A failure report is either under the SLA (no time outside it) or excepted (the time
    # outside it): never both, never neither.
    for report in (failure(received), failure(received, exception=exception)):
        covered = sla_applies(report).outcome
        assert (non_sla_reply(report).outcome is None) is covered


# --------------------------------------------------------------------------- another shop

OTHER = parse_terms(
    """
name: Regulamin usług Inny Hosting
cited_as: {pl: Regulaminu Inny Hosting, en: Inny Hosting Terms}
trader: {name: Inny Hosting sp. z o.o.}
customers: [consumer, trader]
policy: from_effective_day
versions: [{id: v1, published_on: 2025-01-01, effective_from: 2025-01-01}]
service:
  plans:
    - name: GOLD
      transfer_limit_gb: null
      email_limit_per_day: null
      sla:
        first_reply_hours: 3
        restore_hours: 6
        holidays_on_extended_days: false
        clauses: {first_reply_hours: "§ 7 ust. 2 pkt 1", restore_hours: "§ 7 ust. 2 pkt 2"}
  activation_hours: 12
  fault_fix_days: 7
  website_complaint_days: 14
  appeal_days: 14
  payment: {due_days: 14, reminder_days: [1], shutdown_days: 14}
service_level:
  opens: "08:00:00"
  closes: "16:00:00"
  levels: "§ 7 ust. 2"
  scope: "§ 7 ust. 1"
  exceptions: {force_majeure: "§ 7 ust. 3"}
  non_sla_hours: 16
  clauses: {non_sla_hours: "§ 7 ust. 5", exceptions: "§ 7 ust. 3", covers: "§ 7 ust. 2"}
""",
    "other.yaml",
)


def bases(decision: Decision[Any]) -> list[list[str]]:
    return [[c.pl() for c in reason.basis] for reason in decision.reasons]


class TestAnotherShop:
    def test_its_own_hours_and_clause(self) -> None:
        # Mon 2.03.2026 15:00, GOLD: working hours 8-16, 15-16 = 1 h; Tue 3.03 8:00 + 2 h.
        d = rules.sla_first_reply(failure(at(2026, 3, 2, 15)), "GOLD", terms=OTHER)
        assert d.outcome == at(2026, 3, 3, 10)
        assert d.limit_hours == 3
        assert ["§ 7 ust. 2 pkt 1 Regulaminu Inny Hosting"] in bases(d)
        assert "Woohoo" not in d.explain("pl") + d.explain("en")

    def test_its_own_restore_time(self) -> None:
        # Mon 2.03.2026 12:00: 12-16 = 4 h; Tue 3.03 8:00 + 2 h = 10:00.
        d = rules.sla_restore(failure(at(2026, 3, 2, 12)), "GOLD", terms=OTHER)
        assert d.outcome == at(2026, 3, 3, 10)
        assert ["§ 7 ust. 2 pkt 2 Regulaminu Inny Hosting"] in bases(d)

    def test_its_own_time_outside_the_sla(self) -> None:
        # Mon 2.03.2026 10:00, 16 working hours of 8-16: Mon 10-16 = 6 h; Tue 8 h (14);
        # Wed 4.03 8:00 + 2 h = 10:00.
        question = ServiceRequest(received_at=at(2026, 3, 2, 10), kind=RequestKind.INFORMATION)
        d = rules.non_sla_reply(question, terms=OTHER)
        assert d.outcome == at(2026, 3, 4, 10)
        assert d.reasons[0].message == "sla.non_sla.hours"
        assert d.reasons[0].params is not None and d.reasons[0].params["hours"] == 16
        assert [c.pl() for c in d.reasons[0].basis] == ["§ 7 ust. 5 Regulaminu Inny Hosting"]

    def test_its_own_exception_points(self) -> None:
        report = failure(at(2026, 3, 2, 10), exception=SlaException.FORCE_MAJEURE)
        d = rules.sla_applies(report, terms=OTHER)
        assert d.outcome is False
        assert bases(d) == [
            ["§ 7 ust. 1 Regulaminu Inny Hosting", "§ 7 ust. 3 Regulaminu Inny Hosting"]
        ]

    def test_an_exception_its_terms_do_not_state_is_refused(self) -> None:
        report = failure(at(2026, 3, 2, 10), exception=SlaException.EXTERNAL_CAUSE)
        with pytest.raises(InvalidFacts) as error:
            rules.sla_applies(report, terms=OTHER)
        assert error.value.field == "request.exception"
        assert "force_majeure" in error.value.message

    def test_no_clause_for_other_failures(self) -> None:
        d = rules.sla_restore(failure(at(2026, 3, 2, 10), critical=False), "GOLD", terms=OTHER)
        assert d.outcome is None
        assert d.not_applied[0].message == "sla.restore.critical_only_no_clause"

    def test_its_terms_give_an_excepted_failure_no_time(self) -> None:
        # Its service_level names no excepted_reports clause: § 7 ust. 5's 16 hours do not
        # reach an excepted failure, and the terms give it no time (art. 455 KC: due on
        # demand); consistent with sla_applies, which says the SLA does not cover it.
        report = failure(at(2026, 3, 2, 10), exception=SlaException.FORCE_MAJEURE)
        assert rules.sla_applies(report, terms=OTHER).outcome is False
        d = rules.non_sla_reply(report, terms=OTHER)
        assert d.outcome is None
        assert d.deadline is None
        assert d.summary.message == "sla.non_sla.excepted_none"
        assert [r.message for r in d.reasons] == [
            "sla.exceptions.exception",
            "sla.non_sla.excepted_no_time",
        ]
        assert [c.pl() for c in d.reasons[1].basis] == ["art. 455 KC"]
        assert d.not_applied[0].message == "sla.non_sla.excepted_not_covered"
        assert [c.pl() for c in d.not_applied[0].basis] == ["§ 7 ust. 5 Regulaminu Inny Hosting"]
        first = rules.sla_first_reply(report, "GOLD", terms=OTHER)
        assert first.outcome is None
        assert first.reasons[-1].message == "sla.non_sla.excepted_no_time"

    def test_the_clause_on_excepted_failures_is_data(self) -> None:
        # The same shop stating that § 7 ust. 5 reaches excepted failures: 16 working hours of
        # 8-16 from Mon 2.03.2026 10:00: Mon 10-16 = 6 h; Tue 8 h (14); Wed 4.03 8:00 + 2 h.
        assert OTHER.service_level is not None
        level = OTHER.service_level.model_dump(exclude_unset=True)
        terms = with_sections(OTHER, service_level={**level, "excepted_reports": "§ 7 ust. 5"})
        report = failure(at(2026, 3, 2, 10), exception=SlaException.FORCE_MAJEURE)
        d = rules.non_sla_reply(report, terms=terms)
        assert d.outcome == at(2026, 3, 4, 10)
        assert d.limit_hours == 16
        assert ["§ 7 ust. 5 Regulaminu Inny Hosting"] in bases(d)

    def test_before_its_terms(self) -> None:
        with pytest.raises(LawNotCovered):
            rules.sla_first_reply(failure(at(2024, 12, 31, 10)), "GOLD", terms=OTHER)

    def test_terms_without_an_sla(self) -> None:
        bare = with_sections(OTHER, service_level=None)
        with pytest.raises(InvalidFacts) as error:
            rules.sla_applies(failure(at(2026, 3, 2, 10)), terms=bare)
        assert error.value.field == "terms.service_level"


class TestNoShopIsBuiltIn:
    def test_every_rule_needs_the_terms(self) -> None:
        report = failure(at(2026, 3, 2, 10))
        calls: list[Callable[[], object]] = [
            lambda: rules.sla_applies(report),  # type: ignore[call-arg]
            lambda: rules.sla_first_reply(report, "BASIC"),  # type: ignore[call-arg]
            lambda: rules.sla_restore(report, "BASIC"),  # type: ignore[call-arg]
            lambda: rules.non_sla_reply(report),  # type: ignore[call-arg]
        ]
        for call in calls:
            with pytest.raises(TypeError, match="terms"):
                call()


class TestSentences:
    def test_first_reply_in_polish_and_english(self) -> None:
        # Mon 2.03.2026 10:00 + 2 h = 12:00 CET.
        d = sla_first_reply(failure(at(2026, 3, 2, 10)), "BASIC")
        assert d.summary.message == "sla.first_reply.due"
        assert d.summary.text("pl") == (
            "Pierwsza odpowiedź na zgłoszenie awarii powinna nastąpić najpóźniej "
            "2 marca 2026, 12:00 CET."
        )
        assert d.summary.text("en") == (
            "The first reply to the failure report is due by 2 March 2026, 12:00 CET at the latest."
        )
        assert d.summary.text("uk") == (
            "Перша відповідь на повідомлення про збій має надійти щонайпізніше "
            "2 березня 2026, 12:00 +0100."
        )
        stated = d.reasons[1]
        assert (stated.message, stated.params) == ("sla.first_reply.standard", {"hours": 2})
        assert stated.line("en") == (
            "The first reply to a failure report comes within 2 working hours of the report at "
            "the latest (§ 5(3)(1) Woohoo Cloud Terms)."
        )

    def test_the_clock_in_words(self) -> None:
        # Sat 7.11.2026 10:00, PRO: the weekend hours, holidays included.
        d = sla_first_reply(failure(at(2026, 11, 7, 10)), "PRO")
        assert (
            "Zegar SLA pakietu PRO biegnie od poniedziałku do piątku w godz. 09:00–17:00, z "
            "wyjątkiem dni ustawowo wolnych od pracy, a także w soboty i niedziele w tych samych "
            "godzinach (również gdy są świętami) (§ 5 ust. 3 Regulaminu Woohoo Cloud, § 1 "
            "Regulaminu Woohoo Cloud, § 5 ust. 3 pkt 3 Regulaminu Woohoo Cloud)."
        ) in d.explain("pl")
        assert (
            "The PRO plan's SLA clock runs Monday to Friday, 09:00–17:00, public holidays "
            "excepted, and on Saturdays and Sundays in the same hours (holidays included) (§ 5(3) "
            "Woohoo Cloud Terms, § 1 Woohoo Cloud Terms, § 5(3)(3) Woohoo Cloud Terms)."
        ) in d.explain("en")

    def test_a_failure_names_the_sla_clause(self) -> None:
        d = non_sla_reply(failure(at(2026, 3, 2, 10)))
        assert d.not_applied[0].text("pl") == (
            "Termin 48 godzin roboczych dotyczy zgłoszeń nieobjętych SLA; zgłoszenie awarii "
            "podlega § 5 ust. 3."
        )
        assert d.not_applied[0].text("en") == (
            "The 48 working hours concern requests outside the SLA; a failure report falls "
            "under § 5(3)."
        )
