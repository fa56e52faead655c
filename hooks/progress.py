"""Publish course.json: the module list the learner's browser uses for progress, certificate and
assignments, with the storage keys of every question and reflection."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

from course.manifest import course_json

from quizzes import course_of


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    course = course_of(config)
    reading_order = [p.file.src_uri for p in nav.pages]

    def url_of(src: str) -> str | None:
        file = files.get_file_from_path(src)
        return file.url if file else None

    files.append(
        File.generated(
            config,
            "course.json",
            content=course_json(course, config.site_name, reading_order, url_of),
        )
    )
    return nav
