"""«Start samtalen»: a leader runs the team meeting from a guide on a shared screen, phase by
phase, on time; and each guide prints as one tidy handout from the same phases.

The clock is Playwright's (page.clock), paused, and moved on by the test alone.
"""

from __future__ import annotations

import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from course.course import load_course, load_editions
from course.editions import EDITIONS
from course.guides import ground_rules
from course.text import catalogue
from deploy import csp
from deploy.nginx import NGINX_CONF

from conftest import ROOT, axe_violations

COURSE, _ = load_course(ROOT)
BOTH = load_editions(ROOT)
GUIDES = sorted(src for src, page in COURSE.pages.items() if page.guide is not None)
TRUST = "ledere/samtale-psykologisk-trygghet.md"
START = datetime(2026, 11, 30, 9, 0)
VIEW = ".tip-meeting"
NO_PRINT = "window.print = () => { window.__printed = (window.__printed || 0) + 1; };"
# Any sound would go through one of these: the view must never make one.
NO_SOUND = """window.__sounds = 0;
for (const name of ["AudioContext", "webkitAudioContext"]) window[name] = function () { window.__sounds++; };
HTMLMediaElement.prototype.play = function () { window.__sounds++; return Promise.resolve(); };
window.speechSynthesis && (window.speechSynthesis.speak = () => { window.__sounds++; });"""
VIOLATIONS = """window.tipViolations = [];
document.addEventListener("securitypolicyviolation", e => window.tipViolations.push(e.violatedDirective + " " + e.blockedURI));"""


def url_of(src: str) -> str:
    return src.removesuffix(".md") + "/"


def phases_of(src: str) -> list[tuple[str, int, tuple[str, ...]]]:
    guide = COURSE.pages[src].guide
    assert guide is not None
    return [(p.title, p.minutes or 0, p.questions) for p in guide.phases]


def open_guide(page: Page, base: str, src: str = TRUST, paused: bool = True) -> Page:
    """The guide, on a 1280x720 screen, with the page's clock paused at START (or running from
    there: axe waits on the page's timers)."""
    page.set_viewport_size({"width": 1280, "height": 720})
    page.add_init_script(NO_SOUND)
    page.clock.install(time=START - timedelta(minutes=1))
    page.goto(base + url_of(src))
    page.wait_for_load_state("networkidle")
    if paused:
        page.clock.pause_at(START)
    return page


def start(page: Page) -> None:
    page.get_by_role("button", name="Start samtalen").click()
    expect(page.locator(VIEW)).to_be_visible()


def clock(page: Page) -> str:
    return page.locator(".tip-meeting__time").inner_text()


def minutes(page: Page, n: float) -> None:
    page.clock.run_for(int(n * 60_000))


def live(page: Page) -> str:
    page.clock.run_for(100)  # the live region is emptied, then filled: a repeat is heard too
    return page.locator(".tip-meeting__live").inner_text()


@pytest.fixture
def meeting(page: Page, site_url: str) -> Page:
    return open_guide(page, site_url)


# ---------------------------------------------------------------- running the meeting


@pytest.mark.parametrize("src", GUIDES, ids=lambda s: Path(s).stem)
def test_the_whole_meeting_runs_with_the_arrow_keys(page: Page, site_url: str, src: str) -> None:
    open_guide(page, site_url, src)
    start(page)
    view = page.locator(VIEW)
    expect(view.locator(".tip-meeting__title")).to_have_text("Spilleregler for samtalen")
    for rule, meaning in ground_rules():
        expect(view).to_contain_text(f"{rule} {meaning}")
    phases = phases_of(src)
    for number, (title, length, questions) in enumerate(phases, 1):
        page.keyboard.press("ArrowRight")
        expect(view.locator(".tip-meeting__title")).to_have_text(title)
        expect(view.locator(".tip-meeting__where")).to_contain_text(
            f"Del {number} av {len(phases)}"
        )
        assert clock(page) == f"{length}:00"
        shown = view.locator(".tip-meeting__content li").all_inner_texts()
        assert [q.strip() for q in shown] == list(questions)
    page.keyboard.press("ArrowRight")  # the last phase: nothing after it
    expect(view.locator(".tip-meeting__title")).to_have_text(phases[-1][0])
    for title, _, _ in reversed(phases[:-1]):
        page.keyboard.press("ArrowLeft")
        expect(view.locator(".tip-meeting__title")).to_have_text(title)
    page.keyboard.press("ArrowLeft")
    expect(view.locator(".tip-meeting__title")).to_have_text("Spilleregler for samtalen")


def test_the_countdown_runs_and_says_quietly_when_the_time_is_up(meeting: Page) -> None:
    start(meeting)
    view = meeting.locator(VIEW)
    minutes(meeting, 3)
    assert clock(meeting) == "50 min"  # the ground rules: the clock waits for the first phase
    meeting.get_by_role("button", name="Neste →").click()
    assert clock(meeting) == "5:00"
    minutes(meeting, 1)
    assert clock(meeting) == "4:00"
    minutes(meeting, 2.5)
    assert clock(meeting) == "1:30"
    expect(view).not_to_have_class(re.compile("tip-meeting--time-up"))
    minutes(meeting, 1.5)
    assert clock(meeting) == "0:00"
    expect(view).to_have_class(re.compile("tip-meeting--time-up"))
    expect(view.locator(".tip-meeting__note")).to_have_text(
        "Tiden er ute. Gå videre når dere er klare."
    )
    assert live(meeting) == "Tiden er ute for «Velkommen og spilleregler»."
    minutes(meeting, 20)  # it never moves on by itself
    expect(view.locator(".tip-meeting__title")).to_have_text("Velkommen og spilleregler")
    assert clock(meeting) == "0:00"
    assert meeting.evaluate("window.__sounds") == 0
    assert meeting.locator("audio, video").count() == 0
    meeting.keyboard.press("ArrowRight")  # the next phase has its own clock
    expect(view).not_to_have_class(re.compile("tip-meeting--time-up"))
    assert clock(meeting) == "10:00"
    minutes(meeting, 2)
    meeting.keyboard.press("ArrowLeft")  # back: the first phase's time is still up
    expect(view).to_have_class(re.compile("tip-meeting--time-up"))
    meeting.keyboard.press("ArrowRight")
    assert clock(meeting) == "8:00"


def test_pause_and_resume(meeting: Page) -> None:
    start(meeting)
    meeting.keyboard.press("ArrowRight")
    minutes(meeting, 0.5)
    assert clock(meeting) == "4:30"
    meeting.get_by_role("button", name="Pause").click()
    assert live(meeting) == "Pause. Klokken står stille."
    minutes(meeting, 3)
    assert clock(meeting) == "4:30"
    expect(meeting.locator(VIEW)).to_have_class(re.compile("tip-meeting--paused"))
    expect(meeting.locator(".tip-meeting__note")).to_have_text("Pause. Klokken står stille.")
    meeting.get_by_role("button", name="Fortsett").click()
    assert live(meeting) == "Klokken går igjen."
    minutes(meeting, 0.5)
    assert clock(meeting) == "4:00"
    expect(meeting.get_by_role("button", name="Pause")).to_be_visible()


def test_esc_leaves_the_view_and_gives_the_page_back(meeting: Page) -> None:
    start(meeting)
    meeting.keyboard.press("ArrowRight")
    assert meeting.evaluate("document.querySelector('.md-container').inert")
    meeting.keyboard.press("Escape")
    expect(meeting.locator(VIEW)).to_have_count(0)
    assert meeting.evaluate("document.fullscreenElement") is None
    assert not meeting.evaluate("document.querySelector('.md-container').inert")
    assert meeting.evaluate("document.activeElement.textContent") == "Start samtalen"
    assert meeting.evaluate("getComputedStyle(document.documentElement).overflow") != "hidden"
    minutes(meeting, 10)  # no clock is left running
    start(meeting)  # and it starts again, from the ground rules
    expect(meeting.locator(".tip-meeting__title")).to_have_text("Spilleregler for samtalen")
    meeting.get_by_role("button", name="Avslutt (Esc)").click()
    expect(meeting.locator(VIEW)).to_have_count(0)


def test_the_preparation_never_reaches_the_shared_screen(meeting: Page) -> None:
    """Only the ground rules and the phases: no «Før møtet», «Formål» or «Etter møtet»."""
    leader_only = meeting.evaluate(
        """() => { const texts = []; let on = false;
        for (const e of document.querySelectorAll("article > *")) {
          if (e.tagName === "H2") on = true;
          if (on && e.tagName !== "H2" && !e.matches(".tip-samtale")) for (const li of e.querySelectorAll("li")) texts.push(li.textContent.trim());
        } return texts; }"""
    )
    assert len(leader_only) >= 9  # Formål, Før møtet, Etter møtet: three points each
    assert any("Tenk gjennom hvordan du selv reagerer" in t for t in leader_only)
    start(meeting)
    for _ in range(len(phases_of(TRUST)) + 1):
        shown = meeting.locator(VIEW).inner_text()
        assert "Før møtet" not in shown and "Etter møtet" not in shown
        assert [t for t in leader_only if t[:40] in shown] == []
        meeting.keyboard.press("ArrowRight")


def test_fullscreen_where_the_browser_allows_it(meeting: Page) -> None:
    start(meeting)
    meeting.wait_for_function("document.fullscreenElement !== null")
    assert meeting.evaluate("document.fullscreenElement.className") == "tip-meeting"
    expect(meeting.get_by_role("button", name="Vis i vindu")).to_be_visible()
    meeting.get_by_role("button", name="Vis i vindu").click()  # the view stays, in the window
    meeting.wait_for_function("document.fullscreenElement === null")
    expect(meeting.locator(VIEW)).to_be_visible()
    meeting.get_by_role("button", name="Fullskjerm").click()
    meeting.wait_for_function("document.fullscreenElement !== null")
    meeting.keyboard.press("Escape")  # leaves fullscreen and the view together
    expect(meeting.locator(VIEW)).to_have_count(0)
    meeting.wait_for_function("document.fullscreenElement === null")


@pytest.mark.parametrize(
    "refusal",
    [
        "Element.prototype.requestFullscreen = function () { return Promise.reject(new TypeError('denied')); };",
        "Object.defineProperty(Document.prototype, 'fullscreenEnabled', {get: () => false});",
    ],
    ids=["denied", "not-available"],
)
def test_a_plain_window_where_fullscreen_is_refused(
    page: Page, site_url: str, refusal: str
) -> None:
    page.add_init_script(refusal)
    open_guide(page, site_url)
    start(page)
    page.keyboard.press("ArrowRight")
    minutes(page, 1)
    assert clock(page) == "4:00"
    assert page.evaluate("document.fullscreenElement") is None
    box = page.locator(VIEW).bounding_box()
    assert box == {"x": 0, "y": 0, "width": 1280, "height": 720}  # the whole window
    page.keyboard.press("Escape")
    expect(page.locator(VIEW)).to_have_count(0)


# ---------------------------------------------------------------- everyone can use it


def test_keyboard_only_and_the_focus_stays_in_the_view(meeting: Page) -> None:
    meeting.locator("h1").first.evaluate("e => { e.tabIndex = -1; e.focus(); }")
    for _ in range(60):
        meeting.keyboard.press("Tab")
        if meeting.evaluate("document.activeElement.textContent") == "Start samtalen":
            break
    else:
        pytest.fail("Tab never reached «Start samtalen»")
    meeting.keyboard.press("Enter")
    expect(meeting.locator(VIEW)).to_be_visible()
    assert meeting.evaluate("document.activeElement.matches('.tip-meeting__title')")
    meeting.keyboard.press("ArrowRight")
    seen = set()
    for _ in range(12):  # round the view, never out of it, the focus always drawn
        meeting.keyboard.press("Tab")
        focus = meeting.evaluate(
            """() => { const e = document.activeElement, s = getComputedStyle(e);
            return [!!e.closest(".tip-meeting"), e.textContent, s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2]; }"""
        )
        assert focus[0] and focus[2], focus
        seen.add(focus[1])
    assert {"← Forrige", "Pause", "Neste →", "Avslutt (Esc)"} <= seen
    meeting.keyboard.press("Shift+Tab")
    assert meeting.evaluate("!!document.activeElement.closest('.tip-meeting')")
    meeting.get_by_role("button", name="Neste →").focus()
    meeting.keyboard.press("Enter")
    expect(meeting.locator(".tip-meeting__where")).to_contain_text("Del 2 av")
    meeting.keyboard.press("Escape")
    assert meeting.evaluate("document.activeElement.textContent") == "Start samtalen"


def test_a_screen_reader_hears_the_dialog_and_every_phase_change(meeting: Page) -> None:
    start(meeting)
    dialog = meeting.get_by_role("dialog", name="Samtaleguide: Psykologisk trygghet")
    expect(dialog).to_have_attribute("aria-modal", "true")
    assert meeting.evaluate("document.activeElement.textContent") == "Spilleregler for samtalen"
    assert meeting.locator(".tip-meeting__live").get_attribute("aria-live") == "polite"
    assert meeting.locator(".tip-meeting__time").get_attribute("role") == "timer"
    phases = phases_of(TRUST)
    for number, (title, length, _) in enumerate(phases, 1):
        meeting.keyboard.press("ArrowRight")
        assert live(meeting) == f"Del {number} av {len(phases)}: {title}. {length} minutter."
    meeting.keyboard.press("Home")  # other keys do nothing, and Material's shortcuts wait
    meeting.keyboard.press("n")
    assert meeting.url.endswith(url_of(TRUST))
    meeting.keyboard.press("ArrowLeft")
    assert (
        live(meeting)
        == f"Del {len(phases) - 1} av {len(phases)}: {phases[-2][0]}. {phases[-2][1]} minutter."
    )
    # Behind the dialog, the page is out of reach of the keyboard and the screen reader.
    assert meeting.evaluate(
        "[...document.body.children].filter(e => !e.matches('.tip-meeting')).every(e => e.inert)"
    )


@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_reduced_motion_means_no_motion(page: Page, site_url: str, motion: str) -> None:
    page.emulate_media(reduced_motion="reduce" if motion == "reduce" else "no-preference")
    open_guide(page, site_url)
    start(page)
    page.keyboard.press("ArrowRight")
    minutes(page, 5)
    expect(page.locator(VIEW)).to_have_class(re.compile("tip-meeting--time-up"))
    running = page.evaluate(
        "document.querySelector('.tip-meeting').getAnimations({subtree: true}).length"
    )
    assert (running > 0) == (motion == "no-preference")


# Every text in the view: its size, and its contrast against the colour behind it.
TEXTS = """() => {
  const rgb = c => c.match(/[\\d.]+/g).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const behind = e => { for (; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor;
    if (rgb(b).length < 4 || rgb(b)[3] > 0) return b; } return "rgb(255, 255, 255)"; };
  const out = [];
  const walk = document.createTreeWalker(document.querySelector(".tip-meeting"), NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const e = n.parentElement; if (!n.textContent.trim() || !e.checkVisibility() || e.closest(".tip-meeting__live")) continue;
    const s = getComputedStyle(e); const [a, b] = [lum(s.color), lum(behind(e))];
    out.push({text: n.textContent.trim().slice(0, 30), size: parseFloat(s.fontSize),
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), disabled: !!e.closest(":disabled")});
  }
  const c = document.querySelector(".tip-meeting__content"), v = document.querySelector(".tip-meeting");
  return {texts: out, overflow: Math.max(c.scrollHeight - c.clientHeight, v.scrollHeight - v.clientHeight)};
}"""


@pytest.mark.parametrize("src", GUIDES, ids=lambda s: Path(s).stem)
def test_readable_from_the_back_of_the_room(page: Page, site_url: str, src: str) -> None:
    """At 1280x720: every text at least 24 px, AA contrast, and each phase fits on the screen."""
    open_guide(page, site_url, src)
    start(page)
    states = []
    for step in range(len(phases_of(src)) + 1):
        if step == 1:
            minutes(page, 60)  # the time-up colours too
        states.append(page.evaluate(TEXTS))
        page.keyboard.press("ArrowRight")
    for state in states:
        assert state["overflow"] <= 0
        small = [t for t in state["texts"] if t["size"] < 24]
        faint = [t for t in state["texts"] if t["contrast"] < 4.5 and not t["disabled"]]
        assert small == [] and faint == []
        assert min(t["size"] for t in state["texts"] if t["text"][0].isalpha()) >= 24


def test_axe_finds_nothing_in_any_state(page: Page, site_url: str) -> None:
    meeting = open_guide(page, site_url, paused=False)
    assert axe_violations(meeting) == []
    start(meeting)
    assert axe_violations(meeting) == []  # the ground rules
    meeting.keyboard.press("ArrowRight")
    assert axe_violations(meeting) == []  # a phase, its clock running
    meeting.get_by_role("button", name="Pause").click()
    assert axe_violations(meeting) == []  # paused
    meeting.get_by_role("button", name="Fortsett").click()
    minutes(meeting, 6)
    assert axe_violations(meeting) == []  # time up
    for _ in phases_of(TRUST):
        meeting.keyboard.press("ArrowRight")
    assert axe_violations(meeting) == []  # the last phase, «Neste» disabled
    meeting.keyboard.press("Escape")
    assert axe_violations(meeting) == []  # back on the guide


def test_on_a_phone(page: Page, site_url: str) -> None:
    meeting = open_guide(page, site_url, paused=False)
    meeting.set_viewport_size({"width": 390, "height": 844})
    start(meeting)
    meeting.keyboard.press("ArrowRight")
    assert meeting.evaluate("document.documentElement.scrollWidth") <= 390
    for selector in (".tip-meeting__title", ".tip-meeting__time", ".tip-meeting__content"):
        box = meeting.locator(selector).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, selector
    assert axe_violations(meeting) == []


# ---------------------------------------------------------------- where it has to work


def test_with_javascript_off_the_guide_is_a_plain_page(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + url_of(TRUST))
        expect(page.get_by_role("heading", name="Spilleregler for samtalen")).to_be_visible()
        expect(page.get_by_role("heading", name="Agenda (50 minutter)")).to_be_visible()
        for title, _, _ in phases_of(TRUST):
            expect(page.locator(".tip-phase__title", has_text=title)).to_be_visible()
        assert page.get_by_role("button", name="Start samtalen").count() == 0
        assert page.get_by_text("Leder du møtet fra en felles skjerm?").count() == 0
    finally:
        context.close()


def test_with_storage_denied(no_storage_page: Page, site_url: str) -> None:
    page = open_guide(no_storage_page, site_url)
    start(page)
    page.keyboard.press("ArrowRight")
    minutes(page, 2)
    assert clock(page) == "3:00"
    page.keyboard.press("Escape")
    expect(page.locator(VIEW)).to_have_count(0)
    assert page.evaluate("window.tip.store.available()") is False


def test_under_the_production_policy(page: Page, site_url: str) -> None:
    policy = csp.configured_policy(NGINX_CONF)

    def with_policy(route: Route) -> None:
        response = route.fetch()
        route.fulfill(
            response=response,
            headers={**response.headers, "content-security-policy": policy},
        )

    page.route("**/*", with_policy)
    page.add_init_script(VIOLATIONS)
    open_guide(page, site_url)
    start(page)
    page.keyboard.press("ArrowRight")
    minutes(page, 6)
    expect(page.locator(VIEW)).to_have_class(re.compile("tip-meeting--time-up"))
    page.keyboard.press("Escape")
    assert page.evaluate("window.tipViolations") == []


def test_under_a_sub_path(page: Page, sub_url: str) -> None:
    open_guide(page, sub_url)
    start(page)
    page.keyboard.press("ArrowRight")
    expect(page.locator(".tip-meeting__title")).to_have_text(phases_of(TRUST)[0][0])
    page.keyboard.press("Escape")
    module = page.locator("article a[href$='moduler/psykologisk-trygghet/']").first
    assert module.get_attribute("data-tip-href") == sub_url + "moduler/psykologisk-trygghet/"


# ---------------------------------------------------------------- the printout


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page of a PDF (poppler's pdftotext)."""
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def headings(page: Page) -> set[str]:
    """Every heading of the article as printed, whole and in its parts (time, title)."""
    texts = page.locator(
        "article :is(h1, h2, h3), .tip-phase__time, .tip-phase__title, #tip-print-guides :is(h1, h2, h3)"
    ).all_inner_texts()
    return {" ".join(t.replace("¶", "").split()) for t in texts}


def last_line(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _edition_guides() -> list[tuple[str, str]]:
    """(edition prefix, guide) for every guide of both editions."""
    return [(edition.prefix, src) for edition in EDITIONS for src in GUIDES]


@pytest.mark.parametrize(
    ("prefix", "src"),
    _edition_guides(),
    ids=[f"{prefix or 'nb/'}{Path(src).stem}" for prefix, src in _edition_guides()],
)
def test_each_guide_prints_on_at_most_two_pages(
    page: Page, site_url: str, prefix: str, src: str, tmp_path: Path
) -> None:
    """In both editions: the guide alone, its modules' full addresses, its ground rules and
    agenda in the edition's words, on at most two pages, no heading alone at a page's foot."""
    edition = next(e for e in EDITIONS if e.prefix == prefix)
    course = BOTH.courses[edition.language]
    words = catalogue(edition.language)
    page.goto(site_url + prefix + url_of(src))
    page.wait_for_load_state("networkidle")
    module = src.removeprefix("ledere/samtale-").removesuffix(".md")
    page.emulate_media(media="print")
    printed = pdf_pages(page.pdf(format="A4"), tmp_path)
    assert 1 <= len(printed) <= 2, f"{prefix}{src}: {len(printed)} pages"
    flat = "".join("".join(printed).split())  # an address may break over two lines

    def squeezed(text: str) -> str:
        return "".join(text.split())

    # ... and pdftotext drops the hyphen where a line breaks after one ("lede-" "med-tillit")
    assert f"({site_url}{prefix}moduler/{module}/)".replace("-", "") in flat.replace("-", "")
    assert "ordliste/#" not in flat  # a glossary term prints as text, without its address
    assert squeezed(words("ui.meeting.start")) not in flat  # no meeting button
    assert squeezed(words("ui.meeting.intro")) not in flat
    assert squeezed(words("page.ground-rules-title")) in flat and "Agenda(" in flat
    guide = course.pages[src].guide
    assert guide is not None and guide.phases
    for phase in guide.phases:
        assert squeezed(phase.title) in flat
    own = headings(page)
    for number, text in enumerate(printed, 1):
        assert last_line(text) not in own, f"{src}: a heading alone at the foot of page {number}"
    styles = page.evaluate(
        """() => [...document.querySelectorAll("article h2, article h3")].map(h => getComputedStyle(h).breakAfter)
        .concat([...document.querySelectorAll(".tip-phase, article li")].map(e => getComputedStyle(e).breakInside))"""
    )
    assert set(styles) == {"avoid"}


def test_the_printout_and_the_meeting_view_show_the_same_phases(meeting: Page) -> None:
    meeting.emulate_media(media="print")
    printed = [
        (" ".join(time.split()), " ".join(title.split()))
        for time, title in zip(
            meeting.locator(".tip-phase__time").all_inner_texts(),
            meeting.locator(".tip-phase__title").all_inner_texts(),
        )
    ]
    assert all(meeting.locator(".tip-phase").evaluate_all("es => es.map(e => e.checkVisibility())"))
    meeting.emulate_media(media="screen")
    start(meeting)
    shown = []
    for _ in printed:
        meeting.keyboard.press("ArrowRight")
        where = meeting.locator(".tip-meeting__where").inner_text()
        shown.append((where.split(" · ")[1], meeting.locator(".tip-meeting__title").inner_text()))
    assert shown == printed
    assert [title for _, title in printed] == [t for t, _, _ in phases_of(TRUST)]


def test_the_leader_prints_every_guide_at_once(page: Page, site_url: str, tmp_path: Path) -> None:
    """«Skriv ut samtaleguidene» on «Tildel kapitler»: one document, each guide from a new page,
    at most two pages each, without the meeting button, with the modules' full addresses."""
    page.add_init_script(NO_PRINT)
    page.goto(site_url + "ledere/tildel/")
    boxes = page.locator(".tip-tildel__module input")
    boxes.first.wait_for()  # the form is drawn once course.json is read
    assert boxes.count() == len(GUIDES)
    for i in range(boxes.count()):
        boxes.nth(i).check()
    page.get_by_role("button", name="Lag lenke").click()
    page.get_by_role("button", name="Skriv ut samtaleguidene").click()
    page.wait_for_function("window.__printed === 1")
    guides = page.locator("#tip-print-guides .tip-print-guide")
    assert guides.count() == len(GUIDES)
    assert page.locator("#tip-print-guides .tip-phase").count() == sum(
        len(phases_of(src)) for src in GUIDES
    )
    page.emulate_media(media="print")
    printed = pdf_pages(page.pdf(format="A4"), tmp_path)
    assert len(GUIDES) <= len(printed) <= 2 * len(GUIDES)
    starts = [n for n, text in enumerate(printed) if text.lstrip().startswith("Samtaleguide:")]
    assert len(starts) == len(GUIDES) and starts[0] == 0
    assert all(b - a <= 2 for a, b in zip(starts, [*starts[1:], len(printed)]))
    flat = "".join("".join(printed).split())
    assert "Startsamtalen" not in flat and "Visivindu" not in flat
    assert "ordliste/#" not in flat
    for src in GUIDES:
        module = src.removeprefix("ledere/samtale-").removesuffix(".md")
        address = f"({site_url}moduler/{module}/)".replace("-", "")
        assert address in flat.replace("-", ""), module
    own = headings(page)
    for number, text in enumerate(printed, 1):
        assert last_line(text) not in own, f"a heading alone at the foot of page {number}"
