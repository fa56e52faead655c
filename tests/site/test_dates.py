"""«Sist endret …» under each page: from git's commit dates, and nothing at all outside git."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, build_site, copy_project
from course.dates import norwegian_date, parse_log

MINIKURS = ROOT / "tests" / "fixtures" / "minikurs"


def git(project: Path, *args: str, date: str = "") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else None
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args], cwd=project, check=True, capture_output=True, env=env)


def shown_date(site: Path, page: str) -> str | None:
    text = (site / page).read_text(encoding="utf-8")
    start = text.find("Sist endret ")
    return text[start : text.index("\n", start)].strip() if start >= 0 else None


def test_norwegian_date_needs_no_locale() -> None:
    assert norwegian_date("2026-11-23") == "23. november 2026"
    assert norwegian_date("2027-01-05") == "5. januar 2027"
    assert norwegian_date("2026-08-31") == "31. august 2026"


def test_parse_log_keeps_each_files_newest_date() -> None:
    output = "\x002026-11-23\n\nmodul.md\n\x002026-03-01\n\nindex.md\nmodul.md\n"
    assert parse_log(output) == {"modul.md": "2026-11-23", "index.md": "2026-03-01"}
    assert parse_log("") == {}


def test_each_page_shows_its_own_last_commit_date(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", MINIKURS)
    git(project, "init", "-q")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "first", date="2026-03-01T10:00:00+01:00")
    modul = project / "docs" / "modul.md"
    modul.write_text(modul.read_text(encoding="utf-8") + "\nMer tekst.\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "second", date="2026-11-23T23:30:00+01:00")
    build_site(project, tmp_path / "site")
    assert shown_date(tmp_path / "site", "modul/index.html") == "Sist endret 23. november 2026"
    assert shown_date(tmp_path / "site", "index.html") == "Sist endret 1. mars 2026"


def test_outside_git_the_build_shows_no_date_and_no_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "p", MINIKURS)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    build_site(project, tmp_path / "site")  # and no warning (conftest)
    assert shown_date(tmp_path / "site", "modul/index.html") is None


def test_without_git_installed_the_build_shows_no_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "p", MINIKURS)
    git(project, "init", "-q")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "first", date="2026-03-01T10:00:00+01:00")
    # A PATH without git has no node either: this build goes without the offline worker.
    settings = project / "course.yml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("offline: true", "offline: false"),
        encoding="utf-8",
    )
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-folder"))
    build_site(project, tmp_path / "site")  # and no warning (conftest)
    assert shown_date(tmp_path / "site", "modul/index.html") is None
