"""Repetisjon: the modules' questions again, spread over time, kept in the learner's browser.

A page with `<!-- repetisjon -->` gets every question the modules place, once each, in module
order, through the same path as a module page (render.quiz_markdown, mkdocs-quiz, the stable ids
of mkdocsquiz.stable_quiz_html): the same options, feedback, explanation and display order.

Then the questions leave the page, each to a file of its own (`sporsmal/<DOM id>.json` next to
the page), which docs/assets/js/repetition-page.js fetches when the learner gets to it. So the
page weighs what a page weighs, not what every question of the course weighs (a learner fetches
only the questions due), and mkdocs-quiz saves the answers given there under the page's own
address: a module's own answers and status never change.

When a question comes back is decided in the browser (docs/assets/js/repetition.js) from the
steps in course.yml (`repetition_days`); rule_sentence() says it in the same words everywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .assets import Asset
from .course import Course
from .htmledit import Edits, elements
from .mkdocsquiz import ANSWERS_PREFIX
from .model import REPETITION_KEY, PlacedQuestion
from .render import quizzes_markdown

_SPACE = re.compile(r"\s*")
CONTAINER_ID = "tip-repetition"
QUESTIONS_ATTR = "data-tip-questions"
QUIZ_SCRIPT_ATTR = "data-tip-quiz-script"


@dataclass(frozen=True)
class Practised:
    """A question as Repetisjon has it: the module it belongs to, and where it is placed there."""

    module: str  # the module's id: "selvledelse"
    placed: PlacedQuestion


def questions(course: Course, module_sources: Iterable[str]) -> list[Practised]:
    """Every question the modules place, in module order and page order, each once: a question
    placed by two modules belongs to the first. module_sources: "moduler/x.md", reading order."""
    found: list[Practised] = []
    seen: set[str] = set()
    for src in module_sources:
        page = course.pages[src]
        for placed in (q for marker in course.placed_on(page) for q in marker):
            if placed.schedule_id not in seen:
                seen.add(placed.schedule_id)
                found.append(Practised(page.module_id or src, placed))
    return found


def _days(n: int) -> str:
    return "1 dag" if n == 1 else f"{n} dager"


def rule_sentence(days: Sequence[int]) -> str:
    """The schedule in one plain sentence, for the page and the editor guide."""
    steps = [str(d) for d in days]
    if len(steps) == 1:
        waits = _days(days[0])
    else:
        waits = ", ".join(steps[:-1]) + " og så " + _days(days[-1])
    return (
        f"Svarer du riktig, venter spørsmålet lenger for hver gang ({waits}), "
        "men svarer du feil, kommer det igjen i morgen."
    )


def page_markdown(practised: Sequence[Practised], days: Sequence[int]) -> str:
    """What the marker becomes: the rule, the place repetition-page.js fills (a plain text without
    JavaScript), and every question as an mkdocs-quiz block, to be moved out by split()."""
    container = (
        f'<div id="{CONTAINER_ID}" class="tip-repetition">\n'
        "<p>Repetisjonen virker når JavaScript er slått på i nettleseren. Spørsmålene finner du "
        "også i kunnskapssjekken nederst i hver modul.</p>\n"
        "</div>"
    )
    parts = [rule_sentence(days), container]
    if practised:
        parts.append(quizzes_markdown([p.placed for p in practised]))
    return "\n\n".join(parts)


def split(
    page_html: str,
    practised: Sequence[Practised],
    folder: str,
    href: Callable[[str], str],
    quiz_script: str,
) -> tuple[str, list[Asset]]:
    """The page without its questions, and a file for each: `<folder>/<DOM id>.json`, holding
    {"question": DOM id, "html": the question as the page had it}.

    page_html: the page after mkdocsquiz.stable_quiz_html (each question a <tip-quiz>, in the
    order of practised); href(path): an address from the page; quiz_script: mkdocs-quiz's script,
    from the page. Where the files are and the script go on the container, for
    repetition-page.js. A file changes its name when its question's content changes (the DOM id
    carries the fingerprint).
    """
    found = elements(page_html)
    wrappers = [e for e in found if e.name == "tip-quiz"]
    container = next((e for e in found if e.get("id") == CONTAINER_ID), None)
    if len(wrappers) != len(practised) or container is None:
        raise ValueError(
            f"expected {len(practised)} questions and the #{CONTAINER_ID} element, found "
            f"{len(wrappers)} questions{'' if container else ' and no such element'}"
        )
    files: list[Asset] = []
    edits = Edits(page_html)
    for wrapper, question in zip(wrappers, practised):
        dom_id = question.placed.dom_id
        content = {"question": dom_id, "html": page_html[wrapper.start : wrapper.end]}
        files.append(Asset(f"{folder}/{dom_id}.json", json.dumps(content, ensure_ascii=False)))
        blank = _SPACE.match(page_html, wrapper.end)  # the blank lines after it go too
        edits.replace(wrapper.start, blank.end() if blank else wrapper.end, "")
    attrs = [
        *container.attrs,
        (QUESTIONS_ATTR, href(folder + "/")),
        (QUIZ_SCRIPT_ATTR, quiz_script),
    ]
    edits.set_attrs(container, attrs)
    return edits.apply(), files


def manifest(course: Course, url: str | None) -> dict[str, object] | None:
    """Repetisjon's part of course.json: where the schedule is kept, its steps, the page, and the
    start of the key mkdocs-quiz keeps the page's own answers under (cleared before practice)."""
    if url is None:
        return None
    return {
        "key": REPETITION_KEY,
        "url": url,
        "days": list(course.settings.repetition_days),
        "answers_prefix": ANSWERS_PREFIX,
    }


def module_questions(placed: Iterable[PlacedQuestion]) -> list[str]:
    """A module's questions as the schedule knows them ("bank:question"), in the order of the
    module's `questions` in course.json (their DOM ids, which carry the content's fingerprint)."""
    return [q.schedule_id for q in placed]
