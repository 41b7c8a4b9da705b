"""A git merge driver for the message catalogs: two changes that add or edit different
messages merge into one catalog, sorted by id, whatever lines they touched.

    git config merge.catalog.driver "python scripts/po_merge.py %O %A %B"
    # .gitattributes: *.po merge=catalog

For each id: a message changed on one side only takes that side's text; changed on both sides
to different texts, it is a conflict (exit 1, the id named); removed on one side and untouched
on the other, it goes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po


def _read(path: str) -> Catalog:
    with Path(path).open("rb") as stream:
        return read_po(stream)


def _entries(catalog: Catalog) -> dict[str, object]:
    return {message.id if isinstance(message.id, str) else message.id[0]: message.string
            for message in catalog if message.id}


def merge(base_path: str, ours_path: str, theirs_path: str) -> int:
    base, ours, theirs = _read(base_path), _read(ours_path), _read(theirs_path)
    old, mine, other = _entries(base), _entries(ours), _entries(theirs)
    conflicts = []
    for msgid in sorted(set(mine) | set(other)):
        if msgid in other and other.get(msgid) != old.get(msgid):
            if msgid in mine and mine[msgid] not in (old.get(msgid), other[msgid]):
                conflicts.append(msgid)
                continue
            message = theirs[msgid]
            if msgid in ours:
                del ours[msgid]
            ours[message.id] = message
        elif msgid not in other and msgid in old and mine.get(msgid) == old[msgid]:
            del ours[msgid]
    with Path(ours_path).open("wb") as stream:
        write_po(stream, ours, width=100, sort_output=True)
    for msgid in conflicts:
        print(f"catalog conflict: {msgid} changed on both sides", file=sys.stderr)
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(merge(*sys.argv[1:4]))
