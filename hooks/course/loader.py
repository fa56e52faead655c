"""Quiz banks, pages and the conversation guides' phases into the model, each value with its line
and column."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import yaml

from . import markers
from .errors import Problem
from .model import (
    Bank,
    Goal,
    Guide,
    Marker,
    Option,
    Page,
    Phase,
    Pos,
    Question,
    Reflection,
    Term,
)
from .text import say
from .yamlsource import (
    BOOL,
    STR,
    TYPE_NAMES,
    Source,
    identifier,
    kind,
    mapping,
    parse_yaml,
    plain,
    read_text,
    sequence,
    text,
    whole_number,
)

BANK_KEYS = {"id": True, "title": False, "questions": True, "source": False}  # source: parity.py
QUESTION_KEYS = {
    "id": True,
    "goal": False,
    "question": True,
    "options": True,
    "explanation": False,
}
OPTION_KEYS = {"text": True, "correct": False, "feedback": False}
REFLECTION_KEYS = {"id": True, "text": True}
GOAL_KEYS = {"id": True, "text": True, "read": False}
# A phase of a conversation guide; a missing or empty title is reported as guide-phase-no-title.
PHASE_KEYS = {"title": False, "minutes": True, "task": False, "questions": False}
GUIDE_PAGE = re.compile(r"ledere/samtale-[^/]+\.md\Z")  # a conversation guide, by its file name
MEETING_MINUTES = 480  # the most a meeting's or a phase's minutes can be
# Front-matter keys the course reads; other keys (MkDocs', Material's) pass through, but a key
# that is a near miss of one of ours is reported, so a misspelt `reflection:` is not lost.
PAGE_KEYS = (
    "title",
    "description",
    "minutes",
    "audience",
    "goals",
    "reflections",
    "terms",
    "phases",
)
TERM_KEYS = {"term": True, "forms": False, "text": True}
FRONT_MATTER = re.compile(r"\A(---[ \t]*\n)(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


# ---------------------------------------------------------------- quiz banks


def load_bank(path: Path, display: str) -> tuple[Bank | None, list[Problem]]:
    """A quiz bank from its file, or None; with every problem found in it."""
    src = Source(display)
    raw = read_text(path, src)
    if raw is None:
        return None, src.problems
    if not raw.strip():
        src.add(Pos(1, 1), "file-empty")
        return None, src.problems
    node = parse_yaml(raw, src)
    if node is None:
        return None, src.problems
    bank = _bank(node, src)
    if bank is not None and bank.id and bank.id != path.stem:
        src.add(bank.where["id"], "bank-id-file-name", id=bank.id, file=path.name, stem=path.stem)
    return bank, src.problems


def _bank(node: yaml.Node, src: Source) -> Bank | None:
    values = mapping(node, BANK_KEYS, src, "bank")
    if values is None:
        return None
    where: dict[str, Pos] = {"bank": src.at(node)}
    bank_id = identifier(values, "id", src, where)
    title = text(values, "title", src, where, required=False)
    source = text(values, "source", src, where, required=False)
    items = sequence(values, "questions", src)
    if "questions" in values:
        where["questions"] = src.at(values["questions"])
        if isinstance(values["questions"], yaml.SequenceNode) and not items:
            src.add(values["questions"], "bank-no-questions")
    questions = tuple(q for q in (_question(item, src) for item in items) if q is not None)
    return Bank(bank_id, title, questions, src.path, where, source)


def _question(node: yaml.Node, src: Source) -> Question | None:
    values = mapping(node, QUESTION_KEYS, src, "question")
    if values is None:
        return None
    where: dict[str, Pos] = {}
    qid = identifier(values, "id", src, where)
    goal = identifier(values, "goal", src, where) if "goal" in values else ""
    question = text(values, "question", src, where)
    explanation = text(values, "explanation", src, where, required=False)
    items = sequence(values, "options", src)
    options = tuple(o for o in (_option(item, src) for item in items) if o is not None)
    if isinstance(values.get("options"), yaml.SequenceNode):
        where["options"] = src.at(values["options"])
    return Question(qid, question, options, explanation, src.at(node), where, goal)


def _option(node: yaml.Node, src: Source) -> Option | None:
    values = mapping(node, OPTION_KEYS, src, "option")
    if values is None:
        return None
    where: dict[str, Pos] = {}
    option_text = text(values, "text", src, where)
    if "\n" in option_text:
        src.add(where["text"], "option-multiline")
    feedback = text(values, "feedback", src, where, required=False)
    return Option(option_text, _correct(values.get("correct"), src), feedback, src.at(node), where)


def _correct(node: yaml.Node | None, src: Source) -> bool:
    if node is None:
        return False
    if isinstance(node, yaml.ScalarNode) and node.tag == BOOL and node.value in ("true", "false"):
        return bool(node.value == "true")
    shown = node.value if isinstance(node, yaml.ScalarNode) else kind(node)
    src.add(node, "correct-not-boolean", value=shown)
    return str(shown).lower() in (
        "true",
        "yes",
        "on",
        "ja",
    )  # what the editor meant: no follow-on errors


# ---------------------------------------------------------------- pages


def load_page(path: Path, display: str, src_uri: str) -> tuple[Page, list[Problem]]:
    """Front matter and markers of a Markdown page, with every problem found in them."""
    src = Source(display, "front-matter")
    raw = read_text(path, src) or ""
    meta: dict[str, object] = {}
    reflections: tuple[Reflection, ...] = ()
    terms: tuple[Term, ...] = ()
    plan: Guide | None = None
    goals: tuple[Goal, ...] = ()
    match = FRONT_MATTER.match(raw)
    if match:
        src.line_offset = 1
        node = parse_yaml(match.group(2), src)
        if isinstance(node, yaml.MappingNode):
            reflections = _page_meta(node, src)
            terms = _terms(node, src)
            goals = _goals(node, src)
            plan = _guide(node, src)
            value = plain(node) if not src.problems else {}
            meta = value if isinstance(value, dict) else {}
        src.line_offset = 0
    found_markers, placed_at = _markers(raw, src)
    samtale_marker = placed_at.get("samtale")
    guide: Guide | None = None
    if plan is not None or samtale_marker is not None or GUIDE_PAGE.match(src_uri):
        plan = plan or Guide(None, (), False, None)
        guide = Guide(plan.minutes, plan.phases, plan.declared, samtale_marker, plan.where)
    page = Page(
        display,
        src_uri,
        meta,
        reflections,
        found_markers,
        placed_at.get("reflections"),
        terms=terms,
        guide=guide,
        repetition_marker=placed_at.get("repetisjon"),
        goals=goals,
        headings=dict(markers.headings(raw)),
    )
    return page, src.problems


def _goals(node: yaml.MappingNode, src: Source) -> tuple[Goal, ...]:
    """A module's learning goals: `goals:` in front matter, each with an id and a text."""
    values = {str(k.value): v for k, v in node.value}
    found: list[Goal] = []
    for item in sequence(values, "goals", src):
        goal_values = mapping(item, GOAL_KEYS, src, "goal")
        if goal_values is None:
            continue
        where: dict[str, Pos] = {}
        gid = identifier(goal_values, "id", src, where)
        goal_text = text(goal_values, "text", src, where)
        read = text(goal_values, "read", src, where, required=False)
        if gid and goal_text:
            found.append(Goal(gid, goal_text, where["id"], read))
    return tuple(found)


def _terms(node: yaml.MappingNode, src: Source) -> tuple[Term, ...]:
    """The ordliste's terms: `terms:` in front matter, each with term, text and forms."""
    values = {str(k.value): v for k, v in node.value}
    found: list[Term] = []
    for item in sequence(values, "terms", src):
        term_values = mapping(item, TERM_KEYS, src, "term")
        if term_values is None:
            continue
        where: dict[str, Pos] = {}
        term = text(term_values, "term", src, where)
        explanation = text(term_values, "text", src, where)
        forms = [
            text({"forms": form}, "forms", src, {}) for form in sequence(term_values, "forms", src)
        ]
        if term and explanation:
            found.append(Term(term, tuple(f for f in forms if f), explanation, src.at(item)))
    return tuple(found)


def _page_meta(node: yaml.MappingNode, src: Source) -> tuple[Reflection, ...]:
    for key, _ in node.value:
        name = str(key.value)
        close = (
            []
            if name in PAGE_KEYS
            else difflib.get_close_matches(name, PAGE_KEYS, n=1, cutoff=0.75)
        )
        if close:
            src.add(key, "front-matter-unknown-key", name=name, close=close[0])
    values = {str(k.value): v for k, v in node.value}
    if "reflections" not in values:
        return ()
    items = sequence(values, "reflections", src)
    if isinstance(values["reflections"], yaml.SequenceNode) and not items:
        src.add(values["reflections"], "reflections-empty")
    found: list[Reflection] = []
    for item in items:
        item_values = mapping(item, REFLECTION_KEYS, src, "reflection")
        if item_values is None:
            continue
        where: dict[str, Pos] = {}
        rid = identifier(item_values, "id", src, where)
        prompt = text(item_values, "text", src, where)
        if rid and prompt:
            found.append(Reflection(rid, prompt, src.at(item)))
    return tuple(found)


def _guide(node: yaml.MappingNode, src: Source) -> Guide | None:
    """The meeting plan of a page with `phases:` (its total `minutes:` and its phases), or None.

    What the YAML alone tells is reported here (types, unknown keys); whether the plan adds up is
    checked in validate.check_guide."""
    values = {str(k.value): v for k, v in node.value}
    keys = {str(k.value): k for k, _ in node.value}
    if "phases" not in values:
        return None
    where = {"phases": src.at(keys["phases"])}  # the key: a problem with the plan as a whole
    if "minutes" in values:
        where["minutes"] = src.at(values["minutes"])
    minutes = whole_number(values, "minutes", src, 1, MEETING_MINUTES, "meeting-minutes")
    phase_src = Source(src.path, "guide-phase", src.problems, src.line_offset)
    items = sequence(values, "phases", src)
    if isinstance(values["phases"], yaml.SequenceNode) and not items:
        src.add(values["phases"], "guide-phases-missing", "empty")
    phases = tuple(p for p in (_phase(item, phase_src) for item in items) if p is not None)
    return Guide(minutes, phases, True, None, where)


def _phase(node: yaml.Node, src: Source) -> Phase | None:
    values = mapping(node, PHASE_KEYS, src, "phase")
    if values is None:
        return None
    where: dict[str, Pos] = {}
    title = text(values, "title", src, where, required=False)
    if "minutes" in values:
        where["minutes"] = src.at(values["minutes"])
    minutes = whole_number(values, "minutes", src, 1, MEETING_MINUTES, "phase-minutes")
    task = text(values, "task", src, where, required=False)
    if "questions" in values:
        where["questions"] = src.at(values["questions"])
    questions = tuple(
        q for q in (_question_text(item, src) for item in sequence(values, "questions", src)) if q
    )
    return Phase(title, minutes, task, questions, src.at(node), where)


def _question_text(node: yaml.Node, src: Source) -> str:
    """One item of a phase's `questions:` list, as one line of text ("" with a problem)."""
    if isinstance(node, yaml.ScalarNode) and node.tag != STR:
        if TYPE_NAMES.get(node.tag) == "empty":
            src.add(node, "value-empty", "item")
            return ""
        name = TYPE_NAMES.get(node.tag, "other")
        src.add(node, "value-type", "item-read-as", kind=say(f"kind.{name}"), value=node.value)
        return ""
    value = text({"question": node}, "question", src, {})
    return " ".join(value.split())


def _markers(raw: str, src: Source) -> tuple[tuple[Marker, ...], dict[str, Pos]]:
    """The quiz markers, and where each plain marker (reflections, samtale, ...) first stands."""
    found_markers: list[Marker] = []
    first: dict[str, Pos] = {}  # where each plain marker (reflections, modules, ...) first stands
    for found in markers.find(raw):
        pos = Pos(found.line, found.column)
        if found.kind == "quiz-tag":
            src.add(pos, "quiz-in-page")
        elif not found.alone:
            src.add(pos, "marker-not-alone", kind=found.kind)
        elif found.kind in markers.PLAIN:
            kind = found.kind
            if found.colon or found.args:
                src.add(pos, "marker-arguments", kind=kind)
            elif kind in first:
                src.add(pos, "marker-twice", kind=kind, line=first[kind].line)
            else:
                first[kind] = pos
        elif found.kind == "quiz":
            if not found.colon or not found.args:
                src.add(pos, "marker-no-bank")
            else:
                found_markers.append(Marker(found.args[0], found.args[1:], pos))
    return tuple(found_markers), first
