"""hooks/tip/theme.py: Material's templates, each with one line changed as it loads, and its search
with the course's Norwegian stemming after it; no Material file is copied into the project."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
from mkdocs.exceptions import Abort

from conftest import ROOT, Warnings, build_site, copy_project
from tip.theme import LUNR_NO, REWRITES, STEMMING

MATERIAL = Path(material.__file__).parent / "templates"


@pytest.mark.parametrize("template", sorted(REWRITES))
def test_materials_template_still_has_each_line_we_change(template: str) -> None:
    """After a Material upgrade this fails first: see what changed, then update REWRITES."""
    source = (MATERIAL / template).read_text(encoding="utf-8")
    for old, new in REWRITES[template]:
        assert source.count(old) == 1, f"Material's {template} no longer has: {old}"
        assert old != new


def test_every_page_has_the_changed_lines(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'role="dialog" aria-label="Søk"' in text, page
        assert "__md_get=(e,_,t=__md_scope)=>{try{return JSON.parse(" in text, page
        assert "_=localStorage" not in text and "t=localStorage" not in text, page


def test_search_worker_gets_materials_lunr_no_and_the_stemming(built_site: Path) -> None:
    material_lunr = (MATERIAL / LUNR_NO).read_text(encoding="utf-8")
    stemming = (ROOT / "docs" / STEMMING).read_text(encoding="utf-8")
    assert (built_site / LUNR_NO).read_text(encoding="utf-8") == material_lunr + "\n" + stemming
    assert not (built_site / STEMMING).exists()
    assert not list((built_site / "assets" / "js").glob("search-stemming*"))


def test_no_material_file_is_copied_into_the_project() -> None:
    ours = {p.relative_to(ROOT / "overrides").as_posix() for p in (ROOT / "overrides").rglob("*") if p.is_file()}
    assert ours == {"main.html"}  # our own: it only adds the course's scripts to Material's head


def test_a_changed_material_line_stops_the_build_and_names_the_fix(tmp_path: Path, warnings: Warnings) -> None:
    project = copy_project(tmp_path / "p")
    changed = (MATERIAL / "partials" / "search.html").read_text(encoding="utf-8").replace('role="dialog"', 'role="dialog" aria-modal="true"')
    (project / "overrides" / "partials").mkdir()
    (project / "overrides" / "partials" / "search.html").write_text(changed, encoding="utf-8")
    with pytest.raises(Abort):
        build_site(project, tmp_path / "site")
    logged = warnings.take()
    assert any("Material's partials/search.html no longer holds the line this course changes" in w and "update REWRITES" in w for w in logged), logged
