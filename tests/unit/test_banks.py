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


def problems(tmp_path: Path, text: str | bytes, name: str = "demo") -> list[str]:
    path = tmp_path / f"{name}.yml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    bank, found = load_bank(path, f"quizzes/{name}.yml")
    if bank is not None:
        found = found + check_bank(bank)
    return [p.format() for p in sorted(found)]


def test_a_good_bank_has_no_problems(tmp_path: Path) -> None:
    assert problems(tmp_path, GOOD) == []


CASES = {
    "yaml syntax": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem: har: ansvaret?"),
        ["quizzes/demo.yml:4:19: YAML syntax error: mapping values are not allowed in this context (check the indentation, and put text that contains ': ' or starts with a special character in quotes)"],
    ),
    "tab": (
        GOOD.replace("      - text: Bare", "\t- text: Bare"),
        ["quizzes/demo.yml:6:1: tab character (YAML needs spaces for indentation: replace the tab with spaces)"],
    ),
    "empty file": ("\n  \n", ["quizzes/demo.yml:1:1: the file is empty (a bank needs 'id:' and 'questions:'; see the editor guide)"]),
    "top level a list": ("- id: demo\n", ["quizzes/demo.yml:1:1: the quiz bank must be a mapping of keys and values, not a list (write the quiz bank as 'key: value' lines (id, title, questions))"]),
    "missing questions": ("id: demo\n", ["quizzes/demo.yml:1:1: the quiz bank has no 'questions' (add 'questions:' to it)"]),
    "missing option text": (
        GOOD.replace("      - text: Bare lederen\n", "      - feedback: Hm\n"),
        ["quizzes/demo.yml:6:9: an option has no 'text' (add 'text:' to it)"],
    ),
    "misspelt key": (
        GOOD.replace("      - text: Bare lederen\n", "      - text: Bare lederen\n        feedbak: Nei\n"),
        ["quizzes/demo.yml:7:9: unknown key 'feedbak' in an option (did you mean 'feedback'?)"],
    ),
    "unknown key": (
        GOOD.replace("id: demo\n", "id: demo\nfarge: blå\n"),
        ["quizzes/demo.yml:2:1: unknown key 'farge' in the quiz bank (allowed keys here: id, title, questions)"],
    ),
    "no read as yes/no": (
        GOOD.replace("text: Bare lederen", "text: no"),
        ["quizzes/demo.yml:6:15: 'text' is read as a yes/no value, not text: no (put it in quotes: text: \"no\")"],
    ),
    "yes read as yes/no": (
        GOOD.replace("question: Hvem har ansvaret?", "question: yes"),
        ["quizzes/demo.yml:4:15: 'question' is read as a yes/no value, not text: yes (put it in quotes: question: \"yes\")"],
    ),
    "number": (
        GOOD.replace("text: Bare lederen", "text: 1.5"),
        ["quizzes/demo.yml:6:15: 'text' is read as a number, not text: 1.5 (put it in quotes: text: \"1.5\")"],
    ),
    "date": (
        GOOD.replace("text: Bare lederen", "text: 2026-01-01"),
        ["quizzes/demo.yml:6:15: 'text' is read as a date, not text: 2026-01-01 (put it in quotes: text: \"2026-01-01\")"],
    ),
    "list where text belongs": (
        GOOD.replace("question: Hvem har ansvaret?", "question:\n      - Hvem?"),
        ["quizzes/demo.yml:5:7: 'question' must be text, not a list (write the text on the same line after the colon, or as an indented block after '>-')"],
    ),
    "correct not a real boolean": (
        GOOD.replace("correct: true", "correct: yes"),
        ["quizzes/demo.yml:8:18: 'correct' must be true or false, not yes (write 'correct: true' on the right option and leave it out on the others)"],
    ),
    "correct as quoted text": (
        GOOD.replace("correct: true", 'correct: "true"'),
        ["quizzes/demo.yml:8:18: 'correct' must be true or false, not true (write 'correct: true' on the right option and leave it out on the others)"],
    ),
    "duplicate key": (
        GOOD.replace("      - text: Bare lederen\n", "      - text: Bare lederen\n        text: Bare meg\n"),
        ["quizzes/demo.yml:7:9: duplicate key 'text' (also on line 6) (keep one of them: YAML would silently use only the last)"],
    ),
    "duplicate key in the bank": (
        GOOD.replace("id: demo\n", "id: demo\nid: demo\n", 1),
        ["quizzes/demo.yml:2:1: duplicate key 'id' (also on line 1) (keep one of them: YAML would silently use only the last)"],
    ),
    "duplicate key in a question": (
        GOOD.replace("    question: Hvem har ansvaret?\n", "    question: Hvem har ansvaret?\n    question: Hvem bestemmer?\n"),
        ["quizzes/demo.yml:5:5: duplicate key 'question' (also on line 4) (keep one of them: YAML would silently use only the last)"],
    ),
    "duplicate unknown key": (
        GOOD.replace("        correct: true\n", "        correct: true\n        riktig: ja\n        riktig: ja\n"),
        [
            "quizzes/demo.yml:9:9: unknown key 'riktig' in an option (allowed keys here: text, correct, feedback)",
            "quizzes/demo.yml:10:9: duplicate key 'riktig' (also on line 9) (keep one of them: YAML would silently use only the last)",
        ],
    ),
    "duplicate question id": (
        GOOD + GOOD.split("questions:\n")[1],
        ["quizzes/demo.yml:9:9: duplicate question id 'en' (also on line 3) (give each question its own id)"],
    ),
    "id with other characters": (
        GOOD.replace("- id: en", "- id: Første spørsmål"),
        ["quizzes/demo.yml:3:9: id 'Første spørsmål' may only use lower-case letters a-z, digits and hyphens (for example 'si-ifra-tidlig')"],
    ),
    "bank id differs from file name": (
        GOOD.replace("id: demo", "id: annen"),
        ["quizzes/demo.yml:1:5: bank id 'annen' differs from the file name 'demo.yml' (write 'id: demo', or rename the file to 'annen.yml')"],
    ),
    "empty question": (
        GOOD.replace("question: Hvem har ansvaret?", "question: ''"),
        ["quizzes/demo.yml:4:15: 'question' is empty (write the text after 'question:')"],
    ),
    "empty option text": (
        GOOD.replace("text: Bare lederen", "text:"),
        ["quizzes/demo.yml:6:14: 'text' is empty (write the text after 'text:')"],
    ),
    "one option": (
        GOOD.replace("      - text: Bare lederen\n", ""),
        ["quizzes/demo.yml:6:7: question 'en' has 1 option (give it at least two options)"],
    ),
    "no correct option": (
        GOOD.replace("        correct: true\n", ""),
        ["quizzes/demo.yml:6:7: question 'en' has no correct option (mark one with `correct: true`)"],
    ),
    "same option twice": (
        GOOD.replace("text: Bare lederen", "text: Alle  sammen"),
        ["quizzes/demo.yml:7:15: question 'en' has the option 'Alle sammen' twice (also on line 6) (make every option text different)"],
    ),
    "no questions": ("id: demo\nquestions: []\n", ["quizzes/demo.yml:2:12: the bank has no questions (add at least one question under 'questions:')"]),
    "raw html": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem har <b>ansvaret</b>?"),
        ["quizzes/demo.yml:4:15: 'question' contains HTML (<b>) (write plain text or Markdown instead of HTML)"],
    ),
    "html comment": (
        GOOD.replace("question: Hvem har ansvaret?", "question: Hvem <!-- x --> har ansvaret?"),
        ["quizzes/demo.yml:4:15: 'question' contains HTML (<!--) (write plain text or Markdown instead of HTML)"],
    ),
    "anchor and alias": (
        GOOD.replace("text: Bare lederen", "text: &a Bare lederen").replace("text: Alle sammen", "text: *a"),
        [
            "quizzes/demo.yml:6:15: YAML anchor '&a' is not allowed (remove the '&' name and write the text out in full)",
            "quizzes/demo.yml:7:15: YAML alias '*a' is not allowed (write the text out in full)",
        ],
    ),
    "tag": (
        GOOD.replace("text: Bare lederen", "text: !!binary aGVp"),
        ["quizzes/demo.yml:6:15: YAML tag 'tag:yaml.org,2002:binary' is not allowed (remove the tag; write plain text)"],
    ),
    "option text on two lines": (
        GOOD.replace("text: Bare lederen", "text: |\n          Bare\n          lederen"),
        ["quizzes/demo.yml:6:15: option text must be one line (use '>-' to fold a long text, and leave no blank line inside it)"],
    ),
    "not utf-8": (
        GOOD.replace("Bare lederen", "Bare l\u00e6ren").encode("latin-1"),
        ["quizzes/demo.yml:6:21: the file is not UTF-8 text (save it as UTF-8 in your editor)"],
    ),
    "options not a list": (
        GOOD.split("    options:")[0] + "    options: Ja eller nei\n",
        ["quizzes/demo.yml:5:14: 'options' must be a list, not text (write each of the options on its own line starting with '- ')"],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_problem_has_its_exact_message(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    assert problems(tmp_path, text) == expected


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    text = GOOD.replace("feedback", "x").replace("text: Bare lederen", "tekst: Bare lederen").replace("question: Hvem har ansvaret?", "question: no")
    found = problems(tmp_path, text)
    assert len(found) == 3, found
    assert found[0].startswith("quizzes/demo.yml:4:15: 'question' is read as a yes/no value")
    assert found[1].startswith("quizzes/demo.yml:6:9: an option has no 'text'")
    assert found[2].startswith("quizzes/demo.yml:6:9: unknown key 'tekst' in an option (did you mean 'text'?)")


def test_a_billion_laughs_file_is_refused_without_expanding(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 9):
        lines.append(f"{chr(97 + n)}: &{chr(97 + n)} [*{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}, *{chr(96 + n)}]")
    found = problems(tmp_path, "\n".join(lines) + "\n")
    assert found and all("anchor" in p or "alias" in p for p in found)


def test_the_loader_tags_every_node_as_safeloader_does() -> None:
    """course.loader reads tags its own, quicker way; the type checks rely on them being PyYAML's."""
    import yaml

    from course.loader import _Loader

    scalars = [
        "Hvem", "", "~", "null", "Null", "NULL", "yes", "No", "ON", "off", "true", "False", "y", "n", "ja", "nei",
        "0", "-1", "+2", "1_000", "0x1F", "0o17", "017", "0b101", "1:30", "1.5", "-.5", ".inf", "-.Inf", ".nan", "1e3", "6.8523015e+5",
        "2026-01-01", "2026-1-1 10:00:00", "2026-01-01T10:00:00Z", "<<", "=", "a#b", "-x", "tillit", "Tillit i praksis", "12 måneder",
    ]
    block = "".join(f"- {s}\n" if s else "- \n" for s in scalars)
    documents = [block, "\n".join(f"k{n}: {s}" for n, s in enumerate(scalars)) + "\n", 'a: "yes"\nb: \'1.5\'\nc: !!str 1\nd: [1, x, {e: no}]\n', "- >-\n  no\n- |\n  1.5\n"]

    def tags(node: yaml.Node) -> list[object]:
        children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else []
        return [(node.tag, node.value if isinstance(node, yaml.ScalarNode) else None)] + [t for child in children for t in tags(child)]

    for document in documents:
        assert tags(yaml.compose(document, Loader=_Loader)) == tags(yaml.compose(document, Loader=yaml.SafeLoader)), document
