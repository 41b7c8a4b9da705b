"""The rules, one module per legal topic. Importing this package registers them all."""

from . import complaints, conformity, liability, pkd, prices, status, versions, withdrawal

__all__ = [
    "complaints",
    "conformity",
    "liability",
    "pkd",
    "prices",
    "status",
    "versions",
    "withdrawal",
]
