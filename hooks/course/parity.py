"""The Nynorsk edition keeps step with the Bokmål one, its source.

A translated bank or page has the path of its source under the edition's folder
(nn/quizzes/selvledelse.yml translates quizzes/selvledelse.yml). Both editions have the same
pages, banks, question ids, options (count, order and which are right), goals and reflections;
anything in one only is a problem in the file where it is missing or extra.

One learner record across editions: a translated question answers to its source's fingerprint
and each option to its source option's key (twin()), so an answer, a first answer, a schedule
entry or a tick saved in one edition is the same in the other. Only a change to the source
question starts it over, in both editions; a change to the translation alone keeps every
answer. A translation records the fingerprint of the source file it was made from (`source:`);
when the source has changed since, the translation is advice that waits (translation-outdated).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import replace

from .errors import Problem
from .model import Bank, Marker, Page, Pos, Question
from .text import problem

SOURCE_KEY = "source"  # in a translated bank or page's front matter: the source file's fingerprint

Add = Callable[..., None]


def file_fingerprint(text: str) -> str:
    """What a translation records of its source file: its words, whatever the line endings."""
    normal = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    return "v" + hashlib.sha256(normal.encode("utf-8")).hexdigest()[:10]  # a letter: YAML text


def _adder(problems: list[Problem]) -> Add:
    def add(path: str, at: Pos, rule: str, variant: str = "", /, **args: object) -> None:
        message, hint = problem(rule, variant, **args)
        problems.append(Problem(path, at.line, at.column, message, hint, rule))

    return add


def _same_question(source: Question, translated: Question) -> bool:
    return len(source.options) == len(translated.options) and all(
        s.correct == t.correct for s, t in zip(source.options, translated.options)
    )


def twin(source: Bank | None, translated: Bank) -> Bank:
    """The translated bank whose questions and options answer to their source twins' ids: the
    questions that match their source (same id, same count of options, same ones right)."""
    if source is None:
        return translated
    questions = []
    for q in translated.questions:
        s = source.question(q.id)
        if s is None or not _same_question(s, q):
            questions.append(q)
            continue
        options = tuple(
            replace(o, source_key=so.key) for o, so in zip(q.options, s.options, strict=True)
        )
        questions.append(replace(q, options=options, source_fingerprint=s.fingerprint))
    return replace(translated, questions=tuple(questions))


def check_banks(
    source: Mapping[str, Bank],
    translated: Mapping[str, Bank],
    files: tuple[set[str], set[str]],
    path_of: Callable[[str], str],
) -> list[Problem]:
    """Both editions have the same banks and the same questions. files: the bank files' names
    (stems) of the source and of the translation, read or not (a file that could not be read
    has its own problems). path_of: a bank id's translated path."""
    problems: list[Problem] = []
    add = _adder(problems)
    start = Pos(1, 1)
    source_files, translated_files = files
    for bank_id, bank in sorted(source.items()):
        if bank_id not in translated_files:
            add(bank.path, start, "parity-missing", "bank", path=path_of(bank_id))
    for bank_id, bank in sorted(translated.items()):
        twin = source.get(bank_id)
        if twin is not None:
            problems += _check_twin_bank(twin, bank)
        elif bank_id not in source_files:
            add(bank.path, bank.where.get("id", start), "parity-extra", "bank")
    return problems


def _check_twin_bank(s: Bank, bank: Bank) -> list[Problem]:
    """A translated bank against its source: the same questions, options and goals, and (when
    those agree) in the same order."""
    problems: list[Problem] = []
    add = _adder(problems)
    at_bank = bank.where.get("questions", Pos(1, 1))
    ids = [q.id for q in bank.questions]
    for q in s.questions:
        if q.id not in ids:
            add(bank.path, at_bank, "parity-missing", "question", id=q.id, source=s.path)
    for q in bank.questions:
        twin_q = s.question(q.id)
        if twin_q is None:
            add(bank.path, q.pos, "parity-extra", "question", id=q.id, source=s.path)
        elif not _same_question(twin_q, q):
            add(bank.path, q.pos, "parity-options", id=q.id, source=s.path)
        elif twin_q.goal != q.goal:
            add(bank.path, q.where.get("goal", q.pos), "parity-goal", id=q.id, goal=twin_q.goal)
    order = [q.id for q in s.questions if q.id in ids]
    if not problems and order != [i for i in ids if s.question(i)]:
        add(bank.path, at_bank, "parity-order", source=s.path)
    return problems


def check_pages(
    source: Mapping[str, Page], translated: Mapping[str, Page], path_of: Callable[[str], str]
) -> list[Problem]:
    """Both editions have the same pages, goals, reflections and knowledge checks."""
    problems: list[Problem] = []
    add = _adder(problems)
    start = Pos(1, 1)
    for src, page in sorted(source.items()):
        if src not in translated:
            add(page.path, start, "parity-missing", "page", path=path_of(src))
    for src, page in sorted(translated.items()):
        s = source.get(src)
        if s is None:
            add(page.path, start, "parity-extra", "page")
            continue
        for what, mine, theirs in (
            ("goals", [g.id for g in page.goals], [g.id for g in s.goals]),
            ("reflections", [r.id for r in page.reflections], [r.id for r in s.reflections]),
            ("markers", [_marker(m) for m in page.markers], [_marker(m) for m in s.markers]),
        ):
            if mine != theirs:
                add(page.path, start, "parity-page", what, source=s.path, theirs=", ".join(theirs))
    return problems


def _marker(marker: Marker) -> str:
    return " ".join((marker.bank, *marker.questions))


def check_fresh(
    path: str, recorded: object, at: Pos | None, source_path: str, source_text: str
) -> list[Problem]:
    """Advice when a translation was made from another version of its source file."""
    now = file_fingerprint(source_text)
    if recorded == now:
        return []
    problems: list[Problem] = []
    variant = "missing" if recorded is None else ""
    _adder(problems)(
        path, at or Pos(1, 1), "translation-outdated", variant, source=source_path, fingerprint=now
    )
    return problems


def record(text: str, fingerprint: str, bank: bool) -> str:
    """A translated file's text with `source: <fingerprint>`: replaced where it is, else added
    at the top of the bank, or at the end of the page's front matter (a page without one gets
    one)."""
    lines = text.split("\n")
    line = f"{SOURCE_KEY}: {fingerprint}"
    for number, old in enumerate(lines):
        if old.startswith(SOURCE_KEY + ":"):
            lines[number] = line
            return "\n".join(lines)
        if not bank and number > 0 and old == "---":
            lines.insert(number, line)
            return "\n".join(lines)
    if bank:
        return line + "\n" + text
    return f"---\n{line}\n---\n\n" + text
