"""The editors' preview (`make serve`, course/preview.py): while the course has problems, every
page shows them at the top, and MkDocs' warnings too; the next good save brings the page back."""

from __future__ import annotations

import logging
from pathlib import Path

from course import preview

from .build import Build, Warnings


def collect_warnings() -> Warnings | None:
    if not preview.in_preview():
        return None
    handler = Warnings()
    logging.getLogger("mkdocs").addHandler(handler)
    return handler


def add_banners(build: Build, site_dir: str) -> None:
    handler = build.warnings
    if handler is None:
        return
    logging.getLogger("mkdocs").removeHandler(handler)
    course = build.course
    missing = preview.missing_sentence(course.left_out, course.held_back)
    if build.problems or handler.messages:
        preview.add_banner(Path(site_dir), build.problems, handler.messages, missing)
