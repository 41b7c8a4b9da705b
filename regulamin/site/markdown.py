"""Small Markdown builders for the generated pages (Python-Markdown with pymdownx, as
mkdocs-material renders it).

Polish comes first and English alongside: a bilingual block is a pair of content tabs,
"Polski" and "English". The site links tabs of the same name (``content.tabs.link``), so a
reader who picks "English" once sees English everywhere, until they pick "Polski" again.

>>> print(escape("art. 7a | *14* dni"))
art. 7a \\| \\*14\\* dni
>>> print(table(["a", "b"], [["1", cell("x|y")]]))
| a | b |
| --- | --- |
| 1 | x\\|y |
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..messages import Message

_TAB_NAMES = {"pl": Message("site.language.pl"), "en": Message("site.language.en")}
"""Each tab is named in its own language: "Polski", "English"."""
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """``text`` as literal Markdown text (no emphasis, links, HTML or table cells)."""
    return _SPECIAL.sub(r"\\\1", text)


def cell(text: str) -> str:
    """``text`` for a table cell: escaped, on one line."""
    return escape(text).replace("\n", "<br>")


def code(text: str) -> str:
    """``text`` as inline code, safe in a table cell."""
    ticks = "``" if "`" in text else "`"
    return f"{ticks}{text.replace('|', '&#124;')}{ticks}"


def indent(block: str, by: str = "    ") -> str:
    """Indent every non-empty line of ``block`` (for tabs and admonitions)."""
    return "\n".join(f"{by}{line}" if line.strip() else "" for line in block.splitlines())


class Phrase(Protocol):
    """Anything that reads in Polish and in English: a catalog message, a rule's title."""

    @property
    def pl(self) -> str: ...

    @property
    def en(self) -> str: ...


def tabs(pl: str, en: str) -> str:
    """The same content in Polish and in English, as two linked content tabs."""
    pl_tab, en_tab = _TAB_NAMES["pl"].text("pl"), _TAB_NAMES["en"].text("en")
    return f'=== "{pl_tab}"\n\n{indent(pl)}\n\n=== "{en_tab}"\n\n{indent(en)}\n'


def in_tabs(text: Message) -> str:
    """A catalog message written in Markdown, as Polish and English tabs."""
    return tabs(text.pl, text.en)


def bilingual(text: Phrase) -> str:
    """A phrase (a rule's summary) as Polish and English tabs of plain text."""
    return tabs(escape(text.pl), escape(text.en))


def admonition(kind: str, title: str, body: str) -> str:
    """A material admonition box (``note``, ``warning``, ``question``...)."""
    return f'!!! {kind} "{title}"\n\n{indent(body)}\n'


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table; cells are used as given (escape them with :func:`cell`)."""
    lines = [
        "| " + " | ".join(headers) + " |",
        "| " + " | ".join("---" for _ in headers) + " |",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def both(text: Phrase) -> str:
    """A short phrase in both languages on one line: Polish, then English in italics."""
    return f"{escape(text.pl)} · *{escape(text.en)}*"


def heading(level: int, text: Phrase, anchor: str = "") -> str:
    """A heading in Polish with the English in italics: ``## Podstawa prawna · *Legal
    basis*``."""
    return f"{'#' * level} {both(text)}{f' {{ #{anchor} }}' if anchor else ''}\n"


def prose(text: Message) -> str:
    """A paragraph the catalog writes in Markdown: the Polish, then the English in italics."""
    return f"{text.pl} *{text.en}*\n"
