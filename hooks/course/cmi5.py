"""The built site as a cmi5 course package: cmi5.xml with one AU per module, and the site's files.

An LMS that speaks cmi5 launches a module's page with the launch parameters in its address
(endpoint, fetch, actor, registration, activityId); docs/assets/js/cmi5.js then reports to the
LMS's learning record store (LRS) with @xapi/cmi5, which `make cmi5` bundles with esbuild into one
file that only this package holds. The package's module pages are the only pages that name
cmi5.js, and cmi5.js loads the library only when the page was launched with those parameters.

The site's files go in as in the SCORM package (course/scorm.py): links to folders name
index.html, and the link to the other edition is left out.
"""

from __future__ import annotations

import html
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

from .assets import hashed_asset
from .scorm import Module, package_bytes, read_course, site_files, write_zip

STRUCTURE = "cmi5.xml"
NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
RUNTIME = "assets/js/cmi5"  # the course's own runtime: assets/js/cmi5.<hash>.js in the built site
LIBRARY = "xapi-cmi5.js"  # @xapi/cmi5, bundled (make cmi5), as assets/js/xapi-cmi5.<hash>.js
MOVE_ON = "CompletedAndPassed"  # a module counts when its check is passed and all of it is done
LANGUAGES = {"nb": "nb-NO", "nn": "nn-NO"}
_META = re.compile(r'<meta name="description" content="([^"]*)"')
_LANG = re.compile(r'<html lang="([a-z]{2})"')


def au_id(iri: str, module: Module) -> str:
    """A module's activity id: the course's IRI and the module's id."""
    return f"{iri.rstrip('/')}/{module.id}"


def mastery_score(pass_mark: int) -> str:
    """The course's pass mark (percent) as cmi5's masteryScore, a decimal from 0 to 1."""
    return f"{pass_mark / 100:.4f}".rstrip("0").rstrip(".")


def structure_xml(
    title: str, description: str, language: str, pass_mark: int, modules: list[Module], iri: str
) -> str:
    """The package's cmi5.xml: the course, and one AU per module in the course's order, each
    launched at its page, with the pass mark as its masteryScore and moveOn CompletedAndPassed
    (a module is done, as on the site, when its check is passed and its reflections ticked)."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}courseStructure")
    course = ET.SubElement(root, f"{{{NS}}}course", id=iri.rstrip("/"))
    _text(course, "title", title, language)
    _text(course, "description", description or title, language)
    for m in modules:
        au = ET.SubElement(
            root,
            f"{{{NS}}}au",
            {
                "id": au_id(iri, m),
                "moveOn": MOVE_ON,
                "masteryScore": mastery_score(pass_mark),
                "launchMethod": "AnyWindow",
            },
        )
        _text(au, "title", m.title, language)
        _text(au, "description", m.description or m.title, language)
        ET.SubElement(au, f"{{{NS}}}url").text = m.launch
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _text(parent: ET.Element, name: str, text: str, language: str) -> None:
    element = ET.SubElement(parent, f"{{{NS}}}{name}")
    ET.SubElement(element, f"{{{NS}}}langstring", lang=language).text = text


def front_page(site: Path) -> tuple[str, str]:
    """The site's description and its language (as cmi5 names it: nb-NO or nn-NO)."""
    page = (site / "index.html").read_text(encoding="utf-8")
    description = _META.search(page)
    lang = _LANG.search(page)
    return (
        html.unescape(description.group(1)) if description else "",
        LANGUAGES.get(lang.group(1) if lang else "", "nb-NO"),
    )


def runtime_file(site: Path) -> str:
    """The course's cmi5 runtime in the built site (its name carries its hash)."""
    found = sorted(p.relative_to(site).as_posix() for p in site.glob(RUNTIME + ".*.js"))
    if len(found) != 1:
        raise ValueError(f"{site} has no single {RUNTIME}.<hash>.js: build the site first")
    return found[0]


def with_runtime(page: str, depth: int, runtime: str, library: str) -> str:
    """A module page that loads the cmi5 runtime last, after the course's other scripts; the
    runtime loads the library (data-tip-library) only in a cmi5 launch, and keeps its queue under
    the storage key "cmi5" (course/storage.py)."""
    up = "../" * depth
    tag = f'<script src="{up}{runtime}" data-tip-library="{up}{library}"></script>\n'
    at = page.rfind("</body>")
    if at < 0:
        raise ValueError("a module page without </body>")
    return page[:at] + tag + page[at:]


# @xapi/cmi5's own ES module build, bundled into one classic script that sets tip.xapiCmi5 (its
# exports: .default is the Cmi5 class); esbuild is an npm devDependency, like the library.
ESBUILD = "node_modules/.bin/esbuild"
ENTRY = "node_modules/@xapi/cmi5/dist/Cmi5.esm.js"


def bundle_library(root: Path, out: Path) -> None:
    """Bundle @xapi/cmi5 with esbuild into out (at build time: the package fetches no code)."""
    for needed in (ESBUILD, ENTRY):
        if not (root / needed).is_file():
            raise ValueError(f"{root / needed} is missing: run `npm ci` (make cmi5 does)")
    command = [
        str(root / ESBUILD),
        str(root / ENTRY),
        "--bundle",
        "--minify",
        "--format=iife",
        "--global-name=tip.xapiCmi5",
        "--target=es2020",
        "--log-level=warning",
        f"--outfile={out}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        raise ValueError(f"esbuild failed: {result.stderr.strip()}")


def write_package(site: Path, out: Path, library: Path, iri: str) -> tuple[int, int]:
    """Write the cmi5 zip of a built site, with the bundled @xapi/cmi5 (library); returns
    (modules, files)."""
    title, pass_mark, modules = read_course(site)
    if not library.is_file():
        raise ValueError(f"{library} is missing: make cmi5 bundles it with esbuild")
    description, language = front_page(site)
    runtime = runtime_file(site)
    bundled = hashed_asset("assets/js", LIBRARY, library.read_text(encoding="utf-8"))
    files = site_files(site, STRUCTURE)
    launches = {unquote(m.launch) for m in modules}
    entries = [
        (
            STRUCTURE,
            structure_xml(title, description, language, pass_mark, modules, iri).encode("utf-8"),
        )
    ]
    for name in files:
        data = package_bytes(site, name)
        if name in launches:
            page = with_runtime(data.decode("utf-8"), name.count("/"), runtime, bundled.path)
            data = page.encode("utf-8")
        entries.append((name, data))
    entries.append((bundled.path, bundled.content.encode("utf-8")))
    write_zip(out, entries)
    return len(modules), len(files) + 1
