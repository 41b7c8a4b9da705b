"""The rules, one module per legal topic. Importing this package registers them all.

Statute: ``status``, ``withdrawal``, ``conformity``, ``complaints``,
``professional_character``, ``prices``, ``liability`` (trader-only clauses), ``versions``
(which terms govern), and, until they move to :mod:`regulamin.terms`, the service clauses
``payments``, ``service``, ``sla`` and ``support``.
"""

from . import (
    complaints,
    conformity,
    liability,
    payments,
    prices,
    professional_character,
    service,
    status,
    versions,
    withdrawal,
)

__all__ = [
    "complaints",
    "conformity",
    "liability",
    "payments",
    "prices",
    "professional_character",
    "service",
    "status",
    "versions",
    "withdrawal",
]
