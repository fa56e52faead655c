"""The course as data: quiz banks, questions, options, pages and their reflections."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Mapping, NamedTuple


class Pos(NamedTuple):
    """Where a value stands in its file, 1-based. A tuple: a bank of 100 questions has about
    1700 of them, and a tuple is made in half the time of a frozen dataclass."""

    line: int
    column: int


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str
    pos: Pos
    where: Mapping[str, Pos] = field(default_factory=dict, compare=False)

    @property
    def key(self) -> str:
        """Stable key of the option in the learner's saved answer: follows the text, not the order."""
        return "o" + _digest(" ".join(self.text.split()).casefold())


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    options: tuple[Option, ...]
    explanation: str
    pos: Pos
    where: Mapping[str, Pos] = field(default_factory=dict, compare=False)

    @property
    def multiple(self) -> bool:
        return sum(o.correct for o in self.options) > 1

    @property
    def fingerprint(self) -> str:
        """Changes when what the learner answered changes: the question, the options, which are right.

        Order of options, feedback and explanation do not count: a saved answer stays valid
        when they change, and is dropped (shown unanswered) when the question itself changes.
        """
        options = sorted((" ".join(o.text.split()), o.correct) for o in self.options)
        return _digest(json.dumps([" ".join(self.text.split()), options], ensure_ascii=False))


@dataclass(frozen=True)
class Bank:
    id: str
    title: str
    questions: tuple[Question, ...]
    path: str
    where: Mapping[str, Pos] = field(default_factory=dict, compare=False)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class Reflection:
    id: str
    text: str
    pos: Pos


@dataclass(frozen=True)
class Marker:
    """A line in a page that places quiz questions: `<!-- quiz: bank [question ...] -->`."""

    bank: str
    questions: tuple[str, ...]
    pos: Pos


@dataclass(frozen=True)
class Page:
    """What the course needs from one Markdown page: its front matter and its markers."""

    path: str
    meta: Mapping[str, object]
    reflections: tuple[Reflection, ...]
    markers: tuple[Marker, ...]
    reflections_marker: Pos | None


@dataclass(frozen=True)
class PlacedQuestion:
    """A question as it is placed on a page: the DOM id the learner's answer is saved under."""

    bank: Bank
    question: Question

    @property
    def dom_id(self) -> str:
        return f"q-{self.bank.id}-{self.question.id}-{self.question.fingerprint}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
