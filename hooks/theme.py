"""Material's navigation, cheaper where the build grows with the square of the page count.

Every page lists every page in its navigation, so a build of n pages writes n x n links.
overrides/partials/nav-item.html asks tip_nav_link for each plain link to another page: the
HTML Material's three macros would write, made here in one call. tests/build/test_theme.py
builds the course with Material's own nav-item.html too and compares the two navigations.
"""
from __future__ import annotations

import html
from typing import Any, Callable

from jinja2 import Environment, pass_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.utils import get_relative_url


def link_title(item: Any) -> str | None:
    """The link text Material writes for a page in the navigation when it writes a bare link
    (the last branch of nav-item.html's render); None for anything else: a section, or a page
    with an icon, subtitle, status, protection or typeset title."""
    if not getattr(item, "is_page", False) or getattr(item, "pages", None) or getattr(item, "typeset", None) or getattr(item, "encrypted", None):
        return None
    meta = item.meta or {}
    if meta.get("icon") or meta.get("subtitle") or meta.get("status"):
        return None
    return html.escape(str(item.title), quote=False)


def nav_link() -> Callable[..., str]:
    """tip_nav_link for one build: `<li>` with the link to a page other than the current one,
    or "" where nav-item.html must use Material's macro. What does not depend on the current
    page is worked out once per item."""
    titles: dict[int, str | None] = {}

    @pass_context
    def tip_nav_link(context: Any, item: Any) -> str:
        page = context.get("page")
        key = id(item)
        title = titles[key] if key in titles else titles.setdefault(key, link_title(item))
        if title is None or page is None or item is page:
            return ""
        # What Material's `url` filter (mkdocs.utils.normalize_url) gives for a page's address
        href = html.escape(get_relative_url(item.url, page.url))
        return f'<li class="md-nav__item"><a href="{href}" class="md-nav__link"><span class="md-ellipsis">{title}</span></a></li>'

    return tip_nav_link


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.globals["tip_nav_link"] = nav_link()  # a new environment, and so a new cache, per build
    return env
