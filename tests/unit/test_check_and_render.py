"""`make check` output, GitHub annotations, and the Markdown written for mkdocs-quiz."""

from __future__ import annotations

from pathlib import Path

import pytest

from course.__main__ import main
from course.model import Bank, Option, PlacedQuestion, Pos, Question
from course.render import literal, literal_inline, quiz_markdown

ROOT = Path(__file__).resolve().parents[2]
BAD = "id: demo\nquestions:\n  - id: en\n    question: no\n    options:\n      - text: A\n      - text: B\n"


def run_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, list[str]]:
    (tmp_path / "docs").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "docs" / "side.md").write_text(
        "# Side\n\n<!-- quiz: demo -->\n<!-- quiz: borte -->\n", encoding="utf-8"
    )
    (tmp_path / "quizzes" / "demo.yml").write_text(BAD, encoding="utf-8")
    status = main(["--root", str(tmp_path), "check", *args])
    return status, capsys.readouterr().out.splitlines()


def test_check_prints_every_problem_banks_first_then_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_check(tmp_path, capsys) == (
        1,
        [
            'quizzes/demo.yml:4:15: «question» blir lest som en ja/nei-verdi, ikke som tekst: no (sett det i anførselstegn: question: "no") [value-type]',
            "quizzes/demo.yml:6:7: spørsmålet «en» har ikke noe riktig alternativ (merk det riktige med «correct: true») [option-no-correct]",
            "docs/side.md:4:1: markøren quiz viser til banken «borte», som ikke finnes (bankene som finnes: demo) [marker-unknown-bank]",
            "3 feil i 2 av 2 filer",
        ],
    )


def test_check_writes_github_annotations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines = run_check(tmp_path, capsys, "--github")
    assert status == 1
    assert lines[0] == (
        '::error file=quizzes/demo.yml,line=4,col=15,title=value-type::«question» blir lest som en ja/nei-verdi, ikke som tekst: no (sett det i anførselstegn: question: "no")'
    )


def test_check_passes_on_the_real_course(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--root", str(ROOT), "check"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert out.startswith("ingen problemer i ")


def test_literal_keeps_quiz_structure() -> None:
    assert literal("[[svar]] og <b> & x") == r"\[\[svar\]\] og &lt;b> &amp; x"
    assert literal("> sitat\n- [x] kryss") == "\\> sitat\n- \\[x] kryss"
    assert literal_inline("- [ ] boks") == r"\- \[ ] boks"
    assert literal_inline("1. punkt") == r"1\. punkt"


def test_quiz_markdown_for_one_question() -> None:
    options = (
        Option("Nei", False, "Fordi.\n> Ikke sitat", Pos(1, 1)),
        Option("Ja", True, "", Pos(1, 1)),
    )
    question = Question("q", "Hva: «sitat»?", options, "Forklaring.", Pos(1, 1))
    bank = Bank("b", "", (question,), "quizzes/b.yml")
    placed = PlacedQuestion(bank, question)
    blocks = {"Nei": "- [ ] Nei\n> Fordi.\n> \\> Ikke sitat", "Ja": "- [x] Ja"}
    shown = "\n".join(blocks[o.text] for o in placed.options)  # in display order (course/order.py)
    assert quiz_markdown(placed) == f"<quiz>\nHva: «sitat»?\n{shown}\n\nForklaring.\n</quiz>"


def test_saved_answer_keys_follow_content_not_position() -> None:
    a, b = Option("A", True, "", Pos(1, 1)), Option("B", False, "x", Pos(2, 1))
    q1 = Question("q", "Hva?", (a, b), "", Pos(1, 1))
    reordered = Question(
        "q", "Hva?", (b, Option("A", True, "ny forklaring", Pos(9, 1))), "ny", Pos(5, 1)
    )
    edited = Question("q", "Hva nå?", (a, b), "", Pos(1, 1))
    assert q1.fingerprint == reordered.fingerprint
    assert q1.fingerprint != edited.fingerprint
    assert a.key == Option("A", False, "annen", Pos(3, 3)).key != b.key
