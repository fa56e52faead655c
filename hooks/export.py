"""Write every quiz bank for a learning platform (LMS): `make export`.

dist/moodle/<bank-id>.xml (Moodle XML) and dist/gift/<bank-id>.gift (GIFT), one file per bank.
Stops with the list of problems, as `make check` prints it, when a bank has something to fix.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course.errors import report  # noqa: E402
from course.export import bank_titles, gift, moodle_xml  # noqa: E402
from course.validate import load_course  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent, help="the project folder")
    parser.add_argument("--out", type=Path, default=Path("dist"), help="where moodle/ and gift/ are written")
    args = parser.parse_args(argv)
    course, problems = load_course(args.root, args.root / "docs", args.root / "quizzes")
    if any(not p.warning for p in problems):
        print(report(problems, course.files, "files"), file=sys.stderr)
        return 1
    titles = bank_titles(course)
    for folder, suffix, write in (("moodle", "xml", moodle_xml), ("gift", "gift", gift)):
        (args.out / folder).mkdir(parents=True, exist_ok=True)
        for bank in course.banks.values():
            (args.out / folder / f"{bank.id}.{suffix}").write_text(write(bank, titles[bank.id]), encoding="utf-8")
    print(f"wrote {len(course.banks)} banks to {args.out / 'moodle'} and {args.out / 'gift'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
