"""griffe extension for the API reference: doctest blocks in docstrings become ``pycon``
code blocks, so Markdown does not read ``[a][b]`` in an example as a link.

Listed under ``extensions`` of the mkdocstrings python handler in ``mkdocs.yml``.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap each run of ``>>>`` lines and their output (up to a blank line) in a fence.

    >>> fence_doctests("Adds.\\n\\n>>> 1 + 1\\n2\\n\\nDone.").splitlines()
    ['Adds.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    out: list[str] = []
    inside = False
    margin = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            inside = True
            margin = line[: len(line) - len(stripped)]
            out.append(f"{margin}```pycon")
        elif inside and not stripped:
            out.append(f"{margin}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{margin}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
