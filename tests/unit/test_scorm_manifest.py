"""The SCORM 1.2 package: a well-formed manifest, one item per module, every file listed and present."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from course.scorm import index_links, index_search, index_url, write_package

NS = {
    "cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
}
SCORMTYPE = f"{{{NS['adlcp']}}}scormtype"


def check_package(zip_path: Path) -> tuple[ET.Element, zipfile.ZipFile]:
    """Open the package and check its manifest as an LMS reads it; return the manifest and the zip."""
    zf = zipfile.ZipFile(zip_path)
    names = set(zf.namelist())
    assert "imsmanifest.xml" in names
    manifest = ET.fromstring(zf.read("imsmanifest.xml"))  # raises on XML that is not well-formed
    assert manifest.tag == f"{{{NS['cp']}}}manifest"
    assert manifest.findtext("cp:metadata/cp:schema", namespaces=NS) == "ADL SCORM"
    assert manifest.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    ids = [el.get("identifier") for el in manifest.iter() if el.get("identifier")]
    assert len(ids) == len(set(ids)), "identifiers must be unique"
    resources = {r.get("identifier"): r for r in manifest.iterfind("cp:resources/cp:resource", NS)}
    referenced = [unquote(f.get("href", "")) for f in manifest.iter(f"{{{NS['cp']}}}file")]
    referenced += [unquote(r.get("href", "")) for r in resources.values() if r.get("href")]
    assert sorted(set(referenced) - names) == [], "the manifest names files the zip does not have"
    assert sorted(names - {"imsmanifest.xml"} - set(referenced)) == [], (
        "the zip has files the manifest does not list"
    )
    for dependency in manifest.iter(f"{{{NS['cp']}}}dependency"):
        assert dependency.get("identifierref") in resources
    organization = manifest.find("cp:organizations/cp:organization", NS)
    assert organization is not None
    assert manifest.find("cp:organizations", NS).get("default") == organization.get("identifier")  # type: ignore[union-attr]
    for item in organization.iterfind("cp:item", NS):
        sco = resources[item.get("identifierref")]
        assert sco.get(SCORMTYPE) == "sco"
        assert item.findtext("cp:title", namespaces=NS)
        # SCORM 1.2: masteryscore comes after the title, as in the schema's sequence
        assert [child.tag.split("}")[1] for child in item] == ["title", "masteryscore"]
    return manifest, zf


def mastery_scores(manifest: ET.Element) -> set[str]:
    items = manifest.iterfind("cp:organizations/cp:organization/cp:item", NS)
    return {i.findtext("adlcp:masteryscore", namespaces=NS) or "" for i in items}


def launches(manifest: ET.Element) -> dict[str, str]:
    """Item title -> the page the LMS opens for it."""
    resources = {r.get("identifier"): r for r in manifest.iterfind("cp:resources/cp:resource", NS)}
    items = manifest.iterfind("cp:organizations/cp:organization/cp:item", NS)
    return {
        i.findtext("cp:title", namespaces=NS) or "": resources[i.get("identifierref")].get(
            "href", ""
        )
        for i in items
    }


def small_site(site: Path) -> Path:
    pages = {
        "index.html": '<a href=".">Start</a> <a href="moduler/a/">A</a> <a href="moduler/b%20c/#mål">B</a>',
        "moduler/a/index.html": '<a href="../..">Start</a><a href="../b%20c/">B</a><a href="#x">x</a><a href="https://example.no/">ut</a>',
        "moduler/b c/index.html": '<link href="../../assets/site.css" rel="stylesheet"><a href="./">her</a>',
        "assets/site.css": "body{}",
        "search/search_index.json": json.dumps(
            {
                "config": {},
                "docs": [
                    {"location": "", "title": "Start"},
                    {"location": "#om", "title": "Om"},
                    {"location": "moduler/a/#del", "title": "Del"},
                ],
            }
        ),
    }
    course = {
        "title": "Et lite kurs",
        "pass_mark": 80,
        "modules": [
            {"id": "a", "title": "Modul A", "url": "moduler/a/"},
            {"id": "b-c", "title": "Modul «B & C»", "url": "moduler/b%20c/"},
        ],
    }
    pages["course.json"] = json.dumps(course)
    for name, text in pages.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    return site


def test_links_to_folders_name_their_index_html() -> None:
    cases = {
        "moduler/a/": "moduler/a/index.html",
        "../b/#mål": "../b/index.html#mål",
        "../..": "../../index.html",
        ".": "./index.html",
        "./": "./index.html",
        "#x": "#x",
        "../../assets/site.css": "../../assets/site.css",
        "https://example.no/": "https://example.no/",
        "/absolutt/": "/absolutt/",
        "mailto:a@b.no": "mailto:a@b.no",
    }
    assert {url: index_url(url) for url in cases} == cases
    assert (
        index_links('<a class="x" href="../a/">A</a><a data-href="../b/">')
        == '<a class="x" href="../a/index.html">A</a><a data-href="../b/">'
    )


def test_search_results_point_at_index_html() -> None:
    data = {
        "config": {"lang": ["no"]},
        "docs": [
            {"location": ""},
            {"location": "#om"},
            {"location": "moduler/a/"},
            {"location": "moduler/a/#del"},
        ],
    }
    got = json.loads(index_search(json.dumps(data)))
    assert [d["location"] for d in got["docs"]] == [
        "index.html",
        "index.html#om",
        "moduler/a/index.html",
        "moduler/a/index.html#del",
    ]
    assert got["config"] == data["config"]


def test_package_of_a_small_site(tmp_path: Path) -> None:
    site = small_site(tmp_path / "site")
    assert write_package(site, tmp_path / "out" / "pakke.zip") == (2, 6)
    manifest, zf = check_package(tmp_path / "out" / "pakke.zip")
    assert launches(manifest) == {
        "Modul A": "moduler/a/index.html",
        "Modul «B & C»": "moduler/b%20c/index.html",
    }
    assert (
        manifest.findtext("cp:organizations/cp:organization/cp:title", namespaces=NS)
        == "Et lite kurs"
    )
    assert zf.read("moduler/a/index.html").decode() == (
        '<a href="../../index.html">Start</a><a href="../b%20c/index.html">B</a><a href="#x">x</a><a href="https://example.no/">ut</a>'
    )
    assert zf.read("assets/site.css") == b"body{}"
    first = (tmp_path / "out" / "pakke.zip").read_bytes()
    write_package(site, tmp_path / "out" / "pakke.zip")
    assert (
        tmp_path / "out" / "pakke.zip"
    ).read_bytes() == first  # the same site gives the same bytes


def test_package_command_explains_a_missing_build(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "course", "scorm", str(tmp_path), "--out", str(tmp_path / "p.zip")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert (
        result.stderr
        == f"scorm: {tmp_path / 'course.json'} is missing: build the site first (make build)\n"
    )
    assert not (tmp_path / "p.zip").exists()


def test_package_refuses_a_module_whose_page_is_missing(tmp_path: Path) -> None:
    site = small_site(tmp_path / "site")
    (site / "moduler" / "a" / "index.html").unlink()
    with pytest.raises(ValueError, match=r"module 'a': moduler/a/index.html is not in "):
        write_package(site, tmp_path / "p.zip")


def test_package_of_the_real_course(built_site: Path, tmp_path: Path) -> None:
    write_package(built_site, tmp_path / "kurs.zip")
    manifest, zf = check_package(tmp_path / "kurs.zip")
    modules = json.loads((built_site / "course.json").read_text(encoding="utf-8"))["modules"]
    assert launches(manifest) == {m["title"]: m["url"] + "index.html" for m in modules}
    assert len(modules) == 8
    pass_mark = json.loads((built_site / "course.json").read_text(encoding="utf-8"))["pass_mark"]
    assert mastery_scores(manifest) == {str(pass_mark)} == {"80"}  # course.yml
    page = zf.read("moduler/selvledelse/index.html").decode("utf-8")
    assert (
        'href="../medarbeiderskap/index.html"' in page and 'href="../medarbeiderskap/"' not in page
    )
    assert re.search(r'<script src="[./]*assets/js/scorm\.[0-9a-f]{10}\.js">', page)
    # The LMS owns the page: no offline worker, and no page registers one (course/offline.py).
    assert (built_site / "sw.js").is_file() and "offline." in (
        built_site / "moduler/selvledelse/index.html"
    ).read_text(encoding="utf-8")
    assert not [n for n in zf.namelist() if n == "sw.js" or n.startswith("workbox/")]
    assert "assets/js/offline." not in page
    assert "hreflang" not in page and "hreflang" in (
        built_site / "moduler/selvledelse/index.html"
    ).read_text(encoding="utf-8")  # the other edition is not in the package
