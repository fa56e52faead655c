"""Knowledge checks that certify (docs/assets/js/attempts.js): an attempt has one question for
each learning goal, its first answers are what counts, and a retake draws other questions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from conftest import GOALS, ErrorsPage, drawn

MODULE = "moduler/selvledelse/"


@pytest.fixture(scope="module")
def course(built_site: Path) -> dict:
    return json.loads((built_site / "course.json").read_text(encoding="utf-8"))


def module_of(course: dict, module_id: str = "selvledelse") -> dict:
    return next(m for m in course["modules"] if m["id"] == module_id)


def shown(page: Page) -> Locator:
    """The questions of the current attempt: the others are hidden."""
    return drawn(page)


def answer(quiz: Locator, right: bool) -> None:
    again = quiz.locator(".quiz-reset-button:not(.hidden)")
    if again.count():
        again.click()
    boxes = quiz.locator("input[data-correct]" if right else "input:not([data-correct])")
    for box in boxes.all() if right else [boxes.first]:
        box.evaluate("el => { if (!el.checked) el.click(); }")
    quiz.locator("button.quiz-button[type=submit]").click()


def answer_shown(page: Page, right: bool) -> None:
    quizzes = shown(page)
    for i in range(quizzes.count()):
        answer(quizzes.nth(i), right)


def before(page: Page, script: str, arg: object) -> None:
    """Store, as an older version of the course did, before any script of the course has run."""
    page.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1'); "
        f"({script})({json.dumps(arg)}); }}"
    )


def tick_all(page: Page) -> None:
    for box in page.locator(".tip-reflection input[type=checkbox]").all():
        box.check(force=True)


def test_an_attempt_shows_one_question_for_each_goal_and_says_the_first_answer_counts(
    page: Page, site_url: str, course: dict
) -> None:
    module = module_of(course)
    page.goto(site_url + MODULE)
    expect(page.locator(".tip-first-answer")).to_have_text(
        "Det første svaret ditt på hvert spørsmål er det som teller. "
        "Du kan prøve igjen for å lære, men det endrer ikke resultatet."
    )
    first = page.locator(".tip-first-answer").bounding_box()
    question = shown(page).first.bounding_box()
    assert first and question and first["y"] < question["y"]  # before the first question
    ids = shown(page).evaluate_all("els => els.map(e => e.id)")
    assert len(ids) == len(module["goals"]) < len(module["questions"])
    for goal in module["goals"]:  # exactly one of each goal's parallel questions
        assert len([q for q in goal["questions"] if q in ids]) == 1, goal["id"]
    page.reload()
    assert shown(page).evaluate_all("els => els.map(e => e.id)") == ids  # stable


def test_wrong_first_then_right_does_not_complete_the_module(
    page: Page, site_url: str, course: dict
) -> None:
    page.goto(site_url + MODULE)
    answer_shown(page, right=False)
    answer_shown(page, right=True)  # tried again, and right: for learning only
    tick_all(page)
    total = len(module_of(course)["goals"])
    status = page.locator(".tip-module-status")
    expect(status).to_contain_text("Status: Påbegynt.")
    expect(status).to_contain_text(f"du hadde 0 av {total} riktige ved første svar")
    panel = page.locator(".tip-attempt")
    expect(panel).to_contain_text(f"Resultat: 0 av {total} riktige ved første svar.")
    expect(panel.get_by_role("button", name="Ta kunnskapssjekken på nytt")).to_be_visible()
    page.goto(site_url)
    card = page.locator('#tip-modules [data-tip-module="selvledelse"] .tip-module-card__status')
    expect(card).not_to_contain_text("Fullført")
    expect(page.locator("#tip-progress-summary")).to_have_text("Du har fullført 0 av 8 moduler.")


def test_right_at_the_first_try_completes_the_module(
    page: Page, site_url: str, course: dict
) -> None:
    page.goto(site_url + MODULE)
    answer_shown(page, right=True)
    tick_all(page)
    total = len(module_of(course)["goals"])
    expect(page.locator(".tip-module-status")).to_have_text(
        "Status: Fullført. Du har fullført modulen."
    )
    panel = page.locator(".tip-attempt")
    expect(panel).to_contain_text(f"Resultat: {total} av {total} riktige ved første svar.")
    expect(panel).to_contain_text("Du har bestått kunnskapssjekken.")
    assert panel.get_by_role("button").count() == 0  # nothing to retake


def test_a_retake_draws_other_questions_and_links_the_sections_to_read_again(
    page: Page, site_url: str, course: dict
) -> None:
    module = module_of(course)
    page.goto(site_url + MODULE)
    before = shown(page).evaluate_all("els => els.map(e => e.id)")
    quizzes = shown(page)
    answer(quizzes.nth(0), right=False)  # one goal missed ...
    for i in range(1, quizzes.count()):
        answer(quizzes.nth(i), right=i > 1)  # ... and a second one: below the pass mark
    panel = page.locator(".tip-attempt")
    missed = [g for g in module["goals"] if set(g["questions"]) & set(before[:2])]
    links = panel.locator(".tip-attempt__read a")
    expect(links).to_have_count(len(missed))
    for goal, link in zip(missed, links.all()):
        expect(link).to_have_text(goal["section"])
        anchor = goal["read"].split("#")[1]
        assert (link.get_attribute("href", timeout=1000) or "").endswith("#" + anchor)
        assert page.locator(f"[id='{anchor}']").count() == 1  # the section is on the page
    panel.get_by_role("button", name="Ta kunnskapssjekken på nytt").click()
    page.wait_for_load_state()
    expect(page.locator(".tip-attempt")).to_contain_text("Dette er forsøk nummer 2.")
    after = shown(page).evaluate_all("els => els.map(e => e.id)")
    assert len(after) == len(before)
    assert not set(after) & set(before)  # every goal has another question now
    assert page.locator(".quiz .quiz-feedback:not(.hidden)").count() == 0  # a fresh start
    expect(page.locator(".tip-module-status")).to_contain_text("svare på")


def test_the_draw_is_the_learners_own(browser: Browser, site_url: str) -> None:
    draws = set()
    for n in range(6):
        context = browser.new_context()
        page = context.new_page()
        errors = ErrorsPage(page)
        page.goto(site_url)
        page.evaluate(f"localStorage.setItem('tip:v1:learner', JSON.stringify('learner{n:04d}'))")
        page.goto(site_url + MODULE)
        draws.add(tuple(shown(page).evaluate_all("els => els.map(e => e.id)")))
        context.close()
        assert errors.errors == []
    assert len(draws) > 1


def test_answers_saved_before_attempts_keep_a_passed_check_and_say_so(
    page: Page, site_url: str, course: dict
) -> None:
    """A learner who passed by the old rule (every question answered, 80 percent right) does
    not lose the module, and the module says why it counts."""
    module = module_of(course)
    before(
        page,
        """([m, root]) => {
            const answers = {};
            m.questions.forEach((q, i) => answers[q] = {answered: true, correct: i > 0, selectedValues: []});
            localStorage.setItem("quiz_progress_" + new URL(m.url, root).pathname, JSON.stringify(answers));
            for (const r of m.reflections) localStorage.setItem(r.key, JSON.stringify({done: true, note: ""}));
        }""",
        [module, site_url],
    )
    page.goto(site_url + MODULE)
    expect(page.locator(".tip-module-status")).to_have_text(
        "Status: Fullført. Du har fullført modulen."
    )
    expect(page.locator(".tip-attempt")).to_contain_text("Den teller fortsatt som bestått.")
    attempt = page.evaluate(f"JSON.parse(localStorage.getItem('{module['attempt']}'))")
    assert attempt["kept"] is True and attempt["n"] == 1
    assert set(attempt["first"]) <= set(module["questions"])


def test_answers_saved_before_attempts_that_did_not_pass_become_the_first_attempt(
    page: Page, site_url: str, course: dict
) -> None:
    module = module_of(course)
    answered = {g["questions"][-1]: False for g in module["goals"][:2]}
    before(
        page,
        """([m, root, answered]) => {
            const answers = {};
            for (const q in answered) answers[q] = {answered: true, correct: answered[q], selectedValues: []};
            localStorage.setItem("quiz_progress_" + new URL(m.url, root).pathname, JSON.stringify(answers));
        }""",
        [module, site_url, answered],
    )
    page.goto(site_url + MODULE)
    ids = shown(page).evaluate_all("els => els.map(e => e.id)")
    assert set(answered) <= set(ids)  # the questions answered before are the ones drawn
    total = len(module["goals"])
    expect(page.locator(".tip-module-status")).to_contain_text(
        re.compile(rf"svare på {total - 2} av {total} spørsmål")
    )


def test_a_module_page_that_cannot_read_the_course_says_so_without_a_page_error(
    page: Page, site_url: str
) -> None:
    """course.json fails (a flaky network, or the preview reloading while it is read): the panel
    says in words that the check could not be made ready, and no promise is left rejected
    (the fixture fails on any page error)."""
    page.route("**/course.json", lambda route: route.abort())
    page.goto(site_url + MODULE)
    panel = page.locator(".tip-attempt[data-tip-module]")
    expect(panel).to_contain_text("Kunnskapssjekken kunne ikke gjøres klar.")
    expect(panel).to_contain_text("Prøv å laste siden på nytt.")
    # without a draw, every question is there to read and answer
    assert page.locator("tip-quiz .quiz").count() > GOALS
    expect(page.locator("tip-quiz .quiz:visible")).to_have_count(
        page.locator("tip-quiz .quiz").count()
    )
