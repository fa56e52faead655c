"""README.md describes the project as it is: its layout section names every top-level file and
folder in git, and its tables name every hook and every module of the pure package."""

from __future__ import annotations

import re
import subprocess

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    return README[start : README.index("\n## ", start + 1)]


def test_the_layout_names_every_top_level_entry() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    top = {path.split("/")[0] for path in tracked}
    layout = section("Slik er prosjektet bygd opp")
    block = layout[layout.index("```") : layout.index("```", layout.index("```") + 3)]
    named = set(re.findall(r"[\w.*-]+", block))
    unnamed = [
        entry
        for entry in sorted(top)
        if entry not in named
        and entry.rstrip("/") + "/" not in block
        and not any(
            re.fullmatch(p.replace(".", r"\.").replace("*", ".*"), entry) for p in named if "*" in p
        )
        and entry not in {"README.md", ".gitignore"}
    ]
    assert unnamed == []


def test_the_tables_name_every_plugin_file_and_module() -> None:
    layout = section("Slik er prosjektet bygd opp")
    hooks = {p.name for p in (ROOT / "hooks" / "tip").glob("*.py")} - {"__init__.py"}
    modules = {p.name for p in (ROOT / "hooks" / "course").glob("*.py")} - {"__init__.py"}
    named = set(re.findall(r"`([\w_]+\.py)`", layout))
    assert hooks - named == set()
    assert modules - named == set()
