"""What the course changes in mkdocs-quiz's output, in one place, for the version it was written for.

1. Stable answers. mkdocs-quiz saves a learner's answer under the quiz's position on the page
   (`quiz-3`) and the chosen option's index. Here every quiz gets the ids of its bank question
   (bank, id and a fingerprint of its content) and every option the key of its text, so a
   reordered bank restores every answer on the same question and option, and an edited
   question starts anew.
2. No answers in the search. Each quiz is wrapped in an element the search index skips.
3. Files, not inline copies. mkdocs-quiz pastes its stylesheet and scripts into every quiz page;
   they become files with a hash of their content in the name, which a browser keeps.

hooks/quizzes.py applies these; tests/site/test_quizzes.py fails when mkdocs-quiz's markup
changes under them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from importlib.resources import files as package_files

from .assets import Asset, hashed_asset
from .htmledit import Edits, Element, elements
from .model import PlacedQuestion

WRITTEN_FOR = "1.7."  # mkdocs-quiz 1.7.x
# mkdocs-quiz keeps a page's answers in localStorage under this and the page's path (quiz.js).
ANSWERS_PREFIX = "quiz_progress_"
SOURCES = {
    "quiz.css": "css/quiz.css",
    "confetti.js": "js/vendor/js-confetti.browser.js",
    "quiz.js": "js/quiz.js",
}


def version_problem() -> str | None:
    """Why the installed mkdocs-quiz may not fit this module, or None."""
    installed = version("mkdocs-quiz")
    if installed.startswith(WRITTEN_FOR):
        return None
    return (
        f"mkdocs-quiz {installed} is installed, but hooks/course/mkdocsquiz.py was written for "
        f"{WRITTEN_FOR}x: check its markup changes, update the module, then WRITTEN_FOR"
    )


def quiz_assets(confetti: bool) -> list[Asset]:
    """mkdocs-quiz's stylesheet and scripts, read from the installed package, in page order."""
    package = package_files("mkdocs_quiz")
    names = [name for name in SOURCES if confetti or name != "confetti.js"]
    return [
        hashed_asset("assets/quiz", name, (package / SOURCES[name]).read_text(encoding="utf-8"))
        for name in names
    ]


def script_asset(assets: Sequence[Asset]) -> Asset | None:
    """mkdocs-quiz's own script (js/quiz.js) among its assets: assets/quiz/quiz.<hash>.js."""
    return next((a for a in assets if re.fullmatch(r".*/quiz\.[0-9a-f]+\.js", a.path)), None)


# ---------------------------------------------------------------- stable ids, no search


@dataclass(frozen=True)
class _Quiz:
    element: Element
    number: str  # N of id="quiz-N"


def _quizzes(found: list[Element]) -> list[_Quiz]:
    return [
        _Quiz(e, (e.get("id") or "")[5:])
        for e in found
        if e.name == "div" and "quiz" in e.classes and (e.get("id") or "").startswith("quiz-")
    ]


def stable_quiz_html(page_html: str, placed: list[PlacedQuestion]) -> tuple[str, int]:
    """The page with each quiz renamed after its bank question, and hidden from the search.

    placed: the questions in page order. Returns the new HTML and the number of quizzes found;
    when that differs from len(placed), the HTML is returned unchanged.
    """
    found = elements(page_html)
    quizzes = _quizzes(found)
    if len(quizzes) != len(placed):
        return page_html, len(quizzes)
    edits = Edits(page_html)
    for quiz, question in zip(quizzes, placed):
        inside = [e for e in found if quiz.element.start <= e.start < quiz.element.end]
        for element in inside:
            edits.set_attrs(element, _renamed(element.attrs, quiz.number, question))
        # Material's search skips an excluded element by its tag name, and a quiz nests <div>,
        # <form> and <section>: the wrapper has a tag of its own.
        edits.insert(quiz.element.start, WRAPPER[0])
        edits.insert(quiz.element.end, WRAPPER[1])
    return edits.apply(), len(quizzes)


WRAPPER = ("<tip-quiz data-search-exclude>", "</tip-quiz>")
_WRAPPED = re.compile(
    re.escape(WRAPPER[0]) + r'<div class="quiz"[^>]*?\sid="([^"]+)".*?' + re.escape(WRAPPER[1]),
    re.S,
)


def wrapped_quizzes(page_html: str) -> dict[str, str]:
    """Each quiz of a page after stable_quiz_html, wrapper included, by its DOM id."""
    return {m.group(1): m.group(0) for m in _WRAPPED.finditer(page_html)}


def _renamed(
    attrs: list[tuple[str, str | None]], number: str, placed: PlacedQuestion
) -> list[tuple[str, str | None]]:
    """The attributes with quiz-N (and quiz-N-i, quiz-N-question) as the question's DOM id, and an
    option's value (its index) as the key of its text."""
    old = f"quiz-{number}"
    dom = placed.dom_id
    keys = [o.key for o in placed.options]

    def rename(value: str) -> str:
        for prefix in ("#", ""):
            if value == prefix + old or value.startswith(prefix + old + "-"):
                return prefix + dom + value[len(prefix + old) :]
        return value

    out: list[tuple[str, str | None]] = []
    is_option = any(k == "name" and v == "answer" for k, v in attrs)
    for name, value in attrs:
        if value is not None and name in ("id", "for", "href", "aria-labelledby"):
            value = rename(value)
        elif value is not None and name == "value" and is_option and value.isdigit():
            value = keys[int(value)]
        out.append((name, value))
    return out


# ---------------------------------------------------------------- inline copies -> files


def externalize(
    page_html: str, assets: Sequence[Asset], href: Callable[[str], str]
) -> tuple[str, list[str]]:
    """The page with each inline copy of an asset replaced by a reference to its file.

    A script becomes `<script src>` where it stood, so scripts still run in the same order (no
    `defer`: the inline copy ran where it stood, and so does the file). A stylesheet becomes a
    `<link>` at the end of <head>, after the theme's and the course's stylesheets as before, so
    nothing is drawn without it. `href(path)` is the asset's address as seen from the page.
    Returns the new HTML and the paths of the assets that had no inline copy on the page.
    """
    found = elements(page_html)
    head = next((e for e in found if e.name == "head" and e.inner_end >= 0), None)
    edits = Edits(page_html)
    missing: list[str] = []
    links = ""
    for asset in assets:
        inline = next(
            (
                e
                for e in found
                if e.name in ("script", "style")
                and e.inner_end >= 0
                and page_html[e.tag_end : e.inner_end] == asset.content
            ),
            None,
        )
        if inline is None:
            missing.append(asset.path)
        elif asset.is_style and head is not None:
            edits.replace(inline.start, inline.end, "")
            links += f'<link rel="stylesheet" href="{href(asset.path)}">'
        elif asset.is_style:
            edits.replace(
                inline.start, inline.end, f'<link rel="stylesheet" href="{href(asset.path)}">'
            )
        else:
            edits.replace(inline.start, inline.end, f'<script src="{href(asset.path)}"></script>')
    if head is not None and links:
        edits.insert(head.inner_end, links)
    return edits.apply(), missing
