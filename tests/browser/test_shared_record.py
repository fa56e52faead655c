"""One learner record across the two editions, in Chromium: what the learner did in Bokmål is
there in Nynorsk, and back (docs/assets/js/edition.js, hooks/course/parity.py)."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from conftest import axe_violations, drawn

MODULE = "moduler/selvledelse/"


def test_an_answer_and_a_tick_carry_over_to_the_other_edition(page: Page, site_url: str) -> None:
    page.goto(site_url + MODULE)
    quizzes = drawn(page)
    first = quizzes.first
    question = first.get_attribute("id")
    for box in first.locator("input[data-correct]").all():
        box.evaluate("el => { if (!el.checked) el.click(); }")
    first.locator("button.quiz-button[type=submit]").click()
    expect(first.locator(".quiz-feedback")).to_be_visible()
    page.locator(".tip-reflection input[type=checkbox]").first.check(force=True)
    expect(page.locator(".tip-module-status")).to_contain_text("Påbegynt")

    page.locator("a.tip-edition__link").first.click()
    page.wait_for_url("**/nn/" + MODULE)
    expect(page.locator("html")).to_have_attribute("lang", "nn")
    there = drawn(page)
    assert [q.get_attribute("id") for q in there.all()] == [
        q.get_attribute("id") for q in quizzes.all()
    ]
    same = page.locator(f"[id='{question}']")
    expect(same.locator(".quiz-feedback")).to_be_visible()  # mkdocs-quiz shows the saved answer
    assert same.locator("input:checked").count() >= 1
    expect(page.locator(".tip-reflection input[type=checkbox]").first).to_be_checked()
    expect(page.locator(".tip-module-status")).to_contain_text("Status:")
    assert page.evaluate("JSON.parse(localStorage.getItem('tip:v1:edition'))") == "nn"
    assert axe_violations(page) == []

    # An answer given in Nynorsk is there in Bokmål too.
    second = there.nth(1)
    second_id = second.get_attribute("id")
    second.locator("input:not([data-correct])").first.check(force=True)
    second.locator("button.quiz-button[type=submit]").click()
    expect(second.locator(".quiz-feedback")).to_be_visible()
    page.locator("a.tip-edition__link").first.click()
    page.wait_for_url("**/" + MODULE)
    expect(page.locator("html")).to_have_attribute("lang", "nb")
    expect(page.locator(f"[id='{second_id}'] .quiz-feedback")).to_be_visible()


def test_the_front_page_offers_nynorsk_where_the_browser_prefers_it(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(locale="nn-NO")
    try:
        page = context.new_page()
        page.goto(site_url)
        offer = page.locator(".tip-edition-offer")
        expect(offer).to_be_visible()
        offer.locator("a").click()
        page.wait_for_url("**/nn/")
        expect(page.locator("html")).to_have_attribute("lang", "nn")
        expect(page.locator(".tip-edition-offer")).to_be_hidden()  # the choice is Nynorsk now
    finally:
        context.close()


def test_a_bokmal_browser_gets_no_offer(page: Page, site_url: str) -> None:
    page.goto(site_url)
    expect(page.locator(".tip-edition-offer")).to_be_hidden()


def test_dates_read_as_norwegian_in_both_editions(page: Page, site_url: str) -> None:
    """Chromium has no Nynorsk date data: the Nynorsk edition falls back to Bokmål's, which
    writes a date the same way, and never to English («December 15, 2026»)."""
    for prefix in ("", "nn/"):
        page.goto(site_url + prefix)
        written = page.evaluate(
            "() => tip.date(new Date(2026, 11, 15), {day: 'numeric', month: 'long', year: 'numeric'})"
        )
        assert written == "15. desember 2026", prefix
