"""course/blocks.py: the one table of marker kinds. Every kind the pages may hold has a renderer,
a real Page field (or none) and a line for the editor guide, and one pass over a real page
replaces each of its markers by its block."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from course import blocks, markers
from course.course import Course, load_course
from course.model import Page

from conftest import ROOT


@pytest.fixture(scope="module")
def course() -> Course:
    found, _ = load_course(ROOT)
    return found


def context(course: Course, src: str) -> blocks.Context:
    return blocks.Context(
        course,
        course.pages[src],
        src.removesuffix(".md").removesuffix("index") + "/" if src != "index.md" else "",
        lambda other: "../" + other.removesuffix(".md") + "/",
        [src for src in sorted(course.pages)],
        blocks.Links("sporsmal/", "../assets/quiz.js"),
    )


def test_every_kind_has_a_block_and_every_block_a_kind() -> None:
    assert set(blocks.BLOCKS) == set(markers.KINDS)
    fields = {f.name for f in dataclasses.fields(Page)}
    for kind, block in blocks.BLOCKS.items():
        assert block.field is None or block.field in fields, kind
        assert f"<!-- {kind}" in block.rule, kind  # the line shows the marker itself


def test_the_editor_guide_names_every_marker() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert [kind for kind in markers.KINDS if f"<!-- {kind}" not in guide] == []


@pytest.mark.parametrize(
    ("src", "kinds", "expected"),
    [
        ("index.md", {"continue", "modules", "edition"}, ["tip-edition-offer", "tip-module-card"]),
        ("moduler/selvledelse.md", {"quiz"}, ["<quiz>", "tip-attempt"]),
        ("ledere/samtale-selvledelse.md", {"samtale"}, ['class="tip-samtale"']),
        ("ordliste.md", {"ordliste"}, []),
        ("repetisjon.md", {"repetisjon"}, ['data-tip-questions="sporsmal/"']),
        ("om/personvern.md", {"lagring"}, ["| `tip:v1:reflection:` |", "| `quiz_progress_` |"]),
    ],
)
def test_one_pass_replaces_every_marker_of_a_real_page(
    course: Course, src: str, kinds: set[str], expected: list[str]
) -> None:
    markdown = (ROOT / "docs" / src).read_text(encoding="utf-8")
    before = [f.kind for f in markers.find(markdown) if f.alone]
    assert kinds <= set(before)
    after = blocks.render_markers(context(course, src), markdown)
    assert [f.kind for f in markers.find(after) if f.alone and f.kind in kinds] == []
    for text in expected:
        assert text in after, text


def test_a_marker_whose_page_lacks_its_content_stays_a_comment(course: Course) -> None:
    """<!-- samtale --> on a page without phases (a check finds it): the marker is left as it is."""
    markdown = "# Side\n\n<!-- samtale -->\n\n<!-- ordliste -->\n"
    page = course.pages["om/index.md"]
    ctx = dataclasses.replace(context(course, "om/index.md"), page=page)
    assert blocks.render_markers(ctx, markdown) == markdown


def test_the_first_questions_get_the_introduction_and_the_last_marker_the_attempt(
    course: Course, tmp_path: Path
) -> None:
    src = "moduler/selvledelse.md"
    page = course.pages[src]
    twice = dataclasses.replace(page, markers=page.markers * 2)
    ctx = dataclasses.replace(context(course, src), page=twice)
    text = "# M\n\n" + "\n\n".join(f"<!-- quiz: {m.bank} -->" for m in twice.markers) + "\n"
    after = blocks.render_markers(ctx, text)
    assert after.count("tip-attempt") == 1
    assert after.index("tip-attempt") > after.rindex("<quiz>")
    assert after.count('class="tip-first-answer') <= 1
