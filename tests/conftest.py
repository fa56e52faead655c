"""Shared test set-up: one real build of the course per session, a local web server, a browser."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
CHROMIUM = "/usr/bin/chromium"


def build(project: Path, site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of a project folder, as `make build` runs it."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )


def copy_project(dst: Path, fixture: Path | None = None) -> Path:
    """The project's machinery in dst; its docs and quizzes from the real course or a fixture."""
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, dst / name, ignore=shutil.ignore_patterns("__pycache__"))
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if fixture is None:
        shutil.copytree(ROOT / "docs", dst / "docs")
        shutil.copytree(ROOT / "quizzes", dst / "quizzes")
    else:
        shutil.copytree(fixture / "docs", dst / "docs")
        shutil.copytree(fixture / "quizzes", dst / "quizzes")
        shutil.copytree(ROOT / "docs" / "assets", dst / "docs" / "assets")
        config = config.split("\nnav:")[0] + "\n"  # the fixture has its own pages
    (dst / "mkdocs.yml").write_text(config, encoding="utf-8")
    return dst


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real course, built once per test session."""
    site = tmp_path_factory.mktemp("site")
    result = build(ROOT, site)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site


class Server:
    """A static web server on 127.0.0.1 and a free port; the folder it serves can change.

    With a prefix such as "/kurs/tillit/", the folder is served under that sub-path only."""

    def __init__(self, root: Path, prefix: str = "/") -> None:
        self.root = root
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(outer.root), **kwargs)  # type: ignore[arg-type]

            def translate_path(self, path: str) -> str:
                if not path.startswith(prefix):
                    return str(outer.root / "outside-the-prefix" / "missing")
                return super().translate_path("/" + path[len(prefix):])

            def log_message(self, *args: object) -> None:
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
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser context (empty storage) and page; fails the test on any page error."""
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.errors = errors
    yield page
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


DENY_STORAGE = "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});"


@pytest.fixture
def no_storage_page(browser: object) -> Iterator[object]:
    """A page whose browser denies localStorage (as private browsing may); fails on page errors."""
    context = browser.new_context()  # type: ignore[attr-defined]
    context.add_init_script(DENY_STORAGE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    yield page
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


@functools.cache
def axe_source() -> str:
    path = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does)")
    return path.read_text(encoding="utf-8")


def axe_violations(page: object) -> list[dict[str, object]]:
    page.add_script_tag(content=axe_source())  # type: ignore[attr-defined]
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")  # type: ignore[attr-defined]
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5], "help": v["help"]} for v in result]
