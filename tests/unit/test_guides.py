"""Conversation guides: phases in front matter, read with their positions, checked by the course
check (file:line:col and a rule for each mistake), and written out as the ground rules and the
agenda in place of `<!-- samtale -->`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from course import guides, markers
from course.course import load_course
from course.errors import Problem
from course.loader import load_page
from course.rules import RULES

GOOD = """\
---
title: "Samtaleguide: Demo"
minutes: 30
phases:
  - title: Velkommen
    minutes: 5
    task: >-
      Gå gjennom spillereglene.
  - title: Samtale
    minutes: 20
    task: Snakk to og to.
    questions:
      - Hva tar du med deg?
      - Hva vil du prøve?
  - title: Avtal ett steg
    minutes: 5
    questions:
      - Hva gjør vi nå?
---

# Samtaleguide: Demo

## Før møtet

- Les modulen.

<!-- samtale -->

## Etter møtet

- Følg opp.
"""


def problems(tmp_path: Path, text: str, name: str = "ledere/samtale-demo.md") -> list[Problem]:
    page = tmp_path / "docs" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(text, encoding="utf-8")
    (tmp_path / "quizzes").mkdir(exist_ok=True)
    _, found = load_course(tmp_path)
    return found


def where(found: list[Problem]) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.rule) for p in found]


def test_a_good_guide_has_no_problems_and_its_phases_in_order(tmp_path: Path) -> None:
    assert problems(tmp_path, GOOD) == []
    course, _ = load_course(tmp_path)
    guide = course.pages["ledere/samtale-demo.md"].guide
    assert guide is not None and guide.minutes == 30 and guide.marker == (27, 1)
    assert [(p.title, p.minutes, p.pos) for p in guide.phases] == [
        ("Velkommen", 5, (5, 5)),
        ("Samtale", 20, (9, 5)),
        ("Avtal ett steg", 5, (15, 5)),
    ]
    assert guide.phases[1].task == "Snakk to og to."
    assert guide.phases[1].questions == ("Hva tar du med deg?", "Hva vil du prøve?")
    assert guide.starts() == [0, 5, 25]


def test_minutes_that_do_not_add_up(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD.replace("minutes: 30", "minutes: 45"))
    assert where(found) == [(3, 10, "guide-minutes-sum")]
    assert found[0].format() == (
        "docs/ledere/samtale-demo.md:3:10: fasene blir til sammen 30 minutter, men «minutes» sier 45 (endre minuttene i en fase eller summen, så de stemmer med hverandre) [guide-minutes-sum]"
    )


def test_a_phase_without_title(tmp_path: Path) -> None:
    missing = GOOD.replace("  - title: Samtale\n    minutes: 20\n", "  - minutes: 20\n")
    assert where(problems(tmp_path, missing)) == [(9, 5, "guide-phase-no-title")]
    empty = GOOD.replace("title: Samtale", "title: ''")
    found = problems(tmp_path, empty)
    assert where(found) == [(9, 12, "guide-phase-no-title")]
    assert found[0].message == "fase 2 har ingen tittel"


def test_a_phase_with_nothing_to_do(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD.replace("    task: >-\n      Gå gjennom spillereglene.\n", ""))
    assert where(found) == [(5, 5, "guide-phase-empty")]
    assert found[0].message == "fase 1 («Velkommen») har verken oppgave eller spørsmål"


def test_a_phase_with_an_unknown_key(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD.replace("    task: Snakk", "    tsak: Snakk"))
    assert where(found) == [(11, 5, "guide-phase-unknown-key")]
    assert found[0].hint == "mente du «task»?"


def test_a_phase_without_minutes_and_minutes_that_are_no_number(tmp_path: Path) -> None:
    missing = GOOD.replace("  - title: Samtale\n    minutes: 20\n", "  - title: Samtale\n")
    assert where(problems(tmp_path, missing)) == [(9, 5, "guide-phase-missing-key")]
    words = GOOD.replace("minutes: 20", "minutes: tjue")
    assert where(problems(tmp_path, words)) == [(10, 14, "value-type")]


def test_a_guide_without_phases(tmp_path: Path) -> None:
    text = "---\ntitle: Demo\nminutes: 30\n---\n\n# Demo\n\n<!-- samtale -->\n"
    found = problems(tmp_path, text)
    assert where(found) == [(8, 1, "guide-phases-missing")]
    assert found[0].message == "markøren samtale står på en side uten faser"
    no_marker = problems(tmp_path, "# Demo\n\nBare tekst.\n", "ledere/samtale-annen.md")
    assert where([p for p in no_marker if "annen" in p.path]) == [(1, 1, "guide-phases-missing")]
    empty = GOOD.split("phases:")[0] + "phases: []\n---\n\n# Demo\n\n<!-- samtale -->\n"
    found = problems(tmp_path, empty, "ledere/samtale-tom.md")
    assert where([p for p in found if "tom" in p.path]) == [(4, 9, "guide-phases-missing")]


def test_phases_without_the_marker(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD.replace("<!-- samtale -->\n", ""))
    assert where(found) == [(4, 1, "guide-marker-missing")]


def test_a_guide_without_its_total(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD.replace("minutes: 30\n", ""))
    assert where(found) == [(3, 1, "front-matter-missing-key")]
    assert found[0].message == "samtaleguiden mangler «minutes» (hvor mange minutter møtet varer)"


def test_questions_that_are_not_text(tmp_path: Path) -> None:
    text = GOOD.replace("      - Hva vil du prøve?\n", "      - 42\n      -\n")
    assert where(problems(tmp_path, text)) == [(14, 9, "value-type"), (15, 8, "value-empty")]


def test_a_misspelt_phases_key_and_a_second_marker(tmp_path: Path) -> None:
    misspelt = GOOD.replace("phases:", "phase:")
    assert where(problems(tmp_path, misspelt)) == [
        (4, 1, "front-matter-unknown-key"),
        (27, 1, "guide-phases-missing"),
    ]
    twice = GOOD.replace(
        "<!-- samtale -->\n", "<!-- samtale -->\n\n<!-- samtale: x -->\n<!-- samtale -->\n"
    )
    assert where(problems(tmp_path, twice)) == [
        (29, 1, "marker-arguments"),
        (30, 1, "marker-twice"),
    ]


def test_a_page_that_is_no_guide_has_no_plan(tmp_path: Path) -> None:
    page = tmp_path / "side.md"
    page.write_text("---\nminutes: 30\n---\n\n# Side\n", encoding="utf-8")
    loaded, found = load_page(page, "docs/side.md", "side.md")
    assert loaded.guide is None and found == []


def test_every_guide_rule_is_registered() -> None:
    used = set(
        re.findall(
            r'"(guide-[a-z]+-[a-z-]+)"', Path(guides.__file__).with_name("validate.py").read_text()
        )
    )
    used |= set(
        re.findall(
            r'"(guide-[a-z]+-[a-z-]+)"', Path(guides.__file__).with_name("loader.py").read_text()
        )
    )
    used |= {"guide-phase-unknown-key", "guide-phase-missing-key"}  # made from the Source's kind
    assert used == {rule for rule in RULES if rule.startswith("guide-")}


# ---------------------------------------------------------------- what the page shows


def plan(tmp_path: Path) -> str:
    course, _ = load_course(tmp_path)
    guide = course.pages["ledere/samtale-demo.md"].guide
    assert guide is not None
    return guides.guide_markdown(guide)


def test_the_agenda_has_each_phase_with_its_time_range(tmp_path: Path) -> None:
    problems(tmp_path, GOOD)
    written = plan(tmp_path)
    assert "## Agenda (30 minutter) {#agenda}" in written
    headings = re.findall(r"^### (.*)$", written, re.M)
    assert headings == [
        '<span class="tip-phase__time">0–5 min</span> <span class="tip-phase__title">Velkommen</span> {#fase-1}',
        '<span class="tip-phase__time">5–25 min</span> <span class="tip-phase__title">Samtale</span> {#fase-2}',
        '<span class="tip-phase__time">25–30 min</span> <span class="tip-phase__title">Avtal ett steg</span> {#fase-3}',
    ]
    assert re.findall(r'data-tip-minutes="(\d+)" data-tip-start="(\d+)"', written) == [
        ("5", "0"),
        ("20", "5"),
        ("5", "25"),
    ]
    assert "- Hva tar du med deg?\n- Hva vil du prøve?" in written
    assert written.count('class="tip-phase__task"') == 2  # the last phase has questions only


def test_the_ground_rules_come_first_and_are_the_same_on_every_guide(tmp_path: Path) -> None:
    problems(tmp_path, GOOD)
    written = plan(tmp_path)
    assert written.index("## Spilleregler for samtalen") < written.index("## Agenda")
    for rule, meaning in guides.ground_rules():
        assert f"- **{rule}** {meaning}" in written
    rules = " ".join(rule for rule, _ in guides.ground_rules())
    assert "stå over" in rules and "rommet" in rules and "privat" in rules


def test_the_marker_is_replaced_and_nothing_else(tmp_path: Path) -> None:
    problems(tmp_path, GOOD)
    block = plan(tmp_path)
    page = markers.replace(GOOD, lambda f: block if f.kind == "samtale" else None)
    assert "<!-- samtale -->" not in page
    assert page.index("## Før møtet") < page.index("## Spilleregler") < page.index("## Etter møtet")


@pytest.mark.parametrize(("start", "minutes", "shown"), [(0, 5, "0–5 min"), (45, 15, "45–60 min")])
def test_time_range(start: int, minutes: int, shown: str) -> None:
    assert guides.time_range(start, minutes) == shown
