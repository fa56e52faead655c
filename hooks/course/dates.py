"""When each page was last changed, from git: one `git log` for the whole docs folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def norwegian_date(iso_date: str) -> str:
    """'2026-11-23' -> '23. november 2026', without depending on the machine's locale."""
    year, month, day = (int(part) for part in iso_date.split("-"))
    return f"{day}. {MONTHS[month - 1]} {year}"


def parse_log(output: str) -> dict[str, str]:
    """Each file's newest date in `git log --format=%x00%cs --name-only` output (newest first)."""
    dates: dict[str, str] = {}
    for commit in output.split("\0")[1:]:
        date, *names = commit.splitlines()
        for name in filter(None, names):
            dates.setdefault(name, date)
    return dates


def last_changed(folder: Path) -> dict[str, str]:
    """Path inside `folder` -> date of the last commit that changed it; {} outside git or without git."""
    command = [
        "git",
        "-c",
        "core.quotePath=false",
        "-C",
        str(folder),
        "log",
        "--format=%x00%cs",
        "--name-only",
        "--relative",
        "--",
        ".",
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, encoding="utf-8", check=False
        )
    except OSError:  # git is not installed
        return {}
    return parse_log(result.stdout) if result.returncode == 0 else {}
