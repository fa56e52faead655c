"""Turn a page's front-matter reflection prompts into a checklist with private notes."""

from __future__ import annotations

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from course import markers, render

from quizzes import course_of


@mkdocs.plugins.event_priority(40)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    course = course_of(config)
    source = course.pages[page.file.src_uri]
    if source.src in course.held_back:  # the preview builds it as plain Markdown
        return markdown
    if not source.reflections:
        return markdown
    heading = course.words("page.reflections-heading")
    block = f"## {heading}\n\n" + render.reflections_html(source, course.words) + "\n"
    if source.reflections_marker is None:
        return markdown.rstrip("\n") + "\n\n" + block
    return markers.replace(markdown, lambda found: block if found.kind == "reflections" else None)
