"""Quiz banks exported for an LMS: Moodle XML that Moodle can read, GIFT that a real GIFT parser reads back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from course.course import load_course
from course.export import (
    bank_titles,
    category,
    fractions,
    gift,
    gift_escape,
    goal_names,
    moodle_xml,
)
from course.model import Bank, Option, Pos, Question

ROOT = Path(__file__).resolve().parents[2]
HERE = Pos(1, 1)


def real_banks() -> tuple[list[Bank], dict[str, str]]:
    course, problems = load_course(ROOT)
    assert not [p for p in problems if not p.warning]
    return list(course.banks.values()), bank_titles(course)


def tricky_bank() -> Bank:
    """Every character GIFT or HTML treats specially, a line break, a blank line and Markdown."""
    single = Question(
        "tegn",
        "Hva betyr ~ = # { } : og \\ her?\nSe https://example.no/a#b.\n\nNytt avsnitt med *vekt* og <b>ikke HTML</b> & [[ikke blank]].",
        (
            Option("50 % = halvparten {ca.}", True, "Riktig: ~ # \\ står som skrevet.", HERE),
            Option("- [x] ser ut som et kryss", False, "", HERE),
            Option("> ikke et sitat", False, "Nei #1.", HERE),
        ),
        "Forklaring: *viktig*.",
        HERE,
    )
    several = Question(
        "flere",
        "Velg alle som passer.",
        tuple(Option(f"Svar {n}", n in (1, 2, 4), f"Om svar {n}.", HERE) for n in range(1, 6)),
        "",
        HERE,
    )
    return Bank("rar-bank", "Kunnskapssjekk", (single, several), "quizzes/rar-bank.yml")


def parse_gift(files: list[Path]) -> dict[str, list[dict[str, Any]]]:
    if shutil.which("node") is None:
        pytest.fail(
            "node is missing: install Node.js (the GIFT files are checked with the npm package gift-pegjs)"
        )
    if not (ROOT / "node_modules" / "gift-pegjs").exists():
        pytest.fail("node_modules/gift-pegjs is missing: run `npm ci` (make test does)")
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "js" / "parse_gift.mjs"), *map(str, files)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_gift_gives_back(bank: Bank, parsed: list[dict[str, Any]], title: str) -> None:
    assert parsed[0] == {"type": "Category", "title": f"$course$/top/Tillit i praksis/{title}"}
    questions = parsed[1:]
    assert len(questions) == len(bank.questions)
    for q, got in zip(bank.questions, questions):
        assert (got["type"], got["title"], got["id"]) == ("MC", q.id, f"{bank.id}/{q.id}")
        assert got["stem"] == {"format": "markdown", "text": q.text.strip()}
        shown = bank.display_orders[q.id]
        assert [c["text"]["text"] for c in got["choices"]] == [o.text for o in shown]
        assert [(c["feedback"] or {}).get("text", "") for c in got["choices"]] == [
            o.feedback for o in shown
        ]
        if q.multiple:
            assert [c["weight"] > 0 for c in got["choices"]] == [o.correct for o in shown]
            assert sum(c["weight"] for c in got["choices"] if c["weight"] > 0) == pytest.approx(
                100, abs=1e-3
            )
        else:
            assert [c["isCorrect"] for c in got["choices"]] == [o.correct for o in shown]
        assert (got["globalFeedback"] or {}).get("text", "") == q.explanation


def moodle_questions(xml_text: str) -> tuple[str, list[ET.Element]]:
    quiz = ET.fromstring(xml_text.encode("utf-8"))  # raises on XML that is not well-formed
    assert quiz.tag == "quiz"
    head, *questions = quiz.findall("question")
    assert head.get("type") == "category"
    assert all(q.get("type") == "multichoice" for q in questions)
    return head.findtext("category/text") or "", questions


def assert_moodle_matches(bank: Bank, xml_text: str, title: str) -> None:
    category, questions = moodle_questions(xml_text)
    assert category == f"$course$/top/Tillit i praksis/{title}"
    assert [q.findtext("name/text") for q in questions] == [q.id for q in bank.questions]
    for q, el in zip(bank.questions, questions):
        assert el.findtext("idnumber") == f"{bank.id}/{q.id}"
        assert el.findtext("single") == ("false" if q.multiple else "true")
        assert el.findtext("shuffleanswers") == "true"  # Moodle may shuffle for each learner
        shown = bank.display_orders[q.id]  # as on the site: the same order everywhere
        assert sorted(shown, key=lambda o: o.key) == sorted(q.options, key=lambda o: o.key)
        got = [float(a.get("fraction", "")) for a in el.findall("answer")]
        assert len(got) == len(shown)
        if q.multiple:
            assert [f > 0 for f in got] == [o.correct for o in shown]
            assert round(sum(f for f in got if f > 0) / 100, 2) == 1  # Moodle's own check
            assert all(f == -100 for f, o in zip(got, shown) if not o.correct)
        else:
            assert got == [100.0 if o.correct else 0.0 for o in shown]


def test_every_real_bank_becomes_moodle_xml_with_the_right_fractions() -> None:
    banks, titles = real_banks()
    assert len(banks) == 8
    assert titles["selvledelse"] == "Selvledelse"
    for bank in banks:
        assert_moodle_matches(bank, moodle_xml(bank, titles[bank.id]), titles[bank.id])


def test_every_real_bank_survives_a_real_gift_parser(tmp_path: Path) -> None:
    banks, titles = real_banks()
    files = []
    for bank in banks:
        files.append(tmp_path / f"{bank.id}.gift")
        files[-1].write_text(gift(bank, titles[bank.id]), encoding="utf-8")
    parsed = parse_gift(files)
    for bank, file in zip(banks, files):
        assert_gift_gives_back(bank, parsed[str(file)], titles[bank.id])


def test_special_characters_survive_gift_and_moodle(tmp_path: Path) -> None:
    bank = tricky_bank()
    file = tmp_path / "rar-bank.gift"
    file.write_text(gift(bank, "Rare tegn / skråstrek"), encoding="utf-8")
    assert_gift_gives_back(bank, parse_gift([file])[str(file)], "Rare tegn - skråstrek")
    xml_text = moodle_xml(bank, "Rare tegn")
    assert_moodle_matches(bank, xml_text, "Rare tegn")
    question = moodle_questions(xml_text)[1][0]
    html = question.findtext("questiontext/text") or ""
    assert html == (
        "<p>Hva betyr ~ = # { } : og \\ her?\nSe https://example.no/a#b.</p>\n"
        "<p>Nytt avsnitt med <em>vekt</em> og &lt;b&gt;ikke HTML&lt;/b&gt; &amp; [[ikke blank]].</p>"
    )
    answers = [a.findtext("text") or "" for a in question.findall("answer")]
    assert sorted(answers) == sorted(
        ["50 % = halvparten {ca.}", "- [x] ser ut som et kryss", "&gt; ikke et sitat"]
    )
    assert question.findtext("generalfeedback/text") == "<p>Forklaring: <em>viktig</em>.</p>"


def test_gift_escape_and_fractions() -> None:
    assert gift_escape(" a~b=c#d{e}f:g\\h\ni ") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"
    question = tricky_bank().questions[1]
    assert fractions(question, question.options) == [100 / 3, 100 / 3, -100, 100 / 3, -100]
    first = tricky_bank().questions[0]
    assert fractions(first, first.options) == [100, 0, 0]


def test_export_command_writes_both_formats_for_every_bank(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "course", "--root", str(ROOT), "export", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    ids = sorted(p.stem for p in (ROOT / "quizzes").glob("*.yml"))
    assert sorted(p.stem for p in (tmp_path / "moodle").glob("*.xml")) == ids
    assert sorted(p.stem for p in (tmp_path / "gift").glob("*.gift")) == ids


def test_the_nynorsk_export_has_the_same_banks_in_nynorsk(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "course",
            "--root",
            str(ROOT),
            "export",
            "--out",
            str(tmp_path),
            "--edition",
            "nn",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    ids = sorted(p.stem for p in (ROOT / "quizzes").glob("*.yml"))
    assert sorted(p.stem for p in (tmp_path / "moodle").glob("*.xml")) == ids
    gift = (tmp_path / "gift" / "selvledelse.gift").read_text(encoding="utf-8")
    assert "Sjølvleiing" in gift and "Selvledelse" not in gift


def test_export_command_refuses_a_bank_with_problems(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "docs" / "side.md").write_text("# Side\n\n<!-- quiz: demo -->\n", encoding="utf-8")
    (tmp_path / "quizzes" / "demo.yml").write_text(
        "id: demo\nquestions:\n  - id: en\n    question: Hva?\n    options:\n      - text: A\n      - text: B\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "course",
            "--root",
            str(tmp_path),
            "export",
            "--out",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "quizzes/demo.yml:6:7: spørsmålet «en» har ikke noe riktig alternativ" in result.stderr
    assert not (tmp_path / "dist").exists()


def test_each_goal_s_parallel_questions_are_a_category_to_draw_from() -> None:
    """Moodle can draw one random question from each goal's category, as the course does."""
    course, _ = load_course(ROOT)
    titles, goals = bank_titles(course), goal_names(course)
    for bank in course.banks.values():
        quiz = ET.fromstring(moodle_xml(bank, titles[bank.id], goals[bank.id]))
        found: dict[str, list[str]] = {}
        current = ""
        for question in quiz.iter("question"):
            if question.get("type") == "category":
                current = question.findtext("category/text") or ""
            else:
                found.setdefault(current, []).append(question.findtext("name/text") or "")
        module = next(p for p in course.modules() if any(m.bank == bank.id for m in p.markers))
        assert len(found) == len(module.goals), bank.id
        for goal, (path, names) in zip(module.goals, found.items()):
            assert path.endswith(goal.text[1:]) and path.startswith(category(titles[bank.id]))
            assert sorted(names) == sorted(q.id for q in bank.questions if q.goal == goal.id)
            assert len(names) >= 2
        text = gift(bank, titles[bank.id], goals[bank.id])
        assert text.count("$CATEGORY: ") == len(module.goals)
