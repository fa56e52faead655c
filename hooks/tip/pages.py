"""What the build does to each page, step by step, in the order the lists below give.

MARKDOWN runs before mkdocs-quiz reads the page (it writes the quiz Markdown mkdocs-quiz turns
into HTML); BEFORE_QUIZ_HTML runs on the page's HTML while each knowledge check is still one
placeholder, AFTER_QUIZ_HTML once mkdocs-quiz has written them. plugin.py runs the lists at
those three moments. A step takes the page and its text and gives the text back.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from course import blocks, glossary, preview, render
from course.dates import norwegian_date
from course.model import Page as SourcePage
from course.model import Term

from . import assets, quizzes, repetition
from .build import Build


@dataclass(frozen=True)
class PageBuild:
    build: Build
    page: Page  # MkDocs' page
    source: SourcePage  # the course's page: front matter and markers, checked
    files: Files

    def href(self, src: str) -> str:
        """A link from this page to another page of the edition ("" when it is not built)."""
        file = self.files.get_file_from_path(src)
        return get_relative_url(file.url, self.page.url) if file else ""


Step = Callable[[PageBuild, str], str]
_TITLE = re.compile(r"^# .*$", re.M)


def quiz_page(p: PageBuild, markdown: str) -> str:
    """mkdocs-quiz works only on the pages that say so."""
    if any(p.build.course.placed_on(p.source)):
        p.page.meta["quiz"] = {"enabled": True}
    return markdown


def module_intro(p: PageBuild, markdown: str) -> str:
    """A module's time, target group and learning goals, and the learner's status, under the
    title."""
    source = p.source
    intro = render.module_intro_markdown(source, p.build.course.words)
    title = _TITLE.search(markdown)
    if not intro or not title:
        return markdown
    if source.module_id:
        module = html.escape(source.module_id)
        intro += (
            f'\n\n<p class="tip-module-status" data-tip-module="{module}" aria-live="polite"></p>\n'
        )
    return f"{markdown[: title.end()]}\n\n{intro}\n{markdown[title.end() :]}"


def marker_blocks(p: PageBuild, markdown: str) -> str:
    """Every marker, by the table in course/blocks.py."""
    ctx = blocks.Context(
        p.build.course,
        p.source,
        p.page.url,
        p.href,
        p.build.reading_order,
        repetition.links(p.build, p.page),
    )
    return blocks.render_markers(ctx, markdown)


def reflections_last(p: PageBuild, markdown: str) -> str:
    """A page's reflection checklist comes last when no marker places it."""
    if not p.source.reflections or p.source.reflections_marker is not None:
        return markdown
    return markdown.rstrip("\n") + "\n\n" + blocks.reflections_block(p.build.course, p.source)


def held_back(p: PageBuild, markdown: str) -> str:
    """In the preview, a page with problems is plain Markdown: its markers stay HTML comments."""
    return preview.held_back_markdown(markdown)


def last_changed(p: PageBuild, markdown: str) -> str:
    """«Sist endret 23. november 2026» under the page (Material's source-file partial), from git;
    outside a git checkout, or without git, no date."""
    date = p.build.last_changed.get(p.page.file.src_uri)
    if date:
        p.page.meta["revision_date"] = p.build.course.words(
            "page.last-changed", date=norwegian_date(date)
        )
    return markdown


EXPLAINED = ("moduler/", "ledere/")  # the pages whose first uses of a term are explained


def explain_terms(p: PageBuild, content: str) -> str:
    """The first use of each ordliste term on a module or leader page, linked to its entry and
    explained on hover and focus. Before mkdocs-quiz writes the knowledge checks' HTML: each is
    one placeholder then, with no word to explain, and there is half as much HTML to read."""
    if not p.page.file.src_uri.startswith(EXPLAINED):
        return content
    ordliste = next((page for page in p.build.course.pages.values() if page.terms), None)
    if ordliste is None or p.files.get_file_from_path(ordliste.src) is None:
        return content
    to_ordliste = p.href(ordliste.src)

    def href(term: Term) -> str:
        return to_ordliste + "#" + term.anchor

    return glossary.explain_first_uses(content, ordliste.terms, href)


def quiz_html(p: PageBuild, content: str) -> str:
    if not p.page.meta.get("quiz"):  # also the Repetisjon page, which has no questions itself
        return content
    return quizzes.quiz_content(p.build, content, p.page)


def practice_files(p: PageBuild, content: str) -> str:
    repetition.collect(p.build, p.page)
    return content


def page_assets(p: PageBuild, content: str) -> str:
    """The files only this page needs, for overrides/main.html (tip_page_assets)."""
    names = [p.build.asset(path) for path in assets.page_assets(content)]
    p.build.page_assets[p.page.file.src_uri] = names
    return content


MARKDOWN: tuple[Step, ...] = (
    quiz_page,
    module_intro,
    marker_blocks,
    reflections_last,
    last_changed,
)
HELD_BACK: tuple[Step, ...] = (held_back, last_changed)
BEFORE_QUIZ_HTML: tuple[Step, ...] = (explain_terms,)
AFTER_QUIZ_HTML: tuple[Step, ...] = (quiz_html, practice_files, page_assets)


def run(steps: tuple[Step, ...], p: PageBuild, text: str) -> str:
    for step in steps:
        text = step(p, text)
    return text
