"""The course works with the keyboard alone, and the keyboard focus is always visible.

Every Tab stop on the front page, a module and the leader's assignment page is checked: the
focused element is on screen, not transparent, and has an outline or a shadow (a checkbox's label
may carry it instead). Then navigation, the skip link, a reflection and its note, and the
assignment builder and the assignment it makes are used with the keyboard alone.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

MODULE = "moduler/psykologisk-trygghet/"
BUILDER = "ledere/tildel/"
MAX_STOPS = 400  # far more than any page has: a page that traps the focus fails, it does not hang

# After a Tab: {round: true} once the focus is back at the first stop (or on <body>), else
# {problem: null when the focus is visible, else what is wrong}. Transitions are waited for.
FOCUS_CHECK = """async () => {
  await Promise.race([Promise.all(document.getAnimations().map(a => a.finished)), new Promise(r => setTimeout(r, 1000))]);
  const el = document.activeElement;
  if (!el || el === document.body || el === window.tipFirstStop) return {round: true};
  window.tipFirstStop = window.tipFirstStop || el;
  const drawn = e => { const s = getComputedStyle(e);
    return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none"; };
  const box = el.getBoundingClientRect();
  const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + String(el.className).trim().split(/\\s+/).join(".") : "")
    + " '" + (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40) + "'";
  let problem = null;
  if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) problem = "hidden";
  else if (box.width < 1 || box.height < 1) problem = "no size";
  else if (box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) problem = "off screen";
  else if (!drawn(el) && !(el.labels && [...el.labels].some(drawn))) problem = "no outline or shadow";
  return {problem: problem && name + ": " + problem};
}"""


def press(page: Page, key: str) -> None:
    """A key press, then the focus must be visible wherever it is."""
    page.keyboard.press(key)
    assert page.evaluate(FOCUS_CHECK).get("problem") is None


def tab_to(page: Page, selector: str) -> None:
    """Press Tab until the focused element matches the CSS selector, the focus visible each time."""
    for stops in range(MAX_STOPS):  # noqa: B007 (counted after the loop)
        press(page, "Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


def start_at(page: Page, selector: str) -> None:
    """Put the focus on an element (a heading, say) so that the next Tab goes on from there."""
    page.locator(selector).first.evaluate("e => { e.tabIndex = -1; e.focus(); }")


@pytest.mark.parametrize("path", ["", MODULE, BUILDER], ids=["forsiden", "modul", "tildel"])
def test_every_tab_stop_shows_where_the_focus_is(page: Page, site_url: str, path: str) -> None:
    page.emulate_media(reduced_motion="reduce")  # fewer transitions to wait for
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    problems: list[str] = []
    for stops in range(MAX_STOPS):  # noqa: B007 (counted after the loop)
        page.keyboard.press("Tab")
        found = page.evaluate(FOCUS_CHECK)
        if found.get("round"):
            break
        if found["problem"]:
            problems.append(found["problem"])
    else:
        pytest.fail(f"the focus never came back round after {MAX_STOPS} Tab stops")
    assert stops > 10
    assert problems == []


def test_navigation_link_opens_with_enter(page: Page, site_url: str) -> None:
    page.goto(site_url)
    tab_to(page, ".md-sidebar--primary a.md-nav__link[href$='moduler/medarbeiderskap/']")
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "moduler/medarbeiderskap/")


def test_skip_link_moves_past_the_navigation(page: Page, site_url: str) -> None:
    page.goto(site_url + MODULE)
    tab_to(page, "a.md-skip")
    press(page, "Enter")
    press(page, "Tab")
    assert page.evaluate("!!document.activeElement.closest('.md-content')")


def test_reflection_is_ticked_with_space_and_noted_by_typing(page: Page, site_url: str) -> None:
    page.goto(site_url + MODULE)
    start_at(page, "h2#refleksjon")
    tab_to(page, ".tip-reflection__check")
    press(page, "Space")
    tab_to(page, ".tip-reflection textarea")
    page.keyboard.type("Jeg sier fra neste gang.")
    page.reload()
    first = page.locator(".tip-reflection").first
    assert first.locator("input[type=checkbox]").is_checked()
    assert first.locator("textarea").input_value() == "Jeg sier fra neste gang."


def test_assignment_is_built_and_opened_with_the_keyboard(page: Page, site_url: str) -> None:
    page.goto(site_url + BUILDER)
    start_at(page, "h1")
    tab_to(page, "#tildel-medarbeiderskap")
    press(page, "Space")
    tab_to(page, "#tildel-team")
    page.keyboard.type("Saksbehandling")
    press(page, "Enter")  # submits the form
    tab_to(page, "#tildel-lenke")
    link = page.locator("#tildel-lenke").input_value()
    assert "moduler=medarbeiderskap" in link and "team=Saksbehandling" in link
    page.goto(link)
    page.locator(".tip-assignment").wait_for()
    start_at(page, "h1")
    tab_to(page, ".tip-assignment a[href$='moduler/medarbeiderskap/']")
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "moduler/medarbeiderskap/")


def test_a_term_is_explained_on_focus_and_on_hover_and_to_a_screen_reader(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + "moduler/selvledelse/")
    term = page.locator("a.tip-term").first
    tip = page.locator(".tip-term__tip").first
    assert not tip.is_visible()
    explanation = tip.text_content() or ""
    assert len(explanation) > 20
    expect(term).to_have_accessible_description(explanation)
    start_at(page, "article h1")
    tab_to(page, "a.tip-term")
    assert tip.is_visible()  # the keyboard shows it
    page.keyboard.press("Tab")
    assert not tip.is_visible()
    term.hover()
    assert tip.is_visible()  # and so does the mouse
    term.click()
    page.wait_for_url(re.compile(re.escape(site_url + "ordliste/#") + ".+"))
    anchor = page.url.split("#")[1]
    assert page.locator(f"dt[id='{anchor}']").is_visible()
