"""Polish business identifiers, checked as the registers define them: the tax number (NIP)
and the statistical number (REGON) by their check digits (python-stdnum, which also accepts
the ``PL`` prefix of a VAT number and the usual dashes and spaces), the court register number
(KRS) by its form. Stored compact: ten (NIP, KRS) or nine or fourteen (REGON) ASCII digits.

>>> from pydantic import TypeAdapter
>>> TypeAdapter(Nip).validate_python("PL 611-262-21-41")
'6112622141'
>>> TypeAdapter(Nip).validate_python("6112622142")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for function-after[...]
  Value error, not a valid NIP (the check digit does not match): '6112622142' ...
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator
from stdnum import exceptions as stdnum_errors
from stdnum.pl import nip, regon

_ASCII_DIGITS = re.compile(r"[0-9]{10}")


def _checked(validate: Callable[[str], str], name: str, value: str) -> str:
    try:
        return str(validate(value))
    except stdnum_errors.InvalidChecksum:
        why = "the check digit does not match"
    except stdnum_errors.ValidationError:
        why = "wrong length or characters"
    raise ValueError(f"not a valid {name} ({why}): {value!r}")


def _nip(value: str) -> str:
    return _checked(nip.validate, "NIP", value)


def _regon(value: str) -> str:
    return _checked(regon.validate, "REGON", value)


def _krs(value: str) -> str:
    compact = value.replace(" ", "")
    if not _ASCII_DIGITS.fullmatch(compact):
        raise ValueError(f"a KRS number is ten digits: {value!r}")
    return compact


Nip = Annotated[str, AfterValidator(_nip)]
"""The tax number (NIP): ten digits with a check digit."""
Regon = Annotated[str, AfterValidator(_regon)]
"""The statistical number (REGON): nine or fourteen digits with a check digit."""
Krs = Annotated[str, AfterValidator(_krs)]
"""The National Court Register number (KRS): ten digits."""
