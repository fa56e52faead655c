"""Show a module's time, target group, learning goals and the learner's status under the title."""

from __future__ import annotations

import html
import re

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from course import render

from quizzes import course_of

_TITLE = re.compile(r"^# .*$", re.M)


@mkdocs.plugins.event_priority(40)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    course = course_of(config)
    source = course.pages[page.file.src_uri]
    if source.src in course.held_back:  # the preview builds it as plain Markdown
        return markdown
    intro = render.module_intro_markdown(source, course.words)
    title = _TITLE.search(markdown)
    if not intro or not title:
        return markdown
    if source.module_id:
        intro += f'\n\n<p class="tip-module-status" data-tip-module="{html.escape(source.module_id)}" aria-live="polite"></p>\n'
    return f"{markdown[: title.end()]}\n\n{intro}\n{markdown[title.end() :]}"
