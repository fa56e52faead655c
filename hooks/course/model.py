"""The course as data: quiz banks, questions, options, pages, their reflections and the
conversation guides' phases."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

LAST_READ_KEY = "last-read"
"""Where the learner's place in the course is kept (after the "tip:v1:" prefix): the module and
the section last read, for «Fortsett der du slapp» on the front page (docs/assets/js/home.js)."""

LEARNER_KEY = "learner"
"""A random id the browser makes once and keeps (after the "tip:v1:" prefix): it decides which of
a goal's parallel questions an attempt draws, so that the draw is the learner's own and stable.
It leaves the browser never."""

# Where the learner's repetition schedule is kept (after the "tip:v1:" prefix): one entry per
# question, under PlacedQuestion.schedule_id, holding the DOM id (with the fingerprint) of the
# version the learner answered (docs/assets/js/repetition.js).
REPETITION_KEY = "repetition"

CMI5_KEY = "cmi5"
"""Where the cmi5 package keeps what waits to go to the learning platform's LRS (after the "tip:v1:"
prefix): the statements not yet sent, in order, and what each registration was told (passed,
completed), so that it is told once (docs/assets/js/cmi5.js, course/cmi5.py)."""


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
    source_key: str = ""  # in a translation: the key of the source edition's option (parity.py)

    @cached_property
    def key(self) -> str:
        """Stable key of the option in the learner's saved answer: follows the text, not the order."""
        return self.source_key or "o" + _digest(" ".join(self.text.split()).casefold())


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    options: tuple[Option, ...]
    explanation: str
    pos: Pos
    where: Mapping[str, Pos] = field(default_factory=dict, compare=False)
    goal: str = ""  # the id of the module's learning goal the question measures ("" when none)
    # In a translation: the fingerprint of the source edition's question (parity.py), so that an
    # answer given in one edition is the answer in the other, and only the source's changes count.
    source_fingerprint: str = ""

    @property
    def multiple(self) -> bool:
        return sum(o.correct for o in self.options) > 1

    @property
    def single_key(self) -> bool:
        """Exactly one option is right (a single-choice question with its key marked)."""
        return sum(o.correct for o in self.options) == 1

    @cached_property
    def fingerprint(self) -> str:
        """Changes when what the learner answered changes: the question, the options, which are right.

        Order of options, feedback and explanation do not count: a saved answer stays valid
        when they change, and is dropped (shown unanswered) when the question itself changes.
        """
        if self.source_fingerprint:
            return self.source_fingerprint
        options = sorted((" ".join(o.text.split()), o.correct) for o in self.options)
        return _digest(json.dumps([" ".join(self.text.split()), options], ensure_ascii=False))


@dataclass(frozen=True)
class Bank:
    id: str
    title: str
    questions: tuple[Question, ...]
    path: str
    where: Mapping[str, Pos] = field(default_factory=dict, compare=False)
    source: str = ""  # in a translation: the fingerprint of the source file it was made from

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
class Goal:
    """A module's learning goal (front matter `goals:`): what the learner can do afterwards.
    Each question of the module's knowledge check names one (`goal:` in the bank)."""

    id: str
    text: str
    pos: Pos
    read: str = ""  # the anchor of the module's section that teaches it (for a retake's nudge)


@dataclass(frozen=True)
class Reflection:
    id: str
    text: str
    pos: Pos


@dataclass(frozen=True)
class Term:
    """A word of the ordliste (docs/ordliste.md): its forms as the text uses them, and a short
    plain explanation."""

    term: str
    forms: tuple[str, ...]
    text: str
    pos: Pos

    @property
    def anchor(self) -> str:
        """The term's id on the ordliste page: "psykologisk-trygghet"."""
        return "-".join(re.findall(r"[a-z0-9æøå]+", self.term.casefold()))


@dataclass(frozen=True)
class Marker:
    """A line in a page that places quiz questions: `<!-- quiz: bank [question ...] -->`."""

    bank: str
    questions: tuple[str, ...]
    pos: Pos


@dataclass(frozen=True)
class Phase:
    """One part of a team meeting in a conversation guide: what the group does, for how long.

    task is Markdown (may be ""); questions are Markdown, one per item (may be empty)."""

    title: str
    minutes: int | None  # None when missing or not a whole number (reported by the loader)
    task: str
    questions: tuple[str, ...]
    pos: Pos
    where: Mapping[str, Pos] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Guide:
    """A conversation guide's meeting plan, from its front matter (`minutes:` and `phases:`),
    and where its `<!-- samtale -->` marker stands (None when the page has none).

    declared: the guide has a `phases:` key (its value may still be wrong or empty)."""

    minutes: int | None
    phases: tuple[Phase, ...]
    declared: bool
    marker: Pos | None
    where: Mapping[str, Pos] = field(default_factory=dict, compare=False)

    def starts(self) -> list[int]:
        """The minute each phase starts at, counted from the start of the meeting."""
        starts, at = [], 0
        for phase in self.phases:
            starts.append(at)
            at += phase.minutes or 0
        return starts


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
    terms: tuple[Term, ...] = ()
    guide: Guide | None = None  # a conversation guide's phases (docs/ledere/samtale-*.md)
    repetition_marker: Pos | None = None  # <!-- repetisjon -->: the page practises every question
    goals: tuple[Goal, ...] = ()  # a module's learning goals, in front-matter order
    headings: Mapping[str, str] = field(default_factory=dict)  # anchor -> words (course/slugs.py)

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

    @property
    def minutes(self) -> int | None:
        """The module's reading time in whole minutes, from front matter; None when missing."""
        value = self.meta.get("minutes")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def attempt_key(self) -> str:
        """Where a module's knowledge-check attempt is kept (after the "tip:v1:" prefix): its
        number, the question drawn for each goal and the first answer to each (attempts.js)."""
        return f"attempt:{self.key}"

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
