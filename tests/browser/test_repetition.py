"""Repetisjon in Chromium, on a fixed calendar (Playwright's clock): answers in a module come back
on the Repetisjon page after growing intervals, and nothing there changes a module.

The rules (docs/assets/js/repetition.js): a question answered in a module is due the next day; a
right answer here moves it on (3, 7, 16, 35 days), a wrong one brings it back tomorrow.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from conftest import OWN_LABELS, Server, axe_violations, build_site, copy_project, drawn
from test_keyboard import FOCUS_CHECK, press, tab_to

MODULE = "moduler/selvledelse/"
PAGE = "repetisjon/"
KEY = "tip:v1:repetition"
STAGE = ".tip-repetition__stage .quiz"


@pytest.fixture(scope="module")
def course(built_site: Path) -> dict:
    return json.loads((built_site / "course.json").read_text(encoding="utf-8"))


def dom_ids(course: dict, module: str = "selvledelse") -> list[str]:
    [found] = [m for m in course["modules"] if m["id"] == module]
    return list(found["questions"])


def on(page: Page, day: int) -> None:
    """Today is day `day` of December 2026, at nine in the morning, until the test says otherwise."""
    page.clock.set_fixed_time(datetime.datetime(2026, 12, day, 9, 0))


def choose(quiz: Locator, right: bool) -> None:
    if right:
        for box in quiz.locator("input[data-correct]").all():
            box.check(force=True)
    else:
        quiz.locator("input:not([data-correct])").first.check(force=True)


def answer_in_module(page: Page, site_url: str, answers: list[bool]) -> list[str]:
    """Answer the first questions the module's attempt shows, right (True) or wrong, and wait
    until they are scheduled; their DOM ids."""
    page.goto(site_url + MODULE)
    quizzes = drawn(page)
    for i, right in enumerate(answers):
        choose(quizzes.nth(i), right)
        quizzes.nth(i).locator("button.quiz-button[type=submit]").click()
    page.wait_for_function(
        "([key, n]) => Object.keys((JSON.parse(localStorage.getItem(key)) || {questions: {}}).questions).length === n",
        arg=[KEY, len(answers)],
    )
    return [quizzes.nth(i).get_attribute("id") or "" for i in range(len(answers))]


def schedule_id(dom_id: str) -> str:
    """ "q-selvledelse-to-frister-1a2b3c4d" -> "selvledelse:to-frister" (the schedule's entry)."""
    bank_and_question = dom_id.removeprefix("q-").rsplit("-", 1)[0]
    return "selvledelse:" + bank_and_question.removeprefix("selvledelse-")


def schedule(page: Page) -> dict[str, dict[str, object]]:
    stored = page.evaluate("key => localStorage.getItem(key)", KEY)
    return json.loads(stored)["questions"] if stored else {}


def module_answers(page: Page) -> str | None:
    return page.evaluate("p => localStorage.getItem('quiz_progress_' + p)", "/" + MODULE)


def practise(page: Page, right: bool) -> str:
    """Answer the question on the Repetisjon page; the announcement that follows."""
    quiz = page.locator(STAGE)
    quiz.wait_for()  # after "Neste spørsmål", the next question is put in place when it is there
    choose(quiz, right)
    quiz.locator("button.quiz-button[type=submit]").click()
    verdict = page.locator(".tip-repetition__verdict")
    expect(verdict).not_to_be_empty()
    return verdict.inner_text()


def settle(page: Page) -> None:
    """Wait until nothing moves: a key that removes what had the focus stops its transition
    half-way (test_keyboard's check would take that for a failure)."""
    page.wait_for_function("!document.getAnimations().some(a => a.playState === 'running')")


def press_and_settle(page: Page, key: str) -> None:
    """A key that changes the page; then the focus must be visible wherever it is."""
    page.keyboard.press(key)
    settle(page)
    assert page.evaluate(FOCUS_CHECK).get("problem") is None


def skip_the_menu(page: Page) -> None:
    """Material's skip link, with the keyboard: the next Tab goes on from the page's content."""
    tab_to(page, "a.md-skip")
    page.keyboard.press("Enter")
    settle(page)


def calm_axe(page: Page) -> list[dict[str, object]]:
    """axe's findings once mkdocs-quiz's colours have stopped fading (contrast is measured)."""
    settle(page)
    return axe_violations(page)


def test_a_module_answer_is_due_the_next_day_on_the_front_page_and_in_the_menu(
    page: Page, site_url: str
) -> None:
    on(page, 1)
    answer_in_module(page, site_url, [True, False])
    page.goto(site_url)
    due = page.locator("#tip-repetition-due")
    expect(due).to_have_text(
        "Ingen spørsmål å repetere i dag. Neste kommer i morgen. Til repetisjonen"
    )
    badge = page.locator("a.md-nav__link[href$='repetisjon/'] .tip-repetition-count").first
    expect(badge).to_have_text("")
    on(page, 2)
    page.reload()
    expect(due).to_have_text("2 spørsmål å repetere i dag")
    expect(badge).to_have_text(" (2 i dag)")
    due.locator("a").click()
    expect(page).to_have_url(site_url + PAGE)
    expect(page.locator(".tip-repetition__status")).to_have_text(
        "Du har 2 spørsmål å repetere i dag."
    )
    expect(page.locator(".tip-repetition__heading")).to_have_text("Spørsmål 1 av 2")


def test_right_answers_wait_longer_and_a_wrong_one_comes_back_tomorrow(
    page: Page, site_url: str, course: dict
) -> None:
    on(page, 1)
    first, second = answer_in_module(page, site_url, [True, True])
    in_module = module_answers(page)
    options = page.locator(f"#{first} label").evaluate_all(OWN_LABELS)
    feedback = page.locator(f"#{first} .answer-feedback").all_inner_texts()

    on(page, 2)
    page.goto(site_url + PAGE)
    stage = page.locator(STAGE)
    expect(stage).to_have_id(first)
    assert (
        stage.locator("label").evaluate_all(OWN_LABELS) == options
    )  # the module's order and words
    assert stage.locator(".answer-feedback").all_inner_texts() == feedback
    assert stage.locator(".quiz-reset-button").count() == 1  # mkdocs-quiz set it up once
    assert practise(page, True) == (
        "Riktig. Du får spørsmålet igjen om 3 dager, 5. desember. Neste er spørsmål 2 av 2."
    )
    assert stage.locator(".quiz-feedback").is_visible()
    assert stage.locator("section.content").is_visible()  # the explanation
    assert schedule(page)[schedule_id(first)] == {
        "question": first,
        "box": 1,
        "due": "2026-12-05",
    }
    page.locator(".tip-repetition__next").click()
    expect(page.locator(".tip-repetition__heading")).to_be_focused()
    expect(page.locator(STAGE)).to_have_id(second)
    assert (
        practise(page, False)
        == "Feil. Du får spørsmålet igjen i morgen. Det var det siste spørsmålet."
    )
    assert schedule(page)[schedule_id(second)]["due"] == "2026-12-03"
    page.locator(".tip-repetition__next", has_text="Avslutt").click()
    expect(page.locator(".tip-repetition__heading")).to_have_text("Ferdig for i dag")
    expect(page.locator(".tip-repetition__heading")).to_be_focused()
    expect(page.locator(".tip-repetition__source")).to_have_text(
        "Du svarte riktig på 1 av 2 spørsmål. Neste spørsmål kommer i morgen."
    )
    assert module_answers(page) == in_module  # practising never touches the module's answers
    page.goto(site_url + MODULE)
    goals = len(next(m for m in course["modules"] if m["id"] == "selvledelse")["goals"])
    expect(page.locator(".tip-module-status")).to_contain_text(
        f"svare på {goals - 2} av {goals} spørsmål"
    )

    on(page, 3)  # the wrong one is back, the right one waits
    page.goto(site_url + PAGE)
    expect(page.locator(".tip-repetition__heading")).to_have_text("Spørsmål 1 av 1")
    expect(page.locator(STAGE)).to_have_id(second)
    assert practise(page, True).startswith(
        "Riktig. Du får spørsmålet igjen om 3 dager, 6. desember."
    )

    on(page, 5)
    page.goto(site_url + PAGE)
    expect(page.locator(STAGE)).to_have_id(first)
    assert practise(page, True).startswith(
        "Riktig. Du får spørsmålet igjen om 7 dager, 12. desember."
    )
    page.locator(".tip-repetition__next").click()
    expect(page.locator(".tip-repetition__source")).to_have_text(
        "Du svarte riktig på 1 av 1 spørsmål. Neste spørsmål kommer i morgen."
    )  # the other one, on the 6th


def test_practising_all_of_a_module_changes_no_interval(
    page: Page, site_url: str, course: dict
) -> None:
    on(page, 1)
    answer_in_module(page, site_url, [True, False])
    before = schedule(page)
    page.goto(site_url + PAGE)
    expect(page.locator(".tip-repetition__status")).to_have_text(
        "Du har ingen spørsmål å repetere i dag. Neste spørsmål kommer i morgen."
    )
    assert page.locator(".tip-repetition__session").is_hidden()
    buttons = page.locator(".tip-repetition__module")
    ids = dom_ids(course)
    expect(buttons).to_have_text([f"Selvledelse ({len(ids)} spørsmål)"])  # the one module answered
    buttons.first.click()
    heading = page.locator(".tip-repetition__heading")
    expect(heading).to_be_focused()
    expect(page.locator(".tip-repetition__source")).to_have_text(
        "Øving: alle spørsmålene fra «Selvledelse». Svarene endrer ikke repetisjonsplanen."
    )
    for n, dom_id in enumerate(ids):
        expect(heading).to_have_text(f"Spørsmål {n + 1} av {len(ids)}")
        expect(page.locator(STAGE)).to_have_id(dom_id)
        said = practise(page, n % 2 == 0)
        following = (
            "Det var det siste spørsmålet."
            if n == len(ids) - 1
            else f"Neste er spørsmål {n + 2} av {len(ids)}."
        )
        assert said == ("Riktig. " if n % 2 == 0 else "Feil. ") + following
        assert page.locator(f"{STAGE} .quiz-reset-button").count() == 1
        page.locator(".tip-repetition__next").click()
    expect(heading).to_have_text("Ferdig med øvingen")
    expect(page.locator(".tip-repetition__source")).to_have_text(
        f"Du svarte riktig på {(len(ids) + 1) // 2} av {len(ids)} spørsmål. "
        "Øvingen endret ikke repetisjonsplanen."
    )
    assert schedule(page) == before


def pick_edits(project: Path, answered: list[str]) -> tuple[str, str]:
    """Two of the answered questions (ids in the bank): one to edit, and one to remove from a
    goal that keeps two parallel questions without it (the build checks that)."""
    from course.course import load_course

    bank = load_course(project)[0].banks["selvledelse"]
    ids = [schedule_id(d).split(":")[1] for d in answered]
    sizes = {q.goal: sum(o.goal == q.goal for o in bank.questions) for q in bank.questions}
    removed = next(i for i in ids if sizes[bank.question(i).goal] >= 3)  # type: ignore[union-attr]
    return next(i for i in ids if i != removed), removed


def edited_question(text: str, question_id: str, new: str) -> str:
    """The bank with the question's own text (the lines after `question: >-`) replaced."""
    start = text.index(f"  - id: {question_id}\n")
    at = text.index("    question: >-\n", start) + len("    question: >-\n")
    end = text.index("    options:", at)
    return text[:at] + f"      {new}\n" + text[end:]


def without_question(text: str, question_id: str) -> str:
    start = text.index(f"  - id: {question_id}\n")
    following = text.find("\n  - id: ", start + 1)
    return text[:start] + (text[following + 1 :] if following >= 0 else "")


def test_an_edited_question_starts_over_and_a_removed_one_is_dropped(
    browser: Browser, tmp_path: Path
) -> None:
    project = copy_project(tmp_path / "p")
    site = tmp_path / "site"
    build_site(project, site)
    server = Server(site)
    context = browser.new_context(
        service_workers="block"
    )  # a reload after a rebuild: no offline copy
    page = context.new_page()
    try:
        on(page, 1)
        answered = answer_in_module(page, server.url, [True] * 5)  # one for each goal
        on(page, 2)
        page.goto(server.url + PAGE)
        for _ in range(5):
            practise(page, True)
            page.locator(".tip-repetition__next").click()
        assert {e["due"] for e in schedule(page).values()} == {"2026-12-05"}
        bank = project / "quizzes" / "selvledelse.yml"
        text = bank.read_text(encoding="utf-8")
        edited, removed = pick_edits(project, answered)
        text = edited_question(text, edited, "Hva bør du gjøre nå?")
        text = without_question(text, removed)
        bank.write_text(text, encoding="utf-8")
        shutil.rmtree(site)
        build_site(project, site)

        on(page, 3)
        page.goto(server.url)
        expect(page.locator("#tip-repetition-due")).to_have_text("1 spørsmål å repetere i dag")
        found = schedule(page)
        kept = sorted({schedule_id(d) for d in answered} - {f"selvledelse:{removed}"})
        assert sorted(found) == kept  # the removed one is dropped
        assert {found[k]["due"] for k in kept if k != f"selvledelse:{edited}"} == {"2026-12-05"}
        entry = found[f"selvledelse:{edited}"]
        assert (entry["box"], entry["due"]) == (0, "2026-12-03")  # from the start, today
        page.goto(server.url + PAGE)
        expect(page.locator(STAGE)).to_contain_text("Hva bør du gjøre nå?")
        # from the first box again: 3 days now, where its old entry would have had 7
        assert practise(page, True).startswith(
            "Riktig. Du får spørsmålet igjen om 3 dager, 6. desember."
        )
    finally:
        context.close()
        server.close()


def test_the_schedule_is_in_the_download_and_delete_all_empties_it(
    page: Page, site_url: str
) -> None:
    on(page, 1)
    first, second = (
        schedule_id(d).split(":")[1] for d in answer_in_module(page, site_url, [True, False])
    )
    page.goto(site_url)
    with page.expect_download() as info:
        page.click("button:has-text('Last ned refleksjonsnotatene')")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert "Repetisjonsplanen" in text
    assert f"Spørsmål «{first}»: trinn 1 av 5, neste gang 2. desember 2026" in text
    assert f"Spørsmål «{second}»: trinn 1 av 5, neste gang 2. desember 2026" in text
    page.once("dialog", lambda d: d.accept())
    page.locator(".tip-my-data").first.locator("text=Slett alle mine data").click()
    assert page.evaluate("Object.keys(localStorage)") == []
    expect(page.locator("#tip-repetition-due")).to_be_empty()
    on(page, 2)
    page.goto(site_url + PAGE)
    expect(page.locator(".tip-repetition__status")).to_have_text(
        "Du har ikke svart på noen kunnskapssjekk ennå. Når du har svart på kunnskapssjekken i en "
        "modul, kommer spørsmålene her dagen etter."
    )
    assert schedule(page) == {}
    assert page.locator(".tip-repetition__all").is_hidden()


def test_without_storage_the_page_says_repetition_needs_it(
    no_storage_page: Page, site_url: str
) -> None:
    page = no_storage_page
    page.goto(site_url + PAGE)
    expect(page.locator("#tip-repetition .tip-notice")).to_have_text(
        "Repetisjonen trenger lagring i nettleseren, og nettleseren din lar ikke kurset lagre noe nå "
        "(for eksempel i privat modus). Du kan likevel svare på kunnskapssjekkene i modulene."
    )
    assert page.locator(".quiz").count() == 0
    assert axe_violations(page) == []
    page.goto(site_url)
    expect(page.locator("#tip-progress-summary")).to_contain_text("framdriften blir ikke husket")
    expect(page.locator("#tip-repetition-due")).to_be_empty()


@pytest.mark.parametrize(
    "stored",
    ['{"questions": {', "[1, 2, 3]", '{"questions": "x"}'],
    ids=["broken-json", "a-list", "wrong-shape"],
)
def test_an_unreadable_schedule_is_made_again_and_the_page_says_so(
    page: Page, site_url: str, stored: str
) -> None:
    on(page, 1)
    [answered] = answer_in_module(page, site_url, [True])
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, stored])
    on(page, 2)
    page.goto(site_url + PAGE)
    expect(page.locator("#tip-repetition .tip-notice")).to_have_text(
        "Repetisjonen trenger lagring i nettleseren, og planen som var lagret der, kunne ikke "
        "leses. Den er laget på nytt ut fra svarene dine i modulene."
    )
    expect(page.locator(".tip-repetition__status")).to_have_text(
        "Du har ingen spørsmål å repetere i dag. Neste spørsmål kommer i morgen."
    )
    assert list(schedule(page)) == [schedule_id(answered)]


def test_junk_entries_are_dropped_quietly(page: Page, site_url: str, course: dict) -> None:
    on(page, 1)
    [first] = answer_in_module(page, site_url, [True])
    others = [d for d in dom_ids(course) if d != first]
    junk = {
        "questions": {
            schedule_id(first): {
                "question": first,
                "box": 2,
                "due": "2026-12-01",
            },
            schedule_id(others[0]): {"question": 5, "box": "x", "due": "i morgen"},
            "finnes:ikke": {"question": "q-finnes-ikke-abc", "box": 0, "due": "2026-12-01"},
            schedule_id(others[1]): None,
        }
    }
    page.evaluate("([k, v]) => localStorage.setItem(k, JSON.stringify(v))", [KEY, junk])
    page.goto(site_url + PAGE)
    expect(page.locator(".tip-repetition__status")).to_have_text(
        "Du har 1 spørsmål å repetere i dag."
    )
    assert page.locator("#tip-repetition .tip-notice").is_hidden()
    assert sorted(schedule(page)) == [schedule_id(first)]


def test_every_state_of_the_page_passes_axe(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    on(page, 1)
    page.goto(site_url + PAGE)  # nothing answered yet
    expect(page.locator(".tip-repetition__status")).to_contain_text("ikke svart")
    assert calm_axe(page) == []
    answer_in_module(page, site_url, [True, False])
    page.goto(site_url + PAGE)  # nothing due
    expect(page.locator(".tip-repetition__status")).to_contain_text("ingen spørsmål")
    assert calm_axe(page) == []
    page.locator(".tip-repetition__module").first.click()  # practise all
    page.locator(STAGE).wait_for()
    assert calm_axe(page) == []
    practise(page, False)
    assert calm_axe(page) == []
    on(page, 2)
    page.goto(site_url + PAGE)  # questions due
    page.locator(STAGE).wait_for()
    assert calm_axe(page) == []
    practise(page, True)
    assert calm_axe(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # fits a phone
    page.locator(".tip-repetition__next").click()
    practise(page, True)
    page.locator(".tip-repetition__next").click()
    expect(page.locator(".tip-repetition__heading")).to_have_text("Ferdig for i dag")
    assert calm_axe(page) == []


def test_answers_are_announced_and_motion_is_reduced(page: Page, site_url: str) -> None:
    page.emulate_media(reduced_motion="reduce")
    on(page, 1)
    answer_in_module(page, site_url, [True])
    on(page, 2)
    page.goto(site_url + PAGE)
    verdict = page.locator(".tip-repetition__verdict")
    assert verdict.get_attribute("role") == "status"  # read out when it changes
    expect(verdict).to_be_empty()
    practise(page, False)
    expect(verdict).to_have_text(re.compile(r"^Feil\. .*Det var det siste spørsmålet\.$"))
    moving = page.evaluate(
        """sel => [...document.querySelectorAll(sel + ' *')]
            .map(e => getComputedStyle(e))
            .filter(s => s.transitionDuration.split(',').some(d => parseFloat(d) > 0) || s.animationName !== 'none')
            .length""",
        STAGE,
    )
    assert moving == 0
    assert page.evaluate("window.mkdocsQuizConfig.confetti") is False


def test_keyboard_alone_from_the_front_page_to_the_end_of_todays_repetition(
    page: Page, site_url: str
) -> None:
    on(page, 1)
    answer_in_module(page, site_url, [True, False])
    on(page, 2)
    page.goto(site_url)
    page.locator("#tip-repetition-due a").wait_for()
    skip_the_menu(page)
    tab_to(page, "#tip-repetition-due a")
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + PAGE)
    page.locator(STAGE).wait_for()
    skip_the_menu(page)
    for n in range(2):
        page.locator(STAGE).wait_for()  # fetched when its turn comes
        if page.locator(f"{STAGE} input[type=checkbox]").count():
            # Checkboxes: Tab to each right one, and Space ticks it.
            while page.locator(f"{STAGE} input[data-correct]:not(:checked)").count():
                tab_to(page, f"{STAGE} input[data-correct]:not(:checked)")
                press(page, "Space")
        else:
            tab_to(page, f"{STAGE} input")
            # Radio buttons: the arrow keys move the choice; Space takes the one in focus.
            for _ in range(6):
                if page.evaluate("document.activeElement.hasAttribute('data-correct')"):
                    break
                press(page, "ArrowDown")
            press(page, "Space")
        tab_to(page, f"{STAGE} button.quiz-button[type=submit]")
        press_and_settle(page, "Enter")  # the focus goes to mkdocs-quiz's feedback
        expect(page.locator(".tip-repetition__verdict")).to_have_text(re.compile(r"^Riktig\."))
        tab_to(page, ".tip-repetition__next")
        press_and_settle(page, "Enter")  # the focus goes to the next heading
        if n == 0:
            expect(page.locator(".tip-repetition__heading")).to_have_text("Spørsmål 2 av 2")
    heading = page.locator(".tip-repetition__heading")
    expect(heading).to_have_text("Ferdig for i dag")
    expect(heading).to_be_focused()
    expect(page.locator(".tip-repetition__source")).to_have_text(
        re.compile(r"^Du svarte riktig på 2 av 2 spørsmål\.")
    )


def test_nothing_leaves_the_browser_and_every_key_is_on_the_privacy_page(
    page: Page, site_url: str, built_site: Path
) -> None:
    page.add_init_script(
        "const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) {"
        " const seen = JSON.parse(sessionStorage.getItem('__seen') || '[]'); if (k !== '__seen') { seen.push(k);"
        " set.call(sessionStorage, '__seen', JSON.stringify(seen)); } return set.call(this, k, v); };"
    )
    requests: list[str] = []
    page.on("request", lambda r: requests.append(f"{r.method} {r.url}"))
    on(page, 1)
    answer_in_module(page, site_url, [True, False])
    on(page, 2)
    page.goto(site_url + PAGE)
    practise(page, True)
    page.locator(".tip-repetition__module").first.click()
    practise(page, False)
    page.goto(site_url + "om/personvern/")
    written = set(json.loads(page.evaluate("sessionStorage.getItem('__seen')") or "[]"))
    families = page.locator("table code").all_inner_texts()
    assert {KEY, "quiz_progress_/" + PAGE} <= written
    assert [k for k in written if not any(k.startswith(f) for f in families)] == []
    assert KEY in families
    for request in requests:
        method, url = request.split(" ", 1)
        assert method == "GET" and url.startswith(site_url), request
        path = url[len(site_url) :].split("#")[0]
        assert "?" not in path, request  # nothing of the learner's in an address
        assert (built_site / path).exists() or (built_site / path / "index.html").exists(), request


def test_without_javascript_the_page_is_plain_text(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + PAGE)
        text = page.locator("article").inner_text()
        assert "Svarer du riktig, venter spørsmålet lenger for hver gang" in text
        assert "Repetisjonen virker når JavaScript er slått på i nettleseren." in text
        assert page.locator(".quiz").count() == 0
    finally:
        context.close()
