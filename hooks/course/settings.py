"""The course's settings: `course.yml` in the project folder, the one place for them.

    pass_mark: 80    # percent of a module's questions answered right for the module to count

A missing file or key means the default. A bad value is a problem with file, line and column,
like a problem in a quiz bank.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import Problem
from .yamlsource import Source, mapping, parse_yaml, read_text, whole_number

SETTINGS_FILE = "course.yml"


@dataclass(frozen=True)
class Settings:
    pass_mark: int = 80  # percent


def load_settings(path: Path, display: str) -> tuple[Settings, list[Problem]]:
    src = Source(display, "settings")
    if not path.exists():
        return Settings(), []
    raw = read_text(path, src)
    node = parse_yaml(raw, src) if raw and raw.strip() else None
    values = (
        mapping(node, {"pass_mark": False}, src, "the course settings")
        if node is not None
        else None
    )
    if values is None:
        return Settings(), src.problems
    pass_mark = whole_number(values, "pass_mark", src, 1, 100, "a percentage")
    return Settings(
        pass_mark=pass_mark if pass_mark is not None else Settings.pass_mark
    ), src.problems
