"""The durable-rules adapter: same decisions as the pure functions, no state shared between
sessions or engines, durable-rules' 32-bit identities guarded, and a clear refusal on
Python 3.13+.

The engine needs the optional durable-rules (extra ``engine``, Python < 3.13): without it
every test here but the Python-version one is skipped, with the reason.
"""

from __future__ import annotations

import collections
import importlib
import importlib.util
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seeds import woohoo

from regulamin.decision import Decision
from regulamin.errors import InvalidFacts, LawNotCovered
from regulamin.models import (
    Complaint,
    Contract,
    Customer,
    Delivery,
    Demand,
    PersonKind,
    RightInformation,
)
from regulamin.models.service import SuspensionGrounds
from regulamin.registry import REGISTRY
from regulamin.rules.complaints import ReplyStatus, complaint_reply
from regulamin.rules.status import Status, customer_status
from regulamin.rules.withdrawal import WithdrawalDecision, withdrawal
from regulamin.terms.payments import (
    PaymentDecision,
    ReminderDecision,
    ShutdownStatus,
    payment_due,
    payment_reminders,
    service_shutdown,
)
from regulamin.terms.service import suspension

# Only these two reasons skip the engine's tests; any other import error fails them.
WHY_NOT = ""
if sys.version_info >= (3, 13):
    WHY_NOT = "regulamin.engine does not run on Python 3.13+ (durable-rules 2.0.28 fails there)"
elif importlib.util.find_spec("durable") is None:
    WHY_NOT = "durable-rules is not installed (pip install 'regulamin[engine]')"
if TYPE_CHECKING or not WHY_NOT:
    from regulamin.engine import (
        ComplaintAged,
        ComplaintReceived,
        Engine,
        EngineError,
        Event,
        FactIdentityClash,
        GoodsReceived,
        OrderPlaced,
        PaymentOverdue,
        PaymentRequested,
        Session,
        SuspensionConsidered,
        WithdrawalSent,
        core,
        identity,
    )

needs_engine = pytest.mark.skipif(bool(WHY_NOT), reason=WHY_NOT or "engine available")

consumer = Customer.consumer()
company = Customer.company()
electrician = Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False)


def goods(concluded_on: date, parts: int = 1) -> Contract:
    return Contract(subject="goods", channel="distance", concluded_on=concluded_on, parts=parts)


# --- Python 3.13: a clear ImportError, the library unharmed --------------------------------


def test_the_engine_refuses_python_313_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.version_info < (3, 13):
        # durable-rules 2.0.28 fails to import on 3.13 (PyEval_CallObject is gone); here the
        # check is made to see 3.13.0, as CI's own 3.13 run sees it for real
        version = collections.namedtuple("version", "major minor micro releaselevel serial")
        monkeypatch.setattr(sys, "version_info", version(3, 13, 0, "final", 0))
    for name in [
        m for m in sys.modules if m == "regulamin.engine" or m.startswith("regulamin.engine.")
    ]:
        monkeypatch.delitem(sys.modules, name)
    with pytest.raises(ImportError) as refused:
        importlib.import_module("regulamin.engine")
    message = str(refused.value)
    assert "Python 3.13" in message
    assert "durable-rules" in message and "2.0.28" in message
    assert "PyEval_CallObject" in message
    # the rest of the library works: received Thu 10.12.2026, day 14 = Thu 24.12 (Wigilia,
    # a holiday since 2025), 25-26 holidays, 27 Sunday -> Mon 28.12.2026
    d = withdrawal(
        consumer, goods(date(2026, 12, 1)), deliveries=[Delivery(received_on=date(2026, 12, 10))]
    )
    assert d.deadline == date(2026, 12, 28)


# --- the same decisions as the pure functions --------------------------------------------


@pytest.fixture
def engine() -> Iterator[Engine]:
    if WHY_NOT:
        pytest.skip(WHY_NOT)
    with Engine() as built:
        yield built


@needs_engine
def test_a_complaint_left_unanswered_is_deemed_accepted(engine: Engine) -> None:
    contract = goods(date(2026, 11, 20))
    with engine.session() as session:
        placed = session.post(OrderPlaced("A-1", consumer, contract))
        assert [d.rule for d in placed] == ["status.customer", "withdrawal.right"]
        assert placed[0].outcome is Status.CONSUMER
        # received Thu 10.12.2026; art. 7a (contract from 2023): 14 days; day 14 = Thu 24.12
        # (Wigilia, a holiday since 2025), 25-26 holidays, 27 Sunday -> Mon 28.12.2026
        (received,) = session.post(
            ComplaintReceived("A-1", "R-1", Complaint(received_on=date(2026, 12, 10)))
        )
        assert received.deadline == date(2026, 12, 28)
        assert received.outcome is ReplyStatus.PENDING
        (on_the_last_day,) = session.post(ComplaintAged("A-1", "R-1", today=date(2026, 12, 28)))
        assert on_the_last_day.outcome is ReplyStatus.PENDING
        (a_day_later,) = session.post(ComplaintAged("A-1", "R-1", today=date(2026, 12, 29)))
        assert a_day_later.outcome is ReplyStatus.DEEMED_ACCEPTED
        (answered,) = session.post(
            ComplaintAged("A-1", "R-1", today=date(2026, 12, 29), replied_on=date(2026, 12, 28))
        )
        assert answered.outcome is ReplyStatus.ANSWERED_IN_TIME


@needs_engine
def test_the_withdrawal_period_runs_from_the_last_part(engine: Engine) -> None:
    contract = goods(date(2026, 12, 1), parts=2)
    first, last = Delivery(received_on=date(2026, 12, 3)), Delivery(received_on=date(2026, 12, 10))
    with engine.session() as session:
        session.post(OrderPlaced("A-1", consumer, contract))
        (waiting,) = session.post(GoodsReceived("A-1", first))
        assert waiting.outcome is True and waiting.deadline is None  # art. 28 pkt 1 lit. a
        (running,) = session.post(GoodsReceived("A-1", last))
        # last part Thu 10.12.2026: day 14 = Thu 24.12 (Wigilia), 25-26 holidays, 27 Sunday
        # -> Mon 28.12.2026 (1182/71 art. 3(4))
        assert running.deadline == date(2026, 12, 28)
        (in_time,) = session.post(WithdrawalSent("A-1", date(2026, 12, 28)))
        (late,) = session.post(WithdrawalSent("A-1", date(2026, 12, 29)))
    assert isinstance(in_time, WithdrawalDecision) and isinstance(late, WithdrawalDecision)
    assert in_time.timely is True and late.timely is False
    assert running == withdrawal(consumer, contract, deliveries=[first, last])


@needs_engine
def test_an_unpaid_service_gets_its_reminders_and_is_shut_down(engine: Engine) -> None:
    with engine.session() as session:
        requested = PaymentRequested("F-1", concluded_on=date(2026, 11, 24), terms=woohoo())
        (due,) = session.post(requested)
        # concluded Tue 24.11.2026; 30 calendar days: day 30 = Thu 24.12 (Wigilia, a holiday
        # since 2025), 25-26 holidays, 27 Sunday -> Mon 28.12.2026 (art. 111 § 2, 115 KC)
        assert due.outcome == date(2026, 12, 28)
        unpaid = session.post(
            PaymentOverdue("F-1", today=date(2027, 2, 1), suspended_for_non_payment=True)
        )
        assert [d.rule for d in unpaid] == [
            "payments.due",
            "payments.reminders",
            "payments.shutdown",
        ]
        still_due, reminders, shutdown = unpaid
        assert isinstance(still_due, PaymentDecision) and still_due.paid_in_time is None
        # 1, 3 and 5 days after Mon 28.12.2026, never rolled: Tue 29.12, Thu 31.12, Sat 2.01
        assert reminders.outcome == (date(2026, 12, 29), date(2026, 12, 31), date(2027, 1, 2))
        # 30 days from 28.12.2026: 3 in December + 27 in January -> Wed 27.01.2027 (a working
        # day); unpaid on 1.02.2027: shut down, data deleted (personal data kept)
        assert shutdown.deadline == date(2027, 1, 27)
        assert shutdown.outcome is ShutdownStatus.SHUT_DOWN
        late = session.post(
            PaymentOverdue(
                "F-1",
                today=date(2027, 1, 4),
                paid_on=date(2026, 12, 30),
                suspended_for_non_payment=True,
            )
        )
        # booked Wed 30.12: after the due date, so late, but before the reminder of 31.12
        assert isinstance(late[0], PaymentDecision) and late[0].paid_in_time is False
        assert isinstance(late[1], ReminderDecision)
        assert late[1].outcome == (date(2026, 12, 29),)
        assert late[2].outcome is ShutdownStatus.PAID_IN_TIME
        (may_suspend,) = session.post(
            SuspensionConsidered(
                SuspensionGrounds(payment_late=True), on=date(2027, 1, 5), terms=woohoo()
            )
        )
        assert may_suspend.outcome is True
        with pytest.raises(InvalidFacts, match="no payment 'F-2'"):
            session.post(PaymentOverdue("F-2", today=date(2027, 1, 4)))


@needs_engine
def test_the_engine_calls_the_registered_entry_functions(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert engine.rules == (
        "complaints.reply",
        "payments.due",
        "payments.reminders",
        "payments.shutdown",
        "service.suspension",
        "status.customer",
        "withdrawal.right",
    )
    assert set(engine.definition) == {
        "complaints.reply#received",
        "complaints.reply#aged",
        "payments.due#requested",
        "payments.due#overdue",
        "payments.reminders#overdue",
        "payments.shutdown#overdue",
        "service.suspension#considered",
        "status.customer#placed",
        "withdrawal.right#placed",
        "withdrawal.right#received",
        "withdrawal.right#sent",
    }
    calls: list[tuple[Any, ...]] = []
    registered = REGISTRY["status.customer"].entry
    assert registered is customer_status.entry  # the declared rule's own entry function

    def spy(*args: Any) -> Decision[Any]:
        calls.append(args)
        return customer_status(*args)

    monkeypatch.setattr(REGISTRY["status.customer"], "entry", spy)
    with Engine() as rebuilt:  # built after the change: it takes the function from the registry
        rebuilt.decide([OrderPlaced("A-1", company, goods(date(2026, 1, 5)))])
        engine.decide([OrderPlaced("A-1", company, goods(date(2026, 1, 5)))])
    assert calls == [(company, date(2026, 1, 5))]  # the engine built before kept its own


# The differential test: random events about random facts, the engine against the pure
# functions called directly on the same facts, decision by decision (or error by error).

customers = st.sampled_from(
    [
        consumer,
        consumer,
        consumer,
        company,
        electrician,
        Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=True),
        Customer.sole_trader(pkd_codes=("62.01.Z",)),  # professional character unknown
        Customer(kind=PersonKind.NATURAL_PERSON),  # purpose unknown
    ]
)


@st.composite
def contracts(draw: st.DrawFn) -> Contract:
    subject = draw(st.sampled_from(["goods", "goods", "service", "digital_content"]))
    return Contract(
        subject=subject,
        channel=draw(st.sampled_from(["distance", "distance", "off_premises", "on_premises"])),
        # from before the consumer rights act (law not covered) to after Wigilia's first year
        concluded_on=draw(st.dates(date(2014, 10, 1), date(2027, 12, 31))),
        parts=draw(st.integers(1, 3)) if subject == "goods" else 1,
    )


@st.composite
def event_lists(draw: st.DrawFn) -> list[Event]:
    orders = {ref: (draw(customers), draw(contracts())) for ref in ("A", "B")}
    events: list[Event] = []
    for ref, (customer, contract) in orders.items():
        information = draw(
            st.sampled_from(
                [
                    RightInformation.by_conclusion(),
                    RightInformation.unknown(),
                    RightInformation.later(contract.concluded_on + timedelta(days=5)),
                ]
            )
        )
        events.append(OrderPlaced(ref, customer, contract, information=information))
    day = st.integers(-3, 400).map(lambda n: timedelta(days=n))
    delivery_steps = st.builds(lambda r, d: ("delivery", r, d), st.sampled_from("AB"), day)
    statement_steps = st.builds(lambda r, d: ("statement", r, d), st.sampled_from("AB"), day)
    complaint_steps = st.builds(
        lambda r, c, d, demand: ("complaint", r, c, d, demand),
        st.sampled_from("AAAAABBBBC"),  # C: no such order
        st.sampled_from(["R1", "R2"]),
        day,
        st.sampled_from([None, *Demand]),
    )
    aged_steps = st.builds(
        lambda r, c, d, reply: ("aged", r, c, d, reply),
        st.sampled_from("AAB"),
        st.sampled_from(["R1", "R1", "R2", "R3"]),  # R3: never received
        day,
        st.none() | day,
    )
    # the usual course: a complaint, then a look at it some days later, replied or not
    later = st.integers(0, 45).map(lambda n: timedelta(days=n))
    followed_steps = st.builds(
        lambda c, today, reply: ("followed", c, today, reply),
        complaint_steps,
        later,
        st.none() | later,
    )
    # a service paid under the provider's terms (from 17.02.2024: earlier is not covered)
    invoice_day = draw(st.dates(date(2024, 1, 1), date(2027, 12, 31)))
    events.append(PaymentRequested("F", invoice_day, woohoo()))
    overdue_steps = st.builds(
        lambda r, d, paid, suspended: ("overdue", r, d, paid, suspended),
        st.sampled_from("FFFFG"),  # G: never requested
        st.integers(0, 90).map(lambda n: timedelta(days=n)),
        st.none() | st.integers(-5, 90).map(lambda n: timedelta(days=n)),
        st.sampled_from([None, True, False]),
    )
    grounds = st.builds(
        SuspensionGrounds,
        payment_late=st.sampled_from([None, True, False]),
        transfer_limit_exceeded=st.sampled_from([None, True, False]),
        illegal_content=st.sampled_from([None, True, False]),
    )
    suspension_steps = st.builds(
        lambda g, d: ("suspension", g, d), grounds, st.dates(date(2024, 1, 1), date(2027, 12, 31))
    )
    steps = st.one_of(
        delivery_steps,
        delivery_steps,
        statement_steps,
        complaint_steps,
        followed_steps,
        followed_steps,
        aged_steps,
        overdue_steps,
        overdue_steps,
        suspension_steps,
    )
    drawn: list[tuple[Any, ...]] = []
    for step in draw(st.lists(steps, max_size=10)):
        if step[0] == "followed":
            complained, today, reply = step[1:]
            day_received = complained[3]
            replied = None if reply is None else day_received + reply
            drawn += [complained, ("aged", *complained[1:3], day_received + today, replied)]
        else:
            drawn.append(step)
    for step in drawn:
        if step[0] == "overdue":  # days counted from 30 days after the request
            due = invoice_day + timedelta(days=30)
            paid = None if step[3] is None else due + step[3]
            events.append(PaymentOverdue(step[1], due + step[2], paid, step[4]))
            continue
        if step[0] == "suspension":
            events.append(SuspensionConsidered(step[1], step[2], woohoo()))
            continue
        concluded = orders.get(step[1], orders["A"])[1].concluded_on  # order C: none placed
        if step[0] == "delivery":
            events.append(GoodsReceived(step[1], Delivery(received_on=concluded + step[2])))
        elif step[0] == "statement":
            events.append(WithdrawalSent(step[1], concluded + step[2]))
        elif step[0] == "complaint":
            complaint = Complaint(received_on=concluded + step[3], demand=step[4])
            events.append(ComplaintReceived(step[1], step[2], complaint))
        else:
            replied = None if step[4] is None else concluded + step[4]
            events.append(ComplaintAged(step[1], step[2], concluded + step[3], replied))
    # the request somewhere among the other events, not always first
    position = draw(st.integers(0, min(3, len(events))))
    events.insert(position, events.pop(len(orders)))
    return events


@dataclass
class PureModel:
    """What the pure functions say for each event, with the session's bookkeeping."""

    placed: dict[str, OrderPlaced] = field(default_factory=dict)
    deliveries: dict[str, list[Delivery]] = field(default_factory=dict)
    complaints: dict[tuple[str, str], ComplaintReceived] = field(default_factory=dict)
    invoices: dict[str, PaymentRequested] = field(default_factory=dict)

    def answer(self, event: Event) -> tuple[Decision[Any], ...]:
        if isinstance(event, PaymentRequested | PaymentOverdue | SuspensionConsidered):
            return self._service(event)
        if isinstance(event, OrderPlaced):
            if event.order in self.placed:
                raise InvalidFacts("order", "placed twice")
            status = customer_status(event.customer, event.contract.concluded_on)
            answer = (status, *self._withdrawal(event, [], None))
            self.placed[event.order] = event
            self.deliveries[event.order] = []
            return answer
        placed = self.placed.get(event.order)
        if placed is None:
            raise InvalidFacts("order", "no such order")
        so_far = self.deliveries[event.order]
        if isinstance(event, GoodsReceived):
            answer = self._withdrawal(placed, [*so_far, event.delivery], None)
            so_far.append(event.delivery)
            return answer
        if isinstance(event, WithdrawalSent):
            return self._withdrawal(placed, so_far, event.sent_on)
        key = (event.order, event.complaint_ref)
        if isinstance(event, ComplaintReceived):
            if key in self.complaints:
                raise InvalidFacts("complaint", "received twice")
            answer = (
                complaint_reply(
                    placed.customer,
                    placed.contract,
                    event.complaint,
                    event.complaint.received_on,
                    reduction_amount_stated=event.reduction_amount_stated,
                ),
            )
            self.complaints[key] = event
            return answer
        received = self.complaints.get(key)
        if received is None:
            raise InvalidFacts("complaint", "never received")
        return (
            complaint_reply(
                placed.customer,
                placed.contract,
                received.complaint,
                event.today,
                replied_on=event.replied_on,
                reduction_amount_stated=received.reduction_amount_stated,
            ),
        )

    def _service(
        self, event: PaymentRequested | PaymentOverdue | SuspensionConsidered
    ) -> tuple[Decision[Any], ...]:
        if isinstance(event, SuspensionConsidered):
            return (suspension(event.grounds, event.on, terms=event.terms),)
        if isinstance(event, PaymentRequested):
            if event.invoice in self.invoices:
                raise InvalidFacts("invoice", "requested twice")
            answer = (payment_due(event.concluded_on, terms=event.terms),)
            self.invoices[event.invoice] = event
            return answer
        requested = self.invoices.get(event.invoice)
        if requested is None:
            raise InvalidFacts("invoice", "never requested")
        terms = requested.terms
        due = payment_due(requested.concluded_on, paid_on=event.paid_on, terms=terms)
        due_on = payment_due(requested.concluded_on, terms=terms).outcome
        assert isinstance(due_on, date)
        return (
            due,
            payment_reminders(due_on, paid_on=event.paid_on, terms=terms),
            service_shutdown(
                due_on,
                event.suspended_for_non_payment,
                event.today,
                paid_on=event.paid_on,
                terms=terms,
            ),
        )

    @staticmethod
    def _withdrawal(
        placed: OrderPlaced, deliveries: list[Delivery], sent_on: date | None
    ) -> tuple[Decision[Any], ...]:
        return (
            withdrawal(
                placed.customer,
                placed.contract,
                deliveries=deliveries,
                information=placed.information,
                exclusion=placed.exclusion,
                statement_sent_on=sent_on,
            ),
        )


def _outcome(answer: Any, event: Event) -> tuple[str, Any]:
    try:
        return "decisions", answer(event)
    except (InvalidFacts, LawNotCovered) as error:
        # the session's own refusals word it differently; the field is what must agree
        field_or_text = error.field if isinstance(error, InvalidFacts) else str(error)
        return type(error).__name__, field_or_text


@needs_engine
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=event_lists())
def test_the_engine_and_the_pure_functions_agree(engine: Engine, events: list[Event]) -> None:
    model = PureModel()
    with engine.session() as session:
        for event in events:
            assert _outcome(session.post, event) == _outcome(model.answer, event), event


@needs_engine
def test_an_event_the_rules_refuse_is_taken_back(engine: Engine) -> None:
    contract = goods(date(2026, 12, 1))
    with engine.session() as session:
        session.post(OrderPlaced("A-1", consumer, contract))
        with pytest.raises(InvalidFacts) as refused:  # before the contract: as the pure function
            session.post(GoodsReceived("A-1", Delivery(received_on=date(2026, 11, 30))))
        assert refused.value.field == "deliveries[0].received_on"
        # taken back: the next delivery is the first and only one
        delivery = Delivery(received_on=date(2026, 12, 10))
        (decision,) = session.post(GoodsReceived("A-1", delivery))
        assert decision == withdrawal(consumer, contract, deliveries=[delivery])
        with pytest.raises(InvalidFacts, match="no order 'B-9'"):
            session.post(WithdrawalSent("B-9", date(2026, 12, 11)))
        with pytest.raises(InvalidFacts, match="already placed"):
            session.post(OrderPlaced("A-1", consumer, contract))
        with pytest.raises(LawNotCovered):
            session.post(OrderPlaced("A-2", consumer, goods(date(2014, 12, 24))))
        with pytest.raises(InvalidFacts, match="no order 'A-2'"):  # it was not placed
            session.post(WithdrawalSent("A-2", date(2014, 12, 30)))
    with pytest.raises(EngineError, match="closed"):
        session.post(WithdrawalSent("A-1", date(2026, 12, 11)))


# --- no state leaks between calls, sessions, engines ------------------------------------


def _delivered_twice() -> list[Event]:
    contract = goods(date(2026, 12, 1), parts=2)
    return [
        OrderPlaced("A-1", consumer, contract),
        GoodsReceived("A-1", Delivery(received_on=date(2026, 12, 3))),
        GoodsReceived("A-1", Delivery(received_on=date(2026, 12, 10))),
        ComplaintReceived("A-1", "R-1", Complaint(received_on=date(2026, 12, 10))),
        ComplaintAged("A-1", "R-1", today=date(2026, 12, 29)),
    ]


@needs_engine
def test_the_same_facts_twice_give_the_same_decisions(engine: Engine) -> None:
    events = _delivered_twice()
    first = engine.decide(events)
    again = engine.decide(events)  # durable-rules refuses a fact it still holds: none is left
    with Engine() as other:
        elsewhere = other.decide(events)
        assert other.name != engine.name
    assert first == again == elsewhere
    # last part Thu 10.12.2026 -> day 14 Thu 24.12 (Wigilia) -> Mon 28.12.2026; the complaint
    # of 10.12 has the same 14 days and is deemed accepted on 29.12
    assert first[2][0].deadline == date(2026, 12, 28)
    assert first[4][0].outcome is ReplyStatus.DEEMED_ACCEPTED


@needs_engine
def test_sessions_do_not_see_each_other(engine: Engine) -> None:
    contract = goods(date(2026, 12, 1))
    with engine.session() as one, engine.session() as two:
        assert one.sid != two.sid
        one.post(OrderPlaced("A-1", consumer, contract))
        one.post(GoodsReceived("A-1", Delivery(received_on=date(2026, 12, 10))))
        two.post(OrderPlaced("A-1", consumer, contract))  # the same reference, another session
        (alone,) = two.post(WithdrawalSent("A-1", date(2026, 12, 11)))
    assert isinstance(alone, WithdrawalDecision)
    assert alone.starts_on is None  # session two has no delivery: the period has not started
    assert alone == withdrawal(consumer, contract, statement_sent_on=date(2026, 12, 11))


@needs_engine
def test_sessions_in_several_threads_keep_their_facts(engine: Engine) -> None:
    # one engine, four threads, each with its own sessions: every answer is the pure one
    contracts = [goods(date(2026, 3, 2) + timedelta(days=n)) for n in range(40)]

    def run(offset: int) -> list[bool]:
        agreed = []
        for contract in contracts[offset::4]:
            delivery = Delivery(received_on=contract.concluded_on + timedelta(days=offset + 1))
            with engine.session() as session:
                session.post(OrderPlaced("A-1", consumer, contract))
                (decision,) = session.post(GoodsReceived("A-1", delivery))
            agreed.append(decision == withdrawal(consumer, contract, deliveries=[delivery]))
        return agreed

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = [ok for batch in pool.map(run, range(4)) for ok in batch]
    assert len(results) == 40 and all(results)


@needs_engine
def test_closing_deletes_the_state_and_the_ruleset() -> None:
    native = importlib.import_module("durable_rules_engine")
    engine = Engine()
    session = engine.session()
    session.post(OrderPlaced("A-1", consumer, goods(date(2026, 12, 1))))
    assert len(engine._ruleset.get_facts(session.sid)) == 1
    session.close()
    with pytest.raises(native.error, match="309"):  # no state under that sid any more
        engine._ruleset.get_facts(session.sid)
    left_open = engine.session()
    engine.close()
    assert engine.closed and left_open.closed
    with pytest.raises(native.error, match="111"):  # the ruleset's handle is gone
        engine._ruleset.get_facts("s0")
    with pytest.raises(EngineError, match="closed"):
        engine.session()


# --- the 32-bit identities ----------------------------------------------------------------

# Two names with one FNV-1a hash: found by a birthday search over f0, f1, ... (and sid0...).
FACTS_ALIKE = ("f6059", "f264602")
SIDS_ALIKE = ("sid329599", "sid532382")


@needs_engine
def test_durable_rules_itself_confuses_names_with_one_hash() -> None:
    durable = importlib.import_module("durable.engine")
    ruleset = durable.Ruleset(
        "regulamin-test-raw", None, {"r": {"all": [{"m": {"k": 1}}], "run": lambda c: None}}
    )
    try:
        ruleset.assert_fact({"sid": "x", "id": FACTS_ALIKE[0], "k": 1})
        with pytest.raises(durable.MessageObservedException):  # a different fact, refused
            ruleset.assert_fact({"sid": "x", "id": FACTS_ALIKE[1], "k": 1})
        ruleset.assert_fact({"sid": "x", "id": "f7", "k": 1})  # a name of another hash is fine
        ruleset.assert_fact({"sid": SIDS_ALIKE[0], "id": "1", "k": 1})
        ruleset.assert_fact({"sid": SIDS_ALIKE[1], "id": "2", "k": 1})
        assert len(ruleset.get_facts(SIDS_ALIKE[0])) == 2  # two sessions, one state
    finally:
        importlib.import_module("durable_rules_engine").delete_ruleset(ruleset._handle)
    assert identity.fnv1a_32(FACTS_ALIKE[0]) == identity.fnv1a_32(FACTS_ALIKE[1])
    assert identity.fnv1a_32(SIDS_ALIKE[0]) == identity.fnv1a_32(SIDS_ALIKE[1])


def _names(*first: str) -> Any:
    return lambda number: first[number] if number < len(first) else f"n{number}"


@needs_engine
def test_the_engine_never_hands_out_two_fact_ids_with_one_hash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(core, "fact_name", _names(*FACTS_ALIKE))
    events = _delivered_twice()
    with Engine() as engine, engine.session() as session:
        answers = [session.post(event) for event in events[:3]]
        ids = sorted(fact["id"] for fact in engine._ruleset.get_facts(session.sid))
    assert ids == [FACTS_ALIKE[0], "n2", "n3"]  # the second of the pair was skipped
    placed, first, last = events[:3]
    assert isinstance(placed, OrderPlaced) and isinstance(first, GoodsReceived)
    assert isinstance(last, GoodsReceived)
    assert answers[2] == (
        withdrawal(consumer, placed.contract, deliveries=[first.delivery, last.delivery]),
    )


@needs_engine
def test_a_clash_that_gets_through_is_an_error_not_a_lost_fact(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(core, "fact_name", _names(*FACTS_ALIKE))
    monkeypatch.setattr(identity, "fnv1a_32", hash)  # the guard blinded
    events = _delivered_twice()
    with Engine() as engine, engine.session() as session:
        session.post(events[0])
        with pytest.raises(FactIdentityClash, match=FACTS_ALIKE[1]):
            session.post(events[1])
        # taken back: the session goes on as if the delivery had not been sent
        placed, received = events[:2]
        assert isinstance(placed, OrderPlaced) and isinstance(received, GoodsReceived)
        assert session.post(received) == (
            withdrawal(consumer, placed.contract, deliveries=[received.delivery]),
        )


@needs_engine
def test_two_open_sessions_never_share_a_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "session_name", _names(*SIDS_ALIKE))
    contract = goods(date(2026, 12, 1))
    with Engine() as engine, engine.session() as one, engine.session() as two:
        assert (one.sid, two.sid) == (SIDS_ALIKE[0], "n2")
        one.post(OrderPlaced("A-1", consumer, contract))
        one.post(GoodsReceived("A-1", Delivery(received_on=date(2026, 12, 10))))
        two.post(OrderPlaced("A-1", consumer, contract))
        (alone,) = two.post(WithdrawalSent("A-1", date(2026, 12, 11)))
    assert alone == withdrawal(consumer, contract, statement_sent_on=date(2026, 12, 11))
    # with the guard blinded, a session that would share a state is refused when opened
    monkeypatch.setattr(identity, "fnv1a_32", hash)
    with Engine() as engine, engine.session() as one:
        one.post(OrderPlaced("A-1", consumer, contract))
        with pytest.raises(FactIdentityClash, match="share"):
            Session(engine)
