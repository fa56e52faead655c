"""Quality figures per module: words, reading time, LIX, questions, reflection prompts, unknown words.

LIX = words per sentence + percentage of words over six letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .course import Course
from .prose import bank_text, body_of_module, markdown_text, readability, unknown_words

WORDS_PER_MINUTE = 180  # a calm reading pace for Norwegian prose
LIX_LIMIT = 45


@dataclass(frozen=True)
class ModuleFigures:
    module: str
    words: int
    reading_minutes: int
    lix: float
    questions: int
    reflections: int
    unknown: tuple[str, ...]


def module_figures(root: Path, course: Course, word_list: Path) -> list[ModuleFigures]:
    rows = []
    for page in course.modules():
        source = (root / page.path).read_text(encoding="utf-8")
        stats = readability(body_of_module(source))
        banks = [course.banks[m.bank] for m in page.markers if m.bank in course.banks]
        text = markdown_text(source) + "\n" + "\n".join(bank_text(b) for b in banks)
        rows.append(
            ModuleFigures(
                module=page.module_id or page.src,
                words=stats.words,
                reading_minutes=max(1, round(stats.words / WORDS_PER_MINUTE)),
                lix=round(stats.lix, 1),
                questions=sum(len(b.questions) for b in banks),
                reflections=len(page.reflections),
                unknown=tuple(unknown_words(text, word_list)),
            )
        )
    return rows


def table(head: list[str], body: list[list[str]], markdown: bool) -> str:
    """A table as aligned plain text, or as Markdown (for a pull request's job summary)."""
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])
    widths = [max(len(x) for x in col) for col in zip(head, *body)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [head, *body]
    )


def figures_table(rows: list[ModuleFigures], markdown: bool) -> str:
    head = ["modul", "ord", "lesetid (min)", "LIX", "spørsmål", "refleksjoner", "ukjente ord"]
    body = [
        [
            r.module,
            str(r.words),
            str(r.reading_minutes),
            f"{r.lix:.1f}",
            str(r.questions),
            str(r.reflections),
            ", ".join(r.unknown) or "–",
        ]
        for r in rows
    ]
    return table(head, body, markdown)
