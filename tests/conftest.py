"""Shared test set-up: one real build of the course per session, a local web server, a browser.

Builds run in this process (mkdocs.config.load_config and mkdocs.commands.build.build), as
mkdocs' own tests do; a subprocess only where the command line itself is what is tested. Every
test fails when MkDocs or a hook logs a warning the test did not expect (see `warnings`).
"""

from __future__ import annotations

import functools
import http.server
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from playwright.sync_api import Browser, FrameLocator, Locator, Page, sync_playwright

from course.chromium import ARGS, CHROMIUM

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def config_of(
    project: Path = ROOT,
    site_dir: Path | None = None,
    edition: str = "mkdocs.yml",
    **overrides: Any,
) -> MkDocsConfig:
    """A project's mkdocs.yml (or an edition's: "mkdocs.nn.yml") as MkDocs reads it, with
    overrides (site_dir, site_url, nav, ...)."""
    return load_config(
        str(project / edition), site_dir=str(site_dir) if site_dir else None, **overrides
    )


def build_site(project: Path, site_dir: Path, **overrides: Any) -> None:
    """`mkdocs build --strict` of a project folder, in this process; raises what MkDocs raises.
    A project with the Nynorsk edition gets it too, in site_dir/nn/ (as `make build`)."""
    build(config_of(project, site_dir, **overrides))
    if (project / "mkdocs.nn.yml").is_file():
        if "site_url" in overrides and overrides["site_url"]:
            overrides = {**overrides, "site_url": overrides["site_url"].rstrip("/") + "/nn/"}
        build(config_of(project, site_dir / "nn", "mkdocs.nn.yml", **overrides))


# The knowledge-check questions a module page shows in the current attempt, one for each learning
# goal (docs/assets/js/attempts.js hides the others).
SHOWN = "tip-quiz:not([hidden]) .quiz"


def drawn(where: Page | FrameLocator) -> Locator:
    """SHOWN, once attempts.js has drawn the attempt (its panel says so): before that, every
    question of the page is visible."""
    where.locator(".tip-attempt__draw").first.wait_for()
    return where.locator(SHOWN)


# An option's own words in the browser: its label without the mark quiz-verdict.js adds
# ("(riktig svar)") once it is answered. For locator.evaluate on the option's input.
OWN_TEXT = """el => { const label = el.labels[0].cloneNode(true);
    label.querySelectorAll('.tip-option-mark').forEach((m) => m.remove());
    return label.textContent.trim(); }"""


# The same for every label a locator finds, for locator.evaluate_all.
OWN_LABELS = """labels => labels.map((label) => { const own = label.cloneNode(true);
    own.querySelectorAll('.tip-option-mark').forEach((m) => m.remove());
    return own.textContent.trim(); })"""


def copy_project(dst: Path, fixture: Path | None = None, nynorsk: bool = False) -> Path:
    """The project in dst (mkdocs.yml, course.yml, hooks, overrides), with the real course's docs
    and quizzes (nynorsk: and its Nynorsk edition, which a changed Bokmål bank must then keep
    step with), or a fixture's. A fixture brings its own mkdocs.yml, which inherits the course's
    (`INHERIT: course-mkdocs.yml`) and names its pages; the course's assets join its docs."""
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, dst / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "course.yml", dst / "course.yml")
    source = fixture or ROOT
    shutil.copytree(source / "docs", dst / "docs")
    shutil.copytree(source / "quizzes", dst / "quizzes")
    if fixture is None:
        shutil.copy(ROOT / "mkdocs.yml", dst / "mkdocs.yml")
        if nynorsk:
            shutil.copy(ROOT / "mkdocs.nn.yml", dst / "mkdocs.nn.yml")
            shutil.copytree(ROOT / "nn", dst / "nn")
    else:
        shutil.copy(ROOT / "mkdocs.yml", dst / "course-mkdocs.yml")
        shutil.copy(fixture / "mkdocs.yml", dst / "mkdocs.yml")
        shutil.copytree(ROOT / "docs" / "assets", dst / "docs" / "assets")
    return dst


def _logged(records: list[logging.LogRecord]) -> list[str]:
    return [
        r.getMessage()
        for r in records
        if r.levelno >= logging.WARNING and r.name.startswith("mkdocs")
    ]


class Warnings:
    """The warnings MkDocs and the hooks logged in this test; a test that expects some takes them."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self.caplog = caplog

    def take(self) -> list[str]:
        logged = _logged(self.caplog.records)
        self.caplog.clear()
        return logged


@pytest.fixture(autouse=True)
def warnings(caplog: pytest.LogCaptureFixture) -> Iterator[Warnings]:
    """Fails every test during which MkDocs or a hook logged a warning that the test did not take."""
    caplog.set_level(logging.INFO)
    yield Warnings(caplog)
    logged = _logged(caplog.get_records("setup") + caplog.get_records("call"))
    assert logged == [], f"unexpected warnings: {logged}"


def announce(config: pytest.Config, what: str) -> None:
    """One line in pytest's output before a slow set-up, so that `make test` is never silent."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"... {what}")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """The real course, built once per test session."""
    announce(pytestconfig, "building the course once for the tests (a few seconds)")
    site = tmp_path_factory.mktemp("site")
    build_site(ROOT, site)
    return site


class Server:
    """A static web server on 127.0.0.1 and a free port; the folder it serves can change.

    With a prefix such as "/kurs/tillit/", the folder is served under that sub-path only."""

    def __init__(self, root: Path, prefix: str = "/") -> None:
        self.root = root
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(outer.root), **kwargs)

            def translate_path(self, path: str) -> str:
                if not path.startswith(prefix):
                    return str(outer.root / "outside-the-prefix" / "missing")
                return super().translate_path("/" + path[len(prefix) :])

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{prefix}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    server = Server(built_site)
    yield server.url
    server.close()


@pytest.fixture(scope="session")
def sub_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real course built for, and served under, a sub-path (/kurs/tillit/)."""
    site = tmp_path_factory.mktemp("subpath") / "site"
    server = Server(site, prefix="/kurs/tillit/")  # started first: SITE_URL needs its port
    build_site(ROOT, site, site_url=server.url)
    yield server.url
    server.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); make test does"
        )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class ErrorsPage:
    """Collects the page errors of a Playwright page, for the fixtures below."""

    def __init__(self, page: Page) -> None:
        self.errors: list[str] = []
        page.on("pageerror", lambda err: self.errors.append(str(err)))


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context (empty storage) and page; fails the test on any page error."""
    context = browser.new_context()
    page = context.new_page()
    errors = ErrorsPage(page)
    yield page
    context.close()
    assert errors.errors == [], f"JavaScript errors on the page: {errors.errors}"


DENY_STORAGE = "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});"


@pytest.fixture
def no_storage_page(browser: Browser) -> Iterator[Page]:
    """A page whose browser denies localStorage (as private browsing may); fails on page errors."""
    context = browser.new_context()
    context.add_init_script(DENY_STORAGE)
    page = context.new_page()
    errors = ErrorsPage(page)
    yield page
    context.close()
    assert errors.errors == [], f"JavaScript errors on the page: {errors.errors}"


@functools.cache
def axe_source() -> str:
    path = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does)")
    return path.read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[dict[str, object]]:
    page.add_script_tag(content=axe_source())
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5], "help": v["help"]}
        for v in result
    ]
