"""What each marker in a page becomes: the one table of marker kinds (course/markers.py finds
them), with the renderer that writes its block, the Page field the loader fills from it, and the
line the editor guide says about it.

The build (hooks/tip/) replaces every marker of a page in one pass through `render_markers`; a
kind without an entry here stops the build. Adding a marker kind touches this table, its
renderer and its test (tests/unit/test_blocks.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import editions, glossary, guides, markers, mkdocsquiz, preview, render, repetition, storage
from .course import Course
from .model import Page, PlacedQuestion


@dataclass(frozen=True)
class Links:
    """Where the Repetisjon page finds what it fetches, as seen from the page."""

    questions: str  # the folder of the question files ("sporsmal/")
    quiz_script: str  # mkdocs-quiz's script


@dataclass(frozen=True)
class Context:
    """What a renderer may know of the page it writes into."""

    course: Course
    page: Page
    url: str  # the page's address inside its edition ("moduler/selvledelse/")
    href: Callable[[str], str]  # another page's source ("moduler/x.md") -> a link from this one
    reading_order: Sequence[str]  # the nav's pages (sources), in order
    repetition: Links | None = None  # on the Repetisjon page, when it has questions to practise


@dataclass(frozen=True)
class Occurrence:
    """A marker, and which of the page's markers of its kind it is (0-based, of `of`)."""

    found: markers.Found
    index: int
    of: int


Renderer = Callable[[Context, Occurrence], str | None]  # None: the marker stays as it is


@dataclass(frozen=True)
class Block:
    render: Renderer
    field: str | None  # the Page field the loader fills from this marker, if any
    rule: str  # what the marker does and where it may stand, for the editor guide


def _quiz(ctx: Context, at: Occurrence) -> str:
    """A bank's questions. The page's first questions get the introduction to mkdocs-quiz (and
    in a module, that the first answer counts); its last marker gets the attempt's controls."""
    placed: list[list[PlacedQuestion]] = ctx.course.placed_on(ctx.page)
    module = ctx.page.module_id
    after = "\n\n" + render.attempt_html(module) if module and at.index == at.of - 1 else ""
    questions = placed[at.index]
    if not questions:  # the preview left the bank out
        return preview.left_out_sentence(at.found.args[0]) + after
    first = next((i for i, q in enumerate(placed) if q), -1)
    before = ""
    if at.index == first:
        before = mkdocsquiz.INTRO + "\n\n"
        if module:
            before += render.first_answer_html(ctx.course.words) + "\n\n"
    return before + render.quizzes_markdown(questions) + after


def _reflections(ctx: Context, at: Occurrence) -> str | None:
    return reflections_block(ctx.course, ctx.page) if ctx.page.reflections else None


def reflections_block(course: Course, page: Page) -> str:
    """The reflection checklist; at the page's end when the page has no marker for it."""
    heading = course.words("page.reflections-heading")
    return f"## {heading}\n\n" + render.reflections_html(page, course.words) + "\n"


def _samtale(ctx: Context, at: Occurrence) -> str | None:
    guide = ctx.page.guide
    if guide is None or not guide.phases:
        return None
    return guides.guide_markdown(guide, ctx.course.words)


def _ordliste(ctx: Context, at: Occurrence) -> str | None:
    return glossary.glossary_markdown(ctx.page.terms) if ctx.page.terms else None


def _modules(ctx: Context) -> list[render.ModuleLink]:
    return render.module_links(
        ctx.course.modules_in(ctx.reading_order), lambda module: ctx.href(module.src)
    )


def _continue(ctx: Context, at: Occurrence) -> str:
    modules = _modules(ctx)
    return render.continue_html(modules[0] if modules else None, ctx.course.words)


def _module_cards(ctx: Context, at: Occurrence) -> str:
    return render.module_cards_html(_modules(ctx), ctx.course.words)


def _repetisjon(ctx: Context, at: Occurrence) -> str:
    course = ctx.course
    days = course.settings.repetition_days
    links = ctx.repetition
    if links:
        text = repetition.page_markdown(days, links.questions, links.quiz_script, course.words)
    else:
        text = repetition.page_markdown(days, words=course.words)
    missing = preview.missing_sentence(course.left_out, course.held_back)
    if missing:  # only in the preview, while some questions are left out
        text = f'!!! warning "Forhåndsvisning"\n\n    {missing}\n\n{text}'
    return text


def _edition(ctx: Context, at: Occurrence) -> str:
    other = editions.other(ctx.course.edition)
    href = editions.twin_href(ctx.url, ctx.course.edition)
    link = editions.twin_link(href, other, ctx.course.words("page.edition-offer"))
    return (
        f'<p class="admonition note tip-edition-offer" data-tip-edition="{other.language}"'
        f" hidden>{link}</p>"
    )


def _lagring(ctx: Context, at: Occurrence) -> str:
    return storage.storage_markdown(ctx.course.words)


BLOCKS: dict[str, Block] = {
    "quiz": Block(
        _quiz,
        "markers",
        "`<!-- quiz: bank-id -->` places a bank's questions; `<!-- quiz: bank-id q-id -->` the named ones, in that order",
    ),
    "reflections": Block(
        _reflections,
        "reflections_marker",
        "`<!-- reflections -->` places the page's reflection checklist (without it, the list comes last)",
    ),
    "samtale": Block(
        _samtale,
        "guide",
        "`<!-- samtale -->` places a conversation guide's ground rules and phases",
    ),
    "ordliste": Block(_ordliste, "terms", "`<!-- ordliste -->` places the ordliste's terms"),
    "continue": Block(
        _continue, None, "`<!-- continue -->` is the front page's button into the course"
    ),
    "modules": Block(
        _module_cards, None, "`<!-- modules -->` is the front page's module cards, in menu order"
    ),
    "repetisjon": Block(
        _repetisjon,
        "repetition_marker",
        "`<!-- repetisjon -->` places the practice of every module's questions",
    ),
    "edition": Block(_edition, None, "`<!-- edition -->` offers the other written standard"),
    "lagring": Block(
        _lagring, None, "`<!-- lagring -->` is the privacy page's table of the browser's keys"
    ),
}
if set(BLOCKS) != set(markers.KINDS):  # a kind found but never written, or the other way round
    raise RuntimeError(f"course/blocks.py and course/markers.py disagree: {sorted(BLOCKS)}")


def render_markers(ctx: Context, markdown: str) -> str:
    """The page with every marker that stands alone on its line replaced by its block."""
    found = [f for f in markers.find(markdown) if f.alone and f.kind in markers.KINDS]
    count = {kind: sum(f.kind == kind for f in found) for kind in markers.KINDS}
    seen = dict.fromkeys(markers.KINDS, 0)
    blocks: dict[int, str | None] = {}
    for f in found:
        blocks[f.line] = BLOCKS[f.kind].render(ctx, Occurrence(f, seen[f.kind], count[f.kind]))
        seen[f.kind] += 1
    return markers.replace(markdown, lambda f: blocks.get(f.line))
