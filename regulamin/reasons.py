"""Reasons that many rules give in the same words: periods, deadlines, "in time", "missing".

A deadline counted in days from an event gives two reasons. The count: the day of the event
is not counted (art. 111 § 2 KC; art. 3 ust. 1 of Regulation 1182/71 says the same for
periods of EU origin). The roll-forward, when the last day is a day off: art. 115 KC for
Polish periods, art. 3 ust. 4 of Regulation 1182/71 for EU-derived ones such as the
withdrawal period, so the citation follows the :class:`~regulamin.calendars.Counting`.

Every text here is a whole sentence in the catalogs (``calendar.*``, ``common.*``); the values
stay in ``params`` and are formatted only when a person reads the decision.

>>> from datetime import date
>>> due, reasons = count_days("example", date(2026, 12, 10), 14, counting=Counting.EU,
...                           event=Message("calendar.event.delivery"), basis=())
>>> due.due
datetime.date(2026, 12, 28)
>>> [r.line("pl") for r in reasons]  # doctest: +NORMALIZE_WHITESPACE
['14 dni od doręczenia (10 grudnia 2026 r.), nie licząc tego dnia: termin kończy się
  24 grudnia 2026 r. (art. 111 § 2 KC).',
 'Koniec terminu, 24 grudnia 2026 r. (Wigilia Bożego Narodzenia), przypada na dzień wolny,
  więc termin upływa 28 grudnia 2026 r. (art. 3 ust. 4 rozporządzenia 1182/71).']
>>> undetermined("example", "calendar.deadline.undetermined", ("a.b", "c")).text("pl")
'Nie da się ustalić terminu: brak faktów a.b, c.'
>>> print(reasons[1].text("uk"))  # doctest: +NORMALIZE_WHITESPACE
Останній день строку, 24 грудня 2026 р. (Святий вечір), припадає на вихідний день,
тому строк спливає 28 грудня 2026 р.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from .calendars import Counting, Deadline, day_off_name, deadline
from .decision import Reason
from .errors import InvalidFacts
from .law import KC, REG_1182_71, Citation
from .messages import Lang, Message

__all__ = [
    "DAY_OF_EVENT_NOT_COUNTED",
    "MONTHS_AND_YEARS",
    "ROLL_FORWARD",
    "count_days",
    "day_off",
    "deadline_reasons",
    "in_time",
    "not_before",
    "period",
    "rolled",
    "undetermined",
]

class Phrase(Protocol):
    """What a message takes as a phrase: anything that renders in the reader's language."""

    def text(self, lang: Lang) -> str: ...


DAY_OF_EVENT_NOT_COUNTED = KC.art("111", "2")
"""Art. 111 § 2 KC: a period in days from an event does not count the event's day."""
MONTHS_AND_YEARS = KC.art("112")
"""Art. 112 KC: months and years end on the matching date, or the month's last day."""
ROLL_FORWARD = {Counting.KC: KC.art("115"), Counting.EU: REG_1182_71.art("3", "4")}
"""Where the end of a period for an act moves off a day off, by the law counting it."""


def day_off(day: date) -> DayOff:
    """Why ``day`` is off, rendered in the reader's language: a holiday's name or the
    weekday's."""
    return DayOff(day)


@dataclass(frozen=True, slots=True)
class DayOff:
    """A day off as a message parameter: its holiday's or weekday's name in each language."""

    day: date

    def text(self, lang: Lang) -> str:
        return day_off_name(self.day, lang)


def period(days: int) -> Message:
    """A number of days, in the plural forms of each language (1 dzień, 2 dni, 5 днів)."""
    return Message("calendar.days", n=days)


# --------------------------------------------------------------------------- deadlines

def deadline_reasons(
    rule_id: str,
    due: Deadline,
    counting: Counting,
    *,
    days: int,
    event: Phrase,
    start: date,
    basis: tuple[Citation, ...],
) -> tuple[Reason, ...]:
    """The reasons for ``due``, counted in ``days`` from ``event`` on ``start``: the count,
    citing ``basis`` and art. 111 § 2 KC, and the roll-forward if the end moved."""
    counted = Reason(
        rule_id,
        "calendar.period.counted",
        (*basis, DAY_OF_EVENT_NOT_COUNTED),
        {"n": days, "event": event, "start": start, "end": due.nominal},
    )
    return (counted, *rolled(rule_id, due, counting)) if due.rolled else (counted,)


def count_days(
    rule_id: str,
    start: date,
    days: int,
    *,
    counting: Counting,
    event: Phrase,
    basis: tuple[Citation, ...],
) -> tuple[Deadline, tuple[Reason, ...]]:
    """The deadline for an act within ``days`` of ``event`` on ``start``, with its reasons."""
    due = deadline(start, days=days, counting=counting)
    return due, deadline_reasons(
        rule_id, due, counting, days=days, event=event, start=start, basis=basis
    )


def rolled(rule_id: str, due: Deadline, counting: Counting) -> tuple[Reason, ...]:
    """Why the end of ``due`` moved off a day off, citing the law of ``counting`` (art. 115 KC
    or art. 3 ust. 4 of Regulation 1182/71); nothing when it did not move. Alone, for a
    period in months or years; with its count, in :func:`deadline_reasons`."""
    if not due.rolled:
        return ()
    return (
        Reason(
            rule_id,
            "calendar.period.rolled",
            (ROLL_FORWARD[counting],),
            {"end": due.nominal, "why": day_off(due.nominal), "due": due.due},
        ),
    )


# --------------------------------------------------------------------------- until, by, in time


@dataclass(frozen=True, slots=True)
class _Nothing:
    """A phrase that adds nothing: ``in_time`` with nothing to say of what the law asks."""

    def text(self, lang: Lang) -> str:
        return ""


_NOTHING_MORE = _Nothing()


def in_time(
    rule_id: str,
    act: Phrase,
    day: date,
    due: date,
    basis: tuple[Citation, ...],
    *,
    enough: Phrase = _NOTHING_MORE,
) -> tuple[bool, Reason]:
    """Was the act done on ``day`` by the end of ``due``, and the reason saying so.

    ``act`` reads before the day: "Oświadczenie wysłano" / "The statement was sent on";
    ``enough``, when given, is added to an act in time to say what the law asks of it
    (": do zachowania terminu wystarczy wysłanie oświadczenia przed jego upływem").
    """
    timely = day <= due
    message = "common.in_time" if timely else "common.too_late"
    return timely, Reason(
        rule_id, message, basis, {"act": act, "day": day, "due": due, "enough": enough}
    )


# --------------------------------------------------------------------------- missing facts


def undetermined(rule_id: str, message: str, missing: tuple[str, ...], **params: Any) -> Reason:
    """The summary of an undetermined decision: ``message`` names what cannot be decided and
    takes the missing facts as ``{missing}``, in the plural form their number asks for
    (``n``): "Nie da się ustalić terminu: brak faktu a.b." / "…: brak faktów a.b, c."."""
    return Reason(rule_id, message, (), {**params, "missing": missing, "n": len(missing)})


def not_before(field: str, day: date, earliest: date, what: str) -> None:
    """Refuse a fact dated before the event it must follow (a statement before the contract)."""
    if day < earliest:
        raise InvalidFacts(field, f"{day.isoformat()} is before {what} ({earliest.isoformat()})")
