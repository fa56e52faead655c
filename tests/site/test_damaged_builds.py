"""Property: however an editor damages a real bank or page (tests/damages.py), the preview still
builds every page, and `mkdocs build --strict` either succeeds or stops with MkDocs' own clean
error (a PluginError from the course, or MkDocs' abort on warnings): never a traceback.

Fewer examples than tests/unit/test_damaged_files.py, since each is two real builds.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort, PluginError

import damages
from conftest import ROOT, Warnings, config_of, copy_project
from course import preview

FILES = damages.real_files(ROOT)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield copy_project(tmp_path_factory.mktemp("damaged-build") / "p")


@settings(
    max_examples=8,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(damage=damages.damaged_file(FILES))
def test_the_preview_builds_and_the_strict_build_fails_cleanly(
    project: Path, damage: tuple[str, str, list[str]], warnings: Warnings
) -> None:
    path, text, _ = damage
    file = project / path
    site = project / "site"
    try:
        file.write_bytes(text.encode("utf-8"))
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(preview.ENV, "1")
            build(config_of(project, site, strict=False))
        assert (site / "index.html").is_file()
        shutil.rmtree(site)
        try:
            build(config_of(project, site))
        except (PluginError, Abort):
            pass
    finally:
        file.write_text(FILES[path], encoding="utf-8")
        shutil.rmtree(site, ignore_errors=True)
        warnings.take()  # a damaged page may well have a broken link: the preview shows them
