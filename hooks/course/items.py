"""Knowledge checks that measure learning: figures on what the learner sees, and warnings.

A learner who never read the module should not pass by a pattern: always the second option,
always the longest, or "everything but the odd one out". The figures here are computed on the
options in display order (course/order.py), as the learner sees them, and `make report` prints
them per bank. When a bank breaks a limit, `make check` warns (rules item-*): the build goes on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .errors import Problem
from .model import Bank, Option, Pos, Question
from .text import problem, say

# Limits, per bank (what `make check` warns about) and for the whole course (tests/site/).
POSITION_SHARE_BANK = 0.50  # of single-choice keys in one display position
POSITION_SHARE_COURSE = 0.35
LONGEST_SHARE = 0.30  # of single-choice questions where the key is the strictly longest option
ALL_BUT_ONE_SHARE = 1 / 3  # of multiple-choice questions where all options but one are right
GUESS_SCORE_BANK = 0.60  # what a guessing strategy may score, below this
GUESS_SCORE_COURSE = 0.50
MIN_TRIED = 3  # fewer questions of a kind in a bank say nothing about a pattern
MIN_TRIED_COURSE = 20  # the course-wide limits speak of a whole course, not of a few questions

# How a question says that several answers may be right.
SEVERAL = re.compile(  # Bokmål and Nynorsk
    r"velg alle|vel alle|(?:flere|fleire) (?:svar|alternativer|alternativ) kan|"
    r"kan (?:være|vere) (?:flere|fleire)|(?:ett|eitt) eller (?:flere|fleire)|"
    r"alle som (?:stemmer|passer|er riktige)|(?:flere|fleire) riktige",
    re.IGNORECASE,
)


def percent(share: float) -> str:
    """A share as Norwegian writes it: "35 prosent"."""
    return f"{share * 100:.0f} prosent"


def _length(option: Option) -> int:
    return len(" ".join(option.text.split()))


def _longest(options: tuple[Option, ...]) -> Option:
    """The longest option; of equally long ones, the first shown."""
    return max(options, key=_length)


def _all_but_shortest(options: tuple[Option, ...]) -> set[Option]:
    shortest = min(options, key=_length)
    return {o for o in options if o is not shortest}


def _at(index: Callable[[int], int]) -> Callable[[tuple[Option, ...]], set[Option]]:
    def pick(options: tuple[Option, ...]) -> set[Option]:
        position = index(len(options))
        return {options[position]} if 0 <= position < len(options) else set()

    return pick


# Content tells: what a test-wise reader looks for in the options' words and form. A tell
# singles out an option when exactly that one option of a single-choice question has it.
# The verbs of talking to someone (the one list of them), in Bokmål and Nynorsk: spør, si fra /
# sei frå, ta opp / tek opp, avklar, sammen / saman, ...
DIALOGUE = re.compile(
    r"\b(?:spør\w*|si(?:er)? fra|sa fra|sei(?:er|e)? frå|sa frå|ta(?:r)? opp|tek opp|tok opp|"
    r"avklar\w*|sammen|saman|snakk\w*|fortel\w*|be(?:r)? om|ba om|bed om|foreslå\w*|"
    r"føreslå\w*|drøft\w*|inviter\w*|rådfør\w*|rådspør\w*|diskuter\w*|gi(?:r)? beskjed|"
    r"gje(?:r)? beskjed|melde\w* fr[aå]|ring\w*)\b",
    re.IGNORECASE,
)
BOTH = re.compile(r"\b(?:både|begge)\b", re.IGNORECASE)


def _form(option: Option) -> tuple[bool, bool, bool]:
    """An option's form: a quote, a full stop or question mark at the end, a parenthesis."""
    text = " ".join(option.text.split())
    return (text[:1] in '«"“', text.endswith((".", "!", "?")), "(" in text)


def _only(options: tuple[Option, ...], has: Callable[[Option], bool]) -> set[Option]:
    marked = [o for o in options if has(o)]
    return set(marked) if len(marked) == 1 else set()


def _odd_form(options: tuple[Option, ...]) -> set[Option]:
    forms = [_form(o) for o in options]
    odd = [o for o, f in zip(options, forms) if forms.count(f) == 1]
    return set(odd) if len(odd) == 1 else set()


# The tells, by name: the option each singles out (none where it does not apply).
TELLS: dict[str, Callable[[tuple[Option, ...]], set[Option]]] = {
    "dialogue": lambda options: _only(options, lambda o: bool(DIALOGUE.search(o.text))),
    "both": lambda options: _only(options, lambda o: bool(BOTH.search(o.text))),
    "form": _odd_form,
}
TELL_SHARE = 0.5  # a tell may single out the key in at most half the questions where it applies

# A guessing strategy: which options a learner ticks without knowing anything, and which
# questions it is tried on (single-choice or multiple-choice).
STRATEGIES: dict[str, tuple[str, Callable[[tuple[Option, ...]], set[Option]]]] = {
    "first": ("single", _at(lambda n: 0)),
    "second": ("single", _at(lambda n: 1)),
    "third": ("single", _at(lambda n: 2)),
    "last": ("single", _at(lambda n: n - 1)),
    "longest": ("single", lambda options: {_longest(options)}),
    "all-but-shortest": ("multiple", _all_but_shortest),
}


@dataclass(frozen=True)
class Shown:
    """A question as the learner sees it: its options in display order."""

    bank: Bank
    question: Question
    options: tuple[Option, ...]

    @property
    def key_position(self) -> int:
        return next(i for i, o in enumerate(self.options) if o.correct)

    @property
    def key_is_strictly_longest(self) -> bool:
        lengths = sorted((_length(o) for o in self.options), reverse=True)
        key = next(o for o in self.options if o.correct)
        return _length(key) == lengths[0] and (len(lengths) == 1 or lengths[1] < lengths[0])

    @property
    def pattern(self) -> str:
        return f"{sum(o.correct for o in self.options)}/{len(self.options)}"


@dataclass(frozen=True)
class Figures:
    """The balance and guessing figures of some questions (a bank, or the whole course)."""

    single: int
    multiple: int
    positions: dict[int, int]  # display position (1-based) -> single-choice keys there
    longest: int  # single-choice questions where the key is the strictly longest option
    patterns: dict[str, int]  # "2/4" -> multiple-choice questions with 2 right of 4
    all_but_one: int
    scores: dict[str, float]  # strategy -> share of the questions it is tried on that it gets right
    # tell -> (questions where it singles out an option, where that option is the key); its
    # score in `scores` is what a reader expects who follows it and guesses at random elsewhere
    tells: dict[str, tuple[int, int]]

    @property
    def largest_position_share(self) -> float:
        return max(self.positions.values(), default=0) / self.single if self.single else 0.0

    @property
    def longest_share(self) -> float:
        return self.longest / self.single if self.single else 0.0

    @property
    def all_but_one_share(self) -> float:
        return self.all_but_one / self.multiple if self.multiple else 0.0


def shown(bank: Bank) -> list[Shown]:
    return [Shown(bank, q, bank.display_orders[q.id]) for q in bank.questions if q.options]


def figures(questions: Iterable[Shown]) -> Figures:
    items = [s for s in questions if any(o.correct for o in s.options)]
    single = [s for s in items if not s.question.multiple]
    multiple = [s for s in items if s.question.multiple]
    scores = {}
    for name, (kind, pick) in STRATEGIES.items():
        tried = single if kind == "single" else multiple
        right = sum(pick(s.options) == {o for o in s.options if o.correct} for s in tried)
        scores[name] = right / len(tried) if tried else 0.0
    tells = {}
    for name, tell in TELLS.items():
        marked = [(s, tell(s.options)) for s in single]
        applies = [(s, m) for s, m in marked if m]
        hits = sum(next(iter(m)).correct for _, m in applies)
        expected = hits + sum(1 / len(s.options) for s, m in marked if not m)
        tells[name] = (len(applies), hits)
        scores[f"tell-{name}"] = expected / len(single) if single else 0.0
    return Figures(
        single=len(single),
        multiple=len(multiple),
        positions=dict(sorted(Counter(s.key_position + 1 for s in single).items())),
        longest=sum(s.key_is_strictly_longest for s in single),
        patterns=dict(sorted(Counter(s.pattern for s in multiple).items())),
        all_but_one=sum(s.pattern.split("/")[0] == str(len(s.options) - 1) for s in multiple),
        scores=scores,
        tells=tells,
    )


def check_items(bank: Bank) -> list[Problem]:
    """Warnings where a bank's knowledge check can be passed by a pattern, or says the wrong
    thing about how many answers may be right."""
    questions = shown(bank)
    problems = _wording_problems(bank, questions)
    at_bank = bank.where.get("bank")
    if at_bank is None:
        return problems
    found = figures(questions)
    return (
        problems
        + _key_problems(bank, at_bank, questions, found)
        + _multiple_problems(bank, at_bank, found)
        + _guess_problems(bank, at_bank, found)
    )


def _warning(bank: Bank, at: Pos, rule: str, variant: str = "", /, **args: object) -> Problem:
    message, hint = problem(rule, variant, **args)
    return Problem(bank.path, at.line, at.column, message, hint, rule)


def _wording_problems(bank: Bank, questions: list[Shown]) -> list[Problem]:
    """A question's wording says whether one or several answers are right, and says it truly."""
    problems = []
    for s in questions:
        q = s.question
        text_at = q.where.get("question", q.pos)
        says_several = bool(SEVERAL.search(q.text))
        if q.multiple and not says_several:
            problems.append(_warning(bank, text_at, "item-wording-multiple", id=q.id))
        elif not q.multiple and says_several and any(o.correct for o in q.options):
            problems.append(_warning(bank, text_at, "item-wording-single", id=q.id))
    return problems


def _key_problems(
    bank: Bank, at_bank: Pos, questions: list[Shown], found: Figures
) -> list[Problem]:
    """Single-choice keys that gather in one place, or are the longest option too often."""
    problems = []
    if found.single >= MIN_TRIED and found.largest_position_share > POSITION_SHARE_BANK:
        position, count = max(found.positions.items(), key=lambda kv: kv[1])
        problems.append(
            _warning(
                bank,
                at_bank,
                "item-key-position",
                position=position,
                count=count,
                single=found.single,
            )
        )
    if found.single and found.longest_share > LONGEST_SHARE:
        for s in questions:
            if s.question.single_key and s.key_is_strictly_longest:
                key = next(o for o in s.options if o.correct)
                problems.append(
                    _warning(
                        bank,
                        key.where.get("text", key.pos),
                        "item-key-longest",
                        id=s.question.id,
                        count=found.longest,
                        single=found.single,
                        limit=percent(LONGEST_SHARE),
                    )
                )
    return problems


def _multiple_problems(bank: Bank, at_bank: Pos, found: Figures) -> list[Problem]:
    """Multiple-choice questions that all have the same pattern of right answers, or too often
    all but one right."""
    problems = []
    if found.multiple >= 2 and len(found.patterns) == 1:
        [pattern] = found.patterns
        problems.append(
            _warning(bank, at_bank, "item-multiple-pattern", pattern=pattern.replace("/", " av "))
        )
    if found.multiple >= 2 and found.all_but_one_share > ALL_BUT_ONE_SHARE:
        problems.append(
            _warning(
                bank,
                at_bank,
                "item-multiple-pattern",
                "all-but-one",
                count=found.all_but_one,
                multiple=found.multiple,
                limit=percent(ALL_BUT_ONE_SHARE),
            )
        )
    return problems


def _guess_problems(bank: Bank, at_bank: Pos, found: Figures) -> list[Problem]:
    """Guessing strategies that score too well, and tells that give the key away too often."""
    problems = []
    for name, score in found.scores.items():
        tried = found.single if _kind(name) == "single" else found.multiple
        if tried >= MIN_TRIED and score >= GUESS_SCORE_BANK:
            problems.append(
                _warning(
                    bank,
                    at_bank,
                    "item-guessable",
                    strategy=say(f"strategy.{name}"),
                    score=percent(score),
                    limit=percent(GUESS_SCORE_BANK),
                )
            )
    for name, (applies, hits) in found.tells.items():
        if applies >= MIN_TRIED and hits > TELL_SHARE * applies:
            problems.append(
                _warning(
                    bank,
                    at_bank,
                    "item-tell",
                    tell=say(f"tell.{name}"),
                    hits=hits,
                    applies=applies,
                )
            )
    return problems


def _kind(strategy: str) -> str:
    """The questions a strategy is tried on: "single" (the tells too) or "multiple"."""
    return STRATEGIES[strategy][0] if strategy in STRATEGIES else "single"


def _right_guesses(questions: list[Shown], strategy: str) -> float:
    """How many of these questions a guessing strategy gets right."""
    found = figures(questions)
    tried = found.single if _kind(strategy) == "single" else found.multiple
    return found.scores[strategy] * tried


def check_course_items(banks: Iterable[Bank]) -> list[Problem]:
    """Advice where the whole course can be passed by a pattern (the course-wide limits), each
    at the bank that adds most to it, so that the editor knows where to start."""
    by_bank = {bank.id: (bank, shown(bank)) for bank in banks if "bank" in bank.where}
    whole = figures(s for _, questions in by_bank.values() for s in questions)
    problems: list[Problem] = []

    def advise(bank: Bank, rule: str, /, **args: object) -> None:
        at = bank.where["bank"]
        message, hint = problem(rule, **args)
        problems.append(Problem(bank.path, at.line, at.column, message, hint, rule))

    if whole.single >= MIN_TRIED_COURSE and whole.largest_position_share > POSITION_SHARE_COURSE:
        position, count = max(whole.positions.items(), key=lambda kv: kv[1])
        bank, most = max(
            ((b, figures(q).positions.get(position, 0)) for b, q in by_bank.values()),
            key=lambda bn: bn[1],
        )
        advise(
            bank,
            "item-course-position",
            position=position,
            count=count,
            single=whole.single,
            share=percent(count / whole.single),
            limit=percent(POSITION_SHARE_COURSE),
            most=most,
        )
    for name, (applies, hits) in whole.tells.items():
        if applies >= MIN_TRIED_COURSE and hits > TELL_SHARE * applies:
            bank, questions = max(by_bank.values(), key=lambda bq: figures(bq[1]).tells[name][1])
            advise(
                bank,
                "item-course-tell",
                tell=say(f"tell.{name}"),
                hits=hits,
                applies=applies,
                most=figures(questions).tells[name][1],
            )
    for name, score in whole.scores.items():
        kind = _kind(name)
        tried = whole.single if kind == "single" else whole.multiple
        if tried < MIN_TRIED_COURSE or score < GUESS_SCORE_COURSE:
            continue

        bank, questions = max(by_bank.values(), key=lambda bq: _right_guesses(bq[1], name))
        best = figures(questions).scores[name]
        advise(
            bank,
            "item-course-guessable",
            strategy=say(f"strategy.{name}"),
            score=percent(score),
            limit=percent(GUESS_SCORE_COURSE),
            best=percent(best),
        )
    return problems
