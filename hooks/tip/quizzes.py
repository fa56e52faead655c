"""The course, read and checked once per build, and its knowledge checks on the pages.

A page places quiz questions with `<!-- quiz: bank-id -->` (course/blocks.py writes them as
mkdocs-quiz's Markdown); mkdocs-quiz turns that into HTML, and the course's changes to that HTML
(course/mkdocsquiz.py) give every question and option a stable id, keep answers out of the
search, and move mkdocs-quiz's inline CSS and JavaScript into cacheable files.
"""

from __future__ import annotations

from pathlib import Path

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from course import mkdocsquiz, preview
from course.course import Course, load_editions
from course.errors import Problem, report
from course.text import say

from .build import Build

log = mkdocs.plugins.get_plugin_logger(__name__)


def quiz_settings(config: MkDocsConfig) -> tuple[list[mkdocsquiz.QuizAsset], bool]:
    """mkdocs-quiz's inline CSS and JavaScript as files, and whether it shows its progress
    boxes. Without mkdocs-quiz, a page with a quiz stops the build (quiz_content)."""
    problem = mkdocsquiz.version_problem()
    if problem:
        raise PluginError(problem)
    quiz = config.plugins.get("mkdocs_quiz")
    if quiz is None:
        return [], False
    assets = mkdocsquiz.quiz_assets(bool(quiz.config.get("confetti", True)))
    return assets, bool(quiz.config.get("show_progress", True))


def checked_course(config: MkDocsConfig) -> tuple[Course, list[Problem]]:
    """This edition's course, and every problem of both editions: a change to a Bokmål bank is a
    problem in the Nynorsk one too, until it is translated (course/parity.py). The preview builds
    every page anyway: without the banks and pages that have problems."""
    editions = load_editions(Path(config.config_file_path).parent)
    course = editions.courses.get(config.theme.get("language", ""), editions.source)
    problems = editions.problems
    fatal = [p for p in problems if not p.warning]
    if fatal and not preview.in_preview():
        raise PluginError(say("check.build-failed") + "\n" + report(fatal, editions.files))
    for problem in problems:
        # Advice is for `make check`; the preview shows every problem in its banner.
        if problem.advice or problem in fatal or preview.in_preview():
            log.info(problem.format())
        else:
            log.warning(problem.format())
    return (course.for_preview(fatal) if fatal else course), problems


def quiz_content(build: Build, html: str, page: Page) -> str:
    """mkdocs-quiz's HTML of a page's questions, as the course needs it (course/mkdocsquiz.py)."""
    course = build.course
    src = page.file.src_uri
    placed = [q for marker in course.placed_on(course.pages[src]) for q in marker]
    done = mkdocsquiz.quiz_content(
        html,
        placed,
        build.quiz_assets,
        lambda path: get_relative_url(path, page.url),
        progress_boxes=build.progress_boxes,
        words=course.words,
    )
    if done.found != len(placed):
        raise PluginError(
            f"{src}: expected {len(placed)} quiz questions in the HTML, found {done.found}; is mkdocs-quiz enabled?"
        )
    if done.missing:
        raise PluginError(
            f"{src}: no inline copy of {', '.join(done.missing)} from mkdocs-quiz; "
            "update hooks/course/mkdocsquiz.py for this mkdocs-quiz version"
        )
    build.quiz_html[src] = done.quizzes
    return done.html
