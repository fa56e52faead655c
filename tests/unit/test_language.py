"""One form of each word (course/language.py): a rejected variant is a problem with the form to use."""

from __future__ import annotations

from pathlib import Path

import pytest

from course.language import term_problems, variants

from conftest import ROOT

PLANTED = {
    "Vi går frem sammen.": "frem",
    "Fremdriften vises her.": "Fremdriften",
    "Kan du steppe inn i morgen?": "steppe inn",
    "Hun stepper inn.": "stepper inn",
    "Det er lett å si ifra.": "ifra",
    "De som jobber i første linje, vet mest.": "i første linje",
    "Førstelinja trenger tid.": "Førstelinja",
    "Gruppa møtes hver uke.": "Gruppa",
    "Ledergruppa bestemte det.": "Ledergruppa",
    "Ingen vil miste ansikt.": "miste ansikt",
    "Men vent ikke for lenge.": "vent ikke",
    "Gruppen ble enige om en plan.": "Gruppen ble enige",
}


@pytest.mark.parametrize("text", list(PLANTED))
def test_each_rejected_variant_is_found_with_the_form_to_use(text: str) -> None:
    [problem] = term_problems("docs/side.md", f"# Side\n\n{text}\n")
    assert (problem.line, problem.column, problem.rule) == (
        3,
        text.index(PLANTED[text]) + 1,
        "term-variant",
    )
    assert problem.message == f"«{PLANTED[text]}» er ikke formen kurset bruker"
    assert problem.hint.startswith("skriv ")


def test_other_words_ids_and_markers_are_left_alone() -> None:
    text = (
        "Fremmede ord kan fremme misforståelser.\n"
        "Feilen står på første linje av siden.\n"
        "  - id: si-ifra-hvis\n"
        "<!-- quiz: gruppa -->\n"
        "Vi går fram, sier fra og treffer førstelinjen og gruppen.\n"
    )
    assert list(variants(text)) == []


def course_texts() -> list[Path]:
    files = [
        *ROOT.glob("docs/**/*.md"),
        *ROOT.glob("quizzes/*.yml"),
        *ROOT.glob("docs/assets/js/*.js"),
        ROOT / "hooks" / "course" / "text" / "nb.yml",  # the learner's texts of those scripts
    ]
    return sorted([*files, ROOT / "README.md", ROOT / "CONTRIBUTING.md"])


def test_the_course_its_interface_and_its_guides_use_one_form() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{v.line}:{v.column}: {v.found}"
        for path in course_texts()
        for v in variants(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_a_long_sentence_is_found_in_a_page_a_table_and_front_matter() -> None:
    from course.language import page_sentence_problems

    long = " ".join(["ord"] * 25) + "."
    described = long.replace("ord", "beskrivelse")
    page = f"---\ndescription: {described}\n---\n\n# Tittel\n\nKort setning. {long}\n\n| {long} | kort |\n\n```\n{long}\n```\n"
    found = [
        (p.line, p.rule, p.warning)
        for p in page_sentence_problems("docs/side.md", page, [described])
    ]
    assert found == [
        (7, "sentence-long", True),
        (9, "sentence-long", True),
        (2, "sentence-long", True),
    ]
    assert (
        page_sentence_problems("docs/side.md", "# Tittel\n\n" + " ".join(["ord"] * 24) + ".\n", [])
        == []
    )


def test_no_sentence_in_the_course_is_25_words_or_longer() -> None:
    from course.course import load_course

    _, problems = load_course(ROOT)
    assert [p.format() for p in problems if p.rule == "sentence-long"] == []
