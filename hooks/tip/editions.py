"""Each page of one edition links its twin in the other: a language switch at the top of the
content that lands on the same page, and `<meta name="tip-twin">` in <head> for the scripts
(docs/assets/js/edition.js remembers the choice and shares the answers), and
`<link rel="alternate" hreflang>` to the page in both editions. The front page's
`<!-- edition -->` marker becomes the offer of the other edition (course/blocks.py).
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.structure.pages import Page

from course import editions
from course.course import Course

ARTICLE = '<article class="md-content__inner md-typeset">'


def alternates(page: Page, course: Course, twin: str) -> str:
    """The hreflang links of the page and its twin (course/editions.py): absolute with a site_url."""

    def address(href: str) -> str:
        return urljoin(page.canonical_url, href) if page.canonical_url else href

    return editions.alternate_links(course.edition, address("./"), address(twin))


def with_twin(output: str, page: Page, course: Course) -> str:
    if page.file.src_uri == "404.md" or page.url.endswith("404.html"):
        return output
    other = editions.other(course.edition)
    twin = editions.twin_href(page.url, course.edition)
    # edition.js reads the twin from the meta element (course/editions.py ALTERNATE: the links)
    meta = (
        f'<meta name="tip-twin" content="{html.escape(twin)}" data-tip-edition="{other.language}">'
    )
    charset = '<meta charset="utf-8">'
    output = output.replace(charset, charset + meta + alternates(page, course, twin), 1)
    link = editions.twin_link(twin, other, course.words("page.edition-switch"))
    return output.replace(ARTICLE, ARTICLE + f'<p class="tip-edition">{link}</p>', 1)


def drop_translation_404(course: Course, site_dir: str) -> None:
    """A translation has no 404 page of its own: the server shows the source edition's for any
    missing address (deploy/nginx.conf), and a copy under nn/ would point at the wrong files."""
    if course.edition is not editions.SOURCE:
        (Path(site_dir) / "404.html").unlink(missing_ok=True)
