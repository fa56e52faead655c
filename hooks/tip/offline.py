"""The course without the network (course/offline.py): on every page the script that registers
the edition's service worker, and after the build the worker over the built site. Off in the
preview (`make serve`: a copy would show old pages while editing) and with `offline: false` in
course.yml, where the edition gets the worker that removes an earlier one."""

from __future__ import annotations

from pathlib import Path

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from course import offline, preview
from course.course import Course
from course.text import say

from .build import Build

log = mkdocs.plugins.get_plugin_logger(__name__)


def switched_on(course: Course, config: MkDocsConfig) -> bool:
    """Whether this build has the worker; if so, every page gets offline.js (added before the
    assets get their hashed names in on_files)."""
    on = course.settings.offline and not preview.in_preview()
    if on and offline.SCRIPT not in config.extra_javascript:
        config.extra_javascript.append(offline.SCRIPT)
    return on


def write(build: Build, config: MkDocsConfig) -> None:
    """The worker over every file the build wrote (so: last), or the one that removes it."""
    site = Path(config.site_dir)
    if not build.offline:
        offline.write_switched_off(site)
        return
    try:
        found = offline.write_worker(
            site, Path(config.config_file_path).parent, build.course.edition
        )
    except offline.OfflineError as problem:
        raise PluginError(str(problem)) from None
    mb = f"{found.bytes / 1e6:.1f}".replace(".", ",")
    log.info(say("offline.written", files=found.files, mb=mb, path=site / offline.WORKER))
