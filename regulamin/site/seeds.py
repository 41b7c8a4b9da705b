"""The seed regulaminy as structured text, so that a rule's page can quote its clause.

A seed is a public text the library was started from, described by a data file in the seeds
folder (``docs/seeds/<key>.yaml``: the text file, the title, the words that cite it, and for
each clause the rules that implement it); :func:`read_seeds` reads them all, so that no shop is
named in code. The texts are plain as published, in one of two shapes: sections numbered
``§7.`` with paragraphs (ust.) ``1.`` and points nested by indentation, or named sections
("Postanowienia końcowe") with the points numbered under each name. :func:`parse_seed` reads
both into :class:`Section` and :class:`Item` values; :func:`locate` finds the clause a data
file names (``§ 12 ust. 6``, ``Postanowienia końcowe 1``), :func:`quote` the clause of whichever
seed a full reference cites.

>>> doc = parse_seed('''Regulamin X
...
... §2. Postanowienia wstępne
...
...   1. Pierwszy ustęp.
...   2. Drugi ustęp:
...     1. punkt pierwszy;
...     2. punkt drugi.
... ''')
>>> section = doc.section("2")
>>> section.title, [item.number for item in section.items]
('Postanowienia wstępne', ['1', '2'])
>>> print(section.item("2").render())
Drugi ustęp:
  1. punkt pierwszy;
  2. punkt drugi.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml

from ..messages import Lang

_PARAGRAPH_SECTION = re.compile(r"^§\s*(\d+[a-z]?)\.?\s*(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d+)\.\s*(.*)$")
_LONGEST_HEADING = 80
T = TypeVar("T")


@dataclass(slots=True)
class Item:
    """A numbered paragraph (ust.) or point (pkt), with the points nested under it."""

    number: str
    text: str
    children: list[Item] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    """Unnumbered text after the nested points, still part of this paragraph."""

    def item(self, number: str) -> Item:
        """The nested point ``number``; :class:`KeyError` if there is none."""
        for child in self.children:
            if child.number == number:
                return child
        raise KeyError(number)

    def render(self, indent: str = "  ") -> str:
        """The text with its nested points, one a line, indented by depth."""
        lines = [self.text]
        for child in self.children:
            nested = child.render(indent).splitlines()
            lines.append(f"{indent}{child.number}. {nested[0]}")
            lines += [f"{indent}{line}" for line in nested[1:]]
        lines += self.tail
        return "\n".join(lines)


@dataclass(slots=True)
class Section:
    """A section: ``§ 7`` (``number``) or a named part such as "Postanowienia końcowe"."""

    number: str | None
    title: str
    paragraphs: list[str] = field(default_factory=list)
    """Unnumbered text before the first item (a list of definitions)."""
    items: list[Item] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    """Unnumbered text after the last item that continues no item (a signature line)."""

    def item(self, number: str) -> Item:
        """The paragraph or point ``number``; :class:`KeyError` if there is none."""
        for item in self.items:
            if item.number == number:
                return item
        raise KeyError(number)


@dataclass(slots=True)
class SeedDocument:
    """A parsed regulamin: its first line (the title), the text before the sections, sections."""

    title: str
    preamble: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def section(self, key: str) -> Section:
        """The section by its number (``"12"``) or its title (any letter case)."""
        for section in self.sections:
            if section.number == key or section.title.casefold() == key.casefold():
                return section
        raise KeyError(key)


def parse_seed(text: str) -> SeedDocument:
    """Parse a seed's text: sections (``§N.`` or a named heading), numbered items by indent.

    A named heading is a short unindented line that is followed by a numbered item. An
    unnumbered line right after a paragraph's nested points continues that paragraph (a list
    of limits followed by what happens past them); after a paragraph without points it closes
    the section (a signatory's line).
    """
    lines = [line.rstrip() for line in text.splitlines()]
    content = [line for line in lines if line.strip()]
    if not content:
        raise ValueError("the seed text is empty")
    document = SeedDocument(content[0].strip())
    section: Section | None = None
    stack: list[tuple[int, Item]] = []
    for index, line in enumerate(content[1:], start=1):
        following = content[index + 1] if index + 1 < len(content) else ""
        numbered = _NUMBERED.match(line)
        heading = _PARAGRAPH_SECTION.match(line)
        if heading:
            section = Section(heading.group(1), heading.group(2).strip())
            document.sections.append(section)
            stack = []
        elif not numbered and _is_named_heading(line, following):
            section = Section(None, line.strip())
            document.sections.append(section)
            stack = []
        elif numbered and section is not None:
            depth = len(numbered.group(1))
            item = Item(numbered.group(2), numbered.group(3).strip())
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else section.items).append(item)
            stack.append((depth, item))
        elif section is None:
            document.preamble.append(line.strip())
        elif section.items and section.items[-1].children and not section.closing:
            section.items[-1].tail.append(line.strip())
        elif section.items:
            section.closing.append(line.strip())
        else:
            section.paragraphs.append(line.strip())
    return document


def _is_named_heading(line: str, following: str) -> bool:
    stripped = line.strip()
    return (
        line == stripped
        and len(stripped) <= _LONGEST_HEADING
        and not stripped.endswith((".", ";", ":", ","))
        and _NUMBERED.match(following) is not None
    )


@dataclass(frozen=True, slots=True)
class SeedTitle:
    """A seed's title in Polish and English, as its data file gives them."""

    pl: str
    en: str

    def text(self, lang: Lang = "pl") -> str:
        return self.pl if lang == "pl" else self.en


@dataclass(frozen=True, slots=True)
class Seed:
    """One seed regulamin, as its data file (``<key>.yaml`` in the seeds folder) describes it:
    where its text is, its title, the words that cite it, and the rules behind each clause."""

    key: str
    """The data file's name without ``.yaml``: the seed's page is ``seeds/<key>.md``."""
    file: str
    """The text file's name in the seeds folder."""
    title: SeedTitle
    cited_as: tuple[str, ...]
    """Words in a clause reference that point to this seed."""
    clauses: Mapping[str, tuple[str, ...]]
    """Each clause, written as a lawyer cites it within the text (``§ 12 ust. 6``, a named
    part and its point), and the ids of the rules that implement it."""
    document: SeedDocument

    def clauses_of(self, rule_id: str) -> list[str]:
        """The clauses rule ``rule_id`` implements, in the order of the data file."""
        return [clause for clause, rules in self.clauses.items() if rule_id in rules]


def read_seed(path: str | Path) -> Seed:
    """The seed described by the data file at ``path`` (its text file is beside it)."""
    data_file = Path(path)
    data = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    try:
        text = (data_file.parent / data["text"]).read_text(encoding="utf-8")
        return Seed(
            data_file.stem,
            data["text"],
            SeedTitle(data["title"]["pl"], data["title"]["en"]),
            tuple(data["cited_as"]),
            {str(clause): tuple(rules) for clause, rules in (data.get("clauses") or {}).items()},
            parse_seed(text),
        )
    except (KeyError, TypeError, OSError) as error:
        raise SeedReferenceError(f"{data_file}: not a seed description ({error})") from None


def read_seeds(folder: str | Path) -> list[Seed]:
    """Every seed described in ``folder`` (one ``*.yaml`` each), by file name."""
    return [read_seed(path) for path in sorted(Path(folder).glob("*.yaml"))]


class SeedReferenceError(ValueError):
    """A seed clause reference that names no seed, or a clause the seed does not have."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A clause found in a seed: which seed, where (``§ 12 ust. 6``), and its text."""

    seed: Seed
    reference: str
    """The reference as the rule writes it."""
    location: str
    """Where the clause is, as a lawyer writes it: ``§ 12 ust. 6``, ``Postanowienia końcowe,
    pkt 1``."""
    text: str
    anchor: str = ""
    """The clause's anchor on the seed's page (see :func:`anchor`)."""


def anchor(document: SeedDocument, section: Section, *numbers: str) -> str:
    """A stable HTML id for a section or one of its items: ``p12-6`` is § 12 ust. 6; a
    named section is ``s`` and its position (``s4-1``: the fourth section, point 1).

    >>> doc = parse_seed("T\\n\\n§12. X\\n\\n  6. Y\\n")
    >>> anchor(doc, doc.sections[0], "6")
    'p12-6'
    """
    if section.number is not None:
        head = f"p{section.number}"
    else:
        head = f"s{document.sections.index(section) + 1}"
    return "-".join([head, *numbers])


_PARAGRAPH_REFERENCE = re.compile(r"§\s*(\d+[a-z]?)(?:\s*ust\.\s*(\d+))?(?:\s*pkt\s*(\d+))?")
_NAMED_REFERENCE_TAIL = re.compile(r"^\s*[,:]?\s*(?:ust\.|pkt|punkt)?\s*(\d+)(?:\s*pkt\s*(\d+))?")


def quote(reference: str, seeds: Sequence[Seed]) -> Quote:
    """The clause that ``reference`` names, in the one seed among ``seeds`` it cites.

    >>> seed = Seed("x", "x.txt", SeedTitle("Regulamin X", "X Terms"), ("X",), {},
    ...             parse_seed("Regulamin X\\n\\nPostanowienia końcowe\\n\\n 1. Zmiany.\\n"))
    >>> found = quote("Regulamin X: Postanowienia końcowe 1", [seed])
    >>> found.location, found.text
    ('Postanowienia końcowe, pkt 1', 'Zmiany.')
    """
    return locate(_seed_named(reference, seeds), reference)


def locate(seed: Seed, reference: str) -> Quote:
    """The clause of ``seed`` that ``reference`` names (``§ 12 ust. 6``, ``Realizacja 3``)."""
    document = seed.document
    paragraph = _PARAGRAPH_REFERENCE.search(reference)
    if paragraph:
        number, ust, point = paragraph.groups()
        section = _find(document.section, number, reference)
        location = f"§ {number}"
        if ust is None:
            return Quote(
                seed, reference, location, _section_text(section), anchor(document, section)
            )
        item = _find(section.item, ust, reference)
        location += f" ust. {ust}"
        numbers = [ust]
        if point is not None:
            item = _find(item.item, point, reference)
            location += f" pkt {point}"
            numbers.append(point)
        return Quote(seed, reference, location, item.render(), anchor(document, section, *numbers))
    named = _named_section(document, reference)
    if named is not None:
        section, tail = named
        if tail is None:
            return Quote(
                seed, reference, section.title, _section_text(section), anchor(document, section)
            )
        item = _find(section.item, tail.group(1), reference)
        location = f"{section.title}, pkt {tail.group(1)}"
        numbers = [tail.group(1)]
        if tail.group(2) is not None:
            item = _find(item.item, tail.group(2), reference)
            location += f" ppkt {tail.group(2)}"
            numbers.append(tail.group(2))
        return Quote(seed, reference, location, item.render(), anchor(document, section, *numbers))
    raise SeedReferenceError(f"{reference!r}: no such section in {seed.title.pl}")


def quotes_for(rule_id: str, seeds: Sequence[Seed]) -> list[Quote]:
    """Every clause of the seeds that rule ``rule_id`` implements, quoted."""
    return [locate(seed, clause) for seed in seeds for clause in seed.clauses_of(rule_id)]


def _named_section(
    document: SeedDocument, reference: str
) -> tuple[Section, re.Match[str] | None] | None:
    """The named section the reference points to, by its title or the title's first words
    ("Realizacja" for "Realizacja pomocy technicznej", when no other title starts so), and
    the point numbers written after it."""
    named = [s for s in document.sections if s.number is None]
    folded = reference.casefold()
    for section in named:
        words = section.title.split()
        for size in range(len(words), 0, -1):
            prefix = " ".join(words[:size]).casefold()
            if sum(s.title.casefold().startswith(prefix) for s in named) > 1:
                break
            found = re.search(rf"(?<!\w){re.escape(prefix)}(?!\w)", folded)
            if found:
                tail = _NAMED_REFERENCE_TAIL.match(reference[found.end() :])
                return section, tail
    return None


def _seed_named(reference: str, seeds: Sequence[Seed]) -> Seed:
    folded = reference.casefold()
    named = [s for s in seeds if any(alias.casefold() in folded for alias in s.cited_as)]
    if len(named) != 1:
        known = ", ".join(alias for s in seeds for alias in s.cited_as)
        raise SeedReferenceError(f"{reference!r}: names no single seed regulamin ({known})")
    return named[0]


def _find(lookup: Callable[[str], T], key: str, reference: str) -> T:
    try:
        return lookup(key)
    except KeyError:
        raise SeedReferenceError(f"{reference!r}: there is no {key!r} there") from None


def _section_text(section: Section) -> str:
    parts = [*section.paragraphs, *(f"{item.number}. {item.render()}" for item in section.items)]
    return "\n".join(parts)


def load_seeds(folder: str | Path) -> dict[str, SeedDocument]:
    """The parsed text of every seed described in ``folder``, by seed key."""
    return {seed.key: seed.document for seed in read_seeds(folder)}
