"""Keep the message catalogs in step with the code: ``pybabel`` extract, update and compile,
plus the ids the code builds from the registry and the law (rule titles, epochs).

    python scripts/catalogs.py check      # what is missing or inconsistent; exit 1 if any
    python scripts/catalogs.py extract    # regulamin/messages/regulamin.pot from the code
    python scripts/catalogs.py update     # merge the template into pl, en and uk
    python scripts/catalogs.py compile    # .mo files (the wheel build does this too)

A translator edits ``regulamin/messages/locale/<lang>/LC_MESSAGES/regulamin.po``; Polish is
the source language, so a new message is written there first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages import frontend
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = ROOT / "regulamin" / "messages"
TEMPLATE = MESSAGES / "regulamin.pot"
LOCALES = MESSAGES / "locale"
COMPLETE_IN_UKRAINIAN = tuple(
    f"{topic}."
    for topic in (
        "availability", "business", "calendar", "cli", "common", "complaints", "conformity",
        "decision", "epoch", "liability", "lint", "maintenance", "payments", "price_changes",
        "prices", "product_version", "retention", "scenarios", "service", "sla", "status",
        "submissions", "support", "terms", "versions", "withdrawal",
    )
)
"""The topics whose every message has a Ukrainian translation: all but the reviewers' site,
which a Polish lawyer reads in Polish, with English beside it."""


def built_ids() -> set[str]:
    """Ids the code builds rather than writes: rule titles and summaries, epochs."""
    import regulamin  # noqa: F401, PLC0415  (registers every rule)
    from regulamin.law import EPOCHS  # noqa: PLC0415
    from regulamin.registry import REGISTRY  # noqa: PLC0415

    ids = {epoch.message for epoch in EPOCHS}
    for rule in REGISTRY.values():
        for text in (rule.title, rule.summary):
            msgid = getattr(text, "id", None)
            if msgid:
                ids.add(msgid)
    return ids


def used_ids() -> set[str]:
    from regulamin.messages.extract import uses  # noqa: PLC0415

    return {use.msgid for use in uses()} | built_ids()


def check() -> int:
    from regulamin.messages.extract import problems  # noqa: PLC0415

    found = problems(used_ids(), complete={"en": ("",), "uk": COMPLETE_IN_UKRAINIAN})
    for problem in found:
        print(problem)
    return 1 if found else 0


def extract() -> int:
    from regulamin.messages.extract import KEYWORDS  # noqa: PLC0415

    keywords = [f"{name}:{','.join(map(str, args))}" for name, args in KEYWORDS.items()]
    argv = ["pybabel", "extract", "--sort-output", "--no-location", "--omit-header",
            "-o", str(TEMPLATE), *(arg for k in keywords for arg in ("-k", k)), "regulamin"]
    frontend.CommandLineInterface().run(argv)  # type: ignore[no-untyped-call]
    # The ids the code builds are added to the template, so that update keeps them.
    with TEMPLATE.open("rb") as stream:
        template = read_po(stream)
    for msgid in sorted(built_ids()):
        if msgid not in template:
            template.add(msgid)
    with TEMPLATE.open("wb") as stream:
        write_po(stream, template, width=100, sort_output=True, omit_header=True)
    return 0


def update() -> int:
    for lang in ("pl", "en", "uk"):
        frontend.CommandLineInterface().run(  # type: ignore[no-untyped-call]
            ["pybabel", "update", "--no-fuzzy-matching", "--ignore-obsolete", "-w", "100",
             "-D", "regulamin", "-i", str(TEMPLATE), "-d", str(LOCALES), "-l", lang]
        )
    return 0


def compile_catalogs() -> int:
    frontend.CommandLineInterface().run(  # type: ignore[no-untyped-call]
        ["pybabel", "compile", "--use-fuzzy", "-D", "regulamin", "-d", str(LOCALES)]
    )
    return 0


COMMANDS = {"check": check, "extract": extract, "update": update, "compile": compile_catalogs}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    sys.exit(COMMANDS[sys.argv[1]]())
