"""The rules, one module per legal topic. Importing this package registers them all.

Statute: ``status``, ``withdrawal``, ``conformity``, ``complaints``, ``pkd``, ``prices``,
``liability`` (trader-only clauses), ``versions`` (which terms govern). The service clauses of
the seed regulaminy: ``payments``, ``service``, ``sla`` (Woohoo Cloud) and ``support`` (CodeTwo).
"""

from . import (
    complaints,
    conformity,
    liability,
    payments,
    pkd,
    prices,
    service,
    sla,
    status,
    support,
    versions,
    withdrawal,
)

__all__ = [
    "complaints",
    "conformity",
    "liability",
    "payments",
    "pkd",
    "prices",
    "service",
    "sla",
    "status",
    "support",
    "versions",
    "withdrawal",
]
