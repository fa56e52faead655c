"""`make test` sets itself up (.ci/system-packages): what is missing is installed, or named with
the command that installs it, before any test runs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT


def path_without(tmp_path: Path, *missing: str) -> str:
    """A PATH with the programs the script and make use, less the missing ones (and no apt-get
    or sudo, so nothing can be installed)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for program in (
        "bash",
        "id",
        "make",
        "sh",
        "chromium",
        "nginx",
        "hunspell",
        "npm",
        "java",
        "node",
        "dirname",
        "pdftotext",
    ):
        found = shutil.which(program, path=os.environ["PATH"] + ":/usr/sbin:/sbin")
        if program not in missing and found:
            (folder / program).symlink_to(found)
    return str(folder)


def test_a_missing_nginx_is_named_with_the_command_that_installs_it(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "system-packages")],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path_without(tmp_path, "nginx")},
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "make test needs nginx, and cannot install it here. Install it with: sudo apt-get install nginx\n"
    )


def test_make_test_stops_before_any_test_when_something_is_missing(tmp_path: Path) -> None:
    result = subprocess.run(
        ["make", "-s", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path_without(tmp_path, "chromium")},
    )
    assert result.returncode != 0
    assert "make test needs chromium, and cannot install it here." in result.stderr
    assert "passed" not in result.stdout and "collected" not in result.stdout


def test_the_quick_tests_need_no_browser_and_no_nginx(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "system-packages"), "--quick"],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path_without(tmp_path, "nginx", "chromium", "java")},
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize("target", ["test", "test-quick"])
def test_the_readme_names_the_test_commands(target: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"make {target}" in readme
    assert f"\n{target}:" in (ROOT / "Makefile").read_text(encoding="utf-8")
