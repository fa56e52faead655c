"""Repetisjon: the page with `<!-- repetisjon -->` practises every module's questions again.

The questions are placed there as on a module page, then moved into one file per module that the
page's script fetches when the learner gets to them (hooks/course/repetition.py says why).
"""

from __future__ import annotations

import os
import posixpath

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url, write_file

from course import markers, mkdocsquiz, repetition

from quizzes import QUIZ_ASSETS, course_of

MODULES = "tip_repetition_modules"  # kept on the build's config: no module state
FILES = "tip_repetition_files"


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    course = course_of(config)
    config[MODULES] = [p.file.src_uri for p in nav.pages if course.pages[p.file.src_uri].module_id]
    config[FILES] = []
    return nav


def _practised(page: Page, config: MkDocsConfig) -> list[repetition.Practised] | None:
    course = course_of(config)
    if course.pages[page.file.src_uri].repetition_marker is None:
        return None
    return repetition.questions(course, config[MODULES])


@mkdocs.plugins.event_priority(50)  # before mkdocs-quiz turns <quiz> blocks into HTML
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    practised = _practised(page, config)
    if practised is None:
        return markdown
    if practised:  # mkdocs-quiz on this page, without its progress sidebar
        page.meta["quiz"] = {"enabled": True, "show_progress": False}
    page.meta["repetition"] = True  # overrides/main.html loads the page's script and stylesheet
    text = repetition.page_markdown(practised, course_of(config).settings.repetition_days)
    return markers.replace(markdown, lambda found: text if found.kind == "repetisjon" else None)


@mkdocs.plugins.event_priority(-50)  # after mkdocs-quiz has written the quiz HTML
def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    practised = _practised(page, config)
    if not practised:
        return html
    html, found = mkdocsquiz.stable_quiz_html(html, [p.placed for p in practised])
    script = mkdocsquiz.script_asset(config[QUIZ_ASSETS])
    if found != len(practised) or script is None:
        raise PluginError(
            f"{page.file.src_uri}: expected {len(practised)} quiz questions and mkdocs-quiz's "
            f"script, found {found} questions; is mkdocs-quiz enabled?"
        )
    folder = posixpath.join(posixpath.dirname(page.file.dest_uri), "sporsmal")
    try:
        html, files = repetition.split(
            html,
            practised,
            folder,
            lambda path: get_relative_url(path, page.url),
            get_relative_url(script.path, page.url),
        )
    except ValueError as err:
        raise PluginError(f"{page.file.src_uri}: {err}") from err
    config[FILES].extend(files)
    return html


def on_post_build(config: MkDocsConfig) -> None:
    for file in config[FILES]:
        write_file(file.content.encode("utf-8"), os.path.join(config.site_dir, file.path))
