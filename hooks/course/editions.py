"""The course's two editions: Bokmål at the site's root, Nynorsk under /nn/.

Each edition is one MkDocs configuration (mkdocs.yml; mkdocs.nn.yml INHERITs it) built into one
site: the Nynorsk build writes to site/nn/. The hooks learn which edition they build from the
theme's language. Bokmål is the source edition: a Nynorsk page or bank translates the Bokmål
file of the same path, and a question is the same question in both (course/parity.py).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Edition:
    language: str  # as the theme and the catalogue name it: "nb", "nn"
    name: str  # as the language switch shows it
    docs: str  # the pages, from the project folder
    quizzes: str  # the banks
    prefix: str  # where its pages are, from the site's root: "" or "nn/"
    dictionary: str  # Debian hunspell's dictionary
    word_list: str  # the project's own words for that dictionary
    config: str  # its MkDocs configuration

    def docs_dir(self, root: Path) -> Path:
        return root / self.docs

    def quizzes_dir(self, root: Path) -> Path:
        return root / self.quizzes


SOURCE = Edition("nb", "Bokmål", "docs", "quizzes", "", "nb_NO", "ordliste.txt", "mkdocs.yml")
NYNORSK = Edition(
    "nn", "Nynorsk", "nn/docs", "nn/quizzes", "nn/", "nn_NO", "ordliste.nn.txt", "mkdocs.nn.yml"
)
EDITIONS = (SOURCE, NYNORSK)
ASSETS = "assets/"  # under the source edition's docs: the one copy both editions serve


def edition(language: str) -> Edition:
    """The edition of a theme language; the source edition for any other."""
    return next((e for e in EDITIONS if e.language == language), SOURCE)


def other(this: Edition) -> Edition:
    return NYNORSK if this is SOURCE else SOURCE


def twin_href(url: str, this: Edition) -> str:
    """The address of a page's twin in the other edition, from the page (url: the page's own,
    inside its edition: "moduler/selvledelse/")."""
    up = "../" * url.count("/")
    if this is SOURCE:
        return up + NYNORSK.prefix + url
    return "../" * this.prefix.count("/") + up + url


def twin_link(href: str, other: Edition, words: str) -> str:
    """The link to the twin page; docs/assets/js/edition.js remembers the edition it leads to."""
    return (
        f'<a class="tip-edition__link" href="{html.escape(href)}"'
        f' data-tip-edition="{other.language}">{html.escape(words)}</a>'
    )


# Material's script fetches sitemap.xml next to every link[rel=alternate] (it expects an edition's
# root there, as its own extra.alternate gives), so a link to each page's twin would cost a
# failed request on every page. Its selector compares the whole attribute; "alternate " (a
# token list with a trailing space) is the same rel to HTML and to search engines, and Material
# leaves it alone. tests/site/test_editions.py fails if Material's selector changes.
ALTERNATE = '<link rel="alternate " hreflang="{language}" href="{href}">'
ALTERNATES = re.compile(r'<link rel="alternate " hreflang="[a-z]+" href="[^"]*">')  # to remove


def alternate_links(here: Edition, self_href: str, twin_href: str) -> str:
    """<link rel=alternate hreflang> for a page in both editions: its own, then its twin's."""
    return "".join(
        ALTERNATE.format(language=edition.language, href=html.escape(href))
        for edition, href in ((here, self_href), (other(here), twin_href))
    )
