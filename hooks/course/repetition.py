"""Repetisjon: the modules' questions again, spread over time, kept in the learner's browser.

Every question a module places is written, as its module page has it (mkdocs-quiz's markup with
the course's stable ids, mkdocsquiz.stable_quiz_html), into a file of its own next to the page
with `<!-- repetisjon -->`: `sporsmal/<DOM id>.json`. So the options, feedback, explanation and
display order are the module's own, nothing is rendered twice, and the page weighs what a page
weighs: docs/assets/js/repetition-page.js fetches only the questions due and runs mkdocs-quiz's
script on them. mkdocs-quiz saves the answers given there under the page's own address, so a
module's answers and status never change.

When a question comes back is decided in the browser (docs/assets/js/repetition.js) from the
steps in course.yml (`repetition_days`); rule_sentence() says it in the same words everywhere.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .assets import Asset
from .course import Course
from .htmledit import Edits, elements
from .model import PlacedQuestion
from .text import Catalogue, catalogue

CONTAINER_ID = "tip-repetition"
QUESTIONS_ATTR = "data-tip-questions"
QUIZ_SCRIPT_ATTR = "data-tip-quiz-script"
FOLDER = "sporsmal"  # the questions' files, next to the page
# A link that does not depend on the page it is on: to a place on the page, from the site's root,
# or with a scheme (https:, mailto:); and an attribute with a link that does.
_ABSOLUTE = re.compile(r"#|/|[a-zA-Z][a-zA-Z0-9+.-]*:")
_RELATIVE = re.compile(r'\s(?:href|src)="(?!#|/|[a-zA-Z][a-zA-Z0-9+.-]*:)')


@dataclass(frozen=True)
class Practised:
    """A question as Repetisjon has it: the module page that places it first, and how."""

    page: str  # the module page: "moduler/selvledelse.md"
    placed: PlacedQuestion


def questions(course: Course, module_sources: Iterable[str]) -> list[Practised]:
    """Every question the modules place, in module order and page order, each once: a question
    placed by two modules belongs to the first. module_sources: "moduler/x.md", reading order."""
    found: list[Practised] = []
    seen: set[str] = set()
    for src in module_sources:
        for placed in (q for marker in course.placed_on(course.pages[src]) for q in marker):
            if placed.schedule_id not in seen:
                seen.add(placed.schedule_id)
                found.append(Practised(src, placed))
    return found


def rule_sentence(days: Sequence[int], words: Catalogue | None = None) -> str:
    """The schedule in one plain sentence, for the page and the editor guide."""
    t = words or catalogue()

    def span(n: int) -> str:
        return t("page.repetition-day") if n == 1 else t("page.repetition-days", n=n)

    if len(days) == 1:
        waits = span(days[0])
    else:
        first = ", ".join(str(d) for d in days[:-1])
        waits = t("page.repetition-list", first=first, last=span(days[-1]))
    return t("page.repetition-rule", waits=waits)


def page_markdown(
    days: Sequence[int],
    questions_href: str = "",
    quiz_script: str = "",
    words: Catalogue | None = None,
) -> str:
    """What the marker becomes: the rule, and the place repetition-page.js fills (a plain text
    without JavaScript). When there are questions to practise, the place names their folder and
    mkdocs-quiz's script, both as seen from the page."""
    attrs = ""
    if questions_href and quiz_script:
        attrs = (
            f' {QUESTIONS_ATTR}="{html.escape(questions_href)}"'
            f' {QUIZ_SCRIPT_ATTR}="{html.escape(quiz_script)}"'
        )
    t = words or catalogue()
    return (
        f"{rule_sentence(days, t)}\n\n"
        f'<div id="{CONTAINER_ID}" class="tip-repetition"{attrs}>\n'
        f"<p>{html.escape(t('page.repetition-noscript'))}</p>\n"
        "</div>"
    )


def question_files(
    quizzes: Mapping[str, str], wanted: Iterable[str], folder: str, module_url: str, page_url: str
) -> list[Asset]:
    """The files of the questions `wanted` (DOM ids) from a module page's quizzes (DOM id -> HTML,
    mkdocsquiz.quiz_content): {"question": DOM id, "html": ...} in `<folder>/<DOM id>.json`.
    Links that depend on the page are made to work from the Repetisjon page (at page_url).
    A file changes its name when its question's content changes (the DOM id has the fingerprint).
    """
    files = []
    for dom_id in wanted:
        html = quizzes.get(dom_id)
        if html is None:
            raise ValueError(f"the question {dom_id} is not on its module page")
        if _RELATIVE.search(html):
            html = relocated(html, module_url, page_url)
        content = json.dumps({"question": dom_id, "html": html}, ensure_ascii=False)
        files.append(Asset(f"{folder}/{dom_id}.json", content))
    return files


def _folder_of(url: str) -> str:
    """The folder a page's relative links start from: "moduler/x/" -> "moduler/x"."""
    return url.rstrip("/") if url.endswith("/") or not url else posixpath.dirname(url)


def relocated(html: str, from_url: str, to_url: str) -> str:
    """The HTML with each relative href and src, written for the page at from_url, pointing at
    the same place from the page at to_url."""
    start, end = _folder_of(from_url) or ".", _folder_of(to_url) or "."

    def moved(value: str) -> str:
        cut = min((i for i in (value.find("?"), value.find("#")) if i >= 0), default=len(value))
        path, rest = value[:cut], value[cut:]
        if not path or _ABSOLUTE.match(value):
            return value
        new = posixpath.relpath(posixpath.normpath(posixpath.join(start, path)), end)
        return new + ("/" if path.endswith("/") and not new.endswith("/") else "") + rest

    edits = Edits(html)
    for element in elements(html):
        attrs = [
            (k, moved(v) if k in ("href", "src") and v is not None else v) for k, v in element.attrs
        ]
        edits.set_attrs(element, attrs)
    return edits.apply()


def manifest(course: Course, url: str | None) -> dict[str, object] | None:
    """Repetisjon's part of course.json: its steps and the page. (The schedule's key, and the one
    mkdocs-quiz keeps the page's own answers under, are in course/storage.py.)"""
    if url is None:
        return None
    return {
        "url": url,
        "days": list(course.settings.repetition_days),
    }


def module_questions(placed: Iterable[PlacedQuestion]) -> list[str]:
    """A module's questions as the schedule knows them ("bank:question"), in the order of the
    module's `questions` in course.json (their DOM ids, which carry the content's fingerprint)."""
    return [q.schedule_id for q in placed]
