"""Progress, certificate, notes, deleting data, and leaders' assignments, in a real browser."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from playwright.sync_api import Page, expect

from conftest import SHOWN, axe_violations, drawn

MODULE = "moduler/psykologisk-trygghet/"
NO_PRINT = "window.print = () => { window.__printed = (window.__printed || 0) + 1; };"


@pytest.fixture(scope="module")
def course(built_site: Path) -> dict:
    return json.loads((built_site / "course.json").read_text(encoding="utf-8"))


def answer_all(page: Page, right: int | None = None) -> None:
    """Answer every quiz on the page: the first `right` correctly (all when None), the rest wrongly."""
    quizzes = drawn(page)
    for i in range(quizzes.count()):
        quiz = quizzes.nth(i)
        again = quiz.locator(".quiz-reset-button:not(.hidden)")
        if again.count():
            again.click()
        if right is None or i < right:
            for box in quiz.locator("input[data-correct]").all():
                box.evaluate("el => { if (!el.checked) el.click(); }")
        else:
            quiz.locator("input:not([data-correct])").first.check(force=True)
        quiz.locator("button.quiz-button[type=submit]").click()


def tick_all(page: Page) -> None:
    for box in page.locator(".tip-reflection input[type=checkbox]").all():
        box.check(force=True)


def seed_completed(page: Page, course: dict, site_url: str, modules: list[str]) -> None:
    """Store what a learner who completed these modules would have stored."""
    page.evaluate(
        """([course, root, ids]) => {
            for (const m of course.modules.filter(m => ids.includes(m.id))) {
                const answers = {};
                for (const q of m.questions) answers[q] = {answered: true, correct: true, selectedValues: []};
                localStorage.setItem("quiz_progress_" + new URL(m.url, root).pathname, JSON.stringify(answers));
                for (const r of m.reflections) localStorage.setItem("tip:v1:reflection:" + m.page + ":" + r.id, JSON.stringify({done: true, note: ""}));
            }
        }""",
        [course, site_url, modules],
    )


def test_module_status_follows_answers_and_ticks(page: Page, site_url: str) -> None:
    page.goto(site_url + MODULE)
    status = page.locator(".tip-module-status")
    expect(status).to_have_text(re.compile(r"^Status: Ikke startet\."))
    drawn(page).first.locator("input[data-correct]").first.check(force=True)
    page.locator(SHOWN).first.locator("button.quiz-button[type=submit]").click()
    expect(status).to_have_text(re.compile(r"^Status: Påbegynt\..*svare på 4 av 5 spørsmål"))
    page.reload()
    answer_all(page)
    expect(status).to_contain_text("krysse av 5 av 5 refleksjoner")
    tick_all(page)
    expect(status).to_have_text("Status: Fullført. Du har fullført modulen.")
    page.goto(site_url)
    nav = page.locator(
        "a.md-nav__link[href$='moduler/psykologisk-trygghet/'] .tip-nav-status"
    ).first
    expect(nav).to_have_text(" (fullført)")
    expect(page.locator("#tip-progress-summary")).to_have_text("Du har fullført 1 av 8 moduler.")
    cards = page.locator("#tip-modules")
    word = ".tip-module-card__status strong"
    expect(cards.locator('[data-tip-module="psykologisk-trygghet"] ' + word)).to_have_text(
        "Fullført"
    )
    expect(cards.locator('[data-tip-module="selvledelse"] ' + word)).to_have_text("Ikke startet")
    expect(page.locator("#tip-continue a")).not_to_have_text("Skriv ut kursbeviset")


def test_below_the_pass_mark_the_module_is_not_completed(page: Page, site_url: str) -> None:
    page.goto(site_url + MODULE)
    answer_all(page, right=3)
    tick_all(page)
    expect(page.locator(".tip-module-status")).to_have_text(
        "Status: Påbegynt. For å fullføre modulen gjenstår det å ta kunnskapssjekken på nytt "
        "(du hadde 3 av 5 riktige ved første svar, og trenger 4)."
    )


def test_certificate_only_when_every_module_is_completed(
    page: Page, site_url: str, course: dict
) -> None:
    page.add_init_script(NO_PRINT)
    page.goto(site_url + "kursbevis/")
    all_ids = [m["id"] for m in course["modules"]]
    seed_completed(page, course, site_url, all_ids[:-1])
    page.reload()
    root = page.locator("#tip-certificate")
    expect(root).to_contain_text("gjenstår")
    last = course["modules"][-1]
    # What is left, counted, not a description of the module
    expect(root.locator("li")).to_have_text(
        f"{last['title']}: {len(last['goals'])} spørsmål og "
        f"{len(last['reflections'])} refleksjoner igjen."
    )
    assert "Modulen har" not in root.inner_text()
    assert root.locator("input#tip-certificate-name").count() == 0
    seed_completed(page, course, site_url, all_ids[-1:])
    page.reload()
    page.locator("#tip-certificate-name").wait_for()
    page.fill("#tip-certificate-name", "<b>Kari</b> Nordmann")
    page.click("text=Lag og skriv ut kursbeviset")
    certificate = page.locator(".tip-certificate")
    assert certificate.locator(".tip-certificate__name").inner_text() == "<b>Kari</b> Nordmann"
    assert certificate.locator("b").count() == 0
    text = certificate.inner_text()
    assert "Tillit i praksis" in text and "egenrapportert" in text
    assert all(m["title"] in text for m in course["modules"])
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    assert certificate.is_visible()
    assert not page.locator("h1", has_text="Kursbevis").is_visible()
    assert not page.locator(".md-header").is_visible()
    page.goto(site_url)
    expect(page.locator("#tip-continue a")).to_have_text("Skriv ut kursbeviset")
    page.locator("#tip-continue a").click()
    page.wait_for_url(site_url + "kursbevis/")


def test_reflection_notes_download_as_text(page: Page, site_url: str) -> None:
    page.goto(site_url + MODULE)
    first = page.locator(".tip-reflection").first
    first.locator("input[type=checkbox]").check(force=True)
    first.locator("textarea").fill("Jeg vil si fra tidligere.")
    prompt = first.locator("label").first.inner_text()
    page.goto(site_url)
    with page.expect_download() as info:
        page.click("button:has-text('Last ned refleksjonsnotatene')")
    download = info.value
    assert download.suggested_filename == "refleksjonsnotater.txt"
    text = Path(download.path()).read_text(encoding="utf-8")
    assert "Psykologisk trygghet" in text
    assert f"[x] {prompt}" in text
    assert "    Jeg vil si fra tidligere." in text


def test_delete_all_removes_the_course_data_and_nothing_else(
    page: Page, site_url: str, course: dict
) -> None:
    page.goto(site_url + MODULE)
    page.evaluate("localStorage.setItem('annen-app', 'behold meg')")
    answer_all(page, right=2)
    tick_all(page)
    page.goto(site_url + "oppdrag/?moduler=selvledelse")
    page.locator(".tip-assignment").wait_for()
    page.goto(site_url + "om/personvern/")
    before = page.evaluate("Object.keys(localStorage)")
    assert any(k.startswith("quiz_progress_") for k in before) and "tip:v1:assignments" in before
    assert course["storage"]["last-read"] in before  # «Fortsett der du slapp»
    page.once("dialog", lambda d: d.accept())
    page.locator(".tip-my-data").first.locator("text=Slett alle mine data").click()
    assert page.evaluate("Object.keys(localStorage)") == ["annen-app"]
    expect(page.locator(".tip-my-data__status").first).to_contain_text("slettet")


def test_privacy_page_lists_every_key_the_site_writes(page: Page, site_url: str) -> None:
    page.add_init_script(
        "const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) {"
        " const seen = JSON.parse(sessionStorage.getItem('__seen') || '[]'); if (k !== '__seen') { seen.push(k);"
        " set.call(sessionStorage, '__seen', JSON.stringify(seen)); } return set.call(this, k, v); };"
    )
    page.goto(site_url + MODULE)
    answer_all(page, right=3)
    tick_all(page)
    page.locator(".tip-reflection textarea").first.fill("notat")
    page.goto(site_url + "oppdrag/?moduler=selvledelse&frist=2030-01-01")
    page.locator(".tip-assignment").wait_for()
    page.goto(site_url + "ledere/tildel/")
    page.goto(site_url + "om/personvern/")
    written = set(json.loads(page.evaluate("sessionStorage.getItem('__seen')") or "[]"))
    families = page.locator("table code").all_inner_texts()
    assert {
        "tip:v1:reflection:",
        "tip:v1:assignments",
        "tip:v1:last-read",
        "quiz_progress_",
    } <= set(families)
    assert "tip:v1:last-read" in written
    unlisted = [
        k
        for k in written
        if not any(k.startswith(f) for f in families) and not k.startswith("/.__")
    ]
    assert written and unlisted == []


def test_leader_builds_a_link_and_the_learner_sees_the_assignment(
    page: Page, site_url: str
) -> None:
    page.add_init_script(NO_PRINT)
    page.goto(site_url + "ledere/tildel/")
    page.click("text=Lag lenke")
    expect(page.locator(".tip-tildel__problem")).to_have_text("Velg minst én modul.")
    page.check("#tildel-psykologisk-trygghet")
    page.check("#tildel-medarbeiderskap")
    page.fill("#tildel-frist", "2099-12-31")
    page.fill("#tildel-team", "Team Nord")
    page.fill("#tildel-melding", "Vi tar dette på møtet & snakker sammen.")
    page.click("text=Lag lenke")
    link = page.input_value("#tildel-lenke")
    parsed = urlparse(link)
    assert parsed.path == "/oppdrag/"
    assert parse_qs(parsed.query) == {
        "moduler": ["psykologisk-trygghet,medarbeiderskap"],
        "frist": ["2099-12-31"],
        "team": ["Team Nord"],
        "melding": ["Vi tar dette på møtet & snakker sammen."],
    }
    mail = page.get_attribute("text=Send lenken på e-post", "href") or ""
    assert mail.startswith("mailto:?subject=") and "oppdrag" in mail
    assert axe_violations(page) == []
    page.click("text=Skriv ut samtaleguidene")
    page.wait_for_function("window.__printed === 1")
    titles = page.locator("#tip-print-guides h1").all_inner_texts()
    assert [t.strip() for t in titles] == [
        "Samtaleguide: Psykologisk trygghet",
        "Samtaleguide: Medarbeiderskap",
    ]
    page.emulate_media(media="print")
    assert page.locator("#tip-print-guides").is_visible()
    assert not page.locator("#tildel-lenke").is_visible()
    page.emulate_media(media="screen")

    page.goto(link)
    box = page.locator("#tip-assignment")
    box.locator(".tip-assignment").wait_for()
    assert "Oppdrag til Team Nord" in box.inner_text()
    assert "Vi tar dette på møtet & snakker sammen." in box.inner_text()
    assert "Fristen er 31. desember 2099" in box.inner_text()
    assert box.locator(".tip-assignment__modules li").all_inner_texts() == [
        "Psykologisk trygghet – ikke startet",
        "Medarbeiderskap – ikke startet",
    ]
    assert box.locator(".tip-notice").count() == 0
    page.goto(site_url + "oppdrag/?moduler=selvledelse&frist=2020-01-01")
    expect(page.locator("#tip-assignment")).to_contain_text("Den har gått ut.")
    page.goto(site_url)
    assignments = page.locator("#tip-assignment-banner .tip-assignment")
    expect(assignments).to_have_count(2)
    assignments.first.locator("text=Fjern oppdraget").click()
    expect(page.locator("#tip-assignment-banner .tip-assignment")).to_have_count(1)
    page.reload()
    expect(page.locator("#tip-assignment-banner .tip-assignment")).to_have_count(1)


ATTACK = '<img src=x onerror="window.__owned=1"><script>window.__owned=1</script>'


@pytest.mark.parametrize("name", ["moduler", "frist", "team", "melding"])
def test_link_parameters_are_shown_as_text(page: Page, site_url: str, name: str) -> None:
    params = {"moduler": "selvledelse", "frist": "2099-01-01", "team": "Team", "melding": "Hei"}
    params[name] = ATTACK if name != "moduler" else "selvledelse," + ATTACK
    page.goto(site_url + "oppdrag/?" + urlencode(params))
    root = page.locator("#tip-assignment")
    root.locator(".tip-assignment").wait_for()
    assert root.locator("img, script").count() == 0
    assert page.evaluate("window.__owned") is None
    if name in ("team", "melding"):
        assert "<img src=x" in root.inner_text()
    else:
        assert root.locator(".tip-notice").count() == 1


def test_bad_links_get_clear_notices(page: Page, site_url: str) -> None:
    long = "x" * 5000
    page.goto(
        site_url
        + f"oppdrag/?moduler=finnes-ikke,selvledelse&frist=2026-02-30&frist=2026-03-01&team={long}&melding={long}&annet=1"
    )
    page.locator(".tip-notice li").first.wait_for()
    notices = page.locator(".tip-notice li").all_inner_texts()
    assert "Modulen «finnes-ikke» finnes ikke i kurset." in notices
    assert "Fristen «2026-02-30» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)." in notices
    assert "Lenken har «frist» flere ganger. Bare den første brukes." in notices
    assert "«team» var lengre enn 80 tegn og er kortet ned." in notices
    assert "«melding» var lengre enn 600 tegn og er kortet ned." in notices
    assert "Lenken har en ukjent del, «annet», som ikke brukes." in notices
    assert page.locator(".tip-assignment__modules li").count() == 1
    page.goto(site_url + "oppdrag/?frist=2026-01-01")
    expect(page.locator(".tip-notice")).to_contain_text(
        "Lenken sier ikke hvilke moduler oppdraget gjelder."
    )
    assert page.locator(".tip-assignment").count() == 0
    page.goto(site_url + "oppdrag/")
    expect(page.locator("#tip-assignment")).to_contain_text("lenke lederen har sendt deg")


def test_corrupted_storage_never_breaks_a_page(page: Page, site_url: str) -> None:
    page.goto(site_url)
    page.evaluate(
        """() => {
            localStorage.setItem('tip:v1:assignments', '{"not": "a list"');
            localStorage.setItem('quiz_progress_/moduler/psykologisk-trygghet/', '[1, 2');
            localStorage.setItem('quiz_progress_/moduler/selvledelse/', JSON.stringify({x: 5, y: null}));
            localStorage.setItem('tip:v1:reflection:moduler/psykologisk-trygghet:si-ifra', '"bare tekst"');
            localStorage.setItem('tip:v1:reflection:moduler/selvledelse:x', 'null');
        }"""
    )
    for path in (
        "",
        MODULE,
        "moduler/selvledelse/",
        "kursbevis/",
        "oppdrag/?moduler=selvledelse",
        "ledere/tildel/",
    ):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
    page.goto(site_url)
    expect(page.locator("#tip-progress-summary")).to_have_text("Du har fullført 0 av 8 moduler.")
    page.evaluate(
        "localStorage.setItem('tip:v1:assignments', JSON.stringify([{modules: 'x'}, 5, {modules: ['selvledelse'], deadline: 'i morgen', team: '', message: ''}]))"
    )
    page.reload()
    expect(page.locator("#tip-progress-summary")).to_have_text("Du har fullført 0 av 8 moduler.")
    assert page.locator("#tip-assignment-banner .tip-assignment").count() == 0


def test_pages_work_without_storage_and_say_so(no_storage_page: Page, site_url: str) -> None:
    page = no_storage_page
    page.goto(site_url)
    expect(page.locator("#tip-progress-summary")).to_contain_text("framdriften blir ikke husket")
    page.goto(site_url + "oppdrag/?moduler=selvledelse")
    expect(page.locator("#tip-assignment")).to_contain_text("Ta vare på lenken.")
    page.goto(site_url + MODULE)
    answer_all(page, right=1)
    expect(page.locator(".tip-module-status")).to_have_text(
        re.compile(r"^Status: (Ikke startet|Påbegynt)\.")
    )
