"""Repetisjon: the page with `<!-- repetisjon -->` practises the modules' questions again.

Each module page's questions, as that page has them, go into a file of their own next to the
Repetisjon page, which fetches them when they are due (hooks/course/repetition.py says why).
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url, write_file

from course import markers, mkdocsquiz, preview, repetition
from course.assets import Asset

from quizzes import QUIZ_ASSETS, QUIZ_HTML, course_of

BUILD = "tip_repetition"  # kept on the build's config: no module state


@dataclass
class _Build:
    page: str | None  # the Repetisjon page: its source ("repetisjon.md") ...
    url: str  # ... its address in the site ("repetisjon/")
    folder: str  # where the questions' files go ("repetisjon/sporsmal")
    wanted: dict[str, list[str]]  # module page -> the DOM ids of the questions it gives
    files: list[Asset]


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    course = course_of(config)
    modules = [p.file.src_uri for p in nav.pages if course.pages[p.file.src_uri].module_id]
    practice = course.repetition_page()
    file = files.get_file_from_path(practice.src) if practice else None
    wanted: dict[str, list[str]] = {}
    if file is not None:
        for q in repetition.questions(course, modules):
            wanted.setdefault(q.page, []).append(q.placed.dom_id)
    folder = posixpath.join(posixpath.dirname(file.dest_uri), repetition.FOLDER) if file else ""
    config[BUILD] = _Build(
        file.src_uri if file else None, file.url if file else "", folder, wanted, []
    )
    return nav


@mkdocs.plugins.event_priority(50)  # with quizzes.py: before mkdocs-quiz
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    build: _Build = config[BUILD]
    if page.file.src_uri != build.page:
        return markdown
    course = course_of(config)
    days = course.settings.repetition_days
    missing = preview.missing_sentence(course.left_out, course.held_back)
    if build.wanted:  # mkdocs-quiz's stylesheet and scripts, without its progress sidebar
        page.meta["quiz"] = {"enabled": True, "show_progress": False}
        script = mkdocsquiz.script_asset(config[QUIZ_ASSETS])
        if script is None:
            raise PluginError(
                f"{page.file.src_uri}: mkdocs-quiz's script is missing; is mkdocs-quiz enabled?"
            )
        text = repetition.page_markdown(
            days,
            get_relative_url(build.folder + "/", page.url),
            get_relative_url(script.path, page.url),
            course.words,
        )
    else:
        text = repetition.page_markdown(days, words=course.words)
    if missing:  # only in the preview, while some questions are left out
        text = f'!!! warning "Forhåndsvisning"\n\n    {missing}\n\n{text}'
    return markers.replace(markdown, lambda found: text if found.kind == "repetisjon" else None)


@mkdocs.plugins.event_priority(-60)  # after quizzes.py has given the questions their ids
def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    build: _Build = config[BUILD]
    src = page.file.src_uri
    if src in build.wanted:
        try:
            build.files += repetition.question_files(
                page.meta.get(QUIZ_HTML, {}), build.wanted[src], build.folder, page.url, build.url
            )
        except ValueError as err:
            raise PluginError(f"{src}: {err}") from err
    return html


def on_post_build(config: MkDocsConfig) -> None:
    build: _Build = config[BUILD]
    expected = sum(len(ids) for ids in build.wanted.values())
    if len(build.files) != expected:
        raise PluginError(f"Repetisjon: {expected} questions to practise, {len(build.files)} found")
    for file in build.files:
        write_file(file.content.encode("utf-8"), os.path.join(config.site_dir, file.path))
