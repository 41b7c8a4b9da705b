"""Event-driven rules for shop backends, on durable-rules (the optional extra ``engine``).

A backend that reacts to events (an order is placed, goods arrive, a complaint ages) can
hand them to an :class:`Engine` instead of calling the rules itself. The engine builds a
durable-rules ruleset from the registry and answers each event with the decisions of the
same pure functions the library exports: it calls them, it never re-implements them, and
the rules stay the source of truth. Sessions keep their facts apart and delete them when
closed; see :mod:`regulamin.engine.core` for how durable-rules' global names and 32-bit fact
identities are kept from mixing facts.

Bound today: the buyer's status (``status.customer``), the right of withdrawal
(``withdrawal.right``), complaint replies (``complaints.reply``), and for service contracts
the payment's due date, reminders and shutdown (``payments.due``, ``payments.reminders``,
``payments.shutdown``) and suspension (``service.suspension``). Without durable-rules
installed the events can still be built, and :class:`Engine` raises :class:`ImportError`
saying how to install it.

durable-rules 2.0.28, its latest release, does not load on Python 3.13 or later: its C
extension calls ``PyEval_CallObject``, which Python 3.13 removed. On those versions this
module raises :class:`ImportError` saying so, and the rest of regulamin works as before.
"""

from __future__ import annotations

import sys

if sys.version_info >= (3, 13):
    raise ImportError(
        "regulamin.engine is not available on Python "
        f"{sys.version_info.major}.{sys.version_info.minor}: it runs on durable-rules, whose "
        "latest release (2.0.28) fails to import on Python 3.13 and later (its C extension "
        "calls PyEval_CallObject, removed from Python's C API in 3.13). Use Python 3.11 or "
        "3.12 for the engine; every rule of regulamin works without it.",
        name="regulamin.engine",
    )

from .core import Engine, Session
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

__all__ = [
    "ComplaintAged",
    "ComplaintReceived",
    "Engine",
    "EngineError",
    "Event",
    "FactIdentityClash",
    "GoodsReceived",
    "OrderPlaced",
    "PaymentOverdue",
    "PaymentRequested",
    "Session",
    "SuspensionConsidered",
    "WithdrawalSent",
]
