"""The front page's way into the course: the «Start kurset» button (`<!-- continue -->`) and the
module cards (`<!-- modules -->`), made from the modules' front matter in reading order (the nav),
so that they never drift from the modules. Without JavaScript they are a plain list of links;
docs/assets/js/home.js adds status, progress, deadlines and «Fortsett»."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from course import markers, render
from course.model import Page as SourcePage

from quizzes import course_of

READING_ORDER = "tip_reading_order"  # the nav's pages, kept on the build's config: no module state
KINDS = ("continue", "modules")


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    config[READING_ORDER] = [page.file.src_uri for page in nav.pages]
    return nav


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, files: Files, **kwargs: object
) -> str:
    if not any(found.kind in KINDS for found in markers.find(markdown)):
        return markdown
    course = course_of(config)

    def href(module: SourcePage) -> str:
        file = files.get_file_from_path(module.src)
        return get_relative_url(file.url, page.url) if file else ""

    modules = render.module_links(course.modules_in(config[READING_ORDER]), href)

    def block(found: markers.Found) -> str | None:
        if found.kind == "modules":
            return render.module_cards_html(modules, course.words)
        if found.kind == "continue":
            return render.continue_html(modules[0] if modules else None, course.words)
        return None

    return markers.replace(markdown, block)
