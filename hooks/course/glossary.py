"""The ordliste: its page, and the first use of each of its words on the other pages.

docs/ordliste.md lists the terms in its front matter (term, forms, text). Its `<!-- ordliste -->`
marker becomes a definition list. On a module or leader page, the first time a term stands in
the text (a paragraph, a list item or a table cell; not a heading, a link, code or a knowledge
check), it becomes a link to its entry that explains it on hover and on focus: the explanation
is the link's accessible description (aria-describedby), so a screen reader reads it too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

from .htmledit import VOID, Edits, line_starts
from .model import Term

# Where a first use is explained: text in these elements ...
PROSE = {"p", "li", "td", "dd"}
# ... and never inside these (nor inside an element with one of the classes below).
SKIP = {
    "a",
    "code",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "script",
    "style",
    "tip-quiz",
    "label",
    "button",
    "textarea",
    "summary",
}
SKIP_CLASSES = {
    "tip-samtale",  # a guide's ground rules and phases: also the meeting view on a shared screen
    "quiz",
    "tip-reflections",
    "admonition-title",
    "tip-glossary",
    "tip-module-intro",
    "md-nav",
    "md-header",
    "md-footer",
    "md-sidebar",
}


def glossary_markdown(terms: Iterable[Term]) -> str:
    """The ordliste page's list: each term with its id, and its explanation (plain text)."""
    lines = ['<dl class="tip-glossary">']
    for term in sorted(terms, key=lambda t: t.term.casefold()):
        lines.append(f'<dt id="{html.escape(term.anchor)}">{html.escape(term.term)}</dt>')
        lines.append(f"<dd>{html.escape(' '.join(term.text.split()))}</dd>")
    lines.append("</dl>")
    return "\n".join(lines)


def term_pattern(term: Term) -> re.Pattern[str]:
    """The term and its forms as whole words, any case, any white space between words."""
    words = sorted({term.term, *term.forms}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Use:
    term: Term
    start: int  # offset in the page's HTML
    end: int


class _Text(HTMLParser):
    """The offsets of the page's prose text, outside the places a term is never explained."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = line_starts(text)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped here or above)
        self.prose: list[tuple[int, int]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        skipped = (
            (self.stack[-1][1] if self.stack else False)
            or tag in SKIP
            or bool(classes & SKIP_CLASSES)
        )
        self.stack.append((tag, skipped))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self.stack and not self.stack[-1][1] and any(t in PROSE for t, _ in self.stack):
            start = self._offset()
            self.prose.append((start, start + len(data)))


def first_uses(page_html: str, terms: Iterable[Term]) -> list[Use]:
    """The first use of each term in the page's prose, in page order."""
    parser = _Text(page_html)
    parser.feed(page_html)
    parser.close()
    uses = []
    for term in terms:
        pattern = term_pattern(term)
        for start, end in parser.prose:
            found = pattern.search(page_html, start, end)
            if found:
                uses.append(Use(term, found.start(), found.end()))
                break
    return sorted(uses, key=lambda u: u.start)


def explain_first_uses(page_html: str, terms: Iterable[Term], href: Callable[[Term], str]) -> str:
    """The page with the first use of each term linked to the ordliste and explained."""
    edits = Edits(page_html)
    taken: list[tuple[int, int]] = []
    for use in first_uses(page_html, terms):
        if any(use.start < end and start < use.end for start, end in taken):
            continue  # overlaps a longer term already explained here
        taken.append((use.start, use.end))
        tip = f"tip-term-{use.term.anchor}"
        edits.replace(
            use.start,
            use.end,
            f'<a class="tip-term" href="{html.escape(href(use.term))}" aria-describedby="{tip}">'
            f"{page_html[use.start : use.end]}</a>"
            f'<span class="tip-term__tip" id="{tip}" role="tooltip">{html.escape(" ".join(use.term.text.split()))}</span>',
        )
    return edits.apply()
