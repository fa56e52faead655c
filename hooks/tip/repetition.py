"""Repetisjon: the page with `<!-- repetisjon -->` practises the modules' questions again.

Each module page's questions, as that page has them, go into a file of their own next to the
Repetisjon page, which fetches them when they are due (course/repetition.py says why).
"""

from __future__ import annotations

import os
import posixpath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url, write_file

from course import blocks, mkdocsquiz, repetition
from course.course import Course

from .build import Build, Practice


def practice(course: Course, reading_order: list[str], files: Files) -> Practice | None:
    """The Repetisjon page and the questions of the modules in reading order, or None."""
    page = course.repetition_page()
    file = files.get_file_from_path(page.src) if page else None
    if file is None:
        return None
    wanted: dict[str, list[str]] = {}
    modules = [page.src for page in course.modules_in(reading_order)]
    for q in repetition.questions(course, modules):
        wanted.setdefault(q.page, []).append(q.placed.dom_id)
    folder = posixpath.join(posixpath.dirname(file.dest_uri), repetition.FOLDER)
    return Practice(file.src_uri, file.url, folder, wanted)


def links(build: Build, page: Page) -> blocks.Links | None:
    """On the Repetisjon page, when it has questions: where its script finds them. The page
    then loads mkdocs-quiz's stylesheet and scripts, without mkdocs-quiz's progress sidebar."""
    practice = build.practice
    if practice is None or page.file.src_uri != practice.page or not practice.wanted:
        return None
    page.meta["quiz"] = {"enabled": True, "show_progress": False}
    script = mkdocsquiz.script_asset(build.quiz_assets)
    if script is None:
        raise PluginError(
            f"{page.file.src_uri}: mkdocs-quiz's script is missing; is mkdocs-quiz enabled?"
        )
    return blocks.Links(
        get_relative_url(practice.folder + "/", page.url),
        get_relative_url(script.path, page.url),
    )


def collect(build: Build, page: Page) -> None:
    """A module page's questions to practise, from its final quiz HTML (quizzes.py)."""
    practice = build.practice
    src = page.file.src_uri
    if practice is None or src not in practice.wanted:
        return
    try:
        practice.files += repetition.question_files(
            build.quiz_html.get(src, {}),
            practice.wanted[src],
            practice.folder,
            page.url,
            practice.url,
        )
    except ValueError as err:
        raise PluginError(f"{src}: {err}") from err


def write(build: Build, site_dir: str) -> None:
    practice = build.practice
    if practice is None:
        return
    expected = sum(len(ids) for ids in practice.wanted.values())
    if len(practice.files) != expected:
        raise PluginError(
            f"Repetisjon: {expected} questions to practise, {len(practice.files)} found"
        )
    for file in practice.files:
        write_file(file.content.encode("utf-8"), os.path.join(site_dir, file.path))
