"""Property: however an editor damages a real bank or page (tests/damages.py, RANDOM_DAMAGES),
`python -m course check` either passes or prints at least one `path:line:col:` problem, every
problem points into a file that exists, and it never ends in a traceback.

Seeded (derandomize) and bounded, so that `make test` runs the same examples every time. Every
failure Hypothesis found is kept as a fixed case in test_regressions.py with its exact message.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from course.__main__ import main

import damages
from conftest import ROOT

PROBLEM = re.compile(r"^([^:\s][^:]*):(\d+):(\d+): (.+)$")
FILES = damages.real_files(ROOT)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The real course's banks, pages and settings, copied once; each example damages one file
    and puts it back."""
    folder = tmp_path_factory.mktemp("damaged") / "p"
    for name in ("docs", "quizzes"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("assets"))
    shutil.copy(ROOT / "course.yml", folder / "course.yml")
    yield folder


def check(project: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--root", str(project), "check"])
    return status, out.getvalue(), err.getvalue()


def assert_clean_report(project: Path, status: int, out: str, err: str) -> None:
    assert "Traceback" not in out + err
    assert err == ""
    problems = [m for m in map(PROBLEM.match, out.splitlines()) if m]
    if status:
        assert problems, f"exit status {status} without a path:line:col problem:\n{out}"
    else:
        assert status == 0
    for found in problems:
        path = project / found.group(1)
        assert path.is_file(), f"a problem names a file that is not there: {found.group(0)}"
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        assert 1 <= int(found.group(2)) <= lines, found.group(0)
        assert int(found.group(3)) >= 1, found.group(0)


@settings(
    max_examples=200,
    derandomize=True,
    database=None,
    deadline=timedelta(seconds=5),  # the bound for `make check` on the real course
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(damage=damages.damaged_file(FILES))
def test_check_reports_every_damage_with_file_line_and_column(
    project: Path, damage: tuple[str, str, list[str]]
) -> None:
    path, text, _ = damage
    file = project / path
    try:
        file.write_bytes(text.encode("utf-8"))
        assert_clean_report(project, *check(project))
    finally:
        file.write_text(FILES[path], encoding="utf-8")


def test_the_undamaged_copy_passes(project: Path) -> None:
    status, out, _ = check(project)
    assert status == 0, out
