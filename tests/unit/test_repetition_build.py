"""Repetisjon in the pure package: its marker, its settings, its questions, the page split into
one file per module, and its part of course.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from course import repetition
from course.course import load_course
from course.manifest import course_json
from course.settings import Settings, load_settings

BANK = """\
id: {id}
questions:
  - id: en
    question: Hvem har ansvaret?
    options:
      - text: Bare lederen
      - text: Alle sammen
        correct: true
  - id: to
    question: Hva er tillit?
    options:
      - text: Kontroll
      - text: Tro på andre
        correct: true
"""


def project(tmp_path: Path, pages: dict[str, str], banks: tuple[str, ...] = ("a", "b")) -> Path:
    (tmp_path / "quizzes").mkdir(parents=True)
    for bank in banks:
        (tmp_path / "quizzes" / f"{bank}.yml").write_text(BANK.format(id=bank), encoding="utf-8")
    for src, text in pages.items():
        path = tmp_path / "docs" / src
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


MODULES = {
    "moduler/forst.md": "# Først\n\n<!-- quiz: b -->\n",
    "moduler/sist.md": "# Sist\n\n<!-- quiz: a -->\n<!-- quiz: b en -->\n",
}


def problems(tmp_path: Path, page: str) -> list[str]:
    """The course's problems, less advice on its (tiny) knowledge checks."""
    _, found = load_course(project(tmp_path, {**MODULES, "repetisjon.md": page}))
    return [p.format() for p in found if not p.advice]


def test_the_marker_is_read_where_it_stands(tmp_path: Path) -> None:
    course, found = load_course(
        project(tmp_path, {**MODULES, "repetisjon.md": "# R\n\n<!-- repetisjon -->\n"})
    )
    assert [p for p in found if not p.advice] == []
    page = course.repetition_page()
    assert page is not None and page.src == "repetisjon.md"
    assert (page.repetition_marker.line, page.repetition_marker.column) == (3, 1)  # type: ignore[union-attr]
    assert course.pages["moduler/forst.md"].repetition_marker is None


def test_marker_problems(tmp_path: Path) -> None:
    page = "# R\n\n<!-- repetisjon: a -->\n<!-- repetisjon -->\n<!-- repetisjon -->\nTekst <!-- repetisjon -->\n<!-- quiz: a en -->\n"
    assert problems(tmp_path, page) == [
        "docs/repetisjon.md:3:1: markøren repetisjon skal ikke ha noe mer etter navnet (skriv den slik: <!-- repetisjon -->) [marker-arguments]",
        "docs/repetisjon.md:4:1: markøren repetisjon står på en side som også har spørsmål fra en kunnskapssjekk (gi <!-- repetisjon --> en side for seg selv) [repetition-with-quiz]",
        "docs/repetisjon.md:5:1: markøren repetisjon står her for andre gang (første gang på linje 4) (ha bare én <!-- repetisjon --> på hver side) [marker-twice]",
        "docs/repetisjon.md:6:7: markøren repetisjon må stå alene på linjen (flytt teksten rundt den til egne linjer) [marker-not-alone]",
    ]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("pass_mark: 80\n", (1, 3, 7, 16, 35)),
        ("repetition_days: [2, 4]\n", (2, 4)),
        ("repetition_days:\n  - 1\n  - 365\n", (1, 365)),
    ],
)
def test_repetition_days_from_course_yml(tmp_path: Path, text: str, days: tuple[int, ...]) -> None:
    (tmp_path / "course.yml").write_text(text, encoding="utf-8")
    settings, found = load_settings(tmp_path / "course.yml", "course.yml")
    assert found == [] and settings.repetition_days == days


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "repetition_days: 7\n",
            "course.yml:1:18: «repetition_days» må være en liste, ikke et tall (skriv hvert element på en egen linje som begynner med «- ») [value-type]",
        ),
        (
            "repetition_days: [1, tre]\n",
            "course.yml:1:22: hvert tall i «repetition_days» må være et helt antall dager fra 1 til 365, ikke tre (skriv tallene uten anførselstegn, for eksempel «repetition_days: [1, 3, 7, 16, 35]») [value-type]",
        ),
        (
            "repetition_days: [1, 400]\n",
            "course.yml:1:22: hvert tall i «repetition_days» må være et helt antall dager fra 1 til 365, ikke 400 (skriv tallene uten anførselstegn, for eksempel «repetition_days: [1, 3, 7, 16, 35]») [value-type]",
        ),
        (
            "repetition_days: [1, 7, 3]\n",
            "course.yml:1:18: «repetition_days» må være 1 til 10 antall dager, hvert større enn det før, ikke [1, 7, 3] (for eksempel «repetition_days: [1, 3, 7, 16, 35]») [settings-repetition-days]",
        ),
        (
            "repetition_days: []\n",
            "course.yml:1:18: «repetition_days» må være 1 til 10 antall dager, hvert større enn det før, ikke [] (for eksempel «repetition_days: [1, 3, 7, 16, 35]») [settings-repetition-days]",
        ),
        (
            "repetion_days: [1, 2]\n",
            "course.yml:1:1: ukjent nøkkel «repetion_days» i kursets innstillinger (course.yml) (mente du «repetition_days»?) [settings-unknown-key]",
        ),
    ],
)
def test_bad_repetition_days(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "course.yml").write_text(text, encoding="utf-8")
    settings, found = load_settings(tmp_path / "course.yml", "course.yml")
    assert [p.format() for p in found] == [message]
    assert settings.repetition_days == Settings.repetition_days


def test_questions_in_module_order_each_once(tmp_path: Path) -> None:
    course, _ = load_course(project(tmp_path, MODULES))
    found = repetition.questions(course, ["moduler/forst.md", "moduler/sist.md"])
    assert [(p.page, p.placed.schedule_id) for p in found] == [
        ("moduler/forst.md", "b:en"),
        ("moduler/forst.md", "b:to"),
        ("moduler/sist.md", "a:en"),
        ("moduler/sist.md", "a:to"),
    ]  # b:en, placed again by "sist", belongs to "forst", where it comes first


def test_rule_sentence_follows_the_settings() -> None:
    assert repetition.rule_sentence((1, 3, 7, 16, 35)) == (
        "Svarer du riktig, venter spørsmålet lenger for hver gang (1, 3, 7, 16 og så 35 dager), "
        "men svarer du feil, kommer det igjen i morgen."
    )
    assert "(2 og så 5 dager)" in repetition.rule_sentence((2, 5))
    assert "(1 dag)" in repetition.rule_sentence((1,))


def test_each_question_goes_to_a_file_of_its_own_as_its_module_has_it(tmp_path: Path) -> None:
    course, _ = load_course(project(tmp_path, MODULES))
    practised = repetition.questions(course, ["moduler/forst.md", "moduler/sist.md"])
    ids = [p.placed.dom_id for p in practised if p.page == "moduler/sist.md"]
    quizzes = {
        i: f'<tip-quiz data-search-exclude><div class="quiz" id="{i}">…</div></tip-quiz>'
        for i in ids
    }
    files = repetition.question_files(
        quizzes, ids, "repetisjon/sporsmal", "moduler/sist/", "repetisjon/"
    )
    assert [f.path for f in files] == [f"repetisjon/sporsmal/{i}.json" for i in ids]
    assert [json.loads(f.content) for f in files] == [
        {"question": i, "html": quizzes[i]} for i in ids
    ]
    with pytest.raises(ValueError, match="is not on its module page"):
        repetition.question_files({}, ids, "r", "m/", "r/")


@pytest.mark.parametrize(
    ("link", "moved"),
    [
        ("../../ordliste/", "../ordliste/"),
        ("../selvledelse/#mal", "../moduler/selvledelse/#mal"),
        ("bilde.png", "../moduler/sist/bilde.png"),
        ("../../om/personvern/?a=1", "../om/personvern/?a=1"),
        ("#q-a-en-1", "#q-a-en-1"),
        ("/kurs/", "/kurs/"),
        ("https://example.org/a", "https://example.org/a"),
        ("mailto:a@b.no", "mailto:a@b.no"),
    ],
)
def test_links_in_a_question_work_from_the_repetition_page(link: str, moved: str) -> None:
    html = f'<div class="quiz" id="q"><p><a href="{link}">lenke</a></p></div>'
    assert repetition.relocated(html, "moduler/sist/", "repetisjon/") == html.replace(
        f'href="{link}"', f'href="{moved}"'
    )
    files = repetition.question_files({"q": html}, ["q"], "f", "moduler/sist/", "repetisjon/")
    assert json.loads(files[0].content)["html"] == html.replace(link, moved)


def test_the_page_says_where_the_questions_and_the_script_are() -> None:
    page = repetition.page_markdown((1, 3), "sporsmal/", "../quiz.js")
    assert (
        '<div id="tip-repetition" class="tip-repetition" data-tip-questions="sporsmal/" '
        'data-tip-quiz-script="../quiz.js">' in page
    )
    assert "data-tip-" not in repetition.page_markdown((1, 3))  # nothing to practise


def test_course_json_says_where_the_schedule_is_and_what_each_module_asks(tmp_path: Path) -> None:
    course, _ = load_course(
        project(tmp_path, {**MODULES, "repetisjon.md": "# R\n\n<!-- repetisjon -->\n"})
    )
    data = json.loads(
        course_json(
            course,
            "Kurs",
            ["moduler/forst.md", "moduler/sist.md"],
            lambda src: src.removesuffix(".md") + "/",
        )
    )
    assert data["repetition"] == {"url": "repetisjon/", "days": [1, 3, 7, 16, 35]}
    assert data["storage"]["repetition"] == "tip:v1:repetition"
    sist = data["modules"][1]
    assert sist["repetition"] == ["a:en", "a:to", "b:en"]  # in the order of its questions:
    assert [q.rsplit("-", 1)[0] for q in sist["questions"]] == ["q-a-en", "q-a-to", "q-b-en"]
    without, _ = load_course(project(tmp_path / "uten", MODULES))
    assert json.loads(course_json(without, "Kurs", [], str))["repetition"] is None


def test_the_editor_guide_and_the_page_give_the_same_rule() -> None:
    root = Path(__file__).resolve().parents[2]
    course, _ = load_course(root)
    sentence = repetition.rule_sentence(course.settings.repetition_days)
    assert f"> {sentence}\n" in (root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "[1, 3, 7, 16, 35]" in (root / "CONTRIBUTING.md").read_text(encoding="utf-8")
