"""Every rule an editor can break, broken in a copy of the real course (tests/damages.py): `make
check` names it at the file, line and column, and the preview still builds every page and shows
it at the top. Damages to different files are made together, so a few preview builds cover all.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.commands.build import build

import damages
from conftest import ROOT, config_of, copy_project
from course import preview
from course.__main__ import main
from course.course import load_course
from course.rules import RULES

GROUPS = list(damages.groups(sorted(RULES)))
PAGES = sorted(load_course(ROOT)[0].pages)


@dataclass(frozen=True)
class Damaged:
    check: str  # what `python -m course check` printed
    status: int  # its exit status
    site: Path  # the preview's build


def _check(project: Path) -> tuple[str, int]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["--root", str(project), "check"])
    return out.getvalue(), status


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Damaged]]:
    """Each group of damages made in its own copy of the course, checked and built as the
    preview builds it (TIP_PREVIEW=1, not strict); by rule."""
    found: dict[str, Damaged] = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(preview.ENV, "1")
        for number, rules in enumerate(GROUPS):
            project = copy_project(
                tmp_path_factory.mktemp(f"damaged{number}") / "p", nynorsk=True
            )
            damages.apply(project, rules)
            check, status = _check(project)
            site = project / "site"
            build(config_of(project, site, strict=False))
            for rule in rules:
                found[rule] = Damaged(check, status, site)
    yield found


def test_every_rule_has_a_damage() -> None:
    assert sorted(damages.DAMAGES) == sorted(RULES)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_make_check_names_the_rule_at_the_file(damaged: dict[str, Damaged], rule: str) -> None:
    result = damaged[rule]
    path = damages.DAMAGES[rule].reported_in
    line = re.compile(rf"^{re.escape(path)}:\d+:\d+: .+ \[{re.escape(rule)}\]$", re.M)
    assert line.search(result.check), result.check
    assert result.status == 1  # every group has at least one problem that must be fixed


@pytest.mark.parametrize("rule", sorted(RULES))
def test_the_preview_builds_every_page_and_shows_the_rule(
    damaged: dict[str, Damaged], rule: str
) -> None:
    site = damaged[rule].site
    path = damages.DAMAGES[rule].reported_in
    for src in PAGES:
        out = site / ("index.html" if src == "index.md" else src.removesuffix(".md") + "/index.html")
        if src.endswith("index.md") and src != "index.md":
            out = site / src.removesuffix("index.md") / "index.html"
        assert out.is_file(), f"{src} was not built"
    banner = (site / "index.html").read_text(encoding="utf-8")
    shown = re.compile(
        rf"<code>{re.escape(path)}</code>, linje \d+, tegn \d+: [^<]+<small>\[{re.escape(rule)}\]</small>"
    )
    assert shown.search(banner), f"{rule} is not in the banner"
