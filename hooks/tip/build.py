"""Everything one build of one edition knows, made once per build by the plugin (plugin.py).

MkDocs makes a new plugin, and so a new Build, for every build, `mkdocs serve`'s rebuilds
included: nothing is kept from one build to the next.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from course.assets import Asset
from course.course import Course
from course.errors import Problem
from course.mkdocsquiz import QuizAsset


class Warnings(logging.Handler):
    """MkDocs' warnings during a preview build, for the page's banner (course/preview.py)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@dataclass
class Practice:
    """The Repetisjon page, and the questions it practises."""

    page: str  # its source ("repetisjon.md")
    url: str  # its address in the site ("repetisjon/")
    folder: str  # where the question files go ("repetisjon/sporsmal")
    wanted: dict[str, list[str]]  # module page -> the DOM ids of the questions it gives
    files: list[Asset] = field(default_factory=list)


@dataclass
class Build:
    course: Course  # this edition's, as checked (the preview's: without what has problems)
    problems: list[Problem]  # of both editions, for the preview's banner
    quiz_assets: list[QuizAsset]  # mkdocs-quiz's inline CSS and JavaScript as files
    progress_boxes: bool  # mkdocs-quiz's show_progress
    last_changed: dict[str, str]  # page source -> the date git last changed it
    warnings: Warnings | None = None  # only in the preview
    offline: bool = False  # the edition has the offline worker (offline.py)
    asset_names: dict[str, str] = field(default_factory=dict)  # our files -> their hashed names
    reading_order: list[str] = field(default_factory=list)  # the nav's pages (sources)
    practice: Practice | None = None
    quiz_html: dict[str, dict[str, str]] = field(default_factory=dict)  # page -> DOM id -> HTML
    page_assets: dict[str, list[str]] = field(default_factory=dict)  # page -> its own files

    def asset(self, path: str) -> str:
        """Our file's hashed name (assets.py), or the path itself for any other file."""
        return self.asset_names.get(path, path)
