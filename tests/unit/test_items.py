"""Knowledge checks that measure learning (course/items.py, course/order.py): each item rule
warns on a bank written to break it, and the real course's banks meet every limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from course.__main__ import main
from course.course import load_course
from course.items import (
    GUESS_SCORE_COURSE,
    LONGEST_SHARE,
    POSITION_SHARE_COURSE,
    check_items,
    figures,
    shown,
)
from course.loader import load_bank

from conftest import ROOT


def question(qid: str, text: str, options: list[tuple[str, bool]]) -> str:
    lines = [f"  - id: {qid}", f"    question: {text}", "    options:"]
    for option, right in options:
        lines.append(f"      - text: {option}")
        if right:
            lines.append("        correct: true")
    return "\n".join(lines) + "\n"


def warnings_for(tmp_path: Path, questions: list[str]) -> list[tuple[int, int, str]]:
    path = tmp_path / "demo.yml"
    path.write_text("id: demo\nquestions:\n" + "".join(questions), encoding="utf-8")
    bank, problems = load_bank(path, "quizzes/demo.yml")
    assert bank is not None and problems == []
    return sorted((p.line, p.column, p.rule) for p in check_items(bank) if p.warning)


FOUR = [("Alfa beta", False), ("Gamma delta", True), ("Epsilon zeta", False), ("Eta theta", False)]


def test_a_balanced_bank_gets_no_warning(tmp_path: Path) -> None:
    questions = [question(f"q{n}", "Hva stemmer?", FOUR) for n in range(4)]
    questions.append(
        question(
            "m1",
            "Hva stemmer? Velg alle som stemmer.",
            [("A a", True), ("B b", True), ("C c", False), ("D d", False)],
        )
    )
    questions.append(
        question(
            "m2",
            "Hva stemmer? Velg alle som stemmer.",
            [("A a", True), ("B b", True), ("C c", True), ("D d", False), ("E e", False)],
        )
    )
    assert warnings_for(tmp_path, questions) == []


def test_multiple_choice_must_say_so_and_single_choice_must_not(tmp_path: Path) -> None:
    questions = [
        question(
            "q1", "Hva stemmer?", [("A a", True), ("B b", True), ("C c", False), ("D d", False)]
        ),
        question("q2", "Hva stemmer? Velg alle som passer.", FOUR),
    ]
    assert warnings_for(tmp_path, questions) == [
        (4, 15, "item-wording-multiple"),
        (13, 15, "item-wording-single"),
    ]


def test_a_key_that_is_always_the_longest_is_flagged_on_each_key(tmp_path: Path) -> None:
    longest = [("Nei", False), ("Ja, fordi det står i modulen", True), ("Kanskje", False)]
    found = warnings_for(tmp_path, [question(f"q{n}", "Hva stemmer?", longest) for n in range(3)])
    assert [rule for _, _, rule in found] == [
        "item-guessable",
        "item-key-longest",
        "item-key-longest",
        "item-key-longest",
    ]
    assert [(line, column) for line, column, rule in found if rule == "item-key-longest"] == [
        (7, 15),
        (14, 15),
        (21, 15),
    ]


def test_too_few_places_for_the_right_option_is_flagged(tmp_path: Path) -> None:
    two = [("Ja, det gjør det", True), ("Nei, det gjør det ikke", False)]
    found = warnings_for(tmp_path, [question(f"q{n}", "Stemmer det?", two) for n in range(3)])
    assert (1, 1, "item-key-position") in found


def test_multiple_choice_with_one_pattern_is_flagged(tmp_path: Path) -> None:
    all_but_one = [("A a", True), ("B b", True), ("C c", True), ("D d", False)]
    found = warnings_for(
        tmp_path,
        [question(f"m{n}", "Hva stemmer? Velg alle som stemmer.", all_but_one) for n in range(3)],
    )
    assert found == [(1, 1, "item-multiple-pattern"), (1, 1, "item-multiple-pattern")]


def test_a_guessable_bank_is_flagged(tmp_path: Path) -> None:
    shortest_wrong = [("Aaaa aaaa", True), ("Bbbb bbbb", True), ("Cccc cccc", True), ("D", False)]
    found = warnings_for(
        tmp_path,
        [
            question(f"m{n}", "Hva stemmer? Velg alle som stemmer.", shortest_wrong)
            for n in range(3)
        ],
    )
    assert (1, 1, "item-guessable") in found  # ticking all but the shortest gets them all right


def test_make_check_prints_the_warnings_and_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "docs" / "side.md").write_text("# Side\n\n<!-- quiz: demo -->\n", encoding="utf-8")
    bank = "id: demo\nquestions:\n" + question(
        "q1", "Hva stemmer?", [("A a", True), ("B b", True), ("C c", False)]
    )
    (tmp_path / "quizzes" / "demo.yml").write_text(bank, encoding="utf-8")
    assert main(["--root", str(tmp_path), "check"]) == 0  # a warning does not stop anything
    assert capsys.readouterr().out.splitlines() == [
        "quizzes/demo.yml:4:15: advarsel: spørsmålet «q1» har flere riktige alternativer, men sier det ikke (avslutt spørsmålet med «Velg alle som stemmer.») [item-wording-multiple]",
        "1 advarsel i 1 av 2 filer",
    ]


def test_the_order_shown_does_not_follow_the_file() -> None:
    course, _ = load_course(ROOT)
    moved = sum(
        [o.key for o in bank.display_orders[q.id]] != [o.key for o in q.options]
        for bank in course.banks.values()
        for q in bank.questions
    )
    assert moved > 40  # of 80: the file's order is not what learners see


def test_the_order_shown_is_the_same_whatever_the_files_order(tmp_path: Path) -> None:
    options = [("Alfa", False), ("Beta", True), ("Gamma", False), ("Delta", False)]
    first = tmp_path / "a" / "demo.yml"
    second = tmp_path / "b" / "demo.yml"
    for path, order in ((first, options), (second, list(reversed(options)))):
        path.parent.mkdir()
        path.write_text(
            "id: demo\nquestions:\n"
            + question("q1", "Hva?", order)
            + question("q2", "Hvem?", order),
            encoding="utf-8",
        )
    shown_a = {
        q.id: [o.text for o in b.display_orders[q.id]]
        for b in [load_bank(first, "a")[0]]
        if b
        for q in b.questions
    }
    shown_b = {
        q.id: [o.text for o in b.display_orders[q.id]]
        for b in [load_bank(second, "b")[0]]
        if b
        for q in b.questions
    }
    assert shown_a == shown_b


def test_the_real_course_meets_every_limit_in_the_banks() -> None:
    course, problems = load_course(ROOT)
    assert [p.format() for p in problems if p.rule.startswith("item-")] == []
    whole = figures(s for bank in course.banks.values() for s in shown(bank))
    assert whole.largest_position_share <= POSITION_SHARE_COURSE
    assert whole.longest_share <= LONGEST_SHARE
    assert all(score < GUESS_SCORE_COURSE for score in whole.scores.values()), whole.scores
