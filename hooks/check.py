"""Check every quiz bank and page without building the site: `make check`.

Prints one line per problem (`file:line:column: what (how to fix)`) and a summary; with
`--github`, prints GitHub Actions annotations instead. Exit status 1 when anything must be fixed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course.errors import report, summary  # noqa: E402
from course.validate import load_course  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent, help="the project folder")
    parser.add_argument("--github", action="store_true", help="print GitHub Actions annotations")
    args = parser.parse_args(argv)
    root: Path = args.root
    course, problems = load_course(root, root / "docs", root / "quizzes")
    if args.github:
        for problem in sorted(problems):
            print(problem.github())
        print(summary(problems, course.files, "files"))
    else:
        print(report(problems, course.files, "files"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
