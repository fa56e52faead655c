"""The whole course, read and checked: `load_course(root)` is the one way in.

The build (hooks/quizzes.py), `python -m course check`, the report and the exports all read the
course here, so they all see the same banks, pages and problems.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import parity
from .editions import NYNORSK, SOURCE, Edition
from .errors import Problem, ordered
from .items import check_course_items, check_items
from .language import bank_sentence_problems, page_sentence_problems, term_problems
from .loader import load_bank, load_page
from .model import Bank, Page, PlacedQuestion, Pos
from .prose import meta_texts
from .settings import SETTINGS_FILE, Settings, load_settings
from .text import Catalogue, catalogue
from .validate import check_bank, check_goals, check_guide, check_page, check_unused_banks

# Rules whose problems change nothing the build makes from the file (a word form in a text).
TEXT_ONLY = frozenset({"term-variant"})


@dataclass(frozen=True)
class Course:
    settings: Settings
    banks: dict[str, Bank]
    pages: dict[str, Page]  # by path inside docs/: "moduler/selvledelse.md"
    files: int  # how many files were read
    # Only in the preview, when the course has problems: the banks left out (by file, as
    # "quizzes/x.yml") and the pages built without the course's own parts (by src).
    left_out: frozenset[str] = field(default=frozenset())
    held_back: frozenset[str] = field(default=frozenset())
    edition: Edition = SOURCE

    @property
    def words(self) -> Catalogue:
        """The learner's words in this edition (hooks/course/text/<language>.yml)."""
        return catalogue(self.edition.language)

    def placed_on(self, page: Page) -> list[list[PlacedQuestion]]:
        """The questions each quiz marker of a page places, marker by marker."""
        if page.src in self.held_back:
            return [[] for _ in page.markers]
        return [
            self.banks[m.bank].placed(m.questions) if m.bank in self.banks else []
            for m in page.markers
        ]

    def for_preview(self, problems: Iterable[Problem]) -> Course:
        """The course as the preview builds it while it has problems: without every bank that has
        one, and with every page that has one built as plain Markdown, so that nothing the build
        makes from them (quiz HTML, Repetisjon's files, course.json) can disagree or fail.
        Problems that change no built part (TEXT_ONLY: a word form) leave their file in."""
        broken = {p.path for p in problems if not p.warning and p.rule not in TEXT_ONLY}
        left_out = {bank.path for bank in self.banks.values() if bank.path in broken}
        left_out |= {path for path in broken if path.startswith(self.edition.quizzes + "/")}
        banks = {k: b for k, b in self.banks.items() if b.path not in left_out}
        held_back = {src for src, page in self.pages.items() if page.path in broken}
        return replace(
            self, banks=banks, left_out=frozenset(left_out), held_back=frozenset(held_back)
        )

    def missing_banks(self, page: Page) -> list[str]:
        """The bank ids a page's quiz markers name that this course does not have."""
        return [m.bank for m in page.markers if m.bank not in self.banks]

    def repetition_page(self) -> Page | None:
        """The page with `<!-- repetisjon -->` (the first by path, if an editor made two)."""
        return next((p for _, p in sorted(self.pages.items()) if p.repetition_marker), None)

    def modules(self) -> list[Page]:
        """The module pages (docs/moduler/*.md), by file name."""
        return [page for _, page in sorted(self.pages.items()) if page.module_id]

    def modules_in(self, sources: Iterable[str]) -> list[Page]:
        """The module pages among sources (paths inside docs/, such as the nav's), in that order."""
        found = (self.pages.get(src) for src in sources)
        return [page for page in found if page is not None and page.module_id]


def load_course(
    root: Path,
    docs_dir: Path | None = None,
    quizzes_dir: Path | None = None,
    edition: Edition = SOURCE,
    source: Course | None = None,
) -> tuple[Course, list[Problem]]:
    """Every bank and page of one edition of the project folder `root`, checked; problems in
    fixing order. A translation (source: the source edition's course) is checked against it."""
    root = root.resolve()
    docs_dir = (docs_dir or edition.docs_dir(root)).resolve()
    quizzes_dir = (quizzes_dir or edition.quizzes_dir(root)).resolve()
    settings, problems = load_settings(root / SETTINGS_FILE, SETTINGS_FILE)
    if source is not None:
        problems = []  # the source edition reports the settings

    def words(path: str, text: str) -> list[Problem]:
        return term_problems(path, text, edition.language)  # the edition's own word forms

    banks: dict[str, Bank] = {}
    bank_paths = sorted(quizzes_dir.glob("*.yml")) + sorted(quizzes_dir.glob("*.yaml"))
    broken = {path.stem for path in bank_paths}  # until read: a page's marker is not its problem
    for path in bank_paths:
        bank, found = load_bank(path, _display(path, root))
        problems += found + words(
            _display(path, root), path.read_text(encoding="utf-8", errors="replace")
        )
        if bank is not None and source is not None:
            bank = parity.twin(source.banks.get(bank.id), bank)
            problems += _fresh(
                bank.path, bank.source or None, bank.where.get("source"), source, root
            )
        if bank is not None:
            problems += check_bank(bank) + check_items(bank) + bank_sentence_problems(bank)
            if bank.id and bank.id == path.stem:
                banks[bank.id] = bank
                broken.discard(bank.id)
    pages: dict[str, Page] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        page, found = load_page(path, _display(path, root), src)
        problems += found + check_page(page, banks, broken) + check_guide(page)
        raw = path.read_text(encoding="utf-8", errors="replace")
        problems += words(page.path, raw)
        problems += page_sentence_problems(page.path, raw, meta_texts(dict(page.meta)))
        if source is not None and src in source.pages:
            recorded = page.meta.get(parity.SOURCE_KEY)
            problems += _fresh(
                page.path, recorded, _line_of(raw, parity.SOURCE_KEY), source, root, src
            )
        pages[src] = page
    problems += check_unused_banks(banks, pages.values()) + check_course_items(banks.values())
    problems += [p for page in pages.values() for p in check_goals(page, banks)]
    if source is not None:
        source_files = {p.stem for p in SOURCE.quizzes_dir(root).glob("*.y*ml")}
        problems += parity.check_banks(
            source.banks,
            banks,
            (source_files, {p.stem for p in bank_paths}),
            lambda b: f"{edition.quizzes}/{b}.yml",
        )
        problems += parity.check_pages(source.pages, pages, lambda s: f"{edition.docs}/{s}")
    course = Course(settings, banks, pages, len(bank_paths) + len(pages), edition=edition)
    return course, ordered(problems)


def _fresh(
    path: str, recorded: object, at: Pos | None, source: Course, root: Path, src: str = ""
) -> list[Problem]:
    """translation-outdated: a translated file (a page: src) against its source file now."""
    source_path = source.pages[src].path if src else f"{source.edition.quizzes}/{Path(path).name}"
    file = root / source_path
    if not file.is_file():
        return []  # parity reports a bank or page with no source
    return parity.check_fresh(
        path, recorded, at, source_path, file.read_text(encoding="utf-8", errors="replace")
    )


def _line_of(raw: str, key: str) -> Pos | None:
    """Where a front-matter key is (the first line that starts with it)."""
    for number, line in enumerate(raw.splitlines(), 1):
        if line.startswith(key + ":"):
            return Pos(number, 1)
    return None


@dataclass(frozen=True)
class Editions:
    """The course in each of its editions (the source first), and every problem of them all."""

    courses: dict[str, Course]  # by language
    problems: list[Problem]

    @property
    def source(self) -> Course:
        return self.courses[SOURCE.language]

    @property
    def files(self) -> int:
        return sum(c.files for c in self.courses.values())


def load_editions(root: Path) -> Editions:
    """Both editions, the translation checked against its source. A project without the
    translation's folder (a small test course) has the source edition only."""
    source, problems = load_course(root)
    courses = {SOURCE.language: source}
    if NYNORSK.docs_dir(root).is_dir() or NYNORSK.quizzes_dir(root).is_dir():
        translated, more = load_course(root, edition=NYNORSK, source=source)
        courses[NYNORSK.language] = translated
        problems = ordered(problems + more)
    return Editions(courses, problems)


def _display(path: Path, root: Path) -> str:
    """path as the editor knows it: from the project folder (both resolved)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return os.path.relpath(path, root)
