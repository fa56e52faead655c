"""Small, exact edits to HTML that a library wrote: find elements with Python's html.parser,
then change only their start tags or put text around them. Everything else stays as it was,
byte for byte."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


def line_starts(text: str) -> list[int]:
    """The offset where each line of the text starts (html.parser counts lines and columns)."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


@dataclass
class Element:
    """One element: its start tag's name and attributes, and where it stands in the text."""

    name: str
    attrs: list[tuple[str, str | None]]
    start: int  # offset of "<" of the start tag
    tag_end: int  # offset just after the start tag's ">"
    inner_end: int = -1  # offset of "<" of the end tag (-1: void, or never closed)
    end: int = -1  # offset just after the end tag
    depth: int = 0

    def get(self, name: str) -> str | None:
        return next((v for k, v in self.attrs if k == name), None)

    @property
    def classes(self) -> list[str]:
        return (self.get("class") or "").split()


class _Parser(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = line_starts(text)
        self.elements: list[Element] = []
        self.open: list[Element] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        element = Element(tag, attrs, start, start + len(raw), depth=len(self.open))
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        self.elements.append(Element(tag, attrs, start, start + len(raw), depth=len(self.open)))

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].name == tag:
                element = self.open[i]
                element.inner_end = start
                element.end = self.text.index(">", start) + 1
                del self.open[i:]
                return


def elements(text: str) -> list[Element]:
    """Every element of the text, in document order."""
    parser = _Parser(text)
    parser.feed(text)
    parser.close()
    return parser.elements


def start_tag(name: str, attrs: list[tuple[str, str | None]]) -> str:
    parts = [name] + [k if v is None else f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs]
    return "<" + " ".join(parts) + ">"


@dataclass
class Edits:
    """Replacements of parts of a text, applied together (they must not overlap)."""

    text: str
    changes: list[tuple[int, int, str]] = field(default_factory=list)

    def replace(self, start: int, end: int, new: str) -> None:
        self.changes.append((start, end, new))

    def insert(self, at: int, new: str) -> None:
        self.changes.append((at, at, new))

    def set_attrs(self, element: Element, attrs: list[tuple[str, str | None]]) -> None:
        if attrs != element.attrs:
            self.replace(element.start, element.tag_end, start_tag(element.name, attrs))

    def apply(self, start: int = 0, end: int | None = None) -> str:
        """The text (or its part from start to end) with the changes made in that part."""
        stop = len(self.text) if end is None else end
        out = []
        at = start
        for first, last, new in sorted(self.changes, key=lambda c: (c[0], c[1])):
            if start <= first and last <= stop:
                out.append(self.text[at:first])
                out.append(new)
                at = last
        out.append(self.text[at:stop])
        return "".join(out)
