"""The offline worker of the real build (hooks/tip/offline.py, hooks/course/offline.py): each edition
has its own, over every file a learner reads, with Workbox's runtime from the site itself.
tests/browser/test_offline.py reads the course offline in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

from course import offline

from conftest import ROOT, build_site, copy_project


def precached(worker: Path) -> set[str]:
    found = re.search(r"precacheAndRoute\((\[.*?\]), \{", worker.read_text(encoding="utf-8"), re.S)
    assert found, f"no list of files in {worker}"
    entries = json.loads(found.group(1))
    for entry in entries:  # a hash for each file, in its name or as its revision
        assert re.search(offline.HASHED_NAMES, entry["url"]) or len(entry["revision"]) == 32, entry
    return {e["url"] for e in entries}


def test_each_edition_keeps_every_page_and_the_files_its_pages_fetch(built_site: Path) -> None:
    for edition in (built_site, built_site / "nn"):
        urls = precached(edition / offline.WORKER)
        pages = {p.relative_to(edition).as_posix() for p in edition.rglob("*.html")}
        pages -= {p for p in pages if p.startswith("nn/")}
        assert pages <= urls
        questions = {p for p in urls if p.startswith("repetisjon/sporsmal/")}
        assert len(questions) == len(list((edition / "repetisjon" / "sporsmal").glob("*.json"))) > 0
        assert {"course.json", "search/search_index.json"} <= urls
        assert "assets/javascripts/lunr/min/lunr.no.min.js" in urls
        assert not [u for u in urls if u.startswith("nn/") or u.endswith(".map")]
        assert not [u for u in urls if "lunr/min/lunr.de" in u]  # Material's other languages
        assert sorted(p.name for p in (edition / "workbox").iterdir()) == sorted(
            Path(f).name for f in offline.RUNTIME_FILES
        )


def test_every_page_registers_the_worker(built_site: Path) -> None:
    script = re.compile(r'<script src="[./]*assets/js/offline\.[0-9a-f]{10}\.js"></script>')
    for page in built_site.rglob("*.html"):
        assert script.search(page.read_text(encoding="utf-8")), page


def test_switched_off_the_pages_register_nothing_and_the_worker_removes_itself(
    tmp_path: Path,
) -> None:
    """`offline: false` (an intranet that forbids service workers): a learner's browser that kept
    a worker from an earlier build gets the one that removes its copy and itself."""
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    settings = project / "course.yml"
    text = settings.read_text(encoding="utf-8")
    assert "\noffline: true\n" in text
    settings.write_text(text.replace("\noffline: true\n", "\noffline: false\n"), encoding="utf-8")
    build_site(project, tmp_path / "site")
    worker = (tmp_path / "site" / offline.WORKER).read_text(encoding="utf-8")
    assert "unregister()" in worker and "precache" not in worker
    assert not (tmp_path / "site" / "workbox").exists()
    pages = list((tmp_path / "site").rglob("*.html"))
    assert pages and not [p for p in pages if "assets/js/offline." in p.read_text(encoding="utf-8")]
