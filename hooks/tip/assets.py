"""The course's own stylesheets and scripts (docs/assets/css/, docs/assets/js/) under names that
carry a hash of their content, as Material's and mkdocs-quiz's files have: store.3f2a9c1b7e.js.

A browser may then keep them for a year (deploy/nginx.conf) and asks for none of them again on
the next page; a changed file gets a new name, so nobody runs an old copy. Pages refer to them
through extra_css and extra_javascript (rewritten here) and through tip_asset() in templates.

The files only a few pages use (PAGE_ASSETS) are left out of mkdocs.yml: a page gets them when it
has the element they work on, so every other page goes without (`make bench`: page weight).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from course import text
from course.assets import served_asset
from course.editions import ASSETS, Edition

FOLDERS = ("assets/css/", "assets/js/")

# The element a page's content has (as the Markdown renders it) -> the files it needs.
PAGE_ASSETS = {
    'id="tip-certificate"': ("assets/js/certificate.js",),
    'class="tip-my-data"': ("assets/js/data.js",),
    # "Tildel moduler" prints the conversation guides the way the guides' own pages do
    'id="tip-tildel"': ("assets/js/samtale.js", "assets/css/samtale.css", "assets/js/tildel.js"),
    'class="tip-samtale"': ("assets/js/samtale.js", "assets/css/samtale.css"),  # course/guides.py
    'id="tip-repetition"': (
        "assets/css/repetition.css",
        "assets/js/quiz-verdict.js",
        "assets/js/repetition-page.js",
    ),
    'class="tip-quiz-verdict': ("assets/js/quiz-verdict.js",),  # course/mkdocsquiz.py
}


def hash_assets(files: Files, config: MkDocsConfig, edition: Edition) -> dict[str, str]:
    """Our files minified, under hashed names, the edition's words script among them (as
    course/assets.py serves them); the names."""
    names: dict[str, str] = {}
    folder, _, name = text.SCRIPT.rpartition("/")
    words = served_asset(folder, name, text.ui_script(edition.language))
    names[text.SCRIPT] = words.path
    files.append(File.generated(config, words.path, content=words.content))
    for file in [f for f in files if f.src_uri.startswith(FOLDERS) and f.abs_src_path]:
        folder, _, name = file.src_uri.rpartition("/")
        served = served_asset(folder, name, file.content_string)
        names[file.src_uri] = served.path
        files.remove(file)
        files.append(File.generated(config, served.path, content=served.content))
    # text.SCRIPT is not in extra_javascript: overrides/main.html loads it first, in <head>.
    config.extra_css = [names.get(path, path) for path in config.extra_css]
    config.extra_javascript = [_renamed(script, names) for script in config.extra_javascript]
    return names


def _renamed(script: str | ExtraScriptValue, names: dict[str, str]) -> str | ExtraScriptValue:
    if isinstance(script, str):
        return names.get(script, script)
    script.path = names.get(script.path, script.path)  # an entry with type, defer or async
    return script


def page_assets(html: str) -> list[str]:
    """The files only some pages use that this page's content needs (PAGE_ASSETS)."""
    needed = [path for element, paths in PAGE_ASSETS.items() if element in html for path in paths]
    return list(dict.fromkeys(needed))


def add_source_assets(files: Files, config: MkDocsConfig, docs: str) -> None:
    """A translation's build serves the source edition's stylesheets and scripts: one copy
    (docs: the source edition's docs folder; course/editions.py ASSETS)."""
    for path in sorted((Path(docs) / ASSETS).rglob("*")):
        if path.is_file():
            src = path.relative_to(docs).as_posix()
            files.append(File(src, docs, config.site_dir, config.use_directory_urls))
