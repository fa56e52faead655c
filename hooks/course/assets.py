"""mkdocs-quiz's inline CSS and JavaScript as files with content-hashed names.

mkdocs-quiz pastes its stylesheet (10 KB), the confetti library (6 KB) and quiz.js (44 KB) into
every quiz page. Served once as files whose names change with their content, a browser
downloads them once and keeps them for good. Pure string work: no MkDocs here.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Callable, Sequence

_OPENING_TAG = re.compile(r"<(script|style)\b[^>]*>")


@dataclass(frozen=True)
class Asset:
    """One stylesheet or script: where it goes in the site, and its text."""

    path: str  # in the site, e.g. "assets/quiz/quiz.3f2a9c1b7e.js"
    content: str

    @property
    def is_style(self) -> bool:
        return self.path.endswith(".css")


def hashed_asset(folder: str, name: str, content: str) -> Asset:
    """The asset `name` in `folder`, its name carrying a hash of its content: quiz.<hash>.js."""
    stem, _, ext = name.rpartition(".")
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:10]
    return Asset(f"{folder}/{stem}.{digest}.{ext}", content)


def _inline_element(page_html: str, content: str) -> tuple[int, int] | None:
    """Start and end of the <script> or <style> element whose whole text is `content`."""
    at = page_html.find(content)
    while at >= 0:
        start = page_html.rfind("<", 0, at)
        opening = _OPENING_TAG.fullmatch(page_html, start, at) if start >= 0 else None
        closing = f"</{opening.group(1)}>" if opening else ""
        if opening and page_html.startswith(closing, at + len(content)):
            return start, at + len(content) + len(closing)
        at = page_html.find(content, at + 1)
    return None


def externalize(page_html: str, assets: Sequence[Asset], href: Callable[[str], str]) -> tuple[str, list[str]]:
    """The page with each inline copy of an asset replaced by a reference to its file.

    A script becomes `<script src>` where it stood, so scripts still run in the same order (no
    `defer`: the inline copy ran where it stood, and so does the file). A stylesheet becomes a
    `<link>` at the end of <head>, after the theme's and the course's stylesheets as before, so
    nothing is drawn without it (on a page without <head>, where it stood). `href(path)` is the
    asset's address as seen from the page. Returns the new HTML and the paths of the assets
    that had no inline copy on the page.
    """
    missing: list[str] = []
    head = ""
    for asset in assets:
        found = _inline_element(page_html, asset.content)
        if found is None:
            missing.append(asset.path)
            continue
        if asset.is_style:
            tag = f'<link rel="stylesheet" href="{href(asset.path)}">'
        else:
            tag = f'<script src="{href(asset.path)}"></script>'
        to_head = asset.is_style and "</head>" in page_html
        head += tag if to_head else ""
        page_html = page_html[: found[0]] + ("" if to_head else tag) + page_html[found[1] :]
    return page_html.replace("</head>", head + "</head>", 1), missing


# One line of text with nothing Markdown would act on: no emphasis, code, links, HTML or
# entities, escapes, tables, attribute lists, and no list, heading or quote marker in front.
_PLAIN = re.compile(r"(?![ \t]*(?:[-+*>#]|\d+[.)])(?:[ \t]|$))[^*_`\[\]<>&#{}|\\~\n\r\t]+\Z")


def plain_paragraph(text: str) -> str | None:
    """What Python-Markdown makes of a plain one-line text, without running it; None otherwise.

    Nearly every quiz fragment (question, option, feedback) is such a line, and mkdocs-quiz
    converts each one separately with the page's whole set of Markdown extensions. An
    explanation comes with blank lines in front, which Markdown skips."""
    line = text.lstrip("\n")
    return f"<p>{line}</p>" if line and line == line.strip() and _PLAIN.match(line) else None
