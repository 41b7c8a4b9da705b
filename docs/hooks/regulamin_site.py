"""mkdocs hook: the generated pages of the reviewers' site (see :mod:`regulamin.site`).

``on_config`` builds every page once, with the seed terms described in the folder that
``extra: seeds:`` names in ``mkdocs.yml`` (running the scenario files; a failing scenario stops
the build) and puts the generated sections into the navigation where ``mkdocs.yml`` marks
them; ``on_files`` adds the pages to the build as generated files, never written to ``docs/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from regulamin.site import ExamplesFailed, SeedReferenceError, Site, build_site

_site: Site | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site  # noqa: PLW0603  (mkdocs hooks keep their state at module level)
    root = Path(config.config_file_path).parent
    try:
        _site = build_site(root, seeds_dir=config.extra.get("seeds", "docs/seeds"))
    except (ExamplesFailed, SeedReferenceError) as error:
        raise PluginError(str(error)) from error
    sections = {
        "rules/index.md": _site.rules_nav,
        "api/index.md": _site.api_nav,
        "seeds/index.md": _site.seeds_nav,
    }
    config.nav = [_expand(item, sections) for item in config.nav or []]
    return config


def _expand(item: Any, sections: dict[str, list[Any]]) -> Any:
    """A nav entry ``Title: rules/index.md`` becomes the generated section ``Title: [...]``."""
    if isinstance(item, dict):
        return {
            title: sections.get(target, target) if isinstance(target, str) else target
            for title, target in item.items()
        }
    return item


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _site is not None, "on_config builds the site first"
    for path, markdown in _site.pages.items():
        files.append(File.generated(config, path, content=markdown))
    return files
