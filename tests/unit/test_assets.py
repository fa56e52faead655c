"""course/mkdocsquiz.py: mkdocs-quiz's inline scripts become references to files, in the same
order, and its inline stylesheet goes (the template links it); each quiz gets the ids of its bank
question and leaves the search."""

from __future__ import annotations

import subprocess

from course.assets import Asset, hashed_asset, minified, served_asset
from course.mkdocsquiz import VERDICT, QuizAsset, quiz_content
from course.model import Bank, Option, PlacedQuestion, Pos, Question

CSS = hashed_asset("assets/quiz", "quiz.css", ".quiz { color: red; }")
LIB = hashed_asset("assets/quiz", "confetti.js", "var JSConfetti = 1;")
JS = hashed_asset("assets/quiz", "quiz.js", "initQuiz(window.mkdocsQuizConfig);")
ASSETS_HTML = (
    f'<style type="text/css">{CSS.content}</style><script type="text/javascript">{LIB.content}</script>'
    '<script type="text/javascript">window.mkdocsQuizConfig = {};</script>'
    f'<script type="text/javascript" defer>{JS.content}</script>'
)


def quiz_asset(asset: Asset) -> QuizAsset:
    return QuizAsset(asset.content, asset)


CSS_Q, LIB_Q, JS_Q = (quiz_asset(a) for a in (CSS, LIB, JS))


def href(path: str) -> str:
    return "../../" + path


def test_asset_names_carry_a_hash_of_their_content() -> None:
    assert CSS.path.startswith("assets/quiz/quiz.") and CSS.path.endswith(".css")
    assert len(CSS.path.split(".")[1]) == 10
    assert hashed_asset("assets/quiz", "quiz.css", CSS.content) == CSS
    assert hashed_asset("assets/quiz", "quiz.css", CSS.content + " ").path != CSS.path
    assert CSS.is_style and not JS.is_style


SCRIPT = """/* A comment the browser does not need. */
(function () {
  "use strict";
  var text = "a /* kept */ b"; // a comment
  var pattern = /\\/\\*x/;
  console.log(text, pattern.test("/*x"), 1 / 2);
})();
"""


def test_a_served_script_runs_the_same_without_its_comments_and_spaces() -> None:
    small = minified("x.js", SCRIPT)
    assert "comment" not in small and "/* kept */" in small and len(small) < len(SCRIPT) * 0.7
    ran = [
        subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True).stdout
        for code in (SCRIPT, small)
    ]
    assert ran[0] == ran[1] == "a /* kept */ b true 0.5\n"


def test_a_served_stylesheet_keeps_its_rules() -> None:
    css = "/* the cards */\n.tip-card {\n  margin: 0 0 1rem;\n  color: var(--md-fg);\n}\n"
    assert minified("x.css", css) == ".tip-card{margin:0 0 1rem;color:var(--md-fg)}"
    assert minified("x.json", css) == css


def test_a_served_asset_is_named_by_what_is_served() -> None:
    served = served_asset("assets/js", "x.js", SCRIPT)
    assert served == hashed_asset("assets/js", "x.js", minified("x.js", SCRIPT))


def test_scripts_are_referenced_where_they_stood_and_the_stylesheet_goes() -> None:
    out, found, missing, _ = quiz_content(
        "<p>Tekst</p>" + ASSETS_HTML, [], [CSS_Q, LIB_Q, JS_Q], href
    )
    assert (found, missing) == (0, [])
    assert out == (
        f'<p>Tekst</p><script src="../../{LIB.path}"></script>'
        '<script type="text/javascript">window.mkdocsQuizConfig = {};</script>'
        f'<script src="../../{JS.path}"></script>'
    )


def test_text_that_only_looks_like_an_asset_stays() -> None:
    quoted = f"<pre>{JS.content}</pre>"
    out, _, missing, _ = quiz_content(quoted + ASSETS_HTML, [], [JS_Q], href)
    assert missing == []
    assert out.startswith(quoted)
    assert out.count(JS.content) == 1


def test_a_missing_inline_copy_is_reported() -> None:
    out, _, missing, _ = quiz_content("<p>Ingen kunnskapssjekk</p>", [], [CSS_Q, JS_Q], href)
    assert missing == [CSS.path, JS.path]
    assert out == "<p>Ingen kunnskapssjekk</p>"


A, B = Option("A", False, "", Pos(1, 1)), Option("B & C", True, "", Pos(2, 1))
QUESTION = Question("hva", "Hva?", (A, B), "", Pos(1, 1))
PLACED = PlacedQuestion(Bank("demo", "", (QUESTION,), "quizzes/demo.yml"), QUESTION)
LABEL = {"A": "A", "B & C": "B &amp; C"}


def quiz_html(number: str, values: list[str], renamed: bool = False) -> str:
    """mkdocs-quiz's markup for PLACED (its options in display order), with these ids and values;
    renamed: with what the course adds (its own option name, the form's name, a legend)."""
    name = f"answer-{number}" if renamed else "answer"
    options = "".join(
        f'<div><input type="radio" name="{name}" value="{value}" id="{number}-{i}"'
        + (' data-correct="true">' if o.correct else (">" if renamed else " >"))
        + f'<label for="{number}-{i}">{LABEL[o.text]}</label></div>'
        for i, (o, value) in enumerate(zip(PLACED.options, values))
    )
    form = f' aria-labelledby="{number}-question"' if renamed else ""
    legend = '<legend class="tip-visually-hidden">Velg ett svar</legend>' if renamed else ""
    # out of the Tab order, and the status line that says the verdict in words (quiz-verdict.js)
    link = ' tabindex="-1" aria-hidden="true"' if renamed else ""
    verdict = VERDICT if renamed else ""
    return (
        f'<div class="quiz" id="{number}"><a href="#{number}" class="quiz-header-link"{link}>#</a>'
        f'<div class="quiz-question" id="{number}-question"><p>Hva?</p></div>'
        f'<form action="javascript:void(0);" onsubmit="return false;"{form}><fieldset aria-labelledby="{number}-question">'
        f'{legend}{options}</fieldset>{verdict}</form><section class="content hidden"></section></div>'
    )


QUIZ = quiz_html("quiz-0", ["0", "1"])


def test_each_quiz_gets_its_questions_ids_and_option_keys_and_leaves_the_search() -> None:
    dom = PLACED.dom_id
    out, found, _, quizzes = quiz_content("<p>før</p>" + QUIZ + "<p>etter</p>", [PLACED], [], href)
    assert found == 1
    renamed = quiz_html(dom, [o.key for o in PLACED.options], renamed=True)
    wrapped = f"<tip-quiz data-search-exclude>{renamed}</tip-quiz>"
    assert out == f"<p>før</p>{wrapped}<p>etter</p>"
    assert quizzes == {dom: wrapped}  # as the page has it, for Repetisjon


def test_a_page_with_another_number_of_quizzes_is_left_as_it_is() -> None:
    assert quiz_content(QUIZ, [], [], href) == (QUIZ, 1, [], {})
