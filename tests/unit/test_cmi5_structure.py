"""The cmi5 package: cmi5.xml valid against the cmi5 CourseStructure XSD, one AU per module, and
the runtime only on the module pages; the cmi5_iri setting in course.yml."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema

from course.cmi5 import NS, au_id, mastery_score, structure_xml, with_runtime
from course.scorm import Module
from course.settings import Settings, load_settings

from conftest import ROOT, course_settings

SCHEMA = ROOT / "tests" / "fixtures" / "cmi5" / "CourseStructure.xsd"
C = {"c": NS}


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(SCHEMA)


def test_the_schema_rejects_what_an_lms_would_reject(schema: xmlschema.XMLSchema) -> None:
    """The schema has teeth: an AU without its url, and a wrong moveOn, are invalid."""
    good = structure_xml(
        "Kurs", "Om kurset", "nb-NO", 80, [Module("a", "A", "moduler/a/")], "https://x.example/k"
    )
    schema.validate(good)
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(good.replace('moveOn="CompletedAndPassed"', 'moveOn="Done"'))
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(good.replace("<url>moduler/a/index.html</url>", ""))
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(good.replace('masteryScore="0.8"', 'masteryScore="80"'))


def test_mastery_score_is_the_pass_mark_as_a_fraction() -> None:
    assert [mastery_score(p) for p in (80, 100, 1, 67)] == ["0.8", "1", "0.01", "0.67"]


def test_the_package_of_the_real_course(
    cmi5_package: Path, built_site: Path, schema: xmlschema.XMLSchema
) -> None:
    zf = zipfile.ZipFile(cmi5_package)
    names = set(zf.namelist())
    structure = zf.read("cmi5.xml").decode("utf-8")
    schema.validate(structure)  # raises on anything the XSD does not allow
    course = json.loads((built_site / "course.json").read_text(encoding="utf-8"))
    iri = course_settings().cmi5_iri
    root = ET.fromstring(structure)
    assert root.find("c:course", C).get("id") == iri  # type: ignore[union-attr]
    aus = root.findall("c:au", C)
    assert [au.get("id") for au in aus] == [f"{iri}/{m['id']}" for m in course["modules"]]
    assert {au.get("moveOn") for au in aus} == {"CompletedAndPassed"}
    assert {au.get("masteryScore") for au in aus} == {str(course["pass_mark"] / 100)}
    for au, module in zip(aus, course["modules"]):
        url = au.findtext("c:url", namespaces=C)
        assert url == module["url"] + "index.html" and url in names  # relative, in the zip
        assert au.findtext("c:title/c:langstring", namespaces=C) == module["title"]
        assert au.find("c:title/c:langstring", C).get("lang") == "nb-NO"  # type: ignore[union-attr]
    # the runtime: the library bundled once, and the runtime named by every module page only
    library = [n for n in names if n.startswith("assets/js/xapi-cmi5.")]
    runtime = [n for n in names if n.startswith("assets/js/cmi5.")]
    assert len(library) == 1 and len(runtime) == 1
    assert (
        "new Function" not in zf.read(library[0]).decode()
        and "eval(" not in zf.read(library[0]).decode()
    )  # the LMS's CSP may forbid both
    pages = [n for n in names if n.endswith(".html")]
    naming = {n for n in pages if runtime[0] in zf.read(n).decode("utf-8")}
    assert naming == {m["url"] + "index.html" for m in course["modules"]}
    loads = re.compile(r'<script[^>]* src="[^"]*xapi-cmi5')
    assert not any(loads.search(zf.read(n).decode("utf-8")) for n in pages)  # loaded on demand
    assert not (built_site / library[0]).exists()  # the site itself never has the library
    site_pages = [p.read_text(encoding="utf-8") for p in built_site.rglob("*.html")]
    assert not any("assets/js/cmi5." in page for page in site_pages)  # nor loads the runtime
    # The LMS owns the page: no offline worker, and no page registers one (course/offline.py).
    assert (built_site / "sw.js").is_file()
    assert not [n for n in names if n == "sw.js" or n.startswith("workbox/")]
    assert not any("assets/js/offline." in zf.read(n).decode("utf-8") for n in pages)


def test_the_runtime_goes_last_and_its_paths_are_relative() -> None:
    page = "<html><body><main></main><script src='x.js'></script></body></html>"
    out = with_runtime(page, 2, "assets/js/cmi5.1.js", "assets/js/xapi-cmi5.2.js")
    assert out.endswith(
        '<script src="../../assets/js/cmi5.1.js" data-tip-library="../../assets/js/xapi-cmi5.2.js"'
        "></script>\n</body></html>"
    )
    with pytest.raises(ValueError):
        with_runtime("<p>no body</p>", 0, "a.js", "b.js")


def test_au_ids_join_the_iri_and_the_module() -> None:
    assert au_id("https://x.example/kurs/", Module("selvledelse", "S", "m/")) == (
        "https://x.example/kurs/selvledelse"
    )


@pytest.mark.parametrize(
    ("value", "column"),
    [("kurs/tillit", 11), ("https://x.example/k?a=1", 11), ("[1, 2]", 11), ("ftp://x.example", 11)],
)
def test_a_bad_cmi5_iri_is_a_problem_with_its_place(
    tmp_path: Path, value: str, column: int
) -> None:
    path = tmp_path / "course.yml"
    path.write_text(f"pass_mark: 80\ncmi5_iri: {value}\n", encoding="utf-8")
    settings, problems = load_settings(path, "course.yml")
    assert [(p.rule, p.line, p.column) for p in problems] == [("settings-cmi5-iri", 2, column)]
    assert problems[0].format().startswith("course.yml:2:11: ")
    assert settings.cmi5_iri == Settings.cmi5_iri  # the default stands in


def test_a_good_cmi5_iri_is_kept_without_a_trailing_slash(tmp_path: Path) -> None:
    path = tmp_path / "course.yml"
    path.write_text("cmi5_iri: https://kurs.virksomhet.no/tillit/\n", encoding="utf-8")
    settings, problems = load_settings(path, "course.yml")
    assert problems == [] and settings.cmi5_iri == "https://kurs.virksomhet.no/tillit"
