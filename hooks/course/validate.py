"""What the YAML alone cannot tell: checks over the loaded banks and pages.

Every problem is collected; none stops the run. Each check is a function over the model that
returns the problems it found, with a stable rule name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from .errors import Problem
from .model import Bank, Guide, Page, Pos


def check_bank(bank: Bank) -> list[Problem]:
    problems: list[Problem] = []

    def add(pos: Pos, rule: str, message: str, hint: str) -> None:
        problems.append(Problem(bank.path, pos.line, pos.column, message, hint, rule))

    seen: dict[str, int] = {}
    for q in bank.questions:
        here = q.where.get("id", q.pos)
        if q.id in seen:
            add(
                here,
                "question-duplicate-id",
                f"duplicate question id '{q.id}' (also on line {seen[q.id]})",
                "give each question its own id",
            )
        elif q.id:
            seen[q.id] = here.line
        name = f"question '{q.id}'" if q.id else "the question"
        at_options = q.where.get("options", q.pos)
        if "options" in q.where and len(q.options) < 2:
            count = f"{len(q.options)} option{'s' if len(q.options) != 1 else ''}"
            add(
                at_options,
                "question-too-few-options",
                f"{name} has {count}",
                "give it at least two options",
            )
        elif q.options and not any(o.correct for o in q.options):
            add(
                at_options,
                "option-no-correct",
                f"{name} has no correct option",
                "mark one with `correct: true`",
            )
        texts: dict[str, int] = {}
        for o in q.options:
            norm = " ".join(o.text.split()).casefold()
            at = o.where.get("text", o.pos)
            if norm and norm in texts:
                add(
                    at,
                    "option-duplicate",
                    f"{name} has the option '{o.text}' twice (also on line {texts[norm]})",
                    "make every option text different",
                )
            elif norm:
                texts[norm] = at.line
    return problems


def check_page(
    page: Page, banks: Mapping[str, Bank], broken: Collection[str] = ()
) -> list[Problem]:
    """broken: ids of bank files that could not be read; their problems say why, so a marker
    naming one of them is not a problem of its own."""
    problems: list[Problem] = []

    def add(pos: Pos, rule: str, message: str, hint: str) -> None:
        problems.append(Problem(page.path, pos.line, pos.column, message, hint, rule))

    placed: dict[tuple[str, str], int] = {}
    for marker in page.markers:
        bank = banks.get(marker.bank)
        if bank is None and marker.bank in broken:
            continue
        if bank is None:
            add(
                marker.pos,
                "marker-unknown-bank",
                f"the quiz marker names the bank '{marker.bank}', which does not exist",
                _known("banks", banks),
            )
            continue
        for qid in marker.questions:
            if bank.question(qid) is None:
                add(
                    marker.pos,
                    "marker-unknown-question",
                    f"bank '{bank.id}' has no question '{qid}'",
                    _known("questions", {q.id: q for q in bank.questions}),
                )
        # A bank with a duplicate question id is the bank's problem (reported there), not this page's.
        ids = (
            list(marker.questions)
            if marker.questions
            else list(dict.fromkeys(q.id for q in bank.questions))
        )
        for qid in ids:
            key = (bank.id, qid)
            if key in placed and bank.question(qid) is not None:
                add(
                    marker.pos,
                    "question-placed-twice",
                    f"question '{qid}' of bank '{bank.id}' is already placed on this page (line {placed[key]})",
                    "place each question once per page",
                )
            placed.setdefault(key, marker.pos.line)
    seen: dict[str, int] = {}
    texts: dict[str, int] = {}
    for r in page.reflections:
        if r.id in seen:
            add(
                r.pos,
                "reflection-duplicate-id",
                f"duplicate reflection id '{r.id}' (also on line {seen[r.id]})",
                "give each prompt its own id",
            )
        seen.setdefault(r.id, r.pos.line)
        norm = " ".join(r.text.split()).casefold()
        if norm in texts:
            add(
                r.pos,
                "reflection-duplicate",
                f"the reflection prompt '{r.text}' is there twice (also on line {texts[norm]})",
                "remove one of them",
            )
        texts.setdefault(norm, r.pos.line)
    names: dict[str, int] = {}
    for term in page.terms:
        for name in (term.term, *term.forms):
            word = " ".join(name.split()).casefold()
            if word in names:
                add(
                    term.pos,
                    "term-duplicate",
                    f"'{name}' is in the ordliste twice (also on line {names[word]})",
                    "keep each word and form once",
                )
            names.setdefault(word, term.pos.line)
    if page.repetition_marker and page.markers:
        add(
            page.repetition_marker,
            "repetition-with-quiz",
            "the repetisjon marker stands on a page that also places quiz questions",
            "give <!-- repetisjon --> a page of its own",
        )
    if page.reflections_marker and not page.reflections:
        add(
            page.reflections_marker,
            "marker-without-reflections",
            "the reflections marker stands on a page without reflection prompts",
            "add 'reflections:' to the front matter, or remove the marker",
        )
    return problems


GOAL_MIN_QUESTIONS = 2  # parallel questions per goal: a retake draws another


def check_goals(page: Page, banks: Mapping[str, Bank]) -> list[Problem]:
    """A module's knowledge check against its learning goals: every question names one of the
    module's goals, and every goal has at least GOAL_MIN_QUESTIONS questions (so that a retake
    can draw another). Goal ids are unique in the module."""
    if not page.module_id:
        return []
    problems: list[Problem] = []
    goals: dict[str, int] = {}
    for goal in page.goals:
        if goal.id in goals:
            problems.append(
                Problem(
                    page.path,
                    goal.pos.line,
                    goal.pos.column,
                    f"duplicate goal id '{goal.id}' (also on line {goals[goal.id]})",
                    "give each learning goal its own id",
                    "goal-duplicate-id",
                )
            )
        goals.setdefault(goal.id, goal.pos.line)
    counts = dict.fromkeys(goals, 0)
    for marker in page.markers:
        bank = banks.get(marker.bank)
        for placed in bank.placed(marker.questions) if bank else []:
            question = placed.question
            at = question.where.get("goal", question.where.get("id", question.pos))
            if not question.goal:
                problems.append(
                    Problem(
                        bank.path,
                        at.line,
                        at.column,
                        f"question '{question.id}' names no learning goal",
                        f"add 'goal:' with one of the goals of {page.path}: {_listed(goals)}",
                        "goal-missing",
                    )
                )
            elif question.goal not in goals:
                problems.append(
                    Problem(
                        bank.path,
                        at.line,
                        at.column,
                        f"question '{question.id}' names the goal '{question.goal}', "
                        f"which {page.path} does not have",
                        f"known goals: {_listed(goals)}",
                        "goal-unknown",
                    )
                )
            else:
                counts[question.goal] += 1
    if not page.markers:
        return problems
    for goal in page.goals:
        if counts.get(goal.id, 0) < GOAL_MIN_QUESTIONS and goals[goal.id] == goal.pos.line:
            n = counts.get(goal.id, 0)
            problems.append(
                Problem(
                    page.path,
                    goal.pos.line,
                    goal.pos.column,
                    f"the goal '{goal.id}' has {n} question{'' if n == 1 else 's'} in the knowledge check",
                    f"write at least {GOAL_MIN_QUESTIONS} questions with 'goal: {goal.id}', "
                    "so that a retake can ask another",
                    "goal-too-few-questions",
                )
            )
    return problems


def _listed(names: Iterable[str]) -> str:
    return ", ".join(names) or "none"


def check_guide(page: Page) -> list[Problem]:
    """A conversation guide's meeting plan: phases declared where the guide's marker stands, each
    with a title and something to do, and minutes that add up to the meeting's total."""
    guide = page.guide
    if guide is None:
        return []
    problems: list[Problem] = []

    def add(pos: Pos, rule: str, message: str, hint: str) -> None:
        problems.append(Problem(page.path, pos.line, pos.column, message, hint, rule))

    if not guide.declared:
        add(
            guide.marker or Pos(1, 1),
            "guide-phases-missing",
            "the conversation guide has no phases"
            if guide.marker is None
            else "the samtale marker stands on a page without phases",
            "add 'phases:' to the front matter: the parts of the meeting, each with 'title', "
            "'minutes' and 'task' or 'questions'",
        )
        return problems
    if guide.marker is None:
        add(
            guide.where["phases"],
            "guide-marker-missing",
            "the guide has phases, but no <!-- samtale --> marker to show them",
            "put <!-- samtale --> on a line of its own after «Før møtet»",
        )
    if "minutes" not in guide.where:
        add(
            guide.where["phases"],
            "front-matter-missing-key",
            "the guide has no 'minutes' (the meeting's total)",
            "add 'minutes:' with the sum of the phases' minutes, for example 'minutes: 50'",
        )
    for number, phase in enumerate(guide.phases, 1):
        if not phase.title:
            add(
                phase.where.get("title", phase.pos),
                "guide-phase-no-title",
                f"phase {number} has no title",
                "write 'title:' with a short name for this part of the meeting",
            )
        if not phase.task and not phase.questions:
            add(
                phase.where.get("task", phase.pos),
                "guide-phase-empty",
                f"{_phase_name(number, phase.title)} has neither a task nor questions",
                "add 'task:' with what the group does, or 'questions:' to talk about",
            )
    _check_minutes(guide, add)
    return problems


def _check_minutes(guide: Guide, add: Callable[[Pos, str, str, str], None]) -> None:
    """The phases' minutes add up to the total (when every one of them is a number)."""
    if guide.minutes is None or any(p.minutes is None for p in guide.phases) or not guide.phases:
        return
    total = sum(p.minutes or 0 for p in guide.phases)
    if total != guide.minutes:
        add(
            guide.where["minutes"],
            "guide-minutes-sum",
            f"the phases add up to {total} minutes, but 'minutes' says {guide.minutes}",
            "change a phase's minutes or the total, so that they agree",
        )


def _phase_name(number: int, title: str) -> str:
    return f"phase {number} ('{title}')" if title else f"phase {number}"


def check_unused_banks(banks: Mapping[str, Bank], pages: Iterable[Page]) -> list[Problem]:
    used = {m.bank for p in pages for m in p.markers}
    problems = []
    for bank in banks.values():
        if bank.id not in used:
            pos = bank.where["bank"]
            problems.append(
                Problem(
                    bank.path,
                    pos.line,
                    pos.column,
                    f"no page uses the bank '{bank.id}'",
                    f"place it with <!-- quiz: {bank.id} --> on a page, or delete the file",
                    "bank-unused",
                    warning=True,
                )
            )
    return problems


def _known(what: str, names: Mapping[str, object]) -> str:
    listed = ", ".join(sorted(names)) or "none"
    return f"known {what}: {listed}"
