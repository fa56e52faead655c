"""The built site as a SCORM 1.2 package: a manifest with one item per module, and the site's files.

An LMS opens a module as `moduler/<id>/index.html` and may not serve a folder's index.html for
a link that ends in `/`, so links in the package's pages and search index name index.html.
The learner's progress is reported by docs/assets/js/scorm.js, which does nothing outside an LMS.
The offline worker (course/offline.py) stays out: the LMS owns the page, and its addresses.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from .editions import ALTERNATES, NYNORSK
from .htmledit import Edits, elements
from .offline import is_worker_file, without_registration

MANIFEST = "imsmanifest.xml"
NS = {
    "": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA_LOCATION = (
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
    "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"
)
SITE_RESOURCE = "site"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the same package bytes for the same site


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    url: str  # relative to the site root, a folder: "moduler/selvledelse/"
    description: str = ""

    @property
    def launch(self) -> str:
        """The page the LMS opens, as a URL (percent-encoded, like every href in the manifest)."""
        return index_url(self.url)


def read_course(site: Path) -> tuple[str, int, list[Module]]:
    """The course title, its pass mark (percent) and its modules from the built site's course.json."""
    path = site / "course.json"
    if not path.is_file():
        raise ValueError(f"{path} is missing: build the site first (make build)")
    data = json.loads(path.read_text(encoding="utf-8"))
    modules = [
        Module(str(m["id"]), str(m["title"]), str(m["url"]), str(m.get("description") or ""))
        for m in data["modules"]
    ]
    for m in modules:
        if not (site / unquote(m.launch)).is_file():
            raise ValueError(f"module '{m.id}': {m.launch} is not in {site}")
    return str(data["title"]), int(data["pass_mark"]), modules


def site_files(site: Path, manifest: str = MANIFEST) -> list[str]:
    """Every file of the built site, relative to it, in a stable order; without the package's
    manifest, the other edition's folder (nn/: each edition is a package of its own) and the
    offline worker."""
    return sorted(
        name
        for name in (p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
        if name != manifest and not name.startswith(NYNORSK.prefix) and not is_worker_file(name)
    )


def index_url(url: str) -> str:
    """A relative link to a folder as a link to its index.html; any other link as it is."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return url
    path = parts.path
    if path.endswith("/"):
        path += "index.html"
    elif path.rsplit("/", 1)[-1] in (".", ".."):
        path += "/index.html"
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def index_links(html: str) -> str:
    """The page with every link to a folder naming its index.html."""
    edits = Edits(html)
    for element in elements(html):
        if element.get("href") is not None:
            edits.set_attrs(
                element, [(k, index_url(v) if k == "href" and v else v) for k, v in element.attrs]
            )
    return edits.apply()


def index_search(search_index: str) -> str:
    """Material's search index with each result's location naming index.html."""
    data = json.loads(search_index)
    for doc in data.get("docs", []):
        path, hash_, fragment = doc["location"].partition("#")
        doc["location"] = (index_url(path) if path else "index.html") + hash_ + fragment
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def identifier(kind: str, text: str) -> str:
    """An XML ID (a-z, digits, hyphens, starting with a letter) from a title or a module id."""
    return kind + "-" + (re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x")


def manifest_xml(title: str, pass_mark: int, modules: list[Module], files: list[str]) -> str:
    """The package's imsmanifest.xml. Each module declares the course's pass mark as its mastery
    score, so that an LMS that decides passed or failed itself agrees with the course."""
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    cp, adlcp, xsi = (f"{{{NS[k]}}}" for k in ("", "adlcp", "xsi"))
    root = ET.Element(
        cp + "manifest",
        {
            "identifier": identifier("course", title),
            "version": "1.0",
            xsi + "schemaLocation": SCHEMA_LOCATION,
        },
    )
    metadata = ET.SubElement(root, cp + "metadata")
    ET.SubElement(metadata, cp + "schema").text = "ADL SCORM"
    ET.SubElement(metadata, cp + "schemaversion").text = "1.2"
    organizations = ET.SubElement(root, cp + "organizations", default="org")
    organization = ET.SubElement(organizations, cp + "organization", identifier="org")
    ET.SubElement(organization, cp + "title").text = title
    resources = ET.SubElement(root, cp + "resources")
    for m in modules:
        item = ET.SubElement(
            organization,
            cp + "item",
            identifier=identifier("item", m.id),
            identifierref=identifier("sco", m.id),
            isvisible="true",
        )
        ET.SubElement(item, cp + "title").text = m.title
        ET.SubElement(item, adlcp + "masteryscore").text = str(pass_mark)
        resource = ET.SubElement(
            resources,
            cp + "resource",
            {
                "identifier": identifier("sco", m.id),
                "type": "webcontent",
                adlcp + "scormtype": "sco",
                "href": m.launch,
            },
        )
        ET.SubElement(resource, cp + "file", href=m.launch)
        ET.SubElement(resource, cp + "dependency", identifierref=SITE_RESOURCE)
    site = ET.SubElement(
        resources,
        cp + "resource",
        {"identifier": SITE_RESOURCE, "type": "webcontent", adlcp + "scormtype": "asset"},
    )
    for name in files:
        ET.SubElement(site, cp + "file", href=quote(name))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# The link to the page in the other edition (hooks/editions.py), which a package does not hold.
EDITION_SWITCH = re.compile(r'<p class="tip-edition">.*?</p>', re.S)


def package_bytes(site: Path, name: str) -> bytes:
    """A site file as it goes into the package: pages and search index with index.html links,
    pages without the offline worker's registration."""
    data = (site / name).read_bytes()
    if name.endswith(".html"):
        page = EDITION_SWITCH.sub("", data.decode("utf-8"))  # the other edition is not in it
        page = ALTERNATES.sub("", page)
        page = without_registration(page)
        return index_links(page).encode("utf-8")
    if name == "search/search_index.json":
        return index_search(data.decode("utf-8")).encode("utf-8")
    return data


def write_zip(out: Path, entries: list[tuple[str, bytes]]) -> None:
    """A package: the files in this order, with fixed times (the same bytes for the same site)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.external_attr = 0o644 << 16  # readable files when unpacked
            zf.writestr(info, data, zipfile.ZIP_DEFLATED)


def write_package(site: Path, out: Path) -> tuple[int, int]:
    """Write the SCORM 1.2 zip of a built site; returns (modules, files)."""
    title, pass_mark, modules = read_course(site)
    files = site_files(site)
    entries = [(MANIFEST, manifest_xml(title, pass_mark, modules, files).encode("utf-8"))]
    write_zip(out, entries + [(name, package_bytes(site, name)) for name in files])
    return len(modules), len(files)
