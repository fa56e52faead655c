"""One form of each word (course/language.py): a rejected variant is a problem with the form to use."""

from __future__ import annotations

from pathlib import Path

import pytest

from course.language import term_problems, variants

from conftest import ROOT, copy_project

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


NYNORSK = {
    "Saka blei løyst.": "blei",
    "Det har blitt betre.": "blitt",
    "Dei må også vite det.": "også",
    "Også leiaren er med.": "Også",
    "Vi er einige.": "einige",
    "Ho er ueinig i det.": "ueinig",
    "Følg lenkja.": "lenkja",
    "Krossane er lagra.": "Krossane",
    "Ho er sakshandsamar.": "sakshandsamar",
    "Då er fridommen trygg.": "fridommen",
    "Dei som lykkast, øver.": "lykkast",
}


@pytest.mark.parametrize("text", list(NYNORSK))
def test_each_variant_nynorsk_rejects_is_found_with_the_form_to_use(text: str) -> None:
    [problem] = term_problems("nn/docs/side.md", f"# Side\n\n{text}\n", "nn")
    assert (problem.line, problem.column, problem.rule) == (
        3,
        text.index(NYNORSK[text]) + 1,
        "term-variant",
    )
    assert problem.hint.startswith("skriv «")


def test_each_edition_keeps_its_own_list() -> None:
    assert list(variants("Gruppa vart samd, og det har vorte tryggare.", "nn")) == []
    assert [v.found for v in variants("Gruppa ble også enig.", "nb")] == ["Gruppa"]


def test_a_variant_in_a_nynorsk_bank_fails_the_check(tmp_path: Path) -> None:
    from course.course import load_editions

    copy_project(tmp_path, nynorsk=True)
    bank = tmp_path / "nn" / "quizzes" / "lede-med-tillit.yml"
    text = bank.read_text(encoding="utf-8")
    assert "Feilen vart retta" in text
    bank.write_text(text.replace("Feilen vart retta", "Feilen blei retta"), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "Feilen vart retta" in row)
    found = [
        (p.path, p.line, p.rule)
        for p in load_editions(tmp_path).problems
        if p.rule == "term-variant"
    ]
    assert found == [("nn/quizzes/lede-med-tillit.yml", line, "term-variant")]


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


def test_the_nynorsk_edition_and_its_interface_use_one_form() -> None:
    files = [
        *ROOT.glob("nn/docs/**/*.md"),
        *ROOT.glob("nn/quizzes/*.yml"),
        ROOT / "hooks" / "course" / "text" / "nn.yml",
        ROOT / "mkdocs.nn.yml",
    ]
    assert len(files) > 20
    found = [
        f"{path.relative_to(ROOT)}:{v.line}:{v.column}: {v.found}"
        for path in sorted(files)
        for v in variants(path.read_text(encoding="utf-8"), "nn")
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
