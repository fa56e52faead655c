"""Compare two built sites, as a refactoring must leave them: the same for learners.

    python bench/compare_sites.py BEFORE AFTER

Prints the files only one site has, and for each file both have but with other contents, the
first lines that differ. Hashed file names (store.3f2a9c1b7e.js, Material's
bundle.f1e2d3c4.min.js) are compared without their hash, and sitemap dates are ignored, so
that what is left is what a learner could see.
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

HASHED = re.compile(r"\.[0-9a-f]{8,12}(\.min)?\.(js|css|json)\b")
LASTMOD = re.compile(r"<lastmod>[^<]*</lastmod>")


def normal(text: str) -> str:
    return LASTMOD.sub("", HASHED.sub(r".HASH\1.\2", text))


def files(site: Path) -> dict[str, Path]:
    return {normal(p.relative_to(site).as_posix()): p for p in site.rglob("*") if p.is_file()}


def differences(before: Path, after: Path) -> list[str]:
    old, new = files(before), files(after)
    lines = [f"only in {before}: {name}" for name in sorted(old.keys() - new.keys())]
    lines += [f"only in {after}: {name}" for name in sorted(new.keys() - old.keys())]
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name].read_bytes(), new[name].read_bytes()
        if a == b or name.endswith(".gz"):
            continue
        try:
            x, y = normal(a.decode("utf-8")), normal(b.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(f"differs: {name} (binary)")
            continue
        if x == y:
            continue
        diff = difflib.unified_diff(x.splitlines(), y.splitlines(), lineterm="", n=0)
        changed = [d for d in diff if d[:1] in "+-" and d[:3] not in ("+++", "---")]
        lines.append(f"differs: {name}: " + " | ".join(changed[:4])[:400])
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    found = differences(Path(argv[0]), Path(argv[1]))
    print("\n".join(found) if found else "The sites are the same (hashed names aside).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
