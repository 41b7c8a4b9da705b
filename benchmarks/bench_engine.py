"""The durable-rules adapter against the pure calls it wraps. Run on demand:

    .venv/bin/python benchmarks/bench_engine.py

The same facts, answered two ways: an :class:`~regulamin.engine.OrderPlaced` posted to an
engine session (durable-rules matches it and runs the status and withdrawal rules) against
calling :func:`regulamin.customer_status` and :func:`regulamin.withdrawal` directly; and a
complaint looked at later (:class:`~regulamin.engine.ComplaintAged`) against
:func:`regulamin.complaint_reply`. The engine's times include opening and closing a session
per order, as a backend handling one request would. Skipped when durable-rules is missing.
"""

from __future__ import annotations

import importlib
import random
from datetime import date, timedelta
from typing import Any

from timing import heading, line, per_call

from regulamin import Complaint, Contract, Customer, complaint_reply, customer_status, withdrawal


def main() -> None:
    heading("The durable-rules engine against the pure calls, per order")
    try:
        engine_module: Any = importlib.import_module("regulamin.engine")
        engine_module.core.load_durable()
    except ImportError as error:
        print(f"  skipped: {error}")
        return
    rng = random.Random(7)
    buyer = Customer.consumer()
    contracts = [
        Contract(
            subject="goods",
            channel="distance",
            concluded_on=date(2025, 1, 1) + timedelta(days=rng.randrange(3 * 365)),
        )
        for _ in range(500)
    ]
    complaints = [Complaint(received_on=c.concluded_on + timedelta(days=20)) for c in contracts]

    def pure_order(contract: Contract) -> object:
        customer_status(buyer, contract.concluded_on)
        return withdrawal(buyer, contract)

    def pure_complaint(index: int) -> object:
        contract, complaint = contracts[index], complaints[index]
        return complaint_reply(
            buyer, contract, complaint, complaint.received_on + timedelta(days=30)
        )

    with engine_module.Engine() as engine:
        placed = engine_module.OrderPlaced
        received = engine_module.ComplaintReceived
        aged = engine_module.ComplaintAged

        def engine_order(contract: Contract) -> object:
            with engine.session() as session:
                return session.post(placed("A-1", buyer, contract))

        def engine_complaint(index: int) -> object:
            contract, complaint = contracts[index], complaints[index]
            with engine.session() as session:
                session.post(placed("A-1", buyer, contract))
                session.post(received("A-1", "R-1", complaint))
                return session.post(
                    aged("A-1", "R-1", today=complaint.received_on + timedelta(days=30))
                )

        for index, contract in enumerate(contracts[:50]):  # the two must agree first
            assert engine_order(contract) == (
                customer_status(buyer, contract.concluded_on),
                withdrawal(buyer, contract),
            )
            assert engine_complaint(index) == (pure_complaint(index),)
        indices = list(range(len(contracts)))
        pure = per_call(pure_order, contracts)
        posted = per_call(engine_order, contracts, runs=7)
        pure_aged = per_call(pure_complaint, indices)
        posted_aged = per_call(engine_complaint, indices, runs=7)
    print(line("pure: customer_status + withdrawal", pure, "µs"))
    print(line("engine: session, OrderPlaced, close", posted, "µs", pure))
    print(line("pure: complaint_reply", pure_aged, "µs"))
    print(line("engine: session, 3 events, close", posted_aged, "µs", pure_aged))


if __name__ == "__main__":
    main()
