"""The course on a 390x844 phone: knowledge checks made for a finger, the words a learner reads,
tables that fit the screen, and the module's status in the mobile menu."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, ViewportSize, expect

from conftest import ErrorsPage, axe_violations
from test_every_page import PAGES

MODULE = "moduler/psykologisk-trygghet/"
PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    errors = ErrorsPage(page)
    yield page
    context.close()
    assert errors.errors == [], f"JavaScript errors on the page: {errors.errors}"


def test_every_option_and_checkbox_is_a_target_of_24_pixels(phone: Page, site_url: str) -> None:
    phone.goto(site_url + MODULE)
    sizes = phone.evaluate(
        """() => [...document.querySelectorAll('.quiz input[name^=answer], .tip-reflection__check')]
            .map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })"""
    )
    assert len(sizes) > 40
    assert [s for s in sizes if s[0] < 24 or s[1] < 24] == []


def test_a_wrapped_option_keeps_its_text_beside_the_button(phone: Page, site_url: str) -> None:
    phone.goto(site_url + MODULE)
    options = phone.evaluate(
        """() => [...document.querySelectorAll('.quiz fieldset > div')].map(div => {
            const input = div.querySelector('input').getBoundingClientRect();
            const label = div.querySelector('label');
            const lines = [...label.getClientRects()];
            const range = document.createRange(); range.selectNodeContents(label);
            const text = [...range.getClientRects()];
            return {inputRight: input.right, textLeft: Math.min(...text.map(r => r.left)),
                    lines: new Set(text.map(r => Math.round(r.top))).size, boxes: lines.length}; })"""
    )
    wrapped = [o for o in options if o["lines"] > 1]
    assert len(wrapped) > 5  # the test sees options that really wrap on a phone
    assert [o for o in options if o["textLeft"] < o["inputRight"]] == []


def test_feedback_names_the_whole_option_and_nothing_is_cut_off(phone: Page, site_url: str) -> None:
    phone.goto(site_url + MODULE)
    quizzes = phone.locator(".quiz")
    for i in range(quizzes.count()):
        quiz = quizzes.nth(i)
        option = quiz.locator("input:not([data-correct])").first
        label = option.evaluate("e => e.labels[0].textContent.trim()")
        option.check(force=True)
        quiz.locator("button.quiz-button[type=submit]").click()
        badge = quiz.locator(".quiz-feedback-badge").first
        expect(badge).to_have_text(label)
        assert badge.evaluate(
            "b => b.scrollWidth <= b.clientWidth && b.scrollHeight <= b.clientHeight"
        )
        feedback = quiz.locator(".quiz-feedback")
        assert feedback.evaluate(
            "f => f.scrollWidth <= f.clientWidth && f.getBoundingClientRect().right <= innerWidth"
        )


def test_no_sticky_quiz_box_and_no_word_quiz(phone: Page, site_url: str) -> None:
    phone.goto(site_url + MODULE)
    assert not phone.locator("#quiz-progress-mobile").is_visible()
    assert not phone.locator("#quiz-progress-sidebar").is_visible()
    quiz = phone.locator(".quiz").first
    quiz.locator("input:not([data-correct])").first.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    expect(quiz.locator(".quiz-feedback")).to_be_visible()
    assert "quiz" not in phone.locator("body").inner_text().casefold()
    messages: list[str] = []

    def answer(dialog: Dialog) -> None:
        messages.append(dialog.message)
        dialog.dismiss()

    phone.once("dialog", answer)
    phone.locator(".quiz-intro-reset").click()
    assert messages == [
        "Vil du slette alle svarene dine i kunnskapssjekken på denne siden? Det kan ikke angres."
    ]
    assert axe_violations(phone) == []


def test_resetting_the_knowledge_check_clears_the_page(phone: Page, site_url: str) -> None:
    phone.goto(site_url + MODULE)
    quiz = phone.locator(".quiz").first
    quiz.locator("input[data-correct]").first.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    expect(phone.locator(".tip-module-status")).to_contain_text("Påbegynt")
    phone.once("dialog", lambda d: d.accept())
    phone.locator(".quiz-intro-reset").click()
    expect(phone.locator(".tip-module-status")).to_contain_text("Ikke startet")
    phone.reload()
    assert phone.locator(".quiz input:checked").count() == 0


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "forsiden")
def test_every_table_fits_a_phone(phone: Page, site_url: str, path: str) -> None:
    phone.goto(site_url + path)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    too_wide = phone.evaluate(
        """() => [...document.querySelectorAll('article table')].filter(t => {
            const wrap = t.closest('.md-typeset__scrollwrap') || t.parentElement;
            return t.scrollWidth > t.clientWidth + 1 || wrap.scrollWidth > wrap.clientWidth + 1;
        }).map(t => t.rows[0].textContent.trim().slice(0, 40))"""
    )
    assert too_wide == []


def test_the_privacy_table_shows_every_column(phone: Page, site_url: str) -> None:
    phone.goto(site_url + "om/personvern/")
    table = phone.locator("article table").first
    cells = table.locator("tr").first.locator("th").all()
    assert len(cells) == 3
    for cell in cells:
        box = cell.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_the_mobile_menu_shows_the_status_of_the_module_on_screen(
    phone: Page, site_url: str, built_site: Path
) -> None:
    course = json.loads((built_site / "course.json").read_text(encoding="utf-8"))
    module = next(m for m in course["modules"] if m["url"] == MODULE)
    phone.goto(site_url + MODULE)
    phone.evaluate(
        """([m, path]) => {
            const answers = {};
            for (const q of m.questions) answers[q] = {answered: true, correct: true, selectedValues: []};
            localStorage.setItem("quiz_progress_" + path, JSON.stringify(answers));
            for (const r of m.reflections) localStorage.setItem("tip:v1:" + r.key, JSON.stringify({done: true, note: ""}));
        }""",
        [module, "/" + MODULE],
    )
    phone.reload()
    phone.locator("label.md-header__button[for='__drawer']").click()
    here = phone.locator(".md-sidebar--primary label.md-nav__link--active[for='__toc']")
    expect(here).to_be_visible()
    expect(here.locator(".tip-nav-status")).to_have_text(" (fullført)")
