"""The work the concurrency tests share between threads and spawned processes: importable by
name, so that a spawned worker can run it."""

from __future__ import annotations

import random
from datetime import date, timedelta

import regulamin as rg

_BUYERS = [
    rg.Customer.consumer(),
    rg.Customer.sole_trader(pkd_codes=("43.21.Z",), professional_character=False),
    rg.Customer.company(),
]


def orders(count: int) -> list[tuple[int, int, int]]:
    rng = random.Random(20261204)
    return [(rng.randrange(3), rng.randrange(12 * 365), rng.randint(0, 30)) for _ in range(count)]


def decide(order: tuple[int, int, int]) -> str:
    """One order's withdrawal and complaint decisions, explained in the three languages."""
    buyer, day, delay = order
    concluded = date(2015, 1, 1) + timedelta(days=day)
    contract = rg.Contract(subject="goods", channel="distance", concluded_on=concluded)
    received = concluded + timedelta(days=delay)
    withdrawal = rg.withdrawal(
        _BUYERS[buyer], contract, deliveries=[rg.Delivery(received_on=received)]
    )
    complaint = rg.complaint_reply(
        _BUYERS[buyer],
        contract,
        rg.Complaint(received_on=received, demand="repair"),
        today=received + timedelta(days=40),
    )
    texts = [d.explain(lang) for d in (withdrawal, complaint) for lang in ("pl", "en", "uk")]
    return "\n".join([withdrawal.to_json(), complaint.to_json(), *texts])


