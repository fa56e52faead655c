"""Every heading of the built course has the readable anchor of its own words (course/slugs.py):
«Prøv dette» is #prov-dette, never #prv-dette."""

from __future__ import annotations

import html
import re
from pathlib import Path

from course.slugs import slugify

# The headings the conversation guides' plan writes with ids of its own (course/guides.py).
GIVEN = re.compile(r"spilleregler|agenda|fase-\d+")
HEADING = re.compile(r'<h([2-6]) id="([^"]+)">(.*?)<a class="headerlink"', re.S)


def test_every_heading_anchor_is_the_slug_of_its_words(built_site: Path) -> None:
    checked = 0
    for page in built_site.rglob("*.html"):
        for _, anchor, inner in HEADING.findall(page.read_text(encoding="utf-8")):
            if GIVEN.fullmatch(anchor):
                continue
            words = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
            expected = slugify(words, "-")
            assert anchor == expected or re.fullmatch(rf"{re.escape(expected)}_\d+", anchor), (
                page,
                words,
                anchor,
            )
            checked += 1
    assert checked > 100
    assert 'id="prov-dette"' in (built_site / "moduler" / "selvledelse" / "index.html").read_text(
        encoding="utf-8"
    )
