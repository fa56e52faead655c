"""Show under each page when it was last changed, from git: «Sist endret 23. november 2026».

Outside a git checkout, or without git, pages simply show no date."""

from __future__ import annotations

from pathlib import Path

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from course.dates import last_changed, norwegian_date

DATES_KEY = "tip_last_changed"  # kept on the build's config: no module state


def on_pre_build(config: MkDocsConfig) -> None:
    config[DATES_KEY] = last_changed(Path(config.docs_dir))


@mkdocs.plugins.event_priority(-100)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    date = config[DATES_KEY].get(page.file.src_uri)
    if date:
        page.meta["revision_date"] = (
            f"Sist endret {norwegian_date(date)}"  # Material's source-file partial shows it
        )
    return markdown
