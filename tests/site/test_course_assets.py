"""hooks/tip/assets.py: the course's own CSS and JavaScript are served minified, under names that
carry a hash of what is served, so a browser may keep them for a year and never runs an old copy."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from course.assets import minified
from course.text import ui_script

from conftest import ROOT

REFERENCE = re.compile(r'<(?:script src|link rel="stylesheet" href)="([^"]*assets/(?:js|css)/[^"]+)"')


def test_every_course_asset_is_served_minified_and_named_by_its_content(built_site: Path) -> None:
    # search-stemming.js is not a page asset: it is added to Material's lunr.no (test_theme.py)
    sources = sorted(p for p in (ROOT / "docs" / "assets").glob("[cj]s*/*.*") if p.name != "search-stemming.js")
    built = sorted((built_site / "assets").glob("[cj]s*/*.*"))
    made = [p for p in built if p.name.startswith("text.")]  # the texts, made by the build
    assert len(made) == 1 and made[0].read_text(encoding="utf-8") == minified("text.js", ui_script("nb"))
    assert len(sources) >= 10 and len(built) == len(sources) + 1
    for source in sources:
        served = minified(source.name, source.read_text(encoding="utf-8"))
        assert len(served) < 0.9 * source.stat().st_size, source.name  # comments and spaces gone
        digest = hashlib.sha256(served.encode("utf-8")).hexdigest()[:10]
        hashed = built_site / source.relative_to(ROOT / "docs").with_name(f"{source.stem}.{digest}{source.suffix}")
        assert hashed.read_text(encoding="utf-8") == served, source.name


def test_every_page_refers_to_the_hashed_files(built_site: Path) -> None:
    seen = set()
    for page in built_site.rglob("*.html"):
        for reference in REFERENCE.findall(page.read_text(encoding="utf-8")):
            target = (built_site / reference.lstrip("/") if reference.startswith("/") else page.parent / reference).resolve()  # 404.html: from the root
            assert target.is_file(), f"{page.relative_to(built_site)}: {reference} is missing"
            assert re.search(r"\.[0-9a-f]{10}\.(js|css)$", reference), reference
            seen.add(target.name.split(".")[0])
    assert {"course", "store", "progress", "quiz-setup", "search-on-demand"} <= seen


def own_assets(page: Path) -> set[str]:
    """The course's scripts and stylesheets a built page loads, by their unhashed name."""
    return {Path(r).name.split(".")[0] for r in REFERENCE.findall(page.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("edition", ["", "nn/"])
def test_a_script_only_some_pages_use_comes_only_with_those_pages(built_site: Path, edition: str) -> None:
    site = built_site / edition
    pages = {
        str(p.relative_to(site)): own_assets(p)
        for p in site.rglob("*.html")
        if edition or not p.relative_to(site).as_posix().startswith("nn/")
    }
    guides = {p for p in pages if p.startswith("ledere/samtale-")}
    assert len(guides) >= 8
    assert {p for p, found in pages.items() if "certificate" in found} == {"kursbevis/index.html"}
    assert {p for p, found in pages.items() if "tildel" in found} == {"ledere/tildel/index.html"}
    assert {p for p, found in pages.items() if "samtale" in found} == guides | {"ledere/tildel/index.html"}
    assert {p for p, found in pages.items() if "data" in found} == {"index.html", "om/personvern/index.html"}
    module = pages["moduler/selvledelse/index.html"]
    assert {"store", "progress", "home", "repetition", "course"} <= module
    assert not module & {"certificate", "tildel", "samtale", "data"}
