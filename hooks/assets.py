"""The course's own stylesheets and scripts (docs/assets/css/, docs/assets/js/) under names that
carry a hash of their content, as Material's and mkdocs-quiz's files do: store.3f2a9c1b7e.js.

A browser may then keep them for a year (deploy/nginx.conf) and asks for none of them again on
the next page; a changed file gets a new name, so nobody runs an old copy. Pages refer to them
through extra_css and extra_javascript (rewritten here) and through tip_asset() in templates.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from course.assets import hashed_asset

NAMES_KEY = "tip_asset_names"  # kept on the build's config: no module state
FOLDERS = ("assets/css", "assets/js")


def asset_names(docs: Path) -> dict[str, str]:
    """{"assets/js/store.js": "assets/js/store.3f2a9c1b7e.js", ...} for the files in FOLDERS."""
    names = {}
    for folder in FOLDERS:
        for path in sorted((docs / folder).glob("*.*")):
            names[f"{folder}/{path.name}"] = hashed_asset(folder, path.name, path.read_text(encoding="utf-8")).path
    return names


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    names = asset_names(Path(config.docs_dir))
    config[NAMES_KEY] = names
    config.extra_css = [names.get(path, path) for path in config.extra_css]
    config.extra_javascript = [names.get(str(script), script) if isinstance(script, str) else _renamed(script, names) for script in config.extra_javascript]
    return config


def _renamed(script: Any, names: dict[str, str]) -> Any:
    script.path = names.get(script.path, script.path)  # an entry with type, defer or async
    return script


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, hashed in config[NAMES_KEY].items():
        file = files.get_file_from_path(path)
        if file is not None:
            files.remove(file)
            files.append(File.generated(config, hashed, abs_src_path=file.abs_src_path))
    return files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    names = config[NAMES_KEY]
    env.globals["tip_asset"] = lambda path: names.get(path, path)
    return env
