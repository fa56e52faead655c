"""course/mkdocsquiz.py: mkdocs-quiz's inline CSS and scripts become references to files, in the
same order; each quiz gets the ids of its bank question."""

from __future__ import annotations

from course.assets import hashed_asset
from course.mkdocsquiz import externalize, stable_quiz_html
from course.model import Bank, Option, PlacedQuestion, Pos, Question

CSS = hashed_asset("assets/quiz", "quiz.css", ".quiz { color: red; }")
LIB = hashed_asset("assets/quiz", "confetti.js", "var JSConfetti = 1;")
JS = hashed_asset("assets/quiz", "quiz.js", "initQuiz(window.mkdocsQuizConfig);")
PAGE = (
    '<html><head><link rel="stylesheet" href="course.css"></head><body><div class="quiz">Q</div>'
    f'<style type="text/css">{CSS.content}</style><script type="text/javascript">{LIB.content}</script>'
    '<script type="text/javascript">window.mkdocsQuizConfig = {};</script>'
    f'<script type="text/javascript" defer>{JS.content}</script><script src="bundle.js"></script></body></html>'
)


def href(path: str) -> str:
    return "../../" + path


def test_asset_names_carry_a_hash_of_their_content() -> None:
    assert CSS.path.startswith("assets/quiz/quiz.") and CSS.path.endswith(".css")
    assert len(CSS.path.split(".")[1]) == 10
    assert hashed_asset("assets/quiz", "quiz.css", CSS.content) == CSS
    assert hashed_asset("assets/quiz", "quiz.css", CSS.content + " ").path != CSS.path
    assert CSS.is_style and not JS.is_style


def test_scripts_are_referenced_where_they_stood_and_the_stylesheet_moves_to_the_head() -> None:
    out, missing = externalize(PAGE, [CSS, LIB, JS], href)
    assert missing == []
    assert out == (
        f'<html><head><link rel="stylesheet" href="course.css"><link rel="stylesheet" href="../../{CSS.path}"></head>'
        f'<body><div class="quiz">Q</div><script src="../../{LIB.path}"></script>'
        '<script type="text/javascript">window.mkdocsQuizConfig = {};</script>'
        f'<script src="../../{JS.path}"></script><script src="bundle.js"></script></body></html>'
    )


def test_text_that_only_looks_like_an_asset_stays() -> None:
    quoted = f"<pre>{JS.content}</pre>"
    out, missing = externalize(quoted + PAGE, [JS], href)
    assert missing == []
    assert out.startswith(quoted)
    assert out.count(JS.content) == 1


def test_a_missing_inline_copy_is_reported() -> None:
    out, missing = externalize("<html><head></head><body>Ingen quiz</body></html>", [CSS, JS], href)
    assert missing == [CSS.path, JS.path]
    assert out == "<html><head></head><body>Ingen quiz</body></html>"


def test_a_fragment_without_head_keeps_its_stylesheet_in_place() -> None:
    out, missing = externalize(f"<p>A</p><style>{CSS.content}</style><p>B</p>", [CSS], href)
    assert (out, missing) == (
        f'<p>A</p><link rel="stylesheet" href="../../{CSS.path}"><p>B</p>',
        [],
    )


A, B = Option("A", False, "", Pos(1, 1)), Option("B & C", True, "", Pos(2, 1))
QUESTION = Question("hva", "Hva?", (A, B), "", Pos(1, 1))
PLACED = PlacedQuestion(Bank("demo", "", (QUESTION,), "quizzes/demo.yml"), QUESTION)
LABEL = {"A": "A", "B & C": "B &amp; C"}


def quiz_html(number: str, values: list[str]) -> str:
    """mkdocs-quiz's markup for PLACED (its options in display order), with these ids and values."""
    options = "".join(
        f'<div><input type="radio" name="answer" value="{value}" id="{number}-{i}"'
        + (' data-correct="true">' if o.correct else (" >" if number == "quiz-0" else ">"))
        + f'<label for="{number}-{i}">{LABEL[o.text]}</label></div>'
        for i, (o, value) in enumerate(zip(PLACED.options, values))
    )
    return (
        f'<div class="quiz" id="{number}"><a href="#{number}" class="quiz-header-link">#</a>'
        f'<div class="quiz-question" id="{number}-question"><p>Hva?</p></div>'
        f'<form action="javascript:void(0);" onsubmit="return false;"><fieldset aria-labelledby="{number}-question">'
        f'{options}</fieldset></form><section class="content hidden"></section></div>'
    )


QUIZ = quiz_html("quiz-0", ["0", "1"])


def test_each_quiz_gets_its_questions_ids_and_option_keys_and_leaves_the_search() -> None:
    dom = PLACED.dom_id
    out, found = stable_quiz_html("<p>før</p>" + QUIZ + "<p>etter</p>", [PLACED])
    assert found == 1
    renamed = quiz_html(dom, [o.key for o in PLACED.options])
    assert out == f"<p>før</p><tip-quiz data-search-exclude>{renamed}</tip-quiz><p>etter</p>"


def test_a_page_with_another_number_of_quizzes_is_left_as_it_is() -> None:
    assert stable_quiz_html(QUIZ, []) == (QUIZ, 1)
