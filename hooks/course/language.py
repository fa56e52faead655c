"""The course's chosen forms of words that Bokmål or Nynorsk allows in more than one way.

Each edition writes one form everywhere (klarspråk: the same thing has the same name). A rejected
variant in a page or a quiz bank is a problem (rule `term-variant`) with the form to use. Each
written standard has its own list: «gruppa» is rejected in Bokmål and right in Nynorsk.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import Problem
from .model import Bank
from .text import problem, say


@dataclass(frozen=True)
class Term:
    pattern: re.Pattern[str]
    use: str  # the course's form: its name in the catalogue (term.<use>), which the hint says
    clue: str  # every match contains this (lower case): texts without it are skipped quickly


def _term(pattern: str, use: str, clue: str) -> Term:
    return Term(re.compile(pattern, re.IGNORECASE), use, clue)


TERMS = {
    "nb": (
        # fram, not frem (fremme, fremmer and fremmed are other words)
        _term(r"\bfrem(?!m)[a-zæøå]*", "fram", "frem"),
        _term(r"\bstepp[a-zæøå]* inn\b", "tre-inn", "stepp"),
        _term(r"\bifra\b", "si-fra", "ifra"),
        _term(r"\bførstelinja\b|\bi første linje\b", "forstelinjen", "første"),
        _term(r"\b[a-zæøå]*gruppa\b", "gruppen", "gruppa"),
        _term(r"\bmist[a-zæøå]* ansikt\b", "tape-ansikt", "ansikt"),
        _term(r"\bvent ikke\b", "ikke-vent", "vent ikke"),
        _term(r"\bgruppen ble enige\b", "ble-enig", "ble enige"),
    ),
    # The moderate forms of the official Nynorsk norm that the Nynorsk edition writes
    "nn": (
        _term(r"\bblei\b", "vart", "blei"),
        _term(r"\bblitt\b", "vorte", "blitt"),
        _term(r"\bogså\b", "og", "også"),
        _term(r"\bu?einig[a-zæøå]*", "samd", "einig"),
        _term(r"\blenkj[a-zæøå]*", "lenke", "lenkj"),
        _term(r"\bkross(?:ane|en|ar|a)?\b", "kryss", "kross"),
        _term(r"\bsakshandsam[a-zæøå]*", "saksbehandlar", "sakshandsam"),
        _term(r"\bfridommen\b", "fridomen", "fridommen"),
        _term(r"\blykkast\b", "lukkast", "lykkast"),
    ),
}
_HIDDEN = re.compile(r"<!--.*?-->|`[^`\n]*`", re.S)  # markers and code: not prose
_ID_LINES = re.compile(
    r"^\s*(?:-\s*)?id:.*$", re.M
)  # ids are keys, not text: they stay as they are


@dataclass(frozen=True)
class Variant:
    line: int
    column: int
    found: str
    use: str


def _visible(text: str) -> str:
    """The text with id lines, HTML comments (markers) and code blanked out, offsets kept."""
    text = _HIDDEN.sub(lambda m: " " * len(m.group(0)), text)
    return _ID_LINES.sub(lambda m: " " * len(m.group(0)), text)


def variants(text: str, language: str = "nb") -> Iterator[Variant]:
    """Every variant in the text that the edition in `language` rejects, outside id lines, HTML
    comments (markers) and code."""
    lowered = text.lower()
    terms = [term for term in TERMS[language] if term.clue in lowered]
    if not terms:
        return
    visible = _visible(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found = sorted(
        (m.start(), m.group(0), t.use) for t in terms for m in t.pattern.finditer(visible)
    )
    for start, word, use in found:
        line = bisect.bisect_right(line_starts, start)
        yield Variant(line, start - line_starts[line - 1] + 1, word, use)


def term_problems(path: str, text: str, language: str = "nb") -> list[Problem]:
    return [
        Problem(
            path,
            v.line,
            v.column,
            *problem("term-variant", found=v.found, use=say(f"term.{v.use}")),
            "term-variant",
        )
        for v in variants(text, language)
    ]


# ---------------------------------------------------------------- sentence length

LONGEST_SENTENCE = 24  # words: klarspråk keeps sentences under 25
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")
_SENTENCE_END = re.compile(r"(?<=[.!?:])[»”\")]*\s+")
_MARKUP = re.compile(r"<!--.*?-->|<[^>]+>|`[^`]*`|\]\([^)]*\)|https?://\S+")


def long_sentences(text: str) -> list[tuple[int, str]]:
    """(word count, first words) of every sentence of more than LONGEST_SENTENCE words; a table
    cell, a heading and a list item end a sentence."""
    if text.count(" ") < LONGEST_SENTENCE:
        return []  # too few words for a long sentence
    found = []
    for cell in _MARKUP.sub(" ", text).split("|"):
        for sentence in _SENTENCE_END.split(cell):
            words = _WORD.findall(sentence)
            if len(words) > LONGEST_SENTENCE:
                found.append((len(words), " ".join(words[:6])))
    return found


def _problem(path: str, line: int, column: int, count: int, start: str) -> Problem:
    message, hint = problem("sentence-long", count=count, start=start)
    return Problem(path, line, column, message, hint, "sentence-long")


def page_sentence_problems(path: str, text: str, meta_texts: list[str]) -> list[Problem]:
    """Long sentences in a page's Markdown (outside code) and in its front-matter texts."""
    problems = []
    fence: str | None = None
    lines = text.splitlines()
    in_front = bool(lines and lines[0].strip() == "---")
    for number, line in enumerate(lines, 1):
        if in_front:
            in_front = number == 1 or line.strip() not in ("---", "...")
            continue
        opened = re.match(r"^\s*(`{3,}|~{3,})", line)
        if opened and (fence is None or opened.group(1)[0] == fence[0]):
            fence = None if fence else opened.group(1)
            continue
        if fence is None:
            problems += [_problem(path, number, 1, n, start) for n, start in long_sentences(line)]
    for value in meta_texts:
        for n, start in long_sentences(" ".join(value.split())):
            first = start.split()[0]
            at = next((i for i, text_line in enumerate(lines, 1) if first in text_line), 1)
            problems.append(_problem(path, at, 1, n, start))
    return problems


def bank_sentence_problems(bank: Bank) -> list[Problem]:
    """Long sentences in a bank's questions, options, feedback and explanations."""
    problems = []
    for q in bank.questions:
        values = [
            (q.text, q.where.get("question", q.pos)),
            (q.explanation, q.where.get("explanation", q.pos)),
        ]
        for o in q.options:
            values += [
                (o.text, o.where.get("text", o.pos)),
                (o.feedback, o.where.get("feedback", o.pos)),
            ]
        for value, at in values:
            for n, start in long_sentences(" ".join(value.split())):
                problems.append(_problem(bank.path, at.line, at.column, n, start))
    return problems
