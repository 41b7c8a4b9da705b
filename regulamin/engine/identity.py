"""Names for sessions and facts that durable-rules cannot confuse with one another.

durable-rules knows a session by its ``sid`` and, within a session, a message by its
``id``, and it compares them only by their 32-bit FNV-1a hash: two different ids with the
same hash are one fact to it (the second is refused as "already observed"), and two
sessions whose sids hash alike share one state, each seeing the other's facts. Among a few
tens of thousands of names such a pair is likely (the birthday bound of 2³²).

The engine therefore chooses every name itself and hands out only names whose hash no name
still in use has. The hash is the engine's own (``fnv1Hash32`` in its ``state.c``), on the
ASCII text of the name:

>>> fnv1a_32("f6059") == fnv1a_32("f264602")          # a pair that collides
True
>>> names = Names(lambda n: ("f6059", "f264602", "f7")[n])
>>> names.take(), names.take()                      # the second is skipped
('f6059', 'f7')
>>> names.release("f6059"); names.in_use
1
"""

from __future__ import annotations

from collections.abc import Callable

_FNV_OFFSET_BASIS = 2166136261
_FNV_PRIME = 16777619
_MASK = 0xFFFFFFFF


def fnv1a_32(name: str) -> int:
    """The 32-bit FNV-1a hash durable-rules keys sessions and messages on."""
    value = _FNV_OFFSET_BASIS
    # ASCII only: the engine hashes C chars, which are signed for bytes above 127.
    for byte in name.encode("ascii"):
        value = ((value ^ byte) * _FNV_PRIME) & _MASK
    return value


class Names:
    """Hands out names from ``make(0)``, ``make(1)``, ... skipping any whose hash is taken."""

    __slots__ = ("_hashes", "_make", "_next")

    def __init__(self, make: Callable[[int], str]) -> None:
        self._make = make
        self._next = 0
        self._hashes: dict[int, str] = {}

    def take(self) -> str:
        """A fresh name whose hash no name in use shares."""
        while True:
            name = self._make(self._next)
            self._next += 1
            key = fnv1a_32(name)
            if key not in self._hashes:
                self._hashes[key] = name
                return name

    def release(self, name: str) -> None:
        """``name`` is no longer in use (its session or fact is gone from the engine)."""
        key = fnv1a_32(name)
        if self._hashes.get(key) == name:
            del self._hashes[key]

    @property
    def in_use(self) -> int:
        return len(self._hashes)
