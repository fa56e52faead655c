"""The course's chosen forms of words that Norwegian Bokmål allows in more than one way.

The course writes one form everywhere (klarspråk: the same thing has the same name). A rejected
variant in a page or a quiz bank is a problem (rule `term-variant`) with the form to use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import Problem


@dataclass(frozen=True)
class Term:
    pattern: re.Pattern[str]
    use: str  # the course's form, as the hint says it


def _term(pattern: str, use: str) -> Term:
    return Term(re.compile(pattern, re.IGNORECASE), use)


TERMS = (
    # fram, not frem (fremme, fremmer and fremmed are other words)
    _term(r"\bfrem(?!m)[a-zæøå]*", "the fram- form: fram, framover, framdrift, framtid"),
    _term(r"\bstepp[a-zæøå]* inn\b", "'tre inn' (trer inn, trådte inn)"),
    _term(r"\bifra\b", "'fra': si fra, sier fra, sa fra"),
    _term(r"\bførstelinja\b|\bi første linje\b", "'førstelinjen'"),
    _term(r"\b[a-zæøå]*gruppa\b", "the -en form: gruppen, ledergruppen"),
    _term(r"\bmist[a-zæøå]* ansikt\b", "'tape ansikt'"),
    _term(r"\bvent ikke\b", "'ikke vent'"),
    _term(r"\bgruppen ble enige\b", "'gruppen ble enig' (one group)"),
)
_HIDDEN = re.compile(r"<!--.*?-->|`[^`]*`")  # markers and code: not prose
_ID_LINE = re.compile(r"^\s*(?:-\s*)?id:")  # ids are keys, not text: they stay as they are


@dataclass(frozen=True)
class Variant:
    line: int
    column: int
    found: str
    use: str


def variants(text: str) -> Iterator[Variant]:
    """Every rejected variant in the text, outside id lines, HTML comments (markers) and code."""
    for number, line in enumerate(text.splitlines(), 1):
        if _ID_LINE.match(line):
            continue
        visible = _HIDDEN.sub(lambda m: " " * len(m.group(0)), line)
        for term in TERMS:
            for found in term.pattern.finditer(visible):
                yield Variant(number, found.start() + 1, found.group(0), term.use)


def term_problems(path: str, text: str) -> list[Problem]:
    return [
        Problem(
            path,
            v.line,
            v.column,
            f"'{v.found}' is not the course's form",
            f"write {v.use}",
            "term-variant",
        )
        for v in variants(text)
    ]
