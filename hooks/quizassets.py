"""mkdocs-quiz, cheaper per page: its CSS and JavaScript become files a browser caches; its
translation file is read once per build and its Markdown converter made once per page, not
once per quiz."""
from __future__ import annotations

from importlib.resources import files as package_files
from typing import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from course.assets import Asset, externalize, hashed_asset, plain_paragraph

ASSETS_KEY = "tip_quiz_assets"  # kept on the build's config: no module state


def quiz_assets(confetti: bool) -> list[Asset]:
    """mkdocs-quiz's stylesheet and scripts, read from the installed package, in page order."""
    package = package_files("mkdocs_quiz")
    sources = {"quiz.css": "css/quiz.css", "confetti.js": "js/vendor/js-confetti.browser.js", "quiz.js": "js/quiz.js"}
    if not confetti:
        del sources["confetti.js"]
    return [hashed_asset("assets/quiz", name, (package / path).read_text(encoding="utf-8")) for name, path in sources.items()]


def remember(quiz: BasePlugin, method: str, key: Callable[[Page], object]) -> None:
    """mkdocs-quiz calls `method(page, ...)` for every quiz on a page; let it run again only when
    key(page) changes. What it returns is only read (the translations) or reset before each use
    (the Markdown converter)."""
    compute = getattr(type(quiz), method, None)
    if compute is None:  # another mkdocs-quiz version: tests/build/test_quizassets.py will say so
        return
    last: list[tuple[object, object]] = []

    def remembered(page: Page, *args: object) -> object:
        if not last or last[0][0] != key(page):
            last[:] = [(key(page), compute(quiz, page, *args))]
        return last[0][1]

    setattr(quiz, method, remembered)


def skip_plain_conversions(quiz: BasePlugin) -> None:
    """mkdocs-quiz runs the Markdown converter once per question, option and feedback; a plain
    line of text gets the converter's exact output without it (tests/unit/test_assets.py)."""
    convert = getattr(type(quiz), "_convert_fragment_markdown", None)
    if convert is None:  # another mkdocs-quiz version: tests/build/test_quizassets.py will say so
        return

    def converted(text: str, *args: object, **kwargs: object) -> str:
        return plain_paragraph(text) or convert(quiz, text, *args, **kwargs)

    setattr(quiz, "_convert_fragment_markdown", converted)


def quiz_language(page: Page) -> object:
    meta = page.meta.get("quiz")
    return meta.get("language") if isinstance(meta, dict) else None


def on_config(config: MkDocsConfig) -> None:
    quiz = config.plugins.get("mkdocs_quiz")
    config[ASSETS_KEY] = quiz_assets(bool(quiz.config.get("confetti", True))) if quiz else []
    if quiz:
        per_page = bool(quiz.config.get("language_patterns")) or bool(config.extra.get("alternate"))
        remember(quiz, "_get_translation_manager", lambda page: (page.file.src_uri if per_page else "", quiz_language(page)))
        remember(quiz, "_create_fragment_markdown", lambda page: page.file.src_uri)
        skip_plain_conversions(quiz)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for asset in config[ASSETS_KEY]:
        files.append(File.generated(config, asset.path, content=asset.content))
    return files


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if not page.meta.get("quiz"):  # the same test as overrides/main.html's quiz set-up
        return output
    output, missing = externalize(output, config[ASSETS_KEY], lambda path: get_relative_url(path, page.url))
    if missing:
        raise PluginError(f"{page.file.src_uri}: no inline copy of {', '.join(missing)} from mkdocs-quiz; update hooks/quizassets.py for this mkdocs-quiz version")
    return output
