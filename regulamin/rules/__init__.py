"""The statute's rules, one module or package per legal topic. Importing this package
registers them all.

``status`` (who the buyer is), ``withdrawal`` (UoPK ch. 4), ``conformity`` (UoPK ch. 5a/5b,
KC rękojmia), ``complaints`` (art. 7a UoPK, art. 561⁵ KC), ``professional_character`` (PKD),
``prices`` (art. 4 UoIC), ``rekojmia_remedies`` (art. 560-561 KC, before 2023),
``liability`` (when a cap or a trader-only clause binds, KC) and ``versions`` (which terms
govern, art. 384 and 384¹ KC). The rules that apply a shop's own clauses are in
:mod:`regulamin.terms`.
"""

from . import (
    complaints,
    conformity,
    liability,
    prices,
    professional_character,
    rekojmia_remedies,
    status,
    versions,
    withdrawal,
)

__all__ = [
    "complaints",
    "conformity",
    "liability",
    "prices",
    "professional_character",
    "rekojmia_remedies",
    "status",
    "versions",
    "withdrawal",
]
