"""GitHub annotations for a pull request: what the spelling check, the build and the tests found.

    python hooks/annotate.py spelling          unknown words, on their file and line
    python hooks/annotate.py build             `mkdocs build --strict` to site/; broken links on their page
    python hooks/annotate.py tests FILE.xml    failed tests (JUnit XML); axe failures on the page's source

Quiz-bank and page problems come from `check.py --github`. Exit status 1 when anything is wrong.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course.annotations import build_annotations, failure_annotations, github_error, meta_texts, spelling_annotations  # noqa: E402
from course.prose import bank_text, markdown_text, unknown_words  # noqa: E402
from course.validate import load_course  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def pages(root: Path) -> dict[str, str]:
    """Each page's path inside docs/ and its text."""
    return {p.relative_to(root / "docs").as_posix(): p.read_text(encoding="utf-8") for p in sorted((root / "docs").rglob("*.md"))}


def spelling(root: Path) -> list[str]:
    course, _ = load_course(root, root / "docs", root / "quizzes")
    texts = [markdown_text(text) for text in pages(root).values()]
    texts += [bank_text(bank) for bank in course.banks.values()]
    texts += [t for page in course.pages.values() for node in page.meta.values() for t in meta_texts(node)]
    unknown = set(unknown_words("\n".join(texts), root / "ordliste.txt"))
    files = [*sorted((root / "docs").rglob("*.md")), *sorted((root / "quizzes").glob("*.yml"))]
    return spelling_annotations({f.relative_to(root).as_posix(): f.read_text(encoding="utf-8") for f in files}, unknown)


def build(root: Path, site_dir: str) -> tuple[list[str], int]:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site_dir]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    sys.stderr.write(result.stdout + result.stderr)
    config = root / "mkdocs.yml"
    found = build_annotations(result.stderr, "docs", pages(root), config.name, config.read_text(encoding="utf-8"))
    if result.returncode and not found:
        found = [github_error("the build failed: open the log of this step to see why")]
    return found, result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["spelling", "build", "tests"])
    parser.add_argument("junit", nargs="?", type=Path, help="with tests: the JUnit XML file pytest wrote")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project folder")
    parser.add_argument("--site-dir", default="site", help="with build: where to write the site")
    args = parser.parse_args(argv)
    status = 0
    if args.what == "spelling":
        found = spelling(args.root)
    elif args.what == "build":
        found, status = build(args.root, args.site_dir)
    else:
        if args.junit is None or not args.junit.exists():
            parser.error("tests needs the JUnit XML file pytest wrote (pytest --junitxml=FILE)")
        found = failure_annotations(args.junit.read_text(encoding="utf-8"), "docs", set(pages(args.root)))
    print("\n".join(found) if found else f"{args.what}: nothing to annotate")
    return 1 if found or status else 0


if __name__ == "__main__":
    sys.exit(main())
