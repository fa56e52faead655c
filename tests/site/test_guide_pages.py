"""hooks/course/guides.py in a real build: every conversation guide shows its ground rules and agenda in
place of `<!-- samtale -->`, from its front matter; a guide whose phases are wrong stops the
build with file:line:col, as a quiz bank's mistake does."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from course.course import load_course
from course.guides import ground_rules, time_range

from conftest import ROOT, Warnings, build_site, copy_project

COURSE, _ = load_course(ROOT)
GUIDES = sorted(src for src, page in COURSE.pages.items() if page.guide is not None)
PHASE = re.compile(
    r'<section class="tip-phase" data-tip-minutes="(\d+)" data-tip-start="(\d+)">\s*'
    r'<h3 id="fase-\d+"><span class="tip-phase__time">([^<]+)</span> '
    r'<span class="tip-phase__title">([^<]+)</span>'
)


def test_there_are_eight_guides_each_with_its_phases() -> None:
    assert len(GUIDES) == 8
    assert all(src.startswith("ledere/samtale-") for src in GUIDES)


@pytest.mark.parametrize("src", GUIDES, ids=lambda s: Path(s).stem)
def test_the_guide_shows_its_ground_rules_and_agenda(built_site: Path, src: str) -> None:
    page = (built_site / src.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    guide = COURSE.pages[src].guide
    assert guide is not None and guide.minutes
    assert "<!-- samtale -->" not in article
    for rule, meaning in ground_rules():
        assert f"<li><strong>{html.escape(rule)}</strong> {html.escape(meaning)}</li>" in article
    assert f">Agenda ({guide.minutes} minutter)<" in article
    shown = PHASE.findall(article)
    assert [(int(m), int(s), t, html.unescape(title)) for m, s, t, title in shown] == [
        (p.minutes, start, time_range(start, p.minutes or 0), p.title)
        for start, p in zip(guide.starts(), guide.phases)
    ]
    text = html.unescape(article)
    parts = [">Før møtet<", ">Spilleregler for samtalen<", ">Agenda (", ">Etter møtet<"]
    assert [text.index(part) for part in parts] == sorted(text.index(part) for part in parts)
    for phase in guide.phases:
        for question in phase.questions:
            assert f"<li>{question}</li>" in text, question


def test_the_meeting_script_and_styles_are_on_every_page(built_site: Path) -> None:
    page = (built_site / "ledere" / "samtale-selvledelse" / "index.html").read_text("utf-8")
    assert re.search(r'src="[^"]*assets/js/samtale\.[0-9a-f]{10}\.js"', page)
    assert re.search(r'href="[^"]*assets/css/samtale\.[0-9a-f]{10}\.css"', page)
    assert "Start samtalen" not in page  # the button exists only where JavaScript runs


BROKEN = """\
---
title: "Samtaleguide: Testmodul"
minutes: 20
phases:
  - title: Velkommen
    minutes: 5
    task: Gå gjennom spillereglene.
  - minutes: 10
    questions:
      - Hva tar du med deg?
---

# Samtaleguide: Testmodul

## Før møtet

- Les modulen.

<!-- samtale -->
"""


def test_phases_that_do_not_add_up_stop_the_build(tmp_path: Path, warnings: Warnings) -> None:
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    (project / "docs" / "ledere").mkdir()
    guide = project / "docs" / "ledere" / "samtale-modul.md"
    guide.write_text(BROKEN, encoding="utf-8")
    nav = ["index.md", "modul.md", "ledere/samtale-modul.md"]
    with pytest.raises(Abort):
        build_site(project, tmp_path / "site", nav=nav)
    logged = "\n".join(warnings.take())
    assert (
        "docs/ledere/samtale-modul.md:3:10: fasene blir til sammen 15 minutter, men «minutes» "
        "sier 20 (endre minuttene i en fase eller summen, så de stemmer med hverandre) "
        "[guide-minutes-sum]"
    ) in logged
    assert (
        "docs/ledere/samtale-modul.md:8:5: fase 2 har ingen tittel (skriv «title:» med et kort "
        "navn på denne delen av møtet) [guide-phase-no-title]"
    ) in logged
    assert "2 feil i 1 av" in logged

    fixed = BROKEN.replace("minutes: 20", "minutes: 15").replace(
        "  - minutes: 10\n", "  - title: Samtale\n    minutes: 10\n"
    )
    guide.write_text(fixed, encoding="utf-8")
    build_site(project, tmp_path / "site", nav=nav)
    built = (tmp_path / "site" / "ledere" / "samtale-modul" / "index.html").read_text("utf-8")
    assert PHASE.findall(built) == [
        ("5", "0", "0–5 min", "Velkommen"),
        ("10", "5", "5–15 min", "Samtale"),
    ]
