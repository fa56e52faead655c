"""Quality figures per module: words, reading time, LIX, questions, reflection prompts, unknown words.

LIX = words per sentence + percentage of words over six letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .course import Course
from .items import Figures, figures, shown
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


def module_figures(
    root: Path, course: Course, word_list: Path, dictionary: str = "nb_NO"
) -> list[ModuleFigures]:
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
                unknown=tuple(unknown_words(text, word_list, dictionary)),
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


GUESSES = {
    "first": "første",
    "second": "andre",
    "third": "tredje",
    "last": "siste",
    "longest": "lengste",
    "all-but-shortest": "alle unntatt korteste",
    "tell-dialogue": "den som alene snakker med noen",
    "tell-both": "den som alene sier «både»",
    "tell-form": "den med egen form",
}


def _percent(share: float) -> str:
    return f"{share:.0%}".replace("%", " %")


def item_rows(course: Course) -> list[tuple[str, Figures]]:
    """The knowledge-check figures of each bank, then of the whole course."""
    rows = [(bank.id, figures(shown(bank))) for bank in course.banks.values()]
    rows.append(("hele kurset", figures(s for bank in course.banks.values() for s in shown(bank))))
    return rows


def items_table(rows: list[tuple[str, Figures]], markdown: bool) -> str:
    """Per bank: where the right single-choice options are shown, how often the right one is
    the longest, the multiple-choice patterns, and what each guessing strategy scores."""
    head = [
        "bank",
        "enkeltvalg",
        "riktig på plass 1/2/3/4/5",
        "riktig er lengst",
        "flervalg (riktige/alle)",
    ]
    head += [f"gjett {GUESSES[name]}" for name in GUESSES]
    body = []
    for name, f in rows:
        places = "/".join(str(f.positions.get(p, 0)) for p in range(1, 6))
        patterns = ", ".join(f"{p} ×{n}" for p, n in f.patterns.items()) or "–"
        body.append(
            [name, str(f.single), places, _percent(f.longest_share), f"{f.multiple}: {patterns}"]
            + [_percent(f.scores[s]) for s in GUESSES]
        )
    return table(head, body, markdown)
