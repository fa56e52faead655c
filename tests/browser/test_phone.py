"""The course on a 390x844 phone: knowledge checks made for a finger, the words a learner reads,
tables that fit the screen, and the module's status in the mobile menu."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, ViewportSize, expect

from conftest import OWN_TEXT, ErrorsPage, axe_violations, drawn
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


def every_question(phone: Page, site_url: str) -> None:
    """The module page with every question shown, not only the draw: each is measured."""
    phone.goto(site_url + MODULE)
    drawn(phone).first.wait_for()
    phone.evaluate("document.querySelectorAll('tip-quiz').forEach(q => { q.hidden = false; })")


def test_every_option_and_checkbox_is_a_target_of_24_pixels(phone: Page, site_url: str) -> None:
    every_question(phone, site_url)
    sizes = phone.evaluate(
        """() => [...document.querySelectorAll('.quiz input[name^=answer], .tip-reflection__check')]
            .map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })"""
    )
    assert len(sizes) > 40
    assert [s for s in sizes if s[0] < 24 or s[1] < 24] == []


def test_a_wrapped_option_keeps_its_text_beside_the_button(phone: Page, site_url: str) -> None:
    every_question(phone, site_url)
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
    quizzes = drawn(phone)
    for i in range(quizzes.count()):
        quiz = quizzes.nth(i)
        option = quiz.locator("input:not([data-correct])").first
        label = option.evaluate(OWN_TEXT)
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
    quiz = drawn(phone).first
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
        "Vil du tømme svarene på denne siden? Det første svaret ditt på hvert spørsmål teller "
        "fortsatt."
    ]
    assert axe_violations(phone) == []


def test_resetting_the_knowledge_check_clears_the_page(phone: Page, site_url: str) -> None:
    phone.goto(site_url + MODULE)
    quiz = drawn(phone).first
    quiz.locator("input[data-correct]").first.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    expect(phone.locator(".tip-module-status")).to_contain_text("Påbegynt")
    phone.once("dialog", lambda d: d.accept())
    phone.locator(".quiz-intro-reset").click()
    phone.reload()
    assert phone.locator(".quiz input:checked").count() == 0
    # the answers on the page are gone, but the first answer still counts
    expect(phone.locator(".tip-module-status")).to_contain_text("Påbegynt")


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
    phone.goto(site_url)  # answers saved before attempts: seeded before the module page opens
    phone.evaluate(
        """([m, path]) => {
            const answers = {};
            for (const q of m.questions) answers[q] = {answered: true, correct: true, selectedValues: []};
            localStorage.setItem("quiz_progress_" + path, JSON.stringify(answers));
            for (const r of m.reflections) localStorage.setItem(r.key, JSON.stringify({done: true, note: ""}));
        }""",
        [module, "/" + MODULE],
    )
    phone.goto(site_url + MODULE)
    phone.locator("label.md-header__button[for='__drawer']").click()
    here = phone.locator(".md-sidebar--primary label.md-nav__link--active[for='__toc']")
    expect(here).to_be_visible()
    expect(here.locator(".tip-nav-status")).to_have_text(" (fullført)")


def test_the_module_checkboxes_of_tildel_are_targets_that_keep_their_names_beside(
    phone: Page, site_url: str
) -> None:
    phone.goto(site_url + "ledere/tildel/")
    phone.locator(".tip-tildel__module").first.wait_for()
    boxes = phone.evaluate(
        """() => [...document.querySelectorAll('.tip-tildel__module')].map(p => {
            const box = p.querySelector('input').getBoundingClientRect();
            const range = document.createRange(); range.selectNodeContents(p.querySelector('label'));
            const text = [...range.getClientRects()];
            return {w: box.width, h: box.height, right: box.right,
                    textLeft: Math.min(...text.map(r => r.left)),
                    lines: new Set(text.map(r => Math.round(r.top))).size}; })"""
    )
    assert len(boxes) == 8
    assert [b for b in boxes if b["w"] < 24 or b["h"] < 24] == []
    assert any(b["lines"] > 1 for b in boxes)  # a long name really wraps on a phone
    assert [b for b in boxes if b["textLeft"] < b["right"]] == []


# Where the meeting view's parts are: every part's box, and whether anything inside scrolls
# (a phase cut off in a box of its own) or lies beyond the screen's width.
MEETING_BOXES = """() => {
    const view = document.querySelector('.tip-meeting');
    const box = (s) => { const e = view.querySelector(s); const r = e.getBoundingClientRect();
        return {top: r.top + view.scrollTop, bottom: r.bottom + view.scrollTop, left: r.left,
                right: r.right}; };
    const content = view.querySelector('.tip-meeting__content');
    const time = view.querySelector('.tip-meeting__time').getBoundingClientRect();
    return {bar: box('.tip-meeting__bar'), clock: box('.tip-meeting__clock'),
            body: box('.tip-meeting__body'), controls: box('.tip-meeting__controls'),
            timeLeft: time.left, inner: content.scrollHeight - content.clientHeight,
            wide: view.scrollWidth - view.clientWidth, title: view.querySelector('h2').textContent};
}"""


def test_the_meeting_view_on_a_phone_covers_nothing(phone: Page, site_url: str) -> None:
    """Every phase of a guide, from the ground rules to the end: the clock lines up with the
    text above it, and no part of the phase lies under the buttons or in a box of its own."""
    phone.goto(site_url + "ledere/samtale-selvledelse/")
    phone.get_by_role("button", name="Start samtalen").first.click()
    seen = []
    for _ in range(12):
        parts = phone.evaluate(MEETING_BOXES)
        seen.append(parts["title"])
        assert parts["inner"] <= 1, parts  # nothing cut off inside the phase
        assert parts["wide"] <= 1, parts  # nothing beyond the screen's width
        assert abs(parts["timeLeft"] - parts["bar"]["left"]) <= 2, parts  # «50 min» not shifted
        assert parts["clock"]["bottom"] <= parts["body"]["top"] + 1, parts
        assert parts["body"]["bottom"] <= parts["controls"]["top"] + 1, parts
        following = phone.get_by_role("button", name="Neste")
        if following.is_disabled():
            break
        following.click()
    assert seen[0] == "Spilleregler for samtalen" and len(seen) >= 6
