"""The rules, one module per legal topic. Importing this package registers them all."""

from . import status

__all__ = ["status"]
