"""What the catalogs must hold, and whether they do: the message ids the code uses, found by
babel's extractor (the same one ``pybabel extract`` runs), checked against each language.

The keywords name where an id stands in a call: ``Reason(rule, "<id>", ...)``,
``Message("<id>", ...)``, ``Interpretation("<id>")``, ``undetermined(rule, "<id>", ...)``.
Ids the code builds (a rule's ``<id>.title``, an epoch's ``epoch.<name>``) are given by the
caller, who knows the registry (``scripts/catalogs.py``, the catalog tests).

A catalog is sound when every id used is in the Polish catalog with a text, and every
translation uses exactly the parameters of its Polish text.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import LANGS, SOURCE_LANG, Lang, catalog

KEYWORDS: dict[str, tuple[int, ...]] = {
    "Reason": (2,),
    "Message": (1,),
    "Interpretation": (1,),
    "undetermined": (2,),
}
"""Babel extraction keywords: the argument (1-based) of each call that holds a message id."""

PACKAGE = Path(__file__).resolve().parent.parent
_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Use:
    """An id as it stands in the code."""

    msgid: str
    file: Path
    line: int


def uses(root: Path = PACKAGE) -> Iterator[Use]:
    """Every message id written in a call of :data:`KEYWORDS` under ``root``."""
    # Ids built with an f-string (f"{rule_id}.title") are the caller's to add; babel's note
    # that it skipped them is not a problem here.
    with contextlib.redirect_stderr(io.StringIO()):
        found = list(_extract(root))
    for filename, line, message, _comments, _context in found:
        if isinstance(message, str) and _ID.match(message):
            yield Use(message, root / filename, line)


def _extract(root: Path) -> Iterator[tuple[str, int, object, list[str], str | None]]:
    from babel.messages.extract import extract_from_dir  # noqa: PLC0415  (a maintenance task)

    return extract_from_dir(
        str(root),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=(),
        strip_comment_tags=True,
    )


def problems(
    ids: Iterable[str], *, complete: dict[Lang, tuple[str, ...]] | None = None
) -> list[str]:
    """What is wrong with the catalogs for the messages ``ids``: missing in Polish, a
    translation whose parameters differ from the Polish, and, for each language in
    ``complete``, an id under one of its prefixes with no translation."""
    complete = complete or {}
    source = catalog(SOURCE_LANG)
    found: list[str] = []
    for msgid in sorted(set(ids)):
        polish = _forms(source, msgid)
        if not polish:
            found.append(f"{msgid}: not in the {SOURCE_LANG} catalog")
            continue
        expected = _params(polish)
        for lang in LANGS:
            if lang == SOURCE_LANG:
                continue
            forms = _forms(catalog(lang), msgid)
            if not forms:
                if msgid.startswith(complete.get(lang, ("\0",))):
                    found.append(f"{msgid}: no {lang} translation")
                continue
            if _params(forms) != expected:
                found.append(
                    f"{msgid}: the {lang} text uses {sorted(_params(forms))}, "
                    f"the Polish {sorted(expected)}"
                )
    return found


def _forms(lang_catalog: object, msgid: str) -> tuple[str, ...]:
    texts = getattr(lang_catalog, "texts", {})
    plurals = getattr(lang_catalog, "plurals", {})
    if msgid in plurals:
        return tuple(form for form in plurals[msgid] if form)
    text = texts.get(msgid)
    return (text,) if text else ()


def _params(forms: tuple[str, ...]) -> set[str]:
    return {name for form in forms for name in _PARAM.findall(form)} - {"n"}
