"""Three outside checkers on the pages of what we ship, and on a stock Material + mkdocs-quiz site:

- the W3C Nu Html Checker (npm vnu-jar, with Java) on the built HTML;
- IBM's Equal Access engine (npm accessibility-checker-engine) in Chromium, on every Bokmål page
  and a sample of the Nynorsk ones (NYNORSK_SAMPLE);
- HTML_CodeSniffer (npm html_codesniffer, WCAG2AA) in Chromium.

The markup the course writes has no error at all. An error from Material's or mkdocs-quiz's own
markup is allowed only when it is in a KNOWN list below, with a line on why; every entry of a list
must still be seen, so a list can only shrink. On each engine, the course has at most half the
errors per page that a stock Material 9.8.1 + mkdocs-quiz site has (built here from a two-page
mkdocs.yml with one quiz page).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import Browser, Page

from conftest import ROOT, Server, announce

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ACE = ROOT / "node_modules" / "accessibility-checker-engine" / "ace.js"
HTMLCS = ROOT / "node_modules" / "html_codesniffer" / "build" / "HTMLCS.js"

# (what the error says, where it stands) -> why it is Material's or mkdocs-quiz's, not ours
KNOWN_VNU: dict[tuple[str, str], str] = {}  # none left
KNOWN_IBM = {
    ("aria_attribute_valid", '<nav aria-expanded="'): (
        "Material's menu sections: aria-expanded on <nav>, kept in step by Material's own JavaScript"
    ),
    (
        "aria_content_in_landmark",
        'class="md-skip"',
    ): "Material's skip link stands before the header",
    (
        "aria_content_in_landmark",
        'id="__drawer"',
    ): "Material's menu toggle stands before the header",
    ("form_label_unique", 'for="__search" class="md-search__icon'): (
        "Material's search toggle has two labels: the header button and the icon in the search field"
    ),
    ("form_label_unique", 'for="__drawer" class="md-nav__title'): (
        "Material's menu toggle has two labels: the header button and the menu's title on a phone"
    ),
    ("label_content_exists", 'class="md-overlay"'): (
        "Material's overlay behind the open menu is an empty label; text in it would stand outside "
        "every landmark (axe: region)"
    ),
}
KNOWN_HTMLCS = {
    ("WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2", 'class="md-search__form"'): (
        "Material's search form has no submit button: it searches as the learner types"
    ),
}


@dataclass(frozen=True)
class Found:
    page: str
    what: str  # the message or rule
    where: str  # the markup, as the checker shows it

    def known(self, known: dict[tuple[str, str], str]) -> tuple[str, str] | None:
        return next((k for k in known if k[0] in self.what and k[1] in self.where), None)


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def vnu(site: Path) -> list[Found]:
    if shutil.which("java") is None:
        pytest.fail(
            "java is missing: the W3C HTML checker needs it (apt-get install default-jre-headless); make test installs it"
        )
    files = [str(site / p) for p in pages(site)]
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr)["messages"]
    return [
        Found(m["url"].split(str(site) + "/", 1)[1], m["message"], m.get("extract", ""))
        for m in messages
        if m["type"] == "error"
    ]


IBM_SCRIPT = """async () => {
  const report = await new ace.Checker().check(document, ["IBM_Accessibility"]);
  return report.results.filter(r => r.value[0] === "VIOLATION" && r.value[1] === "FAIL")
    .map(r => [r.ruleId + ": " + r.message, r.snippet || ""]);
}"""
HTMLCS_SCRIPT = """() => new Promise(done => HTMLCS.process("WCAG2AA", document, () => done(
  HTMLCS.getMessages().filter(m => m.type === HTMLCS.ERROR)
    .map(m => [m.code + ": " + m.msg, (m.element && m.element.outerHTML || "").slice(0, 300)]))))"""


# The Nynorsk pages share every template, script and block with the Bokmål ones; only their words
# differ, and vnu and axe (test_every_page.py) check every one of them. The two slow engines in
# the browser check one page of each kind in Nynorsk (about a second each).
NYNORSK_SAMPLE = (
    "nn/index.html",
    "nn/moduler/selvledelse/index.html",
    "nn/ledere/samtale-selvledelse/index.html",
    "nn/ledere/tildel/index.html",
    "nn/repetisjon/index.html",
    "nn/om/personvern/index.html",
)


def settled(page: Page, url: str) -> None:
    """Open url and wait until its scripts have had what they fetched (course.json, ...) and a
    moment to use it: the page the learner sees, without networkidle's half second per page."""
    pending: set[object] = set()

    def started(request: object) -> None:
        pending.add(request)

    def ended(request: object) -> None:
        pending.discard(request)

    page.on("request", started)
    page.on("requestfinished", ended)
    page.on("requestfailed", ended)
    try:
        page.goto(url)
        quiet = 0
        while quiet < 3:  # three quiet ticks in a row: a fetch that follows another has started
            page.wait_for_timeout(25)
            quiet = 0 if pending else quiet + 1
    finally:
        page.remove_listener("request", started)
        page.remove_listener("requestfinished", ended)
        page.remove_listener("requestfailed", ended)


def in_browser(browser: Browser, site: Path) -> dict[str, list[Found]]:
    """IBM's and HTML_CodeSniffer's errors on every Bokmål page and the Nynorsk sample, as the
    learner's browser shows them."""
    server = Server(site)
    context = browser.new_context()
    page: Page = context.new_page()
    found: dict[str, list[Found]] = {"ibm": [], "htmlcs": []}
    checked = [p for p in pages(site) if not p.startswith("nn/") or p in NYNORSK_SAMPLE]
    assert all((site / p).exists() for p in NYNORSK_SAMPLE if (site / "nn").exists())
    try:
        for path in checked:
            url = server.url + (
                path.removesuffix("index.html") if path.endswith("index.html") else path
            )
            settled(page, url)
            page.add_script_tag(path=str(ACE))
            found["ibm"] += [Found(path, what, where) for what, where in page.evaluate(IBM_SCRIPT)]
            page.add_script_tag(path=str(HTMLCS))
            found["htmlcs"] += [
                Found(path, what, where) for what, where in page.evaluate(HTMLCS_SCRIPT)
            ]
    finally:
        context.close()
        server.close()
    return found


STOCK_PAGES = {
    "index.md": "# Start\n\nSome text on the first page.\n",
    "quiz.md": (
        "---\nquiz:\n  enabled: true\n---\n# Quiz\n\nSome text.\n\n"
        "<quiz>\nWho is responsible?\n- [ ] Only the leader\n- [x] Everyone together\n- [ ] Nobody\n</quiz>\n\n"
        "<quiz>\nWhich are good habits?\n- [x] Asking\n- [x] Speaking up\n- [ ] Hiding mistakes\n</quiz>\n"
    ),
}


@pytest.fixture(scope="module")
def stock_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stock Material 9.8.1 + mkdocs-quiz site: two pages, one of them with quizzes."""
    project = tmp_path_factory.mktemp("stock")
    (project / "docs").mkdir()
    for name, text in STOCK_PAGES.items():
        (project / "docs" / name).write_text(text, encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Stock\ntheme:\n  name: material\nplugins:\n  - search\n  - mkdocs_quiz\nnav:\n  - index.md\n  - quiz.md\n",
        encoding="utf-8",
    )
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")))
    site = project / "site"
    (site / "404.html").unlink()  # the two pages of its mkdocs.yml
    return site


@pytest.fixture(scope="module")
def course_found(
    built_site: Path, browser: Browser, pytestconfig: pytest.Config
) -> dict[str, list[Found]]:
    announce(
        pytestconfig,
        "checking every page with vnu, IBM Equal Access and HTML_CodeSniffer (about a minute)",
    )
    return {"vnu": vnu(built_site), **in_browser(browser, built_site)}


@pytest.fixture(scope="module")
def stock_found(
    stock_site: Path, browser: Browser, pytestconfig: pytest.Config
) -> dict[str, list[Found]]:
    announce(pytestconfig, "the same checkers on a stock Material site, for comparison")
    return {"vnu": vnu(stock_site), **in_browser(browser, stock_site)}


KNOWN = {"vnu": KNOWN_VNU, "ibm": KNOWN_IBM, "htmlcs": KNOWN_HTMLCS}


@pytest.mark.parametrize("engine", ["vnu", "ibm", "htmlcs"])
def test_no_error_in_the_course_s_own_markup(
    course_found: dict[str, list[Found]], engine: str
) -> None:
    unknown = [
        f"{f.page}: {f.what} :: {f.where[:160]}"
        for f in course_found[engine]
        if f.known(KNOWN[engine]) is None
    ]
    assert unknown == []


@pytest.mark.parametrize("engine", [e for e in KNOWN if KNOWN[e]])  # an empty list has nothing
def test_every_known_error_is_still_seen_so_the_list_only_shrinks(
    course_found: dict[str, list[Found]], engine: str
) -> None:
    seen = {f.known(KNOWN[engine]) for f in course_found[engine]}
    assert sorted(set(KNOWN[engine]) - seen) == [], "no longer seen: remove it from the known list"


@pytest.mark.parametrize("engine", ["vnu", "ibm", "htmlcs"])
def test_at_most_half_the_errors_per_page_of_a_stock_site(
    built_site: Path,
    stock_site: Path,
    course_found: dict[str, list[Found]],
    stock_found: dict[str, list[Found]],
    engine: str,
) -> None:
    course = len(course_found[engine]) / len(pages(built_site))
    stock = len(stock_found[engine]) / len(pages(stock_site))
    print(f"{engine}: {course:.2f} errors per page against {stock:.2f} on a stock site")
    assert stock > 0 and course <= stock / 2, (course, stock)
