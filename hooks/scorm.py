"""Package a built site as a SCORM 1.2 course for a learning platform (LMS): `make scorm`.

Usage: python hooks/scorm.py SITE_DIR [--out dist/tillit-i-praksis-scorm12.zip]
SITE_DIR is the output of `mkdocs build`; its course.json names the modules, one SCORM item each.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from course.scorm import write_package  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site (mkdocs build --site-dir ...)")
    parser.add_argument("--out", type=Path, default=Path("dist/tillit-i-praksis-scorm12.zip"), help="the zip file to write")
    args = parser.parse_args(argv)
    try:
        modules, files = write_package(args.site, args.out)
    except (ValueError, OSError) as error:
        print(f"scorm: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}: {modules} modules, {files} files, {args.out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
