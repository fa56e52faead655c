"""Quality report per module: words, reading time, LIX, questions, reflection prompts, unknown words.

`make report` prints it as a table; `--markdown` prints it as a Markdown table (for a pull
request's job summary). LIX = words per sentence + percentage of words over six letters.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course.prose import bank_text, body_of_module, markdown_text, readability, unknown_words  # noqa: E402
from course.validate import Course, load_course  # noqa: E402

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
    for key, page in sorted(course.pages.items()):
        if not key.startswith("moduler/"):
            continue
        source = (root / "docs" / key).read_text(encoding="utf-8")
        stats = readability(body_of_module(source))
        banks = [course.banks[m.bank] for m in page.markers if m.bank in course.banks]
        text = markdown_text(source) + "\n" + "\n".join(bank_text(b) for b in banks)
        rows.append(
            ModuleFigures(
                module=key.removeprefix("moduler/").removesuffix(".md"),
                words=stats.words,
                reading_minutes=max(1, round(stats.words / WORDS_PER_MINUTE)),
                lix=round(stats.lix, 1),
                questions=sum(len(b.questions) for b in banks),
                reflections=len(page.reflections),
                unknown=tuple(unknown_words(text, word_list)),
            )
        )
    return rows


def table(rows: list[ModuleFigures], markdown: bool) -> str:
    head = ["modul", "ord", "lesetid (min)", "LIX", "spørsmål", "refleksjoner", "ukjente ord"]
    body = [[r.module, str(r.words), str(r.reading_minutes), f"{r.lix:.1f}", str(r.questions), str(r.reflections), ", ".join(r.unknown) or "–"] for r in rows]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])
    widths = [max(len(x) for x in col) for col in zip(head, *body)]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [head, *body])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    course, _ = load_course(args.root, args.root / "docs", args.root / "quizzes")
    rows = module_figures(args.root, course, args.root / "ordliste.txt")
    print(table(rows, args.markdown))
    over = [r.module for r in rows if r.lix > LIX_LIMIT]
    if over:
        print(f"LIX over {LIX_LIMIT}: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
