"""The course's module list as the learner's browser needs it: `course.json` at the site root.

The browser computes each module's status from it (questions answered, reflections ticked), so
it carries the keys under which answers and ticks are saved, never any learner data: every key
family (course/storage.py, "storage") and each module's and prompt's own key. No script in
docs/assets/js/ builds a key itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from . import repetition, storage
from .course import Course
from .model import Page, PlacedQuestion

CERTIFICATE = "kursbevis.md"


def course_json(
    course: Course, title: str, module_sources: Iterable[str], url_of: Callable[[str], str | None]
) -> str:
    """module_sources: the pages in reading order (the modules among them are kept);
    url_of(src): a page's URL."""
    modules = []
    for page in course.modules_in(module_sources):
        src = page.src
        placed = [q for marker in course.placed_on(page) for q in marker]
        module_id = page.module_id or src
        modules.append(
            {
                "id": module_id,
                "title": page.text("title") or module_id,
                "description": page.text("description"),
                "url": url_of(src),
                "minutes": page.minutes,
                "guide": url_of(f"ledere/samtale-{module_id}.md"),
                "page": page.key,
                "questions": [q.dom_id for q in placed],
                "reflections": [
                    {"id": r.id, "text": r.text, "key": page.reflection_key(r)}
                    for r in page.reflections
                ],
                "repetition": repetition.module_questions(placed),
                "attempt": page.attempt_key,
                "goals": goals_json(page, placed, url_of(src)),
            }
        )
    practice = course.repetition_page()
    manifest = {
        "title": title,
        "pass_mark": course.settings.pass_mark,
        "certificate": url_of(CERTIFICATE),
        "storage": storage.published(),
        "repetition": repetition.manifest(course, url_of(practice.src) if practice else None),
        "modules": modules,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=1)


def goals_json(
    page: Page, placed: list[PlacedQuestion], url: str | None
) -> list[dict[str, object]]:
    """A module's goals for the browser: each with its pool of parallel questions (DOM ids, in
    page order), from which an attempt draws one (docs/assets/js/attempts.js), and the address
    of the section that teaches it. A question without a known goal is a pool of its own."""
    pools: dict[str, list[str]] = {goal.id: [] for goal in page.goals}
    for q in placed:
        pools.setdefault(q.question.goal or q.schedule_id, []).append(q.dom_id)
    texts = {goal.id: goal for goal in page.goals}
    found: list[dict[str, object]] = []
    for goal_id, questions in pools.items():
        if not questions:
            continue
        goal = texts.get(goal_id)
        read = f"{url}#{goal.read}" if goal and goal.read and url is not None else None
        found.append(
            {
                "id": goal_id,
                "text": goal.text if goal else "",
                "read": read,
                "section": page.headings.get(goal.read, "") if goal else "",
                "questions": questions,
            }
        )
    return found
