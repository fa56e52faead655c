"""What the course changes in mkdocs-quiz's output, in one place, for the version it was written for.

1. Stable answers. mkdocs-quiz saves a learner's answer under the quiz's position on the page
   (`quiz-3`) and the chosen option's index. Here every quiz gets the ids of its bank question
   (bank, id and a fingerprint of its content) and every option the key of its text, so a
   reordered bank restores every answer on the same question and option, and an edited
   question starts anew.
2. No answers in the search. Each quiz is wrapped in an element the search index skips.
   Without its progress box (`show_progress: false`), the box's hidden markup goes too.
3. Files, not inline copies. mkdocs-quiz pastes its stylesheet and scripts into every quiz page;
   they become files with a hash of their content in the name, which a browser keeps.

One pass of Python's html.parser over the page's content does all three.

hooks/quizzes.py applies these; tests/site/test_quizzes.py fails when mkdocs-quiz's markup
changes under them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from importlib.resources import files as package_files
from typing import NamedTuple

from . import storage
from .assets import Asset, served_asset
from .htmledit import Edits, Element, elements
from .model import PlacedQuestion
from .text import Catalogue, catalogue

WRITTEN_FOR = "1.7."  # mkdocs-quiz 1.7.x
# mkdocs-quiz's own intro, placed before a page's first question: one line on where answers are
# kept and a button that resets every answer on the page (its progress sidebar is turned off).
INTRO = "<!-- mkdocs-quiz intro -->"
# The progress box mkdocs-quiz adds to every quiz page, hidden unless show_progress is on.
PROGRESS_BOXES = ("quiz-progress-sidebar", "quiz-progress-mobile")
# mkdocs-quiz keeps a page's answers in localStorage under the "answers" key of course/storage.py
# and the page's path: WRITTEN_FOR's quiz.js says so in this line.
ANSWERS_LINE = f'const STORAGE_KEY_PREFIX = "{storage.key("answers")}";'
# Around each quiz: Material's search skips an excluded element by its tag name, and a quiz nests
# <div>, <form> and <section>, so the wrapper has a tag of its own.
WRAPPER = ("<tip-quiz data-search-exclude>", "</tip-quiz>")
# After each answer, docs/assets/js/quiz-verdict.js says here whether it was right, and which
# option was: colours and strike-through alone tell a screen reader nothing (WCAG 1.4.1, 4.1.3).
VERDICT = '<p class="tip-quiz-verdict tip-visually-hidden" role="status"></p>'
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


# quiz.js finds a quiz's options by their name, "answer", which every quiz on a page shared (so a
# checker sees one group of radios and checkboxes across all quizzes). Each quiz's options get a
# name of their own ("answer-<question's DOM id>"), and the quiz.js the site serves finds them by
# the start of the name. WRITTEN_FOR's quiz.js has the selector exactly this often.
ANSWER_SELECTOR = ('input[name="answer"]', 'input[name^="answer"]', 10)


@dataclass(frozen=True)
class QuizAsset:
    """One of mkdocs-quiz's files: the text it pastes into a page, and the file the site serves."""

    inline: str
    served: Asset


def quiz_assets(confetti: bool) -> list[QuizAsset]:
    """mkdocs-quiz's stylesheet and scripts, read from the installed package, in page order."""
    package = package_files("mkdocs_quiz")
    names = [name for name in SOURCES if confetti or name != "confetti.js"]
    found = []
    for name in names:
        text = (package / SOURCES[name]).read_text(encoding="utf-8")
        served = text
        if name == "quiz.js":
            old, new, count = ANSWER_SELECTOR
            if text.count(old) != count:
                raise ValueError(
                    f"mkdocs-quiz's quiz.js no longer has {old} {count} times: see ANSWER_SELECTOR"
                )
            if ANSWERS_LINE not in text:
                raise ValueError(
                    f"mkdocs-quiz's quiz.js no longer has {ANSWERS_LINE}: see course/storage.py"
                )
            served = text.replace(old, new)
        found.append(QuizAsset(text, served_asset("assets/quiz", name, served)))
    return found


def script_asset(assets: Sequence[QuizAsset]) -> Asset | None:
    """mkdocs-quiz's own script (js/quiz.js) as the site serves it: assets/quiz/quiz.<hash>.js."""
    served = (a.served for a in assets)
    return next((a for a in served if re.fullmatch(r".*/quiz\.[0-9a-f]+\.js", a.path)), None)


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


class QuizContent(NamedTuple):
    """quiz_content's result."""

    html: str  # the page's new content
    found: int  # quizzes found; when it differs from len(placed), they are left as they were
    missing: list[str]  # the paths of the assets that had no inline copy
    quizzes: dict[str, str]  # each quiz as it now stands, wrapper included, by its DOM id


def quiz_content(
    content: str,
    placed: list[PlacedQuestion],
    assets: Sequence[QuizAsset],
    href: Callable[[str], str],
    progress_boxes: bool = True,
    words: Catalogue | None = None,
) -> QuizContent:
    """A page's content after mkdocs-quiz: each quiz renamed after its bank question and hidden
    from the search; mkdocs-quiz's inline scripts as references to their files, where they stood
    (so they run in the same order), and its inline stylesheet removed (overrides/main.html links
    the file in <head>); without mkdocs-quiz's progress boxes unless progress_boxes. `href(path)`
    is an asset's address as seen from the page."""
    found = elements(content)
    quizzes = _quizzes(found)
    edits = Edits(content)
    wrapped: dict[str, str] = {}
    if len(quizzes) == len(placed):
        starts = [e.start for e in found]  # in document order
        for quiz, question in zip(quizzes, placed):
            first = bisect.bisect_left(starts, quiz.element.start)
            last = bisect.bisect_left(starts, quiz.element.end)
            inside = Edits(content)
            for element in found[first:last]:
                attrs = _renamed(element.attrs, quiz.number, question)
                if element.name == "form":  # each quiz's form named by its question
                    attrs.append(("aria-labelledby", f"{question.dom_id}-question"))
                if element.name == "a" and "quiz-header-link" in element.classes:
                    # a permalink named only "#": out of the Tab order and the screen reader's way
                    attrs += [("tabindex", "-1"), ("aria-hidden", "true")]
                inside.set_attrs(element, attrs)
                if element.name == "fieldset":
                    inside.insert(element.tag_end, _legend(question, words or catalogue()))
                if element.name == "form":  # where quiz-verdict.js says the verdict in words
                    inside.insert(element.inner_end, VERDICT)
            html = WRAPPER[0] + inside.apply(quiz.element.start, quiz.element.end) + WRAPPER[1]
            wrapped[question.dom_id] = html
            edits.replace(quiz.element.start, quiz.element.end, html)
    if not progress_boxes:
        for box in (e for e in found if e.get("id") in PROGRESS_BOXES and e.end > 0):
            edits.replace(box.start, box.end, "")
    inline = {
        content[e.tag_end : e.inner_end]: e
        for e in found
        if e.name in ("script", "style") and e.inner_end >= 0
    }
    missing: list[str] = []
    for asset in assets:
        inline_copy = inline.get(asset.inline)
        served = asset.served
        if inline_copy is None:
            missing.append(served.path)
        else:
            reference = "" if served.is_style else f'<script src="{href(served.path)}"></script>'
            edits.replace(inline_copy.start, inline_copy.end, reference)
    return QuizContent(edits.apply(), len(quizzes), missing, wrapped)


def _legend(placed: PlacedQuestion, words: Catalogue) -> str:
    """The option group's legend: how many options to choose, for a screen reader."""
    what = words("page.legend-several" if placed.question.multiple else "page.legend-one")
    return f'<legend class="tip-visually-hidden">{what}</legend>'


def _renamed(
    attrs: list[tuple[str, str | None]], number: str, placed: PlacedQuestion
) -> list[tuple[str, str | None]]:
    """The attributes with quiz-N (and quiz-N-i, quiz-N-question) as the question's DOM id, and an
    option's value (its index) as the key of its text."""
    old = f"quiz-{number}"
    dom = placed.dom_id
    options = placed.options

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
            value = options[int(value)].key
        elif name == "name" and is_option:
            value = f"answer-{dom}"  # one group per quiz (ANSWER_SELECTOR)
        out.append((name, value))
    return out
