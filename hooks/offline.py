"""The course without the network (course/offline.py): after the build, the edition's service
worker over the built site, and on every page the script that registers it. Off in the preview
(`make serve`: a copy would show old pages while editing) and with `offline: false` in course.yml,
where the edition gets the worker that removes an earlier one."""

from __future__ import annotations

from pathlib import Path

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from course import offline, preview
from course.editions import edition
from course.settings import SETTINGS_FILE, load_settings

log = mkdocs.plugins.get_plugin_logger(__name__)
ON = "tip_offline"  # kept on the build's config: no module state


def on_config(config: MkDocsConfig) -> None:
    settings, _ = load_settings(Path(config.config_file_path).parent / SETTINGS_FILE, SETTINGS_FILE)
    config[ON] = settings.offline and not preview.in_preview()  # problems: hooks/quizzes.py
    if config[ON] and offline.SCRIPT not in config.extra_javascript:
        config.extra_javascript.append(offline.SCRIPT)


@mkdocs.plugins.event_priority(-100)  # last: over every file the other hooks and plugins wrote
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    if not config[ON]:
        offline.write_switched_off(site)
        return
    try:
        found = offline.write_worker(
            site, Path(config.config_file_path).parent, edition(config.theme.get("language", ""))
        )
    except offline.OfflineError as problem:
        raise PluginError(str(problem)) from None
    log.info(
        f"offline: {found.files} files ({found.bytes / 1e6:.1f} MB) in {site / offline.WORKER}"
    )
