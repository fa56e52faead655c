"""Every kind of bad quiz bank gets its own exact message, at the right line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from course.loader import load_bank
from course.validate import check_bank

GOOD = """\
id: demo
questions:
  - id: en
    question: Hvem har ansvaret?
    options:
      - text: Bare lederen
      - text: Alle sammen
        correct: true
"""


Found = tuple[int, int, str, str]  # line, column, rule, message (with the hint)


def problems(tmp_path: Path, text: str | bytes, name: str = "demo") -> list[Found]:
    path = tmp_path / f"{name}.yml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    bank, found = load_bank(path, f"quizzes/{name}.yml")
    if bank is not None:
        found = found + check_bank(bank)
    assert all(p.path == f"quizzes/{name}.yml" for p in found)
    return [
        (p.line, p.column, p.rule, p.message + (f" ({p.hint})" if p.hint else ""))
        for p in sorted(found)
    ]


def test_a_good_bank_has_no_problems(tmp_path: Path) -> None:
    assert problems(tmp_path, GOOD) == []


CASES = {
    "yaml syntax": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem: har: ansvaret?"),
        [
            (
                4,
                19,
                "yaml-syntax",
                "YAML syntax error: mapping values are not allowed in this context (check the indentation, and put text that contains ': ' or starts with a special character in quotes)",
            ),
        ],
    ),
    "tab": (
        GOOD.replace("      - text: Bare", "\t- text: Bare"),
        [
            (
                6,
                1,
                "yaml-tab",
                "tab character (YAML needs spaces for indentation: replace the tab with spaces)",
            ),
        ],
    ),
    "empty file": (
        "\n  \n",
        [
            (
                1,
                1,
                "file-empty",
                "the file is empty (a bank needs 'id:' and 'questions:'; see the editor guide)",
            ),
        ],
    ),
    "top level a list": (
        "- id: demo\n",
        [
            (
                1,
                1,
                "value-type",
                "the quiz bank must be a mapping of keys and values, not a list (write the quiz bank as 'key: value' lines (id, title, questions))",
            ),
        ],
    ),
    "missing questions": (
        "id: demo\n",
        [
            (1, 1, "bank-missing-key", "the quiz bank has no 'questions' (add 'questions:' to it)"),
        ],
    ),
    "missing option text": (
        GOOD.replace("      - text: Bare lederen\n", "      - feedback: Hm\n"),
        [
            (6, 9, "bank-missing-key", "an option has no 'text' (add 'text:' to it)"),
        ],
    ),
    "misspelt key": (
        GOOD.replace(
            "      - text: Bare lederen\n", "      - text: Bare lederen\n        feedbak: Nei\n"
        ),
        [
            (
                7,
                9,
                "bank-unknown-key",
                "unknown key 'feedbak' in an option (did you mean 'feedback'?)",
            ),
        ],
    ),
    "unknown key": (
        GOOD.replace("id: demo\n", "id: demo\nfarge: blå\n"),
        [
            (
                2,
                1,
                "bank-unknown-key",
                "unknown key 'farge' in the quiz bank (allowed keys here: id, title, questions)",
            ),
        ],
    ),
    "no read as yes/no": (
        GOOD.replace("text: Bare lederen", "text: no"),
        [
            (
                6,
                15,
                "value-type",
                "'text' is read as a yes/no value, not text: no (put it in quotes: text: \"no\")",
            ),
        ],
    ),
    "yes read as yes/no": (
        GOOD.replace("question: Hvem har ansvaret?", "question: yes"),
        [
            (
                4,
                15,
                "value-type",
                "'question' is read as a yes/no value, not text: yes (put it in quotes: question: \"yes\")",
            ),
        ],
    ),
    "number": (
        GOOD.replace("text: Bare lederen", "text: 1.5"),
        [
            (
                6,
                15,
                "value-type",
                "'text' is read as a number, not text: 1.5 (put it in quotes: text: \"1.5\")",
            ),
        ],
    ),
    "date": (
        GOOD.replace("text: Bare lederen", "text: 2026-01-01"),
        [
            (
                6,
                15,
                "value-type",
                "'text' is read as a date, not text: 2026-01-01 (put it in quotes: text: \"2026-01-01\")",
            ),
        ],
    ),
    "list where text belongs": (
        GOOD.replace("question: Hvem har ansvaret?", "question:\n      - Hvem?"),
        [
            (
                5,
                7,
                "value-type",
                "'question' must be text, not a list (write the text on the same line after the colon, or as an indented block after '>-')",
            ),
        ],
    ),
    "correct not a real boolean": (
        GOOD.replace("correct: true", "correct: yes"),
        [
            (
                8,
                18,
                "correct-not-boolean",
                "'correct' must be true or false, not yes (write 'correct: true' on the right option and leave it out on the others)",
            ),
        ],
    ),
    "correct as quoted text": (
        GOOD.replace("correct: true", 'correct: "true"'),
        [
            (
                8,
                18,
                "correct-not-boolean",
                "'correct' must be true or false, not true (write 'correct: true' on the right option and leave it out on the others)",
            ),
        ],
    ),
    "duplicate key": (
        GOOD.replace(
            "      - text: Bare lederen\n", "      - text: Bare lederen\n        text: Bare meg\n"
        ),
        [
            (
                7,
                9,
                "duplicate-key",
                "duplicate key 'text' (also on line 6) (keep one of them: YAML would silently use only the last)",
            ),
        ],
    ),
    "duplicate key in the bank": (
        GOOD.replace("id: demo\n", "id: demo\nid: demo\n", 1),
        [
            (
                2,
                1,
                "duplicate-key",
                "duplicate key 'id' (also on line 1) (keep one of them: YAML would silently use only the last)",
            ),
        ],
    ),
    "duplicate key in a question": (
        GOOD.replace(
            "    question: Hvem har ansvaret?\n",
            "    question: Hvem har ansvaret?\n    question: Hvem bestemmer?\n",
        ),
        [
            (
                5,
                5,
                "duplicate-key",
                "duplicate key 'question' (also on line 4) (keep one of them: YAML would silently use only the last)",
            ),
        ],
    ),
    "duplicate unknown key": (
        GOOD.replace(
            "        correct: true\n",
            "        correct: true\n        riktig: ja\n        riktig: ja\n",
        ),
        [
            (
                9,
                9,
                "bank-unknown-key",
                "unknown key 'riktig' in an option (allowed keys here: text, correct, feedback)",
            ),
            (
                10,
                9,
                "duplicate-key",
                "duplicate key 'riktig' (also on line 9) (keep one of them: YAML would silently use only the last)",
            ),
        ],
    ),
    "duplicate question id": (
        GOOD + GOOD.split("questions:\n")[1],
        [
            (
                9,
                9,
                "question-duplicate-id",
                "duplicate question id 'en' (also on line 3) (give each question its own id)",
            ),
        ],
    ),
    "id with other characters": (
        GOOD.replace("- id: en", "- id: Første spørsmål"),
        [
            (
                3,
                9,
                "id-format",
                "id 'Første spørsmål' may only use lower-case letters a-z, digits and hyphens (for example 'si-fra-tidlig')",
            ),
        ],
    ),
    "bank id differs from file name": (
        GOOD.replace("id: demo", "id: annen"),
        [
            (
                1,
                5,
                "bank-id-file-name",
                "bank id 'annen' differs from the file name 'demo.yml' (write 'id: demo', or rename the file to 'annen.yml')",
            ),
        ],
    ),
    "empty question": (
        GOOD.replace("question: Hvem har ansvaret?", "question: ''"),
        [
            (4, 15, "value-empty", "'question' is empty (write the text after 'question:')"),
        ],
    ),
    "empty option text": (
        GOOD.replace("text: Bare lederen", "text:"),
        [
            (6, 14, "value-empty", "'text' is empty (write the text after 'text:')"),
        ],
    ),
    "one option": (
        GOOD.replace("      - text: Bare lederen\n", ""),
        [
            (
                6,
                7,
                "question-too-few-options",
                "question 'en' has 1 option (give it at least two options)",
            ),
        ],
    ),
    "no correct option": (
        GOOD.replace("        correct: true\n", ""),
        [
            (
                6,
                7,
                "option-no-correct",
                "question 'en' has no correct option (mark one with `correct: true`)",
            ),
        ],
    ),
    "same option twice": (
        GOOD.replace("text: Bare lederen", "text: Alle  sammen"),
        [
            (
                7,
                15,
                "option-duplicate",
                "question 'en' has the option 'Alle sammen' twice (also on line 6) (make every option text different)",
            ),
        ],
    ),
    "no questions": (
        "id: demo\nquestions: []\n",
        [
            (
                2,
                12,
                "bank-no-questions",
                "the bank has no questions (add at least one question under 'questions:')",
            ),
        ],
    ),
    "raw html": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem har <b>ansvaret</b>?"),
        [
            (
                4,
                15,
                "value-html",
                "'question' contains HTML (<b>) (write plain text or Markdown instead of HTML)",
            ),
        ],
    ),
    "html comment": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem <!-- x --> har ansvaret?"),
        [
            (
                4,
                15,
                "value-html",
                "'question' contains HTML (<!--) (write plain text or Markdown instead of HTML)",
            ),
        ],
    ),
    "anchor and alias": (
        GOOD.replace("text: Bare lederen", "text: &a Bare lederen").replace(
            "text: Alle sammen", "text: *a"
        ),
        [
            (
                6,
                15,
                "yaml-anchor",
                "YAML anchor '&a' is not allowed (remove the '&' name and write the text out in full)",
            ),
            (7, 15, "yaml-anchor", "YAML alias '*a' is not allowed (write the text out in full)"),
        ],
    ),
    "tag": (
        GOOD.replace("text: Bare lederen", "text: !!binary aGVp"),
        [
            (
                6,
                15,
                "yaml-tag",
                "YAML tag 'tag:yaml.org,2002:binary' is not allowed (remove the tag; write plain text)",
            ),
        ],
    ),
    "option text on two lines": (
        GOOD.replace("text: Bare lederen", "text: |\n          Bare\n          lederen"),
        [
            (
                6,
                15,
                "option-multiline",
                "option text must be one line (use '>-' to fold a long text, and leave no blank line inside it)",
            ),
        ],
    ),
    "not utf-8": (
        GOOD.replace("Bare lederen", "Bare l\u00e6ren").encode("latin-1"),
        [
            (
                6,
                21,
                "file-encoding",
                "the file is not UTF-8 text (save it as UTF-8 in your editor)",
            ),
        ],
    ),
    "options not a list": (
        GOOD.split("    options:")[0] + "    options: Ja eller nei\n",
        [
            (
                5,
                14,
                "value-type",
                "'options' must be a list, not text (write each of the options on its own line starting with '- ')",
            ),
        ],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_problem_has_its_exact_message(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    assert isinstance(text, (str, bytes))
    assert problems(tmp_path, text) == expected


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    text = (
        GOOD.replace("feedback", "x")
        .replace("text: Bare lederen", "tekst: Bare lederen")
        .replace("question: Hvem har ansvaret?", "question: no")
    )
    found = problems(tmp_path, text)
    assert [(line, column, rule) for line, column, rule, _ in found] == [
        (4, 15, "value-type"),
        (6, 9, "bank-missing-key"),
        (6, 9, "bank-unknown-key"),
    ], found
    assert found[2][3] == "unknown key 'tekst' in an option (did you mean 'text'?)"


def test_a_billion_laughs_file_is_refused_without_expanding(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 9):
        lines.append(
            f"{chr(97 + n)}: &{chr(97 + n)} [*{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}]"
        )
    found = problems(tmp_path, "\n".join(lines) + "\n")
    assert found and all(rule == "yaml-anchor" for _, _, rule, _ in found)
