"""The rules, one module per legal topic. Importing this package registers them all.

Statute: ``status``, ``withdrawal``, ``conformity``, ``complaints``,
``professional_character``, ``prices``, ``liability`` (trader-only clauses), ``versions``
(which terms govern), and, until they move to :mod:`regulamin.terms`, the service clauses
``sla`` and ``support``. (The payment and service clauses are terms rules:
:mod:`regulamin.terms.payments`, :mod:`regulamin.terms.service`.)
"""

from . import (
    complaints,
    conformity,
    liability,
    prices,
    professional_character,
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
    "prices",
    "professional_character",
    "sla",
    "status",
    "support",
    "versions",
    "withdrawal",
]
