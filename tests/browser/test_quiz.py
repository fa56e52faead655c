"""Learners answer quizzes and tick reflections in a real browser; nothing is lost or misplaced."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Literal

from playwright.sync_api import Browser, Locator, Page, expect

from conftest import OWN_TEXT, ROOT, Server, axe_violations, build_site, copy_project

SAMPLE = "moduler/psykologisk-trygghet/"


def first_quiz(page: Page) -> Locator:
    return page.locator(".quiz").first


def test_answering_shows_feedback_and_survives_a_reload(page: Page, site_url: str) -> None:
    page.goto(site_url + SAMPLE)
    quiz = first_quiz(page)
    wrong = quiz.locator("input:not([data-correct])").first
    wrong.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    feedback = quiz.locator(".quiz-feedback")
    assert feedback.is_visible()
    assert feedback.inner_text().strip()
    label = wrong.evaluate(OWN_TEXT)
    page.reload()
    quiz = first_quiz(page)
    checked = quiz.locator("input:checked")
    assert checked.count() == 1
    assert checked.first.evaluate(OWN_TEXT) == label
    assert quiz.locator(".quiz-feedback").is_visible()


def test_quiz_can_be_answered_with_the_keyboard_alone(page: Page, site_url: str) -> None:
    page.goto(site_url + SAMPLE)
    quiz = first_quiz(page)
    quiz.locator("input").first.focus()
    page.keyboard.press("ArrowDown")
    selected = quiz.locator("input:checked")
    assert selected.count() == 1
    assert quiz.locator(
        ".quiz-feedback"
    ).is_hidden()  # arrow keys do not submit (auto_submit: false)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "quiz-button" in focused
    page.keyboard.press("Enter")
    assert quiz.locator(".quiz-feedback").is_visible()


def test_reflections_keep_ticks_and_notes_and_can_be_cleared(page: Page, site_url: str) -> None:
    page.goto(site_url + SAMPLE)
    items = page.locator(".tip-reflection")
    assert items.count() >= 4
    items.nth(0).locator("input[type=checkbox]").check(force=True)
    items.nth(1).locator("textarea").fill("Mitt private notat")
    page.reload()
    items = page.locator(".tip-reflection")
    assert items.nth(0).locator("input[type=checkbox]").is_checked()
    assert items.nth(1).locator("textarea").input_value() == "Mitt private notat"
    assert not items.nth(1).locator("input[type=checkbox]").is_checked()
    page.once("dialog", lambda d: d.accept())
    page.locator(".tip-reflections__clear").click()
    page.reload()
    items = page.locator(".tip-reflection")
    assert not items.nth(0).locator("input[type=checkbox]").is_checked()
    assert items.nth(1).locator("textarea").input_value() == ""


def test_page_works_when_storage_is_denied(no_storage_page: Page, site_url: str) -> None:
    page = no_storage_page
    page.goto(site_url + SAMPLE)
    assert "lagre" in page.locator(".tip-reflections__status").inner_text()
    quiz = first_quiz(page)
    quiz.locator("input").first.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    assert quiz.locator(".quiz-feedback").is_visible()
    assert page.evaluate("__md_get('__tabs')") is None  # Material's helper, guarded by our override


def test_sample_module_has_no_accessibility_violations(page: Page, site_url: str) -> None:
    page.goto(site_url + SAMPLE)
    quiz = first_quiz(page)
    quiz.locator("input").first.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    assert axe_violations(page) == []


def test_saved_answers_follow_the_question_when_the_bank_is_edited(
    browser: Browser, tmp_path: Path
) -> None:
    """Answer, reorder and edit the bank, rebuild, reload: never an answer on the wrong question."""
    project = copy_project(tmp_path / "p", ROOT / "tests" / "fixtures" / "minikurs")
    site = tmp_path / "site"
    build_site(project, site)
    server = Server(site)
    context = browser.new_context(
        service_workers="block"
    )  # a reload after a rebuild: no offline copy
    page = context.new_page()
    try:
        page.goto(server.url + "modul/")
        answers = {"en": "Bare lederen", "to": "[x] ser ut som et kryss", "tre": "Si fra om feil"}
        for qid, option in answers.items():
            quiz = page.locator(f".quiz[id^='q-demo-{qid}-']")
            quiz.locator("label", has_text=option).first.click()
            quiz.locator("button.quiz-button[type=submit]").click()

        def shown_options() -> dict[str, list[str]]:
            return {
                qid: page.locator(f".quiz[id^='q-demo-{qid}-'] label").all_inner_texts()
                for qid in answers
            }

        shown = shown_options()
        bank = project / "quizzes" / "demo.yml"
        text = bank.read_text(encoding="utf-8")
        head, rest = text.split("questions:\n")
        blocks = ["  - id:" + b for b in rest.split("  - id:")[1:]]
        en, to, tre = blocks

        # 1. The file's order changes (questions and options): the learner sees the same order,
        #    and the same options stay chosen.
        body, explanation = en.split("    explanation:")
        options = body.split("      - text:")
        reordered = options[0] + "      - text:" + "      - text:".join(reversed(options[1:]))
        reordered += "    explanation:" + explanation
        bank.write_text(head + "questions:\n" + tre + reordered + to, encoding="utf-8")
        shutil.rmtree(site)
        build_site(project, site)
        page.reload()
        page.wait_for_load_state("networkidle")  # mkdocs-quiz restores the saved answers
        assert shown_options() == shown  # each question's options in the same order as before
        for qid, option in answers.items():
            chosen = page.locator(f".quiz[id^='q-demo-{qid}-'] input:checked")
            expect(chosen).to_have_count(1)
            assert chosen.first.evaluate(OWN_TEXT) == option

        # 2. Questions are edited, deleted and added, options moved within a question.
        en = en.replace(
            "      - text: Bare lederen\n        feedback: Lederen har en nøkkelrolle, men ikke alene.\n",
            "",
        ).replace(
            "      - text: Bare verneombudet",
            "      - text: Bare lederen\n        feedback: Flyttet.\n      - text: Bare verneombudet",
        )
        tre = tre.replace(
            "Hvilke av disse er gode vaner?", "Hvilke av disse er gode vaner på jobb?"
        )
        new = "  - id: ny\n    question: Et nytt spørsmål?\n    options:\n      - text: Ja\n        correct: true\n      - text: Nei\n"
        bank.write_text(head + "questions:\n" + new + tre + en, encoding="utf-8")  # 'to' deleted
        shutil.rmtree(site)
        build_site(project, site)
        page.reload()
        page.wait_for_load_state("networkidle")
        quizzes = page.locator(".quiz")
        expect(quizzes).to_have_count(3)
        assert page.locator(".quiz[id^='q-demo-ny-'] input:checked").count() == 0
        assert (
            page.locator(".quiz[id^='q-demo-tre-'] input:checked").count() == 0
        )  # edited: starts anew
        moved = page.locator(".quiz[id^='q-demo-en-'] input:checked")
        expect(moved).to_have_count(1)  # reordered options: the same option text is still chosen
        assert moved.first.evaluate(OWN_TEXT) == "Bare lederen"
    finally:
        context.close()
        server.close()


def test_confetti_respects_reduced_motion_and_stays_in_a_landmark(
    browser: Browser, site_url: str
) -> None:
    motions: list[tuple[Literal["reduce", "no-preference"], int]] = [
        ("reduce", 0),
        ("no-preference", 1),
    ]
    for motion, canvases in motions:
        context = browser.new_context(reduced_motion=motion)
        page = context.new_page()
        page.goto(site_url + SAMPLE)
        page.wait_for_load_state("load")
        assert page.locator("canvas").count() == canvases, motion
        assert page.locator("body > canvas").count() == 0
        if canvases:
            assert page.locator("main canvas[aria-hidden=true]").count() == 1
        context.close()


def test_search_dialog_is_named_and_finds_pages(page: Page, site_url: str) -> None:
    page.goto(site_url)
    page.locator(".md-search__input").click()
    page.keyboard.type("kollegaveiledning", delay=10)
    page.locator(".md-search-result__item").first.wait_for()
    assert page.locator("[role=dialog].md-search").get_attribute("aria-label") == "Søk"
    assert axe_violations(page) == []


def test_a_wrong_answer_is_said_in_words_with_the_right_option(page: Page, site_url: str) -> None:
    """Colour and strike-through are not enough (WCAG 1.4.1, 4.1.3): the quiz's status line, a
    live region in the accessibility tree, says the verdict and names the right option."""
    page.goto(site_url + SAMPLE)
    single = (
        page.locator(".quiz").filter(has=page.locator("legend", has_text="Velg ett svar")).first
    )
    right = single.locator("input[data-correct]").first
    right_text = right.evaluate(OWN_TEXT)
    single.locator("input:not([data-correct])").first.check(force=True)
    single.locator("button.quiz-button[type=submit]").click()
    status = single.get_by_role("status")
    expect(status).to_have_text(f"Ikke riktig. Det riktige svaret er «{right_text}».")
    # the options say it in their names too, where a screen reader lands on them
    expect(single.get_by_role("radio", name=f"{right_text} (riktig svar)")).to_have_count(1)
    expect(single.get_by_role("radio", name="(feil svar)")).to_have_count(1)
    other = (
        page.locator(".quiz").filter(has=page.locator("legend", has_text="Velg ett svar")).nth(1)
    )
    other.locator("input[data-correct]").first.check(force=True)
    other.locator("button.quiz-button[type=submit]").click()
    expect(other.get_by_role("status")).to_have_text("Riktig.")


def test_several_right_options_are_all_named(page: Page, site_url: str) -> None:
    page.goto(site_url + SAMPLE)
    several = (
        page.locator(".quiz")
        .filter(has=page.locator("legend", has_text="Velg ett eller flere svar"))
        .first
    )
    names = [
        n.strip()
        for n in several.locator("input[data-correct]").evaluate_all(
            "els => els.map(el => el.labels[0].textContent)"
        )
    ]
    several.locator("input:not([data-correct])").first.check(force=True)
    several.locator("button.quiz-button[type=submit]").click()
    listed = ", ".join(f"«{n}»" for n in names[:-1]) + f" og «{names[-1]}»"
    expect(several.get_by_role("status")).to_have_text(
        f"Ikke riktig. De riktige svarene er {listed}."
    )


def test_no_link_named_only_hash_is_a_tab_stop(page: Page, site_url: str) -> None:
    page.goto(site_url + SAMPLE)
    quiz = first_quiz(page)
    quiz.locator("input").first.focus()
    page.keyboard.press("Shift+Tab")
    named = page.evaluate(
        "() => [document.activeElement.tagName, document.activeElement.textContent.trim()]"
    )
    assert named != ["A", "#"]
    stops = page.evaluate(
        """() => [...document.querySelectorAll('a[href]')]
            .filter(a => a.tabIndex >= 0 && a.textContent.trim() === '#').length"""
    )
    assert stops == 0
    expect(page.get_by_role("link", name="#", exact=True)).to_have_count(0)
