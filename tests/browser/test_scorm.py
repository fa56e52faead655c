"""The SCORM 1.2 package in a real SCORM runtime: scorm-again plays the LMS, the course reports to it."""

from __future__ import annotations

import datetime
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import FrameLocator, Page, expect

from course.scorm import write_package

from conftest import GOALS, ROOT, SHOWN, Server, answer, tick_every_reflection

MODULE = "kurs/moduler/selvledelse/index.html"
RUNTIME = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.min.js"


@pytest.fixture(scope="module")
def lms(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for the test LMS (lms/) and the unpacked package (kurs/): the same origin."""
    if not RUNTIME.exists():
        pytest.fail("node_modules/scorm-again is missing: run `npm ci` (make test does)")
    root = tmp_path_factory.mktemp("lms")
    write_package(built_site, root / "pakke.zip")
    with zipfile.ZipFile(root / "pakke.zip") as zf:
        zf.extractall(root / "kurs")
    (root / "lms").mkdir()
    shutil.copy(ROOT / "tests" / "browser" / "scorm_lms.html", root / "lms" / "index.html")
    shutil.copy(RUNTIME, root / "lms" / "scorm12.min.js")
    server = Server(root)
    yield server
    server.close()


def open_module(
    page: Page, lms: Server, remembered: dict[str, str] | None = None
) -> tuple[FrameLocator, list[str]]:
    """The LMS page with the module launched in its frame; returns the frame once the session began,
    and the list the page's console errors and warnings are collected in."""
    console: list[str] = []
    page.on(
        "console",
        lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None,
    )
    page.goto(lms.url + "lms/")
    if remembered:
        page.evaluate("core => remember(core)", remembered)
    page.evaluate("href => launch(href)", "../" + MODULE)
    page.wait_for_function("lmsCalls.some(c => c[0] === 'LMSInitialize')")
    page.wait_for_load_state(
        "networkidle"
    )  # the search worker has loaded: leaving cannot cut it off
    return page.frame_locator("#sco"), console


def reported(page: Page) -> dict[str, str]:
    """The last value the course set for each CMI element."""
    calls = page.evaluate("lmsCalls")
    return {c[1]: c[2] for c in calls if c[0] == "LMSSetValue"}


def call_names(page: Page) -> list[str]:
    return [c[0] for c in page.evaluate("lmsCalls")]


def wait_for_status(page: Page, status: str) -> None:
    page.wait_for_function("s => API.cmi.core.lesson_status === s", arg=status)


def test_a_completed_module_is_reported_passed_with_full_score(page: Page, lms: Server) -> None:
    frame, console = open_module(page, lms)
    wait_for_status(page, "incomplete")
    assert reported(page) == {
        "cmi.core.lesson_location": "selvledelse",
        "cmi.core.lesson_status": "incomplete",
    }  # no score yet
    answer(frame, correctly=True)
    page.wait_for_function("API.cmi.core.score.raw === '100'")
    assert (
        page.evaluate("API.cmi.core.lesson_status") == "incomplete"
    )  # the quiz alone does not complete it
    tick_every_reflection(frame)
    wait_for_status(page, "passed")
    page.evaluate("closeSco()")
    page.wait_for_function("lmsCalls.some(c => c[0] === 'LMSFinish')")
    values = reported(page)
    session_time = values.pop("cmi.core.session_time")
    assert values == {  # and nothing else: no answers, no reflections, no notes
        "cmi.core.lesson_location": "selvledelse",
        "cmi.core.lesson_status": "passed",
        "cmi.core.score.raw": "100",
        "cmi.core.score.min": "0",
        "cmi.core.score.max": "100",
    }
    assert re.fullmatch(r"\d{4}:\d{2}:\d{2}\.\d{2}", session_time)
    stored = page.evaluate("JSON.parse(JSON.stringify(API.cmi)).core.session_time")
    assert stored not in ("", "00:00:00"), stored  # the runtime accepted it (it keeps HH:MM:SS)
    names = call_names(page)
    assert names[0] == "LMSInitialize" and names[-2:] == ["LMSCommit", "LMSFinish"]
    assert names.count("LMSInitialize") == 1 and names.count("LMSFinish") == 1
    assert page.evaluate("API.isTerminated()")
    assert console == []


def test_wrong_answers_are_reported_failed_and_a_half_done_module_incomplete(
    page: Page, lms: Server
) -> None:
    frame, console = open_module(page, lms)
    answer(frame, correctly=True, last=1)
    page.wait_for_function("API.cmi.core.score.raw !== ''")
    assert (
        page.evaluate("API.cmi.core.lesson_status"),
        page.evaluate("API.cmi.core.score.raw"),
    ) == ("incomplete", "20")
    answer(frame, correctly=False, first=1)
    wait_for_status(page, "failed")
    answer(frame, correctly=True)  # right the second time: for learning, not for the score
    tick_every_reflection(frame)  # reflections do not lift a quiz below the pass mark
    page.evaluate("launch('about:blank')")
    page.wait_for_function("lmsCalls.some(c => c[0] === 'LMSFinish')")
    values = reported(page)
    assert (values["cmi.core.lesson_status"], values["cmi.core.score.raw"]) == ("failed", "20")
    assert console == []


def test_a_module_passed_earlier_stays_passed(page: Page, lms: Server) -> None:
    open_module(page, lms, remembered={"lesson_status": "passed", "lesson_location": "selvledelse"})
    page.evaluate("closeSco()")
    page.wait_for_function("lmsCalls.some(c => c[0] === 'LMSFinish')")
    assert page.evaluate("API.cmi.core.lesson_status") == "passed"
    assert sorted(reported(page)) == [
        "cmi.core.lesson_location",
        "cmi.core.session_time",
    ]  # no lower status, no score


def test_another_module_in_the_same_lms_activity_reports_nothing(page: Page, lms: Server) -> None:
    """The learner followed a link to another module inside the frame of the activity for 'medarbeiderskap'."""
    open_module(page, lms, remembered={"lesson_location": "medarbeiderskap"})
    page.wait_for_function("lmsCalls.some(c => c[0] === 'LMSFinish')")
    assert reported(page) == {}
    assert page.evaluate("API.cmi.core.lesson_status") == "not attempted"


def test_outside_an_lms_the_course_reports_nothing(page: Page, lms: Server, site_url: str) -> None:
    """Alone, and in a frame of a page from another origin (its API out of reach): no calls, no noise."""
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    page.goto(site_url + "moduler/selvledelse/")
    page.locator(SHOWN).first.wait_for()
    assert page.evaluate("tip.scorm.findApi()") is None
    assert console == []
    other_origin = lms.url.replace("127.0.0.1", "localhost")
    page.goto(other_origin + "lms/")
    page.evaluate("href => launch(href)", lms.url + MODULE)
    frame = page.frame_locator("#sco")
    frame.locator(SHOWN).first.wait_for()
    page.wait_for_load_state("networkidle")
    answer(frame, correctly=True, last=1)  # the course's own events fire; the adapter stays quiet
    frame.locator(".tip-reflection input[type=checkbox]").first.check(force=True)
    page.evaluate("closeSco()")
    assert page.evaluate("lmsCalls") == []
    # A frame from another site may not use storage; mkdocs-quiz says so. Nothing else may.
    assert [m for m in console if "quiz progress" not in m] == []


def test_practising_in_repetisjon_changes_nothing_the_lms_was_told(page: Page, lms: Server) -> None:
    """Repetisjon is no module: the learner answers the module, follows the menu to Repetisjon
    inside the LMS's frame the next day, and practises; the LMS hears only the module's own
    session end, and what it holds stays as the module left it."""
    page.clock.set_fixed_time(datetime.datetime(2026, 12, 1, 9, 0))
    frame, console = open_module(page, lms)
    answer(frame, correctly=True)
    tick_every_reflection(frame)
    wait_for_status(page, "passed")
    before = len(call_names(page))
    page.clock.set_fixed_time(datetime.datetime(2026, 12, 2, 9, 0))
    frame.locator("a.md-nav__link[href$='repetisjon/index.html']").first.evaluate("a => a.click()")
    quiz = frame.locator(".tip-repetition__stage .quiz")
    expect(frame.locator(".tip-repetition__heading")).to_have_text(f"Spørsmål 1 av {GOALS}")
    quiz.locator("input:not([data-correct])").first.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    expect(frame.locator(".tip-repetition__verdict")).to_contain_text("i morgen")
    page.evaluate("closeSco()")
    after = page.evaluate("lmsCalls")[before:]
    assert [c[0] if c[0] != "LMSSetValue" else c[1] for c in after] == [
        "cmi.core.session_time",
        "LMSCommit",
        "LMSFinish",
    ]  # the module's session ending as the learner left it; nothing from Repetisjon
    values = reported(page)
    values.pop("cmi.core.session_time")
    assert values == {
        "cmi.core.lesson_location": "selvledelse",
        "cmi.core.lesson_status": "passed",
        "cmi.core.score.raw": "100",
        "cmi.core.score.min": "0",
        "cmi.core.score.max": "100",
    }
    assert console == []
