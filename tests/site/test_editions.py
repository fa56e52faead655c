"""The Nynorsk edition (nn/, built into site/nn/) has every page, knowledge check, reflection,
guide and Repetisjon of the Bokmål one, links each page to its twin, and shares the learner's
record: the same question and option keys in both (course/parity.py)."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import material
import pytest

from conftest import ROOT, copy_project
from course.course import load_editions
from course.editions import NYNORSK, SOURCE
from course.scorm import write_package
from tip.editions import alternates
from course.editions import twin_href

MATERIAL = Path(material.__file__).parent / "templates"
QUIZ_ID = re.compile(r'<div class="quiz"[^>]* id="(q-[a-z0-9-]+)"')
OPTION = re.compile(r'<input[^>]* value="(o[0-9a-f]{8})"')


def pages(site: Path) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if not p.relative_to(site).as_posix().startswith("nn/")
    }


def test_every_page_has_its_twin(built_site: Path) -> None:
    assert pages(built_site) == pages(built_site / "nn")
    assert len(pages(built_site)) >= 30


@pytest.mark.parametrize(
    ("src", "what"),
    [
        ("moduler/selvledelse/index.html", 'class="quiz'),
        ("moduler/selvledelse/index.html", 'class="tip-reflection"'),
        ("ledere/samtale-selvledelse/index.html", 'class="tip-phase"'),
        ("repetisjon/index.html", 'id="tip-repetition"'),
        ("index.html", 'class="card tip-module-card"'),
    ],
)
def test_both_editions_have_the_knowledge_checks_reflections_guides_and_repetisjon(
    built_site: Path, src: str, what: str
) -> None:
    nb = (built_site / src).read_text(encoding="utf-8")
    nn = (built_site / "nn" / src).read_text(encoding="utf-8")
    assert nb.count(what) == nn.count(what) > 0


def test_each_page_says_its_language_and_links_its_twin_both_ways(built_site: Path) -> None:
    for src in sorted(pages(built_site)):
        for site, lang, other in ((built_site, "nb", "nn"), (built_site / "nn", "nn", "nb")):
            html = (site / src).read_text(encoding="utf-8")
            assert f'<html lang="{lang}"' in html, src
            twin = re.search(rf'<meta name="tip-twin" content="([^"]*)" data-tip-edition="{other}">', html)
            assert twin, src
            target = (site / src).parent / twin.group(1) / "index.html"
            assert target.resolve() == ((built_site / "nn" if other == "nn" else built_site) / src).resolve()
            assert f'class="tip-edition__link" href="{twin.group(1)}" data-tip-edition="{other}"' in html


def test_no_bokmal_in_the_words_the_build_writes_into_a_nynorsk_page(built_site: Path) -> None:
    module = (built_site / "nn" / "moduler/selvledelse/index.html").read_text(encoding="utf-8")
    guide = (built_site / "nn" / "ledere/samtale-selvledelse/index.html").read_text(encoding="utf-8")
    for bokmal in ("Notat (valgfritt", "omtrent", "Spilleregler", "minutter", "Toppen av siden", "Velg ett"):
        assert bokmal not in module + guide, bokmal
    assert "Spelereglar for samtalen" in guide and "Notat (valfritt, berre for deg)" in module


def test_a_question_has_the_same_keys_in_both_editions(built_site: Path) -> None:
    for src in ("moduler/selvledelse/index.html", "moduler/partssamarbeid/index.html"):
        nb = (built_site / src).read_text(encoding="utf-8")
        nn = (built_site / "nn" / src).read_text(encoding="utf-8")
        assert QUIZ_ID.findall(nb) == QUIZ_ID.findall(nn) != []
        assert OPTION.findall(nb) == OPTION.findall(nn) != []


def test_twin_addresses() -> None:
    assert twin_href("", SOURCE) == "nn/"
    assert twin_href("moduler/selvledelse/", SOURCE) == "../../nn/moduler/selvledelse/"
    assert twin_href("", NYNORSK) == "../"
    assert twin_href("om/", NYNORSK) == "../../om/"


def _question_ids(project: Path) -> dict[str, str]:
    editions = load_editions(project)
    return {
        language: next(iter(c.banks["selvledelse"].placed(()))).dom_id
        for language, c in editions.courses.items()
    }


def _add_to_first_question(text: str, words: str) -> str:
    line = re.search(r"^    question: >-\n      .+$", text, re.M)
    assert line
    return text[: line.end()] + words + text[line.end() :]


def test_a_change_to_the_translation_alone_keeps_every_answer(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", nynorsk=True)
    before = _question_ids(project)
    bank = project / "nn/quizzes/selvledelse.yml"
    text = bank.read_text(encoding="utf-8")
    bank.write_text(_add_to_first_question(text, " (retta)"), encoding="utf-8")
    assert _question_ids(project) == before
    assert before["nb"] == before["nn"]


def test_a_change_to_the_source_starts_the_question_over_in_both_and_waits_for_translation(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "p", nynorsk=True)
    before = _question_ids(project)
    bank = project / "quizzes/selvledelse.yml"
    text = bank.read_text(encoding="utf-8")
    bank.write_text(_add_to_first_question(text, " Tenk deg om."), encoding="utf-8")
    editions = load_editions(project)
    after = _question_ids(project)
    assert after["nb"] == after["nn"] != before["nb"]
    waiting = [p for p in editions.problems if p.rule == "translation-outdated"]
    assert [(p.path, p.line, p.column, p.warning) for p in waiting] == [
        ("nn/quizzes/selvledelse.yml", 1, 9, True)
    ]


def test_a_question_missing_in_one_edition_is_a_problem_at_its_file(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", nynorsk=True)
    bank = project / "nn/quizzes/medarbeiderskap.yml"
    head, _, rest = bank.read_text(encoding="utf-8").partition("\n  - id: ")
    first, _, others = rest.partition("\n  - id: ")
    bank.write_text(f"{head}\n  - id: {others}", encoding="utf-8")  # the first question is gone
    found = [p for p in load_editions(project).problems if p.rule == "parity-missing"]
    assert [(p.path, p.warning) for p in found] == [("nn/quizzes/medarbeiderskap.yml", False)]
    assert found[0].format().startswith("nn/quizzes/medarbeiderskap.yml:")
    assert f"«{first.splitlines()[0]}»" in found[0].message


def test_without_the_nynorsk_folder_there_is_one_edition(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    assert list(load_editions(project).courses) == ["nb"]
    assert list(load_editions(ROOT).courses) == ["nb", "nn"]


def test_each_edition_is_a_scorm_package_of_its_own(built_site: Path, tmp_path: Path) -> None:
    write_package(built_site, tmp_path / "nb.zip")
    write_package(built_site / "nn", tmp_path / "nn.zip")
    with zipfile.ZipFile(tmp_path / "nb.zip") as nb, zipfile.ZipFile(tmp_path / "nn.zip") as nn:
        assert not any(name.startswith("nn/") for name in nb.namelist())
        assert "<title>Sjølvleiing</title>" in nn.read("imsmanifest.xml").decode("utf-8")
        module = nn.read("moduler/selvledelse/index.html").decode("utf-8")
        assert 'class="tip-edition"' not in module  # the other edition is not in the package
        assert 'lang="nn"' in module


def test_make_translated_records_the_source_and_the_advice_goes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", nynorsk=True)
    source = project / "docs/kursbevis.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nEin ny setning.\n", encoding="utf-8")
    waiting = [p.path for p in load_editions(project).problems if p.rule == "translation-outdated"]
    assert waiting == ["nn/docs/kursbevis.md"]
    result = subprocess.run(
        [sys.executable, "-m", "course", "--root", str(project), "translated", "nn/docs/kursbevis.md"],
        capture_output=True,
        text=True,
        cwd=project,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "nn/docs/kursbevis.md: oversetter nå docs/kursbevis.md slik den er\n"
    assert not [p for p in load_editions(project).problems if p.rule == "translation-outdated"]
    text = (project / "nn/docs/kursbevis.md").read_text(encoding="utf-8")
    assert text.count("\nsource: v") == 1  # replaced, not added twice


def test_make_translated_refuses_a_file_that_translates_nothing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "course", "--root", str(ROOT), "translated", "README.md"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "README.md: ikke en oversettelse" in result.stderr


HREFLANG = re.compile(r'<link rel="([^"]*)" hreflang="(nb|nn)" href="([^"]*)">')


def test_each_page_has_hreflang_links_to_itself_and_its_twin(built_site: Path) -> None:
    for src in sorted(pages(built_site)):
        for site, lang in ((built_site, "nb"), (built_site / "nn", "nn")):
            html = (site / src).read_text(encoding="utf-8")
            found = {language: (rel, href) for rel, language, href in HREFLANG.findall(html)}
            assert set(found) == {"nb", "nn"}, src
            for language, (rel, href) in found.items():
                assert rel.split() == ["alternate"], src  # one token, as HTML reads the list
                edition = built_site / "nn" if language == "nn" else built_site
                target = ((site / src).parent / href / "index.html").resolve()
                assert target == (edition / src).resolve(), (src, lang, language)


def test_materials_script_follows_only_an_exact_rel_alternate() -> None:
    """Material fetches sitemap.xml next to each link whose rel is exactly "alternate"; ours have a
    trailing space (hooks/course/editions.py ALTERNATE). If Material starts matching the token
    (~=), every page would ask for a sitemap.xml that is not there: this fails first."""
    bundle = next((MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    assert bundle.count('"link[rel=alternate]"') == 1
    assert "rel~=alternate" not in bundle and "relList" not in bundle


def test_hreflang_links_are_absolute_with_a_site_url() -> None:
    """Search engines want whole addresses: with a site_url the links have them."""
    page = SimpleNamespace(canonical_url="https://x.example/kurs/nn/moduler/selvledelse/")
    course = SimpleNamespace(edition=NYNORSK)
    links = alternates(page, course, "../../../moduler/selvledelse/")  # type: ignore[arg-type]
    assert links == (
        '<link rel="alternate " hreflang="nn" href="https://x.example/kurs/nn/moduler/selvledelse/">'
        '<link rel="alternate " hreflang="nb" href="https://x.example/kurs/moduler/selvledelse/">'
    )
