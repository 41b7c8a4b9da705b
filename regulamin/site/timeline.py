"""The timeline page: which version of each rule applies when, the changes in how time is
counted (Saturdays, new holidays), and the versions of the example shops' terms.

Everything is read from the registry, from :mod:`regulamin.calendars` and from the terms
files under ``examples/``; nothing on the page is typed by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..calendars import holidays_in
from ..calendars.periods import SATURDAY_OFF_FROM
from ..files.problems import DocumentError
from ..files.source import read_document
from ..registry import AnyRule, AnyVersion
from .markdown import cell, code, escape, table
from .rule_pages import key_date_name, page_path

_ONE_DAY = timedelta(days=1)


def switch_dates(rules: Iterable[AnyRule]) -> list[date]:
    """Every day on which some rule's version begins or the day after one ends, in order."""
    days: set[date] = set()
    for rule in rules:
        for version in rule.versions:
            days.add(version.valid_from)
            if version.valid_until is not None:
                days.add(version.valid_until + _ONE_DAY)
    return sorted(days)


def timeline_page(groups: Mapping[str, Sequence[AnyRule]], examples_dir: Path | None) -> str:
    rules = [rule for group in groups.values() for rule in group]
    parts = [
        "# Oś czasu · *Timeline*\n",
        "Które brzmienie prawa stosuje każda reguła i od kiedy. Wersję reguły wybiera data "
        "podana przy wersji (zwykle data zawarcia umowy). *Which version of the law each rule "
        "applies, and from when. A rule's version is chosen by the date named with it (usually "
        "the day the contract is concluded).*\n",
        "## Zmiany prawa w kolejności · *Changes in order*\n",
        _changes(rules),
        "## Wersje każdej reguły · *Versions of each rule*\n",
        _per_rule(rules),
        "## Liczenie terminów · *Counting periods*\n",
        _time_law(switch_dates(rules)),
        "## Wersje regulaminów z przykładów · *Versions of the example terms*\n",
        terms_section(examples_dir),
    ]
    return "\n".join(parts)


def _version_line(rule: AnyRule, version: AnyVersion) -> str:
    basis = ", ".join(c.pl() for c in version.basis)
    keyed = key_date_name(version.keyed_on).pl
    return (
        f"[{escape(rule.title.pl)}]({page_path(rule)}) {code(rule.id)}: {escape(basis)} "
        f"(według: {escape(keyed)})"
    )


def _changes(rules: Sequence[AnyRule]) -> str:
    lines: list[str] = []
    for day in switch_dates(rules):
        starting = [(r, v) for r in rules for v in r.versions if v.valid_from == day]
        ending = [
            (r, v)
            for r in rules
            for v in r.versions
            if v.valid_until is not None and v.valid_until + _ONE_DAY == day
        ]
        lines.append(f"### {day.isoformat()}\n")
        lines += [f"- od · *from*: {_version_line(r, v)}" for r, v in starting]
        lines += [
            f"- koniec poprzedniej wersji (ostatni dzień {v.valid_until}) · *previous version "
            f"ends*: {_version_line(r, v)}"
            for r, v in ending
        ]
        lines.append("")
    return "\n".join(lines)


def _per_rule(rules: Sequence[AnyRule]) -> str:
    rows = []
    for rule in rules:
        for version in sorted(rule.versions, key=lambda v: v.valid_from):
            rows.append(
                [
                    f"[{code(rule.id)}]({page_path(rule)})",
                    version.valid_from.isoformat(),
                    version.valid_until.isoformat() if version.valid_until else "—",
                    cell(key_date_name(version.keyed_on).pl),
                    "<br>".join(cell(c.pl()) for c in version.basis),
                ]
            )
    headers = [
        "Reguła · *AnyRule*",
        "Od · *From*",
        "Do · *Until*",
        "Według daty · *Keyed on*",
        "Podstawa · *Basis*",
    ]
    return table(headers, rows) + "\n"


@dataclass(frozen=True, slots=True)
class HolidayChange:
    """A statutory holiday that appears (or disappears) from one year to the next."""

    year: int
    month_day: tuple[int, int]
    name_pl: str
    name_en: str
    one_off: bool


def holiday_changes(first_year: int, last_year: int) -> list[HolidayChange]:
    """Holidays of :mod:`regulamin.calendars` that are new in a year of the range, by name
    (Easter moves, but its name stays); one that is there in one year only is one-off.

    >>> [(c.year, c.month_day, c.one_off) for c in holiday_changes(2017, 2026)]
    [(2018, (11, 12), True), (2025, (12, 24), False)]
    """
    changes = []
    for year in range(first_year + 1, last_year + 1):
        before = set(holidays_in(year - 1).values())
        after = set(holidays_in(year + 1).values())
        english = holidays_in(year, "en")
        for day, name in sorted(holidays_in(year).items()):
            if name not in before:
                one_off = name not in after
                changes.append(
                    HolidayChange(year, (day.month, day.day), name, english[day], one_off)
                )
    return changes


def _time_law(days: Sequence[date]) -> str:
    first = min([*days, SATURDAY_OFF_FROM]).year
    last = max([*days, SATURDAY_OFF_FROM]).year + 2
    lines = [
        f"- **{SATURDAY_OFF_FROM.isoformat()}**: termin, którego koniec przypada w sobotę, "
        "kończy się w najbliższym dniu niebędącym sobotą ani dniem ustawowo wolnym od pracy "
        "(art. 115 KC). *A period ending on a Saturday ends on the next day that is neither a "
        "Saturday nor a day off (Art. 115 KC).*"
    ]
    for change in holiday_changes(first, last):
        month, day = change.month_day
        when = date(change.year, month, day).isoformat()
        if change.one_off:
            pl = f"jednorazowy dzień wolny: {change.name_pl}"
            en = f"a one-off holiday: {change.name_en}"
        else:
            pl = f"nowe święto ustawowe od tego roku: {change.name_pl}"
            en = f"a new public holiday from this year on: {change.name_en}"
        lines.append(f"- **{when}**: {escape(pl)}. *{escape(en)}.*")
    note = (
        f"Święta według {code('regulamin.calendars')} w latach {first}–{last}, w brzmieniu "
        "ustawy o dniach wolnych od pracy z danego roku. *Holidays as the calendars of the "
        "library know them for these years, in the law of each year.*\n"
    )
    return note + "\n" + "\n".join(lines) + "\n"


# ---- the example shops' terms -------------------------------------------------------------

_TERMS_PATTERNS = ("terms*.yaml", "terms*.yml", "terms*.json", "*.terms.yaml", "regulamin*.yaml")
_VERSION_KEYS = ("id", "published_on", "effective_from", "effective_until")


def find_terms_files(examples_dir: Path | None) -> list[Path]:
    """Terms files under ``examples/``: YAML or JSON documents with a list of ``versions``."""
    if examples_dir is None or not examples_dir.is_dir():
        return []
    found = sorted({p for pattern in _TERMS_PATTERNS for p in examples_dir.rglob(pattern)})
    return [p for p in found if isinstance(_versions_of(p), list)]


def _versions_of(path: Path) -> Any:
    try:
        data = read_document(path).data
    except DocumentError:
        return None
    return data.get("versions") if isinstance(data, Mapping) else None


def terms_section(examples_dir: Path | None) -> str:
    """For each terms file of the examples, its versions and what changed between them."""
    files = find_terms_files(examples_dir)
    if not files:
        return (
            "Katalog z przykładami nie zawiera jeszcze plików regulaminów z wersjami, więc nie "
            "ma czego porównać. *The examples folder holds no terms files with versions yet, so "
            "there is nothing to compare.*\n"
        )
    assert examples_dir is not None
    parts = []
    for path in files:
        versions = [v for v in _versions_of(path) if isinstance(v, Mapping)]
        versions.sort(key=lambda v: str(v.get("effective_from", "")))
        shown = path.relative_to(examples_dir.parent).as_posix()
        parts.append(f"### {code(shown)}\n")
        previous: Mapping[str, Any] | None = None
        for version in versions:
            start = version.get("effective_from", "?")
            until = version.get("effective_until") or "…"
            parts.append(f"- **{escape(str(version.get('id', '?')))}**: {start} – {until}")
            if previous is None:
                parts.append("    - pierwsza wersja · *first version*")
            else:
                changes = diff(_content(previous), _content(version))
                if not changes:
                    parts.append(
                        "    - bez zmian w treści zapisanej w pliku · *no change in "
                        "the content the file records*"
                    )
                parts += [f"    - {escape(change)}" for change in changes]
            previous = version
        parts.append("")
    return "\n".join(parts)


def _content(version: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in version.items() if k not in _VERSION_KEYS}


def diff(old: Mapping[str, Any], new: Mapping[str, Any], prefix: str = "") -> list[str]:
    """What changed between two versions' contents, one line per changed key.

    >>> diff({"refund_days": 14, "plans": {"pro": 10}}, {"refund_days": 30, "sla": 2})
    ['refund_days: 14 → 30', 'plans: removed', 'sla: added (2)']
    """
    lines = []
    for key in dict.fromkeys([*old, *new]):
        path = f"{prefix}.{key}" if prefix else str(key)
        if key not in new:
            lines.append(f"{path}: removed")
        elif key not in old:
            lines.append(f"{path}: added ({new[key]})")
        elif isinstance(old[key], Mapping) and isinstance(new[key], Mapping):
            lines += diff(old[key], new[key], path)
        elif old[key] != new[key]:
            lines.append(f"{path}: {old[key]} → {new[key]}")
    return lines
