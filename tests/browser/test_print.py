"""A printed module is the module alone: no navigation, search or buttons; the text, every quiz
question and option, and the reflection prompts are there, readable, across the whole width."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

MODULE = "moduler/psykologisk-trygghet/"
CHROME = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".md-search",
    ".md-top",
    "#quiz-progress-sidebar",
    "#quiz-progress-mobile",
    ".quiz-button",
    ".quiz-header-link",
    ".headerlink",
    ".tip-reflections__clear",
]
CONTENT = ["h1", ".quiz-question", ".quiz label", ".tip-reflection label"]


@pytest.fixture
def printed(page: Page, site_url: str) -> Page:
    page.goto(site_url + MODULE)
    page.wait_for_load_state("networkidle")
    quiz = page.locator(".quiz").first
    quiz.locator("input").first.check(force=True)  # one answered question prints with its feedback
    quiz.locator("button.quiz-button[type=submit]").click()
    page.emulate_media(media="print")
    return page


def visible(page: Page, selector: str) -> list[bool]:
    return [e.is_visible() for e in page.locator(selector).all()]


def contrast_on_white(rgb: str) -> float:
    """WCAG contrast ratio of a CSS rgb()/rgba() colour against white paper."""
    values = [float(v) for v in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")]
    alpha = values[3] if len(values) == 4 else 1.0
    channels = [alpha * v / 255 + 1 - alpha for v in values[:3]]  # seen through, on white
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def test_printed_module_is_the_module_alone(printed: Page) -> None:
    printed_chrome = [s for s in CHROME if any(visible(printed, s))]
    assert printed_chrome == []
    for selector in CONTENT:
        shown = visible(printed, selector)
        assert shown and all(shown), f"{selector}: {shown.count(False)} of {len(shown)} not printed"


def test_printed_text_is_readable_and_uses_the_page_width(printed: Page) -> None:
    colours = printed.locator(
        ".quiz-question, .quiz label, .md-content p, .md-content li"
    ).evaluate_all("es => es.map(e => getComputedStyle(e).color)")
    faint = [c for c in set(colours) if contrast_on_white(c) < 4.5]
    assert faint == []
    width = printed.evaluate(
        "document.querySelector('.md-content').getBoundingClientRect().width / innerWidth"
    )
    assert width > 0.9
    assert printed.pdf().startswith(b"%PDF")
