"""Anchors for headings that a Norwegian reader can read: «Prøv dette» -> #prov-dette.

Python-Markdown's own slugify drops letters it cannot make ASCII, so «Prøv dette» became
#prv-dette. Here æ, ø and å are written as the course writes them in its ids (ae, o, a), and
pymdownx.slugs does the rest (other accents dropped, lower case, hyphens). mkdocs.yml names this
function as the toc extension's slugify.
"""

from __future__ import annotations

from pymdownx.slugs import slugify as pymdownx_slugify

_NORWEGIAN = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})
_SLUGIFY = pymdownx_slugify(case="lower", normalize="NFD")


def slugify(text: str, separator: str) -> str:
    """A heading's anchor: "Del trygt: taushetsplikten" -> "del-trygt-taushetsplikten"."""
    return str(_SLUGIFY(text.translate(_NORWEGIAN), separator))
