"""The ordliste (docs/ordliste.md): its list of terms, and the first use of each term on the
module and leader pages, linked to its entry and explained on hover and focus."""

from __future__ import annotations

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from course import glossary, markers
from course.model import Term

from quizzes import course_of

EXPLAINED = ("moduler/", "ledere/")  # the pages whose first uses of a term are explained


@mkdocs.plugins.event_priority(40)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    source = course_of(config).pages[page.file.src_uri]
    if not source.terms:
        return markdown
    listing = glossary.glossary_markdown(source.terms)
    return markers.replace(markdown, lambda found: listing if found.kind == "ordliste" else None)


# Before mkdocs-quiz writes the knowledge checks' HTML: each is one placeholder then, with no word
# to explain, and there is half as much HTML to read.
@mkdocs.plugins.event_priority(10)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not page.file.src_uri.startswith(EXPLAINED):
        return html
    course = course_of(config)
    ordliste = next((p for p in course.pages.values() if p.terms), None)
    target = files.get_file_from_path(ordliste.src) if ordliste else None
    if ordliste is None or target is None:
        return html

    def href(term: Term) -> str:
        return get_relative_url(target.url, page.url) + "#" + term.anchor

    return glossary.explain_first_uses(html, ordliste.terms, href)
