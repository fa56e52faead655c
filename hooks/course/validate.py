"""What the YAML alone cannot tell: checks over the loaded banks and pages.

Every problem is collected; none stops the run. Each check is a function over the model that
returns the problems it found, with a stable rule name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from .errors import Problem
from .model import Bank, Guide, Marker, Page, Pos
from .text import problem


def check_bank(bank: Bank) -> list[Problem]:
    problems: list[Problem] = []

    def add(pos: Pos, rule: str, variant: str = "", /, **args: object) -> None:
        problems.append(
            Problem(bank.path, pos.line, pos.column, *problem(rule, variant, **args), rule)
        )

    seen: dict[str, int] = {}
    for q in bank.questions:
        here = q.where.get("id", q.pos)
        if q.id in seen:
            add(here, "question-duplicate-id", id=q.id, line=seen[q.id])
        elif q.id:
            seen[q.id] = here.line
        at_options = q.where.get("options", q.pos)
        if "options" in q.where and len(q.options) < 2:
            add(at_options, "question-too-few-options", id=q.id, count=len(q.options))
        elif q.options and not any(o.correct for o in q.options):
            add(at_options, "option-no-correct", id=q.id)
        texts: dict[str, int] = {}
        for o in q.options:
            norm = " ".join(o.text.split()).casefold()
            at = o.where.get("text", o.pos)
            if norm and norm in texts:
                add(at, "option-duplicate", id=q.id, text=o.text, line=texts[norm])
            elif norm:
                texts[norm] = at.line
    return problems


def check_page(
    page: Page, banks: Mapping[str, Bank], broken: Collection[str] = ()
) -> list[Problem]:
    """broken: ids of bank files that could not be read; their problems say why, so a marker
    naming one of them is not a problem of its own."""
    return (
        _check_markers(page, banks, broken)
        + _check_reflections(page)
        + _check_terms(page)
        + _check_marker_places(page)
    )


def _page_problem(page: Page, pos: Pos, rule: str, variant: str = "", /, **args: object) -> Problem:
    return Problem(page.path, pos.line, pos.column, *problem(rule, variant, **args), rule)


def _check_markers(page: Page, banks: Mapping[str, Bank], broken: Collection[str]) -> list[Problem]:
    """Each quiz marker names a bank and questions that exist, and places a question once."""
    problems: list[Problem] = []
    placed: dict[tuple[str, str], int] = {}
    for marker in page.markers:
        bank = banks.get(marker.bank)
        if bank is None:
            if marker.bank not in broken:
                problems.append(
                    _page_problem(
                        page,
                        marker.pos,
                        "marker-unknown-bank",
                        bank=marker.bank,
                        known=_listed(banks),
                    )
                )
            continue
        for qid in marker.questions:
            if bank.question(qid) is None:
                known = _listed(q.id for q in bank.questions)
                problems.append(
                    _page_problem(
                        page,
                        marker.pos,
                        "marker-unknown-question",
                        bank=bank.id,
                        question=qid,
                        known=known,
                    )
                )
        problems += _placed_twice(page, bank, marker, placed)
    return problems


def _placed_twice(
    page: Page, bank: Bank, marker: Marker, placed: dict[tuple[str, str], int]
) -> list[Problem]:
    """The marker's questions that an earlier marker placed; records where each one stands."""
    problems = []
    # A bank with a duplicate question id is the bank's problem (reported there), not this page's.
    ids = (
        list(marker.questions)
        if marker.questions
        else list(dict.fromkeys(q.id for q in bank.questions))
    )
    for qid in ids:
        key = (bank.id, qid)
        if key in placed and bank.question(qid) is not None:
            problems.append(
                _page_problem(
                    page,
                    marker.pos,
                    "question-placed-twice",
                    question=qid,
                    bank=bank.id,
                    line=placed[key],
                )
            )
        placed.setdefault(key, marker.pos.line)
    return problems


def _check_reflections(page: Page) -> list[Problem]:
    """A page's reflection prompts: each id once, each text once."""
    problems = []
    seen: dict[str, int] = {}
    texts: dict[str, int] = {}
    for r in page.reflections:
        if r.id in seen:
            problems.append(
                _page_problem(page, r.pos, "reflection-duplicate-id", id=r.id, line=seen[r.id])
            )
        seen.setdefault(r.id, r.pos.line)
        norm = " ".join(r.text.split()).casefold()
        if norm in texts:
            problems.append(
                _page_problem(page, r.pos, "reflection-duplicate", text=r.text, line=texts[norm])
            )
        texts.setdefault(norm, r.pos.line)
    return problems


def _check_terms(page: Page) -> list[Problem]:
    """The ordliste's words: a word or any of its forms explained once."""
    problems = []
    names: dict[str, int] = {}
    for term in page.terms:
        for name in (term.term, *term.forms):
            word = " ".join(name.split()).casefold()
            if word in names:
                problems.append(
                    _page_problem(page, term.pos, "term-duplicate", name=name, line=names[word])
                )
            names.setdefault(word, term.pos.line)
    return problems


def _check_marker_places(page: Page) -> list[Problem]:
    """The repetition and reflection markers stand where they can work."""
    problems = []
    if page.repetition_marker and page.markers:
        problems.append(_page_problem(page, page.repetition_marker, "repetition-with-quiz"))
    if page.reflections_marker and not page.reflections:
        problems.append(_page_problem(page, page.reflections_marker, "marker-without-reflections"))
    return problems


GOAL_MIN_QUESTIONS = 2  # parallel questions per goal: a retake draws another


def check_goals(page: Page, banks: Mapping[str, Bank]) -> list[Problem]:
    """A module's knowledge check against its learning goals: every question names one of the
    module's goals, and every goal has at least GOAL_MIN_QUESTIONS questions (so that a retake
    can draw another). Goal ids are unique in the module. A module without `goals:` is not
    checked here (tests/unit/test_content.py holds every real module to three to five goals)."""
    if not page.module_id or not page.goals:
        return []
    problems, goals = _check_goal_list(page)
    found, counts = _check_question_goals(page, banks, goals)
    problems += found
    if not page.markers:
        return problems
    for goal in page.goals:
        n = counts.get(goal.id, 0)
        if n < GOAL_MIN_QUESTIONS and goals[goal.id] == goal.pos.line:
            problems.append(
                _page_problem(
                    page,
                    goal.pos,
                    "goal-too-few-questions",
                    id=goal.id,
                    count=n,
                    least=GOAL_MIN_QUESTIONS,
                )
            )
    return problems


def _check_goal_list(page: Page) -> tuple[list[Problem], dict[str, int]]:
    """The module's goals: each id once, each `read:` a heading of the page. Returns the
    problems and the line each goal id first stands on."""
    problems = []
    goals: dict[str, int] = {}
    for goal in page.goals:
        if goal.id in goals:
            problems.append(
                _page_problem(page, goal.pos, "goal-duplicate-id", id=goal.id, line=goals[goal.id])
            )
        goals.setdefault(goal.id, goal.pos.line)
        if goal.read and goal.read not in page.headings:
            problems.append(
                _page_problem(page, goal.pos, "goal-read-unknown", id=goal.id, read=goal.read)
            )
    return problems, goals


def _check_question_goals(
    page: Page, banks: Mapping[str, Bank], goals: Mapping[str, int]
) -> tuple[list[Problem], dict[str, int]]:
    """Each question the page places names one of its goals (a problem of the bank's file).
    Returns the problems and how many questions measure each goal."""
    problems = []
    known = ", ".join(goals) or "–"
    counts = dict.fromkeys(goals, 0)
    for marker in page.markers:
        bank = banks.get(marker.bank)
        for placed in bank.placed(marker.questions) if bank else []:
            question = placed.question
            at = question.where.get("goal", question.where.get("id", question.pos))
            args: dict[str, object] = {}
            if not question.goal:
                rule = "goal-missing"
            elif question.goal not in goals:
                rule, args = "goal-unknown", {"goal": question.goal}
            else:
                counts[question.goal] += 1
                continue
            message, hint = problem(rule, id=question.id, page=page.path, known=known, **args)
            problems.append(Problem(placed.bank.path, at.line, at.column, message, hint, rule))
    return problems, counts


def check_guide(page: Page) -> list[Problem]:
    """A conversation guide's meeting plan: phases declared where the guide's marker stands, each
    with a title and something to do, and minutes that add up to the meeting's total."""
    guide = page.guide
    if guide is None:
        return []
    problems: list[Problem] = []

    def add(pos: Pos, rule: str, variant: str = "", /, **args: object) -> None:
        problems.append(_page_problem(page, pos, rule, variant, **args))

    if not guide.declared:
        add(
            guide.marker or Pos(1, 1),
            "guide-phases-missing",
            "" if guide.marker is None else "marker",
        )
        return problems
    if guide.marker is None:
        add(guide.where["phases"], "guide-marker-missing")
    if "minutes" not in guide.where:
        add(guide.where["phases"], "front-matter-missing-key", "guide-minutes")
    for number, phase in enumerate(guide.phases, 1):
        if not phase.title:
            add(phase.where.get("title", phase.pos), "guide-phase-no-title", number=number)
        if not phase.task and not phase.questions:
            title = f" («{phase.title}»)" if phase.title else ""
            add(phase.where.get("task", phase.pos), "guide-phase-empty", number=number, title=title)
    _check_minutes(guide, add)
    return problems


def _check_minutes(guide: Guide, add: Callable[..., None]) -> None:
    """The phases' minutes add up to the total (when every one of them is a number)."""
    if guide.minutes is None or any(p.minutes is None for p in guide.phases) or not guide.phases:
        return
    total = sum(p.minutes or 0 for p in guide.phases)
    if total != guide.minutes:
        add(guide.where["minutes"], "guide-minutes-sum", total=total, minutes=guide.minutes)


def check_unused_banks(banks: Mapping[str, Bank], pages: Iterable[Page]) -> list[Problem]:
    used = {m.bank for p in pages for m in p.markers}
    problems = []
    for bank in banks.values():
        if bank.id not in used:
            pos = bank.where["bank"]
            message, hint = problem("bank-unused", id=bank.id)
            problems.append(Problem(bank.path, pos.line, pos.column, message, hint, "bank-unused"))
    return problems


def _listed(names: Iterable[str]) -> str:
    return ", ".join(sorted(names)) or "–"
