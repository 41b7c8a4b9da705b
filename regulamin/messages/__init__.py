"""Every sentence the library shows, in message catalogs: Polish the source, English and
Ukrainian translations.

A message is named by a stable id (``withdrawal.right.on_premises``) and rendered from the
gettext catalog of the reader's language, ``locale/<lang>/LC_MESSAGES/regulamin.po`` beside
this file, with named parameters in braces. A lawyer or a translator fixes a sentence by
editing that one file; ``python -m regulamin.messages check`` tells what is missing, and the
catalogs are compiled (``.mo``) when the package is built. A message missing from a
translation falls back to Polish, never to its id.

Values are formatted for the reader by babel when the message is rendered, never before:
dates ("28 grudnia 2026", "28 December 2026", "28 грудня 2026"), amounts ("1 234,56 zł"),
percentages; a :class:`Message` given as a parameter is rendered in the same language, and a
message with plural forms is chosen by its parameter ``n`` under the catalog's plural rule:

>>> from datetime import date
>>> render("calendar.days", {"n": 1}, "pl"), render("calendar.days", {"n": 22}, "pl")
('1 dzień', '22 dni')
>>> render("calendar.days", {"n": 5}, "uk")
'5 днів'
>>> Message("calendar.days", n=2).text("en")
'2 days'
>>> format_value(date(2026, 12, 28), "uk")
'28 грудня 2026'
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, get_args

from ..models.base import Lang, Percent

LANGS: tuple[Lang, ...] = get_args(Lang)
SOURCE_LANG: Lang = "pl"
DOMAIN = "regulamin"
LOCALE_DIR = Path(__file__).parent / "locale"

__all__ = [
    "DOMAIN",
    "LANGS",
    "LOCALE_DIR",
    "SOURCE_LANG",
    "Catalog",
    "Lang",
    "Message",
    "MissingMessage",
    "catalog",
    "format_value",
    "lang_of",
    "render",
]


class MissingMessage(LookupError):
    """A message id that is not in the Polish catalog: a bug, caught by the catalog test."""


@dataclass(frozen=True, slots=True)
class Catalog:
    """One language's messages: singular texts, plural forms, and the plural rule."""

    texts: Mapping[str, str]
    plurals: Mapping[str, tuple[str, ...]]
    plural: Callable[[int], int]

    def get(self, msgid: str, n: int | None) -> str | None:
        forms = self.plurals.get(msgid)
        if forms is not None:
            form = forms[min(self.plural(n if n is not None else 0), len(forms) - 1)]
            return form or None
        return self.texts.get(msgid) or None


_CATALOGS: dict[str, Catalog] = {}


def catalog(lang: Lang) -> Catalog:
    """The catalog of ``lang``, read once: the compiled ``.mo`` where it is not older than
    its ``.po``, else the ``.po`` itself (a catalog just edited in a checkout)."""
    found = _CATALOGS.get(lang)
    if found is None:
        found = _CATALOGS[lang] = _read(lang)
    return found


def _read(lang: str) -> Catalog:
    from babel.messages import mofile, pofile  # noqa: PLC0415  (only when a person reads)

    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or os.path.getmtime(mo) >= os.path.getmtime(po)):
        with mo.open("rb") as stream:
            read = mofile.read_mo(stream)
    else:
        with po.open("rb") as stream:
            read = pofile.read_po(stream, locale=lang)
    texts: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for message in read:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            plurals[message.id[0]] = tuple(message.string or ())
        elif isinstance(message.string, str):
            texts[message.id] = message.string
    return Catalog(texts, plurals, gettext.c2py(read.plural_expr))


def render(msgid: str, params: Mapping[str, Any] | None, lang: Lang) -> str:
    """The message ``msgid`` in ``lang`` with ``params`` formatted for its reader."""
    n = params.get("n") if params else None
    template = catalog(lang).get(msgid, n)
    if template is None and lang != SOURCE_LANG:
        template = catalog(SOURCE_LANG).get(msgid, n)
    if template is None:
        raise MissingMessage(f"no message {msgid!r} in the {SOURCE_LANG} catalog")
    if not params:
        return template
    return template.format_map({k: format_value(v, lang) for k, v in params.items()})


class Message:
    """A message id with its parameters, rendered only when read: a phrase given as another
    message's parameter, a rule's title, an interpretation. A slotted record, cheap to make,
    read-only through its properties."""

    __slots__ = ("_id", "_params")

    def __init__(self, msgid: str, /, **params: Any) -> None:
        self._id = msgid
        self._params: Mapping[str, Any] = params

    @property
    def id(self) -> str:
        return self._id

    @property
    def params(self) -> Mapping[str, Any]:
        return self._params

    def text(self, lang: Lang = SOURCE_LANG) -> str:
        return render(self._id, self._params, lang)

    @property
    def pl(self) -> str:
        return self.text("pl")

    @property
    def en(self) -> str:
        return self.text("en")

    @property
    def uk(self) -> str:
        return self.text("uk")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self._id, self._params) == (other._id, other._params)

    def __hash__(self) -> int:
        return hash((self._id, tuple(sorted(self._params.items(), key=lambda kv: kv[0]))))

    def __repr__(self) -> str:
        return f"Message({self._id!r}, params={dict(self._params)!r})"


_LOCALES: dict[str, str] = {"pl": "pl_PL", "en": "en_GB", "uk": "uk_UA"}
_MONEY_PATTERN_EN = "¤\xa0#,##0.00"


def lang_of(value: str) -> Lang:
    """``value`` as one of the languages, or ``ValueError`` naming the ones there are."""
    if value not in LANGS:
        raise ValueError(f"unknown language {value!r}: use one of {', '.join(LANGS)}")
    return value


def format_value(value: Any, lang: Lang) -> str:
    r"""Format one parameter of a message for a reader of ``lang`` (babel, on first use).

    Amounts keep babel's non-breaking spaces, so "1 234,56 zł" never breaks across lines.

    >>> format_value(date(2026, 12, 28), "pl"), format_value(Decimal("1234.56"), "pl")
    ('28 grudnia 2026', '1\xa0234,56\xa0zł')
    >>> format_value(Decimal("1234.5"), "en"), format_value(Percent("20"), "en")
    ('PLN\xa01,234.50', '20%')
    """
    from babel import dates, numbers  # noqa: PLC0415  (only when a person reads a decision)

    locale = _LOCALES[lang]
    text = getattr(value, "text", None)
    if callable(text) and not isinstance(value, str):
        return str(text(lang))
    if isinstance(value, datetime):
        return dates.format_datetime(value, "d MMMM y, HH:mm zzz", locale=locale)
    if isinstance(value, date):
        return dates.format_date(value, "d MMMM y", locale=locale)
    if isinstance(value, Percent):
        return numbers.format_percent(value / 100, "#,##0.##%", locale=locale)
    if isinstance(value, Decimal):
        # CLDR's en pattern glues the code to the number ("PLN1,234.56"); English usage spaces it
        pattern = _MONEY_PATTERN_EN if lang == "en" else None
        return numbers.format_currency(value, "PLN", pattern, locale=locale)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple | list):
        return ", ".join(format_value(item, lang) for item in value)
    return str(value)
