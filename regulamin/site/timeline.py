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
from ..messages import Message
from ..registry import AnyRule, AnyVersion
from .markdown import both, cell, code, escape, heading, prose, table
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
        heading(1, Message("site.timeline.heading")),
        prose(Message("site.timeline.intro")),
        heading(2, Message("site.timeline.changes")),
        _changes(rules),
        heading(2, Message("site.timeline.per_rule")),
        _per_rule(rules),
        heading(2, Message("site.timeline.counting")),
        _time_law(switch_dates(rules)),
        heading(2, Message("site.timeline.terms")),
        terms_section(examples_dir),
    ]
    return "\n".join(parts)


def _version_line(rule: AnyRule, version: AnyVersion) -> str:
    basis = ", ".join(c.pl() for c in version.basis)
    keyed = Message("site.timeline.keyed_on", date=escape(key_date_name(version.keyed_on).pl))
    link = f"[{escape(rule.title.pl)}]({page_path(rule)})"
    return f"{link} {code(rule.id)}: {escape(basis)} ({keyed.pl})"


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
        starts = both(Message("site.timeline.from"))
        lines += [f"- {starts}: {_version_line(r, v)}" for r, v in starting]
        for r, v in ending:
            last = v.valid_until.isoformat() if v.valid_until else ""
            ends = both(Message("site.timeline.previous_ends", last=last))
            lines.append(f"- {ends}: {_version_line(r, v)}")
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
        both(Message("site.table.rule")),
        both(Message("site.table.from")),
        both(Message("site.table.until")),
        both(Message("site.table.keyed_on")),
        both(Message("site.table.basis")),
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
    lines = [f"- **{SATURDAY_OFF_FROM.isoformat()}**: {prose(Message('site.timeline.saturday'))}"]
    for change in holiday_changes(first, last):
        month, day = change.month_day
        when = date(change.year, month, day).isoformat()
        if change.one_off:
            pl = Message("site.timeline.one_off_holiday", name=escape(change.name_pl)).pl
            en = Message("site.timeline.one_off_holiday", name=escape(change.name_en)).en
        else:
            pl = Message("site.timeline.new_holiday", name=escape(change.name_pl)).pl
            en = Message("site.timeline.new_holiday", name=escape(change.name_en)).en
        lines.append(f"- **{when}**: {pl} *{en}*")
    calendars = code("regulamin.calendars")
    note = prose(
        Message("site.timeline.holidays_note", calendars=calendars, first=first, last=last)
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
        return prose(Message("site.timeline.no_terms"))
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
                parts.append(f"    - {both(Message('site.timeline.first_version'))}")
            else:
                changes = diff(_content(previous), _content(version))
                if not changes:
                    parts.append(f"    - {both(Message('site.timeline.no_change'))}")
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
        # values as the file writes them (str), not formatted as dates or amounts
        if key not in new:
            lines.append(Message("site.timeline.key_removed", key=path).en)
        elif key not in old:
            lines.append(Message("site.timeline.key_added", key=path, value=str(new[key])).en)
        elif isinstance(old[key], Mapping) and isinstance(new[key], Mapping):
            lines += diff(old[key], new[key], path)
        elif old[key] != new[key]:
            changed = {"key": path, "old": str(old[key]), "new": str(new[key])}
            lines.append(Message("site.timeline.key_changed", **changed).en)
    return lines
