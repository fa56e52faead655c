"""The course's one command line (run from the project folder, in its virtualenv):

    python -m course check [--github]       every quiz bank and page, checked without a build
    python -m course report [--markdown]    words, reading time, LIX, questions per module
    python -m course translated FILE...     record that Nynorsk files translate their source as it is
    python -m course export [--out dist]    every bank as Moodle XML and GIFT, for an LMS
    python -m course scorm SITE [--out ZIP] a built site as a SCORM 1.2 package
    python -m course cmi5 SITE [--out ZIP]  a built site as a cmi5 course package
    python -m course annotate spelling|build|tests [JUNIT]   GitHub annotations for a pull request
    python -m course preview [--port 8000]  the editors' preview (mkdocs serve, problems on the page)

Exit status 1 when something must be fixed. The Makefile's targets call these. Hosting has its
own commands in deploy/: the Content-Security-Policy (deploy/csp.py) and nginx (deploy/nginx.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import cmi5 as cmi5_package
from . import parity
from .annotations import (
    build_annotations,
    failure_annotations,
    github_error,
    spelling_annotations,
)
from .course import load_course, load_editions
from .editions import NYNORSK, SOURCE, edition
from .errors import report, summary
from .export import bank_titles, gift, goal_names, moodle_xml
from .preview import run as run_preview
from .prose import bank_text, markdown_text, meta_texts, unknown_words
from .report import LIX_LIMIT, figures_table, item_rows, items_table, module_figures
from .scorm import write_package
from .settings import SETTINGS_FILE, load_settings
from .text import say

WORD_LIST = "ordliste.txt"


def check(args: argparse.Namespace) -> int:
    editions = load_editions(args.root)
    problems = editions.problems
    if args.github:
        for problem in problems:
            print(problem.github())
        print(summary(problems, editions.files))
    else:
        print(report(problems, editions.files))
    return 1 if any(not p.warning for p in problems) else 0


def translated(args: argparse.Namespace) -> int:
    """Record in each translated file that it now translates its source as the source is."""
    status = 0
    for file in args.files:
        path = file.resolve()
        try:
            inside = path.relative_to(args.root)
        except ValueError:
            inside = path
        source = _source_of(inside.as_posix())
        if source is None or not (args.root / source).is_file() or not path.is_file():
            print(say("translated.unknown", path=file), file=sys.stderr)
            status = 1
            continue
        fingerprint = parity.file_fingerprint((args.root / source).read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        path.write_text(parity.record(text, fingerprint, path.suffix != ".md"), encoding="utf-8")
        print(say("translated.done", path=inside.as_posix(), source=source))
    return status


def _source_of(path: str) -> str | None:
    """The source edition's file a translated file translates: nn/docs/x.md -> docs/x.md."""
    for folder, source in ((NYNORSK.docs, SOURCE.docs), (NYNORSK.quizzes, SOURCE.quizzes)):
        if path.startswith(folder + "/"):
            return source + path[len(folder) :]
    return None


def report_figures(args: argparse.Namespace) -> int:
    """The figures of each edition (Nynorsk spelled with its own dictionary), and the
    translations that wait for their source's latest changes."""
    editions = load_editions(args.root)
    over = []
    for course in editions.courses.values():
        edition = course.edition
        words = args.root / edition.word_list
        rows = module_figures(args.root, course, words, edition.dictionary)
        if len(editions.courses) > 1:
            print(say("report.edition", name=edition.name))
        print(figures_table(rows, args.markdown))
        print()
        print("Kunnskapssjekkene, slik deltakeren ser dem (rekkefølgen på siden):")
        print(items_table(item_rows(course), args.markdown))
        over += [f"{edition.prefix}{r.module}" for r in rows if r.lix > LIX_LIMIT]
    waiting = [p for p in editions.problems if p.rule == "translation-outdated"]
    if waiting:
        print()
        print(say("report.waiting", count=len(waiting)))
        for p in waiting:
            print(f"  {p.path}: {p.message}")
    if over:
        print(f"LIX over {LIX_LIMIT}: {', '.join(over)}")
    return 1 if over else 0


def export(args: argparse.Namespace) -> int:
    editions = load_editions(args.root)
    problems = editions.problems
    if any(not p.warning for p in problems):
        print(report(problems, editions.files), file=sys.stderr)
        return 1
    course = editions.courses.get(args.edition, editions.source)
    titles = bank_titles(course)
    goals = goal_names(course)
    writers: list[tuple[str, str, Callable[..., str]]] = [
        ("moodle", "xml", moodle_xml),
        ("gift", "gift", gift),
    ]
    for folder, suffix, write in writers:
        (args.out / folder).mkdir(parents=True, exist_ok=True)
        for bank in course.banks.values():
            (args.out / folder / f"{bank.id}.{suffix}").write_text(
                write(bank, titles[bank.id], goals.get(bank.id, {})), encoding="utf-8"
            )
    print(f"wrote {len(course.banks)} banks to {args.out / 'moodle'} and {args.out / 'gift'}")
    return 0


def _package(command: str, out: Path, write: Callable[[], tuple[int, int]]) -> int:
    """Write a package (SCORM, cmi5) and say what it holds, or what stopped it."""
    try:
        modules, files = write()
    except (ValueError, OSError) as error:
        print(f"{command}: {error}", file=sys.stderr)
        return 1
    print(f"wrote {out}: {modules} modules, {files} files, {out.stat().st_size // 1024} KiB")
    return 0


def scorm(args: argparse.Namespace) -> int:
    return _package("scorm", args.out, lambda: write_package(args.site, args.out))


def cmi5(args: argparse.Namespace) -> int:
    settings, problems = load_settings(args.root / SETTINGS_FILE, SETTINGS_FILE)
    if problems:
        print(report(problems, 1), file=sys.stderr)
        return 1

    def write() -> tuple[int, int]:
        with tempfile.TemporaryDirectory() as tmp:
            library = Path(tmp) / cmi5_package.LIBRARY
            cmi5_package.bundle_library(args.root, library)
            return cmi5_package.write_package(args.site, args.out, library, settings.cmi5_iri)

    return _package("cmi5", args.out, write)


def _pages(root: Path) -> dict[str, str]:
    """Each page's path inside docs/ and its text."""
    docs = root / "docs"
    return {
        p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(docs.rglob("*.md"))
    }


def annotate(args: argparse.Namespace) -> int:
    root: Path = args.root
    status = 0
    if args.what == "spelling":
        course, _ = load_course(root)
        texts = [markdown_text(text) for text in _pages(root).values()]
        texts += [bank_text(bank) for bank in course.banks.values()]
        texts += [t for page in course.pages.values() for t in meta_texts(page.meta)]
        unknown = set(unknown_words("\n".join(texts), root / WORD_LIST))
        files = [*sorted((root / "docs").rglob("*.md")), *sorted((root / "quizzes").glob("*.yml"))]
        found = spelling_annotations(
            {f.relative_to(root).as_posix(): f.read_text(encoding="utf-8") for f in files}, unknown
        )
    elif args.what == "build":
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", args.site_dir]
        result = subprocess.run(
            command,
            cwd=root,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        sys.stderr.write(result.stdout + result.stderr)
        config = root / "mkdocs.yml"
        found = build_annotations(
            result.stderr, "docs", _pages(root), config.name, config.read_text(encoding="utf-8")
        )
        if result.returncode and not found:
            found = [github_error(say("annotate.build-failed"))]
        status = result.returncode
    else:
        if args.junit is None or not args.junit.exists():
            print(
                "annotate tests needs the JUnit XML file pytest wrote (pytest --junitxml=FILE)",
                file=sys.stderr,
            )
            return 2
        found = failure_annotations(
            args.junit.read_text(encoding="utf-8"), "docs", set(_pages(root))
        )
    print("\n".join(found) if found else f"{args.what}: nothing to annotate")
    return 1 if found or status else 0


def preview_site(args: argparse.Namespace) -> int:
    return run_preview(args.root, args.host, args.port, edition(args.edition).config)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="python -m course",
        description="Tillit i praksis: check, report and export the course.",
    )
    main.add_argument(
        "--root",
        type=Path,
        default=Path.cwd(),
        help="the project folder (default: the current folder)",
    )
    commands = main.add_subparsers(dest="command", required=True)
    c = commands.add_parser("check", help="check every quiz bank and page; print every problem")
    c.add_argument("--github", action="store_true", help="print GitHub Actions annotations")
    c.set_defaults(run=check)
    r = commands.add_parser(
        "report", help="words, reading time, LIX, questions and unknown words per module"
    )
    r.add_argument("--markdown", action="store_true", help="print a Markdown table")
    r.set_defaults(run=report_figures)
    e = commands.add_parser(
        "export", help="every bank as Moodle XML (OUT/moodle/) and GIFT (OUT/gift/)"
    )
    e.add_argument("--out", type=Path, default=Path("dist"))
    e.add_argument("--edition", choices=["nb", "nn"], default="nb", help="nb (Bokmål) or nn")
    e.set_defaults(run=export)
    s = commands.add_parser(
        "scorm", help="package a built site (mkdocs build --site-dir SITE) as SCORM 1.2"
    )
    s.add_argument("site", type=Path)
    s.add_argument("--out", type=Path, default=Path("dist/tillit-i-praksis-scorm12.zip"))
    s.set_defaults(run=scorm)
    m = commands.add_parser(
        "cmi5", help="package a built site as a cmi5 course (cmi5.xml, one AU per module)"
    )
    m.add_argument("site", type=Path)
    m.add_argument("--out", type=Path, default=Path("dist/tillit-i-praksis-cmi5.zip"))
    m.set_defaults(run=cmi5)
    a = commands.add_parser(
        "annotate", help="GitHub annotations: unknown words, broken links, failed tests"
    )
    a.add_argument("what", choices=["spelling", "build", "tests"])
    a.add_argument(
        "junit", nargs="?", type=Path, help="with tests: the JUnit XML file pytest wrote"
    )
    a.add_argument("--site-dir", default="site", help="with build: where to write the site")
    a.set_defaults(run=annotate)
    t = commands.add_parser(
        "translated", help="record that these Nynorsk files translate their Bokmål source as it is"
    )
    t.add_argument("files", nargs="+", type=Path)
    t.set_defaults(run=translated)
    w = commands.add_parser(
        "preview", help="the editors' preview: mkdocs serve, with problems shown on every page"
    )
    w.add_argument("--host", default="127.0.0.1")
    w.add_argument("--port", type=int, default=8000)
    w.add_argument("--edition", choices=["nb", "nn"], default="nb", help="nb (Bokmål) or nn")
    w.set_defaults(run=preview_site)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.root = args.root.resolve()
    status: int = args.run(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
