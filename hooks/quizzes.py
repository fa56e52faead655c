"""Load and check every quiz bank and page once per build; place quizzes at their markers."""
from __future__ import annotations

from pathlib import Path

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from course import render
from course.errors import report
from course.model import PlacedQuestion
from course.validate import CONFIG_KEY, course_of, load_course, placed_questions

log = mkdocs.plugins.get_plugin_logger(__name__)


def on_pre_build(config: MkDocsConfig) -> None:
    root = Path(config.config_file_path).parent
    course, problems = load_course(root, Path(config.docs_dir), root / "quizzes")
    if any(not p.warning for p in problems):
        raise PluginError("The course has problems to fix:\n" + report(problems, course.files, "files"))
    for problem in problems:
        log.warning(problem.format())
    config[CONFIG_KEY] = course


def placed_on(page: Page, config: MkDocsConfig) -> list[list[PlacedQuestion]]:
    course = course_of(config)
    source = course.pages[page.file.src_uri]
    return [placed_questions(m.questions, course.banks[m.bank]) for m in source.markers]


@mkdocs.plugins.event_priority(50)  # before mkdocs-quiz turns <quiz> blocks into HTML
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    per_marker = placed_on(page, config)
    if not per_marker:
        return markdown
    page.meta["quiz"] = {"enabled": True}  # mkdocs-quiz adds its assets only to these pages
    return render.replace_markers(markdown, lambda n: render.quizzes_markdown(per_marker[n]), "")


@mkdocs.plugins.event_priority(-50)  # after mkdocs-quiz has written the quiz HTML
def on_page_content(html: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    placed = [q for marker in placed_on(page, config) for q in marker]
    if not placed:
        return html
    html, found = render.stable_quiz_html(html, placed)
    if found != len(placed):
        raise PluginError(f"{page.file.src_uri}: expected {len(placed)} quiz questions in the HTML, found {found}; is mkdocs-quiz enabled?")
    return html
