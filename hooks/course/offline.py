"""The course without the network: a service worker, written after the build by workbox-build.

After a learner's first visit, the worker (sw.js at the root of an edition) has a copy of every
page, script, stylesheet, image, the search index, course.json and Repetisjon's question files,
and answers from it; docs/assets/js/offline.js registers it, says on the front page when the
copy is ready, and offers a new build when one is online.

- Each edition is its own build into its own folder, so each has its own worker: site/sw.js for
  Bokmål (scope /, without nn/), site/nn/sw.js for Nynorsk (scope /nn/). The browser lets the
  worker with the longest scope answer, so each edition's pages come from its own copy.
- workbox-build's injectManifest gives every file a hash of its content. A new build with a
  changed file is a new worker, which fetches what changed while the old one keeps answering
  with the old files; the learner's click swaps the whole copy at once.
- Workbox's runtime (workbox-sw and the modules precaching needs) is copied from node_modules/
  into the built site's workbox/: nothing is fetched from elsewhere at run time.
- Switched off (course.yml `offline: false`, and in the preview), the edition gets a worker that
  removes an earlier worker's copy and itself, and the pages get no registration.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .editions import EDITIONS, Edition
from .text import say

HERE = Path(__file__).parent / "worker"
WORKER = "sw.js"
RUNTIME = "workbox/"
SCRIPT = "assets/js/offline.js"  # the registration, status and update notice
# Workbox's runtime in the browser: the loader and the modules precacheAndRoute uses.
RUNTIME_FILES = (
    "workbox-sw/build/workbox-sw.js",
    "workbox-core/build/workbox-core.prod.js",
    "workbox-routing/build/workbox-routing.prod.js",
    "workbox-strategies/build/workbox-strategies.prod.js",
    "workbox-precaching/build/workbox-precaching.prod.js",
)
PATTERNS = ("**/*.{html,json,js,css,png,svg,ico,webmanifest}",)
IGNORES = (
    "**/*.map",
    WORKER,
    RUNTIME + "**",
    # Material ships lunr for every language; the search (lang "no") loads only these two.
    "assets/javascripts/lunr/*.js",
    "assets/javascripts/lunr/min/!(lunr.stemmer.support|lunr.no).min.js",
)
# Material's, mkdocs-quiz's and the course's own scripts and stylesheets (deploy/nginx.conf).
HASHED_NAMES = r"\.[0-9a-f]{8,}(\.min)?\.(js|css)$"
MAX_FILE_BYTES = 5_000_000  # Material's search index of a large course; the largest file


class OfflineError(Exception):
    """The worker could not be written (no Node.js, no workbox-build, workbox-build failed)."""


@dataclass(frozen=True)
class Precache:
    files: int
    bytes: int  # as on disk, before compression


def ignores(edition: Edition) -> list[str]:
    """What an edition's worker leaves out: besides IGNORES, the editions built inside its folder
    (Bokmål's site/ holds nn/, which has a worker of its own)."""
    inside = [
        e.prefix + "**" for e in EDITIONS if e is not edition and e.prefix and not edition.prefix
    ]
    return [*IGNORES, *inside]


def node_modules(project: Path) -> Path:
    """The node_modules/ with workbox-build: the project's, or that of the checkout this package
    and its virtualenv come from (a copy of the project in a test has none of its own)."""
    for folder in (project, Path(__file__).resolve().parents[2], Path(sys.prefix).resolve().parent):
        if (folder / "node_modules" / "workbox-build").is_dir():
            return (folder / "node_modules").resolve()
    raise OfflineError(say("offline.no-workbox"))


def write_worker(site: Path, project: Path, edition: Edition) -> Precache:
    """The offline worker of a built edition in site/sw.js, with Workbox's runtime in site/workbox/."""
    node = shutil.which("node")
    if node is None:
        raise OfflineError(say("offline.no-node"))
    modules = node_modules(project)
    options = {
        "site": str(site),
        "source": str(HERE / WORKER),
        "worker": WORKER,
        "runtime": RUNTIME,
        "runtimeFiles": list(RUNTIME_FILES),
        "patterns": list(PATTERNS),
        "ignores": ignores(edition),
        "maxFileBytes": MAX_FILE_BYTES,
        "hashedNames": HASHED_NAMES,
    }
    result = subprocess.run(
        [node, str(HERE / "build.cjs"), json.dumps(options)],
        capture_output=True,
        text=True,
        env={**os.environ, "NODE_PATH": str(modules)},
        timeout=300,
    )
    if result.returncode != 0:
        raise OfflineError(say("offline.failed", path=site / WORKER, why=result.stderr.strip()))
    found = json.loads(result.stdout)
    return Precache(int(found["count"]), int(found["size"]))


def write_switched_off(site: Path) -> None:
    """The worker that removes an earlier build's worker and its copy (offline switched off)."""
    shutil.copyfile(HERE / "switched-off.js", site / WORKER)


def is_worker_file(name: str) -> bool:
    """A file of the offline worker, by its path in an edition's site (left out of the packages)."""
    return name == WORKER or name.startswith(RUNTIME)


_REGISTRATION = re.compile(r'<script src="[^"]*assets/js/offline\.[0-9a-f]{10}\.js"></script>\n?')


def without_registration(page: str) -> str:
    """A built page without the script that registers the worker (a SCORM package: the LMS owns
    the page)."""
    return _REGISTRATION.sub("", page)
