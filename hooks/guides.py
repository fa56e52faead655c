"""Show a conversation guide's ground rules and agenda where the page has `<!-- samtale -->`.

The phases come from the guide's front matter, read and checked with the rest of the course
(hooks/quizzes.py); hooks/course/guides.py writes them. The same HTML is what the guide prints
and what its meeting view («Start samtalen», docs/assets/js/samtale.js) shows.
"""

from __future__ import annotations

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from course import guides, markers

from quizzes import course_of


@mkdocs.plugins.event_priority(40)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    course = course_of(config)
    guide = course.pages[page.file.src_uri].guide
    if (
        page.file.src_uri in course.held_back
        or guide is None
        or guide.marker is None
        or not guide.phases
    ):
        return markdown
    block = guides.guide_markdown(guide, course_of(config).words)
    return markers.replace(markdown, lambda found: block if found.kind == "samtale" else None)
