"""Problems found in the course's sources, and the ways they are printed.

Every problem names its file, line and column (1-based), what is wrong, how to fix it, and a
stable rule name (as yamllint does), so that an editor can look the rule up in the editor guide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .rules import ADVICE, ERROR, RULES, level
from .text import say


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor must fix, or (warning) should look at."""

    path: str
    line: int
    column: int
    message: str
    hint: str = ""
    rule: str = ""

    def __post_init__(self) -> None:
        if self.rule and self.rule not in RULES:
            raise ValueError(
                f"unknown rule {self.rule!r}: add it to course/rules.py and the editor guide"
            )

    @property
    def warning(self) -> bool:
        """Not an error: the build goes on (course/rules.py gives each rule its level)."""
        return level(self.rule) is not ERROR

    @property
    def advice(self) -> bool:
        return level(self.rule) is ADVICE

    def format(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        kind = say("check.warning") if self.warning else ""
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{self.path}:{self.line}:{self.column}: {kind}{self.message}{hint}{rule}"

    def github(self) -> str:
        """A GitHub Actions workflow command that annotates the line in a pull request."""
        kind = "warning" if self.warning else "error"
        text = self.message + (f" ({self.hint})" if self.hint else "")
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        title = f",title={self.rule}" if self.rule else ""
        return f"::{kind} file={self.path},line={self.line},col={self.column}{title}::{text}"


def ordered(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in the order an editor fixes them: the course's settings, then the quiz banks,
    then the pages that use them; within a file, by line and column. A problem in a bank is
    often the cause of one on a page, so the cause comes first."""

    def stage(problem: Problem) -> int:
        if problem.path.startswith("docs/"):
            return 2
        return 1 if problem.path.startswith("quizzes/") else 0

    return sorted(problems, key=lambda p: (stage(p), p))


def summary(problems: list[Problem], files_checked: int) -> str:
    """One line under the problems: how many, in how many of the files checked."""
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    file_word = say("check.file-one" if files_checked == 1 else "check.file-many")
    if not problems:
        return say("check.none", files=files_checked, file_word=file_word)
    parts = []
    if errors:
        parts.append(_count(len(errors), "errors"))
    if warnings:
        parts.append(_count(len(warnings), "warnings"))
    files = len({p.path for p in problems})
    counts = say("check.and").join(parts)
    return say(
        "check.counted", counts=counts, found=files, files=files_checked, file_word=file_word
    )


def report(problems: list[Problem], files_checked: int) -> str:
    lines = [p.format() for p in ordered(problems)]
    lines.append(summary(problems, files_checked))
    return "\n".join(lines)


def _count(n: int, what: str) -> str:
    return say(f"check.{what}-one") if n == 1 else say(f"check.{what}-many", n=n)
