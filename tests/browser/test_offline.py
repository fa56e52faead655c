"""The course without the network (hooks/course/offline.py, docs/assets/js/offline.js), in
Chromium, served by Debian's nginx with deploy/nginx.conf and the production CSP, at the root
and under a sub-path: after a first visit the course reads offline (another module, the search,
Repetisjon with its question files); a rebuild online is offered with a button, and the old
copy answers, all of it, until the learner takes the new one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from deploy import csp
from deploy.nginx import NGINX_CONF, free_port, nginx

from conftest import build_site, copy_project, drawn

MODULE = "moduler/medarbeiderskap/"
NEW_SENTENCE = "Denne setningen kom med en ny versjon av kurset."
VIOLATIONS = """window.tipViolations = [];
document.addEventListener("securitypolicyviolation", e => window.tipViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline")));"""
# The questions answered in a module, due today in Repetisjon rather than tomorrow. (Not with
# Playwright's clock: Material's search waits on timers that a fixed clock stops.)
DUE_TODAY = """() => { const plan = JSON.parse(localStorage.getItem("tip:v1:repetition"));
    for (const entry of Object.values(plan.questions)) entry.due = "2000-01-01";
    localStorage.setItem("tip:v1:repetition", JSON.stringify(plan)); }"""


@dataclass(frozen=True)
class Course:
    project: Path
    site: Path
    url: str


@pytest.fixture(scope="module", params=["/", "/kurs/tillit/"], ids=["root", "sub-path"])
def course(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Course]:
    """The course built with SITE_URL for its address, served by nginx with the policy that fits
    the build (as `make dist` writes it)."""
    prefix: str = request.param
    tmp = tmp_path_factory.mktemp("offline")
    project = copy_project(tmp / "project")
    www = tmp / "www"
    site = www / prefix.strip("/") if prefix != "/" else www
    port = free_port()
    url = f"http://127.0.0.1:{port}{prefix}"
    build_site(project, site, site_url=url)
    conf = tmp / "nginx.conf"
    # nginx keeps open files for 10 s (a new version shows within 10 s): the test rebuilds at once.
    conf.write_text(
        re.sub(r"^open_file_cache.*\n", "", NGINX_CONF.read_text(encoding="utf-8"), flags=re.M),
        encoding="utf-8",
    )
    csp.write_policy(conf, csp.policy(site))
    try:
        with nginx(www, conf, port=port) as root:
            assert url.startswith(root)
            yield Course(project, site, url)
    except RuntimeError as problem:
        pytest.fail(str(problem))


def question_ids(site: Path) -> set[str]:
    """The DOM ids of the questions in a built site's course.json."""
    data = json.loads((site / "course.json").read_text(encoding="utf-8"))
    return {q for m in data["modules"] for q in m["questions"]}


def served_ids(page: Page) -> set[str]:
    """The same, as the page gets course.json and each question's file for Repetisjon."""
    found = page.evaluate(
        """async () => { const course = await (await fetch("../../course.json")).json();
        const ids = course.modules.flatMap((m) => m.questions);
        const files = await Promise.all(ids.map((id) =>
            fetch(new URL(course.repetition.url + "sporsmal/" + id + ".json", new URL("../../", location.href)))
                .then((r) => r.ok)));
        return files.every(Boolean) ? ids : []; }"""
    )
    return set(found)


def answer_right(quiz: Locator) -> None:
    for box in quiz.locator("input[data-correct]").all():
        box.evaluate("el => { if (!el.checked) el.click(); }")
    quiz.locator("button.quiz-button[type=submit]").click()


def test_the_course_reads_offline_and_offers_a_new_build(browser: Browser, course: Course) -> None:
    context = browser.new_context()
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(course.url)
    expect(page.locator(".tip-offline-status")).to_have_text(
        "Kurset kan leses uten nett.", timeout=60_000
    )
    assert page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)") == course.url

    context.set_offline(True)
    page.goto(course.url + MODULE)
    expect(page.locator("h1").first).to_contain_text("Medarbeiderskap")
    assert NEW_SENTENCE not in page.content()
    answer_right(drawn(page).first)
    page.wait_for_function("() => localStorage.getItem('tip:v1:repetition') !== null")
    page.locator(".md-search__input").click()
    page.keyboard.type("kollegaveiledning", delay=10)
    expect(page.locator(".md-search-result__meta")).to_contain_text("treff")
    page.evaluate(DUE_TODAY)  # as if the learner came back the next day
    page.goto(course.url)
    page.locator("#tip-repetition-due a", has_text="1 spørsmål å repetere i dag").click()
    page.wait_for_url(course.url + "repetisjon/")
    stage = page.locator(".tip-repetition__stage .quiz")
    stage.wait_for()  # its file comes from the offline copy
    answer_right(stage)
    expect(page.locator(".tip-repetition__verdict")).to_have_text(re.compile(r"^Riktig\."))
    page.goto(course.url + "kursbevis/")
    expect(page.locator("h1").first).to_be_visible()

    # A new build goes online, with a changed page and a changed question (a new DOM id and
    # question file); the learner comes back online and opens a page.
    source = course.project / "docs" / "moduler" / "medarbeiderskap.md"
    source.write_text(source.read_text(encoding="utf-8") + f"\n{NEW_SENTENCE}\n", encoding="utf-8")
    bank = course.project / "quizzes" / "medarbeiderskap.yml"
    bank.write_text(
        bank.read_text(encoding="utf-8").replace(
            "    question: >-\n", "    question: >-\n      Ny versjon.\n", 1
        ),
        encoding="utf-8",
    )
    old_ids = question_ids(course.site)
    build_site(course.project, course.site, site_url=course.url)
    new_ids = question_ids(course.site)
    assert old_ids - new_ids and new_ids - old_ids  # one question changed its id
    context.set_offline(False)
    page.goto(course.url + MODULE)
    button = page.locator(".tip-update button")
    expect(button).to_have_text("Last inn den nye versjonen", timeout=60_000)
    expect(page.locator(".tip-update")).to_contain_text("Det finnes en ny versjon av kurset.")
    # The old copy answers, all of it, until the learner chooses: the page, course.json and the
    # question files of the same build.
    assert NEW_SENTENCE not in page.content()
    assert served_ids(page) == old_ids
    button.click()
    expect(page.get_by_text(NEW_SENTENCE)).to_be_visible()
    expect(page.locator(".tip-update")).to_have_count(0)
    assert served_ids(page) == new_ids
    assert page.evaluate("window.tipViolations") == []
    assert errors == []
    context.close()
