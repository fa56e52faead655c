"""Quiz banks and pages into the model, each value with its line and column."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import yaml

from . import markers
from .errors import Problem
from .model import Bank, Marker, Option, Page, Pos, Question, Reflection
from .yamlsource import (
    BOOL,
    Source,
    identifier,
    kind,
    mapping,
    parse_yaml,
    plain,
    read_text,
    sequence,
    text,
)

BANK_KEYS = {"id": True, "title": False, "questions": True}
QUESTION_KEYS = {"id": True, "question": True, "options": True, "explanation": False}
OPTION_KEYS = {"text": True, "correct": False, "feedback": False}
REFLECTION_KEYS = {"id": True, "text": True}
# Front-matter keys the course reads; other keys (MkDocs', Material's) pass through, but a key
# that is a near miss of one of ours is reported, so a misspelt `reflection:` is not lost.
PAGE_KEYS = ("title", "description", "minutes", "audience", "goals", "reflections")
FRONT_MATTER = re.compile(r"\A(---[ \t]*\n)(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


# ---------------------------------------------------------------- quiz banks


def load_bank(path: Path, display: str) -> tuple[Bank | None, list[Problem]]:
    """A quiz bank from its file, or None; with every problem found in it."""
    src = Source(display)
    raw = read_text(path, src)
    if raw is None:
        return None, src.problems
    if not raw.strip():
        src.add(
            Pos(1, 1),
            "file-empty",
            "the file is empty",
            "a bank needs 'id:' and 'questions:'; see the editor guide",
        )
        return None, src.problems
    node = parse_yaml(raw, src)
    if node is None:
        return None, src.problems
    bank = _bank(node, src)
    if bank is not None and bank.id and bank.id != path.stem:
        src.add(
            bank.where["id"],
            "bank-id-file-name",
            f"bank id '{bank.id}' differs from the file name '{path.name}'",
            f"write 'id: {path.stem}', or rename the file to '{bank.id}.yml'",
        )
    return bank, src.problems


def _bank(node: yaml.Node, src: Source) -> Bank | None:
    values = mapping(node, BANK_KEYS, src, "the quiz bank")
    if values is None:
        return None
    where: dict[str, Pos] = {"bank": src.at(node)}
    bank_id = identifier(values, "id", src, where)
    title = text(values, "title", src, where, required=False)
    items = sequence(values, "questions", src, "questions")
    if "questions" in values:
        where["questions"] = src.at(values["questions"])
        if isinstance(values["questions"], yaml.SequenceNode) and not items:
            src.add(
                values["questions"],
                "bank-no-questions",
                "the bank has no questions",
                "add at least one question under 'questions:'",
            )
    questions = tuple(q for q in (_question(item, src) for item in items) if q is not None)
    return Bank(bank_id, title, questions, src.path, where)


def _question(node: yaml.Node, src: Source) -> Question | None:
    values = mapping(node, QUESTION_KEYS, src, "a question")
    if values is None:
        return None
    where: dict[str, Pos] = {}
    qid = identifier(values, "id", src, where)
    question = text(values, "question", src, where)
    explanation = text(values, "explanation", src, where, required=False)
    items = sequence(values, "options", src, "options")
    options = tuple(o for o in (_option(item, src) for item in items) if o is not None)
    if isinstance(values.get("options"), yaml.SequenceNode):
        where["options"] = src.at(values["options"])
    return Question(qid, question, options, explanation, src.at(node), where)


def _option(node: yaml.Node, src: Source) -> Option | None:
    values = mapping(node, OPTION_KEYS, src, "an option")
    if values is None:
        return None
    where: dict[str, Pos] = {}
    option_text = text(values, "text", src, where)
    if "\n" in option_text:
        src.add(
            where["text"],
            "option-multiline",
            "option text must be one line",
            "use '>-' to fold a long text, and leave no blank line inside it",
        )
    feedback = text(values, "feedback", src, where, required=False)
    return Option(option_text, _correct(values.get("correct"), src), feedback, src.at(node), where)


def _correct(node: yaml.Node | None, src: Source) -> bool:
    if node is None:
        return False
    if isinstance(node, yaml.ScalarNode) and node.tag == BOOL and node.value in ("true", "false"):
        return bool(node.value == "true")
    shown = node.value if isinstance(node, yaml.ScalarNode) else kind(node)
    src.add(
        node,
        "correct-not-boolean",
        f"'correct' must be true or false, not {shown}",
        "write 'correct: true' on the right option and leave it out on the others",
    )
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
    match = FRONT_MATTER.match(raw)
    if match:
        src.line_offset = 1
        node = parse_yaml(match.group(2), src)
        if isinstance(node, yaml.MappingNode):
            reflections = _page_meta(node, src)
            value = plain(node) if not src.problems else {}
            meta = value if isinstance(value, dict) else {}
        src.line_offset = 0
    found_markers, reflections_marker = _markers(raw, src)
    page = Page(
        display,
        src_uri,
        meta,
        reflections,
        found_markers,
        reflections_marker,
        _repetition_marker(raw, src),
    )
    return page, src.problems


def _page_meta(node: yaml.MappingNode, src: Source) -> tuple[Reflection, ...]:
    for key, _ in node.value:
        name = str(key.value)
        close = (
            []
            if name in PAGE_KEYS
            else difflib.get_close_matches(name, PAGE_KEYS, n=1, cutoff=0.75)
        )
        if close:
            src.add(
                key,
                "front-matter-unknown-key",
                f"unknown front-matter key '{name}'",
                f"did you mean '{close[0]}'?",
            )
    values = {str(k.value): v for k, v in node.value}
    if "reflections" not in values:
        return ()
    items = sequence(values, "reflections", src, "reflection prompts")
    if isinstance(values["reflections"], yaml.SequenceNode) and not items:
        src.add(
            values["reflections"],
            "reflections-empty",
            "'reflections' is an empty list",
            "add prompts, or remove 'reflections:'",
        )
    found: list[Reflection] = []
    for item in items:
        item_values = mapping(item, REFLECTION_KEYS, src, "a reflection prompt")
        if item_values is None:
            continue
        where: dict[str, Pos] = {}
        rid = identifier(item_values, "id", src, where)
        prompt = text(item_values, "text", src, where)
        if rid and prompt:
            found.append(Reflection(rid, prompt, src.at(item)))
    return tuple(found)


def _markers(raw: str, src: Source) -> tuple[tuple[Marker, ...], Pos | None]:
    found_markers: list[Marker] = []
    reflections_at: Pos | None = None
    for found in markers.find(raw):
        pos = Pos(found.line, found.column)
        if found.kind == "quiz-tag":
            src.add(
                pos,
                "quiz-in-page",
                "quiz written directly in the page",
                "put the question in a bank under quizzes/ and place it with <!-- quiz: bank-id -->",
            )
        elif not found.alone:
            src.add(
                pos,
                "marker-not-alone",
                f"the {found.kind} marker must stand alone on its line",
                "move the text around it to lines of its own",
            )
        elif found.kind == "reflections":
            if found.colon or found.args:
                src.add(
                    pos,
                    "marker-arguments",
                    "the reflections marker takes no arguments",
                    "write it as <!-- reflections -->",
                )
            elif reflections_at:
                src.add(
                    pos,
                    "marker-twice",
                    f"a second reflections marker (the first is on line {reflections_at.line})",
                    "keep one <!-- reflections --> per page",
                )
            else:
                reflections_at = pos
        elif found.kind == "quiz":
            if not found.colon or not found.args:
                src.add(
                    pos,
                    "marker-no-bank",
                    "the quiz marker names no bank",
                    "write <!-- quiz: bank-id --> or <!-- quiz: bank-id question-id ... -->",
                )
            else:
                found_markers.append(Marker(found.args[0], found.args[1:], pos))
    return tuple(found_markers), reflections_at


def _repetition_marker(raw: str, src: Source) -> Pos | None:
    """Where `<!-- repetisjon -->` stands; a problem for arguments or a second one. (A marker that
    does not stand alone on its line is reported by _markers.)"""
    at: Pos | None = None
    for found in markers.find(raw):
        if found.kind != "repetisjon" or not found.alone:
            continue
        pos = Pos(found.line, found.column)
        if found.colon or found.args:
            src.add(
                pos,
                "marker-arguments",
                "the repetisjon marker takes no arguments",
                "write it as <!-- repetisjon -->",
            )
        elif at:
            src.add(
                pos,
                "marker-twice",
                f"a second repetisjon marker (the first is on line {at.line})",
                "keep one <!-- repetisjon --> per page",
            )
        else:
            at = pos
    return at
