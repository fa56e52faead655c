"""GitHub annotations for what the spelling check, the build log and failed tests found."""

from __future__ import annotations

from course.annotations import (
    build_annotations,
    failure_annotations,
    log_records,
    page_source,
    spelling_annotations,
)

HINT = "rett stavemåten, eller legg ordet til i ordliste.txt hvis det er riktig"


def test_each_unknown_word_is_annotated_on_its_line_and_column() -> None:
    files = {
        "docs/side.md": "# Side\n\nEn setning med Kvakkel og Kvakkel.\nOg selv-Snarkel her.\n",
        "quizzes/demo.yml": "id: demo\nquestions:\n  - id: en\n    question: Hva er Kvakkel?\n",
    }
    assert spelling_annotations(files, {"Kvakkel", "Snarkel", "Borte"}) == [
        f"::error file=docs/side.md,line=3,col=16::ukjent ord «Kvakkel» ({HINT})",
        f"::error file=docs/side.md,line=4,col=9::ukjent ord «Snarkel» ({HINT})",
        f"::error file=quizzes/demo.yml,line=4,col=22::ukjent ord «Kvakkel» ({HINT})",
        "::error::ukjent ord «Borte» (står i teksten, men ikke skrevet slik i noen fil)",
    ]


def test_a_broken_link_is_annotated_on_the_line_of_its_page() -> None:
    log = (
        "INFO    -  Cleaning site directory\n"
        "WARNING -  Doc file 'moduler/a.md' contains a link '../om/borte.md', but the target 'om/borte.md' is not found among documentation files.\n"
        "INFO    -  Doc file 'moduler/a.md' contains an absolute link '/om/', it was left as is.\n"
        "WARNING -  Doc file 'moduler/a.md' contains a link 'b.md#mal', but the doc 'moduler/b.md' does not contain an anchor '#mal'.\n"
    )
    sources = {"moduler/a.md": "# A\n\nLes [mer](../om/borte.md) her.\n\nSe [målet](b.md#mal).\n"}
    hint = " (sjekk filnavnet; en lenke går fra mappen siden ligger i, for eksempel ../om/index.md)"
    assert build_annotations(log, "docs", sources) == [
        "::error file=docs/moduler/a.md,line=3,col=11::lenken til «../om/borte.md» virker ikke: "
        "siden eller filen finnes ikke" + hint,
        "::error file=docs/moduler/a.md,line=5,col=12::lenken til «b.md#mal» virker ikke: "
        "siden har ingen overskrift med ankeret «#mal»" + hint,
    ]


def test_a_missing_nav_page_points_at_the_config_and_other_records_name_no_file() -> None:
    log = (
        "WARNING -  A reference to 'moduler/ny.md' is included in the 'nav' configuration, which is not found in the documentation files.\n"
        "ERROR   -  Config value 'theme': something is wrong\n"
        "  on two lines\n"
    )
    config = "site_name: x\nnav:\n  - moduler/ny.md\n"
    assert build_annotations(log, "docs", {}, "mkdocs.yml", config) == [
        "::error file=mkdocs.yml,line=3,col=5::siden «moduler/ny.md» står under nav i mkdocs.yml, men finnes ikke (legg til siden, eller rett stien under nav:)",
        "::error::Config value 'theme': something is wrong%0A  on two lines",
    ]


def test_course_problems_in_the_build_log_are_left_to_check_py() -> None:
    log = (
        "ERROR   -  The course has problems to fix:\n"
        "quizzes/demo.yml:7:7: question 'en' has no correct option (mark one with `correct: true`)\n"
        "1 problem in 1 of 3 files\n"
        "WARNING -  quizzes/ubrukt.yml:1:1: warning: no page uses the bank 'ubrukt'\n"
    )
    assert [level for level, _ in log_records(log)] == ["ERROR", "WARNING"]
    assert build_annotations(log, "docs", {}) == []


JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="2" tests="4">
<testcase classname="tests.browser.test_every_page" name="test_page_stays_on_the_site_and_passes_axe[moduler/selvledelse/]">
<failure message="AssertionError: assert [{'id': 'color-contrast', 'help': 'Elements must meet minimum color contrast ratio thresholds'}] == []&#10;  more">trace</failure>
</testcase>
<testcase classname="tests.browser.test_every_page" name="test_page_stays_on_the_site_and_passes_axe[forsiden]"/>
<testcase classname="tests.unit.test_content" name="test_word_list_is_sorted_and_has_no_duplicates">
<failure message="AssertionError: assert ['b', 'a'] == ['a', 'b']">trace</failure>
</testcase>
<testcase classname="tests.unit.test_content" name="test_module_readability[selvledelse]"/>
</testsuite></testsuites>"""


def test_failed_tests_become_annotations_on_the_page_they_name() -> None:
    sources = {"index.md", "moduler/selvledelse.md"}
    assert failure_annotations(JUNIT, "docs", sources) == [
        "::error file=docs/moduler/selvledelse.md,line=1,col=1::testen test_page_stays_on_the_site_and_passes_axe[moduler/selvledelse/] feilet: AssertionError: assert [{'id': 'color-contrast', 'help': 'Elements must meet minimum color contrast ratio thresholds'}] == []",
        "::error::testen test_word_list_is_sorted_and_has_no_duplicates feilet: AssertionError: assert ['b', 'a'] == ['a', 'b']",
    ]


def test_page_source_of_a_test_parameter() -> None:
    sources = {"index.md", "om/index.md", "om/personvern.md", "moduler/selvledelse.md"}
    assert page_source("", sources) == page_source("forsiden", sources) == "index.md"
    assert page_source("om/", sources) == "om/index.md"
    assert page_source("om/personvern/", sources) == "om/personvern.md"
    assert page_source("moduler/selvledelse.md", sources) == "moduler/selvledelse.md"
    assert page_source("selvledelse", sources) == "moduler/selvledelse.md"
    assert page_source("finnes-ikke", sources) is None
