"""The course served under a sub-path (/kurs/tillit/), built with SITE_URL as `make build` would be.

Navigation, search, quizzes, reflections and saved progress work there, and nothing is fetched
outside the sub-path (a web server's other sites live there).
"""

from __future__ import annotations

import datetime
import re
import urllib.request

import pytest
from playwright.sync_api import Page, expect

from conftest import drawn

MODULE = "moduler/psykologisk-trygghet/"


@pytest.fixture
def strays(page: Page, sub_url: str) -> list[str]:
    """Every request outside the sub-path or answered with an error, as "status url" (requests that
    a new page load cuts off are not errors)."""
    found: list[str] = []
    page.on(
        "requestfailed",
        lambda r: found.append(f"{r.failure} {r.url}") if r.failure != "net::ERR_ABORTED" else None,
    )
    page.on(
        "response",
        lambda r: (
            found.append(f"{r.status} {r.url}")
            if r.status >= 400 or not r.url.startswith(sub_url)
            else None
        ),
    )
    return found


def test_navigation_goes_to_a_module_and_back(page: Page, sub_url: str, strays: list[str]) -> None:
    page.goto(sub_url)
    page.locator(
        ".md-sidebar--primary a.md-nav__link", has_text="Psykologisk trygghet"
    ).first.click()
    page.wait_for_url(sub_url + MODULE)
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(sub_url + "moduler/medarbeiderskap/")
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_url(sub_url)
    page.wait_for_load_state("networkidle")
    assert strays == []


def test_search_finds_a_page_under_the_sub_path(
    page: Page, sub_url: str, strays: list[str]
) -> None:
    page.goto(sub_url)
    page.locator(".md-search__input").click()
    page.keyboard.type("kollegaveiledning", delay=10)
    first = page.locator(".md-search-result__item > a").first
    first.wait_for()
    assert (first.get_attribute("href") or "").startswith(sub_url)
    first.click()
    page.wait_for_url(re.compile(re.escape(sub_url) + r".+"))
    assert page.locator("h1").first.is_visible()
    assert strays == []


def test_answers_ticks_and_progress_are_kept_under_the_sub_path(
    page: Page, sub_url: str, strays: list[str]
) -> None:
    page.goto(sub_url + MODULE)
    quiz = drawn(page).first
    quiz.locator("input[data-correct]").first.check(force=True)
    quiz.locator("button.quiz-button[type=submit]").click()
    page.locator(".tip-reflection input[type=checkbox]").first.check(force=True)
    page.reload()
    assert drawn(page).first.locator("input:checked").count() == 1
    assert page.locator(".tip-reflection input[type=checkbox]").first.is_checked()
    page.goto(sub_url)
    card = page.locator('#tip-modules [data-tip-module="psykologisk-trygghet"]')
    card.locator(".tip-module-card__status", has_text="Påbegynt").wait_for()
    assert card.locator("a").get_attribute("href") == MODULE
    button = page.locator("#tip-continue a")
    button.filter(has_text="Fortsett der du slapp").wait_for()
    assert (button.get_attribute("href") or "").startswith(sub_url + MODULE)
    button.click()
    page.wait_for_url(re.compile(re.escape(sub_url + MODULE)))
    assert strays == []


def test_repetition_works_under_the_sub_path(page: Page, sub_url: str, strays: list[str]) -> None:
    """Questions answered in a module come back the next day; their files come from the sub-path."""
    page.clock.set_fixed_time(datetime.datetime(2026, 12, 1, 9, 0))
    page.goto(sub_url + MODULE)
    quiz = drawn(page).first
    for box in quiz.locator("input[data-correct]").all():
        box.evaluate("el => { if (!el.checked) el.click(); }")
    quiz.locator("button.quiz-button[type=submit]").click()
    page.wait_for_function("() => localStorage.getItem('tip:v1:repetition') !== null")
    page.clock.set_fixed_time(datetime.datetime(2026, 12, 2, 9, 0))
    page.goto(sub_url)
    page.locator("#tip-repetition-due a", has_text="1 spørsmål å repetere i dag").click()
    page.wait_for_url(sub_url + "repetisjon/")
    stage = page.locator(".tip-repetition__stage .quiz")
    stage.wait_for()
    for box in stage.locator("input[data-correct]").all():
        box.evaluate("el => { if (!el.checked) el.click(); }")
    stage.locator("button.quiz-button[type=submit]").click()
    expect(page.locator(".tip-repetition__verdict")).to_have_text(
        re.compile(r"^Riktig\. Du får spørsmålet igjen om 3 dager")
    )
    assert strays == []


def test_not_found_page_works_at_any_depth(page: Page, sub_url: str, strays: list[str]) -> None:
    """A web server answers every unknown address with 404.html, whatever its depth."""
    missing = sub_url + "finnes/ikke/her/"
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(missing)
    body = urllib.request.urlopen(sub_url + "404.html").read()
    page.route(
        missing, lambda route: route.fulfill(status=404, body=body, content_type="text/html")
    )
    page.goto(missing)
    page.wait_for_load_state("networkidle")
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    )
    assert strays == [f"404 {missing}"]
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_url(sub_url)


def test_sitemap_and_canonical_links_use_site_url(sub_url: str) -> None:
    sitemap = urllib.request.urlopen(sub_url + "sitemap.xml").read().decode()
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert sub_url + MODULE in locations
    assert all(loc.startswith(sub_url) for loc in locations)
    module = urllib.request.urlopen(sub_url + MODULE).read().decode()
    assert f'<link rel="canonical" href="{sub_url + MODULE}">' in module
