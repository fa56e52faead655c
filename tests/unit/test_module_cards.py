"""The front page's start button and module cards, made from the modules' front matter, and the
storage key of «Fortsett der du slapp»: pure functions, without a build."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_pages import course_problems

from course import markers, render, storage
from course.course import load_course
from course.manifest import course_json

MODULE = """\
---
title: {title}
description: {description}
minutes: {minutes}
---

# {title}
"""


def small_course(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "moduler").mkdir(parents=True)
    (tmp_path / "quizzes").mkdir()
    pages = {
        "b": ("Bølge & <b>fet</b>", "Om «bølger» & sånt.", "25"),
        "a": ("Alfa", "Den første.", "30"),
        "c": ("Uten tid", "", "mange"),
    }
    for name, (title, description, minutes) in pages.items():
        (tmp_path / "docs" / "moduler" / f"{name}.md").write_text(
            MODULE.format(title=title, description=description, minutes=minutes),
            encoding="utf-8",
        )
    (tmp_path / "docs" / "index.md").write_text("# Start\n\n<!-- modules -->\n", encoding="utf-8")
    return tmp_path


def test_modules_follow_the_reading_order_not_the_file_names(tmp_path: Path) -> None:
    course, problems = load_course(small_course(tmp_path))
    assert problems == []
    order = ["index.md", "moduler/b.md", "om.md", "moduler/a.md", "moduler/c.md"]
    assert [p.src for p in course.modules_in(order)] == [
        "moduler/b.md",
        "moduler/a.md",
        "moduler/c.md",
    ]


def test_cards_are_a_numbered_list_of_links_with_time_and_description(tmp_path: Path) -> None:
    course, _ = load_course(small_course(tmp_path))
    pages = course.modules_in(["moduler/b.md", "moduler/a.md", "moduler/c.md"])
    links = render.module_links(
        pages, lambda page: page.key.replace("moduler/", "moduler/x-") + "/"
    )
    assert [(m.number, m.id, m.minutes, m.href) for m in links] == [
        (1, "b", 25, "moduler/x-b/"),
        (2, "a", 30, "moduler/x-a/"),
        (3, "c", None, "moduler/x-c/"),  # "mange" is no number of minutes
    ]
    html = render.module_cards_html(links)
    assert html.startswith('<ol class="grid cards tip-modules" id="tip-modules">')
    assert "\n\n" not in html  # one HTML block for Markdown
    items = re.findall(r'<li class="card tip-module-card" data-tip-module="(\w)">(.*?)</li>', html)
    assert [module for module, _ in items] == ["b", "a", "c"]
    first = items[0][1]
    assert '<a class="tip-module-card__link" href="moduler/x-b/">' in first
    assert (
        '<span class="tip-module-card__number">1.</span> Bølge &amp; &lt;b&gt;fet&lt;/b&gt;</a>'
        in first
    )
    assert '<p class="tip-module-card__meta">Omtrent 25 minutter</p>' in first
    assert '<p class="tip-module-card__description">Om «bølger» &amp; sånt.</p>' in first
    last = items[2][1]
    assert "minutter" not in last and "tip-module-card__description" not in last
    for word in ("Ikke startet", "Påbegynt", "Fullført", "progress"):
        assert word not in html  # without JavaScript nothing claims a status


def test_the_start_button_leads_to_the_first_module(tmp_path: Path) -> None:
    course, _ = load_course(small_course(tmp_path))
    links = render.module_links(course.modules_in(["moduler/a.md"]), lambda page: "moduler/a/")
    assert render.continue_html(links[0]) == (
        '<p class="tip-continue" id="tip-continue">'
        '<a class="md-button md-button--primary tip-continue__link" href="moduler/a/"'
        ' aria-describedby="tip-continue-where">Start kurset</a> '
        '<span class="tip-continue__where" id="tip-continue-where">'
        "Modul 1: Alfa, omtrent 30 minutter</span></p>"
    )
    assert render.continue_html(None) == ""


def test_course_json_names_the_last_read_key_and_the_certificate(tmp_path: Path) -> None:
    course, _ = load_course(small_course(tmp_path))
    urls = {
        "moduler/a.md": "moduler/a/",
        "moduler/b.md": "moduler/b/",
        "kursbevis.md": "kursbevis/",
    }
    manifest = json.loads(
        course_json(course, "Kurs", ["index.md", "moduler/b.md", "moduler/a.md"], urls.get)
    )
    assert manifest["storage"] == storage.published()
    assert manifest["storage"]["last-read"] == "tip:v1:last-read"
    assert manifest["certificate"] == "kursbevis/"
    assert [(m["id"], m["minutes"], m["url"]) for m in manifest["modules"]] == [
        ("b", 25, "moduler/b/"),
        ("a", 30, "moduler/a/"),
    ]


def test_front_page_markers_are_found_outside_code_only() -> None:
    text = "# Start\n\n<!-- continue -->\n\n```\n<!-- modules -->\n```\n\n<!-- modules -->\n"
    assert [(f.kind, f.line) for f in markers.find(text)] == [("continue", 3), ("modules", 9)]


def test_front_page_markers_take_no_arguments_and_stand_once(tmp_path: Path) -> None:
    page = "# Side\n\n<!-- modules: alle -->\n<!-- continue -->\n\n<!-- continue -->\n"
    assert course_problems(tmp_path, page, banks={}) == [
        "docs/side.md:3:1: markøren modules skal ikke ha noe mer etter navnet (skriv den slik: <!-- modules -->) [marker-arguments]",
        "docs/side.md:6:1: markøren continue står her for andre gang (første gang på linje 4) (ha bare én <!-- continue --> på hver side) [marker-twice]",
    ]


def test_the_reflections_marker_is_checked_as_before(tmp_path: Path) -> None:
    page = "---\nreflections:\n  - id: en\n    text: Hva?\n---\n# Side\n\n<!-- reflections -->\n<!-- reflections -->\n"
    assert course_problems(tmp_path, page, banks={}) == [
        "docs/side.md:9:1: markøren reflections står her for andre gang (første gang på linje 8) (ha bare én <!-- reflections --> på hver side) [marker-twice]"
    ]
