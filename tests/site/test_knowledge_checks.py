"""The knowledge checks as the learner sees them, read from the built HTML in display order:
no place, length or pattern gives the right answer away (issue: keys no one can guess).

The figures are computed here from the pages themselves, not with course/items.py, so a change
in the build that reorders options or drops the balancing shows up here."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT


@dataclass
class Option:
    text: str
    correct: bool


class _Quizzes(HTMLParser):
    """Each quiz on a page: its options (label text, data-correct) in the order shown."""

    def __init__(self) -> None:
        super().__init__()
        self.quizzes: list[list[Option]] = []
        self.label: list[str] | None = None
        self.correct: dict[str, bool] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "div" and "quiz" in (found.get("class") or "").split():
            self.quizzes.append([])
        elif tag == "input" and (found.get("name") or "").startswith("answer"):
            self.correct[found.get("id") or ""] = found.get("data-correct") == "true"
        elif tag == "label" and self.quizzes and found.get("for") in self.correct:
            self.label = []
            self.quizzes[-1].append(Option("", self.correct[found.get("for") or ""]))

    def handle_data(self, data: str) -> None:
        if self.label is not None:
            self.label.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "label" and self.label is not None:
            self.quizzes[-1][-1].text = " ".join("".join(self.label).split())
            self.label = None


def quizzes(site: Path) -> dict[str, list[list[Option]]]:
    found = {}
    for page in sorted((site / "moduler").glob("*/index.html")):
        parser = _Quizzes()
        parser.feed(page.read_text(encoding="utf-8"))
        found[page.parent.name] = parser.quizzes
    return found


def guess_scores(questions: list[list[Option]]) -> dict[str, float]:
    single = [q for q in questions if sum(o.correct for o in q) == 1]
    multiple = [q for q in questions if sum(o.correct for o in q) > 1]

    def right(q: list[Option], ticked: set[int]) -> bool:
        return ticked == {i for i, o in enumerate(q) if o.correct}

    def longest(q: list[Option]) -> int:
        return max(range(len(q)), key=lambda i: len(q[i].text))

    def all_but_shortest(q: list[Option]) -> set[int]:
        shortest = min(range(len(q)), key=lambda i: len(q[i].text))
        return set(range(len(q))) - {shortest}

    strategies = {
        "first": lambda q: {0},
        "second": lambda q: {1},
        "third": lambda q: {2},
        "last": lambda q: {len(q) - 1},
        "longest": lambda q: {longest(q)},
    }
    scores = {name: sum(right(q, pick(q)) for q in single) / len(single) for name, pick in strategies.items()}
    scores["all-but-shortest"] = sum(right(q, all_but_shortest(q)) for q in multiple) / len(multiple)
    return scores


@pytest.fixture(scope="module")
def shown(built_site: Path) -> dict[str, list[list[Option]]]:
    found = quizzes(built_site)
    assert len(found) == 8 and all(len(q) >= 8 for q in found.values())
    return found


def single_choice(questions: list[list[Option]]) -> list[list[Option]]:
    return [q for q in questions if sum(o.correct for o in q) == 1]


def test_no_display_position_holds_too_many_keys(shown: dict[str, list[list[Option]]]) -> None:
    everything = [q for questions in shown.values() for q in single_choice(questions)]
    course = Counter(next(i for i, o in enumerate(q) if o.correct) for q in everything)
    assert max(course.values()) / len(everything) <= 0.35, course
    for module, questions in shown.items():
        single = single_choice(questions)
        bank = Counter(next(i for i, o in enumerate(q) if o.correct) for q in single)
        assert max(bank.values()) / len(single) <= 0.50, (module, bank)


def test_the_key_is_rarely_the_strictly_longest_option(shown: dict[str, list[list[Option]]]) -> None:
    single = [q for questions in shown.values() for q in single_choice(questions)]

    def strictly_longest(q: list[Option]) -> bool:
        key = next(o for o in q if o.correct)
        return all(len(key.text) > len(o.text) for o in q if o is not key)

    assert sum(strictly_longest(q) for q in single) / len(single) <= 0.30


def test_multiple_choice_varies_and_is_rarely_all_but_one(shown: dict[str, list[list[Option]]]) -> None:
    multiple = [q for questions in shown.values() for q in questions if sum(o.correct for o in q) > 1]
    counts = Counter(sum(o.correct for o in q) for q in multiple)
    assert len(counts) > 1, counts
    all_but_one = sum(sum(o.correct for o in q) == len(q) - 1 for q in multiple)
    assert all_but_one / len(multiple) <= 1 / 3
    for module, questions in shown.items():
        patterns = {(sum(o.correct for o in q), len(q)) for q in questions if sum(o.correct for o in q) > 1}
        assert len(patterns) > 1, module


def test_no_guessing_strategy_passes(shown: dict[str, list[list[Option]]]) -> None:
    everything = [q for questions in shown.values() for q in questions]
    assert all(score < 0.50 for score in guess_scores(everything).values()), guess_scores(everything)
    for module, questions in shown.items():
        scores = guess_scores(questions)
        assert all(score < 0.60 for score in scores.values()), (module, scores)


def test_the_same_order_is_in_the_html_as_in_the_exports(shown: dict[str, list[list[Option]]]) -> None:
    from course.course import load_course

    course, _ = load_course(ROOT)
    for module, questions in shown.items():
        bank = course.banks[module]
        expected = [[" ".join(o.text.split()) for o in bank.display_orders[q.id]] for q in bank.questions]
        assert [[o.text for o in q] for q in questions] == expected, module
