"""What the engine raises besides the errors of the rules themselves."""

from __future__ import annotations

from ..errors import RegulaminError


class EngineError(RegulaminError):
    """The rules engine failed for a reason that is not about the facts."""


class FactIdentityClash(EngineError):
    """durable-rules took two different facts, or two sessions, for one.

    It identifies them by a 32-bit hash; the engine chooses names whose hashes differ, so
    this means a name escaped that choice. The event is taken back.
    """
