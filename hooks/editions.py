"""Each page of one edition links its twin in the other: a language switch at the top of the
content that lands on the same page, and `<meta name="tip-twin">` in <head> for the scripts
(hooks/course/editions.py; docs/assets/js/edition.js remembers the choice and shares the
answers). The front page's `<!-- edition -->` marker becomes the offer of the other edition.
"""

from __future__ import annotations

import html
from pathlib import Path

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from course import editions, markers

from quizzes import course_of

ARTICLE = '<article class="md-content__inner md-typeset">'


def twin_href(url: str, this: editions.Edition) -> str:
    """The address of a page's twin in the other edition, from the page (url: the page's own,
    inside its edition: "moduler/selvledelse/")."""
    up = "../" * url.count("/")
    if this is editions.SOURCE:
        return up + editions.NYNORSK.prefix + url
    return "../" * this.prefix.count("/") + up + url


def _link(href: str, other: editions.Edition, words: str) -> str:
    """The link to the twin page; edition.js remembers the edition it leads to."""
    return (
        f'<a class="tip-edition__link" href="{html.escape(href)}"'
        f' data-tip-edition="{other.language}">{html.escape(words)}</a>'
    )


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    course = course_of(config)
    other = editions.other(course.edition)

    def offer(found: markers.Found) -> str | None:
        if found.kind != "edition":
            return None
        link = _link(twin_href(page.url, course.edition), other, course.words("page.edition-offer"))
        return (
            f'<p class="admonition note tip-edition-offer" data-tip-edition="{other.language}"'
            f" hidden>{link}</p>"
        )

    return markers.replace(markdown, offer)


@mkdocs.plugins.event_priority(-90)  # after the hooks that change the page's HTML
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if page.file.src_uri == "404.md" or page.url.endswith("404.html"):
        return output
    course = course_of(config)
    other = editions.other(course.edition)
    twin = twin_href(page.url, course.edition)
    # Not <link rel="alternate" hreflang>: Material's script fetches sitemap.xml relative to
    # every such link (it expects an edition's root there), so a page's own twin would cost a
    # failed request on every page. edition.js reads the twin from this instead.
    meta = (
        f'<meta name="tip-twin" content="{html.escape(twin)}" data-tip-edition="{other.language}">'
    )
    charset = '<meta charset="utf-8">'
    output = output.replace(charset, charset + meta, 1)
    switch = f'<p class="tip-edition">{_link(twin, other, course.words("page.edition-switch"))}</p>'
    return output.replace(ARTICLE, ARTICLE + switch, 1)


def on_post_build(config: MkDocsConfig) -> None:
    """A translation has no 404 page of its own: the server shows the source edition's for any
    missing address (deploy/nginx.conf), and a copy under nn/ would point at the wrong files."""
    if course_of(config).edition is not editions.SOURCE:
        (Path(config.site_dir) / "404.html").unlink(missing_ok=True)
