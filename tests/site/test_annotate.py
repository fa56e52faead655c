"""`python -m course annotate`, as the pull-request workflow runs it, on a copy of the small test course."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, copy_project

MINIKURS = ROOT / "tests" / "fixtures" / "minikurs"


def annotate(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "course", "--root", str(project), "annotate", *args], capture_output=True, text=True)


def test_spelling_annotations_name_file_line_and_column(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", MINIKURS)
    (project / "ordliste.txt").write_text("Kollegaen\nKunnskapssjekk\nnoe\nx\n", encoding="utf-8")
    clean = annotate(project, "spelling")
    assert (clean.returncode, clean.stdout) == (0, "spelling: nothing to annotate\n"), clean.stderr
    page = project / "docs" / "modul.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Litt tekst.", "Litt tekst om Snarkelfisk."), encoding="utf-8")
    result = annotate(project, "spelling")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        '::error file=docs/modul.md,line=17,col=15::ukjent ord «Snarkelfisk» (rett stavemåten, eller legg ordet til i ordliste.txt hvis det er riktig)'
    ]


def test_build_annotates_a_broken_link_on_its_page_and_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", MINIKURS)
    page = project / "docs" / "modul.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Litt tekst.", "Litt tekst.\n\nLes [mer](borte.md)."), encoding="utf-8")
    result = annotate(project, "build", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        '::error file=docs/modul.md,line=19,col=11::lenken til «borte.md» virker ikke: siden eller filen finnes ikke (sjekk filnavnet; en lenke går fra mappen siden ligger i, for eksempel ../om/index.md)'
    ]
    assert "Aborted with 1 warnings in strict mode!" in result.stderr  # the build's own log stays visible


def test_build_of_a_sound_course_annotates_nothing_and_writes_the_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", MINIKURS)
    result = annotate(project, "build", "--site-dir", str(tmp_path / "site"))
    assert (result.returncode, result.stdout) == (0, "build: nothing to annotate\n"), result.stderr
    assert (tmp_path / "site" / "modul" / "index.html").exists()


def test_failed_axe_test_is_annotated_on_the_pages_source(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", MINIKURS)
    junit = tmp_path / "results.xml"
    junit.write_text(
        '<testsuite><testcase name="test_page_stays_on_the_site_and_passes_axe[modul/]">'
        '<failure message="assert [{\'id\': \'color-contrast\'}] == []">trace</failure></testcase></testsuite>',
        encoding="utf-8",
    )
    result = annotate(project, "tests", str(junit))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "::error file=docs/modul.md,line=1,col=1::testen test_page_stays_on_the_site_and_passes_axe[modul/] feilet: assert [{'id': 'color-contrast'}] == []"
    ]
