"""The front page as a learner finds it, on a wide screen (1280x900) and on a phone (390x844):
the assignment banner, «Start kurset» or «Fortsett», the status summary and the module cards, in
every state: new, partly done, all done, an assignment whose deadline has passed; without
storage; without JavaScript. And «Fortsett der du slapp» goes back to the section read."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from conftest import DENY_STORAGE, ErrorsPage, axe_source, axe_violations

SIZES = {"bred": (1280, 900), "mobil": (390, 844)}
TODAY = datetime(2026, 12, 1, 10, 0)  # the deadlines below are counted from this day
STATUSES = ("Ikke startet", "Påbegynt", "Fullført")


@pytest.fixture(scope="module")
def course(built_site: Path) -> dict:
    return json.loads((built_site / "course.json").read_text(encoding="utf-8"))


def section_of(built_site: Path, module: dict, n: int) -> tuple[str, str]:
    """The id and text of the n-th second-level heading of a module page."""
    text = (built_site / module["url"] / "index.html").read_text(encoding="utf-8")
    found = re.findall(r'<h2 id="([^"]+)">(.*?)<a class="headerlink"', text)
    return found[n][0], re.sub(r"<[^>]+>", "", found[n][1]).strip()


def new_page(browser: Browser, size: str, **options: object) -> tuple[Page, ErrorsPage]:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, **options)  # type: ignore[arg-type]
    page = context.new_page()
    return page, ErrorsPage(page)


@pytest.fixture(params=list(SIZES))
def sized(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page at each size, its clock fixed at TODAY; fails the test on any page error."""
    page, errors = new_page(browser, request.param)
    page.clock.set_fixed_time(TODAY)
    yield page
    page.context.close()
    assert errors.errors == [], f"JavaScript errors on the page: {errors.errors}"


def store(page: Page, site_url: str, items: dict[str, object]) -> None:
    page.goto(site_url + "404.html")  # the site's origin, without running the front page
    page.evaluate(
        "items => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, JSON.stringify(v)); }",
        items,
    )


def answers(module: dict, site_url: str, right: int) -> dict[str, object]:
    """An attempt whose first `right` goals were answered right at the first try (and
    mkdocs-quiz's own record of those answers)."""
    path = re.sub(r"^https?://[^/]+", "", site_url) + module["url"]
    drawn = {g["id"]: g["questions"][0] for g in module["goals"]}
    first = {g["questions"][0]: True for g in module["goals"][:right]}
    saved = {q: {"answered": True, "correct": True, "selectedValues": []} for q in first}
    attempt = {"n": 1, "drawn": drawn, "first": first}
    return {"quiz_progress_" + path: saved, module["attempt"]: attempt}


def ticks(module: dict, count: int) -> dict[str, object]:
    return {r["key"]: {"done": True, "note": ""} for r in module["reflections"][:count]}


def completed(module: dict, site_url: str) -> dict[str, object]:
    return answers(module, site_url, len(module["goals"])) | ticks(
        module, len(module["reflections"])
    )


def state_items(state: str, course: dict, site_url: str, built_site: Path) -> dict[str, object]:
    modules = course["modules"]
    last_read = course["storage"]["last-read"]
    if state == "ny":
        return {}
    if state == "underveis":
        section, heading = section_of(built_site, modules[2], 1)
        return (
            completed(modules[0], site_url)
            | completed(modules[1], site_url)
            | answers(modules[2], site_url, 2)
            | ticks(modules[2], 1)
            | {
                last_read: {"module": modules[2]["id"], "section": section, "heading": heading},
                "tip:v1:assignments": [
                    {
                        "modules": [modules[2]["id"], modules[3]["id"]],
                        "deadline": "2026-12-15",
                        "team": "Team Nord",
                        "message": "Vi snakker om dette på teammøtet.",
                        "saved": "2026-11-20T10:00:00Z",
                    }
                ],
            }
        )
    if state == "ferdig":
        items: dict[str, object] = {}
        for module in modules:
            items |= completed(module, site_url)
        return items
    assert state == "frist-ute"
    return {
        "tip:v1:assignments": [
            {
                "modules": [modules[0]["id"]],
                "deadline": "2026-11-20",
                "team": "",
                "message": "Husk kunnskapssjekken.",
                "saved": "2026-11-01T10:00:00Z",
            }
        ]
    }


def card(page: Page, module: dict) -> Locator:
    return page.locator(f'#tip-modules [data-tip-module="{module["id"]}"]')


def check_layout(page: Page) -> None:
    """One list of eight cards, no sideways scrolling, the button on the first screen."""
    width, height = page.viewport_size["width"], page.viewport_size["height"]  # type: ignore[index]
    cards = page.locator("#tip-modules > li")
    expect(cards).to_have_count(8)
    assert page.locator("table").count() == 0  # the old progress table is gone
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate("window.scrollY") == 0
    box = page.locator("#tip-continue a").bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= height
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert first and second
    if width < 500:  # stacked on a phone
        assert second["x"] == first["x"] and second["y"] > first["y"] + first["height"] - 1
        assert first["width"] <= width
    else:  # two or more across on a wide screen
        assert second["y"] == first["y"] and second["x"] > first["x"] + first["width"] - 1


@pytest.mark.parametrize("state", ["ny", "underveis", "ferdig", "frist-ute"])
def test_front_page_in_every_state(
    sized: Page, site_url: str, built_site: Path, course: dict, state: str
) -> None:
    page = sized
    modules = course["modules"]
    store(page, site_url, state_items(state, course, site_url, built_site))
    page.goto(site_url)
    summary = page.locator("#tip-progress-summary")
    button = page.locator("#tip-continue a")
    where = page.locator("#tip-continue-where")
    banner = page.locator("#tip-assignment-banner .tip-assignment")
    done = {"ny": 0, "underveis": 2, "ferdig": 8, "frist-ute": 0}[state]
    expect(summary).to_have_text(f"Du har fullført {done} av 8 moduler.")
    for module in modules:
        expect(card(page, module).locator(".tip-module-card__status strong")).to_have_count(1)
    check_layout(page)

    if state in ("ny", "frist-ute"):
        expect(button).to_have_text("Start kurset")
        assert button.get_attribute("href") == site_url + modules[0]["url"]
        expect(where).to_have_text(
            f"Modul 1: {modules[0]['title']}, omtrent {modules[0]['minutes']} minutter"
        )
        for module in modules:
            expect(card(page, module).locator(".tip-module-card__status strong")).to_have_text(
                "Ikke startet"
            )
            assert card(page, module).locator("progress").evaluate("p => p.value") == 0
    if state == "ny":
        expect(banner).to_have_count(0)
        assert page.locator(".tip-module-card__deadline").count() == 0
    if state == "underveis":
        section, heading = section_of(built_site, modules[2], 1)
        expect(button).to_have_text("Fortsett der du slapp")
        assert button.get_attribute("href") == site_url + modules[2]["url"] + "#" + section
        expect(where).to_have_text(f"Modul 3: {modules[2]['title']}, «{heading}»")
        for module, status in zip(
            modules[:4], ["Fullført", "Fullført", "Påbegynt", "Ikke startet"]
        ):
            expect(card(page, module).locator(".tip-module-card__status strong")).to_have_text(
                status
            )
        third = card(page, modules[2])
        expect(third.locator(".tip-module-card__count")).to_have_text(
            f"2 av {len(modules[2]['goals'])} spørsmål, 1 av 5 refleksjoner"
        )
        bar = third.locator("progress")
        assert bar.evaluate("p => [p.value, p.max]") == [3, len(modules[2]["goals"]) + 5]
        assert bar.get_attribute("aria-label") == f"Framdrift i {modules[2]['title']}"
        assert card(page, modules[0]).locator("progress").evaluate("p => p.value === p.max")
        for module in modules[2:4]:
            expect(card(page, module).locator(".tip-module-card__deadline")).to_have_text(
                "Fristen er 15. desember 2026 (om 14 dager)."
            )
        assert card(page, modules[4]).locator(".tip-module-card__deadline").count() == 0
        expect(banner).to_have_count(1)
        expect(banner.locator("h2")).to_have_text("Oppdrag til Team Nord")
        expect(banner.locator(".tip-assignment__message")).to_have_text(
            "Vi snakker om dette på teammøtet."
        )
        expect(banner.locator(".tip-assignment__deadline")).to_have_text(
            "Fristen er 15. desember 2026 (om 14 dager)."
        )
        assert banner.locator(".tip-assignment__modules li").all_inner_texts() == [
            f"{modules[2]['title']} – påbegynt",
            f"{modules[3]['title']} – ikke startet",
        ]
        # the banner stands at the top: right under the title, above the welcome
        assert page.evaluate(
            "() => document.querySelector('h1').nextElementSibling.id === 'tip-assignment-banner'"
        )
    if state == "ferdig":
        expect(button).to_have_text("Skriv ut kursbeviset")
        assert button.get_attribute("href") == site_url + "kursbevis/"
        for module in modules:
            expect(card(page, module).locator(".tip-module-card__status strong")).to_have_text(
                "Fullført"
            )
    if state == "frist-ute":
        expect(banner.locator("h2")).to_have_text("Oppdrag fra lederen din")
        expect(banner.locator(".tip-assignment__deadline")).to_have_text(
            "Fristen var 20. november 2026. Den har gått ut."
        )
        expect(card(page, modules[0]).locator(".tip-module-card__deadline--passed")).to_have_text(
            "Fristen var 20. november 2026. Den har gått ut."
        )
    assert axe_violations(page) == []


def test_cards_banner_and_button_follow_the_dark_palette(
    sized: Page, site_url: str, built_site: Path, course: dict
) -> None:
    """Material's colour variables, not fixed colours: axe finds no contrast problem in the
    front page's own parts when the page switches to Material's dark palette (slate)."""
    page = sized
    store(page, site_url, state_items("underveis", course, site_url, built_site))
    page.goto(site_url)
    expect(page.locator("#tip-assignment-banner .tip-assignment")).to_have_count(1)
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 255, 255)"
    page.add_script_tag(content=axe_source())
    found = page.evaluate(
        """async () => (await axe.run({include: [['#tip-assignment-banner'], ['#tip-continue'],
            ['#tip-progress-summary'], ['#tip-modules']]}, {resultTypes: ['violations']})).violations
            .map(v => v.id + ' ' + v.nodes.map(n => n.target).join(','))"""
    )
    assert found == []


def test_fortsett_goes_back_to_the_section_read(sized: Page, site_url: str, course: dict) -> None:
    page = sized
    module = course["modules"][2]
    key = course["storage"]["last-read"]
    page.goto(site_url + module["url"])
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    read = page.evaluate(
        """() => { let found = null;
            for (const h of document.querySelectorAll('article :is(h2, h3)[id]'))
                if (h.getBoundingClientRect().top <= innerHeight / 3) found = h;
            const own = found && found.cloneNode(true);
            if (own) own.querySelectorAll('.headerlink').forEach((a) => a.remove());
            return found && [found.id, own.textContent.trim()]; }"""
    )
    assert read and read[0] != "" and "¶" not in read[1]
    page.wait_for_function(
        "([key, id]) => (JSON.parse(localStorage.getItem(key)) || {}).section === id",
        arg=[key, read[0]],
    )
    page.goto(site_url)
    button = page.locator("#tip-continue a")
    expect(button).to_have_text("Fortsett der du slapp")
    expect(page.locator("#tip-continue-where")).to_have_text(
        f"Modul 3: {module['title']}, «{read[1]}»"
    )
    stored = page.evaluate("(key) => JSON.parse(localStorage.getItem(key)).heading", key)
    assert stored == read[1]  # the heading's own words, without Material's "¶"
    button.click()
    page.wait_for_url(site_url + module["url"] + "#" + read[0])
    heading = page.locator("#" + read[0]).bounding_box()
    height = page.viewport_size["height"]  # type: ignore[index]
    assert heading and 0 <= heading["y"] <= height / 3


def test_a_heading_saved_with_its_permalink_sign_shows_without_it(
    sized: Page, site_url: str, course: dict
) -> None:
    """Earlier versions stored «Refleksjon¶»: it shows as «Refleksjon»."""
    page = sized
    module = course["modules"][1]
    key = course["storage"]["last-read"]
    saved = {"module": module["id"], "section": "refleksjon", "heading": "Refleksjon¶"}
    page.goto(site_url)
    page.evaluate("([key, v]) => localStorage.setItem(key, JSON.stringify(v))", [key, saved])
    page.reload()
    expect(page.locator("#tip-continue-where")).to_have_text(
        f"Modul 2: {module['title']}, «Refleksjon»"
    )


def test_a_completed_module_read_last_leads_on_to_the_next(
    sized: Page, site_url: str, course: dict
) -> None:
    page = sized
    modules = course["modules"]
    last_read = course["storage"]["last-read"]
    store(
        page,
        site_url,
        completed(modules[3], site_url)
        | {last_read: {"module": modules[3]["id"], "section": "", "heading": ""}},
    )
    page.goto(site_url)
    button = page.locator("#tip-continue a")
    expect(button).to_have_text("Fortsett")
    assert button.get_attribute("href") == site_url + modules[4]["url"]
    expect(page.locator("#tip-continue-where")).to_have_text(
        f"Neste modul: 5. {modules[4]['title']}"
    )


def test_removing_an_assignment_keeps_the_focus_on_the_page(
    sized: Page, site_url: str, course: dict, built_site: Path
) -> None:
    page = sized
    store(page, site_url, state_items("underveis", course, site_url, built_site))
    page.goto(site_url)
    page.locator("#tip-assignment-banner button", has_text="Fjern oppdraget").click()
    expect(page.locator("#tip-assignment-banner .tip-assignment")).to_have_count(0)
    assert page.evaluate("document.activeElement.closest('#tip-continue') !== null")
    assert card(page, course["modules"][2]).locator(".tip-module-card__deadline").count() == 0
    page.reload()
    expect(page.locator("#tip-progress-summary")).to_have_text("Du har fullført 2 av 8 moduler.")
    assert page.locator("#tip-assignment-banner .tip-assignment").count() == 0


@pytest.mark.parametrize("size", list(SIZES))
def test_without_storage_nothing_claims_a_status(
    browser: Browser, site_url: str, size: str
) -> None:
    page, errors = new_page(browser, size)
    page.add_init_script(DENY_STORAGE)
    page.goto(site_url)
    expect(page.locator("#tip-progress-summary")).to_contain_text("framdriften blir ikke husket")
    expect(page.locator("#tip-continue a")).to_have_text("Start kurset")
    check_layout(page)
    assert page.locator(".tip-module-card__progress").count() == 0
    text = page.locator("#tip-modules").inner_text()
    assert not any(word in text for word in STATUSES)
    assert axe_violations(page) == []
    page.context.close()
    assert errors.errors == []


@pytest.mark.parametrize("size", list(SIZES))
def test_without_javascript_the_cards_are_a_plain_list_of_links(
    browser: Browser, site_url: str, course: dict, size: str
) -> None:
    page, _ = new_page(browser, size, java_script_enabled=False)
    page.goto(site_url)
    items = page.locator("#tip-modules > li")
    expect(items).to_have_count(8)
    for item, module in zip(items.all(), course["modules"]):
        link = item.locator("a")
        assert link.inner_text().endswith(module["title"])
        assert link.get_attribute("href") == module["url"]
        assert f"Omtrent {module['minutes']} minutter" in item.inner_text()
        assert module["description"] in item.inner_text()
    start = page.locator("#tip-continue a")
    expect(start).to_have_text("Start kurset")
    assert start.get_attribute("href") == course["modules"][0]["url"]
    body = page.locator("article").inner_text()
    assert "Velkommen!" in body
    assert not any(word in body for word in STATUSES)
    assert not page.locator("#tip-assignment-banner").is_visible()
    assert not page.locator("#tip-progress-summary").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size][0]
    page.context.close()


def test_data_saved_under_the_keys_learners_have_is_still_read(
    page: Page, site_url: str, course: dict
) -> None:
    """The keys as an earlier version of the course wrote them, spelt out here and not taken from
    course.json or hooks/course/storage.py: a learner's saved progress survives an update."""
    module = next(m for m in course["modules"] if m["id"] == "selvledelse")
    path = re.sub(r"^https?://[^/]+", "", site_url) + "moduler/selvledelse/"
    store(
        page,
        site_url,
        {
            "tip:v1:assignments": [
                {
                    "modules": ["selvledelse"],
                    "deadline": None,
                    "team": "Team Sør",
                    "message": "",
                    "saved": "2026-11-01T08:00:00.000Z",
                }
            ],
            "tip:v1:last-read": {"module": "selvledelse", "section": "", "heading": ""},
            "tip:v1:edition": "nn",
            "tip:v1:reflection:moduler/selvledelse:energi": {"done": True, "note": "Gammelt notat"},
            "quiz_progress_" + path: {
                module["goals"][0]["questions"][0]: {
                    "answered": True,
                    "correct": True,
                    "selectedValues": [],
                }
            },
        },
    )
    page.goto(site_url)
    expect(page.locator("#tip-assignment-banner .tip-assignment h2")).to_contain_text("Team Sør")
    expect(page.locator("#tip-continue-where")).to_contain_text(module["title"])
    expect(page.locator(".tip-edition-offer")).to_be_visible()  # the edition chosen: Nynorsk
    status = card(page, module).locator(".tip-module-card__status strong")
    expect(status).to_have_text("Påbegynt")
    expect(card(page, module).locator(".tip-module-card__count")).to_have_text(
        re.compile(r"^1 av \d+ spørsmål, 1 av \d+ refleksjoner$")
    )
    page.goto(site_url + module["url"])
    item = page.locator(
        '.tip-reflection[data-tip-key="tip:v1:reflection:moduler/selvledelse:energi"]'
    )
    expect(item.locator("textarea")).to_have_value("Gammelt notat")
    expect(item.locator('input[type="checkbox"]')).to_be_checked()
