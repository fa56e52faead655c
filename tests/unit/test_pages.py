"""Pages: quiz markers, reflection prompts in front matter, and the whole-course check."""

from __future__ import annotations

from pathlib import Path

from course.course import load_course

BANK = """\
id: demo
questions:
  - id: en
    question: Hvem har ansvaret?
    options:
      - text: Bare lederen
      - text: Alle sammen
        correct: true
"""


def course_problems(tmp_path: Path, page: str, banks: dict[str, str] | None = None) -> list[str]:
    (tmp_path / "docs").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "docs" / "side.md").write_text(page, encoding="utf-8")
    for name, text in (banks if banks is not None else {"demo": BANK}).items():
        (tmp_path / "quizzes" / f"{name}.yml").write_text(text, encoding="utf-8")
    _, found = load_course(tmp_path)
    return [p.format() for p in found]


def test_a_page_that_places_every_bank_is_fine(tmp_path: Path) -> None:
    assert course_problems(tmp_path, "# Side\n\n<!-- quiz: demo -->\n") == []


def test_marker_naming_an_unknown_bank(tmp_path: Path) -> None:
    assert course_problems(tmp_path, "# Side\n\n<!-- quiz: demo -->\n<!-- quiz: ukjent -->\n") == [
        "docs/side.md:4:1: markøren quiz viser til banken «ukjent», som ikke finnes (bankene som finnes: demo) [marker-unknown-bank]"
    ]


def test_marker_naming_an_unknown_question(tmp_path: Path) -> None:
    assert course_problems(tmp_path, "# Side\n\n<!-- quiz: demo en to -->\n") == [
        "docs/side.md:3:1: banken «demo» har ikke noe spørsmål «to» (spørsmålene i banken: en) [marker-unknown-question]"
    ]


def test_marker_without_bank_and_marker_inside_text(tmp_path: Path) -> None:
    assert course_problems(
        tmp_path, "# Side\n\n<!-- quiz: demo -->\n<!-- quiz -->\nTekst <!-- quiz: demo -->\n"
    ) == [
        "docs/side.md:4:1: markøren quiz sier ikke hvilken bank den skal vise (skriv <!-- quiz: bank-id --> eller <!-- quiz: bank-id spørsmål-id ... -->) [marker-no-bank]",
        "docs/side.md:5:7: markøren quiz må stå alene på linjen (flytt teksten rundt den til egne linjer) [marker-not-alone]",
    ]


def test_markers_in_fenced_code_are_left_alone(tmp_path: Path) -> None:
    page = "# Side\n\n<!-- quiz: demo -->\n\n```markdown\n<!-- quiz: finnes-ikke -->\n```\n"
    assert course_problems(tmp_path, page) == []


def test_question_placed_twice_on_a_page(tmp_path: Path) -> None:
    assert course_problems(
        tmp_path, "# Side\n\n<!-- quiz: demo -->\n\n<!-- quiz: demo en -->\n"
    ) == [
        "docs/side.md:5:1: spørsmålet «en» fra banken «demo» står allerede på denne siden (linje 3) (sett hvert spørsmål på siden bare én gang) [question-placed-twice]"
    ]


def test_unused_bank_is_a_warning(tmp_path: Path) -> None:
    assert course_problems(tmp_path, "# Side\n") == [
        "quizzes/demo.yml:1:1: advarsel: ingen side bruker banken «demo» (sett <!-- quiz: demo --> på en side, eller slett filen) [bank-unused]"
    ]


def test_hand_written_quiz_is_refused(tmp_path: Path) -> None:
    assert course_problems(
        tmp_path, "# Side\n\n<!-- quiz: demo -->\n\n<quiz>\nHva?\n- [x] Ja\n</quiz>\n"
    ) == [
        "docs/side.md:5:1: kunnskapssjekken er skrevet rett i siden (legg spørsmålet i en bank under quizzes/, og sett det på siden med <!-- quiz: bank-id -->) [quiz-in-page]",
        "docs/side.md:8:1: kunnskapssjekken er skrevet rett i siden (legg spørsmålet i en bank under quizzes/, og sett det på siden med <!-- quiz: bank-id -->) [quiz-in-page]",
    ]


def front(matter: str) -> str:
    return f"---\n{matter}---\n\n# Side\n\n<!-- quiz: demo -->\n\n<!-- reflections -->\n"


def test_good_reflections(tmp_path: Path) -> None:
    assert (
        course_problems(tmp_path, front("reflections:\n  - id: en\n    text: Hva tenker du?\n"))
        == []
    )


def test_reflections_not_a_list(tmp_path: Path) -> None:
    assert course_problems(tmp_path, front("reflections: Hva tenker du?\n")) == [
        "docs/side.md:2:14: «reflections» må være en liste, ikke tekst (skriv hvert element på en egen linje som begynner med «- ») [value-type]",
        "docs/side.md:9:1: markøren reflections står på en side uten refleksjonsspørsmål (legg til «reflections:» i front matter, eller ta bort markøren) [marker-without-reflections]",
    ]


def test_reflection_with_empty_text(tmp_path: Path) -> None:
    assert course_problems(
        tmp_path, front("reflections:\n  - id: en\n    text: ''\n  - id: to\n    text: Hva nå?\n")
    ) == ["docs/side.md:4:11: «text» er tom (skriv teksten etter «text:») [value-empty]"]


def test_duplicate_reflections(tmp_path: Path) -> None:
    matter = "reflections:\n  - id: en\n    text: Hva tenker du?\n  - id: en\n    text: Hva  tenker du?\n"
    assert course_problems(tmp_path, front(matter)) == [
        "docs/side.md:5:5: refleksjonsspørsmålet har samme id som et annet: «en» (også på linje 3) (gi hvert spørsmål sin egen id) [reflection-duplicate-id]",
        "docs/side.md:5:5: refleksjonsspørsmålet «Hva  tenker du?» står to ganger (også på linje 3) (ta bort det ene) [reflection-duplicate]",
    ]


def test_duplicate_keys_in_front_matter_are_reported_once(tmp_path: Path) -> None:
    matter = "title: Side\nreflections:\n  - id: en\n    text: Hva tenker du?\n    text: Hva mener du?\nsearch:\n  exclude: true\n  exclude: false\n"
    assert course_problems(tmp_path, front(matter)) == [
        "docs/side.md:6:5: nøkkelen «text» står to ganger (også på linje 5) (behold én av dem; YAML ville brukt bare den siste uten å si fra) [duplicate-key]",
        "docs/side.md:9:3: nøkkelen «exclude» står to ganger (også på linje 8) (behold én av dem; YAML ville brukt bare den siste uten å si fra) [duplicate-key]",
    ]


def test_misspelt_reflections_key(tmp_path: Path) -> None:
    assert course_problems(
        tmp_path, "---\nreflection:\n  - id: en\n    text: Hva?\n---\n# Side\n<!-- quiz: demo -->\n"
    ) == [
        "docs/side.md:2:1: ukjent nøkkel «reflection» i front matter (mente du «reflections»?) [front-matter-unknown-key]"
    ]


def test_broken_front_matter_yaml(tmp_path: Path) -> None:
    found = course_problems(
        tmp_path, "---\ntitle: Side\nreflections: [en\n---\n# Side\n<!-- quiz: demo -->\n"
    )
    assert len(found) == 1 and found[0].startswith("docs/side.md:4:1: YAML-en kan ikke leses:"), (
        found
    )


def test_a_duplicate_question_id_is_reported_on_the_bank_only(tmp_path: Path) -> None:
    """The cause first, and its consequence (the page placing the question twice) not at all."""
    bank = BANK + BANK.split("questions:\n")[1]
    assert course_problems(tmp_path, "# Side\n\n<!-- quiz: demo -->\n", {"demo": bank}) == [
        "quizzes/demo.yml:9:9: spørsmålet har samme id som et annet: «en» (også på linje 3) (gi hvert spørsmål sin egen id) [question-duplicate-id]"
    ]


def test_problems_come_in_fixing_order_settings_banks_pages(tmp_path: Path) -> None:
    (tmp_path / "course.yml").write_text("pass_mark: 180\n", encoding="utf-8")
    found = course_problems(
        tmp_path,
        "# Side\n\n<!-- quiz: demo -->\n<!-- quiz: borte -->\n",
        {"demo": BANK.replace("        correct: true\n", "")},
    )
    assert [line.split(":")[0] for line in found] == [
        "course.yml",
        "quizzes/demo.yml",
        "docs/side.md",
    ]
    assert (
        found[0]
        == "course.yml:1:12: «pass_mark» må være et helt tall fra 1 til 100 (en prosent), ikke 180 (skriv et tall uten anførselstegn, for eksempel «pass_mark: 100») [value-type]"
    )


def test_a_broken_bank_is_reported_once_not_again_on_the_page_that_places_it(
    tmp_path: Path,
) -> None:
    broken = BANK.replace("question: Hvem har ansvaret?", "question: Hvem: har: ansvaret?")
    found = course_problems(tmp_path, "# Side\n\n<!-- quiz: demo -->\n", {"demo": broken})
    assert [line.split(" ")[0] for line in found] == ["quizzes/demo.yml:4:19:"]
    assert found[0].endswith("[yaml-syntax]")


def ordliste(terms: str) -> str:
    return f"---\ntitle: Ordliste\nterms:\n{terms}---\n\n# Ordliste\n\n<!-- ordliste -->\n<!-- quiz: demo -->\n"


def test_a_good_ordliste(tmp_path: Path) -> None:
    terms = (
        "  - term: handlingsrom\n    forms: [handlingsrommet]\n    text: Det du kan avgjøre selv.\n"
    )
    assert course_problems(tmp_path, ordliste(terms)) == []


def test_ordliste_problems(tmp_path: Path) -> None:
    terms = (
        "  - term: handlingsrom\n    text: Det du kan avgjøre selv.\n"
        "  - term: ledbar\n    forms: [Handlingsrom]\n    text: Lett å lede.\n"
        "  - term: veisøker\n    tekst: Den som får veiledning.\n"
    )
    assert course_problems(tmp_path, ordliste(terms)) == [
        "docs/side.md:6:5: «Handlingsrom» står to ganger i ordlisten (også på linje 4) (ha hvert ord og hver form med bare én gang) [term-duplicate]",
        "docs/side.md:9:5: et ord i ordlisten mangler «text» (legg til «text:») [front-matter-missing-key]",
        "docs/side.md:10:5: ukjent nøkkel «tekst» i et ord i ordlisten (mente du «text»?) [front-matter-unknown-key]",
    ]
