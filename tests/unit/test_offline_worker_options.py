"""The offline worker's parts that need no build: the switch in course.yml, what each edition's
worker leaves out, and what a SCORM package strips (hooks/course/offline.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from course import offline
from course.editions import NYNORSK, SOURCE
from course.settings import Settings, load_settings


@pytest.mark.parametrize(
    ("text", "on"),
    [("pass_mark: 80\n", True), ("offline: true\n", True), ("offline: false\n", False)],
)
def test_the_switch_in_course_yml(tmp_path: Path, text: str, on: bool) -> None:
    (tmp_path / "course.yml").write_text(text, encoding="utf-8")
    settings, found = load_settings(tmp_path / "course.yml", "course.yml")
    assert found == [] and settings.offline is on


@pytest.mark.parametrize(("value", "shown"), [("ja", "ja"), ("yes", "yes"), ("[true]", "en liste")])
def test_a_switch_that_is_not_true_or_false_is_a_problem(
    tmp_path: Path, value: str, shown: str
) -> None:
    (tmp_path / "course.yml").write_text(f"pass_mark: 80\noffline: {value}\n", encoding="utf-8")
    settings, found = load_settings(tmp_path / "course.yml", "course.yml")
    assert [p.format() for p in found] == [
        f"course.yml:2:10: «offline» må være true eller false, ikke {shown} "
        "(skriv «offline: true» eller «offline: false», uten anførselstegn) [value-type]"
    ]
    assert settings.offline is Settings.offline


def test_the_bokmal_worker_leaves_the_nynorsk_edition_to_its_own() -> None:
    assert "nn/**" in offline.ignores(SOURCE)
    assert not [i for i in offline.ignores(NYNORSK) if i.startswith("nn/")]


@pytest.mark.parametrize(
    ("name", "worker"),
    [
        ("sw.js", True),
        ("workbox/workbox-sw.js", True),
        ("assets/js/sw.js", False),
        ("index.html", False),
    ],
)
def test_worker_files(name: str, worker: bool) -> None:
    assert offline.is_worker_file(name) is worker


def test_a_page_without_the_registration() -> None:
    page = (
        '<script src="../assets/js/home.0123456789.js"></script>\n'
        '<script src="../assets/js/offline.0123456789.js"></script>\n</body>'
    )
    assert offline.without_registration(page) == (
        '<script src="../assets/js/home.0123456789.js"></script>\n</body>'
    )
