"""The engine: a durable-rules ruleset built from the registry, and sessions that feed it events.

Each :class:`Engine` builds its own ruleset, under a name no other engine has, from the
rules of :data:`~regulamin.registry.REGISTRY` that :data:`~regulamin.engine.bindings.BINDINGS`
ties to events, and deletes it when closed. It never registers anything with durable-rules'
global host (``durable.lang``): two engines, or two test runs, share nothing.

A :class:`Session` is one backend conversation (a customer's orders, a batch of events). Its
facts live in the engine under the session's ``sid`` until the session closes, when they are
deleted, so the same facts may be sent again in a new session and give the same decisions.
Every name the engine sees is chosen here (:mod:`regulamin.engine.identity`), and every
message an action receives is mapped back to the event it was asserted for and compared
with what was asserted: a clash of durable-rules' 32-bit identities raises
:class:`FactIdentityClash` instead of silently dropping or mixing facts.

An action only looks up the facts and calls the rule's entry function; whatever that
function raises (:class:`~regulamin.errors.InvalidFacts`,
:class:`~regulamin.errors.LawNotCovered`) is raised by :meth:`Session.post`, and the event
is then taken back, as if it had not been sent.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import itertools
import os
import threading
import uuid
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .. import rules as _rules  # noqa: F401  (importing the rules completes the registry)
from ..decision import Decision
from ..errors import InvalidFacts
from ..registry import REGISTRY
from .bindings import BINDINGS, Entries, Invoice, Order, Record, Trigger
from .errors import EngineError, FactIdentityClash
from .events import (
    ComplaintAged,
    ComplaintReceived,
    Event,
    GoodsReceived,
    OrderPlaced,
    PaymentOverdue,
    PaymentRequested,
    SuspensionConsidered,
    WithdrawalSent,
)
from .identity import Names


@functools.cache
def load_durable() -> tuple[Any, Any]:
    """durable-rules' Python layer and its C extension, imported on the first engine built.

    Without the optional package this is an :class:`ImportError` saying how to install it,
    so that the rest of the package (events, bindings) stays importable and documented.
    """
    try:
        engine = importlib.import_module("durable.engine")
        native = importlib.import_module("durable_rules_engine")
    except ImportError as error:
        raise ImportError(
            "regulamin.engine needs the optional package durable-rules: "
            "pip install 'regulamin[engine]'"
        ) from error
    return engine, native


def session_name(number: int) -> str:
    """The ``sid`` of an engine's ``number``-th session candidate."""
    return f"s{number}"


def fact_name(number: int) -> str:
    """The ``id`` of a session's ``number``-th message candidate."""
    return f"f{number}"


_SERIAL = itertools.count(1)


class _Dispatch:
    """Routes the engine's actions to the session that is posting, and collects results.

    The actions hold this object, not the engine, so that a forgotten engine can still be
    collected and its ruleset deleted.
    """

    __slots__ = ("errors", "fired", "session")

    def __init__(self) -> None:
        self.session: Session | None = None
        self.fired: list[tuple[int, Decision[Any]]] = []
        self.errors: list[tuple[int, Exception]] = []

    def fire(self, index: int, trigger: Trigger, entries: Entries, closure: Any) -> None:
        try:
            session = self.session
            if session is None:
                raise EngineError("an action ran outside any post")
            records = session.matched(trigger, closure)
            self.fired.append((index, trigger.decide(entries, records)))
        except Exception as error:  # durable-rules would swallow it into the session state
            self.errors.append((index, error))


def _action(
    dispatch: _Dispatch, index: int, trigger: Trigger, entries: Entries
) -> Callable[[Any], None]:
    # durable-rules inspects the action's code for its number of arguments: a plain function
    def action(closure: Any) -> None:
        dispatch.fire(index, trigger, entries, closure)

    return action


def _delete_ruleset(native: Any, handle: int) -> None:
    with contextlib.suppress(native.error):  # already gone
        native.delete_ruleset(handle)


class Engine:
    """A durable-rules ruleset of the bound rules, under a name of its own.

    One engine serves many sessions, from several threads too: posts are taken one at a
    time (durable-rules' C core is not thread-safe). Close it, or use it as a context
    manager, to delete the ruleset; a forgotten engine deletes it when collected.

    >>> import pytest; _ = pytest.importorskip("durable.engine")  # the optional extra
    >>> from datetime import date
    >>> from regulamin.models import Complaint, Contract, Customer
    >>> from regulamin.engine import ComplaintAged, ComplaintReceived, OrderPlaced
    >>> order = Contract(subject="goods", channel="distance", concluded_on=date(2026, 11, 20))
    >>> with Engine() as engine, engine.session() as session:
    ...     placed = session.post(OrderPlaced("A-1", Customer.consumer(), order))
    ...     _ = session.post(
    ...         ComplaintReceived("A-1", "R-1", Complaint(received_on=date(2026, 12, 10)))
    ...     )
    ...     aged = session.post(ComplaintAged("A-1", "R-1", today=date(2026, 12, 29)))
    >>> [d.rule for d in placed]
    ['status.customer', 'withdrawal.right']
    >>> aged[0].outcome, aged[0].deadline
    (<ReplyStatus.DEEMED_ACCEPTED: 'deemed_accepted'>, datetime.date(2026, 12, 28))
    """

    def __init__(self) -> None:
        self._durable, self._native = load_durable()
        self.name = f"regulamin-{os.getpid()}-{next(_SERIAL)}-{uuid.uuid4().hex[:12]}"
        self._lock = threading.RLock()
        self._dispatch = _Dispatch()
        self._triggers: list[Trigger] = []
        self._sids = Names(session_name)
        self._sessions: weakref.WeakSet[Session] = weakref.WeakSet()
        entries: dict[str, Callable[..., Any]] = {}
        for rule_id in REGISTRY:
            if rule_id in BINDINGS:
                entry = REGISTRY[rule_id].entry
                if entry is None:
                    raise EngineError(f"{rule_id} is bound to events but has no entry function")
                entries[rule_id] = entry
        definition: dict[str, dict[str, Any]] = {}
        for rule_id in entries:
            for trigger in BINDINGS[rule_id].triggers:
                index = len(self._triggers)
                self._triggers.append(trigger)
                definition[f"{rule_id}#{trigger.name}"] = {
                    "all": [dict(pattern) for pattern in trigger.patterns],
                    "run": _action(self._dispatch, index, trigger, entries),
                }
        self.rules = tuple(entries)
        """The ids of the registered rules the engine answers events with."""
        self._ruleset = self._durable.Ruleset(self.name, None, definition)
        self._finalizer = weakref.finalize(
            self, _delete_ruleset, self._native, self._ruleset._handle
        )

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    @property
    def definition(self) -> Mapping[str, Any]:
        """The ruleset as durable-rules received it: each rule's patterns, without actions."""
        rules: dict[str, dict[str, Any]] = self._ruleset.get_definition()
        return {name: {"all": rule["all"]} for name, rule in rules.items()}

    def session(self) -> Session:
        """A new session, with no facts."""
        with self._lock:
            if self.closed:
                raise EngineError(f"the engine {self.name} is closed")
            session = Session(self)
            self._sessions.add(session)
            return session

    def decide(self, events: Iterable[Event]) -> list[tuple[Decision[Any], ...]]:
        """The decisions each of ``events`` gives, in a session of their own."""
        with self.session() as session:
            return [session.post(event) for event in events]

    def close(self) -> None:
        """Close every open session and delete the ruleset from durable-rules."""
        with self._lock:
            for session in list(self._sessions):
                session.close()
            self._finalizer()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Session:
    """Events about some orders and payments, and the facts they leave in the engine until
    the session is closed. Open one with :meth:`Engine.session`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._ruleset = engine._ruleset
        self.sid = engine._sids.take()
        self._ids = Names(fact_name)
        self._orders: dict[str, Order] = {}
        self._invoices: dict[str, Invoice] = {}
        self._records: dict[str, Record] = {}
        self._complaints = itertools.count(1)
        self._closed = False
        try:
            facts = self._ruleset.get_facts(self.sid)
        except engine._native.error:  # no state under this sid: the expected answer
            return
        engine._sids.release(self.sid)
        raise FactIdentityClash(f"session {self.sid} would share the state holding {facts}")

    # -- posting -------------------------------------------------------------------------

    def post(self, event: Event) -> tuple[Decision[Any], ...]:
        """The decisions of the rules ``event`` triggers, in the order of their rule ids.

        An event that does not fit the session (an order placed twice, a delivery for an
        unknown order) or that a rule refuses raises, and leaves the session as it was.
        """
        with self._engine._lock:
            if self._closed:
                raise EngineError(f"session {self.sid} is closed")
            fields, subject, undo = self._plan(event)
            mid = self._ids.take()
            message = {"sid": self.sid, "id": mid, **fields}
            so_far = len(subject.deliveries) if isinstance(subject, Order) else 0
            self._records[mid] = Record(message, event, subject, so_far)
            try:
                fired, errors = self._run(message)
            except BaseException:
                self._forget(mid, undo)
                raise
            if errors:
                try:
                    self._run(message, retract=True)
                finally:
                    self._forget(mid, undo)
                raise min(errors, key=lambda item: item[0])[1]
            return tuple(decision for _, decision in sorted(fired, key=lambda item: item[0]))

    def _plan(
        self, event: Event
    ) -> tuple[dict[str, Any], Order | Invoice | None, Callable[[], object]]:
        """The fact's fields for ``event``, the order or invoice it is about, and how to take
        it back from the session's own records. Refuses events that do not fit."""
        if isinstance(event, OrderPlaced):
            if event.order in self._orders:
                raise InvalidFacts("order", f"the order {event.order!r} was already placed")
            order = Order(len(self._orders) + 1, event)
            self._orders[event.order] = order
            return (
                {"kind": "order", "order": order.key},
                order,
                self._undo(self._orders, event.order),
            )
        if isinstance(event, PaymentRequested | PaymentOverdue | SuspensionConsidered):
            return self._plan_payment(event)
        order = self._order(event.order)
        if isinstance(event, GoodsReceived):
            order.deliveries.append(event.delivery)
            return {"kind": "delivery", "order": order.key}, order, order.deliveries.pop
        if isinstance(event, WithdrawalSent):
            return {"kind": "statement", "order": order.key}, order, _nothing
        if isinstance(event, ComplaintReceived):
            if event.complaint_ref in order.complaints:
                raise InvalidFacts(
                    "complaint", f"the complaint {event.complaint_ref!r} was already received"
                )
            number = next(self._complaints)
            order.complaints[event.complaint_ref] = number
            fields = {"kind": "complaint", "order": order.key, "complaint": number}
            return fields, order, functools.partial(self._unreceive, order, event)
        number_of = order.complaints.get(event.complaint_ref)
        if number_of is None:
            raise InvalidFacts(
                "complaint",
                f"no complaint {event.complaint_ref!r} was received under {event.order!r}",
            )
        fields = {"kind": "complaint_aged", "order": order.key, "complaint": number_of}
        return fields, order, _nothing

    def _plan_payment(
        self, event: PaymentRequested | PaymentOverdue | SuspensionConsidered
    ) -> tuple[dict[str, Any], Invoice | None, Callable[[], object]]:
        """:meth:`_plan` for the events about a payment and the service it pays for."""
        if isinstance(event, PaymentRequested):
            if event.invoice in self._invoices:
                raise InvalidFacts(
                    "invoice", f"the payment {event.invoice!r} was already requested"
                )
            invoice = Invoice(len(self._invoices) + 1, event)
            self._invoices[event.invoice] = invoice
            undo = self._undo(self._invoices, event.invoice)
            return {"kind": "invoice", "invoice": invoice.key}, invoice, undo
        if isinstance(event, PaymentOverdue):
            requested = self._invoices.get(event.invoice)
            if requested is None:
                raise InvalidFacts(
                    "invoice", f"no payment {event.invoice!r} was requested in this session"
                )
            return {"kind": "overdue", "invoice": requested.key}, requested, _nothing
        return {"kind": "suspension"}, None, _nothing

    def _order(self, reference: str) -> Order:
        order = self._orders.get(reference)
        if order is None:
            raise InvalidFacts("order", f"no order {reference!r} was placed in this session")
        return order

    @staticmethod
    def _undo(records: dict[str, Any], reference: str) -> Callable[[], object]:
        return functools.partial(records.pop, reference, None)

    @staticmethod
    def _unreceive(order: Order, event: ComplaintReceived) -> None:
        del order.complaints[event.complaint_ref]

    def _forget(self, mid: str, undo: Callable[[], object]) -> None:
        undo()
        del self._records[mid]
        self._ids.release(mid)

    def _run(
        self, message: dict[str, Any], *, retract: bool = False
    ) -> tuple[list[tuple[int, Decision[Any]]], list[tuple[int, Exception]]]:
        """Assert (or retract) the fact ``message`` and run the actions it triggers, now."""
        ruleset = self._ruleset
        dispatch = self._engine._dispatch
        dispatch.session, dispatch.fired, dispatch.errors = self, [], []
        try:
            try:
                state = (ruleset.retract_fact if retract else ruleset.assert_fact)(message)
            except self._engine._durable.MessageObservedException as error:
                raise FactIdentityClash(
                    f"durable-rules took the new message {message['id']} for one it had seen"
                ) from error
            except self._engine._durable.MessageNotHandledException as error:
                raise EngineError(f"no rule takes the message {message}") from error
            failure: list[BaseException | None] = [None]

            def completed(error: BaseException | None, _state: object) -> None:
                failure[0] = error

            ruleset.do_actions(state, completed)
            if failure[0] is not None:
                raise EngineError(f"durable-rules failed: {failure[0]}") from failure[0]
            return dispatch.fired, dispatch.errors
        finally:
            dispatch.session, dispatch.fired, dispatch.errors = None, [], []

    def matched(self, trigger: Trigger, closure: Any) -> dict[str, Record]:
        """Map the messages an action received back to their events, checking each is what
        was asserted under its id, in this session, and joined as the pattern says."""
        records: dict[str, Record] = {}
        # the matched messages by pattern name (``closure.s`` would be the session state)
        matched = getattr(closure, "_m", None)
        for name in trigger.names:
            message = matched.get(name) if isinstance(matched, dict) else None
            record = None
            if isinstance(message, dict) and isinstance(message.get("id"), str):
                record = self._records.get(message["id"])
            if record is None or record.message != message:
                raise FactIdentityClash(
                    f"{trigger.name}: the engine matched {message!r}, which is not what this "
                    f"session ({self.sid}) asserted under that id"
                )
            records[name] = record
        subjects = {id(record.subject) for record in records.values()}
        if len(subjects) > 1:
            raise FactIdentityClash(f"{trigger.name}: facts of different subjects were joined")
        if "a" in records:
            aged, complaint = records["a"].event, records["c"].event
            if not (
                isinstance(aged, ComplaintAged)
                and isinstance(complaint, ComplaintReceived)
                and aged.complaint_ref == complaint.complaint_ref
            ):
                raise FactIdentityClash(f"{trigger.name}: an ageing joined to another complaint")
        return records

    # -- closing -------------------------------------------------------------------------

    def close(self) -> None:
        """Delete the session's facts from the engine; its sid may then be reused."""
        with self._engine._lock:
            if self._closed:
                return
            self._closed = True
            if not self._engine.closed:
                # nothing asserted yet means no state to delete, which durable-rules reports
                with contextlib.suppress(self._engine._native.error):
                    self._ruleset.delete_state(self.sid)
            self._engine._sids.release(self.sid)
            self._records.clear()
            self._orders.clear()
            self._invoices.clear()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _nothing() -> None:
    return None
