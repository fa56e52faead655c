"""Problems found in the course's sources, and the ways they are printed."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor must fix. Line and column are 1-based."""

    path: str
    line: int
    column: int
    message: str
    hint: str = ""
    warning: bool = False

    def format(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        kind = "warning: " if self.warning else ""
        return f"{self.path}:{self.line}:{self.column}: {kind}{self.message}{hint}"

    def github(self) -> str:
        """A GitHub Actions workflow command that annotates the line in a pull request."""
        kind = "warning" if self.warning else "error"
        text = self.message + (f" ({self.hint})" if self.hint else "")
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{kind} file={self.path},line={self.line},col={self.column}::{text}"


def summary(problems: list[Problem], files_checked: int, what: str = "files") -> str:
    """One line under the problems: how many, in how many of the files checked."""
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    if not problems:
        return f"no problems in {files_checked} {what}"
    parts = []
    if errors:
        parts.append(_count(len(errors), "problem"))
    if warnings:
        parts.append(_count(len(warnings), "warning"))
    files = len({p.path for p in problems})
    return f"{' and '.join(parts)} in {files} of {files_checked} {what}"


def report(problems: list[Problem], files_checked: int, what: str = "files") -> str:
    lines = [p.format() for p in sorted(problems)]
    lines.append(summary(problems, files_checked, what))
    return "\n".join(lines)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
