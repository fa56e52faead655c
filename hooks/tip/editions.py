"""Each page of one edition links its twin in the other: a language switch at the top of the
content that lands on the same page, and `<meta name="tip-twin">` in <head> for the scripts
(docs/assets/js/edition.js remembers the choice and shares the answers). The front page's
`<!-- edition -->` marker becomes the offer of the other edition (course/blocks.py).
"""

from __future__ import annotations

import html
from pathlib import Path

from mkdocs.structure.pages import Page

from course import editions
from course.course import Course

ARTICLE = '<article class="md-content__inner md-typeset">'


def with_twin(output: str, page: Page, course: Course) -> str:
    if page.file.src_uri == "404.md" or page.url.endswith("404.html"):
        return output
    other = editions.other(course.edition)
    twin = editions.twin_href(page.url, course.edition)
    # Not <link rel="alternate" hreflang>: Material's script fetches sitemap.xml relative to
    # every such link (it expects an edition's root there), so a page's own twin would cost a
    # failed request on every page. edition.js reads the twin from this instead.
    meta = (
        f'<meta name="tip-twin" content="{html.escape(twin)}" data-tip-edition="{other.language}">'
    )
    charset = '<meta charset="utf-8">'
    output = output.replace(charset, charset + meta, 1)
    link = editions.twin_link(twin, other, course.words("page.edition-switch"))
    return output.replace(ARTICLE, ARTICLE + f'<p class="tip-edition">{link}</p>', 1)


def drop_translation_404(course: Course, site_dir: str) -> None:
    """A translation has no 404 page of its own: the server shows the source edition's for any
    missing address (deploy/nginx.conf), and a copy under nn/ would point at the wrong files."""
    if course.edition is not editions.SOURCE:
        (Path(site_dir) / "404.html").unlink(missing_ok=True)
