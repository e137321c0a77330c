"""A Zensical project made from the generated Markdown tree: the way off Material for MkDocs.

``thiduua generate --out DIR --zensical`` writes ``DIR/docs/`` (hand-written + generated pages),
``DIR/overrides/`` (the theme overrides that work under Zensical) and ``DIR/mkdocs.yml``, the
project's mkdocs.yml with three changes; ``cd DIR && zensical build`` then writes ``DIR/site/``.

What differs from the MkDocs build, and why:

* the ``thiduua`` plugin is dropped: the pages are already generated (Zensical runs no MkDocs
  plugin and would silently ignore it anyway);
* ``docs_dir``/``site_dir``/``custom_dir`` point into ``DIR``;
* the Material search overrides are left out (:data:`MATERIAL_ONLY_OVERRIDES`): they patch
  Material's lunr worker, which Zensical does not have, and with them Zensical's search never
  leaves "Đang chuẩn bị tìm kiếm". Zensical's own search is used instead (see the README's
  migration section for what it does not fold).

Zensical imports ``generator.vietnamese.slugify`` (mkdocs.yml's heading ids), so it runs with
this package importable (installed, or the repository on ``PYTHONPATH``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

MATERIAL_ONLY_OVERRIDES = ("partials/search.html", "assets/javascripts/lunr", "partials/header.html")
"""Overrides of Material internals (relative to the overrides folder): its search, and its header
partial (a copy of Material 9.8.2's with the agency line; Zensical's header has its own search button)."""

DROPPED_PLUGINS = frozenset({"thiduua"})
ZENSICAL_VERSION = "0.0.73"
"""The Zensical the CI builds with (newer releases need a package this registry lacks)."""


class PythonName(str):
    """A ``!!python/name:module.attr`` value of mkdocs.yml, written back unchanged."""


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_PYTHON_NAME = "tag:yaml.org,2002:python/name:"
_Loader.add_multi_constructor(_PYTHON_NAME, lambda loader, suffix, node: PythonName(suffix))
_Dumper.add_representer(PythonName, lambda dumper, value: dumper.represent_scalar(_PYTHON_NAME + str(value), ""))


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml as data; a SafeLoader that also keeps ``!!python/name:`` values (as :class:`PythonName`)."""
    data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    return data if isinstance(data, dict) else {}


def zensical_config(config_file: Path, site_url: str | None = None) -> dict[str, Any]:
    """mkdocs.yml as Zensical should read it for a generated tree in the project folder;
    ``site_url`` (``--site-url``) wins over mkdocs.yml's, as for ``thiduua build``."""
    config = read_config(config_file)
    if site_url is not None:
        config["site_url"] = site_url
    config["docs_dir"] = "docs"
    config["site_dir"] = "site"
    theme = config.setdefault("theme", {})
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = "overrides"
    plugins = config.get("plugins") or []
    config["plugins"] = [p for p in plugins if _plugin_name(p) not in DROPPED_PLUGINS]
    return config


def _plugin_name(entry: object) -> str:
    return entry if isinstance(entry, str) else next(iter(entry)) if isinstance(entry, dict) and entry else ""


def write_project(config_file: Path, project: Path, site_url: str | None = None) -> None:
    """``mkdocs.yml`` and ``overrides/`` of the Zensical project in ``project`` (``docs/`` is written by the caller)."""
    config = zensical_config(config_file, site_url)
    custom_dir = (read_config(config_file).get("theme") or {}).get("custom_dir")
    overrides = project / "overrides"
    shutil.rmtree(overrides, ignore_errors=True)
    if custom_dir:
        source = (config_file.parent / custom_dir).resolve()
        shutil.copytree(source, overrides, ignore=_material_only(source))
    header = "# Sinh bởi 'thiduua generate --zensical' từ mkdocs.yml; đừng sửa tay: sửa mkdocs.yml.\n"
    text = yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False)
    (project / "mkdocs.yml").write_text(header + text, encoding="utf-8", newline="\n")


def _material_only(root: Path) -> Callable[[str, list[str]], set[str]]:
    """A ``copytree`` ignore function that skips :data:`MATERIAL_ONLY_OVERRIDES`."""
    skipped = {(root / part).resolve() for part in MATERIAL_ONLY_OVERRIDES}

    def ignore(folder: str, names: list[str]) -> set[str]:
        return {name for name in names if (Path(folder) / name).resolve() in skipped}

    return ignore
