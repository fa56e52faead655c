"""The course's markers in a page: where the build puts what the Markdown cannot say itself.

    <!-- quiz: bank-id -->                 every question of a bank
    <!-- quiz: bank-id q-id other-id -->   the named questions, in this order
    <!-- reflections -->                   the page's reflection checklist (from front matter)
    <!-- samtale -->                       a conversation guide's ground rules and phases
    <!-- ordliste -->                      the ordliste's terms (docs/ordliste.md front matter)
    <!-- continue -->                      the front page's button into the course
    <!-- modules -->                       the front page's module cards, in reading order
    <!-- repetisjon -->                    the practice of every module's questions (Repetisjon)
    <!-- edition -->                       the front page's offer of the other edition
    <!-- lagring -->                       the privacy page's table of what the browser keeps

A marker stands alone on its line, outside fenced code. This one module reads them, both when
the course is checked and when a page is built, so the two can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

KINDS = (
    "quiz",
    "reflections",
    "samtale",
    "ordliste",
    "continue",
    "modules",
    "repetisjon",
    "edition",
    "lagring",
)
PLAIN = (
    "edition",
    "reflections",
    "samtale",
    "continue",
    "modules",
    "ordliste",
    "repetisjon",
    "lagring",
)  # no arguments, once a page
_MARKER = re.compile(r"<!--\s*(" + "|".join(KINDS) + r")\b\s*(:?)(.*?)-->")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_QUIZ_TAG = re.compile(r"</?quiz>")


@dataclass(frozen=True)
class Found:
    """A marker, or a hand-written `<quiz>` tag (kind "quiz-tag"), on a line of the page."""

    line: int  # 1-based, in the text given
    column: int
    kind: str
    colon: bool
    args: tuple[str, ...]
    alone: bool  # the marker is the whole line


def find(text: str) -> Iterator[Found]:
    """Every marker and hand-written quiz tag outside fenced code, in page order."""
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        opened = _FENCE.match(line)
        if opened and (fence is None or opened.group(1)[0] == fence[0]):
            fence = None if fence else opened.group(1)
            continue
        if fence or "<" not in line:
            continue
        marker = _MARKER.search(line)
        if marker:
            yield Found(
                number,
                marker.start() + 1,
                marker.group(1),
                bool(marker.group(2)),
                tuple(marker.group(3).split()),
                line.strip() == marker.group(0),
            )
        elif _QUIZ_TAG.search(line):
            yield Found(number, line.index("<") + 1, "quiz-tag", False, (), False)


_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def headings(text: str) -> Iterator[tuple[str, str]]:
    """(anchor, words) of every Markdown heading outside fenced code, the anchor as the build
    makes it."""
    from .slugs import slugify  # needs pymdownx, as the build does: only when a page is read

    fence: str | None = None
    for line in text.splitlines():
        opened = _FENCE.match(line)
        if opened and (fence is None or opened.group(1)[0] == fence[0]):
            fence = None if fence else opened.group(1)
            continue
        heading = None if fence else _HEADING.match(line)
        if heading:
            words = re.sub(r"\s*\{[^}]*\}$", "", heading.group(1))
            yield slugify(words, "-"), words


def replace(markdown: str, replacement: Callable[[Found], str | None]) -> str:
    """The page with each marker that stands alone on its line replaced by replacement(marker);
    markers for which it returns None stay as they are."""
    lines = markdown.splitlines()
    for found in find(markdown):
        if found.alone:
            new = replacement(found)
            if new is not None:
                lines[found.line - 1] = new
    return "\n".join(lines) + "\n"
