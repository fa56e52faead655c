"""The course as data: quiz banks, questions, options, pages and their reflections."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

# Where the learner's repetition schedule is kept (after the "tip:v1:" prefix): one entry per
# question, under PlacedQuestion.schedule_id, holding the DOM id (with the fingerprint) of the
# version the learner answered (docs/assets/js/repetition.js).
REPETITION_KEY = "repetition"


class Pos(NamedTuple):
    """Where a value stands in its file, 1-based."""

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

    @cached_property
    def display_orders(self) -> Mapping[str, tuple[Option, ...]]:
        """Each question's options, by question id, in the order a learner sees them."""
        from .order import display_orders  # order.py builds on this module

        return display_orders(self.id, self.questions)

    def placed(self, question_ids: tuple[str, ...] = ()) -> list[PlacedQuestion]:
        """The questions a marker places: the whole bank in its order, or the named ones in theirs."""
        if not question_ids:
            return [PlacedQuestion(self, q) for q in self.questions]
        chosen = (self.question(qid) for qid in question_ids)
        return [PlacedQuestion(self, q) for q in chosen if q is not None]


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
    """What the course needs from one Markdown page: its front matter and its markers.

    path: as the editor knows it ("docs/moduler/selvledelse.md"); src: inside docs/
    ("moduler/selvledelse.md"); meta: the front matter as plain values."""

    path: str
    src: str
    meta: Mapping[str, object]
    reflections: tuple[Reflection, ...]
    markers: tuple[Marker, ...]
    reflections_marker: Pos | None
    repetition_marker: Pos | None = None  # <!-- repetisjon -->: the page practises every question

    @property
    def key(self) -> str:
        """The page's part of its storage keys: "moduler/selvledelse"."""
        return self.src.removesuffix(".md")

    @property
    def module_id(self) -> str | None:
        """ "selvledelse" for docs/moduler/selvledelse.md; None for a page that is no module."""
        if self.src.startswith("moduler/") and self.src.count("/") == 1:
            return self.src.removeprefix("moduler/").removesuffix(".md")
        return None

    def reflection_key(self, reflection: Reflection) -> str:
        """Where the learner's tick and note for a prompt are kept (after the "tip:v1:" prefix)."""
        return f"reflection:{self.key}:{reflection.id}"

    def text(self, key: str) -> str:
        """A front-matter value as text ("" when missing or not text)."""
        value = self.meta.get(key)
        return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class PlacedQuestion:
    """A question as it is placed on a page: the DOM id the learner's answer is saved under."""

    bank: Bank
    question: Question

    @property
    def dom_id(self) -> str:
        return f"q-{self.bank.id}-{self.question.id}-{self.question.fingerprint}"

    @property
    def schedule_id(self) -> str:
        """The question's entry in the repetition schedule: "bank:question", whatever its content."""
        return f"{self.bank.id}:{self.question.id}"

    @property
    def options(self) -> tuple[Option, ...]:
        """The options in the order the learner sees them (course/order.py)."""
        return self.bank.display_orders[self.question.id]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
