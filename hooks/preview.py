"""The editors' preview (`make serve`, course/preview.py): while the course has problems, every
page shows them at the top, and MkDocs' warnings too; the next good save brings the page back."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from course import preview

from quizzes import PROBLEMS, course_of

WARNINGS = "tip_preview_warnings"  # kept on the build's config: no module state


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def on_pre_build(config: MkDocsConfig) -> None:
    if preview.in_preview():
        handler = _Collect()
        logging.getLogger("mkdocs").addHandler(handler)
        config[WARNINGS] = handler


def on_post_build(config: MkDocsConfig) -> None:
    handler = config.get(WARNINGS)
    if not isinstance(handler, _Collect):
        return
    logging.getLogger("mkdocs").removeHandler(handler)
    problems = config.get(PROBLEMS) or []
    course = course_of(config)
    missing = preview.missing_sentence(course.left_out, course.held_back)
    if problems or handler.messages:
        preview.add_banner(Path(config.site_dir), problems, handler.messages, missing)
