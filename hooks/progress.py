"""Publish the module list the learner's browser uses for progress, certificate and assignments."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from course.manifest import DEFAULT_PASS_MARK, course_json, module_sources
from course.validate import course_of


def pass_mark(config: MkDocsConfig) -> int:
    value = config.extra.get("pass_mark", DEFAULT_PASS_MARK)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100:
        raise PluginError(f"mkdocs.yml: extra.pass_mark must be a whole number from 1 to 100 (a percentage), not {value!r}")
    return value


def on_files(files: Files, config: MkDocsConfig) -> Files:
    def url_of(src: str) -> str | None:
        file = files.get_file_from_path(src)
        return file.url if file else None

    sources = module_sources(config.nav)
    content = course_json(course_of(config), config.site_name, pass_mark(config), sources, url_of)
    files.append(File.generated(config, "course.json", content=content))
    return files
