"""The hosting set-up of docs/om/drift.md, for real: `make dist` makes the zip and the nginx
settings beside it, Debian's nginx serves the zip's files with them on 127.0.0.1, and the
headers, the caching, the compression and the Content-Security-Policy are checked; in Chromium,
every page loads under that policy without a single violation, and search, quizzes, reflections
and the assignment builder work."""

from __future__ import annotations

import datetime
import gzip
import re
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from deploy import csp
from deploy.nginx import NGINX_CONF, main_config, nginx

from conftest import ROOT, drawn

MODULE = "moduler/psykologisk-trygghet/"
# Collects Content-Security-Policy violations (and the browser's console errors) in the page.
VIOLATIONS = """window.tipViolations = [];
document.addEventListener("securitypolicyviolation", e => window.tipViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + e.sourceFile + ":" + e.lineNumber));"""


@pytest.fixture(scope="module")
def dist_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The zip of `make dist`, made into a temporary folder; its nginx settings lie beside it."""
    out = tmp_path_factory.mktemp("dist") / "tillit-i-praksis.zip"
    result = subprocess.run(
        ["make", "-s", "dist", f"DIST_ZIP={out}"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # ... and says plainly that the course needs a web server (docs/om/drift.md)
    assert "Kurset må ligge på en nettserver" in result.stdout
    return out


@pytest.fixture(scope="module")
def nginx_url(dist_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Debian's nginx serving the unzipped course with the settings from `make dist`."""
    site = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(dist_zip) as z:
        z.extractall(site)
    try:
        with nginx(site, dist_zip.with_name("tillit-i-praksis-nginx.conf")) as url:
            yield url
    except RuntimeError as problem:  # nginx missing or the settings rejected
        pytest.fail(str(problem))


def fetch(url: str, gzip_ok: bool = False) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request) as response:
            return (
                response.status,
                {k.lower(): v for k, v in response.headers.items()},
                response.read(),
            )
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def test_dist_zip_holds_the_whole_site_at_its_root(dist_zip: Path) -> None:
    names = set(zipfile.ZipFile(dist_zip).namelist())
    assert {
        "index.html",
        "404.html",
        "search/search_index.json",
        MODULE + "index.html",
        "course.json",
    } <= names
    assert any(re.fullmatch(r"assets/css/course\.[0-9a-f]{10}\.css", n) for n in names)
    assert any(re.fullmatch(r"assets/js/store\.[0-9a-f]{10}\.js", n) for n in names)
    assert any(n.startswith("assets/javascripts/bundle.") for n in names)
    assert any(n.startswith("assets/stylesheets/main.") for n in names)
    assert not any(n.startswith(("site/", "/")) for n in names)


def test_opened_from_a_folder_the_front_page_says_it_needs_a_web_server(
    dist_zip: Path, tmp_path: Path, browser: Browser, nginx_url: str
) -> None:
    """An intranet admin who unzips the course and opens index.html from the folder is told
    what to do; served by a web server, the notice stays hidden. (From a folder, Material's
    search fails to load its index with an error of its own: this page is not the errors' test.)"""
    with zipfile.ZipFile(dist_zip) as z:
        z.extractall(tmp_path / "folder")
    page = browser.new_page()
    page.goto((tmp_path / "folder" / "index.html").as_uri())
    notice = page.locator(".tip-file-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Kurset trenger en nettserver")
    assert notice.get_by_role("link", name="Drift på egen server").get_attribute("href")
    page.goto(nginx_url)
    expect(page.locator(".tip-file-notice")).to_be_hidden()
    page.close()


def test_gixy_finds_nothing_in_the_settings_make_dist_writes(
    dist_zip: Path, tmp_path: Path
) -> None:
    """gixy (gixy-ng) reads the whole configuration the hosting test runs nginx with."""
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        main_config(tmp_path, 8080, tmp_path, dist_zip.with_name("tillit-i-praksis-nginx.conf")),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "gixy", str(conf)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No issues found." in result.stdout, result.stdout


def test_policy_in_nginx_conf_matches_the_built_site(built_site: Path, dist_zip: Path) -> None:
    wanted = csp.policy(built_site)
    assert csp.configured_policy(dist_zip.with_name("tillit-i-praksis-nginx.conf")) == wanted
    assert csp.configured_policy(NGINX_CONF) == wanted, (
        "deploy/nginx.conf's Content-Security-Policy does not fit the site any more (Material, mkdocs-quiz "
        "or an inline script changed): run `make build && .venv/bin/python deploy/csp.py site --write deploy/nginx.conf`"
    )
    assert "unsafe-inline" not in wanted.split("script-src")[1].split(";")[0]
    assert "http" not in wanted and "*" not in wanted  # nothing outside the site


def test_headers_caching_and_compression(nginx_url: str, dist_zip: Path) -> None:
    status, headers, _ = fetch(nginx_url)
    assert status == 200
    assert headers["content-security-policy"] == csp.configured_policy(NGINX_CONF)
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "camera=()" in headers["permissions-policy"]
    assert "frame-ancestors 'self'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-cache"
    assert "server" not in headers or "/" not in headers["server"]  # no version number
    bundle = next(
        n
        for n in zipfile.ZipFile(dist_zip).namelist()
        if n.startswith("assets/javascripts/bundle.") and n.endswith(".js")
    )
    status, headers, _ = fetch(nginx_url + bundle)
    assert status == 200 and headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "content-security-policy" not in headers  # the page's policy governs its scripts
    assert (
        headers["x-content-type-options"] == "nosniff"
    )  # still there: no add_header in a location dropped it
    worker = next(
        n
        for n in zipfile.ZipFile(dist_zip).namelist()
        if n.startswith("assets/javascripts/workers/search.") and n.endswith(".js")
    )
    status, headers, _ = fetch(nginx_url + worker)
    assert status == 200 and headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["content-security-policy"] == csp.configured_policy(
        NGINX_CONF
    )  # a worker takes its policy from here
    # The offline worker: asked for again each time (a new build is found), under the policy.
    for path in ("sw.js", "nn/sw.js", "workbox/workbox-sw.js"):
        status, headers, _ = fetch(nginx_url + path)
        assert status == 200 and headers["cache-control"] == "no-cache", path
        assert headers["content-security-policy"] == csp.configured_policy(NGINX_CONF), path
    course_css = next(
        n for n in zipfile.ZipFile(dist_zip).namelist() if n.startswith("assets/css/course.")
    )
    for path in ("", bundle, course_css, "search/search_index.json"):
        status, headers, body = fetch(nginx_url + path, gzip_ok=True)
        assert headers.get("content-encoding") == "gzip", path
        assert gzip.decompress(body)
    # Stylesheets, data and images go without the long policies (about 1 kB per answer) that only
    # pages and scripts use; a fixed name is asked for again each time.
    store_js = next(
        n for n in zipfile.ZipFile(dist_zip).namelist() if n.startswith("assets/js/store.")
    )
    lunr = "assets/javascripts/lunr/min/lunr.no.min.js"
    for path, cache in (
        (course_css, "public, max-age=31536000, immutable"),
        (store_js, "public, max-age=31536000, immutable"),
        (lunr, "no-cache"),
        ("course.json", "no-cache"),
        ("assets/images/favicon.png", "public, max-age=604800"),  # asked for on every page
    ):
        status, headers, _ = fetch(nginx_url + path)
        assert status == 200 and headers["cache-control"] == cache, path
        assert "content-security-policy" not in headers and "permissions-policy" not in headers, (
            path
        )
        assert (
            headers["x-content-type-options"] == "nosniff"
            and headers["referrer-policy"] == "no-referrer"
        ), path


def test_unknown_address_gets_the_course_404_page(nginx_url: str) -> None:
    status, headers, body = fetch(nginx_url + "finnes/ikke/")
    assert status == 404
    assert b"md-header" in body
    assert headers["content-security-policy"]


def test_every_page_loads_under_the_policy_without_a_violation(
    browser: Browser, nginx_url: str, dist_zip: Path
) -> None:
    pages = sorted(
        n.removesuffix("index.html")
        for n in zipfile.ZipFile(dist_zip).namelist()
        if n.endswith("index.html")
    )
    context = browser.new_context()
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    violations: list[str] = []
    try:
        for path in [*pages, "finnes/ikke/"]:
            page.goto(nginx_url + path, wait_until="load")
            violations += [f"{path}: {v}" for v in page.evaluate("window.tipViolations")]
    finally:
        context.close()
    assert len(pages) > 20
    assert violations == []
    assert [e for e in errors if "404" not in e] == []  # the 404 page's own status is logged


def test_search_quiz_reflection_and_builder_work_under_the_policy(
    browser: Browser, nginx_url: str
) -> None:
    context = browser.new_context()
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    violations: list[str] = []
    try:
        page.goto(nginx_url)
        page.locator(".md-search__input").click()
        page.keyboard.type("medarbeiderne", delay=10)
        page.locator(".md-search-result__item").first.wait_for()
        violations += page.evaluate("window.tipViolations")

        page.goto(nginx_url + MODULE)
        quiz = drawn(page).first
        quiz.locator("input:not([data-correct])").first.check(force=True)
        quiz.locator("button.quiz-button[type=submit]").click()
        assert quiz.locator(".quiz-feedback").is_visible()
        page.locator(".tip-reflection input[type=checkbox]").first.check(force=True)
        violations += page.evaluate("window.tipViolations")
        page.reload()
        assert drawn(page).first.locator("input:checked").count() == 1
        assert page.locator(".tip-reflection input[type=checkbox]").first.is_checked()
        violations += page.evaluate("window.tipViolations")

        page.goto(nginx_url + "ledere/tildel/")
        page.locator("#tildel-medarbeiderskap").check(force=True)
        page.locator("form.tip-tildel button[type=submit]").click()
        link = page.locator("#tildel-lenke").input_value()
        page.goto(link)
        page.locator(".tip-assignment").wait_for()
        violations += page.evaluate("window.tipViolations")
    finally:
        context.close()
    assert violations == []
    assert errors == []


def test_repetition_fetches_and_runs_its_questions_under_the_policy(
    browser: Browser, nginx_url: str
) -> None:
    """Repetisjon fetches a module's questions and runs mkdocs-quiz's script on them: nothing of
    that needs more than the policy allows."""
    context = browser.new_context()
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.clock.set_fixed_time(datetime.datetime(2026, 12, 1, 9, 0))
        page.goto(nginx_url + MODULE)
        for i in range(2):
            quiz = drawn(page).nth(i)
            for box in quiz.locator("input[data-correct]").all():
                box.evaluate("el => { if (!el.checked) el.click(); }")
            quiz.locator("button.quiz-button[type=submit]").click()
        page.wait_for_function(  # both answers are in the schedule before the page is left
            "() => Object.keys((JSON.parse(localStorage.getItem('tip:v1:repetition'))"
            " || {questions: {}}).questions).length === 2"
        )
        page.clock.set_fixed_time(datetime.datetime(2026, 12, 2, 9, 0))
        page.goto(nginx_url + "repetisjon/")
        for _ in range(2):
            quiz = page.locator(".tip-repetition__stage .quiz")
            quiz.wait_for()
            for box in quiz.locator("input[data-correct]").all():
                box.evaluate("el => { if (!el.checked) el.click(); }")
            quiz.locator("button.quiz-button[type=submit]").click()
            expect(page.locator(".tip-repetition__verdict")).to_have_text(re.compile(r"^Riktig\."))
            page.locator(".tip-repetition__next").click()
        expect(page.locator(".tip-repetition__heading")).to_have_text("Ferdig for i dag")
        violations = page.evaluate("window.tipViolations")
    finally:
        context.close()
    assert violations == []
    assert errors == []
