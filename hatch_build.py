"""The wheel's build step: compile the message catalogs (``.po`` to ``.mo``) with babel, as
``pybabel compile`` does, so that an installed library reads its sentences without parsing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogs(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.mofile import write_mo  # noqa: PLC0415
        from babel.messages.pofile import read_po  # noqa: PLC0415

        root = Path(self.root)
        for po in sorted((root / "regulamin" / "messages" / "locale").glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as stream:
                catalog = read_po(stream)
            mo = po.with_suffix(".mo")
            with mo.open("wb") as stream:
                write_mo(stream, catalog)
            build_data.setdefault("artifacts", []).append(str(mo.relative_to(root)))
