"""Read and check the whole course once per build; put the knowledge checks on the pages.

A page places quiz questions with `<!-- quiz: bank-id -->`; mkdocs-quiz turns the Markdown
written here into HTML, and the course's changes to that HTML (hooks/course/mkdocsquiz.py) give
every question and option a stable id, keep answers out of the search, and move mkdocs-quiz's
inline CSS and JavaScript into cacheable files. The other hooks get the course from course_of().
"""

from __future__ import annotations

from pathlib import Path

import mkdocs.plugins
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from course import editions, markers, mkdocsquiz, preview, render
from course.course import Course, load_editions
from course.errors import report
from course.rules import ADVICE
from course.text import say

log = mkdocs.plugins.get_plugin_logger(__name__)
COURSE = "tip_course"  # the build's course, kept on its config: no module state
PROBLEMS = "tip_problems"  # every problem and piece of advice, for the preview's banner
QUIZ_ASSETS = "tip_quiz_assets"
QUIZ_HTML = "tip_quiz_html"  # page.meta: each quiz's final HTML by its DOM id (for repetition.py)


def course_of(config: MkDocsConfig) -> Course:
    course: Course = config[COURSE]
    return course


def on_config(config: MkDocsConfig) -> None:
    problem = mkdocsquiz.version_problem()
    if problem:
        raise PluginError(problem)
    quiz = config.plugins.get("mkdocs_quiz")  # without it, a page with a quiz stops the build
    config[QUIZ_ASSETS] = (
        mkdocsquiz.quiz_assets(bool(quiz.config.get("confetti", True))) if quiz else []
    )


def on_pre_build(config: MkDocsConfig) -> None:
    """Both editions are read and checked in either's build: a change to a Bokmål bank is a
    problem in the Nynorsk one too, until it is translated (course/parity.py)."""
    editions = load_editions(Path(config.config_file_path).parent)
    course = editions.courses.get(config.theme.get("language", ""), editions.source)
    problems = editions.problems
    fatal = [p for p in problems if not p.warning]
    if fatal and not preview.in_preview():
        raise PluginError(say("check.build-failed") + "\n" + report(fatal, editions.files))
    for problem in problems:
        # Advice is for `make check`; the preview shows every problem in its banner.
        if problem.rule in ADVICE or problem in fatal or preview.in_preview():
            log.info(problem.format())
        else:
            log.warning(problem.format())
    # The preview builds every page anyway: without the banks and pages that have problems.
    config[COURSE] = course.for_preview(fatal) if fatal else course
    config[PROBLEMS] = problems


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if course_of(config).edition is not editions.SOURCE:  # first, for the hooks after this one
        _add_source_assets(files, config)
    for asset in config[QUIZ_ASSETS]:
        files.append(File.generated(config, asset.served.path, content=asset.served.content))
    return files


def _add_source_assets(files: Files, config: MkDocsConfig) -> None:
    """A translation's build serves the source edition's stylesheets and scripts: one copy."""
    docs = editions.SOURCE.docs_dir(Path(config.config_file_path).parent)
    for path in sorted((docs / editions.ASSETS).rglob("*")):
        if path.is_file():
            src = path.relative_to(docs).as_posix()
            files.append(File(src, str(docs), config.site_dir, config.use_directory_urls))


@mkdocs.plugins.event_priority(50)  # before mkdocs-quiz turns <quiz> blocks into HTML
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    course = course_of(config)
    source = course.pages[page.file.src_uri]
    if source.src in course.held_back:
        return preview.held_back_markdown(markdown)
    if not source.markers:
        return markdown
    placed = iter(course.placed_on(source))
    if any(course.placed_on(source)):
        page.meta["quiz"] = {"enabled": True}  # mkdocs-quiz works only on these pages
    first = mkdocsquiz.INTRO + "\n\n"  # before the page's first question only
    if source.module_id:  # a module's knowledge check: the first answer counts
        first += render.first_answer_html(course.words) + "\n\n"
    intro = [first]
    left = [len(source.markers)]

    def quizzes(found: markers.Found) -> str | None:
        if found.kind != "quiz":
            return None
        questions = next(placed)
        left[0] -= 1
        after = (
            "\n\n" + render.attempt_html(source.module_id)
            if source.module_id and not left[0]
            else ""
        )
        if not questions:  # the preview left the bank out
            return preview.left_out_sentence(found.args[0]) + after
        before = intro.pop() if intro else ""
        return before + render.quizzes_markdown(questions) + after

    return markers.replace(markdown, quizzes)


@mkdocs.plugins.event_priority(-50)  # after mkdocs-quiz has written the quiz HTML
def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    course = course_of(config)
    placed = [q for marker in course.placed_on(course.pages[page.file.src_uri]) for q in marker]
    if not page.meta.get("quiz"):  # also the Repetisjon page (repetition.py), with no questions
        return html
    quiz = config.plugins.get("mkdocs_quiz")
    boxes = bool(quiz and quiz.config.get("show_progress", True))
    assets: list[mkdocsquiz.QuizAsset] = config[QUIZ_ASSETS]
    done = mkdocsquiz.quiz_content(
        html,
        placed,
        assets,
        lambda path: get_relative_url(path, page.url),
        progress_boxes=boxes,
        words=course.words,
    )
    if done.found != len(placed):
        raise PluginError(
            f"{page.file.src_uri}: expected {len(placed)} quiz questions in the HTML, found {done.found}; is mkdocs-quiz enabled?"
        )
    if done.missing:
        raise PluginError(
            f"{page.file.src_uri}: no inline copy of {', '.join(done.missing)} from mkdocs-quiz; "
            "update hooks/course/mkdocsquiz.py for this mkdocs-quiz version"
        )
    page.meta[QUIZ_HTML] = done.quizzes
    return done.html


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """overrides/main.html links mkdocs-quiz's stylesheet on quiz pages, at the end of <head>."""
    env.globals["tip_quiz_styles"] = [
        a.served.path for a in config[QUIZ_ASSETS] if a.served.is_style
    ]
    return env
