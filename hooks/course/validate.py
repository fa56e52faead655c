"""Semantic checks over the loaded course; every problem is collected, none stops the run."""
from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from .errors import Problem
from .loader import load_bank, load_page
from .model import Bank, Page, PlacedQuestion


@dataclass(frozen=True)
class Course:
    banks: dict[str, Bank]
    pages: dict[str, Page]
    files: int


CONFIG_KEY = "tip_course"  # the checked course is kept on the build's config: no module state


def course_of(config: Mapping[str, object]) -> Course:
    return config[CONFIG_KEY]  # type: ignore[return-value]


def check_bank(bank: Bank) -> list[Problem]:
    problems: list[Problem] = []

    def add(pos: object, message: str, hint: str) -> None:
        problems.append(Problem(bank.path, pos.line, pos.column, message, hint))  # type: ignore[attr-defined]

    seen: dict[str, int] = {}
    for q in bank.questions:
        here = q.where.get("id", q.pos)
        if q.id in seen:
            add(here, f"duplicate question id '{q.id}' (also on line {seen[q.id]})", "give each question its own id")
        elif q.id:
            seen[q.id] = here.line
        name = f"question '{q.id}'" if q.id else "the question"
        at_options = q.where.get("options", q.pos)
        if "options" in q.where and len(q.options) < 2:
            add(at_options, f"{name} has {len(q.options)} option{'s' if len(q.options) != 1 else ''}", "give it at least two options")
        elif q.options and not any(o.correct for o in q.options):
            add(at_options, f"{name} has no correct option", "mark one with `correct: true`")
        texts: dict[str, int] = {}
        for o in q.options:
            norm = " ".join(o.text.split()).casefold()
            if norm and norm in texts:
                add(o.where.get("text", o.pos), f"{name} has the option '{o.text}' twice (also on line {texts[norm]})", "make every option text different")
            elif norm:
                texts[norm] = o.where.get("text", o.pos).line
    return problems


def check_page(page: Page, banks: dict[str, Bank]) -> list[Problem]:
    problems: list[Problem] = []

    def add(pos: object, message: str, hint: str) -> None:
        problems.append(Problem(page.path, pos.line, pos.column, message, hint))  # type: ignore[attr-defined]

    placed: dict[tuple[str, str], int] = {}
    for marker in page.markers:
        bank = banks.get(marker.bank)
        if bank is None:
            add(marker.pos, f"the quiz marker names the bank '{marker.bank}', which does not exist", _known("banks", banks))
            continue
        for qid in marker.questions:
            if bank.question(qid) is None:
                add(marker.pos, f"bank '{bank.id}' has no question '{qid}'", _known("questions", {q.id: q for q in bank.questions}))
        for q in placed_questions(marker.questions, bank):
            key = (bank.id, q.question.id)
            if key in placed:
                add(marker.pos, f"question '{q.question.id}' of bank '{bank.id}' is already placed on this page (line {placed[key]})", "place each question once per page")
            placed[key] = marker.pos.line
    seen: dict[str, int] = {}
    texts: dict[str, int] = {}
    for r in page.reflections:
        if r.id in seen:
            add(r.pos, f"duplicate reflection id '{r.id}' (also on line {seen[r.id]})", "give each prompt its own id")
        seen.setdefault(r.id, r.pos.line)
        norm = " ".join(r.text.split()).casefold()
        if norm in texts:
            add(r.pos, f"the reflection prompt '{r.text}' is there twice (also on line {texts[norm]})", "remove one of them")
        texts.setdefault(norm, r.pos.line)
    if page.reflections_marker and not page.reflections:
        add(page.reflections_marker, "the reflections marker stands on a page without reflection prompts", "add 'reflections:' to the front matter, or remove the marker")
    return problems


def placed_questions(question_ids: tuple[str, ...], bank: Bank) -> list[PlacedQuestion]:
    """The questions a marker places: all of the bank in its order, or the named ones in theirs."""
    if not question_ids:
        return [PlacedQuestion(bank, q) for q in bank.questions]
    chosen = (bank.question(qid) for qid in question_ids)
    return [PlacedQuestion(bank, q) for q in chosen if q is not None]


def load_course(root: Path, docs_dir: Path, quizzes_dir: Path) -> tuple[Course, list[Problem]]:
    """Every bank and every page, checked; bank problems first, then page problems."""
    # YAML node trees are many small objects and no cycles: Python's cyclic garbage collector
    # would spend about half the time walking them for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_course(root, docs_dir, quizzes_dir)
    finally:
        if collecting:
            gc.enable()


def _load_course(root: Path, docs_dir: Path, quizzes_dir: Path) -> tuple[Course, list[Problem]]:
    problems: list[Problem] = []
    banks: dict[str, Bank] = {}
    root, docs_dir, quizzes_dir = root.resolve(), docs_dir.resolve(), quizzes_dir.resolve()
    bank_paths = sorted(quizzes_dir.glob("*.yml")) + sorted(quizzes_dir.glob("*.yaml"))
    for path in bank_paths:
        bank, found = load_bank(path, _display(path, root))
        problems += found
        if bank is not None:
            problems += check_bank(bank)
            if bank.id and bank.id == path.stem:
                banks[bank.id] = bank
    pages: dict[str, Page] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        page, found = load_page(path, _display(path, root))
        problems += found + check_page(page, banks)
        pages[path.relative_to(docs_dir).as_posix()] = page
    used = {m.bank for p in pages.values() for m in p.markers}
    for bank in banks.values():
        if bank.id not in used:
            pos = bank.where["bank"]
            problems.append(Problem(bank.path, pos.line, pos.column, f"no page uses the bank '{bank.id}'", f"place it with <!-- quiz: {bank.id} --> on a page, or delete the file", warning=True))
    return Course(banks, pages, len(bank_paths) + len(pages)), problems


def _known(what: str, names: dict[str, object]) -> str:
    listed = ", ".join(sorted(names)) or "none"
    return f"known {what}: {listed}"


def _display(path: Path, root: Path) -> str:
    """path as the editor knows it: from the project folder (both resolved)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return os.path.relpath(path, root)
