"""How long does one decision take? Run on demand, not a test:

    .venv/bin/python benchmarks/bench_decision.py

A decision is what a shop asks on every order: the buyer's status and the right of withdrawal
with its deadline and reasons. One call to :func:`regulamin.withdrawal` answers both (it
decides the status by the ``status.customer`` rule, whose reasons lead its list, and returns it
as ``decision.status``), over 1,000 orders concluded on days spread over 2025-2027, goods taken
into possession 1 to 20 days later. The target is 10 µs for that call. Calling
:func:`regulamin.customer_status` as well, which decides the status a second time, is shown
apart. Reading a
decision (``explain``, with babel) and recording it (``to_json``) are measured apart: a
backend does them far less often than it decides.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from timing import heading, line, per_call

from regulamin import Contract, Customer, Delivery, customer_status, withdrawal

TARGET_SECONDS = 10e-6

Order = tuple[Customer, Contract, tuple[Delivery, ...]]


def orders(count: int = 1_000) -> list[Order]:
    rng = random.Random(20261201)
    buyers = [
        Customer.consumer(),
        Customer.consumer(),
        Customer.consumer(),
        Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False),
        Customer.company(),
    ]
    made: list[Order] = []
    for _ in range(count):
        concluded = date(2025, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        contract = Contract(subject="goods", channel="distance", concluded_on=concluded)
        received = Delivery(received_on=concluded + timedelta(days=rng.randint(1, 20)))
        made.append((rng.choice(buyers), contract, (received,)))
    return made


def decide(order: Order) -> object:
    customer, contract, deliveries = order
    customer_status(customer, contract.concluded_on)
    return withdrawal(customer, contract, deliveries=deliveries)


def main() -> None:
    inputs = orders()
    heading(f"A decision: status + withdrawal with reasons, {len(inputs):,} orders")
    pair = per_call(decide, inputs)
    status = per_call(lambda o: customer_status(o[0], o[1].concluded_on), inputs)
    alone = per_call(lambda o: withdrawal(o[0], o[1], deliveries=o[2]), inputs)
    print(line("withdrawal: status + deadline + reasons (median)", alone, "µs"))
    print(line("  customer_status alone", status, "µs"))
    print(line("  customer_status, then withdrawal (status twice)", pair, "µs"))
    verdict = "within" if alone <= TARGET_SECONDS else "ABOVE"
    print(f"  target 10 µs: {verdict} ({alone / TARGET_SECONDS:.2f} of the target)")
    decisions = [withdrawal(o[0], o[1], deliveries=o[2]) for o in inputs[:200]]
    print(
        line(
            "explain('pl') of a decision (babel)",
            per_call(lambda d: d.explain("pl"), decisions),
            "µs",
        )
    )
    print(line("to_json() of a decision", per_call(lambda d: d.to_json(), decisions), "µs"))


if __name__ == "__main__":
    main()
