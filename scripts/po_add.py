"""Add or replace messages in the catalogs from a small YAML file, one entry per id:

    withdrawal.right.on_premises:
      pl: "Umowę zawarto w lokalu ..."
      en: "The contract was concluded on the trader's premises ..."
      uk: "..."
    calendar.days:                       # plural forms: a list in each language
      pl: ["{n} dzień", "{n} dni", "{n} dni"]
      en: ["{n} day", "{n} days"]

    python scripts/po_add.py new-messages.yaml

The catalogs stay sorted by id, so that two changes to different topics merge cleanly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from babel.messages.pofile import read_po, write_po

LOCALES = Path(__file__).resolve().parent.parent / "regulamin" / "messages" / "locale"


def add(entries: dict[str, dict[str, object]]) -> None:
    for lang in ("pl", "en", "uk"):
        path = LOCALES / lang / "LC_MESSAGES" / "regulamin.po"
        with path.open("rb") as stream:
            catalog = read_po(stream, locale=lang)
        for msgid, texts in entries.items():
            text = texts.get(lang)
            if text is None:
                continue
            if msgid in catalog:
                del catalog[msgid]
            if isinstance(text, list):
                catalog.add((msgid, msgid), tuple(text))
            else:
                catalog.add(msgid, str(text))
        with path.open("wb") as stream:
            write_po(stream, catalog, width=100, sort_output=True)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        add(yaml.safe_load(Path(name).read_text(encoding="utf-8")))
