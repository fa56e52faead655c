"""The course's module list as the learner's browser needs it: `course.json` at the site root.

The browser computes each module's status from it (questions answered, reflections ticked),
so it carries the ids under which answers and ticks are saved, never any learner data.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable

import yaml

from .model import Page
from .validate import Course, placed_questions

DEFAULT_PASS_MARK = 80


def module_sources(nav: object) -> list[str]:
    """Module pages (docs/moduler/*.md) in the order the navigation lists them."""
    found: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, str):
            if item.startswith("moduler/") and item.endswith(".md"):
                found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav)
    return found


def meta_text(page: Page, key: str) -> str:
    node = page.meta.get(key)
    return str(node.value) if isinstance(node, yaml.ScalarNode) else ""


def course_json(course: Course, title: str, pass_mark: int, sources: Iterable[str], url_of: Callable[[str], str | None]) -> str:
    modules = []
    for src in sources:
        page = course.pages[src]
        module_id = src.removeprefix("moduler/").removesuffix(".md")
        questions = [q.dom_id for m in page.markers for q in placed_questions(m.questions, course.banks[m.bank])]
        minutes = meta_text(page, "minutes")
        modules.append(
            {
                "id": module_id,
                "title": meta_text(page, "title") or module_id,
                "url": url_of(src),
                "minutes": int(minutes) if minutes.isdigit() else None,
                "guide": url_of(f"ledere/samtale-{module_id}.md"),
                "page": src.removesuffix(".md"),
                "questions": questions,
                "reflections": [{"id": r.id, "text": r.text} for r in page.reflections],
            }
        )
    return json.dumps({"title": title, "pass_mark": pass_mark, "modules": modules}, ensure_ascii=False, indent=1)
